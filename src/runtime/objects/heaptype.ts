// What a heap type owns besides its own (raw-malloc'd) body, as Objects/typeobject.c keeps
// it: tp_dict as a dict object, the tp_bases and tp_mro tuples, and its entry in each
// base's tp_subclasses (an int key and a weak reference).
import { R } from '../state';
import type { PyDict } from './dict';
import { calculateLog2Keysize, keysObjectBytes, newDict, usableFraction } from './dict';
import { allocKeysObject, freeKeysObject } from './dict-keys';
import { startupSubclassTables } from './startup-subclasses';
import { newIntBig, PyInt } from './int';
import { PyObject, PyType, typeNamespaces } from './object';
import type { PyErr } from '../errors';
import { internStr, PyStr } from './str';
import { newWeakref, PyWeakref } from './weakref';
import { typeModified } from './method-cache';

/**
 * A builtin type's tp_subclasses table as start-up left it, which the model does not hold:
 * its entries (ma_used), log2 of its size and dk_usable. A subclass the script adds takes a
 * slot; when none is left the table grows (insertion_resize) as a dict's does.
 */
interface StartupTable {
  used: number;
  log2: number;
  usable: number;
  /** The table's block once the script made it grow (0: start-up's own table). */
  block: number;
}

/** A builtin type's subclasses in this run: a dict the script made, or start-up's table with the entries the script added. */
interface StaticSubclasses {
  dict: PyDict | null;
  table: StartupTable | null;
  entries: Map<number, { key: PyInt; ref: PyWeakref }>;
}

const staticSubclasses = new Map<PyType, StaticSubclasses>();

/** A new run starts with no subclasses recorded on the builtin types (the last run's classes died with its heap; their addresses come again). */
export function resetStaticSubclasses(): void {
  staticSubclasses.clear();
}

function staticRecord(base: PyType): StaticSubclasses {
  let rec = staticSubclasses.get(base);
  if (rec === undefined) {
    const t = startupSubclassTables(R.minor)[base.tp_name];
    rec = { dict: null, table: t === undefined ? null : { used: t[0], log2: t[1], usable: t[2], block: 0 }, entries: new Map() };
    staticSubclasses.set(base, rec);
  }
  return rec;
}

/** insertdict into start-up's table: a full one grows first (insertion_resize, GROWTH_RATE = ma_used * 3). */
function tableInsert(t: StartupTable): void {
  if (t.usable <= 0) {
    const oldBytes = keysObjectBytes(t.log2, false);
    const old = t.block !== 0 ? t.block : R.heap.mallocStartup(oldBytes, 'dict keys');
    const log2 = calculateLog2Keysize(t.used * 3);
    const bytes = keysObjectBytes(log2, false);
    t.block = allocKeysObject(log2, false, bytes);
    // dictresize frees the old table after making the new one; up to 3.10 a small one is parked.
    freeKeysObject(old, t.log2, false, oldBytes);
    t.log2 = log2;
    t.usable = usableFraction(1 << log2) - t.used;
  }
  t.usable--;
  t.used++;
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


/** add_subclass: base.tp_subclasses[PyLong_FromVoidPtr(type)] = PyWeakref_NewRef(type, NULL). */
export function addSubclass(base: PyType, t: PyType): void {
  const key = newIntBig(BigInt(t.id));
  const ref = newWeakref(t);
  if (!base.isHeapType) {
    const rec = staticRecord(base);
    if (rec.table !== null) {
      tableInsert(rec.table);
      rec.entries.set(t.id, { key, ref });
      return;
    }
    // add_subclass (init_tp_subclasses from 3.12): a type start-up gave no subclass gets its dict now.
    if (rec.dict === null) rec.dict = newDict();
    dictInsert(rec.dict, key, ref);
    return;
  }
  // add_subclass: the dict is made with PyDict_New when the first subclass comes.
  if (base.ht_subclasses === null) base.ht_subclasses = newDict();
  dictInsert(base.ht_subclasses as PyDict, key, ref);
}

function dictInsert(d: PyDict, key: PyInt, ref: PyWeakref): void {
  d.set(key, ref);
  R.heap.decref(key);
  R.heap.decref(ref);
}

/** A class start-up made (the model makes _frozen_importlib's ModuleSpec): start-up's tables count it already. */
export function madeAtStartup(t: PyType): void {
  for (const b of t.tp_bases) {
    const table = b.isHeapType ? null : (staticSubclasses.get(b)?.table ?? null);
    if (table === null) continue;
    table.used--;
    table.usable++;
  }
}

/** The dict holding base's subclasses, if it has one the model holds. */
function subclassDict(base: PyType): PyDict | null {
  return (base.isHeapType ? base.ht_subclasses : (staticSubclasses.get(base)?.dict ?? null)) as PyDict | null;
}

/**
 * remove_subclass: drop the entry (its key is looked up with a fresh int, as CPython does). A
 * class whose PyType_Ready failed before add_subclass (an MRO conflict) is not there:
 * PyDict_DelItem's KeyError (_PyErr_SetKeyError) is made and cleared.
 */
export function removeSubclass(base: PyType, t: PyType): void {
  const rec = base.isHeapType ? undefined : staticSubclasses.get(base);
  if (rec !== undefined && rec.table !== null) {
    const e = rec.entries.get(t.id);
    if (e === undefined) {
      const probe = newIntBig(BigInt(t.id));
      clearKeyError(probe);
      R.heap.decref(probe);
      return;
    }
    rec.entries.delete(t.id);
    // delitem leaves a dummy: the slot stays used up.
    rec.table.used--;
    const probe = newIntBig(BigInt(t.id));
    R.heap.decref(e.key);
    R.heap.decref(e.ref);
    R.heap.decref(probe);
    return;
  }
  const d = subclassDict(base);
  if (d === null) return;
  const probe = newIntBig(BigInt(t.id));
  if (!d.delete(probe)) clearKeyError(probe);
  R.heap.decref(probe);
}

/** _PyErr_SetKeyError (objects/dictviews.ts sets it: importing that file here is a cycle). */
export const keyErrorHook: { make: ((key: PyObject) => PyErr) | null } = { make: null };

/** The KeyError PyDict_DelItem raises, cleared at once (PyErr_Clear). */
function clearKeyError(key: PyObject): void {
  for (const o of keyErrorHook.make!(key).held) R.heap.decref(o);
}

/** type.__subclasses__(): the live subclasses in the order they were added. */
export function subclassesOf(t: PyType): PyType[] {
  const refs: PyWeakref[] = [];
  const d = subclassDict(t);
  if (d !== null) for (const [, v] of d.entries()) refs.push(v as PyWeakref);
  else for (const e of staticSubclasses.get(t)?.entries.values() ?? []) refs.push(e.ref);
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
  const names = [t.ht_name, t.ht_qualname];
  t.ht_name = t.ht_qualname = null;
  for (const o of names) if (o !== null) R.heap.decref(o);
  if (slots !== null) R.heap.decref(slots);
}

