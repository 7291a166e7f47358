// `type` and `object` (Objects/typeobject.c): builtin type construction, the C3 method
// resolution order, generic attribute lookup, and classes created by a class statement.
import { R } from '../state';
import { isSubtype, PyObject, PyType, typeLookupStr } from './object';
import type { PyStr } from './str';
import { typeSizeof } from './instance-layout';

export const typeType = new PyType(null, 'type');
export const objectType = new PyType(null, 'object');
typeType.ob_type = typeType;
objectType.ob_type = typeType;
objectType.tp_mro = [objectType];
typeType.tp_base = objectType;
typeType.tp_bases = [objectType];
typeType.tp_mro = [typeType, objectType];
typeType.tp_flags_gc = true;
typeType.tp_basicsize = 880;
typeType.tp_sizeof = (o) => typeSizeof(o as PyType);

interface PyDictLike {
  getStr(key: PyStr): PyObject | null;
}

/** Every builtin type readied, in creation order (a base is readied before its subtypes). */
const builtinTypes: PyType[] = [];
let inherited = false;

/** Finish a builtin type created with `new PyType(null, name)`: metatype, base and MRO. */
export function readyType(t: PyType, base: PyType = objectType, opts: { gc?: boolean; basetype?: boolean } = {}): PyType {
  t.ob_type = typeType;
  if (t !== objectType) {
    t.tp_base = base;
    t.tp_bases = [base];
    t.tp_mro = [t, ...base.tp_mro];
  }
  if (opts.gc !== undefined) t.tp_flags_gc = opts.gc;
  if (opts.basetype !== undefined) t.tp_flags_basetype = opts.basetype;
  builtinTypes.push(t);
  return t;
}

/** Every builtin type, object and type first. */
export function allBuiltinTypes(): PyType[] {
  return [objectType, typeType, ...builtinTypes];
}

/** Each builtin type's count before any run took references to it. */
const countsAtLoad = new Map<PyType, number>();

/**
 * Builtin types outlive runs, and a run's builtins dict, modules and leftovers keep
 * references to them that nothing drops: each run starts from the counts they had before
 * the first, so a process's tenth run reads what its first did.
 */
export function resetBuiltinTypeCounts(): void {
  for (const t of allBuiltinTypes()) {
    const n = countsAtLoad.get(t);
    if (n === undefined) countsAtLoad.set(t, t.ob_refcnt);
    else t.ob_refcnt = n;
  }
}

const INHERITED_SLOTS = [
  'tp_repr', 'tp_str', 'tp_hash', 'tp_richcompare', 'tp_getattro', 'tp_setattro', 'tp_call', 'tp_iter',
  'tp_iternext', 'tp_descr_get', 'tp_descr_set', 'tp_new', 'tp_init', 'tp_dealloc', 'tp_traverse',
  'mp_length', 'mp_subscript', 'mp_ass_subscript', 'sq_contains', 'tp_sizeof',
] as const;

/**
 * inherit_slots (PyType_Ready): a builtin type takes each slot it leaves empty from its
 * base. Done once, after every type file has filled its own slots.
 */
export function inheritBuiltinSlots(): void {
  if (inherited) return;
  inherited = true;
  for (const t of builtinTypes) {
    const b = t.tp_base;
    if (b === null || t === objectType) continue;
    const rec = t as unknown as Record<string, unknown>;
    const brec = b as unknown as Record<string, unknown>;
    for (const slot of INHERITED_SLOTS) if (rec[slot] === undefined) rec[slot] = brec[slot];
    const nb = t.tp_as_number as Record<string, unknown>;
    for (const [k, v] of Object.entries(b.tp_as_number)) if (nb[k] === undefined) nb[k] = v;
    if (t.tp_hash === undefined && b.tp_hash !== undefined && !t.tp_dict.has('__hash__')) t.tp_hash = b.tp_hash;
  }
  for (const hook of afterInherit) hook(builtinTypes);
}

/** Dict entries of builtin types that only some versions have (int.bit_count from 3.10, slice.__hash__ = None until 3.11). */
const versionedEntries: Array<{ t: PyType; name: string; value: PyObject; has: (minor: number) => boolean }> = [];

/** Keep t.__dict__[name] (as it is now, or value) only in the versions `has` accepts. */
export function inVersions(t: PyType, name: string, has: (minor: number) => boolean, value?: PyObject): void {
  const v = value ?? t.tp_dict.get(name);
  if (v === undefined) throw new Error(`inVersions: ${t.tp_name}.${name} is not defined`);
  versionedEntries.push({ t, name, value: v, has });
  appliedMinor = -1;
}

let appliedMinor = -1;
/** Put each version-dependent entry in, or take it out of, its type's dict for the run's version. */
export function applyVersionEntries(minor: number): void {
  if (minor === appliedMinor) return;
  appliedMinor = minor;
  // Removals first: a name may be one object in some versions and another in the rest.
  for (const v of versionedEntries) if (!v.has(minor)) v.t.tp_dict.delete(v.name);
  for (const v of versionedEntries) if (v.has(minor)) v.t.tp_dict.set(v.name, v.value);
  for (const hook of afterVersionEntries) hook(minor);
}
/** Run once a version's entries are in (dicts whose order differs by version are put in it). */
export const afterVersionEntries: Array<(minor: number) => void> = [];

/** Run once the builtin types have their slots (slot wrappers are made from them). */
export const afterInherit: Array<(types: readonly PyType[]) => void> = [];

/**
 * C3 linearisation (mro_implementation / pmerge). On failure, returns the heads of the
 * lists still to merge, deduplicated in order, which set_mro_error names in its message,
 * and the classes merged before it.
 */
export function c3Mro(t: PyType, bases: PyType[]): { mro: PyType[] } | { conflict: PyType[]; merged: PyType[] } {
  const seqs = bases.map((b) => b.tp_mro.slice()).concat([bases.slice()]);
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return { mro: out };
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) return { conflict: [...new Set(nonEmpty.map((s) => s[0]))], merged: out };
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

export function typeIsSubtype(a: PyType, b: PyType): boolean {
  return isSubtype(a, b);
}

/** The type of o, typed. */
export function Py_TYPE(o: PyObject): PyType {
  return o.ob_type;
}

export function typeName(o: PyObject): string {
  return o.ob_type.tp_name;
}

/**
 * PyObject_GenericGetAttr without the error: data descriptors on the type win, then the
 * instance dict, then non-data descriptors and plain class attributes. Returns a new
 * reference or null when the attribute does not exist.
 */
export function genericGetAttr(o: PyObject, name: PyStr): PyObject | null {
  const tp = o.ob_type;
  const descr = typeLookupStr(tp, name);
  if (descr !== null) {
    const dt = descr.ob_type;
    if (dt.tp_descr_get !== undefined && dt.tp_descr_set !== undefined) return dt.tp_descr_get(descr, o, tp);
  }
  if (o.dict !== null) {
    const v = o.dict.get(name.value);
    if (v !== undefined) {
      R.heap.incref(v);
      return v;
    }
  }
  // A materialized __dict__ (an instance's, an exception's, a function's) holds the attributes instead.
  const dobj = (o as { dictObj?: PyDictLike | null }).dictObj;
  if (dobj) {
    const w = dobj.getStr(name);
    if (w !== null) {
      R.heap.incref(w);
      return w;
    }
  }
  if (descr !== null) {
    const dt = descr.ob_type;
    if (dt.tp_descr_get !== undefined) return dt.tp_descr_get(descr, o, tp);
    R.heap.incref(descr);
    return descr;
  }
  return null;
}

objectType.tp_getattro = genericGetAttr;
objectType.tp_basicsize = 16;
objectType.tp_dealloc = (o) => {
  R.heap.freeObject(o, 16);
};
