// Iterator objects (Objects/iterobject.c, listobject.c listiterator, ...): one small
// GC object per iteration that holds its sequence and a position.
import { checkedMethod, METH_NOARGS, METH_O } from '../builtin-conventions';
import { R } from '../state';
import { call, incref, iterNext, length, registerSeqIter, getItem } from './abstract';
import { IndexError, OverflowError, pyError, StopIteration, TypeError, typeError, valueError } from './exceptions';
import { newInt, PyInt } from './int';
import { extendHooks, PyList } from './list';
import { PyObject, PyType, typeLookup } from './object';
import { None, NotImplemented } from './singletons';
import { PyTuple } from './tuple';
import { afterInherit, inVersions, readyType } from './typeobject';
import { defMethod } from './function';
import { unsupported } from '../errors';
import { clearError, errorMatches } from './error-match';

/** An iterator over a sequence-like object by position, with `next` producing the item. */
export class PySeqIter extends PyObject {
  index = 0;
  /** Exhausted, but still holding its sequence (3.13's list_reverseiterator past index 0). */
  keepSeq = false;
  constructor(
    type: PyType,
    public seq: PyObject | null,
    readonly next: (it: PySeqIter) => PyObject | null,
    readonly bytes: number,
  ) {
    super(type);
  }
}

export function makeIterType(name: string): PyType {
  const t = readyType(new PyType(null, name), undefined, { gc: true, basetype: false });
  t.tp_iter = (o) => {
    R.heap.incref(o);
    return o;
  };
  t.tp_iternext = (o) => {
    const it = o as PySeqIter;
    if (it.seq === null) return null;
    const v = it.next(it);
    if (v === null && !it.keepSeq) {
      const s = it.seq;
      it.seq = null;
      R.heap.decref(s);
    }
    return v;
  };
  t.tp_dealloc = (o) => {
    const it = o as PySeqIter;
    if (it.seq !== null) R.heap.decref(it.seq);
    R.heap.freeObject(o, it.bytes);
  };
  t.tp_traverse = (o, visit) => {
    const it = o as PySeqIter;
    if (it.seq !== null) visit(it.seq);
  };
  t.tp_sizeof = (o) => (o as PySeqIter).bytes - 16;
  return t;
}

/**
 * __length_hint__ of builtin iterators, by type (what PyObject_LengthHint asks when the
 * object has no len()).
 */
export const lengthHintOf = new Map<PyType, (o: PyObject) => number>();

/**
 * PyObject_LengthHint (Objects/abstract.c): len() if the object has one, else __length_hint__,
 * else the default; a TypeError from either is dropped for the default, and a hint must be a
 * non-negative int that fits a Py_ssize_t.
 */
export function lengthHint(o: PyObject, dflt: number): number {
  if (o.ob_type.mp_length !== undefined) {
    try {
      return length(o);
    } catch (e) {
      if (!errorMatches(e, TypeError)) throw e;
      clearError(e);
    }
  }
  const f = lengthHintOf.get(o.ob_type);
  if (f !== undefined) return f(o);
  const m = o.ob_type.isHeapType ? typeLookup(o.ob_type, '__length_hint__') : null;
  if (m === null) return dflt;
  let r: PyObject;
  try {
    r = call(m, [o]);
  } catch (e) {
    if (!errorMatches(e, TypeError)) throw e;
    clearError(e);
    return dflt;
  }
  try {
    if (r === NotImplemented) return dflt;
    if (!(r instanceof PyInt)) throw typeError(`__length_hint__ must be an integer, not ${r.ob_type.tp_name}`);
    const n = r.toBigInt();
    if (n > 2n ** 63n - 1n) throw pyError(OverflowError, 'Python int too large to convert to C ssize_t');
    if (n < 0n) throw valueError('__length_hint__() should return >= 0');
    return Number(n);
  } finally {
    R.heap.decref(r);
  }
}
extendHooks.lengthHint = lengthHint;

/** Items left in a positional iterator over a sized sequence (listiter_len, tupleiter_len, ...). */
function seqRemaining(o: PyObject): number {
  const it = o as PySeqIter;
  if (it.seq === null || it.seq.ob_type.mp_length === undefined) return 0;
  return Math.max(0, length(it.seq) - it.index);
}

export const listIterType = makeIterType('list_iterator');
export const tupleIterType = makeIterType('tuple_iterator');
// unicodeiter: str_iterator up to 3.10; from 3.11 an ASCII string's is str_ascii_iterator.
export const strIterType = makeIterType('str_ascii_iterator');
export const strIterTypeUnicode = makeIterType('str_iterator');
export const seqIterType = makeIterType('iterator');
export const genericIterType = makeIterType('iterator');
export const listRevIterType = makeIterType('list_reverseiterator');
for (const t of [listIterType, tupleIterType, strIterType, strIterTypeUnicode, seqIterType]) lengthHintOf.set(t, seqRemaining);
lengthHintOf.set(listRevIterType, (o) => {
  const it = o as PySeqIter;
  return it.seq === null ? 0 : Math.max(0, Math.min(it.index + 1, length(it.seq)));
});

/** A new iterator over seq (takes a new reference to it). */
export function newSeqIter(type: PyType, seq: PyObject, next: (it: PySeqIter) => PyObject | null, bytes = 48): PySeqIter {
  R.heap.incref(seq);
  return R.heap.newObject(new PySeqIter(type, seq, next, bytes), bytes, 16);
}

export function listIter(l: PyList): PySeqIter {
  return newSeqIter(listIterType, l, (it) => {
    const items = (it.seq as PyList).items;
    if (it.index >= items.length) return null;
    const v = items[it.index++];
    R.heap.incref(v);
    return v;
  });
}

export function tupleIter(t: PyTuple): PySeqIter {
  return newSeqIter(tupleIterType, t, (it) => {
    const items = (it.seq as PyTuple).items;
    if (it.index >= items.length) return null;
    const v = items[it.index++];
    R.heap.incref(v);
    return v;
  });
}

/** The old protocol: call __getitem__ with 0, 1, 2… until IndexError. */
registerSeqIter((o) =>
  newSeqIter(seqIterType, o, (it) => {
    try {
      const key = newInt(it.index);
      try {
        const v = getItem(it.seq!, key);
        it.index++;
        return v;
      } finally {
        R.heap.decref(key);
      }
    } catch (e) {
      if (errorMatches(e, IndexError, StopIteration)) {
        clearError(e);
        return null;
      }
      throw e;
    }
  }),
);

export { iterNext };

// __length_hint__ of each builtin iterator (listiter_len, setiter_len, ...): the items left.
afterInherit.push(() => {
  for (const [t, f] of lengthHintOf) {
    if (t.isHeapType || t.tp_dict.has('__length_hint__')) continue;
    defMethod(t, '__length_hint__', checkedMethod(`${t.tp_name}.__length_hint__`, METH_NOARGS, (o) => newInt(f(o))));
  }
});

// listiter_setstate and its kin: the position, clamped to [0, len]; an exhausted iterator stays so.
for (const t of [listIterType, tupleIterType, strIterType, strIterTypeUnicode, listRevIterType]) {
  defMethod(t, '__setstate__', checkedMethod(`${t.tp_name}.__setstate__`, METH_O, (o, a) => {
    if (!(o instanceof PySeqIter)) throw unsupported(`${t.tp_name}.__setstate__`);
    const v = a[0];
    // PyLong_AsSsize_t: an int, no __index__.
    if (!(v instanceof PyInt)) throw typeError('an integer is required');
    let i = v.toNumber();
    if (o.seq !== null) {
      const n = length(o.seq);
      if (t === listRevIterType) i = i < -1 ? -1 : i > n - 1 ? n - 1 : i;
      else i = i < 0 ? 0 : i > n ? n : i;
      o.index = i;
    }
    return incref(None);
  }));
}

// bytes_iterator's __setstate__ is the same; range_iterator's and longrange_iterator's (the index
// counts from the range's start up to 3.11) and zip's (3.10+, strict mode) need state the model
// does not keep, so they stop the run rather than guess.
afterInherit.push((types) => {
  for (const t of types) {
    if (t.tp_name === 'bytes_iterator') t.tp_dict.set('__setstate__', listIterType.tp_dict.get('__setstate__')!);
    if (t.tp_name === 'range_iterator' || t.tp_name === 'longrange_iterator' || t.tp_name === 'zip') {
      defMethod(t, '__setstate__', () => {
        throw unsupported(`${t.tp_name}.__setstate__`);
      });
      if (t.tp_name === 'zip') inVersions(t, '__setstate__', (m) => m >= 10);
    }
  }
});
