// mappingproxy (Objects/descrobject.c mappingproxy_type): a read-only view of a mapping,
// here what a dict view's .mapping gives (3.10+): lookups, len/iter/in, get/keys/values/items/copy,
// | (3.9+), reversed(), comparisons and str passed to the mapping, repr mappingproxy({...}).
import { R } from '../state';
import * as abs from './abstract';
import { defMethod } from './function';
import { exactly } from './args';
import { defGetSet } from './getset';
import { PyObject, PyType } from './object';
import { NotImplemented } from './singletons';
import { internStr, newStr } from './str';
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

const target = (o: PyObject): PyObject => (o as PyMappingProxy).mapping;
mappingProxyType.tp_dealloc = (o) => {
  R.heap.decref(target(o));
  R.heap.freeObject(o, PROXY_BYTES);
};
mappingProxyType.tp_traverse = (o, visit) => visit(target(o));
mappingProxyType.mp_subscript = (o, k) => abs.getItem(target(o), k);
mappingProxyType.mp_length = (o) => abs.length(target(o));
mappingProxyType.sq_contains = (o, k) => abs.contains(target(o), k);
mappingProxyType.tp_iter = (o) => abs.getIter(target(o));
mappingProxyType.tp_repr = (o) => newStr(`mappingproxy(${abs.repr(target(o))})`);
mappingProxyType.tp_str = (o) => abs.strObj(target(o));
mappingProxyType.tp_richcompare = (a, b, op) => abs.richCompare(target(a), b, op);

/** PyObject_CallMethod(mapping, name, args): how the proxy's methods reach the mapping. */
function callMethod(o: PyObject, name: string, args: PyObject[]): PyObject {
  const key = internStr(name);
  let m: PyObject;
  try {
    m = abs.getAttr(target(o), key);
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
const unwrap = (o: PyObject): PyObject => (o instanceof PyMappingProxy ? o.mapping : o);
mappingProxyType.tp_as_number.nb_or = (a, b) => {
  if (R.minor < 9) return abs.incref(NotImplemented);
  return abs.binaryOp(unwrap(a), unwrap(b), 'nb_or');
};

// dictview_mapping (3.10+): a new proxy over the view's dict at each read.
for (const t of [dictKeysType, dictValuesType, dictItemsType]) {
  defGetSet(t, 'mapping', (o) => newMappingProxy((o as PyDictView).target));
  inVersions(t, 'mapping', (m) => m >= 10);
}
