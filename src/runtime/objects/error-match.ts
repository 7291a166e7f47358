// C code that catches an error it expects (PyErr_ExceptionMatches, then PyErr_Clear) looks
// only at the error's type: up to 3.11 an error no handler has seen is still a type and a
// value, and clearing it drops them without ever making the exception instance.
import { PyErr } from '../errors';
import { R } from '../state';
import { isSubtype, PyType } from './object';

/** PyErr_ExceptionMatches: the error is of one of the types, told without normalizing it. */
export function errorMatches(e: unknown, ...types: PyType[]): e is PyErr {
  return e instanceof PyErr && types.some((t) => isSubtype(e.type, t));
}

/** PyErr_Clear: what the error holds goes, the instance or a pending error's value and traceback. */
export function clearError(e: PyErr): void {
  for (const o of e.held) R.heap.decref(o);
}
