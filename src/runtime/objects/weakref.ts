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

/** PyWeakref_NewRef(target, NULL): a new basic reference (the model never shares one). */
export function newWeakref(target: PyObject): PyWeakref {
  return R.heap.newObject(new PyWeakref(weakrefType, target), weakrefBytes(), 16);
}

weakrefType.tp_dealloc = (o) => {
  (o as PyWeakref).wr_object = null;
  R.heap.freeObject(o, weakrefBytes());
};
// A reference with no callback owns nothing the collector could follow.
weakrefType.tp_traverse = () => {};
weakrefType.tp_sizeof = () => weakrefBytes() - 16;
