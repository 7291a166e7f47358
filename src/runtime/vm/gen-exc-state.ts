// A generator's own exception state (gi_exc_state): gen_send_ex swaps it in on top of the
// caller's (tstate->exc_info, previous_item) and out again when the frame yields or ends.
import { R } from '../state';
import type { PyGenerator } from './call';
import { VM } from './vmstate';

/**
 * gen_send_ex: the generator's exc_state becomes the thread's exc_info, the caller's under it
 * (previous_item). The caller's state waits on the generator itself (it cannot be entered twice),
 * so a resume makes no record.
 */
export function enterExcState(g: PyGenerator): void {
  g.callerHandled = VM.handled;
  g.callerRest = VM.handledRest;
  g.callerSavedRest = VM.savedRest;
  g.callerOuter = VM.outer;
  if (VM.handled !== null) VM.outer = { handled: VM.handled, rest: VM.handledRest };
  VM.handled = g.excValue;
  VM.handledRest = g.excRest;
  VM.savedRest = g.excSavedRest;
}

/** The frame yielded or ended: the generator keeps what it then handles, the caller's state returns. */
export function leaveExcState(g: PyGenerator): void {
  g.excValue = VM.handled;
  g.excRest = VM.handledRest;
  g.excSavedRest = VM.savedRest;
  VM.handled = g.callerHandled;
  VM.handledRest = g.callerRest!;
  VM.savedRest = g.callerSavedRest!;
  VM.outer = g.callerOuter!;
  g.callerHandled = null;
  g.callerRest = g.callerSavedRest = g.callerOuter = null;
}

/** _PyErr_ClearExcState(&gen->gi_exc_state): what a finished or freed generator still handled goes. */
export function clearExcState(g: PyGenerator): void {
  const v = g.excValue;
  const { type, tb } = g.excRest;
  g.excValue = null;
  g.excRest = { type: null, tb: null };
  if (type !== null) R.heap.decref(type);
  if (v !== null) R.heap.decref(v);
  if (tb !== null) R.heap.decref(tb);
}
