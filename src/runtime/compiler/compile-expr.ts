// The expression half of the compiler: names by scope, constants, operators,
// calls, displays, comprehensions (their own code units), lambdas and f-strings.
import type * as A from '../syntax/ast';
import { CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS } from '../objects/code';
import { NbOp, Op } from './opcodes';
import { R } from '../state';
import type { Scope, ScopeTable } from './scopes';
import { CodeUnit, CompileError, ConstSpec, constKey, Label } from './unit';
import type { SyntaxWarningInfo } from '../syntax/lower-core';
import { foldExpr } from './fold';
import { exprAsUnicode } from './unparse';
import { astTuples, foldedTuples } from './const-cache';
import { checkCaller, checkSubscript } from './literal-checks';

const BINOP: Record<A.OperatorName, NbOp> = {
  Add: NbOp.ADD,
  BitAnd: NbOp.AND,
  FloorDiv: NbOp.FLOOR_DIVIDE,
  LShift: NbOp.LSHIFT,
  MatMult: NbOp.MATRIX_MULTIPLY,
  Mult: NbOp.MULTIPLY,
  Mod: NbOp.REMAINDER,
  BitOr: NbOp.OR,
  Pow: NbOp.POWER,
  RShift: NbOp.RSHIFT,
  Sub: NbOp.SUBTRACT,
  Div: NbOp.TRUE_DIVIDE,
  BitXor: NbOp.XOR,
};

/** COMPARE_OP opargs: Py_LT .. Py_GE. */
const CMP: Partial<Record<A.CmpOpName, number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

/** Python/compile.c: how deep a display may push before it is built in pieces (3.10+). */
const STACK_USE_GUIDELINE = 30;

export class ExprCompiler {
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

  binop(op: A.OperatorName): number {
    return BINOP[op];
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
  private nameOp(raw: string, kind: 'load' | 'store' | 'del'): void {
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

  private storeTarget(t: A.Expr): void {
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
        u.line = t.line;
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

  del(t: A.Expr): void {
    const u = this.u;
    switch (t.kind) {
      case 'Name':
        return this.delName(t.id);
      case 'Attribute':
        this.expr(t.value);
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
  jumpIf(e: A.Expr, when: boolean, target: Label): void {
    const u = this.u;
    if (e.kind === 'UnaryOp' && e.op === 'Not') return this.jumpIf(e.operand, !when, target);
    if (e.kind === 'BoolOp') {
      const isAnd = e.op === 'And';
      if (isAnd !== when) {
        // and→false / or→true: any operand decides
        for (const v of e.values) this.jumpIf(v, when, target);
      } else {
        const skip = new Label();
        for (let i = 0; i < e.values.length - 1; i++) this.jumpIf(e.values[i], !when, skip);
        this.jumpIf(e.values[e.values.length - 1], when, target);
        u.bind(skip);
      }
      return;
    }
    const saved = u.line;
    this.expr(e);
    // compiler_jump_if: up to 3.11 the jump is at the statement's line (a test over several
    // lines comes back to it); from 3.12 at the test's.
    u.line = R.minor >= 12 ? e.line : saved;
    u.jump(when ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
  }

  /**
   * What a for loop, a comprehension or `in` iterates (Python/ast_opt.c fold_iter): a list
   * display is built as a tuple, a set display of constants is a frozenset constant.
   */
  iterExpr(e: A.Expr): void {
    if (e.kind === 'List' && !e.elts.some((x) => x.kind === 'Starred')) {
      const saved = this.u.line;
      this.u.line = e.line;
      this.sequence(e.elts, 'tuple');
      this.u.line = saved;
      return;
    }
    if (e.kind === 'Set') {
      const consts = constTupleOf(e.elts);
      if (consts !== null && consts.t === 'tuple') return this.loadConst(frozensetOf(consts.items));
    }
    this.expr(e);
  }

  // ---- expressions ----

  expr(e: A.Expr): void {
    if (e === this.stopAt) this.stop();
    const u = this.u;
    const saved = u.line;
    const savedLoc = u.loc;
    u.line = e.line;
    // compiler_visit_expr: an expression's instructions carry its location.
    u.loc = e;
    this.exprInner(e.kind === 'BinOp' || e.kind === 'UnaryOp' || e.kind === 'Subscript' ? foldExpr(e) : e);
    u.line = saved;
    u.loc = savedLoc;
  }

  private exprInner(e: A.Expr): void {
    const u = this.u;
    switch (e.kind) {
      case 'Constant':
        return this.loadConst(constSpec(e.value));
      case 'Name':
        return this.loadName(e.id);
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        u.line = e.line;
        u.emit(Op.BINARY_OP, BINOP[e.op]);
        return;
      case 'UnaryOp':
        this.expr(e.operand);
        u.emit(
          e.op === 'Not' ? Op.UNARY_NOT : e.op === 'USub' ? Op.UNARY_NEGATIVE : e.op === 'UAdd' ? Op.UNARY_POSITIVE : Op.UNARY_INVERT,
        );
        return;
      case 'BoolOp': {
        const end = new Label();
        e.values.forEach((v, i) => {
          this.expr(v);
          if (i < e.values.length - 1) u.jump(e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end);
        });
        u.bind(end);
        return;
      }
      case 'Compare':
        return this.compare(e);
      case 'IfExp': {
        const orelse = new Label();
        const end = new Label();
        this.jumpIf(e.test, false, orelse);
        this.expr(e.body);
        u.silentJump(end);
        u.bind(orelse);
        this.expr(e.orelse);
        u.bind(end);
        return;
      }
      case 'NamedExpr':
        this.expr(e.value);
        u.emit(Op.COPY, 1);
        this.storeName(e.target.id);
        return;
      case 'Attribute':
        this.attributeValue(e);
        u.line = e.line;
        u.emit(Op.LOAD_ATTR, u.addMangledName(e.attr));
        return;
      case 'Subscript':
        this.checkSubscript(e);
        this.expr(e.value);
        this.subscriptKey(e.slice);
        u.line = e.line;
        u.emit(Op.BINARY_SUBSCR);
        return;
      case 'Tuple':
        return this.sequence(e.elts, 'tuple');
      case 'List':
        return this.sequence(e.elts, 'list');
      case 'Set':
        return this.sequence(e.elts, 'set');
      case 'Dict':
        return this.dict(e);
      case 'Call':
        return this.callExpr(e);
      case 'Lambda':
        return this.lambda(e);
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        return this.comprehension(e);
      case 'JoinedStr':
        for (const v of e.values) this.expr(v);
        if (e.values.length !== 1) u.emit(Op.BUILD_STRING, e.values.length);
        else if (e.values[0].kind === 'Constant') return;
        return;
      case 'FormattedValue': {
        this.expr(e.value);
        let flags = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
        if (e.formatSpec) {
          this.expr(e.formatSpec);
          flags |= 4;
        }
        u.emit(Op.FORMAT_VALUE, flags);
        return;
      }
      case 'Yield':
        if (!u.scope.isFunctionLike) throw new CompileError("'yield' outside function", e.line);
        if (e.value) this.expr(e.value);
        else this.loadConst({ t: 'none' });
        u.emit(Op.YIELD_VALUE);
        return;
      case 'YieldFrom': {
        if (!u.scope.isFunctionLike) throw new CompileError("'yield' outside function", e.line);
        this.expr(e.value);
        u.emit(Op.GET_YIELD_FROM_ITER);
        this.loadConst({ t: 'none' });
        const send = new Label();
        const done = new Label();
        u.bind(send);
        // ceval's line tracing skips the jump back to SEND (a delegating generator's loop):
        // both are silent, so passes of the loop are not executions of the line.
        u.quiet = true;
        u.jump(Op.SEND, done);
        u.quiet = false;
        u.emit(Op.YIELD_VALUE);
        u.silentJump(send);
        u.bind(done);
        return;
      }
      case 'Starred':
        throw new CompileError("can't use starred expression here", e.line);
      case 'Slice':
        this.subscriptKey(e);
        return;
    }
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
  private checkCaller(e: A.Call): void {
    const message = checkCaller(e.func);
    if (message !== null) this.warn(message, R.minor >= 12 ? e.func.line : e.line);
  }

  /** check_subscripter and check_index; 3.8-3.11 warn at the subscript's line, 3.12+ at its value's. */
  private checkSubscript(e: A.Subscript): void {
    for (const message of checkSubscript(e)) this.warn(message, R.minor >= 12 ? e.value.line : e.line);
  }

  private compare(e: A.Compare): void {
    const u = this.u;
    this.checkCompare(e);
    this.expr(e.left);
    const n = e.ops.length;
    // fold_compare: the last comparator of `in` / `not in` is folded as an iterable.
    const last = (c: A.Expr, op: A.CmpOpName): void => (op === 'In' || op === 'NotIn' ? this.iterExpr(c) : this.expr(c));
    if (n === 1) {
      last(e.comparators[0], e.ops[0]);
      u.line = e.line;
      this.cmpOp(e.ops[0]);
      return;
    }
    const cleanup = new Label();
    const end = new Label();
    for (let i = 0; i < n - 1; i++) {
      this.expr(e.comparators[i]);
      u.emit(Op.SWAP, 2);
      u.emit(Op.COPY, 2);
      this.cmpOp(e.ops[i]);
      u.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    last(e.comparators[n - 1], e.ops[n - 1]);
    this.cmpOp(e.ops[n - 1]);
    u.jump(Op.JUMP, end);
    u.bind(cleanup);
    u.emit(Op.SWAP, 2);
    u.emit(Op.POP_TOP);
    u.bind(end);
  }

  private cmpOp(op: A.CmpOpName): void {
    const u = this.u;
    switch (op) {
      case 'Is':
        u.emit(Op.IS_OP, 0);
        return;
      case 'IsNot':
        u.emit(Op.IS_OP, 1);
        return;
      case 'In':
        u.emit(Op.CONTAINS_OP, 0);
        return;
      case 'NotIn':
        u.emit(Op.CONTAINS_OP, 1);
        return;
      default:
        u.emit(Op.COMPARE_OP, CMP[op]!);
    }
  }

  /** Tuple, list and set displays, with starred items gathered through a list. */
  protected sequence(elts: A.Expr[], kind: 'tuple' | 'list' | 'set'): void {
    const u = this.u;
    const starred = elts.some((x) => x.kind === 'Starred');
    if (!starred) {
      const consts = constTupleOf(elts);
      if (kind === 'tuple' && consts !== null) {
        this.loadConst(astTuple(consts)!);
        return;
      }
      // 3.9+ build a display of 3 or more constants from one constant (compiler_subkwargs /
      // starunpack_helper): BUILD_SET 0 + SET_UPDATE of a frozenset, BUILD_LIST 0 + LIST_EXTEND of a tuple.
      if (consts !== null && consts.t === 'tuple' && elts.length >= 3 && R.minor >= 9) {
        u.emit(kind === 'set' ? Op.BUILD_SET : Op.BUILD_LIST, 0);
        this.loadConst(kind === 'set' ? frozensetOf(consts.items) : consts);
        u.emit(kind === 'set' ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
        return;
      }
      // starunpack_helper (3.10+): a display too long for the stack is built item by item.
      if (R.minor >= 10 && elts.length > STACK_USE_GUIDELINE) {
        u.emit(kind === 'set' ? Op.BUILD_SET : Op.BUILD_LIST, 0);
        for (const x of elts) {
          this.expr(x);
          u.emit(kind === 'set' ? Op.SET_ADD : Op.LIST_APPEND, 1);
        }
        if (kind === 'tuple') u.emit(Op.LIST_TO_TUPLE);
        return;
      }
      for (const x of elts) this.expr(x);
      u.emit(kind === 'tuple' ? Op.BUILD_TUPLE : kind === 'list' ? Op.BUILD_LIST : Op.BUILD_SET, elts.length);
      return;
    }
    u.emit(kind === 'set' ? Op.BUILD_SET : Op.BUILD_LIST, 0);
    for (const x of elts) {
      if (x.kind === 'Starred') {
        this.expr(x.value);
        u.emit(kind === 'set' ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
      } else {
        this.expr(x);
        u.emit(kind === 'set' ? Op.SET_ADD : Op.LIST_APPEND, 1);
      }
    }
    if (kind === 'tuple') u.emit(Op.LIST_TO_TUPLE);
  }

  private dict(e: A.Dict): void {
    const u = this.u;
    const hasSpread = e.keys.some((k) => k === null);
    if (!hasSpread) {
      // compiler_dict: from 3.10 a long display goes in chunks of 17 pairs (STACK_USE_GUIDELINE).
      const n = e.keys.length;
      let haveDict = false;
      let begin = 0;
      for (let i = 0; i < n; i++) {
        if (R.minor >= 10 && (i - begin) * 2 > STACK_USE_GUIDELINE) {
          this.subdict(e, begin, i + 1);
          if (haveDict) u.emit(Op.DICT_UPDATE, 1);
          haveDict = true;
          begin = i + 1;
        }
      }
      if (begin < n) {
        this.subdict(e, begin, n);
        if (haveDict) u.emit(Op.DICT_UPDATE, 1);
        haveDict = true;
      }
      if (!haveDict) u.emit(Op.BUILD_MAP, 0);
      return;
    }
    u.emit(Op.BUILD_MAP, 0);
    e.keys.forEach((k, i) => {
      if (k === null) {
        this.expr(e.values[i]);
        u.emit(Op.DICT_UPDATE, 1);
      } else {
        this.expr(k);
        this.expr(e.values[i]);
        u.emit(Op.MAP_ADD, 1);
      }
    });
  }

  /**
   * compiler_visit_annotations: the annotations of args, then positional-only ones, *args,
   * keyword-only ones, **kwargs and the return, evaluated after the defaults; 3.8/3.9 make
   * a dict of them (BUILD_CONST_KEY_MAP), 3.10+ a flat (name, value, ...) tuple. Returns
   * whether there were any.
   */
  private annotations(a: A.Arguments, returns: A.Expr | null): boolean {
    const u = this.u;
    const pairs: Array<[string, A.Expr]> = [];
    const add = (arg: A.Arg | null): void => {
      // compiler_visit_argannotation: the key is the mangled parameter name.
      if (arg !== null && arg.annotation !== null) pairs.push([u.scope.mangle(arg.arg), arg.annotation]);
    };
    a.args.forEach(add);
    a.posonlyargs.forEach(add);
    add(a.vararg);
    a.kwonlyargs.forEach(add);
    add(a.kwarg);
    if (returns !== null) pairs.push(['return', returns]);
    if (pairs.length === 0) return false;
    const consts = pairs.map(([, e]) => (this.futureAnnotations ? this.annotationText(e) : loadsOneConst(e)));
    if (R.minor >= 10 && consts.every((c) => c !== null)) {
      // The optimizer folds a BUILD_TUPLE of constants into one constant (fold_tuple_on_constants).
      const items: ConstSpec[] = [];
      pairs.forEach(([name], i) => items.push({ t: 'str', v: name }, consts[i]!));
      this.loadFoldedTuple(items);
    } else if (R.minor >= 10) {
      for (const [name, e] of pairs) {
        this.loadConst({ t: 'str', v: name });
        if (e.kind === 'Starred') {
          // compiler_visit_argannotation: `*args: *Ts` is `[value] = [*Ts]` (3.11, PEP 646).
          this.expr(e.value);
          u.emit(Op.UNPACK_SEQUENCE, 1);
        } else this.expr(e);
      }
      u.emit(Op.BUILD_TUPLE, 2 * pairs.length);
    } else {
      for (const [, e] of pairs) this.annotation(e);
      this.loadConst({ t: 'tuple', items: pairs.map(([name]) => ({ t: 'str' as const, v: name })) });
      u.emit(Op.BUILD_CONST_KEY_MAP, pairs.length);
    }
    return true;
  }

  /**
   * compiler_subdict: pairs begin..end as one dict; constant keys go in one tuple
   * (BUILD_CONST_KEY_MAP), and from 3.10 a chunk too big for the stack is built pair by pair.
   */
  private subdict(e: A.Dict, begin: number, end: number): void {
    const u = this.u;
    const n = end - begin;
    const keys = e.keys.slice(begin, end) as A.Expr[];
    const big = R.minor >= 10 && n * 2 > STACK_USE_GUIDELINE;
    const constKeys = n > 1 && !big ? constTupleOf(keys) : null;
    if (constKeys !== null) {
      for (let i = begin; i < end; i++) this.expr(e.values[i]);
      this.loadConst(constKeys);
      u.emit(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) u.emit(Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.expr(keys[i - begin]);
      this.expr(e.values[i]);
      if (big) u.emit(Op.MAP_ADD, 1);
    }
    if (!big) u.emit(Op.BUILD_MAP, n);
  }

  private callExpr(e: A.Call): void {
    const u = this.u;
    const simple = !e.args.some((a) => a.kind === 'Starred') && !e.keywords.some((k) => k.arg === null);
    if (e.func.kind === 'Attribute' && simple) {
      this.attributeValue(e.func);
      u.line = e.func.line;
      // maybe_optimize_method_call: the method's lookup is at the attribute.
      const callLoc = u.loc;
      u.loc = e.func;
      u.emit(Op.LOAD_METHOD, u.addMangledName(e.func.attr));
      u.loc = callLoc;
      this.callArgs(e.args, e.keywords, 0, e.line);
      return;
    }
    this.checkCaller(e);
    const nul = u.emit(Op.PUSH_NULL);
    this.expr(e.func);
    u.nullCalls.push({ nul, after: u.code.length });
    this.callArgs(e.args, e.keywords, 0, e.line);
  }

  /** The object an attribute is loaded from, noting a super() call 3.12+ do not make (LOAD_SUPER_ATTR). */
  private attributeValue(e: A.Attribute): void {
    const u = this.u;
    const from = u.code.length;
    this.expr(e.value);
    if (e.value.kind === 'Call' && this.canOptimizeSuperCall(e)) {
      if (u.nullCalls.at(-1)?.nul === from) u.nullCalls.pop();
      u.superCalls.push({ nul: from, call: u.code.length - 2, args: e.value.args.length });
    }
  }

  /** compile.c can_optimize_super_call (3.12+): super is the builtin, called with no arguments from a method or with two. */
  private canOptimizeSuperCall(attr: A.Attribute): boolean {
    const u = this.u;
    const e = attr.value;
    if (e.kind !== 'Call' || e.func.kind !== 'Name' || e.func.id !== 'super' || attr.attr === '__class__' || e.keywords.length > 0) return false;
    // Statically visible shadowing: super bound or declared here, or named at all at the top.
    const sym = u.scope.symbols.get('super');
    if (sym !== undefined && (sym.bound || sym.global || sym.nonlocal)) return false;
    if (u.scope.kind !== 'module' && u.scope.lookup('super') !== (u.scope.kind === 'class' ? 'local' : 'global_implicit')) return false;
    if (this.table.top.symbols.has('super')) return false;
    if (e.args.length === 2) return !e.args.some((a) => a.kind === 'Starred');
    if (e.args.length !== 0 || u.argcount === 0) return false;
    return u.scope.freevars.includes('__class__');
  }

  /** Arguments after [NULL|method, callable|self, `prefix` items already pushed]. */
  callArgs(args: A.Expr[], keywords: A.Keyword[], prefix: number, line: number): void {
    const u = this.u;
    const starred = args.some((a) => a.kind === 'Starred') || keywords.some((k) => k.arg === null);
    if (!starred) {
      for (const a of args) this.expr(a);
      for (const k of keywords) this.expr(k.value);
      u.line = line;
      if (keywords.length > 0) {
        this.loadConst({ t: 'tuple', items: keywords.map((k) => ({ t: 'str' as const, v: k.arg! })) });
        u.emit(Op.CALL_KW, prefix + args.length + keywords.length);
      } else {
        u.emit(Op.CALL, prefix + args.length);
      }
      return;
    }
    if (prefix === 0 && !args.some((a) => a.kind === 'Starred')) this.positionalTuple(args);
    const build = u.emit(Op.BUILD_LIST, prefix);
    for (const a of args) {
      if (a.kind === 'Starred') {
        this.expr(a.value);
        const merge = u.emit(Op.LIST_EXTEND, 1);
        if (prefix === 0 && args.length === 1) u.loneStarred.push({ build, merge });
        u.callStars.push(merge);
      } else {
        this.expr(a);
        u.emit(Op.LIST_APPEND, 1);
      }
    }
    u.emit(Op.LIST_TO_TUPLE);
    let flags = 0;
    if (keywords.length > 0) {
      flags = 1;
      const build = u.emit(Op.BUILD_MAP, 0);
      let merged = false;
      for (let i = 0; i < keywords.length; i++) {
        const k = keywords[i];
        if (k.arg === null) {
          this.expr(k.value);
          const merge = u.emit(Op.DICT_MERGE, 1);
          if (keywords.length === 1) u.loneStarred.push({ build, merge });
          merged = true;
        } else if (merged) {
          // compiler_subkwargs: keywords after a ** are a map of their own, merged in, so a
          // name the ** already gave is an error ("got multiple values for keyword argument").
          let n = 0;
          for (; i < keywords.length && keywords[i].arg !== null; i++, n++) {
            this.loadConst({ t: 'str', v: keywords[i].arg! });
            this.expr(keywords[i].value);
          }
          i--;
          u.emit(Op.BUILD_MAP, n);
          u.emit(Op.DICT_MERGE, 1);
        } else {
          this.loadConst({ t: 'str', v: k.arg });
          this.expr(k.value);
          u.emit(Op.MAP_ADD, 1);
        }
      }
    }
    u.line = line;
    u.emit(Op.CALL_FUNCTION_EX, flags);
  }

  /**
   * A BUILD_TUPLE of constants, which fold_tuple_on_constants (3.8/3.9 Python/peephole.c,
   * 3.10/3.11 Python/compile.c, 3.12+ Python/flowgraph.c) makes one constant once the code is
   * compiled: appended to co_consts (3.8/3.9 without looking for an equal one), where up to
   * 3.11 the items stay too (3.12's remove_unused_consts drops them).
   */
  private loadFoldedTuple(items: ConstSpec[]): void {
    this.u.emit(Op.LOAD_CONST, this.foldTuple(items));
  }

  /** The index of the constant fold_tuple_on_constants makes of items (see loadFoldedTuple). */
  protected foldTuple(items: ConstSpec[]): number {
    const u = this.u;
    const tuple: ConstSpec = { t: 'tuple', items };
    foldedTuples.add(tuple);
    if (R.minor <= 11) items.forEach((c) => u.unloadedConsts.add(u.addConst(c)));
    return R.minor >= 10 ? u.addConst(tuple) : u.consts.push(tuple) - 1;
  }

  /**
   * A call with ** but no * builds its positional arguments as a tuple (compiler_call_helper,
   * starunpack_helper): of three or more constants one constant; of fewer, BUILD_TUPLE, which
   * the optimizer folds (3.8/3.9 not an empty one). The runtime builds them through a list.
   */
  private positionalTuple(args: A.Expr[]): void {
    const items = args.map(loadsOneConst);
    if (items.some((c) => c === null)) return;
    if (items.length > 2) this.u.unloadedConsts.add(this.u.addConst({ t: 'tuple', items: items as ConstSpec[] }));
    else if (items.length > 0 || R.minor >= 10) this.u.unloadedConsts.add(this.foldTuple(items as ConstSpec[]));
  }

  /** Push defaults, kwdefaults and the closure, then the code object, and MAKE_FUNCTION. */
  makeFunction(code: CodeUnit, args: A.Arguments | null, returns: A.Expr | null = null): void {
    const u = this.u;
    let flags = 0;
    if (args && args.defaults.length > 0) {
      // fold_tuple_on_constants (3.8/3.9 peephole.c, unmerged; 3.10+ compile.c, merged):
      // defaults that are all constants load one tuple constant.
      const consts = args.defaults.map(loadsOneConst);
      if (consts.every((c) => c !== null)) this.loadFoldedTuple(consts as ConstSpec[]);
      else {
        for (const d of args.defaults) this.expr(d);
        u.emit(Op.BUILD_TUPLE, args.defaults.length);
      }
      flags |= 1;
    }
    if (args && args.kwDefaults.some((d) => d !== null)) {
      // compiler_visit_kwonlydefaults: the defaults, then a constant tuple of their mangled
      // names as the keys of __kwdefaults__ (BUILD_CONST_KEY_MAP).
      const keys: ConstSpec[] = [];
      args.kwonlyargs.forEach((a, i) => {
        const d = args.kwDefaults[i];
        if (d) {
          keys.push({ t: 'str', v: u.scope.mangle(a.arg) });
          this.expr(d);
        }
      });
      this.loadConst({ t: 'tuple', items: keys });
      u.emit(Op.BUILD_CONST_KEY_MAP, keys.length);
      flags |= 2;
    }
    if (args && this.annotations(args, returns)) flags |= 4;
    const free = code.scope.freevars;
    if (free.length > 0) {
      for (const name of free) {
        // The enclosing scope passes its own cell (or free variable) of that name.
        u.emit(Op.LOAD_CLOSURE, u.derefIndex(name));
      }
      u.emit(Op.BUILD_TUPLE, free.length);
      flags |= 8;
    }
    this.loadConst({ t: 'code', unit: code });
    u.emit(Op.MAKE_FUNCTION, flags);
  }

  /**
   * compiler_function, compiler_lambda: the defaults and annotations are compiled before the
   * body, so what they warn about comes first; the model compiles the body first.
   */
  protected bodyWarningsLast(compileBody: () => CodeUnit, makeFunction: (code: CodeUnit) => void): void {
    const mark = this.warnings.length;
    const code = compileBody();
    const body = this.warnings.splice(mark);
    makeFunction(code);
    this.warnings.push(...body);
  }

  private lambda(e: A.Lambda): void {
    const scope = this.table.byNode.get(e)!;
    this.bodyWarningsLast(() => this.subUnit(scope, '<lambda>', e.line, () => {
      this.setArgs(e.args);
      this.expr(e.body);
      // compiler_lambda: 3.11 and 3.12 return at the unit's own location, the first line's
      // column 0 (so two lambdas returning one constant on a line have equal position tables).
      if (R.minor === 11 || R.minor === 12) this.u.loc = { line: e.line, col: 0, endLine: e.line, endCol: 0 };
      this.u.emit(scope.isGenerator ? Op.POP_TOP : Op.RETURN_VALUE);
      if (scope.isGenerator) {
        this.loadConst({ t: 'none' });
        this.u.emit(Op.RETURN_VALUE);
      }
    }), (code) => this.makeFunction(code, e.args));
  }

  protected subUnit(scope: Scope, name: string, line: number, fill: () => void): CodeUnit {
    const saved = this.u;
    const u = new CodeUnit(scope, name, this.qualname(name), line);
    u.enclosing = saved;
    if (scope.isGenerator) u.flags |= CO_GENERATOR;
    this.u = u;
    fill();
    this.u = saved;
    return u;
  }

  /** A comprehension is a function of one argument (the first iterator), called at once. */
  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const u = this.u;
    const scope = this.table.byNode.get(e)!;
    const name = scope.name;
    const code = this.subUnit(scope, name, e.line, () => {
      const cu = this.u;
      // compiler_comprehension (3.11+): what the loop itself does is at the comprehension.
      cu.loc = e;
      cu.argcount = 1;
      if (e.kind === 'ListComp') cu.emit(Op.BUILD_LIST, 0);
      else if (e.kind === 'SetComp') cu.emit(Op.BUILD_SET, 0);
      else if (e.kind === 'DictComp') cu.emit(Op.BUILD_MAP, 0);
      this.comprehensionLoop(e, 0, e.kind === 'GeneratorExp' ? 0 : 1);
      // 3.13: the return after the loop takes the END_FOR's location, the first iterable's.
      if (R.minor >= 13) cu.loc = e.generators[0].iter;
      if (e.kind === 'GeneratorExp') this.loadConst({ t: 'none' });
      cu.emit(Op.RETURN_VALUE);
    });
    // compiler_comprehension: no NULL; the function sits where a method would, the iterator as its self.
    const from = u.code.length;
    const inlined = scope.isInlined;
    if (inlined) {
      // 3.12+ make no function and no closure tuple: the cells go to the code's frame as they are.
      for (const name of scope.freevars) u.emit(Op.LOAD_CLOSURE, u.derefIndex(name));
      this.loadConst({ t: 'code', unit: code });
      // CPython has no such instructions: they start no line (its first is the iterable's).
      for (let i = from >> 1; i < u.code.length >> 1; i++) u.silent.push(i);
    } else this.makeFunction(code, null);
    const make = u.code.length - 2;
    this.iterExpr(e.generators[0].iter);
    u.line = e.line;
    u.emit(Op.GET_ITER);
    const call = inlined ? u.emit(Op.CALL_COMPREHENSION, scope.freevars.length) : u.emit(Op.CALL, 0);
    if (e.kind !== 'GeneratorExp') {
      u.comprehensions.push({ from, make, call, unit: code });
      u.log.push({ inline: code });
    }
  }

  /** One `for` level; `depth` counts the iterators below the result container. */
  private comprehensionLoop(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, i: number, depth: number): void {
    const u = this.u;
    const g = e.generators[i];
    const top = new Label();
    const end = new Label();
    // compiler_sync_comprehension_generator: the loop is at the comprehension (3.13 FOR_ITER
    // and GET_ITER at the iterable), what takes the element (3.12+ and the jump back) at it.
    const whole = u.loc;
    if (R.minor >= 13) u.line = g.iter.line;
    if (i === 0) u.emit(Op.LOAD_FAST, 0);
    else {
      this.iterExpr(g.iter);
      if (R.minor >= 13) u.loc = g.iter;
      u.emit(Op.GET_ITER);
    }
    u.bind(top);
    // 3.13 loop at the iterable; the store is at its target (a line of its own in a
    // comprehension over several lines, which line tracing sees each pass).
    u.line = R.minor >= 13 ? g.iter.line : e.line;
    if (R.minor >= 13) u.loc = g.iter;
    u.jump(Op.FOR_ITER, end);
    u.loc = whole;
    u.line = g.target.line;
    this.store(g.target);
    u.line = e.line;
    for (const cond of g.ifs) this.jumpIf(cond, false, top);
    const elt: A.Loc = e.kind === 'DictComp' ? { line: e.key.line, col: e.key.col, endLine: e.value.endLine, endCol: e.value.endCol } : e.elt;
    if (i + 1 < e.generators.length) {
      this.comprehensionLoop(e, i + 1, depth + 1);
    } else if (e.kind === 'GeneratorExp') {
      this.expr(e.elt);
      if (R.minor >= 12) u.loc = elt;
      u.emit(Op.YIELD_VALUE);
      u.emit(Op.POP_TOP);
    } else if (e.kind === 'DictComp') {
      this.expr(e.key);
      this.expr(e.value);
      if (R.minor >= 12) u.loc = elt;
      u.emit(Op.MAP_ADD, depth + 1);
    } else {
      this.expr(e.elt);
      if (R.minor >= 12) u.loc = elt;
      u.emit(e.kind === 'ListComp' ? Op.LIST_APPEND : Op.SET_ADD, depth + 1);
    }
    if (R.minor >= 12) u.loc = elt;
    u.silentJump(top);
    u.loc = whole;
    u.bind(end);
  }
}


/** The constant an expression compiles to when it is one LOAD_CONST (a folded operation or tuple), else null. */
export function loadsOneConst(e: A.Expr): ConstSpec | null {
  const f = e.kind === 'BinOp' || e.kind === 'UnaryOp' || e.kind === 'Subscript' ? foldExpr(e) : e;
  if (f.kind === 'Constant') return constSpec(f.value);
  return f.kind === 'Tuple' ? astTuple(constTupleOf(f.elts)) : null;
}

/** A tuple display folded by the AST optimizer (Python/ast_opt.c fold_tuple, fold_iter), not by the compiler. */
function astTuple(c: ConstSpec | null): ConstSpec | null {
  if (c !== null) astTuples.add(c);
  return c;
}

/** PyFrozenSet_New of a display's constants: equal items (1, 1.0 and True) are one, the first. */
function frozensetOf(items: ConstSpec[]): ConstSpec {
  const seen = new Set<string>();
  const kept: ConstSpec[] = [];
  for (const c of items) {
    const k = equalityKey(c);
    if (k !== null && seen.has(k)) continue;
    if (k !== null) seen.add(k);
    kept.push(c);
  }
  return { t: 'frozenset', items: kept };
}

/** What a constant compares equal by: numbers by value whatever their type; NaN to nothing. */
function equalityKey(c: ConstSpec): string | null {
  switch (c.t) {
    case 'bool':
      return `n:${c.v ? 1 : 0}`;
    case 'int':
      return `n:${c.v}`;
    case 'float':
      return Number.isNaN(c.v) ? null : Number.isInteger(c.v) ? `n:${BigInt(c.v)}` : `n:${c.v}`;
    case 'complex':
      return c.imag === 0 ? equalityKey({ t: 'float', v: c.real ?? 0 }) : `c:${c.real ?? 0},${c.imag}`;
    default:
      return constKey(c);
  }
}

/**
 * A display of constants as one tuple constant, or null (a non-constant display). Python/ast_opt.c
 * fold_tuple folds inner displays first, so a tuple of constant tuples is one constant, and ()
 * is a constant too.
 */
function constTupleOf(elts: A.Expr[]): ConstSpec | null {
  const items: ConstSpec[] = [];
  for (const x of elts) {
    const c = loadsOneConst(x);
    if (c === null) return null;
    items.push(c);
  }
  return { t: 'tuple', items };
}

export function constSpec(v: A.ConstantValue): ConstSpec {
  if (v === null) return { t: 'none' };
  if (typeof v === 'boolean') return { t: 'bool', v };
  if (typeof v === 'bigint') return { t: 'int', v };
  if (typeof v === 'number') return { t: 'float', v };
  if (typeof v === 'string') return { t: 'str', v };
  if (v.type === 'bytes') return { t: 'bytes', v: v.bytes };
  if (v.type === 'complex') return { t: 'complex', imag: v.imag, real: v.real };
  return { t: 'ellipsis' };
}
