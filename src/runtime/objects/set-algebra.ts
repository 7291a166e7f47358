// The set algebra of Objects/setobject.c: updates from any iterable, make_new_set, and
// intersection, difference, symmetric difference and the subset tests, with CPython's
// iteration orders and presizing; set-methods.ts and set-views.ts build on it.
import { R } from '../state';
import * as abs from './abstract';
import { PyDict } from './dict';
import { Hash, PyObject, PyType } from './object';
import { frozensetType, newSet, PySet, setType } from './set';
import { clearError, errorMatches } from './error-match';
import { TypeError } from './exceptions';

export const isSet = (o: PyObject): o is PySet => o instanceof PySet;

/** A key's hash; an unhashable set is looked up as the equal frozenset (set_contains, set_discard). */
export function withKey<T>(key: PyObject, f: (k: PyObject, h: Hash) => T): T {
  if (isSet(key) && !key.ob_type.tp_mro.includes(frozensetType)) {
    let h: Hash | null = null;
    try {
      h = abs.hash(key);
    } catch (e) {
      if (!errorMatches(e, TypeError)) throw e;
      clearError(e);
    }
    if (h !== null) return f(key, h);
    const tmp = makeNewSet(frozensetType, key);
    try {
      return f(tmp, abs.hash(tmp));
    } finally {
      abs.decref(tmp);
    }
  }
  return f(key, abs.hash(key));
}

/** set_update_internal: a set merges, a dict presizes, anything else is iterated. */
export function setUpdateInternal(so: PySet, other: PyObject): void {
  if (isSet(other)) return so.merge(other);
  if (other.ob_type.tp_name === 'dict' && other instanceof PyDict) {
    if ((so.fill + other.used) * 5 >= so.mask * 3) so.resize((so.used + other.used) * 2);
    for (let i = 0; i < other.keys.length; i++) {
      const k = other.keys[i];
      if (k !== null) so.add(k, other.hashes[i]);
    }
    return;
  }
  const it = abs.getIter(other);
  try {
    for (let k = abs.iterNext(it); k !== null; k = abs.iterNext(it)) {
      try {
        so.add(k, abs.hash(k));
      } finally {
        abs.decref(k);
      }
    }
  } finally {
    abs.decref(it);
  }
}

/** make_new_set: a set or frozenset of the type, filled from an iterable. */
export function makeNewSet(type: PyType, iterable: PyObject | null): PySet {
  const s = newSet(type === frozensetType || type === setType ? type : type);
  if (iterable !== null) {
    try {
      setUpdateInternal(s, iterable);
    } catch (e) {
      abs.decref(s);
      throw e;
    }
  }
  return s;
}

/** make_new_set_basetype: results of the algebra are plain sets or frozensets, never subclasses. */
function baseType(o: PyObject): PyType {
  return o.ob_type === frozensetType || (o.ob_type !== setType && o.ob_type.tp_mro.includes(frozensetType)) ? frozensetType : setType;
}

export function setCopy(so: PySet): PySet {
  return makeNewSet(baseType(so), so);
}

export function intersection(so: PySet, other: PyObject): PySet {
  if (so === other) return setCopy(so);
  const result = newSet(baseType(so));
  try {
    if (isSet(other)) {
      let a = so;
      let b = other;
      if (b.used > a.used) [a, b] = [b, a];
      for (const [k, h] of [...b.entries()]) if (a.find(k, h) >= 0) result.add(k, h);
      return result;
    }
    const it = abs.getIter(other);
    try {
      for (let k = abs.iterNext(it); k !== null; k = abs.iterNext(it)) {
        try {
          const h = abs.hash(k);
          if (so.find(k, h) >= 0) result.add(k, h);
        } finally {
          abs.decref(k);
        }
      }
    } finally {
      abs.decref(it);
    }
    return result;
  } catch (e) {
    abs.decref(result);
    throw e;
  }
}

/** set_difference_update_internal, then the dummy purge when over a quarter are dummies. */
export function differenceUpdate(so: PySet, other: PyObject): void {
  if (so === other) return so.clear();
  if (isSet(other)) {
    for (const [k, h] of [...other.entries()]) {
      R.heap.incref(k);
      so.discard(k, h);
      abs.decref(k);
    }
  } else {
    const it = abs.getIter(other);
    try {
      for (let k = abs.iterNext(it); k !== null; k = abs.iterNext(it)) {
        try {
          withKey(k, (kk, h) => so.discard(kk, h));
        } finally {
          abs.decref(k);
        }
      }
    } finally {
      abs.decref(it);
    }
  }
  if (so.fill - so.used > so.mask >> 2) so.resize(so.used > 50000 ? so.used * 2 : so.used * 4);
}

export function difference(so: PySet, other: PyObject): PySet {
  let otherSize: number;
  if (isSet(other)) otherSize = other.used;
  else if (other instanceof PyDict && other.ob_type.tp_name === 'dict') otherSize = other.used;
  else otherSize = -1;
  if (otherSize < 0 || so.used >> 2 > otherSize) {
    // set_copy_and_difference
    const r = setCopy(so);
    try {
      differenceUpdate(r, other);
    } catch (e) {
      abs.decref(r);
      throw e;
    }
    return r;
  }
  const result = newSet(baseType(so));
  for (const [k, h] of [...so.entries()]) {
    const present = isSet(other) ? other.find(k, h) >= 0 : (other as PyDict).get(k) !== null;
    if (!present) result.add(k, h);
  }
  return result;
}

/** set_symmetric_difference_update */
export function symmetricUpdate(so: PySet, other: PyObject): void {
  if (so === other) return so.clear();
  if (other instanceof PyDict && other.ob_type.tp_name === 'dict') {
    for (let i = 0; i < other.keys.length; i++) {
      const k = other.keys[i];
      if (k === null) continue;
      const h = other.hashes[i];
      if (!so.discard(k, h)) so.add(k, h);
    }
    return;
  }
  const otherset = isSet(other) ? abs.incref(other) : makeNewSet(baseType(so), other);
  try {
    for (const [k, h] of [...otherset.entries()]) if (!so.discard(k, h)) so.add(k, h);
  } finally {
    abs.decref(otherset);
  }
}

export function symmetric(so: PySet, other: PyObject): PySet {
  const r = makeNewSet(baseType(so), other);
  try {
    symmetricUpdate(r, so);
  } catch (e) {
    abs.decref(r);
    throw e;
  }
  return r;
}

export function isSubset(so: PySet, other: PyObject): boolean {
  if (!isSet(other)) {
    const tmp = makeNewSet(setType, other);
    try {
      return isSubset(so, tmp);
    } finally {
      abs.decref(tmp);
    }
  }
  if (so.used > other.used) return false;
  for (const [k, h] of [...so.entries()]) if (other.find(k, h) < 0) return false;
  return true;
}

export function isSuperset(so: PySet, other: PyObject): boolean {
  if (isSet(other)) return isSubset(other, so);
  const it = abs.getIter(other);
  try {
    for (let k = abs.iterNext(it); k !== null; k = abs.iterNext(it)) {
      const found = withKey(k, (kk, h) => so.find(kk, h) >= 0);
      abs.decref(k);
      if (!found) return false;
    }
    return true;
  } finally {
    abs.decref(it);
  }
}

export function isDisjoint(so: PySet, other: PyObject): boolean {
  if (so === other) return so.used === 0;
  if (other.ob_type === setType || other.ob_type === frozensetType) {
    let a = so;
    let b = other as PySet;
    if (b.used > a.used) [a, b] = [b, a];
    for (const [k, h] of [...b.entries()]) if (a.find(k, h) >= 0) return false;
    return true;
  }
  const it = abs.getIter(other);
  try {
    for (let k = abs.iterNext(it); k !== null; k = abs.iterNext(it)) {
      const found = withKey(k, (kk, h) => so.find(kk, h) >= 0);
      abs.decref(k);
      if (found) return false;
    }
    return true;
  } finally {
    abs.decref(it);
  }
}
