// set and frozenset behaviour (Objects/setobject.c): constructors, repr, membership and
// iteration, the methods, operators and in-place forms over the algebra of set-algebra.ts,
// comparisons and frozenset_hash.
import { clinicTuple, markVarargs, minors } from './builtin-call';
import { PyErr, unsupported } from '../errors';
import { checkedMethod, METH_NOARGS } from '../builtin-conventions';
import { newTuple } from './tuple';
import { PyDict } from './dict';
import { R } from '../state';
import * as abs from './abstract';
import { guardedRepr } from './containers';
import { hashNotImplemented, KeyError, newException, typeError } from './exceptions';
import { defMethod, NativeMethod } from './function';
import { listExtend, newList } from './list';
import { between, exactly, noKw } from './args';
import { CmpOp, PyObject } from './object';
import { frozensetType, newSet, PySet, setHooks, setType } from './set';
import { None, NotImplemented, pyBool } from './singletons';
import { fromFormatPieces, internStr, newStr } from './str';
import { difference, differenceUpdate, intersection, isDisjoint, isSet, isSubset, isSuperset, makeNewSet, setCopy, setUpdateInternal, symmetric, symmetricUpdate, withKey } from './set-algebra';
import { newSetIter } from './set-iter';

setHooks.hash = abs.hash;
setHooks.eq = abs.eq;

const none = (): PyObject => abs.incref(None);

setType.tp_hash = hashNotImplemented;

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
// set_union and the other methods taking *others (Objects/setobject.c) are METH_VARARGS up to 3.12;
// 3.13's Argument Clinic versions make the tuple themselves (Objects/clinic/setobject.c.h).
const OTHERS = minors(8, 12) | clinicTuple(minors(13));
for (const t of [setType, frozensetType]) markVarargs(t, ['union', 'intersection', 'difference'], OTHERS);

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
markVarargs(setType, ['update', 'intersection_update', 'difference_update'], OTHERS);

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
          const inner = keys.items.map((x) => abs.repr(x)).join(', ');
          // repr(keys)[1:-1] is PyUnicode_Substring's: one character is get_latin1_char's
          // (made and kept up to 3.10).
          fromFormatPieces(inner);
          const body = `{${inner}}`;
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

export { typeError };

/**
 * set_reduce (Objects/setobject.c): (type(so), (list(so),), state). The state is the instance
 * dict: 3.8-3.10 whatever __dict__ gives (None without one), 3.11+ _PyObject_GetState (None when
 * empty); a subclass with __slots__ would go through copyreg._slotnames, not modelled.
 */
for (const t of [setType, frozensetType]) {
  defMethod(t, '__reduce__', checkedMethod(`${t.tp_name}.__reduce__`, METH_NOARGS, (o) => {
    if (o.ob_type.isHeapType && o.ob_type.tp_dict.has('__slots__')) throw unsupported(`${t.tp_name}.__reduce__ of a subclass with __slots__`);
    const keys = newList(0);
    listExtend(keys, o);
    const args = newTuple([keys]);
    let state: PyObject | null = null;
    const key = internStr('__dict__');
    try {
      // 3.8-3.10 read __dict__ (a subclass instance's is made then, empty); 3.11+ only look at one there.
      const has = o.dict !== null || Boolean((o as { dictObj?: PyDict | null }).dictObj);
      state = R.minor <= 10 || has ? abs.getAttrOrNull(o, key) : null;
    } finally {
      abs.decref(key);
    }
    if (state !== null && R.minor >= 11 && state instanceof PyDict && state.used === 0) {
      abs.decref(state);
      state = null;
    }
    return newTuple([abs.incref(o.ob_type), args, state ?? abs.incref(None)]);
  }));
}
