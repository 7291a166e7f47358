// The line of ^ and ~ that 3.11+ print under a traceback entry's source line, from the
// failing instruction's position (Python/traceback.c print_error_location_carets and
// Lib/traceback.py format_frame_summary, _extract_caret_anchors_from_line_segment).
import type * as A from './syntax/ast';
import { parse } from './syntax/parse';
import { isWide } from './unicode-wide';

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
 * What a traceback entry prints under its "File" line: the source line, stripped, and from
 * 3.11 the caret line; 3.13 prints every line of a multi-line span (StackSummary
 * format_frame_summary). Nothing when the line is blank or missing.
 */
export function entrySource(lines0: readonly string[], line: number, pos: Position | null, minor: number): string {
  // The positions count code points (traceback.c and traceback.py convert CPython's byte
  // offsets to characters); with each astral character one UTF-16 unit, string indices do too.
  const { lines, restore, codePoint } = narrowed(lines0);
  return restore(entrySourceNarrow(lines, line, pos, minor, codePoint));
}

/** 3.13 traceback.py _display_width (3.11/3.12 traceback.c alike): the columns the first `offset` characters take, East Asian wide ones two. */
function displayWidth(line: string, offset: number, codePoint: (ch: string) => number): number {
  let w = 0;
  for (let i = 0; i < Math.min(offset, line.length); i++) w += isWide(codePoint(line[i])) ? 2 : 1;
  return w + Math.max(0, offset - line.length);
}

/** The lines with each astral character replaced by a private-use one not in them, and the way back. */
function narrowed(lines: readonly string[]): { lines: readonly string[]; restore: (s: string) => string; codePoint: (ch: string) => number } {
  const bmp = (ch: string): number => ch.charCodeAt(0);
  if (!lines.some((l) => /[\ud800-\udbff]/.test(l))) return { lines, restore: (s) => s, codePoint: bmp };
  const used = new Set(lines.join(''));
  const to = new Map<string, string>();
  const back = new Map<string, string>();
  let next = 0xe000;
  const out = lines.map((l) =>
    l.replace(/[\ud800-\udbff][\udc00-\udfff]/g, (c) => {
      let n = to.get(c);
      if (n === undefined) {
        while (used.has(String.fromCharCode(next))) next++;
        n = String.fromCharCode(next++);
        to.set(c, n);
        back.set(n, c);
      }
      return n;
    }),
  );
  return { lines: out, restore: (s) => Array.from(s, (c) => back.get(c) ?? c).join(''), codePoint: (c) => back.get(c)?.codePointAt(0) ?? bmp(c) };
}

function entrySourceNarrow(lines: readonly string[], line: number, pos: Position | null, minor: number, codePoint: (ch: string) => number): string {
  const text = lines[line - 1] ?? '';
  if (text.trim() === '') return '';
  if (minor >= 13 && pos !== null && pos.line >= 0 && pos.col >= 0 && pos.endCol >= 0) {
    const block = format313(lines, pos, codePoint);
    if (block !== null) return block;
  }
  if (minor >= 13) return `    ${text.trim()}\n`;
  // Up to 3.12 the line keeps its trailing whitespace (display_source_line strips only the
  // indent: spaces, tabs and form feeds, not a BOM's U+FEFF, which JavaScript's trimStart takes).
  const carets = pos === null ? null : caretLine(text, pos, codePoint);
  return `    ${text.replace(/^[ \t\f]+/, '')}\n` + (carets === null ? '' : carets + '\n');
}

/**
 * 3.11/3.12 (traceback.c print_error_location_carets): the caret line, without its
 * newline, under source line `text`, or null when CPython prints none.
 */
function caretLine(text: string, pos: Position, codePoint: (ch: string) => number): string | null {
  if (pos.line < 0 || pos.col < 0 || pos.endCol < 0) return null;
  const indent = text.length - text.trimStart().length;
  const start = pos.col;
  // A span over several lines is marked to the end of its first line.
  const end = pos.endLine === pos.line ? pos.endCol : text.trimEnd().length;
  if (end <= start) return null;
  const anchors = pos.endLine === pos.line ? extractAnchors(text.slice(start, end)) : null;
  if (end - start >= text.trimStart().length && (anchors === null || anchors.right <= anchors.left)) return null;
  // The carets count display columns, East Asian wide characters two.
  const dw = (n: number): number => displayWidth(text, n, codePoint);
  const [left, right] = anchors === null ? [0, 0] : [dw(start + anchors.left) - dw(start), dw(start + anchors.right) - dw(start)];
  let marks = '';
  for (let i = 0; i < dw(end) - dw(start); i++) marks += anchors === null ? '^' : i >= left && i < right ? '^' : '~';
  return '    ' + ' '.repeat(dw(start) - indent) + marks;
}

/** textwrap.dedent: the whitespace every non-blank line starts with is removed; blank lines become empty. */
function dedent(ls: readonly string[]): string[] {
  let common: string | null = null;
  for (const l of ls) {
    if (l.trim() === '') continue;
    const ws = l.slice(0, l.length - l.trimStart().length);
    if (common === null) common = ws;
    else {
      let k = 0;
      while (k < common.length && k < ws.length && common[k] === ws[k]) k++;
      common = common.slice(0, k);
    }
  }
  const c = common ?? '';
  return ls.map((l) => (l.trim() === '' ? '' : l.slice(c.length)));
}

/** 3.13 format_frame_summary: the span's lines, each with its carets, or null to print the line alone. */
function format313(lines: readonly string[], pos: Position, codePoint: (ch: string) => number): string | null {
  // 3.13 reads the lines without their trailing whitespace.
  const original = lines.slice(pos.line - 1, pos.endLine).map((l) => l.trimEnd());
  if (original.length !== pos.endLine - pos.line + 1) return null;
  const all = dedent(original);
  const dedentChars = original[0].length - all[0].length;
  const start = Math.max(0, pos.col - dedentChars);
  const end = Math.max(0, pos.endCol - dedentChars);
  const joined = all.join('\n');
  const segment = joined.slice(start, joined.length - (all[all.length - 1].length - end));
  const anchors = extractAnchors313(segment);
  const show = shouldShowCarets313(all, start, end, anchors !== null);
  const significant = new Set<number>([0, all.length - 1]);
  let leftLine = 0;
  let leftCol = 0;
  let rightLine = 0;
  let rightCol = 0;
  if (anchors !== null) {
    leftLine = anchors.leftLine;
    rightLine = anchors.rightLine;
    leftCol = displayWidth(all[leftLine], anchors.leftCol + (leftLine === 0 ? start : 0), codePoint);
    rightCol = displayWidth(all[rightLine], anchors.rightCol + (rightLine === 0 ? start : 0), codePoint);
    for (const l of [leftLine - 1, leftLine, leftLine + 1, rightLine - 1, rightLine, rightLine + 1]) significant.add(l);
  }
  significant.delete(-1);
  significant.delete(all.length);
  const primary = anchors !== null ? '~' : '^';
  const out: string[] = [];
  const outputLine = (ln: number): void => {
    out.push(all[ln]);
    if (!show) return;
    const line = all[ln];
    const spaces = line.length - line.trimStart().length;
    // The carets count display columns.
    const n = ln === all.length - 1 ? displayWidth(all[all.length - 1], end, codePoint) : displayWidth(line, line.length, codePoint);
    const dpStart = displayWidth(all[0], start, codePoint);
    let carets = '';
    for (let col = 0; col < n; col++) {
      if (col < spaces || (ln === 0 && col < dpStart)) carets += ' ';
      else if (
        anchors !== null &&
        (ln > leftLine || (ln === leftLine && col >= leftCol)) &&
        (ln < rightLine || (ln === rightLine && col < rightCol))
      ) {
        carets += '^';
      } else carets += primary;
    }
    out.push(carets);
  };
  const sig = [...significant].sort((a, b) => a - b);
  sig.forEach((ln, i) => {
    if (i > 0) {
      const diff = ln - sig[i - 1];
      if (diff === 2) outputLine(ln - 1);
      else if (diff > 2) out.push(`...<${diff - 1} lines>...`);
    }
    outputLine(ln);
  });
  return dedent(out)
    .map((l) => `    ${l}\n`)
    .join('');
}

interface Anchors313 {
  leftLine: number;
  leftCol: number;
  rightLine: number;
  rightCol: number;
}

/** 3.13 _extract_caret_anchors_from_line_segment, for a segment over several lines. */
function extractAnchors313(segment: string): Anchors313 | null {
  const r = parse(`(\n${segment}\n)`, 13);
  if (!r.ok || r.module.body.length !== 1) return null;
  const st = r.module.body[0];
  if (st.kind !== 'Expr') return null;
  const e = st.value;
  const ls = segment.split('\n');
  const nextValid = (ln: number, col: number): [number, number] | null => {
    while (ln < ls.length && col >= ls[ln].length) {
      col = 0;
      ln++;
    }
    return ln < ls.length ? [ln, col] : null;
  };
  const endOf = (x: A.Expr): [number, number] | null => nextValid(x.endLine - 2, x.endCol);
  const until = (p: [number, number] | null, stop: (ch: string) => boolean): [number, number] | null => {
    while (p !== null) {
      const ch = ls[p[0]][p[1]];
      if (ch === '\\' || ch === '#') p = nextValid(p[0] + 1, 0);
      else if (!stop(ch)) p = nextValid(p[0], p[1] + 1);
      else break;
    }
    return p;
  };
  switch (e.kind) {
    case 'BinOp': {
      const p = until(endOf(e.left), (ch) => !/\s/.test(ch) && ch !== ')');
      if (p === null) return null;
      let right = p[1] + 1;
      const line = ls[p[0]];
      if (right < line.length && (e.right.line - 2 > p[0] || right < e.right.col) && !/\s/.test(line[right]) && !'\\#'.includes(line[right])) right++;
      return { leftLine: p[0], leftCol: p[1], rightLine: p[0], rightCol: right };
    }
    case 'Subscript':
    case 'Call': {
      const p = until(endOf(e.kind === 'Subscript' ? e.value : e.func), (ch) => ch === (e.kind === 'Subscript' ? '[' : '('));
      if (p === null) return null;
      return { leftLine: p[0], leftCol: p[1], rightLine: e.endLine - 2, rightCol: e.endCol };
    }
    default:
      return null;
  }
}

/** 3.11/3.12 _extract_caret_anchors_from_line_segment: the operator of a BinOp, the brackets of a subscript. */
function extractAnchors(segment: string): Anchors | null {
  const r = parse(segment, 11);
  const st = r.ok && r.module.body.length === 1 ? r.module.body[0] : null;
  if (st === null || st.kind !== 'Expr') return null;
  const e = st.value;
  switch (e.kind) {
    case 'BinOp': {
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
      let right = e.slice.endCol + 1;
      while (right < segment.length && segment[right] !== ']') right++;
      if (right < segment.length) right++;
      return { left, right };
    }
    default:
      return null;
  }
}

/**
 * 3.13 StackSummary._should_show_carets: not for `return f(...)` or `x = f(...)` whose call
 * is the whole statement's value; else when there are anchors or the span leaves part of
 * its lines out.
 */
function shouldShowCarets313(all: readonly string[], start: number, end: number, anchors: boolean): boolean {
  // ast.parse takes `return` outside a function; the model's parser wants one around it,
  // which puts the statement one line down and four columns in.
  const r = parse(`def _():\n${all.map((l) => `    ${l}`).join('\n')}`, 13);
  const def = r.ok ? r.module.body[0] : null;
  if (def !== null && def.kind === 'FunctionDef' && def.body.length > 0) {
    const s = def.body[0];
    let value: A.Expr | null = null;
    if (s.kind === 'Return' && s.value !== null && s.value.kind === 'Call' && s.value.func.kind === 'Name') value = s.value;
    if (s.kind === 'Assign' && s.value.kind === 'Call' && s.targets.length === 1 && s.targets[0].kind === 'Name') value = s.value;
    if (value !== null && value.line === 2 && value.endLine === all.length + 1 && value.col - 4 === start && value.endCol - 4 === end) return false;
  }
  if (anchors) return true;
  return all[0].slice(0, start).trim() !== '' || all[all.length - 1].slice(end).trim() !== '';
}
