// How a run stops early. A Python exception travels as a thrown PyErr carrying the
// exception object; a budget stop or an unsupported feature is a RunStop (user
// errors are data); anything else thrown is a bug in the runtime.
import type { PyObject, PyType } from './objects/object';

/**
 * A raised Python exception in flight (it holds a reference to the exception). Up to 3.11 an
 * error C code sets (PyErr_SetString, PyErr_Format) is only its type and value until
 * something normalizes it (_PyErr_NormalizeException): the instance and its args tuple are
 * made then, usually by the frame whose handler catches it, on that frame's line.
 */
export class PyErr {
  /** Raised again from where it was caught (RERAISE, a bare `raise`): its frame is in its traceback already. */
  reraise = false;
  /** Not yet normalized: the type, the value (a reference the instance takes over, or null) and the traceback so far. */
  pending: { type: PyObject; value: PyObject | null; tb: PyObject | null } | null = null;
  private made: PyObject | null;
  constructor(exc: PyObject | null) {
    this.made = exc;
  }

  /** The exception instance, made now (where the run is) if it is still pending. */
  get exc(): PyObject {
    if (this.made === null) {
      const p = this.pending!;
      this.pending = null;
      this.made = normalizeHook.make(p.type, p.value, p.tb);
    }
    return this.made;
  }

  get normalized(): boolean {
    return this.made !== null;
  }

  /** Its type (curexc_type), what PyErr_ExceptionMatches tests without normalizing. */
  get type(): PyType {
    return this.made !== null ? this.made.ob_type : (this.pending!.type as PyType);
  }

  /** What PyErr_Clear drops, in its order: the instance, or a pending error's value and traceback (its type is static). */
  get held(): PyObject[] {
    if (this.made !== null) return [this.made];
    const p = this.pending!;
    return [p.value, p.tb].filter((o): o is PyObject => o !== null);
  }
}

/** _PyErr_CreateException with the traceback set (the exceptions module fills it in). */
export const normalizeHook: { make: (type: PyObject, value: PyObject | null, tb: PyObject | null) => PyObject } = {
  make: () => {
    throw new Error('exceptions are not set up');
  },
};

/** An error set by C code with type and value (a new reference, or null), normalized later. */
export function pendingErr(type: PyObject, value: PyObject | null): PyErr {
  const e = new PyErr(null);
  e.pending = { type, value, tb: null };
  return e;
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

/** The run reached RunOptions.stopAtLine: it ends there as a script that ended. */
export class StopAtLine {}

export function unsupported(what: string): RunStop {
  return new RunStop('unsupported', `${what} is not supported by the Arena Lens mini-runtime`);
}
