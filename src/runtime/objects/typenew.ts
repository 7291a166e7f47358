// type_new (Objects/typeobject.c): a class statement's namespace becomes a heap type:
// bases and the C3 MRO, __slots__, implicit staticmethod/classmethod, the __class__
// cell, then __set_name__ on the attributes and the parent's __init_subclass__.
import { PyErr } from '../errors';
import { R } from '../state';
import * as abs from './abstract';
import { installSlots, instanceDict, newMemberDescr, solidBase } from './classes';
import { allocCachedKeys, heapTypeBytes } from './instance-layout';
import { defGetSet } from './getset';
import { PyDict } from './dict';
import { newException, PyBaseException, RuntimeError, typeError, valueError } from './exceptions';
import { functionType, PyCell } from './function';
import { PyObject, PyType, typeLookup } from './object';
import { None } from './singletons';
import { internStr, newStr, PyStr } from './str';
import { c3Mro, objectType, typeType } from './typeobject';
import { Builtins } from '../vm/call';

/** A class created by a class statement: ht_qualname lives outside its __dict__. */
export class PyHeapType extends PyType {
  ht_qualname: string;
  constructor(meta: PyType, name: string) {
    super(meta, name);
    this.ht_qualname = name;
  }
}

/** __qualname__ of any type (a builtin type's is its name). */
export function typeQualname(t: PyType): string {
  return t instanceof PyHeapType ? t.ht_qualname : t.tp_name;
}

/** __module__ of any type (type_module): the dict entry of a heap type, else 'builtins'. */
export function typeModule(t: PyType): string {
  if (t.isHeapType) {
    const m = t.tp_dict.get('__module__');
    return m instanceof PyStr ? m.value : 'builtins';
  }
  return 'builtins';
}


/** Wrap a plain function found under `name` in staticmethod/classmethod, as type_new does. */
function implicitDescriptor(t: PyType, name: string, kind: 'staticmethod' | 'classmethod'): void {
  const f = t.tp_dict.get(name);
  if (f === undefined || f.ob_type !== functionType) return;
  const wrapperType = Builtins.dict.getStr(internStrTmp(kind));
  if (wrapperType === null) return;
  const w = abs.call(wrapperType, [f]);
  t.tp_dict.set(name, w);
  R.heap.decref(f);
}

function internStrTmp(v: string): PyStr {
  const s = internStr(v);
  R.heap.decref(s);
  return s;
}

/** Builtin bases whose instances vary in size (tp_itemsize != 0): no __weakref__ slot is added. */
const VAR_SIZED = new Set(['int', 'bool', 'tuple', 'bytes']);

/** type(name, bases, ns, **kwds): create a heap type from a class body's namespace. */
export function typeNew(meta: PyType, name: string, bases: PyType[], ns: PyDict, kwnames: PyStr[] = [], kwvalues: PyObject[] = []): PyType {
  if (bases.length === 0) bases = [objectType];
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i];
    if (!b.tp_flags_basetype) throw typeError(`type '${b.tp_name}' is not an acceptable base type`);
    if (bases.indexOf(b) !== i) throw typeError(`duplicate base class ${b.tp_name}`);
  }
  const t = new PyHeapType(meta, name);
  t.isHeapType = true;
  t.tp_flags_gc = true;
  t.tp_bases = bases;
  t.tp_base = bestBase(bases);
  const r = c3Mro(t, bases);
  if ('conflict' in r) {
    // set_mro_error's message has a line break in it.
    throw typeError(
      `Cannot create a consistent method resolution${R.minor >= 13 ? ' ' : '\n'}order (MRO) for bases ${r.conflict.map((b) => b.tp_name).join(', ')}`,
    );
  }
  t.tp_mro = r.mro;
  let cell: PyObject | null = null;
  for (const [k, v] of ns.entries()) {
    if (!(k instanceof PyStr)) continue;
    if (k.value === '__qualname__') {
      if (!(v instanceof PyStr)) throw typeError(`type __qualname__ must be a str, not ${v.ob_type.tp_name}`);
      t.ht_qualname = v.value;
      continue;
    }
    if (k.value === '__classcell__') {
      cell = v;
      continue;
    }
    R.heap.incref(v);
    t.tp_dict.set(k.value, v);
  }
  setupSlots(t, bases);
  // A metaclass's instances are classes, whose __dict__ is type's own descriptor.
  const isMeta = solidBase(t) === typeType;
  if (!isMeta && t.slotNames === null && !t.tp_mro.slice(1).some((b) => b.isHeapType && b.slotNames === null)) {
    // The first class in a line to give instances a dict holds the __dict__ descriptor.
    defGetSet(t, '__dict__', (o) => abs.incref(instanceDict(o)), () => {
      throw typeError('__dict__ assignment is not supported by the Arena Lens mini-runtime');
    });
  }
  // type_ready adds the getsets (__dict__, then __weakref__ where the base has no weak
  // reference list and fixed-size instances), then type_dict_set_doc a missing __doc__.
  if (!isMeta && t.slotNames === null && !t.tp_mro.slice(1).some((b) => b.isHeapType && b.slotNames === null) && !VAR_SIZED.has(solidBase(t).tp_name)) {
    // The model has no weak references, so an instance's is always None.
    defGetSet(t, '__weakref__', () => abs.incref(None));
  }
  if (!t.tp_dict.has('__doc__')) {
    R.heap.incref(None);
    t.tp_dict.set('__doc__', None);
  }
  implicitDescriptor(t, '__new__', 'staticmethod');
  implicitDescriptor(t, '__init_subclass__', 'classmethod');
  implicitDescriptor(t, '__class_getitem__', 'classmethod');
  for (const b of bases) R.heap.incref(b);
  R.heap.incref(meta);
  installSlots(t);
  const nameKey = internStr('__name__');
  R.heap.decref(nameKey);
  R.heap.newObject(t, heapTypeBytes(), 16);
  allocCachedKeys(t);
  if (cell !== null) {
    if (!(cell instanceof PyCell)) {
      R.heap.decref(t);
      throw typeError(`__classcell__ must be a nonlocal cell, not ${cell.ob_type.tp_name}`);
    }
    const old = cell.ref;
    R.heap.incref(t);
    cell.ref = t;
    if (old !== null) R.heap.decref(old);
  }
  try {
    setNames(t);
    initSubclass(t, kwnames, kwvalues);
  } catch (e) {
    R.heap.decref(t);
    throw e;
  }
  return t;
}

/** best_base: the base whose instance layout the new type extends (the first, here). */
function bestBase(bases: PyType[]): PyType {
  return bases[0];
}

/** __slots__: member descriptors for the new names; instances without a __dict__ when every base has none. */
function setupSlots(t: PyType, bases: PyType[]): void {
  const slots = t.tp_dict.get('__slots__');
  const base = bases[0];
  if (slots === undefined) {
    t.slotNames = null;
    return;
  }
  const names = slots instanceof PyStr ? [slots.value] : abs.toArray(slots).map((s) => {
    if (!(s instanceof PyStr)) {
      R.heap.decref(s);
      throw typeError(`__slots__ items must be strings, not '${s.ob_type.tp_name}'`);
    }
    const v = s.value;
    R.heap.decref(s);
    return v;
  });
  for (const n of names) {
    if (n !== '__dict__' && n !== '__weakref__' && t.tp_dict.has(n)) {
      throw valueError(`'${n}' in __slots__ conflicts with class variable`);
    }
  }
  const own = names.filter((n) => n !== '__dict__' && n !== '__weakref__');
  // A base that has a __dict__ (or any heap base without __slots__) gives instances one anyway.
  const baseHasDict = base !== objectType && base.isHeapType && base.slotNames === null;
  const inherited = base.slotNames ?? [];
  if (names.includes('__dict__') || baseHasDict) {
    t.slotNames = null;
    return;
  }
  t.slotNames = [...inherited, ...own];
  own.forEach((n, i) => t.tp_dict.set(n, newMemberDescr(t, n, inherited.length + i)));
}

/** type_new_set_names: call __set_name__(owner, name) on each attribute that has one. */
function setNames(t: PyType): void {
  for (const [k, v] of [...t.tp_dict]) {
    const m = typeLookup(v.ob_type, '__set_name__');
    if (m === null) continue;
    const key = newStr(k);
    try {
      R.heap.decref(abs.call(m, [v, t, key]));
    } catch (e) {
      if (!(e instanceof PyErr) || R.minor >= 12) throw e;
      // 3.11 and before wrap the error (3.12 adds a note instead).
      const msg = `Error calling __set_name__ on '${v.ob_type.tp_name}' instance '${k}' in '${t.tp_name}'`;
      const wrapped = newException(RuntimeError, [newStr(msg)]);
      (wrapped as PyBaseException).cause = e.exc;
      (wrapped as PyBaseException).context = e.exc;
      R.heap.incref(e.exc);
      throw new PyErr(wrapped);
    } finally {
      R.heap.decref(key);
    }
  }
}

/** init_subclass: super(type, type).__init_subclass__(**kwds). */
function initSubclass(t: PyType, kwnames: PyStr[], kwvalues: PyObject[]): void {
  const mro = t.tp_mro;
  for (let i = 1; i < mro.length; i++) {
    const v = mro[i].tp_dict.get('__init_subclass__');
    if (v === undefined) continue;
    const g = v.ob_type.tp_descr_get;
    const bound = g !== undefined ? g(v, null, t) : abs.incref(v);
    try {
      R.heap.decref(abs.call(bound, kwvalues, kwnames.length > 0 ? kwnames : null));
    } finally {
      R.heap.decref(bound);
    }
    return;
  }
}
