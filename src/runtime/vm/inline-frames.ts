// Python-to-Python calls the loop runs itself, without a JS call (3.11's inlined frames):
// pushing a function's, an __init__'s or a comprehension's frame, and popping it when done.
import { PyErr } from '../errors';
import { CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS, PyCode } from '../objects/code';
import { typeError } from '../objects/exceptions';
import { functionType, newCell, PyFunction } from '../objects/function';
import { PyObject, PyType } from '../objects/object';
import { None } from '../objects/singletons';
import { PyStr } from '../objects/str';
import { newTuple, PyTuple } from '../objects/tuple';
import { R } from '../state';
import { objectType, typeType } from '../objects/typeobject';
import { classCallLookups, newInstance, solidBase } from '../objects/classes';
import { bindArguments, Builtins, releaseFrame } from './call';
import { Frame, newCodeFrame, newFunctionFrame, recycleFrame } from './frame';
import { takeFrameObject } from './frameobject';
import { VM } from './vmstate';
import { enterLevel, enterTpCall, recursionError } from './budget';

/**
 * Is the callable of CALL n a plain Python function the loop can run without a JS call?
 * Before 3.11 a CALL_KW is not: CPython drops its names tuple after the callee has run.
 */
export function inlinableCall(f: Frame, n: number, kw: boolean): boolean {
  if (kw && R.minor < 11) return false;
  const base = f.sp - n - 2;
  const callable = f.stack[base] ?? f.stack[base + 1]!;
  return callable.ob_type === functionType && ((callable as PyFunction).code.flags & CO_GENERATOR) === 0;
}

/**
 * CALL of a Python function, run by the same loop so Python recursion does not grow the
 * JS stack. 3.11+ (_PyEvalFramePushAndInit): the arguments move from the caller's stack
 * into the new frame, which holds the function until it returns. Before 3.11
 * (call_function): the callee takes new references and the caller's stack keeps its
 * own until the call is over (popFrame drops them, from `argBase` up).
 */
export function pushFrame(f: Frame, n: number, kwnames: PyStr[] | null): Frame {
  const stack = f.stack;
  const base = f.sp - n - 2;
  const first = stack[base];
  const func = (first ?? stack[base + 1]) as PyFunction;
  const start = first !== null ? base + 1 : base + 2;
  const owned = R.minor >= 11;
  const code = func.code;
  const nf = newFunctionFrame(func, Builtins.dict);
  nf.frameObject = takeFrameObject(code);
  const nargs = f.sp - start;
  if (kwnames === null && nargs === code.argcount && hasPlainArgs(func)) {
    // Positional arguments only, one per parameter: what bindArguments would do, from the stack.
    const fast = nf.fast;
    for (let i = 0; i < nargs; i++) {
      const v = stack[start + i]!;
      if (!owned) R.heap.incref(v);
      fast[i] = v;
    }
    if (owned) clearCallItems(f, base);
  } else {
    const args = stack.slice(start, f.sp) as PyObject[];
    if (owned) clearCallItems(f, base);
    try {
      bindArguments(nf, func, args, kwnames, owned);
    } catch (e) {
      releaseFrame(nf);
      if (owned) R.heap.decref(func);
      else dropCallItems(f, base);
      throw e;
    }
  }
  if (!enterLevel()) {
    releaseFrame(nf);
    if (owned) R.heap.decref(func);
    const err = recursionError();
    if (!owned) dropCallItems(f, base);
    throw err;
  }
  nf.inlined = true;
  nf.argBase = owned ? -1 : base;
  nf.back = f;
  nf.state = 'running';
  VM.frame = nf;
  return nf;
}

/**
 * CALL_COMPREHENSION n (3.12+): the comprehension's code runs in a frame of its own, given
 * the iterator as `.0` and the n cells on the stack as its free variables; CPython compiles
 * it into the enclosing code (PEP 709), so no function, closure tuple or recursion level is made.
 */
export function pushComprehensionFrame(f: Frame, n: number): Frame {
  const stack = f.stack;
  const iter = stack[--f.sp]!;
  const code = stack[--f.sp] as PyCode;
  const nf = newCodeFrame(code, f.globals, f.builtins);
  const fast = nf.fast;
  fast[0] = iter;
  const nv = code.varnames.length;
  for (let i = 0; i < code.cellvars.length; i++) fast[nv + i] = newCell(null);
  const base = nv + code.cellvars.length;
  f.sp -= n;
  for (let i = 0; i < n; i++) {
    fast[base + i] = stack[f.sp + i];
    stack[f.sp + i] = null;
  }
  R.heap.decref(code);
  nf.inlined = true;
  nf.comprehension = true;
  // Its lines are its caller's (one frame in CPython): the line running goes on, not a new one.
  nf.line = f.line;
  nf.back = f;
  nf.state = 'running';
  VM.frame = nf;
  return nf;
}

/** The frame an inlined comprehension's LOAD_OUTER, STORE_OUTER or DELETE_OUTER reaches (hops in the argument's high bits). */
export function outerFrame(f: Frame, arg: number): Frame {
  let t = f;
  for (let hops = arg >> 16; hops > 0; hops--) t = t.back!;
  return t;
}

/** No *args, **kwargs, keyword-only parameters, cells or closure: arguments bind one to one. */
function hasPlainArgs(func: PyFunction): boolean {
  const code = func.code;
  return (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && code.kwonlyargcount === 0 && code.cellvars.length === 0 && func.closure === null;
}

/** The call's stack items moved into the callee (3.11+): the caller's slots are emptied. */
function clearCallItems(f: Frame, base: number): void {
  const stack = f.stack;
  for (let i = base; i < f.sp; i++) stack[i] = null;
  f.sp = base;
}

/** The caller releases what it pushed for the call, top first (call_function before 3.11). */
function dropCallItems(f: Frame, base: number): void {
  const stack = f.stack;
  while (f.sp > base) {
    const v = stack[--f.sp];
    if (v !== null) R.heap.decref(v);
  }
}

/**
 * CALL of a class whose instances are plain objects and whose __init__ is a Python function
 * taking the arguments one to one: what type_call does (the args tuple up to 3.12, the
 * instance, then __init__), with __init__ run by the loop itself (3.13's
 * CALL_ALLOC_AND_ENTER_INIT). Returns the __init__ to run, or null for the general path.
 */
export function inlinableInit(f: Frame, n: number): PyFunction | null {
  const base = f.sp - n - 2;
  if (f.stack[base] !== null) return null;
  const t = f.stack[base + 1]!;
  if (t.ob_type !== typeType || !(t as PyType).isHeapType) return null;
  const cls = t as PyType;
  const { userNew, userInit: init } = classCallLookups(cls);
  if (userNew !== null || init === null || init.ob_type !== functionType || solidBase(cls) !== objectType) return null;
  const func = init as PyFunction;
  return func.code.argcount === n + 1 && (func.code.flags & CO_GENERATOR) === 0 && hasPlainArgs(func) ? func : null;
}

/** Start the __init__ inlinableInit found: the new instance and the arguments are its locals. */
export function pushInitFrame(f: Frame, n: number, init: PyFunction, entersInit: boolean): Frame {
  const stack = f.stack;
  const base = f.sp - n - 2;
  const cls = stack[base + 1] as PyType;
  let argsTuple: PyTuple | null = null;
  if (n > 0 && !entersInit) {
    // _PyObject_MakeTpCall
    const args = stack.slice(base + 2, f.sp) as PyObject[];
    for (const a of args) R.heap.incref(a);
    argsTuple = newTuple(args);
  }
  let obj: PyObject;
  let levels = 0;
  try {
    levels = enterTpCall();
    obj = newInstance(cls);
  } catch (e) {
    VM.depth -= levels;
    if (argsTuple !== null) R.heap.decref(argsTuple);
    throw e;
  }
  // 3.13's CALL_ALLOC_AND_ENTER_INIT pushes a shim frame under __init__'s, a level unchecked.
  if (entersInit) {
    VM.depth++;
    levels++;
  }
  const nf = newFunctionFrame(init, Builtins.dict);
  nf.frameObject = takeFrameObject(init.code);
  const fast = nf.fast;
  R.heap.incref(obj);
  fast[0] = obj;
  for (let i = 0; i < n; i++) {
    const v = stack[base + 2 + i]!;
    R.heap.incref(v);
    fast[i + 1] = v;
  }
  nf.initSelf = obj;
  nf.initTuple = argsTuple;
  nf.initLevels = levels;
  nf.argBase = base;
  if (!enterLevel()) {
    VM.depth -= levels;
    releaseFrame(nf, f);
    dropInit(nf);
    recycleFrame(nf);
    throw recursionError();
  }
  nf.inlined = true;
  nf.back = f;
  nf.state = 'running';
  VM.frame = nf;
  return nf;
}

/** What type_call and its caller release once __init__ is over: the instance (on failure), the args tuple. */
function dropInit(f: Frame, keepSelf = false): PyObject {
  const obj = f.initSelf!;
  const t = f.initTuple;
  f.initSelf = null;
  f.initTuple = null;
  if (!keepSelf) R.heap.decref(obj);
  if (t !== null) R.heap.decref(t);
  return obj;
}

/**
 * An inlined __init__ returned v: the instance takes the call's place on the caller's
 * stack, or, when v is not None, the error to raise there is returned.
 */
export function popInitFrame(f: Frame, v: PyObject): PyErr | null {
  const base = f.argBase;
  f.argBase = -1;
  const caller = leaveFrame(f);
  releaseFrame(f, caller);
  R.heap.decref(v);
  const ok = v === None;
  const obj = dropInit(f, ok);
  dropCallItems(caller, base);
  recycleFrame(f);
  if (!ok) return typeError(`__init__() should return None, not '${v.ob_type.tp_name}'`);
  caller.stack[caller.sp++] = obj;
  return null;
}

/** The inlined frame f is done: what its stack still holds goes, and it leaves the call depth. */
function finishInlined(f: Frame): void {
  while (f.sp > 0) {
    const v = f.stack[--f.sp];
    if (v !== null) R.heap.decref(v);
  }
  f.state = 'done';
  if (!f.comprehension) VM.depth -= 1 + f.initLevels;
}

/** The inlined frame f is done and its caller runs again. */
function leaveFrame(f: Frame): Frame {
  const caller = f.back!;
  finishInlined(f);
  f.back = null;
  VM.frame = caller;
  R.heap.resumeLine(caller.line);
  return caller;
}

/**
 * An inlined frame is finished (returned, or raised: `returned` false): drop its locals and
 * the function, back to the caller.
 */
export function popFrame(f: Frame, returned = false): Frame {
  if (f.initSelf !== null) {
    // __init__ raised: the instance and the call's items go with it.
    const base = f.argBase;
    f.argBase = -1;
    const caller = leaveFrame(f);
    releaseFrame(f, caller);
    dropInit(f);
    dropCallItems(caller, base);
    recycleFrame(f);
    return caller;
  }
  const caller = f.back!;
  finishInlined(f);
  const base = f.argBase;
  if (base < 0) {
    // An inlined comprehension ends on its last line, which is the caller's line then.
    if (f.comprehension) caller.line = f.line;
    // The caller's line resumes before the frame is cleared (GH-99729: the frame is unlinked
    // first), so the caller's frame object that f_back makes is that line's, as tracemalloc says.
    R.heap.resumeLine(caller.line);
    // The caller is current before the clear too (GH-99729), so a generator its locals close
    // runs linked to the caller and a failed close reports the caller's line. 3.11 does so in
    // RETURN_VALUE; a raising frame's locals stay with the traceback's frame object there.
    if (R.minor >= 12 || returned) VM.frame = caller;
    releaseFrame(f, caller);
    f.back = null;
    VM.frame = caller;
    if (f.func !== null) R.heap.decref(f.func);
  } else {
    // Before 3.11 the caller is current again and its line resumes, then the frame goes, then the call's items.
    f.back = null;
    VM.frame = caller;
    R.heap.resumeLine(caller.line);
    releaseFrame(f, caller);
    dropCallItems(caller, base);
  }
  recycleFrame(f);
  return caller;
}
