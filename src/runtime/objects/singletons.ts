// None, NotImplemented, Ellipsis, True and False: statically allocated objects
// (immortal from 3.12, Include/object.h), created once per run.
import { R } from '../state';
import { intType, PyInt } from './int';
import { PyObject, PyType } from './object';
import { objectType, readyType } from './typeobject';
import { newStr } from './str';
import { startupRefcount } from './startup-singleton-refcounts';

export const noneType = readyType(new PyType(null, 'NoneType'), undefined, { basetype: false });
export const notImplementedType = readyType(new PyType(null, 'NotImplementedType'), undefined, { basetype: false });
export const ellipsisType = readyType(new PyType(null, 'ellipsis'), undefined, { basetype: false });
export const boolType = readyType(new PyType(null, 'bool'), intType, { basetype: false });

export const None = new PyObject(noneType);
export const NotImplemented = new PyObject(notImplementedType);
export const Ellipsis = new PyObject(ellipsisType);
export const True = new PyInt(boolType, 1, null);
export const False = new PyInt(boolType, 0, null);
noneType.tp_repr = () => newStr('None');
// Objects/object.c none_hash: a constant from 3.12 (_Py_HashPointer of the static object before).
noneType.tp_hash = (o) => (R.minor >= 12 ? 0xfca86420 : objectType.tp_hash!(o));
notImplementedType.tp_repr = () => newStr('NotImplemented');
ellipsisType.tp_repr = () => newStr('Ellipsis');

/** Reset the singletons for a new run: static addresses and the version's start counts. */
export function initSingletons(): void {
  const named: [PyObject, string][] = [[None, 'None'], [NotImplemented, 'NotImplemented'], [Ellipsis, 'Ellipsis'], [True, 'True'], [False, 'False']];
  for (const [o, name] of named) {
    // 3.12+ pin immortal counts; before that the count is real, and start-up already holds
    // thousands of references to None (startup-singleton-refcounts.ts).
    o.ob_refcnt = R.minor >= 12 ? 0xffffffff : startupRefcount(name, 1);
    R.heap.newStatic(o, o instanceof PyInt ? 32 : 16);
  }
}

export function pyBool(b: boolean): PyInt {
  const o = b ? True : False;
  R.heap.incref(o);
  return o;
}

export function newNone(): PyObject {
  R.heap.incref(None);
  return None;
}

export { intType };
