// Deterministic inputs for the fast-path-against-256-bit comparisons of math-fast*.test.ts: a
// seeded generator, doubles from raw bits, neighbours by ulps, and the IEEE specials.
import * as assert from 'node:assert/strict';
import { slowPath } from '../../../../src/runtime/modules/math-dd';

/** xorshift32 from a fixed seed: the same inputs on every run. */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** A double from 64 random bits (any sign, exponent, nan or infinity). */
export function anyBits(r: () => number): number {
  U32[HI] = Math.floor(r() * 4294967296);
  U32[1 - HI] = Math.floor(r() * 4294967296);
  return F64[0];
}

/** The double k ulps after x (k < 0: before), through the bits; x finite and nonzero, no sign change. */
export function ulps(x: number, k: number): number {
  F64[0] = x;
  const bits = (BigInt(U32[HI]) << 32n) | BigInt(U32[1 - HI]);
  const n = bits + BigInt(k);
  U32[HI] = Number(n >> 32n);
  U32[1 - HI] = Number(n & 0xffffffffn);
  return F64[0];
}

/** x and its neighbours within 3 ulps. */
export function around(x: number): number[] {
  if (x === 0 || !Number.isFinite(x)) return [x];
  const out: number[] = [];
  for (let k = -3; k <= 3; k++) out.push(ulps(x, k));
  return out;
}

export const SPECIALS = [
  NaN, Infinity, -Infinity, 0, -0, 5e-324, -5e-324, 2 ** -1022, -(2 ** -1022), 2.225073858507201e-308,
  Number.MAX_VALUE, -Number.MAX_VALUE, 1, -1, 0.5, -0.5, 2, -2, 3, -3, 10, -10, 1e-300, 1e300,
];

/** Small integers, halves and the powers of two, both signs. */
export function regulars(): number[] {
  const out: number[] = [];
  for (let i = 1; i <= 64; i++) out.push(i, -i, i + 0.5, -i - 0.5);
  for (let e = -1074; e <= 1023; e += 7) out.push(2 ** e, -(2 ** e));
  return out;
}

/**
 * Calls fast(...args) and slow(...args) on each input and returns the first differences (as text,
 * at most 5) and the share of inputs the fast function sent to the slow path.
 */
export function compare(inputs: number[][], fast: (...a: number[]) => number, slow: (...a: number[]) => number): { diffs: string[]; slowShare: number } {
  const diffs: string[] = [];
  const before = slowPath.calls;
  for (const args of inputs) {
    const a = fast(...args);
    const b = slow(...args);
    if (!Object.is(a, b) && diffs.length < 5) diffs.push(`(${args.join(', ')}): fast ${a}, 256-bit ${b}`);
  }
  return { diffs, slowShare: (slowPath.calls - before) / inputs.length };
}

type Fn = (...a: number[]) => number;

/**
 * The mocha cases: each function against its 256-bit one on its inputs, then on ordinary inputs
 * (ordinary[i] for cases[i]) the share of calls the fast path could not decide.
 */
export function itMatches(cases: Array<[string, () => number[][], Fn, Fn]>, ordinary: number[][][]): void {
  for (const [name, inputs, fast, slow] of cases) {
    it(`${name} equals the 256-bit computation on every input`, () => {
      assert.deepEqual(compare(inputs(), fast, slow).diffs, []);
    });
  }
  it('decide without the 256-bit computation on all but a few ordinary inputs', () => {
    cases.forEach(([name, , fast, slow], i) => assert.ok(compare(ordinary[i], fast, slow).slowShare < 0.02, name));
  });
}
