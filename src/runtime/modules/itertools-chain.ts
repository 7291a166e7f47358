// itertools' iterators over other iterators' items (Modules/itertoolsmodule.c): chain,
// islice, zip_longest (its result tuple reused while it alone holds it), pairwise (3.10+;
// reusing its result from 3.13) and batched (3.12+).
import * as abs from '../objects/abstract';
import { typeError, valueError } from '../objects/exceptions';
import { defClassMethod } from '../objects/function';
import { PyObject } from '../objects/object';
import { None } from '../objects/singletons';
import { newTuple, PyTuple, tupleNew, tupleResize } from '../objects/tuple';
import { between } from '../objects/args';
import { clinicKeywords, clinicSsize, unpackKeywords } from '../builtin-conventions';
import { numberIndex } from '../objects/abstract-number';
import { LONG_MAX as PY_SSIZE_T_MAX } from '../objects/int-limits';
import { R } from '../state';
import { PyErr } from '../errors';
import { clearErr } from '../vm/raise';
import { allocIt, argsTuple, ItObject, itType, noKeywords } from './itertools-common';

// ---- chain: { source, active } ----

/** chain_next: items of the active iterator, the next one taken from source when it ends. */
function chainNext(o: ItObject): PyObject | null {
  while (o.refs[0] !== null) {
    if (o.refs[1] === null) {
      const iterable = abs.iterNext(o.refs[0]!);
      if (iterable === null) return clearRef(o, 0);
      try {
        o.refs[1] = abs.getIter(iterable);
      } catch (e) {
        clearRef(o, 0);
        throw e;
      } finally {
        abs.decref(iterable);
      }
    }
    const item = abs.iterNext(o.refs[1]!);
    if (item !== null) return item;
    clearRef(o, 1);
  }
  return null;
}

/** Py_CLEAR of a field. */
export function clearRef(o: ItObject, i: number): null {
  const v = o.refs[i];
  o.refs[i] = null;
  if (v !== null) abs.decref(v);
  return null;
}

/** The iterator's next item (null at its end); at its end or on its error the fields are cleared (Py_CLEAR). */
function nextOrLetGo(o: ItObject, it: PyObject, ...fields: number[]): PyObject | null {
  let item: PyObject | null = null;
  try {
    item = abs.iterNext(it);
  } finally {
    if (item === null) for (const i of fields) clearRef(o, i);
  }
  return item;
}

export const chainType = itType('chain', {
  basicsize: () => 32,
  deallocOrder: [1, 0],
  next: chainNext,
  make(t, args, kw) {
    noKeywords(t, chainType, 'chain', kw);
    // chain_new: source = PyObject_GetIter(args), an iterator over the argument tuple.
    const packed = argsTuple(t, args);
    const source = abs.getIter(packed);
    abs.decref(packed);
    return allocIt(t, 32, [source, null]);
  },
});
defClassMethod(chainType, 'from_iterable', (cls, a, kw) => {
  if (kw !== null && kw.length > 0) throw typeError('chain.from_iterable() takes no keyword arguments');
  if (a.length !== 1) throw typeError(`chain.from_iterable() takes exactly one argument (${a.length} given)`);
  const source = abs.getIter(a[0]);
  return allocIt(cls as typeof chainType, 32, [source, null]);
});

// ---- islice: { it, next, stop, step, cnt } ----

const ISLICE_BOUNDS = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
const ISLICE_STOP = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';

/** islice's C fields: next, stop (-1: none) and step exactly as Py_ssize_t values, and cnt, the items read. */
class IsliceObject extends ItObject {
  next = 0n;
  stop = -1n;
  step = 1n;
  cnt = 0;
}

/** PyNumber_AsSsize_t(a, PyExc_OverflowError), an error cleared (-1); a stop of -1 is refused with its message. */
function isliceIndex(a: PyObject, stopMsg: string | null): bigint {
  let v = -1n;
  try {
    const i = numberIndex(a);
    const x = i.toBigInt();
    abs.decref(i);
    // Past a Py_ssize_t: the OverflowError, cleared as the others are.
    if (x >= -PY_SSIZE_T_MAX - 1n && x <= PY_SSIZE_T_MAX) v = x;
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    clearErr(e);
  }
  if (v === -1n && stopMsg !== null) throw valueError(stopMsg);
  return v;
}

export const isliceType = itType('islice', {
  basicsize: () => 56,
  next(o) {
    const lz = o as IsliceObject;
    const it = lz.refs[0];
    if (it === null) return null;
    const stop = lz.stop;
    // islice_next: skip to `next`, stop at `stop`; the iterator is let go at its end or on its error ("goto empty").
    while (lz.cnt < lz.next) {
      const item = nextOrLetGo(lz, it, 0);
      if (item === null) return null;
      abs.decref(item);
      lz.cnt++;
    }
    if (stop !== -1n && lz.cnt >= stop) return clearRef(lz, 0);
    const item = nextOrLetGo(lz, it, 0);
    if (item === null) return null;
    lz.cnt++;
    // next += (size_t)step: a sum past PY_SSIZE_T_MAX wraps below the old next, and next becomes stop.
    lz.next += lz.step;
    if (lz.next > PY_SSIZE_T_MAX || (stop !== -1n && lz.next > stop)) lz.next = stop;
    return item;
  },
  make(t, args, kw) {
    noKeywords(t, isliceType, 'islice', kw);
    between('islice', args, 2, 4);
    const [seq, a1, a2, a3] = args;
    let start = 0n;
    let stop = -1n;
    let step = 1n;
    if (args.length === 2) {
      if (a1 !== None) stop = isliceIndex(a1, ISLICE_STOP);
    } else {
      if (a1 !== None) start = isliceIndex(a1, null);
      if (a2 !== None) stop = isliceIndex(a2, ISLICE_STOP);
    }
    if (start < 0n || stop < -1n) throw valueError(ISLICE_BOUNDS);
    if (a3 !== undefined && a3 !== None) step = isliceIndex(a3, null);
    if (step < 1n) throw valueError('Step for islice() must be a positive integer or None.');
    const it = abs.getIter(seq);
    const lz = allocIt(t, 56, [it], [], (bytes) => new IsliceObject(t, bytes));
    [lz.next, lz.stop, lz.step] = [start, stop, step];
    return lz;
  },
});

// ---- zip_longest: { ittuple, tuplesize, numactive, result, fillvalue } ----

/** The next item of iterator i, or the fill value once it ran out (null when all have). */
function zipLongestItem(o: ItObject, i: number): PyObject | null {
  const ittuple = o.refs[0] as PyTuple;
  const it = ittuple.items[i];
  if (it === undefined) return abs.incref(o.refs[2]!);
  const item = abs.iterNext(it);
  if (item !== null) return item;
  o.nums[0]--;
  if (o.nums[0] === 0) return null;
  // This iterator is done: its slot is emptied (PyTuple_SET_ITEM(ittuple, i, NULL)).
  ittuple.items[i] = undefined as unknown as PyObject;
  abs.decref(it);
  return abs.incref(o.refs[2]!);
}

/** zip_longest_next's way out when the last iterator ran dry or one raised: numactive 0, the result let go. */
function zipLongestEnd(o: ItObject, result: PyTuple): null {
  o.nums[0] = 0;
  abs.decref(result);
  return null;
}

export const zipLongestType = itType('zip_longest', {
  basicsize: () => 56,
  next(o) {
    const n = (o.refs[0] as PyTuple).items.length;
    if (n === 0 || o.nums[0] === 0) return null;
    let result = o.refs[1] as PyTuple;
    const reuse = result.ob_refcnt === 1;
    if (reuse) abs.incref(result);
    else result = tupleNew(n);
    for (let i = 0; i < n; i++) {
      let item: PyObject | null;
      try {
        item = zipLongestItem(o, i);
      } catch (e) {
        zipLongestEnd(o, result);
        throw e;
      }
      if (item === null) return zipLongestEnd(o, result);
      const old = result.items[i];
      result.items[i] = item;
      if (reuse) abs.decref(old);
    }
    // bpo-42536: a collection may have untracked the recycled tuple.
    if (reuse && !R.heap.gc.isTracked(result)) R.heap.gc.track(result);
    return result;
  },
  make(t, args, kw) {
    // zip_longest_new: one keyword, fillvalue, and nothing else.
    let fill: PyObject = None;
    if (kw.size > 0) {
      const v = kw.get('fillvalue');
      if (kw.size !== 1 || v === undefined) throw typeError('zip_longest() got an unexpected keyword argument');
      fill = v;
    }
    const ittuple = tupleNew(args.length);
    try {
      for (let i = 0; i < args.length; i++) ittuple.items[i] = abs.getIter(args[i]);
    } catch (e) {
      abs.decref(ittuple);
      throw e;
    }
    const result = tupleNew(args.length);
    for (let i = 0; i < args.length; i++) result.items[i] = abs.incref(None);
    return allocIt(t, 56, [ittuple, result, abs.incref(fill)], [args.length]);
  },
});

// ---- pairwise (3.10+): { it, old } and from 3.13 the result it reuses ----

const pairwiseSize = (m: number): number => (m >= 13 ? 40 : 32);

export const pairwiseType = itType('pairwise', {
  basicsize: pairwiseSize,
  next(o) {
    let it = o.refs[0];
    if (it === null) return null;
    if (o.refs[1] === null) {
      const first = nextOrLetGo(o, it, 0, 1);
      if (first === null) return null;
      o.refs[1] = first;
      // gh-109786 (3.11.7, 3.12.1, 3.13): a re-entrant call may have ended it meanwhile.
      it = o.refs[0];
      if (it === null && R.minor >= 11) return clearRef(o, 1);
    }
    // gh-109786: `old` is held across the call for the new item (3.10 borrows it).
    const old = o.refs[1]!;
    if (R.minor >= 11) abs.incref(old);
    let nw: PyObject | null = null;
    try {
      nw = nextOrLetGo(o, it!, 0, 1);
    } finally {
      if (R.minor >= 11 && nw === null) abs.decref(old);
    }
    if (nw === null) return null;
    let result: PyTuple;
    const held = R.minor >= 13 ? (o.refs[2] as PyTuple) : null;
    if (held !== null && held.ob_refcnt === 1) {
      // 3.13 pairwise_next: the result tuple recycled while only the pairwise holds it.
      result = abs.incref(held);
      const [lastOld, lastNew] = result.items;
      result.items[0] = abs.incref(old);
      result.items[1] = abs.incref(nw);
      abs.decref(lastOld);
      abs.decref(lastNew);
      if (!R.heap.gc.isTracked(result)) R.heap.gc.track(result);
    } else {
      result = newTuple([abs.incref(old), abs.incref(nw)]);
    }
    const prev = o.refs[1];
    o.refs[1] = nw;
    if (prev !== null) abs.decref(prev);
    if (R.minor >= 11) abs.decref(old);
    return result;
  },
  make(t, args, kw) {
    noKeywords(t, pairwiseType, 'pairwise', kw);
    between('pairwise', args, 1, 1);
    const it = abs.getIter(args[0]);
    const o = allocIt(t, pairwiseSize(R.minor), [it, null]);
    if (R.minor >= 13) o.refs.push(newTuple([abs.incref(None), abs.incref(None)]));
    return o;
  },
});

// ---- batched (3.12+): { it, batch_size } and 3.13's strict ----

const batchedSize = (m: number): number => (m >= 13 ? 40 : 32);
const BATCHED_ARGS = (m: number) => (m >= 13 ? clinicKeywords(['iterable', 'n', 'strict'], 0, 2, 2) : clinicKeywords(['iterable', 'n'], 0, 2, 2));

export const batchedType = itType('batched', {
  basicsize: batchedSize,
  next(o) {
    const n = o.nums[0];
    const it = o.refs[0];
    if (it === null || n < 0) return null;
    // batched_next: a tuple of n, filled; a short last batch is resized (strict: refused).
    let result = tupleNew(n);
    let i = 0;
    try {
      for (; i < n; i++) {
        const item = abs.iterNext(it);
        if (item === null) break;
        result.items[i] = item;
      }
    } catch (e) {
      o.nums[0] = -1;
      clearRef(o, 0);
      abs.decref(result);
      throw e;
    }
    if (i === n) return result;
    if (i === 0 || o.nums[1]) {
      o.nums[0] = -1;
      clearRef(o, 0);
      abs.decref(result);
      if (i > 0) throw valueError('batched(): incomplete batch');
      return null;
    }
    result = tupleResize(result, i);
    return result;
  },
  make(t, args, kw) {
    const [iterable, nObj, strict] = unpackKeywords('batched', BATCHED_ARGS(R.minor), args, [...kw]);
    const n = clinicSsize(nObj!);
    if (n < 1) throw valueError('n must be at least one');
    const it = abs.getIter(iterable!);
    return allocIt(t, batchedSize(R.minor), [it], [n, strict !== undefined && abs.isTrue(strict) ? 1 : 0]);
  },
});
