// dict methods and views (Objects/dictobject.c): get, setdefault, pop, popitem,
// update, copy, clear, fromkeys, and keys()/values()/items() as live view objects.
import { PyErr } from '../errors';
import { R } from '../state';
import * as abs from './abstract';
import { dictKeyIter } from './containers';
import { dictType, newDict, PyDict } from './dict';
import { KeyError, newException, typeError } from './exceptions';
import { defMethod, NativeMethod } from './function';
import { PyObject, PyType } from './object';
import { None, pyBool } from './singletons';
import { newStr, PyStr } from './str';
import { newTuple } from './tuple';
import { readyType } from './typeobject';
import { dictUpdate } from '../builtins';

const dict = (o: PyObject): PyDict => o as PyDict;

function keyError(key: PyObject): PyErr {
  key.ob_refcnt++;
  return new PyErr(newException(KeyError, [key]));
}

/** dict_keys / dict_values / dict_items: a view on a dict (a small GC object). */
export class PyDictView extends PyObject {
  constructor(
    type: PyType,
    readonly target: PyDict,
    readonly what: 'keys' | 'values' | 'items',
  ) {
    super(type);
  }
}
const VIEW_BYTES = 40;
function viewType(name: string, what: 'keys' | 'values' | 'items'): PyType {
  const t = readyType(new PyType(null, name), undefined, { gc: true, basetype: false });
  t.tp_iter = (o) => dictKeyIter((o as PyDictView).target, what);
  t.mp_length = (o) => (o as PyDictView).target.used;
  t.tp_sizeof = () => VIEW_BYTES - 16;
  t.tp_dealloc = (o) => {
    R.heap.decref((o as PyDictView).target);
    R.heap.freeObject(o, VIEW_BYTES);
  };
  t.tp_traverse = (o, visit) => visit((o as PyDictView).target);
  t.tp_repr = (o) => {
    const v = o as PyDictView;
    const items = abs.toArray(o);
    try {
      return newStr(`${name}([${items.map((x) => abs.repr(x)).join(', ')}])`);
    } finally {
      for (const x of items) abs.decref(x);
      void v;
    }
  };
  t.sq_contains = (o, x) => {
    const d = (o as PyDictView).target;
    if (what === 'keys') return d.get(x) !== null;
    if (what === 'values') {
      for (const [, v] of d.entries()) if (v === x || abs.eq(v, x)) return true;
      return false;
    }
    const kv = abs.toArray(x);
    try {
      if (kv.length !== 2) return false;
      const v = d.get(kv[0]);
      return v !== null && (v === kv[1] || abs.eq(v, kv[1]));
    } finally {
      for (const y of kv) abs.decref(y);
    }
  };
  return t;
}
export const dictKeysType = viewType('dict_keys', 'keys');
export const dictValuesType = viewType('dict_values', 'values');
export const dictItemsType = viewType('dict_items', 'items');

function newView(d: PyDict, t: PyType, what: 'keys' | 'values' | 'items'): PyDictView {
  d.ob_refcnt++;
  return R.heap.newObject(new PyDictView(t, d, what), VIEW_BYTES, 16);
}

const methods: Record<string, NativeMethod> = {
  keys: (o) => newView(dict(o), dictKeysType, 'keys'),
  values: (o) => newView(dict(o), dictValuesType, 'values'),
  items: (o) => newView(dict(o), dictItemsType, 'items'),
  get(o, a) {
    if (a.length < 1 || a.length > 2) throw typeError(`get expected at most 2 arguments, got ${a.length}`);
    const v = dict(o).get(a[0]);
    return abs.incref(v ?? a[1] ?? None);
  },
  setdefault(o, a) {
    const d = dict(o);
    const v = d.get(a[0]);
    if (v !== null) return abs.incref(v);
    const dflt = a[1] ?? None;
    d.set(a[0], dflt);
    return abs.incref(dflt);
  },
  pop(o, a) {
    if (a.length < 1 || a.length > 2) throw typeError(`pop expected at most 2 arguments, got ${a.length}`);
    const d = dict(o);
    const v = d.get(a[0]);
    if (v === null) {
      if (a.length === 2) return abs.incref(a[1]);
      throw keyError(a[0]);
    }
    v.ob_refcnt++;
    d.delete(a[0]);
    return v;
  },
  popitem(o) {
    const d = dict(o);
    for (let i = d.keys.length - 1; i >= 0; i--) {
      const k = d.keys[i];
      if (k === null) continue;
      const v = d.values[i]!;
      k.ob_refcnt++;
      v.ob_refcnt++;
      d.delete(k);
      return newTuple([k, v]);
    }
    throw new PyErr(newException(KeyError, [newStr('popitem(): dictionary is empty')]));
  },
  update(o, a, kw) {
    const nkw = kw?.length ?? 0;
    const d = dict(o);
    if (a.length - nkw > 1) throw typeError(`update expected at most 1 argument, got ${a.length - nkw}`);
    if (a.length - nkw === 1) dictUpdate(d, a[0]);
    for (let i = 0; i < nkw; i++) d.set(kw![i], a[a.length - nkw + i]);
    return abs.incref(None);
  },
  copy(o) {
    const c = newDict();
    for (const [k, v] of dict(o).entries()) c.set(k, v);
    return c;
  },
  clear(o) {
    dict(o).clear();
    return abs.incref(None);
  },
};
for (const [name, fn] of Object.entries(methods)) defMethod(dictType, name, fn);

export { pyBool, PyStr };
