// sum() (Python/bltinmodule.c builtin_sum_impl): while the total is an exact int that fits a
// C long it is kept as one, likewise an exact float as a C double, so no intermediate total
// is allocated; anything else leaves the fast path for PyNumber_Add on objects.
import { R } from './state';
import * as abs from './objects/abstract';
import { PyByteArray } from './objects/bytearray';
import { PyBytes } from './objects/bytes';
import { typeError } from './objects/exceptions';
import { floatType, newFloat, PyFloat } from './objects/float';
import { intType, newIntBig, newInt, newIntSsizeBig, PyInt } from './objects/int';
import type { PyObject } from './objects/object';
import { boolType } from './objects/singletons';
import { PyStr } from './objects/str';

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/** PyLong_AsLongAndOverflow: the value, or null when it does not fit a C long. */
function asLong(v: PyInt): bigint | null {
  const b = v.toBigInt();
  return b >= LONG_MIN && b <= LONG_MAX ? b : null;
}

export function builtinSum(iterable: PyObject, start: PyObject | null): PyObject {
  const iter = abs.getIter(iterable);
  let result: PyObject | null;
  try {
    result = start === null ? newInt(0) : checkStart(start);
  } catch (e) {
    abs.decref(iter);
    throw e;
  }
  try {
    // The fast loops own the total they are given.
    if (result.ob_type === intType) {
      const total = result as PyInt;
      result = null;
      const r = intLoop(iter, total);
      if (r.done) return r.value;
      result = r.value;
    }
    if (result.ob_type === floatType) {
      const total = result as PyFloat;
      result = null;
      const r = floatLoop(iter, total);
      if (r.done) return r.value;
      result = r.value;
    }
    for (;;) {
      const item = abs.iterNext(iter);
      if (item === null) return result;
      const prev: PyObject = result;
      result = null;
      try {
        result = abs.binaryOp(prev, item, 'nb_add');
      } finally {
        abs.decref(prev);
        abs.decref(item);
      }
    }
  } catch (e) {
    if (result !== null) abs.decref(result);
    throw e;
  } finally {
    abs.decref(iter);
  }
}

/** The start value: strings, bytes and bytearrays are refused (a new reference otherwise). */
function checkStart(start: PyObject): PyObject {
  if (start instanceof PyStr) throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (start instanceof PyBytes) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (start instanceof PyByteArray) throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  return abs.incref(start);
}

type Step = { done: true; value: PyObject } | { done: false; value: PyObject };

/**
 * The C long loop: exact ints (and from 3.9 bools) are added in while the total does not
 * overflow; another item makes the total an int object again, added to it with PyNumber_Add.
 * On an error the total is already released.
 */
function intLoop(iter: PyObject, start: PyInt): Step {
  let total = asLong(start);
  if (total === null) return { done: false, value: start };
  abs.decref(start);
  for (;;) {
    const item = abs.iterNext(iter);
    // 3.12+ hand the C long total back through PyLong_FromSsize_t, 3.11 through PyLong_FromLong.
    if (item === null) return { done: true, value: R.minor >= 12 ? newIntSsizeBig(total) : newIntBig(total) };
    if (item.ob_type === intType || (R.minor >= 9 && item.ob_type === boolType)) {
      const b = asLong(item as PyInt);
      if (b !== null && total + b >= LONG_MIN && total + b <= LONG_MAX) {
        total += b;
        abs.decref(item);
        continue;
      }
    }
    return leave(newIntBig(total), item);
  }
}

/**
 * The C double loop: exact floats and ints that fit a C long (3.8: exact ints only; 3.9+
 * PyLong_Check) are added in; 3.12+ compensate the rounding (Neumaier), added back when the
 * total becomes a float object again.
 */
function floatLoop(iter: PyObject, start: PyFloat): Step {
  let total = start.value;
  let comp = 0;
  abs.decref(start);
  const finish = (): PyFloat => newFloat(comp !== 0 && Number.isFinite(comp) ? total + comp : total);
  for (;;) {
    const item = abs.iterNext(iter);
    if (item === null) return { done: true, value: finish() };
    if (item.ob_type === floatType) {
      const x = (item as PyFloat).value;
      const t = total + x;
      if (R.minor >= 12) comp += Math.abs(total) >= Math.abs(x) ? total - t + x : x - t + total;
      total = t;
      abs.decref(item);
      continue;
    }
    if (R.minor >= 9 ? item instanceof PyInt : item.ob_type === intType) {
      const b = asLong(item as PyInt);
      if (b !== null) {
        total += Number(b);
        abs.decref(item);
        continue;
      }
    }
    return leave(finish(), item);
  }
}

/** Out of a fast loop: the total as an object plus the item (PyNumber_Add), both released. */
function leave(total: PyObject, item: PyObject): Step {
  try {
    return { done: false, value: abs.binaryOp(total, item, 'nb_add') };
  } finally {
    abs.decref(total);
    abs.decref(item);
  }
}
