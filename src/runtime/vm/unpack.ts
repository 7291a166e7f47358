// UNPACK_SEQUENCE and UNPACK_EX: a sequence's items onto the stack, directly from an exact
// tuple or list, else one by one from its iterator (ceval.c unpack_iterable).
import * as abs from '../objects/abstract';
import { typeError, valueError } from '../objects/exceptions';
import { PyList, listType } from '../objects/list';
import { PyObject } from '../objects/object';
import { PyTuple, tupleType } from '../objects/tuple';
import { sequenceList } from '../objects/sequence';
import { R } from '../state';
import { Frame } from './frame';

/**
 * UNPACK_SEQUENCE n / UNPACK_EX: push the items so that the first is on top. An exact tuple
 * or list of the right length is read directly (UNPACK_SEQUENCE only); anything else goes
 * through ceval.c unpack_iterable: items taken one by one, one more asked for to see that
 * none is left, and a starred target's list made by PySequence_List of the rest, from which
 * the items after it are taken off its end (its allocation stays as list_extend made it).
 */
export function unpack(f: Frame, before: number, after: number): void {
  const stack = f.stack;
  const seq = stack[--f.sp]!;
  try {
    if (after < 0 && (seq.ob_type === tupleType || seq.ob_type === listType) && (seq as PyTuple | PyList).items.length === before) {
      const items = (seq as PyTuple | PyList).items;
      for (let i = items.length - 1; i >= 0; i--) stack[f.sp++] = abs.incref(items[i]);
      return;
    }
    if (seq.ob_type.tp_iter === undefined && seq.ob_type.mp_subscript === undefined) {
      throw typeError(`cannot unpack non-iterable ${seq.ob_type.tp_name} object`);
    }
    unpackIterable(f, seq, before, after);
  } finally {
    R.heap.decref(seq);
  }
}

function unpackIterable(f: Frame, seq: PyObject, before: number, after: number): void {
  const taken: PyObject[] = [];
  const it = abs.getIter(seq);
  try {
    for (let i = 0; i < before; i++) {
      const w = abs.iterNext(it);
      if (w === null) {
        if (after < 0) throw valueError(`not enough values to unpack (expected ${before}, got ${i})`);
        throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${i})`);
      }
      taken.push(w);
    }
    if (after < 0) {
      const w = abs.iterNext(it);
      if (w !== null) {
        R.heap.decref(w);
        throw valueError(`too many values to unpack (expected ${before})`);
      }
    } else {
      const l = sequenceList(it);
      const ll = l.items.length;
      if (ll < after) {
        R.heap.decref(l);
        throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${before + ll})`);
      }
      taken.push(l);
      // Py_SET_SIZE: the items after the star move to the stack; the list is not resized.
      for (let j = after; j > 0; j--) taken.push(l.items[ll - j]);
      l.items.length = ll - after;
    }
  } catch (e) {
    for (const x of taken) R.heap.decref(x);
    throw e;
  } finally {
    R.heap.decref(it);
  }
  for (let i = taken.length - 1; i >= 0; i--) f.stack[f.sp++] = taken[i];
}
