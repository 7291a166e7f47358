// What a heap type owns besides its own (raw-malloc'd) body, as Objects/typeobject.c keeps
// it: tp_dict as a dict object, the tp_bases and tp_mro tuples, and its entry in each
// base's tp_subclasses (an int key and a weak reference).
import { R } from '../state';
import type { PyDict } from './dict';
import { newDict } from './dict';
import { newIntBig, PyInt } from './int';
import { PyObject, PyType, typeLookup, typeNamespaces } from './object';
import { sequenceList, sequenceTuple } from './sequence';
import { typeType } from './typeobject';
import { internStr, PyStr } from './str';
import { newTuple } from './tuple';
import { newWeakref, PyWeakref } from './weakref';
import { typeModified } from './method-cache';

/**
 * tp_subclasses of the builtin types: CPython made them at start-up (object's already
 * holds hundreds of entries in a table too big for pymalloc), so the model keeps only the
 * entries it adds, and allocates their keys and weak references as CPython does.
 */
const staticSubclasses = new Map<PyType, Map<number, { key: PyInt; ref: PyWeakref }>>();

/** A new run starts with no subclasses recorded on the builtin types (the last run's classes died with its heap; their addresses come again). */
export function resetStaticSubclasses(): void {
  staticSubclasses.clear();
}

/** Set name in a heap type's namespace: the dict takes a reference, the lookup index borrows it. */
export function typeDictSet(t: PyType, name: string, v: PyObject): void {
  const d = t.ht_dict as PyDict;
  typeNamespaces.epoch++;
  typeModified(t);
  t.tp_dict.set(name, v);
  const key = internStr(name);
  d.set(key, v);
  R.heap.decref(key);
}

/** Delete name from a heap type's namespace; false when it is absent. */
export function typeDictDel(t: PyType, name: string): boolean {
  const d = t.ht_dict as PyDict;
  if (!t.tp_dict.delete(name)) return false;
  typeNamespaces.epoch++;
  typeModified(t);
  const key = internStr(name);
  d.delete(key);
  R.heap.decref(key);
  return true;
}

/** Index a heap type's dict (after PyDict_Copy of the namespace) by its str keys. */
export function indexTypeDict(t: PyType): void {
  t.tp_dict.clear();
  for (const [k, v] of (t.ht_dict as PyDict).entries()) if (k instanceof PyStr) t.tp_dict.set(k.value, v);
}

/** The new type's tp_mro as a tuple: it holds the type itself, so every class is in a cycle. */
export function setMroTuple(t: PyType): void {
  // mro_invoke: a class whose metaclass is not type itself has its metaclass's mro() called
  // (call_unbound_noarg); type's gives a list (type_mro_impl), which PySequence_Tuple copies.
  const mro = t.ob_type !== typeType ? typeLookup(t.ob_type, 'mro') : null;
  if (mro !== null && mro === typeType.tp_dict.get('mro')) {
    const list = typeMroImpl(t);
    try {
      t.ht_mro = sequenceTuple(list);
    } finally {
      R.heap.decref(list);
    }
    return;
  }
  for (const m of t.tp_mro) R.heap.incref(m);
  t.ht_mro = newTuple(t.tp_mro.slice());
}

/** type_mro_impl: mro_implementation's tuple, made a list (PySequence_List). */
export function typeMroImpl(t: PyType): PyObject {
  for (const m of t.tp_mro) R.heap.incref(m);
  const seq = newTuple(t.tp_mro.slice());
  try {
    return sequenceList(seq);
  } finally {
    R.heap.decref(seq);
  }
}

/** add_subclass: base.tp_subclasses[PyLong_FromVoidPtr(type)] = PyWeakref_NewRef(type, NULL). */
export function addSubclass(base: PyType, t: PyType): void {
  const key = newIntBig(BigInt(t.id));
  const ref = newWeakref(t);
  if (!base.isHeapType) {
    let m = staticSubclasses.get(base);
    if (m === undefined) staticSubclasses.set(base, (m = new Map()));
    m.set(t.id, { key, ref });
    return;
  }
  // add_subclass: the dict is made with PyDict_New when the first subclass comes.
  if (base.ht_subclasses === null) base.ht_subclasses = newDict();
  (base.ht_subclasses as PyDict).set(key, ref);
  R.heap.decref(key);
  R.heap.decref(ref);
}

/** remove_subclass: drop the entry (its key is looked up with a fresh int, as CPython does). */
export function removeSubclass(base: PyType, t: PyType): void {
  if (!base.isHeapType) {
    const e = staticSubclasses.get(base)?.get(t.id);
    if (e === undefined) return;
    staticSubclasses.get(base)!.delete(t.id);
    const probe = newIntBig(BigInt(t.id));
    R.heap.decref(e.key);
    R.heap.decref(e.ref);
    R.heap.decref(probe);
    return;
  }
  const d = base.ht_subclasses as PyDict | null;
  if (d === null) return;
  const probe = newIntBig(BigInt(t.id));
  d.delete(probe);
  R.heap.decref(probe);
}

/** type.__subclasses__(): the live subclasses in the order they were added. */
export function subclassesOf(t: PyType): PyType[] {
  const refs: PyWeakref[] = [];
  if (!t.isHeapType) for (const e of staticSubclasses.get(t)?.values() ?? []) refs.push(e.ref);
  else if (t.ht_subclasses !== null) for (const [, v] of (t.ht_subclasses as PyDict).entries()) refs.push(v as PyWeakref);
  return refs.map((r) => r.wr_object).filter((o): o is PyType => o instanceof PyType);
}

/** type_traverse: the collector follows a heap type's dict, MRO, bases and base. */
export function traverseHeapType(t: PyType, visit: (o: PyObject) => void): void {
  if (t.ht_dict !== null) visit(t.ht_dict);
  if (t.ht_mro !== null) visit(t.ht_mro);
  if (t.ht_bases !== null) visit(t.ht_bases);
  if (t.tp_base !== null) visit(t.tp_base);
}

/** type_clear: empty the dict and drop the MRO; type_dealloc frees the rest. */
export function clearHeapType(t: PyType): void {
  typeNamespaces.epoch++;
  typeModified(t);
  t.tp_dict.clear();
  if (t.ht_dict !== null) (t.ht_dict as PyDict).clear();
  const mro = t.ht_mro;
  t.ht_mro = null;
  if (mro !== null) R.heap.decref(mro);
}

/** type_dealloc's part for what this file models. */
export function deallocHeapType(t: PyType): void {
  for (const b of t.tp_bases) removeSubclass(b, t);
  typeNamespaces.epoch++;
  t.tp_dict.clear();
  const held: (PyObject | null)[] = [t.tp_base, t.ht_dict, t.ht_bases, t.ht_mro, t.ht_subclasses];
  const slots = t.ht_slots;
  t.ht_dict = t.ht_bases = t.ht_mro = t.ht_subclasses = t.ht_slots = null;
  for (const o of held) if (o !== null) R.heap.decref(o);
  // tp_doc goes before ht_slots.
  if (t.tp_doc !== 0) {
    R.heap.free(t.tp_doc, t.tp_docBytes, 'tp_doc');
    t.tp_doc = 0;
  }
  if (slots !== null) R.heap.decref(slots);
}

