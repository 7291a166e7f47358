// printf-style `bytes % args` and `bytearray % args` (_PyBytes_FormatEx): the str
// formatter of format/percent.ts run over the bytes as Latin-1 text, with bytes' own
// rules for %s/%b (bytes-like or __bytes__), %r/%a (ascii()), %c (one byte) and its messages.
import { R } from '../state';
import * as abs from './abstract';
import { asciiEscape, isFormatError, percentFormat, PercentCallbacks } from '../format';
import { exceptionTypes, pyError, typeError } from './exceptions';
import { PyFloat } from './float';
import { PyInt } from './int';
import { PyObject, typeLookup } from './object';
import { PyStr } from './str';
import { NotImplemented } from './singletons';
import { PyTuple } from './tuple';
import { allocBytes, bytesType, newBytes, PyBytes } from './bytes';
import { PyMemoryView } from './memoryview';
import { bufferCopy } from './bytes-methods';
import { bytearrayType, newByteArray, PyByteArray } from './bytearray';

function latin1(d: Uint8Array): string {
  let s = '';
  for (let i = 0; i < d.length; i += 8192) s += String.fromCharCode(...d.subarray(i, i + 8192));
  return s;
}

function bytesLike(o: PyObject): Uint8Array | null {
  return o instanceof PyBytes || o instanceof PyByteArray ? o.data : null;
}

/** The %s/%b operand: a bytes-like object or what its __bytes__ returns. */
function asBytes(o: PyObject): string {
  const d = bytesLike(o);
  if (d !== null) return latin1(d);
  if (o instanceof PyMemoryView) {
    // format_obj: PyObject_GetBuffer(PyBUF_FULL_RO), copied into a temporary bytes object.
    const tmp = allocBytes(bufferCopy(o)!);
    const s = latin1(tmp.data);
    abs.decref(tmp);
    return s;
  }
  const m = o.ob_type.isHeapType ? typeLookup(o.ob_type, '__bytes__') : null;
  if (m !== null) {
    const r = abs.call(m, [o]);
    try {
      if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${r.ob_type.tp_name})`);
      return latin1(r.data);
    } finally {
      abs.decref(r);
    }
  }
  throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${o.ob_type.tp_name}'`);
}

/** bytes' wording of the messages the shared formatter words for str. */
const MESSAGES: Record<string, string> = {
  'not all arguments converted during string formatting': 'not all arguments converted during bytes formatting',
  '%c requires int or char': '%c requires an integer in range(256) or a single byte',
  '%c arg not in range(0x110000)': '%c arg not in range(256)',
};

/** bytes' wording, and 3.8-3.9's for a non-number given to %d. */
function message(m: string): string {
  const known = MESSAGES[m];
  if (known !== undefined) return known;
  const real = /^must be real number, not (.*)$/.exec(m);
  if (real !== null) return `float argument required, not ${real[1]}`;
  if (R.minor <= 9) return m.replace(/^(%[diu] format): a real number is required/, '$1: a number is required');
  return m;
}

/** '%b' is bytes' name for '%s': rewrite the conversion characters (same length, same indexes). */
function bAsS(fmt: string): string {
  const f = fmt.split('');
  for (let i = 0; i < f.length; i++) {
    if (f[i] !== '%') continue;
    i++;
    if (f[i] === '(') {
      let depth = 1;
      while (++i < f.length && depth > 0) {
        if (f[i] === '(') depth++;
        else if (f[i] === ')') depth--;
      }
    }
    while (i < f.length && '-+ #0'.includes(f[i])) i++;
    while (i < f.length && /[0-9*]/.test(f[i])) i++;
    if (f[i] === '.') {
      i++;
      while (i < f.length && /[0-9*]/.test(f[i])) i++;
    }
    while (i < f.length && 'hlL'.includes(f[i])) i++;
    if (f[i] === 'b') f[i] = 's';
  }
  return f.join('');
}

function formatBytes(fmt: Uint8Array, args: PyObject): Uint8Array {
  const held: PyObject[] = [];
  const cb: PercentCallbacks<PyObject> = {
    str: asBytes,
    repr: (o) => asciiEscape(abs.repr(o)),
    ascii: (o) => asciiEscape(abs.repr(o)),
    typeName: (o) => o.ob_type.tp_name,
    tupleItems: (o) => (o instanceof PyTuple ? o.items : undefined),
    isMapping: (o) => o.ob_type.mp_subscript !== undefined && bytesLike(o) === null && !(o instanceof PyStr),
    getItem: (m, key) => {
      // The key of %(key)s is bytes in bytes formatting.
      const k = newBytes(Uint8Array.from(key, (ch) => ch.charCodeAt(0)));
      try {
        const v = abs.getItem(m, k);
        held.push(v);
        return v;
      } finally {
        abs.decref(k);
      }
    },
    // Only a one-byte bytes is a "char" for %c; the args themselves are never treated as text.
    strValue: (o) => {
      const d = bytesLike(o);
      return d !== null ? latin1(d) : undefined;
    },
    intValue: (o) => (o instanceof PyInt ? o.toBigInt() : undefined),
    toInt: (o) => (o instanceof PyInt ? o.toBigInt() : o instanceof PyFloat && Number.isFinite(o.value) ? BigInt(Math.trunc(o.value)) : undefined),
    toIndex: (o) => (o instanceof PyInt ? o.toBigInt() : o.ob_type.tp_as_number.nb_index !== undefined ? BigInt(abs.asIndex(o)) : undefined),
    toFloat: (o) => (o instanceof PyFloat ? o.value : o instanceof PyInt ? o.toNumber() : undefined),
  };
  let text: string;
  try {
    text = percentFormat(bAsS(latin1(fmt)), args, cb);
  } catch (e) {
    if (isFormatError(e)) throw pyError(exceptionTypes.get(e.pyType)!, message(e.message));
    throw e;
  } finally {
    for (const v of held) abs.decref(v);
  }
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Only %c of an int can put a character above 0xff in the text.
    if (c > 0xff) throw pyError(exceptionTypes.get('OverflowError')!, '%c arg not in range(256)');
    out[i] = c;
  }
  return out;
}

bytesType.tp_as_number.nb_remainder = (a, b) => {
  if (!(a instanceof PyBytes)) return abs.incref(NotImplemented);
  return newBytes(formatBytes(a.data, b));
};
bytearrayType.tp_as_number.nb_remainder = (a, b) => {
  if (!(a instanceof PyByteArray)) return abs.incref(NotImplemented);
  return newByteArray(formatBytes(a.data, b));
};
