// The set operations of dict key and item views (Objects/dictobject.c dictviews_or,
// dictviews_sub, dictviews_xor, _PyDictView_Intersect, dictviews_isdisjoint), over the set algebra.
import * as abs from './abstract';
import { PyDict } from './dict';
import { isSetView, viewRichCompare, dictKeysType, dictItemsType } from './dictviews';
import { defMethod } from './function';
import { exactly, noKw } from './args';
import { PyObject } from './object';
import { newSet, PySet, setType } from './set';
import { pyBool } from './singletons';
import { differenceUpdate, intersection, isSet, makeNewSet, setUpdateInternal, symmetricUpdate } from './set-algebra';

const isSetLike = (o: PyObject): boolean => isSet(o) || isSetView(o);

/** dictviews_to_set: keys views copy the dict's keys (PySet_New(dict)), others are iterated. */
function viewToSet(o: PyObject): PySet {
  if (o.ob_type === dictKeysType) return makeNewSet(setType, (o as unknown as { target: PyDict }).target);
  return makeNewSet(setType, o);
}

for (const t of [dictKeysType, dictItemsType]) {
  const nb = t.tp_as_number;
  nb.nb_or = (a, b) => {
    const r = viewToSet(a);
    setUpdateInternal(r, b);
    return r;
  };
  nb.nb_subtract = (a, b) => {
    const r = viewToSet(a);
    differenceUpdate(r, b);
    return r;
  };
  nb.nb_xor = (a, b) => {
    const r = viewToSet(a);
    symmetricUpdate(r, b);
    return r;
  };
  nb.nb_and = (a, b) => {
    // _PyDictView_Intersect: a view on either side; a bigger set does the work itself.
    let self = a;
    let other = b;
    if (!isSetView(self)) [self, other] = [other, self];
    const lenSelf = abs.length(self);
    if (other.ob_type === setType && lenSelf <= abs.length(other)) return intersection(other as PySet, self);
    if (isSetView(other) && abs.length(other) > lenSelf) [self, other] = [other, self];
    const result = newSet(setType);
    const it = abs.getIter(other);
    try {
      for (let k = abs.iterNext(it); k !== null; k = abs.iterNext(it)) {
        try {
          if (abs.contains(self, k)) result.add(k, abs.hash(k));
        } finally {
          abs.decref(k);
        }
      }
    } catch (e) {
      abs.decref(result);
      throw e;
    } finally {
      abs.decref(it);
    }
    return result;
  };
  t.tp_richcompare = (a, b, op) => viewRichCompare(a, b, op, isSetLike);
  defMethod(t, 'isdisjoint', (o, a, kw) => {
    noKw(`${t.tp_name}.isdisjoint`, kw);
    exactly(`${t.tp_name}.isdisjoint`, a, 1);
    const other = a[0];
    if (o === other) return pyBool(abs.length(o) === 0);
    let self = o;
    let it = other;
    if (isSetLike(other) && abs.length(other) > abs.length(o)) [self, it] = [other, o];
    const iter = abs.getIter(it);
    try {
      for (let k = abs.iterNext(iter); k !== null; k = abs.iterNext(iter)) {
        const found = abs.contains(self, k);
        abs.decref(k);
        if (found) return pyBool(false);
      }
      return pyBool(true);
    } finally {
      abs.decref(iter);
    }
  });
}
