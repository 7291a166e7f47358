// _Py_HashBytes (Python/pyhash.c): SipHash-2-4 up to 3.10, SipHash-1-3 from 3.11, keyed
// as PYTHONHASHSEED=0 keys it (an all-zero secret), so set orders of bytes keys match.
import { R } from '../state';
import { canonHash, Hash } from './object';

const M = (1n << 64n) - 1n;
const rotl = (x: bigint, b: bigint): bigint => ((x << b) | (x >> (64n - b))) & M;

/** siphash13 / siphash24 with k0 = k1 = 0: c compression rounds per word, d final rounds. */
function siphash(data: Uint8Array, c: number, d: number): bigint {
  let v0 = 0x736f6d6570736575n;
  let v1 = 0x646f72616e646f6dn;
  let v2 = 0x6c7967656e657261n;
  let v3 = 0x7465646279746573n;
  const round = (): void => {
    // HALF_ROUND(v0,v1,v2,v3,13,16); HALF_ROUND(v2,v1,v0,v3,17,21)
    v0 = (v0 + v1) & M;
    v2 = (v2 + v3) & M;
    v1 = rotl(v1, 13n) ^ v0;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v1) & M;
    v0 = (v0 + v3) & M;
    v1 = rotl(v1, 17n) ^ v2;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = rotl(v2, 32n);
  };
  const n = data.length;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    let mi = 0n;
    for (let k = 7; k >= 0; k--) mi = (mi << 8n) | BigInt(data[i + k]);
    v3 ^= mi;
    for (let r = 0; r < c; r++) round();
    v0 ^= mi;
  }
  let t = 0n;
  for (let k = n - 1; k >= i; k--) t = (t << 8n) | BigInt(data[k]);
  const b = ((BigInt(n) << 56n) & M) | t;
  v3 ^= b;
  for (let r = 0; r < c; r++) round();
  v0 ^= b;
  v2 ^= 0xffn;
  for (let r = 0; r < d; r++) round();
  return v0 ^ v1 ^ v2 ^ v3;
}

/** _Py_HashBytes: 0 for no bytes, else the version's SipHash read as a signed Py_hash_t (-1 becomes -2). */
export function hashBytes(data: Uint8Array): Hash {
  if (data.length === 0) return 0;
  let x = R.minor >= 11 ? siphash(data, 1, 3) : siphash(data, 2, 4);
  if (x >= 1n << 63n) x -= 1n << 64n;
  if (x === -1n) x = -2n;
  return canonHash(x);
}
