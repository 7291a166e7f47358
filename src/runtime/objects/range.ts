// range (Objects/rangeobject.c): start, stop and step kept as ints, with length,
// membership, indexing, slicing, index/count, equality and reversal computed
// arithmetically; not a GC object. Its iterator is range_iterator.
import { R } from '../state';
import * as abs from './abstract';
import { indexError, typeError, valueError } from './exceptions';
import { defMethod } from './function';
import { defGetSet } from './getset';
import { newInt, PyInt } from './int';
import { lengthHintOf } from './iterators';
import { CmpOp, PyObject, PyType } from './object';
import { NotImplemented, pyBool } from './singletons';
import { PySlice, sliceIndices, sliceType } from './slice';
import { newStr } from './str';
import { readyType } from './typeobject';
import { exactly } from './args';
import { boolType } from './singletons';

export class PyRange extends PyObject {
  readonly length: number;
  constructor(
    type: PyType,
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super(type);
    this.length = step > 0 ? (start >= stop ? 0 : Math.floor((stop - start - 1) / step) + 1) : start <= stop ? 0 : Math.floor((start - stop - 1) / -step) + 1;
  }
  at(i: number): number {
    return this.start + this.step * i;
  }
}

export const rangeType = readyType(new PyType(null, 'range'), undefined, { basetype: false });
const OBJ_BYTES = 48;
rangeType.tp_sizeof = () => OBJ_BYTES;

export function newRange(start: number, stop: number, step: number): PyRange {
  return R.heap.newObject(new PyRange(rangeType, start, stop, step), OBJ_BYTES, 0);
}

rangeType.tp_new = (_t, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError('range() takes no keyword arguments');
  if (args.length === 0) throw typeError(`range expected ${R.minor <= 8 ? '' : 'at least '}1 argument, got 0`);
  if (args.length > 3) throw typeError(`range expected at most 3 arguments, got ${args.length}`);
  const v = args.map((a) => {
    if (!(a instanceof PyInt) && a.ob_type.tp_as_number.nb_index === undefined) {
      throw typeError(`'${a.ob_type.tp_name}' object cannot be interpreted as an integer`);
    }
    return abs.asIndex(a);
  });
  const [start, stop, step] = v.length === 1 ? [0, v[0], 1] : [v[0], v[1], v[2] ?? 1];
  if (step === 0) throw valueError('range() arg 3 must not be zero');
  return newRange(start, stop, step);
};
rangeType.tp_dealloc = (o) => R.heap.freeObject(o, OBJ_BYTES);
rangeType.mp_length = (o) => (o as PyRange).length;
rangeType.tp_repr = (o) => {
  const r = o as PyRange;
  return newStr(r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`);
};

/** An exact int or a bool: the values range_contains decides arithmetically. */
const isIntKey = (v: PyObject): v is PyInt => v.ob_type.tp_name === 'int' || v.ob_type === boolType;

function containsInt(r: PyRange, v: PyInt): boolean {
  const x = v.toNumber();
  if (r.step > 0 ? x < r.start || x >= r.stop : x > r.start || x <= r.stop) return false;
  return (x - r.start) % r.step === 0;
}

/** _PySequence_IterSearch: compare every item with ==. */
function iterSearch(r: PyRange, v: PyObject, stopAtFirst: boolean): [number, number] {
  let count = 0;
  let first = -1;
  for (let i = 0; i < r.length; i++) {
    const item = newInt(r.at(i));
    try {
      if (abs.eq(item, v)) {
        count++;
        if (first < 0) first = i;
        if (stopAtFirst) break;
      }
    } finally {
      abs.decref(item);
    }
  }
  return [count, first];
}

rangeType.sq_contains = (o, v) => {
  const r = o as PyRange;
  if (isIntKey(v)) return containsInt(r, v);
  return iterSearch(r, v, true)[0] > 0;
};

rangeType.mp_subscript = (o, key) => {
  const r = o as PyRange;
  if (key.ob_type === sliceType) {
    // compute_slice: the slice of the index space, mapped through start and step.
    const [start, stop, step] = sliceIndices(key as PySlice, r.length);
    return newRange(r.at(start), r.at(stop), r.step * step);
  }
  if (!(key instanceof PyInt) && key.ob_type.tp_as_number.nb_index === undefined) {
    throw typeError(`range indices must be integers or slices, not ${key.ob_type.tp_name}`);
  }
  let i = abs.asIndex(key);
  if (i < 0) i += r.length;
  if (i < 0 || i >= r.length) throw indexError('range object index out of range');
  return newInt(r.at(i));
};

/** range_equals: same length, and then same start (and step when more than one item). */
rangeType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyRange) || (op !== CmpOp.EQ && op !== CmpOp.NE)) return abs.incref(NotImplemented);
  const x = a as PyRange;
  let eq = x === b;
  if (!eq && x.length === b.length) {
    eq = x.length === 0 || (x.start === b.start && (x.length === 1 || x.step === b.step));
  }
  return pyBool(op === CmpOp.EQ ? eq : !eq);
};

defMethod(rangeType, 'index', (o, a) => {
  exactly('range.index', a, 1);
  const r = o as PyRange;
  const v = a[0];
  if (isIntKey(v)) {
    if (containsInt(r, v)) return newInt((v.toNumber() - r.start) / r.step);
    throw valueError(`${abs.repr(v)} is not in range`);
  }
  const [, first] = iterSearch(r, v, true);
  if (first < 0) throw valueError('sequence.index(x): x not in sequence');
  return newInt(first);
});
defMethod(rangeType, 'count', (o, a) => {
  exactly('range.count', a, 1);
  const r = o as PyRange;
  const v = a[0];
  if (isIntKey(v)) return newInt(containsInt(r, v) ? 1 : 0);
  return newInt(iterSearch(r, v, false)[0]);
});
defGetSet(rangeType, 'start', (o) => newInt((o as PyRange).start));
defGetSet(rangeType, 'stop', (o) => newInt((o as PyRange).stop));
defGetSet(rangeType, 'step', (o) => newInt((o as PyRange).step));

// ---- range_iterator ----

/** rangeiterobject: the next value, the step and the items left; not a GC object. */
class PyRangeIter extends PyObject {
  constructor(
    type: PyType,
    public next: number,
    readonly step: number,
    public len: number,
  ) {
    super(type);
  }
}
export const rangeIterType = readyType(new PyType(null, 'range_iterator'), undefined, { basetype: false });
/** 48 bytes up to 3.11 (index, start, step, len), 40 from 3.12 (start, step, len). */
const iterBytes = (): number => (R.minor >= 12 ? 40 : 48);
rangeIterType.tp_sizeof = () => iterBytes();
rangeIterType.tp_iter = (o) => abs.incref(o);
rangeIterType.tp_iternext = (o) => {
  const it = o as PyRangeIter;
  if (it.len <= 0) return null;
  const v = it.next;
  it.next += it.step;
  it.len--;
  return newInt(v);
};
rangeIterType.tp_dealloc = (o) => R.heap.freeObject(o, iterBytes());
lengthHintOf.set(rangeIterType, (o) => Math.max(0, (o as PyRangeIter).len));

function newRangeIter(start: number, step: number, len: number): PyRangeIter {
  return R.heap.newObject(new PyRangeIter(rangeIterType, start, step, len), iterBytes(), 0);
}
rangeType.tp_iter = (o) => {
  const r = o as PyRange;
  return newRangeIter(r.start, r.step, r.length);
};
/** range_reverse: an iterator from the last item down. */
export function rangeReversed(r: PyRange): PyObject {
  return newRangeIter(r.at(r.length - 1), -r.step, r.length);
}
defMethod(rangeType, '__reversed__', (o, a) => {
  exactly('range.__reversed__', a, 0);
  return rangeReversed(o as PyRange);
});
