// How many code units CPython 3.8-3.10's co_code has for a unit (wordcode, two bytes each)
// and how many of its instructions _PyCode_InitOpcache gives a cache, rebuilt from this
// compiler's instructions: the per-code opcache is sized from both.
import { Op } from './opcodes';
import { isJump, keptInstructions } from './kept-instructions';
import { leadingAppends, truthy } from './code-units-patterns';
import type { CodeUnit } from './unit';

export interface Wordcode {
  /** PyBytes_Size(co_code) / sizeof(_Py_CODEUNIT). */
  readonly units: number;
  /** The LOAD_GLOBALs (3.10: and LOAD_ATTRs) of co_code, up to 255. */
  readonly opts: number;
}

/** 3.10 compile.c MAX_COPY_SIZE: the longest exit block a jump to it is replaced by. */
const MAX_COPY_SIZE = 4;
const EXITS: ReadonlySet<number> = new Set([Op.RETURN_VALUE, Op.RAISE_VARARGS, Op.RERAISE, Op.POP_EXCEPT_AND_RERAISE]);
const ENDS: ReadonlySet<number> = new Set([...EXITS, Op.JUMP]);

/** co_code's size and cached instructions for u under 3.8-3.10 (none from 3.11). */
export function wordcode(u: CodeUnit, minor: number): Wordcode {
  if (minor > 10) return { units: 0, opts: 0 };
  const kept = keptInstructions(u, minor);
  const units = kept.map((i) => unitsOf(u.code[2 * i]));
  for (const p of lonePassed(u, minor)) {
    const k = kept.indexOf(p >> 1);
    if (k >= 0) units[k] = 0;
  }
  handlerUnits(u, kept, minor, units);
  // compiler_augassign on a subscript: DUP_TOP_TWO and ROT_THREE, where this compiler copies and swaps twice.
  for (let k = 0; k + 1 < kept.length; k++) {
    const [a, b] = [2 * kept[k], 2 * kept[k + 1]];
    if (u.code[a] === u.code[b] && u.code[a] === Op.COPY && u.code[a + 1] === 2 && u.code[b + 1] === 2) units[k + 1] = 0;
    if (u.code[a] === Op.SWAP && u.code[b] === Op.SWAP && u.code[a + 1] === 3 && u.code[b + 1] === 2) units[k + 1] = 0;
  }
  // 3.9+ starunpack_helper: the leading plain items of a starred display are built at once.
  if (minor >= 9) for (const [i, what] of leadingAppends(u, kept)) if (what === 'skip') units[kept.indexOf(i)] = 0;
  const always = alwaysTrue(u, kept, minor, units);
  if (minor <= 9) afterReturns(u, kept, units);
  const bound = new Set(u.boundMethodLoads);
  const cachedAt = kept.map((i, k) => {
    const op = u.code[2 * i];
    return units[k] > 0 && (op === Op.LOAD_GLOBAL || (minor === 10 && (op === Op.LOAD_ATTR || (op === Op.LOAD_METHOD && bound.has(2 * i))))) ? 1 : 0;
  });
  const copied = minor === 10 ? optimizedUnits(u, kept, units, always) : new Map<number, readonly [number, number]>();
  let cached = 0;
  kept.forEach((_, k) => {
    const c = copied.get(k);
    if (c === undefined) cached += units[k] > 0 ? cachedAt[k] : 0;
    else for (let j = c[0]; j <= c[1]; j++) cached += cachedAt[j];
  });
  // 3.10 compiler_enter_scope: a generator's or coroutine's code starts with GEN_START.
  const first = minor === 10 && (u.scope.isGenerator || (u.flags & 0x2a0) !== 0) ? 1 : 0;
  const total = first + units.reduce((a, b) => a + b, 0) + extendedArgs(u, kept, minor, units, copied, first);
  // _PyCode_InitOpcache stops counting at the 255th.
  return { units: total, opts: Math.min(cached, 255) };
}

function unitsOf(op: number): number {
  switch (op) {
    case Op.PUSH_NULL:
      return 0;
    // compiler_make_closure: the qualified name is loaded before it.
    case Op.MAKE_FUNCTION:
      return 2;
    default:
      return 1;
  }
}

/**
 * 3.8-3.10's handlers (compiler_try_except, compiler_try_finally, compiler_with): a block
 * stack, not an exception table, so the model's PUSH_EXC_INFO, each handler's own cleanup
 * block and its POP_BLOCKs are not there. A handler is entered with (type, value, traceback)
 * pushed: `except E` tests with DUP_TOP and JUMP_IF_NOT_EXC_MATCH (3.8: COMPARE_OP and
 * POP_JUMP_IF_FALSE) and pops the three, `as name` stores the value in a SETUP_FINALLY that
 * clears it (3.8: ended by BEGIN_FINALLY and END_FINALLY). A with statement calls
 * __exit__(None, None, None) as LOAD_CONST, DUP_TOP, DUP_TOP, CALL_FUNCTION 3, POP_TOP (3.8:
 * BEGIN_FINALLY, WITH_CLEANUP_START, WITH_CLEANUP_FINISH, END_FINALLY, and no handler of its
 * own). 3.8 compiles a final body once, which the normal path runs after BEGIN_FINALLY.
 */
function handlerUnits(u: CodeUnit, kept: readonly number[], minor: number, units: number[]): void {
  const op = (k: number): number => (k >= 0 && k < kept.length ? u.code[2 * kept[k]] : -1);
  const at = new Map(kept.map((i, k) => [i, k]));
  for (let k = 0; k < kept.length; k++) {
    switch (op(k)) {
      case Op.PUSH_EXC_INFO: {
        units[k] = 0;
        if (op(k + 1) !== Op.SETUP_CLEANUP) break;
        units[k + 1] = 0;
        // A bare except pops the three at once.
        if (op(k + 2) === Op.POP_TOP) units[k + 2] = 3;
        const t = at.get(u.code[2 * kept[k + 1] + 1] >> 1);
        if (minor > 8 || t === undefined || op(k - 1) !== Op.JUMP) break;
        if (op(t - 1) === Op.POP_EXCEPT_AND_RERAISE && op(t - 2) === Op.POP_BLOCK) {
          // A final body: the copy the normal path runs goes, its jump is BEGIN_FINALLY.
          const size = t - 2 - (k + 2);
          for (let j = Math.max(0, k - 1 - size); j < k - 1; j++) units[j] = 0;
          units[t - 2] = 0;
          units[t - 1] = 1;
          units[t] = 0;
          k = t;
        } else if (op(k - 2) === Op.CALL_EXIT_NONE) {
          for (let j = k - 1; j <= t; j++) units[j] = 0;
          k = t;
        }
        break;
      }
      case Op.CHECK_EXC_MATCH:
        units[k] = 2;
        if (minor > 8 && op(k + 1) === Op.POP_JUMP_IF_FALSE) units[k + 1] = 0;
        if (op(k + 2) === Op.POP_TOP || op(k + 2) === Op.SETUP_CLEANUP) units[k + 2] = 3;
        break;
      case Op.POP_BLOCK:
        // A return's value is swapped under the handler's (type, value, traceback) first.
        if (minor > 8 && [op(k + 1), op(k + 1) === Op.SWAP ? op(k + 2) : -1].some((o) => o === Op.POP_EXCEPT || o === Op.POP_EXCEPT_AND_RERAISE)) units[k] = 0;
        break;
      // 3.8: `as name`'s cleanup on an error is the END_FINALLY its normal path runs too.
      case Op.RERAISE:
        if (minor === 8 && [Op.DELETE_FAST, Op.DELETE_NAME, Op.DELETE_DEREF, Op.DELETE_GLOBAL].includes(op(k - 1))) {
          units[k - 1] = units[k - 2] = units[k - 3] = 0;
        }
        break;
      case Op.POP_EXCEPT_AND_RERAISE:
        units[k] = op(k - 1) === Op.POP_EXCEPT_AND_RERAISE || op(k - 1) === Op.RERAISE ? 0 : 1;
        break;
      case Op.CALL_EXIT_NONE:
        units[k] = minor === 8 ? 4 : 5;
        break;
      case Op.BEFORE_WITH:
        if (op(k + 1) === Op.SETUP_CLEANUP) units[k + 1] = 0;
        break;
      case Op.WITH_EXCEPT_START:
        units[k] = 2;
        break;
    }
  }
}

/** 3.8 and 3.9 peephole.c: what follows a return up to the next jump target is removed. */
function afterReturns(u: CodeUnit, kept: readonly number[], units: number[]): void {
  const at = new Map(kept.map((i, k) => [i, k]));
  const n = u.code.length >> 1;
  const targets = new Set<number>();
  for (const i of kept) if (isJump(u.code[2 * i])) targets.add(firstKept(at, u.code[2 * i + 1] >> 1, n));
  for (let k = 0; k < kept.length; k++) {
    if (u.code[2 * kept[k]] !== Op.RETURN_VALUE || units[k] === 0) continue;
    for (let j = k + 1; j < kept.length && !targets.has(kept[j]); j++) units[j] = 0;
  }
}

/**
 * compiler_call_helper: a call's lone `*a` is passed as it is, so is (3.8) a lone `**m`
 * (materialize.ts drops the same instructions).
 */
function lonePassed(u: CodeUnit, minor: number): Set<number> {
  const out = new Set<number>();
  for (const x of u.loneStarred) {
    if (u.code[x.build] === Op.BUILD_LIST) out.add(x.build).add(x.merge).add(x.merge + 2);
    else if (minor === 8) out.add(x.build).add(x.merge);
  }
  return out;
}

/**
 * The jumps of an if or while statement's test that is a true constant, by kept index: 3.8
 * and 3.9 compile nothing for it (expr_constant), 3.10 a NOP where the line needs one
 * (its load and jump are set in units).
 */
function alwaysTrue(u: CodeUnit, kept: readonly number[], minor: number, units: number[]): Set<number> {
  const out = new Set<number>();
  for (const at of u.constantTests) {
    const k = kept.indexOf(at >> 1);
    if (k < 0 || k + 1 >= kept.length || !truthy(u.consts[u.code[at + 1]])) continue;
    units[k] = 0;
    units[k + 1] = 0;
    out.add(k + 1);
    if (minor === 10) {
      const line = (k2: number): number => Math.abs(u.lines[kept[k2]]);
      const l = line(k);
      if (!(k > 0 && line(k - 1) === l) && !(k + 2 < kept.length && line(k + 2) === l)) units[k] = 1;
    }
  }
  return out;
}

/**
 * 3.10 compiler_while: a loop whose test is not constant tests again at its end instead of
 * jumping back to the test (CodeUnit.quietBackEdges): the test's kept indexes [first, last]
 * by the jump's.
 */
function retestedLoops(u: CodeUnit, kept: readonly number[]): Map<number, readonly [number, number]> {
  const out = new Map<number, readonly [number, number]>();
  const at = new Map(kept.map((i, k) => [i, k]));
  const n = u.code.length >> 1;
  for (const pc of u.quietBackEdges) {
    const k = at.get(pc >> 1);
    if (k === undefined || u.code[pc] !== Op.JUMP) continue;
    const top = at.get(firstKept(at, u.code[pc + 1] >> 1, n));
    const exit = firstKept(at, (pc >> 1) + 1, n);
    if (top === undefined) continue;
    // The test ends with its last jump out of the loop.
    let end = -1;
    for (let j = top; j < k; j++) {
      const op = u.code[2 * kept[j]];
      if (isJump(op) && op !== Op.JUMP && op !== Op.FOR_ITER && firstKept(at, u.code[2 * kept[j] + 1] >> 1, n) === exit) end = j;
    }
    if (end >= 0) out.set(k, [top, end]);
  }
  return out;
}

/**
 * 3.10 optimize_cfg: extend_block replaces an unconditional jump to an exit block (one that
 * ends in a return or raise) of up to MAX_COPY_SIZE instructions by a copy of it, then
 * mark_reachable drops the blocks no path reaches (a true constant's jump is never taken).
 * Sets units to what is left of each instruction (a replaced jump's: its copy's); returns
 * the jumps replaced, by kept index, with what they copy.
 */
function optimizedUnits(u: CodeUnit, kept: readonly number[], units: number[], always: ReadonlySet<number>): Map<number, readonly [number, number]> {
  const at = new Map(kept.map((i, k) => [i, k]));
  const n = u.code.length >> 1;
  const targetOf = (k: number): number | undefined => at.get(firstKept(at, u.code[2 * kept[k] + 1] >> 1, n));
  const starts = new Set<number>();
  kept.forEach((i, k) => {
    const t = isJump(u.code[2 * i]) && !always.has(k) ? targetOf(k) : undefined;
    if (t !== undefined) starts.add(t);
  });
  /** What a jump is replaced by (kept indexes [first, last]), by the jump's. */
  const copies = retestedLoops(u, kept);
  kept.forEach((i, k) => {
    if (u.code[2 * i] !== Op.JUMP || copies.has(k)) return;
    const t = targetOf(k);
    if (t === undefined) return;
    let size = 0;
    for (let j = t; j < kept.length && size <= MAX_COPY_SIZE; j++) {
      // Another block starts here: the target falls through into it.
      if (j > t && starts.has(j)) break;
      const op = u.code[2 * kept[j]];
      size += units[j];
      if (EXITS.has(op)) {
        if (size <= MAX_COPY_SIZE) copies.set(k, [t, j]);
        break;
      }
      if (isJump(op)) break;
    }
  });
  const live = new Array<boolean>(kept.length).fill(false);
  const todo = [0];
  while (todo.length > 0) {
    let k = todo.pop()!;
    while (k < kept.length && !live[k]) {
      live[k] = true;
      const op = u.code[2 * kept[k]];
      if (copies.has(k)) break;
      if (isJump(op) && !always.has(k)) {
        const t = targetOf(k);
        if (t !== undefined) todo.push(t);
      }
      if (ENDS.has(op)) break;
      k++;
    }
  }
  const sizes = kept.map((_, k) => {
    const c = copies.get(k);
    if (!live[k]) return 0;
    if (c === undefined) return units[k];
    let size = 0;
    for (let j = c[0]; j <= c[1]; j++) size += units[j];
    return size;
  });
  sizes.forEach((n, k) => (units[k] = n));
  for (const k of copies.keys()) if (!live[k]) copies.delete(k);
  linelessExits(u, kept, units, live, copies, targetOf);
  return copies;
}

/**
 * 3.10 duplicate_exits_without_lineno: an exit block with no line of its own (an implicit
 * return) that more than one block reaches gets a copy for each jump to it but one (all of
 * them when one falls into it). The copies' units go to their jumps.
 */
function linelessExits(u: CodeUnit, kept: readonly number[], units: number[], live: readonly boolean[], copies: ReadonlyMap<number, unknown>, targetOf: (k: number) => number | undefined): void {
  const jumpers = new Map<number, number[]>();
  const silent = new Set(u.silent);
  kept.forEach((i, k) => {
    const op = u.code[2 * i];
    if (!live[k] || copies.has(k) || !isJump(op) || op === Op.SETUP_FINALLY || op === Op.SETUP_CLEANUP) return;
    const t = targetOf(k);
    if (t !== undefined) jumpers.set(t, [...(jumpers.get(t) ?? []), k]);
  });
  for (const [t, from] of jumpers) {
    let size = 0;
    let exit = false;
    for (let j = t; j < kept.length && silent.has(kept[j]); j++) {
      if (j > t && jumpers.has(j)) break;
      size += units[j];
      if (EXITS.has(u.code[2 * kept[j]])) {
        exit = true;
        break;
      }
    }
    if (!exit) continue;
    const falls = t > 0 && live[t - 1] && (copies.has(t - 1) || !ENDS.has(u.code[2 * kept[t - 1]]));
    from.slice(falls ? 0 : 1).forEach((k) => (units[k] += size));
  }
}

const ABSOLUTE: ReadonlySet<number> = new Set([Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.CHECK_EXC_MATCH]);
const COUNTS: ReadonlySet<number> = new Set([Op.BUILD_TUPLE, Op.BUILD_LIST, Op.BUILD_SET, Op.BUILD_MAP, Op.BUILD_CONST_KEY_MAP, Op.BUILD_STRING]);

/**
 * The EXTENDED_ARGs before arguments past a byte (assemble's instrsize, recomputed until the
 * jumps' arguments stop growing): jumps (3.8 and 3.9 count bytes, 3.10 code units; JUMP_FORWARD,
 * FOR_ITER and SETUP_* are relative) and the counts of what is built.
 */
function extendedArgs(u: CodeUnit, kept: readonly number[], minor: number, units: readonly number[], copied: ReadonlyMap<number, readonly [number, number]>, first: number): number {
  const at = new Map(kept.map((i, k) => [i, k]));
  const n = u.code.length >> 1;
  const scale = minor === 10 ? 1 : 2;
  const size = (arg: number): number => (arg > 0xffffff ? 3 : arg > 0xffff ? 2 : arg > 0xff ? 1 : 0);
  /** Per kept jump: its target (a kept index, or past the end), whether absolute. */
  const jumps: [number, number, boolean][] = [];
  const ext = kept.map((i, k) => (units[k] > 0 && !copied.has(k) && COUNTS.has(u.code[2 * i]) ? size(u.code[2 * i + 1]) : 0));
  kept.forEach((i, k) => {
    let op = u.code[2 * i];
    let j = i;
    const c = copied.get(k);
    // A test repeated at a loop's end jumps back into the body.
    if (c !== undefined) {
      if (!isJump(u.code[2 * kept[c[1]]]) || u.code[2 * kept[c[1]]] === Op.JUMP) return;
      jumps.push([k, c[1] + 1, true]);
      return;
    }
    if (units[k] === 0) return;
    // JUMP_IF_NOT_EXC_MATCH (3.9+) is where the jump after CHECK_EXC_MATCH goes.
    if (op === Op.CHECK_EXC_MATCH) {
      if (minor === 8) return;
      j = kept[k + 1];
    } else if (!isJump(op)) return;
    const t = at.get(firstKept(at, u.code[2 * j + 1] >> 1, n)) ?? kept.length;
    if (op === Op.JUMP && t <= k) op = Op.POP_JUMP_IF_TRUE;
    jumps.push([k, t, ABSOLUTE.has(op)]);
  });
  for (let pass = 0; pass < 8; pass++) {
    const pos: number[] = [];
    let p = first;
    kept.forEach((_, k) => {
      pos.push(p);
      p += units[k] + ext[k];
    });
    pos.push(p);
    let grew = false;
    for (const [k, t, absolute] of jumps) {
      const arg = absolute ? pos[t] * scale : (pos[t] - pos[k + 1]) * scale;
      const e = size(Math.max(0, arg));
      if (e > ext[k]) {
        ext[k] = e;
        grew = true;
      }
    }
    if (!grew) break;
  }
  return ext.reduce((a, b) => a + b, 0);
}

/** The first kept instruction at or after model instruction i. */
function firstKept(at: ReadonlyMap<number, number>, i: number, n: number): number {
  while (i < n && !at.has(i)) i++;
  return i;
}
