// set and frozenset methods and operators (Objects/setobject.c): add, discard, remove,
// pop, clear, copy, update and the algebra (| & - ^, their in-place forms and methods),
// subset tests and comparisons.
import { PyErr } from '../errors';
import * as abs from './abstract';
import { KeyError, newException } from './exceptions';
import { defMethod, NativeMethod } from './function';
import { CmpOp, PyObject, PyType } from './object';
import { frozensetType, newSet, PySet, setType } from './set';
import { None, NotImplemented, pyBool } from './singletons';
import { newStr } from './str';

const set = (o: PyObject): PySet => o as PySet;
const isSet = (o: PyObject): o is PySet => o instanceof PySet;

/** The items of any iterable, as a set when it is not one already (new reference). */
function asSet(o: PyObject): PySet {
  if (isSet(o)) return abs.incref(o);
  const s = newSet();
  for (const v of abs.toArray(o)) {
    s.add(v, abs.hash(v));
    abs.decref(v);
  }
  return s;
}

function copyOf(s: PySet, type: PyType): PySet {
  const c = newSet(type);
  c.merge(s);
  return c;
}

function union(a: PySet, others: PyObject[], type: PyType): PySet {
  const r = copyOf(a, type);
  for (const o of others) {
    const s = asSet(o);
    r.merge(s);
    abs.decref(s);
  }
  return r;
}

function intersection(a: PySet, b: PySet, type: PyType): PySet {
  const r = newSet(type);
  const [small, big] = a.used <= b.used ? [a, b] : [b, a];
  for (const k of small.items()) {
    const h = abs.hash(k);
    if (big.find(k, h) >= 0) r.add(k, h);
  }
  return r;
}

function difference(a: PySet, b: PySet, type: PyType): PySet {
  const r = newSet(type);
  for (const k of a.items()) {
    const h = abs.hash(k);
    if (b.find(k, h) < 0) r.add(k, h);
  }
  return r;
}

function symmetric(a: PySet, b: PySet, type: PyType): PySet {
  const r = difference(a, b, type);
  for (const k of b.items()) {
    const h = abs.hash(k);
    if (a.find(k, h) < 0) r.add(k, h);
  }
  return r;
}

function isSubset(a: PySet, b: PySet): boolean {
  if (a.used > b.used) return false;
  for (const k of a.items()) if (b.find(k, abs.hash(k)) < 0) return false;
  return true;
}

const none = (): PyObject => abs.incref(None);

const shared: Record<string, NativeMethod> = {
  copy: (o) => copyOf(set(o), o.ob_type === frozensetType ? frozensetType : setType),
  union: (o, a) => union(set(o), a, o.ob_type),
  intersection(o, a) {
    let r = copyOf(set(o), o.ob_type);
    for (const x of a) {
      const s = asSet(x);
      const n = intersection(r, s, o.ob_type);
      abs.decref(s);
      abs.decref(r);
      r = n;
    }
    return r;
  },
  difference(o, a) {
    let r = copyOf(set(o), o.ob_type);
    for (const x of a) {
      const s = asSet(x);
      const n = difference(r, s, o.ob_type);
      abs.decref(s);
      abs.decref(r);
      r = n;
    }
    return r;
  },
  symmetric_difference(o, a) {
    const s = asSet(a[0]);
    try {
      return symmetric(set(o), s, o.ob_type);
    } finally {
      abs.decref(s);
    }
  },
  issubset(o, a) {
    const s = asSet(a[0]);
    try {
      return pyBool(isSubset(set(o), s));
    } finally {
      abs.decref(s);
    }
  },
  issuperset(o, a) {
    const s = asSet(a[0]);
    try {
      return pyBool(isSubset(s, set(o)));
    } finally {
      abs.decref(s);
    }
  },
  isdisjoint(o, a) {
    const s = asSet(a[0]);
    try {
      const r = intersection(set(o), s, setType);
      const empty = r.used === 0;
      abs.decref(r);
      return pyBool(empty);
    } finally {
      abs.decref(s);
    }
  },
};
for (const t of [setType, frozensetType]) for (const [name, fn] of Object.entries(shared)) defMethod(t, name, fn);

const mutating: Record<string, NativeMethod> = {
  add(o, a) {
    set(o).add(a[0], abs.hash(a[0]));
    return none();
  },
  discard(o, a) {
    set(o).discard(a[0], abs.hash(a[0]));
    return none();
  },
  remove(o, a) {
    if (!set(o).discard(a[0], abs.hash(a[0]))) {
      a[0].ob_refcnt++;
      throw new PyErr(newException(KeyError, [a[0]]));
    }
    return none();
  },
  pop(o) {
    const s = set(o);
    for (const k of s.items()) {
      k.ob_refcnt++;
      s.discard(k, abs.hash(k));
      return k;
    }
    throw new PyErr(newException(KeyError, [newStr('pop from an empty set')]));
  },
  clear(o) {
    set(o).clear();
    return none();
  },
  update(o, a) {
    for (const x of a) {
      const s = asSet(x);
      set(o).merge(s);
      abs.decref(s);
    }
    return none();
  },
  difference_update(o, a) {
    for (const x of a) {
      const s = asSet(x);
      for (const k of [...s.items()]) set(o).discard(k, abs.hash(k));
      abs.decref(s);
    }
    return none();
  },
  intersection_update(o, a) {
    const s = asSet(a[0]);
    for (const k of [...set(o).items()]) {
      const h = abs.hash(k);
      if (s.find(k, h) < 0) set(o).discard(k, h);
    }
    abs.decref(s);
    return none();
  },
};
for (const [name, fn] of Object.entries(mutating)) defMethod(setType, name, fn);


// Operators: | & - ^ between sets (NotImplemented otherwise), in place for set.
function op(f: (a: PySet, b: PySet, t: PyType) => PySet) {
  return (a: PyObject, b: PyObject): PyObject => {
    if (!isSet(a) || !isSet(b)) return abs.incref(NotImplemented);
    return f(a, b, a.ob_type);
  };
}
for (const t of [setType, frozensetType]) {
  const nb = t.tp_as_number;
  nb.nb_or = op((a, b, tt) => union(a, [b], tt));
  nb.nb_and = op(intersection);
  nb.nb_subtract = op(difference);
  nb.nb_xor = op(symmetric);
  t.tp_richcompare = (a, b, cmp) => {
    if (!isSet(b)) return abs.incref(NotImplemented);
    const x = set(a);
    switch (cmp) {
      case CmpOp.EQ:
        return pyBool(x.used === b.used && isSubset(x, b));
      case CmpOp.NE:
        return pyBool(!(x.used === b.used && isSubset(x, b)));
      case CmpOp.LE:
        return pyBool(isSubset(x, b));
      case CmpOp.GE:
        return pyBool(isSubset(b, x));
      case CmpOp.LT:
        return pyBool(x.used < b.used && isSubset(x, b));
      case CmpOp.GT:
        return pyBool(x.used > b.used && isSubset(b, x));
    }
  };
}
const inplace = (f: (a: PySet, b: PySet) => void) => (a: PyObject, b: PyObject): PyObject => {
  if (!isSet(b)) return abs.incref(NotImplemented);
  f(set(a), b);
  return abs.incref(a);
};
setType.tp_as_number.nb_inplace = {
  nb_or: inplace((a, b) => a.merge(b)),
  nb_and: inplace((a, b) => {
    for (const k of [...a.items()]) {
      const h = abs.hash(k);
      if (b.find(k, h) < 0) a.discard(k, h);
    }
  }),
  nb_subtract: inplace((a, b) => {
    for (const k of [...b.items()]) a.discard(k, abs.hash(k));
  }),
  nb_xor: inplace((a, b) => {
    for (const k of [...b.items()]) {
      const h = abs.hash(k);
      if (!a.discard(k, h)) a.add(k, h);
    }
  }),
};

/** hash(frozenset) (frozenset_hash): a shuffle of each item's hash, xor-ed, then finalised. */
frozensetType.tp_hash = (o) => {
  const M = (1n << 64n) - 1n;
  const shuffle = (h: bigint): bigint => (((h ^ 89869747n) ^ ((h << 16n) & M)) * 3644798167n) & M;
  let hash = 0n;
  for (const k of set(o).items()) hash ^= shuffle(BigInt.asUintN(64, BigInt(abs.hash(k))));
  hash ^= ((BigInt(set(o).used) + 1n) * 1927868237n) & M;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M;
  let r = BigInt.asIntN(64, hash);
  if (r === -1n) r = 590923713n;
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
};
