// Instances of classes defined by a class statement (Objects/typeobject.c): their __dict__
// or __slots__, object.__new__ and subtype_dealloc for them, generic setattr, and what
// type.__call__ looks up; the slot wrappers are class-slots.ts's.
import { R } from '../state';
import type { PyErr } from '../errors';
import { newDict, PyDict } from './dict';
import { attributeError } from './exceptions';
import { definedInPython, PyObject, PyType, typeLookup, typeNamespaces, typeQualname } from './object';
import { internStr, newStr, PyStr, strType } from './str';
import { PyTuple } from './tuple';
import { genericGetAttr, objectType } from './typeobject';
import { finalizerResurrects } from './finalize';
import { typeModule } from './typenew';
import { afterSplitStore, hasCachedKeys, hasInstanceDict, instanceShape, newInstanceValues, sharedKeys, slotCount, solidBuiltin, stopSharing, storeInValues, valuesBytes } from './instance-layout';

export { slotCount };

/** An instance of a heap type whose nearest builtin base is object. */
export class PyInstance extends PyObject {
  slots: (PyObject | null)[] | null = null;
  /**
   * The materialized __dict__ (3.11 _PyObject_GetDictPtr after `obj.__dict__`): once it
   * exists it is the one store of the instance's attributes and `dict` stays empty.
   */
  dictObj: PyDict | null = null;
  /** The object's own request (pre-header, body and, from 3.13, inline values). */
  allocBytes = 0;
  /** 3.11-3.12: the separately allocated values array of the managed dict, and its size. */
  valuesBlock = 0;
  valuesBytes = 0;
  /** How many attribute values the inline values hold (3.11+). */
  valuesCap = 0;
}

/** new_dict_with_shared_keys (3.8-3.10): a split dict with the values array of the class's shared keys. */
export function sharedKeysDict(t: PyType): PyDict {
  const d = newDict();
  const k = sharedKeys(t);
  if (k.table !== null) d.shareKeys(k.table);
  return d;
}

/** The instance got values at creation (3.11+: 3.11-3.12 a block of their own, 3.13 inline). */
function hasValues(o: PyInstance): boolean {
  return o.valuesCap > 0 || o.valuesBlock !== 0;
}

/** obj.__dict__ of an instance: materialize the real dict object on first access. */
export function instanceDict(o: PyObject): PyDict {
  const inst = o as PyInstance;
  if (inst.dictObj) return inst.dictObj;
  const t = o.ob_type;
  const k = sharedKeys(t);
  const d = R.minor <= 10 ? sharedKeysDict(t) : newDict();
  const values = o instanceof PyInstance && hasValues(inst);
  if (R.minor >= 11 && (values || hasCachedKeys(t))) {
    // _PyObject_GetManagedDict: the dict takes over the shared keys and the instance's values.
    // An instance without (a builtin's subclass, 3.13's class over __slots__) has none:
    // new_dict_with_shared_keys makes the dict's own.
    d.sharedValues = k;
    d.log2Size = 6;
    d.usable = Number.MAX_SAFE_INTEGER;
    if (!values) d.ownValues(valuesBytes(k.names.size + k.usable));
    else if (inst.valuesBlock !== 0) {
      // 3.11-3.12 (_PyObject_MakeDictFromInstanceAttributes): the dict takes the values array
      // over and the instance's pointer is cleared, so the array outlives the instance.
      d.adoptValues(inst.valuesBlock, inst.valuesBytes);
      inst.valuesBlock = 0;
    }
  }
  if (o.dict !== null) {
    for (const [k, v] of o.dict) {
      const key = internStr(k);
      d.set(key, v);
      R.heap.decref(key);
      R.heap.decref(v);
    }
    o.dict.clear();
  }
  inst.dictObj = d;
  return d;
}

export function instanceDealloc(o: PyObject): void {
  // subtype_dealloc: __del__ first; an object it kept alive stays.
  if (finalizerResurrects(o)) return;
  const d = o.dict;
  o.dict = null;
  if (d !== null) for (const v of d.values()) R.heap.decref(v);
  const inst = o as PyInstance;
  if (inst.slots) for (const v of inst.slots) if (v) R.heap.decref(v);
  const dobj = inst.dictObj;
  // 3.13 PyObject_ClearManagedDict (_PyDict_DetachFromObject): a dict that outlives the
  // object gets a copy of its inline values (copy_values: new_values of their capacity).
  if (dobj !== null && dobj.borrowsValues && dobj.ob_refcnt > 1) dobj.ownValues(valuesBytes(inst.valuesCap));
  if (dobj !== null) R.heap.decref(dobj);
  if (inst.valuesBlock !== 0) R.heap.free(inst.valuesBlock, inst.valuesBytes, 'instance values');
  inst.valuesBlock = 0;
  const t = o.ob_type;
  R.heap.freeObject(o, inst.allocBytes);
  R.heap.decref(t);
}

/** The builtin type a heap type's instances are laid out as (its "solid base"). */
export function solidBase(t: PyType): PyType {
  return solidBuiltin(t) ?? objectType;
}

/** Bits of ClassLookups.attrHooks: the attribute dunders a heap type (or a heap base) defines. */
export const enum AttrHook {
  GetAttribute = 1,
  GetAttr = 2,
  SetAttr = 4,
  DelAttr = 8,
}

/**
 * A heap type's special methods as instance creation and attribute access ask for them:
 * __new__ and __init__ defined in Python (or null), whether getattr is generic, and the
 * attribute hooks; looked up once while no class namespace changes.
 */
export function classCallLookups(t: PyType): NonNullable<PyType['callLookups']> {
  const c = t.callLookups;
  if (c !== null && c.epoch === typeNamespaces.epoch) return c;
  const has = (n: string) => definedInPython(t, n) !== null;
  const attrHooks =
    (has('__getattribute__') ? AttrHook.GetAttribute : 0) |
    (has('__getattr__') ? AttrHook.GetAttr : 0) |
    (has('__setattr__') ? AttrHook.SetAttr : 0) |
    (has('__delattr__') ? AttrHook.DelAttr : 0);
  const made = {
    epoch: typeNamespaces.epoch,
    userNew: definedInPython(t, '__new__'),
    userInit: definedInPython(t, '__init__'),
    genericGetattr: getattrIsGeneric(t),
    attrHooks,
  };
  t.callLookups = made;
  return made;
}

/** object.__new__ for heap types: an instance with an empty __dict__ (or slots). */
export function newInstance(t: PyType): PyObject {
  const o = new PyInstance(t);
  const shape = instanceShape(t);
  if (hasInstanceDict(t)) o.dict = new Map();
  // A class without __slots__ below one with them has both the slots and a dict.
  const n = shape.slots;
  if (n > 0) o.slots = new Array(n).fill(null);
  R.heap.incref(t);
  const pre = shape.preHeader;
  const values = newInstanceValues(shape);
  o.valuesCap = values.capacity;
  o.allocBytes = pre + shape.basicsize + (R.minor >= 13 ? values.bytes : 0);
  R.heap.newObject(o, o.allocBytes, pre);
  if (R.minor <= 12 && values.bytes > 0) {
    o.valuesBytes = values.bytes;
    o.valuesBlock = R.heap.malloc(values.bytes, 'instance values');
  }
  return o;
}

/**
 * Do instances of the heap type t look attributes up as PyObject_GenericGetAttr does?
 * CPython installs slot_tp_getattr_hook only for a class that defines __getattribute__ or
 * __getattr__; LOAD_METHOD takes its fast path (no bound method) otherwise.
 */
export function getattrIsGeneric(t: PyType): boolean {
  for (const k of t.tp_mro) {
    if (!k.isHeapType) break;
    if (k.tp_dict.has('__getattribute__') || k.tp_dict.has('__getattr__')) return false;
  }
  return (solidBase(t).tp_getattro ?? genericGetAttr) === genericGetAttr;
}

export function defaultRepr(o: PyObject): PyStr {
  const t = o.ob_type;
  const mod = typeModule(t);
  const prefix = mod !== 'builtins' ? `${mod}.` : '';
  return newStr(`<${prefix}${typeQualname(t)} object at 0x${o.id.toString(16)}>`);
}

/** PyObject_GenericSetAttr: data descriptors on the type, else the instance dict or slot. */
export function genericSetAttr(o: PyObject, name: PyStr, v: PyObject | null): void {
  const descr = typeLookup(o.ob_type, name.value);
  if (descr !== null && descr.ob_type.tp_descr_set !== undefined) {
    descr.ob_type.tp_descr_set(descr, o, v);
    return;
  }
  if (v !== null && o.dict !== null && o instanceof PyInstance && o.dictObj === null) {
    // 3.8-3.10 (_PyObjectDict_SetItem): the first attribute store creates the instance's dict.
    if (R.minor <= 10) instanceDict(o);
    else if (!hasValues(o)) instanceDict(o);
    else if (!o.dict.has(name.value) && !storeInValues(o.ob_type, name, o.valuesCap)) {
      // The values cannot take the name: a dict made from them takes the attributes, and
      // its first insert makes the table combined (the 3.11-3.12 values array is freed).
      instanceDict(o);
    }
  }
  // An instance of a class derived from a builtin (list, int, str...) gets its __dict__ at
  // the first store (_PyObjectDict_SetItem), as the map of its names and the dict object.
  if (o.dict === null && v !== null && o.ob_type.isHeapType && hasInstanceDict(o.ob_type) && !(o instanceof PyInstance)) {
    o.dict = new Map();
    instanceDict(o);
  }
  const dobj = (o as PyInstance).dictObj;
  if (dobj) {
    // _PyObjectDict_SetItem: deleting an attribute turns key sharing off (3.8-3.10).
    if (v === null && R.minor <= 10) stopSharing(o.ob_type);
    if (v !== null) {
      const was = dobj.splitOf;
      dobj.set(name, v, true);
      if (R.minor <= 10) afterSplitStore(o.ob_type, dobj, was);
    } else if (!dobj.delete(name)) throw noAttributeToDelete(o, name.value);
    return;
  }
  const d = o.dict;
  if (d === null) {
    throw attributeError(
      descr === null
        ? `'${o.ob_type.tp_name}' object has no attribute '${name.value}'${R.minor >= 13 ? ' and no __dict__ for setting new attributes' : ''}`
        : `'${o.ob_type.tp_name}' object attribute '${name.value}' is read-only`,
    );
  }
  if (v === null) {
    const old = d.get(name.value);
    if (old === undefined) throw noAttributeToDelete(o, name.value);
    d.delete(name.value);
    R.heap.decref(old);
    return;
  }
  R.heap.incref(v);
  const old = d.get(name.value);
  d.set(name.value, v);
  if (old !== undefined) R.heap.decref(old);
}

/**
 * _PyObject_GenericSetAttrWithDict deleting a name its __dict__ lacks: up to 3.10 the
 * dict's KeyError becomes AttributeError(name); 3.11 says which object.
 */
export function noAttributeToDelete(o: PyObject, name: string): PyErr {
  return attributeError(R.minor <= 10 ? name : `'${o.ob_type.tp_name}' object has no attribute '${name}'`);
}

export { strType, PyTuple };
