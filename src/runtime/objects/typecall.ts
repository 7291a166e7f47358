// Calling a type (type_call): __new__ then __init__, for builtin and heap types, and
// type() itself with one argument (the type of an object) or three (a new class).
import { freeCachedKeys } from './instance-layout';
import { deallocHeapType, traverseHeapType, typeDictDel, typeDictSet } from './heaptype';
import { R } from '../state';
import * as abs from './abstract';
import { classCallLookups, newInstance, solidBase } from './classes';
import { PyHeapType } from './typenew';
import './special-attrs';
import { attributeError, typeError } from './exceptions';
import { PyObject, PyType, typeLookupStr, typeQualname } from './object';
import { False, None, NotImplemented, True } from './singletons';
import { newStr, PyStr } from './str';
import { objectType, typeType } from './typeobject';
import { VM } from '../vm/vmstate';
import { callPrepend } from './call-prepend';
import { identifierUsed } from './identifiers';

/** A static type defines neither in Python. */
const NO_LOOKUPS = { userNew: null, userInit: null };

typeType.tp_call = (callee, args, kwnames) => {
  const t = callee as PyType;
  if (t === typeType && args.length === 1 && kwnames === null) {
    const r = args[0].ob_type;
    R.heap.incref(r);
    return r;
  }
  const npos = args.length - (kwnames?.length ?? 0);
  // 3.10+ type_vectorcall: one positional argument, with keywords refused (_PyArg_NoKwnames).
  if (t === typeType && npos === 1 && R.minor >= 10) throw typeError('type() takes no keyword arguments');
  if (t === typeType && npos !== 3) throw typeError('type() takes 1 or 3 arguments');
  let obj: PyObject;
  // Looked up once for both steps (and kept on a heap type until a class namespace changes).
  const { userNew, userInit } = t.isHeapType ? classCallLookups(t) : NO_LOOKUPS;
  // Reached through _PyObject_MakeTpCall, type_call has the arguments as a tuple and a dict.
  const packed = VM.tpCall.callee === t;
  if (userNew !== null) {
    obj = packed ? callPrepend(unwrapStatic(userNew), t, args, kwnames) : abs.call(unwrapStatic(userNew), [t, ...args], kwnames);
  } else {
    const base = solidBase(t);
    if (base === objectType) {
      if (userInit === null && (args.length > 0 || (kwnames !== null && kwnames.length > 0))) {
        throw typeError(`${t.tp_name}() takes no arguments`);
      }
      obj = t.isHeapType ? newInstance(t) : objectNew(t);
    } else {
      if (base.tp_new === undefined) throw typeError(`cannot create '${t.tp_name}' instances`);
      obj = base.tp_new(t, args, kwnames);
    }
  }
  if (!abs.isInstance(obj, t)) return obj;
  // type_call: an __init__ that fails takes the new object with it.
  try {
    if (userInit !== null) {
      const r = packed ? callPrepend(userInit, obj, args, kwnames) : abs.call(userInit, [obj, ...args], kwnames);
      R.heap.decref(r);
      if (r !== None) throw typeError(`__init__() should return None, not '${r.ob_type.tp_name}'`);
    } else {
      const base = solidBase(t);
      if (base.tp_init !== undefined) base.tp_init(obj, args, kwnames);
    }
  } catch (e) {
    R.heap.decref(obj);
    throw e;
  }
  return obj;
};

/** object(): a bare 16-byte object. */
function objectNew(t: PyType): PyObject {
  return R.heap.newObject(new PyObject(t), 16, 0);
}
objectType.tp_new = (t, args) => {
  if (t === objectType && args.length > 0) throw typeError('object() takes no arguments');
  return t.isHeapType ? newInstance(t) : objectNew(t);
};
objectType.tp_hash = (o) => Math.floor(R.heap.addressOf(o) / 16);
// Objects/typeobject.c object_richcompare: __ne__ asks the type's own == and inverts what it
// answers, unless that is NotImplemented.
objectType.tp_richcompare = (a, b, op) => {
  if (op === 3) {
    const eq = a.ob_type.tp_richcompare!(a, b, 2);
    if (eq === NotImplemented) return eq;
    const ok = abs.isTrue(eq);
    R.heap.decref(eq);
    const r = ok ? False : True;
    R.heap.incref(r);
    return r;
  }
  const r = op === 2 && a === b ? True : NotImplemented;
  R.heap.incref(r);
  return r;
};

/** staticmethod objects wrap the function they hold; __new__ is one implicitly. */
function unwrapStatic(o: PyObject): PyObject {
  const inner = (o as { callable?: PyObject }).callable;
  return inner ?? o;
}

typeType.tp_getattro = (o, name) => {
  const t = o as PyType;
  // Data descriptors on the metatype first, then the type's own MRO, then the metatype.
  const meta = typeLookupStr(t.ob_type, name);
  if (meta !== null && meta.ob_type.tp_descr_set !== undefined && meta.ob_type.tp_descr_get !== undefined) {
    return meta.ob_type.tp_descr_get(meta, t, t.ob_type);
  }
  const v = typeLookupStr(t, name);
  if (v !== null) {
    const g = v.ob_type.tp_descr_get;
    if (g !== undefined) return g(v, null, t);
    R.heap.incref(v);
    return v;
  }
  if (meta !== null) {
    const g = meta.ob_type.tp_descr_get;
    if (g !== undefined) return g(meta, t, t.ob_type);
    R.heap.incref(meta);
    return meta;
  }
  return null;
};
typeType.tp_setattro = (o, name, v) => {
  const t = o as PyType;
  if (!t.isHeapType) {
    // type_setattro: 3.10 words it per attribute.
    throw typeError(
      R.minor <= 9 ? `can't set attributes of built-in/extension type '${t.tp_name}'` : `cannot set '${name.value}' attribute of immutable type '${t.tp_name}'`,
    );
  }
  // _PyObject_GenericSetAttrWithDict: a data descriptor of the metatype (type.__name__,
  // __qualname__, __doc__, a metaclass's property) sets it, not the class's dict.
  const descr = typeLookupStr(t.ob_type, name);
  const set = descr?.ob_type.tp_descr_set;
  if (descr !== null && set !== undefined) {
    set(descr, t, v);
    return;
  }
  if (v === null) {
    // A missing name's KeyError becomes AttributeError(name) up to 3.10, a sentence from 3.11.
    if (!typeDictDel(t, name.value)) throw R.minor <= 10 ? attributeError(name.value) : abs.noAttribute(o, name.value);
  } else {
    typeDictSet(t, name.value, v);
  }
};
typeType.tp_repr = (o) => {
  const t = o as PyType;
  const mod = t.tp_dict.get('__module__');
  const name = typeQualname(t);
  // type_repr compares the module (type_module: a static type's is the identifier itself) with PyId_builtins.
  if (!t.isHeapType || mod instanceof PyStr) identifierUsed('typeobject.c:builtins');
  if (t.isHeapType && mod instanceof PyStr && mod.value !== 'builtins') return newStr(`<class '${mod.value}.${name}'>`);
  // A static type's tp_name carries its module when it is not builtins ("types.GenericAlias").
  return newStr(`<class '${t.isHeapType ? name : t.tp_name}'>`);
};
typeType.tp_hash = (o) => Math.floor(R.heap.addressOf(o) / 16);
// type_dealloc: only heap types are ever freed.
typeType.tp_dealloc = (o) => {
  const t = o as PyType;
  deallocHeapType(t);
  freeCachedKeys(t);
  // A class holds no reference to a static metatype (type); one defined in Python is dropped
  // by its instances' subtype_dealloc (class-slots.ts).
  R.heap.freeObject(o, (t as PyHeapType).typeBytes);
};
typeType.tp_traverse = (o, visit) => {
  const t = o as PyType;
  if (t.isHeapType) traverseHeapType(t, visit);
};
