// collections.defaultdict (Modules/_collectionsmodule.c defdict_type): a dict subclass whose
// object is the dict's and one pointer more (default_factory), whose __missing__ stores and
// returns what the factory makes for a missing key.
import { R } from '../state';
import { clearers } from '../gc';
import * as abs from './abstract';
import { typeError } from './exceptions';
import { defMethod } from './function';
import { defGetSet } from './getset';
import { dictType, PyDict } from './dict';
import { keyError } from './dictviews';
import { PyObject, PyType } from './object';
import { None, NotImplemented } from './singletons';
import { newStr, PyStr } from './str';
import { newTuple } from './tuple';
import { readyType } from './typeobject';
import { genericAllocBytes, preHeaderSize } from './instance-layout';
import { guardedRepr } from './containers';
import { checkedMethod, METH_NOARGS, METH_O } from '../builtin-conventions';
import { dictUpdateArg } from './dict-methods';

/** sizeof(defdictobject): PyDictObject (48) and default_factory. */
const BASICSIZE = 56;

export class PyDefaultDict extends PyDict {
  factory: PyObject | null = null;
  bytes = 0;
}

export const defaultdictType = readyType(new PyType(null, 'collections.defaultdict'), dictType, { gc: true });
defaultdictType.startupHeapTypeSince = 12;

/** dict_new through tp_alloc (PyType_GenericAlloc: tracked, and unlike a plain dict left so); 3.8-3.9 give it an 8-slot table at once. */
defaultdictType.tp_new = (t: PyType) => {
  const bytes = t.isHeapType ? genericAllocBytes(t, BASICSIZE, 0, 0) : 16 + BASICSIZE;
  const d = R.heap.newObject(new PyDefaultDict(t), bytes, t.isHeapType ? preHeaderSize(t) : 16);
  d.bytes = bytes;
  if (t.isHeapType || R.minor >= 12) abs.incref(t);
  if (R.minor <= 9) d.resizeLog2(3, true);
  return d;
};

/** defdict_init: the first argument is the factory (callable or None); the rest go to dict.__init__ as a new tuple. */
defaultdictType.tp_init = (self, args, kwnames) => {
  const dd = self as PyDefaultDict;
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  const old = dd.factory;
  let factory: PyObject | null = null;
  if (npos > 0) {
    factory = args[0];
    if (factory.ob_type.tp_call === undefined && factory !== None) throw typeError('first argument must be callable or None');
  }
  // PySequence_GetSlice(args, 1, n): the empty tuple is shared; more arguments make a tuple.
  const rest = npos > 1 ? newTuple(args.slice(1, npos).map((a) => abs.incref(a))) : null;
  dd.factory = factory === null ? null : abs.incref(factory);
  try {
    dictType.tp_init!(self, args.slice(npos > 0 ? 1 : 0), kwnames);
  } finally {
    if (rest !== null) abs.decref(rest);
    if (old !== null) abs.decref(old);
  }
};

/** defdict_dealloc: untracked, the factory released, then dict_dealloc (no free list for a subclass). */
defaultdictType.tp_dealloc = (o) => {
  const dd = o as PyDefaultDict;
  R.heap.gc.untrack(o);
  const f = dd.factory;
  dd.factory = null;
  if (f !== null) abs.decref(f);
  dd.clear();
  const tp = o.ob_type;
  R.heap.freeObject(o, dd.bytes);
  // 3.12+'s type is a heap type its instances hold; a Python subclass's reference is
  // subtype_dealloc's to drop (type_needs_decref: the base is not a heap type here).
  if (R.minor >= 12 && !tp.isHeapType) abs.decref(tp);
};
defaultdictType.tp_traverse = (o, visit) => {
  const f = (o as PyDefaultDict).factory;
  if (f !== null) visit(f);
  dictType.tp_traverse!(o, visit);
};
/** dict_sizeof counts _PyObject_SIZE(Py_TYPE(mp)): the factory's pointer too. */
defaultdictType.tp_sizeof = (o) => dictType.tp_sizeof!(o) + BASICSIZE - 48;

/** defdict_missing: KeyError((key,)) without a factory; else its value, stored under the key. */
function missing(dd: PyDefaultDict, key: PyObject): PyObject {
  const factory = dd.factory;
  if (factory === null || factory === None) throw keyError(key);
  const value = abs.call(factory, []);
  try {
    abs.setItem(dd, key, value);
  } catch (e) {
    abs.decref(value);
    throw e;
  }
  return value;
}
defMethod(defaultdictType, '__missing__', checkedMethod('defaultdict.__missing__', METH_O, (self, [key]) => missing(self as PyDefaultDict, key)));

/** new_defdict: the class called with the factory (None for none) and the dict to copy. */
function newDefdict(dd: PyDefaultDict, arg: PyObject): PyObject {
  return abs.call(dd.ob_type, [dd.factory ?? None, arg]);
}
for (const name of ['copy', '__copy__']) {
  defMethod(defaultdictType, name, checkedMethod(`defaultdict.${name}`, METH_NOARGS, (self) => newDefdict(self as PyDefaultDict, self)));
}

defGetSet(
  defaultdictType,
  'default_factory',
  (o) => abs.incref((o as PyDefaultDict).factory ?? None),
  (o, v) => {
    const dd = o as PyDefaultDict;
    const old = dd.factory;
    dd.factory = v === null ? null : abs.incref(v);
    if (old !== null) abs.decref(old);
  },
);

/** defdict_repr: dict's repr, then the factory's within Py_ReprEnter ("..." when recursing). */
defaultdictType.tp_repr = (o): PyStr => {
  const dd = o as PyDefaultDict;
  const base = dictType.tp_repr!(o);
  try {
    const f = dd.factory;
    const defrepr = f === null ? 'None' : guardedRepr(f, '...', () => abs.repr(f));
    const name = o.ob_type.tp_name.slice(o.ob_type.tp_name.lastIndexOf('.') + 1);
    return newStr(`${name}(${defrepr}, ${base.value})`);
  } finally {
    abs.decref(base);
  }
};

/** defdict_or (3.9+): the defaultdict operand's class called with its factory and the left operand, updated with the right. */
defaultdictType.tp_as_number.nb_or = (left, right) => {
  if (R.minor < 9) return abs.incref(NotImplemented);
  const leftIs = abs.isInstance(left, defaultdictType);
  const self = (leftIs ? left : right) as PyDefaultDict;
  const other = leftIs ? right : left;
  if (!(other instanceof PyDict)) return abs.incref(NotImplemented);
  const n = newDefdict(self, left);
  try {
    dictUpdateArg(n as PyDict, right);
  } catch (e) {
    abs.decref(n);
    throw e;
  }
  return n;
};

// defdict_tp_clear: the factory first, then dict's clear. Ahead of dict's clearer, which an
// instance of this subclass would match first.
clearers.unshift([
  PyDefaultDict,
  (o) => {
    const dd = o as PyDefaultDict;
    const f = dd.factory;
    dd.factory = null;
    if (f !== null) abs.decref(f);
    dd.clear();
  },
]);
