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
  forEachNode(m.body, (e) => {
    if (e.kind === 'Constant' && typeof e.value === 'number') n += perLiteral;
    if ((e.kind === 'BinOp' || e.kind === 'UnaryOp') && isFoldedFloat(e)) n++;
    if (minor >= 9 && (e.kind === 'Expr' || e.kind === 'Assign') && typeof leftmostLiteral(e.value)?.value === 'number') n++;
    return true;
  });
  return n;
}

/** Visits every statement and expression under node, in source order; `visit` returning false skips a node's children. */
export function forEachNode(node: unknown, visit: (e: A.Expr | A.Stmt) => boolean): void {
  if (Array.isArray(node)) {
    for (const c of node) forEachNode(c, visit);
    return;
  }
  if (node === null || typeof node !== 'object' || !('kind' in node)) return;
  const e = node as A.Expr | A.Stmt;
  if (!visit(e)) return;
  for (const v of Object.values(e)) if (typeof v === 'object') forEachNode(v, visit);
}

function isFoldedFloat(e: A.Expr): boolean {
  const f = foldExpr(e);
  return f.kind === 'Constant' && typeof f.value === 'number';
}

/**
 * The literal that is e's leftmost token, or that of the first element of a display e starts
 * with: the PEG parser reads it once more, trying it as an assignment target first.
 */
export function leftmostLiteral(e: A.Expr): A.Constant | null {
  switch (e.kind) {
    case 'Constant':
      return e;
    case 'List':
    case 'Tuple':
      return e.elts.length > 0 ? leftmostLiteral(e.elts[0]) : null;
    case 'BinOp':
    case 'Compare':
      return leftmostLiteral(e.left);
    case 'BoolOp':
      return leftmostLiteral(e.values[0]);
    case 'IfExp':
      return leftmostLiteral(e.body);
    case 'Call':
      return leftmostLiteral(e.func);
    case 'Attribute':
    case 'Subscript':
      return leftmostLiteral(e.value);
    default:
      return null;
  }
}
