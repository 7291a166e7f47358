// _PyType_Lookup's method cache (Objects/typeobject.c): 4096 entries, each holding a reference to
// the name it was last filled for. A name made at run time (getattr's argument, str.format's field
// names, PyObject_GetAttrString's new str) stays alive there until another lookup takes its entry.
import { R } from '../state';
import { methodCacheHook, PyType } from './object';
import { findInterned, PyStr, strHash, strType } from './str';
import { subclassesOf } from './heaptype';

const MCACHE_SIZE_EXP = 12;
const MCACHE_MAX_ATTR_SIZE = 100;
const SLOT_MASK = (1 << MCACHE_SIZE_EXP) - 1;
/**
 * Where assign_version_tag's counter stands when a script starts. Start-up has tagged the types
 * it looked up; the model's tags only decide which entries two different types' names share.
 */
const FIRST_VERSION_TAG = 512;

/**
 * The names the entries hold: those the script made, interned or not (its identifiers, which
 * compiling interned, and names sys.intern and setattr intern at run time: the cache keeps
 * them alive and counts in their refcounts). A name start-up interned is alive anyway, so
 * its entry matters only for the held name it replaces.
 */
let names: (PyStr | null)[] = new Array<PyStr | null>(SLOT_MASK + 1).fill(null);
const versions = new Uint32Array(SLOT_MASK + 1);
/** tp_version_tag of the types tagged so far in this run. */
let versionTags = new Map<PyType, number>();
let nextVersionTag = FIRST_VERSION_TAG;

/** A new run: no entries, no tags (CPython's start-up state is not modelled entry by entry). */
export function resetMethodCache(): void {
  names = new Array<PyStr | null>(SLOT_MASK + 1).fill(null);
  versions.fill(0);
  versionTags = new Map();
  nextVersionTag = FIRST_VERSION_TAG;
  methodCacheHook.held = 0;
}

/** assign_version_tag: a type's tag, given first to its bases. */
function assignVersionTag(t: PyType): number {
  const known = versionTags.get(t);
  if (known !== undefined) return known;
  for (const b of t.tp_bases) assignVersionTag(b);
  const tag = nextVersionTag++;
  versionTags.set(t, tag);
  return tag;
}

/** PyType_Modified: the type and its subclasses lose their tags; their entries go stale. */
export function typeModified(t: PyType): void {
  if (!versionTags.delete(t)) return;
  for (const s of subclassesOf(t)) typeModified(s);
}

/**
 * MCACHE_HASH_METHOD: the tag with, up to 3.9, the name's hash; from 3.10 its address >> 3
 * (so two equal names made apart take different entries from 3.10 on, the same one before).
 */
function entryOf(tag: number, name: PyStr): number {
  if (R.minor <= 9) {
    const h = strHash(name);
    const low = typeof h === 'bigint' ? Number(BigInt.asUintN(MCACHE_SIZE_EXP, h)) : h & SLOT_MASK;
    return (tag ^ low) & SLOT_MASK;
  }
  return (tag ^ Math.floor(name.id / 8)) & SLOT_MASK;
}

/** Fill entry h for name: the name it held before loses the cache's reference. */
function fill(h: number, tag: number, name: PyStr | null): void {
  const old = names[h];
  versions[h] = tag;
  if (old === name) return;
  names[h] = name;
  if (name !== null) {
    R.heap.incref(name);
    methodCacheHook.held++;
  }
  if (old !== null) {
    methodCacheHook.held--;
    R.heap.decref(old);
  }
}

/**
 * _PyType_Lookup's cache part for a lookup of name on t: a hit changes nothing; a miss fills the
 * name's entry (MCACHE_CACHEABLE_NAME: an exact str of at most 100 characters).
 */
function methodCacheLookup(t: PyType, name: PyStr): void {
  if (name.ob_type !== strType || name.length > MCACHE_MAX_ATTR_SIZE) return;
  // 3.13 _PyType_LookupRef hashes with the tag the type has before the lookup (0 for a type not
  // tagged yet) and fills that entry with the tag assign_version_tag then gives it.
  const before = R.minor >= 13 ? versionTags.get(t) ?? 0 : 0;
  const tag = assignVersionTag(t);
  const h = entryOf(R.minor >= 13 ? before : tag, name);
  if (names[h] === name && versions[h] === tag) return;
  if (name.h.block === 0 && (name.interned || findInterned(name.value) === name)) {
    // A name start-up interned is alive anyway: its entry is not kept, but it takes the entry
    // from a held name.
    if (names[h] !== null) fill(h, tag, null);
    return;
  }
  fill(h, tag, name);
}

methodCacheHook.lookup = methodCacheLookup;
// Lookups by a name given as text are lookups by its interned str.
methodCacheHook.touch = (t, text) => {
  const name = findInterned(text);
  if (name !== undefined) methodCacheLookup(t, name);
};
