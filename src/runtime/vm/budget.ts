// A run's limits as the evaluation loop meets them: the step counter's refill (with the time
// and trace budgets), seq * n's heap budget, and the RecursionError of a JS stack overflow.
import { PyErr, BudgetExceeded } from '../errors';
import { pyError, RecursionError } from '../objects/exceptions';
import { R } from '../state';
import { VM } from './vmstate';

const STEP_CHUNK = 1 << 16;

/** Called when the step counter runs out: refill it, or stop the run past the step or time budget. */
export function stepBudget(): void {
  const ran = VM.chunk - VM.steps - 1;
  VM.stepBudget -= ran;
  if (VM.stepBudget <= 0) {
    throw new BudgetExceeded('steps', 'the script ran past its step budget (an endless loop?)');
  }
  const used = timeAndTraceBudget();
  const h = R.heap;
  // A chunk of a fast loop records megabytes: near the trace budget the next check comes
  // sooner, after half the steps the last chunk's rate would take to reach it.
  const perStep = Math.max(1, (used - VM.traceBytes) / Math.max(1, ran));
  VM.traceBytes = used;
  VM.chunk = Math.max(256, Math.min(STEP_CHUNK, Math.floor((h.traceBudgetBytes - used) / perStep / 2)));
  VM.steps = VM.chunk;
}

/** Stop the run past its time or trace budget; returns the trace's bytes. */
export function timeAndTraceBudget(): number {
  if (Date.now() > VM.deadline) throw new BudgetExceeded('time', 'the script ran past its time budget (an endless loop?)');
  // A fast endless loop records millions of events a second: the run stops before its trace
  // is too big to keep and summarise in the time the extension gives it.
  const h = R.heap;
  const used = h.trace.bytesUsed;
  if (used > h.traceBudgetBytes) {
    throw new BudgetExceeded('trace', `the script's trace passed its budget of ${Math.round(h.traceBudgetBytes / 1048576)} MiB of events (an endless loop?)`);
  }
  return used;
}

/**
 * Py_EnterRecursiveCall while C code counts its depth with the frames' (3.8-3.11): one level
 * deeper for what it runs (the caller leaves with VM.depth-- in its finally), and past the limit
 * a RecursionError saying where (ceval.c _Py_CheckRecursiveCall).
 */
export function enterRecursiveCall(where: string): void {
  if (!enterLevel()) throw pyError(RecursionError, `maximum recursion depth exceeded${where}`);
}

/**
 * One level deeper, for C code's check or a new frame's (_Py_CheckRecursiveCall); past the limit
 * the level is not taken and false says so: the caller releases what it holds (a frame before
 * the error, as the allocator's trace has it), then raises.
 */
export function enterLevel(): boolean {
  if (R.minor === 8 && VM.overflowed) {
    // 3.8 lets the handling of a RecursionError go 50 levels past the limit, until a level left
    // drops below the low-water mark (Py_LeaveRecursiveCall; no level is taken in between, so
    // the depth found here is the one it left). Past those 50 CPython aborts; this raises.
    const limit = VM.recursionLimit;
    if (VM.depth < (limit > 200 ? limit - 50 : 3 * (limit >> 2))) VM.overflowed = false;
    else if (++VM.depth <= limit + 50) return true;
    else {
      VM.depth--;
      return false;
    }
  }
  if (++VM.depth <= VM.recursionLimit) return true;
  VM.depth--;
  // 3.8's _Py_CheckRecursiveCall: tstate->overflowed.
  if (R.minor === 8) VM.overflowed = true;
  return false;
}

/**
 * The level _PyObject_MakeTpCall and PyObject_Call take around a tp_call without a vectorcall
 * (a class, an instance with __call__) while C calls count with the frames (3.8-3.11, call.c);
 * returns the levels taken, which the caller gives back (VM.depth -= levels) after the call.
 */
export function enterTpCall(): number {
  if (R.minor > 11) return 0;
  enterRecursiveCall(' while calling a Python object');
  return 1;
}

/** Py_EnterRecursiveCall around what calls nothing further: only the check. */
export function checkRecursion(where: string): void {
  enterRecursiveCall(where);
  VM.depth--;
}

/** The RecursionError of a frame past the limit (enterLevel), or of the JS stack running out first. */
export function recursionError(): PyErr {
  return pyError(RecursionError, 'maximum recursion depth exceeded');
}
