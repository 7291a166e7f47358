// dict's mapping protocol, its iterators and its views (Objects/dictobject.c): repr,
// subscript (with __missing__), membership, equality, the key/value/item iterators (and
// reversed ones) with their size-change checks and the reused item tuple, and the
// dict_keys/dict_values/dict_items views with the set operations of keys and items.
import { pendingErr, PyErr } from '../errors';
import { topHandled } from '../vm/vmstate';
import { R } from '../state';
import * as abs from './abstract';
import { guardedRepr } from './containers';
import { dictType, PyDict } from './dict';
import { hashNotImplemented, KeyError, runtimeError } from './exceptions';
import { defMethod } from './function';
import { lengthHintOf } from './iterators';
import { extendHooks } from './list';
import { CmpOp, PyObject, PyType } from './object';
import { None, NotImplemented, pyBool } from './singletons';
import { newStr } from './str';
import { newTuple, PyTuple } from './tuple';
import { readyType } from './typeobject';
import { exactly, noKw } from './args';
import { keyErrorHook } from './heaptype';

export type DictPart = 'keys' | 'values' | 'items';

// ---- the mapping protocol ----

dictType.tp_repr = (o) =>
  newStr(
    guardedRepr(o, '{...}', () => {
      const d = o as PyDict;
      if (d.used === 0) return '{}';
      const parts: string[] = [];
      for (let i = 0; i < d.keys.length; i++) {
        const k = d.keys[i];
        if (k === null) continue;
        const v = d.values[i]!;
        R.heap.incref(k);
        R.heap.incref(v);
        try {
          parts.push(`${abs.repr(k)}: ${abs.repr(v)}`);
        } finally {
          abs.decref(k);
          abs.decref(v);
        }
      }
      return `{${parts.join(', ')}}`;
    }),
  );

/**
 * _PyErr_SetKeyError: up to 3.11 the key packed in a 1-tuple as the error's value, the KeyError
 * made (with that tuple for its args) where something normalizes it, at once while an
 * exception is handled (_PyErr_SetObject chains it); from 3.12 the KeyError at once.
 */
export function keyError(key: PyObject): PyErr {
  R.heap.incref(key);
  const e = pendingErr(KeyError, newTuple([key]));
  if (R.minor >= 12 || topHandled() !== null) void e.exc;
  return e;
}

keyErrorHook.make = keyError;

dictType.mp_subscript = (o, key) => {
  const v = (o as PyDict).get(key);
  if (v !== null) return abs.incref(v);
  // A subclass may supply the missing value (dict_subscript's __missing__ hook).
  if (o.ob_type !== dictType) {
    const r = abs.callSpecial(o, '__missing__', [key]);
    if (r !== null) return r;
  }
  throw keyError(key);
};
dictType.mp_ass_subscript = (o, key, v) => {
  const d = o as PyDict;
  if (v !== null) return d.set(key, v);
  if (!d.delete(key)) throw keyError(key);
};
dictType.tp_hash = hashNotImplemented;
dictType.sq_contains = (o, k) => (o as PyDict).get(k) !== null;
dictType.tp_iter = (o) => newDictIter(o as PyDict, 'keys', false);

/** dict_equal: same size, and every key of a maps to an equal value in b. */
function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.used !== b.used) return false;
  for (let i = 0; i < a.keys.length; i++) {
    const k = a.keys[i];
    if (k === null) continue;
    const av = a.values[i]!;
    R.heap.incref(k);
    R.heap.incref(av);
    try {
      const bv = b.get(k);
      if (bv === null) return false;
      R.heap.incref(bv);
      try {
        if (!abs.eq(av, bv)) return false;
      } finally {
        abs.decref(bv);
      }
    } finally {
      abs.decref(k);
      abs.decref(av);
    }
  }
  return true;
}

dictType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyDict) || (op !== CmpOp.EQ && op !== CmpOp.NE)) return abs.incref(NotImplemented);
  const same = dictEqual(a as PyDict, b);
  return pyBool(op === CmpOp.EQ ? same : !same);
};

// ---- iterators ----

/** dictiterobject: position, the size it started with, items left, and the reusable item tuple. */
export class PyDictIter extends PyObject {
  used: number;
  pos: number;
  len: number;
  result: PyTuple | null = null;
  constructor(
    type: PyType,
    public di_dict: PyDict | null,
    readonly part: DictPart,
    readonly reversed: boolean,
  ) {
    super(type);
    this.used = di_dict!.used;
    this.len = di_dict!.used;
    this.pos = reversed ? di_dict!.nentries - 1 : 0;
  }
}

const ITER_BYTES = 72; // dictiterobject (56) + PyGC_Head

function iterType(name: string): PyType {
  const t = readyType(new PyType(null, name), undefined, { gc: true, basetype: false });
  t.tp_iter = (o) => abs.incref(o);
  t.tp_iternext = (o) => dictIterNext(o as PyDictIter);
  t.tp_sizeof = () => ITER_BYTES - 16;
  t.tp_dealloc = (o) => {
    const it = o as PyDictIter;
    if (it.di_dict !== null) R.heap.decref(it.di_dict);
    if (it.result !== null) R.heap.decref(it.result);
    R.heap.freeObject(o, ITER_BYTES);
  };
  t.tp_traverse = (o, visit) => {
    const it = o as PyDictIter;
    if (it.di_dict !== null) visit(it.di_dict);
    if (it.result !== null) visit(it.result);
  };
  lengthHintOf.set(t, (o) => {
    const it = o as PyDictIter;
    return it.di_dict !== null && it.used === it.di_dict.used ? it.len : 0;
  });
  return t;
}

const iterTypes = {
  keys: [iterType('dict_keyiterator'), iterType('dict_reversekeyiterator')],
  values: [iterType('dict_valueiterator'), iterType('dict_reversevalueiterator')],
  items: [iterType('dict_itemiterator'), iterType('dict_reverseitemiterator')],
};

/** dictiter_new: item iterators allocate their (None, None) result tuple up front. */
export function newDictIter(d: PyDict, part: DictPart, reversed: boolean): PyDictIter {
  const it = R.heap.newObject(new PyDictIter(iterTypes[part][reversed ? 1 : 0], d, part, reversed), ITER_BYTES, 16);
  R.heap.incref(d);
  if (part === 'items') it.result = newTuple([abs.incref(None), abs.incref(None)]);
  return it;
}

/** Kept for callers of the old helper: iterate a dict's keys, values or items. */
export function dictKeyIter(d: PyDict, what: DictPart = 'keys'): PyDictIter {
  return newDictIter(d, what, false);
}

function dictIterNext(it: PyDictIter): PyObject | null {
  const d = it.di_dict;
  if (d === null) return null;
  if (it.used !== d.used) {
    it.used = -1; // sticky
    throw runtimeError('dictionary changed size during iteration');
  }
  let i = it.pos;
  const n = d.keys.length;
  if (it.reversed) {
    while (i >= 0 && (i >= n || d.keys[i] === null)) i--;
    if (i < 0) return finish(it);
  } else {
    while (i < n && d.keys[i] === null) i++;
    if (i >= n) return finish(it);
  }
  if (it.len === 0) {
    finish(it);
    throw runtimeError('dictionary keys changed during iteration');
  }
  it.pos = it.reversed ? i - 1 : i + 1;
  it.len--;
  const k = d.keys[i]!;
  const v = d.values[i]!;
  if (it.part === 'keys') return abs.incref(k);
  if (it.part === 'values') return abs.incref(v);
  const r = it.result!;
  if (r.h.ob_refcnt === 1) {
    // Nobody else holds the last tuple: refill it instead of allocating one.
    const [ok, ov] = r.items;
    r.items[0] = abs.incref(k);
    r.items[1] = abs.incref(v);
    R.heap.incref(r);
    abs.decref(ok);
    abs.decref(ov);
    return r;
  }
  return newTuple([abs.incref(k), abs.incref(v)]);
}

function finish(it: PyDictIter): null {
  const d = it.di_dict!;
  it.di_dict = null;
  R.heap.decref(d);
  return null;
}

defMethod(dictType, '__reversed__', (o, a, kw) => {
  noKw('dict.__reversed__', kw);
  exactly('dict.__reversed__', a, 0);
  return newDictIter(o as PyDict, 'keys', true);
});

// ---- views ----

/** dict_keys / dict_values / dict_items: a view on a dict (a small GC object). */
export class PyDictView extends PyObject {
  constructor(
    type: PyType,
    readonly target: PyDict,
    readonly what: DictPart,
  ) {
    super(type);
  }
}
const VIEW_BYTES = 40;

/** Is x in the view? Keys by lookup, items by key lookup then value equality. */
function viewContains(v: PyDictView, x: PyObject): boolean {
  const d = v.target;
  if (v.what === 'keys') return d.get(x) !== null;
  if (v.what === 'values') return false;
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const found = d.get(x.items[0]);
  if (found === null) return false;
  R.heap.incref(found);
  try {
    return abs.richCompareBool(found, x.items[1], CmpOp.EQ);
  } finally {
    abs.decref(found);
  }
}

function viewType(name: string, what: DictPart): PyType {
  const t = readyType(new PyType(null, name), undefined, { gc: true, basetype: false });
  t.tp_iter = (o) => newDictIter((o as PyDictView).target, what, false);
  t.mp_length = (o) => (o as PyDictView).target.used;
  t.tp_sizeof = () => VIEW_BYTES - 16;
  t.tp_dealloc = (o) => {
    R.heap.decref((o as PyDictView).target);
    R.heap.freeObject(o, VIEW_BYTES);
  };
  t.tp_traverse = (o, visit) => visit((o as PyDictView).target);
  t.tp_repr = (o) =>
    newStr(
      guardedRepr(o, '...', () => {
        const items = abs.toArray(o);
        try {
          return `${name}([${items.map((x) => abs.repr(x)).join(', ')}])`;
        } finally {
          for (const x of items) abs.decref(x);
        }
      }),
    );
  if (what !== 'values') {
    t.sq_contains = (o, x) => viewContains(o as PyDictView, x);
    // Set-like views compare, so they are unhashable (PyObject_HashNotImplemented: __hash__ = None).
    t.tp_hash = hashNotImplemented;
    t.tp_dict.set('__hash__', None);
  }
  defMethod(t, '__reversed__', (o, a, kw) => {
    noKw(`${name}.__reversed__`, kw);
    exactly(`${name}.__reversed__`, a, 0);
    return newDictIter((o as PyDictView).target, what, true);
  });
  return t;
}
export const dictKeysType = viewType('dict_keys', 'keys');
export const dictValuesType = viewType('dict_values', 'values');
export const dictItemsType = viewType('dict_items', 'items');

// 3.13 list_extend_dict and list_extend_dictitems: the keys or values themselves, or a pair
// made for each item (PyTuple_Pack), read off the dict in order.
for (const [type, part] of [[dictType, 'keys'], [dictKeysType, 'keys'], [dictValuesType, 'values'], [dictItemsType, 'items']] as const) {
  const dictOf = (o: PyObject): PyDict => (o instanceof PyDictView ? o.target : (o as PyDict));
  extendHooks.exact.set(type, {
    size: (o) => dictOf(o).used,
    *items(o) {
      for (const [k, v] of dictOf(o).entries()) yield part === 'items' ? newTuple([abs.incref(k), abs.incref(v)]) : abs.incref(part === 'keys' ? k : v);
    },
  });
}

export function newView(d: PyDict, what: DictPart): PyDictView {
  const t = what === 'keys' ? dictKeysType : what === 'values' ? dictValuesType : dictItemsType;
  R.heap.incref(d);
  return R.heap.newObject(new PyDictView(t, d, what), VIEW_BYTES, 16);
}

/** Set-like views (keys and items). */
export function isSetView(o: PyObject): o is PyDictView {
  return o.ob_type === dictKeysType || o.ob_type === dictItemsType;
}

/** all_contained_in: every item of a (iterated) is in b. */
function allContainedIn(a: PyObject, b: PyObject): boolean {
  const it = abs.getIter(a);
  try {
    for (let x = abs.iterNext(it); x !== null; x = abs.iterNext(it)) {
      const ok = abs.contains(b, x);
      abs.decref(x);
      if (!ok) return false;
    }
    return true;
  } finally {
    abs.decref(it);
  }
}

/** dictview_richcompare: size first, then containment; other must be a set or a set-like view. */
export function viewRichCompare(a: PyObject, b: PyObject, op: CmpOp, isSetLike: (o: PyObject) => boolean): PyObject {
  if (!isSetLike(b)) return abs.incref(NotImplemented);
  const la = abs.length(a);
  const lb = abs.length(b);
  let ok = false;
  switch (op) {
    case CmpOp.EQ:
    case CmpOp.NE:
      ok = la === lb && allContainedIn(a, b);
      if (op === CmpOp.NE) ok = !ok;
      break;
    case CmpOp.LT:
      ok = la < lb && allContainedIn(a, b);
      break;
    case CmpOp.LE:
      ok = la <= lb && allContainedIn(a, b);
      break;
    case CmpOp.GT:
      ok = la > lb && allContainedIn(b, a);
      break;
    case CmpOp.GE:
      ok = la >= lb && allContainedIn(b, a);
      break;
  }
  return pyBool(ok);
}
