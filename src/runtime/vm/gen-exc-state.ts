// A generator's own exception state (gi_exc_state): gen_send_ex swaps it in on top of the
// caller's (tstate->exc_info, previous_item) and out again when the frame yields or ends.
import { R } from '../state';
import type { PyGenerator } from './call';
import { VM } from './vmstate';

/**
 * gen_send_ex: the generator's exc_state becomes the thread's exc_info, the caller's under it
 * (previous_item); returns what swaps it out again (the generator keeps what it then handles).
 */
export function enterExcState(g: PyGenerator): () => void {
  const saved = { handled: VM.handled, rest: VM.handledRest, savedRest: VM.savedRest, outer: VM.outer };
  VM.outer = VM.handled !== null ? { handled: VM.handled, rest: VM.handledRest } : VM.outer;
  VM.handled = g.excValue;
  VM.handledRest = g.excRest;
  VM.savedRest = g.excSavedRest;
  return () => {
    g.excValue = VM.handled;
    g.excRest = VM.handledRest;
    g.excSavedRest = VM.savedRest;
    VM.handled = saved.handled;
    VM.handledRest = saved.rest;
    VM.savedRest = saved.savedRest;
    VM.outer = saved.outer;
  };
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
