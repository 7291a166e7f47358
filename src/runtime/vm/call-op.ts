// The CALL instruction (Python/bytecodes.c CALL, 3.11's PRECALL and CALL): its specialization's
// step, then a Python callee's frame pushed for the evaluation loop to run, or the call made here.
import { R } from '../state';
import type { Frame } from './frame';
import { call, unpackBoundMethod } from './calls';
import { inlinableCall, inlinableInit, pushFrame, pushInitFrame } from './inline-frames';
import { Spec } from './specialize';
import { callEntersInit, callSiteStep } from './specialize-call';

/** CALL at pc with n arguments in f: the callee's frame it pushed (the loop resumes it), or null when the call is done. */
export function callOp(f: Frame, pc: number, n: number): Frame | null {
  // 3.12+: no super() call; the attribute's load makes it if it must (LOAD_SUPER_ATTR).
  if (f.code.superCalls.has(pc)) return null;
  // The call site's specialization makes no arguments tuple (vm/specialize-call.ts).
  const site = R.minor === 11 || R.minor === 12 ? callSiteStep(f, pc, n) : Spec.None;
  const specialized = R.minor >= 13 ? callEntersInit(f, pc, n) : site === Spec.CallStr1;
  unpackBoundMethod(f, n);
  if (inlinableCall(f, n, false)) return pushFrame(f, n, null);
  const init = inlinableInit(f, n);
  if (init !== null) return pushInitFrame(f, n, init, specialized);
  call(f, n, null, specialized, R.minor === 11 ? site !== Spec.CallStr1 && site !== Spec.CallUnchecked : null);
  // CALL's CHECK_EVAL_BREAKER after a call that ran no frame here (3.12+ bytecodes.c).
  if (R.heap.gc.scheduled) R.heap.gc.runScheduled();
  return null;
}
