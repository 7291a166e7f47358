// The front end against CPython's own parser: every corpus program lowers to the tree
// python3's `ast` module prints, node kinds, fields and locations alike.
import * as assert from 'node:assert/strict';
import { parse } from '../../../../src/runtime/syntax/parse';
import { comparable, corpus, firstDiff, normaliseFloats, runOracle } from './oracle-util';

describe('the syntax front end against python3 ast.parse', () => {
  const programs = corpus('corpus');
  let oracle: ReturnType<typeof runOracle>;
  before(() => {
    oracle = runOracle(programs.map((p) => p.src));
  });

  it('has a corpus of at least 60 programs that python3 compiles', () => {
    assert.ok(programs.length >= 60, `${programs.length} programs`);
    for (const [i, p] of programs.entries()) assert.equal(oracle[i].error, undefined, p.name);
  });

  for (const [i, p] of programs.entries()) {
    it(`lowers ${p.name} to the same nodes, fields and positions as CPython`, () => {
      const r = parse(p.src);
      assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.error));
      const diff = firstDiff(normaliseFloats(comparable(r.module)), normaliseFloats(oracle[i].ast));
      assert.equal(diff, null);
    });
  }

  it('decodes escapes, raw and bytes literals and joins adjacent literals as CPython does', () => {
    const srcs = [
      String.raw`x = "a\tb\x41\101\u00e9\U0001F600\N{EM DASH}\q\
c" r"\n\\"; b1 = b"\xff\0" rb"\d" B'\n'` + '\n',
      'y = ("one" \'two\'\n     """three\nfour""" f"{1+1}" "" f"")\n',
      'z = f"{a!r:>{w}.{p}f} {b=} {c = !s:^5} {{}} {d:%Y-%m-%d}"\n',
      'w = [1_000, 0x_ff, 0o7_7, 0b1, 1e-3, 1.5j, 0.0, 10.]\n',
    ];
    const o = runOracle(srcs);
    srcs.forEach((s, i) => {
      const r = parse(s);
      assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.error));
      assert.equal(firstDiff(normaliseFloats(comparable(r.module)), normaliseFloats(o[i].ast)), null, s);
    });
  });

  it('counts columns in characters, not UTF-8 bytes, on lines with non-ASCII text', () => {
    const r = parse('s = "é€😀"; t = 1\n');
    assert.ok(r.ok);
    const second = r.module.body[1];
    // s=0 …  "é€😀" is five characters at 4..8, so `t` is at character 11 (byte 16).
    assert.equal(second.col, 11);
  });

  it('reports async as unsupported rather than failing', () => {
    const r = parse('async def f():\n    await g()\n');
    assert.ok(!r.ok && r.error.kind === 'Unsupported');
    assert.equal(r.error.line, 1);
  });

  it('reports 3.12 type parameters and type statements as unsupported, and 3.11 as invalid syntax', () => {
    for (const src of ['def f[T](x: T) -> T:\n    return x\n', 'class Box[T]:\n    pass\n', 'type Pair = tuple[int, int]\n']) {
      const r12 = parse(src, 12);
      assert.ok(!r12.ok && r12.error.kind === 'Unsupported', src);
      assert.equal(r12.error.line, 1);
      const r11 = parse(src, 11);
      assert.ok(!r11.ok && r11.error.kind === 'SyntaxError' && r11.error.message === 'invalid syntax', src);
    }
  });

  it('lowers match statements and every kind of pattern to the same nodes and positions as CPython', () => {
    const srcs = [
      'match x:\n    case 0 | -1 | 1.5 | 2+3j | -4-5j | "s" | b"b":\n        pass\n    case None | True | False:\n        pass\n' +
        '    case Color.RED | a.b.c:\n        pass\n    case n if n > 2:\n        pass\n    case [1, *rest, 2]:\n        pass\n    case (a, b) | (b, a):\n        pass\n' +
        '    case () | [] | (_,) | [*_]:\n        pass\n    case {"k": v, 1: w, **kw}:\n        pass\n    case {}:\n        pass\n' +
        '    case Point(1, y=2, z=_) | Point() | m.C():\n        pass\n    case int(q):\n        pass\n' +
        '    case (1 | 2) as z:\n        pass\n    case (a) if a:\n        pass\n    case _:\n        pass\n',
      'def f(p):\n    match p, 1:\n        case a, *b:\n            return a\n        case {Color.RED: x, **_r} if x:\n            pass\n' +
        '        case str() | bytes() as s:\n            pass\n        case [a, (b, c) as d, *_]:\n            pass\n',
    ];
    const o = runOracle(srcs);
    srcs.forEach((s, i) => {
      const r = parse(s);
      assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.error));
      assert.equal(firstDiff(normaliseFloats(comparable(r.module)), normaliseFloats(o[i].ast)), null, s);
    });
  });

  it('gives 3.8 and 3.9 the invalid syntax CPython reports at the subject of a match statement', () => {
    const r = parse('x = 1\nmatch x:\n    case 1:\n        pass\n', 9);
    assert.ok(!r.ok && r.error.kind === 'SyntaxError' && r.error.message === 'invalid syntax');
    assert.deepEqual([r.error.line, r.error.col], [2, 6]);
  });
});
