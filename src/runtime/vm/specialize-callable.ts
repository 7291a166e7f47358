// What a CALL site specializes to, by the callable it meets and the version (Python/specialize.c:
// 3.11's _Py_Specialize_Precall, 3.12+'s _Py_Specialize_Call): the one table the CALL's step
// (specialize-call.ts) and 3.11's depth check of a builtin's call (specialize-3-11.ts) read.
import { boundBuiltinType, cfunctionType, functionType, methodDescrType, methodType, PyBoundBuiltin, PyCFunction, PyFunction, PyMethod, PyMethodDescr } from '../objects/function';
import type { PyObject, PyType } from '../objects/object';
import { objectType, typeType } from '../objects/typeobject';
import { classCallLookups, solidBase } from '../objects/classes';
import { hasInstanceDict, slotCount } from '../objects/instance-layout';
import { CO_VARARGS, CO_VARKEYWORDS, PyCode } from '../objects/code';
import { strType } from '../objects/str';
import { packs } from '../objects/builtin-call';
import { Spec } from './specialize';
import { R } from '../state';

/**
 * The builtin types that have their own vectorcall (their type objects' `.tp_vectorcall`),
 * by the version that gave it to them; `type` has one from 3.10 for type(x) only.
 */
const VECTORCALL_TYPES: [number, string[]][] = [
  [9, ['range', 'list', 'tuple', 'dict', 'set', 'frozenset']],
  [10, ['bool', 'float', 'reversed', 'filter', 'map']],
  [11, ['enumerate', 'super']],
  [13, ['int', 'str']],
];

/** Has the builtin type t a vectorcall of its own (so its calls need no arguments tuple)? */
export function builtinVectorcall(t: PyType): boolean {
  for (const [since, names] of VECTORCALL_TYPES) if (R.minor >= since && names.includes(t.tp_name)) return true;
  return false;
}

/**
 * 3.11's METH_O and METH_NOARGS builtins, whose specialized calls still check the depth
 * (PRECALL_NO_KW_BUILTIN_O, PRECALL_NO_KW_METHOD_DESCRIPTOR_O/NOARGS), and METH_CLASS ones, whose
 * specializations always miss (their flags never equal the form's): read from 3.11.7's ml_flags.
 */
const CHECKED: Record<string, string> = {
  BaseException: '__reduce__ __setstate__ add_note with_traceback',
  BaseExceptionGroup: '__class_getitem__',
  ImportError: '__reduce__',
  OSError: '__reduce__',
  SimpleNamespace: '__reduce__',
  builtins: 'abs aiter all any ascii bin callable chr globals hash hex id len locals oct ord repr',
  bytearray: '__alloc__ __reduce__ __sizeof__ append capitalize clear copy extend fromhex isalnum isalpha isascii isdigit islower isspace istitle isupper join lower partition remove removeprefix removesuffix reverse rpartition swapcase title upper zfill',
  bytes: '__bytes__ __getnewargs__ capitalize fromhex isalnum isalpha isascii isdigit islower isspace istitle isupper join lower partition removeprefix removesuffix rpartition swapcase title upper zfill',
  code: '__sizeof__ co_lines co_positions',
  complex: '__complex__ __format__ __getnewargs__ conjugate',
  dict: '__class_getitem__ __contains__ __getitem__ __reversed__ __sizeof__ clear copy fromkeys items keys popitem values',
  dict_items: '__reversed__ isdisjoint',
  dict_keyiterator: '__length_hint__ __reduce__',
  dict_keys: '__reversed__ isdisjoint',
  dict_values: '__reversed__',
  enumerate: '__class_getitem__ __reduce__',
  filter: '__reduce__',
  float: '__ceil__ __floor__ __format__ __getformat__ __getnewargs__ __trunc__ as_integer_ratio conjugate fromhex hex is_integer',
  frame: '__sizeof__ clear',
  frozenset: '__class_getitem__ __contains__ __reduce__ __sizeof__ copy isdisjoint issubset issuperset symmetric_difference',
  gc: 'disable enable freeze get_count get_debug get_freeze_count get_stats get_threshold is_finalized is_tracked isenabled set_debug unfreeze',
  generator: '__sizeof__ close send',
  int: '__ceil__ __floor__ __format__ __getnewargs__ __sizeof__ __trunc__ as_integer_ratio bit_count bit_length conjugate from_bytes',
  list: '__class_getitem__ __getitem__ __reversed__ __sizeof__ append clear copy count extend remove reverse',
  list_iterator: '__length_hint__ __reduce__ __setstate__',
  list_reverseiterator: '__length_hint__ __reduce__ __setstate__',
  map: '__reduce__',
  mappingproxy: '__class_getitem__ __reversed__ copy items keys values',
  math: 'acos acosh asin asinh atan atanh cbrt ceil cos cosh degrees erf erfc exp exp2 expm1 fabs factorial floor frexp fsum gamma isfinite isinf isnan isqrt lgamma log10 log1p log2 modf radians sin sinh sqrt tan tanh trunc ulp',
  memoryview: '__enter__ release tolist toreadonly',
  method: '__reduce__',
  module: '__dir__',
  object: '__dir__ __format__ __getstate__ __init_subclass__ __reduce__ __reduce_ex__ __sizeof__ __subclasshook__',
  property: 'deleter getter setter',
  range: '__reversed__ count index',
  range_iterator: '__length_hint__ __reduce__ __setstate__',
  reversed: '__length_hint__ __reduce__ __setstate__',
  set: '__class_getitem__ __contains__ __reduce__ __sizeof__ add clear copy discard isdisjoint issubset issuperset pop remove symmetric_difference symmetric_difference_update',
  slice: '__reduce__ indices',
  str: '__format__ __getnewargs__ __sizeof__ capitalize casefold format_map isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join lower partition removeprefix removesuffix rpartition swapcase title translate upper zfill',
  str_ascii_iterator: '__length_hint__ __reduce__ __setstate__',
  sys: '__displayhook__ __unraisablehook__ _clear_type_cache _current_exceptions _current_frames _debugmallocstats _getquickenedcount displayhook exc_info exception get_asyncgen_hooks get_coroutine_origin_tracking_depth get_int_max_str_digits getallocatedblocks getdefaultencoding getdlopenflags getfilesystemencodeerrors getfilesystemencoding getprofile getrecursionlimit getrefcount getswitchinterval gettrace intern is_finalizing setdlopenflags setprofile setrecursionlimit setswitchinterval settrace unraisablehook',
  tuple: '__class_getitem__ __getnewargs__ count',
  tuple_iterator: '__length_hint__ __reduce__ __setstate__',
  type: '__dir__ __instancecheck__ __prepare__ __sizeof__ __subclasscheck__ __subclasses__ mro',
  zip: '__reduce__ __setstate__',
};

let checked: Map<string, Set<string>> | null = null;

/** Is owner.name a 3.11 builtin whose call checks the depth even once specialized? */
function alwaysChecked(owner: string, name: string): boolean {
  // len and list.append have forms of their own (PRECALL_NO_KW_LEN, PRECALL_NO_KW_LIST_APPEND).
  if ((owner === 'builtins' && name === 'len') || (owner === 'list' && name === 'append')) return false;
  checked ??= new Map(Object.entries(CHECKED).map(([o, names]) => [o, new Set(names.split(' '))]));
  return checked.get(owner)?.has(name) ?? false;
}

/**
 * What the call site specializes to when it meets `callable`: `self` is a receiver LOAD_METHOD
 * pushed with it, `first` the first argument (that receiver included), `nargs` the arguments
 * after the callable, `kw` whether keywords came. CallStr1: str(x) with no arguments tuple
 * (3.11's PRECALL_NO_KW_STR_1, 3.12's CALL_NO_KW_STR_1); CallUnchecked: a 3.11 builtin's form that
 * skips the depth check; CallInit: 3.13's CALL_ALLOC_AND_ENTER_INIT; CallOther: any other form;
 * None: the specialization fails.
 */
export function callableSpec(callable: PyObject, self: boolean, first: PyObject | null, nargs: number, kw: boolean): Spec {
  if (R.minor >= 13) return classSpec3_13(callable, self, nargs);
  const t = callable.ob_type;
  if (callable === strType && nargs === 1 && !self && !kw) return Spec.CallStr1;
  if (t === cfunctionType) {
    const f = callable as PyCFunction;
    return builtinSpec(f.varargs, f.module ?? 'builtins', f.name, true);
  }
  if (t === boundBuiltinType) {
    const d = (callable as PyBoundBuiltin).descr;
    return builtinSpec(d.varargs, d.owner.tp_name, d.name, true);
  }
  if (t === methodDescrType) {
    const d = callable as PyMethodDescr;
    // 3.11's forms fail on keywords and read the receiver's exact type (DEOPT_IF(!Py_IS_TYPE(self, d_type))).
    return builtinSpec(d.varargs, d.owner.tp_name, d.name, !kw && first !== null && first.ob_type === d.owner);
  }
  // 3.12's function_kind fails on a Python function with *args, **kwargs or keyword-only parameters.
  if (t === functionType) return R.minor === 11 || simpleFunction((callable as PyFunction).code) ? Spec.CallOther : Spec.None;
  if (t === methodType) {
    const fn = (callable as PyMethod).func;
    if (R.minor === 11) return Spec.CallOther;
    return fn.ob_type === functionType && simpleFunction((fn as PyFunction).code) ? Spec.CallOther : Spec.None;
  }
  if (t !== typeType || self) return Spec.None;
  // specialize_class_call: a builtin type with its own vectorcall (type's is type_vectorcall).
  const c = callable as PyType;
  return c === typeType || (!c.isHeapType && builtinVectorcall(c)) ? Spec.CallOther : Spec.None;
}

/**
 * A builtin (specialize_c_call, specialize_method_descriptor): METH_VARARGS in the run's version
 * fails; 3.11's forms skip the depth check where `fits` and the builtin is not one that checks.
 */
function builtinSpec(flags: number, owner: string, name: string, fits: boolean): Spec {
  if (packs(flags)) return Spec.None;
  return R.minor === 11 && fits && !alwaysChecked(owner, name) ? Spec.CallUnchecked : Spec.CallOther;
}

/**
 * 3.13's _Py_Specialize_Call: whatever is not a class specializes (CALL_PY_EXACT_ARGS,
 * CALL_NON_PY_GENERAL...); a class fails when it is a builtin one without a vectorcall or one
 * whose simple __init__ takes another number of arguments.
 */
function classSpec3_13(callable: PyObject, self: boolean, n: number): Spec {
  if (self || callable.ob_type !== typeType) return Spec.CallOther;
  if (enterableInit(callable, n) !== null) return Spec.CallInit;
  const t = callable as PyType;
  if (!t.isHeapType) {
    // CALL_STR_1, CALL_TYPE_1, CALL_TUPLE_1.
    if (n === 1 && (t.tp_name === 'str' || t.tp_name === 'type' || t.tp_name === 'tuple')) return Spec.CallOther;
    return builtinVectorcall(t) ? Spec.CallOther : Spec.None;
  }
  return simpleManagedInit(t) !== null ? Spec.None : Spec.CallOther;
}

/** function_kind's SIMPLE_FUNCTION: no *args, **kwargs or keyword-only parameters. */
function simpleFunction(code: PyCode): boolean {
  return (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && code.kwonlyargcount === 0;
}

/** The class if CALL_ALLOC_AND_ENTER_INIT serves its call with n arguments (get_init_for_simple_managed_python_class). */
export function enterableInit(callable: PyObject, n: number): PyType | null {
  const init = simpleManagedInit(callable);
  return init !== null && init.code.argcount === n + 1 ? (callable as PyType) : null;
}

/** A class of `type` with object's __new__ and inline values, whose __init__ is a plain Python function. */
function simpleManagedInit(callable: PyObject): PyFunction | null {
  if (callable.ob_type !== typeType || !(callable as PyType).isHeapType) return null;
  const t = callable as PyType;
  const { userNew, userInit } = classCallLookups(t);
  // Py_TPFLAGS_INLINE_VALUES: a __dict__ and no slots, on object (type_ready_managed_dict).
  if (userNew !== null || userInit === null || userInit.ob_type !== functionType) return null;
  if (solidBase(t) !== objectType || slotCount(t) !== 0 || !hasInstanceDict(t)) return null;
  return simpleFunction((userInit as PyFunction).code) ? (userInit as PyFunction) : null;
}
