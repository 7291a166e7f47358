// Which of 3.11's CALLs and COMPARE_OPs check the depth (Python/ceval.c, specialize.c): C calls
// count with the frames there, but a specialized instruction may skip the check the generic
// path makes (cfunction_enter_call, PyObject_RichCompare). Each keeps its inline cache's state.
import { intType, isMedium, PyInt } from '../objects/int';
import { floatType } from '../objects/float';
import { boundBuiltinType, cfunctionType, methodDescrType, PyBoundBuiltin, PyCFunction, PyMethodDescr } from '../objects/function';
import { strType, type PyStr } from '../objects/str';
import { CmpOp, type PyObject } from '../objects/object';
import { Op } from '../compiler/opcodes';
import { packs } from '../objects/builtin-call';
import { adaptiveStepTo, missed3_11, Spec, specOf } from './specialize';
import type { Frame } from './frame';

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
 * What _Py_Specialize_Precall makes of a call of this builtin (or str): a form without the depth
 * check (PRECALL_NO_KW_BUILTIN_FAST, ..._WITH_KEYWORDS, _LEN, _ISINSTANCE, _LIST_APPEND, _STR_1, the
 * METH_FASTCALL method descriptors), or None: one that checks, or none (METH_VARARGS, keywords to a
 * method descriptor).
 */
function builtinCallSpec(callable: PyObject, first: PyObject | null, nargs: number, kw: boolean): Spec {
  const t = callable.ob_type;
  if (t === cfunctionType) {
    const f = callable as PyCFunction;
    return packs(f.varargs) || alwaysChecked(f.module ?? 'builtins', f.name) ? Spec.None : Spec.CallUnchecked;
  }
  if (t === boundBuiltinType) {
    const d = (callable as PyBoundBuiltin).descr;
    return packs(d.varargs) || alwaysChecked(d.owner.tp_name, d.name) ? Spec.None : Spec.CallUnchecked;
  }
  // PRECALL_NO_KW_STR_1: PyObject_Str itself, no type call (nor its level or arguments tuple).
  if (callable === strType) return nargs === 1 && !kw ? Spec.CallUnchecked : Spec.None;
  if (t === methodDescrType) {
    const d = callable as PyMethodDescr;
    // The forms read the receiver's exact type (DEOPT_IF(!Py_IS_TYPE(self, d_type))).
    if (kw || first === null || first.ob_type !== d.owner) return Spec.None;
    return packs(d.varargs) || alwaysChecked(d.owner.tp_name, d.name) ? Spec.None : Spec.CallUnchecked;
  }
  return Spec.CallOther;
}

/** Does 3.11 specialize this call of a builtin (not str), first argument first, to a form without the depth check? */
export function uncheckedBuiltinCall(callable: PyObject, first: PyObject | null): boolean {
  const t = callable.ob_type;
  return (t === cfunctionType || t === boundBuiltinType || t === methodDescrType) && builtinCallSpec(callable, first, first === null ? 0 : 1, false) === Spec.CallUnchecked;
}

/**
 * The CALL running in f (3.11) of a builtin: does it check the depth? The code not yet
 * quickened, or the instruction not specialized (or missing), runs the generic CALL, which does.
 */
export function callChecks3_11(f: Frame, callable: PyObject, args: readonly PyObject[], kwnames: readonly PyStr[] | null): boolean {
  const cache = f.code.inlineCache;
  if (cache === null) return true;
  const i = (f.pc - 2) >> 1;
  const s = builtinCallSpec(callable, args.length > 0 ? args[0] : null, args.length, kwnames !== null && kwnames.length > 0);
  const spec = specOf(cache[i]);
  if (spec !== Spec.None) {
    if (spec === s) return s !== Spec.CallUnchecked;
    missed3_11(cache, i);
    return true;
  }
  return adaptiveStepTo(cache, i, s) !== Spec.CallUnchecked;
}

/** COMPARE_OP_INT_JUMP's operands: exact ints of one digit at most. */
const smallInt = (o: PyObject): boolean => o.ob_type === intType && isMedium(o as PyInt);

/** _Py_Specialize_CompareOp's form for these operands (only before a conditional jump). */
function compareSpec(a: PyObject, b: PyObject, op: CmpOp): Spec {
  if (a.ob_type !== b.ob_type) return Spec.None;
  if (a.ob_type === floatType) return Spec.CompareFloat;
  if (a.ob_type === intType) return smallInt(a) && smallInt(b) ? Spec.CompareInt : Spec.None;
  if (a.ob_type === strType && (op === CmpOp.EQ || op === CmpOp.NE)) return Spec.CompareStr;
  return Spec.None;
}

/** The specialized form's guards: both operands of its kind (COMPARE_OP_*_JUMP's DEOPT_IFs). */
function compareHits(spec: Spec, a: PyObject, b: PyObject): boolean {
  if (spec === Spec.CompareInt) return smallInt(a) && smallInt(b);
  const t = spec === Spec.CompareFloat ? floatType : strType;
  return a.ob_type === t && b.ob_type === t;
}

/**
 * The COMPARE_OP running in f (3.11) on a and b: does it call PyObject_RichCompare (which
 * checks the depth)? Only one followed by a conditional jump specializes; the rest stay generic.
 */
export function compareChecks3_11(f: Frame, a: PyObject, b: PyObject, op: CmpOp): boolean {
  const cache = f.code.inlineCache;
  if (cache === null) return true;
  const next = f.code.code[f.pc];
  if (next !== Op.POP_JUMP_IF_FALSE && next !== Op.POP_JUMP_IF_TRUE) return true;
  const i = (f.pc - 2) >> 1;
  const spec = specOf(cache[i]);
  if (spec !== Spec.None) {
    if (compareHits(spec, a, b)) return false;
    missed3_11(cache, i);
    return true;
  }
  return adaptiveStepTo(cache, i, compareSpec(a, b, op)) === Spec.None;
}
