// type_new (Objects/typeobject.c): a class statement's namespace becomes a heap type:
// bases and the C3 MRO, __slots__, implicit staticmethod/classmethod, the __class__
// cell, then __set_name__ on the attributes and the parent's __init_subclass__.
import { PyErr } from '../errors';
import { R } from '../state';
import * as abs from './abstract';
import { instanceDict, solidBase } from './classes';
import { installSlots } from './class-slots';
import { newMemberDescr } from './member-descr';
import { allocCachedKeys, builtinOffsets, heapTypeBytes, inheritedSlotNames, varSized } from './instance-layout';
import { bestBase } from './type-shape';
import { heapGetSet } from './getset';
import { PyDict } from './dict';
import { dictCopy } from './dict-methods';
import { addSubclass, indexTypeDict, typeDictDel, typeDictSet } from './heaptype';
import { setMroTuple } from './mro-invoke';
import { newTuple, PyTuple } from './tuple';
import { newList, PyList } from './list';
import { newException, PyBaseException, RuntimeError, typeError, valueError } from './exceptions';
import { functionType, PyCell } from './function';
import { PyObject, PyType, typeLookup } from './object';
import { None } from './singletons';
import { internStr, newStr, PyStr } from './str';
import { c3Mro, objectType } from './typeobject';
import { Builtins } from '../vm/call';
import { VM } from '../vm/vmstate';
import { unpackDict, vectorcall } from '../vm/calls';
import { mangle } from '../compiler/mangle';
import { isIdentifier } from './str-chars';
import { sequenceTuple } from './sequence';

/** A class created by a class statement or a call of type(). */
export class PyHeapType extends PyType {
  /** The bytes type's tp_alloc asked for (they depend on the number of __slots__). */
  typeBytes = 0;
}

/** type_set_name: the heap type holds the new str as ht_name (Py_SETREF), tp_name is its text. */
export function setHeapTypeName(t: PyType, v: PyStr): void {
  if (v.value.includes('\0')) throw valueError('type name must not contain null characters');
  const old = t.ht_name;
  t.ht_name = abs.incref(v) as PyStr;
  t.tp_name = v.value;
  if (old !== null) R.heap.decref(old);
}

/** type_set_qualname: ht_qualname becomes the new str (Py_SETREF). */
export function setHeapTypeQualname(t: PyType, v: PyStr): void {
  const old = t.ht_qualname;
  t.ht_qualname = abs.incref(v) as PyStr;
  if (old !== null) R.heap.decref(old);
}

/** __module__ of any type (type_module): the dict entry of a heap type, else 'builtins'. */
export function typeModule(t: PyType): string {
  if (t.isHeapType) {
    const m = t.tp_dict.get('__module__');
    return m instanceof PyStr ? m.value : 'builtins';
  }
  const dot = t.tp_name.lastIndexOf('.');
  return dot < 0 ? 'builtins' : t.tp_name.slice(0, dot);
}


/** PyStaticMethod_New and PyClassMethod_New (objects/descr.ts sets it: importing that file here is a cycle). */
export const wrapperNew: { make: ((t: PyType, callable: PyObject) => PyObject) | null } = { make: null };

/**
 * type_new_staticmethod, type_new_classmethod: a plain function found under `name` is wrapped
 * with PyStaticMethod_New/PyClassMethod_New (no __dict__ copied into the wrapper, as calling
 * the type would from 3.10).
 */
function implicitDescriptor(t: PyType, name: string, kind: 'staticmethod' | 'classmethod'): void {
  const f = t.tp_dict.get(name);
  if (f === undefined || f.ob_type !== functionType) return;
  const wrapperType = Builtins.dict.getStr(internStrTmp(kind));
  if (wrapperType === null) return;
  const w = wrapperNew.make!(wrapperType as PyType, f);
  typeDictSet(t, name, w);
  R.heap.decref(w);
}

function internStrTmp(v: string): PyStr {
  const s = internStr(v);
  R.heap.decref(s);
  return s;
}


/** type(name, bases, ns, **kwds): create a heap type from a class body's namespace. */
export function typeNew(meta: PyType, name: PyStr, basesArg: PyTuple, ns: PyDict, kwnames: PyStr[] = [], kwvalues: PyObject[] = []): PyType {
  let bases = basesArg.items as PyType[];
  // type_new_get_bases (best_base: each base acceptable, then its layout against the others'),
  // before the namespace is copied and the type allocated; duplicates are the MRO's to find.
  const base = bases.length === 0 ? objectType : bestBase(bases);
  for (let i = 0; i < bases.length; i++) {
    if (bases.indexOf(bases[i]) !== i) throw typeError(`duplicate base class ${bases[i].tp_name}`);
  }
  // The type object exists for the MRO; its memory is allocated once the checks pass.
  const t = new PyHeapType(meta, name.value);
  // A conflict is found by PyType_Ready (mro_internal), once the type is made; until then the
  // getsets' checks (3.8, 3.9) see the bases' classes in order.
  const r = c3Mro(t, bases.length === 0 ? [objectType] : bases);
  const qualname = ns.getStr(internStrTmp('__qualname__'));
  if (qualname !== null && !(qualname instanceof PyStr)) {
    throw typeError(`type __qualname__ must be a str, not ${qualname.ob_type.tp_name}`);
  }
  // type_new_get_bases: no bases means (object,).
  let basesTuple: PyTuple;
  if (bases.length === 0) {
    R.heap.incref(objectType);
    basesTuple = newTuple([objectType]);
    bases = [objectType];
  } else {
    R.heap.incref(basesArg);
    basesTuple = basesArg;
  }
  // type_new_init: the namespace is copied (PyDict_Copy) before the type is allocated.
  const dict = dictCopy(ns);
  // Objects/typeobject.c type_new_set_module: a namespace without __module__ takes the
  // calling frame's __name__ (type('X', (), {}) made in a script says __main__).
  if (dict.getStr(internStrTmp('__module__')) === null) {
    const modName = VM.frame?.globals.getStr(internStrTmp('__name__')) ?? null;
    if (modName !== null) dict.set(internStrTmp('__module__'), modName);
  }
  t.isHeapType = true;
  t.tp_flags_gc = true;
  t.typeBytes = heapTypeBytes(slotCount(dict.getStr(internStrTmp('__slots__'))));
  R.heap.newObject(t, t.typeBytes, 16);
  // PyType_GenericAlloc (_PyObject_Init): only a heap metatype is held by its instances.
  if (meta.isHeapType) R.heap.incref(meta);
  // type_new_set_ht_name (inline in type_new to 3.9): the type holds the name object it was
  // given, a string made at run time included, and it is the qualified name too unless the
  // namespace has a __qualname__, whose str it then holds.
  t.ht_name = abs.incref(name) as PyStr;
  t.ht_qualname = abs.incref(qualname instanceof PyStr ? qualname : name) as PyStr;
  t.ht_dict = dict;
  t.ht_bases = basesTuple;
  t.tp_bases = bases;
  t.tp_base = base;
  R.heap.incref(t.tp_base);
  t.tp_mro = 'mro' in r ? r.mro : [t, ...new Set(bases.flatMap((b) => b.tp_mro))];
  indexTypeDict(t);
  let cell: PyObject | null = null;
  try {
    // type_new_set_attrs: __qualname__ and __classcell__ leave the dict.
    if (qualname instanceof PyStr) typeDictDel(t, '__qualname__');
    const c = t.tp_dict.get('__classcell__');
    if (c !== undefined) {
      cell = abs.incref(c);
      typeDictDel(t, '__classcell__');
    }
    setDoc(t);
    setupSlots(t, bases);
    implicitDescriptor(t, '__new__', 'staticmethod');
    implicitDescriptor(t, '__init_subclass__', 'classmethod');
    implicitDescriptor(t, '__class_getitem__', 'classmethod');
    // PyType_Ready: mro_internal makes the MRO tuple, then type_ready_fill_dict adds the
    // getsets (__dict__, then __weakref__) and a missing __doc__. Up to 3.9 the getsets came
    // first (add_getset before mro_internal), so a failing mro() leaves the class in a cycle
    // through them, for the collector.
    if (R.minor <= 9) addDictGetsets(t);
    setMroTuple(t);
    if (R.minor >= 10) addDictGetsets(t);
    if (!t.tp_dict.has('__doc__')) typeDictSet(t, '__doc__', None);
    installSlots(t);
    for (const b of bases) addSubclass(b, t);
    allocCachedKeys(t);
    if (cell !== null) {
      if (!(cell instanceof PyCell)) throw typeError(`__classcell__ must be a nonlocal cell, not ${cell.ob_type.tp_name}`);
      const old = cell.ref;
      R.heap.incref(t);
      cell.ref = t;
      if (old !== null) R.heap.decref(old);
    }
    setNames(t);
    initSubclass(t, kwnames, kwvalues);
  } catch (e) {
    R.heap.decref(t);
    throw e;
  } finally {
    if (cell !== null) R.heap.decref(cell);
  }
  return t;
}

/** subtype_getsets_full, _dict_only, _weakref_only: the getsets for what type_new added. */
function addDictGetsets(t: PyType): void {
  if (t.addsDict) {
    heapGetSet(t, '__dict__', (o) => abs.incref(instanceDict(o)), () => {
      throw typeError('__dict__ assignment is not supported by the Arena Lens mini-runtime');
    });
  }
  // The model has no weak references to instances, so an instance's is always None.
  if (t.addsWeakref) heapGetSet(t, '__weakref__', () => abs.incref(None));
}

/**
 * type_new_get_slots and type_new_visit_slots: how many slots the type's memory makes room
 * for, __dict__ and __weakref__ left out. Only a str, tuple or list is counted here (any
 * other iterable is read once, by setupSlots): a class's memory is a raw block, so the count
 * moves its bytes, not pymalloc's blocks.
 */
function slotCount(slots: PyObject | null): number {
  if (slots === null) return 0;
  const items = slots instanceof PyStr ? [slots] : slots instanceof PyTuple || slots instanceof PyList ? slots.items : [];
  return items.filter((s) => !(s instanceof PyStr) || (s.value !== '__dict__' && s.value !== '__weakref__')).length;
}

const UTF8 = new TextEncoder();

/** type_new_set_doc: a str __doc__ is copied, up to a NUL, into a block of its own. */
function setDoc(t: PyHeapType): void {
  const doc = t.tp_dict.get('__doc__');
  if (!(doc instanceof PyStr)) return;
  // PyUnicode_AsUTF8 and strlen: the UTF-8 bytes before the first NUL, and the NUL.
  const nul = doc.value.indexOf('\0');
  t.tp_docBytes = UTF8.encode(nul < 0 ? doc.value : doc.value.slice(0, nul)).length + 1;
  t.tp_doc = R.heap.malloc(t.tp_docBytes, 'tp_doc');
}

/** tp_dictoffset != 0 and tp_weaklistoffset != 0 of a base: a heap type's flags, or the builtin's layout. */
export function baseHasDict(b: PyType): boolean {
  return b.isHeapType ? b.instanceDict : builtinOffsets(b).dictoffset !== 0;
}
export function baseHasWeakref(b: PyType): boolean {
  return b.isHeapType ? b.instanceWeakref : builtinOffsets(b).weaklistoffset !== 0;
}

/**
 * type_new_slots (3.8-3.9 inline in type_new): without __slots__ the class adds a __dict__ and
 * a weak reference list where its base has none (add_dict, add_weak); with them, only for
 * '__dict__' and '__weakref__' among the names, or a secondary base that has them. The other
 * names become member descriptors after the base's slots.
 */
function setupSlots(t: PyType, bases: PyType[]): void {
  const slots = t.tp_dict.get('__slots__');
  const base = t.tp_base ?? objectType;
  const mayAddDict = !baseHasDict(base);
  const mayAddWeak = !baseHasWeakref(base) && !varSized(solidBase(t));
  let addDict = mayAddDict;
  let addWeak = mayAddWeak;
  if (slots !== undefined) {
    const items = slots instanceof PyStr ? [abs.incref(slots)] : abs.toArray(slots);
    const names: string[] = [];
    try {
      // type_new_slots_impl: no slots at all where the base's instances vary in size.
      if (items.length > 0 && varSized(solidBase(t))) throw typeError(`nonempty __slots__ not supported for subtype of '${base.tp_name}'`);
      addDict = false;
      addWeak = false;
      // type_new_visit_slots (valid_identifier), name by name: so mangling never meets a dotted name.
      for (const s of items) {
        if (!(s instanceof PyStr)) throw typeError(`__slots__ items must be strings, not '${s.ob_type.tp_name}'`);
        if (!isIdentifier(s.value)) throw typeError('__slots__ must be identifiers');
        if (s.value === '__dict__') {
          if (!mayAddDict || addDict) throw typeError('__dict__ slot disallowed: we already got one');
          addDict = true;
        } else if (s.value === '__weakref__') {
          if (!mayAddWeak || addWeak) throw typeError(`__weakref__ slot disallowed: ${R.minor >= 12 ? 'we already got one' : 'either we already got one, or __itemsize__ != 0'}`);
          addWeak = true;
        }
        names.push(s.value);
      }
    } finally {
      for (const s of items) R.heap.decref(s);
    }
    const own = keepSlotNames(t, slots, names.filter((n) => n !== '__dict__' && n !== '__weakref__'));
    // Secondary bases may provide weakrefs or dict.
    for (const b of bases) {
      if (b === base) continue;
      if (mayAddDict && !addDict && baseHasDict(b)) addDict = true;
      if (mayAddWeak && !addWeak && baseHasWeakref(b)) addWeak = true;
    }
    const inherited = inheritedSlotNames(base);
    t.slotNames = [...inherited, ...own];
    own.forEach((n, i) => {
      const d = newMemberDescr(t, n, inherited.length + i);
      typeDictSet(t, n, d);
      R.heap.decref(d);
    });
  } else {
    t.slotNames = null;
  }
  t.addsDict = addDict;
  t.addsWeakref = addWeak;
  t.instanceDict = addDict || baseHasDict(base);
  t.instanceWeakref = addWeak || baseHasWeakref(base);
}

/**
 * type_new_slots: __slots__ is made a tuple (PySequence_Tuple); type_new_copy_slots copies
 * its names other than __dict__ and __weakref__ into a list, each mangled with the class
 * name (`__a` in class S is `_S__a`: _Py_Mangle makes a new string, or hands back the name
 * itself) and checked against the namespace, sorts it, and the type keeps it as a tuple
 * (ht_slots). Returns the sorted names, the order the members are made in.
 */
function keepSlotNames(t: PyType, slots: PyObject, raw: string[]): string[] {
  const asTuple = slots instanceof PyTuple ? null : (slots instanceof PyStr ? newTuple([abs.incref(slots)]) : sequenceTuple(slots));
  const list = newList(raw.length);
  try {
    for (const n of raw) {
      const m = mangle(t.tp_name, n);
      list.items.push(m === n ? internStr(n) : newStr(m));
      if (t.tp_dict.has(m)) throw valueError(`'${m}' in __slots__ conflicts with class variable`);
    }
    list.items.sort((a, b) => strCompare(a as PyStr, b as PyStr));
    t.ht_slots = newTuple(list.items.map((s) => abs.incref(s)));
    return list.items.map((s) => (s as PyStr).value);
  } finally {
    R.heap.decref(list);
    if (asTuple !== null) R.heap.decref(asTuple);
  }
}

function strCompare(a: PyStr, b: PyStr): number {
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

/** type_new_set_names: call __set_name__(owner, name) on each attribute that has one. */
function setNames(t: PyType): void {
  // type_new_set_names walks a copy of the dict (PyDict_Copy), which it frees after.
  const copy = dictCopy(t.ht_dict as PyDict);
  try {
    for (const [key, v] of [...copy.entries()]) setName(t, key as PyStr, v);
  } finally {
    R.heap.decref(copy);
  }
}

function setName(t: PyType, key: PyStr, v: PyObject): void {
  const m = typeLookup(v.ob_type, '__set_name__');
  if (m === null) return;
  try {
    R.heap.decref(abs.call(m, [v, t, key]));
  } catch (e) {
    if (!(e instanceof PyErr) || R.minor >= 12) throw e;
    // 3.11 and before wrap the error (3.12 adds a note instead).
    const msg = `Error calling __set_name__ on '${v.ob_type.tp_name}' instance '${key.value}' in '${t.tp_name}'`;
    const wrapped = newException(RuntimeError, [newStr(msg)]);
    (wrapped as PyBaseException).cause = e.exc;
    (wrapped as PyBaseException).context = e.exc;
    R.heap.incref(e.exc);
    throw new PyErr(wrapped);
  }
}

// descr.ts, which makes `super`, imports this file; it hands the type over once made.
let superTypeRef: PyType | null = null;
/** The builtin super (objects/descr.ts), for those that cannot import it. */
export const builtinSuperType = (): PyType | null => superTypeRef;
export function setSuperType(t: PyType): void {
  superTypeRef = t;
}

/**
 * init_subclass (typeobject.c): super(type, type).__init_subclass__(**kwds). The super object is
 * made by a call, which packs (type, type) into a tuple while super has no vectorcall (to 3.10).
 */
function initSubclass(t: PyType, kwnames: PyStr[], kwvalues: PyObject[]): void {
  const sup = vectorcall(superTypeRef!, [t, t], null);
  let func: PyObject;
  try {
    func = abs.getAttr(sup, internStr('__init_subclass__'));
  } finally {
    R.heap.decref(sup);
  }
  // PyObject_VectorcallDict(func, NULL, 0, kwds): the bound method has a vectorcall, so the
  // keywords are unpacked for it (_PyStack_UnpackDict).
  const release = kwnames.length > 0 ? unpackDict(kwvalues.length, kwnames) : null;
  try {
    R.heap.decref(abs.call(func, kwvalues, kwnames.length > 0 ? kwnames : null));
  } finally {
    if (release !== null) release();
    R.heap.decref(func);
  }
}
