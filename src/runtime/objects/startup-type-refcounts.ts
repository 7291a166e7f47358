// The reference counts CPython's start-up leaves on the static types (the builtin types, the
// exceptions, the types of the interpreter's own objects), so that a script's sys.getrefcount
// of int or type(len) starts where CPython's does and moves as the script's objects move it.
//
// Measured by test/oracle/startup_type_refcounts.py under 3.8.18, 3.9.18, 3.10.13, 3.11.7 (and
// for the heap types 3.12.1 and 3.13.0) in the runtime's default environment (ORACLE_ENVIRON);
// test/unit/runtime/objects/startup-type-refcounts-cpython.test.ts measures them again. The counts are start-up's
// references the model does not make: the stdlib classes' tp_base, tp_bases and tp_mro, the
// modules' dicts, the descriptors' d_type. 3.11's are this machine's: a .pth file in its
// site-packages imports packages at start-up. 3.12+ make every static builtin type immortal
// (Objects/typeobject.c _PyStaticType_InitBuiltin, PyType_Ready: _Py_SetImmortal).
import type { PyType } from './object';

/** 3.12+'s count of an immortal (_Py_IMMORTAL_REFCNT, Include/object.h; 3.14 reads it as 3 << 30 through getrefcount). */
const IMMORTAL_REFCNT = 0xffffffff;

/**
 * Counts by tp_name; a type not listed takes its version's `rest` (AT_START: most exception
 * types). Entries of types a later version makes on the heap or renames stay, unread.
 */
const AT_8: Record<string, number> = {
  ArithmeticError: 13, BaseException: 94, BlockingIOError: 11, BrokenPipeError: 8, ConnectionError: 14,
  DeprecationWarning: 9, Exception: 93, ImportError: 16, ImportWarning: 8, IndentationError: 8,
  LookupError: 14, ModuleNotFoundError: 6, NameError: 9, NoneType: 5, NotImplementedType: 5, OSError: 55,
  PendingDeprecationWarning: 8, PermissionError: 8, ResourceWarning: 8, RuntimeError: 17, SyntaxError: 16,
  SystemError: 9, TabError: 6, UnicodeDecodeError: 13, UnicodeEncodeError: 13, UnicodeError: 13,
  UnicodeTranslateError: 13, ValueError: 14, Warning: 27, '_io.TextIOWrapper': 33, '_thread.RLock': 13,
  '_thread.lock': 14, bool: 13, builtin_function_or_method: 19, bytearray: 81, bytearray_iterator: 9,
  bytes: 68, bytes_iterator: 9, callable_iterator: 6, cell: 12, classmethod: 14, classmethod_descriptor: 12,
  code: 32, complex: 42, dict: 36, dict_itemiterator: 8, dict_items: 26, dict_keyiterator: 8, dict_keys: 26,
  dict_reverseitemiterator: 6, dict_reversekeyiterator: 6, dict_reversevalueiterator: 6,
  dict_valueiterator: 8, dict_values: 10, ellipsis: 6, enumerate: 10, filter: 10, float: 50, frame: 18,
  frozenset: 36, function: 17, generator: 17, getset_descriptor: 11, int: 67, iterator: 8, list: 39,
  list_iterator: 9, list_reverseiterator: 9, longrange_iterator: 9, managedbuffer: 3, map: 10,
  mappingproxy: 22, member_descriptor: 12, memoryview: 39, method: 20, 'method-wrapper': 19,
  method_descriptor: 12, module: 11, object: 583, property: 22, range: 27, range_iterator: 9, reversed: 12,
  set: 49, set_iterator: 8, slice: 19, staticmethod: 14, str: 74, str_iterator: 9, super: 13,
  'sys.float_info': 16, 'sys.hash_info': 14, 'sys.int_info': 9, 'sys.version_info': 9, traceback: 9,
  tuple: 71, tuple_iterator: 9, type: 37, weakref: 18, wrapper_descriptor: 12, zip: 11,
};
/** 3.9's: 3.8's but these. */
const AT_9: Record<string, number> = {
  ...AT_8,
  NotImplementedType: 6, OSError: 54, '_thread.RLock': 14, '_thread.lock': 15, builtin_function_or_method: 21,
  bytearray: 83, bytes: 70, dict: 40, ellipsis: 7, enumerate: 11, float: 52, frozenset: 37, function: 18,
  list: 40, mappingproxy: 27, object: 588, set: 50, str: 76, tuple: 72, 'types.GenericAlias': 33, weakref: 17,
};
/** 3.10's: 3.9's but these. */
const AT_10: Record<string, number> = {
  ...AT_9,
  AttributeError: 9, Exception: 91, NameError: 10, RuntimeError: 15, SyntaxError: 18, UnboundLocalError: 6,
  Warning: 29, classmethod: 16, classmethod_descriptor: 11, code: 34, complex: 34, dict_items: 27,
  dict_keys: 27, dict_values: 11, function: 19, int: 68, memoryview: 40, module: 12, object: 503,
  property: 23, staticmethod: 17, type: 40, 'types.GenericAlias': 35, 'types.UnionType': 18,
  'weakref.ReferenceType': 17, zip: 12,
};
/** 3.11's own: its start-up (and this machine's .pth file) leaves other counts on most types. */
const AT_11: Record<string, number> = {
  ArithmeticError: 12, AttributeError: 8, BaseException: 116, BaseExceptionGroup: 16, BlockingIOError: 10,
  BrokenPipeError: 7, ConnectionError: 13, DeprecationWarning: 8, Exception: 131, ImportError: 15,
  ImportWarning: 7, IndentationError: 7, LookupError: 13, ModuleNotFoundError: 5, NameError: 9, NoneType: 10,
  NotImplementedType: 7, OSError: 64, PendingDeprecationWarning: 7, PermissionError: 7, ResourceWarning: 7,
  RuntimeError: 18, SyntaxError: 17, SystemError: 8, TabError: 5, UnboundLocalError: 5,
  UnicodeDecodeError: 12, UnicodeEncodeError: 12, UnicodeError: 12, UnicodeTranslateError: 12, ValueError: 22,
  Warning: 31, '_io.TextIOWrapper': 34, bool: 29, builtin_function_or_method: 25, bytearray: 85,
  bytearray_iterator: 9, bytes: 79, bytes_iterator: 9, cell: 13, classmethod: 16, classmethod_descriptor: 12,
  code: 40, complex: 37, dict: 60, dict_itemiterator: 8, dict_items: 27, dict_keyiterator: 8, dict_keys: 27,
  dict_valueiterator: 8, dict_values: 11, ellipsis: 8, enumerate: 11, filter: 10, float: 52, frame: 19,
  frozenset: 38, function: 22, generator: 20, generic_alias_iterator: 5, getset_descriptor: 12, int: 98,
  iterator: 8, list: 45, list_iterator: 9, list_reverseiterator: 9, longrange_iterator: 9, managedbuffer: 3,
  map: 15, mappingproxy: 29, member_descriptor: 13, memory_iterator: 5, memoryview: 40, method: 22,
  'method-wrapper': 22, method_descriptor: 15, module: 19, object: 1135, property: 23, range: 27,
  range_iterator: 9, reversed: 12, set: 51, set_iterator: 8, slice: 19, staticmethod: 17, str: 127,
  str_ascii_iterator: 9, str_iterator: 8, super: 13, 'sys.float_info': 16, 'sys.hash_info': 14,
  'sys.int_info': 9, 'sys.version_info': 9, traceback: 10, tuple: 104, tuple_iterator: 9, type: 60,
  'types.GenericAlias': 51, 'types.UnionType': 18, 'weakref.ReferenceType': 26, wrapper_descriptor: 15,
  zip: 17,
};
const AT_START: Record<number, { counts: Record<string, number>; rest: number }> = {
  8: { counts: AT_8, rest: 7 },
  9: { counts: AT_9, rest: 7 },
  10: { counts: AT_10, rest: 7 },
  11: { counts: AT_11, rest: 6 },
};

/**
 * The model's builtin types that CPython makes on the heap (a class statement in a frozen
 * module, PyType_FromSpec; 3.10's _thread, 3.12's _io): start-up's counts, its instances'
 * references among them, on every version.
 */
const importer = (builtin: number, source: number) => ({
  '_frozen_importlib.BuiltinImporter': builtin, '_frozen_importlib_external.SourceFileLoader': source,
});
const HEAP_AT_START: Record<number, Record<string, number>> = {
  8: importer(35, 23),
  9: importer(35, 23),
  10: { ...importer(33, 22), '_thread.RLock': 12, '_thread.lock': 13 },
  11: { ...importer(47, 64), '_thread.RLock': 20, '_thread.lock': 17 },
  12: { ...importer(33, 11), '_io.TextIOWrapper': 37, '_thread.RLock': 13, '_thread.lock': 13 },
  13: { ...importer(33, 12), '_io.TextIOWrapper': 37, '_thread.RLock': 13, '_thread.lock': 15 },
};

/** Heap types whose counts the model makes where it makes them: ExceptionGroup's (exception-group.ts), _Feature's (by the import). */
const COUNTED_WHERE_MADE = new Set(['ExceptionGroup', '__future__._Feature']);

/** The type's name as CPython spells it: 3.10 gave weakref its module (Objects/weakrefobject.c "weakref.ReferenceType"). */
export function cpythonTypeName(t: PyType, minor: number): string {
  return t.tp_name === 'weakref' && minor >= 10 ? 'weakref.ReferenceType' : t.tp_name;
}

/** Start-up's count of a builtin type under 3.minor, or null for one the model counts where it makes it. */
export function startupTypeRefcnt(minor: number, t: PyType): number | null {
  const name = cpythonTypeName(t, minor);
  // itertools' and collections' types take their counts when their module is made (modules/itertools-ready.ts, collections.ts).
  if (COUNTED_WHERE_MADE.has(name) || /^(itertools|_?collections)\./.test(name)) return null;
  const heap = HEAP_AT_START[Math.min(minor, 13)]?.[name];
  if (heap !== undefined) return heap;
  if (minor >= 12) return IMMORTAL_REFCNT;
  const at = AT_START[minor];
  if (at === undefined) return null;
  return at.counts[name] ?? at.rest;
}

/**
 * Each run starts the static types at start-up's counts, once the model's own start-up (the
 * builtins dict, sys) has taken its references: the references the script's classes and
 * variables add come on top, as in CPython.
 */
export function settleStartupTypeRefcounts(minor: number, types: Iterable<PyType>): void {
  for (const t of types) {
    const n = startupTypeRefcnt(minor, t);
    if (n !== null) t.ob_refcnt = n;
  }
}
