// set and frozenset behaviour (Objects/setobject.c): constructors, repr, membership and
// iteration, add/discard/remove/pop/clear/copy/update, the algebra (methods, operators and
// in-place forms, with CPython's iteration orders and presizing), subset tests,
// comparisons, frozenset_hash, and the set operations of dict key and item views.
import { PyErr } from '../errors';
import { R } from '../state';
import * as abs from './abstract';
import { guardedRepr } from './containers';
import { PyDict } from './dict';
import { isSetView, viewRichCompare, dictKeysType, dictItemsType } from './dictviews';
import { hashNotImplemented, KeyError, newException, runtimeError, typeError } from './exceptions';
import { defMethod, NativeMethod } from './function';
import { lengthHintOf } from './iterators';
import { listExtend, newList } from './list';
import { between, exactly, noKw } from './args';
import { CmpOp, Hash, PyObject, PyType } from './object';
import { frozensetType, newSet, PySet, setHooks, setType } from './set';
import { None, NotImplemented, pyBool } from './singletons';
import { newStr } from './str';
import { readyType } from './typeobject';

setHooks.hash = abs.hash;
setHooks.eq = abs.eq;

const isSet = (o: PyObject): o is PySet => o instanceof PySet;
const none = (): PyObject => abs.incref(None);

/** A key's hash; an unhashable set is looked up as the equal frozenset (set_contains, set_discard). */
function withKey<T>(key: PyObject, f: (k: PyObject, h: Hash) => T): T {
  if (isSet(key) && !key.ob_type.tp_mro.includes(frozensetType)) {
    let h: Hash | null = null;
    try {
      h = abs.hash(key);
    } catch (e) {
      if (!(e instanceof PyErr) || e.exc.ob_type.tp_name !== 'TypeError') throw e;
      abs.decref(e.exc);
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

setType.tp_hash = hashNotImplemented;

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

function setCopy(so: PySet): PySet {
  return makeNewSet(baseType(so), so);
}

function intersection(so: PySet, other: PyObject): PySet {
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
function differenceUpdate(so: PySet, other: PyObject): void {
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

function difference(so: PySet, other: PyObject): PySet {
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
function symmetricUpdate(so: PySet, other: PyObject): void {
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

function symmetric(so: PySet, other: PyObject): PySet {
  const r = makeNewSet(baseType(so), other);
  try {
    symmetricUpdate(r, so);
  } catch (e) {
    abs.decref(r);
    throw e;
  }
  return r;
}

function isSubset(so: PySet, other: PyObject): boolean {
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

function isSuperset(so: PySet, other: PyObject): boolean {
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

function isDisjoint(so: PySet, other: PyObject): boolean {
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

// ---- methods ----

const s = (o: PyObject): PySet => o as PySet;

const shared: Record<string, (name: string) => NativeMethod> = {
  copy: (name) => (o, a) => {
    exactly(`${name}.copy`, a, 0);
    if (o.ob_type === frozensetType) return abs.incref(o);
    return setCopy(s(o));
  },
  union: () => (o, a) => {
    const r = setCopy(s(o));
    try {
      for (const x of a) if (x !== o) setUpdateInternal(r, x);
    } catch (e) {
      abs.decref(r);
      throw e;
    }
    return r;
  },
  intersection: () => (o, a) => {
    if (a.length === 0) return setCopy(s(o));
    let r: PySet = abs.incref(s(o));
    for (const x of a) {
      try {
        const n = intersection(r, x);
        abs.decref(r);
        r = n;
      } catch (e) {
        abs.decref(r);
        throw e;
      }
    }
    return r;
  },
  difference: () => (o, a) => {
    if (a.length === 0) return setCopy(s(o));
    const r = difference(s(o), a[0]);
    try {
      for (const x of a.slice(1)) differenceUpdate(r, x);
    } catch (e) {
      abs.decref(r);
      throw e;
    }
    return r;
  },
  symmetric_difference: (name) => (o, a) => {
    exactly(`${name}.symmetric_difference`, a, 1);
    return symmetric(s(o), a[0]);
  },
  issubset: (name) => (o, a) => {
    exactly(`${name}.issubset`, a, 1);
    return pyBool(isSubset(s(o), a[0]));
  },
  issuperset: (name) => (o, a) => {
    exactly(`${name}.issuperset`, a, 1);
    return pyBool(isSuperset(s(o), a[0]));
  },
  isdisjoint: (name) => (o, a) => {
    exactly(`${name}.isdisjoint`, a, 1);
    return pyBool(isDisjoint(s(o), a[0]));
  },
};
for (const t of [setType, frozensetType]) {
  for (const [name, make] of Object.entries(shared)) {
    const fn = make(t.tp_name);
    defMethod(t, name, (o, a, kw) => {
      noKw(`${t.tp_name}.${name}`, kw);
      return fn(o, a, kw);
    });
  }
}

const mutating: Record<string, NativeMethod> = {
  add(o, a) {
    exactly('set.add', a, 1);
    s(o).add(a[0], abs.hash(a[0]));
    return none();
  },
  discard(o, a) {
    exactly('set.discard', a, 1);
    withKey(a[0], (k, h) => s(o).discard(k, h));
    return none();
  },
  remove(o, a) {
    exactly('set.remove', a, 1);
    if (!withKey(a[0], (k, h) => s(o).discard(k, h))) {
      R.heap.incref(a[0]);
      throw new PyErr(newException(KeyError, [a[0]]));
    }
    return none();
  },
  pop(o, a) {
    exactly('set.pop', a, 0);
    const k = s(o).popEntry();
    if (k === null) throw new PyErr(newException(KeyError, [newStr('pop from an empty set')]));
    return k;
  },
  clear(o, a) {
    exactly('set.clear', a, 0);
    s(o).clear();
    return none();
  },
  update(o, a) {
    for (const x of a) setUpdateInternal(s(o), x);
    return none();
  },
  difference_update(o, a) {
    for (const x of a) differenceUpdate(s(o), x);
    return none();
  },
  intersection_update(o, a) {
    if (a.length === 0) return none();
    let r: PySet = abs.incref(s(o));
    for (const x of a) {
      const n = intersection(r, x);
      abs.decref(r);
      r = n;
    }
    s(o).swapBodies(r);
    abs.decref(r);
    return none();
  },
  symmetric_difference_update(o, a) {
    exactly('set.symmetric_difference_update', a, 1);
    symmetricUpdate(s(o), a[0]);
    return none();
  },
};
for (const [name, fn] of Object.entries(mutating)) {
  defMethod(setType, name, (o, a, kw) => {
    noKw(`set.${name}`, kw);
    return fn(o, a, kw);
  });
}

// ---- constructors ----

setType.tp_new = (t) => newSet(t);
/** set_init: clear, then update from the iterable. */
setType.tp_init = (self, args, kwnames) => {
  if (self.ob_type === setType) noKw('set', kwnames);
  between(self.ob_type.tp_name, args, 0, 1);
  const so = self as PySet;
  if (so.fill > 0) so.clear();
  so.hash = -1;
  if (args.length === 1) setUpdateInternal(so, args[0]);
};

/** The 3.8-3.9 shared empty frozenset (a singleton of the run). */
let emptyFrozenset: PySet | null = null;
let emptyFrozensetHeap: unknown = null;

frozensetType.tp_new = (t, args, kwnames) => {
  if (t === frozensetType) noKw('frozenset', kwnames);
  between(t.tp_name, args, 0, 1);
  const iterable = args[0] ?? null;
  if (t !== frozensetType) return makeNewSet(t, iterable);
  if (iterable !== null && iterable.ob_type === frozensetType) return abs.incref(iterable);
  const r = makeNewSet(frozensetType, iterable);
  if (r.used === 0 && R.minor <= 9) {
    abs.decref(r);
    if (emptyFrozenset === null || emptyFrozensetHeap !== R.heap) {
      emptyFrozenset = newSet(frozensetType);
      emptyFrozensetHeap = R.heap;
    }
    return abs.incref(emptyFrozenset);
  }
  return r;
};

// ---- repr, membership, iteration ----

for (const t of [setType, frozensetType]) {
  t.tp_repr = (o) => {
    const so = o as PySet;
    const name = o.ob_type.tp_name;
    if (so.used === 0) return newStr(`${name}()`);
    return newStr(
      guardedRepr(o, `${name}(...)`, () => {
        // set_repr goes through a temporary list of the keys.
        const keys = newList();
        try {
          listExtend(keys, o);
          const body = `{${keys.items.map((x) => abs.repr(x)).join(', ')}}`;
          return o.ob_type === setType ? body : `${name}(${body})`;
        } finally {
          abs.decref(keys);
        }
      }),
    );
  };
  t.sq_contains = (o, v) => withKey(v, (k, h) => s(o).find(k, h) >= 0);
  t.tp_iter = (o) => newSetIter(o as PySet);
}

/** setiterobject: the set, its size when iteration began, the position and items left. */
class PySetIter extends PyObject {
  pos = 0;
  len: number;
  used: number;
  constructor(
    type: PyType,
    public set: PySet | null,
  ) {
    super(type);
    this.len = set!.used;
    this.used = set!.used;
  }
}
const SETITER_BYTES = 64;
const setIterType = readyType(new PyType(null, 'set_iterator'), undefined, { gc: true, basetype: false });
setIterType.tp_iter = (o) => abs.incref(o);
setIterType.tp_sizeof = () => SETITER_BYTES - 16;
setIterType.tp_iternext = (o) => {
  const it = o as PySetIter;
  const so = it.set;
  if (so === null) return null;
  if (it.used !== so.used) {
    it.used = -1;
    throw runtimeError('Set changed size during iteration');
  }
  let i = it.pos;
  while (i <= so.mask && (so.keys[i] === null || so.hashes[i] === -1)) i++;
  it.pos = i + 1;
  if (i > so.mask) {
    it.set = null;
    abs.decref(so);
    return null;
  }
  it.len--;
  return abs.incref(so.keys[i]!);
};
setIterType.tp_dealloc = (o) => {
  const it = o as PySetIter;
  if (it.set !== null) R.heap.decref(it.set);
  R.heap.freeObject(o, SETITER_BYTES);
};
setIterType.tp_traverse = (o, visit) => {
  const it = o as PySetIter;
  if (it.set !== null) visit(it.set);
};
lengthHintOf.set(setIterType, (o) => {
  const it = o as PySetIter;
  return it.set !== null && it.used === it.set.used ? it.len : 0;
});

function newSetIter(so: PySet): PySetIter {
  R.heap.incref(so);
  return R.heap.newObject(new PySetIter(setIterType, so), SETITER_BYTES, 16);
}

// ---- operators ----

function binop(f: (a: PySet, b: PyObject) => PySet) {
  return (a: PyObject, b: PyObject): PyObject => {
    if (!isSet(a) || !isSet(b)) return abs.incref(NotImplemented);
    return f(a, b);
  };
}
for (const t of [setType, frozensetType]) {
  const nb = t.tp_as_number;
  nb.nb_or = binop((a, b) => {
    const r = setCopy(a);
    if (a !== b) setUpdateInternal(r, b);
    return r;
  });
  nb.nb_and = binop(intersection);
  nb.nb_subtract = binop(difference);
  nb.nb_xor = binop(symmetric);
  t.tp_richcompare = (a, b, cmp) => {
    if (!isSet(b)) return abs.incref(NotImplemented);
    const x = s(a);
    switch (cmp) {
      case CmpOp.EQ:
      case CmpOp.NE: {
        let eq = x.used === b.used;
        if (eq && x.hash !== -1 && b.hash !== -1 && x.hash !== b.hash) eq = false;
        if (eq) eq = isSubset(x, b);
        return pyBool(cmp === CmpOp.EQ ? eq : !eq);
      }
      case CmpOp.LE:
        return pyBool(isSubset(x, b));
      case CmpOp.GE:
        return pyBool(isSuperset(x, b));
      case CmpOp.LT:
        return pyBool(x.used < b.used && isSubset(x, b));
      case CmpOp.GT:
        return pyBool(x.used > b.used && isSuperset(x, b));
    }
  };
}
const inplace =
  (f: (a: PySet, b: PyObject) => void) =>
  (a: PyObject, b: PyObject): PyObject => {
    if (!isSet(b)) return abs.incref(NotImplemented);
    f(s(a), b);
    return abs.incref(a);
  };
setType.tp_as_number.nb_inplace = {
  nb_or: inplace(setUpdateInternal),
  nb_and: inplace((a, b) => {
    const r = intersection(a, b);
    a.swapBodies(r);
    abs.decref(r);
  }),
  nb_subtract: inplace(differenceUpdate),
  nb_xor: inplace(symmetricUpdate),
};

/** hash(frozenset) (frozenset_hash): a shuffle of each item's hash, xor-ed, then finalised; cached. */
frozensetType.tp_hash = (o) => {
  const so = s(o);
  if (so.hash !== -1) return so.hash;
  const M = (1n << 64n) - 1n;
  const shuffle = (h: bigint): bigint => ((h ^ 89869747n ^ ((h << 16n) & M)) * 3644798167n) & M;
  let hash = 0n;
  for (const [, h] of so.entries()) hash ^= shuffle(BigInt.asUintN(64, BigInt(h)));
  // Entries with hash -1 are not dummies here: the loop above only sees active keys.
  hash ^= ((BigInt(so.used) + 1n) * 1927868237n) & M;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M;
  let r = BigInt.asIntN(64, hash);
  if (r === -1n) r = 590923713n;
  so.hash = r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
  return so.hash;
};

// ---- dict key and item views as sets ----

const isSetLike = (o: PyObject): boolean => isSet(o) || isSetView(o);

/** dictviews_to_set: keys views copy the dict's keys (PySet_New(dict)), others are iterated. */
function viewToSet(o: PyObject): PySet {
  if (o.ob_type === dictKeysType) return makeNewSet(setType, (o as unknown as { target: PyDict }).target);
  return makeNewSet(setType, o);
}

for (const t of [dictKeysType, dictItemsType]) {
  const nb = t.tp_as_number;
  nb.nb_or = (a, b) => {
    const r = viewToSet(a);
    setUpdateInternal(r, b);
    return r;
  };
  nb.nb_subtract = (a, b) => {
    const r = viewToSet(a);
    differenceUpdate(r, b);
    return r;
  };
  nb.nb_xor = (a, b) => {
    const r = viewToSet(a);
    symmetricUpdate(r, b);
    return r;
  };
  nb.nb_and = (a, b) => {
    // _PyDictView_Intersect: a view on either side; a bigger set does the work itself.
    let self = a;
    let other = b;
    if (!isSetView(self)) [self, other] = [other, self];
    const lenSelf = abs.length(self);
    if (other.ob_type === setType && lenSelf <= abs.length(other)) return intersection(other as PySet, self);
    if (isSetView(other) && abs.length(other) > lenSelf) [self, other] = [other, self];
    const result = newSet(setType);
    const it = abs.getIter(other);
    try {
      for (let k = abs.iterNext(it); k !== null; k = abs.iterNext(it)) {
        try {
          if (abs.contains(self, k)) result.add(k, abs.hash(k));
        } finally {
          abs.decref(k);
        }
      }
    } catch (e) {
      abs.decref(result);
      throw e;
    } finally {
      abs.decref(it);
    }
    return result;
  };
  t.tp_richcompare = (a, b, op) => viewRichCompare(a, b, op, isSetLike);
  defMethod(t, 'isdisjoint', (o, a) => {
    exactly(`${t.tp_name}.isdisjoint`, a, 1);
    const other = a[0];
    if (o === other) return pyBool(abs.length(o) === 0);
    let self = o;
    let it = other;
    if (isSetLike(other) && abs.length(other) > abs.length(o)) [self, it] = [other, o];
    const iter = abs.getIter(it);
    try {
      for (let k = abs.iterNext(iter); k !== null; k = abs.iterNext(iter)) {
        const found = abs.contains(self, k);
        abs.decref(k);
        if (found) return pyBool(false);
      }
      return pyBool(true);
    } finally {
      abs.decref(iter);
    }
  });
}

export { typeError };
