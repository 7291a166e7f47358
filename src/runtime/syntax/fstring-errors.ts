// The structural errors of an f-string literal, version by version: before 3.12 its fields
// were cut out of the literal's text (Parser/string_parser.c fstring_find_literal and
// fstring_find_expr; Python/ast.c in 3.8), from 3.12 (PEP 701) they are tokens the grammar
// reads (Grammar/python.gram fstring_replacement_field and its invalid_ rules).
import { Token, tokenize } from './tokenizer';

export interface FstringProblem {
  message: string;
  /** Offset into the literal's text (prefix and quotes included) where 3.12+ report it. */
  offset: number;
  /** Offset of the `{` of the field it is in (its own offset outside fields). */
  field: number;
  /** An error compiling a field's expression (before 3.12 reported inside the literal). */
  compiling?: boolean;
}

class Found {
  constructor(readonly problem: FstringProblem) {}
}

export function splitPrefix(text: string): { prefix: string; quote: number } {
  const m = /^[A-Za-z]*/.exec(text)![0];
  const q = text.slice(m.length);
  const quote = q.startsWith('"""') || q.startsWith("'''") ? 3 : 1;
  return { prefix: m.toLowerCase(), quote };
}

/** The first error in the f-string literal `text` (one STRING token) as 3.`minor` finds it, or null. */
export function fstringProblem(text: string, minor: number): FstringProblem | null {
  try {
    if (minor >= 12) new Modern(text, 0).literal(0);
    else legacy(text, minor);
    return null;
  } catch (e) {
    if (e instanceof Found) return e.problem;
    throw e;
  }
}

/** Before 3.12: fstring_find_literal / fstring_find_expr over the literal's body. */
function legacy(text: string, minor: number): void {
  const { prefix, quote } = splitPrefix(text);
  const raw = prefix.includes('r');
  const base = prefix.length + quote;
  const body = text.slice(base, text.length - quote);
  let i = 0;
  let open = -1;
  const fail = (message: string, compiling = false): never => {
    throw new Found({ message, offset: base + i, field: open < 0 ? base + i : base + open, compiling });
  };
  const literal = (level: number): void => {
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && !raw && body[i + 1] === 'N' && body[i + 2] === '{') {
        // \N{...} names a character; its braces are no field.
        const close = body.indexOf('}', i);
        i = close < 0 ? body.length : close + 1;
      } else if (c === '\\' && body[i + 1] !== '{' && body[i + 1] !== '}') i += 2;
      else if (c === '{' || c === '}') {
        // Doubled braces only at the top level, or f'{0:{3}}' would end in one.
        if (level === 0 && body[i + 1] === c) { i += 2; continue; }
        if (level === 0 && c === '}') fail("f-string: single '}' is not allowed");
        if (c === '}') return;
        field(level);
      } else i++;
    }
  };
  const field = (level: number): void => {
    if (level >= 2) fail('f-string: expressions nested too deeply');
    open = i++;
    const start = i;
    const stack: string[] = [];
    let q = '';
    for (; i < body.length; i++) {
      const ch = body[i];
      if (ch === '\\') fail('f-string expression part cannot include a backslash');
      if (q) {
        if (body.startsWith(q, i)) { i += q.length - 1; q = ''; }
        continue;
      }
      if (ch === "'" || ch === '"') {
        q = body.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
        i += q.length - 1;
      } else if (ch === '(' || ch === '[' || ch === '{') stack.push(ch);
      else if (ch === '#') fail("f-string expression part cannot include '#'");
      else if (stack.length === 0 && '!:}=<>'.includes(ch)) {
        // `!=`, `==`, `<=`, `>=` and lone `<`, `>` belong to the expression.
        if (body[i + 1] === '=' && '!=<>'.includes(ch)) { i++; continue; }
        if (ch === '<' || ch === '>') continue;
        break;
      } else if (ch === ')' || ch === ']' || ch === '}') {
        if (stack.length === 0) fail(`f-string: unmatched '${ch}'`);
        const open = stack.pop()!;
        if ('([{'.indexOf(open) !== ')]}'.indexOf(ch)) fail(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
      }
    }
    if (q) fail('f-string: unterminated string');
    if (stack.length > 0) fail(`f-string: unmatched '${stack[stack.length - 1]}'`);
    if (i >= body.length) fail("f-string: expecting '}'");
    // fstring_compile_expr: the expression is compiled before the conversion and spec are read.
    const expr = body.slice(start, i);
    if (expr.trim() === '') fail(minor === 11 && body[i] !== '}' ? `f-string: expression required before '${body[i]}'` : 'f-string: empty expression not allowed');
    // A lambda's colon starts the spec: `(lambda x)` does not compile.
    if (/^\s*lambda\b/.test(expr) && body[i] === ':') fail(minor === 8 ? 'unexpected EOF while parsing' : 'f-string: invalid syntax', true);
    if (body[i] === '=') {
      i++;
      while (/\s/.test(body[i] ?? '')) i++;
    }
    if (body[i] === '!') {
      i++;
      if (i >= body.length) fail("f-string: expecting '}'");
      const conversion = body[i++];
      if (!'sra'.includes(conversion)) fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    if (i >= body.length) fail("f-string: expecting '}'");
    if (body[i] === ':') {
      i++;
      if (i >= body.length) fail("f-string: expecting '}'");
      literal(level + 1);
    }
    if (i >= body.length || body[i] !== '}') fail("f-string: expecting '}'");
    i++;
  };
  literal(0);
}

/**
 * The offset after the string literal (any prefix, any quotes) whose quote is at `j` in
 * `t`, nested f-strings read as 3.12 does; a nested f-string is checked too when `check`.
 */
function stringEnd(t: string, j: number, check = false): number {
  let from = j;
  while (from > 0 && /[A-Za-z]/.test(t[from - 1])) from--;
  if (/f/i.test(t.slice(from, j))) {
    const inner = new Modern(t, from);
    if (check) inner.literal(0);
    return inner.end + (t.startsWith(t[j].repeat(3), j) ? 3 : 1);
  }
  const q = t.startsWith(t[j].repeat(3), j) ? t[j].repeat(3) : t[j];
  let k = j + q.length;
  while (k < t.length && !t.startsWith(q, k)) k += t[k] === '\\' ? 2 : 1;
  return k + q.length;
}

/**
 * A 3.12+ replacement field's text without its comments, as `{expr=}` shows it: each `#`
 * outside strings up to its line's end goes (the field text Parser/tokenizer.c keeps for it).
 */
export function withoutComments(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'" || c === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end - 1;
    } else if (c === '#') {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else out += c;
  }
  return out;
}

/**
 * 3.12+: the grammar's f-string errors, at their tokens. The tokenizer (tokenizer.ts) has
 * already matched the brackets and ended every string; an error in an expression itself is
 * lezer's to find.
 */
class Modern {
  private i: number;
  private readonly raw: boolean;
  readonly end: number;

  /** The f-string literal starting at `from` in `text`. */
  constructor(private readonly text: string, from: number) {
    const { prefix, quote } = splitPrefix(text.slice(from));
    this.raw = prefix.includes('r');
    const q = text[from + prefix.length].repeat(quote);
    this.i = from + prefix.length + quote;
    this.end = this.closing(q);
  }

  /** Where the literal's closing quote `q` is: the first one outside its fields. */
  private closing(q: string): number {
    const save = this.i;
    const t = this.text;
    let depth = 0;
    let j = this.i;
    while (j < t.length) {
      if (depth === 0 && t.startsWith(q, j)) break;
      const c = t[j];
      if (c === '\\') j += 2;
      else if (depth > 0 && (c === "'" || c === '"')) j = this.skipString(j);
      else if (c === '{') { depth++; j++; }
      else if (c === '}') { depth = Math.max(0, depth - 1); j++; }
      else j++;
    }
    this.i = save;
    return j;
  }

  /**
   * The offset after the string literal (any prefix, any quotes) whose quote is at `j`; a
   * nested f-string is checked too when `check`.
   */
  private skipString(j: number, check = false): number {
    return stringEnd(this.text, j, check);
  }

  private open = -1;

  private fail(message: string, at = this.i): never {
    throw new Found({ message, offset: at, field: this.open < 0 ? at : this.open });
  }

  literal(level: number): void {
    const t = this.text;
    while (this.i < this.end) {
      const c = t[this.i];
      if (c === '\\') {
        const e = t[this.i + 1];
        // A backslash before a brace leaves it a field's (3.12 warns); \N{...} names a character.
        if (e === '{' || e === '}') this.i++;
        else if (!this.raw && e === 'N' && t[this.i + 2] === '{') this.i = t.indexOf('}', this.i) + 1;
        else this.i += 2;
      } else if (c === '{') {
        if (t[this.i + 1] === '{') this.i += 2;
        else this.field(level);
      } else if (c === '}') {
        if (level > 0) return;
        if (t[this.i + 1] !== '}') this.fail("f-string: single '}' is not allowed");
        this.i += 2;
      } else this.i++;
    }
  }

  private skipBlanks(): void {
    while (this.i < this.end) {
      const c = this.text[this.i];
      if (c === '#') while (this.i < this.end && this.text[this.i] !== '\n') this.i++;
      else if (c === '\\' || /\s/.test(c)) this.i++;
      else return;
    }
  }

  private field(level: number): void {
    const t = this.text;
    this.open = this.i++;
    this.skipBlanks();
    const first = t[this.i];
    if ('}!:='.includes(first)) this.fail(`f-string: valid expression required before '${first}'`);
    if (t.startsWith('**', this.i)) this.fail("f-string: expecting a valid expression after '{'");
    if (/^lambda\b/.test(t.slice(this.i, this.i + 7))) this.fail('f-string: lambda expressions are not allowed without parentheses');
    let depth = 0;
    for (; this.i < this.end; this.i++) {
      const c = t[this.i];
      if (c === "'" || c === '"') { this.i = this.skipString(this.i, true) - 1; continue; }
      if (c === '#') { while (t[this.i + 1] !== '\n' && this.i < this.end) this.i++; continue; }
      if ('([{'.includes(c)) depth++;
      else if (depth > 0 && ')]}'.includes(c)) depth--;
      else if (depth === 0 && (c === '}' || c === ':')) break;
      else if (depth === 0 && (c === '!' || c === '=' || c === '<' || c === '>')) {
        if (t[this.i + 1] === '=') { this.i++; continue; }
        if (c === '!' || c === '=') break;
      }
    }
    if (t[this.i] === '=') {
      this.i++;
      this.skipBlanks();
      if (!'!:}'.includes(t[this.i])) this.fail("f-string: expecting '!', or ':', or '}'");
    }
    if (t[this.i] === '!') {
      const bang = this.i++;
      const name = /^[\p{L}\p{N}_]+/u.exec(t.slice(this.i))?.[0];
      if (name === undefined) {
        if (/\s/.test(t[this.i])) this.fail('f-string: conversion type must come right after the exclamanation mark', bang);
        this.fail('f-string: missing conversion character');
      }
      if (name !== 's' && name !== 'r' && name !== 'a') this.fail(`f-string: invalid conversion character '${name}': expected 's', 'r', or 'a'`);
      this.i += name.length;
      this.skipBlanks();
      if (t[this.i] !== ':' && t[this.i] !== '}') this.fail("f-string: expecting ':' or '}'");
    }
    if (t[this.i] === ':') {
      this.i++;
      this.literal(level + 1);
    }
    this.i++;
  }
}

/**
 * Where the expression of the replacement field whose `{` is at `open` in `src` ends: the
 * first `!`, `:`, `=` or `}` outside brackets and strings that no operator takes
 * (`!=`, `==`, `<=`, `>=`), as fstring_find_expr and 3.12's tokens have it.
 */
export function fieldExpressionEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open + 1; i < src.length; i++) {
    const c = src[i];
    if (c === "'" || c === '"') {
      const q = src.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      i += q.length;
      while (i < src.length && !src.startsWith(q, i)) i += src[i] === '\\' ? 2 : 1;
      i += q.length - 1;
    } else if ('([{'.includes(c)) depth++;
    else if (depth > 0 && ')]}'.includes(c)) depth--;
    else if (depth === 0 && '!:=}<>'.includes(c)) {
      if (src[i + 1] === '=' && c !== ':' && c !== '}') { i++; continue; }
      if (c !== '<' && c !== '>') return i;
    }
  }
  return src.length;
}

/**
 * A character no token may be in an f-string field's expression (`f"{€}"`), which lezer reads
 * as part of a name: the tokenizer's error, at `at` in the source. Before 3.12 the field is
 * tokenized alone as `(expr)` when the literal is parsed (fstring_compile_expr); 3.12+
 * tokenize fields in place (PEP 701).
 */
export function fieldCharacterError(tokens: readonly Token[], src: string, minor: number): { message: string; at: number; literal: number; field: { from: number; to: number } } | null {
  for (const t of tokens) {
    if (t.type !== 'STRING' || !/^[a-eg-zA-EG-Z]*[fF]/.test(t.text) || /^[\x00-\x7f]*$/.test(t.text)) continue;
    const { prefix, quote } = splitPrefix(t.text);
    for (let i = t.from + prefix.length + quote; i < t.to - quote; i++) {
      if (src[i] !== '{') continue;
      if (src[i + 1] === '{') { i++; continue; }
      const end = Math.min(fieldExpressionEnd(src, i), t.to - quote);
      const e = tokenize(`(${src.slice(i + 1, end)})`, minor).error;
      if (e && /^invalid (non-printable )?character/.test(e.message)) return { message: e.message, at: i + e.at, literal: t.from, field: { from: i, to: end } };
    }
  }
  return null;
}
