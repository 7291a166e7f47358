// Where an attribute's instructions sit when the attribute spans lines: on the line of its
// name (3.10's end_lineno, 3.11+ update_start_location_to_match_attr in Python/compile.c).
import type * as A from '../syntax/ast';
import { R } from '../state';

/**
 * update_start_location_to_match_attr (3.11+): a location starting on another line than the
 * attribute's name ends starts at that name instead. Columns count characters here as the
 * attribute's length does there.
 */
export function matchAttr(loc: A.Loc, attr: A.Attribute): A.Loc {
  if (R.minor < 11 || loc.line === attr.endLine) return loc;
  const line = attr.endLine;
  const len = attr.attr.length;
  let col = loc.col;
  let endCol = loc.endCol;
  if (len <= attr.endCol) col = attr.endCol - len;
  else col = endCol = -1;
  const endLine = Math.max(line, loc.endLine);
  if (line === endLine) endCol = Math.max(col, endCol);
  return { line, col, endLine, endCol };
}

/**
 * The line of a load or store of attr (LOAD_ATTR, STORE_ATTR, LOAD_METHOD and its call):
 * from 3.10 that of its name (3.10 compiler_visit_expr1 and maybe_optimize_method_call set
 * u_lineno to end_lineno), before 3.10 where the attribute starts.
 */
export function attrLine(attr: A.Attribute): number {
  return R.minor >= 10 ? attr.endLine : attr.line;
}
