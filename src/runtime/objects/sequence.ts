// The sequence conversions of Objects/abstract.c that C code uses on an iterable:
// PySequence_Tuple and PySequence_List, each allocating what CPython's does (PySequence_Fast,
// in containers.ts, makes its list with PySequence_List).
import * as abs from './abstract';
import { lengthHint } from './iterators';
import { listExtend, listType, newList, PyList } from './list';
import { PyObject } from './object';
import { newTuple, PyTuple, tupleNew, tupleResize, tupleType } from './tuple';

/**
 * PySequence_Tuple: tuple(iterable) and a call's lone *args. A tuple is allocated for the
 * iterable's length hint (10 without one), grown by _PyTuple_Resize as items come and cut
 * back at the end, so its block moves between size classes as CPython's does.
 */
export function sequenceTuple(v: PyObject): PyTuple {
  if (v.ob_type === tupleType) return abs.incref(v as PyTuple);
  // PyList_AsTuple: an exact copy, no iterator.
  if (v.ob_type === listType) return newTuple((v as PyList).items.map((x) => abs.incref(x)));
  const it = abs.getIter(v);
  let result: PyTuple | null = null;
  try {
    let n = lengthHint(v, 10);
    result = tupleNew(n);
    let j = 0;
    for (let item = abs.iterNext(it); item !== null; item = abs.iterNext(it)) {
      if (j >= n) {
        // Grow by ten and then add 25%: the excess is reclaimed at the end.
        n += 10;
        n += n >> 2;
        result = tupleResize(result, n);
      }
      result.items[j++] = item;
    }
    // Cut the tuple back if the guess was too large.
    if (j < n) result = tupleResize(result, j);
    const done = result;
    result = null;
    return done;
  } finally {
    if (result !== null) abs.decref(result);
    abs.decref(it);
  }
}

/** PySequence_List: a new list, filled by list_extend (presized by the length hint). */
export function sequenceList(v: PyObject): PyList {
  const l = newList(0);
  try {
    listExtend(l, v);
  } catch (e) {
    abs.decref(l);
    throw e;
  }
  return l;
}

