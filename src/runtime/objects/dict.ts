// dict (Objects/dictobject.c): insertion-ordered entries looked up by hash, with the
// keys object's size, usable slots and resizes modeled as CPython computes them.
import { R } from '../state';
import { mayBeTracked } from '../gc';
import { Hash, PyObject, PyType } from './object';
import { PyStr, strHash, strType } from './str';
import { valuesBytes } from './instance-layout';
import { addSharedName, decrefSplitKeys, increfSplitKeys, SharedNames, SplitKeys, splitTakes } from './split-keys';
import { allocKeysObject, calculateLog2Keysize, freeKeysObject, keysObjectBytes, usableFraction } from './dict-keys';
import { DictIndex } from './dict-index';
import { dictHooks, keyBucket, lookupEntry } from './dict-lookup';

export { calculateLog2Keysize, dictHooks, keysObjectBytes, usableFraction };
// The type object and the constructors (dict-type.ts), where the runtime has always imported them from.
export { dictObjBytes, dictType, newDict, newDictPresized, OBJ_BYTES, stackAsDict } from './dict-type';

let nextStamp = 1;

export class PyDict extends PyObject {
  keys: (PyObject | null)[] = [];
  values: (PyObject | null)[] = [];
  hashes: Hash[] = [];
  /** bucketKey(hash) -> the index into the entries, or the indexes when several entries share the key (dict-lookup.ts). */
  buckets = new Map<number, number | number[]>();
  /** The combined table's dk_indices, for the lookups that must compare in CPython's probe order (dict-lookup.ts). */
  readonly index = new DictIndex();
  /**
   * Changes whenever a key is added, from one counter for all dicts, so no two dicts share
   * a stamp: while a globals dict's stamp is unchanged, a name it lacked is still missing
   * (LOAD_GLOBAL's builtins cache, vm/names.ts).
   */
  stamp = nextStamp++;
  /** ma_used */
  used = 0;
  /** log2 of dk_size; 0 while the dict points at the shared empty keys. */
  log2Size = 0;
  /** dk_usable: entries left before a resize. */
  usable = 0;
  /** DICT_KEYS_UNICODE (3.11+): every key is an exact str, so entries have no hash field. */
  unicode = true;
  /**
   * 3.8-3.10: the keys object's dk_lookup is lookdict, the general search, since a key that is
   * not an exact str was stored (insertdict, insert_to_emptydict) or, up to 3.9, looked up
   * (lookdict_unicode switches for good; 3.10's does not). dictresize and the copies of the keys
   * object keep it; a cleared dict's Py_EMPTY_KEYS and a split table's lookdict_split have it not.
   */
  lookdictGeneral = false;
  keysBlock = 0;
  keysBytes = 0;
  /** keysBlock is a split dict's values array (3.8-3.10), not a keys object. */
  private keysAreValues = false;
  /**
   * A split (key-sharing) instance dict of 3.8-3.10: the keys live in the class's shared
   * keys (ht_cached_keys), so this dict owns only its values array, 8 bytes per usable entry.
   */
  splitOf: SplitKeys | null = null;
  /**
   * 3.11+: an instance's __dict__ made from its inline values (make_dict_from_instance_attributes):
   * it shares the class's keys and the instance's values, so it allocates no table until
   * a key the shared keys cannot take makes it combined.
   */
  sharedValues: SharedNames | null = null;
  /** The values array a shared-keys dict of 3.11+ allocated itself (new_dict_with_shared_keys), else 0. */
  private valuesBlock = 0;
  private valuesBytes = 0;
  constructor(type: PyType) {
    super(type);
  }

  /** The entry index of key, or -1. */
  lookup(key: PyObject, hash: Hash): number {
    return lookupEntry(this, key, hash);
  }

  /** Not a split table (3.8-3.10) nor one over an instance's values (3.11+): the dict has its own dk_indices. */
  get combined(): boolean {
    return this.splitOf === null && this.sharedValues === null;
  }

  /** Whether the table's search for an exact str compares by unicode_eq: it holds only exact strs. */
  searchesStrs(): boolean {
    if (R.minor <= 10) return !this.lookdictGeneral;
    // DICT_KEYS_UNICODE, or DICT_KEYS_SPLIT (a dict over an instance's values).
    return this.unicode || this.sharedValues !== null;
  }

  /** Fast path for str keys (LOAD_GLOBAL, LOAD_NAME, attribute dicts). */
  getStr(key: PyStr): PyObject | null {
    const ix = this.lookup(key, strHash(key));
    return ix < 0 ? null : this.values[ix];
  }

  get(key: PyObject): PyObject | null {
    const h = key.ob_type === strType ? strHash(key as PyStr) : dictHooks.hash(key);
    const ix = this.lookup(key, h);
    return ix < 0 ? null : this.values[ix];
  }

  /**
   * Store key -> value, taking new references to both (PyDict_SetItem). `attribute`: an
   * instance attribute store, which from 3.13 writes the inline values a __dict__ shares
   * without the dict's MAINTAIN_TRACKING (_PyObject_StoreInstanceAttribute).
   */
  set(key: PyObject, value: PyObject, attribute = false): void {
    const h = key.ob_type === strType ? strHash(key as PyStr) : dictHooks.hash(key);
    const ix = this.lookup(key, h);
    if (ix >= 0) {
      this.replaceAt(ix, key, value, attribute);
      return;
    }
    R.heap.incref(value);
    const sv = this.sharedValues;
    if (!(attribute && sv !== null && R.minor >= 13)) maintainTracking(this, key, value);
    if (sv !== null) {
      const name = key.ob_type === strType ? (key as PyStr).value : null;
      if (name !== null && (sv.names.has(name) || sv.usable > 0)) {
        if (!sv.names.has(name)) addSharedName(sv, key as PyStr);
      } else this.combineValues(calculateLog2Keysize(growthRate(this) || 1), name !== null);
    }
    if (this.sharedValues !== null) {
      // The entry goes into the shared keys and the instance's values.
    } else if (this.splitOf !== null) {
      // insertdict: a key the shared keys cannot take makes the table combined (insertion_resize).
      if (!splitTakes(this.splitOf, key.ob_type === strType ? (key as PyStr) : null, this.used)) this.resize(growthRate(this), false);
    } else if (this.log2Size === 0) {
      this.newKeys(3, key.ob_type === strType);
    } else if (this.unicode && key.ob_type !== strType && R.minor >= 11) {
      // insertdict: a non-str key turns a unicode table into a general one, via a resize.
      this.resize(growthRate(this), false);
    } else if (this.usable <= 0) {
      this.resize(growthRate(this), this.unicode);
    }
    if (R.minor <= 10 && key.ob_type !== strType) this.lookdictGeneral = true;
    if (this.ownsKeys) R.heap.incref(key);
    const at = this.keys.length;
    this.stamp = nextStamp++;
    this.keys.push(key);
    this.values.push(value);
    this.hashes.push(h);
    this.addIndex(key, h, at);
    this.index.inserted(at, h);
    this.used++;
    this.usable--;
  }

  /** set() of a key found at entry ix: the value there is replaced. */
  replaceAt(ix: number, key: PyObject, value: PyObject, attribute = false): void {
    R.heap.incref(value);
    if (!(attribute && this.sharedValues !== null && R.minor >= 13)) maintainTracking(this, key, value);
    const old = this.values[ix]!;
    this.values[ix] = value;
    R.heap.decref(old);
  }

  /** Remove key (a dummy stays behind, as in CPython); false when absent. */
  delete(key: PyObject): boolean {
    const h = key.ob_type === strType ? strHash(key as PyStr) : dictHooks.hash(key);
    const ix = this.lookup(key, h);
    if (ix < 0) return false;
    this.deleteAt(ix);
    return true;
  }

  /** Remove entry ix, found already (dict_popitem finds its slot by the index: no comparison). */
  deleteAt(ix: number): void {
    const k = this.keys[ix]!;
    if (this.splitOf !== null) {
      // delitem_common: a split table is made combined (same size) before deleting.
      this.resizeLog2(this.log2Size, true);
      this.deleteAt(this.keys.indexOf(k));
      return;
    }
    const h = this.hashes[ix];
    const v = this.values[ix]!;
    this.keys[ix] = null;
    this.values[ix] = null;
    this.index.deleted(ix, h, this.keys.length);
    const bk = keyBucket(k, h);
    const b = this.buckets.get(bk)!;
    if (typeof b === 'number') this.buckets.delete(bk);
    else {
      b.splice(b.indexOf(ix), 1);
      if (b.length === 1) this.buckets.set(bk, b[0]);
    }
    this.used--;
    if (this.ownsKeys) R.heap.decref(k);
    R.heap.decref(v);
  }

  /**
   * Does the dict hold a reference to each key? A split table's keys (3.8-3.10) and those of a
   * dict over an instance's values (3.11+) are the class's shared keys', which hold them.
   */
  get ownsKeys(): boolean {
    return this.splitOf === null && this.sharedValues === null;
  }

  /** The entries' keys get the dict's references: its table is becoming one of its own (dictresize). */
  private increfKeys(): void {
    for (const k of this.keys) if (k !== null) R.heap.incref(k);
  }

  /**
   * A dict over an instance's values (3.11+) gets a combined table of 2**log2 slots
   * (insertion_resize, or dict_popitem's dictresize); the values array it allocated is freed.
   */
  combineValues(log2: number, unicode: boolean): void {
    this.sharedValues = null;
    this.increfKeys();
    this.freeValues();
    this.log2Size = 0;
    this.resizeLog2(log2, unicode);
  }

  /** Entry ix has hash h. */
  private addIndex(key: PyObject, h: Hash, ix: number): void {
    const bk = keyBucket(key, h);
    const b = this.buckets.get(bk);
    if (b === undefined) this.buckets.set(bk, ix);
    else if (typeof b === 'number') this.buckets.set(bk, [b, ix]);
    else b.push(ix);
  }

  /** Live entries in insertion order. */
  *entries(): IterableIterator<[PyObject, PyObject]> {
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k !== null) yield [k, this.values[i]!];
    }
  }

  /** new_keys_object: a table of 2**log2 slots; a split dict (dictresize) becomes combined. */
  newKeys(log2: number, unicode: boolean): void {
    const bytes = keysObjectBytes(log2, unicode);
    this.takeTable(allocKeysObject(log2, unicode, bytes), bytes, log2, unicode, false);
  }

  /** new_dict_with_shared_keys (3.8-3.10): this empty dict shares k, with new_values of its own. */
  shareKeys(k: SplitKeys): void {
    const bytes = 8 * usableFraction(1 << k.log2);
    this.takeTable(R.heap.malloc(bytes, 'dict values'), bytes, k.log2, true, true);
    increfSplitKeys(k);
    this.splitOf = k;
  }

  /** The dict's new table; the old one (and a split dict's shared keys, dictkeys_decref) released after. */
  private takeTable(block: number, bytes: number, log2: number, unicode: boolean, isValues: boolean): void {
    const shared = this.splitOf;
    this.splitOf = null;
    this.freeKeys();
    if (shared !== null) {
      this.increfKeys();
      decrefSplitKeys(shared);
    }
    this.keysAreValues = isValues;
    this.keysBlock = block;
    this.keysBytes = bytes;
    this.log2Size = log2;
    this.usable = usableFraction(1 << log2);
    this.unicode = unicode;
    this.index.reset();
  }

  /**
   * make_keys_shared (3.8-3.10): this combined dict's keys object becomes the shared keys (held
   * by the class and the dict, which gets new_values); the caller takes the class's reference.
   */
  makeKeysShared(): SplitKeys {
    const k: SplitKeys = {
      log2: this.log2Size,
      names: this.keys.map((key) => (key as PyStr).value),
      // The keys object keeps the references the dict's entries held.
      held: this.keys.slice() as PyStr[],
      usable: this.usable,
      block: this.keysBlock,
      bytes: this.keysBytes,
      refcnt: 2,
    };
    const bytes = 8 * usableFraction(1 << k.log2);
    this.keysBlock = R.heap.malloc(bytes, 'dict values');
    this.keysBytes = bytes;
    this.keysAreValues = true;
    this.splitOf = k;
    return k;
  }

  private freeKeys(): void {
    if (this.keysBlock !== 0) releaseTable(this.keysBlock, this.keysBytes, this.log2Size, this.unicode, this.keysAreValues);
    this.keysBlock = 0;
    this.keysBytes = 0;
    this.keysAreValues = false;
  }

  /** dictresize: a new keys object sized for `minsize`, entries compacted. */
  resize(minsize: number, unicode: boolean): void {
    this.resizeLog2(calculateLog2Keysize(minsize), unicode);
  }

  /** dictresize with the table size already chosen (log2 of it). */
  resizeLog2(log2: number, unicode: boolean): void {
    this.newKeys(log2, unicode && R.minor >= 11);
    // No deleted entries: compacting would change nothing, so the entries and their indexes stay.
    if (this.used === this.keys.length) {
      this.usable -= this.keys.length;
      this.index.reset();
      return;
    }
    const keys: (PyObject | null)[] = [];
    const values: (PyObject | null)[] = [];
    const hashes: Hash[] = [];
    this.buckets = new Map();
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k === null) continue;
      const at = keys.length;
      keys.push(k);
      values.push(this.values[i]);
      hashes.push(this.hashes[i]);
      this.addIndex(k, this.hashes[i], at);
    }
    this.keys = keys;
    this.values = values;
    this.hashes = hashes;
    this.usable -= keys.length;
    this.index.reset();
  }

  /**
   * clone_combined_dict_keys: take a copy of other's keys object (same size, kind,
   * holes and usable count) into this empty dict, with new references to its items.
   */
  cloneFrom(other: PyDict): void {
    // dict_copy: the copy is tracked when the original is.
    if (R.heap.gc.isTracked(other)) R.heap.gc.track(this);
    // clone_combined_dict_keys mallocs the copy: never a parked table. A split table's copy
    // (PyDict_Copy) gets new_values of the same size and shares the keys (3.11+: as many
    // values as the shared keys' usable size, shared_keys_usable_size).
    const isValues = other.keysAreValues;
    const sv = other.sharedValues;
    const block = sv !== null ? 0 : R.heap.malloc(other.keysBytes, isValues ? 'dict values' : 'dict keys');
    this.freeKeys();
    if (sv !== null) {
      this.ownValues(valuesBytes(sv.names.size + sv.usable));
      this.sharedValues = sv;
    }
    if (other.splitOf !== null) {
      increfSplitKeys(other.splitOf);
      this.splitOf = other.splitOf;
    }
    this.keysAreValues = isValues;
    this.keysBlock = block;
    this.keysBytes = other.keysBytes;
    this.log2Size = other.log2Size;
    this.usable = other.usable;
    this.unicode = other.unicode;
    this.lookdictGeneral = other.lookdictGeneral;
    this.stamp = nextStamp++;
    this.keys = other.keys.slice();
    this.values = other.values.slice();
    this.hashes = other.hashes.slice();
    this.index.copyFrom(other.index);
    this.buckets = new Map();
    const ownsKeys = this.ownsKeys;
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k === null) continue;
      if (ownsKeys) R.heap.incref(k);
      R.heap.incref(this.values[i]!);
      this.addIndex(k, this.hashes[i], i);
    }
    this.used = other.used;
  }

  /**
   * dict_popitem: after the last live entry went, dk_nentries drops to its index (the holes
   * behind it go too) while dk_usable stays, so a later insert refills those slots.
   */
  truncateEntries(n: number): void {
    // The entries from n on are reused: the table is built while their hashes are those it holds.
    this.index.build(this.log2Size, this.hashes);
    this.keys.length = n;
    this.values.length = n;
    this.hashes.length = n;
  }

  /** Entries slots used so far, holes included (dk_nentries). */
  get nentries(): number {
    return this.keys.length;
  }

  /** new_values: the shared-keys dict's own values array. */
  ownValues(bytes: number): void {
    this.valuesBlock = R.heap.malloc(bytes, 'dict values');
    this.valuesBytes = bytes;
  }

  /** An instance's values array (3.11-3.12) becomes the dict's: freed with it, or when its table is combined. */
  adoptValues(block: number, bytes: number): void {
    this.valuesBlock = block;
    this.valuesBytes = bytes;
  }

  /** The dict reads values it does not own (3.13: an instance's inline values). */
  get borrowsValues(): boolean {
    return this.sharedValues !== null && this.valuesBlock === 0;
  }

  private freeValues(): void {
    if (this.valuesBlock !== 0) R.heap.free(this.valuesBlock, this.valuesBytes, 'dict values');
    this.valuesBlock = 0;
  }

  /** dict.clear(): back to the shared empty keys; the old entries are released, then their keys object. */
  clear(): void {
    const keys = this.keys;
    const values = this.values;
    const block = this.keysBlock;
    const bytes = this.keysBytes;
    const log2 = this.log2Size;
    const unicode = this.unicode;
    const isValues = this.keysAreValues;
    const shared = this.splitOf;
    const ownsKeys = this.ownsKeys;
    this.keysAreValues = false;
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.buckets = new Map();
    this.index.reset();
    this.used = 0;
    this.keysBlock = 0;
    this.log2Size = 0;
    this.usable = 0;
    this.keysBytes = 0;
    this.unicode = true;
    this.lookdictGeneral = false;
    this.splitOf = null;
    this.sharedValues = null;
    this.freeValues();
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] !== null) {
        if (ownsKeys) R.heap.decref(keys[i]!);
        R.heap.decref(values[i]!);
      }
    }
    if (block !== 0) releaseTable(block, bytes, log2, unicode, isValues);
    if (shared !== null) decrefSplitKeys(shared);
  }
}

/** A split dict's values array is freed; a keys object goes through free_keys_object. */
function releaseTable(block: number, bytes: number, log2: number, unicode: boolean, isValues: boolean): void {
  if (isValues) R.heap.free(block, bytes, 'dict values');
  else freeKeysObject(block, log2, unicode, bytes);
}

/** MAINTAIN_TRACKING (3.8-3.13): an untracked dict becomes tracked when it stores a trackable key or value. */
function maintainTracking(d: PyDict, key: PyObject, value: PyObject): void {
  if (R.minor > 13 || R.heap.gc.isTracked(d)) return;
  if (mayBeTracked(key) || mayBeTracked(value)) R.heap.gc.track(d);
}

/** GROWTH_RATE(d) = ma_used * 3 */
function growthRate(d: PyDict): number {
  return d.used * 3;
}
