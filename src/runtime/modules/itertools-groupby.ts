// itertools.groupby and its _grouper sub-iterators (Modules/itertoolsmodule.c): the groupby
// holds the current key and value; each _grouper holds its parent and its key, and only the
// parent's current grouper (a borrowed pointer) still yields.
import * as abs from '../objects/abstract';
import { PyObject } from '../objects/object';
import { None } from '../objects/singletons';
import { newTuple } from '../objects/tuple';
import { clinicKeywords, unpackKeywords } from '../builtin-conventions';
import { unsupported } from '../errors';
import { vectorcall } from '../vm/calls';
import { R } from '../state';
import { allocIt, ItObject, itType } from './itertools-common';

/** groupby's fields: it, keyfunc, tgtkey, currkey, currvalue (then currgrouper, borrowed, and 3.12's state). */
const [IT, KEYFUNC, TGTKEY, CURRKEY, CURRVALUE] = [0, 1, 2, 3, 4];

class GroupBy extends ItObject {
  currgrouper: PyObject | null = null;
}

const GROUPBY_ARGS = clinicKeywords(['iterable', 'key'], 0, 1, 2);
const groupbySize = (m: number): number => (m >= 12 ? 72 : 64);

/** Replace a field (Py_XSETREF), the old value released after. */
function setRef(o: ItObject, i: number, v: PyObject | null): void {
  const old = o.refs[i];
  o.refs[i] = v;
  if (old !== null) abs.decref(old);
}

/** groupby_step: the next value and its key become current; false at the end. */
function groupbyStep(g: ItObject): boolean {
  const newvalue = abs.iterNext(g.refs[IT]!);
  if (newvalue === null) return false;
  let newkey: PyObject;
  if (g.refs[KEYFUNC] === None) newkey = abs.incref(newvalue);
  else {
    try {
      newkey = vectorcall(g.refs[KEYFUNC]!, [newvalue], null);
    } catch (e) {
      abs.decref(newvalue);
      throw e;
    }
  }
  const oldvalue = g.refs[CURRVALUE];
  g.refs[CURRVALUE] = newvalue;
  setRef(g, CURRKEY, newkey);
  if (oldvalue !== null) abs.decref(oldvalue);
  return true;
}

export const groupbyType = itType('groupby', {
  basicsize: groupbySize,
  next(o) {
    const g = o as GroupBy;
    g.currgrouper = null;
    // Skip to the next group: a current key unequal to the target's.
    for (;;) {
      const currkey = g.refs[CURRKEY];
      if (currkey !== null) {
        if (g.refs[TGTKEY] === null) break;
        if (!abs.eq(g.refs[TGTKEY]!, currkey)) break;
      }
      if (!groupbyStep(g)) return null;
    }
    setRef(g, TGTKEY, abs.incref(g.refs[CURRKEY]!));
    const grouper = grouperCreate(g, g.refs[TGTKEY]!);
    const r = newTuple([abs.incref(g.refs[CURRKEY]!), grouper]);
    return r;
  },
  make(t, args, kw) {
    const [iterable, keyfunc] = unpackKeywords('groupby', GROUPBY_ARGS, args, [...kw]);
    // itertools_groupby_impl: the object first, then the key function, then the iterator.
    const g = allocIt(t, groupbySize(R.minor), [null, abs.incref(keyfunc ?? None), null, null, null], [], (bytes) => new GroupBy(t, bytes));
    try {
      g.refs[IT] = abs.getIter(iterable!);
    } catch (e) {
      abs.decref(g);
      throw e;
    }
    return g;
  },
});

// ---- _grouper: { parent, tgtkey } ----

export const grouperType = itType('_grouper', {
  basicsize: () => 32,
  next(o) {
    const g = o.refs[0] as GroupBy;
    if (g.currgrouper !== o) return null;
    if (g.refs[CURRVALUE] === null && !groupbyStep(g)) return null;
    if (!abs.eq(o.refs[1]!, g.refs[CURRKEY]!)) return null;
    const r = g.refs[CURRVALUE]!;
    g.refs[CURRVALUE] = null;
    setRef(g, CURRKEY, null);
    return r;
  },
  make() {
    throw unsupported('itertools._grouper()');
  },
});

/** _grouper_create: PyObject_GC_New, its parent and key, and it becomes the parent's current grouper. */
function grouperCreate(parent: GroupBy, tgtkey: PyObject): PyObject {
  const igo = allocIt(grouperType, 32, [abs.incref(parent), abs.incref(tgtkey)]);
  parent.currgrouper = igo;
  return igo;
}
