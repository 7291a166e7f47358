// weakref (Objects/weakrefobject.c): the model's weak references are the ones CPython makes
// itself, a base type's tp_subclasses entries; they point at a type without owning it.
import { R } from '../state';
import { PyObject, PyType } from './object';
import { readyType } from './typeobject';

export class PyWeakref extends PyObject {
  /** wr_object: borrowed; null once the referent is gone. */
  wr_object: PyObject | null;
  constructor(type: PyType, target: PyObject) {
    super(type);
    this.wr_object = target;
  }
}

export const weakrefType = readyType(new PyType(null, 'weakref'), undefined, { gc: true, basetype: true });

/** sizeof(PyWeakReference) + the GC head: 3.11 added the vectorcall pointer. */
function weakrefBytes(): number {
  return (R.minor >= 11 ? 64 : 56) + 16;
}

/** Each referent's basic reference (the head of its tp_weaklist), while one lives. */
const basicRefs = new WeakMap<PyObject, PyWeakref>();

/**
 * PyWeakref_NewRef(target, NULL): a referent's basic reference is shared (get_basic_refs), so a
 * class with two bases puts one weakref in both bases' tp_subclasses.
 */
export function newWeakref(target: PyObject): PyWeakref {
  const shared = basicRefs.get(target);
  if (shared !== undefined) {
    R.heap.incref(shared);
    return shared;
  }
  const ref = R.heap.newObject(new PyWeakref(weakrefType, target), weakrefBytes(), 16);
  basicRefs.set(target, ref);
  return ref;
}

weakrefType.tp_dealloc = (o) => {
  const target = (o as PyWeakref).wr_object;
  // weakref_dealloc: clear_weakref takes it off its referent's list.
  if (target !== null && basicRefs.get(target) === o) basicRefs.delete(target);
  (o as PyWeakref).wr_object = null;
  R.heap.freeObject(o, weakrefBytes());
};
// A reference with no callback owns nothing the collector could follow.
weakrefType.tp_traverse = () => {};
weakrefType.tp_sizeof = () => weakrefBytes() - 16;
