// Scope analysis (Python/symtable.c, 3.11 rules; 3.12+ inlined comprehensions read the
// enclosing frame's locals): for every module, class, function, lambda and comprehension,
// which names are local, global, free or cells, and the orders frames are laid out by.
import type * as A from '../syntax/ast';
import { R } from '../state';
import { mangle } from './mangle';

export type ScopeKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';
/** outer (3.12+): a fast local of an enclosing scope an inlined comprehension reads in that scope's frame. */
export type NameScope = 'local' | 'global_explicit' | 'global_implicit' | 'free' | 'cell' | 'outer';

export class Scope {
  /** Names in order of first appearance, with what the code does with them. */
  readonly symbols = new Map<string, { bound: boolean; used: boolean; param: boolean; global: boolean; nonlocal: boolean }>();
  readonly children: Scope[] = [];
  readonly scopes = new Map<string, NameScope>();
  params: string[] = [];
  varnames: string[] = [];
  cellvars: string[] = [];
  freevars: string[] = [];
  isGenerator = false;
  /** The most lists compiling one of this scope's or-patterns holds at once. */
  orPatternLists = 0;
  /** A method that uses super() or __class__: its class body needs the __class__ cell. */
  needsClassClosure = false;
  /** How many symbols the parent had when this scope was entered (symtable_enter_block). */
  symbolsBefore = 0;
  /** The class whose name private names are mangled with (st_private / u_private): the nearest enclosing class, or this one. */
  readonly privateName: string | null;
  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly node: A.Node,
    readonly parent: Scope | null,
    readonly line: number,
  ) {
    this.privateName = kind === 'class' ? name : (parent?.privateName ?? null);
  }

  /** The name as this scope's symbols and the code's names hold it (symtable.c mangles at every definition and use). */
  mangle(name: string): string {
    return mangle(this.privateName, name);
  }

  sym(raw: string) {
    const name = this.mangle(raw);
    let s = this.symbols.get(name);
    if (s === undefined) {
      s = { bound: false, used: false, param: false, global: false, nonlocal: false };
      this.symbols.set(name, s);
    }
    return s;
  }

  /** How the compiler reaches a name from this scope. */
  lookup(raw: string): NameScope {
    const name = this.mangle(raw);
    return this.scopes.get(name) ?? (this.kind === 'module' || this.kind === 'class' ? 'local' : 'global_implicit');
  }

  get isFunctionLike(): boolean {
    return this.kind === 'function' || this.kind === 'lambda' || this.kind === 'comprehension';
  }

  /** 3.12+ compile a list, set or dict comprehension into its enclosing code (PEP 709). */
  get isInlined(): boolean {
    return this.kind === 'comprehension' && !this.isGenerator && R.minor >= 12;
  }
}

/**
 * A comprehension's symbols once those inlined into it are: each inner one adds the names
 * (but `.0`) it has and the outer one does not (symtable.c inline_comprehension).
 */
export function inlinedSymbols(s: Scope): Scope['symbols'] {
  const out = new Map(s.symbols);
  for (const c of s.children) {
    if (c.kind !== 'comprehension' || c.isGenerator) continue;
    for (const [name, sym] of inlinedSymbols(c)) if (!sym.param && !out.has(name)) out.set(name, sym);
  }
  return out;
}

/**
 * The names an inlined comprehension saves and clears on entry (compile.c
 * push_inlined_comprehension_state, LOAD_FAST_AND_CLEAR), in its symbol table's order: those
 * it binds (a walrus target only where the enclosing code holds it as a global), or, for a
 * class body's own comprehension (in_class_block), every name.
 */
export function pushedNames(comp: Scope, inClassBlock: boolean): string[] {
  const out: string[] = [];
  for (const [name, s] of inlinedSymbols(comp)) if (inClassBlock || ((s.bound || s.global) && !s.param && !s.nonlocal)) out.push(name);
  return out;
}

/** The analysis of a whole module: the scope of each scope-creating node. */
export interface ScopeTable {
  readonly top: Scope;
  readonly byNode: Map<A.Node, Scope>;
}

/** A problem found during analysis that CPython reports as SyntaxError. */
export class ScopeError {
  constructor(
    readonly message: string,
    readonly line: number,
  ) {}
}

export function analyzeScopes(mod: A.Module): ScopeTable {
  const byNode = new Map<A.Node, Scope>();
  const top = new Scope('module', 'top', mod, null, 1);
  byNode.set(mod, top);
  const b = new Builder(byNode);
  b.stmts(top, mod.body);
  resolve(top, new Set(), new Set());
  return { top, byNode };
}

class Builder {
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

/**
 * Decide every name's scope, top-down. `enclosing` holds the names bound in enclosing
 * function scopes (visible as free variables); `globals` the names declared global above.
 */
function resolve(s: Scope, enclosing: Set<string>, globals: Set<string>): void {
  const free = new Set<string>();
  const inner = new Set(enclosing);
  const innerGlobals = new Set(globals);
  for (const [name, sym] of s.symbols) {
    if (sym.global) {
      s.scopes.set(name, 'global_explicit');
      innerGlobals.add(name);
    } else if (sym.nonlocal) {
      if (!enclosing.has(name) && !(name === '__class__' && classAbove(s))) throw new ScopeError(`no binding for nonlocal '${name}' found`, s.line);
      s.scopes.set(name, 'free');
      free.add(name);
    } else if (sym.bound) {
      if (s.kind === 'module') s.scopes.set(name, 'global_implicit');
      else s.scopes.set(name, 'local');
      if (s.isFunctionLike) {
        inner.add(name);
        innerGlobals.delete(name);
      }
    } else if (name === '__class__' && s.isFunctionLike && classAbove(s)) {
      s.scopes.set(name, 'free');
      free.add(name);
    } else if (enclosing.has(name) && !globals.has(name)) {
      s.scopes.set(name, 'free');
      free.add(name);
    } else {
      s.scopes.set(name, s.kind === 'module' ? 'global_implicit' : s.kind === 'class' ? 'local' : 'global_implicit');
    }
  }
  // Class bodies do not enclose their methods' names, but pass through the outer ones.
  const passDown = s.kind === 'class' ? enclosing : inner;
  if (s.kind === 'class') {
    for (const c of s.children) if (usesClassCell(c)) s.cellvars.push('__class__');
  }
  for (const c of s.children) resolve(c, passDown, s.kind === 'class' ? globals : innerGlobals);
  // A child's free variable that this scope binds becomes a cell here; otherwise it passes through.
  // 3.12+: one only inlined comprehensions use stays a fast local they read in this frame.
  const onlyInlined = (c: Scope, name: string): boolean => c.isInlined && c.children.every((d) => !d.freevars.includes(name) || onlyInlined(d, name));
  for (const c of s.children) {
    for (const name of c.freevars) {
      if (s.isFunctionLike && s.scopes.get(name) === 'local' && !onlyInlined(c, name)) s.scopes.set(name, 'cell');
    }
  }
  for (const c of s.children) {
    for (const name of [...c.freevars]) {
      if (name === '__class__' && s.kind === 'class') continue;
      const here = s.scopes.get(name);
      if (s.isFunctionLike && here === 'local') {
        readInFrame(c, name);
      } else if (s.isFunctionLike && here === 'cell') {
        continue;
      } else if (here !== 'global_explicit') {
        if (s.kind === 'class' && here === 'local') {
          // A class binding of the same name does not capture: the method sees the outer one.
          if (!enclosing.has(name)) continue;
          free.add(name);
          continue;
        }
        s.scopes.set(name, here === 'local' && s.kind !== 'class' ? 'cell' : 'free');
        free.add(name);
      }
    }
  }
  finish(s, free);
}

/** An inlined comprehension (and those inlined into it) read name in the enclosing frame, not through a cell. */
function readInFrame(c: Scope, name: string): void {
  c.scopes.set(name, 'outer');
  c.freevars = c.freevars.filter((n) => n !== name);
  for (const d of c.children) if (d.isInlined && d.freevars.includes(name)) readInFrame(d, name);
}

function classAbove(s: Scope): boolean {
  for (let p = s.parent; p !== null; p = p.parent) if (p.kind === 'class') return true;
  return false;
}

/** c or a function or comprehension nested in it reads __class__ (symtable.c: its free variable passes up to the class). */
function usesClassCell(c: Scope): boolean {
  if (c.needsClassClosure || c.freevars.includes('__class__') || c.symbols.get('__class__')?.used === true) return true;
  return c.children.some((d) => d.kind !== 'class' && usesClassCell(d));
}

function finish(s: Scope, free: Set<string>): void {
  if (s.isFunctionLike) {
    const vars = [...s.params];
    for (const [name] of s.symbols) {
      const sc = s.scopes.get(name);
      if ((sc === 'local' || sc === 'cell') && !vars.includes(name)) vars.push(name);
    }
    s.varnames = vars;
    s.cellvars = [...s.scopes].filter(([, v]) => v === 'cell').map(([k]) => k).sort();
  } else if (s.kind === 'class') {
    s.cellvars = [...new Set(s.cellvars)].sort();
  }
  s.freevars = [...free].sort();
}
