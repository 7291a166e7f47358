// The evaluation loop (Python/ceval.c): runs a frame's instructions until it
// returns, yields or lets an exception escape; every instruction first tells the heap
// which line is executing, so allocations are attributed to it.
import * as abs from '../objects/abstract';
import { PyCell } from '../objects/function';
import { newListFrom, PyList, listAppend } from '../objects/list';
import { PyObject } from '../objects/object';
import { False, True } from '../objects/singletons';
import { PyStr } from '../objects/str';
import { newTuple, PyTuple } from '../objects/tuple';
import { R } from '../state';
import { Op } from '../compiler/opcodes';
import type { PyCode } from '../objects/code';
import { Frame } from './frame';
import { deleteOp, loadClassDeref, loadGlobal, loadName, storeName, unboundDeref, unboundLocal } from './names';
import { call, callEx, loadMethod, unpackBoundMethod } from './calls';
import { inlinableCall, outerFrame, popFrame, popInitFrame, pushComprehensionFrame, pushFrame } from './inline-frames';
import { raise } from './raise';
import { slowOp } from './slow-ops';
import { warmUp } from './specialize';
import { opcacheRun } from './opcache';
import { callOp } from './call-op';
import { loadSuperAttr } from './super-attr';
import { VM } from './vmstate';
import { binaryOpInstr, binarySubscr, compareOpInstr, containsOpInstr, storeSubscr, unaryOpInstr } from './operators';
import { handlerFrame, jumpToHandler, pyErrOf } from './unwind';
import { lineEvent, RETURN_TRACES, tracesAfterCall } from './line-ranges';

/**
 * RESUME: a frame starting (or a generator resuming at line) warms its code up on 3.11 and
 * counts a run of it for 3.8-3.10's opcache; from 3.12 its eval-breaker check runs a
 * collection the allocations before scheduled.
 */
function resume(code: PyCode, line: number): void {
  if (R.minor === 11) warmUp(code);
  else if (R.minor <= 10) opcacheRun(code, line);
  if (R.heap.gc.scheduled) R.heap.gc.runScheduled();
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
  f.back = VM.frame;
  VM.frame = f;
  f.state = 'running';
  f.yielded = false;
  // A resumed generator goes on at its line: what it does until the next line is the callee's.
  if (f.line !== 0) heap.resumeLine(f.line);
  resume(f.code, f.line);
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
          // A new line, or a jump back (vm/line-ranges.ts).
          if (line !== f.line || pc < f.lastPc) lineEvent(f, line, pc);
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
            case Op.LOAD_NAME:
              stack[f.sp++] = loadName(f, code.names[arg] as PyStr, pc);
              break;
            case Op.STORE_NAME: {
              const v = stack[--f.sp]!;
              storeName(f.locals!, code.names[arg] as PyStr, v, code, pc);
              heap.bind((code.names[arg] as PyStr).value, v);
              break;
            }
            case Op.LOAD_GLOBAL:
              stack[f.sp++] = loadGlobal(f, code.names[arg] as PyStr, pc);
              break;
            case Op.STORE_GLOBAL: {
              const v = stack[--f.sp]!;
              storeName(f.globals, code.names[arg] as PyStr, v, code, pc);
              heap.bind((code.names[arg] as PyStr).value, v);
              break;
            }
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
            case Op.LOAD_CLOSURE: {
              const c = fast[arg]!;
              heap.incref(c);
              stack[f.sp++] = c;
              break;
            }
            case Op.LOAD_ATTR: {
              if (code.superLoads.has(pc)) {
                loadSuperAttr(f, code.names[arg] as PyStr, pc, false);
                break;
              }
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
            case Op.LOAD_METHOD:
              if (code.superLoads.has(pc)) loadSuperAttr(f, code.names[arg] as PyStr, pc, true);
              else loadMethod(f, code.names[arg] as PyStr, code.boundMethodLoads.has(pc));
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
            case Op.DELETE_FAST:
            case Op.DELETE_NAME:
            case Op.DELETE_GLOBAL:
            case Op.DELETE_DEREF:
            case Op.DELETE_ATTR:
            case Op.DELETE_OUTER:
              deleteOp(f, op, arg);
              break;
            case Op.CALL_COMPREHENSION:
              f = pushComprehensionFrame(f, arg);
              continue frames;
            case Op.CALL: {
              const pushed = callOp(f, pc, arg);
              if (pushed === null) break;
              f = pushed;
              resume(f.code, 0);
              continue frames;
            }
            case Op.CALL_KW: {
              const kw = stack[--f.sp] as PyTuple;
              try {
                unpackBoundMethod(f, arg);
                if (inlinableCall(f, arg, true)) {
                  f = pushFrame(f, arg, kw.items as PyStr[]);
                  resume(f.code, 0);
                  continue frames;
                }
                call(f, arg, kw.items as PyStr[]);
              } finally {
                heap.decref(kw);
              }
              if (heap.gc.scheduled) heap.gc.runScheduled();
              break;
            }
            case Op.CALL_FUNCTION_EX:
              callEx(f, arg);
              if (heap.gc.scheduled) heap.gc.runScheduled();
              break;
            case Op.BINARY_OP:
              binaryOpInstr(f, pc, arg);
              break;
            case Op.UNARY_NEGATIVE:
            case Op.UNARY_POSITIVE:
            case Op.UNARY_INVERT:
              unaryOpInstr(f, op);
              break;
            case Op.UNARY_NOT: {
              const a = stack[f.sp - 1]!;
              const t = abs.isTrue(a);
              stack[f.sp - 1] = t ? False : True;
              heap.incref((t ? False : True));
              heap.decref(a);
              break;
            }
            case Op.COMPARE_OP:
              compareOpInstr(f, arg);
              break;
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
            case Op.CONTAINS_OP:
              containsOpInstr(f, arg);
              break;
            case Op.BINARY_SUBSCR:
              binarySubscr(f);
              break;
            case Op.STORE_SUBSCR:
              storeSubscr(f, false);
              break;
            case Op.DELETE_SUBSCR:
              storeSubscr(f, true);
              break;
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
              // JUMP_BACKWARD's eval-breaker check (3.12+).
              if (arg < pc && heap.gc.scheduled) heap.gc.runScheduled();
              break;
            case Op.POP_JUMP_IF_FALSE: {
              const v = stack[--f.sp]!;
              if (v === False || (v !== True && !abs.isTrue(v))) f.pc = arg;
              heap.decref(v);
              // A loop's test at its end jumps back (JUMP_BACKWARD in 3.12+: an eval-breaker check).
              if (f.pc === arg && arg < pc && heap.gc.scheduled) heap.gc.runScheduled();
              break;
            }
            case Op.POP_JUMP_IF_TRUE: {
              const v = stack[--f.sp]!;
              if (v === True || (v !== False && abs.isTrue(v))) f.pc = arg;
              heap.decref(v);
              if (f.pc === arg && arg < pc && heap.gc.scheduled) heap.gc.runScheduled();
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
              f = popFrame(f, true);
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
            case Op.RAISE_VARARGS:
              raise(f, arg);
              break;
            default:
              slowOp(f, op, arg);
          }
        }
      } catch (e0) {
        const e = pyErrOf(e0, f);
        f = handlerFrame(f, entry, e);
        if (!jumpToHandler(f, e)) throw e;
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

