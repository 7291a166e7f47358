// bytearray (Objects/bytearrayobject.c): a 56-byte object and a separate buffer of
// ob_alloc bytes, grown by PyByteArray_Resize's policy; deleting a prefix advances ob_start.
import { R } from '../state';
import { PyObject, PyType } from './object';
import { BufferError, pyError } from './exceptions';
import { readyType } from './typeobject';

export class PyByteArray extends PyObject {
  /** The logical contents (Py_SIZE bytes from ob_start). */
  data: Uint8Array = new Uint8Array(0);
  /** ob_alloc, the buffer's size in bytes (0 = no buffer), and the buffer's address. */
  alloc = 0;
  bufBlock = 0;
  /** ob_start - ob_bytes: bytes deleted from the front without moving the buffer. */
  offset = 0;
  /** ob_exports: buffers exported to memoryviews and not released, which forbid resizing. */
  exports = 0;
  constructor(type: PyType) {
    super(type);
  }
}

export const bytearrayType = readyType(new PyType(null, 'bytearray'));

const OBJ_BYTES = 56; // PyByteArrayObject
bytearrayType.tp_sizeof = (o) => OBJ_BYTES + (o as PyByteArray).alloc;

/** PyType_GenericNew: an empty bytearray without a buffer. */
export function newByteArrayEmpty(type: PyType = bytearrayType): PyByteArray {
  return R.heap.newObject(new PyByteArray(type), OBJ_BYTES, 0);
}

/** PyByteArray_FromStringAndSize: the buffer is exactly size + 1 bytes (none when empty). */
export function newByteArray(data: Uint8Array): PyByteArray {
  const o = newByteArrayEmpty();
  if (data.length > 0) {
    o.alloc = data.length + 1;
    o.bufBlock = R.heap.malloc(o.alloc, 'bytearray buffer');
    o.data = data;
  }
  return o;
}

bytearrayType.tp_dealloc = (o) => {
  const b = o as PyByteArray;
  if (b.bufBlock !== 0) R.heap.free(b.bufBlock, b.alloc, 'bytearray buffer');
  b.bufBlock = 0;
  R.heap.freeObject(o, OBJ_BYTES);
};

/** _canresize: no memoryview may hold the buffer while it moves or changes size. */
function canResize(o: PyByteArray): void {
  if (o.exports > 0) throw pyError(BufferError, 'Existing exports of data: object cannot be re-sized');
}

/**
 * PyByteArray_Resize: keep the buffer while the size fits and is at least half of it;
 * otherwise over-allocate by 1/8 (+3 or +6) on a moderate upsize, or size exactly
 * (+1 for the NUL) on a major one or a major downsize. The contents are cut or zero-filled.
 */
export function byteArrayResize(o: PyByteArray, size: number): void {
  const cur = o.data.length;
  if (size === cur) return;
  canResize(o);
  let alloc = o.alloc;
  const logicalOffset = o.offset;
  const resized = (): Uint8Array => {
    const d = new Uint8Array(size);
    d.set(size < cur ? o.data.subarray(0, size) : o.data);
    return d;
  };
  if (size + logicalOffset + 1 <= alloc) {
    if (size < Math.floor(alloc / 2)) {
      alloc = size + 1;
    } else {
      o.data = resized();
      return;
    }
  } else if (size <= alloc * 1.125) {
    alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  } else {
    alloc = size + 1;
  }
  if (logicalOffset > 0) {
    const p = R.heap.malloc(alloc, 'bytearray buffer');
    R.heap.free(o.bufBlock, o.alloc, 'bytearray buffer');
    o.bufBlock = p;
  } else {
    o.bufBlock = R.heap.realloc(o.bufBlock, o.alloc, alloc, 'bytearray buffer');
  }
  o.offset = 0;
  o.alloc = alloc;
  o.data = resized();
}

/** bytearray_setslice_linear: replace [lo, hi) by `bytes`, shrinking from the front by moving ob_start. */
export function byteArraySetSliceLinear(o: PyByteArray, lo: number, hi: number, bytes: Uint8Array): void {
  const old = o.data;
  const growth = bytes.length - (hi - lo);
  if (growth < 0) canResize(o);
  const next = new Uint8Array(old.length + growth);
  next.set(old.subarray(0, lo));
  next.set(bytes, lo);
  next.set(old.subarray(hi), lo + bytes.length);
  if (growth < 0 && lo === 0) {
    // The logical start moves on; the resize sees the offset.
    o.offset -= growth;
  }
  if (growth !== 0) byteArrayResize(o, next.length);
  o.data = next;
}
