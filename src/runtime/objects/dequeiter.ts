// The deque's iterators (Modules/_collectionsmodule.c dequeiter_type, dequereviter_type):
// { b, index, deque, state, counter } (72 bytes with the GC head), stopped by a deque whose
// state moved since they were made.
import { R } from '../state';
import * as abs from './abstract';
import { runtimeError } from './exceptions';
import { defMethod } from './function';
import { newIntSsize } from './int';
import { lengthHintOf } from './iterators';
import { PyObject, PyType } from './object';
import { afterVersionEntries, readyType } from './typeobject';
import { PyDeque } from './deque';

const ITER_BYTES = 16 + 56;

export class PyDequeIter extends PyObject {
  constructor(
    type: PyType,
    public deque: PyDeque | null,
    readonly state: number,
    public counter: number,
  ) {
    super(type);
  }
}

function iterType(name: string, reversed: boolean): PyType {
  const t = readyType(new PyType(null, `_collections.${name}`), undefined, { gc: true, basetype: false });
  t.startupHeapTypeSince = 12;
  t.tp_iter = (o) => abs.incref(o);
  t.tp_iternext = (o) => {
    const it = o as PyDequeIter;
    const d = it.deque!;
    if (d.state !== it.state) {
      it.counter = 0;
      throw runtimeError('deque mutated during iteration');
    }
    if (it.counter === 0) return null;
    // While the state holds, the deque's length is the one counted from.
    const n = d.items.length;
    const item = reversed ? d.items[it.counter - 1] : d.items[n - it.counter];
    it.counter--;
    return abs.incref(item);
  };
  t.tp_dealloc = (o) => {
    const it = o as PyDequeIter;
    R.heap.gc.untrack(o);
    const d = it.deque;
    it.deque = null;
    if (d !== null) abs.decref(d);
    const tp = o.ob_type;
    R.heap.freeObject(o, ITER_BYTES);
    if (R.minor >= 12) abs.decref(tp);
  };
  t.tp_traverse = (o, visit) => {
    const d = (o as PyDequeIter).deque;
    if (d !== null) visit(d);
  };
  t.tp_sizeof = () => ITER_BYTES - 16;
  lengthHintOf.set(t, (o) => (o as PyDequeIter).counter);
  defMethod(t, '__length_hint__', (o) => newIntSsize((o as PyDequeIter).counter));
  return t;
}

export const dequeIterType = iterType('_deque_iterator', false);
export const dequeRevIterType = iterType('_deque_reverse_iterator', true);
// 3.12's heap types are named by their PyType_Spec: "collections._deque_iterator".
afterVersionEntries.push((minor) => {
  for (const t of [dequeIterType, dequeRevIterType]) t.tp_name = `${minor >= 12 ? 'collections' : '_collections'}.${t.tp_name.slice(t.tp_name.indexOf('.') + 1)}`;
});

/** deque_iter / deque_reviter: PyObject_GC_New, holding the deque, tracked once filled. */
export function newDequeIter(d: PyDeque, reversed: boolean): PyDequeIter {
  const t = reversed ? dequeRevIterType : dequeIterType;
  const it = R.heap.newObject(new PyDequeIter(t, abs.incref(d), d.state, d.items.length), ITER_BYTES, 16);
  if (R.minor >= 12) abs.incref(t);
  return it;
}
