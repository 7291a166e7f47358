// A dict's search for a key (Objects/dictobject.c lookdict*, *_lookup_*): the entries of the key's
// hash found by bucket, compared as CPython compares them, in its probe order where that is seen.
import { R } from '../state';
import type { Hash, PyObject } from './object';
import { PyStr, strType } from './str';
import { intCompare, intType, PyInt } from './int';
import { boolType } from './singletons';
import { floatType, PyFloat } from './float';
import { PyTuple, tupleType } from './tuple';
import { DKIX_EMPTY, Probe } from './dict-index';
import type { PyDict } from './dict';

/** Hash and equality come from the object protocol (set by abstract.ts to avoid a cycle). */
export const dictHooks = {
  hash: (_o: PyObject): Hash => 0,
  eq: (_a: PyObject, _b: PyObject): boolean => false,
};

/**
 * Equal keys, as the table's search compares them: an exact str searched in a str-keyed table
 * by unicode_eq (lookdict_unicode, lookdict_split, unicodekeys_lookup_unicode: no depth level);
 * anything else by PyObject_RichCompare, which takes a level (lookdict, dictkeys_generic_lookup,
 * unicodekeys_lookup_generic), two exact strs in a general table too.
 */
function keysEqual(k: PyObject, key: PyObject, strTable: boolean): boolean {
  if (strTable && k.ob_type === strType) return (k as PyStr).value === (key as PyStr).value;
  return dictHooks.eq(k, key);
}

/** probe's answer when a comparison changed the table: the search starts again. */
const RESTART = -2;

/** The entry index of key (of hash `hash`) in d, or -1. */
export function lookupEntry(d: PyDict, key: PyObject, hash: Hash): number {
  for (;;) {
    const ix = lookupOnce(d, key, hash);
    if (ix !== RESTART) return ix;
  }
}

function lookupOnce(d: PyDict, key: PyObject, hash: Hash): number {
  const strTable = key.ob_type === strType && d.searchesStrs();
  // lookdict_unicode(_nodummy) of 3.8-3.9 (not Py_EMPTY_KEYS' or a split table's lookdict_split).
  if (!strTable && R.minor <= 9 && d.log2Size !== 0 && d.splitOf === null) d.lookdictGeneral = true;
  const b = d.buckets.get(keyBucket(key, hash));
  if (b === undefined) return -1;
  const hashes = d.hashes;
  if (typeof b === 'number') {
    const k = d.keys[b];
    if (k === key) return b;
    if (k === null || hashes[b] !== hash) return -1;
    if (strTable) return keysEqual(k, key, true) ? b : -1;
    if (!d.combined) return keysEqual(k, key, false) ? b : -1;
    return knownEqual(k, key) ? compareHeld(k, key, b) : probe(d, key, hash);
  }
  // Entries of other hashes are never compared; nor is anything when only the key itself has this one.
  let same = -1;
  let others = 0;
  let other = -1;
  for (let i = 0; i < b.length; i++) {
    const k = d.keys[b[i]];
    if (k === key) same = b[i];
    else if (k !== null && hashes[b[i]] === hash) {
      others++;
      other = b[i];
    }
  }
  if (others === 0) return same;
  // unicode_eq has no side effects: the order of its comparisons is not seen.
  if (!strTable && d.combined) {
    return same < 0 && others === 1 && knownEqual(d.keys[other]!, key) ? compareHeld(d.keys[other]!, key, other) : probe(d, key, hash);
  }
  if (same >= 0) return same;
  for (let i = 0; i < b.length; i++) {
    const ix = b[i];
    const k = d.keys[ix];
    if (k !== null && hashes[ix] === hash && keysEqual(k, key, strTable)) return ix;
  }
  return -1;
}

/**
 * lookdict, dictkeys_generic_lookup, unicodekeys_lookup_generic: the slots in probe order, each
 * entry of this hash compared (with the stored key held) until one is equal or a slot is empty;
 * a comparison that changed the table or the entry starts the search again (RESTART).
 */
function probe(d: PyDict, key: PyObject, hash: Hash): number {
  const slots = d.index.build(d.log2Size, d.hashes);
  for (const p = new Probe(hash, slots.length - 1); ; p.next()) {
    const ix = slots[p.i];
    if (ix === DKIX_EMPTY) return -1;
    if (ix < 0) continue;
    const k = d.keys[ix]!;
    if (k === key) return ix;
    if (d.hashes[ix] !== hash) continue;
    R.heap.incref(k);
    let equal: boolean;
    try {
      equal = keysEqual(k, key, false);
    } finally {
      R.heap.decref(k);
    }
    if (d.index.slots !== slots || d.keys[ix] !== k) return RESTART;
    if (equal) return ix;
  }
}

/**
 * The one entry of the key's hash, ix, holds a key known equal to it: the probe would compare it
 * first and stop there, so the search compares it as probe does (the stored key held) without
 * the index table: only a comparison that may run Python code, or come out unequal, needs that.
 */
function compareHeld(k: PyObject, key: PyObject, ix: number): number {
  R.heap.incref(k);
  try {
    keysEqual(k, key, false);
  } finally {
    R.heap.decref(k);
  }
  return ix;
}

/**
 * Is a == b true, by a comparison that runs no Python code and allocates nothing (exact ints and
 * bools, strs, floats, and tuples of such: long_richcompare, unicode_compare_eq, float_richcompare,
 * tuplerichcompare with PyObject_RichCompareBool's identity test)? false when unequal or not known.
 */
function knownEqual(a: PyObject, b: PyObject): boolean {
  const ta = a.ob_type;
  const tb = b.ob_type;
  if (ta === strType) return tb === strType && (a as PyStr).value === (b as PyStr).value;
  if (ta === intType || ta === boolType) return (tb === intType || tb === boolType) && intCompare(a as PyInt, b as PyInt) === 0;
  if (ta === floatType) return tb === floatType && (a as PyFloat).value === (b as PyFloat).value;
  if (ta !== tupleType || tb !== tupleType) return false;
  const x = (a as PyTuple).items;
  const y = (b as PyTuple).items;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && !knownEqual(x[i], y[i])) return false;
  return true;
}

/**
 * The buckets' key for a hash: its low 32 bits, a small integer the Map neither boxes nor
 * hashes as a double; lookups compare the entries' full hashes before calling __eq__, as
 * lookdict does.
 */
function bucketKey(h: Hash): number {
  return typeof h === 'number' ? h | 0 : Number(BigInt.asIntN(32, h));
}

/** bucketKey of key's hash h; an exact str keeps its own, computed with its hash. */
export function keyBucket(key: PyObject, h: Hash): number {
  return key.ob_type === strType ? (key as PyStr).bucket : bucketKey(h);
}
