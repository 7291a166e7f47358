// range_iterator and longrange_iterator (Objects/rangeobject.c range_iter, range_reverse):
// the C-long iterator when the bounds fit a C long, else one that steps int objects.
// Neither is a GC object: 48 bytes each up to 3.11 (with an index), 40 from 3.12.
import { R } from '../state';
import * as abs from './abstract';
import { defMethod } from './function';
import { intAdd, intCompare, intMul, intNeg, intSign, intSub, newInt, newIntBig, PyInt } from './int';
import { lengthHintOf } from './iterators';
import { PyObject, PyType } from './object';
import { asLong, lenOfRange, PyRange, rangeType } from './range';
import { LONG_MAX, LONG_MIN, longAsSsize } from './int-limits';
import { readyType } from './typeobject';
import { exactly, noKw } from './args';

/** 48 bytes up to 3.11 (index, start, step, len), 40 from 3.12 (start, step, len), for both iterators. */
const iterBytes = (): number => (R.minor >= 12 ? 40 : 48);

// ---- range_iterator ----

/** A range_iterator's C longs past 2**53, kept exactly. */
interface BigLongs {
  next: bigint;
  step: bigint;
  len: bigint;
}

/** rangeiterobject: the next value, the step and the items left, as JS numbers while they are safe. */
class PyRangeIter extends PyObject {
  constructor(
    type: PyType,
    public next: number,
    readonly step: number,
    public len: number,
    readonly big: BigLongs | null,
  ) {
    super(type);
  }
}
export const rangeIterType = readyType(new PyType(null, 'range_iterator'), undefined, { basetype: false });
rangeIterType.tp_sizeof = () => iterBytes();
rangeIterType.tp_iter = (o) => abs.incref(o);
rangeIterType.tp_iternext = (o) => {
  const it = o as PyRangeIter;
  if (it.big !== null) return bigNext(it.big);
  if (it.len <= 0) return null;
  const v = it.next;
  it.next += it.step;
  it.len--;
  return newInt(v);
};
function bigNext(b: BigLongs): PyObject | null {
  if (b.len <= 0n) return null;
  const v = b.next;
  b.next += b.step;
  b.len--;
  return newIntBig(v);
}
rangeIterType.tp_dealloc = (o) => R.heap.freeObject(o, iterBytes());
const rangeIterLen = (it: PyRangeIter): number => (it.big !== null ? Number(it.big.len) : Math.max(0, it.len));
lengthHintOf.set(rangeIterType, (o) => rangeIterLen(o as PyRangeIter));
/** rangeiter_len: PyLong_FromLong of the items left. */
defMethod(rangeIterType, '__length_hint__', (o, a, kw) => {
  noKw('__length_hint__', kw);
  exactly('__length_hint__', a, 0);
  const it = o as PyRangeIter;
  return it.big !== null ? newIntBig(it.big.len) : newInt(Math.max(0, it.len));
});

/** fast_range_iter on C longs. */
function fastRangeIter(start: bigint, step: bigint, len: bigint): PyRangeIter {
  const small = (v: bigint): boolean => v >= -9007199254740991n && v <= 9007199254740991n;
  const it =
    small(start) && small(step) && small(len)
      ? new PyRangeIter(rangeIterType, Number(start), Number(step), Number(len), null)
      : new PyRangeIter(rangeIterType, 0, 0, 0, { next: start, step, len });
  return R.heap.newObject(it, iterBytes(), 0);
}

// ---- longrange_iterator ----

/** longrangeiterobject: start, step and len as int objects, and up to 3.11 the index of the next item. */
class PyLongRangeIter extends PyObject {
  index: PyInt | null = null;
  start: PyInt | null = null;
  step: PyInt | null = null;
  len: PyInt | null = null;
}
export const longRangeIterType = readyType(new PyType(null, 'longrange_iterator'), undefined, { basetype: false });
longRangeIterType.tp_sizeof = () => iterBytes();
longRangeIterType.tp_iter = (o) => abs.incref(o);
/** longrangeiter_next: up to 3.11 start + index * step with index += 1; from 3.12 start += step, len -= 1. */
longRangeIterType.tp_iternext = (o) => {
  const it = o as PyLongRangeIter;
  const one = newInt(1);
  try {
    if (R.minor <= 11) {
      if (intCompare(it.index!, it.len!) >= 0) return null;
      const newIndex = intAdd(it.index!, one);
      const product = intMul(it.index!, it.step!);
      const result = intAdd(it.start!, product);
      abs.decref(product);
      abs.decref(it.index!);
      it.index = newIndex;
      return result;
    }
    if (intSign(it.len!) <= 0) return null;
    const newStart = intAdd(it.start!, it.step!);
    const newLen = intSub(it.len!, one);
    const result = it.start!;
    it.start = newStart;
    const old = it.len!;
    it.len = newLen;
    abs.decref(old);
    return result;
  } finally {
    abs.decref(one);
  }
};
longRangeIterType.tp_dealloc = (o) => {
  const it = o as PyLongRangeIter;
  if (it.index !== null) abs.decref(it.index);
  if (it.start !== null) abs.decref(it.start);
  if (it.step !== null) abs.decref(it.step);
  if (it.len !== null) abs.decref(it.len);
  R.heap.freeObject(o, iterBytes());
};
/** longrangeiter_len: len - index up to 3.11, the len object itself from 3.12. */
function longRangeIterLen(it: PyLongRangeIter): PyInt {
  return R.minor <= 11 ? intSub(it.len!, it.index!) : abs.incref(it.len!);
}
defMethod(longRangeIterType, '__length_hint__', (o, a, kw) => {
  noKw('__length_hint__', kw);
  exactly('__length_hint__', a, 0);
  return longRangeIterLen(o as PyLongRangeIter);
});
// PyObject_LengthHint reads __length_hint__ through PyLong_AsSsize_t.
lengthHintOf.set(longRangeIterType, (o) => {
  const n = longRangeIterLen(o as PyLongRangeIter);
  const v = n.toBigInt();
  abs.decref(n);
  return longAsSsize(v);
});

function newLongRangeIter(): PyLongRangeIter {
  return R.heap.newObject(new PyLongRangeIter(longRangeIterType), iterBytes(), 0);
}

// ---- range.__iter__ and range.__reversed__ ----

const fitsAsNumbers = (r: PyRange): boolean => r.start.big === null && r.stop.big === null && r.step.big === null && r.length.big === null;

/**
 * range_iter: a range_iterator when start, stop, step and the length fit a C long and, from 3.9,
 * when start + len * step cannot overflow one either; else a longrange_iterator over the range's ints.
 */
rangeType.tp_iter = (o) => {
  const r = o as PyRange;
  if (fitsAsNumbers(r)) return R.heap.newObject(new PyRangeIter(rangeIterType, r.start.n, r.step.n, r.length.n, null), iterBytes(), 0);
  const lstart = asLong(r.start);
  const lstop = asLong(r.stop);
  const lstep = asLong(r.step);
  if (lstart !== null && lstop !== null && lstep !== null) {
    const ulen = lenOfRange(lstart, lstop, lstep);
    let fast = ulen <= LONG_MAX;
    if (fast && R.minor >= 9 && ulen > 0n) fast = lstep > 0n ? !(lstop > LONG_MAX - (lstep - 1n)) : !(lstop < LONG_MIN + (-1n - lstep));
    if (fast) return fastRangeIter(lstart, lstep, ulen);
  }
  const it = newLongRangeIter();
  it.start = abs.incref(r.start);
  it.step = abs.incref(r.step);
  it.len = abs.incref(r.length);
  if (R.minor <= 11) it.index = newInt(0);
  return it;
};

/**
 * range_reverse: range(start + (n-1)*step, start - step, -step) as a range_iterator when start, stop,
 * step, -step, start - step and the length fit a C long; else a longrange_iterator.
 */
export function rangeReversed(r: PyRange): PyObject {
  if (fitsAsNumbers(r)) {
    const n = r.length.n;
    return R.heap.newObject(new PyRangeIter(rangeIterType, r.start.n + (n - 1) * r.step.n, -r.step.n, n, null), iterBytes(), 0);
  }
  const lstart = asLong(r.start);
  const lstop = asLong(r.stop);
  const lstep = asLong(r.step);
  if (lstart !== null && lstop !== null && lstep !== null && lstep !== LONG_MIN) {
    const startMinusStep = lstart - lstep;
    if (startMinusStep >= LONG_MIN && startMinusStep <= LONG_MAX) {
      const ulen = lenOfRange(lstart, lstop, lstep);
      if (ulen <= LONG_MAX) return fastRangeIter(BigInt.asIntN(64, startMinusStep + ulen * lstep), -lstep, ulen);
    }
  }
  const it = newLongRangeIter();
  it.len = abs.incref(r.length);
  const one = newInt(1);
  const diff = intSub(it.len, one);
  abs.decref(one);
  const product = intMul(diff, r.step);
  abs.decref(diff);
  it.start = intAdd(r.start, product);
  abs.decref(product);
  it.step = intNeg(r.step);
  if (R.minor <= 11) it.index = newInt(0);
  return it;
}
defMethod(rangeType, '__reversed__', (o, a, kw) => {
  noKw('range.__reversed__', kw);
  exactly('range.__reversed__', a, 0);
  return rangeReversed(o as PyRange);
});
