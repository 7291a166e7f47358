// The thread state of the one run in progress (PyThreadState): the current frame,
// the exception being handled, the call depth and the step budget.
import type { PyObject } from '../objects/object';
import type { PyTuple } from '../objects/tuple';
import type { PyDict } from '../objects/dict';
import type { Frame } from './frame';

export const VM = {
  frame: null as Frame | null,
  /** The exception being handled (exc_info->exc_value, a reference of its own), or null. */
  handled: null as PyObject | null,
  /** Up to 3.10 exc_info also holds the handled exception's type and traceback; the outer handlers' are saved here. */
  handledRest: { type: null as PyObject | null, tb: null as PyObject | null },
  savedRest: [] as Array<{ type: PyObject | null; tb: PyObject | null }>,
  /**
   * While a generator runs, VM.handled is its own exc_state's; this is the topmost exception
   * the contexts under it handle (borrowed), which _PyErr_GetTopmostException finds through
   * previous_item when the generator handles none.
   */
  outer: { handled: null as PyObject | null, rest: { type: null as PyObject | null, tb: null as PyObject | null } },
  depth: 0,
  recursionLimit: 1000,
  /** 3.8's tstate->overflowed: a RecursionError was raised and the depth has not dropped back yet (budget.ts enterLevel). */
  overflowed: false,
  /** Line executions left before the step budget is next checked (ops.stepBudget refills it). */
  steps: 0,
  /** What the last refill gave VM.steps (ops.stepBudget shortens it near the trace budget). */
  chunk: 0,
  /** The trace's size at the last refill. */
  traceBytes: 0,
  stepBudget: 0,
  /** The line whose start ends the run (RunOptions.stopAtLine; 0: none). */
  stopLine: 0,
  /** Wall-clock deadline (ms since epoch), checked every so many steps. */
  deadline: Infinity,
  /**
   * The positional-arguments tuple _PyObject_MakeTpCall built for the call of callee now in
   * its tp_call: BaseException_new keeps that very tuple as the exception's args; and the
   * keywords' dict it made (or CALL_FUNCTION_EX's), which dict_init merges.
   */
  tpCall: { callee: null as PyObject | null, args: null as PyTuple | null, kwargs: null as PyDict | null },
  reset(steps: number, deadline: number): void {
    VM.frame = null;
    VM.handled = null;
    VM.handledRest = { type: null, tb: null };
    VM.savedRest = [];
    VM.outer = { handled: null, rest: { type: null, tb: null } };
    VM.depth = 0;
    VM.overflowed = false;
    // A run's sys.setrecursionlimit() is not the next run's.
    VM.recursionLimit = 1000;
    VM.tpCall = { callee: null, args: null, kwargs: null };
    VM.steps = steps;
    VM.chunk = steps;
    VM.traceBytes = 0;
    VM.stepBudget = steps;
    VM.deadline = deadline;
  },
};

/** _PyErr_GetTopmostException's exc_value: the running context's handled exception, else the nearest one under it (null: none). */
export function topHandled(): PyObject | null {
  return VM.handled ?? VM.outer.handled;
}

/** Up to 3.10, that exception's type and traceback as its exc_info keeps them. */
export function topHandledRest(): { type: PyObject | null; tb: PyObject | null } {
  return VM.handled !== null ? VM.handledRest : VM.outer.rest;
}
