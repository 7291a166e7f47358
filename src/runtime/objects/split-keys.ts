// The shared keys object of 3.8-3.10 key-sharing dicts (Objects/dictobject.c, split tables):
// one keys object held by the class (ht_cached_keys) and by each split dict using it, whose
// entries any of those dicts can append to while it has every entry so far.
import { allocKeysObject, freeKeysObject } from './dict-keys';

export interface SplitKeys {
  log2: number;
  /** The entries' names in order (dk_nentries is their count). */
  names: string[];
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
  return { log2: 3, names: [], usable: 5, block, bytes, refcnt: 1 };
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
}

/**
 * insertdict on a split table for a key the dict lacks: true when the shared keys take it,
 * appending a new name while the dict holds every entry so far and dk_usable is left; false
 * when the table must become combined (a non-str key, a key out of the shared order, no room).
 */
export function splitTakes(k: SplitKeys, name: string | null, used: number): boolean {
  if (name === null) return false;
  const ix = k.names.indexOf(name);
  if (ix >= 0) return used === ix;
  if (used !== k.names.length || k.usable <= 0) return false;
  k.names.push(name);
  k.usable--;
  return true;
}
