// The compiler (Python/compile.c): AST to code units. The module and the statement
// dispatch here; statements by kind in stmt-loops, stmt-try and stmt-defs, expressions in
// compile-expr. Block-structured exception handling: SETUP_FINALLY / POP_BLOCK pairs.
import { R } from '../state';
import type * as A from '../syntax/ast';
import { loadsOneConst } from './expr-constants';
import { attrLine, matchAttr } from './attr-location';
import { compileMatch, MatchSink } from './compile-match';
import { Op } from './opcodes';
import { analyzeScopes } from './analyze-scopes';
import type { ScopeTable } from './scopes';
import { CodeUnit, CompileError, ConstSpec, FBlock, Label } from './unit';
import { CO_FUTURE_ANNOTATIONS, futureParse } from '../syntax/future';
import type { SyntaxWarningInfo } from '../syntax/lower-core';
import { LoopCompiler } from './stmt-loops';
import { docstringOf, returnLine } from './stmt-defs';
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

export class Compiler extends LoopCompiler {
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

  body(stmts: A.Stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }

  stmt(s: A.Stmt): void {
    if (s === this.stopAt) this.stop();
    const u = this.u;
    // 3.8/3.9 compile `pass` to nothing: its line is only that of what its statement emits
    // after it (a loop's jump back, an else's jump); a statement right after it leaves it none.
    if (R.minor <= 9 && u.passNop >= 0 && u.passNop === u.code.length - 2) u.silent.push(u.passNop >> 1);
    u.passNop = -1;
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
        if (this.swapAssign(s)) return;
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
        u.passNop = u.emit(Op.NOP);
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
      foldedKeys: (keys) => {
        const items = keys.map(loadsOneConst);
        if (items.includes(null)) return;
        const index = this.foldTuple(items as ConstSpec[]);
        u.unloadedConsts.add(index);
        for (let i = 1; i <= keys.length; i++) u.foldedLoads.push(u.code.length - 2 * i);
        u.foldedKeys.push({ build: u.code.length, n: keys.length, index });
      },
      expr: (e) => this.expr(e),
      storeName: (n) => this.storeName(n),
      guard: (e, l) => this.jumpIf(e, false, l),
      body: (b) => this.body(b),
    };
  }

  /**
   * `a, b = x, y` (one to three items, none starred, not all constants): BUILD_TUPLE n followed
   * by UNPACK_SEQUENCE n becomes a swap (peephole.c up to 3.9, optimize_basic_block from 3.10),
   * so no tuple is made.
   */
  private swapAssign(s: A.Assign): boolean {
    const v = s.value;
    const t = s.targets[0];
    if (s.targets.length !== 1 || v.kind !== 'Tuple' || (t.kind !== 'Tuple' && t.kind !== 'List')) return false;
    const n = v.elts.length;
    if (n < 1 || n > 3 || t.elts.length !== n) return false;
    if (v.elts.some((e) => e.kind === 'Starred') || t.elts.some((e) => e.kind === 'Starred') || loadsOneConst(v) !== null) return false;
    const u = this.u;
    for (const e of v.elts) this.expr(e);
    u.line = v.line;
    if (n > 1) u.emit(Op.SWAP, n);
    u.line = t.line;
    for (const e of t.elts) this.store(e);
    return true;
  }

  private augAssign(s: A.AugAssign): void {
    const u = this.u;
    const op = this.binop(s.op) + 13; // NB_INPLACE_*
    const t = s.target;
    // compiler_augassign: 3.11+ load and store the target at its own location, and operate at
    // the statement's.
    const stmtLoc = u.loc;
    const targetLoc = R.minor >= 11 ? t : stmtLoc;
    if (t.kind === 'Name') {
      u.loc = targetLoc;
      this.loadName(t.id);
      this.expr(s.value);
      u.line = s.line;
      u.loc = stmtLoc;
      u.emit(Op.BINARY_OP, op);
      u.loc = targetLoc;
      this.storeName(t.id);
      u.loc = stmtLoc;
    } else if (t.kind === 'Attribute') {
      // The attribute's load and store are at its name (3.10: its line; 3.11+
      // update_start_location_to_match_attr).
      const named = R.minor >= 11 ? matchAttr(t, t) : stmtLoc;
      this.expr(t.value);
      u.loc = targetLoc;
      u.emit(Op.COPY, 1);
      u.line = attrLine(t);
      u.loc = named;
      u.emit(Op.LOAD_ATTR, u.addMangledName(t.attr));
      this.expr(s.value);
      u.line = s.line;
      u.loc = stmtLoc;
      u.emit(Op.BINARY_OP, op);
      u.line = attrLine(t);
      u.loc = named;
      u.emit(Op.SWAP, 2);
      u.emit(Op.STORE_ATTR, u.addMangledName(t.attr));
      u.loc = stmtLoc;
    } else if (t.kind === 'Subscript') {
      this.expr(t.value);
      this.subscriptKey(t.slice);
      u.loc = targetLoc;
      u.emit(Op.COPY, 2);
      u.emit(Op.COPY, 2);
      u.emit(Op.BINARY_SUBSCR);
      this.expr(s.value);
      u.line = s.line;
      u.loc = stmtLoc;
      u.emit(Op.BINARY_OP, op);
      u.loc = targetLoc;
      u.emit(Op.SWAP, 3);
      u.emit(Op.SWAP, 2);
      u.emit(Op.STORE_SUBSCR);
      u.loc = stmtLoc;
    } else {
      throw new CompileError("'expression' is an illegal expression for augmented assignment", s.line);
    }
  }
}

export type { Label };
