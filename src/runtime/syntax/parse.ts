// parse(source): Python 3.11 source text to the AST, or the error CPython 3.11 would
// raise compiling it (tokenizer, parser, symtable and compiler errors alike), as data.
import { parser } from '@lezer/python';
import type { SyntaxNode } from '@lezer/common';
import type { Module } from './ast';
import { diagnose, structuralIssue } from './errors';
import { SyntaxIssue } from './issues';
import { LowerCtx, tolerated } from './lower-core';
import { lowerModule } from './lower-stmt';
import { LineMap } from './positions';
import { buildSymtable } from './symtable';
import { Token, tokenize } from './tokenizer';

export interface SyntaxErrorInfo {
  kind: 'SyntaxError' | 'IndentationError' | 'TabError';
  message: string;
  /** 1-based, as CPython's lineno. */
  line: number;
  /** 0-based code-point column (CPython's offset minus one, in characters); -1 when CPython draws no caret. */
  col: number;
}

/** A construct that parses but the mini-runtime does not run (async, match, …). */
export interface UnsupportedInfo {
  kind: 'Unsupported';
  message: string;
  line: number;
  col: number;
}

export type ParseResult =
  | { ok: true; module: Module; /** The tokenizer's tokens (3.9-3.10 start-up keeps some of their text). */ tokens: readonly Token[] }
  | { ok: false; error: SyntaxErrorInfo | UnsupportedInfo };

/** The first lezer error node that marks a real error. */
function firstTreeError(top: SyntaxNode, src: string): number | null {
  const cursor = top.cursor();
  do {
    if (cursor.type.isError && !tolerated(cursor.node, src)) return cursor.from;
  } while (cursor.next());
  return null;
}

/**
 * A block opener on the script's last line: 3.10+ name the block and draw no caret; 3.9's
 * tokenizer reports the line after it, and 3.8's an unexpected end of file there.
 */
function missingBodyAtEnd(issue: SyntaxIssue, minor: number, line: number, src: string): SyntaxErrorInfo {
  if (minor >= 10) return { kind: 'IndentationError', message: issue.message, line, col: -1 };
  if (minor === 9) return { kind: 'IndentationError', message: 'expected an indented block', line: line + 1, col: 0 };
  const last = src.replace(/\n$/, '').split('\n')[line - 1] ?? '';
  return { kind: 'SyntaxError', message: 'unexpected EOF while parsing', line: line + 1, col: last.length };
}

export function parse(source: string, minor = 11): ParseResult {
  // The tokenizer reads \r\n and \r as \n, in string literals too.
  const src = source.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const map = new LineMap(src);
  const fail = (kind: SyntaxErrorInfo['kind'] | 'Unsupported', message: string, at: number): ParseResult => ({
    ok: false,
    error: { kind, message, line: map.line(at), col: map.col(at) },
  });
  const nul = src.indexOf('\0');
  if (nul >= 0) return fail('SyntaxError', 'source code string cannot contain null bytes', nul);

  const tok = tokenize(src);
  // lezer stumbles on a last line of only blanks; CPython ignores it.
  const tree = parser.parse(specsAfterColon(nameWithTargets(blankEmptyPatterns(unprintStatements(src, tok.tokens), tok.tokens), tok.tokens), tok.tokens).replace(/\n[ \t\f]+$/, '\n'));
  let issue: SyntaxIssue | null = null;
  let module: Module | null = null;
  const treeError = firstTreeError(tree.topNode, src);
  try {
    const ctx = new LowerCtx(src, map);
    ctx.minor = minor;
    module = lowerModule(ctx, tree.topNode);
  } catch (e) {
    if (!(e instanceof SyntaxIssue)) throw e;
    issue = e;
  }
  if (treeError !== null && (!issue || issue.generic || treeError < issue.at)) {
    issue = new SyntaxIssue('SyntaxError', 'invalid syntax', treeError, true);
  }
  // Block structure is the parser's too; whichever comes first in the source wins.
  const structural = tok.error?.raises === false && tok.error.kind !== 'SyntaxError' ? null : structuralIssue(tok.tokens, src, (o) => map.line(o));
  if (structural && (!issue || map.line(structural.at) <= map.line(issue.at))) issue = structural;
  // How far the parser got: CPython weighs an unclosed bracket against this line.
  const reached = Math.max(issue?.at ?? 0, treeError ?? 0);
  if (issue?.generic) issue = diagnose(tok.tokens, issue.at);

  const t = tok.error;
  if (t) {
    // tokenizer.c errors raised in place win over parser errors (CPython tokenizes the
    // rest of the source before reporting); the others only if they come first.
    const first = !issue || t.raises || map.line(t.detectedAt) <= map.line(issue.at);
    if (first) {
      if (t.cause === 'eof' && tok.openBrackets.length > 0) {
        const open = tok.openBrackets[tok.openBrackets.length - 1];
        return fail('SyntaxError', `'${open.char}' was never closed`, open.at);
      }
      if (t.cause === 'dedent') {
        // tokenizer.c has read the whole line: 3.9+ point past its end, 3.8 at its last character.
        const eol = src.indexOf('\n', t.at);
        const end = eol < 0 ? src.length : eol;
        return fail(t.kind, t.message, minor >= 9 ? end : end - 1);
      }
      return fail(t.kind, t.message, t.at);
    }
  }
  if (issue) {
    // An unclosed bracket on an earlier line than a parser error is the likelier cause.
    const open = t ? tok.openBrackets[tok.openBrackets.length - 1] : undefined;
    if (open && issue.kind === 'SyntaxError' && map.line(open.at) < map.line(Math.max(reached, issue.at))) {
      return fail('SyntaxError', `'${open.char}' was never closed`, open.at);
    }
    if (issue.atEnd) return { ok: false, error: missingBodyAtEnd(issue, minor, map.line(issue.at), src) };
    // Before 3.10 the parser did not name the block that wants a body.
    const message = minor < 10 && issue.message.startsWith('expected an indented block') ? 'expected an indented block' : issue.message;
    return fail(issue.kind, message, issue.at);
  }
  if (!module) throw new Error('parse: no module and no error');
  const table = buildSymtable(module, minor);
  if (table.error) {
    const e = table.error;
    return { ok: false, error: { kind: e.unsupported ? 'Unsupported' : 'SyntaxError', message: e.message, line: e.line, col: e.col } };
  }
  return { ok: true, module, tokens: tok.tokens };
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
    const atStart = prev === undefined || prev.type === 'NEWLINE' || prev.type === 'INDENT' || prev.type === 'DEDENT' || prev.text === ';' || prev.text === ':';
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
function nameWithTargets(text: string, tokens: readonly Token[]): string {
  let out: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (t.text !== 'with' || t.type !== 'NAME') continue;
    if (!(prev === undefined || prev.type === 'INDENT' || prev.type === 'DEDENT' || prev.type === 'NEWLINE' || prev.text === 'async' || prev.text === ';')) continue;
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
      const cur: string = out ?? text;
      if (cur.slice(first.from, last.to).includes('\n')) continue;
      out = cur.slice(0, first.from) + '_'.repeat(last.to - first.from) + cur.slice(last.to);
      j = k - 1;
    }
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
    const prev = tokens[i - 1];
    if (t.text !== 'case' || t.type !== 'NAME' || !(prev === undefined || prev.type === 'INDENT' || prev.type === 'DEDENT' || prev.type === 'NEWLINE')) continue;
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
      if ((pair === '()' || pair === '[]' || pair === '{}') && a.to === b.from) {
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
