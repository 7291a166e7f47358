// range's items, slices, membership, index and count (Objects/rangeobject.c), computed on
// the int objects a range holds, with the temporaries CPython makes along the way.
import { R } from '../state';
import * as abs from './abstract';
import { numberIndex } from './abstract';
import { indexError, typeError, valueError } from './exceptions';
import { defMethod } from './function';
import { intAdd, intCompare, intFloorDiv, intMul, intRem, intSign, intSub, intType, isSmallInt, newInt, PyInt } from './int';
import { PyObject } from './object';
import { boolType } from './singletons';
import { PySlice, sliceLongIndices, sliceType } from './slice';
import { makeRange, PyRange, rangeType } from './range';
import { exactly, noKw } from './args';

/** compute_item: start + i * step (from 3.10 just start + i when step is the cached 1). */
function computeItem(r: PyRange, i: PyInt): PyInt {
  if (R.minor >= 10 && r.step.n === 1 && isSmallInt(r.step)) return intAdd(r.start, i);
  const incr = intMul(i, r.step);
  try {
    return intAdd(r.start, incr);
  } finally {
    abs.decref(incr);
  }
}

/** compute_range_item: a negative index counts from the end; IndexError outside the length. */
function computeRangeItem(r: PyRange, arg: PyInt): PyInt {
  const i = intSign(arg) < 0 ? intAdd(r.length, arg) : abs.incref(arg);
  try {
    if (intSign(i) < 0 || intCompare(i, r.length) >= 0) throw indexError('range object index out of range');
    return computeItem(r, i);
  } finally {
    abs.decref(i);
  }
}

/** compute_slice: the slice of the index space, mapped through start and step. */
function computeSlice(r: PyRange, s: PySlice): PyRange {
  const [start, stop, step] = sliceLongIndices(s, r.length);
  const held: PyInt[] = [start, stop, step];
  const made: PyInt[] = [];
  try {
    made.push(intMul(r.step, step));
    held.pop();
    abs.decref(step);
    made.push(computeItem(r, start));
    held.shift();
    abs.decref(start);
    made.push(computeItem(r, stop));
    held.shift();
    abs.decref(stop);
  } catch (e) {
    for (const o of held) abs.decref(o);
    for (const o of made) abs.decref(o);
    throw e;
  }
  const [substep, substart, substop] = made;
  return makeRange(substart, substop, substep);
}

rangeType.mp_subscript = (o, key) => {
  const r = o as PyRange;
  // range_subscript: anything with __index__ first, then a slice.
  if (key instanceof PyInt || key.ob_type.tp_as_number.nb_index !== undefined) {
    const i = numberIndex(key);
    try {
      return computeRangeItem(r, i);
    } finally {
      abs.decref(i);
    }
  }
  if (key.ob_type === sliceType) return computeSlice(r, key as PySlice);
  throw typeError(`range indices must be integers or slices, not ${key.ob_type.tp_name}`);
};

/** An exact int or a bool: the values range_contains_long decides arithmetically. */
const isIntKey = (v: PyObject): v is PyInt => v.ob_type === intType || v.ob_type === boolType;

/** range_contains_long: within the bounds, and (ob - start) % step == 0. */
function containsLong(r: PyRange, ob: PyInt): boolean {
  const inside = intSign(r.step) > 0 ? intCompare(r.start, ob) <= 0 && intCompare(ob, r.stop) < 0 : intCompare(ob, r.start) <= 0 && intCompare(r.stop, ob) < 0;
  if (!inside) return false;
  const tmp1 = intSub(ob, r.start);
  const tmp2 = intRem(tmp1, r.step);
  const result = intSign(tmp2) === 0;
  abs.decref(tmp1);
  abs.decref(tmp2);
  return result;
}

const enum Search {
  Count,
  Index,
  Contains,
}
/** _PySequence_IterSearch: walk the range's iterator comparing every item with ==. */
function iterSearch(r: PyRange, v: PyObject, op: Search): number {
  const it = abs.getIter(r);
  try {
    let n = 0;
    for (let x = abs.iterNext(it); x !== null; x = abs.iterNext(it)) {
      let found: boolean;
      try {
        // 3.8 compares the searched value with the item, 3.9+ the item with the value.
        found = R.minor <= 8 ? abs.eq(v, x) : abs.eq(x, v);
      } finally {
        abs.decref(x);
      }
      if (found) {
        if (op === Search.Count) n++;
        else return op === Search.Index ? n : 1;
      } else if (op === Search.Index) n++;
    }
    if (op === Search.Index) throw valueError('sequence.index(x): x not in sequence');
    return op === Search.Count ? n : 0;
  } finally {
    abs.decref(it);
  }
}

rangeType.sq_contains = (o, v) => {
  const r = o as PyRange;
  if (isIntKey(v)) return containsLong(r, v);
  return iterSearch(r, v, Search.Contains) > 0;
};

/** range_index: (ob - start) // step for an int in the range (from 3.10 no division when step is the cached 1). */
defMethod(rangeType, 'index', (o, a, kw) => {
  noKw('range.index', kw);
  exactly('range.index', a, 1);
  const r = o as PyRange;
  const v = a[0];
  if (!isIntKey(v)) return newInt(iterSearch(r, v, Search.Index));
  if (!containsLong(r, v)) throw valueError(`${abs.repr(v)} is not in range`);
  const idx = intSub(v, r.start);
  if (R.minor >= 10 && r.step.n === 1 && isSmallInt(r.step)) return idx;
  try {
    return intFloorDiv(idx, r.step);
  } finally {
    abs.decref(idx);
  }
});
/** range_count: 0 or 1 for an int, else a count by ==. */
defMethod(rangeType, 'count', (o, a, kw) => {
  noKw('range.count', kw);
  exactly('range.count', a, 1);
  const r = o as PyRange;
  const v = a[0];
  if (isIntKey(v)) return newInt(containsLong(r, v) ? 1 : 0);
  return newInt(iterSearch(r, v, Search.Count));
});
