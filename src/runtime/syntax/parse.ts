// parse(source): Python 3.11 source text to the AST, or the error CPython 3.11 would
// raise compiling it (tokenizer, parser, symtable and compiler errors alike), as data.
import { parser } from '@lezer/python';
import type { SyntaxNode } from '@lezer/common';
import type { Loc, Module } from './ast';
import { diagnose, structuralIssue } from './errors';
import { juxtaposed, warningsBefore } from './escape-warnings';
import { legacyStatementMessage } from './legacy';
import { rewriteForLezer } from './lezer-rewrites';
import { SyntaxIssue } from './issues';
import { LowerCtx, SyntaxWarningInfo, tolerated } from './lower-core';
import { lowerModule } from './lower-stmt';
import { LineMap } from './positions';
import { fieldCharacterError, fieldExpressionEnd, fstringProblem } from './fstring-errors';
import { declaresEncoding } from './source-encoding';
import { buildSymtable } from './symtable';
import { Token, tokenize } from './tokenizer';

export interface SyntaxErrorInfo {
  kind: 'SyntaxError' | 'IndentationError' | 'TabError';
  message: string;
  /** 1-based, as CPython's lineno. */
  line: number;
  /** 0-based code-point column (CPython's offset minus one, in characters); -1 when CPython draws no caret. */
  col: number;
  /** Where 3.10+ end the range they underline (end_lineno, end_offset minus one), when it is more than one character. */
  endLine?: number;
  endCol?: number;
  /** The text CPython prints, where it is not line `line`'s own. */
  text?: string;
  /** The file name CPython prints, where it is not the script's (3.8's `<fstring>`). */
  filename?: string;
  /**
   * CPython's offsets count the line's UTF-8 bytes, not its characters: the AST's columns
   * (symtable, compiler, 3.8's ast.c), and 3.9-3.12's parser reading a file that declares
   * no encoding (pegen.c _PyPegen_raise_error_known_location converts only when
   * tok->encoding is set).
   */
  bytes?: true;
  /**
   * A file that starts with a UTF-8 BOM, error on line 1: CPython reads the text back from the
   * file (PyErr_ProgramTextObject), BOM included. 'text': only the text has it (3.8's ast.c,
   * the symtable, the compiler). 'shift': 3.9+'s pegen.c also counts the offsets' bytes in that
   * text (_PyPegen_byte_offset_to_character_offset, since the BOM sets tok->encoding).
   */
  bom?: 'text' | 'shift';
}

/** 3.8's messages from pythonrun.c err_input (the parser's and tokenizer's), not from ast.c. */
const ERR_INPUT_38 = /^(invalid syntax|invalid token|unexpected EOF while parsing|unexpected indent|expected an indented block|unindent does not match|invalid character in identifier|EO[LF] while scanning|unexpected character after line continuation|inconsistent use of tabs|too many levels of indentation|Missing parentheses in call to|unmatched|closing parenthesis|too many nested parentheses)/;

/** A construct that parses but the mini-runtime does not run (async, match, …). */
export interface UnsupportedInfo {
  kind: 'Unsupported';
  message: string;
  line: number;
  col: number;
}

export type ParseResult =
  | {
      ok: true;
      module: Module;
      /** The tokenizer's tokens (3.9-3.10 start-up keeps some of their text). */
      tokens: readonly Token[];
      /** What the parser warns about, in the order CPython's prints it. */
      warnings: readonly SyntaxWarningInfo[];
    }
  | {
      ok: false;
      error: SyntaxErrorInfo | UnsupportedInfo;
      /** What the parser warned about before it stopped (printed before the error). */
      warnings: readonly SyntaxWarningInfo[];
      /** An error the compiler raises: the module, and the node it meets the error at. */
      compiler?: { module: Module; at: Loc };
    };

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

/**
 * 3.8/3.9's E_EOFS (in a triple-quoted string) or E_EOF after a line continuation reading a
 * file (tok->fp): numbered two lines past the last newline, with the source's last line as
 * its text and the caret at its end.
 */
function eofReadingFile(src: string, minor: number, message: string): SyntaxErrorInfo {
  const lines = src.replace(/\n$/, '').split('\n');
  const text = lines[lines.length - 1];
  const line = src.split('\n').length + 1;
  // 3.8's text has the newline its tokenizer added, and its offset counts it.
  return { kind: 'SyntaxError', message, line, col: Array.from(text).length, text: minor === 8 ? `${text}\n` : text };
}

/** 3.8/3.9's E_EOF: on the line after the source's last, at 3.8 the last line's length, at 3.9 its start. */
function unexpectedEof(src: string, minor: number): SyntaxErrorInfo {
  const lines = src.replace(/\n$/, '').split('\n');
  return { kind: 'SyntaxError', message: 'unexpected EOF while parsing', line: lines.length + 1, col: minor === 8 ? lines[lines.length - 1].length : 0 };
}

/**
 * `nested`: a string literal parsed alone for its warnings (escape-warnings.ts). `file`: the
 * source is a script file, not a string given to compile() (3.8/3.9 number some errors at
 * its end differently).
 */
export function parse(source: string, minor = 11, nested = false, file = false): ParseResult {
  // The tokenizer reads \r\n and \r as \n, in string literals too.
  const bom = file && source.startsWith('\ufeff');
  const src = source.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const map = new LineMap(src);
  // 3.12+ warn about a string as the parser's first pass reads it (its second pass, which finds
  // the error's message, is silent: string_parser.c warn_invalid_escape_sequence), so only the
  // strings before where that pass stopped.
  let stop = 0;
  let tokens: readonly Token[] = [];
  let secondPass: { from: number; to: number } | null = null;
  let tokWarnings: SyntaxWarningInfo[] = [];
  // 3.11: the parser's first pass failed without an error of its own, so its second reads the f-strings again.
  let reread = false;
  // _PyPegen_set_syntax_error raises an unexpected indent without tokenizing the rest of the source.
  let unexpectedIndent = false;
  const before = (): SyntaxWarningInfo[] =>
    nested ? ctx.warnings.filter((w) => w.at === undefined || w.at < stop) : withTokenizerWarnings(warningsBefore(src, tokens, stop, ctx.warnings, minor, parse, secondPass), tokWarnings, stop, reread, !unexpectedIndent);
  const failed = (error: SyntaxErrorInfo | UnsupportedInfo): ParseResult => {
    // 3.9's SyntaxError init reads the text pegen gives it, which has the BOM (3.8's has not).
    const legacy = minor <= 9 && error.kind === 'SyntaxError' && !(minor === 9 && bom && error.line === 1) ? legacyStatementMessage(map.lineText(error.line)) : null;
    return { ok: false, error: legacy ? { ...error, message: legacy } : error, warnings: before() };
  };
  const fail = (kind: SyntaxErrorInfo['kind'] | 'Unsupported', message: string, at: number, end: number | null = null): ParseResult =>
    failed({ kind, message, line: map.line(at), col: map.col(at), ...(end !== null && end > at ? { endLine: map.line(end), endCol: map.col(end) } : {}) });
  const ctx = new LowerCtx(src, map);
  /**
   * An error in an f-string field's `(expr)`, compiled alone before 3.12 (fstring_compile_expr):
   * that text, on the field's line (3.8: line 1 of `<fstring>`); null for one over several lines.
   */
  const inField = (field: { from: number; to: number }, kind: SyntaxErrorInfo['kind'], message: string, at: number, end: number | null): SyntaxErrorInfo | null => {
    const text = '(' + src.slice(field.from + 1, field.to) + ')';
    if (text.includes('\n')) return null;
    const line = minor === 8 ? 1 : map.line(at);
    const col = at - field.from;
    const range = end !== null && end - field.from > col + 1 ? { endLine: line, endCol: end - field.from } : {};
    return { kind, message, line, col, ...range, text, ...(minor === 8 ? { filename: '<fstring>' } : {}) };
  };
  // 3.9-3.12's parser reading a file that declares no encoding leaves its offsets in bytes.
  const parserBytes = file && minor >= 9 && minor <= 12 && !declaresEncoding(src);
  const inBytes = (r: ParseResult, withBom: SyntaxErrorInfo['bom'] = 'text'): ParseResult => {
    if (!r.ok && r.error.kind !== 'Unsupported') {
      r.error.bytes = true;
      if (bom) r.error.bom = withBom;
    }
    return r;
  };
  const inParserUnits = (r: ParseResult): ParseResult => (bom && minor >= 9 ? inBytes(r, 'shift') : parserBytes ? inBytes(r) : r);
  /** 3.8's err_input errors (the others are ast.c's): in characters, and a file's last line gets the newline its tokenizer added. */
  const errInput38 = (r: ParseResult, tokenizer = false): ParseResult => {
    if (r.ok || r.error.kind === 'Unsupported' || r.error.text !== undefined) return r;
    if (!tokenizer && !ERR_INPUT_38.test(r.error.message)) return inBytes(r);
    if (file && r.error.line === map.lineCount && !src.endsWith('\n')) r.error.text = `${map.lineText(r.error.line)}\n`;
    return r;
  };
  /**
   * The tokenizer's errors pegen.c raises itself (tokenizer_error, _PyPegen_set_syntax_error)
   * at a token's byte offsets; tokenizer.c's own (syntaxerror) count characters.
   */
  const pegenRaised = (t: NonNullable<typeof tok.error>): boolean =>
    t.cause !== undefined || t.message === 'unexpected character after line continuation character' || (minor === 9 && /^EO[LF] while scanning/.test(t.message));
  const nul = src.indexOf('\0');
  // A file's (3.11+ tokenizer.c tok_underflow_file): the line up to the NUL, no caret.
  if (nul >= 0 && file) return failed({ kind: 'SyntaxError', message: 'source code cannot contain null bytes', line: map.line(nul), col: -1, text: src.slice(src.lastIndexOf('\n', nul - 1) + 1, nul) });
  if (nul >= 0) return fail('SyntaxError', 'source code string cannot contain null bytes', nul);

  const tok = tokenize(src, minor);
  tokens = tok.tokens;
  if (!nested) tokWarnings = tok.warnings.map((w) => ({ line: map.line(w.at), message: w.message, at: w.at }));
  const { text, parenWithItems, movedWithTargets, matchSubjects } = rewriteForLezer(src, tok.tokens, minor);
  const tree = parser.parse(text);
  let issue: SyntaxIssue | null = null;
  let module: Module | null = null;
  const treeError = firstTreeError(tree.topNode, src);
  try {
    ctx.minor = minor;
    ctx.parenWithItems = parenWithItems;
    ctx.movedWithTargets = movedWithTargets;
    ctx.matchSubjects = matchSubjects;
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
  const fstring = fstringIssue(tok.tokens, tree.topNode, minor);
  // 3.8 checks f-strings after parsing, so after all the tokenizer's errors too.
  let afterTokens = false;
  if (fstring && fstring.wins(issue)) {
    issue = fstring.issue;
    afterTokens = minor <= 8;
  }
  // A character no token may be in, in an f-string's field: lezer took it for part of a name.
  const badChar = fieldCharacterError(tok.tokens, src, minor);
  const badCharAt = badChar === null ? Infinity : minor <= 11 ? badChar.literal : badChar.at;
  const badCharFirst = badCharAt <= Math.min(issue?.at ?? Infinity, tok.error?.at ?? Infinity);
  if (badChar && badCharFirst) {
    issue = new SyntaxIssue('SyntaxError', badChar.message, badChar.at);
    if (minor <= 11) issue.field = badChar.field;
  }
  // How far the parser got: CPython weighs an unclosed bracket against this line.
  const reached = Math.max(issue?.at ?? 0, treeError ?? 0);
  // A node the lowering rejects was read whole by that pass.
  stop = issue === null ? src.length : issue.parsedTo ?? Math.max(reached, issue.end ?? 0);
  if (issue?.generic) {
    const at = issue.at;
    issue = fieldDiagnosis(src, tree.topNode, at, minor) ?? diagnose(tok.tokens, at, minor);
    if (issue.parsedTo !== null) stop = issue.parsedTo;
    // Other messages come from rules that raise before invalid_expression reads on.
    if (minor >= 12 && /^(invalid syntax(\. Perhaps you forgot a comma\?)?|Missing parentheses in call to .*)$/.test(issue.message)) secondPass = juxtaposed(tok.tokens, at);
  }
  // A literal's own errors are raised by the first pass's actions, which ends both passes.
  reread = minor === 11 && issue !== null && !/^(f-string|bytes can only|cannot mix bytes|\((unicode|value) error\))/.test(issue.message);

  const t = badCharFirst ? null : tok.error;
  if (t) {
    // tokenizer.c errors raised in place win over parser errors (3.10+ tokenize the rest of
    // the source before reporting); the others, and all before 3.10, only if they come first.
    // Before 3.10 running out of tokens inside brackets is the parser's error only once it has read them all.
    const eofFirst = (i: SyntaxIssue): boolean => Math.max(reached, i.at) >= Math.max(...tok.tokens.filter((k) => k.to > k.from && k.type !== 'NEWLINE').map((k) => k.to));
    // The parser fails at an unexpected INDENT before it reads the line's tokens.
    unexpectedIndent = issue?.message === 'unexpected indent' && issue.at <= t.detectedAt;
    const first = !unexpectedIndent && (!issue || afterTokens || (t.raises && minor >= 10)
      || (t.cause === 'continuation' ? eofFirst(issue) : minor <= 9 && t.cause === 'eof' && tok.openBrackets.length > 0 ? eofFirst(issue) : map.line(t.detectedAt) <= map.line(Math.max(reached, issue.at))));
    if (first) {
      reread = false;
      const r = tokenizerFailure(t);
      if (minor === 8) return errInput38(r, true);
      return pegenRaised(t) ? inParserUnits(r) : r;
    }
  }
  if (issue) {
    const r = parserFailure(issue);
    if (issue.compiler) return inBytes(r);
    return minor === 8 ? errInput38(r) : inParserUnits(r);
  }
  if (!module) throw new Error('parse: no module and no error');
  const table = buildSymtable(module, minor);
  if (table.error) {
    const e = table.error;
    // The symtable's errors come after the whole parse, and all its warnings.
    const error: SyntaxErrorInfo | UnsupportedInfo = { kind: e.unsupported ? 'Unsupported' : 'SyntaxError', message: e.message, line: e.line, col: e.col };
    if (e.endLine !== undefined && !e.unsupported) Object.assign(error, { endLine: e.endLine, endCol: e.endCol });
    // Their columns are the AST's, in bytes.
    if (error.kind !== 'Unsupported') Object.assign(error, bom ? { bytes: true, bom: 'text' } : { bytes: true });
    return { ok: false, error, warnings: withTokenizerWarnings(ctx.warnings, tokWarnings), compiler: e.compilerAt ? { module, at: e.compilerAt } : undefined };
  }
  return { ok: true, module, tokens: tok.tokens, warnings: withTokenizerWarnings(ctx.warnings, tokWarnings) };

  function tokenizerFailure(t: NonNullable<typeof tok.error>): ParseResult {
    stop = Math.min(stop, t.cause === 'eof' || t.cause === 'continuation' ? src.length : t.detectedAt);
    // The parser met the end of the file after a backslash: 3.10+ say so at the backslash's
    // line (but for an open bracket), 3.8/3.9 past the file's end.
    if (t.cause === 'continuation' && minor <= 9) return failed(file ? eofReadingFile(src, minor, t.message) : unexpectedEof(src, minor));
    if (t.cause === 'continuation' && tok.openBrackets.length === 0) {
      // A backslash with no token before it on its line: pegen's error token is the ENDMARKER, col -1.
      const lineFrom = src.lastIndexOf('\n', t.at - 2) + 1;
      if (/^[ \t\f]*$/.test(src.slice(lineFrom, t.at - 1))) return failed({ kind: t.kind, message: t.message, line: map.line(t.at - 1), col: -1 });
      return fail(t.kind, t.message, t.at);
    }
    if ((t.cause === 'eof' || t.cause === 'continuation') && tok.openBrackets.length > 0) {
      // Before 3.10 the parser ran out of tokens: the line after the last, 3.8 past its end.
      if (minor <= 9) return failed(unexpectedEof(src, minor));
      const open = tok.openBrackets[tok.openBrackets.length - 1];
      return fail('SyntaxError', `'${open.char}' was never closed`, open.at);
    }
    if (t.cause === 'dedent') {
      // tokenizer.c has read the whole line: they point past its end (3.8's print_error_text
      // steps back onto its last character where the offset is the text's UTF-8 length).
      const eol = src.indexOf('\n', t.at);
      return fail(t.kind, t.message, eol < 0 ? src.length : eol);
    }
    // A TabError's column is -1 in 3.9-3.12 (no caret); 3.13's traceback.py puts it at the line's start.
    if (t.kind === 'TabError' && minor >= 9) {
      return failed({ kind: t.kind, message: t.message, line: map.line(t.at), col: minor >= 13 ? 0 : -1 });
    }
    if (file && minor <= 9 && t.message === 'EOF while scanning triple-quoted string literal') return failed(eofReadingFile(src, minor, t.message));
    // 3.8's past the line's end, like the dedent error's.
    if (t.kind === 'TabError') return fail(t.kind, t.message, (src.indexOf('\n', t.at) + 1 || src.length + 1) - 1);
    return fail(t.kind, t.message, t.at, t.end ?? null);
  }

  function parserFailure(issue: SyntaxIssue): ParseResult {
    unexpectedIndent = issue.message === 'unexpected indent';
    // An unclosed bracket on an earlier line than a parser error is the likelier cause.
    const open = t ? tok.openBrackets[tok.openBrackets.length - 1] : undefined;
    if (open && minor >= 10 && issue.kind === 'SyntaxError' && map.line(open.at) < map.line(Math.max(reached, issue.at))) {
      return fail('SyntaxError', `'${open.char}' was never closed`, open.at);
    }
    if (issue.atEnd) return failed(missingBodyAtEnd(issue, minor, map.line(issue.at), src));
    // Before 3.10 the parser did not name the block that wants a body.
    const message = minor < 10 && issue.message.startsWith('expected an indented block') ? 'expected an indented block' : issue.message;
    // 3.9+ raise it at the INDENT token, whose column is -1: print_error_text draws no caret;
    // 3.13's traceback.py gets offset 1, under a tab that starts the line.
    if (issue.message === 'unexpected indent' && minor >= 9) return failed({ kind: issue.kind as SyntaxErrorInfo['kind'], message, line: map.line(issue.at), col: minor >= 13 ? 0 : -1 });
    // The parser's errors without a node of their own are at its last token, which 3.10+ underline
    // whole; 3.13's RAISE_INDENTATION_ERROR too.
    const whole = issue.kind === 'SyntaxError' || (minor >= 13 && issue.kind === 'IndentationError');
    const token = whole ? tok.tokens.find((k) => k.from === issue!.at && k.to > k.from) : undefined;
    // A NEWLINE after a comment: 3.10-3.11 end it at the newline, 3.12+ past it.
    const end = issue.end ?? (token === undefined ? null : token.type === 'NEWLINE' && token.to - token.from > 1 && minor <= 11 ? token.to - 1 : token.to);
    if (issue.field && minor <= 11) {
      const failure = inField(issue.field, issue.kind as SyntaxErrorInfo['kind'], message, issue.at, end);
      // 3.9's tokenizer error in a field numbers the field's text alone (line 1).
      if (failure && minor === 9 && /^invalid (non-printable )?character /.test(message)) failure.line = 1;
      if (failure) return failed(failure);
    }
    return fail(issue.kind, message, issue.at, end);
  }
}

/**
 * The tokenizer's warnings among the parser's, each as its token is read: those of the tokens
 * the parser read before `stop` in order with the parser's, then the rest, which 3.11+ read
 * tokenizing the whole source after an error (_PyPegen_tokenize_full_source_to_check_for_errors).
 * `reread`: 3.11's f-string warnings again, from the second pass, in between. `rest`: the
 * source was tokenized to its end.
 */
function withTokenizerWarnings(parsed: SyntaxWarningInfo[], tokWarnings: SyntaxWarningInfo[], stop = Infinity, reread = false, rest = true): SyntaxWarningInfo[] {
  if (tokWarnings.length === 0 && !reread) return parsed;
  const first = [...parsed, ...tokWarnings.filter((w) => w.at! < stop)].sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
  return [...first, ...(reread ? parsed.filter((w) => w.again) : []), ...(rest ? tokWarnings.filter((w) => w.at! >= stop) : [])];
}

/**
 * The first f-string literal with an error of its own (fstring-errors.ts), as an issue, and
 * which other issue it overrides. Before 3.12 (PEP 701) an f-string ends at the first quote
 * like its own: `f"{d["k"]}"` is `f"{d["`, then more. lezer reads such nesting as 3.12 does;
 * where the tokenizer's f-string is not lezer's, the shorter one is what CPython checks (3.8's
 * grammar fails first, at the token after it). 3.9-3.11 report at the token after the run of
 * adjacent literals (the parser's last token when it reads them), 3.8 (Python/ast.c, after
 * the whole parse) at the run's start, 3.12+ at the offending character.
 */
function fstringIssue(tokens: readonly Token[], top: SyntaxNode, minor: number): { issue: SyntaxIssue; wins(other: SyntaxIssue | null): boolean } | null {
  const lezer = new Set<string>();
  if (minor <= 11) {
    const cursor = top.cursor();
    do {
      if (cursor.name === 'FormatString') lezer.add(`${cursor.from}:${cursor.to}`);
    } while (cursor.next());
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type !== 'STRING' || !/^[a-eg-zA-EG-Z]*[fF]/.test(t.text)) continue;
    let first = k;
    while (first > 0 && tokens[first - 1].type === 'STRING') first--;
    let last = k;
    while (tokens[last + 1]?.type === 'STRING') last++;
    const runStart = tokens[first].from;
    const after = tokens[last + 1]?.from ?? t.to;
    const problem = fstringProblem(t.text, minor);
    // lezer reads a `#` in a field as a comment: that literal is the tokenizer's all the same.
    const comment = problem?.message === "f-string expression part cannot include '#'";
    if (minor <= 8 && !lezer.has(`${t.from}:${t.to}`) && !comment) {
      const at = tokens[k + 1]?.from ?? t.to;
      return { issue: new SyntaxIssue('SyntaxError', 'invalid syntax', at), wins: (o) => !o || o.at >= at };
    }
    if (problem === null) continue;
    const { message } = problem;
    const field = t.from + problem.field;
    // An expression that does not compile is reported inside the literal (fstring_fix_expr_location).
    const legacyAt = problem.compiling ? t.from : minor <= 8 ? runStart : after;
    // 3.8 checks f-strings after the whole parse; lezer's errors from this field on may be its
    // own reading of the field (a `#` comment running on) rather than the program's.
    if (minor <= 8) return { issue: new SyntaxIssue('SyntaxError', message, legacyAt), wins: (o) => !o || (o.generic && o.at >= field) };
    if (minor <= 11) return { issue: new SyntaxIssue('SyntaxError', message, legacyAt), wins: (o) => !o || o.at >= runStart };
    const at = t.from + problem.offset;
    // lezer's errors in the literal are this one's, but for one in an earlier field; the
    // lowering's own f-string messages (strings.ts), at the literal's start, are this one's too.
    const ours = (o: SyntaxIssue): boolean => (o.generic && o.at >= field && o.at <= t.to) || (o.at >= runStart && o.message.startsWith('f-string'));
    return { issue: new SyntaxIssue('SyntaxError', message, at), wins: (o) => !o || o.at >= at || ours(o) };
  }
  return null;
}

/**
 * lezer's error inside an f-string's replacement field. CPython reads the field's expression
 * as if in parentheses (fstring_compile_expr before 3.12, tokens from 3.12), so the error is
 * diagnosed on that alone: 3.8 says what it says anywhere, 3.9 calls it all "f-string:
 * invalid syntax", 3.10-3.11 put "f-string: " before the diagnosis, and 3.12+ say what they
 * say anywhere, but a plain invalid syntax is the grammar's invalid_replacement_field.
 */
function fieldDiagnosis(src: string, top: SyntaxNode, at: number, minor: number): SyntaxIssue | null {
  const inField = (side: -1 | 1): SyntaxNode | null => {
    let n: SyntaxNode | null = top.resolveInner(at, side);
    while (n && n.name !== 'FormatReplacement') n = n.parent;
    return n;
  };
  const field = inField(1) ?? inField(-1);
  if (!field || src[field.from] !== '{') return null;
  const end = fieldExpressionEnd(src, field.from);
  const placed = (i: SyntaxIssue): SyntaxIssue => {
    i.field = { from: field.from, to: end };
    return i;
  };
  if (minor === 9) return placed(new SyntaxIssue('SyntaxError', 'f-string: invalid syntax', at));
  const blank = (s: string): string => s.replace(/[^\n]/g, ' ');
  const alone = blank(src.slice(0, field.from)) + '(' + src.slice(field.from + 1, end) + ')' + blank(src.slice(end + 1));
  const tokens = tokenize(alone, minor).tokens;
  const issue = diagnose(tokens, at, minor);
  // 3.8's parser knew no better words; it ran out of tokens at the expression's end.
  if (minor === 8) return placed(new SyntaxIssue('SyntaxError', issue.at >= end ? 'unexpected EOF while parsing' : 'invalid syntax', issue.at));
  if ((minor === 10 || minor === 11) && /^\s*\*\*/.test(src.slice(field.from + 1, end))) {
    return placed(new SyntaxIssue('SyntaxError', 'f-string: cannot use double starred expression here', issue.at));
  }
  if (minor === 10 || minor === 11) return placed(new SyntaxIssue('SyntaxError', `f-string: ${issue.message}`, issue.at, false, false, issue.end));
  if (minor >= 12 && issue.message === 'invalid syntax') {
    // invalid_replacement_field: the field's expression is the longest that parses, so an
    // operator left without its right operand is the token it meets, underlined whole.
    const k = tokens.findIndex((t) => t.from >= issue.at) - 1;
    const op = tokens[k];
    const dangling = op !== undefined && k > 0 && ((op.type === 'OP' && !/^[)\]}]$/.test(op.text)) || (op.type === 'NAME' && /^(and|or|not|if|else|in|is)$/.test(op.text)));
    return new SyntaxIssue('SyntaxError', "f-string: expecting '=', or '!', or ':', or '}'", dangling ? op.from : issue.at, false, false, dangling ? op.to : null);
  }
  return issue;
}
