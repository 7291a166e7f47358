// listsort's pre-sort check (Objects/listobject.c, 3.7+): the keys' types choose the compare the
// sort makes. The type-specific ones skip PyObject_RichCompare, so they take no level of depth.
import { richCompareBool, decref, isTrue } from './abstract';
import { floatType } from './float';
import { intType, isMedium, PyInt } from './int';
import { CmpOp, PyObject, PyType } from './object';
import { NotImplemented, True, False } from './singletons';
import { PyStr, strType } from './str';
import { PyTuple, tupleType } from './tuple';

type KeyCompare = (a: PyObject, b: PyObject) => boolean;

/** safe_object_compare: PyObject_RichCompareBool, with its level of depth. */
const safeObjectCompare: KeyCompare = (a, b) => richCompareBool(a, b, CmpOp.LT);

/**
 * unsafe_object_compare (unsafe_long/latin/float_compare give the same answer): the keys' own
 * tp_richcompare, called directly; NotImplemented goes to PyObject_RichCompareBool, which asks again.
 */
const unsafeObjectCompare: KeyCompare = (a, b) => {
  const r = a.ob_type.tp_richcompare!(a, b, CmpOp.LT);
  if (r === NotImplemented) {
    decref(r);
    return richCompareBool(a, b, CmpOp.LT);
  }
  const t = r === True ? true : r === False ? false : isTrue(r);
  decref(r);
  return t;
};

/** unsafe_tuple_compare: the first items that differ decide; the first ones by the element compare. */
function unsafeTupleCompare(elem: KeyCompare): KeyCompare {
  return (a, b) => {
    const v = (a as PyTuple).items;
    const w = (b as PyTuple).items;
    let i = 0;
    for (; i < v.length && i < w.length; i++) if (!richCompareBool(v[i], w[i], CmpOp.EQ)) break;
    if (i >= v.length || i >= w.length) return v.length < w.length;
    return i === 0 ? elem(v[0], w[0]) : richCompareBool(v[i], w[i], CmpOp.LT);
  };
}

const nonEmptyTuple = (o: PyObject): boolean => o.ob_type === tupleType && (o as PyTuple).items.length > 0;

/** The compare listsort picks for these keys (more than one), the first taken as representative. */
export function keyCompare(keys: readonly PyObject[]): KeyCompare {
  let inTuples = nonEmptyTuple(keys[0]);
  const keyType: PyType = (inTuples ? (keys[0] as PyTuple).items[0] : keys[0]).ob_type;
  let sameType = true;
  let latin = true;
  let bounded = true;
  for (const k of keys) {
    if (inTuples && !nonEmptyTuple(k)) {
      inTuples = false;
      sameType = false;
      break;
    }
    const key = inTuples ? (k as PyTuple).items[0] : k;
    if (key.ob_type !== keyType) {
      sameType = false;
      // Keys in tuples are all looked at, to be sure they all are tuples.
      if (!inTuples) break;
    }
    // One 30-bit digit at most (Py_ABS(Py_SIZE(key)) <= 1); a str of 1-byte kind.
    if (sameType && keyType === intType) bounded &&= isMedium(key as PyInt);
    else if (sameType && keyType === strType) latin &&= (key as PyStr).maxchar <= 255;
  }
  let compare = safeObjectCompare;
  if (sameType) {
    const specific = (keyType === strType && latin) || (keyType === intType && bounded) || keyType === floatType;
    if (specific || keyType.tp_richcompare !== undefined) compare = unsafeObjectCompare;
  }
  if (!inTuples) return compare;
  return unsafeTupleCompare(keyType === tupleType ? safeObjectCompare : compare);
}
