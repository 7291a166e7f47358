// What the evaluation loop does when an instruction raises (Python/ceval.c, the
// exception_unwind label): find the innermost handler, popping inlined frames that have none,
// and jump to it with the exception on the stack.
import { PyErr, RunStop } from '../errors';
import { R } from '../state';
import { Frame } from './frame';
import { recursionError } from './budget';
import { popFrame } from './inline-frames';
import { handlerTraceLine } from './line-ranges';
import { addTraceback } from './raise';

/** The Python exception that e0, thrown while f ran, stands for; what is not one (a bug, a stop) is thrown on. */
export function pyErrOf(e0: unknown, f: Frame): PyErr {
  let e = e0;
  if (e instanceof RangeError && e.message.startsWith('Maximum call stack')) {
    // The JS stack ran out in a call the loop could not inline (a dunder, a key
    // function): Python's answer to runaway recursion is a RecursionError.
    e = recursionError();
  }
  if (!(e instanceof PyErr)) {
    if (e instanceof RunStop && e.line === 0) e.line = f.line;
    throw e;
  }
  return e;
}

/**
 * The frame, from f out to entry, whose handler catches e: each frame e leaves gets its
 * traceback entry on the way. entry, with no handler, when none has one.
 */
export function handlerFrame(f: Frame, entry: Frame, e: PyErr): Frame {
  addTraceback(e, f, e.reraise);
  // Its callers did not raise it: each adds its entry.
  e.reraise = false;
  while (f.blocks.length === 0 && f !== entry) {
    // The exception leaves an inlined frame: on to its caller's handlers.
    f = popFrame(f);
    addTraceback(e, f, false);
  }
  return f;
}

/** Jump to f's innermost handler with e's exception on the stack, or false where f has none. */
export function jumpToHandler(f: Frame, e: PyErr): boolean {
  const b = f.blocks.pop();
  if (b === undefined) return false;
  const heap = R.heap;
  const stack = f.stack;
  while (f.sp > b.level) {
    const v = stack[--f.sp];
    if (v !== null) heap.decref(v);
  }
  // Up to 3.11 the handler's frame normalizes a pending error (exception_unwind), once the
  // stack is down to the handler's level, on its line.
  stack[f.sp++] = e.exc;
  f.pc = b.handler;
  if (R.minor === 9) {
    const l = handlerTraceLine(f, b.handler);
    if (l > 0) {
      heap.enterLine(l);
      f.line = l;
      f.lastPc = b.handler;
    }
  }
  return true;
}
