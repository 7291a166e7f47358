// mappingproxy (Objects/descrobject.c mappingproxy_type): a read-only view of a mapping,
// here what a dict view's .mapping gives (3.10+): lookups, len/iter/in, get/keys/values/items/copy,
// | (3.9+), reversed(), comparisons and str passed to the mapping, repr mappingproxy({...});
// and a class's __dict__ (type_dict), over the class's dict; a builtin type's namespace is a JS
// map here: lookups by str read it, the rest a dict made from it at each use.
import { R } from '../state';
import * as abs from './abstract';
import { defMethod } from './function';
import { exactly } from './args';
import { defGetSet } from './getset';
import { newDict, PyDict } from './dict';
import { PyObject, PyType } from './object';
import { NotImplemented } from './singletons';
import { builtinName, internStr, newStr, PyStr, strType } from './str';
import { keyError } from './dictviews';
import { inVersions, readyType } from './typeobject';
import { dictItemsType, dictKeysType, dictValuesType, PyDictView } from './dictviews';

export class PyMappingProxy extends PyObject {
  constructor(
    type: PyType,
    readonly mapping: PyObject,
    /** Set for a class's __dict__: the type whose namespace (a JS map here) the proxy shows. */
    readonly ns: PyType | null = null,
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

/**
 * type_dict (Objects/typeobject.c) of a builtin type: a proxy over its namespace. CPython's
 * proxy holds the type's dict; a builtin type's namespace is a JS map here, so the proxy
 * holds the type and each use reads a dict made from the map then.
 */
export function newTypeDictProxy(t: PyType): PyMappingProxy {
  abs.incref(t);
  return R.heap.newObject(new PyMappingProxy(mappingProxyType, t, t), PROXY_BYTES, 16);
}

/** A dict of a name -> object map, in the map's order (what a class's __dict__ shows). */
export function namespaceDict(m: Map<string, PyObject>): PyDict {
  const d = newDict();
  for (const [k, v] of m) {
    const key = builtinName(k);
    d.set(key, v);
    R.heap.decref(key);
  }
  return d;
}

/** Run fn on the mapping the proxy shows (a new reference is held for the call). */
function withTarget<T>(o: PyObject, fn: (m: PyObject) => T): T {
  const p = o as PyMappingProxy;
  const m = p.ns !== null ? namespaceDict(p.ns.tp_dict) : abs.incref(p.mapping);
  try {
    return fn(m);
  } finally {
    abs.decref(m);
  }
}

mappingProxyType.tp_dealloc = (o) => {
  R.heap.decref((o as PyMappingProxy).mapping);
  R.heap.freeObject(o, PROXY_BYTES);
};
mappingProxyType.tp_traverse = (o, visit) => visit((o as PyMappingProxy).mapping);
/** A class namespace's value for an exact str key, read without a dict; undefined for other keys. */
function namespaceItem(o: PyObject, k: PyObject): PyObject | null | undefined {
  const ns = (o as PyMappingProxy).ns;
  if (ns === null || k.ob_type !== strType) return undefined;
  return ns.tp_dict.get((k as PyStr).value) ?? null;
}
mappingProxyType.mp_subscript = (o, k) => {
  const v = namespaceItem(o, k);
  if (v === null) throw keyError(k);
  return v !== undefined ? abs.incref(v) : withTarget(o, (m) => abs.getItem(m, k));
};
mappingProxyType.mp_length = (o) => ((o as PyMappingProxy).ns?.tp_dict.size ?? abs.length((o as PyMappingProxy).mapping));
mappingProxyType.sq_contains = (o, k) => {
  const v = namespaceItem(o, k);
  return v !== undefined ? v !== null : withTarget(o, (m) => abs.contains(m, k));
};
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
  defMethod(mappingProxyType, name, (o, a) => {
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
