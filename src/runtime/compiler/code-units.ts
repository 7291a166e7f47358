// How many code units (Py_SIZE) CPython 3.11+'s code object for a unit has: its
// instructions as that version's compiler lays them out, each with its inline caches and
// EXTENDED_ARGs, rebuilt from this compiler's instructions. code_sizeof counts them.
import { Op, OP_NAMES } from './opcodes';
import { isJump, keptInstructions, opAt } from './kept-instructions';
import { pushedNames } from './scopes';
import { cpythonLocals } from './code-object';
import { inlinedCellvars, isInlined } from './inlined-names';
import type { CodeUnit } from './unit';
import { type Ins, layout, optimize } from './code-units-cfg';
import { declaredGlobal, importOriginated, leadingAppends, targetsOf, testChains, truthy } from './code-units-patterns';

/** Py_SIZE of CPython's code object for u (3.11+): its code units, caches included. */
export function codeUnits(u: CodeUnit, minor: number): number {
  if (minor < 11) return 0;
  return layout(optimize(translate(u, minor), minor), minor);
}

/** The instruction names of CPython's code for u, for checks. */
export function cpythonOps(u: CodeUnit, minor: number): string[] {
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
