// Scope analysis as CPython 3.11's Python/symtable.c does it: every name in every block
// classified local, global (explicit or implicit), free or cell, plus what the compiler
// derives from it: co_varnames, co_cellvars and co_freevars orders.
//
// Comprehensions get their own function scope with the hidden parameter `.0`, as in
// 3.11 (3.12 inlines list/set/dict comprehensions, PEP 709, but names resolve the same
// except in class bodies; this models 3.11).
import type * as A from './ast';
import { checkCompile } from './compile-checks';
import { futureParse } from './future';
import { analyzeBlock } from './symtable-analyze';
import { Builder } from './symtable-builder';
import { Fail, newScope, type Block, type Scope, type SymtableError } from './symtable-core';

export type { BlockType, Scope, SymbolInfo, SymbolScope, SymtableError } from './symtable-core';

export function buildSymtable(module: A.Module, minor = 11): { top: Scope; error: SymtableError | null } {
  const top = newScope('module', 'top', module, 0, 1);
  const blocks: Block[] = [];
  const root: Block = { scope: top, flags: new Map(), order: [], parent: null, comp: false, priv: null };
  blocks.push(root);
  // Python/future.c runs before the symtable; its errors come first.
  const future = futureParse(module);
  if ('message' in future) return { top, error: future };
  let error: SymtableError | null = null;
  try {
    new Builder(blocks, minor, future.annotations && minor >= 10).body(root, module.body);
    analyzeBlock(root, null, new Set(), new Set(), blocksByScope(blocks));
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    error = e.error;
  }
  if (!error) error = checkCompile(module, future.lineno, minor);
  return { top, error };
}

function blocksByScope(blocks: Block[]): Map<Scope, Block> {
  return new Map(blocks.map((b) => [b.scope, b]));
}
