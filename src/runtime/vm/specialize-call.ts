// The CALL specializations that make no positional-arguments tuple where the generic path's
// _PyObject_MakeTpCall packs one (Python/specialize.c specialize_class_call, bytecodes.c):
// 3.13's CALL_ALLOC_AND_ENTER_INIT (a class's instance made and its __init__ entered) and
// 3.11/3.12's str(x) (PRECALL_NO_KW_STR_1, CALL_NO_KW_STR_1). Each CALL keeps its adaptive
// counter, so a call site's first calls still pack one.
import type { PyObject, PyType } from '../objects/object';
import { strType } from '../objects/str';
import { adaptiveStepTo, counterDue, instructionCache, missed3_11, specializedStep, Spec, specOf } from './specialize';
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

/** A CALL site's memo (3.11): callableSpec's answer for this callable, with this receiver's type, at this site. */
export interface CallForm {
  callable: PyObject;
  self: boolean;
  receiverType: PyType | null;
  spec: Spec;
}

/**
 * 3.11's PRECALL (quickened code only) and 3.12's CALL at pc of f's code with n arguments, no
 * keywords: which form runs this execution, advancing the counter as callEntersInit does.
 * CallStr1 is PRECALL_NO_KW_STR_1 / CALL_NO_KW_STR_1, PyObject_Str on the argument with no
 * arguments tuple (specialize_class_call; the generic form packs one: str has no vectorcall
 * before 3.13); CallUnchecked a 3.11 builtin's form that skips the depth check (specialize-3-11.ts).
 * A site specialized otherwise is taken to hit whatever else it calls, those it fails on too: only
 * str(x) and (3.11) the depth-unchecked builtins miss it, so the form is worked out only where it
 * can change the outcome: 3.12 at specialization only, 3.11 once per callable a site meets.
 */
export function callSiteStep(f: Frame, pc: number, n: number): Spec {
  const code = f.code;
  if (R.minor === 11 && code.inlineCache === null) return Spec.None;
  const base = f.sp - n - 2;
  const self = f.stack[base] !== null;
  const callable = self ? f.stack[base]! : f.stack[base + 1]!;
  // callableSpec's first test: _Py_Specialize_Call's str(x).
  const str1 = callable === strType && n === 1 && !self;
  const cache = instructionCache(code);
  const i = pc >> 1;
  const spec = specOf(cache[i]);
  if (spec !== Spec.None) {
    const hit = str1 ? spec === Spec.CallStr1 : spec === Spec.CallOther ? R.minor === 12 || siteForm(f, i, base, n) !== Spec.CallUnchecked : spec === Spec.CallUnchecked && siteForm(f, i, base, n) === spec;
    if (hit) return spec;
    if (R.minor === 11) {
      missed3_11(cache, i);
      return Spec.None;
    }
  }
  // The form matters only when the counter reaches 0 (adaptiveStepTo ignores it before).
  return adaptiveStepTo(cache, i, counterDue(cache, i) ? siteForm(f, i, base, n) : Spec.None);
}

/** callableSpec for the CALL at instruction i (no keywords), remembered at the site under 3.11. */
function siteForm(f: Frame, i: number, base: number, n: number): Spec {
  const self = f.stack[base] !== null;
  const callable = self ? f.stack[base]! : f.stack[base + 1]!;
  const receiver = self ? f.stack[base + 1] : n > 0 ? f.stack[base + 2] : null;
  const receiverType = receiver === null ? null : receiver.ob_type;
  // 3.12's answer for a function depends on its code, which __code__ may replace: it is not remembered.
  if (R.minor !== 11) return callableSpec(callable, self, receiver, n, false);
  const forms = (f.code.callForms ??= []);
  const m = forms[i];
  if (m !== undefined && m.callable === callable && m.self === self && m.receiverType === receiverType) return m.spec;
  const spec = callableSpec(callable, self, receiver, n, false);
  if (m === undefined) forms[i] = { callable, self, receiverType, spec };
  else {
    m.callable = callable;
    m.self = self;
    m.receiverType = receiverType;
    m.spec = spec;
  }
  return spec;
}
