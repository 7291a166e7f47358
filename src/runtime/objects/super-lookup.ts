// What super() finds its class and object with, and the lookup a super object makes
// (Objects/typeobject.c), shared by super_getattro and 3.12+'s LOAD_SUPER_ATTR; few imports,
// so the VM can use it early.
import { isSubtype, PyObject, PyType } from './object';
import type { PyCell } from './function';
import { runtimeError, typeError } from './exceptions';
import { VM } from '../vm/vmstate';
import { cpythonFrame } from '../vm/frame';
import { R } from '../state';

/** name in objType's MRO after thisType, unbound (a borrowed reference), or null. */
export function superLookupDescr(thisType: PyType, objType: PyType, name: string): PyObject | null {
  const mro = objType.tp_mro;
  for (let i = mro.indexOf(thisType) + 1; i < mro.length; i++) {
    const v = mro[i].tp_dict.get(name);
    if (v !== undefined) return v;
  }
  return null;
}

/**
 * super()'s class and object: its first argument, then __class__ from the running frame's cell
 * (super_init_without_args, which checks them in this order).
 */
export function superArgsFromFrame(): [PyType, PyObject] {
  const f = VM.frame === null ? null : cpythonFrame(VM.frame);
  if (f === null || f.code.argcount === 0) throw runtimeError('super(): no arguments');
  const first = f.fast[0] ?? (f.code.cellvars.includes(f.code.varnames[0])
    ? (f.fast[f.code.varnames.length + f.code.cellvars.indexOf(f.code.varnames[0])] as PyCell).ref
    : null);
  if (first === null) throw runtimeError('super(): arg[0] deleted');
  const ci = f.code.freevars.indexOf('__class__');
  if (ci < 0) throw runtimeError('super(): __class__ cell not found');
  const cls = (f.fast[f.code.varnames.length + f.code.cellvars.length + ci] as PyCell).ref;
  if (cls === null) throw runtimeError('super(): empty __class__ cell');
  if (!(cls instanceof PyType)) throw runtimeError(`super(): __class__ is not a type (${cls.ob_type.tp_name})`);
  return [cls, first];
}

/** The type whose MRO super looks in: obj itself when it is a subclass, else its type (typeobject.c supercheck). */
export function supercheck(thisType: PyType, obj: PyObject): PyType {
  const objType = obj instanceof PyType && isSubtype(obj, thisType) ? obj : obj.ob_type;
  if (isSubtype(objType, thisType)) return objType;
  if (R.minor < 13) throw typeError('super(type, obj): obj must be an instance or subtype of type');
  const what = obj instanceof PyType ? `type ${obj.tp_name}` : `instance of ${obj.ob_type.tp_name}`;
  throw typeError(`super(type, obj): obj (${what}) is not an instance or subtype of type (${thisType.tp_name}).`);
}
