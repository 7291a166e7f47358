// Scope analysis over a whole module: the first pass (scope-builder.ts), then every name's
// scope decided top-down (Python/symtable.c analyze_block) and the frames' layouts.
import type * as A from '../syntax/ast';
import { Builder } from './scope-builder';
import { classAbove, Scope, ScopeError, type ScopeTable } from './scopes';

export function analyzeScopes(mod: A.Module): ScopeTable {
  const byNode = new Map<A.Node, Scope>();
  const top = new Scope('module', 'top', mod, null, 1);
  byNode.set(mod, top);
  const b = new Builder(byNode);
  b.stmts(top, mod.body);
  resolve(top, new Set(), new Set());
  return { top, byNode };
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
