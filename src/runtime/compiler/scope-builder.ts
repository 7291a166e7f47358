// The scope analysis' first pass (Python/symtable.c symtable_visit_*): a Scope for every
// module, class, function, lambda and comprehension, and each name's uses and bindings in it.
import type * as A from '../syntax/ast';
import { classAbove, Scope, type ScopeKind } from './scopes';

export class Builder {
  constructor(private readonly byNode: Map<A.Node, Scope>) {}

  private child(parent: Scope, kind: ScopeKind, name: string, node: A.Node, line: number): Scope {
    const s = new Scope(kind, name, node, parent, line);
    s.symbolsBefore = parent.symbols.size;
    parent.children.push(s);
    this.byNode.set(node, s);
    return s;
  }

  private bind(s: Scope, name: string): void {
    s.sym(name).bound = true;
  }

  stmts(s: Scope, body: A.Stmt[]): void {
    for (const st of body) this.stmt(s, st);
  }

  private args(s: Scope, a: A.Arguments): void {
    const order = [...a.posonlyargs, ...a.args, ...a.kwonlyargs];
    if (a.vararg) order.push(a.vararg);
    if (a.kwarg) order.push(a.kwarg);
    for (const p of order) {
      const sym = s.sym(p.arg);
      sym.bound = true;
      sym.param = true;
      s.params.push(s.mangle(p.arg));
    }
  }

  /** Defaults, annotations and decorators belong to the enclosing scope. */
  private argDefaults(s: Scope, a: A.Arguments): void {
    for (const d of a.defaults) this.expr(s, d);
    for (const d of a.kwDefaults) if (d) this.expr(s, d);
  }

  stmt(s: Scope, st: A.Stmt): void {
    switch (st.kind) {
      case 'FunctionDef': {
        for (const d of st.decoratorList) this.expr(s, d);
        this.argDefaults(s, st.args);
        this.bind(s, st.name);
        const f = this.child(s, 'function', st.name, st, st.line);
        this.args(f, st.args);
        this.stmts(f, st.body);
        return;
      }
      case 'ClassDef': {
        for (const d of st.decoratorList) this.expr(s, d);
        for (const e of st.bases) this.expr(s, e);
        for (const k of st.keywords) this.expr(s, k.value);
        this.bind(s, st.name);
        const c = this.child(s, 'class', st.name, st, st.line);
        this.stmts(c, st.body);
        return;
      }
      case 'Return':
        if (st.value) this.expr(s, st.value);
        return;
      case 'Delete':
        for (const t of st.targets) this.expr(s, t);
        return;
      case 'Assign':
        this.expr(s, st.value);
        for (const t of st.targets) this.expr(s, t);
        return;
      case 'AugAssign':
        this.expr(s, st.value);
        this.expr(s, st.target);
        if (st.target.kind === 'Name') s.sym(st.target.id).used = true;
        return;
      case 'AnnAssign':
        if (st.value) this.expr(s, st.value);
        this.expr(s, st.target);
        return;
      case 'For':
        this.expr(s, st.iter);
        this.expr(s, st.target);
        this.stmts(s, st.body);
        this.stmts(s, st.orelse);
        return;
      case 'While':
        this.expr(s, st.test);
        this.stmts(s, st.body);
        this.stmts(s, st.orelse);
        return;
      case 'If':
        this.expr(s, st.test);
        this.stmts(s, st.body);
        this.stmts(s, st.orelse);
        return;
      case 'With':
        for (const it of st.items) {
          this.expr(s, it.contextExpr);
          if (it.optionalVars) this.expr(s, it.optionalVars);
        }
        this.stmts(s, st.body);
        return;
      case 'Raise':
        if (st.exc) this.expr(s, st.exc);
        if (st.cause) this.expr(s, st.cause);
        return;
      case 'Try':
        this.stmts(s, st.body);
        for (const h of st.handlers) {
          if (h.type) this.expr(s, h.type);
          if (h.name) this.bind(s, h.name);
          this.stmts(s, h.body);
        }
        this.stmts(s, st.orelse);
        this.stmts(s, st.finalbody);
        return;
      case 'Assert':
        this.expr(s, st.test);
        if (st.msg) this.expr(s, st.msg);
        return;
      case 'Import':
      case 'ImportFrom':
        for (const a of st.names) {
          if (a.name === '*') continue;
          this.bind(s, a.asname ?? a.name.split('.')[0]);
          s.sym(a.asname ?? a.name.split('.')[0]).imported = true;
        }
        return;
      case 'Global':
        for (const n of st.names) s.sym(n).global = true;
        return;
      case 'Nonlocal':
        for (const n of st.names) {
          s.sym(n).nonlocal = true;
          // symtable.c analyze_block binds __class__ for a class body's methods.
          if (n === '__class__' && classAbove(s)) markClassClosure(s);
        }
        return;
      case 'Expr':
        this.expr(s, st.value);
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
      case 'Match':
        this.expr(s, st.subject);
        for (const m of st.cases) {
          s.orPatternLists = Math.max(s.orPatternLists, this.pattern(s, m.pattern));
          if (m.guard) this.expr(s, m.guard);
          this.stmts(s, m.body);
        }
        return;
    }
  }

  /**
   * Pattern captures bind names like assignments (symtable_visit_pattern). Returns how many
   * lists compiler_pattern_or holds at once to compile it: i + 1 at an or-pattern's
   * alternative i, plus the alternative's own (Python/compile.c; measured with
   * sys._debugmallocstats() under 3.10-3.13).
   */
  private pattern(s: Scope, p: A.Pattern): number {
    const all = (ps: A.Pattern[]): number => ps.reduce((m, x) => Math.max(m, this.pattern(s, x)), 0);
    switch (p.kind) {
      case 'MatchValue': this.expr(s, p.value); return 0;
      case 'MatchSingleton': return 0;
      case 'MatchSequence': return all(p.patterns);
      case 'MatchOr': return p.patterns.reduce((m, x, i) => Math.max(m, i + 1 + this.pattern(s, x)), 0);
      case 'MatchStar': if (p.name) this.bind(s, p.name); return 0;
      case 'MatchAs': {
        const n = p.pattern ? this.pattern(s, p.pattern) : 0;
        if (p.name) this.bind(s, p.name);
        return n;
      }
      case 'MatchMapping': {
        for (const k of p.keys) this.expr(s, k);
        const n = all(p.patterns);
        if (p.rest) this.bind(s, p.rest);
        return n;
      }
      case 'MatchClass':
        this.expr(s, p.cls);
        return Math.max(all(p.patterns), all(p.kwdPatterns));
    }
  }

  private comprehension(s: Scope, node: A.Expr, gens: A.Comprehension[], elts: A.Expr[]): void {
    // The first iterable is evaluated in the enclosing scope and passed in as `.0`.
    this.expr(s, gens[0].iter);
    const c = this.child(s, 'comprehension', comprehensionName(node), node, node.line);
    const dot0 = c.sym('.0');
    dot0.bound = true;
    dot0.param = true;
    c.params.push('.0');
    gens.forEach((g, i) => {
      if (i > 0) this.expr(c, g.iter);
      this.expr(c, g.target);
      for (const cond of g.ifs) this.expr(c, cond);
    });
    for (const e of elts) this.expr(c, e);
    if (node.kind === 'GeneratorExp') c.isGenerator = true;
  }

  expr(s: Scope, e: A.Expr): void {
    switch (e.kind) {
      case 'Name': {
        const sym = s.sym(e.id);
        if (e.ctx === 'Load') {
          sym.used = true;
          if (e.id === 'super' && s.isFunctionLike) markClassClosure(s);
        } else sym.bound = true;
        return;
      }
      case 'NamedExpr': {
        this.expr(s, e.value);
        // The target binds in the nearest scope that is not a comprehension.
        let t = s;
        while (t.kind === 'comprehension' && t.parent) t = t.parent;
        const outer = t.sym(e.target.id);
        outer.bound = true;
        if (t !== s) {
          // symtable_extend_namedexpr_scope: a name the function declared global stays global.
          const global = t.kind === 'module' || outer.global;
          s.sym(e.target.id).nonlocal = !global;
          if (global) s.sym(e.target.id).global = true;
        }
        return;
      }
      case 'Lambda': {
        this.argDefaults(s, e.args);
        const f = this.child(s, 'lambda', '<lambda>', e, e.line);
        this.args(f, e.args);
        this.expr(f, e.body);
        return;
      }
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        return this.comprehension(s, e, e.generators, [e.elt]);
      case 'DictComp':
        return this.comprehension(s, e, e.generators, [e.key, e.value]);
      case 'Yield':
      case 'YieldFrom':
        s.isGenerator = true;
        if (e.value) this.expr(s, e.value);
        return;
      case 'BoolOp':
        for (const v of e.values) this.expr(s, v);
        return;
      case 'BinOp':
        this.expr(s, e.left);
        this.expr(s, e.right);
        return;
      case 'UnaryOp':
        return this.expr(s, e.operand);
      case 'IfExp':
        this.expr(s, e.test);
        this.expr(s, e.body);
        this.expr(s, e.orelse);
        return;
      case 'Dict':
        e.keys.forEach((k, i) => {
          if (k) this.expr(s, k);
          this.expr(s, e.values[i]);
        });
        return;
      case 'Set':
      case 'List':
      case 'Tuple':
        for (const x of e.elts) this.expr(s, x);
        return;
      case 'Compare':
        this.expr(s, e.left);
        for (const c of e.comparators) this.expr(s, c);
        return;
      case 'Call':
        this.expr(s, e.func);
        for (const a of e.args) this.expr(s, a);
        for (const k of e.keywords) this.expr(s, k.value);
        return;
      case 'FormattedValue':
        this.expr(s, e.value);
        if (e.formatSpec) this.expr(s, e.formatSpec);
        return;
      case 'JoinedStr':
        for (const v of e.values) this.expr(s, v);
        return;
      case 'Constant':
        return;
      case 'Attribute':
        return this.expr(s, e.value);
      case 'Subscript':
        this.expr(s, e.value);
        this.expr(s, e.slice);
        return;
      case 'Starred':
        return this.expr(s, e.value);
      case 'Slice':
        if (e.lower) this.expr(s, e.lower);
        if (e.upper) this.expr(s, e.upper);
        if (e.step) this.expr(s, e.step);
        return;
    }
  }
}

function markClassClosure(s: Scope): void {
  s.needsClassClosure = true;
  s.sym('__class__').used = true;
}

function comprehensionName(e: A.Expr): string {
  switch (e.kind) {
    case 'ListComp':
      return '<listcomp>';
    case 'SetComp':
      return '<setcomp>';
    case 'DictComp':
      return '<dictcomp>';
    default:
      return '<genexpr>';
  }
}
