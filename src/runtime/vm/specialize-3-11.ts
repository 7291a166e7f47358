// Which of 3.11's CALLs and COMPARE_OPs check the depth (Python/ceval.c, specialize.c): C calls
// count with the frames there, but a specialized instruction may skip the check the generic
// path makes (cfunction_enter_call, PyObject_RichCompare). Each keeps its inline cache's state.
import { intType, isMedium, PyInt } from '../objects/int';
import { floatType } from '../objects/float';
import { strType, type PyStr } from '../objects/str';
import { CmpOp, type PyObject } from '../objects/object';
import { Op } from '../compiler/opcodes';
import { adaptiveStepTo, missed3_11, Spec, specOf } from './specialize';
import { callableSpec } from './specialize-callable';
import type { Frame } from './frame';

/**
 * The CALL running in f (3.11) of a builtin: does it check the depth? The code not yet
 * quickened, or the instruction not specialized (or missing), runs the generic CALL, which does.
 */
export function callChecks3_11(f: Frame, callable: PyObject, args: readonly PyObject[], kwnames: readonly PyStr[] | null): boolean {
  const cache = f.code.inlineCache;
  if (cache === null) return true;
  const i = (f.pc - 2) >> 1;
  // Only whether this call skips the check matters here: every other form is one (None).
  const form = callableSpec(callable, false, args.length > 0 ? args[0] : null, args.length, kwnames !== null && kwnames.length > 0);
  const s = form === Spec.CallUnchecked || form === Spec.CallStr1 ? Spec.CallUnchecked : Spec.None;
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
