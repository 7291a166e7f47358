// LOAD_METHOD and the calls the loop makes through JS (CALL of a builtin or a class, CALL_KW,
// CALL_FUNCTION_EX), with the argument tuple _PyObject_MakeTpCall packs.
import * as abs from '../objects/abstract';
import { dictType, newDict, PyDict, stackAsDict } from '../objects/dict';
import { mergeMapping } from './slow-ops';
import { boundBuiltinType, cfunctionType, functionType, methodDescrType, methodType, PyBoundBuiltin, PyCFunction, PyFunction, PyMethod, PyMethodDescr } from '../objects/function';
import { callBound, callCFunction, callMethodDescr, passTupleAsIs, Varargs } from '../objects/builtin-call';
import { callChecks3_11 } from './specialize-3-11';
import { isSubtype, PyObject, PyType, typeLookup } from '../objects/object';
import { PyStr, strType } from '../objects/str';
import { intType } from '../objects/int';
import { newTuple, PyTuple, tupleType } from '../objects/tuple';
import { sequenceTuple } from '../objects/sequence';
import { R } from '../state';
import { genericGetAttr, typeType } from '../objects/typeobject';
import { classCallLookups } from '../objects/classes';
import { slotTpCall } from '../objects/class-slots';
import { callFunction } from './call';
import { Frame } from './frame';
import { keywordsNotStrings, starArgNotIterable } from './funcstr';
import { VM } from './vmstate';
import { builtinVectorcall } from './specialize-call';
import { enterTpCall } from './budget';

/** LOAD_METHOD: [obj] -> [method, obj] for a plain function on the type, else (or as LOAD_ATTR, `bind`) [NULL, attr]. */
export function loadMethod(f: Frame, name: PyStr, bind = false): void {
  const obj = f.stack[f.sp - 1]!;
  const [m, unbound] = getMethod(obj, name, bind);
  if (unbound) {
    f.stack[f.sp - 1] = m;
    f.stack[f.sp++] = obj;
    return;
  }
  f.stack[f.sp - 1] = null;
  f.stack[f.sp++] = m;
  R.heap.decref(obj);
}

/**
 * _PyObject_GetMethod: a function (or Py_TPFLAGS_METHOD_DESCRIPTOR type: method and wrapper
 * descriptors) found on the type and not in the instance, unbound (true: to be called with
 * obj); else, or `bind`, the attribute (false). A new reference.
 */
export function getMethod(obj: PyObject, name: PyStr, bind = false): [PyObject, boolean] {
  const tp = obj.ob_type;
  if (!bind && (tp.tp_getattro === genericGetAttr || (tp.isHeapType && classCallLookups(tp).genericGetattr))) {
    const descr = typeLookup(tp, name.value);
    if (descr !== null && descr.ob_type.tp_flags_method_descriptor && !inInstanceDict(obj, name)) return [abs.incref(descr), true];
  }
  return [abs.getAttr(obj, name), false];
}

/** PyObject_CallMethodNoArgs (3.9+: _PyObject_GetMethod, no bound method made); 3.8's _PyObject_CallMethodId binds it. */
export function callMethodNoArgs(obj: PyObject, name: PyStr): PyObject {
  const [m, unbound] = getMethod(obj, name, R.minor === 8);
  try {
    return abs.call(m, unbound ? [obj] : []);
  } finally {
    R.heap.decref(m);
  }
}

/** Does the instance's own attributes (its values, or its materialized __dict__) hold name, as genericGetAttr reads them? */
function inInstanceDict(o: PyObject, name: PyStr): boolean {
  if (o.dict === null) return false;
  if (o.dict.has(name.value)) return true;
  const d = (o as { dictObj?: PyDict | null }).dictObj;
  return d !== undefined && d !== null && d.getStr(name) !== null;
}

/**
 * A call of a type without a vectorcall goes through _PyObject_MakeTpCall (Objects/call.c),
 * which packs the positional arguments into a tuple for tp_call. That is every type in 3.8,
 * and classes and builtin types without one after; but not once the call site has
 * specialized to a form that calls without it (`specialized`: 3.13's CALL_ALLOC_AND_ENTER_INIT
 * for a class, 3.11/3.12's CALL_NO_KW_STR_1 for str); and an instance of a class with
 * __call__ (slot_tp_call). (Slot wrappers, bound or not, pack in their own tp_call:
 * slot-wrappers.ts.)
 */
function callsThroughTuple(callable: PyObject, nargs: number, specialized: boolean): boolean {
  if (!isSubtype(callable.ob_type, typeType)) return callable.ob_type.tp_call === slotTpCall;
  if (specialized) return false;
  const t = callable as PyType;
  if (t.isHeapType || R.minor === 8) return true;
  if (t === typeType) return !(R.minor >= 10 && nargs === 1);
  return !builtinVectorcall(t);
}

/**
 * _PyObject_MakeTpCall: the positional arguments go into a tuple for tp_call and the keywords
 * into a dict (_PyStack_AsDict), released after the call, the tuple first (onto their free lists).
 */
function makeTpCall(callable: PyObject, args: PyObject[], kwnames: PyStr[] | null, given: PyDict | null = null): PyObject {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  for (let i = 0; i < npos; i++) R.heap.incref(args[i]);
  const argsTuple = newTuple(args.slice(0, npos));
  const kwargs = nkw > 0 && given === null ? stackAsDict(args, npos, kwnames!) : null;
  try {
    return tpCallPacked(callable, args, kwnames, argsTuple, kwargs ?? given);
  } finally {
    R.heap.decref(argsTuple);
    if (kwargs !== null) R.heap.decref(kwargs);
  }
}

/**
 * PyObject_Call of a class (or an instance with __call__), which has no vectorcall: tp_call
 * gets CALL_FUNCTION_EX's very tuple and dict, as type_call does after _PyObject_MakeTpCall.
 */
function tpCallPacked(callable: PyObject, args: PyObject[], kwnames: PyStr[] | null, argsTuple: PyTuple, kwargs: PyDict | null): PyObject {
  const tpCall = VM.tpCall;
  const outer = tpCall.args;
  const outerCallee = tpCall.callee;
  const outerKwargs = tpCall.kwargs;
  tpCall.args = argsTuple;
  tpCall.callee = callable;
  tpCall.kwargs = kwargs;
  let levels = 0;
  try {
    levels = enterTpCall();
    return abs.call(callable, args, kwnames);
  } finally {
    VM.depth -= levels;
    tpCall.args = outer;
    tpCall.callee = outerCallee;
    tpCall.kwargs = outerKwargs;
  }
}

/**
 * PyObject_Call(callable, args, NULL) from C code that holds a tuple (starmap_next): a class's
 * or __call__ instance's tp_call, or a builtin that takes a tuple, gets that very tuple.
 */
export function objectCall(callable: PyObject, argsTuple: PyTuple): PyObject {
  const args = argsTuple.items.slice();
  if (!hasVectorcall(callable) && (isSubtype(callable.ob_type, typeType) || callable.ob_type.tp_call === slotTpCall)) {
    return tpCallPacked(callable, args, null, argsTuple, null);
  }
  try {
    passTupleAsIs(callable, argsTuple);
    return abs.call(callable, args, null);
  } finally {
    Varargs.given = null;
  }
}

/** PyObject_Vectorcall: a callable without a vectorcall gets its arguments in a tuple and a dict (_PyObject_MakeTpCall). */
export function vectorcall(callable: PyObject, args: PyObject[], kwnames: PyStr[] | null, specialized = false): PyObject {
  if (specialized && R.minor >= 13) return enterInitThroughShim(callable, args, kwnames);
  if (!callsThroughTuple(callable, args.length, specialized) && !packsKeywords(callable, kwnames)) return abs.call(callable, args, kwnames);
  if (args.length > 0) return makeTpCall(callable, args, kwnames);
  return tpCallNoArgs(callable);
}

/** 3.13's CALL_ALLOC_AND_ENTER_INIT of an __init__ the loop does not run itself: the shim frame under it is a level, unchecked. */
function enterInitThroughShim(callable: PyObject, args: PyObject[], kwnames: PyStr[] | null): PyObject {
  VM.depth++;
  try {
    return abs.call(callable, args, kwnames);
  } finally {
    VM.depth--;
  }
}

/** _PyObject_MakeTpCall with no arguments: the empty tuple, and the call's level of depth. */
function tpCallNoArgs(callable: PyObject): PyObject {
  const levels = enterTpCall();
  try {
    return abs.call(callable, [], null);
  } finally {
    VM.depth -= levels;
  }
}

/**
 * 3.13's vectorcalls of str and int take no keywords themselves: given any, they pack the
 * arguments into a tuple and a dict as _PyObject_MakeTpCall does (unicode_vectorcall's
 * fallback to unicode_new; long_vectorcall calls _PyObject_MakeTpCall).
 */
function packsKeywords(callable: PyObject, kwnames: PyStr[] | null): boolean {
  return kwnames !== null && kwnames.length > 0 && R.minor >= 13 && (callable === strType || callable === intType);
}

/**
 * PyObject_VectorcallDict / _PyObject_FastCallDict with keywords in a dict: a callable without a
 * vectorcall gets that very dict (an empty one counts as none), one with a vectorcall the
 * keywords unpacked.
 */
export function vectorcallDict(callable: PyObject, args: PyObject[], kwargs: PyDict | null): PyObject {
  const kwn: PyStr[] = [];
  const kwv: PyObject[] = [];
  if (kwargs !== null) {
    for (const [k, v] of kwargs.entries()) {
      kwn.push(k as PyStr);
      kwv.push(v);
    }
  }
  const all = [...args, ...kwv];
  const names = kwn.length > 0 ? kwn : null;
  // _PyObject_FastCallDictTstate: a callable with a vectorcall gets the keywords unpacked; type's
  // (3.10+, type_vectorcall) passes three arguments on to _PyObject_MakeTpCall, which makes
  // its own dict of them.
  const throughTuple = callsThroughTuple(callable, all.length, false);
  const viaVectorcall = callable === typeType ? R.minor >= 10 : !throughTuple;
  if (names !== null && viaVectorcall) {
    const release = unpackDict(all.length, names);
    try {
      return vectorcall(callable, all, names);
    } finally {
      release();
    }
  }
  if (!throughTuple) return abs.call(callable, all, names);
  if (all.length > 0) return makeTpCall(callable, all, names, names === null ? null : kwargs);
  return tpCallNoArgs(callable);
}

/** CALL n / CALL_KW n: [NULL|method, callable|self, args...] -> [result]. */
/**
 * 3.11+ (PRECALL in 3.11, CALL and CALL_KW after): a bound method called with no self on the
 * stack is replaced by its function and self, so the method object goes before the call.
 */
export function unpackBoundMethod(f: Frame, n: number): void {
  if (R.minor < 11) return;
  const base = f.sp - n - 2;
  const m = f.stack[base + 1];
  if (f.stack[base] !== null || m === null || m.ob_type !== methodType) return;
  f.stack[base] = abs.incref((m as PyMethod).func);
  f.stack[base + 1] = abs.incref((m as PyMethod).self);
  R.heap.decref(m);
}

/**
 * CALL with n arguments on f's stack. specialized: the instruction runs a form that makes no
 * arguments tuple (3.13's CALL_ALLOC_AND_ENTER_INIT, 3.11/3.12's str(x)); checked (3.11): whether
 * a builtin's call checks the depth, null to step a keyword call's instruction here.
 */
export function call(f: Frame, n: number, kwnames: PyStr[] | null, specialized = false, checked: boolean | null = null): void {
  const stack = f.stack;
  const base = f.sp - n - 2;
  const first = stack[base];
  let callable: PyObject;
  let args: PyObject[];
  if (first !== null) {
    callable = first;
    args = stack.slice(base + 1, f.sp) as PyObject[];
  } else {
    callable = stack[base + 1]!;
    args = stack.slice(base + 2, f.sp) as PyObject[];
  }
  let result: PyObject;
  if (callable.ob_type === functionType && R.minor >= 11) {
    // 3.11+: the arguments move from the caller's stack into the callee's frame.
    f.sp = base;
    stack[base] = null;
    try {
      result = callFunction(callable as PyFunction, args, kwnames, true);
    } finally {
      R.heap.decref(callable);
    }
    stack[f.sp++] = result;
    return;
  }
  try {
    const t = callable.ob_type;
    // 3.11: a builtin's call checks the depth unless the CALL runs a form that skips it (the CALL
    // instruction's step says which, vm/specialize-call.ts; a keyword call's is taken here).
    const checks = R.minor !== 11 || !(t === cfunctionType || t === methodDescrType || t === boundBuiltinType || callable === strType) || (checked ?? callChecks3_11(f, callable, args, kwnames));
    if (t === functionType) result = callFunction(callable as PyFunction, args, kwnames, false);
    // PRECALL_NO_KW_STR_1 / CALL_NO_KW_STR_1: PyObject_Str itself, no type call, level or tuple.
    else if (specialized && callable === strType && R.minor <= 12) result = abs.strObj(args[0]);
    else if (t === cfunctionType) result = callCFunction(callable as PyCFunction, args, kwnames, checks);
    else if (t === methodDescrType) result = callMethodDescr(callable as PyMethodDescr, args, kwnames, checks);
    else if (t === boundBuiltinType) result = callBound(callable as PyBoundBuiltin, args, kwnames, checks);
    else result = vectorcall(callable, args, kwnames, specialized);
  } finally {
    releaseCallStack(stack, base, f.sp);
    f.sp = base;
  }
  stack[f.sp++] = result;
}

/**
 * What a call leaves on the stack goes as CPython lets it go: up to 3.10 call_function pops it,
 * the last argument first and the callable last; from 3.11 CALL releases the callable, then the
 * arguments in order.
 */
function releaseCallStack(stack: (PyObject | null)[], base: number, top: number): void {
  const n = top - base;
  for (let k = 0; k < n; k++) {
    const i = R.minor >= 11 ? base + k : top - 1 - k;
    const v = stack[i];
    stack[i] = null;
    if (v !== null) R.heap.decref(v);
  }
}

/** The callables whose vectorcall PyObject_Call goes through (PyVectorcall_Call), among those the model knows. */
function hasVectorcall(callable: PyObject): boolean {
  const t = callable.ob_type;
  // 3.8's PyCFunction_Call (_PyMethodDef_RawFastCallDict) unpacks the same way.
  if (t === functionType || t === methodType || t === methodDescrType || t === cfunctionType || t === boundBuiltinType) return true;
  // A builtin type with a tp_vectorcall of its own (dict_vectorcall...): type objects have
  // Py_TPFLAGS_HAVE_VECTORCALL from 3.9, and _PyObject_Call reads the type's slot.
  return t === typeType && builtinVectorcall(callable as PyType);
}

/**
 * _PyStack_UnpackDict (Objects/call.c): a new stack for `slots` arguments (a PyMem block, one slot
 * more from 3.9) and a tuple of the keyword names; the function returned frees both as
 * _PyStack_UnpackDict_Free does, the stack first (the tuple onto its free list).
 */
export function unpackDict(slots: number, kwnames: readonly PyStr[]): () => void {
  const stackBytes = 8 * ((R.minor >= 9 ? 1 : 0) + slots);
  let stack = R.heap.malloc(stackBytes, 'call stack');
  let names: PyTuple | null = newTuple(kwnames.map((k) => abs.incref(k)));
  return () => {
    if (stack !== 0) R.heap.free(stack, stackBytes, 'call stack');
    stack = 0;
    if (names !== null) R.heap.decref(names);
    names = null;
  };
}

/**
 * PyVectorcall_Call (Objects/call.c) with keywords: the arguments are unpacked (unpackDict) and
 * both freed after the call. 3.12+ push a Python function's frame themselves
 * (_PyEvalFramePushAndInit_Ex) and free both once its arguments are bound, before its body runs.
 */
function callUnpackedDict(callable: PyObject, args: PyObject[], kwnames: PyStr[], afterBind: (() => void) | null = null): PyObject {
  // 3.8's method_call prepends self first (_PyObject_Call_Prepend), then unpacks for the function.
  const release = unpackDict((R.minor === 8 && callable.ob_type === methodType ? 1 : 0) + args.length, kwnames);
  const free = (): void => {
    release();
    if (afterBind !== null) afterBind();
    afterBind = null;
  };
  try {
    if (callable.ob_type === functionType && R.minor >= 12) return callFunction(callable as PyFunction, args, kwnames, false, free);
    return vectorcall(callable, args, kwnames);
  } finally {
    free();
  }
}

/** CALL_FUNCTION_EX: [NULL, callable, args tuple, kwargs dict?] -> [result]. */
export function callEx(f: Frame, flags: number): void {
  const stack = f.stack;
  let kwargs = flags & 1 ? (stack[--f.sp] as PyDict) : null;
  let argsTuple = stack[--f.sp] as PyTuple;
  const callable = stack[--f.sp]!;
  f.sp--; // NULL
  let released = false;
  try {
    // 3.8 passes a lone `**m` as it is: anything but an exact dict becomes one now.
    if (kwargs !== null && kwargs.ob_type !== dictType) {
      const d = newDict();
      try {
        mergeMapping(d, kwargs, callable);
      } catch (e) {
        R.heap.decref(d);
        throw e;
      }
      R.heap.decref(kwargs);
      kwargs = d;
    }
    // A lone `*a` is passed as it is: anything but a tuple becomes one now (PySequence_Tuple).
    if (argsTuple.ob_type !== tupleType) {
      if (!abs.canIterate(argsTuple)) throw starArgNotIterable(callable, argsTuple);
      const t = sequenceTuple(argsTuple);
      R.heap.decref(argsTuple);
      argsTuple = t;
    }
    const args = argsTuple.items.slice();
    let kwnames: PyStr[] | null = null;
    if (kwargs !== null && kwargs.used > 0) {
      kwnames = [];
      for (const [k, v] of kwargs.entries()) {
        if (!(k instanceof PyStr)) throw keywordsNotStrings(callable);
        kwnames.push(k);
        args.push(v);
      }
    }
    // 3.12+ push a Python function's frame here (_PyEvalFramePushAndInit_Ex): the arguments'
    // tuple and dict are released once they are bound, before the function's body runs.
    const release =
      R.minor >= 12 && callable.ob_type === functionType
        ? (): void => {
            R.heap.decref(argsTuple);
            if (kwargs) R.heap.decref(kwargs);
            released = true;
          }
        : null;
    if (release !== null && kwnames === null) stack[f.sp++] = callFunction(callable as PyFunction, args, null, false, release);
    else if (!hasVectorcall(callable) && (isSubtype(callable.ob_type, typeType) || callable.ob_type.tp_call === slotTpCall)) {
      stack[f.sp++] = tpCallPacked(callable, args, kwnames, argsTuple, kwargs);
    } else if (passTupleAsIs(callable, argsTuple) || kwnames === null || !hasVectorcall(callable)) stack[f.sp++] = abs.call(callable, args, kwnames);
    else stack[f.sp++] = callUnpackedDict(callable, args, kwnames, release);
  } finally {
    Varargs.given = null;
    R.heap.decref(callable);
    if (!released) {
      R.heap.decref(argsTuple);
      if (kwargs) R.heap.decref(kwargs);
    }
  }
}
