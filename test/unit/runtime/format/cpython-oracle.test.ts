// Every format function against the real python3: the corpora go to a temp JSON file,
// oracle.py computes CPython's text (or exception) for all of them in one process, and
// each test compares one function over its whole corpus.
import { setFormatMinor } from '../../../../src/runtime/format/version';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { roundFloat } from '../../../../src/runtime/dtoa';
import * as fmt from '../../../../src/runtime/format';
import { Rng } from '../../../util/rng';
import * as corpus from './corpus';
import { floatOf, hexOf, PyVal } from './corpus';
import { callbacks, percentCorpus } from './pyvals';

const ORACLE = join(__dirname, '..', '..', '..', '..', '..', 'test', 'unit', 'runtime', 'format', 'oracle.py');

type Outcome = string | { err: [string, string] };
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Runs fn, turning a thrown FormatError-shaped object into the oracle's error form. */
function outcome(fn: () => string): Outcome {
  try {
    return fn();
  } catch (e) {
    const fe = e as { pyType?: unknown; message?: unknown };
    if (e instanceof Error || typeof fe.pyType !== 'string') throw e;
    return { err: [fe.pyType, String(fe.message)] };
  }
}

/**
 * Every NaN bit pattern as one: a NaN's sign and payload are not Python-visible short of
 * struct, and neither C nor JS engines promise which NaN an operation returns.
 */
function anyNaN(v: unknown): unknown {
  const json = JSON.stringify(v);
  return json === undefined ? v : JSON.parse(json.replace(/"[0-9a-f]{16}"/g, (q) => (Number.isNaN(floatOf(q.slice(1, -1))) ? '"nan"' : q)));
}

/** Compares every case, then fails once listing the first differences. */
function compareAll(name: string, inputs: readonly unknown[], expected: readonly unknown[], ours: (i: number) => unknown): void {
  assert.equal(expected.length, inputs.length, `${name}: oracle answered ${expected.length} of ${inputs.length}`);
  const bad: string[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const got = ours(i);
    if (JSON.stringify(anyNaN(got)) !== JSON.stringify(anyNaN(expected[i]))) {
      bad.push(`  ${JSON.stringify(inputs[i])}: python ${JSON.stringify(expected[i])}, ours ${JSON.stringify(got)}`);
    }
  }
  const raised = expected.filter((e) => JSON.stringify(e).includes('"err"')).length;
  console.log(`    (${name}: ${inputs.length} cases, ${raised} of them raise somewhere in CPython)`);
  if (bad.length) assert.fail(`${name}: ${bad.length} of ${inputs.length} differ from CPython\n${bad.slice(0, 15).join('\n')}`);
}

describe('format functions against the real CPython', function () {
  const r = new Rng(20241111);
  const floats = corpus.floatCorpus(r, 3000);
  const sampleFloats = floats.filter((_, i) => i % 23 === 0);
  const ints = corpus.bigIntCorpus(r, 400);
  const strings = corpus.stringCorpus(r, 1500);

  const specCases = (types: readonly string[], values: readonly unknown[], n: number, extra: string[] = []): Array<[unknown, string]> => {
    const specs = [...corpus.EDGE_SPECS, ...corpus.specCorpus(r, n, types), ...extra];
    const out: Array<[unknown, string]> = [];
    specs.forEach((s, i) => {
      for (let k = 0; k < 8; k++) out.push([values[(i * 8 + k * 131) % values.length], s]);
    });
    return out;
  };

  const input = {
    floatRepr: floats.map(hexOf),
    formatFloat: specCases(corpus.FLOAT_TYPES, sampleFloats.map(hexOf), 900),
    formatInt: specCases(corpus.INT_TYPES, ints.map(String), 700),
    formatStr: specCases(['', '', 's'], strings.slice(0, 300), 100, corpus.strSpecCorpus(r, 400)),
    percent: percentCorpus(r, sampleFloats, 2500),
    strRepr: strings,
    printable: [...new Set(strings.flatMap((s) => Array.from(s, (c) => c.codePointAt(0)!)))],
    bytesRepr: Array.from({ length: 400 }, (_, i) =>
      Array.from({ length: i % 12 }, () => r.int(0, 255).toString(16).padStart(2, '0')).join(''),
    ).concat(['27', '22', '2722', '5c', '00ff7f80']),
    parseInt: corpus.intLiteralCorpus(r, 2500),
    parseFloat: corpus.floatLiteralCorpus(r, floats, 2500),
    intToString: [...ints.map(String), (10n ** 4300n - 1n).toString(), (10n ** 4300n).toString(), (-(10n ** 4301n)).toString()],
    roundFloat: floats
      .slice(0, 1500)
      .map((x, i): [string, number] => [hexOf(x), [0, 1, 2, -1, -2, 5, 15, 17, 320, 324, -308, -309, -330, 3][i % 14] + (i % 7) - 3])
      .concat([1.7e308, -1.7e308, 1e308, 5e307, 9.5e307, 2.5, 0.125, 0.375, -0.5, 1.5e-300].flatMap((x) => [-309, -308, -307, -1, 0, 1, 2, 300, 320].map((n): [string, number] => [hexOf(x), n]))),
    roundFloatToInt: floats.map(hexOf),
    roundInt: ints.map((x, i): [string, number] => [String(x), -(i % 25)]).concat([['25', -1], ['35', -1], ['-25', -1], ['-15', -1], ['150', -2], ['250', -2]]),
    floatDivmod: Array.from({ length: 2000 }, (_, i): [string, string] => {
      const a = i < 400 ? [0, -0, 1, -1, 7.5, -7.5, Infinity, -Infinity, NaN, 1e308, 5e-324][i % 11] : floats[(i * 7) % floats.length];
      const b = i % 3 === 0 ? [0, -0, 1, -1, 2.5, -2.5, Infinity, -Infinity, NaN, 1e-308, 3][(i >> 2) % 11] : floats[(i * 13 + 5) % floats.length];
      return [hexOf(a), hexOf(b)];
    }),
    intDivmod: Array.from({ length: 800 }, (_, i): [string, string] => [String(ints[i % ints.length]), String(i % 9 === 0 ? 0n : ints[(i * 5 + 3) % ints.length] / (i % 2 ? 1n : 10n ** 10n) || 7n)]),
  };

  let out: Json;
  before(function () {
    this.timeout(60_000);
    const dir = mkdtempSync(join(tmpdir(), 'arena-lens-format-'));
    try {
      const file = join(dir, 'corpus.json');
      writeFileSync(file, JSON.stringify(input));
      const text = execFileSync('python3', [ORACLE, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      out = JSON.parse(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(`    (oracle: CPython ${out.version}, Unicode ${out.unidata})`);
    // The rules of the oracle's version (error wording, 'z', '=' for str differ by version).
    setFormatMinor(Number(String(out.version).split('.')[1]));
  });

  // Characters Python 3.11 (Unicode 14) and this JS engine (a newer Unicode) classify differently.
  let unicodeGap = new Set<number>();

  it('classifies printable code points as CPython does, except characters newer than its Unicode', () => {
    const gap: string[] = [];
    const bad: string[] = [];
    for (const [cp, printable, category] of out.printable as Array<[number, boolean, string]>) {
      if (fmt.isPrintableCodePoint(cp) === printable) continue;
      // Only code points unassigned in CPython's database may differ (assigned in a later Unicode).
      if (category === 'Cn') gap.push(cp.toString(16));
      else bad.push(`U+${cp.toString(16)} (${category}): python ${printable}`);
    }
    unicodeGap = new Set(gap.map((h) => parseInt(h, 16)));
    if (gap.length) console.log(`    (${gap.length} code points unassigned in Unicode ${out.unidata} but assigned here: ${gap.slice(0, 6).join(' ')}...)`);
    assert.deepEqual(bad, []);
  });

  it('prints repr(float) and str(float) exactly as CPython', () => {
    compareAll('floatRepr', input.floatRepr, out.floatRepr, (i) => fmt.floatRepr(floatOf(input.floatRepr[i])));
    assert.equal(fmt.floatStr(0.1), fmt.floatRepr(0.1));
  });

  it('formats floats with every kind of format spec as format(float, spec) does', () => {
    compareAll('formatFloat', input.formatFloat, out.formatFloat, (i) => {
      const [h, s] = input.formatFloat[i] as [string, string];
      return outcome(() => fmt.formatFloat(floatOf(h), s));
    });
  });

  it('formats ints, including with float presentation types, as format(int, spec) does', () => {
    compareAll('formatInt', input.formatInt, out.formatInt, (i) => {
      const [v, s] = input.formatInt[i] as [string, string];
      return outcome(() => fmt.formatInt(BigInt(v), s));
    });
  });

  it('formats strings as format(str, spec) does', () => {
    compareAll('formatStr', input.formatStr, out.formatStr, (i) => {
      const [v, s] = input.formatStr[i] as [string, string];
      return outcome(() => fmt.formatStr(v, s));
    });
  });

  it('applies printf-style % formatting with flags, *, mapping keys and CPython errors', () => {
    compareAll('percent', input.percent, out.percent, (i) => {
      const [f, a] = input.percent[i] as [string, PyVal];
      return outcome(() => fmt.percentFormat(f, a, callbacks));
    });
  });

  it('prints repr() and ascii() of str exactly as CPython', () => {
    const inGap = (s: string): boolean => Array.from(s).some((c) => unicodeGap.has(c.codePointAt(0)!));
    const kept = input.strRepr.map((s, i) => [s, out.strRepr[i]] as const).filter(([s]) => !inGap(s));
    console.log(`    (${kept.length} of ${input.strRepr.length} strings compared; the rest hold newer-Unicode characters)`);
    compareAll('strRepr', kept.map(([s]) => s), kept.map(([, e]) => e), (i) => [fmt.strRepr(kept[i][0]), fmt.asciiRepr(kept[i][0])]);
  });

  it('prints repr(bytes) exactly as CPython', () => {
    compareAll('bytesRepr', input.bytesRepr, out.bytesRepr, (i) => fmt.bytesRepr(Uint8Array.from(Buffer.from(input.bytesRepr[i], 'hex'))));
  });

  it('parses int(text, base) with prefixes, underscores and spaces, and fails as CPython does', () => {
    compareAll('parseInt', input.parseInt, out.parseInt, (i) => {
      const [s, b] = input.parseInt[i];
      return outcome(() => fmt.intHex(fmt.parseIntLiteral(s, b)));
    });
  });

  it('parses float(text) to the same double as CPython, and fails with its message', () => {
    compareAll('parseFloat', input.parseFloat, out.parseFloat, (i) => outcome(() => hexOf(fmt.parseFloat(input.parseFloat[i]))));
  });

  it('prints str(), hex(), oct() and bin() of ints as CPython, including the digit limit', () => {
    compareAll('intToString', input.intToString, out.intToString, (i) => {
      const x = BigInt(input.intToString[i]);
      return [outcome(() => fmt.intToString(x, 10)), fmt.intHex(x), fmt.intOct(x), fmt.intBin(x)];
    });
  });

  it('rounds floats with round(x, n) and round(x) to what CPython returns', () => {
    compareAll('roundFloat', input.roundFloat, out.roundFloat, (i) => {
      const [h, n] = input.roundFloat[i];
      return outcome(() => roundFloat(floatOf(h), n, hexOf));
    });
    compareAll('roundFloatToInt', input.roundFloatToInt, out.roundFloatToInt, (i) =>
      outcome(() => String(fmt.roundFloatToInt(floatOf(input.roundFloatToInt[i])))),
    );
  });

  it('rounds ints to negative ndigits half to even', () => {
    compareAll('roundInt', input.roundInt, out.roundInt, (i) => String(fmt.roundInt(BigInt(input.roundInt[i][0]), BigInt(input.roundInt[i][1]))));
  });

  it('divides floats with Python floor division, modulo and divmod signs', () => {
    compareAll('floatDivmod', input.floatDivmod, out.floatDivmod, (i) => {
      const [a, b] = input.floatDivmod[i].map(floatOf);
      return [
        outcome(() => JSON.stringify(fmt.floatDivmod(a, b).map(hexOf))),
        outcome(() => hexOf(fmt.floatFloorDiv(a, b))),
        outcome(() => hexOf(fmt.floatMod(a, b))),
      ].map((o) => (typeof o === 'string' && o.startsWith('[') ? JSON.parse(o) : o));
    });
  });

  it('divides ints with Python floor division, modulo and divmod signs', () => {
    compareAll('intDivmod', input.intDivmod, out.intDivmod, (i) => {
      const [a, b] = input.intDivmod[i].map((s) => BigInt(s));
      return [
        outcome(() => JSON.stringify(fmt.intDivmod(a, b).map(String))),
        outcome(() => String(fmt.intFloorDiv(a, b))),
        outcome(() => String(fmt.intMod(a, b))),
      ].map((o) => (typeof o === 'string' && o.startsWith('[') ? JSON.parse(o) : o));
    });
  });
});
