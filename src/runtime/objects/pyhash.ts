// _Py_HashBytes (Python/pyhash.c): SipHash-2-4 up to 3.10, SipHash-1-3 from 3.11, keyed
// as PYTHONHASHSEED=0 keys it (an all-zero secret), so set orders of bytes keys match.
import { R } from '../state';
import { Hash } from './object';

/**
 * The four 64-bit lanes v0..v3 as (high, low) 32-bit halves: index 2k is vk's high half.
 * BigInt arithmetic made hashing most of a string-heavy run's time.
 */
const S = new Uint32Array(8);

/** vA += vB (mod 2**64) */
function add(a: number, b: number): void {
  const l = S[2 * a + 1] + S[2 * b + 1];
  S[2 * a] = S[2 * a] + S[2 * b] + (l > 0xffffffff ? 1 : 0);
  S[2 * a + 1] = l;
}

/** vA = rotl(vA, n) ^ vB, for 0 < n < 32 */
function rotlXor(a: number, n: number, b: number): void {
  const h = S[2 * a];
  const l = S[2 * a + 1];
  S[2 * a] = ((h << n) | (l >>> (32 - n))) ^ S[2 * b];
  S[2 * a + 1] = ((l << n) | (h >>> (32 - n))) ^ S[2 * b + 1];
}

/** vA = rotl(vA, 32) */
function swap(a: number): void {
  const h = S[2 * a];
  S[2 * a] = S[2 * a + 1];
  S[2 * a + 1] = h;
}

/** SIPROUND: HALF_ROUND(v0,v1,v2,v3,13,16); HALF_ROUND(v2,v1,v0,v3,17,21) */
function round(): void {
  add(0, 1);
  add(2, 3);
  rotlXor(1, 13, 0);
  rotlXor(3, 16, 2);
  swap(0);
  add(2, 1);
  add(0, 3);
  rotlXor(1, 17, 2);
  rotlXor(3, 21, 0);
  swap(2);
}

/** Mix one 64-bit word (hi, lo) in with c compression rounds. */
function compress(hi: number, lo: number, c: number): void {
  S[6] ^= hi;
  S[7] ^= lo;
  for (let r = 0; r < c; r++) round();
  S[0] ^= hi;
  S[1] ^= lo;
}

/** The last hash's high 32 bits (offset 0) and low 32 bits (offset 4). */
const OUT = new DataView(new ArrayBuffer(8));

/** siphash13 / siphash24 with k0 = k1 = 0: c compression rounds per word, d final rounds, into OUT. */
function siphash(data: Uint8Array, c: number, d: number): void {
  S[0] = 0x736f6d65;
  S[1] = 0x70736575;
  S[2] = 0x646f7261;
  S[3] = 0x6e646f6d;
  S[4] = 0x6c796765;
  S[5] = 0x6e657261;
  S[6] = 0x74656462;
  S[7] = 0x79746573;
  const n = data.length;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const lo = (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24)) >>> 0;
    const hi = (data[i + 4] | (data[i + 5] << 8) | (data[i + 6] << 16) | (data[i + 7] << 24)) >>> 0;
    compress(hi, lo, c);
  }
  // The last word: the remaining bytes, little-endian, with the length's low byte on top.
  let lo = 0;
  let hi = (n & 0xff) << 24;
  for (let k = i; k < n; k++) {
    const shift = 8 * (k - i);
    if (shift < 32) lo |= data[k] << shift;
    else hi |= data[k] << (shift - 32);
  }
  compress(hi >>> 0, lo >>> 0, c);
  S[5] ^= 0xff;
  for (let r = 0; r < d; r++) round();
  OUT.setUint32(0, (S[0] ^ S[2] ^ S[4] ^ S[6]) >>> 0, true);
  OUT.setUint32(4, (S[1] ^ S[3] ^ S[5] ^ S[7]) >>> 0, true);
}

/** _Py_HashBytes: 0 for no bytes, else the version's SipHash read as a signed Py_hash_t (-1 becomes -2). */
export function hashBytes(data: Uint8Array): Hash {
  OUT.setUint32(0, 0);
  OUT.setUint32(4, 0);
  if (data.length === 0) return 0;
  if (R.minor >= 11) siphash(data, 1, 3);
  else siphash(data, 2, 4);
  const hi = OUT.getInt32(0, true);
  const lo = OUT.getUint32(4, true);
  // Most hashes are past 2**53 and stay BigInts; the rest are exact as numbers.
  if (hi >= -0x200000 && hi < 0x200000) {
    if (hi === -1 && lo === 0xffffffff) {
      OUT.setUint32(4, 0xfffffffe, true);
      return -2;
    }
    return hi * 4294967296 + lo;
  }
  return BigInt.asIntN(64, (BigInt(hi >>> 0) << 32n) | BigInt(lo));
}

/** The low 32 bits of the last hashBytes result, as a signed int (dict.ts's bucket key). */
export function hashLow32(): number {
  return OUT.getInt32(4, true);
}
