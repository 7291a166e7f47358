// co_flags as CPython's compiler sets them (Python/compile.c compute_code_flags; up to 3.10
// PyCode_NewWithPosOnlyArgs adds CO_NOFREE), for the attribute a script reads.
import { CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS } from '../objects/code';
import { CO_FUTURE_ANNOTATIONS } from '../syntax/future';
import { cpythonLocals } from './code-object';
import type { Scope } from './scopes';
import type { CodeUnit } from './unit';

// Include/cpython/code.h, the same in 3.8-3.13.
const CO_OPTIMIZED = 0x1;
const CO_NEWLOCALS = 0x2;
const CO_NESTED = 0x10;
const CO_NOFREE = 0x40;

/** co_flags of CPython's code for u. */
export function cpythonCodeFlags(u: CodeUnit, minor: number): number {
  const s = u.scope;
  // The future features are compiler flags every code of the module inherits (PyCF_MASK).
  let flags = u.flags & CO_FUTURE_ANNOTATIONS;
  if (s.isFunctionLike) {
    flags |= CO_OPTIMIZED | CO_NEWLOCALS | (u.flags & (CO_VARARGS | CO_VARKEYWORDS));
    if (nested(s)) flags |= CO_NESTED;
    if (s.isGenerator) flags |= CO_GENERATOR;
  }
  if (minor <= 10) {
    const locals = cpythonLocals(u, minor);
    if (locals.cellvars.length === 0 && locals.freevars.length === 0) flags |= CO_NOFREE;
  }
  return flags;
}

/** symtable_enter_block's ste_nested: the block is inside a function-like block, at any depth. */
function nested(s: Scope): boolean {
  for (let p = s.parent; p !== null; p = p.parent) if (p.isFunctionLike) return true;
  return false;
}
