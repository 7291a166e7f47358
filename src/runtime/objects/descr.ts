// property, staticmethod and classmethod (Objects/descrobject.c, funcobject.c): the
// descriptors classes are built with.
import { R } from '../state';
import * as abs from './abstract';
import { newMethod } from './function';
import { PyObject, PyType } from './object';
import { None } from './singletons';
import { internStr, PyStr, strType } from './str';
import { defGetSet } from './getset';
import { wrapperNew } from './typenew';
import { afterInherit, inVersions, readyType } from './typeobject';
import { registerBuiltin } from '../builtins';
import type { PyDict } from './dict';
import { holderDict, setAttrInHolder, setHolderDict } from './dict-holder';
import { clearers } from '../gc';
import { checkArgs, varargs } from '../builtin-conventions';

/** A descriptor object holding up to three callables (fget, fset, fdel) or one wrapped callable. */
export class PyDescr extends PyObject {
  constructor(
    type: PyType,
    public parts: (PyObject | null)[],
  ) {
    super(type);
  }
  /** staticmethod/classmethod's own __dict__ (sm_dict, cm_dict), made on first use. */
  dictObj: PyDict | null = null;
  /** property's getter_doc: its doc came from the getter (property_copy passes None so the new getter's is taken). */
  getterDoc = false;
  /** For staticmethod/classmethod: the wrapped callable (typecall.ts unwraps __new__ through it). */
  get callable(): PyObject | null {
    return this.parts[0];
  }
}

export function descrType(name: string, bytes: () => number): PyType {
  const t = readyType(new PyType(null, name), undefined, { gc: true });
  t.tp_dealloc = (o) => {
    const d = o as PyDescr;
    const parts = d.parts;
    d.parts = [];
    for (const p of parts) if (p !== null) R.heap.decref(p);
    if (d.dictObj !== null) R.heap.decref(d.dictObj);
    d.dictObj = null;
    R.heap.freeObject(o, bytes());
  };
  t.tp_traverse = (o, visit) => {
    for (const p of (o as PyDescr).parts) if (p !== null) visit(p);
    const dict = (o as PyDescr).dictObj;
    if (dict !== null) visit(dict);
  };
  t.tp_sizeof = () => bytes() - 16;
  return t;
}

export function newDescr(t: PyType, parts: (PyObject | null)[], bytes: number): PyDescr {
  for (const p of parts) if (p !== null) R.heap.incref(p);
  return R.heap.newObject(new PyDescr(t, parts), bytes, 16);
}

// ---- property: property.ts ----

// ---- staticmethod / classmethod ----

export const staticmethodType = descrType('staticmethod', () => 48);
// sm_init, cm_init: _PyArg_NoKeywords, then PyArg_UnpackTuple(args, name, 1, 1).
staticmethodType.tp_new = (t, args, kwnames) => {
  checkArgs('staticmethod', varargs(1, 1), args, kwnames);
  return wrapCallable(newDescr(t, [args[0]], 48));
};
staticmethodType.tp_descr_get = (d) => abs.incref((d as PyDescr).parts[0]!);
staticmethodType.tp_call = (d, args, kw) => abs.call((d as PyDescr).parts[0]!, args, kw);
// sm_call is 3.10's: before, a staticmethod object has no __call__ of its own.
afterInherit.push(() => inVersions(staticmethodType, '__call__', (m) => m >= 10));

export const classmethodType = descrType('classmethod', () => 48);
classmethodType.tp_new = (t, args, kwnames) => {
  checkArgs('classmethod', varargs(1, 1), args, kwnames);
  return wrapCallable(newDescr(t, [args[0]], 48));
};
classmethodType.tp_descr_get = (d, obj, type) => newMethod((d as PyDescr).parts[0]!, obj === null ? type : obj.ob_type);

/**
 * PyStaticMethod_New, PyClassMethod_New: the wrapper alone, without sm_init/cm_init's copy of
 * the callable's attributes (type_new wraps __new__, __init_subclass__ and __class_getitem__ so).
 */
wrapperNew.make = (t, callable) => newDescr(t, [callable], 48);

/**
 * sm_init, cm_init from 3.10 (funcobject.c functools_wraps): the wrapper takes the callable's
 * __module__, __name__, __qualname__, __doc__ and __annotations__ into its own __dict__, as
 * functools.wraps would (a function makes its __annotations__ dict on that first get).
 */
function wrapCallable(d: PyDescr): PyDescr {
  if (R.minor < 10) return d;
  try {
    for (const attr of ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__']) {
      const name = internStr(attr);
      try {
        const v = abs.getAttrOrNull(d.parts[0]!, name);
        if (v === null) continue;
        try {
          abs.setAttr(d, name, v);
        } finally {
          R.heap.decref(v);
        }
      } finally {
        R.heap.decref(name);
      }
    }
  } catch (e) {
    R.heap.decref(d);
    throw e;
  }
  return d;
}

// sm_clear, cm_clear: the callable and the dict (a property has no tp_clear).
clearers.push([
  PyDescr,
  (o) => {
    const d = o as PyDescr;
    if (d.ob_type !== staticmethodType && d.ob_type !== classmethodType) return;
    const held = [d.parts[0], d.dictObj];
    d.parts = [null];
    d.dictObj = null;
    for (const v of held) if (v !== null) R.heap.decref(v);
  },
]);

for (const t of [staticmethodType, classmethodType]) {
  // sm_memberlist, cm_memberlist: __func__, and from 3.10 __wrapped__, are the callable.
  defGetSet(t, '__func__', (o) => abs.incref((o as PyDescr).parts[0] ?? None));
  defGetSet(t, '__wrapped__', (o) => abs.incref((o as PyDescr).parts[0] ?? None));
  afterInherit.push(() => inVersions(t, '__wrapped__', (m) => m >= 10));
  defGetSet(
    t,
    '__dict__',
    (o) => abs.incref(holderDict(o as PyDescr)),
    (o, v) => setHolderDict(o as PyDescr, v),
  );
  t.tp_setattro = (o, name, v) => setAttrInHolder(o as PyDescr, name, v);
}

for (const t of [staticmethodType, classmethodType]) registerBuiltin(t.tp_name, () => abs.incref(t));

export { strType };
export type { PyStr };
