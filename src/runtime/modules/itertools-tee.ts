// itertools.tee (Modules/itertoolsmodule.c): the tee objects (_tee) share linked
// teedataobjects (_tee_dataobject) of LINKCELLS values each, read from the one iterator;
// tee(it, n) makes the first with tee_fromiterable and the others with its __copy__.
import * as abs from '../objects/abstract';
import { AttributeError, runtimeError, valueError } from '../objects/exceptions';
import { clearError, errorMatches } from '../objects/error-match';
import { defMethod } from '../objects/function';
import { PyObject, PyType } from '../objects/object';
import { PyTuple, tupleNew } from '../objects/tuple';
import { cIdentifier } from '../objects/str';
import { NativeFn } from '../objects/function';
import { between } from '../objects/args';
import { clinicSsize, declareIn, fastcall } from '../builtin-conventions';
import { unsupported } from '../errors';
import { vectorcall } from '../vm/calls';
import { R } from '../state';
import { allocIt, ItObject, itType, noKeywords } from './itertools-common';

const LINKCELLS = 57;

/** teedataobject: { it, numread, running, nextlink, values[LINKCELLS] } (496 bytes). */
class TeeData extends ItObject {
  values: PyObject[] = [];
  running = false;
}

export const teeDataType: PyType = itType('_tee_dataobject', {
  basicsize: () => 40 + 8 * LINKCELLS,
  next: () => null,
  release(o) {
    // teedataobject_clear: the iterator, the values read, then the chain of next links,
    // each let go here while nothing else holds it (teedataobject_safe_decref).
    const d = o as TeeData;
    const it = d.refs[0];
    d.refs[0] = null;
    if (it !== null) abs.decref(it);
    const values = d.values;
    d.values = [];
    for (const v of values) abs.decref(v);
    let obj = d.refs[1];
    d.refs[1] = null;
    while (obj !== null && obj.ob_type === teeDataType && obj.ob_refcnt === 1) {
      const next = (obj as TeeData).refs[1];
      (obj as TeeData).refs[1] = null;
      abs.decref(obj);
      obj = next;
    }
    if (obj !== null) abs.decref(obj);
  },
  make() {
    throw unsupported('itertools._tee_dataobject()');
  },
});
// Its values are visited after its iterator and before its next link.
teeDataType.tp_traverse = (o, visit) => {
  const d = o as TeeData;
  if (d.refs[0] !== null) visit(d.refs[0]);
  for (const v of d.values) visit(v);
  if (d.refs[1] !== null) visit(d.refs[1]);
};

/** teedataobject_newinternal: PyObject_GC_New, holding the iterator. */
function newTeeData(it: PyObject): TeeData {
  return allocIt(teeDataType, 40 + 8 * LINKCELLS, [abs.incref(it), null], [], (bytes) => new TeeData(teeDataType, bytes));
}

/** teedataobject_getitem: a value read already, or (the lead tee) the iterator's next. */
function teeDataGetItem(d: TeeData, i: number): PyObject | null {
  if (i < d.values.length) return abs.incref(d.values[i]);
  if (d.running) throw runtimeError('cannot re-enter the tee iterator');
  d.running = true;
  let value: PyObject | null;
  try {
    value = abs.iterNext(d.refs[0]!);
  } finally {
    d.running = false;
  }
  if (value === null) return null;
  d.values.push(value);
  return abs.incref(value);
}

// ---- _tee: { dataobj, index, weakreflist } (and 3.12's state) ----

const teeSize = (m: number): number => (m >= 12 ? 48 : 40);

export const teeType: PyType = itType('_tee', {
  basicsize: teeSize,
  next(o) {
    if (o.nums[0] >= LINKCELLS) {
      // teedataobject_jumplink: the next link, made the first time a tee gets there.
      const d = o.refs[0] as TeeData;
      if (d.refs[1] === null) d.refs[1] = newTeeData(d.refs[0]!);
      const link = abs.incref(d.refs[1]!);
      o.refs[0] = link;
      abs.decref(d);
      o.nums[0] = 0;
    }
    const value = teeDataGetItem(o.refs[0] as TeeData, o.nums[0]);
    if (value === null) return null;
    o.nums[0]++;
    return value;
  },
  make(t, args, kw) {
    noKeywords(t, teeType, '_tee', kw);
    between('_tee', args, 1, 1);
    return teeFromIterable(args[0]);
  },
});

/** A new tee object (PyObject_GC_New, tracked once filled) on dataobj (a reference it takes) at index. */
function newTee(dataobj: PyObject, index: number): ItObject {
  return allocIt(teeType, teeSize(R.minor), [dataobj], [index]);
}

/** tee_copy: another tee on the same data, at the same place. */
const teeCopy = (o: PyObject): PyObject => newTee(abs.incref((o as ItObject).refs[0]!), (o as ItObject).nums[0]);
defMethod(teeType, '__copy__', (self) => teeCopy(self));

/** tee_fromiterable: a tee's copy, or a tee on a new teedataobject over the iterable's iterator. */
function teeFromIterable(iterable: PyObject): PyObject {
  const it = abs.getIter(iterable);
  try {
    if (abs.isInstance(it, teeType)) return teeCopy(it);
    return newTee(newTeeData(it), 0);
  } finally {
    abs.decref(it);
  }
}

/**
 * _PyObject_LookupAttr(it, "__copy__"): the method, or null when it has none (an AttributeError,
 * from a property or __getattr__ too, cleared); another error lets go of the iterator.
 */
function lookupCopy(it: PyObject): PyObject | null {
  try {
    return abs.lookupAttrId(it, '__copy__');
  } catch (e) {
    if (errorMatches(e, AttributeError)) {
      clearError(e);
      return null;
    }
    abs.decref(it);
    throw e;
  }
}

/** itertools.tee(iterable, n=2, /) (made per run: its messages name it by version): n tees, the first from the iterable (or the iterator itself, if it has __copy__), the rest its copies. */
export const teeFunction = (): NativeFn => declareIn('itertools', 'tee', fastcall(1, 2), (args) => {
  const n = args.length > 1 ? clinicSsize(args[1]!) : 2;
  if (n < 0) throw valueError('n must be >= 0');
  const result = tupleNew(n);
  if (n === 0) return result;
  let copyable: PyObject;
  let copyfunc: PyObject | null;
  try {
    const it = abs.getIter(args[0]!);
    copyfunc = lookupCopy(it);
    if (copyfunc !== null) copyable = it;
    else {
      try {
        copyable = teeFromIterable(it);
      } finally {
        abs.decref(it);
      }
      const key = cIdentifier('__copy__');
      try {
        copyfunc = abs.getAttr(copyable, key);
      } catch (e) {
        abs.decref(copyable);
        throw e;
      } finally {
        abs.decref(key);
      }
    }
  } catch (e) {
    abs.decref(result);
    throw e;
  }
  result.items[0] = copyable;
  try {
    for (let i = 1; i < n; i++) result.items[i] = vectorcall(copyfunc, [], null);
  } catch (e) {
    abs.decref(result as PyTuple);
    throw e;
  } finally {
    abs.decref(copyfunc);
  }
  return result;
});
