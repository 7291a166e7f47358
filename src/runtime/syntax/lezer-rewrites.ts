// Same-length rewrites of the source that let @lezer/python parse what CPython's grammar
// accepts and lezer's does not. Offsets stay those of the original text, which the lowering
// reads: what lezer saw as a placeholder it parses again from the original.
import { KEYWORDS } from './errors';
import type { Token } from './tokenizer';

export interface Span {
  from: number;
  to: number;
}

export interface LezerText {
  readonly text: string;
  /** 3.9+ `with (a as x, b):` read as a parenthesized tuple: the `(`'s offset -> each item's target. */
  readonly parenWithItems: Map<number, (Span | null)[]>;
  /** A `with … as` target over several lines, read as a name on its last line: that offset -> the target. */
  readonly movedWithTargets: Map<number, Span>;
  /** A match statement's subject read as a name (the name's offset -> the subject). */
  readonly matchSubjects: Map<number, Span>;
}

export function rewriteForLezer(src: string, tokens: readonly Token[], minor: number): LezerText {
  const parenWithItems = new Map<number, (Span | null)[]>();
  const movedWithTargets = new Map<number, Span>();
  const matchSubjects = new Map<number, Span>();
  let text = blankFormFeeds(unprintStatements(src, tokens));
  if (minor >= 10) text = nameMatchSubjects(text, tokens, matchSubjects);
  text = blankEmptyPatterns(text, tokens);
  text = nameWithTargets(text, tokens, movedWithTargets);
  if (minor >= 9) text = unparenthesizeWithItems(text, tokens, parenWithItems);
  text = specsAfterColon(text, tokens);
  text = digitAfterPoint(text, tokens);
  text = unescapeFieldBraces(text, tokens);
  if (minor >= 11) text = starredSubscripts(text, tokens);
  if (minor >= 11) text = starredVarargAnnotations(text, tokens);
  if (minor >= 9) text = nameDecorators(text, tokens);
  if (minor >= 9) text = starredForIterables(text, tokens);
  // lezer stumbles on a last line of only blanks; CPython ignores it.
  return { text: text.replace(/\n[ \t\f]+$/, '\n'), parenWithItems, movedWithTargets, matchSubjects };
}

/**
 * A form feed on a line of no code (the `^L` between sections of older modules) is
 * whitespace to CPython's tokenizer; lezer stops at it. It gets a space there.
 */
function blankFormFeeds(text: string): string {
  if (!text.includes('\f')) return text;
  return text.replace(/^[ \t\f]*(#[^\n]*)?$/gm, (line) => line.replace(/\f/g, ' '));
}

/** Whether token i begins a statement (the file's first, or after a newline or an indent change). */
function atStatementStart(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev === undefined || prev.type === 'NEWLINE' || prev.type === 'INDENT' || prev.type === 'DEDENT';
}

/**
 * @lezer/python still knows Python 2's print statement, so a statement that starts with the
 * name print but is no call (`print = len`, `print += 1`) parses as one. Python 3 has no
 * such statement: hand lezer a same-length name there; the lowering reads names from the
 * original text, so the AST still says print.
 */
function unprintStatements(src: string, tokens: readonly Token[]): string {
  let out: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text !== 'print' || t.type !== 'NAME') continue;
    const prev = tokens[i - 1];
    const atStart = atStatementStart(tokens, i) || prev.text === ';' || prev.text === ':';
    const next = tokens[i + 1];
    if (!atStart || next === undefined || next.text === '(' || next.type === 'NEWLINE' || next.type === 'ENDMARKER') continue;
    // Keep `print "x"` as the print statement so the "Missing parentheses" error stays.
    if (next.type !== 'OP' || next.text === '-' || next.text === '+' || next.text === '~' || next.text === '[' || next.text === '*') continue;
    out = (out ?? src).slice(0, t.from) + 'PRINT' + (out ?? src).slice(t.to);
  }
  return out ?? src;
}

/**
 * lezer's with statement takes only a name after `as`; Python takes any target
 * (`with f() as self.x`, `as d[k]`, `as (a, b)`). Such a target is handed to lezer as a
 * same-length name; lower-stmt.ts parses the original text of it again.
 */
function nameWithTargets(text: string, tokens: readonly Token[], moved: Map<number, Span>): string {
  let out: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (t.text !== 'with' || t.type !== 'NAME') continue;
    if (!atStatementStart(tokens, i) && prev.text !== 'async' && prev.text !== ';') continue;
    let depth = 0;
    for (let j = i + 1; j < tokens.length - 1; j++) {
      const a = tokens[j];
      if (a.type === 'NEWLINE' || (depth === 0 && a.text === ':')) break;
      if ('([{'.includes(a.text) && a.type === 'OP') depth++;
      else if (')]}'.includes(a.text) && a.type === 'OP') depth--;
      if (a.text !== 'as' || a.type !== 'NAME') continue;
      // The target runs to the next comma, colon or closing bracket at the `as`'s depth.
      let d = 0;
      let k = j + 1;
      for (; k < tokens.length - 1; k++) {
        const b = tokens[k];
        if (b.type === 'NEWLINE' || (d === 0 && (b.text === ',' || b.text === ':' || b.text === ')'))) break;
        if ('([{'.includes(b.text) && b.type === 'OP') d++;
        else if (')]}'.includes(b.text) && b.type === 'OP') d--;
      }
      const first = tokens[j + 1];
      const last = tokens[k - 1];
      if (k === j + 1 || (k === j + 2 && first.type === 'NAME')) continue;
      const named = asName(out ?? text, { from: first.from, to: last.to });
      if (named === null) continue;
      out = named.text;
      // Over several lines, `moved` tells lower-stmt.ts where the target began.
      if (named.at !== first.from) moved.set(named.at, { from: first.from, to: last.to });
      j = k - 1;
    }
  }
  return out ?? text;
}

/**
 * The text with `span` as a same-length name, and the name's offset; null where that cannot
 * be done. Over several lines the lines before the last become blanks and a backslash
 * continuation, and the name takes the last line's part.
 */
function asName(text: string, span: Span): { text: string; at: number } | null {
  const lines = text.slice(span.from, span.to).split('\n');
  if (lines.length === 1) return { text: text.slice(0, span.from) + '_'.repeat(span.to - span.from) + text.slice(span.to), at: span.from };
  if (lines.slice(0, -1).some((l) => l.length === 0)) return null;
  const head = lines.slice(0, -1).map((l) => ' '.repeat(l.length - 1) + '\\');
  const name = '_'.repeat(lines[lines.length - 1].length);
  return { text: text.slice(0, span.from) + [...head, name].join('\n') + text.slice(span.to), at: span.to - name.length };
}

/** Tokens that take a match subject beyond lezer's `"*"? expression` (Grammar/python.gram subject_expr). */
const SUBJECT_OPERATORS = new Set([',', ':=', '<', '>', '==', '>=', '<=', '!=', '<>', 'not', 'if', 'lambda', 'and', 'or', 'in', 'is']);

/**
 * From 3.10 a match subject is a named expression or an unparenthesized tuple of starred
 * ones (`match x, *y:`, `match w := x,:`, `match not x:`); lezer's is one plain expression.
 * A subject with any of the larger forms' operators outside brackets reaches lezer as a
 * same-length name, and `subjects` keeps its span for lower-match.ts, which parses it again.
 */
function nameMatchSubjects(text: string, tokens: readonly Token[], subjects: Map<number, Span>): string {
  let out: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== 'match' || tokens[i].type !== 'NAME' || !atStatementStart(tokens, i)) continue;
    let end = i + 1;
    while (end < tokens.length && tokens[end].type !== 'NEWLINE' && tokens[end].type !== 'ENDMARKER') end++;
    const colon = tokens[end - 1];
    if (end - 1 <= i + 1 || colon.text !== ':' || colon.type !== 'OP') continue;
    let depth = 0;
    let larger = false;
    for (let j = i + 1; j < end - 1; j++) {
      const t = tokens[j];
      if (t.type === 'OP' && '([{'.includes(t.text)) depth++;
      else if (t.type === 'OP' && ')]}'.includes(t.text)) depth--;
      else if (depth === 0 && (t.type === 'OP' || t.type === 'NAME') && SUBJECT_OPERATORS.has(t.text)) larger = true;
    }
    if (!larger) continue;
    const span = { from: tokens[i + 1].from, to: tokens[end - 2].to };
    const named = asName(out ?? text, span);
    if (named === null) continue;
    out = named.text;
    subjects.set(named.at, span);
    i = end;
  }
  return out ?? text;
}

/**
 * lezer's pattern grammar trips over empty brackets (`C()`, `()`, `[]`, `{}`), above all
 * inside or-patterns, and over adjacent string literals and f-strings. In a case clause's
 * patterns (up to its guard or colon) the brackets are handed to lezer as `__`, a name, and
 * the strings as one plain string; lower-match.ts reads the original text.
 */
function blankEmptyPatterns(text: string, tokens: readonly Token[]): string {
  let out: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text !== 'case' || t.type !== 'NAME' || !atStatementStart(tokens, i)) continue;
    // A case clause's line ends in its colon; `case = f()` is a name's statement.
    let end = i + 1;
    while (end < tokens.length && tokens[end].type !== 'NEWLINE' && tokens[end].type !== 'ENDMARKER') end++;
    if (tokens[end - 1].text !== ':' || tokens[end - 1].type !== 'OP') continue;
    let depth = 0;
    for (let j = i + 1; j < tokens.length - 1; j++) {
      const a = tokens[j];
      if (a.type === 'NEWLINE' || (depth === 0 && (a.text === ':' || a.text === 'if'))) break;
      if (a.type === 'STRING') {
        // A run of adjacent literals, or an f-string, as one plain string of the same length.
        let k = j;
        while (tokens[k + 1].type === 'STRING') k++;
        const to = tokens[k].to;
        const cur: string = out ?? text;
        if ((k > j || /^[a-zA-Z]*[fF]/.test(a.text)) && !cur.slice(a.from, to).includes('\n')) {
          out = cur.slice(0, a.from) + '"' + '_'.repeat(to - a.from - 2) + '"' + cur.slice(to);
        }
        j = k;
        continue;
      }
      const b = tokens[j + 1];
      const pair = a.text + b.text;
      // Right after the keyword (`case():`) the name would be `case__`: lezer takes those as they are.
      if ((pair === '()' || pair === '[]' || pair === '{}') && a.to === b.from && !(j === i + 1 && a.from === t.to)) {
        out = (out ?? text).slice(0, a.from) + '__' + (out ?? text).slice(b.to);
        j++;
        continue;
      }
      if ('([{'.includes(a.text)) depth++;
      else if (')]}'.includes(a.text)) depth--;
    }
  }
  return out ?? text;
}

/**
 * In a replacement field the first `:` outside brackets starts the format spec, so `{v:=+8}`
 * is v with spec `=+8` (a walrus must be parenthesized there: Parser/string_parser.c
 * fstring_find_expr before 3.12, the f-string tokenizer mode of Parser/tokenizer.c from
 * 3.12). lezer reads `:=` as the walrus operator: hand it `:_`; strings.ts reads the spec
 * from the original text.
 */
function specsAfterColon(text: string, tokens: readonly Token[]): string {
  let out: string | null = null;
  for (const t of tokens) {
    if (t.type !== 'STRING' || !/^[a-eg-zA-EG-Z]*[fF]/.test(t.text) || !t.text.includes(':=')) continue;
    const body = t.text;
    let depth = 0; // brackets inside the current replacement field; -1 outside any field
    let field = false;
    let quote = '';
    for (let i = body.search(/['"]/) + 1; i < body.length; i++) {
      const c = body[i];
      if (!field) {
        if (c === '{' && body[i + 1] === '{') i++;
        else if (c === '{') { field = true; depth = 0; }
        continue;
      }
      if (quote) { if (c === quote) quote = ''; continue; }
      if (c === "'" || c === '"') quote = c;
      else if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) {
        if (c === '}' && depth === 0) field = false;
        else depth--;
      } else if (depth === 0 && c === ':') {
        if (body[i + 1] === '=') out = (out ?? text).slice(0, t.from + i + 1) + '_' + (out ?? text).slice(t.from + i + 2);
        // The spec runs to the field's closing brace (nested fields in it hold no spec colons of interest).
        let d = 0;
        for (i++; i < body.length && !(body[i] === '}' && d === 0); i++) {
          if (body[i] === '{') d++;
          else if (body[i] === '}') d--;
        }
        field = false;
      }
    }
  }
  return out ?? text;
}

/**
 * lezer's numbers want a digit after the point, so `5.`, `3.e14` and `1.j` read as member
 * accesses. lezer gets a `0` for that point; the lowering reads the number's original text.
 */
function digitAfterPoint(text: string, tokens: readonly Token[]): string {
  let out: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'NUMBER' || !/^[0-9][0-9_]*\.(?![0-9])/.test(t.text)) continue;
    const point = t.from + t.text.indexOf('.');
    // A name right after it (`1._5`, 3.8/3.9 only: later tokenizers reject it) is the parser's
    // error there, not lezer's attribute access.
    const next = tokens[i + 1];
    const glued = next?.type === 'NAME' && next.from === t.to && !KEYWORDS.has(next.text);
    out = (out ?? text).slice(0, point) + (glued ? ' ' : '0') + (out ?? text).slice(point + 1);
  }
  return out ?? text;
}

/**
 * From 3.9 (Grammar/python.gram with_stmt) `with (a as x, b as y,):` and `with (a, b):` list
 * their items in parentheses; lezer knows only the bare form. The `as` targets are blanked so
 * lezer reads a parenthesized tuple, and `items` records, by the `(`'s offset, each item's
 * target span in the original text for lower-stmt.ts.
 */
function unparenthesizeWithItems(text: string, tokens: readonly Token[], items: Map<number, (Span | null)[]>): string {
  let out = text;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (t.text !== 'with' || t.type !== 'NAME' || tokens[i + 1]?.text !== '(') continue;
    if (!atStatementStart(tokens, i) && prev.text !== 'async' && prev.text !== ';') continue;
    // The items: the `(`'s group split at its commas, when `:` follows the matching `)`.
    // A target runs from after its `as` to the next comma or the closing `)` at depth 1.
    let depth = 0;
    let close = -1;
    const spans: (Span | null)[] = [null];
    const blanks: Span[] = [];
    let target: Span | null = null;
    for (let j = i + 1; j < tokens.length; j++) {
      const a = tokens[j];
      if (a.type === 'NEWLINE' || a.type === 'ENDMARKER') break;
      const atItemLevel = depth === 1;
      if (a.type === 'OP' && '([{'.includes(a.text)) depth++;
      else if (a.type === 'OP' && ')]}'.includes(a.text)) depth--;
      if (depth === 0) { close = j; break; }
      if (atItemLevel && a.type === 'OP' && a.text === ',') {
        target = null;
        spans.push(null);
      } else if (atItemLevel && a.type === 'NAME' && a.text === 'as') {
        target = spans[spans.length - 1] = { from: tokens[j + 1].from, to: a.to };
        blanks.push({ from: a.from, to: a.to });
      } else if (target !== null) blanks[blanks.length - 1].to = target.to = a.to;
    }
    if (close < 0 || tokens[close + 1]?.text !== ':' || (spans.length === 1 && spans[0] === null)) continue;
    for (const b of blanks) out = out.slice(0, b.from) + out.slice(b.from, b.to).replace(/[^\n]/g, ' ') + out.slice(b.to);
    items.set(tokens[i + 1].from, tokens[close - 1].text === ',' ? spans.slice(0, -1) : spans);
    i = close;
  }
  return out;
}

/**
 * A backslash before a replacement field's `{` in an f-string (`rf"C:\{d}"`, 3.8-3.11's
 * `f"\{x}"`) is literal text, but lezer reads it as escaping the brace. lezer gets a `_`
 * there; strings.ts decodes the original text.
 */
function unescapeFieldBraces(text: string, tokens: readonly Token[]): string {
  let out: string | null = null;
  for (const t of tokens) {
    if (t.type !== 'STRING' || !/^[a-eg-zA-EG-Z]*[fF]/.test(t.text) || !t.text.includes('\\{')) continue;
    const raw = /^[a-zA-Z]*[rR]/.test(t.text);
    for (let i = t.text.search(/['"]/); i < t.text.length - 1; i++) {
      if (t.text[i] !== '\\') continue;
      if (t.text[i + 1] === '{') out = (out ?? text).slice(0, t.from + i) + '_' + (out ?? text).slice(t.from + i + 1);
      else if (!raw) i++;
    }
  }
  return out ?? text;
}

/**
 * 3.11's starred subscript items (PEP 646: `tuple[*ts]`, `a[*b, c]`): lezer has no star in a
 * subscript, so it gets `~` there, a unary operator; lower-expr.ts sees the `*` in the original.
 */
function starredSubscripts(text: string, tokens: readonly Token[]): string {
  let out: string | null = null;
  // For each open bracket: whether it is a subscript's.
  const stack: boolean[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'OP') continue;
    if ('([{'.includes(t.text)) {
      const p = tokens[i - 1];
      // `case [*rest]:` and `match [*a]:` start a statement: a pattern and a list display.
      const softKeyword = (p?.text === 'case' || p?.text === 'match') && atStatementStart(tokens, i - 1);
      stack.push(t.text === '[' && p !== undefined && (p.type === 'NAME' || p.type === 'STRING' || p.text === ')' || p.text === ']') && !KEYWORDS.has(p.text) && !softKeyword);
    } else if (')]}'.includes(t.text)) stack.pop();
    else if (t.text === '*' && stack[stack.length - 1] === true && (tokens[i - 1].text === '[' || tokens[i - 1].text === ',')) {
      out = (out ?? text).slice(0, t.from) + '~' + (out ?? text).slice(t.to);
    }
  }
  return out ?? text;
}

/**
 * 3.11's star annotation of `*args` (PEP 646: `def f(*args: *Ts)`, Grammar/python.gram
 * star_etc's param_no_default_star_annotation): lezer's annotation is a plain test, so the
 * annotation's star reaches it as `~`; lower-params.ts reads it as a star.
 */
function starredVarargAnnotations(text: string, tokens: readonly Token[]): string {
  let out: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== 'def' || tokens[i].type !== 'NAME' || tokens[i + 2]?.text !== '(') continue;
    const close = matchingClose(tokens, i + 2);
    let depth = 0;
    for (let j = i + 3; j + 3 < close; j++) {
      const [star, name, colon, annStar] = tokens.slice(j, j + 4);
      if (star.type === 'OP' && '([{'.includes(star.text)) depth++;
      else if (star.type === 'OP' && ')]}'.includes(star.text)) depth--;
      if (depth > 0 || star.text !== '*' || star.type !== 'OP' || (tokens[j - 1].text !== '(' && tokens[j - 1].text !== ',')) continue;
      if (name.type !== 'NAME' || colon.text !== ':' || annStar.text !== '*' || annStar.type !== 'OP') continue;
      out = (out ?? text).slice(0, annStar.from) + '~' + (out ?? text).slice(annStar.to);
    }
    i += 2;
  }
  return out ?? text;
}

/**
 * From 3.9 a decorator is any expression (PEP 614: `@buttons[0].clicked.connect`,
 * `@(lambda f: f)`); lezer takes only a dotted name and a call. Another one-line decorator
 * reaches lezer as a same-length name; lower-stmt.ts parses the original text of it.
 */
function nameDecorators(text: string, tokens: readonly Token[]): string {
  let out: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text !== '@' || t.type !== 'OP' || !atStatementStart(tokens, i)) continue;
    let k = i + 1;
    while (k < tokens.length && tokens[k].type !== 'NEWLINE' && tokens[k].type !== 'ENDMARKER') k++;
    const expr = tokens.slice(i + 1, k);
    if (expr.length === 0) continue;
    // lezer's own form: NAME ('.' NAME)* followed by at most one call.
    let n = 0;
    while (n < expr.length && expr[n].type === 'NAME' && !KEYWORDS.has(expr[n].text) && (n + 1 === expr.length || expr[n + 1].text === '.' || expr[n + 1].text === '(')) {
      if (expr[n + 1]?.text === '.') n += 2;
      else { n++; break; }
    }
    const call = expr[n]?.text === '(' && matchingClose(expr, n) === expr.length - 1;
    if (n > 0 && (n === expr.length || call)) continue;
    const from = expr[0].from;
    const to = expr[expr.length - 1].to;
    const cur: string = out ?? text;
    if (cur.slice(from, to).includes('\n')) continue;
    out = cur.slice(0, from) + '_'.repeat(to - from) + cur.slice(to);
  }
  return out ?? text;
}

/** The index of the bracket closing the one at `open`, or -1. */
function matchingClose(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let j = open; j < tokens.length; j++) {
    if (tokens[j].type !== 'OP') continue;
    if ('([{'.includes(tokens[j].text)) depth++;
    else if (')]}'.includes(tokens[j].text) && --depth === 0) return j;
  }
  return -1;
}

/**
 * From 3.9 a for loop's iterable is a star_expressions list (`for x in *a, *b:`); lezer's is
 * not. Its stars at the top level reach lezer as `~`; lower-expr.ts reads them as stars.
 */
function starredForIterables(text: string, tokens: readonly Token[]): string {
  let out: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text !== 'for' || t.type !== 'NAME' || !atStatementStart(tokens, i)) continue;
    let k = i + 1;
    while (k < tokens.length && tokens[k].type !== 'NEWLINE' && !(tokens[k].type === 'NAME' && tokens[k].text === 'in')) k++;
    const stars: Token[] = [];
    let commas = 0;
    let depth = 0;
    for (k++; k < tokens.length && tokens[k].type !== 'NEWLINE'; k++) {
      const a = tokens[k];
      if (a.type !== 'OP') continue;
      if ('([{'.includes(a.text)) depth++;
      else if (')]}'.includes(a.text)) depth--;
      else if (depth === 0 && a.text === ':') break;
      else if (depth === 0 && a.text === ',') commas++;
      else if (depth === 0 && a.text === '*' && (tokens[k - 1].text === 'in' || tokens[k - 1].text === ',')) stars.push(a);
    }
    if (commas === 0) continue;
    for (const a of stars) out = (out ?? text).slice(0, a.from) + '~' + (out ?? text).slice(a.to);
  }
  return out ?? text;
}
