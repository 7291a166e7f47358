// The two 32-bit words of a double (dtoa.c's word0/word1 on the U union), d2b/sd2b, which
// turn a double into a Bigint, and decompose, the same reading as one exact m * 2**e.
import { Balloc, Bigint, hi0bits, lo0bits } from './bigint';

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

/** d2b: |d| = b * 2**e with b odd (0 for zero), and b's bit count. */
export function d2b(d: number): { b: Bigint; e: number; bits: number } {
  const b = Balloc(1);
  const x = b.x;
  let z = word0(d) & FRAC_MASK;
  const de = (word0(d) & 0x7fffffff) >>> 20;
  if (de) z |= EXP_MSK1;
  let y = word1(d);
  let k: number;
  if (y) {
    k = lo0bits(y);
    x[0] = k ? (y >>> k) | (z << (32 - k)) : y;
    z >>>= k;
    x[1] = z;
    b.wds = z ? 2 : 1;
  } else {
    k = lo0bits(z);
    x[0] = z >>> k;
    b.wds = 1;
    k += 32;
  }
  if (de) return { b, e: de - BIAS - (P - 1) + k, bits: P - k };
  return { b, e: de - BIAS - (P - 1) + 1 + k, bits: 32 * b.wds - hi0bits(x[b.wds - 1]) };
}

/** sd2b: d / 2**scale = b * 2**e with b a full 53-bit significand unless subnormal. */
export function sd2b(d: number, scale: number): { b: Bigint; e: number } {
  const b = Balloc(1);
  const x = b.x;
  b.wds = 2;
  x[0] = word1(d);
  x[1] = word0(d) & FRAC_MASK;
  let e = ETINY - 1 + ((word0(d) & EXP_MASK) >>> 20);
  if (e < ETINY) e = ETINY;
  else x[1] |= EXP_MSK1;
  if (scale && (x[0] || x[1])) {
    e -= scale;
    if (e < ETINY) {
      scale = ETINY - e;
      e = ETINY;
      if (scale >= 32) {
        x[0] = x[1];
        x[1] = 0;
        scale -= 32;
      }
      if (scale) {
        x[0] = (x[0] >>> scale) | (x[1] << (32 - scale));
        x[1] >>>= scale;
      }
    }
  }
  if (!x[1]) b.wds = 1;
  return { b, e };
}
