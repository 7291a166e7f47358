// Syntax that changed between versions against each CPython's own compile(): PEP 646 star
// annotations (3.11), match subjects (3.10), PEP 701 f-strings (3.12) and the f-string and
// string-literal errors before them. Accepted or not, and where not, the kind, message and line.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { parse } from '../../../../src/runtime/syntax/parse';
import { findInterpreters } from '../../../util/pythons';
import { comparable, firstDiff, HERE, normaliseFloats } from './oracle-util';
import { join } from 'node:path';

const COMPILE = `
import json, sys, warnings
warnings.simplefilter('ignore')
out = []
for src in json.load(sys.stdin):
    try:
        compile(src, '<s>', 'exec')
        out.append(None)
    except SyntaxError as e:
        out.append([type(e).__name__, e.msg, e.lineno])
print(json.dumps(out))
`;

const body = '\n    case _:\n        pass\n';
const inner = '\n        case _:\n            pass\n';
const CASES = [
  'def f(*args: *Ts): ...',
  'def f(a, *args: *tuple[int, ...], b=1, **kw: int) -> None: ...',
  'def f(*args: *Ts | None): ...',
  'def f(*args: *Ts = 1): ...',
  'def f(*args: int = 1): ...',
  'def f(**kw = 1): ...',
  'def f(*args: *a, *b): ...',
  'def f(*args: *a if b else c): ...',
  'def f(x: *Ts): ...',
  'lambda *args: *Ts: 1',
  'def f(*args: (*Ts)): ...',
  `match x, y:${body}`,
  `match *a, b:${body}`,
  `match w := x,:${body}`,
  `match (w := x):${body}`,
  `match w := x:${body}`,
  `match x if y else z:${body}`,
  `match not x:${body}`,
  `match lambda: 1:${body}`,
  `match x, (y,\n  z):${body}`,
  `match *a:${body}`,
  `match yield x:${body}`,
  `match():\n    case():\n        pass\n`,
  'x = f"{\'\\n\'.join(xs)}"',
  'x = f"{(\n  1 +\n  2)}"',
  'x = f"{1 +\n 2}"',
  "x = f'''{y # comment\n}'''",
  "x = f'{y # comment}'",
  'x = f"{f"{f"{f"{1}"}"}"}"',
  'd = {}\nx = f"{d["k"]}"',
  "x = f'{}'",
  "x = f'{!r}'",
  "x = f'{y!}'",
  "x = f'{y!z}'",
  "x = f'{y! r}'",
  "x = f'{y!r=}'",
  "x = f'{a = b}'",
  "x = f'{y:{a:{b}}}'",
  "x = f'{lambda y: 1}'",
  "x = f'{a b}'",
  "x = f'}'",
  "x = f'{y'",
  "x = f'{y",
  "x = f'abc",
  "x = 'abc",
  "x = '''abc",
  "x = = 1\ny = 'abc",
  'x = f"{a!z}"\ny = "abc',
  'x = 3.e14 + 1.j',
];

describe('syntax that changed between versions against each CPython compile()', () => {
  const { found } = findInterpreters();
  for (const interp of found) {
    it(`accepts and rejects what CPython ${interp.full} does, with its kind, message and line`, () => {
      const want = JSON.parse(execFileSync(interp.path, ['-c', COMPILE], { input: JSON.stringify(CASES), encoding: 'utf8' })) as ([string, string, number] | null)[];
      const wrong: string[] = [];
      CASES.forEach((src, i) => {
        const r = parse(src, Number(interp.version.split('.')[1]));
        const got = r.ok ? null : [r.error.kind, r.error.message, r.error.line];
        if (JSON.stringify(got) !== JSON.stringify(want[i])) wrong.push(`${JSON.stringify(src)}: ours ${JSON.stringify(got)}, CPython ${JSON.stringify(want[i])}`);
      });
      assert.deepEqual(wrong, []);
    });
  }

  it('lowers star annotations, match subjects and 3.12 f-strings to the trees each CPython makes', () => {
    const srcs = [
      'def f(a, *args: *tuple[int, ...] | T, **kw: int): ...\n',
      `def g(x, y, a):\n    match *a, y,:${inner}    match w := x,:${inner}    match x if y else a, not y:${inner}`,
      'x = f"{\'\\n\'.join(xs)!r:>{w}} {f"{f"{d["k"]}"}"} {(\n  1 +  # one\n  2)=}"\n',
      'y = f"{v:{w}.{p}}" f\'{v:a{w}}\'\n',
    ];
    for (const interp of found) {
      const minor = Number(interp.version.split('.')[1]);
      if (minor < 11) continue;
      const cases = srcs.filter((_, i) => minor >= 12 || i < 2);
      const oracle = JSON.parse(execFileSync(interp.path, [join(HERE, 'oracle.py')], { input: JSON.stringify(cases), encoding: 'utf8' })) as { ast: unknown }[];
      cases.forEach((s, i) => {
        const r = parse(s, minor);
        assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.error));
        const ours = normaliseFloats(comparable(r.module));
        const theirs = normaliseFloats(JSON.parse(JSON.stringify(oracle[i].ast, (k, v) => (k === 'typeParams' ? undefined : v))));
        assert.equal(firstDiff(ours, theirs), null, `${interp.full}: ${s}`);
      });
    }
  });
});
