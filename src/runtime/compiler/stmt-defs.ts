// Function and class definitions (Python/compile.c compiler_function, compiler_class),
// their decorators, and annotated assignments; what a body's docstring and end decide.
import { R } from '../state';
import type * as A from '../syntax/ast';
import { CO_GENERATOR } from '../objects/code';
import { Op } from './opcodes';
import { Scope } from './scopes';
import { CodeUnit } from './unit';
import { ExprCompiler } from './compile-expr';

export abstract class DefCompiler extends ExprCompiler {
  abstract body(stmts: A.Stmt[]): void;

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

  protected functionDef(s: A.FunctionDef): void {
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
  protected annAssign(s: A.AnnAssign): void {
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

  protected classDef(s: A.ClassDef): void {
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
  protected applyDecorators(s: A.FunctionDef | A.ClassDef): void {
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
export function hasAnnotations(body: A.Stmt[]): boolean {
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

export function docstringOf(body: A.Stmt[]): string | null {
  const first = body[0];
  return first?.kind === 'Expr' && first.value.kind === 'Constant' && typeof first.value.value === 'string' ? first.value.value : null;
}

/** A body whose last statement leaves no jump behind: its implicit return shares that statement's block. */
export function endsSimply(body: A.Stmt[]): boolean {
  const k = body[body.length - 1]?.kind;
  return !['If', 'For', 'AsyncFor', 'While', 'With', 'AsyncWith', 'Try', 'TryStar', 'Match'].includes(k ?? 'If');
}

export function lastLine(body: A.Stmt[]): number {
  if (body.length === 0) return 1;
  return body[body.length - 1].endLine;
}

/**
 * The line of the implicit return ending body. 3.10's propagate_line_numbers gives it the
 * line of the instruction before it when the last statement falls through into it (a def or
 * class statement's is its first line), the first line when there is none; otherwise the
 * last statement's last line.
 */
export function returnLine(u: CodeUnit, body: A.Stmt[]): number {
  const n = u.lines.length;
  if (R.minor !== 10 || !endsSimply(body)) return lastLine(body);
  return n > 0 ? u.lines[n - 1] : u.firstLine;
}
