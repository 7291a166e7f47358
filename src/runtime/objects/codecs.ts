// The three codecs a script most often names (Objects/unicodeobject.c, Python/codecs.c):
// UTF-8, ASCII and Latin-1 encoding and decoding with the strict, ignore and replace
// handlers, CPython's error messages, and str.encode.
import { inaccessible, isContiguous, PyMemoryView, simpleBuffer } from './memoryview';
import { exceptionTypes, pyError, typeError } from './exceptions';
import { defMethod } from './function';
import { PyObject } from './object';
import { PyStr, strType } from './str';
import { newBytes, PyBytes } from './bytes';
import { PyByteArray } from './bytearray';
import { newStr } from './str';
import { argTypeName, badKeyword } from './args';
import { R } from '../state';
import { escapeCodePoint } from '../format/strrepr';
import * as abs from './abstract';
import { PyErr, RunStop } from '../errors';
import { registryEncoding } from './codec-names';
import { newIntSsize } from './int';
import { parserInit } from './builtin-call';
import { decodeWide, encodeWide } from './codecs-utf16-32';

export type Codec = 'utf-8' | 'ascii' | 'latin-1' | 'utf-16' | 'utf-32';

const ALIASES: Record<string, Codec> = {
  utf_8: 'utf-8',
  utf8: 'utf-8',
  u8: 'utf-8',
  utf: 'utf-8',
  cp65001: 'utf-8',
  ascii: 'ascii',
  us_ascii: 'ascii',
  '646': 'ascii',
  latin_1: 'latin-1',
  latin1: 'latin-1',
  latin: 'latin-1',
  l1: 'latin-1',
  iso_8859_1: 'latin-1',
  iso8859_1: 'latin-1',
  '8859': 'latin-1',
  cp819: 'latin-1',
};

/** _PyCodec_Lookup after normalizestring: LookupError for codecs the runtime does not have. */
export function lookupCodec(name: string): Codec {
  const fast = fastPath(name);
  if (fast !== null) return fast;
  // encodings.normalize_encoding (ASCII letters lowered): runs of other characters become one '_'.
  const norm = normalizeEncoding(name);
  const c = ALIASES[norm];
  if (c === undefined) {
    if (registryEncoding(norm, R.minor)) throw new RunStop('unsupported', `the '${name}' codec is not available in the Arena Lens mini-runtime (it provides utf-8, ascii, latin-1, and utf-16 and utf-32 by those names)`);
    throw pyError(exceptionTypes.get('LookupError')!, `unknown encoding: ${name}`);
  }
  return c;
}

/** encodings.normalize_encoding and _Py_normalize_encoding (ASCII letters lowered): runs of other characters become one '_'. */
function normalizeEncoding(name: string): string {
  return name.replace(/[A-Z]/g, (ch) => ch.toLowerCase()).replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
}

/**
 * The names PyUnicode_AsEncodedString and PyUnicode_Decode take without the registry, as
 * _Py_normalize_encoding leaves them (lower case, runs of punctuation one '_', at most 10 long).
 */
function fastPath(name: string): 'utf-16' | 'utf-32' | null {
  const lower = normalizeEncoding(name);
  if (lower.length > 10) return null;
  const m = /^utf_?(16|32)$/.exec(lower);
  return m === null ? null : m[1] === '16' ? 'utf-16' : 'utf-32';
}

function badHandler(errors: string) {
  return pyError(exceptionTypes.get('LookupError')!, `unknown error handler name '${errors}'`);
}

const hex = (n: number, w: number): string => n.toString(16).padStart(w, '0');


/**
 * make_encode_exception / PyUnicodeDecodeError_Create (Objects/unicodeobject.c, exceptions.c):
 * PyObject_CallFunction(type, "sOnns" or "sy#nns", ...), whose stack items are released after the
 * call; PyCodec_StrictErrors raises the exception object itself.
 */
export function raiseUnicodeError(name: string, codec: string, object: PyObject, start: number, end: number, reason: string): never {
  const items = [newStr(codec), object, newIntSsize(start), newIntSsize(end), newStr(reason)];
  let exc: PyObject;
  try {
    exc = abs.call(exceptionTypes.get(name)!, items);
  } finally {
    for (const o of items) abs.decref(o);
  }
  throw new PyErr(exc);
}

/** str.encode / PyUnicode_AsEncodedString for the supported codecs (obj: the str encoded, made for the error if not given). */
export function encodeText(s: string, codec: Codec, errors: string, obj?: PyStr): Uint8Array {
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  if (codec === 'utf-16' || codec === 'utf-32') return encodeWide(cps, codec, errors, () => (obj !== undefined ? abs.incref(obj) : newStr(s)));
  const out: number[] = [];
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : -1;
  const bad = (cp: number): boolean => (limit < 0 ? cp >= 0xd800 && cp <= 0xdfff : cp >= limit);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (!bad(cp)) {
      if (limit > 0 || cp < 0x80) out.push(cp);
      else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
      else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      continue;
    }
    // The handler gets the whole run of characters the codec cannot encode.
    let end = i + 1;
    while (end < cps.length && bad(cps[end])) end++;
    if (errors === 'strict') {
      const reason = limit < 0 ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
      raiseUnicodeError('UnicodeEncodeError', codec, obj !== undefined ? abs.incref(obj) : newStr(s), i, end, reason);
    }
    if (errors === 'replace') for (let k = i; k < end; k++) out.push(0x3f);
    else if (errors === 'backslashreplace') {
      for (let k = i; k < end; k++) for (const ch of escapeCodePoint(cps[k])) out.push(ch.charCodeAt(0));
    } else if (errors === 'xmlcharrefreplace') {
      // The encoders' own _Py_ERROR_XMLCHARREFREPLACE case: no call of the handler.
      for (let k = i; k < end; k++) for (const ch of `&#${cps[k]};`) out.push(ch.charCodeAt(0));
    } else if (errors !== 'ignore') throw badHandler(errors);
    i = end - 1;
  }
  return Uint8Array.from(out);
}

/** The length of the valid UTF-8 sequence at i, or [-(bytes of the invalid start), reason]. */
function utf8Step(d: Uint8Array, i: number): [number, string] {
  const b0 = d[i];
  if (b0 < 0x80) return [1, ''];
  if (b0 < 0xc2 || b0 > 0xf4) return [-1, 'invalid start byte'];
  const need = b0 < 0xe0 ? 1 : b0 < 0xf0 ? 2 : 3;
  for (let k = 1; k <= need; k++) {
    if (i + k >= d.length) return [-(d.length - i), 'unexpected end of data'];
    const c = d[i + k];
    let lo = 0x80;
    let hi = 0xbf;
    if (k === 1) {
      if (b0 === 0xe0) lo = 0xa0;
      else if (b0 === 0xed) hi = 0x9f;
      else if (b0 === 0xf0) lo = 0x90;
      else if (b0 === 0xf4) hi = 0x8f;
    }
    if (c < lo || c > hi) return [-k, 'invalid continuation byte'];
  }
  return [need + 1, ''];
}

/** PyUnicode_FromEncodedObject / PyUnicode_Decode: empty input is the empty str, whatever the codec's name. */
export function decodeToStr(d: Uint8Array, encoding: string, errors: string): PyStr {
  if (d.length === 0) return newStr('');
  const codec = lookupCodec(encoding);
  if (codec === 'utf-16' || codec === 'utf-32') return decodeWide(d, codec, errors);
  return newStr(decodeBytes(d, codec, errors));
}

/** PyUnicode_Decode's text for utf-8, ascii and latin-1. */
function decodeBytes(d: Uint8Array, codec: Codec, errors: string): string {
  let out = '';
  let i = 0;
  while (i < d.length) {
    let n: number;
    let reason = '';
    if (codec === 'latin-1') n = 1;
    else if (codec === 'ascii') [n, reason] = d[i] < 0x80 ? [1, ''] : [-1, 'ordinal not in range(128)'];
    else [n, reason] = utf8Step(d, i);
    if (n > 0) {
      if (n === 1) out += String.fromCharCode(d[i]);
      else {
        const b0 = d[i];
        let cp = b0 & (n === 2 ? 0x1f : n === 3 ? 0x0f : 0x07);
        for (let k = 1; k < n; k++) cp = (cp << 6) | (d[i + k] & 63);
        out += String.fromCodePoint(cp);
      }
      i += n;
      continue;
    }
    const len = -n;
    if (errors === 'strict') {
      // y#: a bytes object of the whole input.
      raiseUnicodeError('UnicodeDecodeError', codec, newBytes(d), i, i + len, reason);
    }
    if (errors === 'replace') out += '\ufffd';
    else if (errors === 'backslashreplace') for (let k = 0; k < len; k++) out += `\\x${hex(d[i + k], 2)}`;
    else if (errors === 'xmlcharrefreplace') throw typeError("don't know how to handle UnicodeDecodeError in error callback");
    else if (errors !== 'ignore') throw badHandler(errors);
    i += len;
  }
  return out;
}


/** The (encoding, errors) arguments of encode/decode: positional or by keyword, both str. */
export function codecArgs(fn: string, a: PyObject[], kw: PyStr[] | null, dflt: string, parser: string): [string, string] {
  const nkw = kw?.length ?? 0;
  const pos = a.slice(0, a.length - nkw);
  // Argument Clinic's _PyArg_UnpackKeywords leaves its fast path for keywords or too many arguments.
  if (nkw > 0 || pos.length > 2) parserInit(parser, ['encoding', 'errors']);
  if (pos.length > 2) throw typeError(`${fn}() takes at most 2 arguments (${pos.length} given)`);
  let enc: PyObject | undefined = pos[0];
  let err: PyObject | undefined = pos[1];
  for (let k = 0; k < nkw; k++) {
    const name = kw![k].value;
    const v = a[pos.length + k];
    if (name === 'encoding') enc = v;
    else if (name === 'errors') err = v;
    else throw badKeyword(name, fn);
  }
  const argN = (o: PyObject, name: string): string => {
    if (!(o instanceof PyStr)) throw typeError(`${fn}() argument '${name}' must be str, not ${argTypeName(o)}`);
    return o.value;
  };
  const e = enc === undefined ? dflt : argN(enc, 'encoding');
  const r = err === undefined ? 'strict' : argN(err, 'errors');
  return [e, r];
}

defMethod(strType, 'encode', (o, a, kw) => {
  const [encoding, errors] = codecArgs('encode', a, kw, 'utf-8', 'str.encode');
  return newBytes(encodeText((o as PyStr).value, lookupCodec(encoding), errors, o as PyStr));
});

/** How str(), bytes() and bytearray() name their encoding or errors: 3.8/3.9's PyArg_ParseTupleAndKeywords by position. */
export function argLabel(n: string): string {
  return R.minor >= 10 ? `'${n}'` : n === 'encoding' ? '2' : '3';
}

/** unicode_new_impl with an encoding or errors: PyUnicode_FromEncodedObject. */
export function strFromEncoded(pos: PyObject[], kw: Map<string, PyObject>): PyObject {
  if (pos.length > 3) throw typeError(`str() takes at most 3 arguments (${pos.length} given)`);
  let obj: PyObject | undefined = pos[0];
  let enc: PyObject | undefined = pos[1];
  let err: PyObject | undefined = pos[2];
  for (const [k, v] of kw) {
    if (k === 'object') obj = v;
    else if (k === 'encoding') enc = v;
    else if (k === 'errors') err = v;
    else throw badKeyword(k, 'str');
  }
  const name = (o: PyObject, n: string): string => {
    if (!(o instanceof PyStr)) throw typeError(`str() argument ${argLabel(n)} must be str, not ${argTypeName(o)}`);
    return o.value;
  };
  const encoding = enc === undefined ? 'utf-8' : name(enc, 'encoding');
  const errors = err === undefined ? 'strict' : name(err, 'errors');
  if (obj === undefined) return newStr('');
  if (obj instanceof PyStr) throw typeError('decoding str is not supported');
  // PyObject_GetBuffer(PyBUF_SIMPLE), any refusal reported as this TypeError.
  const data =
    obj instanceof PyBytes || obj instanceof PyByteArray
      ? obj.data
      : obj instanceof PyMemoryView && !inaccessible(obj) && isContiguous(obj.view)
        ? simpleBuffer(obj)
        : null;
  if (data === null) throw typeError(`decoding to str: need a bytes-like object, ${obj.ob_type.tp_name} found`);
  return decodeToStr(data, encoding, errors);
}
