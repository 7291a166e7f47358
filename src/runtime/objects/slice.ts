// slice (Objects/sliceobject.c): start, stop and step, and PySlice_GetIndicesEx's
// clamping of them to a sequence length.
import { R } from '../state';
import { asIndex, decref, incref, numberIndex } from './abstract';
import { typeError, valueError } from './exceptions';
import { intAdd, intCompare, intSign, newInt, PyInt } from './int';
import { PyObject, PyType } from './object';
import { None } from './singletons';
import { readyType } from './typeobject';

export class PySlice extends PyObject {
  constructor(
    type: PyType,
    readonly start: PyObject,
    readonly stop: PyObject,
    readonly step: PyObject,
  ) {
    super(type);
  }
}

export const sliceType = readyType(new PyType(null, 'slice'), undefined, { gc: true, basetype: false });
sliceType.tp_sizeof = () => 40;
const OBJ_BYTES = 56;

/** A new slice taking new references to its parts. */
export function newSlice(start: PyObject, stop: PyObject, step: PyObject): PySlice {
  R.heap.incref(start);
  R.heap.incref(stop);
  R.heap.incref(step);
  return R.heap.newObject(new PySlice(sliceType, start, stop, step), OBJ_BYTES, 16);
}
/** slice_new: slice(stop), slice(start, stop[, step]). */
sliceType.tp_new = (_t, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError('slice() takes no keyword arguments');
  if (args.length < 1) throw typeError('slice expected at least 1 argument, got 0');
  if (args.length > 3) throw typeError(`slice expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return newSlice(None, args[0], None);
  return newSlice(args[0], args[1], args[2] ?? None);
};
sliceType.tp_dealloc = (o) => {
  const s = o as PySlice;
  R.heap.decref(s.start);
  R.heap.decref(s.stop);
  R.heap.decref(s.step);
  R.heap.freeObject(o, OBJ_BYTES);
};
sliceType.tp_traverse = (o, visit) => {
  const s = o as PySlice;
  visit(s.start);
  visit(s.stop);
  visit(s.step);
};

/** [start, stop, step, slicelength] for a sequence of `length` items. */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  const step = s.step === None ? 1 : asIndex(s.step, 'integer');
  if (step === 0) throw valueError('slice step cannot be zero');
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? length - 1 : length;
  const clamp = (o: PyObject, dflt: number): number => {
    if (o === None) return dflt;
    let v = asIndex(o, 'integer');
    if (v < 0) {
      v += length;
      if (v < lower) v = lower;
    } else if (v > upper) v = upper;
    return v;
  };
  const start = clamp(s.start, step < 0 ? upper : lower);
  const stop = clamp(s.stop, step < 0 ? lower : upper);
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    n = Math.floor((stop - start - 1) / step) + 1;
  }
  return [start, stop, step, n];
}

/** evaluate_slice_index: PyNumber_Index of a slice part, with the slice's own TypeError. */
function evaluateSliceIndex(v: PyObject): PyInt {
  if (!(v instanceof PyInt) && v.ob_type.tp_as_number.nb_index === undefined) {
    throw typeError('slice indices must be integers or None or have an __index__ method');
  }
  return numberIndex(v);
}

/**
 * _PySlice_GetLongIndices: [start, stop, step] as new int references, clamped to a length of
 * any size (what range slicing and slice.indices use), with CPython's temporaries.
 */
export function sliceLongIndices(s: PySlice, length: PyInt): [PyInt, PyInt, PyInt] {
  const held: PyInt[] = [];
  try {
    const step = s.step === None ? newInt(1) : evaluateSliceIndex(s.step);
    held.push(step);
    const sign = intSign(step);
    if (sign === 0) throw valueError('slice step cannot be zero');
    const negative = sign < 0;
    const lower = negative ? newInt(-1) : newInt(0);
    held.push(lower);
    const upper = negative ? intAdd(length, lower) : incref(length);
    held.push(upper);
    const bound = (part: PyObject, dflt: PyInt): PyInt => {
      if (part === None) return incref(dflt);
      let v = evaluateSliceIndex(part);
      if (intSign(v) < 0) {
        const t = intAdd(v, length);
        decref(v);
        v = t;
        if (intCompare(v, lower) < 0) {
          decref(v);
          v = incref(lower);
        }
      } else if (intCompare(v, upper) > 0) {
        decref(v);
        v = incref(upper);
      }
      return v;
    };
    const start = bound(s.start, negative ? upper : lower);
    held.push(start);
    const stop = bound(s.stop, negative ? lower : upper);
    held.length = 0;
    decref(upper);
    decref(lower);
    return [start, stop, step];
  } finally {
    for (const o of held) decref(o);
  }
}
