// collections.deque's constructor and methods (Modules/_collectionsmodule.c): deque_init,
// extend/extendleft with their space-saving start, rotate's block moves (and what remove,
// insert and del build on it), indexing, searches, comparison, repr and copy.
import { R } from '../state';
import { unsupported } from '../errors';
import * as abs from './abstract';
import { numberAsSsize } from './abstract-number';
import { IndexError, indexError, OverflowError, runtimeError, typeError, valueError } from './exceptions';
import { defMethod } from './function';
import { defGetSet } from './getset';
import { newIntSsize, PyInt } from './int';
import { CmpOp, PyObject } from './object';
import { False, None, NotImplemented, True } from './singletons';
import { newStr } from './str';
import { checkedMethod, fastcall, METH_NOARGS, METH_O } from '../builtin-conventions';
import { guardedRepr } from './containers';
import { sequenceList } from './sequence';
import { splitArgs } from './args';
import {
  appendInternal, appendleftInternal, BLOCKLEN, dequeClear, dequeNew, dequePop, dequePopleft, dequeType, freeblock, newblock, PyDeque,
} from './deque';
import { newDequeIter } from './dequeiter';

const none = (): PyObject => abs.incref(None);
const asDeque = (o: PyObject): PyDeque => o as PyDeque;

dequeType.tp_new = (t) => dequeNew(t);

/** deque_init: deque([iterable[, maxlen]]) ("|OO:deque"); a deque already holding items is cleared first. */
dequeType.tp_init = (self, args, kwnames) => {
  const [pos, kw] = splitArgs(args, kwnames);
  const names = ['iterable', 'maxlen'];
  if (pos.length + kw.size > 2) throw typeError(`deque() takes at most 2 arguments (${pos.length + kw.size} given)`);
  const vals: Array<PyObject | undefined> = [pos[0], pos[1]];
  for (const [k, v] of kw) {
    const i = names.indexOf(k);
    if (i < 0) throw typeError(R.minor >= 13 ? `deque() got an unexpected keyword argument '${k}'` : `'${k}' is an invalid keyword argument for deque()`);
    if (i < pos.length) throw typeError(`argument for deque() given by name ('${k}') and position (${i + 1})`);
    vals[i] = v;
  }
  const [iterable, maxlenObj] = vals;
  const d = asDeque(self);
  let maxlen = -1;
  if (maxlenObj !== undefined && maxlenObj !== None) {
    maxlen = numberAsSsize(maxlenObj, OverflowError);
    if (maxlen < 0) throw valueError('maxlen must be non-negative');
  }
  d.maxlen = maxlen;
  if (d.items.length > 0) dequeClear(d);
  if (iterable !== undefined) extend(d, iterable, false);
};

/** deque_extend / deque_extendleft: from the iterable's iterator; itself through a list of its items. */
function extend(d: PyDeque, iterable: PyObject, left: boolean): void {
  if (iterable === d) {
    const s = sequenceList(iterable);
    try {
      extend(d, s, left);
    } finally {
      abs.decref(s);
    }
    return;
  }
  const it = abs.getIter(iterable);
  try {
    if (d.maxlen === 0) {
      // consume_iterator
      for (let v = abs.iterNext(it); v !== null; v = abs.iterNext(it)) abs.decref(v);
      return;
    }
    // Space saving heuristic: an empty deque fills from the left end of its block (or the right).
    if (d.items.length === 0) {
      d.leftindex = left ? BLOCKLEN - 1 : 1;
      d.rightindex = left ? BLOCKLEN - 2 : 0;
    }
    const maxlen = d.maxlen;
    for (let v = abs.iterNext(it); v !== null; v = abs.iterNext(it)) {
      if (left) appendleftInternal(d, v);
      else appendInternal(d, v, maxlen);
    }
  } finally {
    abs.decref(it);
  }
}

const method = (name: string, conv: Parameters<typeof checkedMethod>[1], fn: (d: PyDeque, a: PyObject[]) => PyObject): void =>
  defMethod(dequeType, name, checkedMethod(`deque.${name}`, conv, (self, a) => fn(asDeque(self), a)));

method('append', METH_O, (d, [v]) => {
  appendInternal(d, abs.incref(v), d.maxlen);
  return none();
});
method('appendleft', METH_O, (d, [v]) => {
  appendleftInternal(d, abs.incref(v));
  return none();
});
method('pop', METH_NOARGS, (d) => dequePop(d));
method('popleft', METH_NOARGS, (d) => dequePopleft(d));
method('extend', METH_O, (d, [v]) => {
  extend(d, v, false);
  return none();
});
method('extendleft', METH_O, (d, [v]) => {
  extend(d, v, true);
  return none();
});
method('clear', METH_NOARGS, (d) => {
  dequeClear(d);
  return none();
});

/**
 * _deque_rotate: n steps right (left if negative), moving item pointers between blocks in
 * runs; an emptied end block is reused as the next new one, and one left over is freed.
 */
export function rotate(d: PyDeque, n: number): void {
  const len = d.items.length;
  const halflen = len >> 1;
  if (len <= 1) return;
  if (n > halflen || n < -halflen) {
    n %= len;
    if (n > halflen) n -= len;
    else if (n < -halflen) n += len;
  }
  let b: number | null = null;
  d.state++;
  while (n > 0) {
    if (d.leftindex === 0) {
      d.blocks.unshift(b ?? newblock(d));
      b = null;
      d.leftindex = BLOCKLEN;
    }
    const m = Math.min(n, d.rightindex + 1, d.leftindex);
    d.rightindex -= m;
    d.leftindex -= m;
    n -= m;
    d.items.unshift(...d.items.splice(d.items.length - m, m));
    if (d.rightindex < 0) {
      b = d.blocks.pop()!;
      d.rightindex = BLOCKLEN - 1;
    }
  }
  while (n < 0) {
    if (d.rightindex === BLOCKLEN - 1) {
      d.blocks.push(b ?? newblock(d));
      b = null;
      d.rightindex = -1;
    }
    const m = Math.min(-n, BLOCKLEN - d.leftindex, BLOCKLEN - 1 - d.rightindex);
    d.leftindex += m;
    d.rightindex += m;
    n += m;
    d.items.push(...d.items.splice(0, m));
    if (d.leftindex === BLOCKLEN) {
      b = d.blocks.shift()!;
      d.leftindex = 0;
    }
  }
  if (b !== null) freeblock(d, b);
}

method('rotate', fastcall(0, 1), (d, a) => {
  let n = 1;
  if (a.length > 0) {
    // 3.8-3.10 parse "|n:rotate"; 3.11 _PyNumber_Index then PyLong_AsSsize_t: both raise OverflowError.
    n = numberAsSsize(a[0], OverflowError);
  }
  rotate(d, n);
  return none();
});
method('reverse', METH_NOARGS, (d) => {
  d.items.reverse();
  return none();
});

/** deque_count / deque_contains: each item held across its comparison; a deque changed meanwhile stops the search. */
function search(d: PyDeque, v: PyObject, stopAt: boolean, start = 0, stop = d.items.length): number {
  const state = d.state;
  let count = 0;
  for (let i = start; i < stop; i++) {
    const item = d.items[i];
    abs.incref(item);
    let cmp: boolean;
    try {
      cmp = abs.richCompareBool(item, v, CmpOp.EQ);
    } finally {
      abs.decref(item);
    }
    if (d.state !== state) throw runtimeError('deque mutated during iteration');
    if (cmp) {
      if (stopAt) return i;
      count++;
    }
  }
  return stopAt ? -1 : count;
}

method('count', METH_O, (d, [v]) => newIntSsize(search(d, v, false)));
dequeType.sq_contains = (o, v) => search(asDeque(o), v, true) >= 0;

/** deque_index(value, [start, [stop]]): _PyEval_SliceIndexNotNone bounds, clamped as list.index's. */
method('index', fastcall(1, 3), (d, a) => {
  const n = d.items.length;
  const bound = (o: PyObject | undefined, dflt: number): number => {
    if (o === undefined) return dflt;
    let i = abs.asIndex(o);
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  const start = bound(a[1], 0);
  const stop = Math.max(start, bound(a[2], n));
  const i = search(d, a[0], true, start, stop);
  if (i < 0) throw valueError(`${abs.repr(a[0])} is not in deque`);
  return newIntSsize(i);
});

/** deque_del_item: rotated to the front, popped, rotated back, then released. */
function delItem(d: PyDeque, i: number): void {
  rotate(d, -i);
  const item = dequePopleft(d);
  rotate(d, i);
  abs.decref(item);
}

method('remove', METH_O, (d, [v]) => {
  const n = d.items.length;
  if (R.minor >= 10) {
    // 3.10+: searched in place, then deleted by index.
    const i = search(d, v, true);
    if (i < 0) throw valueError(`${abs.repr(v)} is not in deque`);
    delItem(d, i);
    return none();
  }
  // 3.8-3.9: the leftmost item compared, then rotated away, until the match is popped.
  for (let i = 0; i < n; i++) {
    const cmp = abs.richCompareBool(d.items[0], v, CmpOp.EQ);
    if (d.items.length !== n) throw indexError('deque mutated during remove().');
    if (cmp) {
      const tgt = dequePopleft(d);
      rotate(d, i);
      abs.decref(tgt);
      return none();
    }
    rotate(d, -1);
  }
  throw valueError('deque.remove(x): x not in deque');
});

method('insert', fastcall(2, 2), (d, a) => {
  const index = numberAsSsize(a[0], null);
  const v = a[1];
  const n = d.items.length;
  if (d.maxlen === n) throw indexError('deque already at its maximum size');
  if (index >= n) appendInternal(d, abs.incref(v), d.maxlen);
  else if (index <= -n || index === 0) appendleftInternal(d, abs.incref(v));
  else {
    rotate(d, -index);
    if (index < 0) appendInternal(d, abs.incref(v), d.maxlen);
    else appendleftInternal(d, abs.incref(v));
    rotate(d, index);
  }
  return none();
});

/** PySequence_GetItem's index (negative counts from the end), then deque_item's range check. */
function itemIndex(d: PyDeque, key: PyObject): number {
  if (!(key instanceof PyInt) && key.ob_type.tp_as_number.nb_index === undefined) {
    throw typeError(`sequence index must be integer, not '${key.ob_type.tp_name}'`);
  }
  let i = numberAsSsize(key, IndexError);
  if (i < 0) i += d.items.length;
  if (i < 0 || i >= d.items.length) throw indexError('deque index out of range');
  return i;
}

dequeType.mp_subscript = (o, key) => abs.incref(asDeque(o).items[itemIndex(asDeque(o), key)]);
dequeType.mp_ass_subscript = (o, key, v) => {
  const d = asDeque(o);
  const i = itemIndex(d, key);
  if (v === null) return delItem(d, i);
  // deque_ass_item: the new item in, then the old one released.
  const old = d.items[i];
  d.items[i] = abs.incref(v);
  abs.decref(old);
};

dequeType.tp_iter = (o) => newDequeIter(asDeque(o), false);
defMethod(dequeType, '__reversed__', checkedMethod('deque.__reversed__', METH_NOARGS, (self) => newDequeIter(asDeque(self), true)));

defGetSet(dequeType, 'maxlen', (o) => {
  const m = asDeque(o).maxlen;
  return m < 0 ? none() : newIntSsize(m);
});

/** deque_repr: the items as a list (PySequence_List), within Py_ReprEnter. */
dequeType.tp_repr = (o) => {
  const d = asDeque(o);
  const name = o.ob_type.tp_name.slice(o.ob_type.tp_name.lastIndexOf('.') + 1);
  return newStr(
    guardedRepr(o, '[...]', () => {
      const aslist = sequenceList(o);
      try {
        const inner = abs.repr(aslist);
        return d.maxlen >= 0 ? `${name}(${inner}, maxlen=${d.maxlen})` : `${name}(${inner})`;
      } finally {
        abs.decref(aslist);
      }
    }),
  );
};

/** deque_richcompare: deques only; equal lengths first for == and !=, then item by item through two iterators. */
dequeType.tp_richcompare = (v, w, op) => {
  if (!abs.isInstance(v, dequeType) || !abs.isInstance(w, dequeType)) return abs.incref(NotImplemented);
  const vs = asDeque(v).items.length;
  const ws = asDeque(w).items.length;
  if (op === CmpOp.EQ || op === CmpOp.NE) {
    if (v === w) return abs.incref((op === CmpOp.EQ) ? True : False);
    if (vs !== ws) return abs.incref((op === CmpOp.NE) ? True : False);
  }
  const it1 = abs.getIter(v);
  let it2: PyObject | null = null;
  try {
    it2 = abs.getIter(w);
    let x: PyObject | null;
    let y: PyObject | null;
    for (;;) {
      x = abs.iterNext(it1);
      y = abs.iterNext(it2);
      if (x === null || y === null) break;
      try {
        if (!abs.richCompareBool(x, y, CmpOp.EQ)) return abs.richCompare(x, y, op);
      } finally {
        abs.decref(x);
        abs.decref(y);
      }
    }
    if (x !== null) abs.decref(x);
    if (y !== null) abs.decref(y);
    const cmp = [y !== null, x === null, x === y, x !== y, x !== null, y === null][op];
    return abs.incref(cmp ? True : False);
  } finally {
    abs.decref(it1);
    if (it2 !== null) abs.decref(it2);
  }
};

/** deque_copy: an exact deque is copied into a new one (deque_new, then one append or extend); a subclass is called. */
function dequeCopy(d: PyDeque): PyObject {
  if (d.ob_type === dequeType) {
    const c = dequeNew(dequeType);
    c.maxlen = d.maxlen;
    try {
      if (d.items.length === 1) appendInternal(c, abs.incref(d.items[0]), c.maxlen);
      else extend(c, d, false);
    } catch (e) {
      abs.decref(c);
      throw e;
    }
    return c;
  }
  if (d.maxlen < 0) return abs.call(d.ob_type, [d]);
  const m = newIntSsize(d.maxlen);
  try {
    return abs.call(d.ob_type, [d, m]);
  } finally {
    abs.decref(m);
  }
}
method('copy', METH_NOARGS, (d) => dequeCopy(d));
method('__copy__', METH_NOARGS, (d) => dequeCopy(d));


// deque_concat, deque_repeat and their in-place forms (deque_inplace_concat, _repeat) are not
// modelled: `d + e`, `d * n`, `d += it`, `d *= n` stop the run at their line, not a TypeError.
abs.defSequenceSlots(dequeType, {
  concat() {
    throw unsupported('deque concatenation (+, +=; extend() is modelled)');
  },
  repeat() {
    throw unsupported('deque repetition (*, *=)');
  },
});
