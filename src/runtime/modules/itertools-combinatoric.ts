// itertools' combinatoric iterators (Modules/itertoolsmodule.c): product, permutations,
// combinations and combinations_with_replacement. Each keeps its pools as tuples, its
// indices in PyMem arrays, and one result tuple it updates in place while nobody else holds it.
import * as abs from '../objects/abstract';
import { overflowError, typeError, valueError } from '../objects/exceptions';
import { PyInt } from '../objects/int';
import { None } from '../objects/singletons';
import { PyObject } from '../objects/object';
import { sequenceTuple } from '../objects/sequence';
import { PyTuple, tupleNew } from '../objects/tuple';
import { clinicKeywords, clinicSsize, unpackKeywords } from '../builtin-conventions';
import { LONG_MAX as PY_SSIZE_T_MAX, longAsSsize } from '../objects/int-limits';
import { R } from '../state';
import { allocIt, freeIndices, ItObject, itType, ItTypeSpec, newIndices, ownResult, setItem } from './itertools-common';

/** The first result: PyTuple_New(r) filled from the pool at the indices (null: a pool ran dry first, the slot stays empty). */
function firstResult(o: ItObject, r: number, item: (i: number) => PyObject | null): PyTuple | null {
  const result = tupleNew(r);
  o.refs[1] = result;
  for (let i = 0; i < r; i++) {
    const v = item(i);
    if (v === null) return null;
    result.items[i] = abs.incref(v);
  }
  return result;
}

/** The stopped flag, set on the way out ("goto empty"). */
function stop(o: ItObject): null {
  o.nums[1] = 1;
  return null;
}

// ---- product: { pools, indices, result, stopped } ----

export const productType = itType('product', {
  basicsize: () => 48,
  deallocOrder: [0, 1],
  extraSize: (o) => 8 * (o.refs[0] as PyTuple).items.length,
  next(o) {
    if (o.nums[1]) return null;
    const pools = (o.refs[0] as PyTuple).items as PyTuple[];
    const npools = pools.length;
    const indices = o.bufs[0].n;
    if (o.refs[1] === null) {
      const r = firstResult(o, npools, (i) => pools[i].items[0] ?? null);
      if (r === null) return stop(o);
      return abs.incref(r);
    }
    const result = ownResult(o, 1);
    // Update the pool indices right-to-left, advancing the next pool only when one rolls over.
    let i = npools - 1;
    for (; i >= 0; i--) {
      const pool = pools[i].items;
      indices[i]++;
      if (indices[i] === pool.length) {
        indices[i] = 0;
        setItem(result, i, pool[0]);
      } else {
        setItem(result, i, pool[indices[i]]);
        break;
      }
    }
    if (i < 0) return stop(o);
    return abs.incref(result);
  },
  make(t, args, kw) {
    let repeat = 1;
    // The Py_ssize_t exactly, for an int (a double is not, past 2**53).
    let exact = 1n;
    if (kw.size > 0) {
      // PyArg_ParseTupleAndKeywords(empty tuple, kwds, "|n:product", {"repeat"}).
      if (kw.size > 1) throw typeError(`product() takes at most 1 argument (${kw.size} given)`);
      for (const [k, v] of kw) {
        if (k !== 'repeat') throw typeError(R.minor >= 13 ? `product() got an unexpected keyword argument '${k}'` : `'${k}' is an invalid keyword argument for product()`);
        repeat = clinicSsize(v);
        exact = v instanceof PyInt ? v.toBigInt() : BigInt(repeat);
      }
      if (repeat < 0) throw valueError('repeat argument cannot be negative');
    }
    const nargs = repeat === 0 ? 0 : args.length;
    // product_new: (size_t)nargs > PY_SSIZE_T_MAX / sizeof(Py_ssize_t) / repeat, before anything is made.
    if (nargs > 0 && BigInt(nargs) > PY_SSIZE_T_MAX / 8n / exact) throw overflowError('repeat argument too large');
    const npools = nargs * repeat;
    const indices = newIndices(npools, () => 0);
    let pools: PyTuple | null = null;
    try {
      pools = tupleNew(npools);
      for (let i = 0; i < nargs; i++) pools.items[i] = sequenceTuple(args[i]);
      for (let i = nargs; i < npools; i++) pools.items[i] = abs.incref(pools.items[i - nargs]);
    } catch (e) {
      freeIndices(indices);
      if (pools !== null) abs.decref(pools);
      throw e;
    }
    const o = allocIt(t, 48, [pools, null], [0, 0]);
    o.bufs = [indices];
    return o;
  },
});

// ---- combinations: { pool, indices, result, r, stopped } ----

const COMBINATIONS_ARGS = clinicKeywords(['iterable', 'r'], 0, 2, 2);

/**
 * combinations' and cwr's layout (the pool and result, r indices: their __sizeof__ counts them)
 * and tp_new (clinic `__new__(iterable, r)`): r indices, each init(i), stopped from the start when
 * stopped(n, r).
 */
function rIndexed(name: string, init: (i: number) => number, stopped: (n: number, r: number) => boolean): Pick<ItTypeSpec, 'basicsize' | 'deallocOrder' | 'extraSize' | 'make'> {
  return {
    basicsize: () => 56,
    deallocOrder: [0, 1],
    extraSize: (o) => 8 * o.nums[0],
    make(t, args, kw) {
      const [iterable, rObj] = unpackKeywords(name, COMBINATIONS_ARGS, args, [...kw]);
      const r = clinicSsize(rObj!);
      return poolIterator(t, iterable!, 56, (n) => {
        if (r < 0) throw valueError('r must be non-negative');
        return { bufs: [[r, init]], nums: [r, stopped(n, r) ? 1 : 0] };
      });
    },
  };
}

/** The pool's items, the indices, n and r, or null once stopped. */
function poolState(o: ItObject): { pool: PyObject[]; indices: number[]; n: number; r: number } | null {
  if (o.nums[1]) return null;
  const pool = (o.refs[0] as PyTuple).items;
  return { pool, indices: o.bufs[0].n, n: pool.length, r: o.nums[0] };
}

export const combinationsType = itType('combinations', {
  ...rIndexed('combinations', (i) => i, (n, r) => r > n),
  next(o) {
    const st = poolState(o);
    if (st === null) return null;
    const { pool, indices, n, r } = st;
    if (o.refs[1] === null) return abs.incref(firstResult(o, r, (i) => pool[indices[i]])!);
    const result = ownResult(o, 1);
    // The rightmost index not at its maximum (i + n - r) goes up; those after it follow it.
    let i = r - 1;
    while (i >= 0 && indices[i] === i + n - r) i--;
    if (i < 0) return stop(o);
    indices[i]++;
    for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
    for (; i < r; i++) setItem(result, i, pool[indices[i]]);
    return abs.incref(result);
  },
});

/** An index array's length and each index's first value. */
type IndexArray = [number, (i: number) => number];

/** pool = PySequence_Tuple(iterable), the index arrays (PyMem_New each), then the object; what failed lets go of what was made. */
function poolIterator(t: Parameters<typeof allocIt>[0], iterable: PyObject, basicsize: number, arrays: (n: number) => { bufs: IndexArray[]; nums: number[] }): ItObject {
  const pool = sequenceTuple(iterable);
  let a: { bufs: IndexArray[]; nums: number[] };
  const bufs: ReturnType<typeof newIndices>[] = [];
  try {
    a = arrays(pool.items.length);
    for (const [len, init] of a.bufs) bufs.push(newIndices(len, init));
  } catch (e) {
    for (const b of bufs) freeIndices(b);
    abs.decref(pool);
    throw e;
  }
  const o = allocIt(t, basicsize, [pool, null], a.nums);
  o.bufs = bufs;
  return o;
}

// ---- combinations_with_replacement: { pool, indices, result, r, stopped } ----

export const cwrType = itType('combinations_with_replacement', {
  ...rIndexed('combinations_with_replacement', () => 0, (n, r) => n === 0 && r > 0),
  next(o) {
    const st = poolState(o);
    if (st === null) return null;
    const { pool, indices, n, r } = st;
    if (o.refs[1] === null) {
      // cwr_next: every slot the pool's first item (an empty pool leaves the slots empty).
      const result = tupleNew(r);
      o.refs[1] = result;
      if (n > 0) for (let i = 0; i < r; i++) result.items[i] = abs.incref(pool[0]);
      return abs.incref(result);
    }
    const result = ownResult(o, 1);
    let i = r - 1;
    while (i >= 0 && indices[i] === n - 1) i--;
    if (i < 0) return stop(o);
    const index = indices[i] + 1;
    for (; i < r; i++) {
      indices[i] = index;
      setItem(result, i, pool[index]);
    }
    return abs.incref(result);
  },
});

// ---- permutations: { pool, indices, cycles, result, r, stopped } ----

const PERMUTATIONS_ARGS = clinicKeywords(['iterable', 'r'], 0, 1, 2);

export const permutationsType = itType('permutations', {
  basicsize: () => 64,
  deallocOrder: [0, 1],
  extraSize: (o) => 8 * ((o.refs[0] as PyTuple).items.length + o.nums[0]),
  next(o) {
    const st = poolState(o);
    if (st === null) return null;
    const { pool, indices, n, r } = st;
    const cycles = o.bufs[1].n;
    if (o.refs[1] === null) return abs.incref(firstResult(o, r, (i) => pool[indices[i]])!);
    if (n === 0) return stop(o);
    const result = ownResult(o, 1);
    let i = r - 1;
    for (; i >= 0; i--) {
      cycles[i] -= 1;
      if (cycles[i] === 0) {
        // Rotate indices[i:] left by one.
        const index = indices[i];
        for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1];
        indices[n - 1] = index;
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        [indices[i], indices[n - j]] = [indices[n - j], indices[i]];
        for (let k = i; k < r; k++) setItem(result, k, pool[indices[k]]);
        break;
      }
    }
    if (i < 0) return stop(o);
    return abs.incref(result);
  },
  make(t, args, kw) {
    const [iterable, rObj] = unpackKeywords('permutations', PERMUTATIONS_ARGS, args, [...kw]);
    return poolIterator(t, iterable!, 64, (n) => {
      let r = n;
      if (rObj !== undefined && rObj !== None) {
        if (!(rObj instanceof PyInt)) throw typeError('Expected int as r');
        r = longAsSsize(rObj.toBigInt());
      }
      if (r < 0) throw valueError('r must be non-negative');
      return { bufs: [[n, (i) => i], [r, (i) => n - i]], nums: [r, r > n ? 1 : 0] };
    });
  },
});

