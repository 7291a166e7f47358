// set and frozenset iterators (Objects/setobject.c setiterobject): the set_iterator type,
// which notices a change of size while it runs.
import { R } from '../state';
import * as abs from './abstract';
import { runtimeError } from './exceptions';
import { lengthHintOf } from './iterators';
import { PyObject, PyType } from './object';
import { PySet } from './set';
import { readyType } from './typeobject';

/** setiterobject: the set, its size when iteration began, the position and items left. */
class PySetIter extends PyObject {
  pos = 0;
  len: number;
  used: number;
  constructor(
    type: PyType,
    public set: PySet | null,
  ) {
    super(type);
    this.len = set!.used;
    this.used = set!.used;
  }
}
const SETITER_BYTES = 64;
const setIterType = readyType(new PyType(null, 'set_iterator'), undefined, { gc: true, basetype: false });
setIterType.tp_iter = (o) => abs.incref(o);
setIterType.tp_sizeof = () => SETITER_BYTES - 16;
setIterType.tp_iternext = (o) => {
  const it = o as PySetIter;
  const so = it.set;
  if (so === null) return null;
  if (it.used !== so.used) {
    it.used = -1;
    throw runtimeError('Set changed size during iteration');
  }
  let i = it.pos;
  while (i <= so.mask && (so.keys[i] === null || so.hashes[i] === -1)) i++;
  it.pos = i + 1;
  if (i > so.mask) {
    it.set = null;
    abs.decref(so);
    return null;
  }
  it.len--;
  return abs.incref(so.keys[i]!);
};
setIterType.tp_dealloc = (o) => {
  const it = o as PySetIter;
  if (it.set !== null) R.heap.decref(it.set);
  R.heap.freeObject(o, SETITER_BYTES);
};
setIterType.tp_traverse = (o, visit) => {
  const it = o as PySetIter;
  if (it.set !== null) visit(it.set);
};
lengthHintOf.set(setIterType, (o) => {
  const it = o as PySetIter;
  return it.set !== null && it.used === it.set.used ? it.len : 0;
});

export function newSetIter(so: PySet): PySetIter {
  R.heap.incref(so);
  return R.heap.newObject(new PySetIter(setIterType, so), SETITER_BYTES, 16);
}
