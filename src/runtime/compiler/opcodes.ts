// The instruction set: CPython's opcodes (Include/opcode.h, 3.11 names where they
// exist), each a pair (opcode, oparg) in PyCode.code.

export const enum Op {
  NOP = 0,
  POP_TOP,
  /** COPY n: push the n-th item from the top (1 = top). */
  COPY,
  /** SWAP n: exchange the top with the n-th item. */
  SWAP,
  LOAD_CONST,
  LOAD_FAST,
  STORE_FAST,
  DELETE_FAST,
  LOAD_NAME,
  STORE_NAME,
  DELETE_NAME,
  LOAD_GLOBAL,
  STORE_GLOBAL,
  DELETE_GLOBAL,
  LOAD_DEREF,
  STORE_DEREF,
  DELETE_DEREF,
  /** Push the cell itself (for building a closure tuple). */
  LOAD_CLOSURE,
  /** In a class body: a free variable read from the class namespace first. */
  LOAD_CLASSDEREF,
  LOAD_ATTR,
  STORE_ATTR,
  DELETE_ATTR,
  /** Push [method, self] when the attribute is a plain function on the type, else [NULL, attr]. */
  LOAD_METHOD,
  /** CALL n: stack is [NULL or method, callable or self, args...]. */
  CALL,
  /** CALL_KW n: like CALL, with a tuple of keyword names on top (its values are the last args). */
  CALL_KW,
  /** CALL_FUNCTION_EX flags: [NULL, callable, args tuple, (kwargs dict if flags & 1)]. */
  CALL_FUNCTION_EX,
  PUSH_NULL,
  BINARY_OP,
  UNARY_NEGATIVE,
  UNARY_POSITIVE,
  UNARY_NOT,
  UNARY_INVERT,
  COMPARE_OP,
  IS_OP,
  CONTAINS_OP,
  BINARY_SUBSCR,
  STORE_SUBSCR,
  DELETE_SUBSCR,
  BUILD_TUPLE,
  BUILD_LIST,
  BUILD_SET,
  /** BUILD_MAP n: n key/value pairs on the stack. */
  BUILD_MAP,
  /** BUILD_CONST_KEY_MAP n: n values and a tuple of keys on top. */
  BUILD_CONST_KEY_MAP,
  BUILD_SLICE,
  BUILD_STRING,
  /** LIST_APPEND i: append top to the list i items down (after popping). */
  LIST_APPEND,
  SET_ADD,
  MAP_ADD,
  LIST_EXTEND,
  SET_UPDATE,
  DICT_UPDATE,
  DICT_MERGE,
  LIST_TO_TUPLE,
  UNPACK_SEQUENCE,
  /** UNPACK_EX (after << 8 | before) */
  UNPACK_EX,
  /** FORMAT_VALUE flags: conversion in the low bits, 4 = a format spec is on the stack. */
  FORMAT_VALUE,
  JUMP,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
  GET_ITER,
  /** FOR_ITER target: push the next item, or pop the iterator and jump to target. */
  FOR_ITER,
  RETURN_VALUE,
  /** MAKE_FUNCTION flags: 1 defaults, 2 kwdefaults, 8 closure; code object on top. */
  MAKE_FUNCTION,
  LOAD_BUILD_CLASS,
  /** RAISE_VARARGS n: 0 re-raise, 1 exc, 2 exc from cause. */
  RAISE_VARARGS,
  /** Re-raise the exception on top of the stack. */
  RERAISE,
  /** In a handler: push the previously handled exception below the new one and make it current. */
  PUSH_EXC_INFO,
  /** Restore the previously handled exception popped from the stack. */
  POP_EXCEPT,
  /** [exc, type] -> [exc, bool] */
  CHECK_EXC_MATCH,
  LOAD_ASSERTION_ERROR,
  /** [cm] -> [__exit__ bound, result of __enter__] */
  BEFORE_WITH,
  /** [exit, lasti, prev, exc] -> calls exit(type, exc, tb) and pushes its result. */
  WITH_EXCEPT_START,
  YIELD_VALUE,
  GET_YIELD_FROM_ITER,
  /** SEND target: [receiver, value] -> yields what the receiver yields, or jumps with the return value. */
  SEND,
  IMPORT_NAME,
  IMPORT_FROM,
  IMPORT_STAR,
  SETUP_ANNOTATIONS,
  /** Return the generator at the start of a generator function's frame. */
  RETURN_GENERATOR,
  /** Push a handler block: an exception unwinds the stack to its current depth and jumps to target. */
  SETUP_FINALLY,
  /** The same, keeping one item less (used once the handled exception is on the stack). */
  SETUP_CLEANUP,
  POP_BLOCK,
  /** [prev, exc] -> restore prev as the handled exception and raise exc again. */
  POP_EXCEPT_AND_RERAISE,
  /** [exit] -> call exit(None, None, None) and drop the result (a with block's normal end). */
  CALL_EXIT_NONE,
  /** [o] -> [o, len(o)] */
  GET_LEN,
  /** MATCH_CLASS n: [subject, cls, names] -> [tuple of attributes, or None] (n positional sub-patterns). */
  MATCH_CLASS,
  /** [subject] -> [subject, bool]: is it a mapping (Py_TPFLAGS_MAPPING)? */
  MATCH_MAPPING,
  /** [subject] -> [subject, bool]: is it a sequence (Py_TPFLAGS_SEQUENCE)? */
  MATCH_SEQUENCE,
  /** [subject, keys] -> [subject, keys, tuple of values or None] */
  MATCH_KEYS,
  /** [exc, type] -> [rest, match], or [exc, None] when nothing matches (except*). */
  CHECK_EG_MATCH,
  /** [orig, list of raised] -> [what the except* statement raises, or None] */
  PREP_RERAISE_STAR,
  /**
   * 3.12+ inlined comprehensions, which run in a frame of their own here: LOAD_OUTER,
   * STORE_OUTER and DELETE_OUTER (hops << 16 | index) reach a fast local of the frame that
   * many calls out, which CPython's code holds in its own frame.
   */
  LOAD_OUTER,
  STORE_OUTER,
  DELETE_OUTER,
  /** CALL_COMPREHENSION n: [n cells, code, iterator] -> runs the code with them (no function, no closure tuple). */
  CALL_COMPREHENSION,
  /** 3.8 BUILD_MAP_UNPACK_WITH_CALL n: [callable, args, n mappings] -> [callable, args, a new dict of them all]. */
  BUILD_MAP_UNPACK_WITH_CALL,
}

/** BINARY_OP opargs (Include/opcode.h NB_*). */
export const enum NbOp {
  ADD = 0,
  AND = 1,
  FLOOR_DIVIDE = 2,
  LSHIFT = 3,
  MATRIX_MULTIPLY = 4,
  MULTIPLY = 5,
  REMAINDER = 6,
  OR = 7,
  POWER = 8,
  RSHIFT = 9,
  SUBTRACT = 10,
  TRUE_DIVIDE = 11,
  XOR = 12,
  INPLACE = 13,
}

export const OP_NAMES: readonly string[] = [
  'NOP', 'POP_TOP', 'COPY', 'SWAP', 'LOAD_CONST', 'LOAD_FAST', 'STORE_FAST', 'DELETE_FAST', 'LOAD_NAME',
  'STORE_NAME', 'DELETE_NAME', 'LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL', 'LOAD_DEREF', 'STORE_DEREF',
  'DELETE_DEREF', 'LOAD_CLOSURE', 'LOAD_CLASSDEREF', 'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'LOAD_METHOD',
  'CALL', 'CALL_KW', 'CALL_FUNCTION_EX', 'PUSH_NULL', 'BINARY_OP', 'UNARY_NEGATIVE', 'UNARY_POSITIVE',
  'UNARY_NOT', 'UNARY_INVERT', 'COMPARE_OP', 'IS_OP', 'CONTAINS_OP', 'BINARY_SUBSCR', 'STORE_SUBSCR',
  'DELETE_SUBSCR', 'BUILD_TUPLE', 'BUILD_LIST', 'BUILD_SET', 'BUILD_MAP', 'BUILD_CONST_KEY_MAP', 'BUILD_SLICE',
  'BUILD_STRING', 'LIST_APPEND', 'SET_ADD', 'MAP_ADD', 'LIST_EXTEND', 'SET_UPDATE', 'DICT_UPDATE', 'DICT_MERGE',
  'LIST_TO_TUPLE', 'UNPACK_SEQUENCE', 'UNPACK_EX', 'FORMAT_VALUE', 'JUMP', 'POP_JUMP_IF_FALSE',
  'POP_JUMP_IF_TRUE', 'JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP', 'POP_JUMP_IF_NONE', 'POP_JUMP_IF_NOT_NONE',
  'GET_ITER', 'FOR_ITER', 'RETURN_VALUE', 'MAKE_FUNCTION', 'LOAD_BUILD_CLASS', 'RAISE_VARARGS', 'RERAISE',
  'PUSH_EXC_INFO', 'POP_EXCEPT', 'CHECK_EXC_MATCH', 'LOAD_ASSERTION_ERROR', 'BEFORE_WITH', 'WITH_EXCEPT_START',
  'YIELD_VALUE', 'GET_YIELD_FROM_ITER', 'SEND', 'IMPORT_NAME', 'IMPORT_FROM', 'IMPORT_STAR', 'SETUP_ANNOTATIONS',
  'RETURN_GENERATOR', 'SETUP_FINALLY', 'SETUP_CLEANUP', 'POP_BLOCK', 'POP_EXCEPT_AND_RERAISE',
  'CALL_EXIT_NONE', 'GET_LEN', 'MATCH_CLASS', 'MATCH_MAPPING', 'MATCH_SEQUENCE', 'MATCH_KEYS',
  'CHECK_EG_MATCH', 'PREP_RERAISE_STAR', 'LOAD_OUTER', 'STORE_OUTER', 'DELETE_OUTER', 'CALL_COMPREHENSION',
  'BUILD_MAP_UNPACK_WITH_CALL',
];
