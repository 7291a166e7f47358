// try/except, except* and try/finally, and with (Python/compile.c compiler_try_except,
// compiler_try_star_except, compiler_try_finally, compiler_with): handlers, cleanups and final bodies.
import { R } from '../state';
import type * as A from '../syntax/ast';
import { Op } from './opcodes';
import { FinallyExit, Label } from './unit';
import { DefCompiler } from './stmt-defs';

export abstract class TryCompiler extends DefCompiler {
  /** The try body, then where its handlers start: the exception handled, the cleanup block set up ([prev, exc]). */
  protected tryBodyThenHandler(s: A.Try, handler: Label, orelse: Label, cleanup: Label): void {
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
  protected cleanupThenElse(s: A.Try, cleanup: Label, orelse: Label, end: Label): void {
    const u = this.u;
    u.bind(cleanup);
    u.silent.push(u.code.length >> 1);
    u.emit(Op.POP_EXCEPT_AND_RERAISE);
    u.bind(orelse);
    this.body(s.orelse);
    u.bind(end);
  }

  protected tryExcept(s: A.Try): void {
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
  protected tryStarExcept(s: A.Try): void {
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
  protected clearName(name: string): void {
    this.loadConst({ t: 'none' });
    this.storeName(name);
    this.delName(name);
  }

  /** The normal end of an except clause: leave the cleanup block, restore the previous exception. */
  protected unwindHandler(name: string | null): void {
    const u = this.u;
    u.emit(Op.POP_BLOCK);
    // 3.8's compiler_try_except clears the name in the clause's finally, before POP_EXCEPT
    // (the exception then goes with the exception state's reference); 3.9 clears it after.
    if (name && R.minor <= 8) this.clearName(name);
    u.emit(Op.POP_EXCEPT);
    if (name && R.minor >= 9) this.clearName(name);
  }

  /** A final body compiled once more (for the exception path or a statement leaving it): 3.8 compiled it once. */
  protected finalBodyCopy(body: A.Stmt[]): void {
    if (R.minor <= 8) this.muted++;
    try {
      this.body(body);
    } finally {
      if (R.minor <= 8) this.muted--;
    }
  }

  protected tryFinally(s: A.Try): void {
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

  protected withStmt(s: A.With, i: number): void {
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
    if (R.minor === 10 && i + 1 < s.items.length) u.withLineResets.push({ at: exitAt, tail: i === 0 ? end : null });
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
}
