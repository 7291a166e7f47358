// parse(source): Python 3.11 source text to the AST, or the error CPython 3.11 would
// raise compiling it (tokenizer, parser, symtable and compiler errors alike), as data.
import { parser } from '@lezer/python';
import type { SyntaxNode } from '@lezer/common';
import type { Module } from './ast';
import { diagnose, structuralIssue } from './errors';
import { rewriteForLezer } from './lezer-rewrites';
import { SyntaxIssue } from './issues';
import { LowerCtx, tolerated } from './lower-core';
import { lowerModule } from './lower-stmt';
import { LineMap } from './positions';
import { fstringFieldError } from './strings';
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
  const { text, parenWithItems, movedWithTargets, matchSubjects } = rewriteForLezer(src, tok.tokens, minor);
  const tree = parser.parse(text);
  let issue: SyntaxIssue | null = null;
  let module: Module | null = null;
  const treeError = firstTreeError(tree.topNode, src);
  try {
    const ctx = new LowerCtx(src, map);
    ctx.minor = minor;
    ctx.parenWithItems = parenWithItems;
    ctx.movedWithTargets = movedWithTargets;
    ctx.matchSubjects = matchSubjects;
    module = lowerModule(ctx, tree.topNode);
  } catch (e) {
    if (!(e instanceof SyntaxIssue)) throw e;
    issue = e;
  }
  if (minor <= 11) {
    const early = earlyEndedFstring(tok.tokens, tree.topNode, minor);
    if (early && (!issue || issue.generic || early.at < issue.at)) issue = early;
  }
  if (treeError !== null && (!issue || issue.generic || treeError < issue.at)) {
    issue = new SyntaxIssue('SyntaxError', 'invalid syntax', treeError, true);
  }
  // Block structure is the parser's too; whichever comes first in the source wins.
  const structural = tok.error?.raises === false && tok.error.kind !== 'SyntaxError' ? null : structuralIssue(tok.tokens, src, (o) => map.line(o));
  if (structural && (!issue || map.line(structural.at) <= map.line(issue.at))) issue = structural;
  // How far the parser got: CPython weighs an unclosed bracket against this line.
  const reached = Math.max(issue?.at ?? 0, treeError ?? 0);
  if (issue?.generic) issue = diagnose(tok.tokens, issue.at, minor);

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
 * Before 3.12 (PEP 701) an f-string ends at the first quote like its own: `f"{d["k"]}"` is
 * `f"{d["`, then more. lezer reads such nesting as 3.12 does; where an f-string token of the
 * tokenizer is not one of lezer's, 3.9-3.11's string parser reports what the shorter one lacks.
 */
function earlyEndedFstring(tokens: readonly Token[], top: SyntaxNode, minor: number): SyntaxIssue | null {
  const strings = tokens.filter((t) => t.type === 'STRING' && /^[a-eg-zA-EG-Z]*[fF]/.test(t.text));
  if (strings.length === 0) return null;
  const lezer = new Set<string>();
  const cursor = top.cursor();
  do {
    if (cursor.name === 'FormatString') lezer.add(`${cursor.from}:${cursor.to}`);
  } while (cursor.next());
  for (const t of strings) {
    if (lezer.has(`${t.from}:${t.to}`)) continue;
    // 3.8's grammar fails first, at the token after the string (its f-strings are parsed after).
    if (minor <= 8) return new SyntaxIssue('SyntaxError', 'invalid syntax', tokens[tokens.indexOf(t) + 1]?.from ?? t.to);
    const message = fstringFieldError(t.text);
    if (message !== null) return new SyntaxIssue('SyntaxError', message, t.from);
  }
  return null;
}
