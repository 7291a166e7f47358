// 3.13's CALL_ALLOC_AND_ENTER_INIT (Python/specialize.c specialize_class_call, bytecodes.c):
// once a CALL of a class has specialized, the instance is made and its __init__ entered
// without the positional-arguments tuple _PyObject_MakeTpCall packs on the generic path.
// Each CALL keeps its adaptive counter, so the first call of a call site still packs one.
import { PyFunction, functionType } from '../objects/function';
import type { PyObject, PyType } from '../objects/object';
import { objectType, typeType } from '../objects/typeobject';
import { classCallLookups, solidBase } from '../objects/classes';
import { hasInstanceDict, slotCount } from '../objects/instance-layout';
import { CO_VARARGS, CO_VARKEYWORDS } from '../objects/code';
import { adaptiveStep, instructionCache, Spec, specOf } from './specialize';
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
  const cache = instructionCache(code);
  const i = pc >> 1;
  const initType = f.stack[base] === null ? enterableInit(callable, n) : null;
  const spec = specOf(cache[i]);
  // A hit. Another specialization is taken to hit whatever else it calls.
  if (spec === Spec.CallInit && initType !== null && code.initTypes?.get(pc) === callable) return true;
  if (spec === Spec.CallOther && initType === null) return false;
  const s = adaptiveStep(cache, i, () => classCallSpec(callable, n, initType !== null, f.stack[base] === null));
  if (s !== Spec.CallInit) return false;
  (code.initTypes ??= new Map()).set(pc, callable as PyType);
  return true;
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
  const code = (userInit as PyFunction).code;
  // function_kind: SIMPLE_FUNCTION
  return (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && code.kwonlyargcount === 0 ? (userInit as PyFunction) : null;
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
