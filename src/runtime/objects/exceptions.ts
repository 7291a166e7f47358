// The builtin exception hierarchy (Objects/exceptions.c) and the helpers library code
// uses to raise one: `throw typeError('...')`.
import { normalizeHook, pendingErr, PyErr, RunStop } from '../errors';
import { topHandled } from '../vm/vmstate';
import { R } from '../state';
import { isSubtype, PyObject, PyType } from './object';
import { internStr, newStr, type PyStr } from './str';
import { newTuple, PyTuple } from './tuple';
import { readyType, objectType } from './typeobject';
import { None } from './singletons';
import type { PyTraceback } from './traceback';
import { typeLayout } from './builtin-layouts';
import { preHeaderSize, slotCount, solidBuiltin, subclassExtraBytes } from './instance-layout';

export class PyBaseException extends PyObject {
  args: PyTuple;
  /** __cause__, __context__, __suppress_context__ */
  cause: PyObject | null = null;
  context: PyObject | null = null;
  suppressContext = false;
  /** __traceback__: the entry of the outermost frame the exception has left, or null. */
  tb: PyTraceback | null = null;
  /** 3.12+: where in an inlined comprehension (PEP 709) the exception was raised, for its caller's entry. */
  inlinedAt: { frame: object; lasti: number; line: number } | null = null;
  /** The __dict__ object, made the first time it is asked for (exception-methods.ts exceptionDict). */
  dictObj: PyObject | null = null;
  /** Object members of a builtin's own struct: OSError's myerrno, strerror, filename, filename2 (oserror.ts). */
  members: (PyObject | null)[] | null = null;
  /** Py_ssize_t members of a builtin's own struct: the Unicode errors' start and end (0 until set). */
  ssizes: [number, number] | null = null;
  constructor(type: PyType, args: PyTuple) {
    super(type);
    this.args = args;
  }

  /** The traceback's entries, outermost first. */
  get traceback(): PyTraceback[] {
    const out: PyTraceback[] = [];
    for (let t = this.tb; t !== null; t = t.tb_next) out.push(t);
    return out;
  }
}

/**
 * tp_basicsize of the builtin exception an instance of t is laid out as (Objects/exceptions.c):
 * PyBaseExceptionObject (64, 72 from 3.11's __notes__) or a larger struct of its own:
 * StopIteration's value, SystemExit's code, OSError's five fields, SyntaxError's, ImportError's,
 * the Unicode errors', AttributeError's and NameError's (3.10+), as the layout table gives them.
 */
function solidBasicsize(t: PyType): number {
  return typeLayout(solidBuiltin(t)!.tp_name, R.minor)?.[0] ?? (R.minor >= 11 ? 72 : 64);
}

/**
 * The instance's block: the GC head, and for a class the managed pre-header (3.12+), then the
 * builtin's struct, the class's __slots__ and its added __weakref__ (type_new).
 */
export function exceptionBytes(t: PyType): number {
  if (!t.isHeapType) return 16 + solidBasicsize(t);
  return preHeaderSize(t) + solidBasicsize(t) + 8 * slotCount(t) + subclassExtraBytes(t);
}

export const baseExceptionType = readyType(new PyType(null, 'BaseException'), objectType, { gc: true });
baseExceptionType.tp_dealloc = (o) => deallocException(o as PyBaseException, exceptionBytes(o.ob_type));

/**
 * subtype_dealloc's slots, then BaseException_dealloc: BaseException_clear's order, dict, args,
 * traceback, cause, context (Objects/exceptions.c), then the object's nbytes. A traceback's
 * frames go before the context's, which may hold the last reference to the innermost one.
 */
export function deallocException(e: PyBaseException, nbytes: number): void {
  const m = e.members;
  e.members = null;
  if (m !== null) for (const v of m) if (v !== null) R.heap.decref(v);
  if (e.dict) for (const v of e.dict.values()) R.heap.decref(v);
  const d = e.dictObj;
  e.dictObj = null;
  if (d) R.heap.decref(d);
  R.heap.decref(e.args);
  if (e.tb) R.heap.decref(e.tb);
  if (e.cause) R.heap.decref(e.cause);
  if (e.context) R.heap.decref(e.context);
  R.heap.freeObject(e, nbytes);
}
baseExceptionType.tp_traverse = (o, visit) => {
  const e = o as PyBaseException;
  visit(e.args);
  if (e.cause) visit(e.cause);
  if (e.context) visit(e.context);
  if (e.tb) visit(e.tb);
  if (e.dictObj) visit(e.dictObj);
  if (e.members !== null) for (const v of e.members) if (v !== null) visit(v);
};
// BaseException.__sizeof__ is object's: tp_basicsize (a class adds its weakref pointer in classes.ts).
baseExceptionType.tp_sizeof = (o) => solidBasicsize(o.ob_type);

/** Instantiate an exception type with these args (a new reference; steals the args). */
export function newException(type: PyType, args: PyObject[]): PyBaseException {
  return newExceptionWithArgs(type, newTuple(args));
}

/**
 * An exception whose args are this tuple (stolen), as the runtime's call of the type makes it:
 * a builtin's own __init__ members are set from the args (StopIteration_init, SystemExit_init).
 */
export function newExceptionWithArgs(type: PyType, args: PyTuple): PyBaseException {
  const e = allocException(type, args);
  ownInit.get(solidBuiltin(type)!)?.(e);
  return e;
}

/**
 * The members a builtin's tp_init sets beyond args, by the builtin (exception-methods.ts):
 * the runtime's exceptions are made by calling the type, which runs them.
 */
export const ownInit = new Map<PyType, (e: PyBaseException) => void>();

/** _PyGen_FetchStopIterationValue: a StopIteration's value member (None while NULL), a new reference. */
export function stopIterationValue(e: PyBaseException | null): PyObject {
  const v = e?.members?.[0] ?? None;
  R.heap.incref(v);
  return v;
}

/** BaseException_new's object (e, made for type and args): args set, every member of the type's own struct NULL. */
export function allocException<E extends PyBaseException>(type: PyType, args: PyTuple, e: E): E;
export function allocException(type: PyType, args: PyTuple): PyBaseException;
export function allocException(type: PyType, args: PyTuple, e = new PyBaseException(type, args)): PyBaseException {
  // Every exception has a __dict__ (BaseException's dict slot), created on first use in CPython.
  e.dict = new Map();
  R.heap.newObject(e, exceptionBytes(type), type.isHeapType ? preHeaderSize(type) : 16);
  // PyType_GenericAlloc: an instance of a class holds a reference to it (subtype_dealloc drops it).
  if (type.isHeapType) R.heap.incref(type);
  return e;
}

const all = new Map<string, PyType>([['BaseException', baseExceptionType]]);

/**
 * The slots a builtin exception's static type fills itself (Objects/exceptions.c), which give its
 * dict __new__ and its slot wrappers: SimpleExtendsException sets tp_new (BaseException_new) and
 * tp_init; MiddlingExtendsException tp_init only; ComplexExtendsException tp_init, tp_str when it
 * names one, tp_new when it names one. Every one sets tp_init.
 */
export interface ExceptionSlots {
  readonly new: boolean;
  readonly str: boolean;
}
const SIMPLE: ExceptionSlots = { new: true, str: false };
/** MiddlingExtendsException, or ComplexExtendsException with no new and no str (StopIteration, SystemExit). */
const INIT: ExceptionSlots = { new: false, str: false };
/** ComplexExtendsException with a str and no new (KeyError, ImportError, SyntaxError...). */
const INIT_STR: ExceptionSlots = { new: false, str: true };
/** ComplexExtendsException with a new and a str (OSError, the Unicode errors, BaseExceptionGroup). */
const NEW_STR: ExceptionSlots = { new: true, str: true };
/** 3.10 gave AttributeError and NameError structs of their own (bpo-38530); UnboundLocalError extends NameError's. */
const since310 = (from10: ExceptionSlots) => (minor: number): ExceptionSlots => (minor >= 10 ? from10 : SIMPLE);

const slotsByName = new Map<string, ExceptionSlots | ((minor: number) => ExceptionSlots)>();

/** The slots the builtin exception named `name` fills itself at 3.<minor>, or null for another name. */
export function exceptionSlots(name: string, minor: number): ExceptionSlots | null {
  const s = slotsByName.get(name);
  return s === undefined ? null : typeof s === 'function' ? s(minor) : s;
}
/** Every builtin exception's name but BaseException's (whose slots are all its own). */
export const exceptionNames = (): IterableIterator<string> => slotsByName.keys();
/** A builtin exception type defined elsewhere (exception-group.ts BaseExceptionGroup) enters the table. */
export function tableException(name: string, slots: ExceptionSlots): void {
  slotsByName.set(name, slots);
}

function def(name: string, base: PyType, slots: ExceptionSlots | ((minor: number) => ExceptionSlots) = SIMPLE): PyType {
  const t = readyType(new PyType(null, name), base, { gc: true });
  t.tp_dealloc = baseExceptionType.tp_dealloc;
  t.tp_traverse = baseExceptionType.tp_traverse;
  t.tp_sizeof = baseExceptionType.tp_sizeof;
  all.set(name, t);
  slotsByName.set(name, slots);
  return t;
}

export const SystemExit = def('SystemExit', baseExceptionType, INIT);
export const KeyboardInterrupt = def('KeyboardInterrupt', baseExceptionType);
export const GeneratorExit = def('GeneratorExit', baseExceptionType);
export const Exception = def('Exception', baseExceptionType);
export const StopIteration = def('StopIteration', Exception, INIT);
export const ArithmeticError = def('ArithmeticError', Exception);
export const FloatingPointError = def('FloatingPointError', ArithmeticError);
export const OverflowError = def('OverflowError', ArithmeticError);
export const ZeroDivisionError = def('ZeroDivisionError', ArithmeticError);
export const AssertionError = def('AssertionError', Exception);
export const AttributeError = def('AttributeError', Exception, since310(INIT_STR));
export const BufferError = def('BufferError', Exception);
export const EOFError = def('EOFError', Exception);
export const ImportError = def('ImportError', Exception, INIT_STR);
export const ModuleNotFoundError = def('ModuleNotFoundError', ImportError, INIT);
export const LookupError = def('LookupError', Exception);
export const IndexError = def('IndexError', LookupError);
export const KeyError = def('KeyError', LookupError, INIT_STR);
export const MemoryError = def('MemoryError', Exception);
export const NameError = def('NameError', Exception, since310(INIT_STR));
export const UnboundLocalError = def('UnboundLocalError', NameError, since310(INIT));
export const OSError = def('OSError', Exception, NEW_STR);
export const ReferenceError = def('ReferenceError', Exception);
export const RuntimeError = def('RuntimeError', Exception);
export const NotImplementedError = def('NotImplementedError', RuntimeError);
export const RecursionError = def('RecursionError', RuntimeError);
export const SyntaxError = def('SyntaxError', Exception, INIT_STR);
export const IndentationError = def('IndentationError', SyntaxError, INIT);
export const SystemError = def('SystemError', Exception);
export const TypeError = def('TypeError', Exception);
export const ValueError = def('ValueError', Exception);
export const UnicodeError = def('UnicodeError', ValueError);
export const StopAsyncIteration = def('StopAsyncIteration', Exception);
export const TabError = def('TabError', IndentationError, INIT);
export const UnicodeDecodeError = def('UnicodeDecodeError', UnicodeError, NEW_STR);
export const UnicodeEncodeError = def('UnicodeEncodeError', UnicodeError, NEW_STR);
export const UnicodeTranslateError = def('UnicodeTranslateError', UnicodeError, NEW_STR);
export const BlockingIOError = def('BlockingIOError', OSError, INIT);
export const ChildProcessError = def('ChildProcessError', OSError, INIT);
export const ConnectionError = def('ConnectionError', OSError, INIT);
export const BrokenPipeError = def('BrokenPipeError', ConnectionError, INIT);
export const ConnectionAbortedError = def('ConnectionAbortedError', ConnectionError, INIT);
export const ConnectionRefusedError = def('ConnectionRefusedError', ConnectionError, INIT);
export const ConnectionResetError = def('ConnectionResetError', ConnectionError, INIT);
export const FileExistsError = def('FileExistsError', OSError, INIT);
export const FileNotFoundError = def('FileNotFoundError', OSError, INIT);
export const InterruptedError = def('InterruptedError', OSError, INIT);
export const IsADirectoryError = def('IsADirectoryError', OSError, INIT);
export const NotADirectoryError = def('NotADirectoryError', OSError, INIT);
export const PermissionError = def('PermissionError', OSError, INIT);
export const ProcessLookupError = def('ProcessLookupError', OSError, INIT);
export const TimeoutError = def('TimeoutError', OSError, INIT);
export const Warning = def('Warning', Exception);
export const UserWarning = def('UserWarning', Warning);
export const DeprecationWarning = def('DeprecationWarning', Warning);
export const RuntimeWarning = def('RuntimeWarning', Warning);
for (const w of ['SyntaxWarning', 'FutureWarning', 'PendingDeprecationWarning', 'ImportWarning', 'UnicodeWarning', 'BytesWarning', 'ResourceWarning', 'EncodingWarning']) def(w, Warning);
def('PythonFinalizationError', RuntimeError);
// The REPL's incomplete input (Parser/pegen_errors.c), a SyntaxError with SyntaxError's struct.
def('_IncompleteInputError', SyntaxError, INIT);
// EnvironmentError and IOError are OSError under older names (PEP 3151).
all.set('EnvironmentError', OSError);
all.set('IOError', OSError);

/** Every builtin exception type by name (for the builtins module). */
export const exceptionTypes: ReadonlyMap<string, PyType> = all;
/** Those that only later versions have: the first minor with each (PEP 597's EncodingWarning, 3.13's two). */
export const EXCEPTION_SINCE: Readonly<Record<string, number>> = { EncodingWarning: 10, PythonFinalizationError: 13, _IncompleteInputError: 13 };

/** A PyErr to throw: an instance of `type` with a str message (or no args). */
export function pyError(type: PyType, message?: string | PyStr): PyErr {
  // A str object given is a reference the error takes.
  const value = message === undefined ? null : typeof message === 'string' ? newStr(message) : message;
  // Up to 3.11 _PyErr_SetObject keeps type and value as they are, unless an exception is being
  // handled: then it normalizes the new one at once to chain it (implicit __context__).
  // 3.10 and 3.11 normalize a failed attribute lookup's error at once too (Objects/object.c
  // set_attribute_error_context).
  if (R.minor <= 11 && topHandled() === null && !(type === AttributeError && R.minor >= 10)) return pendingErr(type, value);
  return new PyErr(newException(type, value === null ? [] : [value]));
}

/** _PyErr_CreateException: a tuple value is the args itself (_PyErr_SetKeyError's), another value the one argument. */
normalizeHook.make = (type, value, tb) => {
  const e = value instanceof PyTuple ? newExceptionWithArgs(type as PyType, value) : newException(type as PyType, value === null ? [] : [value]);
  e.tb = tb as PyTraceback | null;
  return e;
};

/**
 * Objects/object.c set_attribute_error_context (3.10+): PyObject_GetAttr's AttributeError keeps
 * the name looked up and the object (AttributeError's name and obj members); 3.12+ leave one that
 * has them already as it is.
 */
export function setAttributeErrorContext(err: PyErr, obj: PyObject, name: PyObject): void {
  if (R.minor < 10 || !isSubtype(err.type, AttributeError)) return;
  const e = err.exc;
  if (!(e instanceof PyBaseException) || !isSubtype(e.ob_type, AttributeError)) return;
  const m = (e.members ??= [null, null]);
  if (R.minor >= 12 && (m[0] !== null || m[1] !== null)) return;
  const old = [m[0], m[1]];
  R.heap.incref(name);
  R.heap.incref(obj);
  m[0] = name;
  m[1] = obj;
  for (const o of old) if (o !== null) R.heap.decref(o);
}

export const typeError = (m: string): PyErr => pyError(TypeError, m);
export const valueError = (m: string): PyErr => pyError(ValueError, m);
export const indexError = (m: string): PyErr => pyError(IndexError, m);
export const attributeError = (m: string): PyErr => pyError(AttributeError, m);
export const nameError = (m: string): PyErr => pyError(NameError, m);

/**
 * CPython's builtins the mini-runtime does not provide, with why: a script that names one stops
 * there with that message rather than a NameError CPython would not raise.
 */
const ABSENT_BUILTINS: Record<string, string> = {
  open: 'it has no file access',
  input: 'a script has no standard input',
  compile: 'it runs only the file itself',
  eval: 'it runs only the file itself',
  exec: 'it runs only the file itself',
  __import__: 'imports are statements only',
  breakpoint: 'there is no debugger',
  help: "site's interactive helpers are not loaded",
  copyright: "site's interactive helpers are not loaded",
  credits: "site's interactive helpers are not loaded",
  license: "site's interactive helpers are not loaded",
  exit: "site's interactive helpers are not loaded (raise SystemExit instead)",
  quit: "site's interactive helpers are not loaded (raise SystemExit instead)",
};
/** Those that only some versions have. */
const ABSENT_SINCE: Record<string, number> = { aiter: 10, anext: 10 };

/** The NameError of a failed name lookup (format_exc_check_arg), which remembers the name. */
export function nameNotDefined(name: string): PyErr {
  const why = Object.hasOwn(ABSENT_BUILTINS, name) ? ABSENT_BUILTINS[name] : R.minor >= (ABSENT_SINCE[name] ?? Infinity) ? 'it is not modelled yet' : undefined;
  if (why !== undefined) throw new RunStop('unsupported', `the builtin '${name}' is not available in the Arena Lens mini-runtime: ${why}`);
  const e = pyError(NameError, `name '${name}' is not defined`);
  // From 3.10 format_exc_check_arg normalizes it to set its name (NameError_members' name, for
  // the hint): the exception holds the code's interned str.
  if (R.minor >= 10) ((e.exc as PyBaseException).members ??= [null])[0] = internStr(name);
  return e;
}
export const zeroDivisionError = (m: string): PyErr => pyError(ZeroDivisionError, m);
export const overflowError = (m: string): PyErr => pyError(OverflowError, m);
export const runtimeError = (m: string): PyErr => pyError(RuntimeError, m);
export const notImplementedError = (m: string): PyErr => pyError(NotImplementedError, m);

/** PyObject_HashNotImplemented: the tp_hash of mutable containers. */
export function hashNotImplemented(o: PyObject): never {
  throw typeError(`unhashable type: '${o.ob_type.tp_name}'`);
}
