// super (Objects/typeobject.c superobject): made empty by PyType_GenericNew and filled by
// super_init (3.11+'s super_vectorcall does both); its lookup starts after __thisclass__.
import { R } from '../state';
import * as abs from './abstract';
import { attributeError, typeError } from './exceptions';
import { PyObject, PyType } from './object';
import { None } from './singletons';
import { newStr } from './str';
import { defGetSet } from './getset';
import { setSuperType } from './typenew';
import { genericGetAttr, readyType } from './typeobject';
import { registerBuiltin } from '../builtins';
import { superArgsFromFrame, supercheck, superLookupDescr } from './super-lookup';

export class PySuper extends PyObject {
  /** su->type, su->obj, su->obj_type: all NULL until super_init; obj_type is a reference too. */
  thisType: PyType | null = null;
  obj: PyObject | null = null;
  objType: PyType | null = null;
}
/** PyObject_HEAD and three pointers, plus the GC head. */
const SUPER_BYTES = 56;
export const superType = readyType(new PyType(null, 'super'), undefined, { gc: true });
setSuperType(superType);
superType.tp_sizeof = () => SUPER_BYTES - 16;
superType.tp_dealloc = (o) => {
  const s = o as PySuper;
  if (s.obj !== null) R.heap.decref(s.obj);
  if (s.thisType !== null) R.heap.decref(s.thisType);
  if (s.objType !== null) R.heap.decref(s.objType);
  R.heap.freeObject(o, SUPER_BYTES);
};
superType.tp_traverse = (o, visit) => {
  const s = o as PySuper;
  if (s.obj !== null) visit(s.obj);
  if (s.thisType !== null) visit(s.thisType);
  if (s.objType !== null) visit(s.objType);
};
// PyType_GenericNew: the arguments are super_init's.
superType.tp_new = (t) => R.heap.newObject(new PySuper(t), SUPER_BYTES, 16);

/**
 * super_init (PyArg_ParseTuple "|O!O:super") and, for super itself from 3.11, super_vectorcall,
 * whose checks word it otherwise; then super_init_impl.
 */
superType.tp_init = (o, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError('super() takes no keyword arguments');
  const vectorcall = R.minor >= 11 && o.ob_type === superType;
  if (args.length > 2) {
    throw typeError(vectorcall ? `super() expected at most 2 arguments, got ${args.length}` : `super() takes at most 2 arguments (${args.length} given)`);
  }
  if (args.length > 0 && !(args[0] instanceof PyType)) {
    // PyArg_ParseTuple's converterr names None as None, super_vectorcall by its type.
    throw typeError(`super() argument 1 must be ${vectorcall ? 'a ' : ''}type, not ${!vectorcall && args[0] === None ? 'None' : args[0].ob_type.tp_name}`);
  }
  const [thisType, given]: [PyType, PyObject | null] = args.length === 0 ? superArgsFromFrame() : [args[0] as PyType, args[1] ?? null];
  const obj = given === None ? null : given;
  const objType = obj === null ? null : supercheck(thisType, obj);
  setSuper(o as PySuper, thisType, obj, objType);
};

/** Py_XSETREF of the three fields: the new ones taken (objType's reference is supercheck's), the old dropped. */
function setSuper(s: PySuper, thisType: PyType, obj: PyObject | null, objType: PyType | null): void {
  const old = [s.thisType, s.obj, s.objType];
  s.thisType = abs.incref(thisType);
  s.obj = obj === null ? null : abs.incref(obj);
  s.objType = objType === null ? null : abs.incref(objType);
  for (const v of old) if (v !== null) R.heap.decref(v);
}

superType.tp_repr = (o) => {
  const s = o as PySuper;
  const cls = s.thisType?.tp_name ?? 'NULL';
  return newStr(s.objType !== null ? `<super: <class '${cls}'>, <${s.objType.tp_name} object>>` : `<super: <class '${cls}'>, NULL>`);
};

// super_getattro: the MRO of obj's type after __thisclass__; an unbound super, and __class__, look on the super object itself.
superType.tp_getattro = (o, name) => {
  const s = o as PySuper;
  const v = s.objType === null || name.value === '__class__' ? null : superLookupDescr(s.thisType!, s.objType, name.value);
  if (v === null) return genericGetAttr(o, name);
  const g = v.ob_type.tp_descr_get;
  if (g === undefined) return abs.incref(v);
  // Only an instance-mode super passes its object (SF #743627).
  return g(v, s.obj === s.objType ? null : s.obj, s.objType!);
};

// super_descr_get: an unbound super binds to the instance it is got through.
superType.tp_descr_get = (o, obj) => {
  const s = o as PySuper;
  if (obj === null || obj === None || s.obj !== null) return abs.incref(o);
  // A subclass of super is called for it (PyObject_CallFunctionObjArgs).
  if (o.ob_type !== superType) return abs.call(o.ob_type, [s.thisType!, obj]);
  const objType = supercheck(s.thisType!, obj);
  const n = superType.tp_new!(superType, [], null) as PySuper;
  setSuper(n, s.thisType!, obj, objType);
  return n;
};

// super_members: READONLY T_OBJECT members, None while NULL (PyMember_SetOne: "readonly attribute").
const readonly = (): never => {
  throw attributeError('readonly attribute');
};
for (const [name, field] of [
  ['__thisclass__', 'thisType'],
  ['__self__', 'obj'],
  ['__self_class__', 'objType'],
] as const) {
  defGetSet(superType, name, (o) => abs.incref((o as PySuper)[field] ?? None), readonly);
}

registerBuiltin('super', () => abs.incref(superType));
