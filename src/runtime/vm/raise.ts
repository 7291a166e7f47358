// Raising and handling exceptions in the loop: RAISE_VARARGS, except-clause matching,
// the handled exception's save and restore, and the traceback entry each frame adds.
import * as abs from '../objects/abstract';
import { PyErr, reraiseErr } from '../errors';
import { baseExceptionType, PyBaseException, pyError, RuntimeError, typeError } from '../objects/exceptions';
import { isSubtype, PyObject, PyType } from '../objects/object';
import { None } from '../objects/singletons';
import { PyTuple } from '../objects/tuple';
import { R } from '../state';
import { cpythonFrame, Frame } from './frame';
import { newTraceback, PyTraceback } from '../objects/traceback';
import { writeUnraisable } from '../objects/finalize';
import { topHandled, VM } from './vmstate';

/** PyErr_Clear of an error caught in C: what it holds goes, made or still pending. */
export function clearErr(e: PyErr): void {
  for (const o of e.held) R.heap.decref(o);
}

/**
 * PyErr_WriteUnraisable(obj) of an error caught in C: one without a traceback (an error C code
 * set) gets the running frame's entry first (_PyTraceBack_FromFrame on tstate's frame, whose
 * frame object 3.11+ make now), then the default sys.unraisablehook reports it.
 */
export function writeUnraisableErr(err: PyErr, obj: PyObject): void {
  const f = VM.frame;
  if (f !== null) {
    const tb = err.normalized ? (err.exc as PyBaseException).tb : (err.pending!.tb as PyTraceback | null);
    if (tb === null) {
      const outer = cpythonFrame(f);
      outer.pinned = true;
      const made = newTraceback(null, outer, f.line, f.pc - 2, outer === f ? null : f.code);
      if (err.normalized) (err.exc as PyBaseException).tb = made;
      else err.pending!.tb = made;
    }
  }
  writeUnraisable(err.exc as PyBaseException, obj);
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
    const h = topHandled();
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
export function addTraceback(err: PyBaseException | PyErr, f: Frame, reraise: boolean): void {
  f.pinned = true;
  // The instruction running in f: the one before f.pc (tb_lasti).
  const lasti = f.pc - 2;
  if (err instanceof PyErr && !err.normalized) {
    // Not normalized yet (up to 3.11): the thread state holds the traceback (curexc_traceback).
    const p = err.pending!;
    if (!reraise) p.tb = newTraceback(p.tb as PyTraceback | null, f, f.line, lasti, null);
    return;
  }
  const exc = (err instanceof PyErr ? err.exc : err) as PyBaseException;
  if (R.minor >= 12 && INLINED_COMPREHENSIONS.has(f.code.name)) {
    // PEP 709: the comprehension runs in its caller's frame, so the caller's entry shows where
    // it failed, in the innermost of nested ones.
    exc.inlinedAt ??= { frame: f, lasti, line: f.line };
  } else if (!reraise) {
    const at = exc.inlinedAt;
    exc.inlinedAt = null;
    exc.tb = at === null ? newTraceback(exc.tb, f, f.line, lasti, null) : newTraceback(exc.tb, f, at.line, at.lasti, (at.frame as Frame).code);
  }
  const h = topHandled();
  if (h !== null && h !== exc && exc.context === null && exc.tb !== null && exc.tb.tb_next === null) {
    R.heap.incref(h);
    exc.context = h;
  }
}
