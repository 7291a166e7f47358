// bytes' protocol (Objects/bytesobject.c): repr, items and slices, comparison, hash,
// concatenation and repetition, `in`, iteration, and bytes() with its argument forms.
import { R } from '../state';
import * as abs from './abstract';
import { bytesRepr } from '../format';
import { IndexError, indexError, typeError, TypeError, valueError, overflowError } from './exceptions';
import { PyInt } from './int';
import { newSeqIter, makeIterType, lengthHintOf, PySeqIter, lengthHint } from './iterators';
import { listType } from './list';
import { PyObject, PyType, typeLookup } from './object';
import { PySlice, sliceIndices, sliceType } from './slice';
import { newStr, PyStr } from './str';
import { tupleType } from './tuple';
import { registerBuiltin } from '../builtins';
import { splitArgs } from './args';
import { allocBytes, bytesRichCompare, bytesType, byteInt, newBytes, newBytesSized, PyBytes } from './bytes';
import { bufferCopy, bufferOf, bufferOrNull, byteValue } from './bytes-methods';
import { checkBuffer } from './memoryview';
import { indexOf } from './bytes-stringlib';
import { argLabel, encodeText, lookupCodec } from './codecs';
import { argTypeName } from './args';
import { clearError, errorMatches } from './error-match';
import { repeatSizeOverflows } from './int-limits';

const data = (o: PyObject): Uint8Array => (o as PyBytes).data;

bytesType.tp_repr = (o) => newStr(bytesRepr(data(o)));
bytesType.mp_length = (o) => data(o).length;
bytesType.tp_richcompare = (a, b, op) => bytesRichCompare(data(a), b, op, (x) => (x instanceof PyBytes ? x.data : null));

/** Py_SIZE-clamped slice indices, or the item index; `what` names the type in errors. */
export function subscriptIndex(key: PyObject, n: number, indexMsg: string, typeMsg: string): number {
  if (!(key instanceof PyInt) && key.ob_type.tp_as_number.nb_index === undefined) {
    throw typeError(`${typeMsg} indices must be integers or slices, not ${key.ob_type.tp_name}`);
  }
  // PyNumber_AsSsize_t(item, PyExc_IndexError): past a Py_ssize_t, "cannot fit" as an IndexError.
  let i = abs.numberAsSsize(key, IndexError);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError(indexMsg);
  return i;
}

/** The bytes a slice selects (PySlice_AdjustIndices, then a copy by step). */
export function sliceData(d: Uint8Array, s: PySlice): [Uint8Array, number, number] {
  const [start, , step, n] = sliceIndices(s, d.length);
  if (step === 1) return [d.slice(start, start + n), start, step];
  const out = new Uint8Array(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = d[j];
  return [out, start, step];
}

bytesType.mp_subscript = (o, key) => {
  const d = data(o);
  if (key.ob_type === sliceType) {
    const [part, start, step] = sliceData(d, key as PySlice);
    if (part.length === 0) return newBytes(part);
    if (start === 0 && step === 1 && part.length === d.length && o.ob_type === bytesType) return abs.incref(o);
    // A stepped slice is built in a fresh object (PyBytes_FromStringAndSize(NULL, n)).
    return step === 1 ? newBytes(part) : newBytesSized(part);
  }
  return byteInt(d[subscriptIndex(key, d.length, 'index out of range', 'byte')]);
};

/** _Py_bytes_contains: an int byte or a bytes-like subsequence. */
export function bytesContains(d: Uint8Array, v: PyObject): boolean {
  const b = bufferOf(v);
  if (b !== null) return indexOf(d, b, 0, d.length) >= 0;
  if (v instanceof PyInt || v.ob_type.tp_as_number.nb_index !== undefined) return d.includes(byteValue(v));
  throw typeError(`a bytes-like object is required, not '${v.ob_type.tp_name}'`);
}
bytesType.sq_contains = (o, v) => bytesContains(data(o), v);

export const bytesIterType = makeIterType('bytes_iterator');
lengthHintOf.set(bytesIterType, (o) => {
  const it = o as PySeqIter;
  return it.seq === null ? 0 : Math.max(0, (it.seq as PyBytes).data.length - it.index);
});
bytesType.tp_iter = (o) =>
  newSeqIter(bytesIterType, o, (it) => {
    const d = (it.seq as PyBytes).data;
    return it.index < d.length ? byteInt(d[it.index++]) : null;
  });

function concat(x: Uint8Array, y: Uint8Array): Uint8Array {
  const r = new Uint8Array(x.length + y.length);
  r.set(x);
  r.set(y, x.length);
  return r;
}

/** bytes_concat: "can't concat str to bytes"; an empty side gives the other exact bytes back. */
function bytesConcat(a: PyBytes, b: PyObject): PyObject {
  const y = bufferOrNull(b);
  if (y === null) throw typeError(`can't concat ${b.ob_type.tp_name} to ${a.ob_type.tp_name}`);
  if (a.data.length === 0 && b.ob_type === bytesType) return abs.incref(b);
  if (y.length === 0 && a.ob_type === bytesType) return abs.incref(a);
  return newBytesSized(concat(a.data, y));
}

/** bytes_repeat: the same exact bytes when the size does not change, else a fresh object. */
export function repeatData(d: Uint8Array, n: number): Uint8Array {
  const out = new Uint8Array(d.length * n);
  if (out.length === 0) return out;
  out.set(d);
  // Doubling copies, as _PyBytes_Repeat does.
  for (let filled = d.length; filled < out.length; filled *= 2) out.copyWithin(filled, 0, Math.min(filled, out.length - filled));
  return out;
}
function bytesRepeat(a: PyBytes, count: number): PyObject {
  const n = Math.max(0, count);
  if (repeatSizeOverflows(a.data.length, n)) throw overflowError('repeated bytes are too long');
  R.heap.checkBudget(a.data.length * n);
  if (a.data.length * n === a.data.length && a.ob_type === bytesType) return abs.incref(a);
  return allocBytes(repeatData(a.data, n));
}

// bytes_concat and bytes_repeat (bytes' sq_concat, sq_repeat).
abs.defSequenceSlots(bytesType, { concat: (a, b) => bytesConcat(a as PyBytes, b), repeat: (a, n) => bytesRepeat(a as PyBytes, n) });

// ---- bytes() ----

/** The (source, encoding, errors) arguments of bytes() and bytearray(). */
export function sourceArgs(fn: string, args: PyObject[], kwnames: PyStr[] | null): [PyObject | null, string | null, string | null] {
  const [pos, kw] = splitArgs(args, kwnames);
  if (pos.length > 3) throw typeError(`${fn}() takes at most 3 arguments (${pos.length} given)`);
  let src: PyObject | null = pos[0] ?? null;
  let enc: PyObject | null = pos[1] ?? null;
  let err: PyObject | null = pos[2] ?? null;
  for (const [k, v] of kw) {
    if (k === 'source') src = v;
    else if (k === 'encoding') enc = v;
    else if (k === 'errors') err = v;
    else throw typeError(R.minor >= 13 ? `${fn}() got an unexpected keyword argument '${k}'` : `'${k}' is an invalid keyword argument for ${fn}()`);
  }
  const s = (o: PyObject | null, n: string): string | null => {
    if (o === null) return null;
    if (!(o instanceof PyStr)) throw typeError(`${fn}() argument ${argLabel(n)} must be str, not ${argTypeName(o)}`);
    return o.value;
  };
  return [src, s(enc, 'encoding'), s(err, 'errors')];
}

/** The encoding step shared by bytes(str, enc) and bytearray(str, enc). */
export function encodeSource(src: PyObject | null, enc: string | null, err: string | null): Uint8Array | null {
  if (src === null) {
    if (enc !== null || err !== null) throw typeError(enc !== null ? 'encoding without a string argument' : 'errors without a string argument');
    return null;
  }
  if (enc !== null) {
    if (!(src instanceof PyStr)) throw typeError('encoding without a string argument');
    return encodeText(src.value, lookupCodec(enc), err ?? 'strict', src);
  }
  if (err !== null) throw typeError(src instanceof PyStr ? 'string argument without an encoding' : 'errors without a string argument');
  if (src instanceof PyStr) throw typeError('string argument without an encoding');
  return null;
}

/** The byte values of an iterable of ints (the message differs: bytes vs bytearray). */
export function iterableBytes(src: PyObject, rangeMsg: string, noIter: string, afterIter?: () => void): Uint8Array {
  let it: PyObject;
  try {
    it = abs.getIter(src);
  } catch (e) {
    if (errorMatches(e, TypeError)) {
      // The TypeError is replaced, and released (PyErr_Format over a set error).
      clearError(e);
      throw typeError(noIter);
    }
    throw e;
  }
  try {
    afterIter?.();
  } catch (e) {
    abs.decref(it);
    throw e;
  }
  const out: number[] = [];
  try {
    for (let v = abs.iterNext(it); v !== null; v = abs.iterNext(it)) {
      try {
        out.push(byteValue(v, rangeMsg));
      } finally {
        abs.decref(v);
      }
    }
  } finally {
    abs.decref(it);
  }
  return Uint8Array.from(out);
}

bytesType.tp_new = (t: PyType, args, kwnames) => {
  const [src, enc, err] = sourceArgs('bytes', args, kwnames);
  const encoded = encodeSource(src, enc, err);
  let r: PyObject;
  if (encoded !== null) r = newBytes(encoded);
  else if (src === null) r = newBytes(new Uint8Array(0));
  else {
    const m = src.ob_type.isHeapType ? typeLookup(src.ob_type, '__bytes__') : null;
    if (m !== null) {
      r = abs.call(m, [src]);
      if (!(r instanceof PyBytes)) {
        abs.decref(r);
        throw typeError(`__bytes__ returned non-bytes (type ${r.ob_type.tp_name})`);
      }
    } else if (src instanceof PyInt || src.ob_type.tp_as_number.nb_index !== undefined) {
      const n = abs.asIndex(src);
      if (n < 0) throw valueError('negative count');
      r = newBytesSized(new Uint8Array(n));
    } else if (src.ob_type === bytesType) {
      r = abs.incref(src);
    } else if (checkBuffer(src)) {
      r = newBytesSized(bufferCopy(src)!);
    } else if (src.ob_type === tupleType) {
      r = newBytesSized(iterableBytes(src, 'bytes must be in range(0, 256)', ''));
    } else {
      // _PyBytes_FromList / _PyBytes_FromIterator finish through PyBytes_FromStringAndSize.
      // _PyBytes_FromIterator asks for the length hint once it has the iterator.
      const hint = src.ob_type === listType ? undefined : () => void lengthHint(src, 64);
      r = newBytes(iterableBytes(src, 'bytes must be in range(0, 256)', `cannot convert '${src.ob_type.tp_name}' object to bytes`, hint));
    }
  }
  if (t !== bytesType) {
    const d = (r as PyBytes).data;
    abs.decref(r);
    const sub = R.heap.newObject(new PyBytes(t, d), 33 + d.length, 0);
    return sub;
  }
  return r;
};

registerBuiltin('bytes', () => abs.incref(bytesType));
