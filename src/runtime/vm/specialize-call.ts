// The CALL specializations that make no positional-arguments tuple where the generic path's
// _PyObject_MakeTpCall packs one (Python/specialize.c specialize_class_call, bytecodes.c):
// 3.13's CALL_ALLOC_AND_ENTER_INIT (a class's instance made and its __init__ entered) and
// 3.11/3.12's str(x) (PRECALL_NO_KW_STR_1, CALL_NO_KW_STR_1). Each CALL keeps its adaptive
// counter, so a call site's first calls still pack one.
import type { PyType } from '../objects/object';
import { adaptiveStepTo, instructionCache, missed3_11, specializedStep, Spec, specOf } from './specialize';
import { builtinVectorcall, callableSpec, enterableInit } from './specialize-callable';
import type { Frame } from './frame';
import { R } from '../state';

// Where the runtime has always imported it from.
export { builtinVectorcall };

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
  const s = specializedStep(instructionCache(code), pc >> 1, hits, () => callableSpec(callable, f.stack[base] !== null, null, n, false));
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
  const s = callableSpec(callable, self, receiver, n, false);
  // A site specialized otherwise is taken to hit whatever else it calls, those it fails on too.
  const kind = s === Spec.None ? Spec.CallOther : s;
  // specializedStep, written out: no closure per call.
  const cache = instructionCache(code);
  const i = pc >> 1;
  const spec = specOf(cache[i]);
  if (spec !== Spec.None && (spec === kind || (kind === Spec.CallOther && spec !== Spec.CallStr1 && spec !== Spec.CallUnchecked))) return spec;
  if (spec !== Spec.None && R.minor === 11) {
    missed3_11(cache, i);
    return Spec.None;
  }
  return adaptiveStepTo(cache, i, s);
}
