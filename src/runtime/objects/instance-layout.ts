// The memory layout of instances of classes defined in Python, per version: the object's
// size, the pre-header sys.getsizeof adds, and where the attribute values live (a
// key-sharing __dict__ in 3.8-3.10, a values array in 3.11-3.12, inline values from 3.13).
import { R } from '../state';
import type { PyObject, PyType } from './object';
import type { PyStr } from './str';
import { typeLayout } from './builtin-layouts';
import { addSharedName, decrefSplitKeys, newClassKeys, releaseKeys, SharedNames, SplitKeys } from './split-keys';

/** How many __slots__ members instances of t carry (declared by t or inherited). */
export function slotCount(t: PyType): number {
  for (const k of t.tp_mro) if (k.slotNames !== null) return k.slotNames.length;
  return 0;
}

/** The slot names instances of b carry: those of the first class in its MRO that has __slots__. */
export function inheritedSlotNames(b: PyType): string[] {
  for (const k of b.tp_mro) if (k.slotNames !== null) return k.slotNames;
  return [];
}

/** Instances of t have a __dict__ (no __slots__ on t, or a base or '__dict__' among them gave one). */
export function hasInstanceDict(t: PyType): boolean {
  return t.instanceDict;
}

/**
 * tp_basicsize of a heap type laid out on object (type_new): the header, the slots, and
 * up to 3.10 the __dict__ and __weakref__ pointers; 3.11 keeps the weakref pointer and
 * moves the dict before the object; 3.12+ move both (Py_TPFLAGS_MANAGED_DICT/WEAKREF).
 */
export function instanceBasicsize(t: PyType): number {
  const slots = 16 + 8 * slotCount(t);
  const add = addedMembers(t);
  if (R.minor <= 10) return slots + (add.dict ? 8 : 0) + (add.weakref ? 8 : 0);
  if (R.minor === 11) return slots + (add.weakref ? 8 : 0);
  return slots;
}

/** _PyType_PreHeaderSize: the GC head, plus the managed dict/weakref pointers from 3.11. */
export function preHeaderSize(t: PyType, o?: PyObject): number {
  // 3.13+ (_PySys_GetSizeOf): a static type object has no pre-header to count.
  if (R.minor >= 13 && o !== undefined && t.tp_name === 'type' && !(o as PyType).isHeapType) return 0;
  const gc = t.tp_flags_gc ? 16 : 0;
  const add = addedMembers(t);
  const managed = managedDict(t) || (R.minor >= 12 && add.weakref);
  return gc + (managed ? 16 : 0);
}

/** The builtin type a class's instances are laid out as (its "solid base"). */
export function solidBuiltin(t: PyType): PyType | null {
  let b: PyType | null = t;
  while (b !== null && b.isHeapType) b = b.tp_base;
  return b;
}

/** tp_itemsize, tp_dictoffset and tp_weaklistoffset of a builtin type (builtin-layouts.ts; 0 where untabled). */
export function builtinOffsets(b: PyType): { itemsize: number; dictoffset: number; weaklistoffset: number } {
  const f = typeLayout(b.tp_name, R.minor);
  return f === null ? { itemsize: 0, dictoffset: 0, weaklistoffset: 0 } : { itemsize: f[1], dictoffset: f[3], weaklistoffset: f[4] };
}

/** Is the builtin of variable size (tp_itemsize != 0: int, bytes, tuple, type...)? */
export function varSized(b: PyType): boolean {
  return builtinOffsets(b).itemsize !== 0;
}

/**
 * The __dict__ and weak reference list that heap classes (t or its bases: type_new's add_dict,
 * add_weak) added to the builtin base's layout: none where the builtin has them already
 * (BaseException, type, module have a dict; set, frozenset, type, function... a weak
 * reference list), no weak reference list where its instances vary in size.
 */
function addedMembers(t: PyType): { dict: boolean; weakref: boolean; varSized: boolean } {
  const base = solidBuiltin(t);
  if (!t.isHeapType || base === null) return { dict: false, weakref: false, varSized: false };
  const { itemsize, dictoffset, weaklistoffset } = builtinOffsets(base);
  const v = itemsize !== 0;
  return { dict: t.instanceDict && dictoffset === 0, weakref: t.instanceWeakref && weaklistoffset === 0 && !v, varSized: v };
}

/**
 * Bytes a class adds to its builtin base's body: the dict and weakref pointers not managed
 * before the object. Up to 3.11 a variable-size base gets its dict pointer after the items
 * (a negative tp_dictoffset); 3.12 manages it too.
 */
export function subclassExtraBytes(t: PyType): number {
  const add = addedMembers(t);
  if (R.minor <= 10) return (add.dict ? 8 : 0) + (add.weakref ? 8 : 0);
  if (R.minor === 11) return (add.weakref ? 8 : 0) + (add.dict && add.varSized ? 8 : 0);
  return 0;
}

/**
 * PyType_GenericAlloc(t, nitems) for a class derived from a builtin of that basicsize and
 * itemsize: the pre-header, then the base's body, the class's extra pointers and slots, and one
 * item more than asked for, rounded to 8 (_PyObject_VAR_SIZE).
 */
export function genericAllocBytes(t: PyType, basicsize: number, itemsize: number, nitems: number): number {
  return preHeaderSize(t) + Math.ceil((basicsize + subclassExtraBytes(t) + 8 * slotCount(t) + (nitems + 1) * itemsize) / 8) * 8;
}

/** The type's instances are laid out on object (no builtin base with its own layout). */
function slotBase(t: PyType): boolean {
  const b = solidBuiltin(t);
  return b === null || b.tp_name === 'object';
}

/**
 * The class's shared keys (ht_cached_keys): in 3.8-3.10 the keys object new instance dicts
 * share (`table`, null once sharing stopped); in 3.11+ the attribute names inserted so far
 * and the usable entries left (SHARED_KEYS_MAX_SIZE = 30 at class creation).
 */
interface SharedKeys extends SharedNames {
  table: SplitKeys | null;
  /** The keys object's block and size (0 while the class has none). */
  block: number;
  bytes: number;
}
const shared = new WeakMap<PyType, SharedKeys>();

export function sharedKeys(t: PyType): SharedKeys {
  let k = shared.get(t);
  if (k === undefined) shared.set(t, (k = { table: null, names: new Set(), held: [], usable: 30, block: 0, bytes: 0 }));
  return k;
}

function round8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

/**
 * The inline values an instance gets at creation from 3.11 (Objects/dictobject.c
 * _PyObject_InitInlineValues, 3.13 _PyType_AllocNoTrack): each new instance first lowers
 * the shared keys' usable count (while above 1), then sizes its values for the names so
 * far plus what is still usable. 3.13 takes the size before the decrement. Returns the
 * bytes of the values (a separate block in 3.11-3.12, part of the object from 3.13).
 */
export function newInstanceValues(shape: InstanceShape): { bytes: number; capacity: number } {
  const k = shape.keys;
  if (k === null) return NO_VALUES;
  const before = k.names.size + k.usable;
  if (k.usable > 1) k.usable--;
  if (R.minor >= 13) return { bytes: valuesBytes(before), capacity: before };
  const n = k.names.size + k.usable;
  return { bytes: valuesBytes(n), capacity: n };
}

const NO_VALUES = { bytes: 0, capacity: 0 } as const;

/**
 * What object.__new__ needs of a class, fixed once the class exists (its MRO, __slots__
 * and flags do not change after type_new), worked out once per class and version.
 */
export interface InstanceShape {
  readonly minor: number;
  readonly preHeader: number;
  readonly basicsize: number;
  readonly slots: number;
  /** The class's shared keys when its instances get values at creation (3.11+), else null. */
  readonly keys: SharedKeys | null;
}

export function instanceShape(t: PyType): InstanceShape {
  const s = t.instanceShape as InstanceShape | null;
  if (s !== null && s.minor === R.minor) return s;
  // 3.13 gives inline values (Py_TPFLAGS_INLINE_VALUES, type_ready_managed_dict) only where
  // the body is a bare PyObject: a base's __slots__ leave its instances a dict made at first store.
  const values = R.minor >= 11 && hasInstanceDict(t) && slotBase(t) && (R.minor <= 12 || instanceBasicsize(t) === 16);
  const keys = values ? sharedKeys(t) : null;
  const made: InstanceShape = { minor: R.minor, preHeader: preHeaderSize(t), basicsize: instanceBasicsize(t), slots: slotCount(t), keys };
  t.instanceShape = made;
  return made;
}

/**
 * new_values(n): a PyDictValues for n values, its prefix of per-value order bytes rounded to
 * pointers (3.11-3.12: with 2 bytes more); 3.13 adds a pointer-sized header (values_size_from_count).
 */
export function valuesBytes(n: number): number {
  return R.minor >= 13 ? round8(n) + 8 * (n + 1) : round8(n + 2) + 8 * n;
}

/** Key sharing is turned off for the class (3.8-3.10 CACHED_KEYS = NULL, dictkeys_decref). */
export function stopSharing(t: PyType): void {
  const k = sharedKeys(t);
  if (k.table !== null) decrefSplitKeys(k.table);
  k.table = null;
}

/**
 * _PyObjectDict_SetItem (3.8-3.10): an attribute store that made the instance's split dict
 * combined makes its keys the class's shared keys when no other dict shares the old ones
 * (dk_refcnt == 1, the class's own reference), else turns key sharing off.
 */
export function afterSplitStore(t: PyType, d: { splitOf: SplitKeys | null; makeKeysShared(): SplitKeys }, was: SplitKeys | null): void {
  const k = sharedKeys(t);
  if (was === null || was !== k.table || d.splitOf === was) return;
  k.table = was.refcnt === 1 && d.splitOf === null ? d.makeKeysShared() : null;
  decrefSplitKeys(was);
}

/**
 * 3.11+ (_PyObject_StoreInstanceAttribute): a store of a name goes into the instance's
 * values when the class's shared keys hold the name, or can still take it, and the
 * values have room; it returns false when the instance needs a real dict instead.
 */
export function storeInValues(t: PyType, key: PyStr, capacity: number): boolean {
  const k = sharedKeys(t);
  const name = key.value;
  if (!k.names.has(name)) {
    if (k.usable <= 0) return false;
    addSharedName(k, key);
  }
  // The name's place in insertion order (names are never removed).
  let i = 0;
  for (const n of k.names) {
    if (n === name) break;
    i++;
  }
  return i < capacity;
}

/** object.__sizeof__ (object___sizeof___impl): the type's own sizeof, else its basic size. */
export function builtinSizeof(o: PyObject): number {
  const f = o.ob_type.tp_sizeof;
  return f !== undefined ? f(o) : basicsize(o.ob_type);
}

/** tp_basicsize (object___sizeof__'s): a builtin type's as its measured layout gives it (builtin-layouts.ts). */
export function basicsize(t: PyType): number {
  return t.isHeapType ? t.tp_basicsize : (typeLayout(t.tp_name, R.minor)?.[0] ?? t.tp_basicsize);
}

/** A class defined in Python overrides __sizeof__ (the first definer in the MRO is a heap type). */
export function sizeofOverridden(t: PyType): boolean {
  for (const k of t.tp_mro) if (k.tp_dict.has('__sizeof__')) return k.isHeapType;
  return false;
}

/** sizeof(PyTypeObject) and sizeof(PyHeapTypeObject) per minor version (3.14: from the measured 1720 of a plain class). */
const TYPE_OBJECT: Record<number, [number, number]> = {
  8: [400, 880],
  9: [392, 880],
  10: [392, 888],
  11: [408, 904],
  12: [416, 920],
  13: [416, 928],
  14: [416, 936],
};

/**
 * type.__sizeof__ (type___sizeof___impl): a class is a PyHeapTypeObject plus its cached
 * shared keys (8 slots at first up to 3.10, 168 bytes; the 768-byte 30-entry table from
 * 3.11); a builtin type is a PyTypeObject.
 */
export function typeSizeof(t: PyType): number {
  const [static_, heap] = TYPE_OBJECT[R.minor] ?? TYPE_OBJECT[13];
  if (!t.isHeapType) return static_;
  if (!hasCachedKeys(t)) return heap;
  const k = sharedKeys(t);
  if (R.minor <= 10) return k.table === null ? heap : heap + k.table.bytes;
  return heap + k.bytes;
}

/**
 * The request for a class object: type's tp_alloc(metatype, nslot) is PyType_GenericAlloc,
 * a PyHeapTypeObject and nslot + 1 PyMemberDefs of 40 bytes (the last ends the list), and
 * the GC head.
 */
export function heapTypeBytes(nslot: number): number {
  return (TYPE_OBJECT[R.minor] ?? TYPE_OBJECT[13])[1] + 40 * (nslot + 1) + 16;
}

/**
 * type_new gives classes whose instances have a __dict__ cached shared keys (ht_cached_keys):
 * up to 3.10 every such class; from 3.11 those whose dict is managed (type_ready_managed_dict).
 */
export function hasCachedKeys(t: PyType): boolean {
  return hasInstanceDict(t) && (R.minor <= 10 || managedDict(t));
}

/**
 * Py_TPFLAGS_MANAGED_DICT (3.11+): the class adds a __dict__ and keeps its pointer before the
 * object; 3.11 only over a base of fixed size (tp_itemsize 0).
 */
export function managedDict(t: PyType): boolean {
  const add = addedMembers(t);
  return R.minor >= 11 && add.dict && (R.minor >= 12 || !add.varSized);
}

/**
 * _PyDict_NewKeysForClass at class creation: an 8-slot keys object (168 bytes) up to
 * 3.10; from 3.11 a 64-slot str table sized for SHARED_KEYS_MAX_SIZE entries (768 bytes).
 */
export function allocCachedKeys(t: PyType): void {
  if (!hasCachedKeys(t)) return;
  const k = sharedKeys(t);
  // new_keys_object: up to 3.10 the 8-slot table may come off the dict-keys free list.
  if (R.minor <= 10) {
    k.table = newClassKeys(168);
    return;
  }
  k.bytes = 768;
  k.block = R.heap.malloc(k.bytes, 'class shared keys');
}

/** type_dealloc: the class lets go of its shared keys. */
export function freeCachedKeys(t: PyType): void {
  const k = shared.get(t);
  if (k === undefined) return;
  stopSharing(t);
  if (k.block === 0) return;
  R.heap.free(k.block, k.bytes, 'class shared keys');
  k.block = 0;
  releaseKeys(k.held);
}
