// The line of ^ and ~ that 3.11+ print under a traceback entry's source line, from the
// failing instruction's position (Python/traceback.c print_error_location_carets and
// Lib/traceback.py format_frame_summary, _extract_caret_anchors_from_line_segment).
import type * as A from './syntax/ast';
import { parse } from './syntax/parse';

export interface Position {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** Where the secondary characters go within the segment: [left, right). */
interface Anchors {
  left: number;
  right: number;
}

const isSpace = (ch: string): boolean => /\s/.test(ch);

/**
 * The caret line (without its newline) for source line `text` of an entry whose
 * instruction sits at pos, or null when CPython prints none. 3.13's multi-line spans are
 * left without carets.
 */
export function caretLine(text: string, pos: Position, minor: number): string | null {
  if (minor < 11 || pos.line < 0 || pos.col < 0 || pos.endCol < 0) return null;
  const indent = text.length - text.trimStart().length;
  const stripped = text.trim();
  const start = pos.col;
  let end = pos.endCol;
  if (pos.endLine !== pos.line) {
    if (minor >= 13) return null;
    end = text.trimEnd().length;
  }
  if (end <= start) return null;
  const segment = text.slice(start, end);
  const anchors = pos.endLine === pos.line ? extractAnchors(segment, minor) : null;
  const show =
    minor >= 13 ? shouldShowCarets313(text, start, end, indent, anchors) : end - start < stripped.length || (anchors !== null && anchors.right > anchors.left);
  if (!show) return null;
  let marks = '';
  for (let i = 0; i < end - start; i++) marks += anchors === null ? '^' : i >= anchors.left && i < anchors.right ? '^' : '~';
  return '    ' + ' '.repeat(start - indent) + marks;
}

/** The single expression the segment holds, parsed as CPython's ast.parse would, or null. */
function segmentExpr(segment: string, minor: number): A.Expr | null {
  const r = parse(segment, minor);
  if (!r.ok || r.module.body.length !== 1) return null;
  const s = r.module.body[0];
  return s.kind === 'Expr' ? s.value : null;
}

/** _extract_caret_anchors_from_line_segment: the operator of a BinOp, the brackets of a subscript (and from 3.13 of a call). */
function extractAnchors(segment: string, minor: number): Anchors | null {
  // The segment may not hold a whole expression (an f-string piece, a partial line).
  if (segment.includes('\n')) return null;
  const e = segmentExpr(segment, minor);
  if (e === null) return null;
  switch (e.kind) {
    case 'BinOp': {
      if (minor >= 13) {
        let col = e.left.endCol;
        while (col < segment.length && (isSpace(segment[col]) || segment[col] === ')')) col++;
        let right = col + 1;
        if (right < segment.length && right < e.right.col && !isSpace(segment[right]) && !'\\#'.includes(segment[right])) right++;
        return { left: col, right };
      }
      const opStr = segment.slice(e.left.endCol, e.right.col);
      const opOffset = opStr.length - opStr.trimStart().length;
      let left = e.left.endCol + opOffset;
      let right = left + 1;
      if (opOffset + 1 < opStr.length && !isSpace(opStr[opOffset + 1])) right++;
      while (left < segment.length && (isSpace(segment[left]) || ')#'.includes(segment[left]))) {
        left++;
        right++;
      }
      return { left, right };
    }
    case 'Subscript': {
      let left = e.value.endCol;
      while (left < segment.length && segment[left] !== '[') left++;
      if (minor >= 13) return { left, right: e.endCol };
      let right = e.slice.endCol + 1;
      while (right < segment.length && segment[right] !== ']') right++;
      if (right < segment.length) right++;
      return { left, right };
    }
    case 'Call': {
      if (minor < 13) return null;
      let left = e.func.endCol;
      while (left < segment.length && segment[left] !== '(') left++;
      return { left, right: e.endCol };
    }
    default:
      return null;
  }
}

/**
 * 3.13 StackSummary._should_show_carets: not for `return f(...)` or `x = f(...)` whose call
 * is the whole statement's value; else when there are anchors or the span leaves part of
 * the line out.
 */
function shouldShowCarets313(text: string, start: number, end: number, indent: number, anchors: Anchors | null): boolean {
  // ast.parse takes `return` outside a function; the model's parser wants one around it,
  // which puts the line second and four columns in.
  const r = parse(`def _():\n    ${text.slice(indent)}`, 13);
  const def = r.ok ? r.module.body[0] : null;
  if (def !== null && def.kind === 'FunctionDef' && def.body.length > 0) {
    const s = def.body[0];
    let value: A.Expr | null = null;
    if (s.kind === 'Return' && s.value !== null && s.value.kind === 'Call' && s.value.func.kind === 'Name') value = s.value;
    if (s.kind === 'Assign' && s.value.kind === 'Call' && s.targets.length === 1 && s.targets[0].kind === 'Name') value = s.value;
    const shift = indent - 4;
    if (value !== null && value.line === 2 && value.endLine === 2 && value.col + shift === start && value.endCol + shift === end) return false;
  }
  if (anchors !== null) return true;
  return text.slice(0, start).trim() !== '' || text.slice(end).trim() !== '';
}
