// OSError (Objects/exceptions.c OSError_new, oserror_init, OSError_str): errno, strerror,
// filename and filename2 from two to five arguments, the subclass an errno maps to, and
// the "[Errno n] text: 'file'" form of str().
import { noArgsMethod } from './args';
import * as abs from './abstract';
import { noKw } from './args';
import { defGetSet, defMembers, exceptionDict, hasDict, reduceTuple, sameArgs } from './exception-methods';
import { defMethod } from './function';
import {
  BlockingIOError,
  BrokenPipeError,
  ChildProcessError,
  ConnectionAbortedError,
  ConnectionRefusedError,
  ConnectionResetError,
  FileExistsError,
  FileNotFoundError,
  InterruptedError,
  IsADirectoryError,
  NotADirectoryError,
  OSError,
  PermissionError,
  ProcessLookupError,
  PyBaseException,
  TimeoutError,
  ValueError,
  attributeError,
  baseExceptionType,
  newExceptionWithArgs,
} from './exceptions';
import { newInt, PyInt } from './int';
import { definedInPython, PyObject, PyType } from './object';
import { None } from './singletons';
import { newStr } from './str';
import { newTuple, PyTuple } from './tuple';
import { VM } from '../vm/vmstate';

/** _PyExc_InitState's errnomap on Linux: the errno values OSError(errno, ...) turns into a subclass. */
const ERRNO_MAP = new Map<number, PyType>([
  [11, BlockingIOError], // EAGAIN, EWOULDBLOCK
  [114, BlockingIOError], // EALREADY
  [115, BlockingIOError], // EINPROGRESS
  [10, ChildProcessError], // ECHILD
  [32, BrokenPipeError], // EPIPE
  [108, BrokenPipeError], // ESHUTDOWN
  [103, ConnectionAbortedError], // ECONNABORTED
  [111, ConnectionRefusedError], // ECONNREFUSED
  [104, ConnectionResetError], // ECONNRESET
  [17, FileExistsError], // EEXIST
  [2, FileNotFoundError], // ENOENT
  [21, IsADirectoryError], // EISDIR
  [20, NotADirectoryError], // ENOTDIR
  [4, InterruptedError], // EINTR
  [13, PermissionError], // EACCES
  [1, PermissionError], // EPERM
  [3, ProcessLookupError], // ESRCH
  [110, TimeoutError], // ETIMEDOUT
]);

const MYERRNO = 0;
const STRERROR = 1;
const FILENAME = 2;
const FILENAME2 = 3;

/** BlockingIOError's characters_written (self->written), -1 while unset. */
const written = new WeakMap<PyBaseException, number>();

/** oserror_use_init: a class that defines __init__ but not __new__ gets its fields from __init__. */
function useInit(t: PyType): boolean {
  return t.isHeapType && definedInPython(t, '__init__') !== null && definedInPython(t, '__new__') === null;
}

/**
 * oserror_parse_args and oserror_init: with two to five arguments, errno, strerror, filename
 * (BlockingIOError: the characters written), winerror and filename2; a filename cuts args to
 * the first two. Returns the args tuple the exception keeps (a new reference).
 */
function initFields(e: PyBaseException, args: PyTuple): PyTuple {
  const a = args.items;
  const members: (PyObject | null)[] = [null, null, null, null];
  let kept = abs.incref(args);
  if (a.length >= 2 && a.length <= 5) {
    members[MYERRNO] = abs.incref(a[0]);
    members[STRERROR] = abs.incref(a[1]);
    const filename = a[2];
    if (filename !== undefined && filename !== None) {
      if (e.ob_type === BlockingIOError && filename instanceof PyInt) {
        written.set(e, Number(filename.big ?? filename.n));
      } else {
        members[FILENAME] = abs.incref(filename);
        const filename2 = a[4];
        if (filename2 !== undefined && filename2 !== None) members[FILENAME2] = abs.incref(filename2);
        abs.decref(kept);
        kept = newTuple([abs.incref(a[0]), abs.incref(a[1])]);
      }
    }
  }
  const old = e.members;
  e.members = members;
  if (old !== null) for (const v of old) if (v !== null) abs.decref(v);
  return kept;
}

OSError.tp_new = (t, args, kwnames) => {
  if (useInit(t)) return newExceptionWithArgs(t, newTuple([]));
  noKw(t.tp_name, kwnames);
  // The tuple _PyObject_MakeTpCall built for this call, kept as is unless a filename cuts it.
  const made = VM.tpCall.callee === t ? VM.tpCall.args : null;
  const tuple = sameArgs(made, args) ? abs.incref(made) : newTuple(args.map((v) => abs.incref(v)));
  const errno = args.length >= 2 && args.length <= 5 ? args[0] : undefined;
  const type = t === OSError && errno instanceof PyInt && errno.big === null ? ERRNO_MAP.get(errno.n) ?? t : t;
  const e = newExceptionWithArgs(type, newTuple([]));
  const kept = initFields(e, tuple);
  abs.decref(tuple);
  const empty = e.args;
  e.args = kept;
  abs.decref(empty);
  return e;
};

// OSError_init: the fields were set by __new__, unless a class's own __init__ calls this one.
OSError.tp_init = (self, args, kwnames, argsTuple) => {
  if (!useInit(self.ob_type)) return;
  noKw(self.ob_type.tp_name, kwnames);
  const e = self as PyBaseException;
  // The tuple wrap_init was given (super().__init__(...)), else one of these args.
  const tuple = sameArgs(argsTuple ?? null, args) ? abs.incref(argsTuple!) : newTuple(args.map((v) => abs.incref(v)));
  const kept = initFields(e, tuple);
  abs.decref(tuple);
  const old = e.args;
  e.args = kept;
  abs.decref(old);
};

OSError.tp_str = (o) => {
  const m = (o as PyBaseException).members;
  const field = (i: number): PyObject => m?.[i] ?? None;
  if (m !== null && m[FILENAME] !== null) {
    const head = `[Errno ${abs.str(field(MYERRNO))}] ${abs.str(field(STRERROR))}: ${abs.repr(m[FILENAME]!)}`;
    return newStr(m[FILENAME2] !== null ? `${head} -> ${abs.repr(m[FILENAME2]!)}` : head);
  }
  if (m !== null && m[MYERRNO] !== null && m[STRERROR] !== null) return newStr(`[Errno ${abs.str(m[MYERRNO]!)}] ${abs.str(m[STRERROR]!)}`);
  return baseExceptionType.tp_str!(o);
};


// OSError_reduce: args cut to two by a filename get it back (and None, filename2).
defMethod(OSError, '__reduce__', noArgsMethod('OSError.__reduce__', (self) => {
  const e = self as PyBaseException;
  const m = e.members;
  let args: PyTuple = abs.incref(e.args);
  if (e.args.items.length === 2 && m !== null && m[FILENAME] !== null) {
    const [errno, strerror] = e.args.items;
    const items = m[FILENAME2] !== null ? [errno, strerror, m[FILENAME], None, m[FILENAME2]] : [errno, strerror, m[FILENAME]];
    abs.decref(args);
    args = newTuple(items.map((o) => abs.incref(o!)));
  }
  const r = reduceTuple(e, args, hasDict(e) ? exceptionDict(e) : null);
  abs.decref(args);
  return r;
}));

// OSError_members (winerror is Windows'): in the order of the MYERRNO... indexes.
defMembers(OSError, ['errno', 'strerror', 'filename', 'filename2']);

// OSError_written_get/set: BlockingIOError's count, an AttributeError while unset.
defGetSet(
  OSError,
  'characters_written',
  (e) => {
    const n = written.get(e);
    if (n === undefined) throw attributeError('characters_written');
    return newInt(n);
  },
  (e, v) => {
    if (v === null) {
      if (!written.delete(e)) throw attributeError('characters_written');
      return;
    }
    // OSError_written_set: PyNumber_AsSsize_t(arg, PyExc_ValueError)
    written.set(e, abs.numberAsSsize(v, ValueError));
  },
);

