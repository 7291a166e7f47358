// memoryview (Objects/memoryobject.c): a GC object of 144 bytes plus 3*ndim Py_ssize_t
// (shape, strides, suboffsets), over a _PyManagedBufferObject (GC, 112 bytes) that holds
// the export of one object; views made from a view (slices, casts) share its managed buffer.
import { R } from '../state';
import { pyError, BufferError, typeError, ValueError } from './exceptions';
import { PyObject, PyType, typeLookup } from './object';
import { unsupported } from '../errors';
import { readyType } from './typeobject';
import { PyBytes } from './bytes';
import { PyByteArray } from './bytearray';
import { clearers } from '../gc';

/** The fields of a Py_buffer this runtime models: 1-D views of one-byte items. */
export interface BufferView {
  /** Offset of the first item in the root exporter's bytes. */
  start: number;
  /** shape[0] and strides[0] (bytes, itemsize is 1). */
  shape: number;
  stride: number;
  readonly: boolean;
  /** The format string as given ('B', 'c', 'b', '@B'). */
  format: string;
}

/** _PyManagedBufferObject: master is the buffer obj's bf_getbuffer filled in. */
export class PyManagedBuffer extends PyObject {
  /** master.obj (a strong reference until the buffer is released). */
  obj: PyObject | null = null;
  /** The bytes or bytearray whose storage the views read, under any memoryview exporters. */
  root: PyBytes | PyByteArray | null = null;
  master: BufferView = { start: 0, shape: 0, stride: 1, readonly: true, format: 'B' };
  /** Views registered with mbuf_add_view that are not released yet. */
  exports = 0;
  released = false;
}

export class PyMemoryView extends PyObject {
  mbuf: PyManagedBuffer | null = null;
  /** view.obj: the exporter the view was made over (borrowed; the managed buffer holds it until released). */
  viewObj: PyObject | null = null;
  /** The cached hash (self->hash), null until computed. */
  hash: number | bigint | null = null;
  released = false;
  /** Buffers exported from this view (memory_getbuf), which block release(). */
  exports = 0;
  /** Py_SIZE: 3 * ndim Py_ssize_t after the 144-byte body. */
  readonly ndim = 1;
  view: BufferView = { start: 0, shape: 0, stride: 1, readonly: true, format: 'B' };
}

export const memoryviewType = readyType(new PyType(null, 'memoryview'), undefined, { gc: true, basetype: false });
export const managedBufferType = readyType(new PyType(null, 'managedbuffer'), undefined, { gc: true, basetype: false });

const MV_BASIC = 144; // offsetof(PyMemoryViewObject, ob_array)
const GC_HEAD = 16;
const MBUF_BYTES = 112 + GC_HEAD; // _PyManagedBufferObject
const mvBytes = (mv: PyMemoryView): number => MV_BASIC + 8 * 3 * mv.ndim + GC_HEAD;
memoryviewType.tp_sizeof = (o) => mvBytes(o as PyMemoryView) - GC_HEAD;
managedBufferType.tp_sizeof = () => MBUF_BYTES - GC_HEAD;

export const RELEASED_MSG = 'operation forbidden on released memoryview object';

/** BASE_INACCESSIBLE: the view or its managed buffer is released. */
export function inaccessible(mv: PyMemoryView): boolean {
  return mv.released || mv.mbuf === null || mv.mbuf.released;
}

/** CHECK_RELEASED */
export function checkReleased(mv: PyMemoryView): void {
  if (inaccessible(mv)) throw pyError(ValueError, RELEASED_MSG);
}

/** MV_C_CONTIGUOUS for one dimension (MV_CONTIGUOUS_NDIM1): one item, or items one itemsize apart. */
export function isContiguous(v: BufferView): boolean {
  return v.shape === 1 || v.stride === 1;
}

/** The exporter's bytes as they are now (a bytearray's storage is replaced on writes of other sizes). */
export function rootData(mv: PyMemoryView): Uint8Array {
  return mv.mbuf!.root!.data;
}

/** The view's bytes in logical order (PyBuffer_ToContiguous), a copy. */
export function viewBytes(mv: PyMemoryView): Uint8Array {
  const d = rootData(mv);
  const v = mv.view;
  if (v.stride === 1) return d.slice(v.start, v.start + v.shape);
  const out = new Uint8Array(v.shape);
  for (let i = 0, j = v.start; i < v.shape; i++, j += v.stride) out[i] = d[j];
  return out;
}

/**
 * memory_getbuf with PyBUF_SIMPLE: the bytes of a C-contiguous view (sharing the exporter's
 * storage); a released view or a strided one refuses.
 */
export function simpleBuffer(mv: PyMemoryView): Uint8Array {
  checkReleased(mv);
  if (!isContiguous(mv.view)) throw pyError(BufferError, 'memoryview: underlying buffer is not C-contiguous');
  const v = mv.view;
  return rootData(mv).subarray(v.start, v.start + v.shape);
}

/** mbuf_alloc: a tracked managed buffer with no export yet. */
export function mbufAlloc(): PyManagedBuffer {
  return R.heap.newObject(new PyManagedBuffer(managedBufferType), MBUF_BYTES, GC_HEAD);
}

/**
 * The exporter's bf_getbuffer into mbuf->master: bytes (PyBuffer_FillInfo, read-only),
 * bytearray (counts an export in ob_exports) or memoryview (memory_getbuf).
 */
export function getBuffer(mbuf: PyManagedBuffer, obj: PyObject, master: BufferView): void {
  if (obj instanceof PyByteArray) {
    obj.exports++;
    mbuf.root = obj;
  } else if (obj instanceof PyBytes) {
    mbuf.root = obj;
  } else if (obj instanceof PyMemoryView) {
    obj.exports++;
    mbuf.root = obj.mbuf!.root;
  } else throw new Error(`getBuffer: ${obj.ob_type.tp_name} exports no buffer`);
  R.heap.incref(obj);
  mbuf.obj = obj;
  mbuf.master = master;
}

/** mbuf_release: PyBuffer_Release of the master (the exporter's bf_releasebuffer, then its reference). */
function mbufRelease(mbuf: PyManagedBuffer): void {
  if (mbuf.released) return;
  mbuf.released = true;
  R.heap.gc.untrack(mbuf);
  const obj = mbuf.obj;
  mbuf.obj = null;
  if (obj === null) return;
  if (obj instanceof PyByteArray) obj.exports--;
  else if (obj instanceof PyMemoryView) obj.exports--;
  R.heap.decref(obj);
}

managedBufferType.tp_dealloc = (o) => {
  const mbuf = o as PyManagedBuffer;
  R.heap.gc.untrack(mbuf);
  mbufRelease(mbuf);
  R.heap.freeObject(mbuf, MBUF_BYTES);
};
managedBufferType.tp_traverse = (o, visit) => {
  const obj = (o as PyManagedBuffer).obj;
  if (obj !== null) visit(obj);
};

/** mbuf_add_view / mbuf_add_incomplete_view: a new tracked view registered with mbuf. */
export function mbufAddView(mbuf: PyManagedBuffer, src: BufferView): PyMemoryView {
  const mv = new PyMemoryView(memoryviewType);
  R.heap.newObject(mv, mvBytes(mv), GC_HEAD);
  mv.view = { ...src };
  mv.viewObj = mbuf.obj;
  R.heap.incref(mbuf);
  mv.mbuf = mbuf;
  mbuf.exports++;
  return mv;
}

/** _memory_release: the last view released releases the managed buffer. */
export function memoryRelease(mv: PyMemoryView): void {
  if (mv.released) return;
  if (mv.exports === 0) {
    mv.released = true;
    const mbuf = mv.mbuf!;
    if (--mbuf.exports === 0) mbufRelease(mbuf);
    return;
  }
  throw pyError(BufferError, `memoryview has ${mv.exports} exported buffer${mv.exports === 1 ? '' : 's'}`);
}

// memory_dealloc: released first (which may drop the exporter), then the managed buffer, then the view.
memoryviewType.tp_dealloc = (o) => {
  const mv = o as PyMemoryView;
  R.heap.gc.untrack(mv);
  memoryRelease(mv);
  const mbuf = mv.mbuf;
  mv.mbuf = null;
  if (mbuf !== null) R.heap.decref(mbuf);
  R.heap.freeObject(mv, mvBytes(mv));
};
memoryviewType.tp_traverse = (o, visit) => {
  const mbuf = (o as PyMemoryView).mbuf;
  if (mbuf !== null) visit(mbuf);
};

// memory_clear and mbuf_clear: how the collector breaks a cycle through a view.
clearers.push(
  [
    PyMemoryView,
    (o) => {
      const mv = o as PyMemoryView;
      memoryRelease(mv);
      const mbuf = mv.mbuf;
      mv.mbuf = null;
      if (mbuf !== null) R.heap.decref(mbuf);
    },
  ],
  [PyManagedBuffer, (o) => mbufRelease(o as PyManagedBuffer)],
);

/** PyObject_CheckBuffer for the types this runtime models. */
export function checkBuffer(o: PyObject): boolean {
  return o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView;
}

/** PyMemoryView_FromObject: a view of a view shares its managed buffer; any other exporter gets a new one. */
export function memoryViewFromObject(obj: PyObject): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    checkReleased(obj);
    return mbufAddView(obj.mbuf!, obj.view);
  }
  if (!checkBuffer(obj)) {
    // 3.12's slot_bf_getbuffer calls a class's __buffer__ and wraps the export (_PyBufferWrapper).
    if (R.minor >= 12 && obj.ob_type.isHeapType && typeLookup(obj.ob_type, '__buffer__') !== null) {
      throw unsupported('memoryview() of an instance whose class defines __buffer__');
    }
    throw typeError(`memoryview: a bytes-like object is required, not '${obj.ob_type.tp_name}'`);
  }
  // _PyManagedBuffer_FromObject: mbuf_alloc, then PyObject_GetBuffer(PyBUF_FULL_RO).
  const mbuf = mbufAlloc();
  const data = (obj as PyBytes | PyByteArray).data;
  getBuffer(mbuf, obj, { start: 0, shape: data.length, stride: 1, readonly: obj instanceof PyBytes, format: 'B' });
  const mv = mbufAddView(mbuf, mbuf.master);
  R.heap.decref(mbuf);
  return mv;
}
