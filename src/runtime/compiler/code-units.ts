// How many code units (Py_SIZE) CPython 3.11+'s code object for a unit has: its
// instructions as that version's compiler lays them out, each with its inline caches and
// EXTENDED_ARGs, rebuilt from this compiler's instructions. code_sizeof counts them.
import { Op, OP_NAMES } from './opcodes';
import { isJump, keptInstructions, opAt } from './kept-instructions';
import { pushedNames } from './scopes';
import { cpythonLocals } from './code-object';
import { inlinedCellvars, isInlined } from './inlined-names';
import type { CodeUnit, ConstSpec } from './unit';

/** One CPython instruction: its name, argument, line (-1: none) and, for a jump, the model instruction it goes to. */
interface Ins {
  op: string;
  arg: number;
  line: number;
  /** Model instruction index a jump goes to (resolved to an Ins index later). */
  to?: number;
  /** Ins index a jump goes to. */
  target?: number;
  /** Where an exception handler starts (an exception-table target). */
  handler?: boolean;
  /** Starts a basic block of its own (a jump target, a copied block): CPython's blocks stay apart once jumps to them go. */
  seam?: boolean;
  /** A STORE_FAST's variable (apply_static_swaps does not reorder two stores to one). */
  slot?: string;
  /** A LOAD_CONST of None. */
  none?: boolean;
  /** 3.13: a jump that checks for interrupts (a loop's), JUMP_BACKWARD with a cache when it goes back. */
  loop?: boolean;
}

/** _PyOpcode_Caches per version (Include/internal/pycore_opcode.h; 3.13 pycore_opcode_metadata.h). */
const CACHES: Record<number, Record<string, number>> = {
  11: { BINARY_SUBSCR: 4, STORE_SUBSCR: 1, UNPACK_SEQUENCE: 1, STORE_ATTR: 4, LOAD_ATTR: 4, COMPARE_OP: 2, LOAD_GLOBAL: 5, BINARY_OP: 1, LOAD_METHOD: 10, PRECALL: 1, CALL: 4 },
  12: { BINARY_SUBSCR: 1, STORE_SUBSCR: 1, UNPACK_SEQUENCE: 1, FOR_ITER: 1, STORE_ATTR: 4, LOAD_ATTR: 9, COMPARE_OP: 1, LOAD_GLOBAL: 4, BINARY_OP: 1, SEND: 1, LOAD_SUPER_ATTR: 1, CALL: 3 },
  13: {
    LOAD_GLOBAL: 4, BINARY_OP: 1, UNPACK_SEQUENCE: 1, COMPARE_OP: 1, CONTAINS_OP: 1, BINARY_SUBSCR: 1, FOR_ITER: 1, LOAD_SUPER_ATTR: 1, LOAD_ATTR: 9, STORE_ATTR: 4,
    CALL: 3, STORE_SUBSCR: 1, SEND: 1, JUMP_BACKWARD: 1, TO_BOOL: 3, POP_JUMP_IF_TRUE: 1, POP_JUMP_IF_FALSE: 1, POP_JUMP_IF_NONE: 1, POP_JUMP_IF_NOT_NONE: 1,
  },
};

const EXITS = new Set(['RETURN_VALUE', 'RETURN_CONST', 'RAISE_VARARGS', 'RERAISE']);
const UNCONDITIONAL = new Set(['JUMP', 'JUMP_NO_INTERRUPT', 'FALL_THROUGH']);
const CONDITIONAL = new Set(['POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'POP_JUMP_IF_NONE', 'POP_JUMP_IF_NOT_NONE']);

/** Py_SIZE of CPython's code object for u (3.11+): its code units, caches included. */
export function codeUnits(u: CodeUnit, minor: number): number {
  if (minor < 11) return 0;
  return layout(optimize(translate(u, minor), minor), minor);
}

/** The instruction names of CPython's code for u, for checks. */
export function cpythonOps(u: CodeUnit, minor: number, raw = false): string[] {
  if (raw) return translate(u, minor).map((i, k) => `${k}:${i.op}@${i.line}${i.target !== undefined ? `->${i.target}` : ""}${i.handler ? "!" : ""}`);
  const sizes: number[] = [];
  const ins = optimize(translate(u, minor), minor);
  layout(ins, minor, sizes);
  return ins.map((i, k) => `${i.op}${sizes[k] > 1 ? `:${sizes[k]}` : ''}`);
}

/** Model instructions to CPython's, one by one, with the prefix insert_prefix_instructions adds. */
function translate(u: CodeUnit, minor: number, inModule = false): Ins[] {
  const out: Ins[] = [];
  const s = u.scope;
  const first = u.firstLine;
  // insert_prefix_instructions (compile.c; 3.12+ flowgraph.c): MAKE_CELL per cell, COPY_FREE_VARS, RETURN_GENERATOR.
  // 3.12+ with the cells of the comprehensions it inlines.
  const cells = minor >= 12 && !isInlined(u, minor) ? cpythonLocals(u, minor).cellvars.length : s.cellvars.length;
  for (let k = 0; k < cells; k++) out.push({ op: 'MAKE_CELL', arg: 0, line: -1 });
  if (s.freevars.length > 0) out.push({ op: 'COPY_FREE_VARS', arg: s.freevars.length, line: -1 });
  const generator = s.isGenerator || (u.flags & 0x380) !== 0;
  if (generator) out.push({ op: 'RETURN_GENERATOR', arg: 0, line: first }, { op: 'POP_TOP', arg: 0, line: first });
  out.push({ op: 'RESUME', arg: 0, line: first });
  const kept = keptInstructions(u, minor);
  const silent = new Set(u.silent);
  const nulls = new Set<number>();
  const superAt = new Map<number, number>();
  for (const c of u.superCalls) {
    if (minor < 12) continue;
    nulls.add(c.nul);
    superAt.set(c.call, c.args);
  }
  // compiler_call_helper: a call's lone `*a` is passed as it is (materialize.ts drops the same).
  for (const x of u.loneStarred) if (u.code[x.build] === Op.BUILD_LIST) nulls.add(x.build), nulls.add(x.merge), nulls.add(x.merge + 2);
  const inlinedAt = new Map<number, CodeUnit>();
  // 3.12+: an inlined comprehension makes no function: its cells and code are not loaded.
  const unmade = new Set<number>();
  for (const c of u.comprehensions) {
    if (!c.unit.scope.isInlined || minor < 12) continue;
    inlinedAt.set(c.call, c.unit);
    for (let p = c.from; p <= c.make; p += 2) unmade.add(p);
  }
  /** Model index of each Ins pushed for it (first), for jump targets. */
  const starts = new Map<number, number>();
  // A while loop's test, compiled again at its end (compiler_while): its model instructions by the back edge.
  const quiet = new Set(u.quietBackEdges);
  // 3.12+: a for loop's exit starts with END_FOR (3.13 and a POP_TOP), a yield from's with END_SEND.
  const keptSet = new Set(kept);
  const nextKept = (i: number): number => {
    while (i < u.code.length / 2 && !keptSet.has(i)) i++;
    return i;
  };
  const ends = new Map<number, string[]>();
  if (minor >= 12) {
    for (const i of kept) {
      const op = u.code[2 * i];
      if (op === Op.FOR_ITER) ends.set(nextKept(u.code[2 * i + 1] >> 1), minor >= 13 ? ['END_FOR', 'POP_TOP'] : ['END_FOR']);
      if (op === Op.SEND) ends.set(nextKept(u.code[2 * i + 1] >> 1), ['END_SEND']);
    }
  }
  const cleanups = new Set(kept.filter((i) => u.code[2 * i] === Op.SETUP_FINALLY || u.code[2 * i] === Op.SETUP_CLEANUP).map((i) => nextKept(u.code[2 * i + 1] >> 1)));
  const sends = new Set(kept.filter((i) => u.code[2 * i] === Op.SEND));
  let coldSends = 0;
  const handlerAt = new Set<number>();
  const chain = testChains(u, kept);
  const leading = leadingAppends(u, kept);
  // 3.13: a call's NULL after its callable (not fused with a LOAD_GLOBAL: that one's bit stays).
  const nullMoved = new Set<number>();
  const nullAfter = new Set<number>();
  for (const c of u.nullCalls) {
    if (u.code[c.nul + 2] === Op.LOAD_GLOBAL || u.code[c.nul] !== Op.PUSH_NULL) continue;
    nullMoved.add(c.nul);
    nullAfter.add(c.after);
  }
  const constTests = new Set(minor >= 11 ? u.constantTests : []);
  /** One model instruction's CPython instructions; `again` for a while loop's test repeated, `to` its last jump's new target. */
  const one = (i: number, k: number, again = false, retarget?: number): void => {
    const op = opAt(u, i);
    const arg = again && retarget !== undefined ? retarget << 1 : u.code[2 * i + 1];
    const line = silent.has(i) ? -1 : u.lines[i];
    const pc = 2 * i;
    if (!again) {
      if (!starts.has(i)) starts.set(i, out.length);
      for (const e of ends.get(i) ?? []) out.push({ op: e, arg: 0, line: -1 });
      if (cleanups.has(i)) handlerAt.add(out.length);
    }
    const emit = (name: string, a = 0, to?: number): void => void out.push({ op: name, arg: a, line, to });
    const nextOp = k + 1 < kept.length ? opAt(u, kept[k + 1]) : -1;
    // 3.13 compiler_call pushes the NULL after the callable.
    if (minor >= 13 && nullAfter.has(pc) && !again) emit('PUSH_NULL');
    if (nulls.has(pc) || unmade.has(pc)) return;
    const lead = leading.get(i);
    if (lead !== undefined) return lead === 'skip' ? undefined : emit(lead);
    // compiler_jump_if: a chained comparison tested by a jump jumps from each link.
    const link = chain.get(i);
    if (link !== undefined) {
      if (link.kind === 'link') {
        if (minor >= 13) emit('TO_BOOL');
        return emit('POP_JUMP_IF_FALSE', 0, link.to);
      }
      if (link.kind === 'last') {
        if (minor >= 13) emit('TO_BOOL');
        emit(link.op, 0, link.to);
        return void out.push({ op: 'JUMP', arg: 0, line: -1, to: link.end });
      }
      if (link.kind === 'pop') {
        emit('POP_TOP');
        if (link.op === 'POP_JUMP_IF_FALSE') out.push({ op: 'JUMP', arg: 0, line: -1, to: link.to });
      }
      return;
    }
    // optimize_basic_block: a constant test's load and jump are NOPs, or the jump is unconditional.
    if (constTests.has(pc)) return emit('NOP');
    if (constTests.has(pc - 2) && isJump(op)) {
      const c = u.consts[u.code[pc - 1]];
      return (op === Op.POP_JUMP_IF_TRUE) === truthy(c) ? emit('JUMP', 0, arg >> 1) : emit('NOP');
    }
    if (superAt.has(pc)) {
      // LOAD_SUPER_ATTR: super's __class__ cell and first argument are loaded, no call made.
      if (superAt.get(pc) === 0) emit('LOAD_DEREF'), emit('LOAD_FAST');
      return;
    }
    if (superAt.has(pc - 2)) return emit('LOAD_SUPER_ATTR', arg << 2);
    switch (op) {
      case Op.PUSH_NULL:
        if (minor >= 13 && nullMoved.has(pc)) return;
        // LOAD_GLOBAL's low bit pushes the NULL (3.11+).
        if ((nextOp === Op.LOAD_GLOBAL && !inModule) || (nextOp === Op.LOAD_NAME && declaredGlobal(u, u.names[u.code[2 * kept[k + 1] + 1]]))) return;
        return emit('PUSH_NULL');
      case Op.LOAD_NAME:
      case Op.STORE_NAME:
      case Op.DELETE_NAME:
        // compiler_nameop: a name a module or class body declares global is the global's.
        if (declaredGlobal(u, u.names[arg])) return emit(OP_NAMES[op].replace('NAME', 'GLOBAL'), op === Op.LOAD_NAME ? arg << 1 : arg);
        return emit(OP_NAMES[op], arg);
      case Op.FORMAT_VALUE:
        if (minor < 13) return emit('FORMAT_VALUE', arg);
        // 3.13: the conversion and the formatting are instructions of their own.
        if (arg & 3) emit('CONVERT_VALUE', arg & 3);
        return emit(arg & 4 ? 'FORMAT_WITH_SPEC' : 'FORMAT_SIMPLE');
      case Op.LOAD_GLOBAL:
        // A comprehension inlined in a module body loads its globals as the module does.
        // Its name index is shifted for the NULL bit.
        return emit(inModule ? 'LOAD_NAME' : 'LOAD_GLOBAL', inModule ? arg : arg << 1);
      case Op.SETUP_FINALLY:
      case Op.SETUP_CLEANUP:
      case Op.POP_BLOCK:
        return emit('NOP');
      case Op.LOAD_ATTR:
        // 3.12+: the attribute's name index is shifted for the method bit.
        return emit('LOAD_ATTR', minor >= 12 ? arg << 1 : arg);
      case Op.LOAD_METHOD:
        // maybe_optimize_method_call: a method of a name the module imports is called as an
        // attribute, a NULL pushed for it (before the name; 3.13 after the attribute).
        if (importOriginated(u, kept[k - 1])) {
          const base = k > 0 ? opAt(u, kept[k - 1]) : -1;
          if (minor >= 13 || base !== Op.LOAD_GLOBAL) emit('PUSH_NULL');
          return emit('LOAD_ATTR', minor >= 12 ? arg << 1 : arg);
        }
        return emit(minor >= 12 ? 'LOAD_ATTR' : 'LOAD_METHOD', minor >= 12 ? arg << 1 : arg);
      case Op.CALL:
        if (minor === 11) emit('PRECALL');
        return emit('CALL', arg);
      case Op.CALL_KW:
        if (minor === 11) emit('PRECALL');
        return emit(minor >= 13 ? 'CALL_KW' : 'CALL', arg);
      case Op.CALL_COMPREHENSION: {
        const inl = inlinedAt.get(pc);
        if (inl !== undefined) return inlineComprehension(out, inl, u, line, minor, inModule);
        return emit('CALL', arg);
      }
      case Op.MAKE_FUNCTION:
        emit('MAKE_FUNCTION');
        // 3.13: each of the function's parts is set by its own SET_FUNCTION_ATTRIBUTE.
        if (minor >= 13) for (const bit of [1, 2, 4, 8]) if (arg & bit) emit('SET_FUNCTION_ATTRIBUTE', bit);
        return;
      case Op.YIELD_VALUE:
        emit('YIELD_VALUE');
        return emit('RESUME', 1);
      case Op.SEND:
        // 3.12+: a throw() into it is cleaned up by CLEANUP_THROW and a jump back, out of line.
        if (minor >= 12) coldSends++;
        return emit('SEND', 0, arg >> 1);
      case Op.FOR_ITER:
        return emit('FOR_ITER', 0, arg >> 1);
      case Op.POP_EXCEPT_AND_RERAISE:
        // Where no handler is set up to go, a RERAISE whose handler (the one below) pops the exception.
        if (!cleanups.has(i)) return emit('RERAISE', 0);
        emit('COPY', 3);
        emit('POP_EXCEPT');
        return emit('RERAISE', 1);
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP:
        if (minor === 11) return emit(OP_NAMES[op], 0, arg >> 1);
        // 3.12+: COPY 1, a conditional jump, POP_TOP (compiler_boolop).
        emit('COPY', 1);
        if (minor >= 13) emit('TO_BOOL');
        emit(op === Op.JUMP_IF_FALSE_OR_POP ? 'POP_JUMP_IF_FALSE' : 'POP_JUMP_IF_TRUE', 0, arg >> 1);
        return emit('POP_TOP');
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
        if (minor >= 13) emit('TO_BOOL');
        if (quiet.has(pc)) return emit(OP_NAMES[op], 0, arg >> 1);
        return emit(OP_NAMES[op], 0, arg >> 1);
      case Op.JUMP:
        if (quiet.has(pc)) return whileRetest(arg >> 1, k);
        // 3.11 compiler_with_except_finish puts the cleanup before the handler's end, which falls through.
        // The model's jump over the cleanup stands for that fall-through: no code unit (FALL_THROUGH).
        if (minor === 11 && opAt(u, kept[k + 1]) === Op.POP_EXCEPT_AND_RERAISE && arg >> 1 === kept[k + 2] && kept.slice(Math.max(0, k - 8), k).some((j) => opAt(u, j) === Op.WITH_EXCEPT_START)) return emit('FALL_THROUGH', 0, arg >> 1);
        // The jump back to a SEND does not check for interrupts (JUMP_BACKWARD_NO_INTERRUPT);
        // 3.13 neither do the compiler's forward jumps (JUMP_NO_INTERRUPT), unless threaded to a loop's.
        if (sends.has(arg >> 1)) return emit('JUMP_NO_INTERRUPT', 0, arg >> 1);
        emit('JUMP', 0, arg >> 1);
        out[out.length - 1].loop = arg >> 1 <= i || (u.code[arg] === Op.JUMP && u.code[arg + 1] >> 1 <= arg >> 1);
        return;
      case Op.BUILD_SLICE:
        // 3.12+ compiler_subscript: a two-part slice subscripted at once is BINARY_SLICE / STORE_SLICE.
        if (minor >= 12 && arg === 2 && (nextOp === Op.BINARY_SUBSCR || nextOp === Op.STORE_SUBSCR) && !targetsOf(u).has(kept[k + 1])) return;
        return emit('BUILD_SLICE', arg);
      case Op.BINARY_SUBSCR:
      case Op.STORE_SUBSCR:
        if (minor >= 12 && k > 0 && opAt(u, kept[k - 1]) === Op.BUILD_SLICE && u.code[2 * kept[k - 1] + 1] === 2 && !targetsOf(u).has(i)) return emit(op === Op.BINARY_SUBSCR ? 'BINARY_SLICE' : 'STORE_SLICE');
        return emit(OP_NAMES[op]);
      case Op.CALL_EXIT_NONE:
        // compiler_call_exit_with_nones: __exit__(None, None, None), its result dropped.
        emit('LOAD_CONST'), emit('LOAD_CONST'), emit('LOAD_CONST');
        if (minor === 11) emit('PRECALL');
        emit('CALL', 2);
        return emit('POP_TOP');
      case Op.POP_TOP:
        // A with block's handler, once __exit__ swallowed the exception, also pops lasti (compiler_with_except_finish).
        if (k >= 4 && opAt(u, kept[k - 1]) === Op.POP_EXCEPT && kept.slice(Math.max(0, k - 6), k).some((j) => opAt(u, j) === Op.WITH_EXCEPT_START)) emit('POP_TOP');
        return emit('POP_TOP');
      case Op.UNARY_NOT:
        if (minor >= 13) emit('TO_BOOL');
        return emit('UNARY_NOT');
      case Op.STORE_FAST:
        return void out.push({ op: 'STORE_FAST', arg, line, slot: u.scope.varnames[arg] });
      default:
        if (isJump(op)) return emit(OP_NAMES[op], arg, arg >> 1);
        if (op === Op.LOAD_CONST && u.consts[arg]?.t === 'none') return void out.push({ op: 'LOAD_CONST', arg, line, none: true });
        // An inlined comprehension's reach into its frame's locals is CPython's own fast local.
        if (op === Op.LOAD_OUTER || op === Op.STORE_OUTER || op === Op.DELETE_OUTER) return emit(OP_NAMES[op].replace('OUTER', 'FAST'), arg & 0xffff);
        return emit(OP_NAMES[op] ?? `OP${op}`, arg);
    }
  };
  /**
   * A while loop's end (compiler_while): its test again, the last jump going back to the body
   * while true: the instructions from the loop's start on its line up to the conditional jump
   * that leaves it.
   */
  const whileRetest = (top: number, at: number): void => {
    let from = kept.indexOf(top);
    if (from < 0) from = kept.findIndex((i) => i > top);
    let last = -1;
    for (let k = from; k < at && u.lines[kept[k]] === u.lines[kept[from]]; k++) {
      const op = opAt(u, kept[k]);
      if (op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_TRUE || op === Op.POP_JUMP_IF_NONE || op === Op.POP_JUMP_IF_NOT_NONE) last = k;
    }
    if (last < 0) return void out.push({ op: 'JUMP', arg: 0, line: -1, to: top });
    for (let k = from; k <= last; k++) one(kept[k], k, true, k === last ? kept[last + 1] : undefined);
  };
  kept.forEach((i, k) => one(i, k));
  for (let k = 0; k < coldSends; k++) out.push({ op: 'CLEANUP_THROW', arg: 0, line: -1, handler: true }, { op: 'JUMP_BACKWARD_NO_INTERRUPT', arg: 0, line: -1 });
  if (minor >= 12 && generator) {
    // wrap_in_stopiteration_handler: a StopIteration escaping the body becomes a RuntimeError.
    out.push({ op: 'CALL_INTRINSIC_1', arg: 3, line: -1, handler: true }, { op: 'RERAISE', arg: 1, line: -1 });
  }
  // Resolve jumps: to the first Ins made for the target model instruction (or the next kept one).
  const n = u.code.length / 2;
  const startOf = (i: number): number => {
    for (let j = i; j < n; j++) {
      const at = starts.get(j);
      if (at !== undefined) return at;
    }
    return out.length;
  };
  for (const x of out) if (x.to !== undefined && x.target === undefined) x.target = startOf(x.to);
  for (const h of handlerAt) if (h < out.length) out[h].handler = true;
  return out;
}

/**
 * starunpack_helper: a list or set display with a starred item builds its leading plain items
 * at once (BUILD_LIST n); this compiler appends them one by one to an empty one.
 */
function leadingAppends(u: CodeUnit, kept: number[]): Map<number, string> {
  const out = new Map<number, string>();
  kept.forEach((i, k) => {
    const op = u.code[2 * i];
    if ((op !== Op.BUILD_LIST && op !== Op.BUILD_SET) || u.code[2 * i + 1] !== 0) return;
    const add = op === Op.BUILD_LIST ? Op.LIST_APPEND : Op.SET_ADD;
    const extend = op === Op.BUILD_LIST ? Op.LIST_EXTEND : Op.SET_UPDATE;
    const appends: number[] = [];
    for (let j = k + 1; j < kept.length; j++) {
      const o = u.code[2 * kept[j]];
      const a = u.code[2 * kept[j] + 1];
      if (o === extend && a === 1) {
        // The build moves to where the last leading item was appended.
        if (appends.length > 0) out.set(i, 'skip');
        appends.forEach((x, n) => out.set(x, n === appends.length - 1 ? (op === Op.BUILD_LIST ? 'BUILD_LIST' : 'BUILD_SET') : 'skip'));
        return;
      }
      if (o === add && a === 1) appends.push(kept[j]);
      else if (o === Op.BUILD_LIST || o === Op.BUILD_SET || o === Op.BUILD_MAP || isJump(o) || o === add || o === extend) return;
    }
  });
  return out;
}

type Link = { kind: 'link'; to: number } | { kind: 'last'; op: string; to: number; end: number } | { kind: 'pop'; op: string; to: number } | { kind: 'skip' };

/**
 * Chained comparisons whose value a conditional jump tests: this compiler makes the value
 * (JUMP_IF_FALSE_OR_POP per link to a SWAP, POP_TOP cleanup) and tests it; CPython's
 * compiler_jump_if jumps from each link and from the last comparison itself.
 */
function testChains(u: CodeUnit, kept: number[]): Map<number, Link> {
  const out = new Map<number, Link>();
  const at = (i: number): number => u.code[2 * i];
  kept.forEach((i, k) => {
    // The cleanup: SWAP, POP_TOP, then the test's jump; before it, the jump to that test.
    if (at(i) !== Op.SWAP || at(kept[k + 1]) !== Op.POP_TOP || k < 1 || at(kept[k - 1]) !== Op.JUMP) return;
    const test = kept[k + 2];
    if (test === undefined || (at(test) !== Op.POP_JUMP_IF_FALSE && at(test) !== Op.POP_JUMP_IF_TRUE) || u.code[2 * kept[k - 1] + 1] >> 1 !== test) return;
    const links = kept.filter((j) => at(j) === Op.JUMP_IF_FALSE_OR_POP && u.code[2 * j + 1] >> 1 === i);
    if (links.length === 0) return;
    const op = at(test) === Op.POP_JUMP_IF_FALSE ? 'POP_JUMP_IF_FALSE' : 'POP_JUMP_IF_TRUE';
    const to = u.code[2 * test + 1] >> 1;
    for (const j of links) out.set(j, { kind: 'link', to: kept[k + 1] });
    out.set(kept[k - 1], { kind: 'last', op, to, end: kept[k + 3] ?? u.code.length / 2 });
    out.set(i, { kind: 'skip' });
    out.set(kept[k + 1], { kind: 'pop', op, to });
    out.set(test, { kind: 'skip' });
  });
  return out;
}

const unitTargets = new WeakMap<CodeUnit, Set<number>>();

/** The model instructions some jump goes to. */
function targetsOf(u: CodeUnit): Set<number> {
  let t = unitTargets.get(u);
  if (t === undefined) {
    t = new Set();
    for (let i = 0; i < u.code.length; i += 2) if (isJump(u.code[i])) t.add(u.code[i + 1] >> 1);
    unitTargets.set(u, t);
  }
  return t;
}

/** A constant's truth (PyObject_IsTrue). */
function truthy(c: ConstSpec): boolean {
  switch (c.t) {
    case 'none':
      return false;
    case 'bool':
      return c.v;
    case 'int':
      return c.v !== 0n;
    case 'float':
      return c.v !== 0;
    case 'complex':
      return c.imag !== 0 || (c.real ?? 0) !== 0;
    case 'str':
      return c.v.length > 0;
    case 'bytes':
      return c.v.length > 0;
    case 'tuple':
    case 'frozenset':
      return c.items.length > 0;
    default:
      return true;
  }
}

/** A name a module or class body declares `global` (its *_NAME instructions are CPython's *_GLOBAL). */
function declaredGlobal(u: CodeUnit, name: string | undefined): boolean {
  return name !== undefined && !u.scope.isFunctionLike && u.scope.symbols.get(u.scope.mangle(name))?.global === true;
}

/** Whether model instruction i loads a name the module binds by an import (compile.c is_import_originated). */
function importOriginated(u: CodeUnit, i: number | undefined): boolean {
  if (i === undefined) return false;
  const op = u.code[2 * i];
  const arg = u.code[2 * i + 1];
  let name: string | undefined;
  if (op === Op.LOAD_NAME || op === Op.LOAD_GLOBAL) name = u.names[arg];
  else if (op === Op.LOAD_FAST) name = u.scope.varnames[arg];
  else if (op === Op.LOAD_DEREF) name = [...u.scope.cellvars, ...u.scope.freevars][arg - (u.scope.isFunctionLike ? u.scope.varnames.length : 0)];
  if (name === undefined) return false;
  let top = u.scope;
  while (top.parent !== null) top = top.parent;
  return top.symbols.get(name)?.imported === true;
}

/**
 * 3.12+ PEP 709 (compile.c compiler_comprehension, push/pop_inlined_comprehension_state): the
 * comprehension's code in place of the call, the names it binds saved on the stack around it
 * (LOAD_FAST_AND_CLEAR, a MAKE_CELL for a cell) and restored after it or when it raises.
 */
function inlineComprehension(out: Ins[], c: CodeUnit, u: CodeUnit, line: number, minor: number, inModule: boolean): void {
  const pushed = pushedNames(c.scope, u.scope.kind === 'class');
  const n = pushed.length;
  // A cell of the comprehension, or of one it inlines (DEF_COMP_CELL).
  const cells = inlinedCellvars(c, minor);
  const add = (op: string, arg = 0, l = line): void => void out.push({ op, arg, line: l });
  // STORE_FAST_MAYBE_NULL, a STORE_FAST only after 3.13 made its superinstructions.
  const restore = (name: string, l: number): void => void out.push({ op: 'STORE_FAST_MAYBE_NULL', arg: Math.max(0, u.scope.varnames.indexOf(name)), line: l, slot: name });
  for (const name of pushed) {
    add('LOAD_FAST_AND_CLEAR');
    if (cells.includes(name)) add('MAKE_CELL');
  }
  if (n > 0) add('SWAP', n + 1);
  const inner = translate(c, minor, inModule || u.scope.kind === 'module');
  const prefix = inner.findIndex((x) => x.op === 'RESUME') + 1;
  // The comprehension's own iterator is what the code pushed already: no LOAD_FAST .0.
  const dot0 = inner.findIndex((x, j) => j >= prefix && x.op === 'LOAD_FAST' && x.arg === 0);
  const map: number[] = [];
  const base = out.length;
  let jumpAt = -1;
  inner.forEach((x, j) => {
    map.push(out.length);
    if (j === dot0 || j < prefix) return;
    if (x.op === 'RETURN_VALUE') {
      // POP_BLOCK, a jump over the handler to the restores.
      if (n > 0) jumpAt = out.length, out.push({ op: 'JUMP', arg: 0, line: -1 });
      return;
    }
    out.push({ ...x });
    // BUILD_LIST / BUILD_SET / BUILD_MAP, then the iterator back on top.
    if (j === prefix) add('SWAP', 2, x.line);
  });
  map.push(out.length);
  for (let j = base; j < out.length; j++) {
    const x = out[j];
    if (x.target !== undefined) x.target = map[x.target];
  }
  // Out of line: the handler restoring the names when the comprehension raises.
  if (n > 0) {
    add('SWAP', 2, -1);
    out[out.length - 1].handler = true;
    add('POP_TOP', 0, -1);
    add('SWAP', n + 1, -1);
    for (const name of [...pushed].reverse()) restore(name, -1);
    add('RERAISE', 0, -1);
    if (jumpAt >= 0) out[jumpAt].target = out.length;
    add('SWAP', n + 1);
    for (const name of [...pushed].reverse()) restore(name, line);
  }
}

/** The CFG passes that change how many instructions there are (Python/compile.c optimize_cfg; 3.12+ flowgraph.c). */
function optimize(ins: Ins[], minor: number): Ins[] {
  let cur = inlineExits(ins, minor);
  if (minor >= 13) cur = propagateLines(cur);
  cur = peephole(cur, minor);
  if (minor >= 12) cur = peephole(coldToEnd(cur), minor);
  if (minor >= 12) {
    // normalize_jumps: a conditional jump backward is the opposite one over a JUMP_BACKWARD.
    const out: Ins[] = [];
    const map: number[] = [];
    const inverted = new Set<number>();
    cur.forEach((x, i) => {
      map.push(out.length);
      out.push({ ...x });
      if (CONDITIONAL.has(x.op) && x.target !== undefined && x.target <= i) {
        out.push({ op: 'JUMP', arg: 0, line: x.line, target: x.target, loop: true });
        inverted.add(out.length - 2);
      }
    });
    map.push(out.length);
    out.forEach((x, j) => {
      // The inverted jump goes past the JUMP_BACKWARD.
      if (inverted.has(j)) x.target = -1000 - (j + 2);
      else if (x.target !== undefined && x.target >= 0) x.target = map[x.target];
    });
    for (const x of out) if (x.target !== undefined && x.target <= -1000) x.target = -1000 - x.target;
    cur = out;
  }
  return cur;
}

/**
 * 3.13 resolve_line_numbers runs before the peephole passes (3.11/3.12 after): an instruction
 * of no line takes the one before it in its block; a block's first, its sole predecessor's.
 */
function propagateLines(ins: Ins[]): Ins[] {
  const { starts } = blockStarts(ins);
  const jumpsTo = new Map<number, number[]>();
  ins.forEach((x, i) => {
    if (x.target !== undefined && x.target >= 0) jumpsTo.set(x.target, [...(jumpsTo.get(x.target) ?? []), i]);
  });
  const out = ins.map((x) => ({ ...x }));
  out.forEach((x, i) => {
    if (x.line >= 0 || x.handler) return;
    if (!starts.has(i)) {
      if (i > 0) x.line = out[i - 1].line;
      return;
    }
    const from = jumpsTo.get(i) ?? [];
    const prev = out[i - 1];
    const falls = prev !== undefined && !ends(prev);
    if (from.length === 0 && falls) x.line = prev.line;
    else if (from.length === 1 && !falls) x.line = out[from[0]].line;
  });
  return out;
}

/** Jump targets, and where each block starts (a target, a handler, or after a jump or exit). */
function blockStarts(ins: Ins[]): { targets: Set<number>; starts: Set<number> } {
  const targets = new Set<number>();
  const starts = new Set<number>([0]);
  ins.forEach((x, i) => {
    if (x.target !== undefined && x.target >= 0) targets.add(x.target), starts.add(x.target);
    if (x.handler || x.seam) starts.add(i);
    if (x.target !== undefined || EXITS.has(x.op) || UNCONDITIONAL.has(x.op)) starts.add(i + 1);
  });
  return { targets, starts };
}

const ends = (x: Ins): boolean => EXITS.has(x.op) || UNCONDITIONAL.has(x.op);

/**
 * Per pass: unreachable blocks go (eliminate_unreachable... mark_reachable), jumps to the next
 * instruction go, LOAD_CONST + RETURN_VALUE is RETURN_CONST (3.12+), pairs of fast-local
 * loads and stores are one instruction (3.13), TO_BOOL after a bool goes (3.13), and a NOP on
 * the line before or after it goes (remove_redundant_nops).
 */
function peephole(ins: Ins[], minor: number): Ins[] {
  let cur = ins;
  for (let pass = 0; pass < 8; pass++) {
    const keep: boolean[] = cur.map(() => true);
    const { targets, starts } = blockStarts(cur);
    // Reachable: from the entry or a handler, by falling through or jumping.
    const live = new Set<number>();
    const work = [0, ...cur.map((x, i) => (x.handler ? i : -1)).filter((i) => i >= 0)];
    while (work.length > 0) {
      let i = work.pop()!;
      if (live.has(i) || i >= cur.length) continue;
      for (; i < cur.length; i++) {
        live.add(i);
        const x = cur[i];
        if (x.target !== undefined && x.target >= 0) work.push(x.target);
        if (ends(x) || (starts.has(i + 1) && live.has(i + 1))) break;
      }
    }
    cur.forEach((_, i) => {
      if (!live.has(i)) keep[i] = false;
    });
    cur.forEach((x: Ins, i) => {
      if (!keep[i]) return;
      // jump_thread: a jump to an unconditional jump goes where that one goes (on one line; 3.12+ or to one of no line).
      const to = x.target !== undefined && x.target >= 0 ? cur[x.target] : undefined;
      if (to !== undefined && UNCONDITIONAL.has(to.op) && to.target !== undefined && to.target >= 0 && to.target !== x.target && (UNCONDITIONAL.has(x.op) || CONDITIONAL.has(x.op)) && (x.line === to.line || (to.line < 0 && minor >= 12))) {
        cur[i] = x = { ...x, target: to.target, loop: x.loop || to.loop, op: to.op === 'JUMP' && x.op === 'JUMP_NO_INTERRUPT' ? 'JUMP' : x.op };
      }
      if (UNCONDITIONAL.has(x.op) && x.target !== undefined) {
        // A jump to the next instruction (NOPs between) is dropped.
        let j = i + 1;
        while (j < cur.length && j < x.target && (!keep[j] || cur[j].op === 'NOP')) j++;
        if (x.target === j) keep[i] = false;
      }
      // optimize_basic_block: LOAD_CONST None, IS_OP, (3.13 TO_BOOL,) a conditional jump is POP_JUMP_IF_(NOT_)NONE.
      if (x.none && cur[i + 1]?.op === 'IS_OP' && !starts.has(i + 1) && !starts.has(i + 2)) {
        const j = cur[i + 2]?.op === 'TO_BOOL' && !starts.has(i + 3) ? i + 3 : i + 2;
        if (CONDITIONAL.has(cur[j]?.op ?? '')) {
          keep[i] = keep[i + 1] = keep[j - 1] = false;
          keep[j] = true;
          cur[j] = { ...cur[j], op: 'POP_JUMP_IF_NONE' };
          return;
        }
      }
      // 3.12+ optimize_basic_block: LOAD_CONST + RETURN_VALUE is RETURN_CONST.
      if (minor >= 12 && x.op === 'LOAD_CONST' && cur[i + 1]?.op === 'RETURN_VALUE' && !starts.has(i + 1)) {
        keep[i] = false;
        cur[i + 1] = { ...cur[i + 1], op: 'RETURN_CONST' };
      }
      // apply_static_swaps: SWAP n before n stores or POP_TOPs on one line reorders them instead.
      if (x.op === 'SWAP' && x.arg >= 2 && staticSwap(cur, i, x.arg, starts)) keep[i] = false;
      // 3.13 optimize_basic_block: what a comparison, `is`, `in` or `not` leaves is a bool already.
      if (minor >= 13 && x.op === 'TO_BOOL' && i > 0 && !starts.has(i) && BOOLS.has(cur[i - 1].op) && keep[i - 1]) keep[i] = false;
      // 3.13 insert_superinstructions: two fast-local loads or stores in a block, on one line, with small indices.
      if (minor >= 13 && keep[i] && (x.op === 'LOAD_FAST' || x.op === 'STORE_FAST') && !starts.has(i + 1)) {
        const y = cur[i + 1];
        const pair = y !== undefined && (y.op === 'LOAD_FAST' || (x.op === 'STORE_FAST' && y.op === 'STORE_FAST'));
        if (pair && !(x.line >= 0 && y.line >= 0 && x.line !== y.line) && x.arg < 16 && y.arg < 16) {
          cur[i] = { ...x, op: `${x.op}_${y.op}` };
          keep[i + 1] = false;
        }
      }
    });
    let prevLine = -2;
    cur.forEach((x, i) => {
      if (!keep[i]) return;
      if (starts.has(i)) prevLine = -2;
      if (x.op === 'NOP') {
        let j = i + 1;
        while (j < cur.length && (!keep[j] || cur[j].op === 'NOP')) j++;
        const next = cur[j];
        if (x.line < 0 || x.line === prevLine || (next !== undefined && (next.line === x.line || next.line < 0))) {
          keep[i] = false;
          return;
        }
      }
      prevLine = x.line;
    });
    void targets;
    if (keep.every((b) => b)) break;
    cur = compact(cur, keep);
  }
  return cur;
}

const SWAPPABLE = new Set(['STORE_FAST', 'STORE_FAST_MAYBE_NULL', 'POP_TOP']);

/** Whether the SWAP at i can be applied to the instructions after it (flowgraph.c apply_static_swaps, next_swappable_instruction). */
function staticSwap(ins: Ins[], i: number, n: number, starts: Set<number>): boolean {
  const next = (from: number, line: number | null): number => {
    for (let j = from + 1; j < ins.length && !starts.has(j); j++) {
      const y = ins[j];
      if (line !== null && line >= 0 && y.line !== line) return -1;
      if (y.op === 'NOP') continue;
      return SWAPPABLE.has(y.op) ? j : -1;
    }
    return -1;
  };
  const j = next(i, null);
  if (j < 0) return false;
  let k = j;
  for (let c = n - 1; c > 0; c--) if ((k = next(k, ins[j].line)) < 0) return false;
  const slot = (y: Ins): string | null => (y.op.startsWith('STORE_FAST') ? (y.slot ?? String(y.arg)) : null);
  const sj = slot(ins[j]);
  const sk = slot(ins[k]);
  if (sj !== null || sk !== null) {
    if (sj === sk) return false;
    for (let m = j + 1; m < k; m++) if (slot(ins[m]) !== null && (slot(ins[m]) === sj || slot(ins[m]) === sk)) return false;
  }
  // The two change places: a pair of stores may now fuse (3.13 STORE_FAST_STORE_FAST) as before.
  [ins[j], ins[k]] = [ins[k], ins[j]];
  return true;
}

const BOOLS = new Set(['COMPARE_OP', 'IS_OP', 'CONTAINS_OP', 'UNARY_NOT', 'TO_BOOL', 'CHECK_EXC_MATCH']);

/**
 * 3.12+ push_cold_blocks_to_end: blocks only an exception reaches go after the others, in
 * order; one that fell through into a warm block jumps there instead.
 */
function coldToEnd(ins: Ins[]): Ins[] {
  const { starts } = blockStarts(ins);
  const blocks: number[][] = [];
  ins.forEach((_, i) => {
    if (starts.has(i) || blocks.length === 0) blocks.push([]);
    blocks[blocks.length - 1].push(i);
  });
  const blockOf = new Map<number, number>();
  blocks.forEach((b, k) => b.forEach((i) => blockOf.set(i, k)));
  const warm = new Set<number>();
  const work = [0];
  while (work.length > 0) {
    const k = work.pop()!;
    if (warm.has(k) || k >= blocks.length) continue;
    warm.add(k);
    const last = ins[blocks[k][blocks[k].length - 1]];
    if (last.target !== undefined && last.target >= 0) work.push(blockOf.get(last.target)!);
    if (!ends(last)) work.push(k + 1);
  }
  const order = [...blocks.keys()].filter((k) => warm.has(k)).concat([...blocks.keys()].filter((k) => !warm.has(k)));
  const out: Ins[] = [];
  const map = new Map<number, number>();
  for (const k of order) {
    for (const i of blocks[k]) {
      map.set(i, out.length);
      out.push({ ...ins[i] });
    }
    const last = ins[blocks[k][blocks[k].length - 1]];
    if (!warm.has(k) && !ends(last) && warm.has(k + 1)) out.push({ op: 'JUMP_NO_INTERRUPT', arg: 0, line: -1, target: -100 - blocks[k + 1][0] });
  }
  map.set(ins.length, out.length);
  for (const x of out) {
    if (x.target === undefined) continue;
    if (x.target <= -100) x.target = map.get(-100 - x.target)!;
    else if (x.target >= 0) x.target = map.get(x.target)!;
  }
  return out;
}

/** The exit block starting at t (instructions up to a return or raise, no other jump into them), or null. */
function exitBlock(ins: Ins[], t: number, targets: Set<number>): Ins[] | null {
  for (let j = t; j < ins.length; j++) {
    if (j > t && targets.has(j)) return null;
    const x = ins[j];
    if (EXITS.has(x.op)) return ins.slice(t, j + 1);
    if (x.target !== undefined || UNCONDITIONAL.has(x.op)) return null;
  }
  return null;
}

/**
 * An unconditional jump to a small exit block (four instructions at most; 3.11 one without line
 * numbers) is a copy of it (extend_block, inline_small_exit_blocks); an exit block without line
 * numbers that more than one block reaches is copied for each jump to it (duplicate_exits_without_lineno).
 */
function inlineExits(ins: Ins[], minor: number): Ins[] {
  const targets = new Set<number>();
  for (const x of ins) if (x.target !== undefined && x.target >= 0) targets.add(x.target);
  const out: Ins[] = [];
  const extra = new Map<number, Ins[]>();
  const preds = new Map<number, number>();
  ins.forEach((x) => {
    if (x.target !== undefined && x.target >= 0) preds.set(x.target, (preds.get(x.target) ?? 0) + 1);
  });
  const noLine = (b: Ins[]): boolean => b.every((y) => y.line < 0);
  const map: number[] = [];
  ins.forEach((x, i) => {
    map.push(out.length);
    if (targets.has(i)) x = { ...x, seam: true };
    if (x.target !== undefined && x.target >= 0) {
      const b = exitBlock(ins, x.target, targets);
      if (b !== null && UNCONDITIONAL.has(x.op) && b.length <= 4 && (minor >= 12 || noLine(b))) {
        // The jump is a NOP on its line, then the block (extend_block, inline_small_exit_blocks).
        out.push({ op: 'NOP', arg: 0, line: x.line }, ...b.map((y, j) => ({ ...y, target: undefined, seam: j === 0 })));
        preds.set(x.target, preds.get(x.target)! - 1);
        return;
      }
      if (b !== null && noLine(b)) {
        const prev = ins[x.target - 1];
        const fall = prev !== undefined && !EXITS.has(prev.op) && !UNCONDITIONAL.has(prev.op);
        if (preds.get(x.target)! + (fall ? 1 : 0) > 1) {
          preds.set(x.target, preds.get(x.target)! - 1);
          extra.set(i, b);
        }
      }
    }
    out.push(x);
  });
  map.push(out.length);
  for (const x of out) if (x.target !== undefined && x.target >= 0) x.target = map[x.target];
  // Each copy goes after the code (where CPython puts it, after its jump's block, changes no count).
  for (const [i, b] of extra) {
    out[map[i]].target = out.length;
    out.push(...b.map((y) => ({ ...y, target: undefined })));
  }
  return out;
}

/** Drop instructions, moving jump targets onto the next instruction kept. */
function compact(ins: Ins[], keep: boolean[]): Ins[] {
  const map: number[] = [];
  let n = 0;
  for (let i = 0; i < ins.length; i++) {
    map.push(n);
    if (keep[i]) n++;
  }
  map.push(n);
  const out: Ins[] = [];
  let handler = false;
  ins.forEach((x, i) => {
    if (!keep[i]) return void (handler ||= x.handler === true);
    out.push({ ...x, target: x.target === undefined || x.target < 0 ? x.target : map[x.target] });
    if (handler) out[out.length - 1].handler = true;
    handler = false;
  });
  return out;
}

/** Code units: each instruction, its caches, and EXTENDED_ARGs for arguments past a byte (jumps by distance). */
function layout(ins: Ins[], minor: number, sizes: number[] = []): number {
  const table = CACHES[minor] ?? CACHES[13];
  // 3.13: JUMP_BACKWARD has a cache, JUMP_FORWARD none.
  const caches = table;
  // 3.13: a loop's JUMP_BACKWARD has a cache; the compiler's other jumps (JUMP_NO_INTERRUPT) none.
  ins = ins.map((x, i) => (x.op === 'JUMP' && x.target !== undefined && x.target <= i && (x.loop || minor < 13) ? { ...x, op: 'JUMP_BACKWARD' } : x));
  const ext = (a: number): number => (a > 0xffffff ? 3 : a > 0xffff ? 2 : a > 0xff ? 1 : 0);
  const size = ins.map((x) => (x.op === 'FALL_THROUGH' ? 0 : 1 + (caches[x.op] ?? 0) + (x.target === undefined ? ext(x.arg) : 0)));
  for (let pass = 0; pass < 8; pass++) {
    const off: number[] = [];
    let o = 0;
    for (const s of size) off.push(o), (o += s);
    off.push(o);
    let changed = false;
    ins.forEach((x, i) => {
      if (x.target === undefined || x.target < 0 || x.op === 'FALL_THROUGH') return;
      const base = 1 + (caches[x.op] ?? 0);
      const end = off[i] + size[i];
      const dist = Math.abs(off[x.target] - end);
      const s = base + ext(dist);
      if (s !== size[i]) {
        size[i] = s;
        changed = true;
      }
    });
    if (!changed) break;
  }
  sizes.push(...size);
  return size.reduce((a, b) => a + b, 0);
}
