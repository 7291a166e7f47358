// What every builtin type answers through object and type (Objects/typeobject.c
// object_methods, type_methods, type_getsets): __dir__, __format__, __reduce__/__reduce_ex__,
// __getstate__ (3.11+), __subclasshook__, __prepare__, the layout getsets, and each type's __doc__.
import { R } from '../state';
import * as abs from './abstract';
import { unsupported } from '../errors';
import { attributeError, typeError } from './exceptions';
import { defClassMethod, defMethod, type PyFunction } from './function';
import { defGetSet, Setter } from './getset';
import { isSubtype, PyObject, PyType, typeLookup } from './object';
import { None, NotImplemented, pyBool } from './singletons';
import { internStr, PyStr, strType } from './str';
import { afterInherit, inVersions, objectType, typeType } from './typeobject';
import { newDict, PyDict } from './dict';
import { newListFrom } from './list';
import { newTuple, PyTuple } from './tuple';
import { builtinFormat } from './format';
import { typeDoc, TYPE_DOCS } from './builtin-docs';
import { typeDictDel, typeDictSet } from './heaptype';
import { PyInstance } from './classes';
import { newInt } from './int';
import { builtinSizeof } from './instance-layout';
import { knownTypeShape } from './type-shape';
import { typeLayout } from './builtin-layouts';
import { PyHeapType } from './typenew';
import { Builtins } from '../vm/call';
import { argTypeName, exactly, noKw } from './args';
import { checkedMethod, clinicInt, type Convention, METH_NOARGS, METH_O, parseTuple } from '../builtin-conventions';
import { markVarargs, minors } from './builtin-call';
import { defStructMember } from './member-descr';

/** A str that lives as long as the run's types (a type's __doc__, like tp_doc's). */
function staticStr(v: string): PyStr {
  const s = new PyStr(strType, v);
  s.ob_refcnt = 1 << 20;
  return s;
}

// type_ready (type_dict_set_doc): __doc__ is tp_doc, or None when the type has none.
afterInherit.push((types) => {
  for (const t of [objectType, typeType, ...types.filter((x) => x !== objectType)]) {
    if (t.tp_dict.has('__doc__') || t.isHeapType) continue;
    const runs = Object.prototype.hasOwnProperty.call(TYPE_DOCS, t.tp_name) ? TYPE_DOCS[t.tp_name] : undefined;
    if (runs === undefined || runs.every(([, d]) => d === runs[0][1])) {
      const d = typeDoc(t.tp_name, 8);
      t.tp_dict.set('__doc__', d === null ? None : staticStr(d));
      continue;
    }
    for (let i = 0; i < runs.length; i++) {
      const [from, d] = runs[i];
      const to = i + 1 < runs.length ? runs[i + 1][0] : 99;
      inVersions(t, '__doc__', (m) => m >= from && m < to, d === null ? None : staticStr(d));
    }
  }
});

/** The names merge_class_dict collects: the class's dict, then its bases', first insertion wins the place. */
function mergeClassDict(names: Set<string>, t: PyType): void {
  for (const k of t.tp_dict.keys()) names.add(k);
  for (const b of t.tp_bases) mergeClassDict(names, b);
}

/** object___dir___impl: the instance's __dict__ keys, then the attributes its class reaches. */
export function objectDirNames(o: PyObject): string[] {
  const names = new Set<string>();
  const key = internStr('__dict__');
  let d: PyObject | null = null;
  try {
    d = abs.getAttrOrNull(o, key);
  } finally {
    abs.decref(key);
  }
  if (d !== null) {
    if (d instanceof PyDict) for (const [k] of d.entries()) if (k instanceof PyStr) names.add(k.value);
    abs.decref(d);
  }
  // The class is asked for as an attribute too (a __getattribute__ sees both).
  const clsKey = internStr('__class__');
  let cls: PyObject | null;
  try {
    cls = abs.getAttrOrNull(o, clsKey);
  } finally {
    abs.decref(clsKey);
  }
  if (cls !== null) {
    if (cls instanceof PyType) mergeClassDict(names, cls);
    abs.decref(cls);
  }
  return [...names];
}

/** type___dir___impl: the class's own attributes and its bases', not the metaclass's. */
export function typeDirNames(t: PyType): string[] {
  const names = new Set<string>();
  mergeClassDict(names, t);
  return [...names];
}


// object___format___impl: only the empty spec, which is str(self).
defMethod(objectType, '__format__', checkedMethod('object.__format__', METH_O, (self, a) => {
  const spec = formatSpec(a[0]);
  if (spec.value !== '') throw typeError(`unsupported format string passed to ${self.ob_type.tp_name}.__format__`);
  return abs.strObj(self);
}));
// The builtin types with a __sizeof__ of their own (type___sizeof__, int___sizeof___impl,
// unicode_sizeof, list___sizeof___impl, dict_sizeof, set_sizeof, bytearray_sizeof): the size
// their tp_sizeof gives here.
afterInherit.push((types) => {
  for (const t of [typeType, ...types]) {
    if (!['type', 'int', 'str', 'list', 'dict', 'set', 'frozenset', 'bytearray'].includes(t.tp_name)) continue;
    defMethod(t, '__sizeof__', checkedMethod(`${t.tp_name}.__sizeof__`, METH_NOARGS, (self) => newInt(builtinSizeof(self))));
  }
});
// int___format___impl, float___format___impl, complex___format___impl, unicode___format___impl.
afterInherit.push((types) => {
  for (const t of types) {
    if (!['int', 'float', 'complex', 'str'].includes(t.tp_name)) continue;
    // 3.8-3.9 complex__format__: METH_VARARGS, PyArg_ParseTuple(args, "U:__format__").
    const old = (minor: number): boolean => t.tp_name === 'complex' && minor <= 9;
    const conv = (minor: number): Convention => (old(minor) ? parseTuple(1, 1) : METH_O);
    defMethod(t, '__format__', checkedMethod(`${t.tp_name}.__format__`, conv, (self, a) => builtinFormat(self, formatSpec(a[0], old(R.minor) ? 'argument 1' : 'argument').value)));
    if (t.tp_name === 'complex') markVarargs(t, ['__format__'], minors(8, 9));
  }
});

/** The format_spec of __format__ (Argument Clinic's unicode converter: _PyArg_BadArgument says None as 'None'). */
function formatSpec(o: PyObject, what = 'argument'): PyStr {
  if (!(o instanceof PyStr)) throw typeError(`__format__() ${what} must be str, not ${argTypeName(o)}`);
  return o;
}

/**
 * Pickling goes through copyreg (copyreg.__reduce_ex__, __newobj__), which the mini-runtime has
 * not, except copyreg._reduce_ex's refusal (protocols 0 and 1): an object whose first static
 * type in its MRO is its own type (not object) "cannot pickle".
 */
const REDUCES_ITSELF = new Set(['BaseException', 'NotImplementedType', 'SimpleNamespace', 'bytearray', 'bytearray_iterator', 'bytes_iterator', 'dict_keyiterator', 'ellipsis', 'enumerate', 'filter', 'frozenset', 'list_iterator', 'list_reverseiterator', 'map', 'method', 'range_iterator', 'reversed', 'set', 'set_iterator', 'str_iterator', 'str_ascii_iterator', 'tuple_iterator', 'zip']);
function reduceEx(self: PyObject, proto: number, what: string): never {
  const cls = self.ob_type;
  const base = cls.tp_mro.find((b) => !b.isHeapType);
  // Types CPython gives a __reduce__ of their own (set, bytearray, the iterators...), not modelled.
  const ownReduce = cls.tp_mro.some((b) => !b.isHeapType && REDUCES_ITSELF.has(b.tp_name));
  if (proto < 2 && base === cls && base !== objectType && !ownReduce) throw typeError(`cannot pickle '${cls.tp_name}' object`);
  throw unsupported(`${what} (pickling through copyreg)`);
}
defMethod(objectType, '__reduce__', checkedMethod('object.__reduce__', METH_NOARGS, (self) => reduceEx(self, 0, 'object.__reduce__')));
// object___reduce_ex___impl(protocol: int): a class's own __reduce__ first, else _common_reduce.
defMethod(objectType, '__reduce_ex__', checkedMethod('object.__reduce_ex__', METH_O, (self, a) => {
  const proto = clinicInt(a[0]);
  // A class whose __reduce__ is not object's (set, range, slice, bytearray...) reduces by it.
  if (typeLookup(self.ob_type, '__reduce__') !== objectType.tp_dict.get('__reduce__')) {
    const key = internStr('__reduce__');
    let bound: PyObject | null = null;
    try {
      bound = abs.getAttr(self, key);
      return abs.call(bound, [], null);
    } finally {
      abs.decref(key);
      if (bound !== null) abs.decref(bound);
    }
  }
  return reduceEx(self, proto, 'object.__reduce_ex__');
}));

// object___getstate___impl (3.11+, object_getstate_default with required=0): None without an
// instance dict (or with an empty one), else the dict itself; copyreg._slotnames caches
// __slotnames__ = [] on a class it may set attributes on.
defMethod(objectType, '__getstate__', checkedMethod('object.__getstate__', METH_NOARGS, (self) => {
  if (self instanceof PyInstance && self.slots !== null && self.slots.length > 0) {
    throw unsupported("object.__getstate__ of an instance with __slots__ (copyreg._slotnames)");
  }
  let state: PyObject = abs.incref(None);
  if (self.dict !== null || (self as { dictObj?: PyDict | null }).dictObj) {
    const key = internStr('__dict__');
    try {
      const d = abs.getAttrOrNull(self, key);
      if (d instanceof PyDict && d.used > 0) {
        abs.decref(state);
        state = d;
      } else if (d !== null) abs.decref(d);
    } finally {
      abs.decref(key);
    }
  }
  const cls = self.ob_type;
  if (cls.isHeapType && !cls.tp_dict.has('__slotnames__')) {
    const l = newListFrom([]);
    typeDictSet(cls, '__slotnames__', l);
    abs.decref(l);
  }
  return state;
}));
inVersions(objectType, '__getstate__', (m) => m >= 11);

// object___subclasshook___impl: NotImplemented, so that ABCs fall back to the usual rules.
// 3.13 takes exactly the subclass (METH_O); before, any arguments.
// Bound to the class, its functions are named by the class (_PyObject_FunctionStr); 3.8-3.12's
// METH_VARARGS refuses keywords in cfunction_call by the bare name.
defClassMethod(objectType, '__subclasshook__', (cls, a, kw) => {
  if (R.minor <= 12) {
    if ((kw?.length ?? 0) > 0) throw typeError('__subclasshook__() takes no keyword arguments');
  } else {
    noKw(`${(cls as PyType).tp_name}.__subclasshook__`, kw);
    exactly(`${(cls as PyType).tp_name}.__subclasshook__`, a, 1);
  }
  return abs.incref(NotImplemented);
});

// ---- type's methods and getsets ----

function oneArg(name: string, a: PyObject[]): PyObject {
  if (a.length !== 1) throw typeError(`${name}() takes exactly one argument (${a.length} given)`);
  return a[0];
}
// type___instancecheck___impl / type___subclasscheck___impl: the checks without __instancecheck__ hooks.
defMethod(typeType, '__instancecheck__', (self, a) => {
  const o = oneArg('__instancecheck__', a);
  return pyBool(isSubtype(o.ob_type, self as PyType));
});
defMethod(typeType, '__subclasscheck__', (self, a) => {
  const o = oneArg('__subclasscheck__', a);
  if (!(o instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
  return pyBool(isSubtype(o, self as PyType));
});
// type_prepare: the namespace a class body fills, a new empty dict.
defClassMethod(typeType, '__prepare__', () => newDict());

// tp_basicsize, tp_itemsize, tp_flags, tp_dictoffset, tp_weaklistoffset: a builtin type's as
// CPython reports them (builtin-layouts.ts), a class's as type_new lays it out (type-shape.ts;
// its tp_flags are not modelled). tp_flags' method-cache bit (Py_TPFLAGS_VALID_VERSION_TAG)
// is as a fresh interpreter has it, not tracked per lookup.
const LAYOUT_FIELDS = ['__basicsize__', '__itemsize__', '__flags__', '__dictoffset__', '__weakrefoffset__'];
LAYOUT_FIELDS.forEach((name, i) => {
  defGetSet(typeType, name, (o) => {
    const t = o as PyType;
    // The table gives a builtin type's and those of the class start-up made (ExceptionGroup).
    const fields = typeLayout(t.tp_name, R.minor);
    if (!(t instanceof PyHeapType) && fields !== null) return newInt(fields[i]);
    if (name === '__flags__') throw unsupported('__flags__ of a class');
    const shape = knownTypeShape(t);
    return newInt([shape.basicsize, shape.itemsize, 0, shape.dictoffset, shape.weaklistoffset][i]);
  }, () => {
    // READONLY members (type_members): PyMember_SetOne's message.
    throw attributeError('readonly attribute');
  });
});
// type_get_text_signature: the "--\n\n" part of tp_doc; no builtin type here carries one in __doc__.
defGetSet(typeType, '__text_signature__', () => abs.incref(None));
/** type_set_abstractmethods, type_set_annotations: a class's own dict entry, stored or deleted; builtin types refuse. */
function classDictSetter(name: string): Setter {
  return (o, v) => {
    const t = o as PyType;
    if (!t.isHeapType) throw typeError(`cannot set '${name}' attribute of immutable type '${t.tp_name}'`);
    if (v === null) {
      if (!typeDictDel(t, name)) throw attributeError(name);
    } else typeDictSet(t, name, v);
  };
}

// type_abstractmethods: only a class's own dict holds it (abc sets it), type itself never.
defGetSet(
  typeType,
  '__abstractmethods__',
  (o) => {
    const v = o === typeType ? undefined : (o as PyType).tp_dict.get('__abstractmethods__');
    if (v === undefined) throw attributeError('__abstractmethods__');
    return abs.incref(v);
  },
  classDictSetter('__abstractmethods__'),
);

// type_get_annotations (3.10+): a class's own __annotations__, made empty and kept on first read.
defGetSet(
  typeType,
  '__annotations__',
  (o) => {
    const t = o as PyType;
    if (!t.isHeapType) throw attributeError(`type object '${t.tp_name}' has no attribute '__annotations__'`);
    const v = t.tp_dict.get('__annotations__');
    if (v !== undefined) {
      const g = v.ob_type.tp_descr_get;
      return g !== undefined ? g(v, null, t) : abs.incref(v);
    }
    const d = newDict();
    typeDictSet(t, '__annotations__', d);
    return d;
  },
  classDictSetter('__annotations__'),
);
inVersions(typeType, '__annotations__', (m) => m >= 10);

// type_get_type_params (3.12+): the class's own __type_params__, or ().
defGetSet(typeType, '__type_params__', (o) => {
  const v = (o as PyType).tp_dict.get('__type_params__');
  return v !== undefined && v instanceof PyTuple ? abs.incref(v) : newTuple([]);
});
inVersions(typeType, '__type_params__', (m) => m >= 12);

// func_get_builtins (3.10+ member func_builtins): the builtins dict the function runs with;
// __type_params__ (3.12+): the function's type parameters, () for a plain def.
afterInherit.push((types) => {
  const fnType = types.find((t) => t.tp_name === 'function');
  if (fnType === undefined) return;
  defStructMember(fnType, '__builtins__', () => abs.incref(Builtins.dict), null);
  inVersions(fnType, '__builtins__', (m) => m >= 10);
  // func_set_type_params: never deleted, only a tuple.
  const fn = (o: PyObject) => o as PyFunction;
  defGetSet(fnType, '__type_params__', (o) => (fn(o).typeParams !== null ? abs.incref(fn(o).typeParams!) : newTuple([])), (o, v) => {
    if (!(v instanceof PyTuple)) throw typeError('__type_params__ must be set to a tuple');
    const old = fn(o).typeParams;
    fn(o).typeParams = abs.incref(v);
    if (old !== null) abs.decref(old);
  });
  inVersions(fnType, '__type_params__', (m) => m >= 12);
});
