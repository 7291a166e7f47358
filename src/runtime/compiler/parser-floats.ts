// The float objects parsing a script leaves alive while it runs. CPython parses the file
// into an AST arena and frees the arena only after the module has run (Python/pythonrun.c
// pyrun_file, run_mod), so every float its parser or AST optimizer made stays alive, taken
// first from the float free list start-up left: the script starts with that many fewer.
import type * as A from '../syntax/ast';
import { foldExpr } from './fold';

/**
 * How many floats 3.minor's parser and optimizer make for module m. Measured with
 * sys._debugmallocstats() at the start of scripts holding one float literal in each context
 * under 3.8-3.13:
 * - 3.8's parser (Python/ast.c parsenumber) makes one per literal;
 * - the PEG parser (3.9+) makes two per literal, as the left-recursive `primary` rule parses
 *   its atom once more when it stops growing, and one more for a literal that is the leftmost
 *   token of an expression statement or an assignment's value, or of the first element of a
 *   list or tuple there: `t_primary` tries it as an assignment target first (Grammar/python.gram
 *   single_subscript_attribute_target, star_targets);
 * - the AST optimizer (Python/ast_opt.c make_const) makes one per operation it folds to a float.
 */
export function parserFloats(m: A.Module, minor: number): number {
  const perLiteral = minor >= 9 ? 2 : 1;
  let n = 0;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const c of node) walk(c);
      return;
    }
    if (node === null || typeof node !== 'object' || !('kind' in node)) return;
    const e = node as A.Expr | A.Stmt;
    if (e.kind === 'Constant' && typeof e.value === 'number') n += perLiteral;
    if ((e.kind === 'BinOp' || e.kind === 'UnaryOp') && isFoldedFloat(e)) n++;
    if (minor >= 9 && (e.kind === 'Expr' || e.kind === 'Assign')) n += triedAsTarget(e.value);
    for (const v of Object.values(e)) if (typeof v === 'object') walk(v);
  };
  walk(m.body);
  return n;
}

function isFoldedFloat(e: A.Expr): boolean {
  const f = foldExpr(e);
  return f.kind === 'Constant' && typeof f.value === 'number';
}

/** 1 when e's leftmost token, or that of the first element of a display it starts with, is a float literal. */
function triedAsTarget(e: A.Expr): number {
  switch (e.kind) {
    case 'Constant':
      return typeof e.value === 'number' ? 1 : 0;
    case 'List':
    case 'Tuple':
      return e.elts.length > 0 ? triedAsTarget(e.elts[0]) : 0;
    case 'BinOp':
    case 'Compare':
      return triedAsTarget(e.left);
    case 'BoolOp':
      return triedAsTarget(e.values[0]);
    case 'IfExp':
      return triedAsTarget(e.body);
    case 'Call':
      return triedAsTarget(e.func);
    case 'Attribute':
    case 'Subscript':
      return triedAsTarget(e.value);
    default:
      return 0;
  }
}
