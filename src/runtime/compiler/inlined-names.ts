// 3.12+ comprehension inlining (PEP 709) as CPython's code objects show it: which units are
// inlined, and the fast locals and cells the code that inlines them gains.
import { pushedNames, type Scope } from './scopes';
import type { CodeUnit } from './unit';

/** Inlined in 3.12+ (PEP 709): list, set and dict comprehensions; generator expressions keep their code. */
export function isInlined(u: CodeUnit, minor: number): boolean {
  return minor >= 12 && u.scope.kind === 'comprehension' && !u.scope.isGenerator;
}

/**
 * u_varnames (Python/compile.c compiler_enter_scope, compiler_nameop): the parameters
 * (ste_varnames), then the names loaded and stored as fast locals; a cell that is not a
 * parameter is only in u_cellvars.
 */
export function fastNames(s: Scope): string[] {
  if (!s.isFunctionLike) return [];
  return s.varnames.filter((n) => s.params.includes(n) || s.scopes.get(n) !== 'cell');
}

/**
 * 3.12+ u_varnames in the order the compiler adds to it (compile.c compiler_nameop): the
 * parameters, then each fast local at its first use, an inlined comprehension's names where
 * it saves them (push_inlined_comprehension_state), a class body's own comprehension's all.
 */
export function inlinedVarnames(u: CodeUnit, minor: number): string[] {
  const out = u.scope.isFunctionLike ? [...u.scope.params] : [];
  const add = (n: string): void => {
    if (!out.includes(n)) out.push(n);
  };
  const replay = (w: CodeUnit, depth: number): void => {
    for (const ev of w.log) {
      if ('fast' in ev) {
        if (ev.fast !== '.0' || w === u) add(ev.fast);
      } else if ('inline' in ev && isInlined(ev.inline, minor)) {
        pushedNames(ev.inline.scope, u.scope.kind === 'class' && depth === 0).forEach(add);
        replay(ev.inline, depth + 1);
      }
    }
  };
  replay(u, 0);
  return out;
}

/** 3.12+ co_cellvars: the code's cells and its inlined comprehensions' (DEF_COMP_CELL), sorted (dictbytype). */
export function inlinedCellvars(u: CodeUnit, minor: number): string[] {
  const cells = new Set(u.scope.cellvars);
  const add = (w: CodeUnit): void => {
    for (const c of w.consts) {
      if (c.t !== 'code' || !isInlined(c.unit, minor)) continue;
      c.unit.scope.cellvars.forEach((n) => cells.add(n));
      add(c.unit);
    }
  };
  add(u);
  return [...cells].sort();
}
