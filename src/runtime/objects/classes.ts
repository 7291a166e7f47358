// Classes defined by a class statement (Objects/typeobject.c type_new, slot_* wrappers):
// instances with a __dict__ or __slots__, dunder methods reached through the type slots,
// type.__call__, and the instance layout sizes of the version.
import { R } from '../state';
import type { PyErr } from '../errors';
import * as abs from './abstract';
import { newDict, PyDict } from './dict';
import { attributeError, typeError, valueError } from './exceptions';
import { functionType } from './function';
import { canonHash, CmpOp, definedInPython, Hash, PyObject, PyType, typeLookup, typeNamespaces } from './object';
import { None, NotImplemented, False, True } from './singletons';
import { internStr, newStr, PyStr, strType } from './str';
import { PyTuple } from './tuple';
import { genericGetAttr, objectType, readyType, typeType } from './typeobject';
import { defGetSet, descrDealloc, DESCR_BYTES } from './getset';
import { intHash, PyInt } from './int';
import { LONG_MAX, LONG_MIN } from './int-limits';
import { FINALIZERS_MADE, finalizerResurrects, slotTpFinalize } from './finalize';
import { typeModule, typeQualname } from './typenew';
import { hasCachedKeys, hasInstanceDict, instanceBasicsize, instanceShape, newInstanceValues, sharedKeys, slotCount, stopSharing, storeInValues, subclassExtraBytes, valuesBytes } from './instance-layout';

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
  if (k.log2 > 0) {
    d.splitOf = k;
    d.newKeys(k.log2, true);
  }
  return d;
}

/** obj.__dict__ of an instance: materialize the real dict object on first access. */
export function instanceDict(o: PyObject): PyDict {
  const inst = o as PyInstance;
  if (inst.dictObj) return inst.dictObj;
  const t = o.ob_type;
  const k = sharedKeys(t);
  const d = R.minor <= 10 ? sharedKeysDict(t) : newDict();
  if (R.minor >= 11 && (o instanceof PyInstance ? inst.valuesCap > 0 || inst.valuesBlock !== 0 : hasCachedKeys(t))) {
    // _PyObject_GetManagedDict: the dict takes over the shared keys and the instance's values.
    // An instance of a builtin's subclass has none: new_dict_with_shared_keys makes the dict's own.
    d.sharedValues = k;
    d.log2Size = 6;
    d.usable = Number.MAX_SAFE_INTEGER;
    if (!(o instanceof PyInstance)) d.ownValues(valuesBytes(k.names.size + k.usable));
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

function instanceDealloc(o: PyObject): void {
  // subtype_dealloc: __del__ first; an object it kept alive stays.
  if (finalizerResurrects(o)) return;
  const d = o.dict;
  o.dict = null;
  if (d !== null) for (const v of d.values()) R.heap.decref(v);
  const inst = o as PyInstance;
  if (inst.slots) for (const v of inst.slots) if (v) R.heap.decref(v);
  if (inst.dictObj) R.heap.decref(inst.dictObj);
  if (inst.valuesBlock !== 0) R.heap.free(inst.valuesBlock, inst.valuesBytes, 'instance values');
  inst.valuesBlock = 0;
  const t = o.ob_type;
  R.heap.freeObject(o, inst.allocBytes);
  R.heap.decref(t);
}

/** The builtin type a heap type's instances are laid out as (its "solid base"). */
export function solidBase(t: PyType): PyType {
  let b: PyType | null = t;
  while (b !== null && b.isHeapType) b = b.tp_base;
  return b ?? objectType;
}

/** Bits of ClassLookups.attrHooks: the attribute dunders a heap type (or a heap base) defines. */
const enum AttrHook {
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
  if (t.slotNames === null) o.dict = new Map();
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

/** Call the special method `name` found on the type (not the instance), or return null. */
function lookupCall(o: PyObject, name: string, args: PyObject[]): PyObject | null {
  const m = typeLookup(o.ob_type, name);
  if (m === null || m === None) return null;
  return abs.call(m, [o, ...args]);
}

/** Install the slot wrappers that make a heap type's dunder methods reachable from the protocol. */
/** Slots a class takes from its builtin solid base when it does not define them. */
const BASE_SLOTS = ['mp_length', 'mp_subscript', 'mp_ass_subscript', 'sq_contains', 'tp_iter', 'tp_iternext', 'tp_call', 'tp_descr_get', 'tp_descr_set'] as const;

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

export function installSlots(t: PyType): void {
  const base = solidBase(t);
  const has = (n: string): boolean => {
    for (const k of t.tp_mro) {
      if (!k.isHeapType) return false;
      if (k.tp_dict.has(n)) return true;
    }
    return false;
  };
  // inherit_slots: the container protocol of a builtin base (dict, list, set, str...) stays
  // unless the class defines the dunder; the overrides below replace it.
  const tr = t as unknown as Record<string, unknown>;
  const br = base as unknown as Record<string, unknown>;
  for (const slot of BASE_SLOTS) if (tr[slot] === undefined) tr[slot] = br[slot];
  t.tp_repr = (o) => {
    if (!has('__repr__')) return base.tp_repr ? base.tp_repr(o) : defaultRepr(o);
    const r = lookupCall(o, '__repr__', [])!;
    if (!(r instanceof PyStr)) throw typeError(`__repr__ returned non-string (type ${r.ob_type.tp_name})`);
    return r;
  };
  t.tp_str = (o) => {
    if (!has('__str__')) return base.tp_str ? base.tp_str(o) : t.tp_repr!(o);
    const r = lookupCall(o, '__str__', [])!;
    if (!(r instanceof PyStr)) throw typeError(`__str__ returned non-string (type ${r.ob_type.tp_name})`);
    return r;
  };
  if (has('__eq__') && !has('__hash__')) {
    t.tp_hash = undefined;
    t.tp_dict.set('__hash__', None);
  } else {
    t.tp_hash = (o) => {
      const m = typeLookup(o.ob_type, '__hash__');
      if (m === None) throw typeError(`unhashable type: '${o.ob_type.tp_name}'`);
      if (!has('__hash__')) return base.tp_hash ? base.tp_hash(o) : Math.floor(R.heap.addressOf(o) / 16);
      const r = lookupCall(o, '__hash__', [])!;
      if (!(r instanceof PyInt)) throw typeError('__hash__ method should return an integer');
      // Objects/typeobject.c slot_tp_hash: a result that fits a Py_hash_t is kept as it is
      // (so returning hash(y) hashes like y); only a wider one goes through long_hash.
      let h: Hash;
      if (r.big === null) h = r.n === -1 ? -2 : r.n;
      else h = r.big >= LONG_MIN && r.big <= LONG_MAX ? canonHash(r.big === -1n ? -2n : r.big) : intHash(r);
      R.heap.decref(r);
      return h;
    };
  }
  const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
  t.tp_richcompare = (a, b, op) => {
    const name = CMP_NAMES[op];
    if (has(name) || (op === CmpOp.NE && has('__eq__'))) {
      const m = typeLookup(a.ob_type, name);
      if (m !== null && m !== None && (m.ob_type === functionType || name !== '__ne__' || has('__ne__'))) {
        return abs.call(m, [a, b]);
      }
      if (op === CmpOp.NE) {
        const eq = lookupCall(a, '__eq__', [b])!;
        if (eq === NotImplemented) return eq;
        const r = abs.isTrue(eq) ? False : True;
        R.heap.decref(eq);
        R.heap.incref(r);
        return r;
      }
    }
    if (base.tp_richcompare) return base.tp_richcompare(a, b, op);
    R.heap.incref(NotImplemented);
    return NotImplemented;
  };
  t.tp_getattro = (o, name) => {
    const hooks = classCallLookups(t).attrHooks;
    if (hooks & AttrHook.GetAttribute) return lookupCall(o, '__getattribute__', [name]);
    const r = (base.tp_getattro ?? genericGetAttr)(o, name);
    if (r === null && hooks & AttrHook.GetAttr) return lookupCall(o, '__getattr__', [name]);
    return r;
  };
  t.tp_setattro = (o, name, v) => {
    const hooks = classCallLookups(t).attrHooks;
    if (v !== null && hooks & AttrHook.SetAttr) {
      R.heap.decref(lookupCall(o, '__setattr__', [name, v])!);
      return;
    }
    if (v === null && hooks & AttrHook.DelAttr) {
      R.heap.decref(lookupCall(o, '__delattr__', [name])!);
      return;
    }
    // A metaclass's instances are classes: type's setattr (type_setattro) stores in their dict.
    (base.tp_setattro ?? genericSetAttr)(o, name, v);
  };
  const nbNames: Array<[keyof PyType['tp_as_number'], string, string]> = [
    ['nb_add', '__add__', '__radd__'],
    ['nb_subtract', '__sub__', '__rsub__'],
    ['nb_multiply', '__mul__', '__rmul__'],
    ['nb_true_divide', '__truediv__', '__rtruediv__'],
    ['nb_floor_divide', '__floordiv__', '__rfloordiv__'],
    ['nb_remainder', '__mod__', '__rmod__'],
    ['nb_power', '__pow__', '__rpow__'],
    ['nb_lshift', '__lshift__', '__rlshift__'],
    ['nb_rshift', '__rshift__', '__rrshift__'],
    ['nb_and', '__and__', '__rand__'],
    ['nb_or', '__or__', '__ror__'],
    ['nb_xor', '__xor__', '__rxor__'],
    ['nb_matrix_multiply', '__matmul__', '__rmatmul__'],
    ['nb_divmod', '__divmod__', '__rdivmod__'],
  ];
  const nb = (t.tp_as_number = { ...base.tp_as_number, nb_inplace: {} });
  for (const [slot, name, rname] of nbNames) {
    const baseSlot = base.tp_as_number[slot] as ((a: PyObject, b: PyObject) => PyObject) | undefined;
    (nb as Record<string, unknown>)[slot] = (a: PyObject, b: PyObject): PyObject => {
      if (a.ob_type === t || abs.isInstance(a, t)) {
        if (has(name)) {
          const r = lookupCall(a, name, [b]);
          if (r !== null) return r;
        } else if (baseSlot) {
          const r = baseSlot(a, b);
          if (r !== NotImplemented) return r;
          R.heap.decref(r);
        }
      }
      if (abs.isInstance(b, t) && has(rname)) {
        const r = lookupCall(b, rname, [a]);
        if (r !== null) return r;
      } else if (baseSlot && !abs.isInstance(a, t)) {
        return baseSlot(a, b);
      }
      R.heap.incref(NotImplemented);
      return NotImplemented;
    };
    const iname = `__i${name.slice(2)}`;
    if (has(iname)) {
      (nb.nb_inplace as Record<string, (a: PyObject, b: PyObject) => PyObject>)[slot] = (a, b) => lookupCall(a, iname, [b])!;
    }
  }
  const unary: Array<[keyof PyType['tp_as_number'], string]> = [
    ['nb_negative', '__neg__'],
    ['nb_positive', '__pos__'],
    ['nb_invert', '__invert__'],
    ['nb_absolute', '__abs__'],
  ];
  for (const [slot, name] of unary) {
    if (has(name)) (nb as Record<string, unknown>)[slot] = (a: PyObject) => lookupCall(a, name, [])!;
  }
  if (has('__bool__') || has('__len__')) {
    nb.nb_bool = (a) => {
      if (has('__bool__')) {
        const r = lookupCall(a, '__bool__', [])!;
        if (r !== True && r !== False) throw typeError(`__bool__ should return bool, returned ${r.ob_type.tp_name}`);
        R.heap.decref(r);
        return r === True;
      }
      return t.mp_length!(a) !== 0;
    };
  }
  if (has('__index__')) nb.nb_index = (a) => lookupCall(a, '__index__', [])!;
  if (has('__int__')) nb.nb_int = (a) => lookupCall(a, '__int__', [])!;
  if (has('__float__')) nb.nb_float = (a) => lookupCall(a, '__float__', [])!;
  if (has('__len__')) {
    t.mp_length = (o) => {
      const r = lookupCall(o, '__len__', [])!;
      if (!(r instanceof PyInt)) throw typeError(`'${r.ob_type.tp_name}' object cannot be interpreted as an integer`);
      const n = r.toNumber();
      R.heap.decref(r);
      if (n < 0) throw valueError('__len__() should return >= 0');
      return n;
    };
  }
  if (has('__getitem__')) t.mp_subscript = (o, k) => lookupCall(o, '__getitem__', [k])!;
  if (has('__setitem__') || has('__delitem__')) {
    const baseAss = base.mp_ass_subscript;
    t.mp_ass_subscript = (o, k, v) => {
      // The half the class leaves out is the builtin base's (slot_mp_ass_subscript finds dict's).
      if (baseAss !== undefined && !has(v === null ? '__delitem__' : '__setitem__')) return baseAss(o, k, v);
      const r = v === null ? lookupCall(o, '__delitem__', [k]) : lookupCall(o, '__setitem__', [k, v]);
      if (r === null) throw typeError(`'${o.ob_type.tp_name}' object does not support item ${v === null ? 'deletion' : 'assignment'}`);
      R.heap.decref(r);
    };
  }
  if (has('__contains__')) {
    t.sq_contains = (o, v) => {
      const r = lookupCall(o, '__contains__', [v])!;
      const b = abs.isTrue(r);
      R.heap.decref(r);
      return b;
    };
  }
  if (has('__iter__')) t.tp_iter = (o) => lookupCall(o, '__iter__', [])!;
  if (has('__next__')) {
    t.tp_iternext = (o) => {
      try {
        return lookupCall(o, '__next__', [])!;
      } catch (e) {
        if (abs.isStopIteration(e)) return null;
        throw e;
      }
    };
  }
  if (has('__call__')) t.tp_call = (o, args, kw) => abs.call(typeLookup(o.ob_type, '__call__')!, [o, ...args], kw);
  if (has('__get__')) {
    t.tp_descr_get = (d, obj, type) => lookupCall(d, '__get__', [obj ?? None, type])!;
  }
  if (has('__set__') || has('__delete__')) {
    t.tp_descr_set = (d, obj, v) => {
      R.heap.decref((v === null ? lookupCall(d, '__delete__', [obj]) : lookupCall(d, '__set__', [obj, v]))!);
    };
  }
  // slotdefs: __del__ fills tp_finalize (slot_tp_finalize).
  t.tp_finalize = has('__del__') ? slotTpFinalize : undefined;
  if (t.tp_finalize !== undefined) R.done.add(FINALIZERS_MADE);
  t.tp_traverse = subtypeTraverse(base.tp_traverse);
  if (base === objectType) {
    t.tp_dealloc = instanceDealloc;
  } else {
    const bd = base.tp_dealloc!;
    t.tp_dealloc = (o) => {
      if (finalizerResurrects(o)) return;
      const d = o.dict;
      o.dict = null;
      if (d) for (const v of d.values()) R.heap.decref(v);
      const dobj = (o as PyInstance).dictObj;
      (o as PyInstance).dictObj = null;
      if (dobj) R.heap.decref(dobj);
      const tp = o.ob_type;
      bd(o);
      R.heap.decref(tp);
    };
  }
  const baseSizeof = base.tp_sizeof;
  // int.__sizeof__ and str.__sizeof__ count their own layout, not the subclass's tp_basicsize.
  const extra = SIZEOF_OWN_LAYOUT.has(base.tp_name) ? 0 : subclassExtraBytes(t);
  t.tp_sizeof = base === objectType ? () => instanceBasicsize(t) : (o) => (baseSizeof ? baseSizeof(o) : base.tp_basicsize) + extra;
}

const SIZEOF_OWN_LAYOUT = new Set(['int', 'str']);

/** subtype_traverse: the builtin base's references, then the instance's slots, __dict__ and type. */
function subtypeTraverse(baseTraverse: PyType['tp_traverse']): NonNullable<PyType['tp_traverse']> {
  return (o, visit) => {
    if (baseTraverse) baseTraverse(o, visit);
    const s = (o as PyInstance).slots;
    if (s) for (const v of s) if (v) visit(v);
    if (o.dict) for (const v of o.dict.values()) visit(v);
    if ((o as PyInstance).dictObj) visit((o as PyInstance).dictObj!);
    visit(o.ob_type);
  };
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
    else if (!o.dict.has(name.value) && !storeInValues(o.ob_type, name.value, o.valuesCap)) {
      // The values cannot take the name: a dict made from them takes the attributes, and
      // its first insert makes the table combined (the 3.11-3.12 values array is freed).
      instanceDict(o);
      if (o.valuesBlock !== 0) R.heap.free(o.valuesBlock, o.valuesBytes, 'instance values');
      o.valuesBlock = 0;
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
    if (v === null && dobj.splitOf !== null) stopSharing(o.ob_type);
    if (v !== null) dobj.set(name, v, true);
    else if (!dobj.delete(name)) throw noAttributeToDelete(o, name.value);
    return;
  }
  const d = o.dict;
  if (d === null) {
    throw attributeError(
      descr === null
        ? `'${o.ob_type.tp_name}' object has no attribute '${name.value}'${v !== null && R.minor >= 13 ? ' and no __dict__ for setting new attributes' : ''}`
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

/** A __slots__ member descriptor. */
class PyMemberDescr extends PyObject {
  constructor(
    type: PyType,
    readonly owner: PyType,
    readonly name: string,
    readonly index: number,
  ) {
    super(type);
  }
}
const memberDescrType = readyType(new PyType(typeType, 'member_descriptor'), objectType, { gc: true, basetype: false });
memberDescrType.tp_dealloc = (d) => descrDealloc(d, (d as PyMemberDescr).owner);
memberDescrType.tp_sizeof = () => DESCR_BYTES - 16;
memberDescrType.tp_traverse = (d, visit) => visit((d as PyMemberDescr).owner);
memberDescrType.tp_descr_get = (d, obj) => {
  const m = d as PyMemberDescr;
  if (obj === null) {
    R.heap.incref(d);
    return d;
  }
  const v = (obj as PyInstance).slots?.[m.index] ?? null;
  // member_get: 3.8-3.9 name only the slot.
  if (v === null) throw attributeError(R.minor >= 10 ? `'${obj.ob_type.tp_name}' object has no attribute '${m.name}'` : m.name);
  R.heap.incref(v);
  return v;
};
memberDescrType.tp_descr_set = (d, obj, v) => {
  const m = d as PyMemberDescr;
  const slots = (obj as PyInstance).slots!;
  const old = slots[m.index];
  if (v === null && old === null) throw unsetSlot(obj, m.name);
  if (v !== null) R.heap.incref(v);
  slots[m.index] = v;
  if (old !== null) R.heap.decref(old);
};
/** member_set deleting an empty slot names only the slot (measured 3.8-3.13). */
function unsetSlot(_obj: PyObject, name: string) {
  return attributeError(name);
}
// descrobject.c descr_members / descr_getset: the slot's (mangled) name, its owner's qualname before it, the owner.
defGetSet(memberDescrType, '__name__', (o) => internStr((o as PyMemberDescr).name));
defGetSet(memberDescrType, '__qualname__', (o) => newStr(`${typeQualname((o as PyMemberDescr).owner)}.${(o as PyMemberDescr).name}`));
defGetSet(memberDescrType, '__objclass__', (o) => abs.incref((o as PyMemberDescr).owner));
memberDescrType.tp_repr = (d) => newStr(`<member '${(d as PyMemberDescr).name}' of '${(d as PyMemberDescr).owner.tp_name}' objects>`);

/** PyDescr_NewMember for a __slots__ name: a GC object that holds a reference to its type. */
export function newMemberDescr(owner: PyType, name: string, index: number): PyMemberDescr {
  const d = R.heap.newObject(new PyMemberDescr(memberDescrType, owner, name, index), DESCR_BYTES, 16);
  R.heap.incref(owner);
  return d;
}

export { strType, PyTuple };
