// The evaluation loop's operator instructions (Python/ceval.c BINARY_OP, COMPARE_OP,
// CONTAINS_OP, the subscript and unary instructions): each pops its operands from the frame's
// stack, releases them in CPython's order, and pushes the result.
import * as abs from '../objects/abstract';
import { CmpOp, PyObject } from '../objects/object';
import { False, True } from '../objects/singletons';
import { PyStr, strType } from '../objects/str';
import { cmpResult, intCompare, intType, newInt, PyInt } from '../objects/int';
import { Op } from '../compiler/opcodes';
import { R } from '../state';
import { checkRecursion } from './budget';
import { compareChecks3_11 } from './specialize-3-11';
import { Frame } from './frame';
import { specializedBinaryOp, STORED } from './specialize';
import { unicodeConcatenate } from './str-concat';

const NB_SLOTS = [
  'nb_add',
  'nb_and',
  'nb_floor_divide',
  'nb_lshift',
  'nb_matrix_multiply',
  'nb_multiply',
  'nb_remainder',
  'nb_or',
  'nb_power',
  'nb_rshift',
  'nb_subtract',
  'nb_true_divide',
  'nb_xor',
] as const;

const NB_MULTIPLY = NB_SLOTS.indexOf('nb_multiply');
const NB_ADD = NB_SLOTS.indexOf('nb_add');
const NB_SUBTRACT = NB_SLOTS.indexOf('nb_subtract');

/**
 * a + b, a - b or a * b of two exact ints of one digit whose result fits a double exactly
 * (BINARY_OP_ADD_INT, BINARY_OP_SUBTRACT_INT and BINARY_OP_MULTIPLY_INT of 3.11+), or null
 * for the general path. The result is made by newInt, as the int slots make it.
 */
function intArith(a: PyObject, b: PyObject, arg: number): PyObject | null {
  if (a.ob_type !== intType || b.ob_type !== intType) return null;
  const x = a as PyInt;
  const y = b as PyInt;
  // Past one digit (IS_MEDIUM_VALUE) x_add, x_sub and x_mul size the result (intops.ts).
  if (x.big !== null || y.big !== null || !(Math.abs(x.n) < 1073741824 && Math.abs(y.n) < 1073741824)) return null;
  const op = arg >= 13 ? arg - 13 : arg;
  // + 0 turns the -0 of 0 * -n into 0.
  const r = op === NB_ADD ? x.n + y.n : op === NB_SUBTRACT ? x.n - y.n : op === NB_MULTIPLY ? x.n * y.n + 0 : NaN;
  return Number.isSafeInteger(r) ? newInt(r) : null;
}

/**
 * A binary instruction that fails: CPython releases both operands, left first (ceval.c
 * BINARY_OP, COMPARE_OP, CONTAINS_OP, BINARY_SUBSCR), before it unwinds; the left one, still
 * on the stack, leaves it.
 */
function releaseOperands(f: Frame, a: PyObject, b: PyObject): void {
  f.stack[--f.sp] = null;
  R.heap.decref(a);
  R.heap.decref(b);
}

/** The result of a binary instruction replaces its left operand; both are released, left first. */
function replaceOperands(f: Frame, a: PyObject, b: PyObject, r: PyObject): void {
  f.stack[f.sp - 1] = r;
  R.heap.decref(a);
  R.heap.decref(b);
}

/** COMPARE_OP of two exact ints (COMPARE_OP_INT of 3.12+), or null for the general path. */
function exactIntCompare(a: PyObject, b: PyObject, op: CmpOp): PyObject | null {
  if (a.ob_type !== intType || b.ob_type !== intType) return null;
  const r = cmpResult(intCompare(a as PyInt, b as PyInt), op) ? True : False;
  R.heap.incref(r);
  return r;
}

/** BINARY_OP (3.11+; BINARY_* and INPLACE_* before): arg is the NB_SLOTS index, plus 13 for the in-place form. */
export function binaryOpInstr(f: Frame, pc: number, arg: number): void {
  const stack = f.stack;
  const b = stack[--f.sp]!;
  const a = stack[f.sp - 1]!;
  if (R.minor >= 11) {
    const s = specializedBinaryOp(f, pc, a, b, arg);
    if (s === STORED) {
      stack[--f.sp] = null;
      return;
    }
    if (s !== null) {
      stack[f.sp - 1] = s;
      return;
    }
  } else if ((arg === NB_ADD || arg === NB_ADD + 13) && a.ob_type === strType && b.ob_type === strType) {
    stack[f.sp - 1] = unicodeConcatenate(f, a as PyStr, b as PyStr);
    R.heap.decref(b);
    return;
  }
  let r: PyObject;
  try {
    let res = intArith(a, b, arg);
    if (res === null) {
      res = arg >= 13 ? abs.inplaceOp(a, b, NB_SLOTS[arg - 13]) : abs.binaryOp(a, b, NB_SLOTS[arg]);
    }
    r = res;
  } catch (e) {
    releaseOperands(f, a, b);
    throw e;
  }
  replaceOperands(f, a, b, r);
}

/** UNARY_NEGATIVE, UNARY_POSITIVE and UNARY_INVERT. */
export function unaryOpInstr(f: Frame, op: number): void {
  const a = f.stack[f.sp - 1]!;
  const slot = op === Op.UNARY_NEGATIVE ? 'nb_negative' : op === Op.UNARY_POSITIVE ? 'nb_positive' : 'nb_invert';
  f.stack[f.sp - 1] = abs.unaryOp(a, slot);
  R.heap.decref(a);
}

/** COMPARE_OP; arg is the CmpOp. */
export function compareOpInstr(f: Frame, arg: number): void {
  const b = f.stack[--f.sp]!;
  const a = f.stack[f.sp - 1]!;
  let r: PyObject;
  try {
    // COMPARE_OP calls PyObject_RichCompare for ints too, which checks the depth (3.8-3.10;
    // 3.11 unless the instruction runs specialized).
    const checks = R.minor <= 10 || (R.minor === 11 && compareChecks3_11(f, a, b, arg as CmpOp));
    if (checks && a.ob_type === intType && b.ob_type === intType) checkRecursion(' in comparison');
    r = exactIntCompare(a, b, arg as CmpOp) ?? (checks ? abs.richCompare(a, b, arg as CmpOp) : abs.richCompareUnchecked(a, b, arg as CmpOp));
  } catch (e) {
    releaseOperands(f, a, b);
    throw e;
  }
  replaceOperands(f, a, b, r);
}

/** CONTAINS_OP: `a in b`, or `a not in b` where arg is 1. */
export function containsOpInstr(f: Frame, arg: number): void {
  const b = f.stack[--f.sp]!;
  const a = f.stack[f.sp - 1]!;
  let found: boolean;
  try {
    found = abs.contains(b, a);
  } catch (e) {
    releaseOperands(f, a, b);
    throw e;
  }
  const r = found !== (arg === 1) ? True : False;
  R.heap.incref(r);
  replaceOperands(f, a, b, r);
}

/** BINARY_SUBSCR: o[k]. */
export function binarySubscr(f: Frame): void {
  const k = f.stack[--f.sp]!;
  const o = f.stack[f.sp - 1]!;
  let r: PyObject;
  try {
    r = abs.getItem(o, k);
  } catch (e) {
    releaseOperands(f, o, k);
    throw e;
  }
  replaceOperands(f, o, k, r);
}

/** STORE_SUBSCR (o[k] = v), or DELETE_SUBSCR (del o[k]) where del is set. */
export function storeSubscr(f: Frame, del: boolean): void {
  const stack = f.stack;
  const k = stack[--f.sp]!;
  const o = stack[--f.sp]!;
  const v = del ? null : stack[--f.sp]!;
  try {
    abs.setItem(o, k, v);
  } finally {
    // STORE_SUBSCR releases the value, the container, then the key.
    if (v !== null) R.heap.decref(v);
    R.heap.decref(o);
    R.heap.decref(k);
  }
}
