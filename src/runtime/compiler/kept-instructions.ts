// Which of a unit's instructions CPython's code object keeps (remove_redundant_nops, dead
// code after a return), what opcode each is, and how the kept ones use the constants.
import { Op, OP_NAMES } from './opcodes';
import type { CodeUnit, ConstSpec } from './unit';

/**
 * How CPython's code uses each of u's constants, by index: 'load' where an instruction it
 * keeps loads it, or CPython's does (CodeUnit.unloadedConsts); 'test' (3.10+) where only a constant
 * condition does, a load optimize_basic_block drops with its jump (3.8/3.9 peephole.c drops
 * the jump only), or (3.12+) only a load folded into a tuple; none for a constant expression statement (compiler_visit_stmt_expr ignores
 * it), the constant test of an if or while statement in 3.8/3.9 (expr_constant: nothing is
 * compiled) or an implicit return after a return.
 */
export function constUses(u: CodeUnit, minor: number): Map<number, 'load' | 'test'> {
  const uses = new Map<number, 'load' | 'test'>();
  for (const i of u.unloadedConsts) uses.set(i, 'load');
  const skipped = new Set(minor <= 9 ? [...u.constStatements, ...u.constantTests] : u.constStatements);
  const folded = new Set(minor >= 12 ? u.foldedLoads : []);
  for (const i of keptInstructions(u, minor)) {
    if (u.code[2 * i] !== Op.LOAD_CONST || skipped.has(2 * i)) continue;
    const next = u.code[2 * i + 2];
    const arg = u.code[2 * i + 1];
    if (folded.has(2 * i) || (minor >= 10 && (next === Op.POP_JUMP_IF_FALSE || next === Op.POP_JUMP_IF_TRUE))) {
      if (!uses.has(arg)) uses.set(arg, 'test');
    } else uses.set(arg, 'load');
  }
  return uses;
}

/**
 * The instructions CPython keeps: a NOP (pass) on the line of the instruction before or after
 * it (or the first line, RESUME's) is removed (Python/compile.c remove_redundant_nops), and
 * so is a block no jump reaches (eliminate_empty_basic_blocks, mark_reachable).
 */
export function keptInstructions(u: CodeUnit, minor: number): number[] {
  const kept: number[] = [];
  const n = u.code.length / 2;
  const nops = constNops(u);
  for (let i = 0; i < n; i++) {
    // A constant statement is one NOP (3.10+; nothing before): its load's place, not its POP_TOP's.
    if (nops.has(i - 1) || (nops.has(i) && minor <= 9)) continue;
    const prev = kept.length > 0 ? u.lines[kept[kept.length - 1]] : u.firstLine;
    const next = nops.has(i) ? i + 2 : i + 1;
    if (opAt(u, i) === Op.NOP && (u.lines[i] === prev || (next < n && u.lines[i] === u.lines[next]))) continue;
    kept.push(i);
  }
  // An implicit return after a return no jump reaches is dead code CPython drops (3.10+ after
  // a raise too: mark_reachable).
  const end = kept.length;
  const targeted = (pos: number): boolean => {
    for (let i = 0; i < n; i++) if (u.code[2 * i + 1] === pos && isJump(u.code[2 * i])) return true;
    return false;
  };
  const at = (k: number): number => u.code[2 * kept[end - k]];
  const exits = minor >= 10 ? [Op.RETURN_VALUE, Op.RAISE_VARARGS, Op.RERAISE] : [Op.RETURN_VALUE];
  if (end >= 3 && at(1) === Op.RETURN_VALUE && at(2) === Op.LOAD_CONST && exits.includes(at(3)) && !targeted(2 * kept[end - 2])) kept.length -= 2;
  return kept;
}

/** An instruction whose argument is a code position. */
export function isJump(op: number): boolean {
  return /JUMP|FOR_ITER|SETUP|SEND/.test(OP_NAMES[op] ?? '');
}

const constNopSets = new WeakMap<CodeUnit, Set<number>>();

/** The loads of u's constant statements (compile.c compiler_visit_stmt_expr compiles a NOP). */
function constNops(u: CodeUnit): Set<number> {
  let s = constNopSets.get(u);
  if (s === undefined) constNopSets.set(u, (s = new Set(u.constStatements.map((at) => at >> 1))));
  return s;
}

/**
 * compiler_make_closure (3.8-3.10): each function made loads its qualified name; a class, its
 * bare name (compiler_class).
 */
export function qualnameConst(made: CodeUnit): ConstSpec {
  return { t: 'str', v: made.scope.kind === 'class' ? made.name : made.qualname };
}

/** The code a MAKE_FUNCTION at instruction i makes (3.8-3.10), loaded just before it; else null. */
export function madeCode(u: CodeUnit, i: number, minor: number): CodeUnit | null {
  if (minor > 10 || u.code[2 * i] !== Op.MAKE_FUNCTION || i === 0 || u.code[2 * i - 2] !== Op.LOAD_CONST) return null;
  const c = u.consts[u.code[2 * i - 1]];
  return c.t === 'code' ? c.unit : null;
}

/** The opcode CPython's code has at instruction i. */
export function opAt(u: CodeUnit, i: number): number {
  return constNops(u).has(i) ? Op.NOP : u.code[2 * i];
}
