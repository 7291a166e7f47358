// The symtable's second pass (Python/symtable.c analyze_block): every name resolved local,
// global, free or cell, and the variable-name orders the compiler takes from that.
import type * as A from './ast';
import { mangle } from '../compiler/mangle';
import { DEF_ANNOT, DEF_BOUND, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, USE, fail, type Block, type Scope, type SymbolScope } from './symtable-core';

/** symtable.c analyze_block: resolves every name, then children, then cells and free variables. */
export function analyzeBlock(b: Block, bound: Set<string> | null, global: Set<string>, free: Set<string>, byScope: Map<Scope, Block>): void {
  const s = b.scope;
  const local = new Set<string>();
  const scopes = new Map<string, SymbolScope>();
  const newGlobal = new Set<string>();
  const newBound = new Set<string>();
  if (s.type === 'class') {
    global.forEach((n) => newGlobal.add(n));
    bound?.forEach((n) => newBound.add(n));
  }
  for (const [name, flags] of b.flags) {
    let scope: SymbolScope;
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) fail(`name '${name}' is nonlocal and global`, s.node as A.Loc);
      scope = 'global-explicit';
      global.add(name);
      bound?.delete(name);
    } else if (flags & DEF_NONLOCAL) {
      if (!bound || !bound.has(name)) {
        const decl = findDecl(s.node, name, 'Nonlocal', b.priv);
        fail(`no binding for nonlocal '${name}' found`, decl ?? (s.node as A.Loc));
      }
      scope = 'free';
      free.add(name);
    } else if (flags & DEF_BOUND) {
      scope = 'local';
      local.add(name);
      global.delete(name);
    } else if (bound?.has(name)) {
      scope = 'free';
      free.add(name);
    } else {
      scope = 'global-implicit';
    }
    scopes.set(name, scope);
  }
  if (s.type !== 'class') {
    if (s.type === 'function') local.forEach((n) => newBound.add(n));
    bound?.forEach((n) => newBound.add(n));
    global.forEach((n) => newGlobal.add(n));
  } else {
    newBound.add('__class__');
  }
  const newFree = new Set<string>();
  for (const child of s.children) {
    const cb = byScope.get(child)!;
    const childFree = new Set<string>();
    analyzeBlock(cb, new Set(newBound), new Set(newGlobal), childFree, byScope);
    childFree.forEach((n) => newFree.add(n));
  }
  if (s.type === 'function') {
    for (const [name, sc] of scopes) {
      if (sc === 'local' && newFree.has(name)) { scopes.set(name, 'cell'); newFree.delete(name); }
    }
  } else if (s.type === 'class' && newFree.has('__class__')) {
    s.needsClassClosure = true;
    newFree.delete('__class__');
  }
  const classFree = new Set<string>();
  for (const name of newFree) {
    if (scopes.has(name)) {
      const flags = b.flags.get(name)!;
      if (s.type === 'class' && flags & (DEF_BOUND | DEF_GLOBAL)) classFree.add(name);
      continue;
    }
    if (bound && !bound.has(name)) continue;
    scopes.set(name, 'free');
  }
  newFree.forEach((n) => free.add(n));
  finish(b, scopes, classFree);
}

function findDecl(node: Scope['node'], name: string, kind: 'Nonlocal' | 'Global', priv: string | null): A.Loc | null {
  const body = 'body' in node && Array.isArray(node.body) ? node.body : [];
  const walk = (stmts: A.Stmt[]): A.Loc | null => {
    for (const st of stmts) {
      if (st.kind === kind && st.names.some((n) => mangle(priv, n) === name)) return st;
      if (st.kind === 'FunctionDef' || st.kind === 'ClassDef') continue;
      for (const key of ['body', 'orelse', 'finalbody'] as const) {
        const sub = (st as unknown as Record<string, unknown>)[key];
        if (Array.isArray(sub)) {
          const r = walk(sub as A.Stmt[]);
          if (r) return r;
        }
      }
      if (st.kind === 'Try') for (const h of st.handlers) { const r = walk(h.body); if (r) return r; }
    }
    return null;
  };
  return walk(body);
}

/** Fills the Scope's symbols and the code object's name tuples. */
function finish(b: Block, scopes: Map<string, SymbolScope>, classFree: Set<string>): void {
  const s = b.scope;
  for (const [name, scope] of scopes) {
    const f = b.flags.get(name) ?? 0;
    s.symbols.set(name, {
      name, scope, param: !!(f & DEF_PARAM), assigned: !!(f & (DEF_LOCAL | DEF_IMPORT)), referenced: !!(f & USE),
      declaredGlobal: !!(f & DEF_GLOBAL), declaredNonlocal: !!(f & DEF_NONLOCAL), imported: !!(f & DEF_IMPORT),
      annotated: !!(f & DEF_ANNOT),
    });
  }
  const fast = s.type === 'function';
  // compiler.c: parameters first, then fast locals in first-use order (cells that are
  // not parameters live only in the cell part of localsplus).
  s.varnames = fast ? [...s.params, ...b.order.filter((n) => scopes.get(n) === 'local' && !s.params.includes(n))] : [];
  const cells = [...scopes].filter(([, sc]) => sc === 'cell').map(([n]) => n);
  if (s.needsClassClosure) cells.push('__class__');
  // dictbytype sorts by name; 3.11's localsplus keeps parameter cells in parameter order first.
  const paramCells = s.params.filter((p) => cells.includes(p));
  s.cellvars = [...paramCells, ...cells.filter((c) => !paramCells.includes(c)).sort()];
  s.freevars = [...scopes].filter(([n, sc]) => sc === 'free' || classFree.has(n)).map(([n]) => n).sort();
}
