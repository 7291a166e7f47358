// Iterator objects (Objects/iterobject.c, listobject.c listiterator, ...): one small
// GC object per iteration that holds its sequence and a position.
import { R } from '../state';
import { iterNext, registerSeqIter, getItem } from './abstract';
import { PyErr } from '../errors';
import { IndexError, StopIteration } from './exceptions';
import { newInt } from './int';
import { PyList } from './list';
import { isSubtype, PyObject, PyType } from './object';
import { PyTuple } from './tuple';
import { readyType } from './typeobject';

/** An iterator over a sequence-like object by position, with `next` producing the item. */
export class PySeqIter extends PyObject {
  index = 0;
  constructor(
    type: PyType,
    public seq: PyObject | null,
    readonly next: (it: PySeqIter) => PyObject | null,
    readonly bytes: number,
  ) {
    super(type);
  }
}

function makeIterType(name: string): PyType {
  const t = readyType(new PyType(null, name), undefined, { gc: true, basetype: false });
  t.tp_iter = (o) => {
    o.ob_refcnt++;
    return o;
  };
  t.tp_iternext = (o) => {
    const it = o as PySeqIter;
    if (it.seq === null) return null;
    const v = it.next(it);
    if (v === null) {
      const s = it.seq;
      it.seq = null;
      R.heap.decref(s);
    }
    return v;
  };
  t.tp_dealloc = (o) => {
    const it = o as PySeqIter;
    if (it.seq !== null) R.heap.decref(it.seq);
    R.heap.freeObject(o, it.bytes);
  };
  t.tp_traverse = (o, visit) => {
    const it = o as PySeqIter;
    if (it.seq !== null) visit(it.seq);
  };
  t.tp_sizeof = (o) => (o as PySeqIter).bytes - 16;
  return t;
}

export const listIterType = makeIterType('list_iterator');
export const tupleIterType = makeIterType('tuple_iterator');
export const strIterType = makeIterType('str_ascii_iterator');
export const seqIterType = makeIterType('iterator');
export const genericIterType = makeIterType('iterator');

/** A new iterator over seq (takes a new reference to it). */
export function newSeqIter(type: PyType, seq: PyObject, next: (it: PySeqIter) => PyObject | null, bytes = 48): PySeqIter {
  seq.ob_refcnt++;
  return R.heap.newObject(new PySeqIter(type, seq, next, bytes), bytes, 16);
}

export function listIter(l: PyList): PySeqIter {
  return newSeqIter(listIterType, l, (it) => {
    const items = (it.seq as PyList).items;
    if (it.index >= items.length) return null;
    const v = items[it.index++];
    v.ob_refcnt++;
    return v;
  });
}

export function tupleIter(t: PyTuple): PySeqIter {
  return newSeqIter(tupleIterType, t, (it) => {
    const items = (it.seq as PyTuple).items;
    if (it.index >= items.length) return null;
    const v = items[it.index++];
    v.ob_refcnt++;
    return v;
  });
}

/** The old protocol: call __getitem__ with 0, 1, 2… until IndexError. */
registerSeqIter((o) =>
  newSeqIter(seqIterType, o, (it) => {
    try {
      const key = newInt(it.index);
      try {
        const v = getItem(it.seq!, key);
        it.index++;
        return v;
      } finally {
        R.heap.decref(key);
      }
    } catch (e) {
      if (e instanceof PyErr && (isSubtype(e.exc.ob_type, IndexError) || isSubtype(e.exc.ob_type, StopIteration))) {
        R.heap.decref(e.exc);
        return null;
      }
      throw e;
    }
  }),
);

export { iterNext };
