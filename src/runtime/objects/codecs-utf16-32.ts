// The 'utf-16' and 'utf-32' codecs PyUnicode_AsEncodedString and PyUnicode_Decode reach by name
// without the codec registry (Objects/unicodeobject.c _PyUnicode_EncodeUTF16/32, PyUnicode_Decode
// UTF16/32Stateful): native (little-endian) order with a BOM, and the decoder's _PyUnicodeWriter.
import { RunStop } from '../errors';
import { R } from '../state';
import { bytesSizeof, newBytes } from './bytes';
import { raiseUnicodeError } from './codecs';
import type { PyStr } from './str';
import { newStr, strFromWriterBuffer, strRequest } from './str';

type Wide = 'utf-16' | 'utf-32';

/** The errors argument's handler: CPython calls it through the codec registry; only 'strict' is modelled. */
function onlyStrict(errors: string, codec: string): void {
  if (errors !== 'strict') throw new RunStop('unsupported', `the '${errors}' error handler of the ${codec} codec is not modelled in the Arena Lens mini-runtime (only 'strict' is)`);
}

/**
 * _PyUnicode_EncodeUTF16/32 with byteorder 0: the bytes (BOM first) are made before the
 * characters are encoded, so an unencodable lone surrogate's exception is made while they
 * exist, and they are freed after it.
 */
export function encodeWide(cps: readonly number[], codec: Wide, errors: string, obj: () => PyStr): Uint8Array {
  const unit = codec === 'utf-16' ? 2 : 4;
  const units = codec === 'utf-16' ? cps.reduce((n, cp) => n + (cp >= 0x10000 ? 2 : 1), 1) : cps.length + 1;
  const bad = cps.findIndex((cp) => cp >= 0xd800 && cp <= 0xdfff);
  if (bad >= 0) {
    onlyStrict(errors, codec);
    const v = R.heap.malloc(bytesSizeof(units * unit), 'bytes');
    try {
      raiseUnicodeError('UnicodeEncodeError', codec, obj(), bad, bad + 1, 'surrogates not allowed');
    } finally {
      R.heap.free(v, bytesSizeof(units * unit), 'bytes');
    }
  }
  const out = new Uint8Array(units * unit);
  const view = new DataView(out.buffer);
  let at = 0;
  const put = (u: number): void => {
    if (unit === 2) view.setUint16(at, u, true);
    else view.setUint32(at, u, true);
    at += unit;
  };
  put(0xfeff);
  for (const cp of cps) {
    if (unit === 4 || cp < 0x10000) put(cp);
    else {
      put(0xd800 + ((cp - 0x10000) >> 10));
      put(0xdc00 + ((cp - 0x10000) & 0x3ff));
    }
  }
  return out;
}

interface Decoded {
  readonly cps: number[];
  /** The first undecodable range, in bytes of the whole input, and why. */
  readonly error: { start: number; end: number; reason: string } | null;
}

/** PyUnicode_DecodeUTF16Stateful's loop (stringlib/codecs.h utf16_decode), from q on, little- or big-endian. */
function utf16Units(d: Uint8Array, q: number, le: boolean): Decoded {
  const cps: number[] = [];
  const e = d.length;
  const at = (i: number): number => (le ? d[i] | (d[i + 1] << 8) : (d[i] << 8) | d[i + 1]);
  while (e - q >= 2) {
    const ch = at(q);
    q += 2;
    if (ch < 0xd800 || ch > 0xdfff) {
      cps.push(ch);
      continue;
    }
    if (ch >= 0xdc00) return { cps, error: { start: q - 2, end: q, reason: 'illegal encoding' } };
    if (e - q < 2) return { cps, error: { start: q - 2, end: e, reason: 'unexpected end of data' } };
    const ch2 = at(q);
    q += 2;
    if (ch2 < 0xdc00 || ch2 > 0xdfff) return { cps, error: { start: q - 4, end: q - 2, reason: 'illegal UTF-16 surrogate' } };
    cps.push(0x10000 + ((ch - 0xd800) << 10) + (ch2 - 0xdc00));
  }
  return { cps, error: q === e ? null : { start: q, end: e, reason: 'truncated data' } };
}

/** PyUnicode_DecodeUTF32Stateful's loop. */
function utf32Units(d: Uint8Array, q: number, le: boolean): Decoded {
  const cps: number[] = [];
  const e = d.length;
  const view = new DataView(d.buffer, d.byteOffset, d.byteLength);
  while (e - q >= 4) {
    const ch = view.getUint32(q, le);
    if (ch >= 0xd800 && ch <= 0xdfff) return { cps, error: { start: q, end: q + 4, reason: 'code point in surrogate code point range(0xd800, 0xe000)' } };
    if (ch >= 0x110000) return { cps, error: { start: q, end: q + 4, reason: 'code point not in range(0x110000)' } };
    cps.push(ch);
    q += 4;
  }
  return { cps, error: q === e ? null : { start: q, end: e, reason: 'truncated data' } };
}

/** The largest character a str of cp's kind holds (the writer's maxchar after _PyUnicodeWriter_Update). */
const kindMax = (cp: number): number => (cp < 0x80 ? 0x7f : cp < 0x100 ? 0xff : cp < 0x10000 ? 0xffff : 0x10ffff);

/**
 * PyUnicode_Decode for 'utf-16' or 'utf-32' (size 0 never gets here): a leading BOM picks the
 * order and is skipped. The _PyUnicodeWriter makes an ASCII str of min_length characters, a new
 * one of the same length whenever a character needs a wider kind (the old one freed after), and
 * _PyUnicodeWriter_Finish resizes it to what was written (resize_compact: PyObject_Realloc).
 */
export function decodeWide(d: Uint8Array, codec: Wide, errors: string): PyStr {
  const unit = codec === 'utf-16' ? 2 : 4;
  let q = 0;
  let le = true;
  if (d.length >= unit) {
    const bom = unit === 2 ? d[0] | (d[1] << 8) : (d[0] | (d[1] << 8) | (d[2] << 16) | (d[3] << 24)) >>> 0;
    if (bom === 0xfeff) q = unit;
    else if (bom === (unit === 2 ? 0xfffe : 0xfffe0000)) {
      q = unit;
      le = false;
    }
  }
  if (q === d.length) return newStr('');
  const { cps, error } = unit === 2 ? utf16Units(d, q, le) : utf32Units(d, q, le);
  const minLength = Math.floor((d.length - q + unit - 1) / unit);
  let maxchar = 0x7f;
  let bytes = strRequest(minLength, maxchar);
  let buffer = R.heap.malloc(bytes, 'str');
  for (const cp of cps) {
    if (cp <= maxchar) continue;
    // _PyUnicodeWriter_PrepareInternal: PyUnicode_New(writer->size, ch), the characters copied, the old str dropped.
    maxchar = kindMax(cp);
    const wider = strRequest(minLength, maxchar);
    const next = R.heap.malloc(wider, 'str');
    R.heap.free(buffer, bytes, 'str');
    buffer = next;
    bytes = wider;
  }
  if (error !== null) {
    try {
      onlyStrict(errors, codec);
      // make_decode_exception: the exception holds a bytes copy of the whole input ("sy#nns").
      raiseUnicodeError('UnicodeDecodeError', `${codec}-${le ? 'le' : 'be'}`, newBytes(d), error.start, error.end, error.reason);
    } finally {
      R.heap.free(buffer, bytes, 'str');
    }
  }
  let text = '';
  for (let i = 0; i < cps.length; i += 4096) text += String.fromCodePoint(...cps.slice(i, i + 4096));
  const size = strRequest(cps.length, maxchar);
  if (size !== bytes) buffer = R.heap.realloc(buffer, bytes, size, 'str');
  return strFromWriterBuffer(text, buffer, size);
}
