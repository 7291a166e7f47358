// What scope analysis (analyze-scopes.ts; Python/symtable.c, 3.11 rules, 3.12+ inlined
// comprehensions reading the enclosing frame's locals) gives the compiler: for every module,
// class, function, lambda and comprehension, which names are local, global, free or cells.
import type * as A from '../syntax/ast';
import { R } from '../state';
import { mangle } from './mangle';

export type ScopeKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';
/** outer (3.12+): a fast local of an enclosing scope an inlined comprehension reads in that scope's frame. */
export type NameScope = 'local' | 'global_explicit' | 'global_implicit' | 'free' | 'cell' | 'outer';

export class Scope {
  /** Names in order of first appearance, with what the code does with them. */
  /** imported: bound by an import (DEF_IMPORT), which is_import_originated (compile.c) checks in the module's scope. */
  readonly symbols = new Map<string, { bound: boolean; used: boolean; param: boolean; global: boolean; nonlocal: boolean; imported?: boolean }>();
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

/** Whether a class encloses s (its methods can have a __class__ cell). */
export function classAbove(s: Scope): boolean {
  for (let p = s.parent; p !== null; p = p.parent) if (p.kind === 'class') return true;
  return false;
}
