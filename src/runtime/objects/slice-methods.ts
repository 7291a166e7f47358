// slice.indices (Objects/sliceobject.c slice_indices): the start, stop and step a slice
// means for a sequence of the given length.
import { asIndex } from './abstract';
import { valueError, typeError } from './exceptions';
import { defMethod } from './function';
import { newInt } from './int';
import { PySlice, sliceIndices, sliceType } from './slice';
import { newTuple } from './tuple';

defMethod(sliceType, 'indices', (self, args) => {
  if (args.length !== 1) throw typeError(`indices() takes exactly one argument (${args.length} given)`);
  const length = asIndex(args[0], 'integer');
  if (length < 0) throw valueError('length should not be negative');
  const [start, stop, step] = sliceIndices(self as PySlice, length);
  return newTuple([newInt(start), newInt(stop), newInt(step)]);
});
