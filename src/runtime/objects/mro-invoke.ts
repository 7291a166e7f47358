// mro_internal and mro_invoke (Objects/typeobject.c): a new class's MRO tuple, from C3 or, for
// a metaclass that has its own, from what its mro() gives once mro_check has accepted it.
import { R } from '../state';
import * as abs from './abstract';
import { solidBase } from './classes';
import { typeError } from './exceptions';
import { typeMroImpl } from './heaptype';
import { isSubtype, PyObject, PyType, typeLookup } from './object';
import { sequenceTuple } from './sequence';
import { newTuple, PyTuple } from './tuple';
import { typeType } from './typeobject';

/** The new type's tp_mro as a tuple: it holds the type itself, so every class is in a cycle. */
export function setMroTuple(t: PyType): void {
  // mro_invoke: a class whose metaclass is not type itself has its metaclass's mro() called
  // (lookup_method, call_unbound_noarg); type's gives a list (type_mro_impl), which
  // PySequence_Tuple copies.
  const mro = t.ob_type !== typeType ? typeLookup(t.ob_type, 'mro') : null;
  if (mro === null) {
    for (const m of t.tp_mro) R.heap.incref(m);
    t.ht_mro = newTuple(t.tp_mro.slice());
    return;
  }
  const result = mro === typeType.tp_dict.get('mro') ? typeMroImpl(t) : callMro(t, mro);
  let tuple: PyTuple;
  try {
    tuple = sequenceTuple(result);
  } finally {
    R.heap.decref(result);
  }
  try {
    mroCheck(t, tuple);
  } catch (e) {
    R.heap.decref(tuple);
    throw e;
  }
  t.ht_mro = tuple;
  // The order lookups follow from now on, whatever mro() gave.
  t.tp_mro = tuple.items as PyType[];
}

/** A metaclass's own mro(): a function is called unbound, another descriptor bound first. */
function callMro(t: PyType, mro: PyObject): PyObject {
  if (mro.ob_type.tp_flags_method_descriptor) return abs.call(mro, [t]);
  const bound = abs.lookupSpecial(t, 'mro')!;
  try {
    return abs.call(bound, []);
  } finally {
    R.heap.decref(bound);
  }
}

/** mro_check: every entry a class whose layout the type's own solid base extends. */
function mroCheck(t: PyType, mro: PyTuple): void {
  const solid = solidBase(t);
  for (const o of mro.items) {
    if (!(o instanceof PyType)) throw typeError(`mro() returned a non-class ('${o.ob_type.tp_name}')`);
    if (!isSubtype(solid, solidBase(o))) throw typeError(`mro() returned base with unsuitable layout ('${o.tp_name}')`);
  }
}
