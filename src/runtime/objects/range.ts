// range (Objects/rangeobject.c): start, stop, step and length held as int objects of any
// size, as rangeobject holds them; construction, len, truth, repr, equality and hash.
// Items, slices and membership are in range-methods.ts, the two iterators in range-iter.ts.
import { R } from '../state';
import * as abs from './abstract';
import { numberIndex } from './abstract';
import { typeError, valueError } from './exceptions';
import { defMethod } from './function';
import { defGetSet } from './getset';
import { intAdd, intCompare, intFloorDiv, intNeg, intSign, intSub, newInt, newIntBig, PyInt } from './int';
import { CmpOp, PyObject, PyType } from './object';
import { None, NotImplemented, pyBool } from './singletons';
import { newStr } from './str';
import { newTuple } from './tuple';
import { readyType } from './typeobject';
import { exactly, noKw } from './args';
import { markVarargs, minors } from './builtin-call';
import { LONG_MAX, LONG_MIN, longAsSsize } from './int-limits';

export class PyRange extends PyObject {
  constructor(
    type: PyType,
    readonly start: PyInt,
    readonly stop: PyInt,
    readonly step: PyInt,
    readonly length: PyInt,
  ) {
    super(type);
  }
}

export const rangeType = readyType(new PyType(null, 'range'), undefined, { basetype: false });
const OBJ_BYTES = 48;
rangeType.tp_sizeof = () => OBJ_BYTES;

/** PyLong_AsLong's value, or null where it would overflow a C long. */
export function asLong(i: PyInt): bigint | null {
  if (i.big === null) return BigInt(i.n);
  return i.big > LONG_MAX || i.big < LONG_MIN ? null : i.big;
}

/** get_len_of_range on C longs: the item count, which may exceed LONG_MAX (then an unsigned long). */
export function lenOfRange(lo: bigint, hi: bigint, step: bigint): bigint {
  if (step > 0n && lo < hi) return 1n + (hi - 1n - lo) / step;
  if (step < 0n && lo > hi) return 1n + (lo - 1n - hi) / -step;
  return 0n;
}

/**
 * compute_range_length: 3.12+ first try C longs (compute_range_length_long) and make only the result;
 * otherwise, and always before 3.12, ((hi - lo - 1) // step) + 1 on int objects, each step a new int.
 */
function computeRangeLength(start: PyInt, stop: PyInt, step: PyInt): PyInt {
  if (R.minor >= 12) {
    if (start.big === null && stop.big === null && step.big === null) {
      const n = step.n > 0 ? (start.n < stop.n ? Math.floor((stop.n - 1 - start.n) / step.n) + 1 : 0) : start.n > stop.n ? Math.floor((start.n - 1 - stop.n) / -step.n) + 1 : 0;
      return newInt(n);
    }
    const lo = asLong(start);
    const hi = asLong(stop);
    const st = asLong(step);
    if (lo !== null && hi !== null && st !== null) {
      const n = lenOfRange(lo, hi, st);
      if (n <= LONG_MAX) return newIntBig(n);
    }
  }
  let lo: PyInt;
  let hi: PyInt;
  let st: PyInt;
  if (intSign(step) > 0) {
    lo = start;
    hi = stop;
    st = abs.incref(step);
  } else {
    lo = stop;
    hi = start;
    st = intNeg(step);
  }
  if (intCompare(lo, hi) >= 0) {
    abs.decref(st);
    return newInt(0);
  }
  const one = newInt(1);
  const tmp1 = intSub(hi, lo);
  const diff = intSub(tmp1, one);
  const tmp2 = intFloorDiv(diff, st);
  const result = intAdd(tmp2, one);
  abs.decref(tmp2);
  abs.decref(diff);
  abs.decref(st);
  abs.decref(tmp1);
  abs.decref(one);
  return result;
}

/** make_range_object: takes the references to start, stop and step; the length is made first. */
export function makeRange(start: PyInt, stop: PyInt, step: PyInt): PyRange {
  let length: PyInt;
  try {
    length = computeRangeLength(start, stop, step);
  } catch (e) {
    abs.decref(start);
    abs.decref(stop);
    abs.decref(step);
    throw e;
  }
  return R.heap.newObject(new PyRange(rangeType, start, stop, step, length), OBJ_BYTES, 0);
}

/** range_from_array (range_new before 3.9): range(stop), range(start, stop[, step]). */
rangeType.tp_new = (_t, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError('range() takes no keyword arguments');
  if (args.length === 0) throw typeError(`range expected ${R.minor <= 8 ? '' : 'at least '}1 argument, got 0`);
  if (args.length > 3) throw typeError(`range expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) {
    const stop = numberIndex(args[0]);
    return makeRange(newInt(0), stop, newInt(1));
  }
  const start = numberIndex(args[0]);
  let stop: PyInt;
  let step: PyInt;
  try {
    stop = numberIndex(args[1]);
  } catch (e) {
    abs.decref(start);
    throw e;
  }
  try {
    // validate_step
    step = args.length === 3 ? numberIndex(args[2]) : newInt(1);
    if (intSign(step) === 0) {
      abs.decref(step);
      throw valueError('range() arg 3 must not be zero');
    }
  } catch (e) {
    abs.decref(start);
    abs.decref(stop);
    throw e;
  }
  return makeRange(start, stop, step);
};
rangeType.tp_dealloc = (o) => {
  const r = o as PyRange;
  abs.decref(r.start);
  abs.decref(r.stop);
  abs.decref(r.step);
  abs.decref(r.length);
  R.heap.freeObject(o, OBJ_BYTES);
};

/** range_length: PyLong_AsSsize_t of the length. */
rangeType.mp_length = (o) => {
  const n = (o as PyRange).length;
  return n.big === null ? n.n : longAsSsize(n.big);
};
abs.exactLengthOf.set(rangeType, (o) => (o as PyRange).length.toBigInt());
/** range_bool: the length's truth, so a range too long for len() is still true. */
rangeType.tp_as_number.nb_bool = (o) => intSign((o as PyRange).length) !== 0;

/** range_repr: the step only when it is not 1. */
rangeType.tp_repr = (o) => {
  const r = o as PyRange;
  const one = r.step.big === null && r.step.n === 1;
  return newStr(one ? `range(${abs.repr(r.start)}, ${abs.repr(r.stop)})` : `range(${abs.repr(r.start)}, ${abs.repr(r.stop)}, ${abs.repr(r.step)})`);
};

/** range_equals: same length, and then same start (and step when more than one item). */
function rangeEquals(x: PyRange, y: PyRange): boolean {
  if (x === y) return true;
  if (intCompare(x.length, y.length) !== 0) return false;
  if (intSign(x.length) === 0) return true;
  if (intCompare(x.start, y.start) !== 0) return false;
  if (x.length.big === null && x.length.n === 1) return true;
  return intCompare(x.step, y.step) === 0;
}
rangeType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyRange) || (op !== CmpOp.EQ && op !== CmpOp.NE)) return abs.incref(NotImplemented);
  const eq = rangeEquals(a as PyRange, b);
  return pyBool(op === CmpOp.EQ ? eq : !eq);
};

/** range_hash: the hash of (len, None, None), (len, start, None) or (len, start, step). */
rangeType.tp_hash = (o) => {
  const r = o as PyRange;
  const n = intSign(r.length);
  const single = r.length.big === null && r.length.n === 1;
  const t = newTuple([abs.incref(r.length), abs.incref(n === 0 ? None : r.start), abs.incref(n === 0 || single ? None : r.step)]);
  try {
    return abs.hash(t);
  } finally {
    abs.decref(t);
  }
};

/** range_reduce: (range, (start, stop, step)); METH_VARARGS up to 3.12 (any positional arguments ignored), then METH_NOARGS. */
defMethod(rangeType, '__reduce__', (o, a, kw) => {
  noKw('range.__reduce__', kw);
  if (R.minor >= 13) exactly('range.__reduce__', a, 0);
  const r = o as PyRange;
  return newTuple([abs.incref(rangeType), newTuple([abs.incref(r.start), abs.incref(r.stop), abs.incref(r.step)])]);
});
markVarargs(rangeType, ['__reduce__'], minors(8, 12));
// range_members (T_OBJECT_EX, read-only)
defGetSet(rangeType, 'start', (o) => abs.incref((o as PyRange).start));
defGetSet(rangeType, 'stop', (o) => abs.incref((o as PyRange).stop));
defGetSet(rangeType, 'step', (o) => abs.incref((o as PyRange).step));
