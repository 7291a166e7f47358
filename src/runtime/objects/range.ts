// range (Objects/rangeobject.c): start, stop and step kept as ints, with a
// length, membership and indexing computed arithmetically; not a GC object.
import { R } from '../state';
import * as abs from './abstract';
import { typeError, valueError } from './exceptions';
import { newInt, PyInt } from './int';
import { genericIterType, newSeqIter } from './iterators';
import { PyObject, PyType } from './object';
import { newStr } from './str';
import { readyType } from './typeobject';

export class PyRange extends PyObject {
  constructor(
    type: PyType,
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super(type);
  }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0 ? start >= stop : start <= stop) return 0;
    return Math.floor((stop - start - Math.sign(step)) / step) + 1;
  }
}

export const rangeType = readyType(new PyType(null, 'range'), undefined, { basetype: false });
const OBJ_BYTES = 48;
rangeType.tp_sizeof = () => OBJ_BYTES;

rangeType.tp_new = (_t, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError('range() takes no keyword arguments');
  if (args.length === 0) throw typeError('range expected at least 1 argument, got 0');
  if (args.length > 3) throw typeError(`range expected at most 3 arguments, got ${args.length}`);
  const v = args.map((a) => {
    if (!(a instanceof PyInt) && a.ob_type.tp_as_number.nb_index === undefined) {
      throw typeError(`'${a.ob_type.tp_name}' object cannot be interpreted as an integer`);
    }
    return abs.asIndex(a);
  });
  const [start, stop, step] = v.length === 1 ? [0, v[0], 1] : [v[0], v[1], v[2] ?? 1];
  if (step === 0) throw valueError('range() arg 3 must not be zero');
  return R.heap.newObject(new PyRange(rangeType, start, stop, step), OBJ_BYTES, 0);
};
rangeType.tp_dealloc = (o) => R.heap.freeObject(o, OBJ_BYTES);
rangeType.mp_length = (o) => (o as PyRange).length;
rangeType.tp_repr = (o) => {
  const r = o as PyRange;
  return newStr(r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`);
};
rangeType.tp_iter = (o) =>
  newSeqIter(
    genericIterType,
    o,
    (it) => {
      const r = it.seq as PyRange;
      if (it.index >= r.length) return null;
      return newInt(r.start + r.step * it.index++);
    },
    48,
  );
rangeType.sq_contains = (o, v) => {
  const r = o as PyRange;
  if (!(v instanceof PyInt)) return false;
  const x = v.toNumber();
  if (r.step > 0 ? x < r.start || x >= r.stop : x > r.start || x <= r.stop) return false;
  return (x - r.start) % r.step === 0;
};
rangeType.mp_subscript = (o, key) => {
  const r = o as PyRange;
  const i = abs.seqIndex(key, r.length, 'range object');
  return newInt(r.start + r.step * i);
};
