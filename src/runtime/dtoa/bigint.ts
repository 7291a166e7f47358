// The Bigints of David Gay's dtoa.c (Python/dtoa.c) as CPython allocates them: Balloc takes
// a freed Bigint of size class k, else carves one from the private pool, else PyMem_Mallocs
// one that then lives on the free list for good. Values are BigInt; only sizes are modeled.
import { bitLength } from '../objects/int-limits';
import { R } from '../state';

/** Kmax (Bigint_Kmax): larger Bigints are PyMem_Malloc'd and freed each time. */
const KMAX = 7;
/** PRIVATE_MEM (2304 bytes) in doubles. */
const PRIVATE_MEM_DOUBLES = 288;

export interface Bigint {
  k: number;
  maxwds: number;
  sign: number;
  v: bigint;
  /** Its PyMem_Malloc block, 0 when carved from the private pool. */
  addr: number;
}

/** The per-run dtoa state (in 3.12+ interp->dtoa; before, dtoa.c's statics). */
interface DtoaState {
  /** How many freed Bigints each size class holds (their blocks never go back to pymalloc). */
  freelist: number[][];
  /** Doubles of private_mem handed out so far. */
  pmemUsed: number;
  /** 5**(2**(i+2)), i = 0.. */
  p5s: Bigint[];
}

let state: DtoaState = { freelist: Array.from({ length: KMAX + 1 }, () => []), pmemUsed: 0, p5s: [] };

/** Doubles a Bigint of class k takes: (sizeof(Bigint) + (2**k - 1) * 4 + 7) / 8. */
function lenDoubles(k: number): number {
  return Math.floor((32 + ((1 << k) - 1) * 4 + 7) / 8);
}

/**
 * What start-up leaves in the dtoa state, measured with gdb at a script's first line: 3.8-3.12
 * start with an untouched pool and no powers of 5; 3.13's _PyDtoa_Init computes 5**4 ... 5**512
 * at start-up (from the pool: 97 doubles), which pow5mult then takes from p5s.
 */
export function initDtoaState(minor: number): void {
  state = { freelist: Array.from({ length: KMAX + 1 }, () => []), pmemUsed: 0, p5s: [] };
  if (minor >= 13) {
    let p5 = i2b(625);
    state.p5s.push(p5);
    for (let i = 1; i < 8; i++) {
      p5 = mult(p5, p5);
      state.p5s.push(p5);
    }
  }
}

export function Balloc(k: number): Bigint {
  const maxwds = 1 << k;
  if (k <= KMAX && state.freelist[k].length > 0) {
    return { k, maxwds, sign: 0, v: 0n, addr: state.freelist[k].pop() as number };
  }
  const len = lenDoubles(k);
  let addr = 0;
  if (k <= KMAX && state.pmemUsed + len <= PRIVATE_MEM_DOUBLES) state.pmemUsed += len;
  // Outside a run (the formatting unit tests) there is no heap to take it from.
  else if (R.heap) addr = R.heap.malloc(len * 8, 'dtoa Bigint');
  return { k, maxwds, sign: 0, v: 0n, addr };
}

export function Bfree(v: Bigint | null): void {
  if (!v) return;
  if (v.k > KMAX) {
    if (v.addr) R.heap.free(v.addr, lenDoubles(v.k) * 8, 'dtoa Bigint');
  }
  else state.freelist[v.k].push(v.addr);
}

/** 2**(32*i): the bound of an i-word value, for the sizes doubles' conversions reach. */
const WORD_BOUNDS = Array.from({ length: 48 }, (_, i) => 1n << BigInt(32 * i));

/** b->wds: 32-bit words of the value (1 for zero). */
export function wds(v: bigint): number {
  for (let i = 1; i < WORD_BOUNDS.length; i++) if (v < WORD_BOUNDS[i]) return i;
  return Math.ceil(v.toString(16).length / 8);
}

export { bitLength };

/** hi0bits(x): leading zero bits of a 32-bit word. */
export function hi0bits(x: number): number {
  return x === 0 ? 32 : Math.clz32(x);
}

/** The top word of b, x[wds-1]. */
export function topWord(v: bigint): number {
  return Number(v >> BigInt(32 * (wds(v) - 1)));
}

/** 2 ** (32 * maxwds) of each class: the least value a Bigint of that class cannot hold. */
const caps: bigint[] = [];
const capOf = (k: number): bigint => (caps[k] ??= 1n << BigInt(32 << k));

/** multadd: b*m + a, in a Bigint one class larger when the carry needs a word b lacks (b full, m and a one word each). */
export function multadd(b: Bigint, m: number, a: number): Bigint {
  const v = b.v * BigInt(m) + BigInt(a);
  if (v >= capOf(b.k)) {
    const b1 = Balloc(b.k + 1);
    Bfree(b);
    b1.v = v;
    return b1;
  }
  b.v = v;
  return b;
}

/** s2b: the nd significant digits (y9 being the first nine's value) as a Bigint. */
export function s2b(digits: string, nd: number, y9: number): Bigint {
  const x = Math.floor((nd + 8) / 9);
  let k = 0;
  for (let y = 1; x > y; y <<= 1) k++;
  let b = Balloc(k);
  b.v = BigInt(y9);
  for (let i = 9; i < nd; i++) b = multadd(b, 10, digits.charCodeAt(i) - 48);
  return b;
}

export function i2b(i: number): Bigint {
  const b = Balloc(1);
  b.v = BigInt(i);
  return b;
}

export function mult(a: Bigint, b: Bigint): Bigint {
  if (a.v === 0n || b.v === 0n) return Balloc(0);
  if (wds(a.v) < wds(b.v)) [a, b] = [b, a];
  let k = a.k;
  if (wds(a.v) + wds(b.v) > a.maxwds) k++;
  const c = Balloc(k);
  c.v = a.v * b.v;
  return c;
}

/** pow5mult: b * 5**k; up to 3.12 each power 5**(2**i) is made the first time it is needed. */
export function pow5mult(b: Bigint, k: number): Bigint {
  const i = k & 3;
  if (i) b = multadd(b, [5, 25, 125][i - 1], 0);
  if (!(k >>= 2)) return b;
  const p5s = state.p5s;
  if (p5s.length === 0) p5s.push(i2b(625));
  for (let n = 0; ; n++) {
    const p5 = p5s[n];
    if (k & 1) {
      const b1 = mult(b, p5);
      Bfree(b);
      b = b1;
    }
    if (!(k >>= 1)) break;
    if (n + 1 === p5s.length) p5s.push(mult(p5, p5));
  }
  return b;
}

export function lshift(b: Bigint, k: number): Bigint {
  if (!k || b.v === 0n) return b;
  const n = k >> 5;
  let k1 = b.k;
  const n1 = n + wds(b.v) + 1;
  for (let i = b.maxwds; n1 > i; i <<= 1) k1++;
  const b1 = Balloc(k1);
  b1.v = b.v << BigInt(k);
  Bfree(b);
  return b1;
}

export function cmp(a: Bigint, b: Bigint): number {
  return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
}

export function diff(a: Bigint, b: Bigint): Bigint {
  const i = cmp(a, b);
  if (!i) return Balloc(0);
  const [big, small] = i < 0 ? [b, a] : [a, b];
  const c = Balloc(big.k);
  c.sign = i < 0 ? 1 : 0;
  c.v = big.v - small.v;
  return c;
}

/** quorem: the digit b / S (< 10), leaving b % S in b. */
export function quorem(b: Bigint, S: Bigint): number {
  const q = b.v / S.v;
  b.v -= q * S.v;
  return Number(q);
}

/** dshift: the shift that gives S four leading zero bits in its top word. */
export function dshift(b: Bigint, p2: number): number {
  let rv = hi0bits(topWord(b.v)) - 4;
  if (p2 > 0) rv -= p2;
  return rv & 31;
}

/** ratio(a, b): a / b from the top 53 bits of each (b2d truncates), as dtoa.c computes it. */
export function ratio(a: Bigint, b: Bigint): number {
  const top = (v: bigint): [number, number] => {
    const s = Math.max(bitLength(v) - 53, 0);
    return [Number(v >> BigInt(s)), s];
  };
  const [ia, sa] = top(a.v);
  const [ib, sb] = top(b.v);
  return (ia / ib) * 2 ** (sa - sb);
}

