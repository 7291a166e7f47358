// What compiling a script leaves on the dict-keys free list, against CPython: each
// interpreter empties the list, compiles the source with compile() and counts the one-key
// dicts that then get their keys object without a new block. Script shapes must match; every
// program under test/programs and samples/ is summed up, no fewer matching than last measured.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileModule } from '../../../../src/runtime/compiler/compile';
import { keysAfterCompile } from '../../../../src/runtime/compiler/keys-temporaries';
import { R } from '../../../../src/runtime/state';
import { parse } from '../../../../src/runtime/syntax/parse';
import { findInterpreters, oracleEnv, reportMissing } from '../../../util/pythons';
import { filesUnder } from '../../../util/files';

/** Shapes: locals with globals, nesting, classes, defaults, annotations, comprehensions (3.12+ inlined), global declarations. */
const SHAPES: Record<string, string> = {
  'nothing': 'pass\n',
  'a local and a global': 'def f():\n    x = len\n',
  'two classes': 'class A:\n    pass\nclass B:\n    pass\n',
  'a method with a default': 'class Res:\n    def __init__(self, name, suppress=False):\n        self.name = name\n',
  'functions nested three deep': 'def f(a):\n    def g(b):\n        def h(c):\n            return a + b + c\n        return h\n    return g\n',
  'a global declaration': 'def f():\n    global x\n    x = 1\nx: int = 0\nglobal y\ny: int = 2\n',
  'annotations': 'def f(a: int, b: "str" = "") -> list[int]:\n    c: float = 1.0\n    return [a]\n',
  'future annotations': 'from __future__ import annotations\ndef promote(who: Employee, *, by: float = 0.1) -> tuple[Employee, float]:\n    return who, by\n',
  'a comprehension using a local': 'def lcs(a, b):\n    n, m = len(a), len(b)\n    dp = [[0] * (m + 1) for _ in range(n + 1)]\n    return dp\n',
  'nested comprehensions': 'import sys\ndef f():\n    grid = [[x * y for x in range(10)] for y in range(10)]\n',
  'comprehensions in a class body': 'class C:\n    y = [i for i in range(3)]\n    z = [[j for j in range(i)] for i in y if len(y) > 0]\n',
  'a comprehension cell and a walrus': 'def f(a):\n    x = 1\n    fs = [lambda: x for x in a]\n    return fs, [y for v in a if (y := v)], y\n',
  'an assert': 'def check(x):\n    assert x > 0, "positive"\n    return x\n',
};

const root = join(__dirname, '..', '..', '..', '..', '..');

/** Matches of the program-version pairs when the model was last measured: a floor, not a target. */
const PROGRAM_FLOOR: Record<number, number> = { 8: 549, 9: 552, 10: 567, 11: 571, 12: 572, 13: 571 };

/** Empties the keys free list, compiles each source and counts what compiling left on it (null: CPython rejects it). */
const COUNTER = `import gc, json, sys
gc.disable()
blocks = sys.getallocatedblocks
def count():
    ds = [{} for _ in range(120)]
    n = 0
    before = blocks()
    before = blocks()
    while n < 120:
        ds[n]['x'] = 1
        if blocks() != before:
            break
        n += 1
        before = blocks()
    return n, ds
compile('pass', 'warm', 'exec')
out = []
for src in json.load(open(sys.argv[1])):
    hold = code = None
    hold = [count()[1] for _ in range(2)]
    try:
        code = compile(src, 'shape', 'exec')
    except BaseException:
        out.append(None)
        continue
    out.append(count()[0])
print(json.dumps(out))
`;

/** The model's count for source under 3.minor, or null where it cannot compile it. */
function model(source: string, minor: number): number | null {
  const saved = R.minor;
  R.minor = minor;
  try {
    const parsed = parse(source, minor);
    if (!parsed.ok) return null;
    return keysAfterCompile(compileModule(parsed.module), minor, 0);
  } catch {
    return null;
  } finally {
    R.minor = saved;
  }
}

describe('compiling a script leaves CPython\'s dict-keys objects on the free list', () => {
  let dir: string;
  before(() => {
    reportMissing('the dict-keys free list after compiling');
    dir = mkdtempSync(join(tmpdir(), 'arena-lens-keys-'));
    writeFileSync(join(dir, 'counter.py'), COUNTER);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const measure = (path: string, sources: string[]): (number | null)[] => {
    const file = join(dir, `sources-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(sources));
    const r = spawnSync(path, [join(dir, 'counter.py'), file], { encoding: 'utf8', timeout: 300_000, env: oracleEnv(), maxBuffer: 1 << 24 });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as (number | null)[];
  };

  for (const interp of findInterpreters().found) {
    const minor = Number(interp.version.split('.')[1]);
    it(`leaves what CPython ${interp.full} leaves for every shape of script`, function () {
      this.timeout(120_000);
      const names = Object.keys(SHAPES);
      const want = measure(interp.path, names.map((n) => SHAPES[n]));
      const wrong: string[] = [];
      names.forEach((n, i) => {
        const got = model(SHAPES[n], minor);
        if (got !== want[i]) wrong.push(`${n}: CPython ${want[i]}, model ${got}`);
      });
      assert.deepEqual(wrong, []);
    });

    it(`leaves what CPython ${interp.full} leaves for the test programs and samples (no fewer than measured)`, function () {
      this.timeout(600_000);
      const files = [...filesUnder(join(root, 'test', 'programs'), '.py'), ...filesUnder(join(root, 'samples'), '.py')];
      const sources = files.map((f) => readFileSync(f, 'utf8'));
      const want = measure(interp.path, sources);
      let matched = 0;
      let compared = 0;
      const differ: string[] = [];
      sources.forEach((src, i) => {
        const got = model(src, minor);
        if (got === null || want[i] === null) return;
        compared++;
        if (got === want[i]) matched++;
        else differ.push(`${files[i].slice(root.length + 1)} (CPython ${want[i]}, model ${got})`);
      });
      console.log(`      dict-keys free list after compiling, CPython ${interp.full}: ${matched}/${compared} programs match`);
      assert.ok(matched >= PROGRAM_FLOOR[minor], `${matched} match, fewer than ${PROGRAM_FLOOR[minor]}; differ: ${differ.slice(0, 20).join(', ')}`);
    });
  }
});
