// One code object under construction (compiler_unit in Python/compile.c): the
// instruction stream with its lines, labels, constants, names and the fblock stack.
import type * as A from '../syntax/ast';
import { Op } from './opcodes';
import type { Scope } from './scopes';
import type { SyntaxWarningInfo } from '../syntax/lower-core';

/** A constant as the compiler sees it, before it becomes an object. */
export type ConstSpec =
  | { readonly t: 'none' }
  | { readonly t: 'bool'; readonly v: boolean }
  | { readonly t: 'int'; readonly v: bigint }
  | { readonly t: 'float'; readonly v: number }
  | { readonly t: 'complex'; readonly imag: number; readonly real?: number }
  /** made: the compiler's own text (an annotation under the future), not a literal the parser made. */
  | { readonly t: 'str'; readonly v: string; readonly made?: true }
  /** onePiece, refolds: as the bytes Constant's (ast.ts). */
  | { readonly t: 'bytes'; readonly v: Uint8Array; readonly onePiece?: true; readonly refolds?: number }
  | { readonly t: 'ellipsis' }
  | { readonly t: 'tuple'; readonly items: ConstSpec[] }
  | { readonly t: 'frozenset'; readonly items: ConstSpec[] }
  | { readonly t: 'code'; readonly unit: CodeUnit };

/**
 * loop: a for (iterator on the stack) or while loop; try-except: a protected body;
 * try-finally: a body whose final body must run; finally-exc: a final body handling an
 * exception ([prev, exc] below); finally-normal: a final body on the normal path;
 * handler: an except clause ([prev] below); with: a with body ([exit] below).
 */
export type FBlockKind = 'loop' | 'try-except' | 'try-finally' | 'finally-exc' | 'finally-normal' | 'handler' | 'with';

/** What break, continue and return must undo on their way out (compiler_unwind_fblock). */
export interface FBlock {
  readonly kind: FBlockKind;
  /** loop: where continue jumps; the break label is `exit`. */
  readonly top?: Label;
  readonly isFor?: boolean;
  readonly exit?: Label;
  /** try-finally: the final body, compiled again on each way out. */
  readonly finalbody?: A.Stmt[];
  /** handler with `as name`: the name to clear. */
  readonly name?: string | null;
  /** with: the statement's line, where 3.10+ call __exit__ on a way out. */
  readonly line?: number;
  /** try-finally and its final bodies: the statement, marked when a final body is left by a jump. */
  readonly finallyExit?: FinallyExit;
}

/**
 * A try/finally whose final body returns, breaks or continues: 3.8's compiler keeps a
 * None under the statement (compile.c compiler_try_finally, break_finally), which counts
 * in co_stacksize. From the SETUP_FINALLY's code position to the statement's end.
 */
export interface FinallyExit {
  readonly setup: number;
  end: number;
  exits: boolean;
}

/**
 * One step of a unit's compilation that touches its tables: a constant added (each time;
 * a code object's unit was compiled just before), a new name, the first use of a fast local,
 * and where 3.12+ compile an inlined comprehension (after its first iterable).
 */
export type UnitEvent = { readonly c: ConstSpec } | { readonly name: string } | { readonly fast: string } | { readonly inline: CodeUnit };

/** A compile-time error CPython reports as SyntaxError. */
export class CompileError {
  /** What the compiler warned about before it met this error (compileModule fills it in). */
  warnings: readonly SyntaxWarningInfo[] = [];
  constructor(
    readonly message: string,
    readonly line: number,
  ) {}
}

export class Label {
  pos = -1;
  readonly refs: number[] = [];
}

/**
 * A line that is none (3.8/3.9 u_lineno 0): an instruction emitted at it goes on with the line
 * of the one before it, as co_lnotab has no entry for it (assemble_lnotab skips i_lineno 0).
 */
export const CONTINUE_LINE = 0;

export class CodeUnit {
  /** A module's unit: the SyntaxWarnings its compilation printed. */
  warnings: readonly SyntaxWarningInfo[] = [];
  code: number[] = [];
  lines: number[] = [];
  /**
   * Backward jumps CPython writes as a conditional jump (a while loop's test repeated at its
   * end, POP_JUMP_BACKWARD_IF_TRUE), which 3.11 does not count toward warming the code up.
   */
  quietBackEdges: number[] = [];
  /** Code positions of the LOAD_METHOD of a call with keywords, a LOAD_ATTR in 3.8-3.10 (maybe_optimize_method_call). */
  boundMethodLoads: number[] = [];
  /** co_positions: per instruction the node it came from, as line, col, endLine, endCol (-1: none). */
  positions: number[] = [];
  /**
   * Instructions CPython gives no line of their own (a loop's jump back, the implicit return):
   * they take the line executing before them (Python/compile.c propagate_line_numbers and
   * duplicate_exits_without_lineno), so reaching one starts no execution of a line.
   */
  readonly silent: number[] = [];
  /**
   * 3.8: instructions a CALL_FINALLY's final body returns to (END_FINALLY jumps back), which
   * the model reaches after that body compiled in place: their line runs again (line-ranges.ts).
   */
  readonly restarts: number[] = [];
  /** The bodies of `except ... as name` clauses: code positions from the body's start to its cleanup's. */
  readonly namedHandlers: { from: number; to: number }[] = [];
  /** The code position of the last statement's `pass` NOP, or -1 (compile.ts stmt, 3.8/3.9). */
  passNop = -1;
  /** While set, emitted instructions are silent. */
  quiet = false;
  /** The node whose instructions are being emitted (the compiler's current location). */
  loc: A.Loc | null = null;
  readonly consts: ConstSpec[] = [];
  private readonly constKeys = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  /** What CPython's compiler puts in this unit's tables, in its order (keys-temporaries.ts). */
  readonly log: UnitEvent[] = [];
  private readonly fastSeen = new Set<string>();
  readonly fblocks: FBlock[] = [];
  /**
   * Calls whose only positional argument is *a (or only keyword argument **k): the code
   * positions of the BUILD_LIST 0 (BUILD_MAP 0) and of the LIST_EXTEND (DICT_MERGE) that
   * CPython leaves out, passing a (3.8: k) itself (compile.c compiler_call_helper).
   */
  readonly loneStarred: { build: number; merge: number }[] = [];
  /**
   * List, set and dict comprehensions made and called here, which 3.12+ inline (PEP 709):
   * the code positions of the first instruction making the function (LOAD_CLOSURE or
   * LOAD_CONST), of its MAKE_FUNCTION and of the CALL 0 that runs it.
   */
  readonly comprehensions: { from: number; make: number; call: number; unit: CodeUnit }[] = [];
  /**
   * Calls of a callable that is not a method: the code positions of the PUSH_NULL before
   * the callable and of what follows it (3.13 pushes the NULL there, compile.c compiler_call).
   */
  readonly nullCalls: { nul: number; after: number }[] = [];
  /**
   * `super().name` and `super(a, b).name` that 3.12+ load with LOAD_SUPER_ATTR (compile.c
   * can_optimize_super_call): the code positions of the PUSH_NULL before super and of the
   * call, which CPython does not make; the LOAD_ATTR or LOAD_METHOD right after the call
   * does its work.
   */
  readonly superCalls: { nul: number; call: number; args: number }[] = [];
  /** Code positions of the LOAD_CONST of constant expression statements (a NOP in CPython). */
  readonly constStatements: number[] = [];
  /** Code positions of LOAD_CONSTs CPython's optimizer folds into a tuple constant (3.12+ then drops what they loaded). */
  readonly foldedLoads: number[] = [];
  /**
   * A match mapping's keys of constants: their n loads and BUILD_TUPLE are compiled for the
   * accounting above, but run as the one LOAD_CONST of `index` CPython's optimizer leaves.
   */
  readonly foldedKeys: { build: number; n: number; index: number }[] = [];
  /** Code positions of the LOAD_CONST of an if or while statement's constant test. */
  readonly constantTests: number[] = [];
  /**
   * Indices of constants CPython's code object holds where no instruction here loads them: the
   * items of a tuple fold_tuple_on_constants made, a call's constant positional tuple.
   */
  readonly unloadedConsts = new Set<number>();
  /**
   * Constants added again where an equal one already was (each a new object CPython merges,
   * compiler_add_const): when (how many constants there were), the equal one's index, the new one.
   */
  readonly constRepeats: { at: number; index: number; c: ConstSpec }[] = [];
  /** Code positions of the LIST_EXTENDs that build a call's positional arguments (their error names the callable). */
  readonly callStars: number[] = [];
  /**
   * 3.10: the POP_BLOCK an outer item of a with statement runs after its inner item's exit (code
   * position), and the label after the statement for the first item: compiler_with makes it
   * artificial (line -1) in a block with two predecessors, unless a small exit after the statement
   * gets copied there (extend_block, then duplicate_exits_without_lineno).
   */
  readonly withLineResets: { at: number; tail: Label | null }[] = [];
  /** The try/finally statements whose final body is left by a jump (FinallyExit). */
  readonly finallyExits: FinallyExit[] = [];
  line: number;
  qualname: string;
  /** The unit this one is compiled inside (null for the module's). */
  enclosing: CodeUnit | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  flags = 0;
  constructor(
    readonly scope: Scope,
    readonly name: string,
    qualname: string,
    readonly firstLine: number,
  ) {
    this.line = firstLine;
    this.qualname = qualname;
  }

  emit(op: Op, arg = 0): number {
    if (this.quiet) this.silent.push(this.code.length / 2);
    this.code.push(op, arg);
    const n = this.lines.length;
    this.lines.push(this.line !== CONTINUE_LINE ? this.line : n > 0 ? this.lines[n - 1] : this.firstLine);
    const l = this.loc;
    if (l === null) this.positions.push(-1, -1, -1, -1);
    else this.positions.push(l.line, l.col, l.endLine, l.endCol);
    return this.code.length - 2;
  }

  /**
   * 3.11+ Python/compile.c propagate_line_numbers: an artificial instruction (the implicit
   * return) takes the location of the one before it; 3.11 and 3.12 first remove a pass's NOP
   * on that one's line (or RESUME's, the first line) (remove_redundant_nops). Null where none.
   */
  previousLoc(skipNop: boolean): A.Loc | null {
    let n = this.code.length / 2 - 1;
    if (skipNop && n >= 0 && this.code[2 * n] === Op.NOP && this.lines[n] === (n > 0 ? this.lines[n - 1] : this.firstLine)) n--;
    if (n < 0 || this.positions[4 * n] < 0) return null;
    const [line, col, endLine, endCol] = this.positions.slice(4 * n, 4 * n + 4);
    return { line, col, endLine, endCol };
  }

  /** Makes the instructions emitted since code position `from` silent. */
  silenceSince(from: number): void {
    for (let i = from >> 1; i < this.code.length >> 1; i++) this.silent.push(i);
  }

  /**
   * A jump CPython gives no line of its own: a loop's jump back (so the loop's head starts one
   * run per pass), or a jump over code that follows (an else, the handlers), which control can
   * reach from a join inside the body where its line would be a stale one (ADDOP_JUMP_NOLINE;
   * before 3.10 such jumps never start a line's range).
   */
  silentJump(target: Label): void {
    this.quiet = true;
    this.jump(Op.JUMP, target);
    this.quiet = false;
  }

  jump(op: Op, target: Label): void {
    const at = this.emit(op, -1);
    if (target.pos >= 0) this.code[at + 1] = target.pos;
    else target.refs.push(at);
  }

  bind(l: Label): void {
    l.pos = this.code.length;
    for (const at of l.refs) this.code[at + 1] = l.pos;
  }

  addConst(c: ConstSpec): number {
    this.log.push({ c });
    const key = constKey(c);
    if (key !== null) {
      const i = this.constKeys.get(key);
      if (i !== undefined) {
        this.constRepeats.push({ at: this.consts.length, index: i, c });
        return i;
      }
      this.constKeys.set(key, this.consts.length);
    }
    this.consts.push(c);
    return this.consts.length - 1;
  }

  addName(n: string): number {
    let i = this.nameIndex.get(n);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(n);
      this.nameIndex.set(n, i);
      this.log.push({ name: n });
    }
    return i;
  }

  /** compiler_nameop's LOAD_FAST, STORE_FAST or DELETE_FAST of n: the first one adds n to u_varnames. */
  useFast(n: string): void {
    if (this.fastSeen.has(n)) return;
    this.fastSeen.add(n);
    this.log.push({ fast: n });
  }

  /** compiler_addop_name: an attribute or imported name, mangled inside a class (ADDOP_NAME). */
  addMangledName(n: string): number {
    return this.addName(this.scope.mangle(n));
  }

  /** Index into the frame's localsplus: fast locals, then cells, then free variables. */
  derefIndex(name: string): number {
    const s = this.scope;
    const c = s.cellvars.indexOf(name);
    if (c >= 0) return s.varnames.length + c;
    const f = s.freevars.indexOf(name);
    if (f >= 0) return s.varnames.length + s.cellvars.length + f;
    throw new Error(`compiler: ${name} is neither a cell nor a free variable of ${s.name}`);
  }
}

/**
 * Constants that are equal and of the same type share one slot, as in CPython's co_consts;
 * a code object has the key codeKey gives it (none: each is a slot of its own).
 */
export function constKey(c: ConstSpec, codeKey: (unit: CodeUnit) => string | null = () => null): string | null {
  switch (c.t) {
    case 'none':
    case 'ellipsis':
      return c.t;
    case 'bool':
      return `b:${c.v}`;
    case 'int':
      return `i:${c.v}`;
    case 'float':
      return `f:${Object.is(c.v, -0) ? '-0' : String(c.v)}`;
    case 'complex':
      return `c:${[c.real ?? 0, c.imag].map((x) => (Object.is(x, -0) ? '-0' : String(x))).join(',')}`;
    case 'str':
      return `s:${c.v}`;
    case 'bytes':
      return `y:${Array.from(c.v).join(',')}`;
    case 'tuple':
    case 'frozenset': {
      const parts = c.items.map((x) => constKey(x, codeKey));
      if (parts.includes(null)) return null;
      // Equal sets are equal whatever order their displays wrote them in.
      return `${c.t}:(${(c.t === 'frozenset' ? [...new Set(parts)].sort() : parts).join('|')})`;
    }
    case 'code':
      return codeKey(c.unit);
  }
}
