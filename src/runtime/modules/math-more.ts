// The math module's functions of two or more numbers and of iterables (Modules/mathmodule.c):
// hypot/dist's vector_norm per version, fsum, prod, sumprod, frexp/modf/ldexp, nextafter/ulp, fma.
import { overflowError, typeError, valueError } from '../objects/exceptions';
import * as abs from '../objects/abstract';
import { floatType, newFloat, PyFloat } from '../objects/float';
import { NativeFn } from '../objects/function';
import { intType, newInt, newIntBig, PyInt } from '../objects/int';
import { PyObject } from '../objects/object';
import { None } from '../objects/singletons';
import { newTuple, PyTuple } from '../objects/tuple';
import { sequenceTuple } from '../objects/sequence';
import { R } from '../state';
import { asDouble, clinicKw, fastcall, longAsDouble } from './math-args';
import { fma, frexp, ldexp, nextafter, remainder, sumOfProducts } from './math-libm';

const f = (x: number): PyObject => newFloat(x);

/** ASSIGN_DOUBLE (hypot, dist): an exact float's value, an exact int through PyLong_AsDouble (no float made), else PyFloat_AsDouble. */
function assignDouble(o: PyObject): number {
  if (o.ob_type === floatType) return (o as PyFloat).value;
  if (o.ob_type === intType) return longAsDouble(o as PyInt);
  return asDouble(o);
}

/** vector_norm: 3.8 and 3.9 scale by max and sum with a running compensation; 3.10 on split each square exactly and correct the root. */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  let csum = 1.0;
  let frac1 = 0.0;
  const add = (x: number, frac: number): number => {
    const old = csum;
    csum += x;
    return frac + ((old - csum) + x);
  };
  const [, maxE] = frexp(max);
  if (R.minor <= 9 || maxE < -1023) {
    for (let x of vec) {
      x /= max;
      x = x * x;
      frac1 = add(x, frac1);
    }
    return max * Math.sqrt(csum - 1.0 + frac1);
  }
  const T27 = 134217729.0;
  const scale = 2 ** -maxE;
  let frac2 = 0.0;
  let frac3 = 0.0;
  for (let x of vec) {
    x *= scale;
    const t = x * T27;
    const hi = t - (t - x);
    const lo = x - hi;
    frac1 = add(hi * hi, frac1);
    frac2 = add(2.0 * hi * lo, frac2);
    frac3 += lo * lo;
  }
  const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  const t = h * T27;
  const hi = t - (t - h);
  const lo = h - hi;
  frac1 = add(-hi * hi, frac1);
  frac2 = add(-2.0 * hi * lo, frac2);
  frac3 = add(-lo * lo, frac3);
  const x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

function norm(values: number[]): number {
  let max = 0.0;
  let foundNan = false;
  const vec = values.map((v) => {
    const x = Math.abs(v);
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
    return x;
  });
  return vectorNorm(vec, max, foundNan);
}

/** math_dist: each point a tuple (PySequence_Tuple makes one from another iterable, released after). */
function dist(a: PyObject[]): PyObject {
  const made: PyTuple[] = [];
  try {
    const [p, q] = a.map((o) => {
      if (o instanceof PyTuple) return o;
      const t = sequenceTuple(o);
      made.push(t);
      return t;
    });
    if (p.items.length !== q.items.length) throw valueError('both points must have the same number of dimensions');
    return f(norm(p.items.map((px, i) => assignDouble(px) - assignDouble(q.items[i]))));
  } finally {
    for (const t of made) abs.decref(t);
  }
}

/** Modules/mathmodule.c math_fsum: Shewchuk's exact partial sums, rounded once. */
function fsum(iterable: PyObject): PyObject {
  const partials: number[] = [];
  let special = 0;
  let infSum = 0;
  const it = abs.getIter(iterable);
  try {
    for (let item = abs.iterNext(it); item !== null; item = abs.iterNext(it)) {
      let x: number;
      try {
        x = asDouble(item);
      } finally {
        abs.decref(item);
      }
      const xsave = x;
      let i = 0;
      for (let y of partials) {
        if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
        const hi = x + y;
        const lo = y - (hi - x);
        if (lo !== 0) partials[i++] = lo;
        x = hi;
      }
      partials.length = i;
      if (x === 0) continue;
      if (!Number.isFinite(x)) {
        // a nonfinite x could arise either as a result of intermediate overflow, or as a result
        // of a nan or inf in the summands
        if (Number.isFinite(xsave)) throw overflowError('intermediate overflow in fsum');
        if (!Number.isFinite(xsave) && !Number.isNaN(xsave)) infSum += xsave;
        special += xsave;
        partials.length = 0;
      } else partials.push(x);
    }
  } finally {
    abs.decref(it);
  }
  if (special !== 0) {
    if (Number.isNaN(infSum)) throw valueError('-inf + inf in fsum');
    return f(special);
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // Round half-even across the remaining partials.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return f(hi);
}

/** math_prod: start * each item in turn (PyNumber_Multiply; CPython's int and float fast paths give the same values). */
function prod(v: Array<PyObject | undefined>): PyObject {
  let acc: PyObject = v[1] === undefined ? newInt(1) : abs.incref(v[1]);
  const it = abs.getIter(v[0]!);
  try {
    for (let o = abs.iterNext(it); o !== null; o = abs.iterNext(it)) {
      try {
        const next = abs.binaryOp(acc, o, 'nb_multiply');
        abs.decref(acc);
        acc = next;
      } finally {
        abs.decref(o);
      }
    }
  } catch (e) {
    abs.decref(acc);
    throw e;
  } finally {
    abs.decref(it);
  }
  return acc;
}

/** math_frexp: (m, e) by Py_BuildValue("(di)"); nan, inf and zero are (x, 0). */
function frexpFn(o: PyObject): PyObject {
  const [m, e] = frexp(asDouble(o));
  return newTuple([f(m), newInt(e)]);
}

/** math_modf: (fractional, integral) parts, each with the argument's sign. */
function modf(o: PyObject): PyObject {
  const x = asDouble(o);
  if (!Number.isFinite(x)) return newTuple([f(Number.isNaN(x) ? x : x < 0 ? -0.0 : 0.0), f(x)]);
  const neg = x < 0 || Object.is(x, -0);
  const i = Math.trunc(x);
  const frac = x - i;
  return newTuple([f(frac === 0 && neg ? -0.0 : frac), f(i === 0 && neg ? -0.0 : i)]);
}

/** math_ulp (3.9+): the gap to the next double away from zero (below, for the largest). */
function ulp(o: PyObject): PyObject {
  const x = Math.abs(asDouble(o));
  if (!Number.isFinite(x)) return f(x);
  if (x === Number.MAX_VALUE) return f(x - nextafter(x, 0));
  return f(nextafter(x, Infinity) - x);
}

export function moreMathO(): Record<string, (x: PyObject) => PyObject> {
  return { frexp: frexpFn, modf, fsum, ulp };
}

/** math_ldexp: i through PyNumber_Index-free PyLong_AsLongAndOverflow; past a C long the result is 0 or a range error. */
function ldexpFn(a: PyObject[]): PyObject {
  const x = asDouble(a[0]);
  if (!(a[1] instanceof PyInt)) throw typeError('Expected an int as second argument to ldexp.');
  const e = a[1].toBigInt();
  if (x === 0 || !Number.isFinite(x)) return f(x);
  const r = e > 100000n ? (x < 0 ? -Infinity : Infinity) : e < -100000n ? (x < 0 ? -0 : 0) : ldexp(x, Number(e));
  if (!Number.isFinite(r)) throw overflowError('math range error');
  return f(r);
}

export function moreMath(): Record<string, NativeFn> {
  return {
    copysign: fastcall('copysign', 2, 2, (a) => {
      const x = Math.abs(asDouble(a[0]));
      const y = asDouble(a[1]);
      return f(y < 0 || Object.is(y, -0) || (Number.isNaN(y) && signBit(y)) ? -x : x);
    }),
    // math_fmod: fmod(x, +-inf) is x for finite x; a nan from non-nans a domain error.
    fmod: fastcall('fmod', 2, 2, (a) => {
      const x = asDouble(a[0]);
      const y = asDouble(a[1]);
      if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return f(x);
      const r = x % y;
      if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw valueError('math domain error');
      return f(r);
    }),
    ldexp: fastcall('ldexp', 2, 2, ldexpFn),
    // math_remainder over m_remainder: a nan from non-nans a domain error.
    remainder: fastcall('remainder', 2, 2, (a) => {
      const x = asDouble(a[0]);
      const y = asDouble(a[1]);
      const r = remainder(x, y);
      if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw valueError('math domain error');
      return f(r);
    }),
    dist: fastcall('dist', 2, 2, dist),
    hypot: fastcall('hypot', 0, -1, (a) => f(norm(a.map(assignDouble)))),
    prod: clinicKw('prod', ['iterable', 'start'], 1, 1, 1, prod),
  };
}

function signBit(x: number): boolean {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, x);
  return (b.getUint8(0) & 0x80) !== 0;
}

/** math_nextafter: 3.12 adds the keyword-only `steps` (the bits walked at once, stopping at y). */
function nextafterFn(v: Array<PyObject | undefined>): PyObject {
  const x = asDouble(v[0]!);
  const y = asDouble(v[1]!);
  if (v[2] === undefined || v[2] === None) return f(nextafter(x, y));
  const i = abs.numberIndex(v[2]);
  const steps = i.toBigInt();
  abs.decref(i);
  if (steps < 0n) throw valueError('steps must be a non-negative integer');
  if (steps === 0n || Number.isNaN(x)) return f(x);
  if (Number.isNaN(y)) return f(y);
  let r = x;
  for (let k = 0n; k < steps && r !== y; k++) r = nextafter(r, y);
  return f(r);
}

/** Added in 3.9 (lcm, nextafter, ulp), 3.12 (sumprod), 3.13 (fma). */
export function math39(): Record<string, NativeFn> {
  return {
    nextafter: R.minor >= 12 ? clinicKw('nextafter', ['x', 'y', 'steps'], 2, 2, 2, nextafterFn) : fastcall('nextafter', 2, 2, (a) => nextafterFn(a)),
    sumprod: sumprodFn(),
    // math_fma (3.13): a nan from non-nans is "invalid operation", an infinity from finite ones "overflow".
    fma: fastcall('fma', 3, 3, (a) => {
      const [x, y, z] = a.map(asDouble);
      const r = fma(x, y, z);
      if (Number.isFinite(r)) return f(r);
      if (Number.isNaN(r)) {
        if (!Number.isNaN(x) && !Number.isNaN(y) && !Number.isNaN(z)) throw valueError('invalid operation in fma');
      } else if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z)) throw overflowError('overflow in fma');
      return f(r);
    }),
  };
}

/**
 * math_sumprod (3.12+): pairs taken in step (unequal lengths a ValueError); runs of exact int pairs
 * summed exactly, runs of float pairs (an int beside a float read as a double) summed and rounded
 * once, each run then added to the total; anything else by PyNumber_Multiply and PyNumber_Add.
 */
function sumprod(a: PyObject[]): PyObject {
  const pIt = abs.getIter(a[0]);
  let qIt: PyObject;
  try {
    qIt = abs.getIter(a[1]);
  } catch (e) {
    abs.decref(pIt);
    throw e;
  }
  let total: PyObject = newInt(0);
  let ints: bigint | null = null;
  let floats: Array<[number, number]> | null = null;
  const addToTotal = (term: PyObject): void => {
    try {
      const t = abs.binaryOp(total, term, 'nb_add');
      abs.decref(total);
      total = t;
    } finally {
      abs.decref(term);
    }
  };
  const flush = (): void => {
    if (ints !== null) addToTotal(newIntBig(ints));
    if (floats !== null) addToTotal(newFloat(sumOfProducts(floats)));
    ints = null;
    floats = null;
  };
  const exactIntDouble = (o: PyObject): boolean => o.ob_type === intType && Math.abs((o as PyInt).toNumber()) <= 2 ** 53;
  try {
    for (;;) {
      const p = abs.iterNext(pIt);
      const q = abs.iterNext(qIt);
      if (p === null || q === null) {
        if (p !== null) abs.decref(p);
        if (q !== null) abs.decref(q);
        if (p !== q) throw valueError('Inputs are not the same length');
        break;
      }
      try {
        const pf = p.ob_type === floatType;
        const qf = q.ob_type === floatType;
        if (p.ob_type === intType && q.ob_type === intType) {
          if (floats !== null) flush();
          ints = (ints ?? 0n) + (p as PyInt).toBigInt() * (q as PyInt).toBigInt();
        } else if ((pf || exactIntDouble(p)) && (qf || exactIntDouble(q))) {
          if (ints !== null) flush();
          (floats ??= []).push([pf ? (p as PyFloat).value : (p as PyInt).toNumber(), qf ? (q as PyFloat).value : (q as PyInt).toNumber()]);
        } else {
          flush();
          addToTotal(abs.binaryOp(p, q, 'nb_multiply'));
        }
      } finally {
        abs.decref(p);
        abs.decref(q);
      }
    }
    flush();
  } catch (e) {
    abs.decref(total);
    throw e;
  } finally {
    abs.decref(pIt);
    abs.decref(qIt);
  }
  return total;
}

export const sumprodFn = (): NativeFn => fastcall('sumprod', 2, 2, sumprod);
