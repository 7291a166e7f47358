// What every part of the expression compiler shares: the code unit being filled, its
// warnings, constants and annotations, names by scope, assignment targets and jumps.
import type * as A from '../syntax/ast';
import { CO_VARARGS, CO_VARKEYWORDS } from '../objects/code';
import { Op } from './opcodes';
import { R } from '../state';
import type { ScopeTable } from './scopes';
import { CodeUnit, ConstSpec, Label } from './unit';
import type { SyntaxWarningInfo } from '../syntax/lower-core';
import { exprAsUnicode } from './unparse';
import { checkCaller, checkSubscript } from './literal-checks';
import { loadsOneConst } from './expr-constants';
import { attrLine, matchAttr } from './attr-location';

export abstract class ExprBase {
  u!: CodeUnit;
  /** SyntaxWarnings, in the order the compiler finds them (Python/compile.c compiler_warn). */
  readonly warnings: SyntaxWarningInfo[] = [];
  constructor(readonly table: ScopeTable) {}

  /** Above 0 while compiling code a second time where CPython compiles it once. */
  protected muted = 0;

  warn(message: string, line: number): void {
    if (this.muted === 0) this.warnings.push({ line, message });
  }

  /** compilerWarningsBefore: the node the compiler raises a SyntaxError at. */
  stopAt: A.Loc | null = null;
  stopped = false;

  protected stop(): never {
    this.stopped = true;
    throw new Error('compiler: stopped at the SyntaxError');
  }

  setArgs(a: A.Arguments): void {
    const u = this.u;
    u.posonlyargcount = a.posonlyargs.length;
    u.argcount = a.posonlyargs.length + a.args.length;
    u.kwonlyargcount = a.kwonlyargs.length;
    if (a.vararg) u.flags |= CO_VARARGS;
    if (a.kwarg) u.flags |= CO_VARKEYWORDS;
  }

  /** The attribute names of the classes being compiled, innermost last (3.13+). */
  protected readonly staticAttributes: Set<string>[] = [];

  /** `from __future__ import annotations` is in effect (Python/future.c CO_FUTURE_ANNOTATIONS). */
  futureAnnotations = false;

  /** compiler_visit_annexpr: under the future the annotation's text is a constant, else it is evaluated. */
  annotation(e: A.Expr): void {
    if (this.futureAnnotations) this.loadConst(this.annotationText(e));
    else this.expr(e);
  }

  annotationText(e: A.Expr): ConstSpec {
    return { t: 'str', v: exprAsUnicode(e, R.minor), made: true };
  }

  loadConst(c: ConstSpec): void {
    this.u.emit(Op.LOAD_CONST, this.u.addConst(c));
  }

  // ---- names ----

  /** compiler_nameop: the name is mangled first, then placed by its scope. */
  protected nameOp(raw: string, kind: 'load' | 'store' | 'del'): void {
    const u = this.u;
    const s = u.scope;
    const name = s.mangle(raw);
    const sc = s.lookup(name);
    if (sc === 'outer') {
      // The frame that binds it is as many calls out as comprehensions are inlined between.
      let t = s;
      let hops = 0;
      for (; t.lookup(name) === 'outer'; hops++) t = t.parent!;
      u.useFast(name);
      u.emit(kind === 'load' ? Op.LOAD_OUTER : kind === 'store' ? Op.STORE_OUTER : Op.DELETE_OUTER, (hops << 16) | t.varnames.indexOf(name));
      return;
    }
    if (s.isFunctionLike) {
      if (sc === 'local') {
        const i = s.varnames.indexOf(name);
        u.useFast(name);
        u.emit(kind === 'load' ? Op.LOAD_FAST : kind === 'store' ? Op.STORE_FAST : Op.DELETE_FAST, i);
        return;
      }
      if (sc === 'cell' || sc === 'free') {
        u.emit(kind === 'load' ? Op.LOAD_DEREF : kind === 'store' ? Op.STORE_DEREF : Op.DELETE_DEREF, u.derefIndex(name));
        return;
      }
      u.emit(kind === 'load' ? Op.LOAD_GLOBAL : kind === 'store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, u.addName(name));
      return;
    }
    if (sc === 'global_explicit') {
      u.emit(kind === 'load' ? Op.LOAD_GLOBAL : kind === 'store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, u.addName(name));
      return;
    }
    if (s.kind === 'class' && sc === 'free') {
      if (kind === 'load') u.emit(Op.LOAD_CLASSDEREF, u.derefIndex(name));
      else u.emit(kind === 'store' ? Op.STORE_DEREF : Op.DELETE_DEREF, u.derefIndex(name));
      return;
    }
    u.emit(kind === 'load' ? Op.LOAD_NAME : kind === 'store' ? Op.STORE_NAME : Op.DELETE_NAME, u.addName(name));
  }

  loadName(name: string): void {
    this.nameOp(name, 'load');
  }
  storeName(name: string): void {
    this.nameOp(name, 'store');
  }
  delName(name: string): void {
    this.nameOp(name, 'del');
  }

  /**
   * compiler_set_qualname: a def or class whose (mangled) name the enclosing scope declares
   * global is named as at module level.
   */
  qualname(name: string, isDef = false): string {
    // compiler_set_qualname: the enclosing code unit's name; 3.12+ have none for an inlined comprehension.
    let u = this.u;
    while (u.scope.isInlined && u.enclosing !== null) u = u.enclosing;
    if (u.scope.kind === 'module') return name;
    if (isDef && u.scope.lookup(name) === 'global_explicit') return name;
    // compiler_set_qualname: only a function or lambda parent adds <locals>.
    if (u.scope.kind === 'class' || u.scope.kind === 'comprehension') return `${u.qualname}.${name}`;
    return `${u.qualname}.<locals>.${name}`;
  }

  // ---- targets ----

  store(t: A.Expr): void {
    const u = this.u;
    const savedLoc = u.loc;
    u.loc = t;
    try {
      this.storeTarget(t);
    } finally {
      u.loc = savedLoc;
    }
  }

  protected storeTarget(t: A.Expr): void {
    const u = this.u;
    switch (t.kind) {
      case 'Name':
        return this.storeName(t.id);
      case 'Attribute':
        // 3.13 compiler_maybe_add_static_attribute_to_class: `self.x = ...` in a function
        // names x in the nearest enclosing class's __static_attributes__.
        if (R.minor >= 13 && t.value.kind === 'Name' && t.value.id === 'self' && u.scope.isFunctionLike) {
          this.staticAttributes[this.staticAttributes.length - 1]?.add(t.attr);
        }
        this.expr(t.value);
        u.line = attrLine(t);
        u.loc = matchAttr(t, t);
        u.emit(Op.STORE_ATTR, u.addMangledName(t.attr));
        return;
      case 'Subscript':
        this.expr(t.value);
        this.subscriptKey(t.slice);
        u.line = t.line;
        u.emit(Op.STORE_SUBSCR);
        return;
      case 'Tuple':
      case 'List': {
        const star = t.elts.findIndex((e) => e.kind === 'Starred');
        u.line = t.line;
        if (star < 0) u.emit(Op.UNPACK_SEQUENCE, t.elts.length);
        else u.emit(Op.UNPACK_EX, ((t.elts.length - star - 1) << 8) | star);
        for (const e of t.elts) this.store(e.kind === 'Starred' ? e.value : e);
        return;
      }
      default:
        throw new Error(`compiler: cannot store to ${t.kind}`);
    }
  }

  /** A `del` target, on its own line and position (compiler_visit_expr sets each target's location). */
  del(t: A.Expr): void {
    const u = this.u;
    const savedLoc = u.loc;
    const savedLine = u.line;
    u.loc = t;
    u.line = t.line;
    try {
      this.delTarget(t);
    } finally {
      u.loc = savedLoc;
      u.line = savedLine;
    }
  }

  private delTarget(t: A.Expr): void {
    const u = this.u;
    switch (t.kind) {
      case 'Name':
        return this.delName(t.id);
      case 'Attribute':
        this.expr(t.value);
        // 3.10 deletes where the attribute starts; 3.11+ at its name (update_start_location_to_match_attr).
        u.loc = matchAttr(t, t);
        u.line = u.loc.line;
        u.emit(Op.DELETE_ATTR, u.addMangledName(t.attr));
        return;
      case 'Subscript':
        this.expr(t.value);
        this.subscriptKey(t.slice);
        u.emit(Op.DELETE_SUBSCR);
        return;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.del(e);
        return;
      default:
        throw new Error(`compiler: cannot delete ${t.kind}`);
    }
  }

  subscriptKey(k: A.Expr): void {
    if (k.kind === 'Slice') {
      if (k.lower) this.expr(k.lower);
      else this.loadConst({ t: 'none' });
      if (k.upper) this.expr(k.upper);
      else this.loadConst({ t: 'none' });
      if (k.step) this.expr(k.step);
      this.u.emit(Op.BUILD_SLICE, k.step ? 3 : 2);
    } else {
      this.expr(k);
    }
  }

  // ---- control-flow helpers ----

  /** Jump to `target` when the truth of e equals `when`. */
  jumpIf(e: A.Expr, when: boolean, target: Label, atLine = 0): void {
    const u = this.u;
    if (e.kind === 'UnaryOp' && e.op === 'Not') return this.jumpIf(e.operand, !when, target, atLine);
    if (e.kind === 'BoolOp') {
      const isAnd = e.op === 'And';
      if (isAnd !== when) {
        // and→false / or→true: any operand decides
        for (const v of e.values) this.jumpIf(v, when, target, atLine);
      } else {
        const skip = new Label();
        for (let i = 0; i < e.values.length - 1; i++) this.jumpIf(e.values[i], !when, skip, atLine);
        this.jumpIf(e.values[e.values.length - 1], when, target, atLine);
        u.bind(skip);
      }
      return;
    }
    const saved = u.line;
    this.expr(e);
    // compiler_jump_if: up to 3.11 the jump is at the statement's line (a test over several
    // lines comes back to it); from 3.12 at the test's, and in 3.10 and 3.11 at a comparison's,
    // whose line the compiler then keeps for what follows (a comprehension's append); atLine:
    // where the caller puts the jump (3.13 codegen_jump_if's loc, a comprehension's).
    u.line = atLine !== 0 ? atLine : R.minor >= 12 || (R.minor >= 10 && e.kind === 'Compare') ? e.line : saved;
    u.jump(when ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
  }

  /** The warnings compiling e again would print (every comparison, call and subscript in it, nested ones too). */
  warnAgain(e: A.Expr): void {
    const visit = (n: unknown): void => {
      if (Array.isArray(n)) n.forEach(visit);
      else if (n !== null && typeof n === 'object' && 'kind' in n) {
        const x = n as A.Expr;
        if (x.kind === 'Compare') this.checkCompare(x);
        else if (x.kind === 'Call') this.checkCaller(x);
        else if (x.kind === 'Subscript' && x.ctx === 'Load') this.checkSubscript(x);
        for (const v of Object.values(n)) if (v !== null && typeof v === 'object') visit(v);
      }
    };
    visit(e);
  }

  /**
   * check_compare: `is` or `is not` with a literal on either side (a constant after folding,
   * not None, True, False or Ellipsis); 3.12+ name the literal's type.
   */
  protected checkCompare(e: A.Compare): void {
    const literal = (x: A.Expr): ConstSpec | null => {
      const c = loadsOneConst(x);
      return c === null || c.t === 'none' || c.t === 'bool' || c.t === 'ellipsis' ? null : c;
    };
    let left = literal(e.left);
    for (let i = 0; i < e.ops.length; i++) {
      const right = literal(e.comparators[i]);
      const op = e.ops[i];
      // The left one is named when both are literals.
      const lit = left ?? right;
      if ((op === 'Is' || op === 'IsNot') && lit !== null) {
        const what = R.minor >= 12 ? `'${lit.t}' literal` : 'a literal';
        this.warn(op === 'Is' ? `"is" with ${what}. Did you mean "=="?` : `"is not" with ${what}. Did you mean "!="?`, e.line);
        return;
      }
      left = right;
    }
  }

  /** check_caller; 3.8-3.11 warn at the call's line, 3.12+ at the callable's. */
  protected checkCaller(e: A.Call): void {
    const message = checkCaller(e.func);
    if (message !== null) this.warn(message, R.minor >= 12 ? e.func.line : e.line);
  }

  /** check_subscripter and check_index; 3.8-3.11 warn at the subscript's line, 3.12+ at its value's. */
  protected checkSubscript(e: A.Subscript): void {
    for (const message of checkSubscript(e)) this.warn(message, R.minor >= 12 ? e.value.line : e.line);
  }

  abstract expr(e: A.Expr): void;
}
