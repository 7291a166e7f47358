// mro_internal, mro_invoke and mro_implementation (Objects/typeobject.c): a new class's MRO
// tuple, from C3 (set_mro_error's TypeError on a conflict) or, for a metaclass that has its
// own, from what its mro() gives once mro_check has accepted it.
import { R } from '../state';
import * as abs from './abstract';
import { solidBase } from './classes';
import { typeError } from './exceptions';
import { isSubtype, PyObject, PyType, typeLookup } from './object';
import { sequenceList, sequenceTuple } from './sequence';
import { listAppend, newList, PyList } from './list';
import { newDict } from './dict';
import { None } from './singletons';
import { newStr } from './str';
import type { PyErr } from '../errors';
import { newTuple, PyTuple } from './tuple';
import { c3Mro, typeType } from './typeobject';

/** The new type's tp_mro as a tuple: it holds the type itself, so every class is in a cycle. */
export function setMroTuple(t: PyType): void {
  // mro_invoke: a class whose metaclass is not type itself has its metaclass's mro() called
  // (lookup_method, call_unbound_noarg); type's gives a list (type_mro_impl). Either way
  // PySequence_Tuple makes the tuple (a copy of a list) and the result is dropped.
  const mro = t.ob_type !== typeType ? typeLookup(t.ob_type, 'mro') : null;
  const result = mro === null ? mroImplementation(t) : mro === typeType.tp_dict.get('mro') ? typeMroImpl(t) : callMro(t, mro);
  let tuple: PyTuple;
  try {
    tuple = sequenceTuple(result);
  } finally {
    R.heap.decref(result);
  }
  if (mro !== null) {
    try {
      mroCheck(t, tuple);
    } catch (e) {
      R.heap.decref(tuple);
      throw e;
    }
  }
  t.ht_mro = tuple;
  // The order lookups follow from now on, whatever mro() gave.
  t.tp_mro = tuple.items as PyType[];
}

/** type_mro_impl (type.mro()): mro_implementation's result, a tuple made a list (PySequence_List). */
export function typeMroImpl(t: PyType): PyObject {
  const seq = mroImplementation(t);
  if (seq instanceof PyList) return seq;
  try {
    return sequenceList(seq);
  } finally {
    R.heap.decref(seq);
  }
}

/**
 * mro_implementation: with one base, a tuple of the type and the base's MRO; otherwise the C3
 * merge (pmerge) appended to a list that starts as [type], the MROs to merge held in a
 * PyMem array (to_merge) meanwhile.
 */
function mroImplementation(t: PyType): PyObject {
  const bases = t.tp_bases;
  if (bases.length === 1) {
    const items = [t, ...bases[0].tp_mro];
    for (const m of items) R.heap.incref(m);
    return newTuple(items);
  }
  const toMergeBytes = 8 * (bases.length + 1);
  const toMerge = R.heap.malloc(toMergeBytes, 'to_merge');
  const result = newList(1);
  R.heap.incref(t);
  result.items.push(t);
  try {
    pmerge(t, result);
  } catch (e) {
    R.heap.decref(result);
    throw e;
  } finally {
    R.heap.free(toMerge, toMergeBytes, 'to_merge');
  }
  return result;
}

/** pmerge: each class the merge takes is appended to acc (PyList_Append); remain is a PyMem int array. */
function pmerge(t: PyType, acc: PyList): void {
  const remainBytes = 4 * (t.tp_bases.length + 1);
  const remain = R.heap.malloc(remainBytes, 'remain');
  try {
    const r = c3Mro(t, t.tp_bases);
    for (const c of ('mro' in r ? r.mro : r.merged).slice(1)) listAppend(acc, c);
    if ('conflict' in r) throw setMroError(r.conflict);
  } finally {
    R.heap.free(remain, remainBytes, 'remain');
  }
}

/**
 * set_mro_error: the next candidates of the lists still to merge, keys of a dict (so each
 * once), are named in the TypeError (class_name: a builtin type's __name__ is a new str).
 */
function setMroError(heads: PyType[]): PyErr {
  const set = newDict();
  try {
    for (const c of heads) set.set(c, None);
    const names = heads.map((c) => {
      const name = className(c);
      if (!c.isHeapType) R.heap.decref(newStr(name));
      return name;
    });
    return typeError(`Cannot create a consistent method resolution${R.minor >= 13 ? ' ' : '\n'}order (MRO) for bases ${names.join(', ')}`);
  } finally {
    R.heap.decref(set);
  }
}

/** class_name (type_name): a heap type's ht_name, a builtin type's tp_name after its last dot (_PyType_Name). */
function className(t: PyType): string {
  return t.isHeapType ? (t.ht_name?.value ?? t.tp_name) : t.tp_name.slice(t.tp_name.lastIndexOf('.') + 1);
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
