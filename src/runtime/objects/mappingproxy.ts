// mappingproxy (Objects/descrobject.c mappingproxy_type): a read-only view of a mapping,
// here what a dict view's .mapping gives (3.10+): lookups, len/iter/in, get/keys/values/items/copy,
// | (3.9+), reversed(), comparisons and str passed to the mapping, repr mappingproxy({...});
// and a class's __dict__ (type_dict), over the class's dict (a builtin type's made once).
import { R } from '../state';
import * as abs from './abstract';
import { defMethod } from './function';
import { exactly, noKw } from './args';
import { defGetSet } from './getset';
import { calculateLog2Keysize, dictType, OBJ_BYTES, PyDict, usableFraction } from './dict';
import { PyObject, PyType } from './object';
import { NotImplemented } from './singletons';
import { builtinName, internStr, newStr } from './str';
import { inVersions, readyType } from './typeobject';
import { dictItemsType, dictKeysType, dictValuesType, PyDictView } from './dictviews';

export class PyMappingProxy extends PyObject {
  constructor(
    type: PyType,
    readonly mapping: PyObject,
  ) {
    super(type);
  }
}

export const mappingProxyType = readyType(new PyType(null, 'mappingproxy'), undefined, { gc: true, basetype: false });
// mappingproxyobject: head and mapping (24 bytes) + GC head.
const PROXY_BYTES = 40;
mappingProxyType.tp_sizeof = () => PROXY_BYTES - 16;

/** PyDictProxy_New: a new proxy over mapping. */
export function newMappingProxy(mapping: PyObject): PyMappingProxy {
  abs.incref(mapping);
  return R.heap.newObject(new PyMappingProxy(mappingProxyType, mapping), PROXY_BYTES, 16);
}

/** A builtin type's tp_dict, made on first use (type_dict) as start-up made it in CPython. */
const staticTypeDicts = new Map<PyType, PyDict>();

/** A new run: its heap has made none yet. */
export function resetTypeDicts(): void {
  staticTypeDicts.clear();
}

/**
 * type_dict (Objects/typeobject.c) of a builtin type: a proxy over its tp_dict. A builtin type's
 * namespace is a JS map here; the dict CPython's type_ready filled is made from it once and kept.
 */
export function newTypeDictProxy(t: PyType): PyMappingProxy {
  let d = staticTypeDicts.get(t);
  if (d === undefined) staticTypeDicts.set(t, (d = startupTypeDict(t)));
  return newMappingProxy(d);
}

/**
 * The dict start-up filled for a type from its namespace (the JS map), as start-up memory (no
 * line, the block count kept), sized for its items at once: a builtin type's, or the namespace
 * of a class start-up made (exception-group.ts ExceptionGroup's).
 */
export function startupTypeDict(t: PyType): PyDict {
  const made = R.heap.asStartup(() => {
    const m = R.heap.newStatic(new PyDict(dictType), OBJ_BYTES);
    const n = t.tp_dict.size;
    if (n > usableFraction(8)) m.newKeys(calculateLog2Keysize((n * 3 + 1) >> 1), true);
    for (const [k, v] of t.tp_dict) {
      const key = builtinName(k);
      m.set(key, v);
      // The map's references (tp_dict's, counted since start-up) become the dict's.
      R.heap.decref(key);
      R.heap.decref(key);
      R.heap.decref(v);
    }
    return m;
  });
  // Never freed, and out of the collector's generations as a static type's dict is in effect.
  R.heap.gc.untrack(made);
  return made;
}

/** Run fn on the mapping the proxy shows. */
function withTarget<T>(o: PyObject, fn: (m: PyObject) => T): T {
  return fn((o as PyMappingProxy).mapping);
}

mappingProxyType.tp_dealloc = (o) => {
  R.heap.decref((o as PyMappingProxy).mapping);
  R.heap.freeObject(o, PROXY_BYTES);
};
mappingProxyType.tp_traverse = (o, visit) => visit((o as PyMappingProxy).mapping);
mappingProxyType.mp_subscript = (o, k) => abs.getItem((o as PyMappingProxy).mapping, k);
mappingProxyType.mp_length = (o) => abs.length((o as PyMappingProxy).mapping);
mappingProxyType.sq_contains = (o, k) => abs.contains((o as PyMappingProxy).mapping, k);
mappingProxyType.tp_iter = (o) => withTarget(o, (m) => abs.getIter(m));
mappingProxyType.tp_repr = (o) => withTarget(o, (m) => newStr(`mappingproxy(${abs.repr(m)})`));
mappingProxyType.tp_str = (o) => withTarget(o, (m) => abs.strObj(m));
mappingProxyType.tp_richcompare = (a, b, op) => withTarget(a, (m) => abs.richCompare(m, b, op));

/** PyObject_CallMethod(mapping, name, args): how the proxy's methods reach the mapping. */
function callMethod(o: PyObject, name: string, args: PyObject[]): PyObject {
  const key = internStr(name);
  let m: PyObject;
  try {
    m = withTarget(o, (t) => abs.getAttr(t, key));
  } finally {
    abs.decref(key);
  }
  try {
    return abs.call(m, args);
  } finally {
    abs.decref(m);
  }
}
defMethod(mappingProxyType, 'get', (o, a) => callMethod(o, 'get', a));
for (const name of ['keys', 'values', 'items', 'copy', '__reversed__']) {
  defMethod(mappingProxyType, name, (o, a, kw) => {
    noKw(`mappingproxy.${name}`, kw);
    exactly(`mappingproxy.${name}`, a, 0);
    return callMethod(o, name, []);
  });
}
inVersions(mappingProxyType, '__reversed__', (m) => m >= 9);

// mappingproxy_or: both sides unwrapped, then the mapping's own |.
const unwrap = (o: PyObject, fn: (m: PyObject) => PyObject): PyObject => (o instanceof PyMappingProxy ? withTarget(o, fn) : fn(o));
mappingProxyType.tp_as_number.nb_or = (a, b) => {
  if (R.minor < 9) return abs.incref(NotImplemented);
  return unwrap(a, (x) => unwrap(b, (y) => abs.binaryOp(x, y, 'nb_or')));
};

// dictview_mapping (3.10+): a new proxy over the view's dict at each read.
for (const t of [dictKeysType, dictValuesType, dictItemsType]) {
  defGetSet(t, 'mapping', (o) => newMappingProxy((o as PyDictView).target));
  inVersions(t, 'mapping', (m) => m >= 10);
}
