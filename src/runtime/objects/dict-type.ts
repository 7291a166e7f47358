// The dict type object (Objects/dictobject.c PyDict_Type): PyDict_New and the presized and
// keyword dicts, and the type's slots (sizeof, dealloc, traverse, length).
import { R } from '../state';
import * as freelists from '../freelists';
import { PyType } from './object';
import type { PyObject } from './object';
import type { PyStr } from './str';
import { readyType } from './typeobject';
import { genericAllocBytes } from './instance-layout';
import { calculateLog2Keysize, usableFraction } from './dict-keys';
import { PyDict } from './dict';

export const dictType = readyType(new PyType(null, 'dict'), undefined, { gc: true });
export const OBJ_BYTES = 64; // PyDictObject (48) + PyGC_Head (16)

/** A dict object's bytes: a subclass's instances come from PyType_GenericAlloc (pre-header, added pointers). */
export function dictObjBytes(t: PyType): number {
  return t === dictType ? OBJ_BYTES : genericAllocBytes(t, 48, 0, 0);
}

/** PyDict_New takes a parked dict; dict() goes through tp_alloc and never does (fromFreeList false). */
export function newDict(fromFreeList = true): PyDict {
  const o = new PyDict(dictType);
  const d = (fromFreeList ? freelists.pop('dict', o, 16) : null) ?? R.heap.newObject(o, OBJ_BYTES, 16);
  // new_dict: a dict starts untracked up to 3.13; MAINTAIN_TRACKING tracks it when it
  // first holds something the collector may track. 3.14 tracks every dict.
  if (R.minor <= 13) R.heap.gc.untrack(d);
  return d;
}

/** _PyStack_AsDict: a call's keywords (kwnames, their values from args[start]) in a new dict. */
export function stackAsDict(args: readonly PyObject[], start: number, kwnames: readonly PyStr[]): PyDict {
  const d = newDict();
  for (let i = 0; i < kwnames.length; i++) d.set(kwnames[i], args[start + i]);
  return d;
}

/**
 * dict_new_presized (_PyDict_FromItems, BUILD_MAP n): a table for n items at once; a plain
 * new dict for what fits the minimum table.
 */
export function newDictPresized(n: number, unicode: boolean): PyDict {
  const d = newDict();
  if (n > usableFraction(8)) d.newKeys(Math.min(17, calculateLog2Keysize((n * 3 + 1) >> 1)), unicode);
  return d;
}

/** dict_sizeof: a dict sharing an instance's values counts them, not the shared keys. */
dictType.tp_sizeof = (o) => {
  const d = o as PyDict;
  if (d.sharedValues !== null) return 48 + 8 * (d.sharedValues.names.size + d.sharedValues.usable);
  // A split dict counts the shared keys when it is their only holder (dk_refcnt == 1).
  return 48 + d.keysBytes + (d.splitOf !== null && d.splitOf.refcnt === 1 ? d.splitOf.bytes : 0);
};
dictType.tp_dealloc = (o) => {
  (o as PyDict).clear();
  // PyDict_MAXFREELIST: the dict object is kept for the next dict.
  if (o.ob_type === dictType && freelists.push('dict', freelists.DICT_MAXFREELIST, o, OBJ_BYTES)) return;
  R.heap.freeObject(o, dictObjBytes(o.ob_type));
};
dictType.tp_traverse = (o, visit) => {
  for (const [k, v] of (o as PyDict).entries()) {
    visit(k);
    visit(v);
  }
};
dictType.mp_length = (o) => (o as PyDict).used;
