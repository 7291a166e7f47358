// Generator methods (Objects/genobject.c gen_send, _gen_throw, gen_close): throwing an
// exception in at the suspended yield (delegating to a `yield from` subiterator first),
// closing with GeneratorExit, and the finalizer that closes a generator dropped mid-try.
import { PyErr } from '../errors';
import * as abs from '../objects/abstract';
import { baseExceptionType, GeneratorExit, newException, PyBaseException, pyError, RuntimeError, StopIteration, stopIterationValue, TypeError, typeError } from '../objects/exceptions';
import { defMethod } from '../objects/function';
import { methVarargs, minors } from '../objects/builtin-call';
import { isSubtype, PyObject, PyType, typeLookup } from '../objects/object';
import { defGetSet, getsetDescrType, PyGetSetDescr } from '../objects/getset';
import { defStructMember } from '../objects/member-descr';
import { inVersions } from '../objects/typeobject';
import { False, None, True } from '../objects/singletons';
import { newStr, PyStr } from '../objects/str';
import { PyTraceback } from '../objects/traceback';
import { checkedMethod, METH_NOARGS, METH_O } from '../builtin-conventions';
import { between, noKw } from '../objects/args';
import { PyTuple } from '../objects/tuple';
import { Op } from '../compiler/opcodes';
import { R } from '../state';
import { clearFast, generatorType, genFrameCaller, genHooks, genResume, genSend, PyGenerator, releaseFrame } from './call';
import { addTraceback, clearErr, writeUnraisableErr } from './raise';
import { frameObjectOf } from './frameobject';
import { handlerTraceLine, RETURN_TRACES } from './line-ranges';
import { opcacheRun } from './opcache';
import { topHandled, VM } from './vmstate';
import { enterExcState } from './gen-exc-state';
import { callFinalizer, isFinalized } from '../gc';

/** The subiterator of a frame suspended inside `yield from` (_PyGen_yf), or null. */
function yieldFrom(g: PyGenerator): PyObject | null {
  const f = g.frame;
  if (f.state !== 'suspended') return null;
  const code = f.code.code;
  // The compiled loop is SEND done; YIELD_VALUE; JUMP SEND: resuming lands on that JUMP.
  if (code[f.pc] !== Op.JUMP || code[code[f.pc + 1]] !== Op.SEND) return null;
  return f.stack[f.sp - 1];
}

/** Finish a frame that will not run again. */
function finish(g: PyGenerator): void {
  const f = g.frame;
  while (f.sp > 0) {
    const v = f.stack[--f.sp];
    if (v !== null) R.heap.decref(v);
  }
  f.state = 'done';
  releaseFrame(f, genFrameCaller(f));
}

/**
 * Raise err inside the generator at its suspension point (gen_send_ex with the error set:
 * the frame runs straight to its error label); `inYieldFrom`: a `yield from` (its subiterator
 * closed, raising, or without a throw method), whose CLEANUP_THROW handler 3.13 traces.
 */
function throwHere(g: PyGenerator, err: PyErr, inYieldFrom = false): PyObject | null {
  const f = g.frame;
  if (f.state === 'done') throw err;
  if (f.state === 'created') {
    // gen_send_ex up to 3.10: the frame is entered to raise at its start.
    if (R.minor <= 10) opcacheRun(f.code, 0);
    finish(g);
    throw err;
  }
  const heap = R.heap;
  const back = heap.line;
  // 3.13 _Py_call_instrumentation_line: the instruction before the handler is the RESUME
  // after the yield, which never hides a line start, so the handler traces its line even
  // on the yield's line (3.12's is the YIELD_VALUE, which does).
  if (R.minor === 13 && inYieldFrom && f.line > 0) heap.enterLine(f.line);
  // The generator's frame is the one running: what its error label makes (the traceback
  // entry, its frame object, a pending error's instance) is on its line.
  else heap.resumeLine(f.line);
  // Up to 3.10 gen_send_ex enters the frame to raise there (evalFrame counts it where a handler takes it).
  if (R.minor <= 10 && f.blocks.length === 0) opcacheRun(f.code, f.line);
  // What evalFrame's handler does: record the frame, then jump to the innermost handler. The
  // error chains only to what the generator itself handles, from 3.9 (gen_send_ex's
  // _PyErr_ChainStackItem looks at its exc_state alone), not to its callers'.
  const leave = enterExcState(g);
  const outer = VM.outer;
  const own = VM.handled;
  VM.outer = { handled: null, rest: { type: null, tb: null } };
  if (R.minor <= 8) VM.handled = null;
  try {
    addTraceback(err, f, false);
  } finally {
    VM.handled = own;
    VM.outer = outer;
    leave();
  }
  const b = f.blocks.pop();
  if (b === undefined) {
    // exception_unwind pops the stack with the frame still the thread's running one: a
    // `yield from` subgenerator freed there reports a failed close from this frame.
    const caller = VM.frame;
    f.back = caller;
    VM.frame = f;
    try {
      while (f.sp > 0) {
        const v = f.stack[--f.sp];
        if (v !== null) heap.decref(v);
      }
    } finally {
      VM.frame = caller;
    }
    finish(g);
    heap.resumeLine(back);
    throw err;
  }
  while (f.sp > b.level) {
    const v = f.stack[--f.sp];
    if (v !== null) heap.decref(v);
  }
  // exception_unwind normalizes a pending error (up to 3.11) for the handler.
  f.stack[f.sp++] = err.exc;
  f.pc = b.handler;
  if (R.minor === 13 && !inYieldFrom) f.lastPc = RETURN_TRACES;
  if (R.minor === 9) {
    const l = handlerTraceLine(f, b.handler, true);
    if (l > 0) {
      heap.enterLine(l);
      f.line = l;
      f.lastPc = b.handler;
    }
  }
  return genResume(g);
}

/** _gen_throw: delegate to a `yield from` subiterator first, else throw here. */
export function genThrow(g: PyGenerator, err: PyErr): PyObject | null {
  const yf = yieldFrom(g);
  if (yf !== null) {
    const f = g.frame;
    if (isSubtype(err.type, GeneratorExit)) {
      const failed = closeYieldFrom(g, yf);
      if (failed !== null) clearErr(err);
      return throwHere(g, failed ?? err, true);
    }
    const exc = err.exc;
    let r: PyObject | null;
    try {
      if (yf instanceof PyGenerator) {
        r = genThrow(yf, err);
      } else {
        const m = typeLookup(yf.ob_type, 'throw');
        if (m === null) return throwHere(g, err, true);
        try {
          r = abs.call(abs.getAttr(yf, tmpStr('throw')), [exc]);
        } finally {
          R.heap.decref(exc);
        }
      }
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      if (isSubtype(e.type, StopIteration)) {
        // The subiterator finished: its value is the result of `yield from`.
        const se = e.exc as PyBaseException;
        const value = stopIterationValue(se);
        R.heap.decref(se);
        R.heap.decref(f.stack[--f.sp]!);
        f.stack[f.sp++] = value;
        f.pc = f.code.code[f.code.code[f.pc + 1] + 1];
        return genResume(g);
      }
      // The subiterator's error, as it was raised (normalized or not), goes on into this frame.
      return throwHere(g, e, true);
    }
    if (r !== null) return r;
    // A subgenerator that returned None: resume after the yield from with None.
    R.heap.decref(f.stack[--f.sp]!);
    R.heap.incref(None);
    f.stack[f.sp++] = None;
    f.pc = f.code.code[f.code.code[f.pc + 1] + 1];
    return genResume(g);
  }
  return throwHere(g, err);
}

/** gen_close_iter with gi_running set: the error closing the subiterator raised, or null. */
function closeYieldFrom(g: PyGenerator, yf: PyObject): PyErr | null {
  g.running = true;
  try {
    closeIter(yf);
    return null;
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    return e;
  } finally {
    g.running = false;
  }
}

function tmpStr(s: string) {
  const o = newStr(s);
  R.heap.decref(o);
  return o;
}

function closeIter(yf: PyObject): void {
  if (yf instanceof PyGenerator) {
    R.heap.decref(genClose(yf));
    return;
  }
  const m = abs.getAttrOrNull(yf, tmpStr('close'));
  if (m !== null) {
    try {
      R.heap.decref(abs.call(m, []));
    } finally {
      R.heap.decref(m);
    }
  }
}

/**
 * gen_close: GeneratorExit in; a yield in answer is a RuntimeError. Returns None, or from
 * 3.13 what the generator returned while closing (_PyGen_FetchStopIterationValue).
 */
export function genClose(g: PyGenerator): PyObject {
  const f = g.frame;
  if (f.state === 'done') return abs.incref(None);
  if (f.state === 'created') {
    if (R.minor <= 10) opcacheRun(f.code, 0);
    finish(g);
    return abs.incref(None);
  }
  if (R.minor >= 13 && f.blocks.length === 0 && yieldFrom(g) === null) {
    // 3.13 gen_close: suspended outside any try block, nothing to throw into; the stack and
    // locals go (_PyFrame_ClearLocals), the frame and its frame object stay until gen_dealloc.
    while (f.sp > 0) {
      const v = f.stack[--f.sp];
      if (v !== null) R.heap.decref(v);
    }
    clearFast(f);
    f.state = 'done';
    return abs.incref(None);
  }
  // The subiterator is closed first; an error doing so is what is thrown in instead.
  const yf = yieldFrom(g);
  const failed = yf === null ? null : closeYieldFrom(g, yf);
  let r: PyObject | null;
  try {
    // PyErr_SetNone: up to 3.11 the GeneratorExit is made only where a handler catches it.
    r = throwHere(g, failed ?? generatorExit(), yf !== null);
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    if (R.minor >= 13 && isSubtype(e.type, StopIteration)) {
      const se = e.exc as PyBaseException;
      const value = stopIterationValue(se);
      R.heap.decref(se);
      return value;
    }
    if (isSubtype(e.type, GeneratorExit) || isSubtype(e.type, StopIteration)) {
      clearErr(e);
      return abs.incref(None);
    }
    throw e;
  }
  if (r !== null) {
    R.heap.decref(r);
    throw pyError(RuntimeError, 'generator ignored GeneratorExit');
  }
  return abs.incref(None);
}

/**
 * gen_close's PyErr_SetNone(GeneratorExit), in the caller's context: _PyErr_SetObject chains
 * it to the exception handled there (the thrown-in error chains only to the generator's own).
 */
function generatorExit(): PyErr {
  const err = pyError(GeneratorExit);
  const h = topHandled();
  if (h !== null) {
    const e = err.exc as PyBaseException;
    if (e.context === null) e.context = abs.incref(h);
  }
  return err;
}

/**
 * _gen_throw's arguments as the exception instance to raise (a new reference): a class is
 * instantiated with the value unless the value is already an instance of it
 * (PyErr_NormalizeException), an instance takes no separate value; a traceback argument
 * becomes the exception's (PyErr_Restore).
 */
function makeException(args: PyObject[]): PyBaseException | PyErr {
  const [t, v, tb] = args;
  if (tb !== undefined && tb !== None && !(tb instanceof PyTraceback)) throw typeError('throw() third argument must be a traceback object');
  let e: PyBaseException;
  if (t instanceof PyType && isSubtype(t, baseExceptionType)) {
    if (v !== undefined && v !== None && isSubtype(v.ob_type, t)) e = abs.incref(v) as PyBaseException;
    else {
      // PyErr_NormalizeException: an error making the instance replaces it, and is what the
      // generator gets thrown in.
      const callArgs = v === undefined || v === None ? [] : v instanceof PyTuple ? v.items : [v];
      let made: PyObject;
      try {
        made = abs.call(t, callArgs);
      } catch (err) {
        if (err instanceof PyErr) return err;
        throw err;
      }
      if (!(made instanceof PyBaseException)) {
        R.heap.decref(made);
        return pyError(TypeError, `calling ${t.tp_name} should have returned an instance of BaseException, not ${made.ob_type.tp_name}`);
      }
      e = made;
    }
  } else if (t instanceof PyBaseException) {
    if (v !== undefined && v !== None) throw typeError('instance exception may not have a separate value');
    e = abs.incref(t);
  } else {
    throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${t.ob_type.tp_name}`);
  }
  if (tb instanceof PyTraceback && tb !== e.tb) {
    R.heap.incref(tb);
    if (e.tb !== null) R.heap.decref(e.tb);
    e.tb = tb;
  }
  return e;
}

const throwArg = (args: PyObject[]): PyErr => {
  const e = makeException(args);
  return e instanceof PyErr ? e : new PyErr(e);
};

const endOrValue = (r: PyObject | null): PyObject => {
  if (r === null) throw new PyErr(newException(StopIteration, []));
  return r;
};

defMethod(generatorType, 'send', checkedMethod('generator.send', METH_O, (self, args) => endOrValue(genSend(self as PyGenerator, args[0]))));
defMethod(generatorType, '__next__', (self) => endOrValue(genSend(self as PyGenerator, null)));
// Up to 3.10 gen_throw is METH_VARARGS (Objects/genobject.c gen_methods): its arguments come in a tuple.
defMethod(
  generatorType,
  'throw',
  methVarargs(minors(8, 10), (self: PyObject, args: PyObject[], kw: PyStr[] | null) => {
    noKw('generator.throw', kw);
    between('throw', args, 1, 3);
    return endOrValue(genThrow(self as PyGenerator, throwArg(args)));
  }),
);
defMethod(generatorType, 'close', checkedMethod('generator.close', METH_NOARGS, (self) => genClose(self as PyGenerator)));
// gen_repr names the generator by gi_qualname.
generatorType.tp_repr = (o) => newStr(`<generator object ${abs.str((o as PyGenerator).qualnameObj)} at 0x${o.id.toString(16)}>`);

/**
 * _PyGen_Finalize: a suspended generator is closed first (a finally it is inside runs). Up to
 * 3.11 gen_close always throws GeneratorExit in, as does 3.12.1, whose gen_close reads the
 * opcode where it means the handler depth: outside a try block that leaves nothing behind
 * (the traceback entry, and the frame objects it needs, go with the error) except in 3.12.1,
 * where the frame object of the frame that dropped it is made then (take_ownership's f_back)
 * and stays. 3.13 throws it in only where a block or a `yield from` (its CLEANUP_THROW
 * handler) can catch it; elsewhere its gen_close clears the frame as gen_dealloc would.
 */
export function genFinalize(g: PyGenerator): void {
  // PyObject_CallFinalizerFromDealloc: once only (the collector or the exit may have run it).
  if (isFinalized(g)) return;
  g.ob_refcnt = 1;
  callFinalizer(g);
  g.ob_refcnt = 0;
}

/** _PyGen_Finalize, PyGen_Type's tp_finalize: a suspended generator is closed; a failure is only reported. */
generatorType.tp_finalize = (o) => {
  const g = o as PyGenerator;
  const f = g.frame;
  // Up to 3.11 closing a generator that has not started runs its frame to raise at its start
  // (3.8-3.10 enter it), which clears it; 3.12+ gen_close only marks it done, its locals kept.
  if (f.state === 'created' && R.minor <= 11) {
    R.heap.decref(genClose(g));
    return;
  }
  if (f.state !== 'suspended') return;
  try {
    R.heap.decref(genClose(g));
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    writeUnraisableErr(e, g);
  }
};

genHooks.finalize = genFinalize;

/**
 * gen_traverse: what the generator's frame holds (its locals, value stack and f_locals, its
 * frame object: 3.8-3.10's gi_frame, 3.11+'s frame_obj; from 3.11 its function), and the
 * exception it handles; so the collector sees cycles through a suspended or unstarted generator.
 */
generatorType.tp_traverse = (o, visit) => {
  const g = o as PyGenerator;
  const f = g.frame;
  for (const v of f.fast) if (v !== null) visit(v);
  for (let i = 0; i < f.sp; i++) {
    const v = f.stack[i];
    if (v !== null) visit(v);
  }
  if (f.localsDict !== null) visit(f.localsDict);
  if (f.frameObject !== null) visit(f.frameObject);
  if (f.ownsFunc && f.func !== null) visit(f.func);
  if (g.excValue !== null) visit(g.excValue);
  if (g.excRest.type !== null) visit(g.excRest.type);
  if (g.excRest.tb !== null) visit(g.excRest.tb);
};

// gen_getsetlist and gen_memberlist: the generator's names (those of the function that made
// it) and what it runs.
/** gen_set_name, gen_set_qualname: only a str replaces the name. */
function nameSetter(which: 'nameObj' | 'qualnameObj', attr: string) {
  return (o: PyObject, v: PyObject | null): void => {
    if (v === null || !(v instanceof PyStr)) throw typeError(`${attr} must be set to a string object`);
    const g = o as PyGenerator;
    const old = g[which];
    g[which] = abs.incref(v);
    R.heap.decref(old);
  };
}
defGetSet(generatorType, '__name__', (o) => abs.incref((o as PyGenerator).nameObj), nameSetter('nameObj', '__name__'));
defGetSet(generatorType, '__qualname__', (o) => abs.incref((o as PyGenerator).qualnameObj), nameSetter('qualnameObj', '__qualname__'));
const gen = (o: PyObject): PyGenerator => o as PyGenerator;
// gen_getframe: None once the generator has finished, else its frame's frame object (made now from 3.11).
const giFrame = (o: PyObject): PyObject => abs.incref(gen(o).frame.state === 'done' ? None : frameObjectOf(gen(o).frame));
const giCode = (o: PyObject): PyObject => abs.incref(gen(o).frame.code);
const giRunning = (o: PyObject): PyObject => abs.incref(gen(o).running ? True : False);
// Each was a READONLY struct member (gen_memberlist) before it became a getter: gi_running
// up to 3.9, gi_frame up to 3.10, gi_code up to 3.11.
for (const [name, get, lastMember] of [['gi_code', giCode, 11], ['gi_frame', giFrame, 10], ['gi_running', giRunning, 9]] as const) {
  defStructMember(generatorType, name, get, null);
  inVersions(generatorType, name, (m) => m <= lastMember);
  inVersions(generatorType, name, (m) => m > lastMember, new PyGetSetDescr(getsetDescrType, name, generatorType, get, null));
}
// gen_getsuspended (3.11+).
defGetSet(generatorType, 'gi_suspended', (o) => abs.incref(gen(o).frame.state === 'suspended' ? True : False));
inVersions(generatorType, 'gi_suspended', (m) => m >= 11);
defGetSet(generatorType, 'gi_yieldfrom', (o) => abs.incref(yieldFrom(o as PyGenerator) ?? None));
