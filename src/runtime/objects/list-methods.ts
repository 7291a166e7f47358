// list and tuple methods (Objects/listobject.c, tupleobject.c): append, extend, insert,
// pop, remove, index, count, reverse, sort, copy, clear; tuple index and count; and the
// list() and tuple() constructors with their presizing.
import { R } from '../state';
import { preHeaderSize } from './instance-layout';
import * as abs from './abstract';
import { indexError, TypeError, typeError, valueError } from './exceptions';
import { clearError, errorMatches } from './error-match';
import { clinicInt, clinicSsize } from '../builtin-conventions';
import { parserInit } from './builtin-call';
import { vectorcall } from '../vm/calls';
import { defMethod, NativeMethod } from './function';
import { newIntSsize, PyInt } from './int';
import { listAppend, listExtend, listObjBytes, listPreallocateExact, listResize, listType, newList, PyList } from './list';
import { PyObject, PyType } from './object';
import { None } from './singletons';
import { newTuple, newTupleSubtype, tupleType, PyTuple } from './tuple';
import { listSort } from './sort';
import { sortHooks } from './sort-merge';
import { keyCompare } from './sort-compare';
import { sequenceTuple } from './sequence';
import { badKeyword, between, exactly, noKw } from './args';

sortHooks.keyCompare = keyCompare;
// PyObject_CallOneArg: a key type without a vectorcall (str up to 3.12) gets its argument in a tuple.
sortHooks.call = (f, x) => vectorcall(f, [x], null);
sortHooks.decref = abs.decref;

const none = (): PyObject => abs.incref(None);

/** _PyEval_SliceIndexNotNone, then clamped to [0, n] as list.index and tuple.index do. */
function sliceBound(o: PyObject | undefined, n: number, dflt: number): number {
  if (o === undefined) return dflt;
  if (!(o instanceof PyInt) && o.ob_type.tp_as_number.nb_index === undefined) {
    throw typeError('slice indices must be integers or have an __index__ method');
  }
  let i = abs.asIndex(o);
  if (i < 0) i = Math.max(0, i + n);
  return i;
}

/** PyObject_RichCompareBool(item, value, Py_EQ) with the item held across the call, as list methods do. */
function itemEq(item: PyObject, v: PyObject): boolean {
  if (item === v) return true;
  R.heap.incref(item);
  try {
    return abs.eq(item, v);
  } finally {
    abs.decref(item);
  }
}

const list = (o: PyObject): PyList => o as PyList;

/** _list_clear: the items array is detached, its items released from the last, then freed. */
export function listClear(l: PyList): void {
  if (l.itemsBlock === 0 && l.items.length === 0) return;
  const items = l.items;
  const block = l.itemsBlock;
  const bytes = 8 * l.allocated;
  l.items = [];
  l.itemsBlock = 0;
  l.allocated = 0;
  for (let i = items.length - 1; i >= 0; i--) R.heap.decref(items[i]);
  if (block !== 0) R.heap.free(block, bytes, 'list items');
}

/** A new list holding the items (new references), sized exactly (list_new_prealloc). */
export function listCopyOf(items: PyObject[]): PyList {
  const l = newList(items.length);
  for (const x of items) R.heap.incref(x);
  l.items = items.slice();
  return l;
}

/** Delete items [lo, hi) (list_ass_slice with NULL): resize first, release the removed after; deleting them all clears the list. */
export function listDeleteRange(l: PyList, lo: number, hi: number): void {
  if (hi <= lo) return;
  if (hi - lo === l.items.length) return listClear(l);
  const removed = l.items.splice(lo, hi - lo);
  listResize(l, l.items.length);
  for (let i = removed.length - 1; i >= 0; i--) R.heap.decref(removed[i]);
}

const methods: Record<string, NativeMethod> = {
  append(o, a, kw) {
    noKw('list.append', kw);
    exactly('list.append', a, 1);
    listAppend(list(o), a[0]);
    return none();
  },
  extend(o, a, kw) {
    noKw('list.extend', kw);
    exactly('list.extend', a, 1);
    listExtend(list(o), a[0]);
    return none();
  },
  insert(o, a, kw) {
    noKw('list.insert', kw);
    between('insert', a, 2, 2);
    const l = list(o);
    let i = clinicSsize(a[0]);
    const n = l.items.length;
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    listResize(l, n + 1);
    R.heap.incref(a[1]);
    l.items.splice(i, 0, a[1]);
    return none();
  },
  pop(o, a, kw) {
    noKw('list.pop', kw);
    between('pop', a, 0, 1);
    const l = list(o);
    let i = a.length > 0 ? clinicSsize(a[0]) : -1;
    const n = l.items.length;
    if (n === 0) throw indexError('pop from empty list');
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw indexError('pop index out of range');
    const [v] = l.items.splice(i, 1);
    listResize(l, n - 1);
    return v;
  },
  remove(o, a, kw) {
    noKw('list.remove', kw);
    exactly('list.remove', a, 1);
    const l = list(o);
    for (let i = 0; i < l.items.length; i++) {
      if (itemEq(l.items[i], a[0])) {
        listDeleteRange(l, i, i + 1);
        return none();
      }
    }
    throw valueError('list.remove(x): x not in list');
  },
  index(o, a, kw) {
    noKw('list.index', kw);
    between('index', a, 1, 3);
    const l = list(o);
    const start = sliceBound(a[1], l.items.length, 0);
    const stop = sliceBound(a[2], l.items.length, Number.MAX_SAFE_INTEGER);
    for (let i = start; i < stop && i < l.items.length; i++) if (itemEq(l.items[i], a[0])) return newIntSsize(i);
    throw valueError(`${abs.repr(a[0])} is not in list`);
  },
  count(o, a, kw) {
    noKw('list.count', kw);
    exactly('list.count', a, 1);
    const l = list(o);
    let c = 0;
    for (let i = 0; i < l.items.length; i++) if (itemEq(l.items[i], a[0])) c++;
    return newIntSsize(c);
  },
  reverse(o, a, kw) {
    noKw('list.reverse', kw);
    exactly('list.reverse', a, 0);
    list(o).items.reverse();
    return none();
  },
  sort(o, a, kw) {
    const nkw = kw?.length ?? 0;
    if (a.length > 0) parserInit('list.sort', ['key', 'reverse']);
    // _PyArg_UnpackKeywords(sort(*, key=None, reverse=False)): the count first.
    if (a.length > 2) throw typeError(`sort() takes at most 2 ${a.length === nkw ? 'keyword ' : ''}arguments (${a.length} given)`);
    if (a.length - nkw > 0) throw typeError('sort() takes no positional arguments');
    let key: PyObject = None;
    let reverse: PyObject | null = null;
    for (let i = 0; i < nkw; i++) {
      const name = kw![i].value;
      const v = a[a.length - nkw + i];
      if (name === 'key') key = v;
      else if (name === 'reverse') reverse = v;
      else throw badKeyword(name, 'sort');
    }
    // reverse: up to 3.11 Argument Clinic's bool(accept={int}), a C int (_PyLong_AsInt); from
    // 3.12 its bool converter, any object's truth (PyObject_IsTrue).
    let rev = false;
    if (reverse !== null) rev = R.minor >= 12 ? abs.isTrue(reverse) : clinicInt(reverse) !== 0;
    listSort(list(o), key === None ? null : key, rev);
    return none();
  },
  copy(o, a, kw) {
    noKw('list.copy', kw);
    exactly('list.copy', a, 0);
    return listCopyOf(list(o).items);
  },
  clear(o, a, kw) {
    noKw('list.clear', kw);
    exactly('list.clear', a, 0);
    listClear(list(o));
    return none();
  },
};
for (const [name, fn] of Object.entries(methods)) defMethod(listType, name, fn);

defMethod(tupleType, 'index', (o, a, kw) => {
  noKw('tuple.index', kw);
  between('index', a, 1, 3);
  const items = (o as PyTuple).items;
  const start = sliceBound(a[1], items.length, 0);
  const stop = Math.min(sliceBound(a[2], items.length, items.length), items.length);
  for (let i = start; i < stop; i++) if (itemEq(items[i], a[0])) return newIntSsize(i);
  throw valueError('tuple.index(x): x not in tuple');
});
defMethod(tupleType, 'count', (o, a, kw) => {
  noKw('tuple.count', kw);
  exactly('tuple.count', a, 1);
  let c = 0;
  for (const x of (o as PyTuple).items) if (itemEq(x, a[0])) c++;
  return newIntSsize(c);
});

// ---- constructors ----

/** list.__new__: an empty list of the type; list.__init__ fills it. */
listType.tp_new = (t: PyType) => {
  if (t === listType) return newList(0, false);
  R.heap.incref(t);
  return R.heap.newObject(new PyList(t), listObjBytes(t), preHeaderSize(t));
};

/**
 * list___init__: clear, then (3.8 and 3.9) presize exactly when the iterable has a length,
 * then extend; from 3.10 list_extend presizes, so len() is asked once, not twice.
 */
listType.tp_init = (self, args, kwnames) => {
  if (self.ob_type === listType) noKw('list', kwnames);
  between('list', args, 0, 1);
  const l = self as PyList;
  listClear(l);
  if (args.length === 0) return;
  const it = args[0];
  if (R.minor <= 9 && it.ob_type.mp_length !== undefined) {
    let n = -1;
    try {
      n = abs.length(it);
    } catch (e) {
      // A TypeError from the length is dropped: list_extend finds out what the iterable is.
      if (!errorMatches(e, TypeError)) throw e;
      clearError(e);
    }
    if (n > 0 && l.itemsBlock === 0) listPreallocateExact(l, n);
  }
  listExtend(l, it);
};

/**
 * tuple(iterable) (tuple_new_impl): PySequence_Tuple; a subclass's instance copies the items
 * of that tuple (tuple_subtype_new).
 */
tupleType.tp_new = (t: PyType, args, kwnames) => {
  if (t === tupleType) noKw('tuple', kwnames);
  between('tuple', args, 0, 1);
  if (t === tupleType) return args.length === 0 ? newTuple([]) : sequenceTuple(args[0]);
  const tmp = args.length === 0 ? newTuple([]) : sequenceTuple(args[0]);
  try {
    return newTupleSubtype(t, tmp.items.map((x) => abs.incref(x)));
  } finally {
    abs.decref(tmp);
  }
};
