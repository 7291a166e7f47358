// Expressions with code units of their own: lambdas and comprehensions (3.12+ inlined
// into their caller, PEP 709).
import type * as A from '../syntax/ast';
import { CO_GENERATOR } from '../objects/code';
import { Op } from './opcodes';
import { R } from '../state';
import type { Scope } from './scopes';
import { CodeUnit, CONTINUE_LINE, Label } from './unit';
import { CallCompiler } from './expr-calls';

export abstract class UnitCompiler extends CallCompiler {
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

  protected lambda(e: A.Lambda): void {
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
  protected comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const u = this.u;
    const scope = this.table.byNode.get(e)!;
    const name = scope.name;
    const code = this.subUnit(scope, name, e.line, () => {
      const cu = this.u;
      // compiler_comprehension (3.11+): what the loop itself does is at the comprehension.
      cu.loc = e;
      // 3.8/3.9 compiler_enter_scope: line 0, so what the loop itself does has no line of its
      // own and goes on with the line before it (CONTINUE_LINE).
      if (R.minor <= 9) cu.line = CONTINUE_LINE;
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

  /** 3.12+ compiler_sync_comprehension_generator: the element is added and the loop goes on at the element's location (elt_loc). */
  private atElement(elt: A.Loc): void {
    if (R.minor < 12) return;
    this.u.loc = elt;
    this.u.line = elt.line;
  }

  /** One `for` level; `depth` counts the iterators below the result container. */
  protected comprehensionLoop(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, i: number, depth: number): void {
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
    const loopLine = R.minor <= 9 ? CONTINUE_LINE : e.line;
    u.line = R.minor >= 13 ? g.iter.line : loopLine;
    if (R.minor >= 13) u.loc = g.iter;
    u.jump(Op.FOR_ITER, end);
    u.loc = whole;
    u.line = g.target.line;
    this.store(g.target);
    u.line = loopLine;
    // optimize_basic_block (3.10+; 3.12+ jump_thread): a condition's jump to the jump back goes on to the loop's
    // top only from the jump back's own line; from another it lands there, which traces it.
    const threads = R.minor >= 10 && g.ifs.length > 0;
    const cleanup = threads ? new Label() : top;
    // 3.13 codegen_sync_comprehension_generator jumps at the comprehension.
    for (const cond of g.ifs) this.jumpIf(cond, false, cleanup, R.minor >= 13 ? e.line : 0);
    const elt: A.Loc = e.kind === 'DictComp' ? { line: e.key.line, col: e.key.col, endLine: e.value.endLine, endCol: e.value.endCol } : e.elt;
    if (i + 1 < e.generators.length) {
      this.comprehensionLoop(e, i + 1, depth + 1);
    } else if (e.kind === 'GeneratorExp') {
      this.expr(e.elt);
      this.atElement(elt);
      u.emit(Op.YIELD_VALUE);
      u.emit(Op.POP_TOP);
    } else if (e.kind === 'DictComp') {
      this.expr(e.key);
      this.expr(e.value);
      this.atElement(elt);
      u.emit(Op.MAP_ADD, depth + 1);
    } else {
      this.expr(e.elt);
      this.atElement(elt);
      u.emit(e.kind === 'ListComp' ? Op.LIST_APPEND : Op.SET_ADD, depth + 1);
    }
    this.atElement(elt);
    if (threads) {
      u.bind(cleanup);
      const back = u.line;
      u.jump(Op.JUMP, top);
      for (const at of cleanup.refs) if (u.lines[at >> 1] === back) u.code[at + 1] = top.pos;
    } else if (R.minor >= 13 && i + 1 < e.generators.length) {
      // 3.13: the inner loop's END_FOR is at its iterable, so this jump back starts a line.
      u.jump(Op.JUMP, top);
    } else u.silentJump(top);
    u.loc = whole;
    if (R.minor >= 12) u.line = loopLine;
    u.bind(end);
  }
}
