// 3.8 and 3.9 line tracing works on co_lnotab's line ranges, not on line changes: a line
// runs again where control reaches the start of its range or jumps back (Python/ceval.c
// maybe_call_line_trace); these mark the range starts in a code object's lines.
import { Op } from '../compiler/opcodes';
import type { Frame } from './frame';

/** Set in a 3.8/3.9 code object's line of an instruction that starts a line range. */
export const RANGE_START = 1 << 29;
export const LINE_MASK = RANGE_START - 1;

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
