// int (Objects/longobject.c): a value that is a JS number while it is a safe
// integer and a bigint beyond, the small-int cache, and the number slots.
import { R } from '../state';
import { canonHash, CmpOp, Hash, PyObject, PyType, staticRefcnt } from './object';
import { startupRefcount } from './startup-singleton-refcounts';
import { readyType } from './typeobject';
import { digitsOf, resetIntLimits } from './int-limits';
import { genericAllocBytes, preHeaderSize } from './instance-layout';


export class PyInt extends PyObject {
  /** The value when it is a safe integer (big === null). */
  n: number;
  big: bigint | null;
  constructor(type: PyType, n: number, big: bigint | null) {
    super(type);
    this.n = n;
    this.big = big;
  }
  toBigInt(): bigint {
    return this.big ?? BigInt(this.n);
  }
  /** The value as a JS number (exact only when it is a safe integer). */
  toNumber(): number {
    return this.big === null ? this.n : Number(this.big);
  }
}

export const intType = readyType(new PyType(null, 'int'));

/** Number of 30-bit digits of |v| (0 for 0), the size field of a PyLongObject. */
export function ndigits(i: PyInt): number {
  return i.big === null ? safeDigits(i.n) : digitsOf(i.big);
}

/** The 30-bit digits of a safe integer: at most two, as 2**53 < 2**60. */
export const safeDigits = (n: number): number => (n === 0 ? 0 : n > -PyLong_BASE && n < PyLong_BASE ? 1 : 2);

/** The digits _PyLong_New allots: at least one from 3.11 (its zero has a digit). */
export const longNewDigits = (digits: number): number => Math.max(digits, R.minor >= 11 ? 1 : 0);

/** _PyLong_New(digits)'s request: offsetof(PyLongObject, ob_digit) + 4 per digit. */
export const longNewSize = (digits: number): number => 24 + 4 * longNewDigits(digits);

/** __sizeof__ (Objects/longobject.c long__sizeof__): the digits counted as _PyLong_New counts them. */
export function intSizeof(i: PyInt): number {
  return longNewSize(ndigits(i));
}

/** PyLong_BASE: one digit holds values below it. */
export const PyLong_BASE = 1073741824;

/** The small-int cache: -5..256 (NSMALLNEGINTS, NSMALLPOSINTS). */
const NSMALLNEG = 5;
const NSMALLPOS = 257;
let smallInts: PyInt[] = [];

/** Build the cache for a new run: static objects (3.11+) or allocated at start-up (3.8-3.10). */
export function initSmallInts(): void {
  resetIntLimits();
  smallInts = [];
  for (let v = -NSMALLNEG; v < NSMALLPOS; v++) {
    const o = new PyInt(intType, v, null);
    o.ob_refcnt = R.minor >= 12 ? staticRefcnt() : startupRefcount(`int ${v}`, staticRefcnt());
    R.heap.newStatic(o, 32);
    smallInts.push(o);
  }
}

/**
 * _PyLong_New asks for 24 + 4*digits (3.11+: at least one digit; medium ints ask sizeof(PyLongObject) = 32).
 * Dealloc recomputes it rather than keep it on the int: a stored field costs 8 bytes more per
 * PyInt in V8 (measured: 112 -> 120 bytes per int), while recomputing is a comparison for
 * medium ints and two comparisons for other safe ints; only bigints pay a bit length.
 */
function intRequest(o: PyInt): number {
  const g = o.h.gc_gen;
  if (g <= ASKED) return longNewSize(ASKED - g);
  if (R.minor >= 11 && o.big === null && Math.abs(o.n) < PyLong_BASE && g !== DIGITS_SIZED) return 32;
  return longNewSize(ndigits(o));
}

/** IS_MEDIUM_VALUE / _PyLong_IsCompact: one digit at most, where arithmetic runs in C. */
export const isMedium = (i: PyInt): boolean => i.big === null && i.n > -PyLong_BASE && i.n < PyLong_BASE;

/** gc_gen ASKED - d: the int was made with d digits asked of _PyLong_New (see newIntAsked). */
const ASKED = -3;

/**
 * The result v of x_add, x_sub or x_mul (Objects/longobject.c): _PyLong_New(digits), then
 * long_normalize, which drops leading zero digits but keeps the block. A small value is the
 * cached int where maybe_small_long gives it (x_sub from 3.9), else its own object.
 */
export function newIntAsked(v: number | bigint, digits: number, cached: boolean): PyInt {
  if (typeof v === 'bigint') {
    if (v < -9007199254740991n || v > 9007199254740991n) return askedInt(0, v, digits);
    v = Number(v);
  }
  if (cached && v >= -NSMALLNEG && v < NSMALLPOS) return newInt(v);
  return askedInt(v, null, digits);
}
function askedInt(n: number, big: bigint | null, digits: number): PyInt {
  const o = new PyInt(intType, n, big);
  o.h.gc_gen = ASKED - digits;
  return R.heap.newObject(o, longNewSize(digits), 0);
}

/** _PyLong_New(digits)'s block as a bare buffer: a temporary the operation frees before it returns. */
export function longNewTemp(digits: number): number {
  return R.heap.malloc(longNewSize(digits), 'int');
}
export function longFreeTemp(p: number, digits: number): void {
  R.heap.free(p, longNewSize(digits), 'int');
}

/** maybe_small_long: a result with a small value gives its block back for the cached int. */
export function maybeSmallLong(o: PyInt): PyInt {
  if (o.big !== null || o.n < -NSMALLNEG || o.n >= NSMALLPOS || smallInts[o.n + NSMALLNEG] === o) return o;
  R.heap.decref(o);
  return newInt(o.n);
}

/** _PyLong_Negate: an int only its maker holds flips its sign in place, else a new one. */
export function longNegate(o: PyInt): PyInt {
  if (o.ob_refcnt === 1) {
    if (o.big === null) o.n = -o.n || 0;
    else o.big = -o.big;
    return o;
  }
  const r = o.big === null ? newInt(-o.n) : newIntBig(-o.big);
  R.heap.decref(o);
  return r;
}

function allocInt(n: number, big: bigint | null): PyInt {
  const o = new PyInt(intType, n, big);
  return R.heap.newObject(o, intRequest(o), 0);
}

/** A new reference to the int with value v. */
export function newInt(v: number): PyInt {
  if (v >= -NSMALLNEG && v < NSMALLPOS && Number.isInteger(v)) {
    const o = smallInts[v + NSMALLNEG];
    R.heap.incref(o);
    return o;
  }
  if (!Number.isSafeInteger(v)) return newIntBig(BigInt(v));
  return allocInt(v, null);
}

/**
 * PyLong_FromSsize_t, PyLong_FromString and _PyLong_Copy size an int by its digits
 * (_PyLong_New) where 3.11+ PyLong_FromLong and arithmetic make a medium int a whole
 * PyLongObject of 32 bytes. An int is never tracked by the collector, so its head's gc_gen marks it.
 */
const DIGITS_SIZED = -2;

/** A new reference to the int with value v, as PyLong_FromSsize_t makes it (len(), str.find, sys.getsizeof...). */
export function newIntSsize(v: number): PyInt {
  if (R.minor < 11 || !(Math.abs(v) < PyLong_BASE) || (v >= -NSMALLNEG && v < NSMALLPOS)) return newInt(v);
  const o = new PyInt(intType, v, null);
  o.h.gc_gen = DIGITS_SIZED;
  return R.heap.newObject(o, 28, 0);
}

/** newIntSsize for a value held as a bigint (a parsed literal, a C long total). */
export function newIntSsizeBig(v: bigint): PyInt {
  return v >= -9007199254740991n && v <= 9007199254740991n ? newIntSsize(Number(v)) : newIntBig(v);
}

/** A new int object even for a small value (3.8's PyLong_FromDouble builds its digits by hand). */
export function newIntUncached(v: bigint): PyInt {
  return v >= -9007199254740991n && v <= 9007199254740991n ? allocInt(Number(v), null) : allocInt(0, v);
}

export function newIntBig(v: bigint): PyInt {
  if (v >= -9007199254740991n && v <= 9007199254740991n) return newInt(Number(v));
  return allocInt(0, v);
}

/** A hash value (tp_hash's result) as a new int. */
export function hashInt(h: Hash): PyInt {
  return typeof h === 'bigint' ? newIntBig(h) : newInt(h);
}

/** Is this int one of the cached small ints (never freed)? */
export function isSmallInt(o: PyInt): boolean {
  return o.big === null && o.n >= -NSMALLNEG && o.n < NSMALLPOS && smallInts[o.n + NSMALLNEG] === o;
}

intType.tp_dealloc = (o) => {
  // True and False are never freed, so anything else is int or a class derived from it.
  R.heap.freeObject(o, o.ob_type === intType ? intRequest(o as PyInt) : subtypeRequest(o as PyInt));
};

/**
 * long_subtype_new: tp_alloc(type, ndigits), at least one digit from 3.11.
 */
function subtypeRequest(o: PyInt): number {
  return genericAllocBytes(o.ob_type, 24, 4, longNewDigits(ndigits(o)));
}

/** An instance of int subclass t with the value of v (which the caller keeps). */
export function newIntSubtype(t: PyType, v: PyInt): PyInt {
  const o = new PyInt(t, v.n, v.big);
  R.heap.newObject(o, subtypeRequest(o), preHeaderSize(t));
  R.heap.incref(t);
  return o;
}

intType.tp_sizeof = (o) => intSizeof(o as PyInt);

/** hash(int): the value modulo the Mersenne prime 2**61 - 1, with -1 mapped to -2 (long_hash). */
export function intHash(i: PyInt): Hash {
  if (i.big === null) return i.n === -1 ? -2 : i.n;
  const M = 2n ** 61n - 1n;
  const v = i.toBigInt();
  let h = (v < 0n ? -v : v) % M;
  if (v < 0n) h = -h;
  if (h === -1n) h = -2n;
  return canonHash(h);
}
intType.tp_hash = (o) => intHash(o as PyInt);

export function intCompare(a: PyInt, b: PyInt): number {
  if (a.big === null && b.big === null) return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
  const x = a.toBigInt();
  const y = b.toBigInt();
  return x < y ? -1 : x > y ? 1 : 0;
}

export function cmpResult(c: number, op: CmpOp): boolean {
  switch (op) {
    case CmpOp.LT:
      return c < 0;
    case CmpOp.LE:
      return c <= 0;
    case CmpOp.EQ:
      return c === 0;
    case CmpOp.NE:
      return c !== 0;
    case CmpOp.GT:
      return c > 0;
    case CmpOp.GE:
      return c >= 0;
  }
}

// Int arithmetic as PyNumber_Add and kin do it on two ints (slots set in intops.ts): a new reference each time.
const num = intType.tp_as_number;
export const intAdd = (a: PyInt, b: PyInt): PyInt => num.nb_add!(a, b) as PyInt;
export const intSub = (a: PyInt, b: PyInt): PyInt => num.nb_subtract!(a, b) as PyInt;
export const intMul = (a: PyInt, b: PyInt): PyInt => num.nb_multiply!(a, b) as PyInt;
export const intFloorDiv = (a: PyInt, b: PyInt): PyInt => num.nb_floor_divide!(a, b) as PyInt;
export const intRem = (a: PyInt, b: PyInt): PyInt => num.nb_remainder!(a, b) as PyInt;
export const intNeg = (a: PyInt): PyInt => num.nb_negative!(a) as PyInt;
/** The sign of Py_SIZE: -1, 0 or 1 (a bigint is never zero: zero is held as a number). */
export const intSign = (i: PyInt): number => (i.big === null ? (i.n > 0 ? 1 : i.n < 0 ? -1 : 0) : i.big > 0n ? 1 : -1);
