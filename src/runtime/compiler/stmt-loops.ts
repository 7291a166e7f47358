// Branches and loops (if, while, for), and the statements that leave blocks early:
// break, continue and return unwind the fblock stack on the way out (compiler_unwind_fblock).
import { R } from '../state';
import type * as A from '../syntax/ast';
import { loadsOneConst } from './expr-constants';
import { Op } from './opcodes';
import { CompileError, FBlock, Label } from './unit';
import { isConstantTrue } from './fold';
import { TryCompiler } from './stmt-try';

export abstract class LoopCompiler extends TryCompiler {
  protected ifStmt(s: A.If): void {
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
  protected testStatement(test: A.Expr, orelse: Label): void {
    const at = this.u.code.length;
    this.jumpIf(test, false, orelse);
    if (this.u.code.length === at + 4 && this.u.code[at] === Op.LOAD_CONST) {
      this.u.constantTests.push(at);
      // 3.8 and 3.9 compile no instruction for it: line tracing never sees `while True:`.
      if (R.minor <= 9) this.u.silenceSince(at);
    }
  }

  protected whileStmt(s: A.While): void {
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

  protected forStmt(s: A.For): void {
    const u = this.u;
    const top = new Label();
    const end = new Label();
    const exit = new Label();
    this.iterExpr(s.iter);
    // 3.13 compiler_for: GET_ITER and FOR_ITER carry the iterable's location (a traceback
    // through a failing next() marks it, on its line); 3.11 and 3.12 put them at the statement's.
    const savedLoc = u.loc;
    const iterLine = R.minor >= 13 ? s.iter.line : s.line;
    if (R.minor >= 13) u.loc = s.iter;
    u.line = iterLine;
    u.emit(Op.GET_ITER);
    u.bind(top);
    u.line = iterLine;
    u.jump(Op.FOR_ITER, end);
    u.loc = savedLoc;
    // The target is stored at its own line (compiler_visit_expr sets the line of what it visits).
    u.line = s.target.line;
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

  protected breakOrContinue(s: A.Break | A.Continue, isBreak: boolean): void {
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

  protected returnStmt(s: A.Return): void {
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
  protected unwind(fb: FBlock[], j: number, preserveTop: boolean): void {
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
  protected finallyReturns(line: number): void {
    if (R.minor !== 8) return;
    this.u.line = line;
    this.u.restarts.push(this.u.code.length >> 1);
  }
}
