// A model of CPython's tokenizer (Parser/tokenizer.c): lezer tolerates what CPython's
// tokenizer rejects, so this pass finds the tokenizer's errors, with CPython's messages
// and places, and gives the error diagnosis a token stream to reason over.
import { scanNumber } from './numbers';

export type TokType = 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'ENDMARKER' | 'ERRORTOKEN';

export interface Token {
  type: TokType;
  /** Token text (empty for INDENT/DEDENT/ENDMARKER). */
  text: string;
  /** UTF-16 offsets into the source. */
  from: number;
  to: number;
}

export interface TokError {
  kind: 'SyntaxError' | 'IndentationError' | 'TabError';
  message: string;
  /** Where CPython reports it. */
  at: number;
  /** Where 3.10+ end the range they underline, when wider than one character. */
  end?: number;
  /** Where the tokenizer noticed it; decides whether a parser error came first. */
  detectedAt: number;
  /**
   * True when tokenizer.c raises the exception itself (syntaxerror()): such errors win
   * over a generic parser error earlier in the file, because CPython tokenizes the
   * rest of the source before reporting (_PyPegen_tokenize_full_source_to_check_for_errors).
   */
  raises: boolean;
  /**
   * Which tokenizer.c error it is where the parser treats it specially: 'dedent' (E_DEDENT,
   * reported at the line's end), 'eof' (E_EOF, an unclosed bracket names the bracket instead),
   * 'continuation' (E_EOF right after a backslash that continues the line; `at` is past it).
   */
  cause?: 'dedent' | 'eof' | 'continuation';
}

/** A SyntaxWarning tokenizer.c issues as it reads a token (parser_warn). */
export interface TokWarning {
  message: string;
  /** The offending token's start. */
  at: number;
}

export interface TokenizeResult {
  tokens: Token[];
  error: TokError | null;
  /** In the order the tokens were read; only those before the error, where the tokenizer stopped. */
  warnings: TokWarning[];
  /** Brackets still open at the error or at the end: char and offset. */
  openBrackets: { char: string; at: number }[];
}

const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '->', ':=',
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '//', '/=', '<<', '<=', '<>', '==', '>=', '>>', '@=', '^=', '|=',
  '%', '&', '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '@', '[', ']', '^', '{', '|', '}', '~',
];
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

const ID_START = /[\p{L}\p{Nl}_\u1885\u1886\u2118\u212e\u309b\u309c]/u;
const ID_CONTINUE = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_\u00b7\u0387\u1369-\u1371\u19da]/u;

/** How a 3.12+ f-string opens: its quote character, one or three of them. */
interface FstringQuote {
  q: string;
  triple: boolean;
}

class Fail {
  constructor(readonly error: TokError) {}
}

/** `minor`: the modeled 3.minor (f-strings are PEP 701's from 3.12; older wording before 3.10). */
export function tokenize(src: string, minor = 11): TokenizeResult {
  const tokens: Token[] = [];
  const warnings: TokWarning[] = [];
  const brackets: { char: string; at: number; line: number }[] = [];
  const indents = [0];
  const altIndents = [0];
  let pos = 0;
  let line = 1;
  let atLineStart = true;
  /** Where tokenizer.c's line buffer starts: a line read between tokens, not after a backslash. */
  let bufStart = 0;
  /** The logical line so far has a token (so a NEWLINE is due at its end). */
  let lineHasTokens = false;

  const err = (kind: TokError['kind'], message: string, at: number, raises = true, detectedAt = at, cause?: TokError['cause']): Fail =>
    new Fail({ kind, message, at, detectedAt, raises, cause });
  const isNewline = (c: string | undefined): boolean => c === '\n' || c === '\r';
  const skipNewline = (): void => {
    if (src[pos] === '\r' && src[pos + 1] === '\n') pos += 2;
    else pos += 1;
    line++;
  };

  try {
    while (true) {
      if (atLineStart && brackets.length === 0) {
        // Measure indentation the way tok_get does: tabs to multiples of 8 (col) and
        // as single columns (altcol); the two must agree on ordering, or it is a TabError.
        let col = 0;
        let altcol = 0;
        const lineStart = pos;
        while (pos < src.length) {
          const c = src[pos];
          if (c === ' ') { col++; altcol++; }
          else if (c === '\t') { col = (Math.floor(col / 8) + 1) * 8; altcol++; }
          else if (c === '\f') { col = altcol = 0; }
          else break;
          pos++;
        }
        const c = src[pos];
        if (c === '\\' && minor >= 9) {
          // A backslash that ends the file ends it before the line's indentation counts (3.8: an unexpected indent).
          const after = src[pos + 1] === '\r' && src[pos + 2] === '\n' ? pos + 3 : isNewline(src[pos + 1]) ? pos + 2 : pos + 1;
          if (after >= src.length) throw err('SyntaxError', 'unexpected EOF while parsing', pos + 1, false, src.length, 'continuation');
        }
        if (c === '#' || isNewline(c)) {
          // Blank or comment-only line: no indentation tokens.
          while (pos < src.length && !isNewline(src[pos])) pos++;
          if (pos >= src.length) break;
          skipNewline();
          bufStart = pos;
          continue;
        }
        if (pos >= src.length) break;
        atLineStart = false;
        const top = indents[indents.length - 1];
        const altTop = altIndents[altIndents.length - 1];
        if (col === top) {
          if (altcol !== altTop) throw err('TabError', 'inconsistent use of tabs and spaces in indentation', pos, false);
        } else if (col > top) {
          if (altcol <= altTop) throw err('TabError', 'inconsistent use of tabs and spaces in indentation', pos, false);
          // tokenizer.c MAXINDENT (100): 3.8 points past the line's end, 3.9+ at its start.
          if (indents.length >= 100) {
            const eol = src.indexOf('\n', pos) < 0 ? src.length : src.indexOf('\n', pos);
            throw err('IndentationError', 'too many levels of indentation', minor <= 8 ? eol : lineStart);
          }
          indents.push(col);
          altIndents.push(altcol);
          tokens.push({ type: 'INDENT', text: '', from: lineStart, to: pos });
        } else {
          while (indents.length > 1 && col < indents[indents.length - 1]) {
            indents.pop();
            altIndents.pop();
            tokens.push({ type: 'DEDENT', text: '', from: pos, to: pos });
          }
          if (col !== indents[indents.length - 1]) {
            throw err('IndentationError', 'unindent does not match any outer indentation level', pos, false, pos, 'dedent');
          }
          if (altcol !== altIndents[altIndents.length - 1]) {
            throw err('TabError', 'inconsistent use of tabs and spaces in indentation', pos, false);
          }
        }
      }
      // Skip blanks and comments within the line.
      while (pos < src.length && (src[pos] === ' ' || src[pos] === '\t' || src[pos] === '\f')) pos++;
      const comment = src[pos] === '#' ? pos : -1;
      if (comment >= 0) while (pos < src.length && !isNewline(src[pos])) pos++;
      if (pos >= src.length) break;
      const c = src[pos];
      const start = pos;
      if (isNewline(c)) {
        skipNewline();
        bufStart = pos;
        if (brackets.length === 0) {
          // After a comment the NEWLINE token starts at the '#' (tok_get's p_start); 3.10-3.11
          // end it before the newline (syntax/parse.ts parserFailure).
          if (lineHasTokens) tokens.push({ type: 'NEWLINE', text: '\n', from: comment < 0 ? start : comment, to: start + 1 });
          lineHasTokens = false;
          atLineStart = true;
        }
        continue;
      }
      if (c === '\\') {
        // The file's last line is read with a newline after it.
        if (isNewline(src[pos + 1]) || pos + 1 === src.length) {
          pos++;
          if (pos < src.length) skipNewline();
          if (pos >= src.length) throw err('SyntaxError', 'unexpected EOF while parsing', start + 1, false, pos, 'continuation');
          continue;
        }
        // 3.8 points past the line's end (tok->cur = tok->inp); 3.9+ after the
        // backslash, counted from the start of tokenizer.c's buffer, which holds the lines
        // joined by backslashes before it, but no further than just past the line's end.
        const lineFrom = src.lastIndexOf('\n', start) + 1;
        const lineEnd = src.indexOf('\n', start) < 0 ? src.length : src.indexOf('\n', start);
        const at = minor <= 8 ? lineEnd : lineFrom + Math.min(start + 1 - bufStart, lineEnd - lineFrom);
        throw err('SyntaxError', 'unexpected character after line continuation character', at);
      }
      lineHasTokens = true;
      const cp = src.codePointAt(pos)!;
      const ch = String.fromCodePoint(cp);
      if (ID_START.test(ch) || (cp < 128 && /[A-Za-z_]/.test(ch))) {
        let end = pos + ch.length;
        while (end < src.length) {
          const d = String.fromCodePoint(src.codePointAt(end)!);
          if (!ID_CONTINUE.test(d)) break;
          end += d.length;
        }
        const word = src.slice(pos, end);
        if ((src[end] === '"' || src[end] === "'") && STRING_PREFIXES.has(word.toLowerCase())) {
          pos = end;
          readString(start);
          continue;
        }
        pos = end;
        tokens.push({ type: 'NAME', text: word, from: start, to: end });
        continue;
      }
      if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[pos + 1] ?? ''))) {
        readNumber(start);
        continue;
      }
      if (c === '"' || c === "'") {
        readString(start);
        continue;
      }
      const op = OPERATORS.find((o) => src.startsWith(o, pos));
      if (op) {
        pos += op.length;
        if (op === '(' || op === '[' || op === '{') brackets.push({ char: op, at: start, line });
        else if (op in CLOSERS) {
          const open = brackets.pop();
          if (!open) throw err('SyntaxError', `unmatched '${op}'`, start);
          if (open.char !== CLOSERS[op]) throw mismatched(op, open, start);
        }
        tokens.push({ type: 'OP', text: op, from: start, to: pos });
        continue;
      }
      if (cp < 128) {
        // '$', '?', '!', '`': ERRORTOKENs the parser turns into "invalid syntax".
        pos++;
        tokens.push({ type: 'ERRORTOKEN', text: c, from: start, to: pos });
        continue;
      }
      const hex = cp.toString(16).toUpperCase().padStart(4, '0');
      const printable = !/[\p{C}\p{Z}]/u.test(ch) || ch === ' ';
      // 3.8 had one word for every such character, and read it as part of a would-be identifier
      // (letters, digits, _ and every non-ASCII character: is_potential_identifier_char), whose
      // last character err_input's offset names.
      if (minor <= 8) {
        let last = start;
        for (let i = start; i < src.length; ) {
          const d = src.codePointAt(i)!;
          if (d < 128 && !/[A-Za-z0-9_]/.test(String.fromCharCode(d))) break;
          last = i;
          i += d > 0xffff ? 2 : 1;
        }
        throw err('SyntaxError', 'invalid character in identifier', last, true, start);
      }
      throw err('SyntaxError', printable ? `invalid character '${ch}' (U+${hex})` : `invalid non-printable character U+${hex}`, start);
    }
  } catch (e) {
    if (e instanceof Fail) return { tokens, error: e.error, warnings, openBrackets: brackets.map(({ char, at }) => ({ char, at })) };
    throw e;
  }
  // End of input: close the logical line, dedent to column 0, then ENDMARKER.
  if (brackets.length > 0) {
    return {
      tokens,
      error: { kind: 'SyntaxError', message: 'unexpected EOF while parsing', at: src.length, detectedAt: src.length, raises: false, cause: 'eof' },
      warnings,
      openBrackets: brackets.map(({ char, at }) => ({ char, at })),
    };
  }
  if (lineHasTokens) tokens.push({ type: 'NEWLINE', text: '', from: src.length, to: src.length });
  for (let i = 1; i < indents.length; i++) tokens.push({ type: 'DEDENT', text: '', from: src.length, to: src.length });
  tokens.push({ type: 'ENDMARKER', text: '', from: src.length, to: src.length });
  return { tokens, error: null, warnings, openBrackets: [] };

  function readString(start: number): void {
    if (minor >= 12 && /f/i.test(src.slice(start, pos))) fstring(start);
    else scanString(start, null);
    tokens.push({ type: 'STRING', text: src.slice(start, pos), from: start, to: pos });
  }

  /**
   * A string literal from its opening quote (pos) past its closing one. `enclosing`: the quote
   * of the 3.12+ f-string whose replacement field holds it, whose own end it may be missing.
   */
  function scanString(start: number, enclosing: FstringQuote | null): void {
    const q = src[pos];
    const triple = src.startsWith(q.repeat(3), pos);
    pos += triple ? 3 : 1;
    while (true) {
      if (pos >= src.length || (!triple && isNewline(src[pos]))) {
        // tokenizer.c: an unterminated string that opens like its f-string is that f-string's end.
        if (enclosing && enclosing.q === q && enclosing.triple === triple) throw err('SyntaxError', "f-string: expecting '}'", start);
        throw unterminated(start, triple, 'string');
      }
      const d = src[pos];
      if (d === '\\') {
        // Even raw strings cannot end in an odd backslash: it escapes the quote.
        pos++;
        if (isNewline(src[pos])) skipNewline();
        else if (pos < src.length) pos++;
        continue;
      }
      if (isNewline(d)) {
        skipNewline();
        continue;
      }
      if (triple ? src.startsWith(q.repeat(3), pos) : d === q) {
        pos += triple ? 3 : 1;
        return;
      }
      pos++;
    }
  }

  /** The error for a literal that ends at a newline (one quote) or at the end of the source. */
  function unterminated(start: number, triple: boolean, what: 'string' | 'f-string'): Fail {
    if (minor < 10) {
      // 3.8/3.9's tokenizer names where it gave up, at that place (3.8: its offset counts the
      // characters through the newline, which print_error_text steps back from when the text's
      // UTF-8 length is that offset); the parser meets it at the literal's start.
      const end = pos >= src.length && src.endsWith('\n') ? src.length - 1 : pos;
      return err('SyntaxError', triple ? 'EOF while scanning triple-quoted string literal' : 'EOL while scanning string literal', end, true, start);
    }
    // At the end of the source a final newline does not start a line of its own for this count.
    const detected = pos >= src.length ? line - (src.endsWith('\n') ? 1 : 0) : line;
    return err('SyntaxError', `unterminated ${triple ? 'triple-quoted ' : ''}${what} literal (detected at line ${detected})`, start, true, pos);
  }

  /**
   * From 3.12 (PEP 701) an f-string's replacement fields are code (Parser/tokenizer.c's
   * f-string modes): quotes in them start new strings, brackets nest, and newlines, comments
   * and line continuations are allowed. Scans one from its opening quote (pos) past its end.
   */
  function fstring(start: number): void {
    const raw = /r/i.test(src.slice(start, pos));
    const quote = { q: src[pos], triple: src.startsWith(src[pos].repeat(3), pos) };
    pos += quote.triple ? 3 : 1;
    fstringText(start, quote, raw, false);
  }

  /** Literal text up to the f-string's end, or in a format spec (`spec`) up to its field's `}`. */
  function fstringText(start: number, quote: FstringQuote, raw: boolean, spec: boolean): void {
    const { q, triple } = quote;
    while (true) {
      if (pos >= src.length) {
        if (spec) throw fieldNeverClosed();
        throw unterminated(start, triple, 'f-string');
      }
      const d = src[pos];
      if (d === '\\') {
        const e = src[pos + 1];
        // A backslash before a brace leaves it a field's (3.12 warns); \N{...} is a name.
        if (e === '{' || e === '}') pos++;
        else if (!raw && e === 'N' && src[pos + 2] === '{') {
          const close = src.indexOf('}', pos);
          pos = close < 0 ? src.length : close + 1;
        } else {
          pos++;
          if (isNewline(src[pos])) skipNewline();
          else if (pos < src.length) pos++;
        }
        continue;
      }
      if (isNewline(d)) {
        if (!triple && !spec) throw unterminated(start, triple, 'f-string');
        skipNewline();
        continue;
      }
      if (d === '{') {
        if (!spec && src[pos + 1] === '{') pos += 2;
        else field(start, quote, raw);
        continue;
      }
      if (d === '}') {
        if (spec) return;
        // A single `}` is the parser's error (strings.ts).
        pos += src[pos + 1] === '}' ? 2 : 1;
        continue;
      }
      if (triple ? src.startsWith(q.repeat(3), pos) : d === q) {
        if (spec) throw err('SyntaxError', "f-string: expecting '}', or format specs", pos, false);
        pos += triple ? 3 : 1;
        return;
      }
      pos++;
    }
  }

  /** A replacement field from its `{` (pos) past its `}`: an expression, a conversion, a spec. */
  function field(start: number, quote: FstringQuote, raw: boolean): void {
    const depth = brackets.length;
    brackets.push({ char: '{', at: pos, line });
    pos++;
    while (true) {
      if (pos >= src.length) throw fieldNeverClosed();
      const c = src[pos];
      const begin = pos;
      if (c === ' ' || c === '\t' || c === '\f') pos++;
      else if (isNewline(c)) skipNewline();
      else if (c === '#') while (pos < src.length && !isNewline(src[pos])) pos++;
      else if (c === '\\') {
        if (!isNewline(src[pos + 1])) throw err('SyntaxError', 'unexpected character after line continuation character', pos + 1);
        pos++;
        skipNewline();
      } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[pos + 1] ?? '') && !/[\p{L}\p{N}_]/u.test(src[pos - 1]))) {
        number(begin);
      } else if (/[\p{L}\p{N}_]/u.test(c)) {
        while (pos < src.length && /[\p{L}\p{N}\p{M}_]/u.test(src[pos])) pos++;
        const word = src.slice(begin, pos).toLowerCase();
        if ((src[pos] === '"' || src[pos] === "'") && STRING_PREFIXES.has(word)) {
          if (word.includes('f')) fstring(begin);
          else scanString(begin, quote);
        }
      } else if (c === '"' || c === "'") scanString(begin, quote);
      else if (c === '(' || c === '[' || c === '{') {
        brackets.push({ char: c, at: pos, line });
        pos++;
      } else if (c === ')' || c === ']' || c === '}') {
        if (brackets.length === depth + 1) {
          if (c !== '}') throw err('SyntaxError', `f-string: unmatched '${c}'`, pos);
          brackets.pop();
          pos++;
          return;
        }
        const open = brackets.pop()!;
        if (open.char !== CLOSERS[c]) throw mismatched(c, open, pos);
        pos++;
      } else if (c === ':' && brackets.length === depth + 1) {
        pos++;
        fstringText(start, quote, raw, true);
        brackets.pop();
        pos++;
        return;
      } else pos++;
    }
  }

  /** The end of the source inside a replacement field: parse.ts names the innermost open bracket. */
  function fieldNeverClosed(): Fail {
    return err('SyntaxError', 'unexpected EOF while parsing', pos, false, pos, 'eof');
  }

  function mismatched(c: string, open: { char: string; line: number }, at: number): Fail {
    const where = open.line !== line ? ` on line ${open.line}` : '';
    return err('SyntaxError', `closing parenthesis '${c}' does not match opening parenthesis '${open.char}'${where}`, at);
  }

  function readNumber(start: number): void {
    number(start);
    tokens.push({ type: 'NUMBER', text: src.slice(start, pos), from: start, to: pos });
  }

  /** A number from `start` (pos) past its end (numbers.ts). */
  function number(start: number): void {
    const n = scanNumber(src, start, minor);
    if (!n.ok) throw new Fail({ kind: 'SyntaxError', message: n.message, at: n.at, detectedAt: n.at, raises: true, ...(n.end !== undefined ? { end: n.end } : {}) });
    if (n.warning !== null) warnings.push({ message: n.warning, at: start });
    pos = n.end;
  }
}
