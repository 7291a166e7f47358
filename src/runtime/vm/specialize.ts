// 3.12+'s float arithmetic once BINARY_OP has specialized (Python/specialize.c
// _Py_Specialize_BinaryOp; bytecodes.c BINARY_OP_{ADD,SUBTRACT,MULTIPLY}_FLOAT and
// DECREF_INPUTS_AND_REUSE_FLOAT): the result is written into an operand only the stack
// holds, so a chain like `i * scale + offset` allocates one float, not two.
import { floatType, newFloat, PyFloat } from '../objects/float';
import { intType } from '../objects/int';
import type { PyCode } from '../objects/code';
import type { PyObject } from '../objects/object';
import { strType } from '../objects/str';
import { R } from '../state';

/** The oparg of NB_ADD, NB_MULTIPLY and NB_SUBTRACT (Include/internal/pycore_opcode_utils.h); in-place forms add 13. */
const NB_ADD = 0;
const NB_MULTIPLY = 5;
const NB_SUBTRACT = 10;
const NB_INPLACE = 13;

const enum Spec {
  None = 0,
  Float = 1,
  /** Specialized for ints or strs, whose forms allocate as the generic one does. */
  Other = 2,
}

/** A cache entry: the specialization in bits 0-1, the counter's backoff in 2-5, its value above (Include/internal/pycore_code.h). */
const pack = (value: number, backoff: number, spec: Spec): number => (value << 6) | (backoff << 2) | spec;
/** adaptive_counter_warmup: ADAPTIVE_WARMUP_VALUE 1, backoff 1, so an instruction specializes on its second execution. */
const WARMUP = pack(1, 1, Spec.None);
/** adaptive_counter_cooldown after a specialization: 52 misses before trying again. */
const COOLDOWN_VALUE = 52;
const MAX_BACKOFF = 12;

/**
 * BINARY_OP at pc of code on a and b (the stack's references) under 3.12+: the result when
 * the specialized float form ran (it has released the operand it did not reuse), else null
 * for the generic path, with the instruction's adaptive counter advanced as CPython's.
 */
export function specializedBinaryOp(code: PyCode, pc: number, a: PyObject, b: PyObject, oparg: number): PyObject | null {
  const nb = oparg >= NB_INPLACE ? oparg - NB_INPLACE : oparg;
  if (nb !== NB_ADD && nb !== NB_MULTIPLY && nb !== NB_SUBTRACT) return null;
  const cache = (code.binaryOpCache ??= new Int32Array(code.code.length >> 1).fill(WARMUP));
  const i = pc >> 1;
  const c = cache[i];
  const floats = a.ob_type === floatType && b.ob_type === floatType;
  if ((c & 3) === Spec.Float && floats) return reuseFloat(a as PyFloat, b as PyFloat, nb);
  let value = c >>> 6;
  let backoff = (c >>> 2) & 15;
  if (value === 0) {
    const t = a.ob_type;
    if (t === b.ob_type && (floats || t === intType || (nb === NB_ADD && t === strType))) {
      cache[i] = pack(COOLDOWN_VALUE, 0, floats ? Spec.Float : Spec.Other);
      return floats ? reuseFloat(a as PyFloat, b as PyFloat, nb) : null;
    }
    // adaptive_counter_backoff: wait 2**backoff - 1 executions before the next try.
    backoff = Math.min(backoff + 1, MAX_BACKOFF);
    cache[i] = pack((1 << backoff) - 1, backoff, Spec.None);
    return null;
  }
  cache[i] = pack(value - 1, backoff, (c & 3) as Spec);
  return null;
}

/** DECREF_INPUTS_AND_REUSE_FLOAT: the left operand if the stack holds it alone, else the right, else a new float. */
function reuseFloat(a: PyFloat, b: PyFloat, nb: number): PyObject {
  const v = nb === NB_ADD ? a.value + b.value : nb === NB_SUBTRACT ? a.value - b.value : a.value * b.value;
  if (a.ob_refcnt === 1) {
    a.value = v;
    R.heap.decref(b);
    return a;
  }
  if (b.ob_refcnt === 1) {
    b.value = v;
    R.heap.decref(a);
    return b;
  }
  // Neither is freed here (_Py_DECREF_NO_DEALLOC): each is held elsewhere too.
  const r = newFloat(v);
  R.heap.decref(a);
  R.heap.decref(b);
  return r;
}
