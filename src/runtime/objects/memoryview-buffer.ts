// The buffer protocol as Python methods (3.12+, PEP 688; Objects/typeobject.c wrap_buffer and
// wrap_releasebuffer): bytes.__buffer__, bytearray's and memoryview's __buffer__ and
// __release_buffer__, and memoryview._from_flags; each export is a managed buffer and a view.
import { clinicKeywords, unpackKeywords } from '../builtin-conventions';
import * as abs from './abstract';
import { BufferError, overflowError, pyError, typeError, valueError } from './exceptions';
import { longAsSsize } from './int-limits';
import { defClassMethod, defMethod, NativeMethod } from './function';
import { PyInt } from './int';
import { PyObject } from './object';
import { None } from './singletons';
import { bytesType, PyBytes } from './bytes';
import { bytearrayType, PyByteArray } from './bytearray';
import { inVersions } from './typeobject';
import {
  BufferView, checkBuffer, checkReleased, getBuffer, isContiguous, mbufAddView, mbufAlloc, memoryRelease, memoryviewType, PyMemoryView,
} from './memoryview';

// Include/pybuffer.h
const PyBUF_WRITABLE = 0x1;
const PyBUF_FORMAT = 0x4;
const PyBUF_ND = 0x8;
const PyBUF_STRIDES = 0x10 | PyBUF_ND;
const PyBUF_C_CONTIGUOUS = 0x20 | PyBUF_STRIDES;
const PyBUF_F_CONTIGUOUS = 0x40 | PyBUF_STRIDES;
const PyBUF_ANY_CONTIGUOUS = 0x80 | PyBUF_STRIDES;
const has = (flags: number, req: number): boolean => (flags & req) === req;

/** bf_getbuffer of the three exporters: the master view a request with these flags gets, or CPython's refusal. */
function exportView(obj: PyObject, flags: number): BufferView {
  if (obj instanceof PyBytes || obj instanceof PyByteArray) {
    // bytes_buffer_getbuffer / bytearray_getbuffer: PyBuffer_FillInfo, read-only for bytes.
    const readonly = obj instanceof PyBytes;
    if (has(flags, PyBUF_WRITABLE) && readonly) throw pyError(BufferError, 'Object is not writable.');
    return { start: 0, shape: obj.data.length, stride: 1, readonly, format: 'B' };
  }
  // memory_getbuf
  const mv = obj as PyMemoryView;
  checkReleased(mv);
  const base = mv.view;
  if (has(flags, PyBUF_WRITABLE) && base.readonly) throw pyError(BufferError, 'memoryview: underlying buffer is not writable');
  const contiguous = isContiguous(base);
  const notC = (): never => {
    throw pyError(BufferError, 'memoryview: underlying buffer is not C-contiguous');
  };
  if (has(flags, PyBUF_C_CONTIGUOUS) && !contiguous) notC();
  if (has(flags, PyBUF_F_CONTIGUOUS) && !contiguous) throw pyError(BufferError, 'memoryview: underlying buffer is not Fortran contiguous');
  if (has(flags, PyBUF_ANY_CONTIGUOUS) && !contiguous) throw pyError(BufferError, 'memoryview: underlying buffer is not contiguous');
  if (!has(flags, PyBUF_STRIDES) && !contiguous) notC();
  const format = has(flags, PyBUF_FORMAT) ? base.format : null;
  if (!has(flags, PyBUF_ND) && format !== null) {
    throw pyError(BufferError, 'memoryview: cannot cast to unsigned bytes if the format flag is present');
  }
  return { ...base, format: format ?? 'B' };
}

/** _PyMemoryView_FromBufferProc: a new managed buffer filled by the exporter, and a view of all of it. */
function fromBufferProc(obj: PyObject, flags: number): PyMemoryView {
  const mbuf = mbufAlloc();
  let master: BufferView;
  try {
    master = exportView(obj, flags);
  } catch (e) {
    abs.decref(mbuf);
    throw e;
  }
  getBuffer(mbuf, obj, master);
  const mv = mbufAddView(mbuf, mbuf.master);
  abs.decref(mbuf);
  return mv;
}

/** PyArg_UnpackTuple(args, "", 1, 1, ...) */
function oneArg(a: PyObject[]): PyObject {
  if (a.length !== 1) throw typeError(` expected 1 argument, got ${a.length}`);
  return a[0];
}

/** wrap_buffer: flags through PyNumber_AsSsize_t, at most INT_MAX, then the int they truncate to. */
const wrapBuffer: NativeMethod = (o, a) => {
  const arg = oneArg(a);
  if (!(arg instanceof PyInt) && arg.ob_type.tp_as_number.nb_index === undefined) {
    throw typeError(`'${arg.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  const v = longAsSsize(BigInt(abs.asIndex(arg)));
  if (v > 2147483647) throw overflowError('buffer flags too large');
  return fromBufferProc(o, Number(BigInt.asIntN(32, BigInt(v))));
};

/** wrap_releasebuffer: the view must be over this object; releasing it gives the export back. */
const wrapReleaseBuffer: NativeMethod = (o, a) => {
  const arg = oneArg(a);
  if (!(arg instanceof PyMemoryView)) throw typeError('expected a memoryview object');
  if (arg.viewObj === null) return abs.incref(None);
  if (arg.viewObj !== o) throw valueError("memoryview's buffer is not this object");
  if (arg.released) throw valueError("memoryview's buffer has already been released");
  memoryRelease(arg);
  return abs.incref(None);
};

defMethod(bytesType, '__buffer__', wrapBuffer);
defMethod(bytearrayType, '__buffer__', wrapBuffer);
defMethod(bytearrayType, '__release_buffer__', wrapReleaseBuffer);
defMethod(memoryviewType, '__buffer__', wrapBuffer);
defMethod(memoryviewType, '__release_buffer__', wrapReleaseBuffer);

// memoryview._from_flags(object, flags) (3.12+): PyMemoryView_FromObjectAndFlags.
// Argument Clinic (object, flags), both required, by keyword too.
const FROM_FLAGS = clinicKeywords(['object', 'flags'], 0, 2);
defClassMethod(memoryviewType, '_from_flags', (_cls, a, kw) => {
  const npos = a.length - (kw?.length ?? 0);
  const kws = (kw ?? []).map((k, i): [string, PyObject] => [k.value, a[npos + i]]);
  const [obj, f] = unpackKeywords('_from_flags', FROM_FLAGS, a.slice(0, npos), kws, 'memoryview._from_flags') as PyObject[];
  if (obj instanceof PyMemoryView) {
    checkReleased(obj);
    return mbufAddView(obj.mbuf!, obj.view);
  }
  if (!checkBuffer(obj)) throw typeError(`memoryview: a bytes-like object is required, not '${obj.ob_type.tp_name}'`);
  return fromBufferProc(obj, abs.asIndex(f));
});
inVersions(memoryviewType, '_from_flags', (m) => m >= 12);
