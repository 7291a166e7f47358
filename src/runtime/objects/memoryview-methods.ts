// memoryview's protocol and methods (Objects/memoryobject.c): memoryview(), items as ints
// (or one-byte bytes after cast('c')), slices that share the managed buffer, assignment
// through writable views, equality and hashing, release and the context manager, cast.
import { clinicKeywords, unpackKeywords } from '../builtin-conventions';
import { methVarargs, minors } from './builtin-call';
import { R } from '../state';
import * as abs from './abstract';
import { IndexError, indexError, notImplementedError, typeError, valueError } from './exceptions';
import { defMethod, NativeMethod } from './function';
import { defGetSet } from './getset';
import { newInt, PyInt } from './int';
import { makeIterType, newSeqIter, PySeqIter } from './iterators';
import { newListFrom } from './list';
import { CmpOp, PyObject, PyType } from './object';
import { None, NotImplemented, pyBool } from './singletons';
import { PySlice, sliceIndices, sliceType } from './slice';
import { newStr, PyStr } from './str';
import { newTuple, PyTuple } from './tuple';
import { allocBytes, newBytes, newBytesSized, PyBytes } from './bytes';
import { hexOf } from './bytes-stringlib';
import { bufferCopy, hexArgs } from './bytes-methods';
import { argTypeName, badKeyword, noArgsMethod, noKw, params } from './args';
import { registerBuiltin } from '../builtins';
import { encodeText, lookupCodec } from './codecs';
import { hashBytes } from './pyhash';
import { PyErr, unsupported } from '../errors';
import {
  BufferView, checkBuffer, checkReleased, inaccessible, isContiguous, mbufAddView, memoryRelease,
  memoryViewFromObject, memoryviewType, PyMemoryView, rootData, viewBytes,
} from './memoryview';

const mvOf = (o: PyObject): PyMemoryView => o as PyMemoryView;
const none = (): PyObject => abs.incref(None);

// ---- items ----

/** The format character without its '@' (get_native_fmtchar), for the formats modeled here. */
const fmtChar = (format: string): string => (format[0] === '@' ? format.slice(1) : format);

/** unpack_single for 'B', 'b' and 'c'. */
function unpack(format: string, byte: number): PyObject {
  switch (fmtChar(format)) {
    case 'b':
      return newInt(byte >= 128 ? byte - 256 : byte);
    case 'c':
      return newBytes(Uint8Array.of(byte));
    default:
      return newInt(byte);
  }
}

/** pack_single for 'B', 'b' and 'c', with fix_error_int's messages. */
function pack(format: string, v: PyObject): number {
  const ch = fmtChar(format);
  const typeErr = (): PyErr => typeError(`memoryview: invalid type for format '${format}'`);
  const valueErr = (): PyErr => valueError(`memoryview: invalid value for format '${format}'`);
  if (ch === 'c') {
    if (!(v instanceof PyBytes)) throw typeErr();
    if (v.data.length !== 1) throw valueErr();
    return v.data[0];
  }
  // pylong_as_ld: PyNumber_Index, whose TypeError becomes the format's.
  if (!(v instanceof PyInt) && v.ob_type.tp_as_number.nb_index === undefined) throw typeErr();
  const n = abs.asIndex(v);
  const [lo, hi] = ch === 'b' ? [-128, 127] : [0, 255];
  if (n < lo || n > hi) throw valueErr();
  return n & 0xff;
}

/** PyNumber_AsSsize_t(key, PyExc_IndexError) */
const ssize = (key: PyObject): number => abs.numberAsSsize(key, IndexError);

/** ptr_from_index: the byte offset of item i. */
function itemOffset(v: BufferView, i: number): number {
  if (i < 0) i += v.shape;
  if (i < 0 || i >= v.shape) throw indexError('index out of bounds on dimension 1');
  return v.start + i * v.stride;
}

const isIndex = (k: PyObject): boolean => k instanceof PyInt || k.ob_type.tp_as_number.nb_index !== undefined;
const isMultiIndex = (k: PyObject): k is PyTuple => k instanceof PyTuple && k.items.every(isIndex);
const isMultiSlice = (k: PyObject): k is PyTuple => k instanceof PyTuple && k.items.every((x) => x.ob_type === sliceType);

/** ptr_from_tuple for a 1-D view. */
function tupleOffset(v: BufferView, key: PyTuple): number {
  const n = key.items.length;
  if (n < 1) throw notImplementedError('sub-views are not implemented');
  if (n > 1) throw typeError(`cannot index 1-dimension view with ${n}-element tuple`);
  return itemOffset(v, ssize(key.items[0]));
}

/** init_slice: the view narrowed by a slice (start moves, stride multiplies). */
function sliceView(v: BufferView, key: PySlice): BufferView {
  const [start, , step, n] = sliceIndices(key, v.shape);
  return { ...v, start: v.start + v.stride * start, shape: n, stride: v.stride * step };
}

// ---- memoryview() ----

memoryviewType.tp_new = (_t: PyType, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (args.length > 1) throw typeError(`memoryview() takes at most 1 argument (${args.length} given)`);
  // vgetargskeywords: a missing argument is reported before an unknown keyword.
  const at = npos === 1 ? 0 : (kwnames ?? []).findIndex((k) => k.value === 'object');
  if (at < 0) throw typeError("memoryview() missing required argument 'object' (pos 1)");
  for (const k of kwnames ?? []) if (k.value !== 'object') throw badKeyword(k.value, 'memoryview');
  return memoryViewFromObject(args[npos === 1 ? 0 : npos + at]);
};

memoryviewType.tp_repr = (o) => {
  const addr = `0x${o.id.toString(16).padStart(12, '0')}`;
  return newStr(inaccessible(mvOf(o)) ? `<released memory at ${addr}>` : `<memory at ${addr}>`);
};

memoryviewType.mp_length = (o) => {
  checkReleased(mvOf(o));
  return mvOf(o).view.shape;
};

memoryviewType.mp_subscript = (o, key) => {
  const mv = mvOf(o);
  checkReleased(mv);
  const v = mv.view;
  if (isIndex(key)) return unpack(v.format, rootData(mv)[itemOffset(v, ssize(key))]);
  if (key.ob_type === sliceType) {
    const s = mbufAddView(mv.mbuf!, v);
    s.view = sliceView(v, key as PySlice);
    return s;
  }
  if (isMultiIndex(key)) return unpack(v.format, rootData(mv)[tupleOffset(v, key)]);
  if (isMultiSlice(key)) throw typeError('multi-dimensional slicing is not implemented');
  throw typeError('memoryview: invalid slice key');
};

/** PyObject_GetBuffer(value, PyBUF_FULL_RO) of a slice assignment's source: its items and format. */
function sourceBuffer(value: PyObject): { data: Uint8Array; format: string } {
  if (value instanceof PyMemoryView) {
    checkReleased(value);
    return { data: viewBytes(value), format: value.view.format };
  }
  const data = checkBuffer(value) ? bufferCopy(value) : null;
  if (data === null) throw typeError(`a bytes-like object is required, not '${value.ob_type.tp_name}'`);
  return { data, format: 'B' };
}

memoryviewType.mp_ass_subscript = (o, key, value) => {
  const mv = mvOf(o);
  checkReleased(mv);
  const v = mv.view;
  if (v.readonly) throw typeError('cannot modify read-only memory');
  if (value === null) throw typeError('cannot delete memory');
  const d = rootData(mv);
  if (isIndex(key)) {
    const at = itemOffset(v, ssize(key));
    d[at] = pack(v.format, value);
    return;
  }
  if (key.ob_type === sliceType) {
    const src = sourceBuffer(value);
    const dest = sliceView(v, key as PySlice);
    // copy_single: equiv_structure (format, then shape); the source is copied first, so overlaps are safe.
    if (fmtChar(dest.format) !== fmtChar(src.format) || dest.shape !== src.data.length) {
      throw valueError('memoryview assignment: lvalue and rvalue have different structures');
    }
    for (let i = 0, j = dest.start; i < dest.shape; i++, j += dest.stride) d[j] = src.data[i];
    return;
  }
  if (isMultiIndex(key)) {
    const at = tupleOffset(v, key);
    d[at] = pack(v.format, value);
    return;
  }
  throw typeError('memoryview: invalid slice key');
};

// ---- comparison and hash ----

/** memory_richcompare: == and != only, element-wise over views of equal shape. */
memoryviewType.tp_richcompare = (a, b, op) => {
  if (op !== CmpOp.EQ && op !== CmpOp.NE) return abs.incref(NotImplemented);
  const v = mvOf(a);
  let equal: boolean;
  if (inaccessible(v) || (b instanceof PyMemoryView && inaccessible(b))) equal = a === b;
  else {
    let wData: Uint8Array;
    let wFormat = 'B';
    if (b instanceof PyMemoryView) {
      wData = viewBytes(b);
      wFormat = b.view.format;
    } else if (checkBuffer(b)) wData = bufferCopy(b)!;
    else return abs.incref(NotImplemented);
    const vData = viewBytes(v);
    if (vData.length !== wData.length) equal = false;
    else if (fmtChar(v.view.format) === fmtChar(wFormat)) equal = vData.every((x, i) => x === wData[i]);
    else {
      // Views of the same shape but other formats are unpacked by the struct module, which CPython imports here.
      throw unsupported('comparing memoryviews of different formats (CPython imports the struct module)');
    }
  }
  return pyBool(equal === (op === CmpOp.EQ));
};

/** memory_hash: read-only byte formats only; the exporter must be hashable; cached. */
memoryviewType.tp_hash = (o) => {
  const mv = mvOf(o);
  if (mv.hash !== null) return mv.hash;
  checkReleased(mv);
  const v = mv.view;
  if (!v.readonly) throw valueError('cannot hash writable memoryview object');
  abs.hash(mv.viewObj!);
  let data: Uint8Array;
  if (isContiguous(v)) data = rootData(mv).subarray(v.start, v.start + v.shape);
  else {
    // A strided view is hashed from a contiguous copy in a PyMem_Malloc'd buffer.
    data = viewBytes(mv);
    const p = R.heap.malloc(Math.max(1, data.length), 'memoryview hash copy');
    R.heap.free(p, Math.max(1, data.length), 'memoryview hash copy');
  }
  mv.hash = hashBytes(data);
  return mv.hash;
};

// ---- iteration: memory_iterator from 3.10, the sequence protocol's iterator before ----

const memoryIterType = makeIterType('memory_iterator');
memoryviewType.tp_iter = (o) => {
  const mv = mvOf(o);
  if (R.minor <= 9) return abs.seqIterFactory(o);
  checkReleased(mv);
  return newSeqIter(
    memoryIterType,
    mv,
    (it: PySeqIter) => {
      const seq = mvOf(it.seq!);
      if (it.index >= seq.view.shape) return null;
      checkReleased(seq);
      const i = it.index++;
      return unpack(seq.view.format, rootData(seq)[seq.view.start + i * seq.view.stride]);
    },
    64,
  );
};

// ---- methods ----

function tobytes(mv: PyMemoryView, a: PyObject[], kw: PyStr[] | null): PyObject {
  // 3.8-3.9: PyArg_ParseTupleAndKeywords(args, kwds, "|z", kwlist), a format without the name.
  const old = R.minor <= 9;
  const npos = a.length - (kw?.length ?? 0);
  if (old && a.length > 1) throw typeError(`function takes at most 1 argument (${a.length} given)`);
  if (old && kw !== null && kw.length > 0 && kw[0].value !== 'order') throw typeError(`'${kw[0].value}' is an invalid keyword argument for this function`);
  const [order] = old ? [npos === 1 || a.length === 1 ? a[0] : undefined] : params('tobytes', a, kw, ['order']);
  checkReleased(mv);
  if (order !== undefined && order !== None) {
    if (!(order instanceof PyStr)) {
      throw typeError(`${old ? 'argument 1' : "tobytes() argument 'order'"} must be str or None, not ${order.ob_type.tp_name}`);
    }
    if (!['C', 'F', 'A'].includes(order.value)) throw valueError("order must be 'C', 'F' or 'A'");
  }
  // PyBytes_FromStringAndSize(NULL, len), then PyBuffer_ToContiguous: a fresh object even for one byte.
  return newBytesSized(viewBytes(mv));
}

const CAST_ARGS = clinicKeywords(['format', 'shape'], 0, 1);
/** memoryview.cast (memory_cast, cast_to_1D, cast_to_ND) for the one-byte formats. */
function cast(mv: PyMemoryView, a: PyObject[], kw: PyStr[] | null): PyObject {
  const nkw = kw?.length ?? 0;
  if (R.minor <= 9) {
    // 3.8-3.9's _PyArg_UnpackKeywords names no function: the total, then the required format.
    if (a.length > 2) throw typeError(`function takes at most 2 arguments (${a.length} given)`);
    if (a.length === nkw && !(kw ?? []).some((k) => k.value === 'format')) throw typeError("function missing required argument 'format' (pos 1)");
  }
  if (a.length - nkw > 2) throw typeError(`cast() takes at most 2 arguments (${a.length - nkw} given)`);
  // Argument Clinic's keyword parser (3.10+): the required format is missed before an unknown keyword.
  const kws = (kw ?? []).map((k, i): [string, PyObject] => [k.value, a[a.length - nkw + i]]);
  const [format, shape] = R.minor >= 10 ? unpackKeywords('cast', CAST_ARGS, a.slice(0, a.length - nkw), kws, 'memoryview.cast') : params('cast', a, kw, ['format', 'shape']);
  if (format === undefined) throw typeError(`${R.minor <= 9 ? 'function' : 'cast()'} missing required argument 'format' (pos 1)`);
  if (!(format instanceof PyStr)) {
    throw typeError(R.minor <= 9 ? 'memoryview: format argument must be a string' : `cast() argument 'format' must be str, not ${argTypeName(format)}`);
  }
  checkReleased(mv);
  const v = mv.view;
  if (!isContiguous(v)) throw typeError('memoryview: casts are restricted to C-contiguous views');
  const sh = shape === undefined || shape === None ? null : shape;
  if (sh !== null && v.shape === 0) throw typeError('memoryview: cannot cast view with zeros in shape or strides');
  if (sh !== null && !(sh instanceof PyTuple) && sh.ob_type.tp_name !== 'list') throw typeError('shape must be a list or a tuple');
  const dims = sh === null ? null : (sh as unknown as { items: PyObject[] }).items;
  if (dims !== null && dims.length !== 1) throw unsupported('memoryview.cast() to a shape of other than one dimension');
  // mbuf_add_incomplete_view comes before the format is checked: a refused cast frees the view again.
  const out = mbufAddView(mv.mbuf!, v);
  try {
    const f = format.value;
    // PyUnicode_AsASCIIString
    encodeText(f, lookupCodec('ascii'), 'strict', format);
    const ch = fmtChar(f);
    if (ch.length !== 1 || !'?bBhHiIlLqQnNfdePc'.includes(ch)) {
      throw valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
    }
    if (!'bBc'.includes(ch)) throw unsupported(`memoryview.cast('${f}')`);
    out.view = { ...v, format: f, stride: 1 };
    if (dims !== null) {
      const n = abs.asIndex(dims[0]);
      if (n <= 0) throw valueError('memoryview.cast(): elements of shape must be integers > 0');
      if (n !== v.shape) throw typeError('memoryview: product(shape) * itemsize != buffer size');
    }
  } catch (e) {
    abs.decref(out);
    throw e;
  }
  return out;
}

const methods: Record<string, NativeMethod> = {
  release: noArgsMethod('memoryview.release', (o) => {
    memoryRelease(mvOf(o));
    return none();
  }),
  tobytes: (o, a, kw) => tobytes(mvOf(o), a, kw),
  tolist: noArgsMethod('memoryview.tolist', (o) => {
    const mv = mvOf(o);
    checkReleased(mv);
    const d = rootData(mv);
    const v = mv.view;
    const items: PyObject[] = [];
    for (let i = 0, j = v.start; i < v.shape; i++, j += v.stride) items.push(unpack(v.format, d[j]));
    return newListFrom(items);
  }),
  hex(o, a, kw) {
    const mv = mvOf(o);
    const [sep, per] = hexArgs('hex', a, kw, 'memoryview.hex');
    checkReleased(mv);
    if (isContiguous(mv.view)) return newStr(hexOf(viewBytes(mv), sep, per));
    // A strided view is first copied into a temporary bytes object.
    const tmp = allocBytes(viewBytes(mv));
    const s = newStr(hexOf(tmp.data, sep, per));
    abs.decref(tmp);
    return s;
  },
  cast: (o, a, kw) => cast(mvOf(o), a, kw),
  toreadonly: noArgsMethod('memoryview.toreadonly', (o) => {
    const mv = mvOf(o);
    checkReleased(mv);
    const r = mbufAddView(mv.mbuf!, mv.view);
    r.view.readonly = true;
    return r;
  }),
  __enter__: noArgsMethod('memoryview.__enter__', (o) => {
    checkReleased(mvOf(o));
    return abs.incref(o);
  }),
  // memory_exit (Objects/memoryobject.c) is METH_VARARGS: it takes and ignores any arguments.
  __exit__: methVarargs(minors(8), (o: PyObject, _a: PyObject[], kw: PyStr[] | null) => {
    // METH_VARARGS: method_vectorcall_VARARGS refuses keywords by the qualified name.
    noKw('memoryview.__exit__', kw);
    memoryRelease(mvOf(o));
    return none();
  }),
};
for (const [name, fn] of Object.entries(methods)) defMethod(memoryviewType, name, fn);

// ---- attributes ----

const getters: Record<string, (mv: PyMemoryView) => PyObject> = {
  obj: (mv) => abs.incref(mv.viewObj ?? None),
  nbytes: (mv) => newInt(mv.view.shape),
  readonly: (mv) => pyBool(mv.view.readonly),
  itemsize: () => newInt(1),
  format: (mv) => newStr(mv.view.format),
  ndim: (mv) => newInt(mv.ndim),
  shape: (mv) => newTuple([newInt(mv.view.shape)]),
  strides: (mv) => newTuple([newInt(mv.view.stride)]),
  suboffsets: () => newTuple([]),
  c_contiguous: (mv) => pyBool(isContiguous(mv.view)),
  f_contiguous: (mv) => pyBool(isContiguous(mv.view)),
  contiguous: (mv) => pyBool(isContiguous(mv.view)),
};
for (const [name, get] of Object.entries(getters)) {
  defGetSet(memoryviewType, name, (o) => {
    checkReleased(mvOf(o));
    return get(mvOf(o));
  });
}

registerBuiltin('memoryview', () => abs.incref(memoryviewType));
