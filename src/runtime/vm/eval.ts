// The evaluation loop (Python/ceval.c): runs a frame's instructions until it
// returns, yields or lets an exception escape; every instruction first tells the heap
// which line is executing, so allocations are attributed to it.
import { PyErr, RunStop, reraiseErr } from '../errors';
import * as abs from '../objects/abstract';
import { PyCell } from '../objects/function';
import { nameNotDefined, pyError, UnboundLocalError } from '../objects/exceptions';
import { newListFrom, PyList, listAppend } from '../objects/list';
import { CmpOp, PyObject } from '../objects/object';
import { False, True } from '../objects/singletons';
import { PyStr, strType } from '../objects/str';
import { cmpResult, intCompare, intType, newInt, PyInt } from '../objects/int';
import { newTuple, PyTuple } from '../objects/tuple';
import { R } from '../state';
import { Op } from '../compiler/opcodes';
import type { PyCode } from '../objects/code';
import { Frame } from './frame';
import { checkRepeatBudget, recursionError, stepBudget } from './budget';
import { loadClassDeref, loadGlobal, loadName, storeName, unboundDeref } from './names';
import { call, callEx, loadMethod } from './calls';
import { inlinableCall, inlinableInit, outerFrame, popFrame, popInitFrame, pushComprehensionFrame, pushFrame, pushInitFrame } from './inline-frames';
import { addTraceback, excMatches, popExcInfo, pushExcInfo, raise } from './raise';
import { slowOp } from './slow-ops';
import { specializedBinaryOp, STORED, warmUp } from './specialize';
import { callEntersInit } from './specialize-call';
import { unicodeConcatenate } from './str-concat';
import { VM } from './vmstate';
import { handlerTraceLine, LINE_MASK, RANGE_START, RETURN_TRACES, tracesAfterCall } from './line-ranges';

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

/** COMPARE_OP of two exact ints (COMPARE_OP_INT of 3.12+), or null for the general path. */
function exactIntCompare(a: PyObject, b: PyObject, op: CmpOp): PyObject | null {
  if (a.ob_type !== intType || b.ob_type !== intType) return null;
  const r = cmpResult(intCompare(a as PyInt, b as PyInt), op) ? True : False;
  R.heap.incref(r);
  return r;
}

/** Run f until it returns (the result, a new reference) or yields (f.yielded is set). */
export function evalFrame(entry: Frame): PyObject {
  // f is the frame executing: entry, or a frame an inlined CALL pushed on top of it.
  // No closure may capture these: the loop keeps them in registers, not in a context object.
  let f = entry;
  let code: PyCode;
  let instr: Int32Array;
  let lines: Int32Array;
  let stack: (PyObject | null)[];
  let fast: (PyObject | null)[];
  const heap = R.heap;
  const lineRanges = R.minor <= 9;
  f.back = VM.frame;
  VM.frame = f;
  f.state = 'running';
  f.yielded = false;
  // A resumed generator goes on at its line: what it does until the next line is the callee's.
  if (f.line !== 0) heap.resumeLine(f.line);
  // RESUME: a frame starting or a generator resuming warms its code up (3.11).
  if (R.minor === 11) warmUp(f.code);
  try {
    frames: for (;;) {
      // A call pushed a frame, a return or an exception popped one: the loop runs f from here.
      code = f.code;
      instr = code.code;
      lines = code.lines;
      stack = f.stack;
      fast = f.fast;
      try {
        for (;;) {
          const pc = f.pc;
          const op = instr[pc];
          const arg = instr[pc + 1];
          f.pc = pc + 2;
          const line = lines[pc >> 1];
          // A new line, or a jump back (a loop's next pass), is one more execution, as CPython's
          // line tracing counts them (ceval.c maybe_call_line_trace); a silent instruction
          // (line < 0: a loop's jump back, an implicit return) starts none. The step budget
          // counts these: every loop pass and every call passes here, so nothing endless
          // escapes it, and the instructions between pay nothing.
          if ((line !== f.line || pc < f.lastPc) && line > 0) {
            if (lineRanges && line < RANGE_START && pc > f.lastPc) {
              // 3.8/3.9: a jump forward into the middle of a line's range traces nothing.
              heap.resumeLine(line);
              f.line = line;
            } else {
              heap.enterLine(line & LINE_MASK);
              f.line = line & LINE_MASK;
              if (--VM.steps < 0) stepBudget();
            }
          }
          f.lastPc = pc;
          switch (op) {
            case Op.NOP:
              break;
            case Op.POP_TOP:
              heap.decref(stack[--f.sp]!);
              break;
            case Op.COPY: {
              const v = stack[f.sp - arg]!;
              heap.incref(v);
              stack[f.sp++] = v;
              break;
            }
            case Op.SWAP: {
              const i = f.sp - 1;
              const j = f.sp - arg;
              const t = stack[i];
              stack[i] = stack[j];
              stack[j] = t;
              break;
            }
            case Op.PUSH_NULL:
              stack[f.sp++] = null;
              break;
            case Op.LOAD_CONST: {
              const v = code.consts[arg];
              heap.incref(v);
              stack[f.sp++] = v;
              break;
            }
            case Op.LOAD_FAST: {
              const v = fast[arg];
              if (v === null) throw unboundLocal(code.varnames[arg]);
              heap.incref(v);
              stack[f.sp++] = v;
              break;
            }
            case Op.STORE_FAST: {
              const old = fast[arg];
              const v = stack[--f.sp]!;
              fast[arg] = v;
              if (old !== null) heap.decref(old);
              heap.bind(code.varnames[arg], v);
              break;
            }
            case Op.DELETE_FAST: {
              const old = fast[arg];
              if (old === null) throw unboundLocal(code.varnames[arg]);
              fast[arg] = null;
              heap.decref(old);
              break;
            }
            case Op.LOAD_NAME:
              stack[f.sp++] = loadName(f, code.names[arg] as PyStr, pc);
              break;
            case Op.STORE_NAME: {
              const v = stack[--f.sp]!;
              storeName(f.locals!, code.names[arg] as PyStr, v, code, pc);
              heap.bind((code.names[arg] as PyStr).value, v);
              break;
            }
            case Op.DELETE_NAME:
              if (!f.locals!.delete(code.names[arg])) {
                throw nameNotDefined((code.names[arg] as PyStr).value);
              }
              break;
            case Op.LOAD_GLOBAL:
              stack[f.sp++] = loadGlobal(f, code.names[arg] as PyStr, pc);
              break;
            case Op.STORE_GLOBAL: {
              const v = stack[--f.sp]!;
              storeName(f.globals, code.names[arg] as PyStr, v, code, pc);
              heap.bind((code.names[arg] as PyStr).value, v);
              break;
            }
            case Op.DELETE_GLOBAL:
              if (!f.globals.delete(code.names[arg])) {
                throw nameNotDefined((code.names[arg] as PyStr).value);
              }
              break;
            case Op.LOAD_DEREF: {
              const v = (fast[arg] as PyCell).ref;
              if (v === null) throw unboundDeref(f, arg);
              heap.incref(v);
              stack[f.sp++] = v;
              break;
            }
            case Op.LOAD_CLASSDEREF:
              stack[f.sp++] = loadClassDeref(f, arg);
              break;
            case Op.STORE_DEREF: {
              const cell = fast[arg] as PyCell;
              const old = cell.ref;
              cell.ref = stack[--f.sp];
              if (old !== null) heap.decref(old);
              break;
            }
            case Op.DELETE_DEREF: {
              const cell = fast[arg] as PyCell;
              if (cell.ref === null) throw unboundDeref(f, arg);
              const old = cell.ref;
              cell.ref = null;
              heap.decref(old);
              break;
            }
            case Op.LOAD_CLOSURE: {
              const c = fast[arg]!;
              heap.incref(c);
              stack[f.sp++] = c;
              break;
            }
            case Op.LOAD_ATTR: {
              const o = stack[f.sp - 1]!;
              stack[f.sp - 1] = abs.getAttr(o, code.names[arg] as PyStr);
              heap.decref(o);
              break;
            }
            case Op.STORE_ATTR: {
              const o = stack[--f.sp]!;
              const v = stack[--f.sp]!;
              try {
                abs.setAttr(o, code.names[arg] as PyStr, v);
              } finally {
                heap.decref(v);
                heap.decref(o);
              }
              break;
            }
            case Op.DELETE_ATTR: {
              const o = stack[--f.sp]!;
              try {
                abs.setAttr(o, code.names[arg] as PyStr, null);
              } finally {
                heap.decref(o);
              }
              break;
            }
            case Op.LOAD_METHOD:
              loadMethod(f, code.names[arg] as PyStr);
              break;
            case Op.LOAD_OUTER: {
              const t = outerFrame(f, arg);
              const v = t.fast[arg & 0xffff];
              if (v === null) throw unboundLocal(t.code.varnames[arg & 0xffff]);
              heap.incref(v);
              stack[f.sp++] = v;
              break;
            }
            case Op.STORE_OUTER: {
              const t = outerFrame(f, arg);
              const old = t.fast[arg & 0xffff];
              const v = stack[--f.sp]!;
              t.fast[arg & 0xffff] = v;
              if (old !== null) heap.decref(old);
              heap.bind(t.code.varnames[arg & 0xffff], v);
              break;
            }
            case Op.DELETE_OUTER: {
              const t = outerFrame(f, arg);
              const old = t.fast[arg & 0xffff];
              if (old === null) throw unboundLocal(t.code.varnames[arg & 0xffff]);
              t.fast[arg & 0xffff] = null;
              heap.decref(old);
              break;
            }
            case Op.CALL_COMPREHENSION:
              f = pushComprehensionFrame(f, arg);
              continue frames;
            case Op.CALL: {
              const entersInit = R.minor >= 13 && callEntersInit(f, pc, arg);
              if (inlinableCall(f, arg, false)) {
                f = pushFrame(f, arg, null);
                if (R.minor === 11) warmUp(f.code);
                continue frames;
              }
              const init = inlinableInit(f, arg);
              if (init !== null) {
                f = pushInitFrame(f, arg, init, entersInit);
                if (R.minor === 11) warmUp(f.code);
                continue frames;
              }
              call(f, arg, null, entersInit);
              break;
            }
            case Op.CALL_KW: {
              const kw = stack[--f.sp] as PyTuple;
              try {
                if (inlinableCall(f, arg, true)) {
                  f = pushFrame(f, arg, kw.items as PyStr[]);
                  if (R.minor === 11) warmUp(f.code);
                  continue frames;
                }
                call(f, arg, kw.items as PyStr[]);
              } finally {
                heap.decref(kw);
              }
              break;
            }
            case Op.CALL_FUNCTION_EX:
              callEx(f, arg);
              break;
            case Op.BINARY_OP: {
              const b = stack[--f.sp]!;
              const a = stack[f.sp - 1]!;
              if (R.minor >= 11) {
                const s = specializedBinaryOp(f, pc, a, b, arg);
                if (s === STORED) {
                  stack[--f.sp] = null;
                  break;
                }
                if (s !== null) {
                  stack[f.sp - 1] = s;
                  break;
                }
              } else if ((arg === NB_ADD || arg === NB_ADD + 13) && a.ob_type === strType && b.ob_type === strType) {
                stack[f.sp - 1] = unicodeConcatenate(f, a as PyStr, b as PyStr);
                heap.decref(b);
                break;
              }
              let r: PyObject;
              try {
                let res = intArith(a, b, arg);
                if (res === null) {
                  if (arg === NB_MULTIPLY || arg === NB_MULTIPLY + 13) checkRepeatBudget(a, b);
                  res = arg >= 13 ? abs.inplaceOp(a, b, NB_SLOTS[arg - 13]) : abs.binaryOp(a, b, NB_SLOTS[arg]);
                }
                r = res;
              } catch (e) {
                releaseOperands(f, a, b);
                throw e;
              }
              stack[f.sp - 1] = r;
              heap.decref(a);
              heap.decref(b);
              break;
            }
            case Op.UNARY_NEGATIVE:
            case Op.UNARY_POSITIVE:
            case Op.UNARY_INVERT: {
              const a = stack[f.sp - 1]!;
              const slot = op === Op.UNARY_NEGATIVE ? 'nb_negative' : op === Op.UNARY_POSITIVE ? 'nb_positive' : 'nb_invert';
              stack[f.sp - 1] = abs.unaryOp(a, slot);
              heap.decref(a);
              break;
            }
            case Op.UNARY_NOT: {
              const a = stack[f.sp - 1]!;
              const t = abs.isTrue(a);
              stack[f.sp - 1] = t ? False : True;
              heap.incref((t ? False : True));
              heap.decref(a);
              break;
            }
            case Op.COMPARE_OP: {
              const b = stack[--f.sp]!;
              const a = stack[f.sp - 1]!;
              let r: PyObject;
              try {
                r = exactIntCompare(a, b, arg as CmpOp) ?? abs.richCompare(a, b, arg as CmpOp);
              } catch (e) {
                releaseOperands(f, a, b);
                throw e;
              }
              stack[f.sp - 1] = r;
              heap.decref(a);
              heap.decref(b);
              break;
            }
            case Op.IS_OP: {
              const b = stack[--f.sp]!;
              const a = stack[f.sp - 1]!;
              const r = (a === b) !== (arg === 1) ? True : False;
              heap.incref(r);
              stack[f.sp - 1] = r;
              heap.decref(a);
              heap.decref(b);
              break;
            }
            case Op.CONTAINS_OP: {
              const b = stack[--f.sp]!;
              const a = stack[f.sp - 1]!;
              let found: boolean;
              try {
                found = abs.contains(b, a);
              } catch (e) {
                releaseOperands(f, a, b);
                throw e;
              }
              const r = found !== (arg === 1) ? True : False;
              heap.incref(r);
              stack[f.sp - 1] = r;
              heap.decref(a);
              heap.decref(b);
              break;
            }
            case Op.BINARY_SUBSCR: {
              const k = stack[--f.sp]!;
              const o = stack[f.sp - 1]!;
              let r: PyObject;
              try {
                r = abs.getItem(o, k);
              } catch (e) {
                releaseOperands(f, o, k);
                throw e;
              }
              stack[f.sp - 1] = r;
              heap.decref(o);
              heap.decref(k);
              break;
            }
            case Op.STORE_SUBSCR: {
              const k = stack[--f.sp]!;
              const o = stack[--f.sp]!;
              const v = stack[--f.sp]!;
              try {
                abs.setItem(o, k, v);
              } finally {
                // STORE_SUBSCR releases the value, the container, then the key.
                heap.decref(v);
                heap.decref(o);
                heap.decref(k);
              }
              break;
            }
            case Op.DELETE_SUBSCR: {
              const k = stack[--f.sp]!;
              const o = stack[--f.sp]!;
              try {
                abs.setItem(o, k, null);
              } finally {
                heap.decref(o);
                heap.decref(k);
              }
              break;
            }
            case Op.BUILD_TUPLE: {
              f.sp -= arg;
              stack[f.sp] = newTuple(stack.slice(f.sp, f.sp + arg) as PyObject[]);
              f.sp++;
              break;
            }
            case Op.BUILD_LIST: {
              f.sp -= arg;
              stack[f.sp] = newListFrom(stack.slice(f.sp, f.sp + arg) as PyObject[]);
              f.sp++;
              break;
            }
            case Op.LIST_APPEND: {
              const v = stack[--f.sp]!;
              listAppend(stack[f.sp - arg] as PyList, v);
              heap.decref(v);
              break;
            }
            case Op.LIST_TO_TUPLE: {
              const l = stack[f.sp - 1] as PyList;
              const items = l.items.slice();
              for (const it of items) heap.incref(it);
              stack[f.sp - 1] = newTuple(items);
              heap.decref(l);
              break;
            }
            case Op.JUMP:
              // JUMP_BACKWARD warms the code up (3.11); a while loop's repeated test does not.
              if (arg < pc && R.minor === 11 && !code.quietBackEdges.has(pc)) warmUp(code);
              f.pc = arg;
              break;
            case Op.POP_JUMP_IF_FALSE: {
              const v = stack[--f.sp]!;
              if (v === False || (v !== True && !abs.isTrue(v))) f.pc = arg;
              heap.decref(v);
              break;
            }
            case Op.POP_JUMP_IF_TRUE: {
              const v = stack[--f.sp]!;
              if (v === True || (v !== False && abs.isTrue(v))) f.pc = arg;
              heap.decref(v);
              break;
            }
            case Op.JUMP_IF_FALSE_OR_POP: {
              const v = stack[f.sp - 1]!;
              if (!abs.isTrue(v)) f.pc = arg;
              else {
                f.sp--;
                heap.decref(v);
              }
              break;
            }
            case Op.JUMP_IF_TRUE_OR_POP: {
              const v = stack[f.sp - 1]!;
              if (abs.isTrue(v)) f.pc = arg;
              else {
                f.sp--;
                heap.decref(v);
              }
              break;
            }
            case Op.GET_ITER: {
              const o = stack[f.sp - 1]!;
              stack[f.sp - 1] = abs.getIter(o);
              heap.decref(o);
              break;
            }
            case Op.FOR_ITER: {
              const it = stack[f.sp - 1]!;
              const v = abs.iterNext(it);
              if (v === null) {
                f.sp--;
                heap.decref(it);
                f.pc = arg;
              } else {
                stack[f.sp++] = v;
              }
              break;
            }
            case Op.RETURN_VALUE: {
              const v = stack[--f.sp]!;
              if (f === entry) {
                f.state = 'done';
                // What a return left on the stack (a finally's return over the try's value) goes with the frame, as popFrame drops it.
                while (f.sp > 0) {
                  const left = stack[--f.sp];
                  if (left !== null) heap.decref(left);
                }
                return v;
              }
              if (f.initSelf !== null) {
                const caller = f.back!;
                const err = popInitFrame(f, v);
                f = caller;
                if (err !== null) throw err;
                continue frames;
              }
              f = popFrame(f);
              f.stack[f.sp++] = v;
              if (R.minor === 12 && tracesAfterCall(f)) f.lastPc = RETURN_TRACES;
              continue frames;
            }
            case Op.YIELD_VALUE: {
              const v = stack[--f.sp]!;
              f.state = 'suspended';
              f.yielded = true;
              return v;
            }
            case Op.SETUP_FINALLY:
              f.blocks.push({ handler: arg, level: f.sp });
              break;
            case Op.SETUP_CLEANUP:
              f.blocks.push({ handler: arg, level: f.sp - 1 });
              break;
            case Op.POP_BLOCK:
              f.blocks.pop();
              break;
            case Op.PUSH_EXC_INFO: {
              const exc = stack[f.sp - 1]!;
              stack[f.sp - 1] = pushExcInfo(exc);
              heap.incref(exc);
              stack[f.sp++] = exc;
              break;
            }
            case Op.POP_EXCEPT:
              popExcInfo(stack[--f.sp]!);
              break;
            case Op.POP_EXCEPT_AND_RERAISE: {
              const exc = stack[--f.sp]!;
              popExcInfo(stack[--f.sp]!);
              throw reraiseErr(exc);
            }
            case Op.RERAISE: {
              const exc = stack[--f.sp]!;
              throw reraiseErr(exc);
            }
            case Op.CHECK_EXC_MATCH: {
              const t = stack[f.sp - 1]!;
              const exc = stack[f.sp - 2]!;
              const m = excMatches(exc, t);
              stack[f.sp - 1] = m ? True : False;
              heap.incref((m ? True : False));
              heap.decref(t);
              break;
            }
            case Op.RAISE_VARARGS:
              raise(f, arg);
              break;
            default:
              slowOp(f, op, arg);
          }
        }
      } catch (e0) {
        let e = e0;
        if (e instanceof RangeError && e.message.startsWith('Maximum call stack')) {
          // The JS stack ran out in a call the loop could not inline (a dunder, a key
          // function): Python's answer to runaway recursion is a RecursionError.
          e = recursionError();
        }
        if (!(e instanceof PyErr)) {
          if (e instanceof RunStop && e.line === 0) e.line = f.line;
          throw e;
        }
        addTraceback(e, f, e.reraise);
        // Its callers did not raise it: each adds its entry.
        e.reraise = false;
        let b = f.blocks.pop();
        while (b === undefined && f !== entry) {
          // The exception leaves an inlined frame: on to its caller's handlers.
          f = popFrame(f);
          addTraceback(e, f, false);
          b = f.blocks.pop();
        }
        if (b === undefined) throw e;
        // Up to 3.11 the handler's frame normalizes a pending error (exception_unwind), on its line.
        const exc = e.exc;
        const fstack = f.stack;
        while (f.sp > b.level) {
          const v = fstack[--f.sp];
          if (v !== null) heap.decref(v);
        }
        fstack[f.sp++] = exc;
        f.pc = b.handler;
        if (R.minor === 9) {
          const l = handlerTraceLine(f, b.handler);
          if (l > 0) {
            heap.enterLine(l);
            f.line = l;
            f.lastPc = b.handler;
          }
        }
      }
    }
  } catch (e) {
    // A stop (budget, unsupported) unwinds the inlined frames too.
    while (f !== entry) f = popFrame(f);
    if ((f.state as Frame['state']) !== 'suspended') {
      f.state = 'done';
      while (f.sp > 0) {
        const v = f.stack[--f.sp];
        if (v !== null) heap.decref(v);
      }
    }
    throw e;
  } finally {
    VM.frame = entry.back;
    entry.back = null;
    if (VM.frame !== null) heap.resumeLine(VM.frame.line);
  }
}

function unboundLocal(name: string): PyErr {
  return pyError(
    UnboundLocalError,
    R.minor >= 11
      ? `cannot access local variable '${name}' where it is not associated with a value`
      : `local variable '${name}' referenced before assignment`,
  );
}

export { newListFrom };
