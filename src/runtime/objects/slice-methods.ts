// slice.indices (Objects/sliceobject.c slice_indices): the start, stop and step a slice
// means for a sequence of the given length; a slice's repr and comparisons.
import { decref, incref, numberIndex, repr, richCompare, richCompareBool } from './abstract';
import { CmpOp } from './object';
import { False, NotImplemented, True } from './singletons';
import { newStr } from './str';
import { valueError, typeError } from './exceptions';
import { defMethod } from './function';
import { intSign } from './int';
import { PySlice, sliceLongIndices, sliceType } from './slice';
import { newTuple } from './tuple';

defMethod(sliceType, 'indices', (self, args) => {
  if (args.length !== 1) throw typeError(`indices() takes exactly one argument (${args.length} given)`);
  const length = numberIndex(args[0]);
  try {
    if (intSign(length) < 0) throw valueError('length should not be negative');
    return newTuple(sliceLongIndices(self as PySlice, length));
  } finally {
    decref(length);
  }
});

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
