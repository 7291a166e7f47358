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

function lowZeros(v: bigint): number {
  let n = 0;
  while (!(v & 1n)) {
    v >>= 1n;
    n++;
  }
  return n;
}

/** d2b: |d| = b * 2**e with b odd (0 for zero), and b's bit count. */
export function d2b(d: number): { b: Bigint; e: number; bits: number } {
  const b = Balloc(1);
  const w0 = word0(d) & 0x7fffffff;
  const de = w0 >>> 20;
  let m = (BigInt(w0 & FRAC_MASK) << 32n) | BigInt(word1(d));
  if (de) m |= 1n << 52n;
  const tz = m === 0n ? 64 : lowZeros(m);
  b.v = m >> BigInt(Math.min(tz, 63));
  if (de) return { b, e: de - BIAS - (P - 1) + tz, bits: P - tz };
  return { b, e: de - BIAS - (P - 1) + 1 + tz, bits: bitLength(b.v) };
}

/** sd2b: d / 2**scale = b * 2**e with b a full 53-bit significand unless subnormal. */
export function sd2b(d: number, scale: number): { b: Bigint; e: number } {
  const b = Balloc(1);
  let m = (BigInt(word0(d) & FRAC_MASK) << 32n) | BigInt(word1(d));
  let e = ETINY - 1 + ((word0(d) & EXP_MASK) >>> 20);
  if (e < ETINY) e = ETINY;
  else m |= 1n << 52n;
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
