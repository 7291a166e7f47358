// getset_descriptor (Objects/descrobject.c): an attribute a builtin type computes with a
// getter and an optional setter, such as type.__name__ or function.__doc__. It is a
// data descriptor, so it wins over an instance's __dict__ in generic lookup.
import { R } from '../state';
import { attributeError, typeError } from './exceptions';
import { isSubtype, PyObject, PyType } from './object';
import { readyType } from './typeobject';
import { newStr } from './str';
import { typeDictSet } from './heaptype';

export type Getter = (o: PyObject) => PyObject;
export type Setter = (o: PyObject, v: PyObject | null) => void;

export class PyGetSetDescr extends PyObject {
  constructor(
    type: PyType,
    readonly name: string,
    readonly owner: PyType,
    readonly get: Getter,
    readonly set: Setter | null,
  ) {
    super(type);
  }
}

export const getsetDescrType = readyType(new PyType(null, 'getset_descriptor'), undefined, { gc: true, basetype: false });
/** descr_check / descr_setcheck (Objects/descrobject.c): the object must be an instance of the owner. */
export function descrCheck(name: string, owner: PyType, obj: PyObject): void {
  if (!isSubtype(obj.ob_type, owner)) {
    throw typeError(`descriptor '${name}' for '${owner.tp_name}' objects doesn't apply to a '${obj.ob_type.tp_name}' object`);
  }
}
getsetDescrType.tp_descr_get = (d, obj) => {
  if (obj === null) {
    R.heap.incref(d);
    return d;
  }
  const g = d as PyGetSetDescr;
  descrCheck(g.name, g.owner, obj);
  return g.get(obj);
};
getsetDescrType.tp_descr_set = (d, obj, v) => {
  const g = d as PyGetSetDescr;
  descrCheck(g.name, g.owner, obj);
  // getset_set: "attribute '%V' of '%.100s' objects is not writable"
  if (g.set === null) throw attributeError(`attribute '${g.name}' of '${g.owner.tp_name}' objects is not writable`);
  g.set(obj, v);
};
getsetDescrType.tp_repr = (d) => {
  const g = d as PyGetSetDescr;
  return newStr(`<attribute '${g.name}' of '${g.owner.tp_name}' objects>`);
};

/** Define a getset on a type (static: descriptors of builtin types live as long as the run). */
export function defGetSet(owner: PyType, name: string, get: Getter, set: Setter | null = null): PyGetSetDescr {
  const d = new PyGetSetDescr(getsetDescrType, name, owner, get, set);
  owner.tp_dict.set(name, d);
  return d;
}

/**
 * PyDescr_NewGetSet for a heap type (type_new's __dict__ and __weakref__): a GC object
 * (PyGetSetDescrObject, 48 bytes) in the type's dict that holds a reference to the type.
 */
export function heapGetSet(owner: PyType, name: string, get: Getter, set: Setter | null = null): void {
  const d = R.heap.newObject(new PyGetSetDescr(getsetDescrType, name, owner, get, set), DESCR_BYTES, 16);
  R.heap.incref(owner);
  typeDictSet(owner, name, d);
  R.heap.decref(d);
}

/** A descriptor with one pointer after PyDescr_COMMON, plus the GC head. */
export const DESCR_BYTES = 64;

/** descr_dealloc: only a heap type's descriptors are ever freed. */
export function descrDealloc(d: PyObject, owner: PyType): void {
  R.heap.freeObject(d, DESCR_BYTES);
  R.heap.decref(owner);
}

getsetDescrType.tp_dealloc = (d) => descrDealloc(d, (d as PyGetSetDescr).owner);
// descr_traverse: the owning type.
getsetDescrType.tp_traverse = (d, visit) => visit((d as PyGetSetDescr).owner);
