// The two 32-bit words of a double (dtoa.c's word0/word1 on the U union), and d2b/sd2b,
// which turn a double into a Bigint.
import { Balloc, Bigint, bitLength } from './bigint';

const view = new DataView(new ArrayBuffer(8));

/** word0: sign, exponent and the top 20 bits of the fraction. */
export function word0(d: number): number {
  view.setFloat64(0, d);
  return view.getUint32(0);
}

export function word1(d: number): number {
  view.setFloat64(0, d);
  return view.getUint32(4);
}

export function fromWords(w0: number, w1: number): number {
  view.setUint32(0, w0 >>> 0);
  view.setUint32(4, w1 >>> 0);
  return view.getFloat64(0);
}

export const EXP_MASK = 0x7ff00000;
export const EXP_MSK1 = 0x100000;
export const FRAC_MASK = 0xfffff;
export const BNDRY_MASK = 0xfffff;
export const P = 53;
export const BIAS = 1023;
export const ETINY = -1074;

/** ulp(x) of a positive normal double. */
export function ulp(x: number): number {
  return fromWords((word0(x) & EXP_MASK) - (P - 1) * EXP_MSK1, 0);
}

/**
 * |d| = m * 2**e exactly, m the 53-bit significand with its hidden bit (fewer bits below
 * DBL_MIN, 0 for zero): the one reading of a double's bits that d2b, sd2b, float.hex and
 * as_integer_ratio share.
 */
export function decompose(d: number): { m: bigint; e: number } {
  const w0 = word0(d);
  const m = (BigInt(w0 & FRAC_MASK) << 32n) | BigInt(word1(d));
  const de = (w0 >>> 20) & 0x7ff;
  return de ? { m: m | (1n << 52n), e: de - BIAS - (P - 1) } : { m, e: ETINY };
}

/** lo0bits of a word pair: trailing zero bits of a nonzero 64-bit significand. */
function lowZeros(d: number): number {
  const w1 = word1(d);
  if (w1) return 31 - Math.clz32(w1 & -w1);
  const w0 = (word0(d) & FRAC_MASK) | (word0(d) & EXP_MASK ? EXP_MSK1 : 0);
  return 32 + 31 - Math.clz32(w0 & -w0);
}

/** d2b: |d| = b * 2**e with b odd (0 for zero), and b's bit count. */
export function d2b(d: number): { b: Bigint; e: number; bits: number } {
  const b = Balloc(1);
  const { m, e } = decompose(d);
  if (m === 0n) return { b, e: e + 64, bits: 0 };
  const tz = lowZeros(d);
  b.v = m >> BigInt(tz);
  return { b, e: e + tz, bits: m >> 52n ? P - tz : bitLength(b.v) };
}

/** sd2b: d / 2**scale = b * 2**e with b a full 53-bit significand unless subnormal. */
export function sd2b(d: number, scale: number): { b: Bigint; e: number } {
  const b = Balloc(1);
  let { m, e } = decompose(d);
  if (scale && m !== 0n) {
    e -= scale;
    if (e < ETINY) {
      m >>= BigInt(ETINY - e);
      e = ETINY;
    }
  }
  b.v = m;
  return { b, e };
}
