// Callables (Objects/funcobject.c, methodobject.c, descrobject.c, classobject.c):
// Python functions and their cells, builtin functions, builtin method descriptors,
// and bound methods.
import { R } from '../state';
import * as freelists from '../freelists';
import { PyCode } from './code';
import type { PyDict } from './dict';
import { PyObject, PyType } from './object';
import type { PyStr } from './str';
import type { PyTuple } from './tuple';
import { afterInherit, readyType } from './typeobject';

/** PyFunctionObject's basicsize per minor version (the request adds the GC head). */
const FUNC_BASICSIZE: Record<number, number> = { 8: 120, 9: 120, 10: 128, 11: 136, 12: 144, 13: 144, 14: 152 };

export class PyFunction extends PyObject {
  defaults: PyTuple | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyTuple | null = null;
  /** func_annotations: a dict, or from 3.10 the flat (name, value, ...) tuple MAKE_FUNCTION left until first read. */
  annotations: PyObject | null = null;
  /** func_doc once assigned (null after `del f.__doc__` or a gc clear); undefined while it is the code's docstring. */
  doc: PyObject | null | undefined = undefined;
  /** func_module once assigned (null after a gc clear); undefined while it reads the globals' __name__. */
  module: PyObject | null | undefined = undefined;
  /** func_typeparams (3.12+): null reads as (). */
  typeParams: PyTuple | null = null;
  /** func_dict: made when __dict__ is first read or an attribute first set (PyObject_GenericGetDict, _PyObjectDict_SetItem). */
  dictObj: PyDict | null = null;
  name: string;
  qualname: string;
  /** func_name and func_qualname: the code's co_name and qualified name, until assigned. */
  nameObj: PyStr | null;
  qualnameObj: PyStr | null;
  constructor(
    type: PyType,
    public code: PyCode,
    readonly globals: PyDict,
  ) {
    super(type);
    this.name = code.name;
    this.qualname = code.qualname;
    this.nameObj = code.nameObj as PyStr | null;
    this.qualnameObj = code.qualnameObj as PyStr | null;
  }
}

export const functionType = readyType(new PyType(null, 'function'), undefined, { gc: true, basetype: false });
functionType.tp_flags_method_descriptor = true;
const funcBytes = (): number => (FUNC_BASICSIZE[R.minor] ?? 136) + 16;
functionType.tp_sizeof = () => funcBytes() - 16;

export function newFunction(code: PyCode, globals: PyDict): PyFunction {
  R.heap.incref(code);
  R.heap.incref(globals);
  if (code.nameObj !== null) R.heap.incref(code.nameObj);
  if (code.qualnameObj !== null) R.heap.incref(code.qualnameObj);
  return R.heap.newObject(new PyFunction(functionType, code, globals), funcBytes(), 16);
}

functionType.tp_dealloc = (o) => {
  const f = o as PyFunction;
  R.heap.decref(f.code);
  R.heap.decref(f.globals);
  if (f.defaults) R.heap.decref(f.defaults);
  if (f.kwdefaults) R.heap.decref(f.kwdefaults);
  if (f.closure) R.heap.decref(f.closure);
  if (f.annotations) R.heap.decref(f.annotations);
  if (f.doc) R.heap.decref(f.doc);
  if (f.nameObj) R.heap.decref(f.nameObj);
  if (f.qualnameObj) R.heap.decref(f.qualnameObj);
  if (f.module) R.heap.decref(f.module);
  if (f.dictObj) R.heap.decref(f.dictObj);
  if (f.typeParams) R.heap.decref(f.typeParams);
  R.heap.freeObject(o, funcBytes());
};
functionType.tp_traverse = (o, visit) => {
  const f = o as PyFunction;
  visit(f.globals);
  if (f.defaults) visit(f.defaults);
  if (f.kwdefaults) visit(f.kwdefaults);
  if (f.closure) visit(f.closure);
  if (f.annotations) visit(f.annotations);
  if (f.doc) visit(f.doc);
  if (f.module) visit(f.module);
  if (f.dictObj) visit(f.dictObj);
  if (f.typeParams) visit(f.typeParams);
};

/** A cell: one variable shared between a function and the closures that use it. */
export class PyCell extends PyObject {
  ref: PyObject | null = null;
}
export const cellType = readyType(new PyType(null, 'cell'), undefined, { gc: true, basetype: false });
cellType.tp_sizeof = () => 24;
export function newCell(v: PyObject | null): PyCell {
  const c = R.heap.newObject(new PyCell(cellType), 40, 16);
  c.ref = v;
  return c;
}
cellType.tp_dealloc = (o) => {
  const c = o as PyCell;
  if (c.ref) R.heap.decref(c.ref);
  R.heap.freeObject(o, 40);
};
cellType.tp_traverse = (o, visit) => {
  const c = o as PyCell;
  if (c.ref) visit(c.ref);
};

/** The signature every builtin implementation has: positional args and keyword names (their values end args). */
export type NativeFn = (args: PyObject[], kwnames: PyStr[] | null) => PyObject;
/** A builtin method implementation: the receiver first. */
export type NativeMethod = (self: PyObject, args: PyObject[], kwnames: PyStr[] | null) => PyObject;

/** The METH_VARARGS flags builtin-call.ts's methVarargs put on an implementation (0: none). */
const varargsOf = (fn: object | null): number => (fn as { methVarargs?: number } | null)?.methVarargs ?? 0;

/** builtin_function_or_method: len, print, and module functions (statically allocated). */
export class PyCFunction extends PyObject {
  /** METH_VARARGS by version (builtin-call.ts, which calls builtins). */
  varargs: number;
  constructor(
    type: PyType,
    readonly name: string,
    readonly fn: NativeFn,
    readonly module: string | null,
  ) {
    super(type);
    this.varargs = varargsOf(fn);
  }
  /** m_self and m_module of a module's function made at import (references); the static builtins' are not counted. */
  mSelf: PyObject | null = null;
  mModule: PyObject | null = null;
}
export const cfunctionType = readyType(new PyType(null, 'builtin_function_or_method'), undefined, { gc: true, basetype: false });
cfunctionType.tp_sizeof = () => 56;
// meth_dealloc (Objects/methodobject.c): the module and its name go.
cfunctionType.tp_dealloc = (o) => {
  const f = o as PyCFunction;
  if (f.mSelf !== null) R.heap.decref(f.mSelf);
  if (f.mModule !== null) R.heap.decref(f.mModule);
  f.mSelf = f.mModule = null;
  freeCFunction(o);
};

/** The end of meth_dealloc: 3.8 keeps the object on its free list, later versions free it. */
function freeCFunction(o: PyObject): void {
  if (R.minor === 8 && freelists.push(freelists.CFUNCTION_LIST, freelists.CFUNCTION_MAXFREELIST, o, freelists.CFUNCTION_BYTES)) return;
  R.heap.freeObject(o, freelists.CFUNCTION_BYTES);
}
cfunctionType.tp_traverse = (o, visit) => {
  const f = o as PyCFunction;
  if (f.mSelf !== null) visit(f.mSelf);
  if (f.mModule !== null) visit(f.mModule);
};

export function newCFunction(name: string, fn: NativeFn, module: string | null = 'builtins'): PyCFunction {
  return R.heap.newStatic(new PyCFunction(cfunctionType, name, fn, module), 72);
}

/** method_descriptor: a builtin type's method, such as list.append (static). */
export class PyMethodDescr extends PyObject {
  /** METH_VARARGS by version (builtin-call.ts, which calls builtins). */
  varargs: number;
  constructor(
    type: PyType,
    readonly name: string,
    readonly owner: PyType,
    readonly fn: NativeMethod,
  ) {
    super(type);
    this.varargs = varargsOf(fn);
  }
}
export const methodDescrType = readyType(new PyType(null, 'method_descriptor'), undefined, { gc: true, basetype: false });
methodDescrType.tp_flags_method_descriptor = true;

/** Define a builtin method on a builtin type. */
export function defMethod(owner: PyType, name: string, fn: NativeMethod): void {
  const d = new PyMethodDescr(methodDescrType, name, owner, fn);
  owner.tp_dict.set(name, d);
}

/** A bound method object (PyMethodObject): a function plus the instance it was looked up on. */
export class PyMethod extends PyObject {
  constructor(
    type: PyType,
    readonly func: PyObject,
    readonly self: PyObject,
  ) {
    super(type);
  }
}
export const methodType = readyType(new PyType(null, 'method'), undefined, { gc: true, basetype: false });
methodType.tp_sizeof = () => 48;

/** A new bound method (takes new references to func and self). */
export function newMethod(func: PyObject, self: PyObject): PyMethod {
  R.heap.incref(func);
  R.heap.incref(self);
  const m = new PyMethod(methodType, func, self);
  return (R.minor === 8 ? freelists.pop(freelists.METHOD_LIST, m, 16) : null) ?? R.heap.newObject(m, freelists.METHOD_BYTES, 16);
}
methodType.tp_dealloc = (o) => {
  const m = o as PyMethod;
  R.heap.decref(m.func);
  R.heap.decref(m.self);
  if (R.minor === 8 && freelists.push(freelists.METHOD_LIST, freelists.METHOD_MAXFREELIST, o, freelists.METHOD_BYTES)) return;
  R.heap.freeObject(o, freelists.METHOD_BYTES);
};
methodType.tp_traverse = (o, visit) => {
  visit((o as PyMethod).func);
  visit((o as PyMethod).self);
};

/** A builtin method bound to its receiver (builtin_function_or_method with __self__). */
export class PyBoundBuiltin extends PyObject {
  constructor(
    type: PyType,
    readonly descr: PyMethodDescr,
    readonly self: PyObject,
  ) {
    super(type);
  }
}
export const boundBuiltinType = readyType(new PyType(null, 'builtin_function_or_method'), undefined, { gc: true, basetype: false });
// A static type under object keeps its empty tp_new (inherit_special): type_call then says
// "cannot create 'builtin_function_or_method' instances".
afterInherit.push(() => {
  cfunctionType.tp_new = undefined;
  boundBuiltinType.tp_new = undefined;
});
boundBuiltinType.tp_dealloc = (o) => {
  R.heap.decref((o as PyBoundBuiltin).self);
  freeCFunction(o);
};

/** PyCFunction_NewEx for a method bound to self: from 3.8's free list when it has one. */
export function newBoundBuiltin(descr: PyMethodDescr, self: PyObject): PyBoundBuiltin {
  R.heap.incref(self);
  const b = new PyBoundBuiltin(boundBuiltinType, descr, self);
  return (R.minor === 8 ? freelists.pop(freelists.CFUNCTION_LIST, b, 16) : null) ?? R.heap.newObject(b, freelists.CFUNCTION_BYTES, 16);
}
methodDescrType.tp_descr_get = (d, obj) => {
  if (obj === null) {
    R.heap.incref(d);
    return d;
  }
  return newBoundBuiltin(d as PyMethodDescr, obj);
};
/**
 * classmethod_descriptor (Objects/descrobject.c): a method descriptor of its own type that binds
 * the class it is looked up on (slot-wrappers.ts classmethod_get, classmethoddescr_call).
 */
export const classMethodDescrType = readyType(new PyType(null, 'classmethod_descriptor'), undefined, { gc: true, basetype: false });

/** A builtin type's class method (dict.fromkeys, bytes.fromhex, int.from_bytes): fn gets the class first. */
export function defClassMethod(owner: PyType, name: string, fn: NativeMethod): void {
  const d = new PyMethodDescr(classMethodDescrType, name, owner, fn);
  owner.tp_dict.set(name, d);
}
