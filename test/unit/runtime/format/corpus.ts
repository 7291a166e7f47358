// Generated inputs for the CPython comparison: seeded, so every run checks the same
// cases. Floats are carried as 16-hex-digit bit patterns.
import { Rng } from '../../../util/rng';

export type PyVal =
  | { t: 'int'; v: string }
  | { t: 'float'; v: string }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'none' }
  | { t: 'tuple' | 'list'; v: PyVal[] }
  | { t: 'dict'; v: Array<[string, PyVal]> };

const view = new DataView(new ArrayBuffer(8));

export function hexOf(x: number): string {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}

export function floatOf(h: string): number {
  view.setBigUint64(0, BigInt('0x' + h));
  return view.getFloat64(0);
}

function randomBits(r: Rng): number {
  const hi = r.int(0, 0xffffffff);
  const lo = r.int(0, 0xffffffff);
  return floatOf(hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0'));
}

function pick<T>(r: Rng, xs: readonly T[]): T {
  return xs[r.int(0, xs.length - 1)];
}

/** Edge values, powers of ten and their neighbours, halfway cases, random bit patterns. */
export function floatCorpus(r: Rng, randomCount: number): number[] {
  const xs: number[] = [0, -0, 1, -1, 0.1, 0.5, 1.5, 2.5, -2.5, 1e16, 1e-5, 1e-4, 1234567890123456, 12345678901234567,
    2 ** 53, 2 ** 53 + 2, 2 ** 63, 2 ** 1023, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 2.2250738585072014e-308,
    Infinity, -Infinity, NaN, 9007199254740993, 0.3, 2 / 3, Math.PI, Math.E, 1e22, 1e23, 5e-324, 123456.789, 0.000123];
  const next = (x: number, d: number): number => {
    const h = BigInt('0x' + hexOf(x)) + BigInt(d);
    return floatOf(h.toString(16).padStart(16, '0'));
  };
  for (let k = -325; k <= 309; k++) {
    const p = Number(`1e${k}`);
    xs.push(p);
    if (p > 0 && Number.isFinite(p)) xs.push(next(p, 1), next(p, -1));
  }
  // Exact binary halves and quarters: ties for every rounding mode at some precision.
  for (let i = 0; i < 200; i++) xs.push((r.int(-100000, 100000) + 0.5) / 10 ** r.int(0, 6));
  for (let i = 0; i < 200; i++) xs.push(r.int(-(2 ** 30), 2 ** 30) / 2 ** r.int(1, 40));
  for (let i = 0; i < 100; i++) xs.push(r.int(0, 99999) * 10 ** r.int(-20, 20));
  for (let i = 0; i < randomCount; i++) xs.push(randomBits(r));
  return xs;
}

export function bigIntCorpus(r: Rng, n: number): bigint[] {
  const xs: bigint[] = [0n, 1n, -1n, 255n, -255n, 1000n, 999999n, 2n ** 63n, -(2n ** 64n), 10n ** 30n, 0x10ffffn, 0x110000n, 65n];
  for (let i = 0; i < n; i++) {
    const digits = r.int(1, i % 10 === 0 ? 60 : 20);
    let s = String(r.int(1, 9));
    for (let d = 1; d < digits; d++) s += String(r.int(0, 9));
    xs.push(r.next() < 0.4 ? -BigInt(s) : BigInt(s));
  }
  return xs;
}

const FILLS = ['', '', '', '*', '0', ' ', 'é', '😀', '<', '='];
const ALIGNS = ['', '', '<', '>', '^', '='];
const SIGNS = ['', '', '+', '-', ' '];

/** Random format specs built from the grammar, with the given type letters. */
export function specCorpus(r: Rng, n: number, types: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const align = pick(r, ALIGNS);
    let s = align ? pick(r, FILLS) + align : '';
    s += pick(r, SIGNS);
    if (r.next() < 0.1) s += 'z';
    if (r.next() < 0.2) s += '#';
    if (r.next() < 0.25) s += '0';
    if (r.next() < 0.6) s += String(r.int(0, 25));
    const g = r.next();
    if (g < 0.15) s += ',';
    else if (g < 0.3) s += '_';
    if (r.next() < 0.5) s += '.' + String(r.int(0, r.next() < 0.1 ? 40 : 12));
    s += pick(r, types);
    out.push(s);
  }
  return out;
}

/** Specs a str accepts (fill, align other than '=', width, precision), so most cases format. */
export function strSpecCorpus(r: Rng, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const align = pick(r, ['', '<', '>', '^']);
    let s = align ? pick(r, FILLS) + align : '';
    if (r.next() < 0.15) s += '0';
    if (r.next() < 0.7) s += String(r.int(0, 12));
    if (r.next() < 0.5) s += '.' + String(r.int(0, 6));
    out.push(s + pick(r, ['', 's']));
  }
  return out;
}

const FLOAT_TYPES = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'];
const INT_TYPES = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'f', 'g', '%', 'F', 'G', 'E'];

/** Hand-picked specs: the errors and corner cases the grammar rarely lands on. */
export const EDGE_SPECS = ['', 'd', 's', 'abc', ',_', '_,', '.', '10.', '.2', ',d', '_x', ',x', '_n', ',n', ',c', '+c', '#c', 'z', 'zd',
  'z.1f', '=', '^=5', '05', '010,', '=10,', '#X', '#010_b', '\x01', 'é', '😀', '99999999999999999999', '.99999999999', '٣', '0=10',
  '.3000000000', 'z,', 'z<', '#.0', '#.0e', '.0%', '#g', '.17', '.100f', '.0f', '_', '_b', '#_o', '>+#015,.3f', ' =12.4e'];

export { FLOAT_TYPES, INT_TYPES };

/** Strings from pools that exercise quoting, escapes, printable and non-printable code points. */
export function stringCorpus(r: Rng, n: number): string[] {
  const pools: Array<() => number> = [
    () => r.int(0x20, 0x7e),
    () => pick(r, [0x27, 0x22, 0x5c, 0x0a, 0x09, 0x0d, 0x00, 0x7f, 0x1b]),
    () => r.int(0, 0x1f),
    () => r.int(0x80, 0xff),
    () => r.int(0x100, 0xffff),
    () => r.int(0x10000, 0x10ffff),
    () => r.int(0x1f300, 0x1faff),
    () => pick(r, [0x2028, 0x2029, 0xa0, 0x3000, 0x200b, 0xad, 0xfeff, 0xe000, 0xd800, 0xdfff, 0xe01ef]),
  ];
  const out = ['', "'", '"', `'"`, 'abc', "it's", 'say "hi"', '\\', 'é', '\u0000'];
  for (let i = 0; i < n; i++) {
    const len = r.int(0, 8);
    let s = '';
    for (let k = 0; k < len; k++) s += String.fromCodePoint(pick(r, pools)());
    out.push(s);
  }
  return out;
}

const INT_PIECES = ['', '', ' ', '\t', '\n', '\u3000', '\x1c', '\xa0'];

/** int(text, base) inputs: prefixes, underscores, signs, spaces, Unicode digits, junk. */
export function intLiteralCorpus(r: Rng, n: number): Array<[string, number]> {
  const bodies = ['0', '00', '0_0', '07', '0_7', '1_000', '1__0', '_1', '1_', 'ff', 'FF', 'z', 'Zz9', '٣٤', '١_٢', '12a', '', '+', '-',
    '0x', '0x_1f', '0x__1', '0o17', '0b101', '0B1', '0X1F', '1e5', '1.0', '∞', '0_x1', '9'.repeat(30), '\u0661\u0660'];
  const bases = [0, 2, 8, 10, 16, 36, 3, 1, 37, -1, 7];
  const out: Array<[string, number]> = [];
  for (let i = 0; i < n; i++) {
    let body = pick(r, bodies);
    const base = pick(r, bases);
    if (r.next() < 0.6) {
      // Mostly digits valid in the base, with the odd underscore or prefix.
      const radix = base >= 2 && base <= 36 ? base : 10;
      body = base === 0 ? pick(r, ['', '', '0x', '0o', '0b', '0']) : r.next() < 0.2 ? pick(r, ['0x', '0o', '0b']) : '';
      const digitRadix = body === '0x' ? 16 : body === '0o' ? 8 : body === '0b' ? 2 : radix;
      const len = r.int(1, 12);
      for (let k = 0; k < len; k++) {
        body += r.next() < 0.08 ? '_' : r.int(0, digitRadix - 1).toString(digitRadix);
      }
    }
    const s = pick(r, INT_PIECES) + pick(r, ['', '', '+', '-', ' -']) + body + pick(r, INT_PIECES);
    out.push([s, base]);
  }
  out.push(['1'.repeat(4301), 10], ['1'.repeat(4300), 10], ['1'.repeat(4301) + 'x', 10], ['f'.repeat(5000), 16], ['a'.repeat(300), 10]);
  return out;
}

/** float(text) inputs: reprs of corpus floats with decorations, specials, underscores, junk. */
export function floatLiteralCorpus(r: Rng, floats: readonly number[], n: number): string[] {
  const specials = ['inf', '-inf', '+INF', 'Infinity', 'iNfInItY', 'nan', '-nan', 'NaN', 'infin', 'nan1', 'in f', '1e', '.e5', '.', '',
    ' ', '1_000.5', '1__0', '_1', '1_', '1_.5', '1._5', '1e1_0', '1e_10', '0x10', '1.5j', '١.٥', '1,5', '1e500', '-1e-500', '1.'];
  const out: string[] = [...specials];
  for (let i = 0; i < n; i++) {
    const x = pick(r, floats);
    let s = r.next() < 0.5 ? String(x) : x.toExponential(r.int(0, 20));
    if (r.next() < 0.2) s = s.toUpperCase();
    if (r.next() < 0.2) s = s.replace(/(\d)(\d)/, '$1_$2');
    if (r.next() < 0.1) s = s.replace('e+', 'e');
    if (r.next() < 0.05) s += 'x';
    out.push(pick(r, INT_PIECES) + s + pick(r, INT_PIECES));
  }
  return out;
}
