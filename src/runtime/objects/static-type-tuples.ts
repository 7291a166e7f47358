// A builtin type's tp_mro and tp_bases tuples: type_ready made them at start-up, so __mro__
// and __bases__ hand out the same tuple each time (Objects/typeobject.c type_get_mro,
// type_get_bases) and reading them allocates nothing.
import { R } from '../state';
import { PyType } from './object';
import { newTuple, PyTuple, tupleSizeof, tupleType } from './tuple';

const made = new Map<PyType, { mro?: PyTuple; bases?: PyTuple }>();

/** A new run: its heap has made none yet. */
export function resetStaticTypeTuples(): void {
  made.clear();
}

/**
 * The builtin type's tuple, made on first use as start-up memory: an address among the
 * statics and no block of the model's (CPython's lies in start-up's pools), one reference (the
 * type's; 3.12+ immortal, _PyStaticType_InitBuiltin), and its items' references counted since
 * start-up (startup-type-refcounts.ts), so making it moves no count.
 */
export function staticTypeTuple(t: PyType, which: 'mro' | 'bases'): PyTuple {
  const items = which === 'mro' ? t.tp_mro : t.tp_bases;
  if (items.length === 0) return newTuple([]);
  let held = made.get(t);
  if (held === undefined) made.set(t, (held = {}));
  let tuple = held[which];
  if (tuple === undefined) {
    tuple = new PyTuple(tupleType, [...items]);
    tuple.ob_refcnt = R.minor >= 12 ? 0xffffffff : 1;
    R.heap.newStatic(tuple, 16 + tupleSizeof(items.length));
    // Start-up's collections untracked the tuples of static types, but 3.12's sit in the permanent generation.
    if (R.minor === 12) R.heap.gc.trackPermanent(tuple);
    held[which] = tuple;
  }
  R.heap.incref(tuple);
  return tuple;
}
