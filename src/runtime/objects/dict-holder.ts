// The __dict__ of builtin objects that keep one of their own (a function's func_dict, staticmethod's
// sm_dict, classmethod's cm_dict): made on first use, replaced whole, and where attributes go.
import { R } from '../state';
import { typeError } from './exceptions';
import { newDict, PyDict } from './dict';
import { noAttributeToDelete } from './classes';
import { PyObject, typeLookup } from './object';
import { PyStr } from './str';

export interface DictHolder {
  dictObj: PyDict | null;
}

/** The object's dict, made now if it has none (PyObject_GenericGetDict, _PyObjectDict_SetItem: PyDict_New). */
export function holderDict(o: DictHolder): PyDict {
  return (o.dictObj ??= newDict());
}

/** PyObject_GenericSetDict: __dict__ = v. */
export function setHolderDict(o: DictHolder, v: PyObject | null): void {
  if (v === null) throw typeError('cannot delete __dict__');
  if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${v.ob_type.tp_name}'`);
  const old = o.dictObj;
  R.heap.incref(v);
  o.dictObj = v;
  if (old !== null) R.heap.decref(old);
}

/** PyObject_GenericSetAttr: a data descriptor, else the object's dict (made first, even to delete). */
export function setAttrInHolder(o: PyObject & DictHolder, name: PyStr, v: PyObject | null): void {
  setAttrInDict(o, () => holderDict(o), name, v);
}

/** _PyObject_GenericSetAttrWithDict: a data descriptor of the type, else the dict dictOf gives. */
export function setAttrInDict(o: PyObject, dictOf: () => PyDict, name: PyStr, v: PyObject | null): void {
  const d = typeLookup(o.ob_type, name.value);
  if (d !== null && d.ob_type.tp_descr_set !== undefined) {
    d.ob_type.tp_descr_set(d, o, v);
    return;
  }
  const dict = dictOf();
  if (v !== null) dict.set(name, v);
  else if (!dict.delete(name)) throw noAttributeToDelete(o, name.value);
}
