// What compiling a script leaves on the dict and list free lists at its start, against
// what each CPython's sys._debugmallocstats() prints as a script's first statement.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileModule } from '../../../../src/runtime/compiler/compile';
import { compileTemporaries } from '../../../../src/runtime/compiler/temporaries';
import { startLengths } from '../../../../src/runtime/freelists';
import { parse } from '../../../../src/runtime/syntax/parse';
import { findInterpreters, oracleEnv, reportMissing } from '../../../util/pythons';

/** Script shapes: scopes side by side and nested, classes, lambdas, comprehensions, globals, match. */
const SHAPES: Record<string, string> = {
  'no scope': 'x = 1\n',
  'one function': 'def f(a):\n    return a\n',
  'three functions': 'def f(a):\n    return a\ndef g(a):\n    return a\ndef h(a):\n    return a\n',
  'functions nested three deep': 'def f(a):\n    def g(b):\n        def h(c):\n            return c\n        return h\n    return g\n',
  'a class with a method': 'class A:\n    def m(self):\n        return 1\n',
  'two lambdas': 'f = lambda a: a\ng = lambda b: b\n',
  'a comprehension at module level': 'x = [i for i in range(3)]\n',
  'a comprehension in a function': 'def f(a):\n    return [i for i in a]\n',
  'a generator expression in a function': 'def f(a):\n    return (i for i in a)\n',
  'nested comprehensions in a function': 'def f(a):\n    return [[[k for k in j] for j in i] for i in a]\n',
  'a comprehension holding a lambda': 'def f(a):\n    return [(lambda: i) for i in a]\n',
  'a comprehension in a class body': 'class A:\n    x = [[j for j in i] for i in [[1]]]\n',
  'a module comprehension whose genexp captures its variable': 'x = [n for n in range(9) if sum(d for d in range(1, n) if n % d == 0) == n]\n',
  'the same, where the module binds that name too': 'n = 0\nx = [n for n in range(9) if sum(d for d in range(1, n) if n % d == 0) == n]\n',
  'a comprehension in a nested function': 'def f(a):\n    def g(b):\n        return [i for i in b]\n    return g\n',
  'global and nonlocal declarations': 'def f():\n    global x\n    x = 1\n    def g():\n        nonlocal y\n        y = 2\n    y = 0\n    return g\n',
  'a walrus in a comprehension': 'def f(a):\n    return [y for x in a if (y := x * 2) > 6]\n',
};

/** match shapes (3.10+): or-patterns keep lists while their alternatives are compiled. */
const MATCH_SHAPES: Record<string, string> = {
  'a match without or-patterns': 'def f(x):\n    match x:\n        case 1:\n            pass\n        case int(y):\n            pass\n',
  'a three-way or-pattern': 'x = 1\nmatch x:\n    case 1 | 2 | 3:\n        pass\n',
  'nested or-patterns': 'x = 1\nmatch x:\n    case (1 | 2 | 3) | (4 | 5) as n:\n        pass\n    case [1 | 2, 3 | 4]:\n        pass\n',
};

const samplesDir = join(__dirname, '..', '..', '..', '..', '..', 'samples');

describe('compiling a script leaves CPython\'s dicts and lists on the free lists', () => {
  let dir: string;
  before(() => {
    reportMissing('the free lists a script starts with');
    dir = mkdtempSync(join(tmpdir(), 'arena-lens-temporaries-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const shapes: [string, string, number][] = [
    ...Object.entries(SHAPES).map(([k, v]): [string, string, number] => [k, v, 8]),
    ...Object.entries(MATCH_SHAPES).map(([k, v]): [string, string, number] => [k, v, 10]),
    ...readdirSync(samplesDir)
      .filter((f) => f.endsWith('.py'))
      .map((f): [string, string, number] => [`samples/${f}`, readFileSync(join(samplesDir, f), 'utf8'), 8]),
  ];

  for (const interp of findInterpreters().found) {
    const minor = Number(interp.version.split('.')[1]);
    it(`starts every shape of script with the dict and list counts CPython ${interp.full} prints`, function () {
      this.timeout(120_000);
      const wrong: string[] = [];
      for (const [name, source, since] of shapes) {
        if (minor < since) continue;
        const parsed = parse(source, minor);
        assert.ok(parsed.ok, name);
        const model = startLengths(compileTemporaries(compileModule(parsed.module).scope, minor), minor);
        assert.ok(model !== null);
        const file = join(dir, 'shape.py');
        writeFileSync(file, `import sys\nsys._debugmallocstats()\n${source}`);
        const r = spawnSync(interp.path, [file], { encoding: 'utf8', timeout: 60_000, env: oracleEnv() });
        const dict = Number(/(\d+) free PyDictObjects/.exec(r.stderr)?.[1]);
        const list = Number(/(\d+) free PyListObjects/.exec(r.stderr)?.[1]);
        if (dict !== model.dict || list !== model.list) wrong.push(`${name}: CPython ${dict} dicts, ${list} lists; model ${model.dict}, ${model.list}`);
      }
      assert.deepEqual(wrong, []);
    });
  }
});
