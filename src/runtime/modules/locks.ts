// importlib's module locks (Lib/importlib/_bootstrap.py _ModuleLock, _get_module_lock): the
// _thread locks each import makes and drops, the bound __enter__/__exit__ of `with self.lock:`,
// and from 3.12 the count and waiters lists; made and freed through the heap like the rest.
import * as abs from '../objects/abstract';
import { methodDescrType, newBoundBuiltin, PyMethodDescr } from '../objects/function';
import { listResize, newList, PyList } from '../objects/list';
import { PyObject, PyType } from '../objects/object';
import { None, True } from '../objects/singletons';
import { newTuple } from '../objects/tuple';
import { readyType } from '../objects/typeobject';
import { R } from '../state';

/** _thread.lock (Modules/_threadmodule.c lockobject) and, from 3.12, _thread.RLock (rlockobject). */
const lockType = readyType(new PyType(null, '_thread.lock'), undefined, { basetype: false });
const rlockType = readyType(new PyType(null, '_thread.RLock'));
/** lockobject: the head, lock_lock, in_weakreflist and locked; rlockobject: rlock_lock, rlock_owner, rlock_count, in_weakreflist. */
const LOCK_BYTES = 40;
const RLOCK_BYTES = 48;
lockType.tp_dealloc = (o) => R.heap.freeObject(o, LOCK_BYTES);
rlockType.tp_dealloc = (o) => R.heap.freeObject(o, RLOCK_BYTES);

const noop = () => abs.incref(None);
const enterExit = new Map<PyType, [PyMethodDescr, PyMethodDescr]>(
  [lockType, rlockType].map((t) => [t, [new PyMethodDescr(methodDescrType, '__enter__', t, noop), new PyMethodDescr(methodDescrType, '__exit__', t, noop)]]),
);

/** A _ModuleLock's own objects while it lives (its instance and weakref are not modelled). */
export interface ModuleLock {
  lock: PyObject;
  wakeup: PyObject;
  /** 3.12+: self.count and self.waiters. */
  count: PyList | null;
  waiters: PyList | null;
}

/** _ModuleLock.__init__: lock (an RLock from 3.12), wakeup, and from 3.12 the two lists. */
export function newModuleLock(): ModuleLock {
  const lock = R.minor >= 12 ? R.heap.newObject(new PyObject(rlockType), RLOCK_BYTES, 0) : R.heap.newObject(new PyObject(lockType), LOCK_BYTES, 0);
  const wakeup = R.heap.newObject(new PyObject(lockType), LOCK_BYTES, 0);
  const lists = R.minor >= 12;
  return { lock, wakeup, count: lists ? newList() : null, waiters: lists ? newList() : null };
}

/**
 * `with self.lock:` (ceval SETUP_WITH / BEFORE_WITH): __enter__ and __exit__ looked up as bound
 * builtin methods (3.8's from the PyCFunction free list), __enter__ dropped once called and
 * __exit__ after the block, which runs body. __exit__(None, None, None) is METH_VARARGS
 * (lock_PyThread_release, rlock_release): its arguments are packed into a tuple.
 */
function withLock(l: ModuleLock, body: () => void): void {
  const [enter, exit] = enterExit.get(l.lock.ob_type)!;
  const e = newBoundBuiltin(enter, l.lock);
  const x = newBoundBuiltin(exit, l.lock);
  abs.decref(e);
  body();
  abs.decref(newTuple([abs.incref(None), abs.incref(None), abs.incref(None)]));
  abs.decref(x);
}

/** _ModuleLock.acquire, uncontended: the owner is set; from 3.12 self.count.append(True). */
export function acquire(l: ModuleLock): void {
  withLock(l, () => {
    if (l.count !== null) {
      listResize(l.count, l.count.items.length + 1);
      l.count.items.push(abs.incref(True));
    }
  });
}

/** _ModuleLock.release: from 3.12 self.count.pop(). */
export function release(l: ModuleLock): void {
  withLock(l, () => {
    if (l.count !== null) {
      const v = l.count.items.pop()!;
      listResize(l.count, l.count.items.length);
      abs.decref(v);
    }
  });
}

/** The _ModuleLock dies when the import is done (its weakref's callback drops the _module_locks entry). */
export function dropModuleLock(l: ModuleLock): void {
  abs.decref(l.lock);
  abs.decref(l.wakeup);
  if (l.count !== null) abs.decref(l.count);
  if (l.waiters !== null) abs.decref(l.waiters);
}
