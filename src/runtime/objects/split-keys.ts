// The shared keys object of 3.8-3.10 key-sharing dicts (Objects/dictobject.c, split tables):
// one keys object held by the class (ht_cached_keys) and by each split dict using it, whose
// entries any of those dicts can append to while it has every entry so far.
import { allocKeysObject, freeKeysObject } from './dict-keys';
import type { PyStr } from './str';
import { R } from '../state';

export interface SplitKeys {
  log2: number;
  /** The entries' names in order (dk_nentries is their count). */
  names: string[];
  /** The entries' key objects, a reference each (the keys object owns its keys). */
  held: PyStr[];
  /** dk_usable */
  usable: number;
  block: number;
  bytes: number;
  /** dk_refcnt: the class's reference and one per split dict. */
  refcnt: number;
}

/** _PyDict_NewKeysForClass (3.8-3.10): an 8-slot keys object, maybe off the keys free list. */
export function newClassKeys(bytes: number): SplitKeys {
  const block = allocKeysObject(3, true, bytes, 'class shared keys');
  return { log2: 3, names: [], held: [], usable: 5, block, bytes, refcnt: 1 };
}

/** dictkeys_incref */
export function increfSplitKeys(k: SplitKeys): void {
  k.refcnt++;
}

/** dictkeys_decref: the last reference frees the keys object (an 8-slot one is parked). */
export function decrefSplitKeys(k: SplitKeys): void {
  if (--k.refcnt > 0) return;
  freeKeysObject(k.block, k.log2, true, k.bytes, 'class shared keys');
  k.block = 0;
  releaseKeys(k.held);
}

/**
 * insertdict on a split table for a key the dict lacks: true when the shared keys take it,
 * appending a new name while the dict holds every entry so far and dk_usable is left; false
 * when the table must become combined (a non-str key, a key out of the shared order, no room).
 */
export function splitTakes(k: SplitKeys, key: PyStr | null, used: number): boolean {
  if (key === null) return false;
  const ix = k.names.indexOf(key.value);
  if (ix >= 0) return used === ix;
  if (used !== k.names.length || k.usable <= 0) return false;
  k.names.push(key.value);
  k.held.push(key);
  R.heap.incref(key);
  k.usable--;
  return true;
}

/**
 * The 3.11+ shared keys of a class (ht_cached_keys): the attribute names inserted so far,
 * their key objects (a reference each) and the usable entries left.
 */
export interface SharedNames {
  names: Set<string>;
  held: PyStr[];
  usable: number;
}

/** insert_into_dictkeys (3.11+): a new name goes into the shared keys, which keep its key object. */
export function addSharedName(k: SharedNames, key: PyStr): void {
  k.names.add(key.value);
  k.held.push(key);
  R.heap.incref(key);
  k.usable--;
}

/** The keys object is freed: it lets go of its keys. */
export function releaseKeys(held: PyStr[]): void {
  for (const s of held.splice(0)) R.heap.decref(s);
}
