// bytes (Objects/bytesobject.c): an immutable byte string stored inline after a 32-byte
// header (request 33 + n), with the shared empty and one-byte objects; its sequence protocol.
import { R } from '../state';
import { cmpResult, newInt, PyInt } from './int';
import { CmpOp, Hash, PyObject, PyType, staticRefcnt } from './object';
import { startupRefcount } from './startup-singleton-refcounts';
import { hashBytes } from './pyhash';
import { NotImplemented, pyBool } from './singletons';
import { readyType } from './typeobject';

export class PyBytes extends PyObject {
  /** ob_shash, null until computed. */
  hash: Hash | null = null;
  constructor(
    type: PyType,
    readonly data: Uint8Array,
  ) {
    super(type);
  }
}

export const bytesType = readyType(new PyType(null, 'bytes'));

/** PyBytesObject_SIZE + n: the header, the bytes and the trailing NUL. */
export function bytesSizeof(n: number): number {
  return 33 + n;
}
bytesType.tp_sizeof = (o) => bytesSizeof((o as PyBytes).data.length);
bytesType.tp_dealloc = (o) => R.heap.freeObject(o, bytesSizeof((o as PyBytes).data.length));

/**
 * The empty bytes and the 256 one-byte bytes. From 3.11 they are static; before,
 * bytesobject.c's characters[] makes each one-byte object on first use and keeps it.
 */
let empty: PyBytes | null = null;
let characters: (PyBytes | null)[] = [];

/**
 * The one-byte objects 3.8-3.10's start-up has already made whatever the script and its
 * environment (measured: bytes([c]) for every c with sys.getallocatedblocks() around it, under
 * `env -i` with CPython 3.8.18, 3.9.18 and 3.10.13). Start-up also makes one for each
 * one-character name or value in os.environ, and from 3.9 the parser one for each of the
 * script's one-character tokens: see cacheCharacters.
 */
const CHARACTERS_AT_START: Record<number, string> = {
  8: '\n',
  9: '\n+;<',
  10: '\n+;<',
};

export function initBytes(): void {
  const immortal = staticRefcnt();
  const mk = (d: Uint8Array): PyBytes => {
    const o = new PyBytes(bytesType, d);
    o.ob_refcnt = startupRefcount(d.length === 0 ? "b''" : `byte ${d[0]}`, immortal);
    return R.heap.newStatic(o, bytesSizeof(d.length));
  };
  empty = mk(new Uint8Array(0));
  const made = CHARACTERS_AT_START[R.minor];
  characters = [];
  for (let c = 0; c < 256; c++) characters.push(made === undefined || made.includes(String.fromCharCode(c)) ? mk(Uint8Array.of(c)) : null);
}

/** Make these one-byte objects now, as start-up does (3.8-3.10; from 3.11 all are static). */
export function cacheCharacters(codes: Iterable<number>): void {
  for (const c of codes) {
    if (characters[c] !== null) continue;
    const o = new PyBytes(bytesType, Uint8Array.of(c));
    o.ob_refcnt = startupRefcount(`byte ${c}`, 1);
    characters[c] = R.heap.newStatic(o, bytesSizeof(1));
  }
}

/** A fresh bytes object holding (owning) `data`, never a shared one (PyObject_Malloc in bytes_repeat etc.). */
export function allocBytes(data: Uint8Array): PyBytes {
  return R.heap.newObject(new PyBytes(bytesType, data), bytesSizeof(data.length), 0);
}

/** PyBytes_FromStringAndSize(NULL, n) / _PyBytes_FromSize: empty is shared, one byte is not. */
export function newBytesSized(data: Uint8Array): PyBytes {
  if (data.length === 0 && empty !== null) {
    R.heap.incref(empty);
    return empty;
  }
  return allocBytes(data);
}

/** PyBytes_FromStringAndSize(str, n): the empty and one-byte objects are shared. */
export function newBytes(data: Uint8Array): PyBytes {
  if (data.length === 1 && characters.length === 256) {
    let c = characters[data[0]];
    if (c === null) {
      // Made now, by the script (Objects/bytesobject.c PyBytes_FromStringAndSize): the cache keeps a reference.
      c = characters[data[0]] = allocBytes(Uint8Array.of(data[0]));
    }
    R.heap.incref(c);
    return c;
  }
  return newBytesSized(data);
}

/** bytes_hash: _Py_HashBytes over the data (cached in ob_shash). */
export function bytesHash(b: PyBytes): Hash {
  if (b.hash === null) b.hash = hashBytes(b.data);
  return b.hash;
}
bytesType.tp_hash = (o) => bytesHash(o as PyBytes);

export function compareBytes(x: Uint8Array, y: Uint8Array): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/** bytes_richcompare and bytearray_richcompare: both operands must expose bytes. */
export function bytesRichCompare(x: Uint8Array, b: PyObject, op: CmpOp, accept: (o: PyObject) => Uint8Array | null): PyObject {
  const y = accept(b);
  if (y === null) {
    R.heap.incref(NotImplemented);
    return NotImplemented;
  }
  if (op === CmpOp.EQ || op === CmpOp.NE) {
    const eq = x.length === y.length && compareBytes(x, y) === 0;
    return pyBool(eq === (op === CmpOp.EQ));
  }
  return pyBool(cmpResult(compareBytes(x, y), op));
}

/** _PyLong_FromUnsignedChar: one of the small ints. */
export function byteInt(v: number): PyInt {
  return newInt(v);
}
