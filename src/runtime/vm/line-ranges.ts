// Line tracing rules that depend on more than a line change. 3.8/3.9 work on co_lnotab's
// line ranges (Python/ceval.c maybe_call_line_trace): a line runs again where control
// reaches the start of its range or jumps back; 3.12 instruments jump targets as line starts.
import { Op } from '../compiler/opcodes';
import type { Frame } from './frame';
import { R } from '../state';
import { StopAtLine } from '../errors';
import { stepBudget } from './budget';
import { VM } from './vmstate';

/** Set in a 3.8/3.9 code object's line of an instruction that starts a line range. */
export const RANGE_START = 1 << 29;
export const LINE_MASK = RANGE_START - 1;
/** A frame's last instruction where the next one traces its line as after a jump back (3.12 tracesAfterCall, 3.13 gen.throw). */
export const RETURN_TRACES = 0x7fffffff;
/** An instruction without a line that makes the next one with a line trace it (3.10 ceval.c maybe_call_line_trace: the line changed from -1). */
export const LINE_RESET = -(1 << 30);

/**
 * The instruction at pc of f is on another line than the last one, or control jumped back: one
 * more execution of the line as ceval.c maybe_call_line_trace counts them; a silent instruction
 * (line <= 0) starts none. The step budget counts these: every loop pass and call passes here,
 * so nothing endless escapes it.
 */
export function lineEvent(f: Frame, line: number, pc: number): void {
  const lineRanges = R.minor <= 9;
  if (line <= 0) {
    if (line === LINE_RESET) f.line = 0;
    else if (lineRanges) landWithoutLine(f, line, pc);
  } else if (lineRanges && line < RANGE_START && pc > f.lastPc) {
    // 3.8/3.9: a jump forward into the middle of a line's range traces nothing.
    R.heap.resumeLine(line);
    f.line = line;
    if (line === VM.stopLine) throw new StopAtLine();
  } else {
    R.heap.enterLine(line & LINE_MASK);
    f.line = line & LINE_MASK;
    if (--VM.steps < 0) stepBudget();
    if (f.line === VM.stopLine) throw new StopAtLine();
  }
}

/**
 * Objects/codeobject.c _PyCode_CheckLineNumber: a range is a run of instructions on one
 * line, in code order. An instruction the model gives no line of its own (silent) has none
 * in co_lnotab either (compile.c assemble_lnotab writes entries only where i_lineno is
 * set): it goes on with the range before it, and keeps its negative line, -(that line), so
 * a jump back to it traces nothing (it is one CPython does not have, as the loop of a
 * `yield from` or a `while True` test, or one no jump goes back to). `restarts` are
 * instructions control reaches by a jump back the model's layout does not make (3.8's
 * END_FINALLY returning after a CALL_FINALLY): they start a range of the line before them.
 */
export function markRangeStarts(lines: Int32Array, firstLine: number, restarts: readonly number[]): void {
  let prev = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] < 0) {
      const l = i === 0 ? firstLine : prev;
      lines[i] = -l;
      prev = l;
      continue;
    }
    const l = lines[i];
    lines[i] = l === prev ? l : l | RANGE_START;
    prev = l;
  }
  for (const i of restarts) lines[i] = Math.abs(lines[i]) | RANGE_START;
}

/**
 * 3.8/3.9: a jump forward to an instruction with no line of its own (a with's exit after its
 * loop ends) lands in the range before it: tracemalloc's line (PyCode_Addr2Line), nothing traced.
 */
export function landWithoutLine(f: Frame, line: number, pc: number): void {
  if (line < 0 && -line !== f.line && pc > f.lastPc + 2) {
    R.heap.resumeLine(-line);
    f.line = -line;
  }
}

/**
 * 3.9 ceval.c exception_unwind: an exception raised by an instruction inside its line's
 * range (not the range's first, and not in a range starting the code) and caught by a
 * SETUP_FINALLY or SETUP_WITH block makes the handler's first instruction trace its line
 * whatever it is (instr_prev = INT_MAX). The model's handlers entered by PUSH_EXC_INFO are
 * those; its cleanup of an except clause stands for 3.9's cleanup of an `except ... as name`
 * (a SETUP_FINALLY of its own, at the line the handler ends on, handlerExits) and for the
 * unwinding of 3.9's EXCEPT_HANDLER blocks, which jumps nowhere: what that cleanup re-raises
 * was raised, for CPython, where the exception first was. An exception thrown into a
 * generator always traces (gen.throw, gen.close). The line to trace, or 0 where the
 * handler's first instruction traces it itself or nothing is traced.
 */
export function handlerTraceLine(f: Frame, handler: number, thrown = false): number {
  const code = f.code;
  let raisedAt = f.lastPc;
  if (f === passedOn.frame && raisedAt === passedOn.pc) raisedAt = passedOn.from;
  passedOn.frame = null;
  const lines = code.lines;
  if (code.code[handler] === Op.POP_EXCEPT_AND_RERAISE) {
    passedOn.frame = f;
    passedOn.pc = handler;
    passedOn.from = raisedAt;
  }
  // Thrown into a generator, the exception finds the frame's window unset (a new ceval call): always.
  if (!thrown && !insideRange(lines, raisedAt >> 1)) return 0;
  if (code.code[handler] === Op.PUSH_EXC_INFO) {
    const l = lines[handler >> 1];
    return startsRange(l) ? 0 : Math.abs(l) & LINE_MASK;
  }
  const exits = code.handlerExits;
  if (exits === null) return 0;
  // The innermost handler body holding the instruction: the first listed that does (a clause is listed when its body is compiled).
  for (let k = 0; k < exits.length; k += 3) if (raisedAt >= exits[k] && raisedAt < exits[k + 1]) return exits[k + 2];
  return 0;
}

/** The cleanup block last entered, which re-raises at once, and the instruction that raised. */
const passedOn: { frame: Frame | null; pc: number; from: number } = { frame: null, pc: -1, from: -1 };

/** Not the first instruction of its range, in a range that does not start the code (instr_lb > 0). */
function insideRange(lines: Int32Array, i: number): boolean {
  if (i < 0 || startsRange(lines[i])) return false;
  for (let j = i - 1; j > 0; j--) if (startsRange(lines[j])) return true;
  return false;
}

function startsRange(line: number): boolean {
  return line > 0 && (line & RANGE_START) !== 0;
}

/** Jumps whose argument is a code position. */
const JUMPS = new Set<number>([Op.JUMP, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE, Op.FOR_ITER, Op.SEND, Op.SETUP_FINALLY, Op.SETUP_CLEANUP]);

const EXITS = new Set<number>([Op.RETURN_VALUE, Op.RERAISE, Op.RAISE_VARARGS, Op.POP_EXCEPT_AND_RERAISE]);

/**
 * 3.12 Python/instrumentation.c initialize_lines: the targets of jumps and of the exception
 * table, by instruction. An unconditional jump to a small block leaving the code is none:
 * flowgraph.c inline_small_exit_blocks put a copy of that block in its place.
 */
export function jumpTargets(code: Int32Array): Uint8Array {
  const t = new Uint8Array(code.length >> 1);
  for (let pc = 0; pc < code.length; pc += 2) {
    if (!JUMPS.has(code[pc])) continue;
    const target = code[pc + 1];
    if (code[pc] === Op.JUMP && smallExit(code, target)) continue;
    t[target >> 1] = 1;
  }
  return t;
}

/** MAX_COPY_SIZE: at most four instructions, none a jump, the last leaving the code. */
export function smallExit(code: Int32Array, at: number): boolean {
  for (let i = 0; i < 4 && at + 2 * i < code.length; i++) {
    const op = code[at + 2 * i];
    if (EXITS.has(op)) return true;
    if (JUMPS.has(op)) return false;
  }
  return false;
}

/**
 * 3.12 _Py_call_instrumentation_line: a line start (a jump target too) traces its line
 * unless the instruction before was on that line. Back from a Python function the CALL
 * pushed (DISPATCH_INLINED), "before" is the CALL's last cache entry, which has no line:
 * a jump target on the call's line runs that line again. Whether the frame's next
 * instruction does so.
 */
export function tracesAfterCall(f: Frame): boolean {
  const code = f.code;
  return code.jumpTargets !== null && code.code[f.lastPc] === Op.CALL && code.jumpTargets[f.pc >> 1] === 1 && code.lines[f.pc >> 1] === f.line;
}
