// itertools' iterators that call a function per item (Modules/itertoolsmodule.c): starmap,
// takewhile, dropwhile, filterfalse, compress and accumulate.
import * as abs from '../objects/abstract';
import { PyObject, PyType } from '../objects/object';
import { boolType, None } from '../objects/singletons';
import { PyTuple, tupleType } from '../objects/tuple';
import { sequenceTuple } from '../objects/sequence';
import { between } from '../objects/args';
import { clinicKeywords, unpackKeywords } from '../builtin-conventions';
import { objectCall, vectorcall } from '../vm/calls';
import { R } from '../state';
import { allocIt, itType, ItTypeSpec, noKeywords } from './itertools-common';
import './itertools-chain';

/**
 * A type made as `__new__(function, iterable, /)` (clinic: no keywords for the type itself,
 * exactly two arguments): { func, it } of basicsize bytes, its C flag 0 if it has one.
 */
function funcAndIterable(own: () => PyType, name: string, basicsize: number, flags: number[]): Pick<ItTypeSpec, 'basicsize' | 'make'> {
  return {
    basicsize: () => basicsize,
    make(t, args, kw) {
      noKeywords(t, own(), name, kw);
      between(name, args, 2, 2);
      const it = abs.getIter(args[1]);
      return allocIt(t, basicsize, [abs.incref(args[0]), it], [...flags]);
    },
  };
}

/** The iterator's next item that keep() takes, those it does not released (null at the end). */
function nextKept(it: PyObject, keep: (item: PyObject) => boolean): PyObject | null {
  for (;;) {
    const item = abs.iterNext(it);
    if (item === null) return null;
    if (keep(item)) return item;
    abs.decref(item);
  }
}

/** PyObject_CallOneArg(func, item) and its truth (the result released), or (func null) the item's own; an error lets go of the item. */
function callTruth(func: PyObject | null, item: PyObject): boolean {
  try {
    if (func === null) return abs.isTrue(item);
    const good = vectorcall(func, [item], null);
    try {
      return abs.isTrue(good);
    } finally {
      abs.decref(good);
    }
  } catch (e) {
    abs.decref(item);
    throw e;
  }
}

// ---- starmap: { func, it } ----

export const starmapType = itType('starmap', {
  ...funcAndIterable(() => starmapType, 'starmap', 32, []),
  next(o) {
    let args = abs.iterNext(o.refs[1]!);
    if (args === null) return null;
    // starmap_next: a non-tuple's items are copied into a tuple first.
    if (args.ob_type !== tupleType) {
      const t = (() => {
        try {
          return sequenceTuple(args);
        } finally {
          abs.decref(args);
        }
      })();
      args = t;
    }
    try {
      return objectCall(o.refs[0]!, args as PyTuple);
    } finally {
      abs.decref(args);
    }
  },
});

// ---- takewhile / dropwhile: { func, it, stop | start } ----

export const takewhileType = itType('takewhile', {
  ...funcAndIterable(() => takewhileType, 'takewhile', 40, [0]),
  next(o) {
    if (o.nums[0]) return null;
    const item = abs.iterNext(o.refs[1]!);
    if (item === null) return null;
    if (callTruth(o.refs[0]!, item)) return item;
    abs.decref(item);
    o.nums[0] = 1;
    return null;
  },
});

export const dropwhileType = itType('dropwhile', {
  ...funcAndIterable(() => dropwhileType, 'dropwhile', 40, [0]),
  next(o) {
    // dropwhile_next: the items the predicate holds for dropped, then every item (start set).
    return nextKept(o.refs[1]!, (item) => {
      if (o.nums[0] === 0 && callTruth(o.refs[0]!, item)) return false;
      o.nums[0] = 1;
      return true;
    });
  },
});

// ---- filterfalse: { func, it } ----

export const filterfalseType = itType('filterfalse', {
  ...funcAndIterable(() => filterfalseType, 'filterfalse', 32, []),
  next(o) {
    const func = o.refs[0]!;
    // filterfalse_next: None (or bool itself) asks the item's own truth.
    return nextKept(o.refs[1]!, (item) => !callTruth(func === None || func === boolType ? null : func, item));
  },
});

// ---- compress: { data, selectors } ----

const COMPRESS_ARGS = clinicKeywords(['data', 'selectors'], 0, 2, 2);

export const compressType = itType('compress', {
  basicsize: () => 32,
  next(o) {
    for (;;) {
      const datum = abs.iterNext(o.refs[0]!);
      if (datum === null) return null;
      const selector = abs.iterNext(o.refs[1]!);
      if (selector === null) {
        abs.decref(datum);
        return null;
      }
      let ok: boolean;
      try {
        ok = abs.isTrue(selector);
      } catch (e) {
        abs.decref(datum);
        throw e;
      } finally {
        abs.decref(selector);
      }
      if (ok) return datum;
      abs.decref(datum);
    }
  },
  make(t, args, kw) {
    const [seq1, seq2] = unpackKeywords('compress', COMPRESS_ARGS, args, [...kw]);
    const data = abs.getIter(seq1!);
    let selectors: PyObject;
    try {
      selectors = abs.getIter(seq2!);
    } catch (e) {
      abs.decref(data);
      throw e;
    }
    return allocIt(t, 32, [data, selectors]);
  },
});

// ---- accumulate: { total, it, binop, initial } (and 3.12's module state) ----

const ACCUMULATE_ARGS = clinicKeywords(['iterable', 'func', 'initial'], 0, 1, 2);
const accumulateSize = (m: number): number => (m >= 12 ? 56 : 48);

export const accumulateType = itType('accumulate', {
  basicsize: accumulateSize,
  deallocOrder: [2, 0, 1, 3],
  next(o) {
    // accumulate_next: the initial value first, once; then running totals.
    if (o.refs[3] !== None) {
      const initial = o.refs[3]!;
      const total = o.refs[0];
      o.refs[0] = initial;
      o.refs[3] = abs.incref(None);
      if (total !== null) abs.decref(total);
      return abs.incref(initial);
    }
    const val = abs.iterNext(o.refs[1]!);
    if (val === null) return null;
    if (o.refs[0] === null) {
      o.refs[0] = abs.incref(val);
      return val;
    }
    let newtotal: PyObject;
    try {
      newtotal = o.refs[2] === null ? abs.binaryOp(o.refs[0], val, 'nb_add') : vectorcall(o.refs[2], [o.refs[0], val], null);
    } finally {
      abs.decref(val);
    }
    const old = o.refs[0];
    o.refs[0] = newtotal;
    abs.decref(old);
    return abs.incref(newtotal);
  },
  make(t, args, kw) {
    const [iterable, binop, initial] = unpackKeywords('accumulate', ACCUMULATE_ARGS, args, [...kw]);
    const it = abs.getIter(iterable!);
    const fn = binop !== undefined && binop !== None ? abs.incref(binop) : null;
    return allocIt(t, accumulateSize(R.minor), [null, it, fn, abs.incref(initial ?? None)]);
  },
});
