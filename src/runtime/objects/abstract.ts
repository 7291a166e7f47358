// The object protocol (Objects/abstract.c, Objects/object.c): repr, str, hash,
// comparison, truth, attributes, calls, iteration and items, dispatching through the type
// slots; the number protocol (binary operators, indexes) is abstract-number.ts's, re-exported.
import { R } from '../state';
import { enterRecursiveCall } from '../vm/budget';
import { VM } from '../vm/vmstate';
import { asciiEscape } from '../format/strrepr';
import { dictHooks } from './dict';
import { attributeError, setAttributeErrorContext, StopIteration, TypeError, typeError } from './exceptions';
import { PyErr } from '../errors';
import { CmpOp, Hash, isSubtype, PyObject, PyType, typeLookup } from './object';
import { False, None, NotImplemented, True } from './singletons';
import { cIdentifier, fromFormatPieces, internInPlace, internStr, newStr, PyStr, strType } from './str';
import { intType, newIntBig, newIntSsize } from './int';
import { clearError, errorMatches } from './error-match';

export { asIndex, numberAsSsize, repeatCount, binaryOp, binaryOp1, defSequenceSlots, inplaceOp, numberFloat, numberIndex, seqIndex, unaryOp, unsupportedOperands } from './abstract-number';

export function incref<T extends PyObject>(o: T): T {
  R.heap.incref(o);
  return o;
}

export function decref(o: PyObject): void {
  R.heap.decref(o);
}

export function xdecref(o: PyObject | null): void {
  if (o !== null) R.heap.decref(o);
}

/** repr(o) as a JS string. */
export function repr(o: PyObject): string {
  const s = reprObj(o);
  const v = s.value;
  decref(s);
  return v;
}

export function reprObj(o: PyObject): PyStr {
  if (R.minor > 11) return tpRepr(o);
  enterRecursiveCall(' while getting the repr of an object');
  try {
    return tpRepr(o);
  } finally {
    VM.depth--;
  }
}

/** The type's tp_repr, object_repr's text where it has none. */
function tpRepr(o: PyObject): PyStr {
  const f = o.ob_type.tp_repr;
  if (f === undefined) return newStr(`<${o.ob_type.tp_name} object at 0x${o.id.toString(16).padStart(12, '0')}>`);
  return f(o);
}

/** PyObject_ASCII: an all-ASCII repr is the result itself; else it is escaped (backslashreplace) into a new str. */
export function asciiObj(o: PyObject): PyStr {
  const r = reprObj(o);
  if (r.maxchar < 128) return r;
  const v = asciiEscape(r.value);
  decref(r);
  return newStr(v);
}

export function strObj(o: PyObject): PyStr {
  if (o.ob_type === strType) return incref(o as PyStr);
  const f = o.ob_type.tp_str;
  // object_str calls tp_repr itself (no PyObject_Repr, no second level).
  const g = f ?? tpRepr;
  if (R.minor > 11) return g(o);
  enterRecursiveCall(' while getting the str of an object');
  try {
    return g(o);
  } finally {
    VM.depth--;
  }
}

export function str(o: PyObject): string {
  const s = strObj(o);
  const v = s.value;
  decref(s);
  return v;
}

export function hash(o: PyObject): Hash {
  const f = o.ob_type.tp_hash;
  if (f === undefined) throw typeError(`unhashable type: '${o.ob_type.tp_name}'`);
  return f(o);
}

const SWAPPED: readonly CmpOp[] = [CmpOp.GT, CmpOp.GE, CmpOp.EQ, CmpOp.NE, CmpOp.LT, CmpOp.LE];
const OPSTR = ['<', '<=', '==', '!=', '>', '>='];

/** PyObject_RichCompare: a new reference. */
export function richCompare(a: PyObject, b: PyObject, op: CmpOp): PyObject {
  // PyObject_RichCompare's level of depth (3.8-3.11; 3.11's specialized COMPARE_OPs skip it:
  // richCompareUnchecked).
  if (R.minor > 11) return doRichCompare(a, b, op);
  enterRecursiveCall(' in comparison');
  try {
    return doRichCompare(a, b, op);
  } finally {
    VM.depth--;
  }
}

/** do_richcompare without PyObject_RichCompare's depth check (3.11's COMPARE_OP_*_JUMP). */
export const richCompareUnchecked = (a: PyObject, b: PyObject, op: CmpOp): PyObject => doRichCompare(a, b, op);

function doRichCompare(a: PyObject, b: PyObject, op: CmpOp): PyObject {
  const ta = a.ob_type;
  const tb = b.ob_type;
  let checkedReverse = false;
  if (ta !== tb && isSubtype(tb, ta) && tb.tp_richcompare !== undefined) {
    checkedReverse = true;
    const r = tb.tp_richcompare(b, a, SWAPPED[op]);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  if (ta.tp_richcompare !== undefined) {
    const r = ta.tp_richcompare(a, b, op);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  if (!checkedReverse && tb.tp_richcompare !== undefined) {
    const r = tb.tp_richcompare(b, a, SWAPPED[op]);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  if (op === CmpOp.EQ) return incref(a === b ? True : False);
  if (op === CmpOp.NE) return incref(a !== b ? True : False);
  // Objects/object.c do_richcompare: PyErr_Format with the operator and both type names as %s.
  fromFormatPieces(OPSTR[op], ta.tp_name, tb.tp_name);
  throw typeError(`'${OPSTR[op]}' not supported between instances of '${ta.tp_name}' and '${tb.tp_name}'`);
}

/** PyObject_RichCompareBool: identity implies equality for == and !=. */
export function richCompareBool(a: PyObject, b: PyObject, op: CmpOp): boolean {
  if (a === b) {
    if (op === CmpOp.EQ) return true;
    if (op === CmpOp.NE) return false;
  }
  const r = richCompare(a, b, op);
  const t = isTrue(r);
  decref(r);
  return t;
}

export function eq(a: PyObject, b: PyObject): boolean {
  return richCompareBool(a, b, CmpOp.EQ);
}

dictHooks.hash = hash;
dictHooks.eq = eq;

/** PyObject_IsTrue */
export function isTrue(o: PyObject): boolean {
  if (o === True) return true;
  if (o === False || o === None) return false;
  const t = o.ob_type;
  const nb = t.tp_as_number.nb_bool;
  if (nb !== undefined) return nb(o);
  if (t.mp_length !== undefined) return t.mp_length(o) !== 0;
  return true;
}

/** len(o) */
export function length(o: PyObject): number {
  const f = o.ob_type.mp_length;
  if (f === undefined) throw typeError(`object of type '${o.ob_type.tp_name}' has no len()`);
  return f(o);
}

/** The exact length of the types whose len() can pass 2**53 (a range's), by type. */
export const exactLengthOf = new Map<PyType, (o: PyObject) => bigint>();

/** len() as a new int (PyLong_FromSsize_t of PyObject_Size, or of n, o's length already asked), exact past 2**53 too. */
export function lengthObject(o: PyObject, n = length(o)): PyObject {
  // PyLong_FromSsize_t
  if (Number.isSafeInteger(n)) return newIntSsize(n);
  const f = exactLengthOf.get(o.ob_type);
  if (f === undefined) throw new Error(`inexact length ${n} of ${o.ob_type.tp_name}`);
  return newIntBig(f(o));
}

/** PyObject_GetAttr: a new reference, or AttributeError. */
export function getAttr(o: PyObject, name: PyStr): PyObject {
  let r: PyObject | null;
  try {
    r = getAttrOrNull(o, name);
  } catch (e) {
    if (e instanceof PyErr) setAttributeErrorContext(e, o, name);
    throw e;
  }
  if (r !== null) return r;
  const err = noAttribute(o, name.value);
  setAttributeErrorContext(err, o, name);
  throw err;
}

export function getAttrOrNull(o: PyObject, name: PyStr): PyObject | null {
  const f = o.ob_type.tp_getattro;
  if (f === undefined) return null;
  return f(o, name);
}

/** _PyObject_LookupAttr with a C identifier (_PyObject_LookupAttrId, _Py_ID): a new reference, or null when missing. */
export function lookupAttrId(o: PyObject, name: string): PyObject | null {
  const key = cIdentifier(name);
  try {
    return getAttrOrNull(o, key);
  } finally {
    decref(key);
  }
}

/** An attribute name given as an argument (PyObject_GetAttr's check): a str, else TypeError. */
export function attrName(o: PyObject): PyStr {
  if (!(o instanceof PyStr)) throw typeError(`attribute name must be string, not '${o.ob_type.tp_name}'`);
  return o;
}

/**
 * What a class method that builds an instance of base answers for cls: the result itself
 * for base, else cls(result) (float_fromhex, int_from_bytes_impl).
 */
export function resultForClass(cls: PyObject, base: PyType, r: PyObject): PyObject {
  if (cls === base) return r;
  try {
    return call(cls, [r]);
  } finally {
    decref(r);
  }
}

export function noAttribute(o: PyObject, name: string) {
  if (o.ob_type.tp_name === 'type') {
    return attributeError(`type object '${(o as PyType).tp_name}' has no attribute '${name}'`);
  }
  if (o.ob_type.tp_name === 'module') {
    return attributeError(`module '${(o as unknown as { name: string }).name}' has no attribute '${name}'`);
  }
  return attributeError(`'${o.ob_type.tp_name}' object has no attribute '${name}'`);
}

/**
 * PyObject_SetAttr (and delete, v null): the name is interned first, so a name made at run
 * time is the one object the attribute's key is from then on (an equal interned one if any).
 */
export function setAttr(o: PyObject, name: PyStr, v: PyObject | null): void {
  if (name.interned) return setAttrInterned(o, name, v);
  const n = internInPlace(name);
  try {
    setAttrInterned(o, n, v);
  } finally {
    R.heap.decref(n);
  }
}

function setAttrInterned(o: PyObject, name: PyStr, v: PyObject | null): void {
  const f = o.ob_type.tp_setattro;
  if (f === undefined) {
    const descr = typeLookup(o.ob_type, name.value);
    // _PyObject_GenericSetAttrWithDict: a data descriptor (a builtin type's getset) decides, with its own message.
    const descrSet = descr?.ob_type.tp_descr_set;
    if (descr !== null && descrSet !== undefined) return descrSet(descr, o, v);
    const has = descr !== null;
    // 3.13 _PyObject_GenericSetAttrWithDict words a deletion as a store.
    if (v === null && !has && R.minor <= 12) throw noAttribute(o, name.value);
    throw attributeError(
      has
        ? `'${o.ob_type.tp_name}' object attribute '${name.value}' is read-only`
        : // _PyObject_GenericSetAttrWithDict: 3.13 says why a new attribute cannot be stored.
          `'${o.ob_type.tp_name}' object has no attribute '${name.value}'${R.minor >= 13 ? ' and no __dict__ for setting new attributes' : ''}`,
    );
  }
  f(o, name, v);
}

/** PyObject_Vectorcall: args are borrowed; returns a new reference. */
export function call(f: PyObject, args: PyObject[], kwnames: PyStr[] | null = null): PyObject {
  const c = f.ob_type.tp_call;
  if (c === undefined) throw typeError(`'${f.ob_type.tp_name}' object is not callable`);
  return c(f, args, kwnames);
}

/** Look a special method up on the type and call it bound to o; null when the type has none. */
export function callSpecial(o: PyObject, name: string, args: PyObject[]): PyObject | null {
  const m = typeLookup(o.ob_type, name);
  if (m === null) return null;
  return call(m, [o, ...args]);
}

/** _PyObject_LookupSpecial: found on the type, bound through its descriptor; never __getattribute__. */
export function lookupSpecial(o: PyObject, name: string): PyObject | null {
  const res = typeLookup(o.ob_type, name);
  if (res === null) return null;
  const get = res.ob_type.tp_descr_get;
  return get === undefined ? incref(res) : get(res, o, o.ob_type);
}

/** What getIter accepts: a type with __iter__, or a sequence (__getitem__) (ceval.c check_args_iterable's test). */
export function canIterate(o: PyObject): boolean {
  return o.ob_type.tp_iter !== undefined || (o.ob_type.mp_subscript !== undefined && typeLookup(o.ob_type, '__getitem__') !== null);
}

/** _PyObject_LookupAttr's yes or no (the attribute found is dropped). */
export function hasAttr(o: PyObject, name: string): boolean {
  const n = internStr(name);
  const v = getAttrOrNull(o, n);
  decref(n);
  if (v === null) return false;
  decref(v);
  return true;
}

/** PyObject_GetIter (Objects/abstract.c): what __iter__ returns must be an iterator (PyIter_Check). */
export function getIter(o: PyObject): PyObject {
  const f = o.ob_type.tp_iter;
  if (f !== undefined) {
    const res = f(o);
    if (res.ob_type.tp_iternext === undefined) {
      decref(res);
      throw typeError(`iter() returned non-iterator of type '${res.ob_type.tp_name}'`);
    }
    return res;
  }
  if (canIterate(o)) return seqIterFactory(o);
  throw typeError(`'${o.ob_type.tp_name}' object is not iterable`);
}

/** Set by iterators.ts: the old-style iterator over __getitem__. */
export let seqIterFactory: (o: PyObject) => PyObject = () => {
  throw new Error('seqiter not registered');
};
export function registerSeqIter(f: (o: PyObject) => PyObject): void {
  seqIterFactory = f;
}

/** The next item (new reference) or null at the end. */
export function iterNext(it: PyObject): PyObject | null {
  // A safe point for the time and trace budgets: a C loop over an iterator that allocates
  // nothing (any(repeat(0)), islice skipping) reaches no allocation that would check them.
  if (R.heap.trace.limitsDue) R.heap.checkBudget(0);
  const f = it.ob_type.tp_iternext;
  if (f === undefined) throw typeError(`'${it.ob_type.tp_name}' object is not an iterator`);
  const v = f(it);
  // PyIter_Next (and FOR_ITER): a StopIteration the iterator left set is cleared at once.
  if (v === null) decrefPending(it);
  return v;
}

/**
 * The StopIteration a tp_iternext left set when it ended (a generator's with a return value,
 * or one a __next__ raised), as CPython leaves it in the thread state: next() raises that very
 * exception; anything else that sees the end clears it (iterNext).
 */
const pendingStop = new WeakMap<PyObject, PyObject>();

export function setPendingStop(it: PyObject, exc: PyObject): void {
  decrefPending(it);
  pendingStop.set(it, exc);
}

/** The pending StopIteration of it (a reference the caller owns), or null. */
export function takePendingStop(it: PyObject): PyObject | null {
  const e = pendingStop.get(it) ?? null;
  pendingStop.delete(it);
  return e;
}

function decrefPending(it: PyObject): void {
  const e = takePendingStop(it);
  if (e !== null) decref(e);
}

/** Collect an iterable's items (new references). */
/**
 * Iterate o lazily, as C code does with PyIter_Next: f gets each item (a new reference it
 * must release) and returns true to stop early; the iterator is released after.
 */
export function forEachItem(o: PyObject, f: (v: PyObject) => boolean | void): void {
  const it = getIter(o);
  try {
    for (let v = iterNext(it); v !== null; v = iterNext(it)) if (f(v) === true) return;
  } finally {
    decref(it);
  }
}

export function toArray(o: PyObject): PyObject[] {
  const it = getIter(o);
  const out: PyObject[] = [];
  try {
    for (let v = iterNext(it); v !== null; v = iterNext(it)) out.push(v);
  } catch (e) {
    for (const v of out) decref(v);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

export function getItem(o: PyObject, key: PyObject): PyObject {
  const f = o.ob_type.mp_subscript;
  if (f === undefined) {
    if (o instanceof PyType) {
      // PyObject_GetItem: a type subscripts through its __class_getitem__ (list[int]).
      const name = cIdentifier('__class_getitem__');
      let m: PyObject | null;
      try {
        m = getAttrOrNull(o, name);
      } finally {
        decref(name);
      }
      if (m !== null) {
        try {
          return call(m, [key]);
        } finally {
          decref(m);
        }
      }
      throw typeError(R.minor >= 9 ? `type '${(o as PyType).tp_name}' is not subscriptable` : "'type' object is not subscriptable");
    }
    throw typeError(`'${o.ob_type.tp_name}' object is not subscriptable`);
  }
  return f(o, key);
}

export function setItem(o: PyObject, key: PyObject, v: PyObject | null): void {
  const f = o.ob_type.mp_ass_subscript;
  if (f === undefined) {
    throw typeError(
      v === null
        ? `'${o.ob_type.tp_name}' object doesn't support item deletion`
        : `'${o.ob_type.tp_name}' object does not support item assignment`,
    );
  }
  f(o, key, v);
}

export function contains(container: PyObject, v: PyObject): boolean {
  const f = container.ob_type.sq_contains;
  if (f !== undefined) return f(container, v);
  // Objects/abstract.c _PySequence_IterSearch: a TypeError from iter() names the operand.
  let it: PyObject;
  try {
    it = getIter(container);
  } catch (e) {
    if (errorMatches(e, TypeError)) {
      clearError(e);
      throw typeError(`argument of type '${container.ob_type.tp_name}' is not iterable`);
    }
    throw e;
  }
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it)) {
      const found = eq(x, v);
      decref(x);
      if (found) return true;
    }
    return false;
  } finally {
    decref(it);
  }
}

export function isInstance(o: PyObject, t: PyType): boolean {
  return isSubtype(o.ob_type, t);
}

export { intType };

/** Is this thrown value a Python StopIteration (or subclass)? */
export function isStopIteration(e: unknown): e is PyErr {
  return errorMatches(e, StopIteration);
}
