// slice.indices (Objects/sliceobject.c slice_indices): the start, stop and step a slice
// means for a sequence of the given length; a slice's repr and comparisons.
import { decref, incref, numberIndex, repr, richCompare, richCompareBool } from './abstract';
import { CmpOp } from './object';
import { False, NotImplemented, True } from './singletons';
import { newStr } from './str';
import { valueError } from './exceptions';
import { checkedMethod, METH_NOARGS, METH_O } from '../builtin-conventions';
import { defMethod } from './function';
import { intSign } from './int';
import { PySlice, sliceLongIndices, sliceType } from './slice';
import { newTuple } from './tuple';

// slice_indices (METH_O), slice___reduce__ (METH_NOARGS): (slice, (start, stop, step)).
defMethod(sliceType, 'indices', checkedMethod('slice.indices', METH_O, (self, args) => {
  const length = numberIndex(args[0]);
  try {
    if (intSign(length) < 0) throw valueError('length should not be negative');
    return newTuple(sliceLongIndices(self as PySlice, length));
  } finally {
    decref(length);
  }
}));
defMethod(sliceType, '__reduce__', checkedMethod('slice.__reduce__', METH_NOARGS, (self) => {
  const s = self as PySlice;
  return newTuple([incref(sliceType), newTuple([incref(s.start), incref(s.stop), incref(s.step)])]);
}));

// Objects/sliceobject.c slice_repr: slice(start, stop, step) with each part's repr.
sliceType.tp_repr = (o) => {
  const s = o as PySlice;
  return newStr(`slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`);
};

// slice_richcompare: slices compare as the tuples (start, stop, step); anything else is NotImplemented.
sliceType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PySlice)) return incref(NotImplemented);
  if (a === b && (op === CmpOp.EQ || op === CmpOp.NE || op === CmpOp.LE || op === CmpOp.GE)) return incref(op === CmpOp.NE ? False : True);
  const x = a as PySlice;
  for (const k of ['start', 'stop', 'step'] as const) {
    if (richCompareBool(x[k], b[k], CmpOp.EQ)) continue;
    if (op === CmpOp.EQ) return incref(False);
    if (op === CmpOp.NE) return incref(True);
    return richCompare(x[k], b[k], op);
  }
  return incref(op === CmpOp.EQ || op === CmpOp.LE || op === CmpOp.GE ? True : False);
};
