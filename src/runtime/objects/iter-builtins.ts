// The iterator builtins (Objects/enumobject.c, iterobject.c, Python/bltinmodule.c):
// enumerate, zip, map, filter, reversed and iter(callable, sentinel), registered with the
// consumers of iter-consumers.ts. enumerate and zip hand out one result tuple again and
// again while nobody else holds it, as CPython does.
import { R } from '../state';
import * as abs from './abstract';
import { IndexError, StopIteration, typeError, valueError } from './exceptions';
import { NativeFn } from './function';
import { newInt, newIntSsize } from './int';
import { lengthHintOf, listRevIterType, newSeqIter, PySeqIter } from './iterators';
import { listType, PyList } from './list';
import { badKeyword, between, noKw } from './args';
import { PyObject, PyType, typeLookup } from './object';
import { None } from './singletons';
import { newTuple, PyTuple, tupleNew } from './tuple';
import { clinicKeywords, unpackKeywords } from '../builtin-conventions';
import { readyType } from './typeobject';
import { vectorcall } from '../vm/calls';
import { registerBuiltin, registerBuiltinFunction } from '../builtins';
import { defMethod } from './function';
import { exactly } from './args';
import { max, min, sorted, splitKw } from './iter-consumers';
import { clearError, errorMatches } from './error-match';

/** An iterator whose next step is a closure over the objects it holds (counted references). */
export class PyFuncIter extends PyObject {
  constructor(
    type: PyType,
    public held: PyObject[],
    readonly step: (it: PyFuncIter) => PyObject | null,
    readonly bytes: number,
  ) {
    super(type);
  }
  index = 0;
  done = false;
}


function iterType(
  name: string,
  sizes: (minor: number) => number,
  make: (t: PyType, args: PyObject[], kw: Map<string, PyObject>) => PyFuncIter,
  gc = true,
): PyType {
  const t = readyType(new PyType(null, name), undefined, { gc });
  t.tp_iter = (o) => abs.incref(o);
  t.tp_iternext = (o) => {
    const it = o as PyFuncIter;
    if (it.done) return null;
    const v = it.step(it);
    if (v === null) it.done = true;
    return v;
  };
  t.tp_dealloc = (o) => {
    const it = o as PyFuncIter;
    const held = it.held;
    it.held = [];
    for (const h of held) R.heap.decref(h);
    R.heap.freeObject(o, it.bytes);
  };
  t.tp_traverse = (o, visit) => {
    for (const h of (o as PyFuncIter).held) visit(h);
  };
  t.tp_sizeof = () => sizes(R.minor) - 16;
  t.tp_new = (tt, args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    return make(tt, pos, kw);
  };
  return t;
}

/** Allocate the iterator object first (tp_alloc), then let `fill` take what it holds. */
function newIter(t: PyType, step: (it: PyFuncIter) => PyObject | null, bytes: number, fill: (it: PyFuncIter) => void): PyFuncIter {
  const it = R.heap.newObject(new PyFuncIter(t, [], step, bytes), bytes, 16);
  try {
    fill(it);
  } catch (e) {
    abs.decref(it);
    throw e;
  }
  return it;
}

/** Reuse `result` when the iterator is its only holder; else a fresh tuple. */
function reuseOrNew(result: PyTuple, items: PyObject[]): PyTuple {
  if (result.h.ob_refcnt === 1) {
    R.heap.incref(result);
    const old = result.items.slice();
    for (let i = 0; i < items.length; i++) result.items[i] = items[i];
    for (const x of old) abs.decref(x);
    // bpo-42536: a collection may have untracked the recycled tuple.
    if (!R.heap.gc.isTracked(result)) R.heap.gc.track(result);
    return result;
  }
  return newTuple(items);
}

const enumBytes = (m: number): number => (m >= 11 ? 72 : 64);
/** 3.11+ enum_vectorcall: enumerate(iterable, start=...) by hand, each keyword's name checked (check_keyword). */
function enumVectorcallArgs(args: PyObject[], kw: Map<string, PyObject>): Array<PyObject | undefined> {
  const names = [...kw.keys()];
  const all = [...args, ...kw.values()];
  const check = (i: number, name: string): void => {
    if (names[i] !== name) throw typeError(`'${names[i]}' is an invalid keyword argument for enumerate()`);
  };
  if (all.length === 2) {
    if (names.length === 1) check(0, 'start');
    else if (names.length === 2) {
      if (names[0] === 'start') {
        check(1, 'iterable');
        return [all[1], all[0]];
      }
      check(0, 'iterable');
      check(1, 'start');
    }
    return all;
  }
  if (all.length === 1) {
    if (names.length === 1) check(0, 'iterable');
    return all;
  }
  if (args.length === 0) throw typeError("enumerate() missing required argument 'iterable'");
  throw typeError(`enumerate() takes at most 2 arguments (${all.length} given)`);
}

const ENUMERATE_ARGS = clinicKeywords(['iterable', 'start'], 0, 1, 2, 10);
export const enumerateType = iterType('enumerate', enumBytes, (t, args, kw) => {
  // 3.8-3.10 enum_new (Argument Clinic) unpacks keywords or an odd count with its _PyArg_Parser;
  // 3.11's enum_vectorcall checks the names itself.
  const [iterable, startObj] = R.minor <= 10 ? unpackKeywords('enumerate', ENUMERATE_ARGS, args, [...kw]) : enumVectorcallArgs(args, kw);
  let n = startObj === undefined ? 0 : abs.asIndex(startObj);
  return newIter(
    t,
    (self) => {
      const v = abs.iterNext(self.held[0]);
      if (v === null) return null;
      // enum_next: PyLong_FromSsize_t while the index fits.
      return reuseOrNew(self.held[1] as PyTuple, [newIntSsize(n++), v]);
    },
    enumBytes(R.minor),
    (self) => {
      self.held.push(abs.getIter(iterable!));
      self.held.push(newTuple([abs.incref(None), abs.incref(None)]));
    },
  );
});

const zipBytes = (m: number): number => (m >= 10 ? 64 : 56);
export const zipType = iterType('zip', zipBytes, (t, args, kw) => {
  if (kw.size > 0 && R.minor <= 9) throw typeError('zip() takes no keyword arguments');
  if (kw.size > 1) throw typeError(`zip() takes at most 1 keyword argument (${kw.size} given)`);
  // 3.10+ zip_new: PyArg_ParseTupleAndKeywords(empty, kwds, "|$p:zip") (vgetargskeywords).
  for (const k of kw.keys()) if (k !== 'strict') throw badKeyword(k, 'zip');
  const strict = kw.get('strict');
  const isStrict = strict !== undefined && abs.isTrue(strict);
  // zip_new: the tuple of iterators, made before they are asked for, then the (None, ...)
  // result tuple, then the object.
  const ittuple = iteratorsTuple(args);
  const result = newTuple(args.map(() => abs.incref(None)));
  const z = R.heap.newObject(
    new PyFuncIter(
      t,
      [ittuple, result],
      (self) => {
        const its = (self.held[0] as PyTuple).items;
        const n = its.length;
        if (n === 0) return null;
        // zip_next (bltinmodule.c): the result tuple is reused while only the zip holds it,
        // else a new one is made before the items are fetched (and released on exhaustion).
        let result = self.held[1] as PyTuple;
        const reuse = result.h.ob_refcnt === 1;
        if (reuse) R.heap.incref(result);
        else result = tupleNew(n);
        for (let i = 0; i < n; i++) {
          const v = abs.iterNext(its[i]);
          if (v === null) {
            abs.decref(result);
            if (isStrict) zipStrictCheck(its, i);
            return null;
          }
          const old = result.items[i];
          result.items[i] = v;
          if (reuse) abs.decref(old);
        }
        // bpo-42536: a collection may have untracked the recycled tuple.
        if (reuse && !R.heap.gc.isTracked(result)) R.heap.gc.track(result);
        return result;
      },
      zipBytes(R.minor),
    ),
    zipBytes(R.minor),
    16,
  );
  return z;
});

/** PyTuple_New, then each argument's iterator into its slot (released with the tuple if one fails). */
function iteratorsTuple(args: PyObject[]): PyTuple {
  const t = tupleNew(args.length);
  try {
    for (let i = 0; i < args.length; i++) t.items[i] = abs.getIter(args[i]);
  } catch (e) {
    R.heap.decref(t);
    throw e;
  }
  return t;
}

/** zip(strict=True) at the first exhausted iterator: every other one must be exhausted too. */
function zipStrictCheck(its: PyObject[], i: number): void {
  if (i > 0) {
    throw valueError(`zip() argument ${i + 1} is shorter than argument${i === 1 ? '' : 's'} 1${i > 1 ? `-${i}` : ''}`);
  }
  for (let j = 1; j < its.length; j++) {
    const w = abs.iterNext(its[j]);
    if (w !== null) {
      abs.decref(w);
      throw valueError(`zip() argument ${j + 1} is longer than argument${j === 1 ? '' : 's'} 1${j > 1 ? `-${j}` : ''}`);
    }
  }
}

const mapBytes = (m: number): number => (m >= 14 ? 56 : 48);
export const mapType = iterType('map', mapBytes, (t, args, kw) => {
  if (kw.size > 0) throw typeError('map() takes no keyword arguments');
  if (args.length < 2) throw typeError('map() must have at least two arguments.');
  // map_new / map_vectorcall: the tuple of iterators is made before they are asked for.
  const ittuple = iteratorsTuple(args.slice(1));
  return R.heap.newObject(
    new PyFuncIter(
      t,
      [ittuple, abs.incref(args[0])],
      (self) => {
        const its = (self.held[0] as PyTuple).items;
        const vals: PyObject[] = [];
        for (let i = 0; i < its.length; i++) {
          const v = abs.iterNext(its[i]);
          if (v === null) {
            for (const x of vals) abs.decref(x);
            return null;
          }
          vals.push(v);
        }
        try {
          // map_next: PyObject_Vectorcall, so a type without a vectorcall (str up to 3.12) gets a tuple.
          return vectorcall(self.held[1], vals, null);
        } finally {
          for (const x of vals) abs.decref(x);
        }
      },
      mapBytes(R.minor),
    ),
    mapBytes(R.minor),
    16,
  );
});

export const filterType = iterType('filter', () => 48, (t, args, kw) => {
  if (kw.size > 0 && t.tp_name === 'filter') throw typeError('filter() takes no keyword arguments');
  if (args.length !== 2) throw typeError(`filter expected 2 arguments, got ${args.length}`);
  const it = abs.getIter(args[1]);
  return R.heap.newObject(
    new PyFuncIter(
      t,
      [abs.incref(args[0]), it],
      (self) => {
        const fn = self.held[0];
        for (;;) {
          const v = abs.iterNext(self.held[1]);
          if (v === null) return null;
          let keep: boolean;
          if (fn === None || fn.ob_type.tp_name === 'type' && (fn as PyType).tp_name === 'bool') keep = abs.isTrue(v);
          else {
            const r = vectorcall(fn, [v], null);
            keep = abs.isTrue(r);
            abs.decref(r);
          }
          if (keep) return v;
          abs.decref(v);
        }
      },
      48,
    ),
    48,
    16,
  );
});

/** reversed(seq): seq.__reversed__() when the type has it, else a reversed view by index. */
export const reversedType = iterType('reversed', () => 48, (t, args, kw) => {
  if (t.tp_name === 'reversed' && kw.size > 0) throw typeError('reversed() takes no keyword arguments');
  if (args.length !== 1) throw typeError(`reversed expected 1 argument, got ${args.length}`);
  const seq = args[0];
  // reversed_new_impl: _PyObject_LookupSpecial binds __reversed__ (a builtin's is a new method object), then calls it.
  if (typeLookup(seq.ob_type, '__reversed__') === None) throw typeError(`'${seq.ob_type.tp_name}' object is not reversible`);
  const meth = abs.lookupSpecial(seq, '__reversed__');
  if (meth !== null) {
    try {
      return abs.call(meth, []) as PyFuncIter;
    } finally {
      abs.decref(meth);
    }
  }
  const isDict = seq.ob_type.tp_mro.some((k) => k.tp_name === 'dict');
  if (seq.ob_type.mp_subscript === undefined || seq.ob_type.mp_length === undefined || isDict) {
    throw typeError(`'${seq.ob_type.tp_name}' object is not reversible`);
  }
  const n = abs.length(seq);
  const it = newIter(
    t,
    (self) => {
      if (self.index < 0) return null;
      const s = self.held[0];
      if (s instanceof PyTuple) {
        if (self.index >= s.items.length) return (self.index = -1), null;
        return abs.incref(s.items[self.index--]);
      }
      const k = newInt(self.index);
      try {
        const v = abs.getItem(s, k);
        self.index--;
        return v;
      } catch (e) {
        if (errorMatches(e, IndexError, StopIteration)) {
          clearError(e);
          self.index = -1;
          return null;
        }
        throw e;
      } finally {
        abs.decref(k);
      }
    },
    48,
    (self) => self.held.push(abs.incref(seq)),
  );
  it.index = n - 1;
  return it;
});
lengthHintOf.set(reversedType, (o) => {
  const it = o as PyFuncIter;
  if (it.done || it.held.length === 0) return 0;
  const n = abs.length(it.held[0]);
  return it.index < n ? it.index + 1 : 0;
});

/** list.__reversed__: list_reverseiterator. */
defMethod(listType, '__reversed__', (o, a, kw) => {
  noKw('list.__reversed__', kw);
  exactly('list.__reversed__', a, 0);
  const it = newSeqIter(listRevIterType, o, (self) => {
    const items = (self.seq as PyList).items;
    // listreviter_next: 3.13 returns NULL at a negative index and keeps the list; before, and
    // when the list shrank under it, it lets the list go.
    if (self.index < 0 && R.minor >= 13) self.keepSeq = true;
    if (self.index < 0 || self.index >= items.length) return null;
    return abs.incref(items[self.index--]);
  });
  it.index = (o as PyList).items.length - 1;
  return it;
});

// ---- iter(callable, sentinel) ----

export const callIterType = iterType('callable_iterator', () => 48, () => {
  throw typeError("cannot create 'callable_iterator' instances");
});

function callIter(callable: PyObject, sentinel: PyObject): PyFuncIter {
  return newIter(
    callIterType,
    (self) => {
      if (self.held.length === 0) return null;
      let r: PyObject;
      try {
        r = abs.call(self.held[0], []);
      } catch (e) {
        if (errorMatches(e, StopIteration)) {
          clearError(e);
          clearHeld(self);
          return null;
        }
        throw e;
      }
      let same: boolean;
      try {
        same = abs.eq(self.held[1], r);
      } catch (e) {
        abs.decref(r);
        throw e;
      }
      if (!same) return r;
      abs.decref(r);
      clearHeld(self);
      return null;
    },
    48,
    (self) => self.held.push(abs.incref(callable), abs.incref(sentinel)),
  );
}

function clearHeld(it: PyFuncIter): void {
  const held = it.held;
  it.held = [];
  for (const h of held) abs.decref(h);
}

// ---- the builtin functions ----

const fns: Record<string, NativeFn> = {
  iter(args, kwnames) {
    noKw('iter', kwnames);
    between('iter', args, 1, 2);
    if (args.length === 1) return abs.getIter(args[0]);
    if (args[0].ob_type.tp_call === undefined) {
      throw typeError(R.minor === 12 ? 'iter(object, sentinel): object must be callable' : 'iter(v, w): v must be callable');
    }
    return callIter(args[0], args[1]);
  },
  sorted,
  min,
  max,
};

for (const [name, fn] of Object.entries(fns)) registerBuiltinFunction(name, fn);
for (const t of [enumerateType, zipType, mapType, filterType, reversedType]) {
  registerBuiltin(t.tp_name, () => abs.incref(t));
}

export type { PySeqIter };
