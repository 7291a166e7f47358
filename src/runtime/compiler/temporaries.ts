// What compiling a script leaves on CPython's dict and list free lists. The symbol table
// (Python/symtable.c) lives until compilation ends and each compiler unit (Python/compile.c
// compiler_enter_scope) until its scope is compiled; all of it is freed then, so the lists
// hold at least as many as were alive together at the peak.
import type { Scope } from './scopes';

export interface CompileTemporaries {
  /** Dicts alive at the peak: what the dict free list holds at least when the script starts. */
  readonly dicts: number;
  /** Lists alive at the peak. */
  readonly lists: number;
}

/**
 * The peak for the module whose top scope is top, under 3.minor. Measured with
 * sys._debugmallocstats() at the start of scripts of every shape (sibling and nested
 * functions, classes, lambdas, comprehensions and generator expressions) under 3.8-3.13:
 * - dicts: one ste_symbols per scope, st_blocks and the constant cache (c_const_cache), and
 *   per compiler unit on the way down to the deepest: u_consts, u_names, u_varnames,
 *   u_cellvars, u_freevars (and u_fasthidden from 3.12);
 * - lists: ste_varnames and ste_children per scope, ste_directives per scope that declares a
 *   name global or nonlocal (a walrus in a comprehension declares its target), st_stack,
 *   c_stack and one more, and those compiling the largest or-pattern holds.
 */
export function compileTemporaries(top: Scope, minor: number): CompileTemporaries {
  const unitDicts = minor >= 12 ? 6 : 5;
  let scopes = 0;
  let deepest = 0;
  let directives = 0;
  let orLists = 0;
  let spliced = 0;
  const walk = (s: Scope, units: number, temp: number, splicing: number): void => {
    scopes++;
    orLists = Math.max(orLists, s.orPatternLists);
    for (const sym of s.symbols.values()) {
      if (sym.global || sym.nonlocal) {
        directives++;
        break;
      }
    }
    // PEP 709 (3.12+): list, set and dict comprehensions are inlined into the enclosing unit.
    const inlined = minor >= 12 && s.kind === 'comprehension' && !s.isGenerator;
    const depth = inlined ? units : units + 1;
    // push_inlined_comprehension_state's temp_symbols dict, alive while the comprehension and
    // what it holds are compiled: always in 3.13; in 3.12 only where a name's scope differs
    // inside from outside: in a class body, or a cell of the comprehension that the enclosing
    // scope binds too (a name it does not have takes the comprehension's scope).
    const parent = s.parent;
    const differs = parent !== null && (parent.kind === 'class' || s.cellvars.some((n) => parent.symbols.get(n)?.bound === true));
    const t = inlined && (minor >= 13 || differs) ? 1 : temp;
    deepest = Math.max(deepest, unitDicts * depth + t);
    // analyze_block splices an inlined comprehension's children into its parent's: one more
    // list per such comprehension on the way down (3.12+, measured).
    const chain = inlined && s.children.length > 0 ? splicing + 1 : splicing;
    spliced = Math.max(spliced, chain);
    for (const c of s.children) walk(c, depth, t, chain);
  };
  walk(top, 0, 0, 0);
  return { dicts: scopes + 2 + deepest, lists: 2 * scopes + directives + 3 + Math.max(orLists, spliced) };
}
