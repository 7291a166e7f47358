// The builtin types' tp_subclasses tables as start-up leaves them (the stdlib's classes
// there subclass object, Exception, tuple and more), so a script's first subclasses fill or
// grow them as CPython's do (Objects/typeobject.c add_subclass).
//
// Measured by test/oracle/startup_subclasses.py at a script's start under 3.8.18, 3.9.18,
// 3.10.13, 3.11.7, 3.12.1 and 3.13.0 in the runtime's default environment (ORACLE_ENVIRON);
// test/unit/runtime/objects/startup-subclasses-cpython.test.ts measures them again. 3.11's
// figures are this machine's: a .pth file in its site-packages imports packages at start-up.
// A type not listed has no subclasses at start.

/** ma_used, log2 of the table's size, dk_usable. */
export type SubclassTable = readonly [number, number, number];

const AT_START: Record<number, Record<string, SubclassTable>> = {
  8: {
    ArithmeticError: [3, 3, 2], BaseException: [4, 3, 1], ConnectionError: [4, 3, 1], Exception: [20, 5, 1],
    ImportError: [2, 3, 3], IndentationError: [1, 3, 4], LookupError: [3, 3, 2], NameError: [1, 3, 4],
    OSError: [13, 5, 8], RuntimeError: [3, 3, 2], SyntaxError: [1, 3, 4], SystemError: [1, 3, 4],
    UnicodeError: [3, 3, 2], ValueError: [2, 3, 3], Warning: [10, 4, 0], classmethod: [1, 3, 4],
    dict: [1, 3, 4], int: [1, 3, 4], object: [136, 8, 34], property: [1, 3, 4], staticmethod: [1, 3, 4],
    tuple: [19, 5, 2], type: [1, 3, 4]
  },
  9: {
    ArithmeticError: [3, 3, 2], BaseException: [4, 3, 1], ConnectionError: [4, 3, 1], Exception: [20, 5, 1],
    ImportError: [2, 3, 3], IndentationError: [1, 3, 4], LookupError: [3, 3, 2], NameError: [1, 3, 4],
    OSError: [13, 5, 8], RuntimeError: [3, 3, 2], SyntaxError: [1, 3, 4], SystemError: [1, 3, 4],
    UnicodeError: [3, 3, 2], ValueError: [2, 3, 3], Warning: [10, 4, 0], classmethod: [1, 3, 4],
    dict: [1, 3, 4], int: [1, 3, 4], object: [137, 8, 33], property: [1, 3, 4], staticmethod: [1, 3, 4],
    tuple: [19, 5, 2], type: [1, 3, 4]
  },
  10: {
    ArithmeticError: [3, 3, 2], BaseException: [4, 3, 1], ConnectionError: [4, 3, 1], Exception: [19, 5, 2],
    ImportError: [2, 3, 3], IndentationError: [1, 3, 4], LookupError: [3, 3, 2], NameError: [1, 3, 4],
    OSError: [13, 5, 8], RuntimeError: [3, 3, 2], SyntaxError: [1, 3, 4], SystemError: [1, 3, 4],
    UnicodeError: [3, 3, 2], ValueError: [2, 3, 3], Warning: [11, 5, 10], classmethod: [1, 3, 4],
    dict: [1, 3, 4], int: [1, 3, 4], object: [144, 8, 26], property: [1, 3, 4], staticmethod: [1, 3, 4],
    tuple: [19, 5, 2], type: [1, 3, 4]
  },
  11: {
    ArithmeticError: [3, 3, 2], BaseException: [5, 3, 0], BaseExceptionGroup: [1, 3, 4],
    ConnectionError: [4, 3, 1], Exception: [30, 6, 12], ImportError: [2, 3, 3], IndentationError: [1, 3, 4],
    LookupError: [3, 3, 2], NameError: [1, 3, 4], OSError: [17, 5, 4], RuntimeError: [4, 3, 1],
    SyntaxError: [1, 3, 4], SystemError: [1, 3, 4], UnicodeError: [3, 3, 2], ValueError: [5, 3, 0],
    Warning: [11, 5, 10], classmethod: [1, 3, 4], dict: [5, 4, 5], int: [4, 3, 1], list: [1, 3, 4],
    object: [271, 9, 64], property: [1, 3, 4], staticmethod: [1, 3, 4], str: [1, 3, 4], tuple: [24, 6, 18],
    type: [6, 4, 4]
  },
  12: {
    ArithmeticError: [3, 3, 2], BaseException: [5, 3, 0], BaseExceptionGroup: [1, 3, 4],
    ConnectionError: [4, 3, 1], Exception: [20, 5, 1], ImportError: [2, 3, 3], IndentationError: [1, 3, 4],
    LookupError: [3, 3, 2], NameError: [1, 3, 4], OSError: [13, 5, 8], RuntimeError: [3, 3, 2],
    SyntaxError: [1, 3, 4], SystemError: [1, 3, 4], UnicodeError: [3, 3, 2], ValueError: [2, 3, 3],
    Warning: [11, 5, 10], classmethod: [1, 3, 4], dict: [1, 3, 4], int: [1, 3, 4], list: [1, 3, 4],
    object: [158, 8, 12], property: [1, 3, 4], staticmethod: [1, 3, 4], tuple: [19, 5, 2], type: [1, 3, 4]
  },
  13: {
    ArithmeticError: [3, 3, 2], BaseException: [5, 3, 0], BaseExceptionGroup: [1, 3, 4],
    ConnectionError: [4, 3, 1], Exception: [21, 5, 0], ImportError: [2, 3, 3], IndentationError: [1, 3, 4],
    LookupError: [3, 3, 2], NameError: [1, 3, 4], OSError: [13, 5, 8], RuntimeError: [4, 3, 1],
    SyntaxError: [2, 3, 3], SystemError: [1, 3, 4], UnicodeError: [3, 3, 2], ValueError: [3, 3, 2],
    Warning: [11, 5, 10], classmethod: [1, 3, 4], dict: [1, 3, 4], int: [1, 3, 4], list: [1, 3, 4],
    object: [161, 8, 9], property: [1, 3, 4], staticmethod: [1, 3, 4], tuple: [19, 5, 2], type: [1, 3, 4]
  },
};

/** Start-up's tables by type name under 3.minor; 3.14, not measured here, takes 3.13's. */
export function startupSubclassTables(minor: number): Readonly<Record<string, SubclassTable>> {
  return AT_START[Math.min(minor, 13)] ?? {};
}

/**
 * The classes the model has among start-up's subclasses of each builtin type but object, in
 * the order __subclasses__() lists them (the order start-up made them), by version; measured by
 * test/oracle/startup_static_subclasses.py (startup-subclasses-cpython.test.ts measures them
 * again). The stdlib's classes and the static types the model does not have are not listed.
 * 3.8-3.10's _PyExc_Init readies the exceptions in its own order (Objects/exceptions.c PRE_INIT),
 * 3.11+'s _PyExc_InitTypes in static_exceptions', by name.
 */
const LISTED_8: Record<string, string> = {
  ArithmeticError: 'FloatingPointError OverflowError ZeroDivisionError',
  BaseException: 'Exception GeneratorExit SystemExit KeyboardInterrupt',
  ConnectionError: 'BrokenPipeError ConnectionAbortedError ConnectionRefusedError ConnectionResetError',
  Exception: 'TypeError StopAsyncIteration StopIteration ImportError OSError EOFError RuntimeError NameError AttributeError '
    + 'SyntaxError LookupError ValueError AssertionError ArithmeticError SystemError ReferenceError MemoryError BufferError Warning',
  ImportError: 'ModuleNotFoundError',
  IndentationError: 'TabError',
  LookupError: 'IndexError KeyError',
  NameError: 'UnboundLocalError',
  OSError: 'ConnectionError BlockingIOError ChildProcessError FileExistsError FileNotFoundError IsADirectoryError '
    + 'NotADirectoryError InterruptedError PermissionError ProcessLookupError TimeoutError',
  RuntimeError: 'RecursionError NotImplementedError',
  SyntaxError: 'IndentationError',
  UnicodeError: 'UnicodeEncodeError UnicodeDecodeError UnicodeTranslateError',
  ValueError: 'UnicodeError',
  Warning: 'UserWarning DeprecationWarning PendingDeprecationWarning SyntaxWarning RuntimeWarning FutureWarning ImportWarning '
    + 'UnicodeWarning BytesWarning ResourceWarning',
  int: 'bool',
  tuple: 'sys.int_info sys.float_info sys.hash_info sys.version_info',
};
const LISTED_10: Record<string, string> = {
  ...LISTED_8,
  Warning: 'UserWarning EncodingWarning DeprecationWarning PendingDeprecationWarning SyntaxWarning RuntimeWarning FutureWarning '
    + 'ImportWarning UnicodeWarning BytesWarning ResourceWarning',
};
const LISTED_11: Record<string, string> = {
  ...LISTED_10,
  BaseException: 'BaseExceptionGroup Exception GeneratorExit KeyboardInterrupt SystemExit',
  BaseExceptionGroup: 'ExceptionGroup',
  Exception: 'ArithmeticError AssertionError AttributeError BufferError EOFError ImportError LookupError MemoryError NameError '
    + 'OSError ReferenceError RuntimeError StopAsyncIteration StopIteration SyntaxError SystemError TypeError ValueError Warning ExceptionGroup',
  OSError: 'BlockingIOError ChildProcessError ConnectionError FileExistsError FileNotFoundError InterruptedError IsADirectoryError '
    + 'NotADirectoryError PermissionError ProcessLookupError TimeoutError',
  RuntimeError: 'NotImplementedError RecursionError',
  UnicodeError: 'UnicodeDecodeError UnicodeEncodeError UnicodeTranslateError',
  Warning: 'BytesWarning DeprecationWarning EncodingWarning FutureWarning ImportWarning PendingDeprecationWarning ResourceWarning '
    + 'RuntimeWarning SyntaxWarning UnicodeWarning UserWarning',
};
const LISTED_13: Record<string, string> = {
  ...LISTED_11,
  RuntimeError: 'NotImplementedError PythonFinalizationError RecursionError',
  SyntaxError: 'IndentationError _IncompleteInputError',
};
// This machine's 3.11 start-up imports collections (its .pth files): defaultdict is dict's.
const LISTED_11_STARTUP: Record<string, string> = { ...LISTED_11, dict: 'collections.defaultdict' };
const LISTED: Record<number, Record<string, string>> = { 8: LISTED_8, 9: LISTED_8, 10: LISTED_10, 11: LISTED_11_STARTUP, 12: LISTED_11, 13: LISTED_13 };

/** Start-up's subclasses of the builtin type named `name` that the model has, by tp_name, in __subclasses__()'s order; 3.14 takes 3.13's. */
export function startupListedSubclasses(minor: number, name: string): string[] {
  const s = (LISTED[Math.min(minor, 13)] ?? {})[name];
  return s === undefined ? [] : s.split(' ');
}
