// Correctly rounded exp, log, pow, sin, cos, tan, atan, asin, acos in 256-bit fixed point: the slow
// path of math-fast.ts's functions (glibc's (2.28+) results are the correctly rounded ones, V8's
// fdlibm ports differ in the last bit), and the source of its tables.
import { frexp, roundScaled } from './math-libm';

export const W = 256;
const BW = BigInt(W);
const ONE = 1n << BW;

/** A finite double as the exact m * 2**e (m a 53-bit integer or less). */
function parts(x: number): [bigint, number] {
  const [m, e] = frexp(x);
  return [BigInt(m * 2 ** 53), e - 53];
}

/** m * 2**e in fixed point (scaled by 2**W), truncated. */
function fixed(m: bigint, e: number): bigint {
  const s = e + W;
  return s >= 0 ? m << BigInt(s) : m >> BigInt(-s);
}

export const fromDouble = (x: number): bigint => fixed(...parts(x));
// Truncating toward zero, so that series of either sign reach 0.
const mul = (a: bigint, b: bigint): bigint => (a * b) / ONE;
const div = (a: bigint, b: bigint): bigint => (a << BW) / b;

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}
const sqrtFixed = (a: bigint): bigint => isqrt(a << BW);

/** atan(1/k) scaled by 2**bits, for Machin's formula. */
function atanInv(k: bigint, bits: bigint): bigint {
  const one = 1n << bits;
  let term = one / k;
  let sum = term;
  const k2 = k * k;
  for (let n = 3n; term !== 0n; n += 2n) {
    term /= k2;
    sum += (n & 2n ? -term : term) / n;
  }
  return sum;
}

export const PI_BITS = 1500;
let piCache: bigint | null = null;
/** pi * 2**PI_BITS (Machin: 16 atan(1/5) - 4 atan(1/239)). */
export function piBig(): bigint {
  piCache ??= (16n * atanInv(5n, BigInt(PI_BITS + 16)) - 4n * atanInv(239n, BigInt(PI_BITS + 16))) >> 16n;
  return piCache;
}
const PI = (): bigint => piBig() >> BigInt(PI_BITS - W);

let ln2Cache: bigint | null = null;
/** ln 2 = 2 atanh(1/3), fixed. */
export function LN2(): bigint {
  if (ln2Cache === null) {
    const bits = BW + 32n;
    const one = 1n << bits;
    let term = one / 3n;
    let sum = term;
    for (let n = 3n; term !== 0n; n += 2n) {
      term /= 9n;
      sum += term / n;
    }
    ln2Cache = (2n * sum) >> 32n;
  }
  return ln2Cache;
}

/** exp of a fixed-point argument, as [fixed mantissa, power of two]. */
export function expFixed(x: bigint): [bigint, number] {
  const ln2 = LN2();
  let k = x / ln2;
  let r = x - k * ln2;
  if (r > ln2 / 2n) {
    r -= ln2;
    k += 1n;
  } else if (r < -ln2 / 2n) {
    r += ln2;
    k -= 1n;
  }
  const SQ = 12;
  r >>= BigInt(SQ);
  let term = ONE;
  let sum = ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = mul(term, r) / n;
    sum += term;
  }
  for (let i = 0; i < SQ; i++) sum = mul(sum, sum);
  return [sum, Number(k)];
}

export function bigExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  if (Math.abs(x) < 2 ** -60) return 1 + x;
  const [m, k] = expFixed(fromDouble(x));
  return roundScaled(m, k - W);
}

export function bigExp2(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 1025) return Infinity;
  if (x < -1080) return 0;
  if (x === Math.trunc(x)) return 2 ** x;
  const [mx, ex] = parts(x);
  const p = mx * LN2();
  const [m, k] = expFixed(ex >= 0 ? p << BigInt(ex) : p >> BigInt(-ex));
  return roundScaled(m, k - W);
}

/** log of a positive finite double, fixed point. */
export function logFixed(x: number): bigint {
  let [m, e] = frexp(x);
  m *= 2;
  e -= 1;
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  const M = fromDouble(m);
  const z = div(M - ONE, M + ONE);
  const z2 = mul(z, z);
  let term = z;
  let sum = z;
  for (let n = 3n; term !== 0n; n += 2n) {
    term = mul(term, z2);
    sum += term / n;
  }
  return 2n * sum + BigInt(e) * LN2();
}

export function bigLog(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Math.log(x);
  if (x === 1) return 0;
  return roundScaled(logFixed(x), -W);
}

/** pow for finite x and y, x**y neither trivial nor an IEEE special (math_pow handled those). */
export function bigPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x === 0 || !Number.isFinite(x) || !Number.isFinite(y) || Number.isNaN(x) || Number.isNaN(y)) return Math.pow(x, y);
  const yInt = y === Math.trunc(y);
  if (x < 0 && !yInt) return NaN;
  const neg = x < 0 && yInt && Math.abs(y) % 2 === 1;
  const ax = Math.abs(x);
  let r: number;
  if (yInt && y > 0 && y <= 64) {
    // Exactly, then rounded once.
    const [m, e] = parts(ax);
    r = roundScaled(m ** BigInt(y), e * y);
  } else {
    const L = logFixed(ax);
    const [my, ey] = parts(y);
    const T = ey >= 0 ? (L * my) << BigInt(ey) : (L * my) >> BigInt(-ey);
    if (T > 1100n << BW) r = Infinity;
    else if (T < -1200n << BW) r = 0;
    else {
      const [m, k] = expFixed(T);
      r = roundScaled(m, k - W);
    }
  }
  return neg ? -r : r;
}

/** x reduced modulo pi/2: [r fixed, quadrant 0..3] (pi to PI_BITS bits: exact enough for every double). */
function reduce(x: number): [bigint, number] {
  const [m, e] = parts(Math.abs(x));
  const S = PI_BITS;
  const halfPi = piBig() >> 1n;
  const xs = m << BigInt(e + S);
  let n = (xs + (halfPi >> 1n)) / halfPi;
  let rs = xs - n * halfPi;
  if (rs > halfPi >> 1n) {
    rs -= halfPi;
    n += 1n;
  }
  const r = rs >> BigInt(S - W);
  return [r, Number(n % 4n)];
}

export function sinCosFixed(r: bigint): [bigint, bigint] {
  const r2 = mul(r, r);
  let term = r;
  let s = r;
  for (let n = 2n; term !== 0n; n += 2n) {
    term = -mul(term, r2) / (n * (n + 1n));
    s += term;
  }
  term = ONE;
  let c = ONE;
  for (let n = 1n; term !== 0n; n += 2n) {
    term = -mul(term, r2) / (n * (n + 1n));
    c += term;
  }
  return [s, c];
}

const TINY = 2 ** -27;

export function bigSin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < TINY) return x;
  const [r, q] = reduce(x);
  const [s, c] = sinCosFixed(r);
  const v = [s, c, -s, -c][q];
  return roundScaled(x < 0 ? -v : v, -W);
}

export function bigCos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < TINY) return 1;
  const [r, q] = reduce(x);
  const [s, c] = sinCosFixed(r);
  return roundScaled([c, -s, -c, s][q], -W);
}

export function bigTan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < TINY) return x;
  const [r, q] = reduce(x);
  const [s, c] = sinCosFixed(r);
  const v = q % 2 === 0 ? div(s, c) : -div(c, s);
  return roundScaled(x < 0 ? -v : v, -W);
}

/** atan of a non-negative fixed-point value. */
export function atanFixed(t: bigint): bigint {
  let inv = false;
  if (t > ONE) {
    t = div(ONE, t);
    inv = true;
  }
  const HALVINGS = 4;
  for (let i = 0; i < HALVINGS; i++) t = div(t, ONE + sqrtFixed(ONE + mul(t, t)));
  const t2 = mul(t, t);
  let term = t;
  let sum = t;
  for (let n = 3n; term !== 0n; n += 2n) {
    term = -mul(term, t2);
    sum += term / n;
  }
  sum <<= BigInt(HALVINGS);
  return inv ? (PI() >> 1n) - sum : sum;
}

export function bigAtan(x: number): number {
  if (Number.isNaN(x)) return x;
  if (Math.abs(x) < TINY) return x;
  if (!Number.isFinite(x)) return x > 0 ? Math.PI / 2 : -Math.PI / 2;
  let v: bigint;
  if (Math.abs(x) > 2 ** 100) v = (PI() >> 1n) - div(ONE, fromDouble(Math.abs(x)));
  else v = atanFixed(fromDouble(Math.abs(x)));
  return roundScaled(x < 0 ? -v : v, -W);
}

export function bigAsin(x: number): number {
  if (Number.isNaN(x) || Math.abs(x) > 1) return NaN;
  if (Math.abs(x) < TINY) return x;
  const X = fromDouble(Math.abs(x));
  const d = sqrtFixed(mul(ONE - X, ONE + X));
  const v = d === 0n ? PI() >> 1n : atanFixed(div(X, d));
  return roundScaled(x < 0 ? -v : v, -W);
}

/** atan2 for finite nonzero x and y (m_atan2 settles zeros, infinities and nans first): atan of the exact ratio. */
export function bigAtan2(y: number, x: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return Math.atan2(y, x);
  const [my, ey] = parts(Math.abs(y));
  const [mx, ex] = parts(Math.abs(x));
  const steep = Math.abs(y) > Math.abs(x);
  // The ratio of the smaller to the larger, in fixed point.
  const [num, den, shift] = steep ? [mx, my, ex - ey] : [my, mx, ey - ex];
  if (shift < -200) {
    if (!steep && x > 0) return y / x;
  }
  const t = shift + W >= 0 ? (num << BigInt(shift + W)) / den : (num >> BigInt(-(shift + W))) / den;
  let a = atanFixed(t);
  if (steep) a = (PI() >> 1n) - a;
  if (x < 0) a = PI() - a;
  return roundScaled(y < 0 ? -a : a, -W);
}

export function bigAcos(x: number): number {
  if (Number.isNaN(x) || Math.abs(x) > 1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return roundScaled(PI(), -W);
  const X = fromDouble(x);
  return roundScaled(2n * atanFixed(sqrtFixed(div(ONE - X, ONE + X))), -W);
}
