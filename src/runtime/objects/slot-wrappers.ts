// Slot wrappers (Objects/typeobject.c add_operators, slotdefs; Objects/descrobject.c): each
// slot a builtin type fills is also a wrapper_descriptor in its dict (int.__add__,
// dict.__setitem__), bound on lookup as a method-wrapper; super().__setitem__ reaches them.
import * as abs from './abstract';
import { attributeError, OverflowError, overflowError, pyError, StopIteration, typeError, valueError } from './exceptions';
import { floatType, PyFloat } from './float';
import { complexType, PyComplex } from './complex';
import { boundBuiltinType, cfunctionType, classMethodDescrType, defMethod, methodDescrType, NativeMethod, newBoundBuiltin, PyBoundBuiltin, PyCFunction, PyMethodDescr } from './function';
import { builtinName, internStr, newStr, PyStr } from './str';
import { hashInt, intType, newIntBig, newIntSsize, PyInt } from './int';
import { ownSequenceSlots } from './abstract-number';
import { longPowMod } from './intops';
import { between } from './args';
import { checkedMethod, METH_O } from '../builtin-conventions';
import { BinaryOpName, CmpOp, isSubtype, PyObject, PyType, typeLookup } from './object';
import { None, NotImplemented, noneType, pyBool } from './singletons';
import { PySlice, sliceType } from './slice';
import { defGetSet } from './getset';
import { afterInherit, inVersions, objectType, readyType, typeType } from './typeobject';
import { R } from '../state';
import { MINORS, wrapperTable } from './slot-wrapper-table';
import { tpCall, tpCallTypes, Varargs } from './builtin-call';
import { newTuple } from './tuple';

// PyWrapperDescr_Type and _PyMethodWrapper_Type (wrapperobject: head, descr, self = 32 bytes + GC head).
export const wrapperDescrType = readyType(new PyType(null, 'wrapper_descriptor'), undefined, { gc: true, basetype: false });
export const methodWrapperType = readyType(new PyType(null, 'method-wrapper'), undefined, { gc: true, basetype: false });
wrapperDescrType.tp_flags_method_descriptor = true;
const METHOD_WRAPPER_BYTES = 48;
methodWrapperType.tp_sizeof = () => METHOD_WRAPPER_BYTES - 16;

/** wrap_* argument checks (check_num_args): "expected N argument(s), got M". */
function want(args: PyObject[], n: number): void {
  if (args.length !== n) throw typeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

// Objects/typeobject.c slotdefs: the wrappers that take no argument (wrap_unaryfunc, wrap_lenfunc,
// wrap_inquirypred, wrap_hashfunc, wrap_next, wrap_del) and those that unpack with
// PyArg_UnpackTuple(args, "", min, max) (its message then starts with the empty name's space).
const NO_ARGS = new Set(['__repr__', '__str__', '__hash__', '__iter__', '__next__', '__len__', '__bool__', '__neg__', '__pos__', '__abs__', '__invert__', '__int__', '__float__', '__index__', '__del__', '__await__', '__aiter__', '__anext__']);
const UNPACKED: Record<string, [number, number]> = {
  __pow__: [1, 2], __rpow__: [1, 2], __get__: [1, 2], __setitem__: [2, 2], __setattr__: [2, 2], __set__: [2, 2],
  __buffer__: [1, 1], __release_buffer__: [1, 1],
};
/** The count check of the wrap_* function behind slot wrapper `name` of type t (wrap_init and wrap_call take any). */
function checkWrapperArgs(t: PyType, name: string, a: PyObject[]): void {
  if (name === '__init__' || name === '__call__') return;
  if (NO_ARGS.has(name)) return want(a, 0);
  const range = UNPACKED[name] ?? (isRepeat(t, name) ? [1, 1] : undefined);
  if (range !== undefined) return between('', a, range[0], range[1]);
  want(a, 1);
}
/** __mul__, __rmul__ and __imul__ of a sequence without nb_multiply: sq_repeat's wrap_indexargfunc. */
function isRepeat(t: PyType, name: string): boolean {
  return (name === '__mul__' || name === '__rmul__' || name === '__imul__') && ownSequenceSlots(t) !== undefined && t.tp_as_number.nb_multiply === undefined;
}

const BINARY: Record<string, BinaryOpName | 'nb_divmod'> = {
  add: 'nb_add', sub: 'nb_subtract', mul: 'nb_multiply', mod: 'nb_remainder', divmod: 'nb_divmod', pow: 'nb_power',
  lshift: 'nb_lshift', rshift: 'nb_rshift', and: 'nb_and', xor: 'nb_xor', or: 'nb_or', floordiv: 'nb_floor_divide',
  truediv: 'nb_true_divide', matmul: 'nb_matrix_multiply',
};
const UNARY: Record<string, 'nb_negative' | 'nb_positive' | 'nb_absolute' | 'nb_invert' | 'nb_int' | 'nb_float' | 'nb_index'> = {
  __neg__: 'nb_negative', __pos__: 'nb_positive', __abs__: 'nb_absolute', __invert__: 'nb_invert',
  __int__: 'nb_int', __float__: 'nb_float', __index__: 'nb_index',
};
const CMP: Record<string, CmpOp> = { __lt__: CmpOp.LT, __le__: CmpOp.LE, __eq__: CmpOp.EQ, __ne__: CmpOp.NE, __gt__: CmpOp.GT, __ge__: CmpOp.GE };

/** wrap_binaryfunc_l/_r over the type's own number slot, or the sequence protocol (sq_concat, sq_repeat). */
function binaryWrapper(t: PyType, op: string, reflected: boolean): NativeMethod | null {
  const slot = BINARY[op] as BinaryOpName;
  const f = t.tp_as_number[slot];
  return (o, a) => {
    if (op === 'pow' && a.length === 2 && a[1] === None) a = [a[0]];
    if (op === 'pow' && a.length === 2) return ternaryPower(t, reflected ? a[0] : o, reflected ? o : a[0], a[1]);
    want(a, 1);
    const [x, y] = reflected ? [a[0], o] : [o, a[0]];
    if (f !== undefined) return f(x, y);
    // sq_concat / sq_repeat: the sequence is always self (sq_repeat for __rmul__ too).
    if (slot === 'nb_multiply') return abs.binaryOp(o, a[0], slot);
    return abs.binaryOp(x, y, slot);
  };
}

/**
 * wrap_ternaryfunc(_r) with a modulus: long_pow (CHECK_BINOP, then the modulus must be an int),
 * float_pow (refuses any modulus first), complex_pow (TO_COMPLEX both, then "complex modulo").
 */
function ternaryPower(t: PyType, x: PyObject, y: PyObject, z: PyObject): PyObject {
  const isInt = (v: PyObject): boolean => v instanceof PyInt;
  if (isSubtype(t, intType)) {
    if (isInt(x) && isInt(y) && isInt(z)) return longPowMod(x as PyInt, y as PyInt, z as PyInt);
    return abs.incref(NotImplemented);
  }
  if (t === floatType) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  if (t === complexType) {
    if (!isNumber(x) || !isNumber(y)) return abs.incref(NotImplemented);
    throw valueError('complex modulo');
  }
  return abs.incref(NotImplemented);
}

/** The wrapper function for slot name `name` of type t (wrap_* in Objects/typeobject.c), or null. */
function slotWrapper(t: PyType, name: string): NativeMethod | null {
  const extra = EXTRA[`${t.tp_name}.${name}`];
  if (extra !== undefined) return extra;
  if (isRepeat(t, name)) {
    // wrap_indexargfunc: PyNumber_AsSsize_t(o, OverflowError) before sq_repeat / sq_inplace_repeat.
    const slots = ownSequenceSlots(t)!;
    return (o, a) => {
      const n = abs.numberAsSsize(a[0], OverflowError);
      if (name !== '__imul__') return slots.repeat(o, n);
      const count = newIntSsize(n);
      try {
        return abs.inplaceOp(o, count, 'nb_multiply');
      } finally {
        abs.decref(count);
      }
    };
  }
  const m = /^__(r|i)?(add|sub|mul|mod|divmod|pow|lshift|rshift|and|xor|or|floordiv|truediv|matmul)__$/.exec(name);
  if (m !== null) {
    if (m[1] !== 'i') return binaryWrapper(t, m[2], m[1] === 'r');
    const slot = BINARY[m[2]] as BinaryOpName;
    const f = t.tp_as_number.nb_inplace?.[slot];
    return (o, a) => (want(a, 1), f !== undefined ? f(o, a[0]) : abs.inplaceOp(o, a[0], slot));
  }
  if (name in UNARY) {
    const f = t.tp_as_number[UNARY[name]] as ((o: PyObject) => PyObject) | undefined;
    return f === undefined ? null : (o, a) => (want(a, 0), f(o));
  }
  if (name in CMP) {
    const f = t.tp_richcompare;
    const op = CMP[name];
    // long_richcompare (CHECK_BINOP): an int compares only with ints; the runtime's slot also takes floats.
    const intOnly = t.tp_name === 'int';
    return (o, a) => {
      want(a, 1);
      if (f === undefined || (intOnly && !(a[0] instanceof PyInt))) return abs.incref(NotImplemented);
      return f(o, a[0], op);
    };
  }
  const { tp_repr: repr, tp_str: str, tp_hash: hash, tp_getattro: getattro, tp_setattro: setattro, tp_init: init, tp_descr_get: get } = t;
  const { mp_subscript: getitem, mp_ass_subscript: ass, mp_length: len, sq_contains: contains, tp_iter: iter, tp_iternext: next, tp_call: call } = t;
  switch (name) {
    case '__repr__':
      return (o, a) => (want(a, 0), repr ? repr(o) : abs.reprObj(o));
    case '__str__':
      return str ? (o, a) => (want(a, 0), str(o)) : null;
    case '__hash__':
      return hash
        ? (o, a) => {
            want(a, 0);
            return hashInt(hash(o));
          }
        : null;
    case '__bool__': {
      const f = t.tp_as_number.nb_bool;
      return (o, a) => (want(a, 0), pyBool(f !== undefined ? f(o) : len !== undefined ? len(o) !== 0 : abs.isTrue(o)));
    }
    case '__getattribute__':
      return getattro
        ? (o, a) => {
            want(a, 1);
            const n = abs.attrName(a[0]);
            const r = getattro(o, n);
            if (r === null) throw abs.noAttribute(o, n.value);
            return r;
          }
        : null;
    case '__setattr__':
    case '__delattr__':
      return setattro
        ? (o, a) => {
            const del = name === '__delattr__';
            want(a, del ? 1 : 2);
            setattro(o, abs.attrName(a[0]), del ? null : a[1]);
            return abs.incref(None);
          }
        : null;
    case '__init__':
      // wrap_init passes the tuple wrapperdescr_call or wrapper_call has (BaseException_init keeps it as args).
      return init ? (o, a, kw) => (init(o, a, kw, Varargs.args), abs.incref(None)) : null;
    case '__get__':
      return get
        ? (o, a) => {
            if (a.length < 1 || a.length > 2) throw typeError(`expected 1 or 2 arguments, got ${a.length}`);
            const obj = a[0] === None ? null : a[0];
            const tp = a.length === 2 && a[1] !== None ? a[1] : null;
            if (obj === null && tp === null) throw typeError('__get__(None, None) is invalid');
            return get(o, obj, (tp ?? obj!.ob_type) as PyType);
          }
        : null;
    case '__set__':
    case '__delete__': {
      // wrap_descr_set / wrap_descr_delete: the descriptor's tp_descr_set, with NULL to delete.
      const set = t.tp_descr_set;
      return set ? (o, a) => (set(o, a[0], name === '__set__' ? a[1] : null), abs.incref(None)) : null;
    }
    case '__call__':
      return (o, a, kw) => (call ? call(o, a, kw) : abs.call(o, a, kw));
    case '__getitem__':
      return getitem ? (o, a) => (want(a, 1), getitem(o, a[0])) : null;
    case '__setitem__':
      return ass ? (o, a) => (want(a, 2), ass(o, a[0], a[1]), abs.incref(None)) : null;
    case '__delitem__':
      return ass ? (o, a) => (want(a, 1), ass(o, a[0], null), abs.incref(None)) : null;
    case '__len__':
      return len ? (o, a) => (want(a, 0), abs.lengthObject(o, len(o))) : null;
    case '__contains__':
      return contains ? (o, a) => (want(a, 1), pyBool(contains(o, a[0]))) : null;
    case '__iter__':
      return iter ? (o, a) => (want(a, 0), iter(o)) : null;
    case '__next__':
      return next
        ? (o, a) => {
            want(a, 0);
            const r = next(o);
            if (r === null) throw pyError(StopIteration);
            return r;
          }
        : null;
  }
  return null;
}

/** A number operand complex_* accepts (TO_COMPLEX); anything else gives NotImplemented. */
const isNumber = (o: PyObject): boolean => o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex;
// 3.8-3.9 complex_remainder, complex_divmod, complex_int_div raise whatever the operand.
const refuse = (msg: string): NativeMethod => () => {
  throw typeError(msg);
};

/** Slots CPython fills that this runtime serves elsewhere: float's nb_int, and 3.8-3.9 complex's refusals. */
const EXTRA: Record<string, NativeMethod> = {
  // Objects/floatobject.c float___trunc___impl
  'float.__int__': (o, a) => {
    want(a, 0);
    const v = (o as PyFloat).value;
    if (Number.isNaN(v)) throw valueError('cannot convert float NaN to integer');
    if (!Number.isFinite(v)) throw overflowError('cannot convert float infinity to integer');
    return newIntBig(BigInt(Math.trunc(v)));
  },
  // Objects/complexobject.c (3.8-3.9) complex_int, complex_float, complex_mod, complex_divmod, complex_int_div
  'complex.__int__': (_o, a) => (want(a, 0), throwIt(typeError("can't convert complex to int"))),
  'complex.__float__': (_o, a) => (want(a, 0), throwIt(typeError("can't convert complex to float"))),
  'complex.__mod__': refuse("can't mod complex numbers."),
  'complex.__rmod__': refuse("can't mod complex numbers."),
  'complex.__divmod__': refuse("can't take floor or mod of complex number."),
  'complex.__rdivmod__': refuse("can't take floor or mod of complex number."),
  'complex.__floordiv__': refuse("can't take floor of complex number."),
  'complex.__rfloordiv__': refuse("can't take floor of complex number."),
};
function throwIt(e: unknown): never {
  throw e;
}

/** A wrapper_descriptor (PyWrapperDescrObject), static like every descriptor of a builtin type. */
function wrapperDescr(t: PyType, name: string, fn: NativeMethod): PyMethodDescr {
  const d = new PyMethodDescr(wrapperDescrType, name, t, fn);
  return d;
}

// Types without a table entry: their container and iterator slots, as before.
const DEFAULT_SLOTS: Array<[string, string]> = [
  ['__call__', 'tp_call'], ['__iter__', 'tp_iter'], ['__next__', 'tp_iternext'], ['__len__', 'mp_length'],
  ['__getitem__', 'mp_subscript'], ['__setitem__', 'mp_ass_subscript'], ['__delitem__', 'mp_ass_subscript'], ['__contains__', 'sq_contains'],
  ['__get__', 'tp_descr_get'], ['__set__', 'tp_descr_set'], ['__delete__', 'tp_descr_set'],
];
/** Types whose instances are unhashable: type_ready stores __hash__ = None (PyObject_HashNotImplemented). */
const HASH_NONE: Record<string, (minor: number) => boolean> = {
  list: () => true, dict: () => true, set: () => true, bytearray: () => true, slice: (m) => m <= 11,
};
// Container slots CPython exposes as ordinary methods (METH_COEXIST: list.__getitem__, dict.__contains__).
const AS_METHODS = ['__getitem__', '__contains__', '__len__', '__setitem__', '__delitem__'];

afterInherit.push((types) => {
  // type itself is made before readyType exists, so it is not in the list.
  // A class start-up made (ExceptionGroup) has no wrappers of its own: its namespace is type_new's.
  for (const t of [objectType, typeType, ...types.filter((x) => x !== objectType && !x.isHeapType)]) {
    const rec = t as unknown as Record<string, unknown>;
    const brec = (t.tp_base ?? {}) as Record<string, unknown>;
    const own = (slot: string): boolean => rec[slot] !== undefined && (t.tp_base === null || brec[slot] !== rec[slot]);
    const perMinor = MINORS.map((m) => wrapperTable(t, m));
    const names = perMinor[0];
    if (names === null) {
      for (const [name, slot] of DEFAULT_SLOTS) {
        // Only the slots the type defines itself; inherited ones are found on the base.
        if (!t.tp_dict.has(name) && own(slot)) t.tp_dict.set(name, wrapperDescr(t, name, slotWrapper(t, name)!));
      }
      // Number slots the type fills itself (the dict key and item views' set operations).
      for (const [op, slot] of Object.entries(BINARY)) {
        const nb = t.tp_as_number as Record<string, unknown>;
        const bnb = (t.tp_base?.tp_as_number ?? {}) as Record<string, unknown>;
        if (nb[slot] === undefined || nb[slot] === bnb[slot]) continue;
        for (const name of [`__${op}__`, `__r${op}__`]) if (!t.tp_dict.has(name)) t.tp_dict.set(name, wrapperDescr(t, name, slotWrapper(t, name)!));
      }
      continue;
    }
    const all = [...new Set(perMinor.flatMap((n) => n!))];
    for (const name of all) {
      const minors = new Set(MINORS.filter((_, i) => perMinor[i]!.includes(name)));
      const have = t.tp_dict.get(name);
      let descr: PyMethodDescr;
      if (have instanceof PyMethodDescr && have.ob_type === methodDescrType) descr = wrapperDescr(t, name, have.fn);
      else if (have !== undefined) continue;
      else {
        // A slot this runtime leaves to the base (bytearray's tp_str) wraps the base's behaviour.
        const inherited = t.tp_base !== null ? typeLookup(t.tp_base, name) : null;
        const fn = slotWrapper(t, name) ?? (inherited instanceof PyMethodDescr ? inherited.fn : null);
        // Not modeled yet (float.__int__, complex's 3.8 refusals): left out rather than faked.
        if (fn === null) continue;
        descr = wrapperDescr(t, name, fn);
      }
      t.tp_dict.set(name, descr);
      if (minors.size < MINORS.length) inVersions(t, name, (m) => minors.has(m), descr);
    }
    const unhashable = HASH_NONE[t.tp_name];
    if (unhashable !== undefined && !(t.tp_dict.has('__hash__') && !all.includes('__hash__'))) {
      // slice: None up to 3.11, its own slot wrapper from 3.12.
      const minors = new Set(MINORS.filter(unhashable));
      if (minors.size === MINORS.length) t.tp_dict.set('__hash__', None);
      else inVersions(t, '__hash__', (m) => minors.has(m), None);
    }
    // Container methods a tabled type keeps as method_descriptors (list.__getitem__, dict.__contains__).
    for (const name of AS_METHODS) {
      if (t.tp_dict.has(name) || all.includes(name)) continue;
      // METH_O | METH_COEXIST (list_subscript, dict___contains__, set_direct_contains...).
      if (!own(DEFAULT_SLOTS.find(([n]) => n === name)![1])) continue;
      const fn = slotWrapper(t, name)!;
      defMethod(t, name, name === '__getitem__' || name === '__contains__' ? checkedMethod(`${t.tp_name}.${name}`, METH_O, fn) : fn);
    }
  }
});

// Objects/descrobject.c wrapperdescr_get / wrapperdescr_call: the receiver must be an instance of the owner.
function checkReceiver(d: PyMethodDescr, o: PyObject | undefined): PyObject {
  if (o === undefined) throw typeError(`descriptor '${d.name}' of '${d.owner.tp_name}' object needs an argument`);
  if (!abs.isInstance(o, d.owner)) {
    throw typeError(`descriptor '${d.name}' requires a '${d.owner.tp_name}' object but received a '${o.ob_type.tp_name}'`);
  }
  return o;
}
wrapperDescrType.tp_descr_get = (d, obj) => {
  if (obj === null) return abs.incref(d);
  const m = d as PyMethodDescr;
  if (!abs.isInstance(obj, m.owner)) {
    throw typeError(`descriptor '${m.name}' for '${m.owner.tp_name}' objects doesn't apply to a '${obj.ob_type.tp_name}' object`);
  }
  R.heap.incref(obj);
  return R.heap.newObject(new PyBoundBuiltin(methodWrapperType, m, obj), METHOD_WRAPPER_BYTES, 16);
};
// Neither has a vectorcall: _PyObject_MakeTpCall packs the arguments first (builtin-call.ts tpCall),
// and wrapperdescr_call then slices the receiver off them (PyTuple_GetSlice, a new tuple
// unless nothing is left), released once the wrapped slot returns.
tpCallTypes.add(wrapperDescrType);
tpCallTypes.add(methodWrapperType);
wrapperDescrType.tp_call = (d, args, kw) =>
  tpCall(args, 0, kw, () => {
    const m = d as PyMethodDescr;
    const self = checkReceiver(m, args.length > (kw?.length ?? 0) ? args[0] : undefined);
    const npos = args.length - (kw?.length ?? 0);
    // The keywords' values follow the positional arguments; only those are in the tuple.
    const rest = args.slice(1, npos);
    for (const o of rest) R.heap.incref(o);
    // PyTuple_GetSlice: the empty tuple when nothing is left.
    const sliced = newTuple(rest);
    const packed = Varargs.args;
    Varargs.args = sliced;
    try {
      return rawCall(m, self, args.slice(1), kw);
    } finally {
      Varargs.args = packed;
      R.heap.decref(sliced);
    }
  });
// classmethod_get: binds the class given (or the object's type), which must be a subtype of the owner.
classMethodDescrType.tp_descr_get = (d, obj, type) => {
  const m = d as PyMethodDescr;
  const cls: PyObject | null = type ?? obj?.ob_type ?? null;
  if (cls === null) throw typeError(`descriptor '${m.name}' for type '${m.owner.tp_name}' needs either an object or a type`);
  if (!(cls instanceof PyType)) throw typeError(`descriptor '${m.name}' for type '${m.owner.tp_name}' needs a type, not a '${cls.ob_type.tp_name}' as arg 2`);
  if (!isSubtype(cls, m.owner)) throw typeError(`descriptor '${m.name}' requires a subtype of '${m.owner.tp_name}' but received '${cls.tp_name}'`);
  return newBoundBuiltin(m, cls);
};
// classmethoddescr_call (no vectorcall: the arguments come packed): binds its first argument and
// calls the bound method with the rest.
tpCallTypes.add(classMethodDescrType);
classMethodDescrType.tp_call = (d, args, kw) =>
  tpCall(args, 0, kw, () => {
    const m = d as PyMethodDescr;
    if (args.length <= (kw?.length ?? 0)) throw typeError(`descriptor '${m.name}' of '${m.owner.tp_name}' object needs an argument`);
    // 3.8's classmethoddescr_call checks the receiver itself, with its own message for a non-type.
    if (R.minor <= 8 && !(args[0] instanceof PyType)) throw typeError(`descriptor '${m.name}' requires a type but received a '${args[0].ob_type.tp_name}' instance`);
    const bound = classMethodDescrType.tp_descr_get!(m, null, args[0] as PyType);
    try {
      return abs.call(bound, args.slice(1), kw);
    } finally {
      abs.decref(bound);
    }
  });
methodWrapperType.tp_call = (o, args, kw) => {
  const b = o as PyBoundBuiltin;
  return tpCall(args, 0, kw, () => rawCall(b.descr, b.self, args, kw));
};
/** wrapperdescr_raw_call: only the PyWrapperFlag_KEYWORDS wrappers (wrap_init, wrap_call) take keywords. */
function rawCall(d: PyMethodDescr, self: PyObject, args: PyObject[], kw: PyStr[] | null): PyObject {
  if (kw !== null && kw.length > 0 && d.name !== '__init__' && d.name !== '__call__') throw typeError(`wrapper ${d.name}() takes no keyword arguments`);
  checkWrapperArgs(d.owner, d.name, args);
  return d.fn(self, args, kw);
}
methodWrapperType.tp_dealloc = (o) => {
  R.heap.decref((o as PyBoundBuiltin).self);
  R.heap.freeObject(o, METHOD_WRAPPER_BYTES);
};
methodWrapperType.tp_traverse = (o, visit) => visit((o as PyBoundBuiltin).self);

// Objects/descrobject.c method_repr / wrapperdescr_repr, wrapper_repr, Objects/methodobject.c meth_repr.
methodDescrType.tp_repr = classMethodDescrType.tp_repr = (d) => newStr(`<method '${(d as PyMethodDescr).name}' of '${(d as PyMethodDescr).owner.tp_name}' objects>`);
wrapperDescrType.tp_repr = (d) => newStr(`<slot wrapper '${(d as PyMethodDescr).name}' of '${(d as PyMethodDescr).owner.tp_name}' objects>`);
const addr = (o: PyObject): string => `0x${o.id.toString(16).padStart(12, '0')}`;
boundBuiltinType.tp_repr = (o) => {
  const b = o as PyBoundBuiltin;
  return newStr(`<built-in method ${b.descr.name} of ${b.self.ob_type.tp_name} object at ${addr(b.self)}>`);
};
methodWrapperType.tp_repr = (o) => {
  const b = o as PyBoundBuiltin;
  return newStr(`<method-wrapper '${b.descr.name}' of ${b.self.ob_type.tp_name} object at ${addr(b.self)}>`);
};

// NoneType() is None (none_new), and a slice's start, stop and step (slice_members).
noneType.tp_new = (_t, args) => {
  if (args.length > 0) throw typeError('NoneType takes no arguments');
  return abs.incref(None);
};
// They are READONLY members in CPython: PyMember_SetOne says "readonly attribute".
const readonlyMember = (): never => {
  throw attributeError('readonly attribute');
};
for (const name of ['start', 'stop', 'step'] as const) defGetSet(sliceType, name, (o) => abs.incref((o as PySlice)[name]), readonlyMember);

// Objects/descrobject.c descr_members / descr_getset (__name__, __qualname__, __objclass__) and
// wrapper_getsets / meth_getsets (__name__, __qualname__, __self__) of the bound forms.
// A descriptor's d_name and a method-wrapper's name_strobj are the interned names type_ready made.
for (const t of [methodDescrType, classMethodDescrType, wrapperDescrType]) {
  defGetSet(t, '__name__', (o) => builtinName((o as PyMethodDescr).name));
  defGetSet(t, '__qualname__', (o) => newStr(`${(o as PyMethodDescr).owner.tp_name}.${(o as PyMethodDescr).name}`));
  defGetSet(t, '__objclass__', (o) => abs.incref((o as PyMethodDescr).owner));
}
// meth_get__name__ and wrapper_name make a str from the C name at each read.
for (const t of [boundBuiltinType, methodWrapperType]) {
  defGetSet(t, '__name__', (o) => newStr((o as PyBoundBuiltin).descr.name));
  defGetSet(t, '__qualname__', (o) => newStr(`${(o as PyBoundBuiltin).descr.owner.tp_name}.${(o as PyBoundBuiltin).descr.name}`));
  defGetSet(t, '__self__', (o) => abs.incref((o as PyBoundBuiltin).self));
}
// Objects/methodobject.c meth_getsets and meth_members for a function with no receiver or a
// module one (len, sys.getsizeof): __qualname__ is the bare name (meth_get__qualname__),
// __module__ the m_module string or None.
defGetSet(cfunctionType, '__name__', (o) => newStr((o as PyCFunction).name));
defGetSet(cfunctionType, '__qualname__', (o) => newStr((o as PyCFunction).name));
defGetSet(cfunctionType, '__module__', (o) => {
  const m = (o as PyCFunction).module;
  return m === null ? abs.incref(None) : internStr(m);
});
