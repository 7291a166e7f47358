// The methods bytes and bytearray share (Objects/bytes_methods.c, stringlib): search,
// split/join/strip/replace, case and class tests, hex/fromhex, decode. A bytes result that
// equals its exact-bytes receiver is the receiver itself, as stringlib's return_self does.
import { R } from '../state';
import { markVarargs, minors, parserInit } from './builtin-call';
import { inVersions } from './typeobject';
import * as abs from './abstract';
import { sequenceFast } from './containers';
import { typeError, valueError } from './exceptions';
import { defClassMethod, defMethod, cfunctionType, NativeMethod, PyCFunction } from './function';
import { newIntSsize, PyInt } from './int';
import { newListFrom } from './list';
import { PyObject, PyType } from './object';
import { None, pyBool } from './singletons';
import { newStr, PyStr } from './str';
import { PyTuple, tupleNew } from './tuple';
import { bytesType, newBytes, newBytesSized, PyBytes } from './bytes';
import { bytearrayType, newByteArray, PyByteArray } from './bytearray';
import { checkReleased, inaccessible, isContiguous, PyMemoryView, simpleBuffer, viewBytes } from './memoryview';
import { argTypeName, between, noKw, params } from './args';
import { codecArgs, decodeToStr } from './codecs';
import { checkArgs, checkedMethod, clinicInt, clinicSsize, clinicKeywords, type Convention, fastcall, keependsArg, METH_NOARGS, METH_O, parseTuple, sliceIndex } from '../builtin-conventions';
import { concat, countOf, fromHex, hexOf, indexOf, isAlpha, isDigit, isLower, isSpace, isUpper, lastIndexOf, splitSep, splitWhitespace } from './bytes-stringlib';

/**
 * PyObject_GetBuffer(o, PyBUF_SIMPLE): the bytes of a bytes-like object, null for an object
 * without the buffer protocol; a released or strided memoryview raises.
 */
export function bufferOf(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytes) return o.data;
  if (o instanceof PyByteArray) return o.data;
  if (o instanceof PyMemoryView) return simpleBuffer(o);
  return null;
}

/** bufferOf where the caller replaces any failure by its own error (bytes_concat, join, bytearray's compare). */
export function bufferOrNull(o: PyObject): Uint8Array | null {
  if (o instanceof PyMemoryView && (inaccessible(o) || !isContiguous(o.view))) return null;
  return bufferOf(o);
}

/** PyObject_GetBuffer(o, PyBUF_FULL_RO) and PyBuffer_ToContiguous (bytes(), bytearray()): a copy, or null. */
export function bufferCopy(o: PyObject): Uint8Array | null {
  if (o instanceof PyMemoryView) {
    checkReleased(o);
    return viewBytes(o);
  }
  const b = bufferOf(o);
  return b === null ? null : b.slice();
}

/** The sep and bytes_per_sep arguments of hex() (Python/pystrhex.c _Py_strhex_impl). */
export function hexArgs(fn: string, a: PyObject[], kw: PyStr[] | null, parser: string): [string | null, number] {
  if ((kw !== null && kw.length > 0) || a.length > 2) parserInit(parser, ['sep', 'bytes_per_sep']);
  const [sepArg, perArg] = params(fn, a, kw, ['sep', 'bytes_per_sep']);
  let sep: string | null = null;
  if (sepArg !== undefined) {
    const n = sepArg instanceof PyStr ? sepArg.value.length : bufferOf(sepArg)?.length ?? abs.length(sepArg);
    if (n !== 1) throw valueError('sep must be length 1.');
    if (sepArg instanceof PyStr) sep = sepArg.value;
    else if (sepArg instanceof PyBytes) sep = String.fromCharCode(sepArg.data[0]);
    else throw typeError('sep must be str or bytes.');
    if (sep.charCodeAt(0) > 127) throw valueError('sep must be ASCII.');
  }
  return [sep, perArg === undefined ? 1 : clinicInt(perArg)];
}

/** "a bytes-like object is required, not 'str'" (PyObject_GetBuffer's error). */
export function needBuffer(o: PyObject): Uint8Array {
  const b = bufferOf(o);
  if (b === null) throw typeError(`a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return b;
}

/** _getbytevalue / PyNumber_AsSsize_t for a byte: an int in range(0, 256). */
export function byteValue(o: PyObject, message = 'byte must be in range(0, 256)'): number {
  const v = abs.asIndex(o);
  if (v < 0 || v >= 256) throw valueError(message);
  return v;
}

// Their conventions (Objects/bytesobject.c, bytearrayobject.c, clinic/*.c.h): the search methods take
// 1-3 arguments (3.8-3.12 stringlib_parse_args_finds' PyArg_ParseTuple; 3.13's clinic), join one.
const FINDS = (minor: number): Convention => (minor <= 12 ? parseTuple(1, 3) : fastcall(1, 3));
const CHECKED: Record<string, Convention | ((minor: number) => Convention)> = {
  find: FINDS, rfind: FINDS, index: FINDS, rindex: FINDS, count: FINDS, startswith: FINDS, endswith: FINDS, join: METH_O,
  // Objects/clinic/bytesobject.c.h, bytearrayobject.c.h: one positional (METH_O) or a count checked by _PyArg_CheckPositional.
  zfill: METH_O, partition: METH_O, rpartition: METH_O, removeprefix: METH_O, removesuffix: METH_O,
  center: fastcall(1, 2), ljust: fastcall(1, 2), rjust: fastcall(1, 2), replace: fastcall(2, 3),
  strip: fastcall(0, 1), lstrip: fastcall(0, 1), rstrip: fastcall(0, 1),
  // Objects/bytes_methods.c: the case methods and class tests are METH_NOARGS.
  ...Object.fromEntries(
    ['upper', 'lower', 'swapcase', 'capitalize', 'title', 'isdigit', 'isalpha', 'isalnum', 'isspace', 'isascii', 'isupper', 'islower', 'istitle'].map((k) => [k, METH_NOARGS]),
  ),
  // Argument Clinic's keyword parser: translate(table, /, delete=b''), the others all by keyword too.
  expandtabs: clinicKeywords(['tabsize'], 0, 0), splitlines: clinicKeywords(['keepends'], 0, 0),
  split: clinicKeywords(['sep', 'maxsplit'], 0, 0), rsplit: clinicKeywords(['sep', 'maxsplit'], 0, 0),
  translate: clinicKeywords(['table', 'delete'], 1, 1),
};

/** The subsequence argument of find/count/index (bytes-like or an int byte). */
function subArg(o: PyObject): Uint8Array {
  const b = bufferOf(o);
  if (b !== null) return b;
  if (o instanceof PyInt || o.ob_type.tp_as_number.nb_index !== undefined) return Uint8Array.of(byteValue(o));
  throw typeError(`argument should be integer or bytes-like object, not '${o.ob_type.tp_name}'`);
}

/** start/end arguments as ADJUST_INDICES leaves them: negatives from the end, end at most n (start may pass n). */
function bounds(a: PyObject[], from: number, n: number): [number, number] {
  const get = (o: PyObject | undefined, dflt: number): number => {
    if (o === undefined || o === None) return dflt;
    const v = sliceIndex(o);
    return v < 0 ? Math.max(0, v + n) : v;
  };
  return [get(a[from], 0), Math.min(get(a[from + 1], n), n)];
}

/** (sep, maxsplit) of split/rsplit from the clinic's buffer. */
function splitArgs(a: Array<PyObject | undefined>): [PyObject, number] {
  return [a[0] ?? None, a[1] === undefined ? -1 : clinicSsize(a[1])];
}

function stripSet(o: PyObject | undefined): (c: number) => boolean {
  if (o === undefined || o === None) return isSpace;
  const set = needBuffer(o);
  return (c) => set.includes(c);
}

/**
 * Bind the shared methods to a type. `make` is PyBytes_FromStringAndSize(str, n) (one byte
 * is the shared object); `fresh` is the (NULL, n) form methods that write their result in
 * place use, where one byte is a new object.
 */
function install(type: PyType, make: (d: Uint8Array) => PyObject, fresh: (d: Uint8Array) => PyObject): void {
  const self = (o: PyObject): Uint8Array => (o as PyBytes | PyByteArray).data;
  const exact = (o: PyObject): boolean => o.ob_type === bytesType;
  /** return_self: the receiver when it is an exact bytes, else a copy. */
  const same = (o: PyObject): PyObject => (exact(o) ? abs.incref(o) : make(self(o).slice()));
  const out = (d: Uint8Array): PyObject => make(d.slice());
  const name = type.tp_name;
  const methods: Record<string, NativeMethod> = {
    decode(o, a, kw) {
      const [encoding, errors] = codecArgs('decode', a, kw, 'utf-8', `${name}.decode`);
      return decodeToStr(self(o), encoding, errors);
    },
    hex(o, a, kw) {
      const [sep, per] = hexArgs('hex', a, kw, `${name}.hex`);
      return newStr(hexOf(self(o), sep, per));
    },
    find: (o, a) => newIntSsize(search(o, a, false)),
    rfind: (o, a) => newIntSsize(search(o, a, true)),
    index: (o, a) => newIntSsize(found(search(o, a, false))),
    rindex: (o, a) => newIntSsize(found(search(o, a, true))),
    count: (o, a) => {
      const d = self(o);
      const [s, e] = bounds(a, 1, d.length);
      return newIntSsize(countOf(d, subArg(a[0]), s, e));
    },
    startswith: (o, a) => affix(o, a, 'startswith', true),
    endswith: (o, a) => affix(o, a, 'endswith', false),
    split(o, a) {
      const [sep, max] = splitArgs(a);
      const d = self(o);
      const parts = sep === None ? splitWhitespace(d, max, false) : splitSep(d, needBuffer(sep), max, false);
      return partsList(o, parts);
    },
    rsplit(o, a) {
      const [sep, max] = splitArgs(a);
      const d = self(o);
      const parts = sep === None ? splitWhitespace(d, max, true) : splitSep(d, needBuffer(sep), max, true);
      return partsList(o, parts);
    },
    join(o, a) {
      // stringlib join: PySequence_Fast makes anything but a list or tuple a list first.
      const seq = sequenceFast(a[0], 'can only join an iterable');
      const items = seq.items;
      try {
        const bufs = items.map((p, i) => {
          const b = bufferOrNull(p);
          if (b === null) throw typeError(`sequence item ${i}: expected a bytes-like object, ${p.ob_type.tp_name} found`);
          return b;
        });
        if (items.length === 1 && exact(o) && items[0].ob_type === bytesType) return abs.incref(items[0]);
        const sep = self(o);
        const parts: Uint8Array[] = [];
        bufs.forEach((b, i) => {
          if (i > 0) parts.push(sep);
          parts.push(b);
        });
        return fresh(concat(parts));
      } finally {
        abs.decref(seq);
      }
    },
    strip: (o, a) => strip(o, a, true, true),
    lstrip: (o, a) => strip(o, a, true, false),
    rstrip: (o, a) => strip(o, a, false, true),
    replace(o, a) {
      const d = self(o);
      const old = needBuffer(a[0]);
      const nw = needBuffer(a[1]);
      let max = a[2] === undefined ? -1 : clinicSsize(a[2]);
      if (max < 0) max = Number.MAX_SAFE_INTEGER;
      const parts: Uint8Array[] = [];
      let n = 0;
      if (old.length === 0) {
        let i = 0;
        for (; i <= d.length && n < max; i++, n++) {
          parts.push(nw);
          if (i < d.length) parts.push(d.subarray(i, i + 1));
        }
        if (i <= d.length) parts.push(d.subarray(i));
      } else {
        let from = 0;
        while (n < max) {
          const i = indexOf(d, old, from, d.length);
          if (i < 0) break;
          parts.push(d.subarray(from, i), nw);
          from = i + old.length;
          n++;
        }
        parts.push(d.subarray(from));
      }
      if (n === 0) return same(o);
      return fresh(concat(parts));
    },
    upper: (o) => fresh(self(o).map((c) => (isLower(c) ? c - 32 : c))),
    lower: (o) => fresh(self(o).map((c) => (isUpper(c) ? c + 32 : c))),
    swapcase: (o) => fresh(self(o).map((c) => (isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c))),
    capitalize: (o) => fresh(self(o).map((c, i) => (i === 0 ? (isLower(c) ? c - 32 : c) : isUpper(c) ? c + 32 : c))),
    isdigit: (o) => pyBool(self(o).length > 0 && self(o).every(isDigit)),
    isalpha: (o) => pyBool(self(o).length > 0 && self(o).every(isAlpha)),
    isalnum: (o) => pyBool(self(o).length > 0 && self(o).every((c) => isAlpha(c) || isDigit(c))),
    isspace: (o) => pyBool(self(o).length > 0 && self(o).every(isSpace)),
    isascii: (o) => pyBool(self(o).every((c) => c < 128)),
    isupper: (o) => pyBool(self(o).some(isUpper) && !self(o).some(isLower)),
    islower: (o) => pyBool(self(o).some(isLower) && !self(o).some(isUpper)),
    zfill(o, a) {
      const d = self(o);
      const w = clinicSsize(a[0]);
      if (d.length >= w) return same(o);
      const fill = w - d.length;
      const r = new Uint8Array(w).fill(48);
      r.set(d, fill);
      if (d.length > 0 && (d[0] === 43 || d[0] === 45)) {
        r[0] = d[0];
        r[fill] = 48;
      }
      return fresh(r);
    },
    splitlines(o, a) {
      const keepends = keependsArg(a[0]);
      const d = self(o);
      const parts: Uint8Array[] = [];
      let i = 0;
      while (i < d.length) {
        let j = i;
        while (j < d.length && d[j] !== 10 && d[j] !== 13) j++;
        let eol = j;
        if (j < d.length) eol = d[j] === 13 && d[j + 1] === 10 ? j + 2 : j + 1;
        parts.push(d.subarray(i, keepends ? eol : j));
        i = eol;
      }
      return partsList(o, parts);
    },
    title(o) {
      let prevCased = false;
      return fresh(
        self(o).map((c) => {
          const r = prevCased ? (isUpper(c) ? c + 32 : c) : isLower(c) ? c - 32 : c;
          prevCased = isAlpha(c);
          return r;
        }),
      );
    },
    istitle(o) {
      let cased = false;
      let prevCased = false;
      for (const c of self(o)) {
        if (isUpper(c)) {
          if (prevCased) return pyBool(false);
          prevCased = cased = true;
        } else if (isLower(c)) {
          if (!prevCased) return pyBool(false);
          prevCased = cased = true;
        } else prevCased = false;
      }
      return pyBool(cased);
    },
    expandtabs(o, a) {
      const tab = a[0] === undefined ? 8 : clinicInt(a[0]);
      const outb: number[] = [];
      let col = 0;
      for (const c of self(o)) {
        if (c === 9) {
          if (tab > 0) {
            const n = tab - (col % tab);
            for (let k = 0; k < n; k++) outb.push(32);
            col += n;
          }
        } else {
          outb.push(c);
          col = c === 10 || c === 13 ? 0 : col + 1;
        }
      }
      return fresh(Uint8Array.from(outb));
    },
    translate(o, a) {
      const table = a[0];
      const del = a[1];
      let map: Uint8Array | null = null;
      if (table !== None) {
        map = needBuffer(table);
        if (map.length !== 256) throw valueError('translation table must be 256 characters long');
      }
      const gone = del === undefined ? new Uint8Array(0) : needBuffer(del);
      const d = self(o);
      const r = Uint8Array.from(Array.from(d).filter((c) => !gone.includes(c)).map((c) => (map === null ? c : map[c])));
      if (exact(o) && r.length === d.length && r.every((c, k) => c === d[k])) return abs.incref(o);
      return fresh(r);
    },
    partition: (o, a) => partition(o, a, false),
    rpartition: (o, a) => partition(o, a, true),
  };
  for (const [k, f] of Object.entries(methods)) defMethod(type, k, k in CHECKED ? checkedMethod(`${name}.${k}`, CHECKED[k], f) : f);
  // bytes_find and the others (Objects/bytesobject.c, bytearrayobject.c) are METH_VARARGS up to 3.12.
  markVarargs(type, ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith'], minors(8, 12));
  // removeprefix/removesuffix: PEP 616, from 3.9.
  const affixRemovers: Record<string, NativeMethod> = {
    removeprefix(o, a) {
      const d = self(o);
      const p = needBuffer(a[0]);
      if (p.length > 0 && p.length <= d.length && p.every((c, k) => d[k] === c)) return out(d.subarray(p.length));
      return same(o);
    },
    removesuffix(o, a) {
      const d = self(o);
      const p = needBuffer(a[0]);
      const at = d.length - p.length;
      if (p.length > 0 && at >= 0 && p.every((c, k) => d[at + k] === c)) return out(d.subarray(0, at));
      return same(o);
    },
  };
  for (const [k, f] of Object.entries(affixRemovers)) {
    defMethod(type, k, checkedMethod(`${name}.${k}`, CHECKED[k], f));
    inVersions(type, k, (m) => m >= 9);
  }
  for (const k of ['ljust', 'rjust', 'center'] as const) {
    defMethod(type, k, checkedMethod(`${name}.${k}`, CHECKED[k], (o, a) => {
      const d = self(o);
      const w = clinicSsize(a[0]);
      let fill = 32;
      if (a[1] !== undefined) {
        // The 'c' converter: a bytes or bytearray of length 1, not any buffer.
        const f = a[1] instanceof PyBytes || a[1] instanceof PyByteArray ? a[1].data : null;
        if (f === null || f.length !== 1) {
          throw typeError(`${k}() argument 2 must be a byte string of length 1, not ${a[1].ob_type.tp_name}`);
        }
        fill = f[0];
      }
      if (d.length >= w) return same(o);
      const total = w - d.length;
      const left = k === 'ljust' ? 0 : k === 'rjust' ? total : Math.floor(total / 2) + (total & w & 1);
      const r = new Uint8Array(w).fill(fill);
      r.set(d, left);
      return fresh(r);
    }));
  }

  /** find/rfind over [start, end): the position, or -1. */
  function search(o: PyObject, a: PyObject[], last: boolean): number {
    const d = self(o);
    const [s, e] = bounds(a, 1, d.length);
    return (last ? lastIndexOf : indexOf)(d, subArg(a[0]), s, e);
  }
  function found(i: number): number {
    if (i < 0) throw valueError('subsection not found');
    return i;
  }
  function affix(o: PyObject, a: PyObject[], fn: string, start: boolean): PyObject {
    const d = self(o);
    const [s, e] = bounds(a, 1, d.length);
    const test = (p: PyObject): boolean => {
      const b = bufferOf(p);
      if (b === null) throw typeError(`${fn} first arg must be bytes or a tuple of bytes, not ${p.ob_type.tp_name}`);
      if (e - s < b.length) return false;
      const at = start ? s : e - b.length;
      for (let k = 0; k < b.length; k++) if (d[at + k] !== b[k]) return false;
      return true;
    };
    const p = a[0];
    if (p instanceof PyTuple) return pyBool(p.items.some(test));
    return pyBool(test(p));
  }
  function strip(o: PyObject, a: PyObject[], left: boolean, right: boolean): PyObject {
    const d = self(o);
    const inSet = stripSet(a[0]);
    let i = 0;
    let j = d.length;
    if (left) while (i < j && inSet(d[i])) i++;
    if (right) while (j > i && inSet(d[j - 1])) j--;
    if (i === 0 && j === d.length) return same(o);
    return out(d.subarray(i, j));
  }
  function partsList(o: PyObject, parts: Uint8Array[]): PyObject {
    // A split that found nothing to split on holds the exact-bytes receiver itself.
    if (parts.length === 1 && parts[0].length === self(o).length && exact(o)) return newListFrom([abs.incref(o)]);
    return newListFrom(parts.map(out));
  }
  /**
   * Objects/stringlib/partition.h: the tuple first, then its items. bytes (STRINGLIB_MUTABLE 0)
   * hold the receiver itself, a subclass too, when sep is not found, and the separator object
   * itself (any buffer) when it is. bytearray_partition first copies the separator into a new
   * bytearray (_PyByteArray_FromBufferObject), which the tuple holds when it is found; the
   * other parts are new ones, left to right.
   */
  function partition(o: PyObject, a: PyObject[], right: boolean): PyObject {
    const d = self(o);
    const bytesep = type === bytesType ? null : make(needBuffer(a[0]).slice());
    try {
      const sep = bytesep === null ? needBuffer(a[0]) : self(bytesep);
      if (sep.length === 0) throw valueError('empty separator');
      const i = right ? lastIndexOf(d, sep, 0, d.length) : indexOf(d, sep, 0, d.length);
      const t = tupleNew(3);
      const whole = (): PyObject => (bytesep === null ? abs.incref(o) : out(d));
      const none = (): PyObject => make(new Uint8Array(0));
      if (i < 0) {
        t.items[0] = right ? none() : whole();
        t.items[1] = none();
        t.items[2] = right ? whole() : none();
      } else {
        t.items[0] = out(d.subarray(0, i));
        t.items[1] = abs.incref(bytesep ?? a[0]);
        t.items[2] = out(d.subarray(i + sep.length));
      }
      return t;
    } finally {
      if (bytesep !== null) abs.decref(bytesep);
    }
  }
  void name;
}


install(bytesType, newBytes, newBytesSized);
install(bytearrayType, newByteArray, newByteArray);

for (const t of [bytesType, bytearrayType]) {
  defClassMethod(t, 'fromhex', (_cls, a, kw) => {
    checkArgs(R.minor <= 8 ? 'fromhex' : `${t.tp_name}.fromhex`, METH_O, a, kw);
    if (!(a[0] instanceof PyStr)) throw typeError(`fromhex() argument must be str, not ${argTypeName(a[0])}`);
    const d = fromHex(a[0].value);
    return t === bytesType ? newBytes(d) : newByteArray(d);
  });
}

/** bytes.maketrans / bytearray.maketrans (static methods): the 256-byte translation table. */
for (const t of [bytesType, bytearrayType]) {
  const f = new PyCFunction(cfunctionType, 'maketrans', (a, kw) => {
    noKw(`${t.tp_name}.maketrans`, kw);
    between('maketrans', a, 2, 2);
    const frm = needBuffer(a[0]);
    const to = needBuffer(a[1]);
    if (frm.length !== to.length) throw valueError('maketrans arguments must have same length');
    const table = new Uint8Array(256);
    for (let i = 0; i < 256; i++) table[i] = i;
    for (let i = 0; i < frm.length; i++) table[frm[i]] = to[i];
    return newBytesSized(table);
  }, null);
  t.tp_dict.set('maketrans', f);
}
