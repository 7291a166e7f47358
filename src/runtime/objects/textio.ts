// sys.stdout and sys.stderr (Modules/_io/textio.c TextIOWrapper), reduced to what a script
// calls: write, flush, and print's file=. They write to the run's own output, nothing else,
// but keep what CPython's keep between writes (pending_bytes), so memory figures match.
import { R } from '../state';
import * as abs from './abstract';
import { typeError } from './exceptions';
import { defMethod } from './function';
import { newInt } from './int';
import { listAppend, newListFrom, PyList } from './list';
import { PyObject, PyType } from './object';
import { None } from './singletons';
import { internStr, newStr, PyStr } from './str';
import { PyErr } from '../errors';
import { clearError } from './error-match';
import { readyType } from './typeobject';
import { newBytes, newBytesSized, PyBytes } from './bytes';
import { argTypeName } from './args';

/**
 * How the script's standard streams are buffered, as CPython's create_stdio picks it:
 * 'unbuffered' (PYTHONUNBUFFERED or -u: every write goes out at once), 'pipe' (output to a
 * file or pipe: written in 8 KiB chunks), 'terminal' (a tty: stdout written at each newline).
 */
export type StdioMode = 'unbuffered' | 'pipe' | 'terminal';

/** TextIOWrapper's chunk_size: pending writes go out once they reach it. */
const CHUNK_SIZE = 8192;
const utf8 = new TextEncoder();

export class PyTextIO extends PyObject {
  /** Writes not yet passed to the buffer: one str or bytes, or a list of them (pending_bytes). */
  pending: PyObject | null = null;
  pendingCount = 0;
  lineBuffering = false;
  writeThrough = false;
  constructor(
    type: PyType,
    readonly fd: 1 | 2,
  ) {
    super(type);
  }
}

export const textIOType = readyType(new PyType(null, '_io.TextIOWrapper'), undefined, { gc: true });
// sizeof(textio): 3.12 added a field (a heap type from then, so builtin-layouts has no row).
textIOType.tp_sizeof = () => (R.minor >= 12 ? 200 : 192);
// 3.12's _io makes its types with PyType_FromModuleAndSpec: heap types.
textIOType.startupHeapTypeSince = 12;

/** _io_TextIOWrapper_write_impl: text goes to the run's output now; its objects wait as CPython's do. */
export function textIOWrite(f: PyTextIO, text: PyStr): void {
  const s = text.value;
  if (f.fd === 1) R.out(s);
  else R.err(s);
  const haslf = f.lineBuffering && s.includes('\n');
  const needflush = f.lineBuffering && (haslf || s.includes('\r'));
  // An ASCII str waits as it is; anything else is encoded to UTF-8 first.
  const ascii = text.maxchar < 128 && s.length <= CHUNK_SIZE;
  let b: PyObject;
  let len: number;
  if (ascii) {
    R.heap.incref(text);
    b = text;
    len = s.length;
  } else {
    const data = utf8.encode(s);
    b = newBytes(data);
    len = data.length;
  }
  // Flush what waits rather than concatenate past chunk_size: up to 3.12 (as of the versions
  // checked) once the two together pass it; 3.13 only before a write of a whole chunk or more
  // (gh-87426, gh-118138).
  if (f.pending !== null && (R.minor >= 13 ? len >= CHUNK_SIZE : f.pendingCount + len > CHUNK_SIZE)) {
    writeFlush(f);
  }
  if (f.pending === null) {
    f.pendingCount = 0;
    f.pending = b;
  } else if (!(f.pending instanceof PyList)) {
    f.pending = newListFrom([f.pending, b]);
  } else {
    listAppend(f.pending, b);
    abs.decref(b);
  }
  f.pendingCount += len;
  if (f.pendingCount >= CHUNK_SIZE || needflush || f.writeThrough) writeFlush(f);
}

/** _textiowrapper_writeflush: what waits becomes one bytes object, handed to the buffer and released. */
function writeFlush(f: PyTextIO): void {
  const pending = f.pending;
  if (pending === null) return;
  let b: PyBytes;
  if (pending instanceof PyBytes) {
    R.heap.incref(pending);
    b = pending;
  } else if (pending instanceof PyStr) {
    // PyBytes_FromStringAndSize(data, n): a one-byte result is the shared object.
    b = newBytes(utf8.encode(pending.value));
  } else {
    b = newBytesSized(new Uint8Array(f.pendingCount));
  }
  f.pendingCount = 0;
  f.pending = null;
  abs.decref(pending);
  // buffer.write(b) answers the number of bytes written.
  abs.decref(newInt(b.data.length));
  abs.decref(b);
}

/** Set the stream's buffering for the run, as create_stdio does (Python/pylifecycle.c). */
export function setBuffering(f: PyTextIO, mode: StdioMode): void {
  f.writeThrough = mode === 'unbuffered';
  // stderr is line-buffered even when it is not a tty from 3.9.
  f.lineBuffering = mode === 'terminal' || (mode === 'pipe' && f.fd === 2 && R.minor >= 9);
}

defMethod(textIOType, 'write', (self, args) => {
  if (args.length !== 1) throw typeError(`write() takes exactly one argument (${args.length} given)`);
  const s = args[0];
  if (!(s instanceof PyStr)) throw typeError(`write() argument must be str, not ${argTypeName(s)}`);
  textIOWrite(self as PyTextIO, s);
  return newInt([...s.value].length);
});
defMethod(textIOType, 'flush', (self) => {
  writeFlush(self as PyTextIO);
  return abs.incref(None);
});
textIOType.tp_repr = (o) =>
  newStr(`<_io.TextIOWrapper name='<${(o as PyTextIO).fd === 1 ? 'stdout' : 'stderr'}>' mode='w' encoding='utf-8'>`);

/** The run's two streams, static objects as the model keeps the interpreter's own. */
export function newTextIO(fd: 1 | 2, mode: StdioMode): PyTextIO {
  const f = R.heap.newStatic(new PyTextIO(textIOType, fd), 208);
  f.ob_refcnt = 1 << 20;
  setBuffering(f, mode);
  return f;
}

/**
 * flush_io (Python/pythonrun.c): once the module's code is done, ended by an exception too,
 * sys.stderr and sys.stdout are flushed by their flush methods, a failure cleared. 3.8 looks
 * each up as a bound method (_PyObject_CallMethodId: a builtin method object made and freed);
 * later versions call it unbound (_PyObject_GetMethod).
 */
export function flushIo(): void {
  for (const f of [R.stderr, R.stdout]) {
    try {
      if (R.minor === 8) {
        const flush = internStr('flush');
        const method = abs.getAttr(f, flush);
        abs.decref(flush);
        try {
          abs.decref(abs.call(method, []));
        } finally {
          abs.decref(method);
        }
      } else if (f instanceof PyTextIO) writeFlush(f);
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      clearError(e);
    }
  }
}
