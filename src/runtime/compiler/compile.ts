// The compiler (Python/compile.c): AST to code units, statements here and
// expressions in compile-expr.ts. Block-structured exception handling: SETUP_FINALLY
// / POP_BLOCK pairs, and break/continue/return unwind the fblock stack on the way out.
import { R } from '../state';
import type * as A from '../syntax/ast';
import { CO_GENERATOR } from '../objects/code';
import { ExprCompiler, loadsOneConst } from './compile-expr';
import { compileMatch, MatchSink } from './compile-match';
import { Op } from './opcodes';
import { analyzeScopes, Scope, ScopeTable } from './scopes';
import { CodeUnit, CompileError, ConstSpec, FBlock, FinallyExit, Label } from './unit';
import { isConstantTrue } from './fold';
import { CO_FUTURE_ANNOTATIONS, futureParse } from '../syntax/future';
import type { SyntaxWarningInfo } from '../syntax/lower-core';
export { CompileError };
export type { FBlock };


export function compileModule(mod: A.Module): CodeUnit {
  const table = analyzeScopes(mod);
  const c = new Compiler(table);
  const future = futureParse(mod);
  c.futureAnnotations = 'annotations' in future && future.annotations;
  let unit: CodeUnit;
  try {
    unit = c.module(mod);
  } catch (e) {
    // compiler_error: the warnings issued so far were printed already.
    if (e instanceof CompileError) e.warnings = c.warnings;
    throw e;
  }
  // compute_code_flags: every code object of the module carries the future's flag.
  if (c.futureAnnotations) markFuture(unit);
  unit.warnings = c.warnings;
  return unit;
}

/**
 * The SyntaxWarnings the compiler issues before it meets the node where it raises a
 * SyntaxError (found by syntax/compile-checks.ts). What it does not meet as a statement or
 * expression (a repeated keyword) cuts at its line.
 */
export function compilerWarningsBefore(mod: A.Module, at: A.Loc): readonly SyntaxWarningInfo[] {
  let c: Compiler | null = null;
  try {
    c = new Compiler(analyzeScopes(mod));
    const future = futureParse(mod);
    c.futureAnnotations = 'annotations' in future && future.annotations;
    c.stopAt = at;
    c.module(mod);
  } catch {
    // The SyntaxError is the checks' to report; what was issued until then stands.
  }
  if (c === null) return [];
  return c.stopped ? c.warnings : c.warnings.filter((w) => w.line < at.line);
}

function markFuture(u: CodeUnit): void {
  u.flags |= CO_FUTURE_ANNOTATIONS;
  for (const c of u.consts) if (c.t === 'code') markFuture(c.unit);
}

export class Compiler extends ExprCompiler {
  constructor(table: ScopeTable) {
    super(table);
  }

  module(mod: A.Module): CodeUnit {
    const u = new CodeUnit(this.table.top, '<module>', '<module>', 1);
    this.u = u;
    // compiler_body: a module docstring is stored as __doc__ before the first statement.
    const doc = docstringOf(mod.body);
    if (doc !== null) {
      u.line = mod.body[0].line;
      this.loadConst({ t: 'str', v: doc });
      this.storeName('__doc__');
    }
    this.body(mod.body);
    this.u.line = returnLine(u, mod.body);
    u.quiet = true;
    this.loadConst({ t: 'none' });
    u.emit(Op.RETURN_VALUE);
    u.quiet = false;
    return u;
  }

  /** A function, lambda or class body as its own code unit. */
  functionUnit(scope: Scope, name: string, qualname: string, line: number, fill: () => void, decorators: readonly A.Expr[] = []): CodeUnit {
    const saved = this.u;
    // co_firstlineno of a decorated def or class is its first decorator's line (compiler_function).
    const u = new CodeUnit(scope, name, qualname, decorators[0]?.line ?? line);
    u.enclosing = saved;
    u.line = line;
    this.u = u;
    if (scope.isGenerator) u.flags |= CO_GENERATOR;
    fill();
    this.u = saved;
    return u;
  }

  body(stmts: A.Stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }

  stmt(s: A.Stmt): void {
    if (s === this.stopAt) this.stop();
    const u = this.u;
    u.quiet = false;
    u.line = s.line;
    u.loc = s;
    switch (s.kind) {
      case 'Expr': {
        const at = u.code.length;
        this.expr(s.value);
        // compiler_visit_stmt_expr: CPython compiles a constant statement to a NOP.
        if (u.code.length === at + 2 && u.code[at] === Op.LOAD_CONST && loadsOneConst(s.value) !== null) {
          u.constStatements.push(at);
          // 3.8 and 3.9 leave no instruction at all, so their line tracing never sees the line.
          if (R.minor <= 9) u.silent.push(at >> 1, (at >> 1) + 1);
        }
        u.emit(Op.POP_TOP);
        return;
      }
      case 'Assign': {
        this.expr(s.value);
        s.targets.forEach((t, i) => {
          if (i < s.targets.length - 1) u.emit(Op.COPY, 1);
          this.store(t);
        });
        return;
      }
      case 'AugAssign':
        return this.augAssign(s);
      case 'AnnAssign':
        return this.annAssign(s);
      case 'Delete':
        for (const t of s.targets) this.del(t);
        return;
      case 'Pass':
        u.emit(Op.NOP);
        return;
      case 'If':
        return this.ifStmt(s);
      case 'While':
        return this.whileStmt(s);
      case 'For':
        return this.forStmt(s);
      case 'Break':
        return this.breakOrContinue(s, true);
      case 'Continue':
        return this.breakOrContinue(s, false);
      case 'Return':
        return this.returnStmt(s);
      case 'FunctionDef':
        return this.functionDef(s);
      case 'ClassDef':
        return this.classDef(s);
      case 'Try':
        return s.finalbody.length > 0 ? this.tryFinally(s) : this.tryExcept(s);
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        u.emit(Op.RAISE_VARARGS, s.exc ? (s.cause ? 2 : 1) : 0);
        return;
      case 'Assert': {
        // compiler_assert: a tuple display is always true (up to 3.9 one folded to a constant is not a tuple display any more).
        if (s.test.kind === 'Tuple' && s.test.elts.length > 0 && (R.minor >= 10 || loadsOneConst(s.test) === null)) {
          this.warn('assertion is always true, perhaps remove parentheses?', s.line);
        }
        const end = new Label();
        this.expr(s.test);
        u.jump(Op.POP_JUMP_IF_TRUE, end);
        // compiler_assert: 3.8 looks AssertionError up as a global name (LOAD_GLOBAL).
        const loadError = (): number => (R.minor <= 8 ? u.emit(Op.LOAD_GLOBAL, u.addName('AssertionError')) : u.emit(Op.LOAD_ASSERTION_ERROR));
        if (s.msg) {
          // compiler_assert: AssertionError(msg) as CALL 0 with the type in the method slot.
          loadError();
          this.expr(s.msg);
          u.emit(Op.CALL, 0);
        } else {
          loadError();
        }
        // compiler_assert: 3.13 raises at the test's location, 3.12 at the statement's, and 3.11 at
        // the test's only when it is a comparison (a traceback draws no carets under the rest).
        if (R.minor !== 12 && (R.minor !== 11 || s.test.kind === 'Compare')) u.loc = s.test;
        u.emit(Op.RAISE_VARARGS, 1);
        u.loc = s;
        u.bind(end);
        return;
      }
      case 'With':
        return this.withStmt(s, 0);
      case 'Import':
        for (const a of s.names) {
          this.loadConst({ t: 'int', v: 0n });
          this.loadConst({ t: 'none' });
          u.emit(Op.IMPORT_NAME, u.addMangledName(a.name));
          if (a.asname) {
            for (const part of a.name.split('.').slice(1)) u.emit(Op.IMPORT_FROM, u.addName(part));
            if (a.name.includes('.')) {
              u.emit(Op.SWAP, 2);
              u.emit(Op.POP_TOP);
            }
            this.storeName(a.asname);
          } else {
            this.storeName(a.name.split('.')[0]);
          }
        }
        return;
      case 'ImportFrom': {
        this.loadConst({ t: 'int', v: BigInt(s.level) });
        this.loadConst({ t: 'tuple', items: s.names.map((a) => ({ t: 'str' as const, v: a.name })) });
        u.emit(Op.IMPORT_NAME, u.addMangledName(s.module ?? ''));
        if (s.names.length === 1 && s.names[0].name === '*') {
          u.emit(Op.IMPORT_STAR);
          return;
        }
        for (const a of s.names) {
          u.emit(Op.IMPORT_FROM, u.addMangledName(a.name));
          this.storeName(a.asname ?? a.name);
        }
        u.emit(Op.POP_TOP);
        return;
      }
      case 'Global':
      case 'Nonlocal':
        return;
      case 'Match':
        return compileMatch(this.matchSink(), s);
    }
  }

  /** The pattern compiler's view of this unit. */
  private matchSink(): MatchSink {
    const u = this.u;
    return {
      emit: (op, arg = 0) => void u.emit(op, arg),
      jump: (op, l) => u.jump(op, l),
      silentJump: (l) => u.silentJump(l),
      bind: (l) => u.bind(l),
      setLine: (line) => void (u.line = line),
      loadInt: (n) => this.loadConst({ t: 'int', v: BigInt(n) }),
      loadNone: () => this.loadConst({ t: 'none' }),
      loadSingleton: (v) => this.loadConst(v === null ? { t: 'none' } : { t: 'bool', v }),
      loadNames: (names) => this.loadConst({ t: 'tuple', items: names.map((v) => ({ t: 'str' as const, v })) }),
      // compiler_pattern_mapping (Python/compile.c): 3.10 takes each value by its index.
      valueIndex: (i) => void (R.minor === 10 && u.unloadedConsts.add(u.addConst({ t: 'int', v: BigInt(i) }))),
      foldedKeys: (keys) => {
        const items = keys.map(loadsOneConst);
        if (items.includes(null)) return;
        u.unloadedConsts.add(this.foldTuple(items as ConstSpec[]));
        for (let i = 1; i <= keys.length; i++) u.foldedLoads.push(u.code.length - 2 * i);
      },
      expr: (e) => this.expr(e),
      storeName: (n) => this.storeName(n),
      guard: (e, l) => this.jumpIf(e, false, l),
      body: (b) => this.body(b),
    };
  }

  private augAssign(s: A.AugAssign): void {
    const u = this.u;
    const op = this.binop(s.op) + 13; // NB_INPLACE_*
    const t = s.target;
    if (t.kind === 'Name') {
      this.loadName(t.id);
      this.expr(s.value);
      u.line = s.line;
      u.emit(Op.BINARY_OP, op);
      this.storeName(t.id);
    } else if (t.kind === 'Attribute') {
      this.expr(t.value);
      u.emit(Op.COPY, 1);
      u.emit(Op.LOAD_ATTR, u.addMangledName(t.attr));
      this.expr(s.value);
      u.line = s.line;
      u.emit(Op.BINARY_OP, op);
      u.emit(Op.SWAP, 2);
      u.emit(Op.STORE_ATTR, u.addMangledName(t.attr));
    } else if (t.kind === 'Subscript') {
      this.expr(t.value);
      this.subscriptKey(t.slice);
      u.emit(Op.COPY, 2);
      u.emit(Op.COPY, 2);
      u.emit(Op.BINARY_SUBSCR);
      this.expr(s.value);
      u.line = s.line;
      u.emit(Op.BINARY_OP, op);
      u.emit(Op.SWAP, 3);
      u.emit(Op.SWAP, 2);
      u.emit(Op.STORE_SUBSCR);
    } else {
      throw new CompileError("'expression' is an illegal expression for augmented assignment", s.line);
    }
  }

  private ifStmt(s: A.If): void {
    const u = this.u;
    const orelse = new Label();
    const end = new Label();
    this.testStatement(s.test, orelse);
    this.body(s.body);
    if (s.orelse.length > 0) {
      u.silentJump(end);
      u.bind(orelse);
      this.body(s.orelse);
    } else {
      u.bind(orelse);
    }
    u.bind(end);
  }

  /** An if or while statement's test; a constant one is noted (constantTests). */
  private testStatement(test: A.Expr, orelse: Label): void {
    const at = this.u.code.length;
    this.jumpIf(test, false, orelse);
    if (this.u.code.length === at + 4 && this.u.code[at] === Op.LOAD_CONST) {
      this.u.constantTests.push(at);
      // 3.8 and 3.9 compile no instruction for it: line tracing never sees `while True:`.
      if (R.minor <= 9) this.u.silenceSince(at);
    }
  }

  private whileStmt(s: A.While): void {
    const u = this.u;
    const top = new Label();
    const orelse = new Label();
    const exit = new Label();
    u.bind(top);
    this.testStatement(s.test, orelse);
    u.fblocks.push({ kind: 'loop', top, exit });
    this.body(s.body);
    u.fblocks.pop();
    u.line = s.line;
    // compiler_while repeats a test that is not always true at the loop's end.
    if (!isConstantTrue(s.test)) {
      u.quietBackEdges.push(u.code.length);
      // 3.10+ compile it there a second time, so its warnings come twice (this loop jumps back instead).
      if (R.minor >= 10) this.warnAgain(s.test);
    }
    u.silentJump(top);
    u.bind(orelse);
    this.body(s.orelse);
    u.bind(exit);
  }

  private forStmt(s: A.For): void {
    const u = this.u;
    const top = new Label();
    const end = new Label();
    const exit = new Label();
    this.iterExpr(s.iter);
    u.line = s.line;
    u.emit(Op.GET_ITER);
    u.bind(top);
    u.line = s.line;
    u.jump(Op.FOR_ITER, end);
    this.store(s.target);
    u.fblocks.push({ kind: 'loop', top, exit, isFor: true });
    this.body(s.body);
    u.fblocks.pop();
    u.line = s.line;
    u.silentJump(top);
    u.bind(end);
    this.body(s.orelse);
    u.bind(exit);
  }

  private breakOrContinue(s: A.Break | A.Continue, isBreak: boolean): void {
    const u = this.u;
    const fb = u.fblocks;
    let i = fb.length - 1;
    while (i >= 0 && fb[i].kind !== 'loop') i--;
    if (i < 0) {
      throw new CompileError(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s.line);
    }
    // 3.10+ compiler_break/compiler_continue: a NOP at the statement's line first, so it runs
    // before what the blocks left run (a with's __exit__, a final body) at lines of their own.
    if (R.minor >= 10 && i < fb.length - 1) u.emit(Op.NOP);
    for (let j = fb.length - 1; j > i; j--) this.unwind(fb, j, false);
    const loop = fb[i];
    if (isBreak) {
      u.line = s.line;
      if (loop.isFor) u.emit(Op.POP_TOP);
      u.jump(Op.JUMP, loop.exit!);
    } else {
      u.jump(Op.JUMP, loop.top!);
    }
  }

  private returnStmt(s: A.Return): void {
    const u = this.u;
    if (!u.scope.isFunctionLike) throw new CompileError("'return' outside function", s.line);
    // compiler_return: a constant (or no value) is loaded after the blocks are unwound.
    const preserve = s.value !== null && loadsOneConst(s.value) === null;
    if (preserve) this.expr(s.value!);
    // 3.10+ compiler_return: a NOP keeps the return's line when what it unwinds runs
    // elsewhere (a final body, a with's __exit__) before a constant is loaded.
    else if (R.minor >= 10 && u.fblocks.some((b) => b.kind === 'try-finally' || b.kind === 'with')) u.emit(Op.NOP);
    const fb = u.fblocks;
    for (let j = fb.length - 1; j >= 0; j--) this.unwind(fb, j, preserve);
    if (!preserve) {
      if (s.value) this.expr(s.value);
      else this.loadConst({ t: 'none' });
    }
    u.line = s.line;
    u.emit(Op.RETURN_VALUE);
  }

  /**
   * Undo fblock j before leaving it by break/continue/return (compiler_unwind_fblock).
   * With `preserveTop`, a return value sits on top of whatever the block keeps.
   */
  private unwind(fb: FBlock[], j: number, preserveTop: boolean): void {
    const u = this.u;
    const b = fb[j];
    const line = u.line;
    switch (b.kind) {
      case 'loop':
        if (b.isFor) {
          if (preserveTop) u.emit(Op.SWAP, 2);
          u.emit(Op.POP_TOP);
        }
        return;
      case 'try-except':
        u.emit(Op.POP_BLOCK);
        return;
      case 'try-finally': {
        u.emit(Op.POP_BLOCK);
        // The final body runs outside the blocks it closes.
        const saved = fb.splice(j);
        u.fblocks.push({ kind: 'finally-normal', finallyExit: b.finallyExit });
        this.finalBodyCopy(b.finalbody!);
        u.fblocks.pop();
        fb.push(...saved);
        // 3.9 compiler_unwind_fblock restores the line after the final body (saved_lineno).
        if (R.minor === 9) u.line = line;
        this.finallyReturns(line);
        // 3.10+: the final body appears to run after the statement leaving it, whose
        // remaining instructions are artificial (compile.c compiler_unwind_fblock).
        if (R.minor >= 10) u.quiet = true;
        return;
      }
      case 'finally-exc':
        if (b.finallyExit) b.finallyExit.exits = true;
        // A final body handling an exception has [prev, exc] below.
        u.emit(Op.POP_BLOCK);
        if (preserveTop) u.emit(Op.SWAP, 2);
        u.emit(Op.POP_TOP);
        if (preserveTop) u.emit(Op.SWAP, 2);
        u.emit(Op.POP_EXCEPT);
        return;
      case 'finally-normal':
        if (b.finallyExit) b.finallyExit.exits = true;
        return;
      case 'handler':
        // A named clause's own block (its name's cleanup) goes first.
        if (b.name) u.emit(Op.POP_BLOCK);
        u.emit(Op.POP_BLOCK);
        if (preserveTop) u.emit(Op.SWAP, 2);
        u.emit(Op.POP_EXCEPT);
        if (b.name) {
          this.loadConst({ t: 'none' });
          this.storeName(b.name);
          this.delName(b.name);
          this.finallyReturns(line);
        }
        return;
      case 'with':
        // 3.10+ call __exit__ at the with statement's line, then go on without one.
        if (R.minor >= 10) {
          u.quiet = false;
          u.line = b.line!;
        }
        u.emit(Op.POP_BLOCK);
        if (preserveTop) u.emit(Op.SWAP, 2);
        u.emit(Op.CALL_EXIT_NONE);
        if (R.minor >= 10) u.quiet = true;
        return;
    }
  }

  /**
   * 3.8 leaves a final body, or the `name = None; del name` of an `except ... as name`, by a
   * CALL_FINALLY to it; its END_FINALLY jumps back to the instruction after, at the line
   * that was running, which that jump back traces again (compile.c compiler_unwind_fblock).
   */
  private finallyReturns(line: number): void {
    if (R.minor !== 8) return;
    this.u.line = line;
    this.u.restarts.push(this.u.code.length >> 1);
  }

  /** The try body, then where its handlers start: the exception handled, the cleanup block set up ([prev, exc]). */
  private tryBodyThenHandler(s: A.Try, handler: Label, orelse: Label, cleanup: Label): void {
    const u = this.u;
    u.jump(Op.SETUP_FINALLY, handler);
    u.fblocks.push({ kind: 'try-except' });
    this.body(s.body);
    u.fblocks.pop();
    // compiler_try_except: ADDOP_NOLINE(POP_BLOCK) (3.8/3.9: it continues the range of the
    // line before it), so a body ending in a nested try does not run the handler's last line.
    u.silent.push(u.code.length >> 1);
    u.emit(Op.POP_BLOCK);
    u.silentJump(orelse);

    u.bind(handler); // [exc]
    u.line = s.handlers[0]?.line ?? s.line;
    u.emit(Op.PUSH_EXC_INFO); // [prev, exc]
    u.jump(Op.SETUP_CLEANUP, cleanup);
  }

  /** After the handlers: the cleanup that restores the handled exception and re-raises, then the else body. */
  private cleanupThenElse(s: A.Try, cleanup: Label, orelse: Label, end: Label): void {
    const u = this.u;
    u.bind(cleanup);
    u.silent.push(u.code.length >> 1);
    u.emit(Op.POP_EXCEPT_AND_RERAISE);
    u.bind(orelse);
    this.body(s.orelse);
    u.bind(end);
  }

  private tryExcept(s: A.Try): void {
    if (s.star) return this.tryStarExcept(s);
    const u = this.u;
    const handler = new Label();
    const orelse = new Label();
    const cleanup = new Label();
    const end = new Label();
    this.tryBodyThenHandler(s, handler, orelse, cleanup);
    for (const h of s.handlers) {
      u.line = h.line;
      const next = new Label();
      if (h.type) {
        this.expr(h.type);
        u.emit(Op.CHECK_EXC_MATCH);
        u.jump(Op.POP_JUMP_IF_FALSE, next);
      }
      // compiler_try_except: a named clause's body is a try whose handler (cleanup_body)
      // sets the name to None and deletes it before the exception goes on.
      const nameCleanup = new Label();
      if (h.name) {
        u.jump(Op.SETUP_CLEANUP, nameCleanup); // the block's level is under the exception: [prev]
        this.storeName(h.name);
      } else u.emit(Op.POP_TOP); // [prev]
      const bodyAt = u.code.length;
      u.fblocks.push({ kind: 'handler', name: h.name });
      this.body(h.body);
      u.fblocks.pop();
      // The handler's cleanup is artificial (3.10+ compiler_try_except: u_lineno = -1).
      const cleanupAt = u.code.length;
      if (h.name) u.namedHandlers.push({ from: bodyAt, to: cleanupAt });
      if (h.name) u.emit(Op.POP_BLOCK);
      this.unwindHandler(h.name);
      u.silentJump(end);
      if (h.name) {
        u.bind(nameCleanup); // [prev, raised]
        this.clearName(h.name);
        u.emit(Op.RERAISE);
      }
      u.silenceSince(cleanupAt);
      u.bind(next);
    }
    // No clause matched: re-raised by an artificial instruction (no line of its own).
    u.silent.push(u.code.length >> 1);
    u.emit(Op.RERAISE);
    this.cleanupThenElse(s, cleanup, orelse, end);
  }

  /**
   * Python/compile.c compiler_try_star_except: each clause takes the part of the exception that
   * matches its type (CHECK_EG_MATCH); what the clauses raise and the unmatched rest are
   * collected in a list, from which PREP_RERAISE_STAR makes what the statement raises.
   */
  private tryStarExcept(s: A.Try): void {
    const u = this.u;
    const handler = new Label();
    const orelse = new Label();
    const cleanup = new Label();
    const reraise = new Label();
    const end = new Label();
    this.tryBodyThenHandler(s, handler, orelse, cleanup);
    u.emit(Op.COPY, 1); // [prev, orig, exc]
    u.emit(Op.BUILD_LIST, 0);
    u.emit(Op.SWAP, 2); // [prev, orig, list, exc]
    for (const h of s.handlers) {
      u.line = h.line;
      const noMatch = new Label();
      const raised = new Label();
      const next = new Label();
      this.expr(h.type!);
      u.line = h.line;
      u.emit(Op.CHECK_EG_MATCH); // [prev, orig, list, rest, match]
      u.emit(Op.COPY, 1);
      u.jump(Op.POP_JUMP_IF_NONE, noMatch);
      if (h.name) this.storeName(h.name);
      else u.emit(Op.POP_TOP); // [prev, orig, list, rest]
      u.jump(Op.SETUP_FINALLY, raised);
      u.fblocks.push({ kind: 'handler', name: h.name });
      this.body(h.body);
      u.fblocks.pop();
      // The clause's cleanup and the collecting of what it raised are artificial; the
      // POP_TOP of no match is at the clause's line.
      const cleanupAt = u.code.length;
      u.emit(Op.POP_BLOCK);
      if (h.name) this.clearName(h.name);
      u.jump(Op.JUMP, next);
      u.bind(raised); // [prev, orig, list, rest, raised]
      if (h.name) this.clearName(h.name);
      u.emit(Op.LIST_APPEND, 2);
      u.jump(Op.JUMP, next);
      u.silenceSince(cleanupAt);
      u.bind(noMatch); // [prev, orig, list, rest, None]
      u.line = h.line;
      u.emit(Op.POP_TOP);
      u.bind(next);
    }
    u.line = s.handlers[s.handlers.length - 1].line;
    // What follows the clauses is artificial (compile.c compiler_try_star_except: NO_LOCATION),
    // so a clause that raised does not run the last clause's line again.
    const restAt = u.code.length;
    u.emit(Op.LIST_APPEND, 1); // [prev, orig, list]
    u.emit(Op.PREP_RERAISE_STAR); // [prev, result]
    u.emit(Op.COPY, 1);
    u.jump(Op.POP_JUMP_IF_NOT_NONE, reraise);
    u.emit(Op.POP_TOP);
    u.emit(Op.POP_BLOCK);
    u.emit(Op.POP_EXCEPT);
    u.silentJump(end);
    u.bind(reraise); // [prev, result]
    u.emit(Op.POP_BLOCK);
    u.emit(Op.SWAP, 2);
    u.emit(Op.POP_EXCEPT);
    u.emit(Op.RERAISE);
    u.silenceSince(restAt);
    this.cleanupThenElse(s, cleanup, orelse, end);
  }

  /** name = None; del name: the handler's name does not outlive it. */
  private clearName(name: string): void {
    this.loadConst({ t: 'none' });
    this.storeName(name);
    this.delName(name);
  }

  /** The normal end of an except clause: leave the cleanup block, restore the previous exception. */
  private unwindHandler(name: string | null): void {
    const u = this.u;
    u.emit(Op.POP_BLOCK);
    u.emit(Op.POP_EXCEPT);
    if (name) {
      this.loadConst({ t: 'none' });
      this.storeName(name);
      this.delName(name);
    }
  }

  /** A final body compiled once more (for the exception path or a statement leaving it): 3.8 compiled it once. */
  private finalBodyCopy(body: A.Stmt[]): void {
    if (R.minor <= 8) this.muted++;
    try {
      this.body(body);
    } finally {
      if (R.minor <= 8) this.muted--;
    }
  }

  private tryFinally(s: A.Try): void {
    const u = this.u;
    const onExc = new Label();
    const cleanup = new Label();
    const end = new Label();
    const finallyExit: FinallyExit = { setup: u.code.length, end: -1, exits: false };
    u.jump(Op.SETUP_FINALLY, onExc);
    u.fblocks.push({ kind: 'try-finally', finalbody: s.finalbody, finallyExit });
    if (s.handlers.length > 0) this.tryExcept({ ...s, finalbody: [] });
    else this.body(s.body);
    u.fblocks.pop();
    // Reached from the try body and the handlers: it has no line (ADDOP_NOLINE).
    u.silent.push(u.code.length >> 1);
    u.emit(Op.POP_BLOCK);
    this.body(s.finalbody);
    u.silentJump(end);

    u.bind(onExc); // [exc]
    u.line = s.finalbody[0].line;
    // 3.8 has one final body, which both ways enter at the start of its first line's range.
    if (R.minor === 8) u.restarts.push(u.code.length >> 1);
    u.emit(Op.PUSH_EXC_INFO); // [prev, exc]
    u.jump(Op.SETUP_CLEANUP, cleanup);
    u.fblocks.push({ kind: 'finally-exc', finallyExit });
    this.finalBodyCopy(s.finalbody);
    u.fblocks.pop();
    const reraiseAt = u.code.length;
    u.emit(Op.POP_BLOCK);
    u.emit(Op.POP_EXCEPT_AND_RERAISE);
    u.bind(cleanup);
    u.emit(Op.POP_EXCEPT_AND_RERAISE);
    u.silenceSince(reraiseAt);
    u.bind(end);
    finallyExit.end = u.code.length;
    if (finallyExit.exits) u.finallyExits.push(finallyExit);
  }

  private withStmt(s: A.With, i: number): void {
    const u = this.u;
    const item = s.items[i];
    const onExc = new Label();
    const cleanup = new Label();
    const suppress = new Label();
    const end = new Label();
    u.line = s.line;
    this.expr(item.contextExpr);
    u.line = s.line;
    u.emit(Op.BEFORE_WITH); // [exit, value]
    u.jump(Op.SETUP_CLEANUP, onExc); // keeps [exit]
    if (item.optionalVars) this.store(item.optionalVars);
    else u.emit(Op.POP_TOP);
    u.fblocks.push({ kind: 'with', line: s.line });
    if (i + 1 < s.items.length) this.withStmt(s, i + 1);
    else this.body(s.body);
    u.fblocks.pop();
    u.line = s.line;
    // 3.10+ call __exit__ at the with statement's line; before, at no line's start.
    const exitAt = u.code.length;
    u.emit(Op.POP_BLOCK);
    u.emit(Op.CALL_EXIT_NONE);
    if (R.minor <= 9) u.silenceSince(exitAt);
    u.silentJump(end);

    u.bind(onExc); // [exit, exc]
    // 3.8/3.9 call __exit__ after an exception in the range of the body's last line (compiler_with).
    const onExcAt = u.code.length;
    u.emit(Op.PUSH_EXC_INFO); // [exit, prev, exc]
    u.jump(Op.SETUP_CLEANUP, cleanup);
    u.emit(Op.WITH_EXCEPT_START); // [exit, prev, exc, res]
    u.jump(Op.POP_JUMP_IF_TRUE, suppress);
    u.emit(Op.RERAISE);
    u.bind(suppress); // [exit, prev, exc]
    u.emit(Op.POP_BLOCK);
    u.emit(Op.POP_TOP);
    u.emit(Op.POP_EXCEPT);
    u.emit(Op.POP_TOP);
    u.silentJump(end);
    u.bind(cleanup); // [exit, prev, exc2]
    u.emit(Op.POP_EXCEPT_AND_RERAISE);
    if (R.minor <= 9) u.silenceSince(onExcAt);
    u.bind(end);
  }

  private functionDef(s: A.FunctionDef): void {
    const u = this.u;
    // compiler_decorators: no NULL; each decorator sits where a method would (CALL 0).
    for (const d of s.decoratorList) this.expr(d);
    u.line = s.line;
    const scope = this.table.byNode.get(s)!;
    const qualname = this.qualname(s.name, true);
    this.bodyWarningsLast(() => this.functionUnit(scope, s.name, qualname, s.line, () => {
      this.setArgs(s.args);
      // compiler_function: co_consts[0] is the docstring, or None (CO_HAS_DOC marks which).
      const doc = docstringOf(s.body);
      this.u.addConst(doc === null ? { t: 'none' } : { t: 'str', v: doc });
      if (doc !== null) this.u.flags |= 0x4000000;
      // compiler_function: the docstring statement itself is not compiled (its line never runs).
      this.body(doc === null ? s.body : s.body.slice(1));
      this.u.line = returnLine(this.u, s.body);
      if (R.minor >= 11 && endsSimply(s.body)) this.u.loc = this.u.previousLoc(R.minor <= 12);
      this.u.quiet = true;
      this.loadConst({ t: 'none' });
      this.u.emit(Op.RETURN_VALUE);
      this.u.quiet = false;
    }, s.decoratorList), (code) => {
      u.line = s.line;
      this.makeFunction(code, s.args, s.returns);
    });
    this.applyDecorators(s);
    this.storeName(s.name);
  }

  /**
   * Python/compile.c compiler_annassign: the value is stored first; a module or class body then
   * evaluates the annotation and, for a bare name, stores it in __annotations__ (a function
   * body evaluates nothing). Other targets have their parts evaluated when there is no value.
   */
  private annAssign(s: A.AnnAssign): void {
    const u = this.u;
    if (s.value) {
      this.expr(s.value);
      this.store(s.target);
    }
    if (u.scope.isFunctionLike) return;
    const t = s.target;
    if (s.simple === 1 && t.kind === 'Name') {
      this.annotation(s.annotation);
      u.line = s.line;
      this.loadName('__annotations__');
      this.loadConst({ t: 'str', v: u.scope.mangle(t.id) });
      u.emit(Op.STORE_SUBSCR);
      return;
    }
    if (!s.value && t.kind === 'Attribute') {
      this.expr(t.value);
      u.emit(Op.POP_TOP);
    } else if (!s.value && t.kind === 'Subscript') {
      this.expr(t.value);
      u.emit(Op.POP_TOP);
      this.subscriptKey(t.slice);
      u.emit(Op.POP_TOP);
    }
    // check_annotation: 3.10+ evaluate nothing of a complex target's annotation under the future.
    if (this.futureAnnotations && R.minor >= 10) return;
    this.expr(s.annotation);
    u.emit(Op.POP_TOP);
  }

  private classDef(s: A.ClassDef): void {
    const u = this.u;
    // compiler_decorators: no NULL; each decorator sits where a method would (CALL 0).
    for (const d of s.decoratorList) this.expr(d);
    u.line = s.line;
    const scope = this.table.byNode.get(s)!;
    const qualname = this.qualname(s.name, true);
    const code = this.functionUnit(scope, s.name, qualname, s.line, () => {
      const cu = this.u;
      // compiler_class (3.12 compiler_class_body): the prologue is at co_firstlineno, a
      // decorated class's first decorator, so tracing sees that line run in the body.
      cu.line = cu.firstLine;
      this.loadName('__name__');
      this.storeName('__module__');
      this.loadConst({ t: 'str', v: qualname });
      this.storeName('__qualname__');
      if (R.minor >= 13) {
        // compiler_class_body: the first decorator's line, or the class statement's.
        this.loadConst({ t: 'int', v: BigInt(s.decoratorList[0]?.line ?? s.line) });
        this.storeName('__firstlineno__');
        this.staticAttributes.push(new Set());
      }
      // SETUP_ANNOTATIONS (compiler_body): an annotated class body gets its own __annotations__.
      if (hasAnnotations(s.body)) {
        cu.emit(Op.BUILD_MAP, 0);
        this.storeName('__annotations__');
      }
      const doc = docstringOf(s.body);
      if (doc !== null) {
        // compiler_body stores it at the docstring's line.
        cu.line = s.body[0].line;
        this.loadConst({ t: 'str', v: doc });
        this.storeName('__doc__');
      }
      this.body(s.body);
      cu.line = returnLine(cu, s.body);
      if (R.minor >= 11 && endsSimply(s.body)) cu.loc = cu.previousLoc(R.minor <= 12);
      cu.quiet = true;
      if (R.minor >= 13) {
        const names = [...this.staticAttributes.pop()!].sort();
        this.loadConst({ t: 'tuple', items: names.map((v) => ({ t: 'str' as const, v })) });
        this.storeName('__static_attributes__');
      }
      if (scope.cellvars.includes('__class__')) {
        cu.emit(Op.LOAD_CLOSURE, cu.derefIndex('__class__'));
        cu.emit(Op.COPY, 1);
        this.storeName('__classcell__');
      } else {
        this.loadConst({ t: 'none' });
      }
      cu.emit(Op.RETURN_VALUE);
      cu.quiet = false;
    }, s.decoratorList);
    u.line = s.line;
    u.emit(Op.PUSH_NULL);
    u.emit(Op.LOAD_BUILD_CLASS);
    this.makeFunction(code, null);
    this.loadConst({ t: 'str', v: s.name });
    this.callArgs(s.bases, s.keywords, 2, s.line);
    this.applyDecorators(s);
    this.storeName(s.name);
  }

  /**
   * The decorators' calls, innermost first. From 3.11 each call is at its decorator's
   * location (compile.c compiler_apply_decorators), so a failing decorator's traceback
   * names its line and tracing sees the decorator's line again; the store is the def's.
   */
  private applyDecorators(s: A.FunctionDef | A.ClassDef): void {
    const u = this.u;
    for (let i = s.decoratorList.length - 1; i >= 0; i--) {
      if (R.minor >= 11) {
        u.line = s.decoratorList[i].line;
        u.loc = s.decoratorList[i];
      }
      u.emit(Op.CALL, 0);
    }
    if (R.minor >= 11) {
      u.line = s.line;
      u.loc = s;
    }
  }
}

/** compile.c find_ann: an annotated assignment anywhere in the body but nested scopes. */
function hasAnnotations(body: A.Stmt[]): boolean {
  return body.some((st) => {
    switch (st.kind) {
      case 'AnnAssign':
        return true;
      case 'If':
      case 'While':
      case 'For':
        return hasAnnotations(st.body) || hasAnnotations(st.orelse);
      case 'With':
        return hasAnnotations(st.body);
      case 'Try':
        return hasAnnotations(st.body) || hasAnnotations(st.orelse) || hasAnnotations(st.finalbody) || st.handlers.some((h) => hasAnnotations(h.body));
      case 'Match':
        return st.cases.some((c) => hasAnnotations(c.body));
      default:
        return false;
    }
  });
}

function docstringOf(body: A.Stmt[]): string | null {
  const first = body[0];
  return first?.kind === 'Expr' && first.value.kind === 'Constant' && typeof first.value.value === 'string' ? first.value.value : null;
}

/** A body whose last statement leaves no jump behind: its implicit return shares that statement's block. */
function endsSimply(body: A.Stmt[]): boolean {
  const k = body[body.length - 1]?.kind;
  return !['If', 'For', 'AsyncFor', 'While', 'With', 'AsyncWith', 'Try', 'TryStar', 'Match'].includes(k ?? 'If');
}

function lastLine(body: A.Stmt[]): number {
  if (body.length === 0) return 1;
  return body[body.length - 1].endLine;
}

/**
 * The line of the implicit return ending body. 3.10's propagate_line_numbers gives it the
 * line of the instruction before it when the last statement falls through into it (a def or
 * class statement's is its first line), the first line when there is none; otherwise the
 * last statement's last line.
 */
function returnLine(u: CodeUnit, body: A.Stmt[]): number {
  const n = u.lines.length;
  if (R.minor !== 10 || !endsSimply(body)) return lastLine(body);
  return n > 0 ? u.lines[n - 1] : u.firstLine;
}

export type { Label };
