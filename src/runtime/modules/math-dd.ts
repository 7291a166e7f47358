// Double-double arithmetic for the fast paths of the correctly rounded functions (math-fast.ts,
// math-fast-trig.ts): exact products and sums of two doubles, the Ziv rounding test, and constants
// and table entries taken once from the 256-bit fixed-point functions of math-cr.ts.
import { W } from './math-cr';
import { roundScaled } from './math-libm';

/** How often a fast path could not decide and the 256-bit computation ran (for the tests). */
export const slowPath = { calls: 0 };

/** The low part of the last twoProd, twoSum or fastTwoSum: the exact error of its rounded result. */
export const dd = { lo: 0 };

const SPLIT = 134217729; // 2**27 + 1: Veltkamp's split into two 26-bit halves

/** a*b rounded; dd.lo = the exact rest (Dekker; |a|, |b| below 2**995, no partial product underflowing). */
export function twoProd(a: number, b: number): number {
  const p = a * b;
  let c = SPLIT * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = SPLIT * b;
  const bh = c - (c - b);
  const bl = b - bh;
  dd.lo = ah * bh - p + ah * bl + al * bh + al * bl;
  return p;
}

/** a+b rounded; dd.lo = the exact rest (Knuth). */
export function twoSum(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  dd.lo = a - (s - bb) + (b - bb);
  return s;
}

/** a+b rounded for |a| >= |b| (or a = 0); dd.lo = the exact rest (Dekker). */
export function fastTwoSum(a: number, b: number): number {
  const s = a + b;
  dd.lo = b - (s - a);
  return s;
}

/**
 * Ziv's test: the double nearest hi + lo when every value within err of it rounds to that same
 * double, else NaN (the caller then takes the slow path). err is a generous bound on the estimate's
 * error, so the roundings of lo +- err cannot matter.
 */
export function roundOrFail(hi: number, lo: number, err: number): number {
  const a = hi + (lo + err);
  return a === hi + (lo - err) ? a : NaN;
}

/** A 256-bit fixed-point value (scaled by 2**W) as hi + lo, to about 2**-106 of it. */
export function fixedToDD(v: bigint, out: Float64Array, i: number): void {
  const hi = roundScaled(v, -W);
  out[i] = hi;
  out[i + 1] = hi === 0 ? 0 : roundScaled(v - exactFixed(hi), -W);
}

/** A double with at most W fractional bits, exactly in fixed point. */
function exactFixed(x: number): bigint {
  let e = 0;
  let m = x;
  while (m !== Math.trunc(m)) {
    m *= 2;
    e++;
  }
  return (BigInt(m) << BigInt(W)) >> BigInt(e);
}

/**
 * A positive fixed-point constant as doubles c[0] + c[1] + ... : every part but the last keeps only
 * its leading bits[k] bits (so that small integers times it are exact), the last is rounded.
 */
export function splitFixed(v: bigint, bits: number[]): number[] {
  const parts: number[] = [];
  for (const b of bits) {
    const len = v.toString(2).length;
    const drop = BigInt(Math.max(len - b, 0));
    const head = (v >> drop) << drop;
    parts.push(roundScaled(head, -W));
    v -= head;
  }
  parts.push(roundScaled(v, -W));
  return parts;
}

// The words of a double (little- or big-endian host).
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** The upper 32 bits of x. */
export function hiWord(x: number): number {
  F64[0] = x;
  return U32[HI];
}

/** x with its upper 32 bits replaced. */
export function withHiWord(x: number, hi: number): number {
  F64[0] = x;
  U32[HI] = hi;
  return F64[0];
}

/** 2**k for -1022 <= k <= 1023, exactly. */
export function pow2(k: number): number {
  F64[0] = 0;
  U32[HI] = (k + 1023) << 20;
  return F64[0];
}
