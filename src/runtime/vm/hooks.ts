// Instructions whose work belongs to other parts of the runtime: building classes,
// formatting values, imports, and building sets and slices.
import * as abs from '../objects/abstract';
import { PyCell, PyFunction } from '../objects/function';
import { dictType, newDict, PyDict, stackAsDict } from '../objects/dict';
import { formatObject } from '../objects/format';
import { nameError, pyError, typeError, ImportError } from '../objects/exceptions';
import { registerBuiltinFunction } from '../builtins';
import { PyModule } from '../objects/module';
import { isSubtype, PyObject, PyType, typeLookup } from '../objects/object';
import { newSet, PySet } from '../objects/set';
import { None } from '../objects/singletons';
import { newSlice } from '../objects/slice';
import { cIdentifier, newStr, pyIdentifier, PyStr, strType } from '../objects/str';
import { newTuple, PyTuple } from '../objects/tuple';
import { typeType } from '../objects/typeobject';
import { importModule } from '../modules';
import { R } from '../state';
import { unsupported } from '../errors';
import { runClassBody } from './call';
import { unpackDict, vectorcallDict } from './calls';
import { Frame } from './frame';
import { identifierUsed } from '../objects/identifiers';
import { checkRecursion } from './budget';

registerBuiltinFunction('__build_class__', builtinBuildClass);

/** LOAD_BUILD_CLASS (Python/ceval.c): the frame's builtins' __build_class__, a new reference. */
export function buildClass(builtins: PyDict): PyObject {
  const k = cIdentifier('__build_class__');
  const f = builtins.getStr(k);
  R.heap.decref(k);
  if (f === null) throw nameError('__build_class__ not found');
  R.heap.incref(f);
  return f;
}

/** __build_class__(func, name, *bases, metaclass=None): run the body, then call the metaclass. */
function builtinBuildClass(args: PyObject[], kwnames: PyStr[] | null): PyObject {
  const nkw = kwnames?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  const func = pos[0] as PyFunction;
  const name = pos[1] as PyStr;
  // update_bases: a base that is not a type may stand for others through __mro_entries__
  // (list[int] -> list); the class then keeps what was written as __orig_bases__.
  for (const b of pos.slice(2)) R.heap.incref(b);
  const origBases = newTuple(pos.slice(2));
  let basesTuple: PyTuple;
  try {
    basesTuple = updateBases(origBases);
  } catch (e) {
    R.heap.decref(origBases);
    throw e;
  }
  const bases = basesTuple.items;
  let meta: PyObject = bases.length > 0 ? bases[0].ob_type : typeType;
  // builtin___build_class__: the keywords go into a dict (_PyStack_AsDict) and metaclass= comes out of it.
  let mkw: PyDict | null = null;
  if (nkw > 0) {
    mkw = stackAsDict(args, pos.length, kwnames!);
    const key = cIdentifier('metaclass');
    const given = mkw.getStr(key);
    if (given !== null) {
      meta = given;
      mkw.delete(key);
    }
    R.heap.decref(key);
  }
  try {
    // builtin___build_class__: a class metaclass is the most derived of the bases' types, found
    // before the body runs; a base that is no class leaves its type to be called (class C(False)
    // calls bool('C', (False,), ns)).
    if (meta instanceof PyType) meta = calculateMetaclass(meta, bases);
    // builtin___build_class__: the bases tuple is made before the namespace (type.__prepare__).
    const ns = prepareNamespace(meta, name, basesTuple, mkw);
    try {
      const cell = runClassBody(func, ns);
      if (basesTuple !== origBases) {
        const key = newStr('__orig_bases__');
        ns.set(key, origBases);
        R.heap.decref(key);
      }
      // PyObject_VectorcallDict(meta, (name, bases, ns), mkw): type has no vectorcall for three arguments.
      const cls = vectorcallDict(meta, [name, basesTuple, ns], mkw);
      if (cell instanceof PyCell && cell.ref === null) {
        R.heap.incref(cls);
        cell.ref = cls;
      }
      R.heap.decref(cell);
      return cls;
    } finally {
      R.heap.decref(ns);
    }
  } finally {
    if (mkw !== null) R.heap.decref(mkw);
    R.heap.decref(basesTuple);
    R.heap.decref(origBases);
  }
}

/** The bound type.__prepare__'s call is a builtin's (cfunction_vectorcall_FASTCALL_KEYWORDS): its level of depth, checked. */
function prepareCallLevel(): void {
  if (R.minor <= 11) checkRecursion(' while calling a Python object');
}

/**
 * builtin___build_class__: the namespace is meta.__prepare__(name, bases, **kwds); type's own
 * gives a new dict (made directly here, with what the call through PyObject_VectorcallDict
 * makes), and a metaclass without one too.
 */
function prepareNamespace(meta: PyObject, name: PyStr, bases: PyTuple, mkw: PyDict | null): PyDict {
  if (meta instanceof PyType && typeLookup(meta, '__prepare__') === typeLookup(typeType, '__prepare__')) {
    // Called with keywords, the bound type.__prepare__ gets them unpacked (_PyStack_UnpackDict).
    if (mkw === null || mkw.used === 0) {
      prepareCallLevel();
      return newDict();
    }
    const release = unpackDict(2 + mkw.used, [...mkw.entries()].map(([k]) => k as PyStr));
    try {
      prepareCallLevel();
      return newDict();
    } finally {
      release();
    }
  }
  const key = cIdentifier('__prepare__');
  let prep: PyObject | null;
  try {
    prep = abs.getAttrOrNull(meta, key);
  } finally {
    R.heap.decref(key);
  }
  if (prep === null) return newDict();
  let ns: PyObject;
  try {
    ns = vectorcallDict(prep, [name, bases], mkw);
  } finally {
    R.heap.decref(prep);
  }
  if (ns instanceof PyDict && ns.ob_type === dictType) return ns;
  const what = ns.ob_type.tp_name;
  const mapping = ns.ob_type.mp_subscript !== undefined;
  R.heap.decref(ns);
  if (mapping) throw unsupported(`a class namespace other than a dict (${what} from __prepare__)`);
  throw typeError(`${meta instanceof PyType ? meta.tp_name : '<metaclass>'}.__prepare__() must return a mapping, not ${what}`);
}

/** _PyType_CalculateMetaclass (Objects/typeobject.c): the one metatype all the bases' types derive from. */
function calculateMetaclass(meta: PyType, bases: PyObject[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const t = b.ob_type;
    if (isSubtype(winner, t)) continue;
    if (isSubtype(t, winner)) {
      winner = t;
      continue;
    }
    throw typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** update_bases (Python/bltinmodule.c): the bases with each __mro_entries__ result spliced in; a new reference. */
function updateBases(orig: PyTuple): PyTuple {
  let out: PyObject[] | null = null;
  const items = orig.items;
  for (let i = 0; i < items.length; i++) {
    const b = items[i];
    if (!(b instanceof PyType)) {
      identifierUsed('bltinmodule.c:__mro_entries__');
      pyIdentifier('__mro_entries__');
    }
    const meth = b instanceof PyType ? null : abs.getAttrOrNull(b, newStrTmp('__mro_entries__'));
    if (meth === null) {
      if (out !== null) out.push(b);
      continue;
    }
    let entries: PyObject;
    try {
      entries = abs.call(meth, [orig]);
    } finally {
      R.heap.decref(meth);
    }
    if (!(entries instanceof PyTuple)) {
      R.heap.decref(entries);
      throw typeError('__mro_entries__ must return a tuple');
    }
    if (out === null) out = items.slice(0, i);
    out.push(...entries.items);
    R.heap.decref(entries);
  }
  if (out === null) return abs.incref(orig);
  return newTuple(out.map((x) => abs.incref(x)));
}

/** FORMAT_VALUE: conversion (1 str, 2 repr, 3 ascii) then format() with the optional spec. */
export function formatValue(f: Frame, flags: number): void {
  const stack = f.stack;
  const spec = flags & 4 ? (stack[--f.sp] as PyStr) : null;
  let v = stack[--f.sp]!;
  try {
    const conv = flags & 3;
    if (conv !== 0) {
      // Python/ceval.c FORMAT_VALUE: !a is PyObject_ASCII, repr with non-ASCII escaped.
      const c = conv === 3 ? abs.asciiObj(v) : conv === 2 ? abs.reprObj(v) : abs.strObj(v);
      R.heap.decref(v);
      v = c;
    }
    if (v.ob_type === strType && spec === null) {
      R.heap.incref(v);
      stack[f.sp++] = v;
    } else {
      stack[f.sp++] = formatObject(v, spec);
    }
  } finally {
    R.heap.decref(v);
    if (spec) R.heap.decref(spec);
  }
}

export function importName(name: string): PyObject {
  return importModule(name);
}

export function importFrom(module: PyObject, name: string): PyObject {
  const v = abs.getAttrOrNull(module, newStrTmp(name));
  if (v === null) {
    const mname = module instanceof PyModule ? module.name : '?';
    throw pyError(ImportError, `cannot import name '${name}' from '${mname}' (unknown location)`);
  }
  return v;
}

function newStrTmp(s: string): PyStr {
  const o = newStr(s);
  R.heap.decref(o);
  return o;
}

export function buildSet(f: Frame, n: number): void {
  // ceval.c BUILD_SET: each item is released once added; after a failed add the rest are
  // released unadded, then the set.
  const s = newSet();
  const base = f.sp - n;
  let err: unknown = null;
  for (let i = base; i < f.sp; i++) {
    const item = f.stack[i]!;
    if (err === null) {
      try {
        s.add(item, abs.hash(item));
      } catch (e) {
        err = e;
      }
    }
    R.heap.decref(item);
  }
  f.sp = base;
  if (err !== null) {
    R.heap.decref(s);
    throw err;
  }
  f.stack[f.sp++] = s;
}

export function setAdd(f: Frame, i: number): void {
  const v = f.stack[--f.sp]!;
  try {
    const s = f.stack[f.sp - i] as PySet;
    s.add(v, abs.hash(v));
  } finally {
    R.heap.decref(v);
  }
}

export function setUpdate(f: Frame, i: number): void {
  const src = f.stack[--f.sp]!;
  try {
    const s = f.stack[f.sp - i] as PySet;
    if (src instanceof PySet) {
      s.merge(src);
      return;
    }
    abs.forEachItem(src, (v) => {
      try {
        s.add(v, abs.hash(v));
      } finally {
        R.heap.decref(v);
      }
    });
  } finally {
    R.heap.decref(src);
  }
}

export function buildSlice(f: Frame, n: number): void {
  const step = n === 3 ? f.stack[--f.sp]! : None;
  const stop = f.stack[--f.sp]!;
  const start = f.stack[--f.sp]!;
  f.stack[f.sp++] = newSlice(start, stop, step);
  R.heap.decref(start);
  R.heap.decref(stop);
  if (n === 3) R.heap.decref(step);
}
