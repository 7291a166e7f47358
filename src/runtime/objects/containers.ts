// The sequence protocol of list and tuple (Objects/listobject.c, tupleobject.c): repr
// with the recursion guard of Py_ReprEnter, items and slices (and their assignment and
// deletion), membership, comparison, concatenation and repetition, and iteration.
import { R } from '../state';
import * as abs from './abstract';
import { hashNotImplemented, IndexError, indexError, MemoryError, pyError, typeError, TypeError, valueError } from './exceptions';
import { PyInt } from './int';
import { listIter, tupleIter } from './iterators';
import { extendHooks, listAppend, listExtend, listResize, listType, newList, newListFrom, PyList } from './list';
import { listClear, listDeleteRange } from './list-methods';
import { newDict } from './dict';
import { canonHash, CmpOp, PyObject, staticRefcnt } from './object';
import { NotImplemented, pyBool } from './singletons';
import { PySlice, sliceIndices, sliceType } from './slice';
import { internStr, newStr, PyStr, strSizeof, strType } from './str';
import type { Heap } from '../heap';
import type { PyErr } from '../errors';
import { newTuple, PyTuple, tupleType } from './tuple';
import { isStopIteration } from './abstract';
import { sequenceList } from './sequence';
import { identifierUsed } from './identifiers';
import { clearError, errorMatches } from './error-match';
import { repeatSizeOverflows } from './int-limits';

extendHooks.iter = abs.getIter;
extendHooks.next = abs.iterNext;

/** Objects whose repr is being computed (Py_ReprEnter / Py_ReprLeave). */
const reprActive = new Set<PyObject>();

/** The thread state's "Py_Repr" list of this run (held by the thread's dict, never freed). */
let reprList: { run: Set<string>; list: PyList } | null = null;

/**
 * Py_ReprEnter (Objects/object.c): on first use PyThreadState_GetDict makes the thread's
 * dict, the name "Py_Repr" is made (interned by _Py_IDENTIFIER up to 3.10, static from 3.11)
 * and a new list is stored under it (the dict's keys object then); each repr appends the
 * object to the list, and Py_ReprLeave takes it out again (PyList_SetSlice: the items array
 * goes when the list empties).
 */
function reprEnter(o: PyObject): PyList {
  identifierUsed('object.c:Py_Repr');
  if (reprList === null || reprList.run !== R.done) {
    const tstateDict = newDict();
    const name = internStr('Py_Repr');
    const list = newList(0);
    tstateDict.set(name, list);
    abs.decref(name);
    abs.decref(list);
    reprList = { run: R.done, list };
  }
  listAppend(reprList.list, o);
  return reprList.list;
}

function reprLeave(list: PyList, o: PyObject): void {
  for (let i = list.items.length - 1; i >= 0; i--) {
    if (list.items[i] === o) {
      listDeleteRange(list, i, i + 1);
      return;
    }
  }
}

export function guardedRepr(o: PyObject, loop: string, body: () => string): string {
  if (reprActive.has(o)) return loop;
  const list = reprEnter(o);
  reprActive.add(o);
  try {
    return body();
  } finally {
    reprActive.delete(o);
    reprLeave(list, o);
  }
}

/** Live-length item loop: `items()` is re-read each step because __eq__ may mutate the list. */
function containsLive(items: () => PyObject[], v: PyObject): boolean {
  for (let i = 0; i < items().length; i++) {
    const x = items()[i];
    if (x === v) return true;
    R.heap.incref(x);
    try {
      if (abs.eq(x, v)) return true;
    } finally {
      abs.decref(x);
    }
  }
  return false;
}

/**
 * PySequence_Fast: an exact list or tuple as it is (new reference), else a new list of
 * the iterable's items; a non-iterable raises TypeError with `message`.
 */
export function sequenceFast(v: PyObject, message: string): PyList | PyTuple {
  if (v.ob_type === listType || v.ob_type === tupleType) return abs.incref(v as PyList | PyTuple);
  let it: PyObject;
  try {
    it = abs.getIter(v);
  } catch (e) {
    // PySequence_Fast: PyErr_SetString over a TypeError, which is dropped unmade (up to 3.11).
    if (errorMatches(e, TypeError)) {
      clearError(e);
      throw typeError(message);
    }
    throw e;
  }
  try {
    return sequenceList(it);
  } finally {
    abs.decref(it);
  }
}

// ---- list ----

// list_repr: an empty list is "[]" before Py_ReprEnter (its thread-state list is not made).
listType.tp_repr = (o) =>
  newStr(
    (o as PyList).items.length === 0 ? '[]' : guardedRepr(o, '[...]', () => {
      const l = o as PyList;
      const parts: string[] = [];
      for (let i = 0; i < l.items.length; i++) parts.push(abs.repr(l.items[i]));
      return `[${parts.join(', ')}]`;
    }),
  );
listType.tp_iter = (o) => listIter(o as PyList);
listType.sq_contains = (o, v) => containsLive(() => (o as PyList).items, v);

function sliceOf(items: PyObject[], s: PySlice): PyObject[] {
  const [start, , step, n] = sliceIndices(s, items.length);
  const out: PyObject[] = [];
  for (let i = 0, j = start; i < n; i++, j += step) {
    R.heap.incref(items[j]);
    out.push(items[j]);
  }
  return out;
}

function checkIndex(key: PyObject, what: string): void {
  if (!(key instanceof PyInt) && key.ob_type.tp_as_number.nb_index === undefined) {
    throw typeError(`${what} indices must be integers or slices, not ${key.ob_type.tp_name}`);
  }
}

/**
 * list_item's error message (Objects/listobject.c): one str every IndexError of a list index
 * holds. 3.8-3.10 keep it in a static (indexerr) once made, which start-up has already done
 * (a script's first such error allocates no str); 3.11 and later have it as a static string
 * (_Py_STR(list_err)).
 */
let listErr: { heap: Heap; s: PyStr } | null = null;
function listIndexError(): PyErr {
  if (listErr === null || listErr.heap !== R.heap) {
    const s = new PyStr(strType, 'list index out of range');
    s.ob_refcnt = staticRefcnt();
    R.heap.newStatic(s, strSizeof(s));
    listErr = { heap: R.heap, s };
  }
  R.heap.incref(listErr.s);
  return pyError(IndexError, listErr.s);
}

listType.mp_subscript = (o, key) => {
  const items = (o as PyList).items;
  if (key.ob_type === sliceType) return newListFrom(sliceOf(items, key as PySlice));
  const v = items[abs.seqIndex(key, items.length, 'list', listIndexError)];
  R.heap.incref(v);
  return v;
};

listType.mp_ass_subscript = (o, key, v) => {
  const l = o as PyList;
  if (key.ob_type === sliceType) {
    const [start, stop, step, n] = sliceIndices(key as PySlice, l.items.length);
    if (step === 1) return listAssSlice(l, start, Math.max(start, stop), v);
    if (v === null) return listDelExtended(l, start, step, n);
    return listAssExtended(l, start, step, n, v);
  }
  checkIndex(key, 'list');
  let i = abs.numberAsSsize(key, IndexError);
  const n = l.items.length;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError('list assignment index out of range');
  if (v === null) {
    // list_ass_item: up to 3.12 a deletion is list_ass_slice's (an emptied list is cleared);
    // 3.13 moves the later items down and keeps the items array as it is.
    if (R.minor <= 12) return listDeleteRange(l, i, i + 1);
    const [old] = l.items.splice(i, 1);
    R.heap.decref(old);
    return;
  }
  const old = l.items[i];
  R.heap.incref(v);
  l.items[i] = v;
  R.heap.decref(old);
};

/**
 * list_ass_slice: replace items [lo, hi) with the items of v (deletion when null). The
 * removed items wait in a recycle buffer (a PyMem block past 8 of them) and are released
 * last-first after the resize; an empty result clears the list.
 */
function listAssSlice(l: PyList, lo: number, hi: number, v: PyObject | null): void {
  let src: PyList | PyTuple | null = null;
  if (v !== null) {
    // 3.13 checks the value before telling simple slices from extended ones.
    const msg = R.minor >= 13 ? 'must assign iterable to extended slice' : 'can only assign an iterable';
    src = v === l ? newListFrom(l.items.map((x) => abs.incref(x))) : sequenceFast(v, msg);
  }
  try {
    const repl = src === null ? [] : src.items.slice();
    const norig = hi - lo;
    if (l.items.length - norig + repl.length === 0) return listClear(l);
    const recycleBytes = norig > 8 ? 8 * norig : 0;
    const recycle = recycleBytes > 0 ? R.heap.malloc(recycleBytes, 'list recycle') : 0;
    const removed = l.items.slice(lo, hi);
    const d = repl.length - norig;
    if (d < 0) {
      l.items.splice(lo, norig, ...repl);
      listResize(l, l.items.length);
    } else {
      if (d > 0) listResize(l, l.items.length + d);
      l.items.splice(lo, norig, ...repl);
    }
    for (const x of repl) R.heap.incref(x);
    for (let k = removed.length - 1; k >= 0; k--) R.heap.decref(removed[k]);
    if (recycle !== 0) R.heap.free(recycle, recycleBytes, 'list recycle');
  } finally {
    if (src !== null) abs.decref(src);
  }
}

/** del l[a:b:step]: the removed items go to a garbage block and are released in index order. */
function listDelExtended(l: PyList, start: number, step: number, n: number): void {
  if (n <= 0) return;
  if (step < 0) {
    start = start + step * (n - 1);
    step = -step;
  }
  const garbage = R.heap.malloc(8 * n, 'list garbage');
  const idx = new Set<number>();
  for (let i = 0, j = start; i < n; i++, j += step) idx.add(j);
  const removed = l.items.filter((_, i) => idx.has(i));
  l.items = l.items.filter((_, i) => !idx.has(i));
  listResize(l, l.items.length);
  for (const r of removed) R.heap.decref(r);
  R.heap.free(garbage, 8 * n, 'list garbage');
}

/** l[a:b:step] = v: exactly as many items; the replaced ones are released after the stores. */
function listAssExtended(l: PyList, start: number, step: number, n: number, v: PyObject): void {
  const seq = v === l ? newListFrom(l.items.map((x) => abs.incref(x))) : sequenceFast(v, 'must assign iterable to extended slice');
  try {
    if (seq.items.length !== n) {
      throw valueError(`attempt to assign sequence of size ${seq.items.length} to extended slice of size ${n}`);
    }
    if (n === 0) return;
    const garbage = R.heap.malloc(8 * n, 'list garbage');
    const old: PyObject[] = [];
    for (let i = 0, j = start; i < n; i++, j += step) {
      old.push(l.items[j]);
      R.heap.incref(seq.items[i]);
      l.items[j] = seq.items[i];
    }
    for (const x of old) R.heap.decref(x);
    R.heap.free(garbage, 8 * n, 'list garbage');
  } finally {
    abs.decref(seq);
  }
}

/** Lexicographic comparison of two item arrays (list_richcompare, tuplerichcompare). */
function seqCompare(a: PyObject[], b: PyObject[], op: CmpOp): PyObject {
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    R.heap.incref(x);
    R.heap.incref(y);
    let same: boolean;
    try {
      same = abs.eq(x, y);
    } finally {
      abs.decref(x);
      abs.decref(y);
    }
    if (!same) break;
  }
  if (i >= a.length || i >= b.length) {
    const c = a.length - b.length;
    return pyBool([c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op]);
  }
  if (op === CmpOp.EQ) return pyBool(false);
  if (op === CmpOp.NE) return pyBool(true);
  return abs.richCompare(a[i], b[i], op);
}

listType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyList)) return abs.incref(NotImplemented);
  const x = (a as PyList).items;
  // Lists of different lengths cannot be equal: no item is compared.
  if (x.length !== b.items.length && (op === CmpOp.EQ || op === CmpOp.NE)) return pyBool(op === CmpOp.NE);
  return seqCompare(x, b.items, op);
};
tupleType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyTuple)) return abs.incref(NotImplemented);
  return seqCompare((a as PyTuple).items, b.items, op);
};

/** list_repeat and tuple_repeat: the items n times over (a tuple once or empty is itself). */
function repeatItems(seq: PyList | PyTuple, count: number): PyObject {
  const n = Math.max(0, count);
  const src = seq.items;
  // tuple_repeat returns an exact tuple itself before it sizes anything.
  if (seq instanceof PyTuple && (src.length === 0 || n === 1) && seq.ob_type === tupleType) return abs.incref(seq);
  // list_repeat/tuple_repeat: a size past Py_ssize_t, or pointers past it in bytes (PyMem_New,
  // PyTuple_New), is PyErr_NoMemory; short of that, the heap budget decides.
  if (repeatSizeOverflows(src.length, n, 8)) throw pyError(MemoryError);
  R.heap.checkBudget(8 * n * src.length);
  const items: PyObject[] = [];
  if (src.length > 0) for (let i = 0; i < n; i++) for (const x of src) items.push(x);
  for (const x of items) R.heap.incref(x);
  return seq instanceof PyList ? newListFrom(items) : newTuple(items);
}

// list_concat and list_repeat (list's sq_concat, sq_repeat).
abs.defSequenceSlots(listType, {
  concat(a, b) {
    if (!(b instanceof PyList)) throw typeError(`can only concatenate list (not "${b.ob_type.tp_name}") to list`);
    const items = [...(a as PyList).items, ...b.items];
    for (const x of items) R.heap.incref(x);
    return newListFrom(items);
  },
  repeat: (a, n) => repeatItems(a as PyList, n),
});

// tuple_concat and tuple_repeat (tuple's sq_concat, sq_repeat).
abs.defSequenceSlots(tupleType, {
  concat(a, b) {
    const x = a as PyTuple;
    if (!(b instanceof PyTuple)) throw typeError(`can only concatenate tuple (not "${b.ob_type.tp_name}") to tuple`);
    if (x.items.length === 0 && b.ob_type === tupleType) return abs.incref(b);
    if (b.items.length === 0 && x.ob_type === tupleType) return abs.incref(x);
    const items = [...x.items, ...b.items];
    for (const o of items) R.heap.incref(o);
    return newTuple(items);
  },
  repeat: (a, n) => repeatItems(a as PyTuple, n),
});

// In-place list concatenation and repetition work on the list itself.
listType.tp_as_number.nb_inplace = {
  nb_add: (a, b) => {
    listExtend(a as PyList, b);
    return abs.incref(a);
  },
  nb_multiply: (a, b) => {
    const l = a as PyList;
    // list_inplace_repeat (sq_inplace_repeat).
    const n = abs.repeatCount(b);
    const size = l.items.length;
    if (size === 0 || n === 1) return abs.incref(a);
    if (n < 1) {
      listClear(l);
      return abs.incref(a);
    }
    if (repeatSizeOverflows(size, n, 8)) throw pyError(MemoryError);
    R.heap.checkBudget(8 * size * n);
    listResize(l, size * n);
    const src = l.items.slice();
    for (let i = 1; i < n; i++) {
      for (const x of src) {
        R.heap.incref(x);
        l.items.push(x);
      }
    }
    return abs.incref(a);
  },
};

// ---- tuple ----

tupleType.tp_repr = (o) => {
  const items = (o as PyTuple).items;
  if (items.length === 0) return newStr('()');
  if (items.length === 1) return newStr(guardedRepr(o, '(...)', () => `(${abs.repr(items[0])},)`));
  return newStr(guardedRepr(o, '(...)', () => `(${items.map((x) => abs.repr(x)).join(', ')})`));
};
tupleType.tp_iter = (o) => tupleIter(o as PyTuple);
tupleType.sq_contains = (o, v) => containsLive(() => (o as PyTuple).items, v);
tupleType.mp_subscript = (o, key) => {
  const items = (o as PyTuple).items;
  if (key.ob_type === sliceType) {
    const [start, , step, n] = sliceIndices(key as PySlice, items.length);
    if (start === 0 && step === 1 && n === items.length && o.ob_type === tupleType) return abs.incref(o);
    return newTuple(sliceOf(items, key as PySlice));
  }
  const v = items[abs.seqIndex(key, items.length, 'tuple')];
  R.heap.incref(v);
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

listType.tp_hash = hashNotImplemented;

export { isStopIteration };
export { dictKeyIter } from './dictviews';
