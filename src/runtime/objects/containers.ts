// The sequence and mapping protocol of list, tuple, dict and set: repr (with the
// recursion guard of Py_ReprEnter), items and slices, membership, comparison,
// concatenation and repetition, and iteration.
import { R } from '../state';
import * as abs from './abstract';
import { PyDict, dictType, newDict } from './dict';
import { hashNotImplemented, indexError, KeyError, newException, runtimeError, typeError, valueError } from './exceptions';
import { PyErr } from '../errors';
import { newInt, PyInt } from './int';
import { listIter, newSeqIter, tupleIter, genericIterType, PySeqIter } from './iterators';
import { listResize, listType, newList, newListFrom, PyList } from './list';
import { canonHash, CmpOp, PyObject } from './object';
import { frozensetType, newSet, PySet, setHooks, setType } from './set';
import { False, NotImplemented, pyBool, True } from './singletons';
import { PySlice, sliceIndices, sliceType } from './slice';
import { newStr } from './str';
import { newTuple, PyTuple, tupleType } from './tuple';

setHooks.hash = abs.hash;
setHooks.eq = abs.eq;

/** Objects whose repr is being computed (Py_ReprEnter / Py_ReprLeave). */
const reprActive = new Set<PyObject>();

function guardedRepr(o: PyObject, loop: string, body: () => string): string {
  if (reprActive.has(o)) return loop;
  reprActive.add(o);
  try {
    return body();
  } finally {
    reprActive.delete(o);
  }
}

// ---- list ----

listType.tp_repr = (o) =>
  newStr(guardedRepr(o, '[...]', () => `[${(o as PyList).items.map((x) => abs.repr(x)).join(', ')}]`));
listType.tp_iter = (o) => listIter(o as PyList);
listType.sq_contains = (o, v) => (o as PyList).items.some((x) => x === v || abs.eq(x, v));

function sliceOf(items: PyObject[], s: PySlice): PyObject[] {
  const [start, , step, n] = sliceIndices(s, items.length);
  const out: PyObject[] = [];
  for (let i = 0, j = start; i < n; i++, j += step) {
    items[j].ob_refcnt++;
    out.push(items[j]);
  }
  return out;
}

listType.mp_subscript = (o, key) => {
  const items = (o as PyList).items;
  if (key.ob_type === sliceType) {
    const part = sliceOf(items, key as PySlice);
    const l = newList(part.length);
    l.items = part;
    return l;
  }
  const v = items[abs.seqIndex(key, items.length, 'list')];
  v.ob_refcnt++;
  return v;
};

listType.mp_ass_subscript = (o, key, v) => {
  const l = o as PyList;
  if (key.ob_type === sliceType) return listAssSlice(l, key as PySlice, v);
  const n = l.items.length;
  let i = abs.asIndex(key);
  if (!(key instanceof PyInt) && key.ob_type.tp_as_number.nb_index === undefined) {
    throw typeError(`list indices must be integers or slices, not ${key.ob_type.tp_name}`);
  }
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError(`list assignment index out of range`);
  const old = l.items[i];
  if (v === null) {
    l.items.splice(i, 1);
    listResize(l, l.items.length);
  } else {
    v.ob_refcnt++;
    l.items[i] = v;
  }
  R.heap.decref(old);
};

function listAssSlice(l: PyList, s: PySlice, v: PyObject | null): void {
  const [start, stop, step, n] = sliceIndices(s, l.items.length);
  const repl = v === null ? [] : abs.toArray(v);
  if (step === 1) {
    const hi = Math.max(start, stop);
    const removed = l.items.slice(start, hi);
    const newLen = l.items.length - removed.length + repl.length;
    if (repl.length > removed.length) listResize(l, newLen);
    l.items.splice(start, removed.length, ...repl);
    if (repl.length < removed.length) listResize(l, newLen);
    for (const r of removed) R.heap.decref(r);
    return;
  }
  if (v === null) {
    const idx = new Set<number>();
    for (let i = 0, j = start; i < n; i++, j += step) idx.add(j);
    const removed = l.items.filter((_, i) => idx.has(i));
    l.items = l.items.filter((_, i) => !idx.has(i));
    listResize(l, l.items.length);
    for (const r of removed) R.heap.decref(r);
    return;
  }
  if (repl.length !== n) {
    for (const r of repl) R.heap.decref(r);
    throw valueError(`attempt to assign sequence of size ${repl.length} to extended slice of size ${n}`);
  }
  for (let i = 0, j = start; i < n; i++, j += step) {
    const old = l.items[j];
    l.items[j] = repl[i];
    R.heap.decref(old);
  }
}

/** Lexicographic comparison of two item arrays (list_richcompare, tuplerichcompare). */
function seqCompare(a: PyObject[], b: PyObject[], op: CmpOp): PyObject {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) if (!(a[i] === b[i] || abs.eq(a[i], b[i]))) break;
  if (i >= n) {
    const c = a.length - b.length;
    const r = [c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op];
    return pyBool(r);
  }
  if (op === CmpOp.EQ) return pyBool(false);
  if (op === CmpOp.NE) return pyBool(true);
  return abs.richCompare(a[i], b[i], op);
}

listType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyList)) {
    NotImplemented.ob_refcnt++;
    return NotImplemented;
  }
  return seqCompare((a as PyList).items, b.items, op);
};
tupleType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyTuple)) {
    NotImplemented.ob_refcnt++;
    return NotImplemented;
  }
  return seqCompare((a as PyTuple).items, b.items, op);
};

// Concatenation and repetition (sq_concat / sq_repeat).
abs.sequenceHooks.push((a, b, slot) => {
  if (slot === 'nb_add') {
    if (a instanceof PyList && b instanceof PyList) {
      const items = [...a.items, ...b.items];
      for (const x of items) x.ob_refcnt++;
      return newListFrom(items);
    }
    if (a instanceof PyTuple && b instanceof PyTuple) {
      const items = [...a.items, ...b.items];
      for (const x of items) x.ob_refcnt++;
      return newTuple(items);
    }
    if (a instanceof PyList || a instanceof PyTuple) {
      throw typeError(
        `can only concatenate ${a.ob_type.tp_name} (not "${b.ob_type.tp_name}") to ${a.ob_type.tp_name}`,
      );
    }
    return null;
  }
  let seq = a;
  let count = b;
  if (!(seq instanceof PyList || seq instanceof PyTuple)) {
    seq = b;
    count = a;
  }
  if (!(seq instanceof PyList || seq instanceof PyTuple)) return null;
  if (!(count instanceof PyInt)) {
    throw typeError(`can't multiply sequence by non-int of type '${count.ob_type.tp_name}'`);
  }
  const n = Math.max(0, count.toNumber());
  const src = seq.items;
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) for (const x of src) items.push(x);
  for (const x of items) x.ob_refcnt++;
  return seq instanceof PyList ? newListFrom(items) : newTuple(items);
});

// In-place list concatenation extends the list itself.
listType.tp_as_number.nb_inplace = {
  nb_add: (a, b) => {
    const items = abs.toArray(b);
    const l = a as PyList;
    if (items.length > 0) {
      listResize(l, l.items.length + items.length);
      l.items.push(...items);
    }
    a.ob_refcnt++;
    return a;
  },
};

// ---- tuple ----

tupleType.tp_repr = (o) => {
  const items = (o as PyTuple).items;
  if (items.length === 1) return newStr(guardedRepr(o, '(...)', () => `(${abs.repr(items[0])},)`));
  return newStr(guardedRepr(o, '(...)', () => `(${items.map((x) => abs.repr(x)).join(', ')})`));
};
tupleType.tp_iter = (o) => tupleIter(o as PyTuple);
tupleType.sq_contains = (o, v) => (o as PyTuple).items.some((x) => x === v || abs.eq(x, v));
tupleType.mp_subscript = (o, key) => {
  const items = (o as PyTuple).items;
  if (key.ob_type === sliceType) return newTuple(sliceOf(items, key as PySlice));
  const v = items[abs.seqIndex(key, items.length, 'tuple')];
  v.ob_refcnt++;
  return v;
};
/** tuplehash (xxHash-based since 3.8). */
tupleType.tp_hash = (o) => {
  const items = (o as PyTuple).items;
  const P1 = 11400714785074694791n;
  const P2 = 14029467366897019727n;
  const P5 = 2870177450012600261n;
  const M = (1n << 64n) - 1n;
  let acc = P5;
  for (const it of items) {
    const lane = BigInt.asUintN(64, BigInt(abs.hash(it)));
    acc = (acc + lane * P2) & M;
    acc = ((acc << 31n) | (acc >> 33n)) & M;
    acc = (acc * P1) & M;
  }
  acc = (acc + (BigInt(items.length) ^ (P5 ^ 3527539n))) & M;
  if (acc === M) return 1546275796;
  return canonHash(BigInt.asIntN(64, acc));
};

// ---- dict ----

dictType.tp_repr = (o) =>
  newStr(
    guardedRepr(o, '{...}', () => {
      const parts: string[] = [];
      for (const [k, v] of (o as PyDict).entries()) parts.push(`${abs.repr(k)}: ${abs.repr(v)}`);
      return `{${parts.join(', ')}}`;
    }),
  );
dictType.mp_subscript = (o, key) => {
  const v = (o as PyDict).get(key);
  if (v === null) {
    key.ob_refcnt++;
    throw new PyErr(newException(KeyError, [key]));
  }
  v.ob_refcnt++;
  return v;
};
dictType.mp_ass_subscript = (o, key, v) => {
  const d = o as PyDict;
  if (v === null) {
    if (!d.delete(key)) {
      key.ob_refcnt++;
      throw pyErrKey(key);
    }
  } else {
    d.set(key, v);
  }
};
function pyErrKey(key: PyObject): PyErr {
  return new PyErr(newException(KeyError, [key]));
}
dictType.sq_contains = (o, k) => (o as PyDict).get(k) !== null;
dictType.tp_iter = (o) => dictKeyIter(o as PyDict);
dictType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyDict) || (op !== CmpOp.EQ && op !== CmpOp.NE)) {
    NotImplemented.ob_refcnt++;
    return NotImplemented;
  }
  const da = a as PyDict;
  let same = da.used === b.used;
  if (same) {
    for (const [k, v] of da.entries()) {
      const w = b.get(k);
      if (w === null || !(w === v || abs.eq(v, w))) {
        same = false;
        break;
      }
    }
  }
  return pyBool(op === CmpOp.EQ ? same : !same);
};

/** Iterate a dict's keys (or values / items) in insertion order, checking for size changes. */
export function dictKeyIter(d: PyDict, what: 'keys' | 'values' | 'items' = 'keys'): PySeqIter {
  const size = d.used;
  const name = `dict_${what.slice(0, -1)}iterator`;
  void name;
  return newSeqIter(genericIterType, d, (it) => {
    const dd = it.seq as PyDict;
    if (dd.used !== size) {
      it.index = Infinity;
      throw runtimeError('dictionary changed size during iteration');
    }
    while (it.index < dd.keys.length && dd.keys[it.index] === null) it.index++;
    if (it.index >= dd.keys.length) return null;
    const k = dd.keys[it.index]!;
    const v = dd.values[it.index]!;
    it.index++;
    if (what === 'keys') {
      k.ob_refcnt++;
      return k;
    }
    if (what === 'values') {
      v.ob_refcnt++;
      return v;
    }
    k.ob_refcnt++;
    v.ob_refcnt++;
    return newTuple([k, v]);
  });
}

// ---- set / frozenset ----

for (const t of [setType, frozensetType]) {
  t.tp_repr = (o) => {
    const s = o as PySet;
    const name = o.ob_type.tp_name;
    if (s.used === 0) return newStr(`${name}()`);
    return newStr(
      guardedRepr(o, `${name}(...)`, () => {
        const body = `{${[...s.items()].map((x) => abs.repr(x)).join(', ')}}`;
        return o.ob_type === setType ? body : `${name}(${body})`;
      }),
    );
  };
  t.sq_contains = (o, v) => (o as PySet).find(v, abs.hash(v)) >= 0;
  t.tp_iter = (o) =>
    newSeqIter(genericIterType, o, (it) => {
      const s = it.seq as PySet;
      const keys = s.keys;
      while (it.index < keys.length) {
        const k = keys[it.index++];
        if (k !== null && s.hashes[it.index - 1] !== -1) {
          k.ob_refcnt++;
          return k;
        }
      }
      return null;
    });
}

export { newDict, newSet, newInt, True, False };

listType.tp_hash = hashNotImplemented;
dictType.tp_hash = hashNotImplemented;
setType.tp_hash = hashNotImplemented;
