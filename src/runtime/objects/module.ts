// Module objects (Objects/moduleobject.c): a name and a namespace dict.
import { R } from '../state';
import { newDict, PyDict } from './dict';
import { PyObject, PyType } from './object';
import { internStr, newStr, PyStr } from './str';
import { readyType } from './typeobject';

export class PyModule extends PyObject {
  constructor(
    type: PyType,
    readonly name: string,
    readonly md_dict: PyDict,
  ) {
    super(type);
  }
}

export const moduleType = readyType(new PyType(null, 'module'), undefined, { gc: true });
moduleType.tp_sizeof = () => 56;
const OBJ_BYTES = 72;

export function newModule(name: string): PyModule {
  const d = newDict();
  const m = R.heap.newObject(new PyModule(moduleType, name, d), OBJ_BYTES, 16);
  const k = internStr('__name__');
  const v = internStr(name);
  d.set(k, v);
  R.heap.decref(k);
  R.heap.decref(v);
  return m;
}

moduleType.tp_getattro = (o, name: PyStr) => {
  const v = (o as PyModule).md_dict.getStr(name);
  if (v === null) return null;
  R.heap.incref(v);
  return v;
};
moduleType.tp_setattro = (o, name, v) => {
  const d = (o as PyModule).md_dict;
  if (v === null) d.delete(name);
  else d.set(name, v);
};
moduleType.tp_repr = (o) => newStr(`<module '${(o as PyModule).name}' (built-in)>`);
moduleType.tp_dealloc = (o) => {
  R.heap.decref((o as PyModule).md_dict);
  R.heap.freeObject(o, OBJ_BYTES);
};
moduleType.tp_traverse = (o, visit) => visit((o as PyModule).md_dict);
