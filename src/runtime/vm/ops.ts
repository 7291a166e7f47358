// The less frequent instructions and the helpers of the evaluation loop: name
// lookups, method loading, calls, raising, and building containers.
import { PyErr, RunStop, BudgetExceeded, unsupported, reraiseErr } from '../errors';
import * as abs from '../objects/abstract';
import { CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS, PyCode } from '../objects/code';
import { dictType, newDictPresized, PyDict } from '../objects/dict';
import { dictMerge } from '../objects/dict-methods';
import {
  AssertionError,
  baseExceptionType,
  nameError,
  nameNotDefined,
  newException,
  PyBaseException,
  pyError,
  RecursionError,
  RuntimeError,
  StopIteration,
  typeError,
  attributeError,
  UnboundLocalError,
  valueError,
} from '../objects/exceptions';
import { cfunctionType, functionType, methodDescrType, newCell, newFunction, PyCell, PyCFunction, PyFunction } from '../objects/function';
import { listAppend, PyList, listExtend, listType } from '../objects/list';
import { isSubtype, PyObject, PyType, typeLookup } from '../objects/object';
import { None } from '../objects/singletons';
import { newStr, PyStr, strHash, strType } from '../objects/str';
import { newTuple, PyTuple, tupleType } from '../objects/tuple';
import { sequenceList, sequenceTuple } from '../objects/sequence';
import { PyInt } from '../objects/int';
import { R } from '../state';
import { genericGetAttr, objectType, typeType } from '../objects/typeobject';
import { classCallLookups, newInstance, solidBase } from '../objects/classes';
import { Op, OP_NAMES } from '../compiler/opcodes';
import { bindArguments, Builtins, callFunction, genSend, PyGenerator, releaseFrame } from './call';
import { Frame, newCodeFrame, newFunctionFrame, recycleFrame } from './frame';
import { takeFrameObject } from './frameobject';
import { duplicateKeyword, keywordsNotStrings, starArgNotIterable, starStarArgNotMapping } from './funcstr';
import { newTraceback } from '../objects/traceback';
import { VM } from './vmstate';
import { builtinVectorcall } from './specialize-call';
import { getLen, matchClassOp, matchKeysOp, matchKind } from './match';
import { buildClass, formatValue, importFrom, importName, buildSlice, buildSet, setAdd, setUpdate } from './hooks';
import { checkExceptStarType, exceptionGroupMatch, prepReraiseStar, typeMatcher } from '../objects/exception-group';

const STEP_CHUNK = 1 << 16;

/** Called when the step counter runs out: refill it, or stop the run past the step or time budget. */
export function stepBudget(): void {
  const ran = VM.chunk - VM.steps - 1;
  VM.stepBudget -= ran;
  if (VM.stepBudget <= 0) {
    throw new BudgetExceeded('steps', 'the script ran past its step budget (an endless loop?)');
  }
  if (Date.now() > VM.deadline) throw new BudgetExceeded('time', 'the script ran past its time budget (an endless loop?)');
  // A fast endless loop records millions of events a second: the run stops before its trace
  // is too big to keep and summarise in the time the extension gives it.
  const h = R.heap;
  const used = h.trace.bytesUsed;
  if (used > h.traceBudgetBytes) {
    throw new BudgetExceeded('trace', `the script's trace passed its budget of ${Math.round(h.traceBudgetBytes / 1048576)} MiB of events (an endless loop?)`);
  }
  // A chunk of a fast loop records megabytes: near the trace budget the next check comes
  // sooner, after half the steps the last chunk's rate would take to reach it.
  const perStep = Math.max(1, (used - VM.traceBytes) / Math.max(1, ran));
  VM.traceBytes = used;
  VM.chunk = Math.max(256, Math.min(STEP_CHUNK, Math.floor((h.traceBudgetBytes - used) / perStep / 2)));
  VM.steps = VM.chunk;
}

export function loadName(f: Frame, name: PyStr, pc: number): PyObject {
  // A module's code looks its names up in its globals first, as a function's LOAD_GLOBAL does.
  if (f.locals === f.globals) return loadGlobal(f, name, pc);
  const v = f.locals!.getStr(name) ?? f.globals.getStr(name) ?? f.builtins.getStr(name);
  if (v === null) throw nameNotDefined(name.value);
  R.heap.incref(v);
  return v;
}

/**
 * LOAD_GLOBAL at instruction pc, with a cache of three numbers per instruction, after
 * LOAD_GLOBAL_MODULE and LOAD_GLOBAL_BUILTIN (Python/specialize.c): the globals entry that
 * held the name, or -2 and the globals' stamp and the builtins entry. An entry that still
 * holds the same key object has the value a lookup would find (lookups compare keys by
 * identity first); a globals dict whose stamp is unchanged has had no key added.
 */
export function loadGlobal(f: Frame, name: PyStr, pc: number): PyObject {
  const g = f.globals;
  const cache = globalEntries(f.code);
  const at = (pc >> 1) * 3;
  const ix = cache[at];
  let v: PyObject | null = null;
  if (ix >= 0) {
    if (g.keys[ix] === name) v = g.values[ix];
  } else if (ix === -2 && cache[at + 1] === g.stamp) {
    const b = f.builtins;
    const bix = cache[at + 2];
    if (b.keys[bix] === name) v = b.values[bix];
  }
  if (v === null) {
    const found = g.lookup(name, strHash(name));
    if (found >= 0) {
      cache[at] = found;
      v = g.values[found];
    } else {
      const b = f.builtins;
      const bix = b.lookup(name, strHash(name));
      if (bix < 0) throw nameNotDefined(name.value);
      cache[at] = -2;
      cache[at + 1] = g.stamp;
      cache[at + 2] = bix;
      v = b.values[bix];
    }
  }
  R.heap.incref(v!);
  return v!;
}

/** The per-instruction entry cache of LOAD_GLOBAL, STORE_NAME and STORE_GLOBAL. */
function globalEntries(code: PyCode): Float64Array {
  return (code.globalEntries ??= new Float64Array((code.code.length >> 1) * 3).fill(-1));
}

/**
 * STORE_NAME / STORE_GLOBAL of v (a new reference, which d takes over) at instruction pc:
 * the entry that held the name last time, if it still does, is the one PyDict_SetItem
 * would find (lookups compare keys by identity first), so its value is replaced there.
 */
export function storeName(d: PyDict, name: PyStr, v: PyObject, code: PyCode, pc: number): void {
  const cache = globalEntries(code);
  const at = (pc >> 1) * 3;
  const ix = cache[at];
  if (ix >= 0 && d.keys[ix] === name) d.replaceAt(ix, name, v);
  else {
    d.set(name, v);
    cache[at] = d.lookup(name, strHash(name));
  }
  R.heap.decref(v);
}

function derefName(code: PyCode, i: number): string {
  const nv = code.varnames.length;
  return i - nv < code.cellvars.length ? code.cellvars[i - nv] : code.freevars[i - nv - code.cellvars.length];
}

export function unboundDeref(f: Frame, i: number): PyErr {
  const name = derefName(f.code, i);
  if (i - f.code.varnames.length < f.code.cellvars.length) {
    return pyError(
      UnboundLocalError,
      R.minor >= 11
        ? `cannot access local variable '${name}' where it is not associated with a value`
        : `local variable '${name}' referenced before assignment`,
    );
  }
  return nameError(
    R.minor >= 11
      ? `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`
      : `free variable '${name}' referenced before assignment in enclosing scope`,
  );
}

export function loadClassDeref(f: Frame, i: number): PyObject {
  const name = derefName(f.code, i);
  for (const [k, v] of f.locals!.entries()) {
    if (k instanceof PyStr && k.value === name) {
      R.heap.incref(v);
      return v;
    }
  }
  const v = (f.fast[i] as PyCell).ref;
  if (v === null) throw unboundDeref(f, i);
  R.heap.incref(v);
  return v;
}

/** LOAD_METHOD: [obj] -> [method, obj] for a plain function on the type, else [NULL, attr]. */
export function loadMethod(f: Frame, name: PyStr): void {
  const obj = f.stack[f.sp - 1]!;
  const tp = obj.ob_type;
  if (tp.tp_getattro === genericGetAttr || (tp.isHeapType && classCallLookups(tp).genericGetattr)) {
    const descr = typeLookup(tp, name.value);
    if (descr !== null && (descr.ob_type === functionType || descr.ob_type === methodDescrType)) {
      if (!inInstanceDict(obj, name)) {
        R.heap.incref(descr);
        f.stack[f.sp - 1] = descr;
        f.stack[f.sp++] = obj;
        return;
      }
    }
  }
  const attr = abs.getAttr(obj, name);
  f.stack[f.sp - 1] = null;
  f.stack[f.sp++] = attr;
  R.heap.decref(obj);
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
 * and classes and builtin types without one after; 3.13's classes only until the call
 * site specializes to CALL_ALLOC_AND_ENTER_INIT (`entersInit`).
 */
function callsThroughTuple(callable: PyObject, nargs: number, entersInit: boolean): boolean {
  if (!isSubtype(callable.ob_type, typeType)) return false;
  const t = callable as PyType;
  if (t.isHeapType) return !entersInit;
  if (R.minor === 8) return true;
  if (t === typeType) return !(R.minor >= 10 && nargs === 1);
  return !builtinVectorcall(t);
}

/**
 * _PyObject_MakeTpCall: the positional arguments go into a tuple for tp_call, released after
 * the call (onto the tuple free list). Calls with keywords also build a kwargs dict; not modeled.
 */
function makeTpCall(callable: PyObject, args: PyObject[]): PyObject {
  for (const a of args) R.heap.incref(a);
  const argsTuple = newTuple(args.slice());
  const tpCall = VM.tpCall;
  const outer = tpCall.args;
  const outerCallee = tpCall.callee;
  tpCall.args = argsTuple;
  tpCall.callee = callable;
  try {
    return abs.call(callable, args, null);
  } finally {
    tpCall.args = outer;
    tpCall.callee = outerCallee;
    R.heap.decref(argsTuple);
  }
}

/** CALL n / CALL_KW n: [NULL|method, callable|self, args...] -> [result]. */
export function call(f: Frame, n: number, kwnames: PyStr[] | null, entersInit = false): void {
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
    if (callable.ob_type === functionType) result = callFunction(callable as PyFunction, args, kwnames, false);
    else if (callable.ob_type === cfunctionType) result = (callable as PyCFunction).fn(args, kwnames);
    else if (callable.ob_type === methodDescrType) result = methodDescrType.tp_call!(callable, args, kwnames);
    else if (kwnames === null && args.length > 0 && callsThroughTuple(callable, args.length, entersInit)) result = makeTpCall(callable, args);
    else result = abs.call(callable, args, kwnames);
  } finally {
    while (f.sp > base) {
      const v = stack[--f.sp];
      if (v !== null) R.heap.decref(v);
    }
  }
  stack[f.sp++] = result;
}

/**
 * seq * n is about to build n copies: refuse it past the heap budget before the JS
 * array or string exists (a V8 array of 10**9 items aborts the process, it does not throw).
 */
export function checkRepeatBudget(a: PyObject, b: PyObject): void {
  let n: PyObject = b;
  let per = repeatItemBytes(a);
  if (per < 0) {
    per = repeatItemBytes(b);
    n = a;
  }
  if (per <= 0 || !(n instanceof PyInt)) return;
  const count = n.toNumber();
  const heap = R.heap;
  if (count > 0 && heap.liveBytes + per * count > heap.budgetBytes) {
    throw new BudgetExceeded(
      'heap',
      `the script holds more than ${Math.round(heap.budgetBytes / 1048576)} MiB in the modeled heap (a request of ${per * count} bytes)`,
    );
  }
}

/** What one repetition of a sequence holds (-1: not a sequence that repeats). */
function repeatItemBytes(o: PyObject): number {
  return o instanceof PyList || o instanceof PyTuple ? 8 * o.items.length : o instanceof PyStr ? o.value.length : -1;
}

/** The RecursionError raised when the JS stack, not the recursion limit, runs out. */
export function recursionError(): PyErr {
  return pyError(RecursionError, 'maximum recursion depth exceeded');
}

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
  if (++VM.depth > VM.recursionLimit) {
    VM.depth--;
    releaseFrame(nf);
    if (owned) R.heap.decref(func);
    const err = pyError(RecursionError, 'maximum recursion depth exceeded');
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
  try {
    obj = newInstance(cls);
  } catch (e) {
    if (argsTuple !== null) R.heap.decref(argsTuple);
    throw e;
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
  nf.argBase = base;
  if (++VM.depth > VM.recursionLimit) {
    VM.depth--;
    releaseFrame(nf, f);
    dropInit(nf);
    recycleFrame(nf);
    throw pyError(RecursionError, 'maximum recursion depth exceeded');
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
  if (!f.comprehension) VM.depth--;
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

/** An inlined frame is finished (returned or raised): drop its locals and the function, back to the caller. */
export function popFrame(f: Frame): Frame {
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
    releaseFrame(f, caller);
    f.back = null;
    VM.frame = caller;
    if (f.func !== null) R.heap.decref(f.func);
    // Allocations after the call belong to the caller's line again.
    R.heap.resumeLine(caller.line);
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

/**
 * LIST_EXTEND of something that is neither iterable nor a sequence: a call's lone `*a` (3.8:
 * any `*a` of a call) names the callable (check_args_iterable); 3.9+ say "Value after *"
 * elsewhere, 3.8 lets PyObject_GetIter's error stand.
 */
function starNotIterable(f: Frame, arg: number, src: PyObject): PyErr {
  const lone = f.code.callStars?.get(f.pc - 2);
  if (lone === true || (lone === false && R.minor <= 8)) return starArgNotIterable(f.stack[f.sp - arg - 1]!, src);
  if (R.minor >= 9) return typeError(`Value after * must be an iterable, not ${src.ob_type.tp_name}`);
  return typeError(`'${src.ob_type.tp_name}' object is not iterable`);
}

/** dict_merge of a mapping that is no dict: its keys(), then src[key] for each. */
function mergeFromKeys(d: PyDict, src: PyObject, dup: ((k: PyObject) => PyErr) | null): void {
  const keys = abs.callSpecial(src, 'keys', [])!;
  let it: PyObject;
  try {
    it = abs.getIter(keys);
  } finally {
    R.heap.decref(keys);
  }
  try {
    for (let k = abs.iterNext(it); k !== null; k = abs.iterNext(it)) {
      try {
        if (dup !== null && d.get(k) !== null) throw dup(k);
        const v = abs.getItem(src, k);
        d.set(k, v);
        R.heap.decref(v);
      } finally {
        R.heap.decref(k);
      }
    }
  } finally {
    R.heap.decref(it);
  }
}

/** CALL_FUNCTION_EX: [NULL, callable, args tuple, kwargs dict?] -> [result]. */
export function callEx(f: Frame, flags: number): void {
  const stack = f.stack;
  const kwargs = flags & 1 ? (stack[--f.sp] as PyDict) : null;
  let argsTuple = stack[--f.sp] as PyTuple;
  const callable = stack[--f.sp]!;
  f.sp--; // NULL
  try {
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
    stack[f.sp++] = abs.call(callable, args, kwnames);
  } finally {
    R.heap.decref(callable);
    R.heap.decref(argsTuple);
    if (kwargs) R.heap.decref(kwargs);
  }
}

/** Does the exception match an except clause's type (or tuple of types)? */
export function excMatches(exc: PyObject, t: PyObject): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => excMatches(exc, x));
  if (!(t instanceof PyType) || !isSubtype(t, baseExceptionType)) {
    throw typeError('catching classes that do not inherit from BaseException is not allowed');
  }
  return isSubtype(exc.ob_type, t);
}

/** Make an exception instance out of what `raise` was given (a type or an instance). */
function instantiate(o: PyObject): PyBaseException {
  if (o instanceof PyType) {
    if (!isSubtype(o, baseExceptionType)) throw typeError('exceptions must derive from BaseException');
    const e = abs.call(o, []);
    if (!(e instanceof PyBaseException)) throw typeError('exceptions must derive from BaseException');
    return e;
  }
  if (!(o instanceof PyBaseException)) throw typeError('exceptions must derive from BaseException');
  R.heap.incref(o);
  return o;
}

/**
 * PUSH_EXC_INFO: exc (the stack's reference) becomes the handled exception, and the one
 * handled before (its reference, or None) is returned for the stack. Up to 3.10 exc_info
 * holds the type and the traceback as well (ceval.c's exception_unwind).
 */
export function pushExcInfo(exc: PyObject): PyObject {
  const prev = VM.handled ?? abs.incref(None);
  VM.handled = exc;
  if (R.minor <= 10) {
    VM.savedRest.push(VM.handledRest);
    const tb = (exc as PyBaseException).tb;
    VM.handledRest = { type: abs.incref(exc.ob_type), tb: tb === null ? null : abs.incref(tb) };
  }
  return prev;
}

/** POP_EXCEPT: the exception handled before (the stack's reference) is handled again; the one handled goes. */
export function popExcInfo(prev: PyObject): void {
  const old = VM.handled;
  VM.handled = prev === None ? null : prev;
  if (prev === None) R.heap.decref(prev);
  const rest = VM.handledRest;
  if (R.minor <= 10) {
    VM.handledRest = VM.savedRest.pop() ?? { type: null, tb: null };
    if (rest.type !== null) R.heap.decref(rest.type);
  }
  if (old !== null) R.heap.decref(old);
  if (R.minor <= 10 && rest.tb !== null) R.heap.decref(rest.tb);
}

/** RAISE_VARARGS: 0 re-raises the handled exception; 1 raises; 2 raises with __cause__. */
export function raise(f: Frame, n: number): never {
  if (n === 0) {
    const h = VM.handled;
    if (h === null) throw pyError(RuntimeError, 'No active exception to reraise');
    R.heap.incref(h);
    throw reraiseErr(h);
  }
  const cause = n === 2 ? f.stack[--f.sp]! : null;
  const excArg = f.stack[--f.sp]!;
  let exc: PyBaseException;
  try {
    exc = instantiate(excArg);
  } finally {
    R.heap.decref(excArg);
  }
  if (cause !== null) {
    let c: PyObject | null = null;
    try {
      if (cause !== None) {
        if (!(cause instanceof PyBaseException) && !(cause instanceof PyType && isSubtype(cause, baseExceptionType))) {
          throw typeError('exception causes must derive from BaseException');
        }
        c = instantiate(cause);
      }
    } catch (e) {
      R.heap.decref(exc);
      throw e;
    } finally {
      R.heap.decref(cause);
    }
    if (exc.cause) R.heap.decref(exc.cause);
    exc.cause = c;
    exc.suppressContext = true;
  }
  throw new PyErr(exc);
}

const INLINED_COMPREHENSIONS = new Set(['<listcomp>', '<dictcomp>', '<setcomp>']);

/**
 * PyTraceBack_Here: the exception leaves (or was raised in) f, which adds its entry in front,
 * unless f only raised it again; and the handled exception becomes its __context__.
 */
export function addTraceback(exc: PyBaseException, f: Frame, reraise: boolean): void {
  f.pinned = true;
  // The instruction running in f: the one before f.pc (tb_lasti).
  const lasti = f.pc - 2;
  if (R.minor >= 12 && INLINED_COMPREHENSIONS.has(f.code.name)) {
    // PEP 709: the comprehension runs in its caller's frame, so the caller's entry shows where
    // it failed, in the innermost of nested ones.
    exc.inlinedAt ??= { frame: f, lasti, line: f.line };
  } else if (!reraise) {
    const at = exc.inlinedAt;
    exc.inlinedAt = null;
    exc.tb = at === null ? newTraceback(exc.tb, f, f.line, lasti, null) : newTraceback(exc.tb, f, at.line, at.lasti, (at.frame as Frame).code);
  }
  const h = VM.handled;
  if (h !== null && h !== exc && exc.context === null && exc.tb !== null && exc.tb.tb_next === null) {
    R.heap.incref(h);
    exc.context = h;
  }
}

/**
 * _PyDict_FromItems (BUILD_MAP, BUILD_CONST_KEY_MAP): a dict presized for n pairs; the
 * stack items from base up are released whether or not an insert raises.
 */
function dictFromItems(f: Frame, base: number, n: number, key: (i: number) => PyObject, value: (i: number) => PyObject): PyDict {
  let unicode = true;
  for (let i = 0; i < n; i++) if (key(i).ob_type !== strType) unicode = false;
  const d = newDictPresized(n, unicode);
  try {
    for (let i = 0; i < n; i++) d.set(key(i), value(i));
  } catch (e) {
    R.heap.decref(d);
    throw e;
  } finally {
    for (let i = base; i < f.sp; i++) R.heap.decref(f.stack[i]!);
    f.sp = base;
  }
  return d;
}

/** Everything the main loop does not handle inline. */
export function slowOp(f: Frame, op: Op, arg: number): void {
  const stack = f.stack;
  const heap = R.heap;
  switch (op) {
    case Op.CHECK_EG_MATCH: {
      const t = stack[f.sp - 1]!;
      const exc = stack[f.sp - 2]!;
      checkExceptStarType(t);
      const [match, rest] = exceptionGroupMatch(exc, typeMatcher(t));
      heap.decref(t);
      if (match === None) {
        heap.decref(rest);
        stack[f.sp - 1] = match;
        return;
      }
      stack[f.sp - 2] = rest;
      stack[f.sp - 1] = match;
      // PyErr_SetExcInfo: the match is the handled exception until POP_EXCEPT ends the statement.
      const old = VM.handled;
      heap.incref(match);
      VM.handled = match;
      if (old !== null) heap.decref(old);
      heap.decref(exc);
      return;
    }
    case Op.PREP_RERAISE_STAR: {
      const list = stack[--f.sp] as PyList;
      const orig = stack[f.sp - 1]!;
      const r = prepReraiseStar(orig, list);
      heap.decref(list);
      heap.decref(orig);
      // The RERAISE that follows adds no traceback entry for this frame, nor does POP_EXCEPT's restore of the handled exception.
      stack[f.sp - 1] = r;
      return;
    }
    case Op.BUILD_MAP: {
      const base = f.sp - 2 * arg;
      const d = dictFromItems(f, base, arg, (i) => stack[base + 2 * i]!, (i) => stack[base + 2 * i + 1]!);
      stack[f.sp++] = d;
      return;
    }
    case Op.BUILD_CONST_KEY_MAP: {
      const keys = stack[--f.sp] as PyTuple;
      const base = f.sp - arg;
      try {
        const d = dictFromItems(f, base, arg, (i) => keys.items[i], (i) => stack[base + i]!);
        stack[f.sp++] = d;
      } finally {
        heap.decref(keys);
      }
      return;
    }
    case Op.MAP_ADD: {
      const v = stack[--f.sp]!;
      const k = stack[--f.sp]!;
      try {
        (stack[f.sp - arg] as PyDict).set(k, v);
      } finally {
        heap.decref(k);
        heap.decref(v);
      }
      return;
    }
    case Op.DICT_UPDATE:
    case Op.DICT_MERGE: {
      const src = stack[--f.sp]!;
      try {
        const d = stack[f.sp - arg] as PyDict;
        // DICT_MERGE builds a call's keywords: format_kwargs_error names the callable, and
        // (_PyDict_MergeEx(..., 2)) a keyword already there is an error, not an update.
        const dup = op === Op.DICT_MERGE ? (k: PyObject) => duplicateKeyword(stack[f.sp - arg - 2]!, k) : null;
        if (src instanceof PyDict && src.ob_type.tp_iter === dictType.tp_iter) {
          // PyDict_Update / _PyDict_MergeEx: dict_merge, which clones or presizes the target
          // (Objects/dictobject.c); the dict a failed DICT_MERGE filled is dropped, so the
          // duplicate is looked for first.
          if (dup !== null) for (const [k] of src.entries()) if (d.get(k) !== null) throw dup(k);
          dictMerge(d, src, 1);
        } else if (abs.hasAttr(src, 'keys')) {
          mergeFromKeys(d, src, dup);
        } else {
          if (dup !== null) throw starStarArgNotMapping(stack[f.sp - arg - 2]!, src);
          throw typeError(`'${src.ob_type.tp_name}' object is not a mapping`);
        }
      } finally {
        heap.decref(src);
      }
      return;
    }
    case Op.LIST_EXTEND: {
      const src = stack[--f.sp]!;
      try {
        if (!abs.canIterate(src)) throw starNotIterable(f, arg, src);
        listExtend(stack[f.sp - arg] as PyList, src);
      } finally {
        heap.decref(src);
      }
      return;
    }
    case Op.BUILD_SET:
      buildSet(f, arg);
      return;
    case Op.SET_ADD:
      setAdd(f, arg);
      return;
    case Op.SET_UPDATE:
      setUpdate(f, arg);
      return;
    case Op.BUILD_SLICE:
      buildSlice(f, arg);
      return;
    case Op.BUILD_STRING: {
      const base = f.sp - arg;
      let s = '';
      for (let i = base; i < f.sp; i++) s += (stack[i] as PyStr).value;
      for (let i = base; i < f.sp; i++) heap.decref(stack[i]!);
      f.sp = base;
      stack[f.sp++] = newStr(s);
      return;
    }
    case Op.FORMAT_VALUE:
      formatValue(f, arg);
      return;
    case Op.GET_LEN:
      return getLen(f);
    case Op.MATCH_CLASS:
      return matchClassOp(f, arg);
    case Op.MATCH_MAPPING:
    case Op.MATCH_SEQUENCE:
      return matchKind(f, op === Op.MATCH_MAPPING);
    case Op.MATCH_KEYS:
      return matchKeysOp(f);
    case Op.UNPACK_SEQUENCE:
      return unpack(f, arg, -1);
    case Op.UNPACK_EX:
      return unpack(f, arg & 0xff, arg >> 8);
    case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE: {
      const v = stack[--f.sp]!;
      if ((v === None) === (op === Op.POP_JUMP_IF_NONE)) f.pc = arg;
      heap.decref(v);
      return;
    }
    case Op.MAKE_FUNCTION: {
      const code = stack[--f.sp] as PyCode;
      const fn = newFunction(code, f.globals);
      heap.decref(code);
      if (arg & 8) fn.closure = stack[--f.sp] as PyTuple;
      if (arg & 4) fn.annotations = stack[--f.sp]!;
      if (arg & 2) fn.kwdefaults = stack[--f.sp] as PyDict;
      if (arg & 1) fn.defaults = stack[--f.sp] as PyTuple;
      stack[f.sp++] = fn;
      return;
    }
    case Op.LOAD_BUILD_CLASS:
      stack[f.sp++] = buildClass();
      return;
    case Op.LOAD_ASSERTION_ERROR:
      R.heap.incref(AssertionError);
      stack[f.sp++] = AssertionError;
      return;
    case Op.BEFORE_WITH: {
      const cm = stack[f.sp - 1]!;
      const enter = typeLookup(cm.ob_type, '__enter__');
      const exit = typeLookup(cm.ob_type, '__exit__');
      if (enter === null || exit === null) {
        // 3.8-3.10 SETUP_WITH: special_lookup raises AttributeError naming the missing method.
        if (R.minor <= 10) throw attributeError(enter === null ? '__enter__' : '__exit__');
        throw typeError(`'${cm.ob_type.tp_name}' object does not support the context manager protocol`);
      }
      // _PyObject_LookupSpecial: the type's __exit__, bound; the instance's __getattribute__ is not asked.
      const exitBound = abs.lookupSpecial(cm, '__exit__')!;
      const res = abs.call(enter, [cm]);
      stack[f.sp - 1] = exitBound;
      stack[f.sp++] = res;
      heap.decref(cm);
      return;
    }
    case Op.CALL_EXIT_NONE: {
      const exit = stack[--f.sp]!;
      try {
        heap.decref(abs.call(exit, [None, None, None]));
      } finally {
        heap.decref(exit);
      }
      return;
    }
    case Op.WITH_EXCEPT_START: {
      const exc = stack[f.sp - 1]!;
      const exit = stack[f.sp - 3]!;
      stack[f.sp++] = abs.call(exit, [exc.ob_type, exc, None]);
      return;
    }
    case Op.GET_YIELD_FROM_ITER: {
      const o = stack[f.sp - 1]!;
      if (!(o instanceof PyGenerator)) {
        stack[f.sp - 1] = abs.getIter(o);
        heap.decref(o);
      }
      return;
    }
    case Op.SEND: {
      const v = stack[--f.sp]!;
      const recv = stack[f.sp - 1]!;
      let r: PyObject | null;
      try {
        r = recv instanceof PyGenerator ? genSend(recv, v === None ? null : v) : abs.iterNext(recv);
      } catch (e) {
        heap.decref(v);
        if (e instanceof PyErr && isSubtype(e.exc.ob_type, StopIteration)) {
          const se = e.exc as PyBaseException;
          const value = se.args.items[0] ?? None;
          R.heap.incref(value);
          heap.decref(se);
          f.sp--;
          heap.decref(recv);
          stack[f.sp++] = value;
          f.pc = arg;
          return;
        }
        throw e;
      }
      heap.decref(v);
      if (r === null) {
        f.sp--;
        heap.decref(recv);
        R.heap.incref(None);
        stack[f.sp++] = None;
        f.pc = arg;
        return;
      }
      stack[f.sp++] = r;
      return;
    }
    case Op.IMPORT_NAME: {
      const fromlist = stack[--f.sp]!;
      const level = stack[--f.sp]!;
      heap.decref(fromlist);
      heap.decref(level);
      stack[f.sp++] = importName((f.code.names[arg] as PyStr).value);
      return;
    }
    case Op.IMPORT_FROM: {
      const v = importFrom(stack[f.sp - 1]!, (f.code.names[arg] as PyStr).value);
      stack[f.sp++] = v;
      return;
    }
    case Op.IMPORT_STAR:
      throw unsupported('from ... import *');
    default:
      throw new RunStop('unsupported', `the instruction ${OP_NAMES[op] ?? op} is not implemented yet`);
  }
}

/**
 * UNPACK_SEQUENCE n / UNPACK_EX: push the items so that the first is on top. An exact tuple
 * or list of the right length is read directly (UNPACK_SEQUENCE only); anything else goes
 * through ceval.c unpack_iterable: items taken one by one, one more asked for to see that
 * none is left, and a starred target's list made by PySequence_List of the rest, from which
 * the items after it are taken off its end (its allocation stays as list_extend made it).
 */
function unpack(f: Frame, before: number, after: number): void {
  const stack = f.stack;
  const seq = stack[--f.sp]!;
  try {
    if (after < 0 && (seq.ob_type === tupleType || seq.ob_type === listType) && (seq as PyTuple | PyList).items.length === before) {
      const items = (seq as PyTuple | PyList).items;
      for (let i = items.length - 1; i >= 0; i--) stack[f.sp++] = abs.incref(items[i]);
      return;
    }
    if (seq.ob_type.tp_iter === undefined && seq.ob_type.mp_subscript === undefined) {
      throw typeError(`cannot unpack non-iterable ${seq.ob_type.tp_name} object`);
    }
    unpackIterable(f, seq, before, after);
  } finally {
    heap().decref(seq);
  }
}

function unpackIterable(f: Frame, seq: PyObject, before: number, after: number): void {
  const taken: PyObject[] = [];
  const it = abs.getIter(seq);
  try {
    for (let i = 0; i < before; i++) {
      const w = abs.iterNext(it);
      if (w === null) {
        if (after < 0) throw valueError(`not enough values to unpack (expected ${before}, got ${i})`);
        throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${i})`);
      }
      taken.push(w);
    }
    if (after < 0) {
      const w = abs.iterNext(it);
      if (w !== null) {
        heap().decref(w);
        throw valueError(`too many values to unpack (expected ${before})`);
      }
    } else {
      const l = sequenceList(it);
      const ll = l.items.length;
      if (ll < after) {
        heap().decref(l);
        throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${before + ll})`);
      }
      taken.push(l);
      // Py_SET_SIZE: the items after the star move to the stack; the list is not resized.
      for (let j = after; j > 0; j--) taken.push(l.items[ll - j]);
      l.items.length = ll - after;
    }
  } catch (e) {
    for (const x of taken) heap().decref(x);
    throw e;
  } finally {
    heap().decref(it);
  }
  for (let i = taken.length - 1; i >= 0; i--) f.stack[f.sp++] = taken[i];
}

function heap() {
  return R.heap;
}

export { listAppend, Builtins, newException };
