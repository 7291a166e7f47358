// How a run stops early. A Python exception travels as a thrown PyErr carrying the
// exception object; a budget stop or an unsupported feature is a RunStop (user
// errors are data); anything else thrown is a bug in the runtime.
import type { PyObject } from './objects/object';

/** A raised Python exception in flight (the exception instance holds a reference). */
export class PyErr {
  /** Raised again from where it was caught (RERAISE, a bare `raise`): its frame is in its traceback already. */
  reraise = false;
  constructor(readonly exc: PyObject) {}
}

/** A re-raise of exc: the frame that raises it adds no traceback entry (ceval.c's exception_unwind, not error). */
export function reraiseErr(exc: PyObject): PyErr {
  const e = new PyErr(exc);
  e.reraise = true;
  return e;
}

export type StopKind = 'steps' | 'time' | 'heap' | 'trace' | 'unsupported';

/** The run cannot go on: a budget was exceeded or the script used what the runtime does not model. */
export class RunStop {
  line = 0;
  constructor(
    readonly kind: StopKind,
    readonly message: string,
  ) {}
}

export class BudgetExceeded extends RunStop {}

export function unsupported(what: string): RunStop {
  return new RunStop('unsupported', `${what} is not supported by the Arena Lens mini-runtime`);
}
