// The __future__ module (Lib/__future__.py): one _Feature record per future statement, its
// CO_* compiler flags and all_feature_names, which `from __future__ import x` binds from.
import * as abs from '../objects/abstract';
import { defMethod } from '../objects/function';
import { defGetSet } from '../objects/getset';
import { newInt } from '../objects/int';
import { newListFrom } from '../objects/list';
import { newModule, PyModule } from '../objects/module';
import { PyObject, PyType } from '../objects/object';
import { None } from '../objects/singletons';
import { internStr, newStr } from '../objects/str';
import { newTuple } from '../objects/tuple';
import { readyType } from '../objects/typeobject';
import { R } from '../state';
import { setAttrString } from './index';

type Release = readonly [number, number, number, string, number];

class PyFeature extends PyObject {
  constructor(
    readonly optional: PyObject,
    readonly mandatory: PyObject,
    readonly compilerFlag: PyObject,
  ) {
    super(featureType);
  }
}

// Lib/__future__.py defines _Feature in Python; an instance with its __dict__ in the model.
const featureType = readyType(new PyType(null, '__future__._Feature'), undefined, { basetype: false });
const FEATURE_BYTES = 48;
featureType.tp_dealloc = (o) => {
  const f = o as PyFeature;
  R.heap.decref(f.optional);
  R.heap.decref(f.mandatory);
  R.heap.decref(f.compilerFlag);
  R.heap.freeObject(o, FEATURE_BYTES);
  R.heap.decref(featureType);
};
const fields = (o: PyObject): PyObject[] => {
  const f = o as PyFeature;
  return [f.optional, f.mandatory, f.compilerFlag];
};
// _Feature.__repr__: "_Feature" + repr((optional, mandatory, compiler_flag)).
featureType.tp_repr = (o) => newStr('_Feature(' + fields(o).map((x) => abs.repr(x)).join(', ') + ')');
defGetSet(featureType, 'optional', (o) => abs.incref((o as PyFeature).optional));
defGetSet(featureType, 'mandatory', (o) => abs.incref((o as PyFeature).mandatory));
defGetSet(featureType, 'compiler_flag', (o) => abs.incref((o as PyFeature).compilerFlag));
defMethod(featureType, 'getOptionalRelease', (o) => abs.incref((o as PyFeature).optional));
defMethod(featureType, 'getMandatoryRelease', (o) => abs.incref((o as PyFeature).mandatory));

function release(r: Release | null): PyObject {
  if (r === null) return abs.incref(None);
  return newTuple([newInt(r[0]), newInt(r[1]), newInt(r[2]), internStr(r[3]), newInt(r[4])]);
}

/** The features, their releases and flags as 3.8-3.13 record them. */
function features(minor: number): Array<[string, Release, Release | null, string, number]> {
  const annotationsMandatory: Release | null = minor <= 9 ? [3, 10, 0, 'alpha', 0] : minor === 10 ? [3, 11, 0, 'alpha', 0] : null;
  return [
    ['nested_scopes', [2, 1, 0, 'beta', 1], [2, 2, 0, 'alpha', 0], 'CO_NESTED', 0x10],
    ['generators', [2, 2, 0, 'alpha', 1], [2, 3, 0, 'final', 0], 'CO_GENERATOR_ALLOWED', 0],
    ['division', [2, 2, 0, 'alpha', 2], [3, 0, 0, 'alpha', 0], 'CO_FUTURE_DIVISION', 0x20000],
    ['absolute_import', [2, 5, 0, 'alpha', 1], [3, 0, 0, 'alpha', 0], 'CO_FUTURE_ABSOLUTE_IMPORT', 0x40000],
    ['with_statement', [2, 5, 0, 'alpha', 1], [2, 6, 0, 'alpha', 0], 'CO_FUTURE_WITH_STATEMENT', 0x80000],
    ['print_function', [2, 6, 0, 'alpha', 2], [3, 0, 0, 'alpha', 0], 'CO_FUTURE_PRINT_FUNCTION', 0x100000],
    ['unicode_literals', [2, 6, 0, 'alpha', 2], [3, 0, 0, 'alpha', 0], 'CO_FUTURE_UNICODE_LITERALS', 0x200000],
    ['barry_as_FLUFL', [3, 1, 0, 'alpha', 2], [4, 0, 0, 'alpha', 0], 'CO_FUTURE_BARRY_AS_BDFL', 0x400000],
    ['generator_stop', [3, 5, 0, 'beta', 1], [3, 7, 0, 'alpha', 0], 'CO_FUTURE_GENERATOR_STOP', 0x800000],
    ['annotations', [3, 7, 0, 'beta', 1], annotationsMandatory, 'CO_FUTURE_ANNOTATIONS', 0x1000000],
  ];
}

export function makeFuture(): PyModule {
  const m = newModule('__future__');
  const list = features(R.minor);
  setAttrString(m, 'all_feature_names', newListFrom(list.map(([name]) => internStr(name))));
  for (const [, , , flagName, flag] of list) setAttrString(m, flagName, newInt(flag));
  // The class statement's own references (type_new): its MRO tuple's and the d_type of its
  // __dict__ and __weakref__ getsets; the first run's import starts it again.
  featureType.ob_refcnt = 3;
  abs.incref(featureType);
  setAttrString(m, '_Feature', featureType);
  for (const [name, optional, mandatory, , flag] of list) {
    const f = R.heap.newObject(new PyFeature(release(optional), release(mandatory), newInt(flag)), FEATURE_BYTES, 16);
    // An instance of a heap type holds its type (PyType_GenericAlloc).
    R.heap.incref(featureType);
    setAttrString(m, name, f);
  }
  return m;
}
