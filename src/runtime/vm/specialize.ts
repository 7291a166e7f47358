// What BINARY_OP's specializations change in memory (Python/specialize.c
// _Py_Specialize_BinaryOp, bytecodes.c): from 3.11, `s += t` into the local holding s grows
// s in place (BINARY_OP_INPLACE_ADD_UNICODE); from 3.12, float + - * write the result into
// an operand only the stack holds (DECREF_INPUTS_AND_REUSE_FLOAT). Each instruction keeps
// its adaptive counter as CPython's inline cache does, so both start when CPython's do.
import { floatType, newFloat, PyFloat } from '../objects/float';
import { intType } from '../objects/int';
import type { PyCode } from '../objects/code';
import type { PyObject } from '../objects/object';
import { unicodeAppend } from '../objects/str-append';
import { PyStr, strType } from '../objects/str';
import { R } from '../state';
import { Op } from '../compiler/opcodes';
import type { Frame } from './frame';

/** The oparg of NB_ADD, NB_MULTIPLY and NB_SUBTRACT (Include/internal/pycore_opcode_utils.h); in-place forms add 13. */
const NB_ADD = 0;
const NB_MULTIPLY = 5;
const NB_SUBTRACT = 10;
const NB_INPLACE = 13;

export const enum Spec {
  None = 0,
  /** BINARY_OP_*_INT, BINARY_OP_ADD_UNICODE and 3.11's BINARY_OP_*_FLOAT allocate as the generic form does. */
  Int = 1,
  Unicode = 2,
  FloatNoReuse = 3,
  Float = 4,
  InplaceUnicode = 5,
  /** 3.13's CALL_ALLOC_AND_ENTER_INIT, and a CALL's other specializations (vm/specialize-call.ts). */
  CallInit = 6,
  CallOther = 7,
  /** 3.12+'s LOAD_SUPER_ATTR_ATTR and LOAD_SUPER_ATTR_METHOD (vm/super-attr.ts). */
  SuperAttr = 8,
  /** 3.11's PRECALL_NO_KW_STR_1, 3.12's CALL_NO_KW_STR_1: str(x) with no arguments tuple (vm/specialize-call.ts). */
  CallStr1 = 9,
  /** 3.11's call forms that skip the depth check, and COMPARE_OP_INT/FLOAT/STR_JUMP (vm/specialize-3-11.ts). */
  CallUnchecked = 10,
  CompareInt = 11,
  CompareFloat = 12,
  CompareStr = 13,
}

/** A cache entry: the specialization in bits 0-3, the counter's backoff in 4-7, its value above (Include/internal/pycore_code.h). */
const pack = (value: number, backoff: number, spec: Spec): number => (value << 8) | (backoff << 4) | spec;
export const specOf = (c: number): Spec => (c & 15) as Spec;
const backoffOf = (c: number): number => (c >>> 4) & 15;
const valueOf = (c: number): number => c >>> 8;
/** 3.12+'s adaptive_counter_warmup: value 1, backoff 1, so an instruction specializes on its second execution. */
const WARMUP = pack(1, 1, Spec.None);
/** 3.11 quickens a code object after 8 calls and loop iterations, its counters at 0: it specializes at once. */
const QUICKENED = pack(0, 0, Spec.None);
/** Misses a specialization takes: 3.12+'s adaptive_counter_cooldown (52 more), 3.11's miss_counter_start (53 in all). */
const COOLDOWN_VALUE = 52;
const MISS_COUNTER_3_11 = 53;
/** 3.11's adaptive_counter_start, where a specialization that missed too often goes back to. */
const RESTART_3_11 = pack(31, 5, Spec.None);
const MAX_BACKOFF = 12;

/** The BINARY_OP wrote its result into the local the next STORE_FAST names, and that store is done. */
export const STORED = 'stored';

/**
 * 3.11's _PyCode_Warmup, at each RESUME (a call starting, a generator resuming) and
 * JUMP_BACKWARD: the code is quickened when its count reaches 0.
 */
export function warmUp(code: PyCode): void {
  if (code.warmup < 0 && ++code.warmup === 0) code.inlineCache = new Int32Array(code.code.length >> 1).fill(QUICKENED);
}

/** The code's inline caches, made at the first use under 3.12+ (each instruction starts warming up). */
export function instructionCache(code: PyCode): Int32Array {
  return (code.inlineCache ??= new Int32Array(code.code.length >> 1).fill(WARMUP));
}

/**
 * An execution of the generic form of the instruction whose cache is cache[i] (3.12+: none
 * specialized yet, or a specialization missed): count down, or at 0 take the specialization
 * `choose` names (its cooldown then starts) or back off. Returns what this execution runs.
 */
export function adaptiveStep(cache: Int32Array, i: number, choose: () => Spec): Spec {
  return countDown(cache, i) ? Spec.None : specializeTo(cache, i, choose());
}

/** adaptiveStep with the specialization known beforehand (no closure on a hot path). */
export function adaptiveStepTo(cache: Int32Array, i: number, s: Spec): Spec {
  return countDown(cache, i) ? Spec.None : specializeTo(cache, i, s);
}

/** Is the adaptive counter at 0: does the generic form's next execution specialize? */
export function counterDue(cache: Int32Array, i: number): boolean {
  return valueOf(cache[i]) === 0;
}

/** The adaptive counter counts down; false when it is at 0 (the instruction specializes now). */
function countDown(cache: Int32Array, i: number): boolean {
  const c = cache[i];
  const value = valueOf(c);
  if (value === 0) return false;
  cache[i] = pack(value - 1, backoffOf(c), specOf(c));
  return true;
}

/** The adaptive instruction at cache[i] specializes to s, or backs off when s is None. */
function specializeTo(cache: Int32Array, i: number, s: Spec): Spec {
  const c = cache[i];
  if (s === Spec.None) {
    // adaptive_counter_backoff: wait 2**backoff - 1 executions before the next try, this one
    // the first: DISPATCH_SAME_OPARG runs the instruction again, and its generic form counts.
    const backoff = Math.min(backoffOf(c) + 1, MAX_BACKOFF);
    cache[i] = pack((1 << backoff) - 2, backoff, Spec.None);
  } else cache[i] = pack(R.minor === 11 ? MISS_COUNTER_3_11 : COOLDOWN_VALUE, 0, s);
  return s;
}

/** A 3.11 specialized instruction missed (ceval.c miss:): its count of misses down, at 0 back to the adaptive form. */
export function missed3_11(cache: Int32Array, i: number): void {
  const c = cache[i];
  const misses = valueOf(c) - 1;
  cache[i] = misses === 0 ? RESTART_3_11 : pack(misses, 0, specOf(c));
}

/**
 * BINARY_OP at pc of f's code on a and b (the stack's references) under 3.11+: the result
 * when a specialized form with its own memory behaviour ran, STORED when it stored the
 * result itself, else null for the generic path, with the instruction's counter advanced.
 */
export function specializedBinaryOp(f: Frame, pc: number, a: PyObject, b: PyObject, oparg: number): PyObject | typeof STORED | null {
  const nb = oparg >= NB_INPLACE ? oparg - NB_INPLACE : oparg;
  if (nb !== NB_ADD && nb !== NB_MULTIPLY && nb !== NB_SUBTRACT) return null;
  const code = f.code;
  if (code.inlineCache === null && R.minor === 11) return null;
  const cache = instructionCache(code);
  const i = pc >> 1;
  // specializedStep, written out: no closure per arithmetic instruction.
  const spec = specOf(cache[i]);
  let s: Spec;
  if (spec !== Spec.None && hits(f, pc, a, b, spec)) s = spec;
  else if (spec !== Spec.None && R.minor === 11) {
    missed3_11(cache, i);
    s = Spec.None;
  } else s = countDown(cache, i) ? Spec.None : specializeTo(cache, i, specialization(f, pc, a, b, nb));
  if (s === Spec.Float) return reuseFloat(a as PyFloat, b as PyFloat, nb);
  if (s === Spec.InplaceUnicode) return appendToLocal(f, pc, a as PyStr, b as PyStr);
  return null;
}

/**
 * An execution of the instruction whose cache is cache[i] (3.11+): its specialization if it
 * has one that `hits` these operands, else the generic form's (adaptiveStep). A miss: 3.11
 * counts misses down, then goes back to the adaptive form; 3.12+ runs the generic form, which counts.
 */
export function specializedStep(cache: Int32Array, i: number, hits: (spec: Spec) => boolean, choose: () => Spec): Spec {
  const c = cache[i];
  const spec = specOf(c);
  if (spec !== Spec.None) {
    if (hits(spec)) return spec;
    if (R.minor === 11) {
      missed3_11(cache, i);
      return Spec.None;
    }
  }
  return adaptiveStep(cache, i, choose);
}

/** Does BINARY_OP's specialization take these operands (its DEOPT_IFs pass)? */
function hits(f: Frame, pc: number, a: PyObject, b: PyObject, spec: Spec): boolean {
  const ta = a.ob_type;
  if (ta !== b.ob_type) return false;
  switch (spec) {
    case Spec.Float:
      return ta === floatType;
    case Spec.InplaceUnicode:
      return ta === strType && f.fast[f.code.code[pc + 3]] === a;
    case Spec.Int:
      return ta === intType;
    case Spec.Unicode:
      return ta === strType;
    case Spec.FloatNoReuse:
      return ta === floatType;
  }
  return false;
}

/** _Py_Specialize_BinaryOp's choice for these operands. */
function specialization(f: Frame, pc: number, a: PyObject, b: PyObject, nb: number): Spec {
  const t = a.ob_type;
  if (t !== b.ob_type) return Spec.None;
  if (t === strType) return nb !== NB_ADD ? Spec.None : storesToLeft(f, pc, a) ? Spec.InplaceUnicode : Spec.Unicode;
  if (t === intType) return Spec.Int;
  if (t === floatType) return R.minor >= 12 ? Spec.Float : Spec.FloatNoReuse;
  return Spec.None;
}

/**
 * Is the next instruction a STORE_FAST into the local holding a? 3.13 first merges a
 * STORE_FAST and a LOAD_FAST or STORE_FAST after it on the same line into one instruction
 * (Python/flowgraph.c insert_superinstructions), which the check does not accept.
 */
function storesToLeft(f: Frame, pc: number, a: PyObject): boolean {
  const code = f.code;
  if (code.code[pc + 2] !== Op.STORE_FAST || f.fast[code.code[pc + 3]] !== a) return false;
  if (R.minor < 13) return true;
  const after = code.code[pc + 4];
  const merged =
    (after === Op.LOAD_FAST || after === Op.STORE_FAST) && code.lines[(pc + 4) >> 1] === code.lines[(pc + 2) >> 1] && code.code[pc + 3] < 16 && code.code[pc + 5] < 16;
  return !merged;
}

/** BINARY_OP_INPLACE_ADD_UNICODE: the stack lets go of a, the local grows by b, and the STORE_FAST is skipped. */
function appendToLocal(f: Frame, pc: number, a: PyStr, b: PyStr): typeof STORED {
  const local = f.code.code[pc + 3];
  R.heap.decref(a);
  const r = unicodeAppend(a, b);
  f.fast[local] = r;
  R.heap.decref(b);
  R.heap.bind(f.code.varnames[local], r);
  f.pc = pc + 4;
  return STORED;
}

/** DECREF_INPUTS_AND_REUSE_FLOAT: the left operand if the stack holds it alone, else the right, else a new float. */
function reuseFloat(a: PyFloat, b: PyFloat, nb: number): PyObject {
  const v = nb === NB_ADD ? a.value + b.value : nb === NB_SUBTRACT ? a.value - b.value : a.value * b.value;
  if (a.h.ob_refcnt === 1) {
    a.value = v;
    R.heap.decref(b);
    return a;
  }
  if (b.h.ob_refcnt === 1) {
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
