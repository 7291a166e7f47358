// dict methods and constructor (Objects/dictobject.c): get, setdefault, pop, popitem,
// update, copy, clear, fromkeys, keys/values/items, | and |=, and dict(); merges presize
// or clone the keys object as the version does (dict_merge, PyDict_Copy).
import { VM } from '../vm/vmstate';
import { KEYWORDS, markVarargs, minors } from './builtin-call';
import { PyErr } from '../errors';
import { R } from '../state';
import * as abs from './abstract';
import { sequenceFast } from './containers';
import { calculateLog2Keysize, dictObjBytes, dictType, newDict, PyDict, usableFraction } from './dict';
import { keyError, newView } from './dictviews';
import { KeyError, newException, TypeError, typeError, valueError } from './exceptions';
import { defClassMethod, defMethod, NativeMethod } from './function';
import { preHeaderSize } from './instance-layout';
import { between, exactly, noKw } from './args';
import { isSubtype, PyObject, PyType } from './object';
import { None, NotImplemented } from './singletons';
import { cIdentifier, newStr, PyStr } from './str';
import { newTuple } from './tuple';
import { frozensetType, PySet, setType } from './set';
import { newSeqIter } from './iterators';
import { listType, newListFrom, PyList } from './list';
import { sequenceList } from './sequence';
import { callMethodNoArgs } from '../vm/calls';
import { clearErr } from '../vm/raise';

const dict = (o: PyObject): PyDict => o as PyDict;
const isExactDict = (o: PyObject): o is PyDict => o.ob_type === dictType;

/** ESTIMATE_SIZE / estimate_log2_keysize: room for n items, (3n+1)/2 slots asked. */
function estimateLog2(n: number): number {
  return calculateLog2Keysize((n * 3 + 1) >> 1);
}

/**
 * dict_merge(a, b, override): a real dict is cloned into an empty target (3.10+, when it
 * is not sparse), else the target is presized once and the items inserted; any other
 * mapping goes through keys() and __getitem__.
 */
export function dictMerge(a: PyDict, b: PyObject, override: 0 | 1 | 2): void {
  if (b instanceof PyDict && b.ob_type.tp_iter === dictType.tp_iter) {
    if (b === a || b.used === 0) return;
    if (a.used === 0) {
      override = 1;
      // dict_merge: only a combined table (ma_values NULL) is cloned.
      const clone = R.minor >= 10 && b.splitOf === null && b.used === b.nentries && (b.log2Size === 3 || usableFraction((1 << b.log2Size) / 2) < b.used);
      if (clone) return a.cloneFrom(b);
    }
    // Py_EMPTY_KEYS (a new or cleared dict) has dk_size 1 in every version: USABLE_FRACTION(1) is 0.
    const size = 1 << a.log2Size;
    if (usableFraction(size) < b.used) a.resizeLog2(estimateLog2(a.used + b.used), b.unicode);
    for (let i = 0; i < b.keys.length; i++) {
      const k = b.keys[i];
      if (k === null) continue;
      const v = b.values[i]!;
      R.heap.incref(k);
      R.heap.incref(v);
      try {
        if (override === 1 || a.get(k) === null) a.set(k, v);
        else if (override === 2) throw keyError(k);
      } finally {
        abs.decref(k);
        abs.decref(v);
      }
    }
    return;
  }
  // The generic way: keys() as a list (PyMapping_Keys), then b[key] for each.
  const keys = mappingKeys(b);
  const it = abs.getIter(keys);
  abs.decref(keys);
  try {
    for (let k = abs.iterNext(it); k !== null; k = abs.iterNext(it)) {
      try {
        if (override !== 1 && a.get(k) !== null) {
          if (override === 2) throw keyError(k);
          continue;
        }
        const v = abs.getItem(b, k);
        a.set(k, v);
        abs.decref(v);
      } finally {
        abs.decref(k);
      }
    }
  } finally {
    abs.decref(it);
  }
}

/** PyDict_Keys (dict_keys): a new list of the keys themselves, sized exactly. */
export function dictKeysList(d: PyDict): PyList {
  const keys: PyObject[] = [];
  for (const [k] of d.entries()) keys.push(abs.incref(k));
  return newListFrom(keys);
}

/**
 * PyMapping_Keys (Objects/abstract.c): an exact dict's PyDict_Keys, else what keys() gives,
 * made a list when it is none (method_output_as_list: its iterator, then PySequence_List).
 */
export function mappingKeys(o: PyObject): PyObject {
  if (o.ob_type === dictType) return dictKeysList(o as PyDict);
  const name = cIdentifier('keys', 'PyMapping_Keys:keys');
  let out: PyObject;
  try {
    out = callMethodNoArgs(o, name);
  } finally {
    R.heap.decref(name);
  }
  if (out.ob_type === listType) return out;
  let it: PyObject;
  try {
    it = abs.getIter(out);
  } catch (e) {
    if (!(e instanceof PyErr) || !isSubtype(e.type, TypeError)) throw e;
    const t = typeError(`${o.ob_type.tp_name}.keys() returned a non-iterable (type ${out.ob_type.tp_name})`);
    clearErr(e);
    throw t;
  } finally {
    abs.decref(out);
  }
  try {
    return sequenceList(it);
  } finally {
    abs.decref(it);
  }
}

/** PyDict_MergeFromSeq2: each item must be a 2-sequence (key, value). */
function mergeFromSeq2(d: PyDict, seq: PyObject): void {
  const it = abs.getIter(seq);
  try {
    let i = 0;
    for (let item = abs.iterNext(it); item !== null; item = abs.iterNext(it), i++) {
      let fast: PyObject;
      try {
        fast = sequenceFast(item, `cannot convert dictionary update sequence element #${i} to a sequence`);
      } finally {
        abs.decref(item);
      }
      try {
        const kv = (fast as PyDict & { items: PyObject[] }).items;
        if (kv.length !== 2) {
          throw valueError(`dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
        }
        const [k, v] = kv;
        R.heap.incref(k);
        R.heap.incref(v);
        try {
          d.set(k, v);
        } finally {
          abs.decref(k);
          abs.decref(v);
        }
      } finally {
        abs.decref(fast);
      }
    }
  } finally {
    abs.decref(it);
  }
}

/** dict_update_arg: a dict merges, an object with keys() is a mapping, else pairs. */
export function dictUpdateArg(d: PyDict, arg: PyObject): void {
  if (isExactDict(arg)) return dictMerge(d, arg, 1);
  const hasKeys = abs.getAttrOrNull(arg, newStrTmp('keys'));
  if (hasKeys !== null) {
    abs.decref(hasKeys);
    return dictMerge(d, arg, 1);
  }
  mergeFromSeq2(d, arg);
}

function newStrTmp(s: string): PyStr {
  const o = newStr(s);
  R.heap.decref(o);
  return o;
}

/** Keyword arguments are stored one by one (dict_vectorcall, and update's kwargs). */
function setKeywords(d: PyDict, a: PyObject[], kw: PyStr[] | null): void {
  const nkw = kw?.length ?? 0;
  for (let i = 0; i < nkw; i++) d.set(kw![i], a[a.length - nkw + i]);
}

/** PyDict_Copy: a dense enough combined dict clones its keys, others are merged into a new dict. */
export function dictCopy(o: PyDict): PyDict {
  // PyDict_Copy: an empty dict's copy is PyDict_New's (from the free list) whatever its table;
  // a split table's copy (sharing its keys) is made by PyObject_GC_New, not taken from the free list.
  if (o.used === 0) return newDict();
  const c = newDict(o.splitOf === null && o.sharedValues === null);
  if (o.used >= Math.floor((o.nentries * 2) / 3)) c.cloneFrom(o);
  else dictMerge(c, o, 1);
  return c;
}

const methods: Record<string, NativeMethod> = {
  keys: (o, a) => (exactly('dict.keys', a, 0), newView(dict(o), 'keys')),
  values: (o, a) => (exactly('dict.values', a, 0), newView(dict(o), 'values')),
  items: (o, a) => (exactly('dict.items', a, 0), newView(dict(o), 'items')),
  get(o, a) {
    between('get', a, 1, 2);
    const v = dict(o).get(a[0]);
    return abs.incref(v ?? a[1] ?? None);
  },
  setdefault(o, a) {
    between('setdefault', a, 1, 2);
    const d = dict(o);
    const v = d.get(a[0]);
    if (v !== null) return abs.incref(v);
    const dflt = a[1] ?? None;
    d.set(a[0], dflt);
    return abs.incref(dflt);
  },
  pop(o, a) {
    between('pop', a, 1, 2);
    const d = dict(o);
    const v = d.get(a[0]);
    if (v === null) {
      if (a.length === 2) return abs.incref(a[1]);
      throw keyError(a[0]);
    }
    R.heap.incref(v);
    d.delete(a[0]);
    return v;
  },
  popitem(o, a) {
    exactly('dict.popitem', a, 0);
    const d = dict(o);
    // dict_popitem: a dict over an instance's values first gets a table of its own (3.11+).
    if (d.sharedValues !== null && d.used > 0) d.combineValues(d.log2Size, true);
    for (let i = d.keys.length - 1; i >= 0; i--) {
      const k = d.keys[i];
      if (k === null) continue;
      const v = d.values[i]!;
      R.heap.incref(k);
      R.heap.incref(v);
      d.deleteAt(i);
      d.truncateEntries(i);
      return newTuple([k, v]);
    }
    throw new PyErr(newException(KeyError, [newStr('popitem(): dictionary is empty')]));
  },
  update(o, a, kw) {
    const nkw = kw?.length ?? 0;
    const pos = a.slice(0, a.length - nkw);
    between('update', pos, 0, 1);
    if (pos.length === 1) dictUpdateArg(dict(o), pos[0]);
    setKeywords(dict(o), a, kw);
    return abs.incref(None);
  },
  copy(o, a) {
    exactly('dict.copy', a, 0);
    return dictCopy(dict(o));
  },
  clear(o, a) {
    exactly('dict.clear', a, 0);
    dict(o).clear();
    return abs.incref(None);
  },
};
for (const [name, fn] of Object.entries(methods)) {
  defMethod(dictType, name, (o, a, kw) => {
    if (name !== 'update') noKw(`dict.${name}`, kw);
    return fn(o, a, kw);
  });
}
// dict_update (Objects/dictobject.c) is METH_VARARGS | METH_KEYWORDS.
markVarargs(dictType, ['update'], minors(8) | KEYWORDS);

/**
 * dict.fromkeys(iterable, value=None): cls() first; an exact dict or set source presizes
 * the new dict once, anything else is iterated.
 */
export function dictFromkeys(cls: PyObject, a: PyObject[]): PyObject {
  between('fromkeys', a, 1, 2);
  const [iterable, value = None] = a;
  const d = abs.call(cls, []);
  try {
    if (isExactDict(d) && d.used === 0) {
      if (isExactDict(iterable)) {
        d.resizeLog2(estimateLog2(iterable.used), iterable.unicode);
        for (let i = 0; i < iterable.keys.length; i++) {
          const k = iterable.keys[i];
          if (k !== null) d.set(k, value);
        }
        return d;
      }
      if (iterable.ob_type === setType || iterable.ob_type === frozensetType) {
        const so = iterable as PySet;
        d.resizeLog2(estimateLog2(so.used), false);
        for (const [k] of so.entries()) d.set(k, value);
        return d;
      }
    }
    const it = abs.getIter(iterable);
    try {
      for (let k = abs.iterNext(it); k !== null; k = abs.iterNext(it)) {
        try {
          if (d instanceof PyDict) d.set(k, value);
          else abs.setItem(d, k, value);
        } finally {
          abs.decref(k);
        }
      }
    } finally {
      abs.decref(it);
    }
    return d;
  } catch (e) {
    abs.decref(d);
    throw e;
  }
}

// fromkeys is a classmethod_descriptor: looked up on the class or an instance, it binds the class.
// dict_fromkeys (clinic, METH_FASTCALL | METH_CLASS): keywords refused by its qualified name.
defClassMethod(dictType, 'fromkeys', (cls, a, kw) => {
  noKw('dict.fromkeys', kw);
  return dictFromkeys(cls, a);
});

// | and |= (3.9+): a copy of the left operand updated with the right one.
{
  dictType.tp_as_number.nb_or = (a, b) => {
    if (R.minor < 9 || !(a instanceof PyDict) || !(b instanceof PyDict)) return abs.incref(NotImplemented);
    const c = dictCopy(a);
    if (c.ob_type !== dictType) c.ob_type = dictType;
    try {
      dictUpdateArg(c, b);
    } catch (e) {
      abs.decref(c);
      throw e;
    }
    return c;
  };
  dictType.tp_as_number.nb_inplace = {
    nb_or: (a, b) => {
      if (R.minor < 9) return abs.incref(NotImplemented);
      dictUpdateArg(a as PyDict, b);
      return abs.incref(a);
    },
  };
}

// ---- constructor ----

/** dict.__new__: an empty dict (3.8-3.9 give it a real 8-slot keys object at once). */
dictType.tp_new = (t: PyType) => {
  let d: PyDict;
  if (t === dictType) d = newDict(false);
  else {
    R.heap.incref(t);
    d = R.heap.newObject(new PyDict(t), dictObjBytes(t), preHeaderSize(t));
    R.heap.gc.untrack(d);
  }
  if (R.minor <= 9) d.resizeLog2(3, true);
  return d;
};
/** dict.__init__ (dict_update_common): the positional argument, then the keywords. */
dictType.tp_init = (self, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  between('dict', pos, 0, 1);
  if (pos.length === 1) dictUpdateArg(self as PyDict, pos[0]);
  // Through tp_call (a subclass, or 3.8) the keywords come as the dict the call made, merged
  // (PyDict_Merge: cloned into an empty dict 3.10+); dict_vectorcall sets them one by one.
  const kw = VM.tpCall.kwargs;
  if (kw !== null && sameKeywords(kw, args, kwnames)) dictMerge(self as PyDict, kw, 1);
  else setKeywords(self as PyDict, args, kwnames);
};

/** Is d the dict _PyObject_MakeTpCall made of this call's keywords (or CALL_FUNCTION_EX's, equal to them)? */
function sameKeywords(d: PyDict, args: PyObject[], kwnames: PyStr[] | null): boolean {
  const nkw = kwnames?.length ?? 0;
  if (nkw === 0 || d.used !== nkw) return false;
  for (let i = 0; i < nkw; i++) if (d.getStr(kwnames![i]) !== args[args.length - nkw + i]) return false;
  return true;
}

export { newSeqIter };
