// 3.10's numbering of C identifiers (_Py_IDENTIFIER) and the interpreter's array of their
// strings, which grows by a block the script's line is given when a new one passes its end.
import { firstInRun, R } from '../state';
import type { Scope } from '../compiler/scopes';

/**
 * 3.10's _PyUnicode_FromId gives each _Py_Identifier (one C declaration) an index on its first
 * use, process-wide (_PyRuntime.unicode_ids.next_index). Start-up takes 0-112 and leaves the
 * array (interp->unicode.ids) 128 slots long: measured with gdb at a script's first line
 * (print _PyRuntime.unicode_ids.next_index, ...ids.size), in a plain start-up and under the
 * live-blocks oracle's sitecustomize alike.
 */
const STARTUP_NEXT_INDEX = 113;
const STARTUP_SIZE = 128;
const USED = 'identifier index ';

/** This run's identifiers past start-up's and the array they grew (its start-up block is PyMem_Realloc'ed away untraced): address and slots. */
let ids: { run: Set<string>; used: number; p: number; size: number } | null = null;

/**
 * A _Py_Identifier used (3.10): `decl` names its declaration, "function:string" for one inside
 * a C function, "file.c:string" for a file-scope one (declarations of the same string are
 * numbered apart). Only those start-up did not use are given: the first use of each takes the
 * next index, and an index past the array's end reallocates it to max(2 × index, 16) slots.
 */
export function identifierUsed(decl: string): void {
  if (R.minor !== 10 || !firstInRun(USED + decl)) return;
  if (ids === null || ids.run !== R.done) ids = { run: R.done, used: 0, p: 0, size: STARTUP_SIZE };
  const index = STARTUP_NEXT_INDEX + ids.used++;
  if (index < ids.size) return;
  const size = Math.max(index * 2, 16);
  ids.p = ids.p === 0 ? R.heap.malloc(size * 8, 'identifiers') : R.heap.realloc(ids.p, ids.size * 8, size * 8, 'identifiers');
  ids.size = size;
}

/**
 * The identifiers compiling the script uses (3.10, compile.c): compiler_set_qualname's "." for
 * a scope nested in another than the module and ".<locals>" for one in a function or lambda;
 * compiler_enter_scope's __class__ for a class body that makes the __class__ cell.
 */
export function compilerIdentifiers(module: Scope): void {
  if (R.minor !== 10) return;
  const walk = (s: Scope): void => {
    if (s.kind === 'class' && s.cellvars.includes('__class__')) identifierUsed('compiler_enter_scope:__class__');
    for (const c of s.children) {
      if (s.kind !== 'module') {
        if (s.kind === 'function' || s.kind === 'lambda') identifierUsed('compiler_set_qualname:.<locals>');
        identifierUsed('compiler_set_qualname:.');
      }
      walk(c);
    }
  };
  walk(module);
}
