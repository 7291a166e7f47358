// FrameLocalsProxy (3.13, PEP 667; Objects/frameobject.c): the view of a frame's fast locals
// that locals() copies into a new dict. The model makes it only for its memory.
import { R } from '../state';
import { PyObject, PyType } from './object';
import { readyType } from './typeobject';
import { newTuple } from './tuple';

class PyFrameLocalsProxy extends PyObject {
  constructor(
    t: PyType,
    readonly frame: PyObject,
  ) {
    super(t);
  }
}

const frameLocalsProxyType = readyType(new PyType(null, 'FrameLocalsProxy'), undefined, { gc: true, basetype: false });
/** PyObject_HEAD and the frame object, after the GC head. */
const PROXY_BYTES = 16 + 24;
frameLocalsProxyType.tp_dealloc = (o) => {
  R.heap.gc.untrack(o);
  R.heap.decref((o as PyFrameLocalsProxy).frame);
  R.heap.freeObject(o, PROXY_BYTES);
};
frameLocalsProxyType.tp_traverse = (o, visit) => visit((o as PyFrameLocalsProxy).frame);

/** _PyFrameLocalsProxy_New: framelocalsproxy_new called with the frame object packed in a 1-tuple. */
export function newFrameLocalsProxy(frame: PyObject): PyObject {
  R.heap.incref(frame);
  const args = newTuple([frame]);
  R.heap.incref(frame);
  const proxy = R.heap.newObject(new PyFrameLocalsProxy(frameLocalsProxyType, frame), PROXY_BYTES, 16);
  R.heap.decref(args);
  return proxy;
}
