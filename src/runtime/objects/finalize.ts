// __del__: slot_tp_finalize and PyObject_CallFinalizerFromDealloc (Objects/typeobject.c,
// Objects/object.c), and PyErr_WriteUnraisable's report of an exception a finalizer raised
// (Python/errors.c). A GC object is finalized once only (_PyGC_FINALIZED), so one a
// finalizer brought back to life is later freed without its __del__ running again.
import { PyErr } from '../errors';
import { callFinalizer, finalizeHeld, garbageNow, isFinalized, mergeOrder, reachable } from '../gc';
import { R } from '../state';
import { unraisableText } from '../traceback';
import * as abs from './abstract';
import type { PyBaseException } from './exceptions';
import type { PyDict } from './dict';
import { PyObject, typeLookup } from './object';
import { None } from './singletons';

/**
 * PyObject_CallFinalizerFromDealloc: the object is alive again (refcount 1) while its
 * __del__ runs; true when the finalizer kept a reference, and the dealloc must stop.
 */
export function finalizerResurrects(o: PyObject): boolean {
  if (o.ob_type.tp_finalize === undefined || isFinalized(o)) return false;
  R.heap.incref(o);
  callFinalizer(o);
  if (o.ob_refcnt === 1) {
    R.heap.releaseLastRef(o);
    return false;
  }
  R.heap.decref(o);
  return true;
}

/** slot_tp_finalize: call __del__; an exception from it is reported and dropped. */
export function slotTpFinalize(o: PyObject): void {
  const del = typeLookup(o.ob_type, '__del__');
  if (del === null || del === None) return;
  try {
    abs.decref(abs.call(del, [o]));
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    writeUnraisable(e.exc as PyBaseException, del);
  }
}

/** PyErr_WriteUnraisable through the default sys.unraisablehook: "Exception ignored in: <obj>" and the traceback. */
export function writeUnraisable(exc: PyBaseException, obj: PyObject): void {
  R.err(`Exception ignored in: ${abs.repr(obj)}\n${unraisableText(exc, R.filename, R.sourceLines)}`);
  abs.decref(exc);
}

/**
 * Py_FinalizeEx, when the script made something with a finalizer (a class with __del__, a
 * generator). With the collector enabled, _PyGC_CollectIfEnabled runs first while __main__ is
 * still held: cycles the script dropped are finalized and freed, and what __main__ reaches is
 * moved in the collector's lists behind what found it (move_unreachable). Then finalize_modules
 * drops __main__, whose dict its own functions keep in a cycle, so the final collection
 * (_PyGC_CollectNoFail) finds the dict and all only it holds unreachable and runs their
 * finalizers (finalize_garbage) in list order while everything is in place; what a finalizer
 * lets go of (a closed generator's frame) goes at once. The model runs those finalizers and
 * leaves the rest of the heap as it was. The order follows from the generations (start-up left
 * __main__'s dict in generation 1, in 2 on this machine's 3.11: Heap's promoteAll) and the
 * order traversal visits (measured on 3.8-3.13: memory/gc/exit_finalization_order.py).
 */
export function finalizeMainAtExit(globals: PyDict): void {
  if (!R.done.has(FINALIZERS_MADE)) return;
  const gc = R.heap.gc;
  if (gc.enabled) {
    // Py_FinalizeEx's _PyGC_CollectIfEnabled, before finalize_modules: __main__ is held still.
    R.heap.incref(globals);
    try {
      gc.collect(2);
    } finally {
      R.heap.decref(globals);
    }
  }
  const reached = reachable([globals]);
  // Cycles the script dropped are garbage in the final collection too (with the collector disabled, first found there).
  const garbage = garbageNow(gc);
  const gens = gc.generations;
  const order: PyObject[] = [];
  for (const g of mergeOrder(2)) for (const o of gens[g]) if (reached.has(o) || garbage.has(o)) order.push(o);
  for (const o of order) if (o.ob_refcnt > 0) finalizeHeld(o);
}

/** R.done key: a class with __del__ exists, so exit clears the main module. */
export const FINALIZERS_MADE = 'tp_finalize';
