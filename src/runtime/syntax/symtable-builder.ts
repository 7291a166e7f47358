// The symtable's first pass (Python/symtable.c symtable_visit_*): walks statements and
// expressions in the order the compiler emits them, recording each name's DEF_* flags per block.
import type * as A from './ast';
import { mangle } from '../compiler/mangle';
import { DEF_ANNOT, DEF_COMP_ITER, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, USE, fail, newScope, type Block, type Scope } from './symtable-core';

/** Walks statements and expressions in the order the compiler emits them. */
export class Builder {
  constructor(
    private readonly blocks: Block[],
    private readonly minor: number,
    /** 3.10+ symtable_visit_annotation: under `from __future__ import annotations` an annotation is never evaluated, so its names bind nothing here. */
    private readonly skipAnnotations = false,
  ) {}

  /** symtable_add_def_helper: the symbol is the mangled name; a duplicate parameter is reported as written. */
  private add(b: Block, raw: string, flag: number, at: A.Loc): void {
    const name = mangle(b.priv, raw);
    const old = b.flags.get(name) ?? 0;
    if (flag & DEF_PARAM && old & DEF_PARAM) fail(`duplicate argument '${raw}' in function definition`, this.scopeAt(b, at));
    b.flags.set(name, old | flag);
    if (flag & (DEF_LOCAL | DEF_IMPORT | USE) && !b.order.includes(name)) b.order.push(name);
    if (flag & DEF_PARAM) b.scope.params.push(name);
  }

  /** 3.8/3.9 place some errors at the scope they arise in (ste_lineno, ste_col_offset), 3.10+ at the node. */
  private scopeAt(b: Block, at: A.Loc): A.Loc {
    return this.minor <= 9 ? (b.scope.node as A.Loc) : at;
  }

  /** 3.8/3.9 symtable_extend_namedexpr_scope passes the 0-based col_offset as the 1-based offset. */
  private namedExprAt(t: A.Loc): A.Loc {
    return this.minor <= 9 ? { ...t, col: t.col - 1 } : t;
  }

  /** symtable.c also records a `global` declaration in the module's own symbols (st_global). */
  private markModuleGlobal(name: string): void {
    const root = this.blocks[0];
    root.flags.set(name, (root.flags.get(name) ?? 0) | DEF_GLOBAL);
  }

  private enter(parent: Block, scope: Scope, comp = false): Block {
    const b: Block = { scope, flags: new Map(), order: [], parent, comp, priv: scope.type === 'class' ? scope.name : parent.priv };
    parent.scope.children.push(scope);
    this.blocks.push(b);
    return b;
  }

  body(b: Block, stmts: A.Stmt[]): void {
    for (const s of stmts) this.stmt(b, s);
  }

  private declare(b: Block, s: A.Global | A.Nonlocal): void {
    const global = s.kind === 'Global';
    for (const name of s.names) {
      // symtable_lookup finds the mangled symbol; the messages name it as written.
      const key = mangle(b.priv, name);
      const old = b.flags.get(key) ?? 0;
      const what = global ? 'global' : 'nonlocal';
      if (old & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT | DEF_IMPORT)) {
        // symtable.c: a parameter first, then a use, an annotation, an assignment.
        if (old & DEF_PARAM) fail(`name '${name}' is parameter and ${what}`, s);
        if (old & USE) fail(`name '${name}' is used prior to ${what} declaration`, s);
        if (old & DEF_ANNOT) fail(`annotated name '${name}' can't be ${what}`, s);
        fail(`name '${name}' is assigned to before ${what} declaration`, s);
      }
      if (!global && b.scope.type === 'module') fail('nonlocal declaration not allowed at module level', s);
      b.flags.set(key, old | (global ? DEF_GLOBAL : DEF_NONLOCAL));
      if (global) this.markModuleGlobal(key);
    }
  }

  stmt(b: Block, s: A.Stmt): void {
    switch (s.kind) {
      case 'FunctionDef': {
        s.decoratorList.forEach((d) => this.expr(b, d));
        this.argDefaults(b, s.args);
        this.annotations(b, s.args, s.returns);
        const scope = newScope('function', s.name, s, s.line, s.decoratorList.length ? s.decoratorList[0].line : s.line);
        const fb = this.enter(b, scope);
        this.params(fb, s.args);
        this.body(fb, s.body);
        this.add(b, s.name, DEF_LOCAL, s);
        return;
      }
      case 'ClassDef': {
        s.decoratorList.forEach((d) => this.expr(b, d));
        const scope = newScope('class', s.name, s, s.line, s.decoratorList.length ? s.decoratorList[0].line : s.line);
        const cb = this.enter(b, scope);
        this.body(cb, s.body);
        s.bases.forEach((e) => this.expr(b, e));
        s.keywords.forEach((k) => this.expr(b, k.value));
        this.add(b, s.name, DEF_LOCAL, s);
        return;
      }
      case 'Return': if (s.value) this.expr(b, s.value); return;
      case 'Delete': s.targets.forEach((t) => this.expr(b, t)); return;
      case 'Assign': this.expr(b, s.value); s.targets.forEach((t) => this.expr(b, t)); return;
      case 'AugAssign': {
        if (s.target.kind === 'Name') this.add(b, s.target.id, USE, s.target);
        this.expr(b, s.value);
        this.expr(b, s.target);
        return;
      }
      case 'AnnAssign': {
        if (s.target.kind === 'Name') {
          const key = mangle(b.priv, s.target.id);
          const old = b.flags.get(key) ?? 0;
          // symtable.c skips the check in the module's own table, where a function's `global` lands too.
          if (old & (DEF_GLOBAL | DEF_NONLOCAL) && s.simple && b.scope.type !== 'module') {
            fail(`annotated name '${s.target.id}' can't be ${old & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s);
          }
          b.flags.set(key, old | DEF_ANNOT);
        }
        if (s.value) this.expr(b, s.value);
        if (s.value || s.target.kind !== 'Name') this.expr(b, s.target);
        else this.add(b, s.target.id, DEF_LOCAL, s.target);
        if (!this.skipAnnotations) this.expr(b, s.annotation);
        else this.annotationBlock(s.annotation);
        return;
      }
      case 'For': this.expr(b, s.iter); this.expr(b, s.target); this.body(b, s.body); this.body(b, s.orelse); return;
      case 'While': this.expr(b, s.test); this.body(b, s.body); this.body(b, s.orelse); return;
      case 'If': this.expr(b, s.test); this.body(b, s.body); this.body(b, s.orelse); return;
      case 'With':
        for (const it of s.items) {
          this.expr(b, it.contextExpr);
          if (it.optionalVars) this.expr(b, it.optionalVars);
        }
        this.body(b, s.body);
        return;
      case 'Raise': if (s.exc) this.expr(b, s.exc); if (s.cause) this.expr(b, s.cause); return;
      case 'Try':
        this.body(b, s.body);
        this.body(b, s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.expr(b, h.type);
          if (h.name) this.add(b, h.name, DEF_LOCAL, h);
          this.body(b, h.body);
        }
        this.body(b, s.finalbody);
        return;
      case 'Assert': this.expr(b, s.test); if (s.msg) this.expr(b, s.msg); return;
      case 'Import': case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            // symtable_visit_alias: 3.10+ place it at the `*` (aliases have locations), 3.8/3.9 at the scope.
            if (b.scope.type !== 'module') fail('import * only allowed at module level', this.scopeAt(b, a));
            continue;
          }
          this.add(b, a.asname ?? a.name.split('.')[0], DEF_IMPORT, a);
        }
        return;
      case 'Global': case 'Nonlocal': this.declare(b, s); return;
      case 'Expr': this.expr(b, s.value); return;
      case 'Pass': case 'Break': case 'Continue': return;
      case 'Match':
        this.expr(b, s.subject);
        for (const m of s.cases) {
          this.pattern(b, m.pattern);
          if (m.guard) this.expr(b, m.guard);
          this.body(b, m.body);
        }
        return;
    }
  }

  /** symtable_visit_pattern: captures are ordinary local definitions. */
  private pattern(b: Block, p: A.Pattern): void {
    switch (p.kind) {
      case 'MatchValue': this.expr(b, p.value); return;
      case 'MatchSingleton': return;
      case 'MatchSequence': case 'MatchOr': for (const x of p.patterns) this.pattern(b, x); return;
      case 'MatchStar': if (p.name) this.add(b, p.name, DEF_LOCAL, p); return;
      case 'MatchAs':
        if (p.pattern) this.pattern(b, p.pattern);
        if (p.name) this.add(b, p.name, DEF_LOCAL, p);
        return;
      case 'MatchMapping':
        for (const k of p.keys) this.expr(b, k);
        for (const x of p.patterns) this.pattern(b, x);
        if (p.rest) this.add(b, p.rest, DEF_LOCAL, p);
        return;
      case 'MatchClass':
        this.expr(b, p.cls);
        for (const x of p.patterns) this.pattern(b, x);
        for (const x of p.kwdPatterns) this.pattern(b, x);
        return;
    }
  }

  private argDefaults(b: Block, a: A.Arguments): void {
    a.defaults.forEach((d) => this.expr(b, d));
    a.kwDefaults.forEach((d) => d && this.expr(b, d));
  }

  /**
   * 3.10+ under the future, an annotation is a block of its own (AnnotationBlock) whose names
   * bind nothing; what would need a real scope is refused (symtable_raise_if_annotation_block).
   */
  private annotationBlock(e: A.Node): void {
    const what = e.kind === 'Yield' || e.kind === 'YieldFrom' ? 'yield expression' : e.kind === 'NamedExpr' ? 'named expression' : e.kind === 'Await' ? 'await expression' : null;
    if (what !== null) fail(this.minor >= 12 ? `${what} cannot be used within an annotation` : `'${what}' can not be used within an annotation`, e as A.Expr);
    // A lambda or comprehension is a scope of its own, where these are the function's business.
    if (e.kind === 'Lambda' || e.kind === 'ListComp' || e.kind === 'SetComp' || e.kind === 'DictComp' || e.kind === 'GeneratorExp') return;
    for (const v of Object.values(e)) {
      for (const x of Array.isArray(v) ? v : [v]) {
        if (x !== null && typeof x === 'object' && typeof (x as { kind?: unknown }).kind === 'string') this.annotationBlock(x as A.Node);
      }
    }
  }

  private annotations(b: Block, a: A.Arguments, returns: A.Expr | null): void {
    if (this.skipAnnotations) {
      for (const p of [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])]) {
        if (p.annotation) this.annotationBlock(p.annotation);
      }
      if (returns) this.annotationBlock(returns);
      return;
    }
    for (const p of [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])]) {
      if (p.annotation) this.expr(b, p.annotation);
    }
    if (returns) this.expr(b, returns);
  }

  private params(b: Block, a: A.Arguments): void {
    for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) this.add(b, p.arg, DEF_PARAM, p);
    if (a.vararg) this.add(b, a.vararg.arg, DEF_PARAM, a.vararg);
    if (a.kwarg) this.add(b, a.kwarg.arg, DEF_PARAM, a.kwarg);
  }

  /** st_comp_iter_expr: inside a comprehension's iterable, where no assignment expression may be. */
  private compIterExpr = 0;

  private iterable(b: Block, e: A.Expr): void {
    this.compIterExpr++;
    this.expr(b, e);
    this.compIterExpr--;
  }

  private comprehension(b: Block, e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const [first, ...rest] = e.generators;
    this.iterable(b, first.iter);
    const name = { ListComp: 'listcomp', SetComp: 'setcomp', DictComp: 'dictcomp', GeneratorExp: 'genexpr' }[e.kind];
    const scope = newScope('function', name, e, e.line, e.line);
    scope.isComprehension = true;
    scope.isGenerator = e.kind === 'GeneratorExp';
    const cb = this.enter(b, scope, true);
    this.add(cb, '.0', DEF_PARAM, e);
    const gen = (g: A.Comprehension): void => {
      this.target(cb, g.target);
      g.ifs.forEach((x) => this.expr(cb, x));
    };
    gen(first);
    for (const g of rest) {
      this.iterable(cb, g.iter);
      gen(g);
    }
    if (e.kind === 'DictComp') { this.expr(cb, e.key); this.expr(cb, e.value); }
    else this.expr(cb, e.elt);
  }

  /** A comprehension's iteration target: walrus may not rebind it. */
  private target(b: Block, t: A.Expr): void {
    if (t.kind === 'Name') {
      this.add(b, t.id, DEF_LOCAL | DEF_COMP_ITER, t);
      return;
    }
    this.expr(b, t);
  }

  private namedExprTarget(b: Block, t: A.Name): void {
    if (!b.comp) { this.expr(b, t); return; }
    // symtable_extend_namedexpr_scope looks the iteration variable up unmangled before 3.13.
    const key = mangle(b.priv, t.id);
    // Every enclosing comprehension's iteration variables, innermost first.
    for (let x: Block = b; x.comp; x = x.parent!) {
      if ((x.flags.get(this.minor >= 13 ? key : t.id) ?? 0) & DEF_COMP_ITER) {
        fail(`assignment expression cannot rebind comprehension iteration variable '${t.id}'`, this.namedExprAt(t));
      }
    }
    // PEP 572: the target binds in the nearest enclosing non-comprehension scope.
    let outer = b.parent!;
    while (outer.comp) outer = outer.parent!;
    // symtable_extend_namedexpr_scope: a name the function declared global stays global.
    const global = outer.scope.type === 'module' || (outer.scope.type === 'function' && ((outer.flags.get(key) ?? 0) & DEF_GLOBAL) !== 0);
    for (let x: Block = b; x.comp; x = x.parent!) {
      x.flags.set(key, (x.flags.get(key) ?? 0) | (global ? DEF_GLOBAL : DEF_NONLOCAL));
      if (global) this.markModuleGlobal(key);
      if (!x.order.includes(key)) x.order.push(key);
    }
    if (outer.scope.type === 'class') fail('assignment expression within a comprehension cannot be used in a class body', this.namedExprAt(t));
    this.add(outer, t.id, DEF_LOCAL, t);
  }

  expr(b: Block, e: A.Expr): void {
    switch (e.kind) {
      case 'Name': {
        const flag = e.ctx === 'Load' ? USE : DEF_LOCAL;
        this.add(b, e.id, flag, e);
        // super() needs the __class__ cell of the enclosing class.
        if (e.ctx === 'Load' && b.scope.type === 'function' && e.id === 'super') this.add(b, '__class__', USE, e);
        return;
      }
      case 'BoolOp': e.values.forEach((v) => this.expr(b, v)); return;
      case 'NamedExpr':
        // symtable_visit_expr: NAMED_EXPR_COMP_ITER_EXPR, at the expression (3.8/3.9 one column early).
        if (this.compIterExpr > 0) fail('assignment expression cannot be used in a comprehension iterable expression', this.namedExprAt(e));
        this.expr(b, e.value);
        this.namedExprTarget(b, e.target);
        return;
      case 'BinOp': this.expr(b, e.left); this.expr(b, e.right); return;
      case 'UnaryOp': this.expr(b, e.operand); return;
      case 'Lambda': {
        this.argDefaults(b, e.args);
        const lb = this.enter(b, newScope('function', 'lambda', e, e.line, e.line));
        this.params(lb, e.args);
        this.expr(lb, e.body);
        return;
      }
      case 'IfExp': this.expr(b, e.test); this.expr(b, e.body); this.expr(b, e.orelse); return;
      case 'Dict':
        e.keys.forEach((k, i) => { if (k) this.expr(b, k); this.expr(b, e.values[i]); });
        return;
      case 'Set': case 'List': case 'Tuple': e.elts.forEach((x) => this.expr(b, x)); return;
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': this.comprehension(b, e); return;
      case 'Await': this.expr(b, e.value); return;
      case 'Yield': case 'YieldFrom':
        if (b.comp) {
          const what = { listcomp: 'list comprehension', setcomp: 'set comprehension', dictcomp: 'dict comprehension', genexpr: 'generator expression' }[b.scope.name];
          fail(`'yield' inside ${what}`, this.scopeAt(b, e));
        }
        if (e.value) this.expr(b, e.value);
        if (b.scope.type === 'function') b.scope.isGenerator = true;
        return;
      case 'Compare': this.expr(b, e.left); e.comparators.forEach((x) => this.expr(b, x)); return;
      case 'Call':
        this.expr(b, e.func);
        e.args.forEach((x) => this.expr(b, x));
        e.keywords.forEach((k) => this.expr(b, k.value));
        return;
      case 'FormattedValue': this.expr(b, e.value); if (e.formatSpec) this.expr(b, e.formatSpec); return;
      case 'JoinedStr': e.values.forEach((x) => this.expr(b, x)); return;
      case 'Constant': return;
      case 'Attribute': this.expr(b, e.value); return;
      case 'Subscript': this.expr(b, e.value); this.expr(b, e.slice); return;
      case 'Starred': this.expr(b, e.value); return;
      case 'Slice':
        if (e.lower) this.expr(b, e.lower);
        if (e.upper) this.expr(b, e.upper);
        if (e.step) this.expr(b, e.step);
        return;
    }
  }
}
