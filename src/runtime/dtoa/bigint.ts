// The Bigints of David Gay's dtoa.c (Python/dtoa.c) as CPython allocates them: Balloc takes
// a freed Bigint of size class k, else carves one from the private pool, else PyMem_Mallocs
// one that then lives on the free list for good, to be handed out again as it is.
import { EXP_MSK1, fromWords, word0, word1 } from './words';
import { R } from '../state';

/** Kmax (Bigint_Kmax): larger Bigints are PyMem_Malloc'd and freed each time. */
const KMAX = 7;
/** PRIVATE_MEM (2304 bytes) in doubles. */
const PRIVATE_MEM_DOUBLES = 288;

export interface Bigint {
  k: number;
  maxwds: number;
  sign: number;
  /** Words in use in x (at least 1; no leading zero words). */
  wds: number;
  /** The 2**k 32-bit words, least significant first. */
  x: Uint32Array;
  /** Its PyMem_Malloc block, 0 when carved from the private pool. */
  addr: number;
}

/** The per-run dtoa state (in 3.12+ interp->dtoa; before, dtoa.c's statics). */
interface DtoaState {
  /** The freed Bigints of each size class (their blocks never go back to pymalloc). */
  freelist: Bigint[][];
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
  if (k <= KMAX && state.freelist[k].length > 0) {
    const b = state.freelist[k].pop() as Bigint;
    b.sign = b.wds = 0;
    return b;
  }
  const maxwds = 1 << k;
  const len = lenDoubles(k);
  let addr = 0;
  if (k <= KMAX && state.pmemUsed + len <= PRIVATE_MEM_DOUBLES) state.pmemUsed += len;
  // Outside a run (the formatting unit tests) there is no heap to take it from.
  else if (R.heap) addr = R.heap.malloc(len * 8, 'dtoa Bigint');
  return { k, maxwds, sign: 0, wds: 0, x: new Uint32Array(maxwds), addr };
}

export function Bfree(v: Bigint | null): void {
  if (!v) return;
  if (v.k > KMAX) {
    if (v.addr) R.heap.free(v.addr, lenDoubles(v.k) * 8, 'dtoa Bigint');
  } else state.freelist[v.k].push(v);
}

/** Bcopy: y's sign and words into x. */
export function Bcopy(x: Bigint, y: Bigint): void {
  x.sign = y.sign;
  x.wds = y.wds;
  x.x.set(y.x.subarray(0, y.wds));
}

/** b == 0 as dtoa.c tests it. */
export function isZero(b: Bigint): boolean {
  return b.x[0] === 0 && b.wds <= 1;
}

const TWO32 = 4294967296;

/** hi0bits(x): leading zero bits of a 32-bit word. */
export function hi0bits(x: number): number {
  return Math.clz32(x);
}

/** lo0bits: trailing zero bits of a nonzero word. */
export function lo0bits(y: number): number {
  return 31 - Math.clz32(y & -y);
}

/** multadd: b*m + a in place, in a Bigint one class larger when the carry needs a word b lacks. */
export function multadd(b: Bigint, m: number, a: number): Bigint {
  const wds = b.wds;
  const x = b.x;
  let carry = a;
  for (let i = 0; i < wds; i++) {
    const y = x[i] * m + carry;
    carry = (y / TWO32) >>> 0;
    x[i] = y >>> 0;
  }
  if (carry) {
    if (wds >= b.maxwds) {
      const b1 = Balloc(b.k + 1);
      Bcopy(b1, b);
      Bfree(b);
      b = b1;
    }
    b.x[wds] = carry;
    b.wds = wds + 1;
  }
  return b;
}

/** s2b: the nd significant digits (y9 being the first nine's value) as a Bigint. */
export function s2b(digits: string, nd: number, y9: number): Bigint {
  const x = Math.floor((nd + 8) / 9);
  let k = 0;
  for (let y = 1; x > y; y *= 2) k++;
  let b = Balloc(k);
  b.x[0] = y9;
  b.wds = 1;
  for (let i = 9; i < nd; i++) b = multadd(b, 10, digits.charCodeAt(i) - 48);
  return b;
}

export function i2b(i: number): Bigint {
  const b = Balloc(1);
  b.x[0] = i;
  b.wds = 1;
  return b;
}

/** Scratch 16-bit limbs for mult: a 16 x 16-bit product plus a limb and a carry fits 32 bits, which JS's bit operations keep exact. */
let limbsA = new Uint16Array(128);
let limbsC = new Uint16Array(128);

export function mult(a: Bigint, b: Bigint): Bigint {
  if (isZero(a) || isZero(b)) {
    const c = Balloc(0);
    c.wds = 1;
    c.x[0] = 0;
    return c;
  }
  if (a.wds < b.wds) [a, b] = [b, a];
  let k = a.k;
  const wa = a.wds;
  const wb = b.wds;
  let wc = wa + wb;
  if (wc > a.maxwds) k++;
  const c = Balloc(k);
  if (limbsC.length < 2 * wc) {
    limbsA = new Uint16Array(4 * wc);
    limbsC = new Uint16Array(4 * wc);
  }
  const la = limbsA;
  const lc = limbsC;
  const na = 2 * wa;
  for (let i = 0; i < wa; i++) {
    la[2 * i] = a.x[i];
    la[2 * i + 1] = a.x[i] >>> 16;
  }
  lc.fill(0, 0, 2 * wc);
  for (let j = 0; j < 2 * wb; j++) {
    const y = j & 1 ? b.x[j >> 1] >>> 16 : b.x[j >> 1] & 0xffff;
    if (!y) continue;
    let carry = 0;
    let at = j;
    for (let i = 0; i < na; i++, at++) {
      const z = la[i] * y + lc[at] + carry;
      lc[at] = z;
      carry = z >>> 16;
    }
    lc[at] = carry;
  }
  const x = c.x;
  for (let i = 0; i < wc; i++) x[i] = lc[2 * i] | (lc[2 * i + 1] << 16);
  while (wc > 1 && !x[wc - 1]) wc--;
  c.wds = wc;
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
  if (!k || isZero(b)) return b;
  const n = k >> 5;
  let k1 = b.k;
  let n1 = n + b.wds + 1;
  for (let i = b.maxwds; n1 > i; i *= 2) k1++;
  const b1 = Balloc(k1);
  const x1 = b1.x;
  const x = b.x;
  x1.fill(0, 0, n);
  k &= 0x1f;
  if (k) {
    const k1s = 32 - k;
    let z = 0;
    let j = n;
    for (let i = 0; i < b.wds; i++) {
      x1[j++] = (x[i] << k) | z;
      z = x[i] >>> k1s;
    }
    x1[j] = z;
    if (z) n1++;
  } else x1.set(x.subarray(0, b.wds), n);
  b1.wds = n1 - 1;
  Bfree(b);
  return b1;
}

export function cmp(a: Bigint, b: Bigint): number {
  if (a.wds !== b.wds) return a.wds < b.wds ? -1 : 1;
  for (let i = a.wds - 1; i >= 0; i--) if (a.x[i] !== b.x[i]) return a.x[i] < b.x[i] ? -1 : 1;
  return 0;
}

export function diff(a: Bigint, b: Bigint): Bigint {
  const i = cmp(a, b);
  if (!i) {
    const c = Balloc(0);
    c.wds = 1;
    c.x[0] = 0;
    return c;
  }
  if (i < 0) [a, b] = [b, a];
  const c = Balloc(a.k);
  c.sign = i < 0 ? 1 : 0;
  const xa = a.x;
  const xb = b.x;
  const xc = c.x;
  let borrow = 0;
  let wa = a.wds;
  let j = 0;
  for (; j < b.wds; j++) {
    const y = xa[j] - xb[j] - borrow;
    borrow = y < 0 ? 1 : 0;
    xc[j] = y;
  }
  for (; j < wa; j++) {
    const y = xa[j] - borrow;
    borrow = y < 0 ? 1 : 0;
    xc[j] = y;
  }
  while (wa > 1 && !xc[wa - 1]) wa--;
  c.wds = wa;
  return c;
}

/** quorem: the digit b / S (< 10), leaving b % S in b; S's top word has four leading zero bits. */
export function quorem(b: Bigint, S: Bigint): number {
  const n = S.wds - 1;
  if (b.wds <= n) return 0;
  // The estimate never exceeds the quotient and falls short by at most one.
  let q = Math.floor(b.x[n] / (S.x[n] + 1));
  if (q) subtractTimes(b, S, q);
  if (cmp(b, S) >= 0) {
    q++;
    subtractTimes(b, S, 1);
  }
  return q;
}

/** quorem's b -= m * S over S's words, then b's words recounted. */
function subtractTimes(b: Bigint, S: Bigint, m: number): void {
  const n = S.wds - 1;
  const sx = S.x;
  const bx = b.x;
  let borrow = 0;
  let carry = 0;
  for (let i = 0; i <= n; i++) {
    const ys = sx[i] * m + carry;
    carry = (ys / TWO32) >>> 0;
    const y = bx[i] - (ys >>> 0) - borrow;
    borrow = y < 0 ? 1 : 0;
    bx[i] = y;
  }
  if (!bx[n]) {
    let w = n;
    while (w > 0 && !bx[w]) w--;
    b.wds = w + 1;
  }
}

/** dshift: the shift that gives S four leading zero bits in its top word. */
export function dshift(b: Bigint, p2: number): number {
  let rv = hi0bits(b.x[b.wds - 1]) - 4;
  if (p2 > 0) rv -= p2;
  return rv & 31;
}

/** b2d: the top 53 bits of a as a double in [1, 2), and the bits in its top word. */
function b2d(a: Bigint): { d: number; e: number } {
  let at = a.wds - 1;
  let y = a.x[at];
  let k = hi0bits(y);
  const e = 32 - k;
  const next = (): number => (at > 0 ? a.x[--at] : 0);
  if (k < 11) {
    const w = next();
    return { d: fromWords(0x3ff00000 | (y >>> (11 - k)), ((y << (21 + k)) | (w >>> (11 - k))) >>> 0), e };
  }
  const z = next();
  if ((k -= 11)) {
    const w0 = 0x3ff00000 | (y << k) | (z >>> (32 - k));
    y = next();
    return { d: fromWords(w0, ((z << k) | (y >>> (32 - k))) >>> 0), e };
  }
  return { d: fromWords(0x3ff00000 | y, z), e };
}

/** ratio(a, b): a / b from the top 53 bits of each, as dtoa.c computes it. */
export function ratio(a: Bigint, b: Bigint): number {
  const da = b2d(a);
  const db = b2d(b);
  const k = da.e - db.e + 32 * (a.wds - b.wds);
  if (k > 0) return fromWords(word0(da.d) + k * EXP_MSK1, word1(da.d)) / db.d;
  return da.d / fromWords(word0(db.d) - k * EXP_MSK1, word1(db.d));
}
