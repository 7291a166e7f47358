// Calling Python functions (_PyEval_Vector, positional/keyword binding with CPython's
// error messages), bound methods, and generator objects that own a suspended frame.
import { PyErr } from '../errors';
import { errorMatches } from '../objects/error-match';
import { clearOrder, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS, PyCode } from '../objects/code';
import { newDict, PyDict } from '../objects/dict';
import { pyError, RuntimeError, StopIteration, typeError, newException, ValueError } from '../objects/exceptions';
import { internStr, newStr } from '../objects/str';
import * as abs from '../objects/abstract';
import { functionType, methodType, newCell, newMethod, PyFunction, PyMethod } from '../objects/function';
import { PyObject, PyType } from '../objects/object';
import { None } from '../objects/singletons';
import { PyStr } from '../objects/str';
import { newTuple, PyTuple } from '../objects/tuple';
import { readyType } from '../objects/typeobject';
import { R } from '../state';
import { evalFrame } from './eval';
import { Frame, newFunctionFrame, recycleFrame } from './frame';
import { VM } from './vmstate';
import { releaseFrameObject, takeFrameObject } from './frameobject';
import { setPendingStop, takePendingStop } from '../objects/abstract';
import { clearExcState, enterExcState } from './gen-exc-state';
import { enterLevel, recursionError } from './budget';
import { FINALIZERS_MADE } from '../objects/finalize';

/** The builtins dict every frame sees (set by the interpreter at start). */
export const Builtins = { dict: null as unknown as PyDict };

/**
 * Call a Python function. `args` are positional then keyword values (kwnames names
 * the last ones). With `owned`, the references in args move into the new frame
 * (3.11+ callers hand their stack references over); otherwise they are borrowed.
 */
export function callFunction(func: PyFunction, args: PyObject[], kwnames: PyStr[] | null, owned: boolean, afterBind: (() => void) | null = null, viaVectorcall = false): PyObject {
  const code = func.code;
  // A generator owns its frame for as long as it lives: never a reused one, never reused.
  const gen = (code.flags & CO_GENERATOR) !== 0;
  const f = gen ? new Frame(code, func, func.globals, Builtins.dict, null) : newFunctionFrame(func, Builtins.dict);
  f.frameObject = takeFrameObject(code);
  // 3.11+ _PyEval_Vector (a call from C, _PyFunction_Vectorcall): the frame takes a reference
  // of its own to the function, where the eval loop's calls give it the caller's.
  if (viaVectorcall && !gen && R.minor >= 11) {
    R.heap.incref(func);
    f.ownsFunc = true;
  }
  try {
    bindArguments(f, func, args, kwnames, owned);
  } catch (e) {
    releaseFrame(f);
    throw e;
  }
  if (afterBind !== null) afterBind();
  if (gen) {
    // 3.11+ _PyFrame_InitializeSpecials: the frame the generator keeps holds the function.
    if (R.minor >= 11) {
      R.heap.incref(func);
      f.ownsFunc = true;
    }
    return newGenerator(f, func);
  }
  try {
    return runFrame(f);
  } finally {
    if (f.state === 'done') recycleFrame(f);
  }
}

/** Evaluate a new frame one level deeper, with the recursion check. */
export function runFrame(f: Frame): PyObject {
  if (!enterLevel()) {
    releaseFrame(f);
    throw recursionError();
  }
  try {
    return evalFrame(f);
  } finally {
    VM.depth--;
    // A frame run with no Python caller (a __del__ or a generator's finally at exit): what
    // follows, its release first, is no line's, as it is its caller line's from Python code.
    if (VM.frame === null) R.heap.resumeLine(0);
    if (f.state === 'done') releaseFrame(f, genFrameCaller(f));
  }
}

/**
 * The caller a finished frame's frame object links to. A generator's has none up to 3.11:
 * gen_send_ex clears f_back once the frame stops (up to 3.10), 3.11's gen_send_ex2 sets
 * `previous` to NULL before _PyFrame_Clear (no caller's frame object made); 3.12+ clear it in
 * the eval loop while still linked.
 */
export function genFrameCaller(f: Frame): Frame | null {
  return R.minor <= 11 && (f.code.flags & CO_GENERATOR) !== 0 ? null : VM.frame;
}

/**
 * Drop a finished frame's locals and its frame object (frame_dealloc, _PyFrame_Clear); a
 * frame object a traceback holds takes the locals over instead, and links to the caller's.
 */
export function releaseFrame(f: Frame, caller: Frame | null = VM.frame): void {
  if (!releaseFrameObject(f, caller)) {
    clearFast(f);
    // frame_dealloc, _PyFrame_Clear: f_locals goes after the fast locals.
    const d = f.localsDict;
    f.localsDict = null;
    if (d !== null) R.heap.decref(d);
  }
  // _PyFrame_Clear: the function goes after the locals.
  if (f.ownsFunc) {
    f.ownsFunc = false;
    R.heap.decref(f.func!);
  }
}

/** The frame's locals, cells and free variables go. */
export function clearFast(f: Frame): void {
  const fast = f.fast;
  const order = clearOrder(f.code);
  for (let n = 0; n < fast.length; n++) {
    const i = order === null ? n : order[n];
    const v = fast[i];
    if (v !== null) {
      fast[i] = null;
      R.heap.decref(v);
    }
  }
}

export function bindArguments(f: Frame, func: PyFunction, args: PyObject[], kwnames: PyStr[] | null, owned: boolean): void {
  const code = func.code;
  const fast = f.fast;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const argcount = code.argcount;
  const n = Math.min(npos, argcount);
  for (let i = 0; i < n; i++) {
    const v = args[i];
    if (!owned) R.heap.incref(v);
    fast[i] = v;
  }
  let slot = argcount + code.kwonlyargcount;
  if (code.flags & CO_VARARGS) {
    const extra: PyObject[] = [];
    for (let i = n; i < npos; i++) {
      const v = args[i];
      if (!owned) R.heap.incref(v);
      extra.push(v);
    }
    fast[slot++] = newTuple(extra);
  }
  // initialize_locals (ceval.c): too many positional arguments are reported after the keywords,
  // whose own errors come first; the extra arguments are let go at once.
  const tooMany = (code.flags & CO_VARARGS) === 0 && npos > argcount;
  if (tooMany) dropOwned(args, owned, n, npos);
  let kwdict: PyDict | null = null;
  if (code.flags & CO_VARKEYWORDS) {
    kwdict = newDict();
    fast[slot] = kwdict;
  }
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k].value;
    const v = args[npos + k];
    let idx = code.varnames.indexOf(name);
    if (idx >= argcount + code.kwonlyargcount || idx < code.posonlyargcount) idx = -1;
    if (idx < 0) {
      if (kwdict !== null) {
        kwdict.set(kwnames![k], v);
        if (owned) R.heap.decref(v);
        continue;
      }
      dropOwned(args, owned, npos + k, args.length);
      // positional_only_passed_as_keyword (ceval.c): names every such keyword at once.
      const posonly = code.varnames.slice(0, code.posonlyargcount);
      const passed = kwnames!.map((n) => n.value).filter((n) => posonly.includes(n));
      if (passed.length > 0) {
        throw typeError(`${argErrorName(func)}() got some positional-only arguments passed as keyword arguments: '${passed.join(', ')}'`);
      }
      throw typeError(`${argErrorName(func)}() got an unexpected keyword argument '${name}'`);
    }
    if (fast[idx] !== null) {
      dropOwned(args, owned, npos + k, args.length);
      throw typeError(`${argErrorName(func)}() got multiple values for argument '${name}'`);
    }
    if (!owned) R.heap.incref(v);
    fast[idx] = v;
  }
  if (tooMany) {
    let kwonlyGiven = 0;
    for (let i = argcount; i < argcount + code.kwonlyargcount; i++) if (fast[i] !== null) kwonlyGiven++;
    throw tooManyPositional(func, npos, kwonlyGiven);
  }
  // Defaults for the missing positional parameters, then keyword-only ones.
  if (npos < argcount) {
    const defaults = func.defaults === null ? [] : func.defaults.items;
    const firstDefault = argcount - defaults.length;
    let missing: string[] | null = null;
    for (let i = npos; i < argcount; i++) {
      if (fast[i] !== null) continue;
      if (i >= firstDefault) {
        const d = defaults[i - firstDefault];
        R.heap.incref(d);
        fast[i] = d;
      } else (missing ??= []).push(code.varnames[i]);
    }
    if (missing !== null) throw missingArgs(func, missing, 'positional');
  }
  if (code.kwonlyargcount > 0) {
    let kwMissing: string[] | null = null;
    for (let i = argcount; i < argcount + code.kwonlyargcount; i++) {
      if (fast[i] !== null) continue;
      const d = func.kwdefaults === null ? null : strKeyLookup(func.kwdefaults, code.varnames[i]);
      if (d !== null) {
        R.heap.incref(d);
        fast[i] = d;
      } else (kwMissing ??= []).push(code.varnames[i]);
    }
    if (kwMissing !== null) throw missingArgs(func, kwMissing, 'keyword-only');
  }
  // Cells for variables captured by inner functions (MAKE_CELL), then the closure.
  const nv = code.varnames.length;
  const cellvars = code.cellvars;
  for (let i = 0; i < cellvars.length; i++) {
    const p = code.varnames.indexOf(cellvars[i]);
    let init: PyObject | null = null;
    if (p >= 0) {
      init = fast[p];
      fast[p] = null;
    }
    fast[nv + i] = newCell(init);
  }
  if (func.closure !== null) {
    const base = nv + cellvars.length;
    const cells = func.closure.items;
    for (let i = 0; i < cells.length; i++) {
      R.heap.incref(cells[i]);
      fast[base + i] = cells[i];
    }
  }
}

function strKeyLookup(d: PyDict, name: string): PyObject | null {
  for (const [k, v] of d.entries()) if (k instanceof PyStr && k.value === name) return v;
  return null;
}

function dropOwned(args: PyObject[], owned: boolean, from: number, to: number): void {
  if (!owned) return;
  for (let i = from; i < to; i++) R.heap.decref(args[i]);
}

/** How ceval.c names the function in an argument error: co_name up to 3.9, the qualname from 3.10. */
function argErrorName(func: PyFunction): string {
  return R.minor >= 10 ? func.qualname : func.code.name;
}

function tooManyPositional(func: PyFunction, given: number, kwonlyGiven: number): PyErr {
  const code = func.code;
  const ndef = func.defaults?.items.length ?? 0;
  const max = code.argcount;
  const min = max - ndef;
  const takes = ndef > 0 ? `from ${min} to ${max}` : `${max}`;
  const kwPart = kwonlyGiven > 0 ? ` positional argument${given === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'})` : '';
  const plural = max === 1 && ndef === 0 ? '' : 's';
  return typeError(
    `${argErrorName(func)}() takes ${takes} positional argument${plural} but ${given}${kwPart || ''} ${kwPart ? 'were' : given === 1 ? 'was' : 'were'} given`,
  );
}

function missingArgs(func: PyFunction, names: string[], kind: string): PyErr {
  const quoted = names.map((n) => `'${n}'`);
  const list = quoted.length === 1 ? quoted[0] : quoted.length === 2 ? `${quoted[0]} and ${quoted[1]}` : `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  return typeError(`${argErrorName(func)}() missing ${names.length} required ${kind} argument${names.length === 1 ? '' : 's'}: ${list}`);
}

functionType.tp_call = (f, args, kw) => callFunction(f as PyFunction, args, kw, false, null, true);
functionType.tp_descr_get = (f, obj) => {
  if (obj === null) {
    R.heap.incref(f);
    return f;
  }
  return newMethod(f, obj);
};
methodType.tp_call = (m, args, kw) => {
  const bm = m as PyMethod;
  const f = bm.func;
  const all = [bm.self, ...args];
  if (f.ob_type === functionType) return callFunction(f as PyFunction, all, kw, false, null, true);
  const c = f.ob_type.tp_call;
  if (c === undefined) throw typeError(`'${f.ob_type.tp_name}' object is not callable`);
  return c(f, all, kw);
};

// ---- generators (Objects/genobject.c) ----

export class PyGenerator extends PyObject {
  running = false;
  /**
   * gi_exc_state: the exception its frame handles while suspended (a reference, or null), and
   * up to 3.10 that exception's type and traceback and the outer handlers' (VM.savedRest).
   */
  excValue: PyObject | null = null;
  excRest: { type: PyObject | null; tb: PyObject | null } = { type: null, tb: null };
  excSavedRest: Array<{ type: PyObject | null; tb: PyObject | null }> = [];
  constructor(
    type: PyType,
    readonly frame: Frame,
    /** gi_name and gi_qualname: references to the function's names when it was called (settable). */
    public nameObj: PyObject,
    public qualnameObj: PyObject,
  ) {
    super(type);
  }
}
export const generatorType = readyType(new PyType(null, 'generator'), undefined, { gc: true, basetype: false });

/**
 * Generator sizes (gen_sizeof): 3.11+ embed the frame in one variable-size allocation,
 * a slot per local and per stack item (co_stacksize) after the fixed part.
 */
function genBytes(code: PyCode): number {
  if (R.minor <= 10) return 16 + (R.minor === 10 ? 88 : 96);
  const base = R.minor === 11 ? 152 : R.minor <= 13 ? 144 : 152;
  // A parameter that is also a cell has one slot in CPython's localsplus.
  const cellsNotParams = code.cellvars.filter((c) => !code.varnames.includes(c)).length;
  return 16 + base + 8 * (code.varnames.length + cellsNotParams + code.freevars.length + code.inlinedLocals + code.stacksize);
}

/** make_gen / gen_new_with_qualname: the generator keeps the function's __name__ and __qualname__ objects. */
function newGenerator(f: Frame, func: PyFunction): PyGenerator {
  // A generator left suspended is closed by the collection at exit (finalizeMainAtExit).
  R.done.add(FINALIZERS_MADE);
  const name = func.nameObj !== null ? abs.incref(func.nameObj) : internStr(f.code.name);
  const qualname = func.qualnameObj !== null ? abs.incref(func.qualnameObj) : internStr(f.code.qualname);
  return R.heap.newObject(new PyGenerator(generatorType, f, name, qualname), genBytes(f.code), 16);
}

generatorType.tp_sizeof = (o) => genBytes((o as PyGenerator).frame.code) - 16;
generatorType.tp_iter = (o) => {
  R.heap.incref(o);
  return o;
};
/**
 * tp_iternext ends with null; a non-None return value stays pending on the generator
 * (CPython leaves StopIteration(value) set) for next() to raise with it.
 */
generatorType.tp_iternext = (o) => {
  const g = o as PyGenerator;
  try {
    return genSend(g, null);
  } catch (e) {
    if (!(e instanceof PyErr) || e.type !== StopIteration || g.frame.state !== 'done' || g.running) throw e;
    setPendingStop(g, e.exc);
    return null;
  }
};
/** Set by genmethods.ts: close a generator dropped inside a try block. */
export const genHooks = { finalize: (_g: PyGenerator): void => undefined };

generatorType.tp_dealloc = (o) => {
  const g = o as PyGenerator;
  genHooks.finalize(g);
  const left = takePendingStop(g);
  if (left !== null) R.heap.decref(left);
  const f = g.frame;
  while (f.sp > 0) {
    const v = f.stack[--f.sp];
    if (v !== null) R.heap.decref(v);
  }
  // 3.11+ gen_dealloc: the frame is cleared with `previous` NULL (no f_back for its frame object).
  releaseFrame(f, R.minor >= 11 ? null : VM.frame);
  clearExcState(g);
  // gen_dealloc: the names go after the frame.
  R.heap.decref(g.nameObj);
  R.heap.decref(g.qualnameObj);
  R.heap.freeObject(o, genBytes(f.code));
};

/**
 * Resume the generator with `value` (null for next()). Returns the yielded value, or
 * null when the generator finished with None; a non-None return value raises StopIteration(value).
 */
export function genSend(g: PyGenerator, value: PyObject | null): PyObject | null {
  const f = g.frame;
  if (f.state === 'done') return null;
  if (g.running) throw pyError(ValueError, 'generator already executing');
  if (f.state === 'created') {
    if (value !== null && value !== None) {
      throw typeError("can't send non-None value to a just-started generator");
    }
  } else {
    const v = value ?? None;
    R.heap.incref(v);
    f.stack[f.sp++] = v;
  }
  return genResume(g);
}

/** Run the generator's frame from where it stands (gen_send_ex2), with PEP 479. */
export function genResume(g: PyGenerator): PyObject | null {
  const f = g.frame;
  g.running = true;
  let r: PyObject;
  const leave = enterExcState(g);
  try {
    r = runFrame(f);
  } catch (e) {
    // gen_send_ex asks PyErr_ExceptionMatches: another error leaves unmade (up to 3.11), for its handler's frame to make.
    if (errorMatches(e, StopIteration)) {
      // PEP 479: a StopIteration escaping the body becomes RuntimeError, chained to it;
      // _PyErr_FormatVFromCause normalizes the cause before it makes the new error.
      const cause = e.exc;
      const rt = newException(RuntimeError, [newStr('generator raised StopIteration')]);
      // _PyErr_FormatFromCause: PyException_SetCause suppresses the context as well.
      rt.cause = cause;
      rt.suppressContext = true;
      R.heap.incref(cause);
      rt.context = cause;
      throw new PyErr(rt);
    }
    throw e;
  } finally {
    g.running = false;
    leave();
    if (f.state === 'done') clearExcState(g);
  }
  if (f.yielded) return r;
  if (r === None) {
    R.heap.decref(r);
    return null;
  }
  const exc = newException(StopIteration, [r]);
  throw new PyErr(exc);
}

export function isFunction(o: PyObject): o is PyFunction {
  return o.ob_type === functionType;
}

export type { PyTuple };

/** Run a class body (the function LOAD_BUILD_CLASS receives) with `ns` as its namespace; returns its result (the __class__ cell or None). */
export function runClassBody(func: PyFunction, ns: PyDict): PyObject {
  const code = func.code;
  const f = new Frame(code, func, func.globals, Builtins.dict, ns);
  f.frameObject = takeFrameObject(code);
  const nv = code.varnames.length;
  code.cellvars.forEach((_, i) => {
    f.fast[nv + i] = newCell(null);
  });
  if (func.closure !== null) {
    const base = nv + code.cellvars.length;
    func.closure.items.forEach((c, i) => {
      R.heap.incref(c);
      f.fast[base + i] = c;
    });
  }
  return runFrame(f);
}
