// The CALL specializations that make no positional-arguments tuple where the generic path's
// _PyObject_MakeTpCall packs one (Python/specialize.c specialize_class_call, bytecodes.c):
// 3.13's CALL_ALLOC_AND_ENTER_INIT (a class's instance made and its __init__ entered) and
// 3.11/3.12's str(x) (PRECALL_NO_KW_STR_1, CALL_NO_KW_STR_1). Each CALL keeps its adaptive
// counter, so a call site's first calls still pack one.
import { boundBuiltinType, cfunctionType, functionType, methodDescrType, methodType, PyBoundBuiltin, PyCFunction, PyFunction, PyMethod, PyMethodDescr } from '../objects/function';
import type { PyObject, PyType } from '../objects/object';
import { objectType, typeType } from '../objects/typeobject';
import { classCallLookups, solidBase } from '../objects/classes';
import { hasInstanceDict, slotCount } from '../objects/instance-layout';
import { CO_VARARGS, CO_VARKEYWORDS, PyCode } from '../objects/code';
import { strType } from '../objects/str';
import { adaptiveStepTo, instructionCache, missed3_11, specializedStep, Spec, specOf } from './specialize';
import { uncheckedBuiltinCall } from './specialize-3-11';
import type { Frame } from './frame';
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
 * The CALL at pc of f's code with n arguments, under 3.13: does this execution run
 * CALL_ALLOC_AND_ENTER_INIT? Advances the instruction's counter as CPython's inline cache
 * does: the generic form (never specialized yet, or a miss) counts, and specializes at 0.
 */
export function callEntersInit(f: Frame, pc: number, n: number): boolean {
  const base = f.sp - n - 2;
  const callable = f.stack[base + 1]!;
  const code = f.code;
  const initType = f.stack[base] === null ? enterableInit(callable, n) : null;
  // Another specialization is taken to hit whatever else it calls.
  const hits = (spec: Spec): boolean => (spec === Spec.CallInit ? initType !== null && code.initTypes?.get(pc) === callable : initType === null);
  const s = specializedStep(instructionCache(code), pc >> 1, hits, () => classCallSpec(callable, n, initType !== null, f.stack[base] === null));
  if (s !== Spec.CallInit) return false;
  (code.initTypes ??= new Map()).set(pc, callable as PyType);
  return true;
}

/**
 * 3.11's PRECALL (quickened code only) and 3.12's CALL at pc of f's code with n arguments, no
 * keywords: which form runs this execution, advancing the counter as callEntersInit does.
 * CallStr1 is PRECALL_NO_KW_STR_1 / CALL_NO_KW_STR_1, PyObject_Str on the argument with no
 * arguments tuple (specialize_class_call; the generic form packs one: str has no vectorcall
 * before 3.13); CallUnchecked a 3.11 builtin's form that skips the depth check (specialize-3-11.ts).
 */
export function callSiteStep(f: Frame, pc: number, n: number): Spec {
  const code = f.code;
  if (R.minor === 11 && code.inlineCache === null) return Spec.None;
  const base = f.sp - n - 2;
  const self = f.stack[base] !== null;
  const callable = self ? f.stack[base]! : f.stack[base + 1]!;
  const receiver = self ? f.stack[base + 1] : n > 0 ? f.stack[base + 2] : null;
  const kind = callable === strType && n === 1 && !self ? Spec.CallStr1 : R.minor === 11 && uncheckedBuiltinCall(callable, receiver) ? Spec.CallUnchecked : Spec.CallOther;
  // specializedStep, written out: no closure per call.
  const cache = instructionCache(code);
  const i = pc >> 1;
  const spec = specOf(cache[i]);
  if (spec !== Spec.None && (spec === kind || (kind === Spec.CallOther && spec !== Spec.CallStr1 && spec !== Spec.CallUnchecked))) return spec;
  if (spec !== Spec.None && R.minor === 11) {
    missed3_11(cache, i);
    return Spec.None;
  }
  return adaptiveStepTo(cache, i, kind !== Spec.CallOther ? kind : callSpec(callable, self));
}

/**
 * 3.11's _Py_Specialize_Precall and 3.12's _Py_Specialize_Call, for what else a call site
 * calls: whether it specializes, which sets when it tries again. Builtins taken to fail are those
 * with METH_VARARGS (the model does not tell METH_O's argument count); 3.12 also fails on a Python
 * function with *args, **kwargs or keyword-only parameters (function_kind).
 */
function callSpec(callable: PyObject, self: boolean): Spec {
  const t = callable.ob_type;
  if (t === cfunctionType) return (callable as PyCFunction).varargs ? Spec.None : Spec.CallOther;
  if (t === methodDescrType) return (callable as PyMethodDescr).varargs ? Spec.None : Spec.CallOther;
  if (t === boundBuiltinType) return (callable as PyBoundBuiltin).descr.varargs ? Spec.None : Spec.CallOther;
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

/** function_kind's SIMPLE_FUNCTION: no *args, **kwargs or keyword-only parameters. */
function simpleFunction(code: PyCode): boolean {
  return (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && code.kwonlyargcount === 0;
}

/** The class if CALL_ALLOC_AND_ENTER_INIT serves its call with n arguments (get_init_for_simple_managed_python_class). */
function enterableInit(callable: PyObject, n: number): PyType | null {
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

/**
 * _Py_Specialize_Call's outcome for a class: the classes it fails on are builtin ones
 * without a vectorcall and those whose simple __init__ takes another number of arguments.
 * Whatever else is called specializes (CALL_PY_EXACT_ARGS, CALL_NON_PY_GENERAL...).
 */
function classCallSpec(callable: PyObject, n: number, enters: boolean, noSelf: boolean): Spec {
  if (enters) return Spec.CallInit;
  if (!noSelf || callable.ob_type !== typeType) return Spec.CallOther;
  const t = callable as PyType;
  if (!t.isHeapType) {
    if (n === 1 && (t.tp_name === 'str' || t.tp_name === 'type' || t.tp_name === 'tuple')) return Spec.CallOther;
    return builtinVectorcall(t) ? Spec.CallOther : Spec.None;
  }
  return simpleManagedInit(t) !== null ? Spec.None : Spec.CallOther;
}
