// The slot wrappers of a class statement's type (Objects/typeobject.c slotdefs, slot_tp_repr,
// slot_nb_*, slot_mp_*, slot_tp_getattr_hook...): a heap type's dunder methods made reachable
// through the type slots, over its builtin solid base's (inherit_slots).
import { R } from '../state';
import * as abs from './abstract';
import { OverflowError, typeError, valueError } from './exceptions';
import { numberAsSsize, numberIndex } from './abstract-number';
import { canonHash, Hash, isSubtype, PyObject, PyType, typeLookup } from './object';
import { identifierUsed } from './identifiers';
import { None, NotImplemented, False, True } from './singletons';
import { PyStr } from './str';
import { callPrepend } from './call-prepend';
import { VM } from '../vm/vmstate';
import { genericGetAttr, objectType } from './typeobject';
import { intHash, PyInt } from './int';
import { LONG_MAX, LONG_MIN } from './int-limits';
import { FINALIZERS_MADE, finalizerResurrects, slotTpFinalize } from './finalize';
import { basicsize, instanceBasicsize, slotCount, subclassExtraBytes } from './instance-layout';
import { typeDictSet } from './heaptype';
import { AttrHook, classCallLookups, defaultRepr, genericSetAttr, instanceDealloc, PyInstance, solidBase } from './classes';

/** Call the special method `name` found on the type (not the instance), or return null. */
function lookupCall(o: PyObject, name: string, args: PyObject[]): PyObject | null {
  const m = typeLookup(o.ob_type, name);
  if (m === null) return null;
  // A name set to None is called like any other (vectorcall_method): "'NoneType' object is not callable".
  return abs.call(m, [o, ...args]);
}

/** slot_tp_iter and slot_sq_contains: the class set the method to None to say it has none. */
function blockedByNone(o: PyObject, name: string, what: string): void {
  if (typeLookup(o.ob_type, name) === None) throw typeError(`'${o.ob_type.tp_name}' object is not ${what}`);
}

/**
 * slot_tp_call: __call__ found on the type (lookup_method). An instance has no vectorcall, so
 * a call packed its arguments (_PyObject_MakeTpCall), and a function __call__ gets self put in
 * front of them (_PyObject_Call_Prepend).
 */
export function slotTpCall(o: PyObject, args: PyObject[], kw: PyStr[] | null): PyObject {
  identifierUsed('slot_tp_call:__call__');
  const m = typeLookup(o.ob_type, '__call__')!;
  if (VM.tpCall.callee === o && m.ob_type.tp_flags_method_descriptor) return callPrepend(m, o, args, kw);
  return abs.call(m, [o, ...args], kw);
}

/** Does t's binary slot go to SLOT1BINFULL's function (update_one_slot: a class of its MRO defines the operator or its reflection)? */
function binarySlot(t: PyType, name: string, rname: string): boolean {
  for (const k of t.tp_mro) {
    if (!k.isHeapType) return false;
    if (k.tp_dict.has(name) || k.tp_dict.has(rname)) return true;
  }
  return false;
}

/**
 * The identifiers SLOT1BINFULL (3.10) uses for self `a` and other `b`: the operator's when a's
 * type has the slot, the reflected one's when b's (another type) has it too, before the
 * operator if b's type derives from a's, after it if the operator gave NotImplemented (`r`).
 */
function binaryIdentifiers(a: PyObject, b: PyObject, name: string, rname: string, opId: string, ropId: string, r: PyObject | null): void {
  const selfHas = binarySlot(a.ob_type, name, rname);
  const otherHas = a.ob_type !== b.ob_type && binarySlot(b.ob_type, name, rname);
  if (r !== null) {
    if (otherHas) identifierUsed(ropId);
    return;
  }
  if (otherHas && (!selfHas || isSubtype(b.ob_type, a.ob_type))) identifierUsed(ropId);
  if (selfHas) identifierUsed(opId);
}

/** Slots a class takes from its builtin solid base when it does not define them. */
const BASE_SLOTS = ['mp_length', 'mp_subscript', 'mp_ass_subscript', 'sq_contains', 'tp_iter', 'tp_iternext', 'tp_call', 'tp_descr_get', 'tp_descr_set'] as const;

/** Install the slot wrappers that make a heap type's dunder methods reachable from the protocol. */
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
    identifierUsed('slot_tp_repr:__repr__');
    const r = lookupCall(o, '__repr__', [])!;
    if (!(r instanceof PyStr)) throw typeError(`__repr__ returned non-string (type ${r.ob_type.tp_name})`);
    return r;
  };
  t.tp_str = (o) => {
    if (!has('__str__')) return base.tp_str ? base.tp_str(o) : t.tp_repr!(o);
    identifierUsed('slot_tp_str:__str__');
    const r = lookupCall(o, '__str__', [])!;
    if (!(r instanceof PyStr)) throw typeError(`__str__ returned non-string (type ${r.ob_type.tp_name})`);
    return r;
  };
  // inherit_slots (overrides_hash) and type_ready_set_hash: a class whose own dict has __eq__
  // and no __hash__ inherits no tp_hash, so its dict gets __hash__ = None, after __doc__.
  if (t.tp_dict.has('__eq__') && !t.tp_dict.has('__hash__')) {
    t.tp_hash = undefined;
    typeDictSet(t, '__hash__', None);
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
  const CMP_IDS = CMP_NAMES.map((n) => `name_op:${n}`);
  // update_one_slot: one comparison dunder in the class makes all six go through
  // slot_tp_richcompare, which calls what the type has for the operator, a base's slot
  // wrapper too (object.__ne__, then the class's == through object_richcompare).
  t.tp_richcompare = (a, b, op) => {
    if (CMP_NAMES.some(has)) {
      // slot_tp_richcompare looks the operator up by its own identifier (name_op[op]).
      identifierUsed(CMP_IDS[op]);
      const m = typeLookup(a.ob_type, CMP_NAMES[op]);
      if (m !== null) return abs.call(m, [a, b]);
      R.heap.incref(NotImplemented);
      return NotImplemented;
    }
    if (base.tp_richcompare) return base.tp_richcompare(a, b, op);
    R.heap.incref(NotImplemented);
    return NotImplemented;
  };
  t.tp_getattro = (o, name) => {
    const hooks = classCallLookups(t).attrHooks;
    // slot_tp_getattr_hook looks up __getattr__, then (or slot_tp_getattro) __getattribute__.
    if (hooks & (AttrHook.GetAttribute | AttrHook.GetAttr)) {
      identifierUsed('slot_tp_getattr_hook:__getattr__');
      identifierUsed('typeobject.c:__getattribute__');
    }
    if (hooks & AttrHook.GetAttribute) return lookupCall(o, '__getattribute__', [name]);
    const r = (base.tp_getattro ?? genericGetAttr)(o, name);
    if (r === null && hooks & AttrHook.GetAttr) return lookupCall(o, '__getattr__', [name]);
    return r;
  };
  t.tp_setattro = (o, name, v) => {
    const hooks = classCallLookups(t).attrHooks;
    if (v !== null && hooks & AttrHook.SetAttr) {
      identifierUsed('slot_tp_setattro:__setattr__');
      R.heap.decref(lookupCall(o, '__setattr__', [name, v])!);
      return;
    }
    if (v === null && hooks & AttrHook.DelAttr) {
      identifierUsed('slot_tp_setattro:__delattr__');
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
    const cSlot = `slot_${slot}${slot === 'nb_power' ? '_binary' : ''}`;
    const opId = `${cSlot}:${name}`;
    const ropId = `${cSlot}:${rname}`;
    (nb as Record<string, unknown>)[slot] = (a: PyObject, b: PyObject): PyObject => {
      if (R.minor === 10) binaryIdentifiers(a, b, name, rname, opId, ropId, null);
      if (a.ob_type === t || abs.isInstance(a, t)) {
        if (has(name)) {
          const r = lookupCall(a, name, [b]);
          if (R.minor === 10 && r === NotImplemented) binaryIdentifiers(a, b, name, rname, opId, ropId, r);
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
      const iId = `slot_nb_inplace_${slot.slice(3)}:${iname}`;
      (nb.nb_inplace as Record<string, (a: PyObject, b: PyObject) => PyObject>)[slot] = (a, b) => {
        identifierUsed(iId);
        return lookupCall(a, iname, [b])!;
      };
    }
  }
  const unary: Array<[keyof PyType['tp_as_number'], string]> = [
    ['nb_negative', '__neg__'],
    ['nb_positive', '__pos__'],
    ['nb_invert', '__invert__'],
    ['nb_absolute', '__abs__'],
  ];
  for (const [slot, name] of unary) {
    if (has(name)) {
      const id = `slot_${slot}:${name}`;
      (nb as Record<string, unknown>)[slot] = (a: PyObject) => {
        identifierUsed(id);
        return lookupCall(a, name, [])!;
      };
    }
  }
  if (has('__bool__') || has('__len__')) {
    nb.nb_bool = (a) => {
      if (has('__bool__')) {
        identifierUsed('slot_nb_bool:__bool__');
        const r = lookupCall(a, '__bool__', [])!;
        if (r !== True && r !== False) throw typeError(`__bool__ should return bool, returned ${r.ob_type.tp_name}`);
        R.heap.decref(r);
        return r === True;
      }
      return t.mp_length!(a) !== 0;
    };
  }
  for (const [slot, name] of [['nb_index', '__index__'], ['nb_int', '__int__'], ['nb_float', '__float__']] as const) {
    if (!has(name)) continue;
    const id = `slot_${slot}:${name}`;
    nb[slot] = (a: PyObject) => {
      identifierUsed(id);
      return lookupCall(a, name, [])!;
    };
  }
  if (has('__len__')) {
    t.mp_length = (o) => {
      identifierUsed('typeobject.c:__len__');
      // slot_sq_length: the result's index, checked for sign, then for fitting a Py_ssize_t.
      const r = lookupCall(o, '__len__', [])!;
      let i: PyInt;
      try {
        i = numberIndex(r);
      } finally {
        R.heap.decref(r);
      }
      try {
        if (i.toBigInt() < 0n) throw valueError('__len__() should return >= 0');
        return numberAsSsize(i, OverflowError);
      } finally {
        R.heap.decref(i);
      }
    };
  }
  if (has('__getitem__')) t.mp_subscript = (o, k) => lookupCall(o, '__getitem__', [k])!;
  if (has('__setitem__') || has('__delitem__')) {
    const baseAss = base.mp_ass_subscript;
    t.mp_ass_subscript = (o, k, v) => {
      // The half the class leaves out is the builtin base's (slot_mp_ass_subscript finds dict's).
      if (baseAss !== undefined && !has(v === null ? '__delitem__' : '__setitem__')) return baseAss(o, k, v);
      identifierUsed(v === null ? 'typeobject.c:__delitem__' : 'typeobject.c:__setitem__');
      const r = v === null ? lookupCall(o, '__delitem__', [k]) : lookupCall(o, '__setitem__', [k, v]);
      if (r === null) throw typeError(`'${o.ob_type.tp_name}' object does not support item ${v === null ? 'deletion' : 'assignment'}`);
      R.heap.decref(r);
    };
  }
  if (has('__contains__')) {
    t.sq_contains = (o, v) => {
      blockedByNone(o, '__contains__', 'a container');
      const r = lookupCall(o, '__contains__', [v])!;
      const b = abs.isTrue(r);
      R.heap.decref(r);
      return b;
    };
  }
  if (has('__iter__')) {
    t.tp_iter = (o) => {
      identifierUsed('slot_tp_iter:__iter__');
      blockedByNone(o, '__iter__', 'iterable');
      return lookupCall(o, '__iter__', [])!;
    };
  }
  if (has('__next__')) {
    t.tp_iternext = (o) => {
      identifierUsed('slot_tp_iternext:__next__');
      try {
        return lookupCall(o, '__next__', [])!;
      } catch (e) {
        if (abs.isStopIteration(e)) {
          // slot_tp_iternext ends with the StopIteration set (see abs.setPendingStop).
          abs.setPendingStop(o, e.exc);
          return null;
        }
        throw e;
      }
    };
  }
  if (has('__call__')) t.tp_call = slotTpCall;
  if (has('__get__')) {
    t.tp_descr_get = (d, obj, type) => {
      identifierUsed('slot_tp_descr_get:__get__');
      return lookupCall(d, '__get__', [obj ?? None, type])!;
    };
  }
  if (has('__set__') || has('__delete__')) {
    t.tp_descr_set = (d, obj, v) => {
      identifierUsed(v === null ? 'slot_tp_descr_set:__delete__' : 'slot_tp_descr_set:__set__');
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
      // subtype_dealloc: clear_slots, then the dict, then the base's dealloc.
      const slots = (o as PyInstance).slots;
      (o as PyInstance).slots = null;
      if (slots) for (const v of slots) if (v) R.heap.decref(v);
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
  // Worked out per call: a class start-up made (ExceptionGroup) lives through runs of every version.
  const ownLayout = SIZEOF_OWN_LAYOUT.has(base.tp_name);
  // Else the type's tp_basicsize counts what the class adds: its pointers and __slots__.
  t.tp_sizeof = base === objectType ? () => instanceBasicsize(t) : (o) => (baseSizeof ? baseSizeof(o) : basicsize(base)) + (ownLayout ? 0 : subclassExtraBytes(t) + 8 * slotCount(t));
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
