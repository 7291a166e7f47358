// tuple (Objects/tupleobject.c): a fixed array of references, with the empty-tuple
// singleton; its request is the GC head plus 24 + 8 per item (32 + 8 from 3.14).
import { R } from '../state';
import * as freelists from '../freelists';
import { PyObject, PyType, staticRefcnt } from './object';
import { startupRefcount } from './startup-singleton-refcounts';
import { readyType } from './typeobject';
import { genericAllocBytes, preHeaderSize } from './instance-layout';

export class PyTuple extends PyObject {
  constructor(
    type: PyType,
    readonly items: PyObject[],
  ) {
    super(type);
  }
}

export const tupleType = readyType(new PyType(null, 'tuple'), undefined, { gc: true });

function basicsize(): number {
  return R.minor >= 14 ? 32 : 24;
}

/** __sizeof__ of a tuple of n items. */
export function tupleSizeof(n: number): number {
  return basicsize() + 8 * n;
}
tupleType.tp_sizeof = (o) => tupleSizeof((o as PyTuple).items.length);

let empty: PyTuple | null = null;

export function initTuples(): void {
  empty = new PyTuple(tupleType, []);
  empty.ob_refcnt = startupRefcount('()', staticRefcnt());
  R.heap.newStatic(empty, 16 + tupleSizeof(0));
}

/** A new tuple that steals the references in `items`. */
export function newTuple(items: PyObject[]): PyTuple {
  if (items.length === 0 && empty !== null) {
    R.heap.incref(empty);
    return empty;
  }
  return allocTuple(new PyTuple(tupleType, items), items.length);
}

function allocTuple(o: PyTuple, n: number): PyTuple {
  return (n < popLimit() && freelists.pop(freelists.TUPLE_LISTS[n], o, 16)) || R.heap.newObject(o, 16 + tupleSizeof(n), 16);
}

/** PyTuple_New(n): its n slots are empty (NULL, a hole in `items`) until they are filled. */
export function tupleNew(n: number): PyTuple {
  if (n === 0) return newTuple([]);
  const o = allocTuple(new PyTuple(tupleType, []), n);
  o.items.length = n;
  return o;
}

/**
 * _PyTuple_Resize of a tuple only its builder holds: an empty one is replaced by a new
 * tuple; otherwise the items cut off are released and the block is resized through
 * PyObject_GC_Resize (it may move), untracked and tracked again around it. From 3.11 a
 * resize to 0 gives the empty singleton; before, a tuple object of no items.
 */
export function tupleResize(v: PyTuple, newsize: number): PyTuple {
  const oldsize = v.items.length;
  if (oldsize === newsize) return v;
  if (oldsize === 0 || (newsize === 0 && R.minor >= 11)) {
    R.heap.decref(v);
    return tupleNew(newsize);
  }
  const gc = R.heap.gc;
  if (gc.isTracked(v)) gc.untrack(v);
  for (let i = newsize; i < oldsize; i++) {
    const x = v.items[i];
    if (x !== undefined) {
      delete v.items[i];
      R.heap.decref(x);
    }
  }
  R.heap.resizeObject(v, 16 + tupleSizeof(oldsize), 16 + tupleSizeof(newsize), 16);
  v.items.length = newsize;
  gc.track(v);
  return v;
}

/** Lengths 1-19 are kept up to 3.10 (free_list[PyTuple_MAXSAVESIZE] indexed by length), 1-20 from 3.11 (indexed by length - 1). */
function maxSaveSize(): number {
  return R.minor >= 11 ? 21 : 20;
}

/**
 * 3.11 and 3.12 park 20-tuples but never take them back (Objects/tupleobject.c
 * maybe_freelist_pop takes size < PyTuple_MAXSAVESIZE, maybe_freelist_push index < PyTuple_NFREELISTS).
 */
function popLimit(): number {
  return R.minor === 11 || R.minor === 12 ? 20 : maxSaveSize();
}

tupleType.tp_dealloc = (o) => {
  const t = o as PyTuple;
  const n = t.items.length;
  // tupledealloc releases the items from the last one (Py_XDECREF: a tuple being built has holes).
  for (let i = n - 1; i >= 0; i--) {
    const x = t.items[i];
    if (x !== undefined) R.heap.decref(x);
  }
  if (o.ob_type !== tupleType) return R.heap.freeObject(o, subtypeBytes(o.ob_type, n));
  if (n > 0 && n < maxSaveSize() && freelists.push(freelists.TUPLE_LISTS[n], freelists.TUPLE_MAXFREELIST, o, 16 + tupleSizeof(n))) return;
  R.heap.freeObject(o, 16 + tupleSizeof(n));
};

function subtypeBytes(t: PyType, n: number): number {
  return genericAllocBytes(t, basicsize(), 8, n);
}

/** tuple_subtype_new: an instance of tuple subclass t (tp_alloc, never a free list) holding (stealing) items. */
export function newTupleSubtype(t: PyType, items: PyObject[]): PyTuple {
  const o = R.heap.newObject(new PyTuple(t, items), subtypeBytes(t, items.length), preHeaderSize(t));
  R.heap.incref(t);
  return o;
}
tupleType.tp_traverse = (o, visit) => {
  const items = (o as PyTuple).items;
  for (let i = items.length - 1; i >= 0; i--) if (items[i] !== undefined) visit(items[i]);
};
tupleType.mp_length = (o) => (o as PyTuple).items.length;
