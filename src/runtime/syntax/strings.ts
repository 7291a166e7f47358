// String literals: escape decoding (Objects/unicodeobject.c, bytesobject.c), raw and
// bytes forms, f-strings, and implicit concatenation of adjacent literals into one
// Constant or JoinedStr (Parser/string_parser.c, 3.11 shapes and locations).
import type { SyntaxNode } from '@lezer/common';
import type { Constant, Expr, FormattedValue, JoinedStr, Loc } from './ast';
import { SyntaxIssue } from './issues';
import { fieldExpressionEnd, splitPrefix, withoutComments } from './fstring-errors';
import { tokenize } from './tokenizer';
import { lookupCharacterName } from './unicode-names';

/** What the string lowering needs from the expression lowering. */
export interface StringHost {
  readonly src: string;
  /** The modeled 3.minor. */
  readonly minor: number;
  loc(from: number, to: number): Loc;
  lineShift: number;
  children(node: SyntaxNode): SyntaxNode[];
  lowerExpr(node: SyntaxNode): Expr;
  lowerExprList(nodes: SyntaxNode[]): Expr;
  /** A SyntaxWarning about the source at offset `at` (`again`: see SyntaxWarningInfo). */
  warn(message: string, at: number, again?: boolean): void;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

function unicodeError(kind: string, detail: string, at: number): SyntaxIssue {
  return new SyntaxIssue('SyntaxError', `(${kind} error) '${kind}escape' codec can't decode bytes in position ${detail}`, at);
}

/**
 * Decodes a literal's body (a piece of an f-string's text, starting at offset `from`). For
 * bytes the result holds one char per byte (code <= 255). In f-string text, `{{` and `}}`
 * stand for single braces and a lone `}` is an error.
 */
export function decodeBody(body: string, raw: boolean, bytes: boolean, fstring: boolean, at: number, host: StringHost, from: number): string {
  const minor = host.minor;
  // 3.12+ (Parser/string_parser.c warn_invalid_escape_sequence): a SyntaxWarning for the
  // first invalid escape of the piece; before, a DeprecationWarning no one is shown.
  let warned = minor < 12;
  const invalid = (message: string): void => {
    if (warned) return;
    warned = true;
    host.warn(message, from);
  };
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (fstring && (c === '{' || c === '}')) {
      if (body[i + 1] === c) { out += c; i++; continue; }
      throw new SyntaxIssue('SyntaxError', c === '}' ? "f-string: single '}' is not allowed" : "f-string: expecting '}'", at);
    }
    if (c !== '\\' || raw) { out += c; continue; }
    const e = body[i + 1];
    if (e === undefined) { out += '\\'; continue; }
    if (e in SIMPLE_ESCAPES) { out += SIMPLE_ESCAPES[e]; i++; continue; }
    if (e >= '0' && e <= '7') {
      const m = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      if (parseInt(m, 8) > 0o377) invalid(`invalid octal escape sequence '\\${m}'`);
      out += String.fromCharCode(parseInt(m, 8) & (bytes ? 0xff : 0x1ff));
      i += m.length;
      continue;
    }
    const width = e === 'x' ? 2 : !bytes && e === 'u' ? 4 : !bytes && e === 'U' ? 8 : 0;
    if (width > 0) {
      const hex = body.slice(i + 2, i + 2 + width);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length < width) {
        if (bytes) throw new SyntaxIssue('SyntaxError', `(value error) invalid \\x escape at position ${i}`, at);
        throw unicodeError('unicode', `${i}-${i + 1 + hex.replace(/[^0-9a-fA-F].*$/, '').length}: truncated \\${e}${'X'.repeat(width)} escape`, at);
      }
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) throw unicodeError('unicode', `${i}-${i + 1 + width}: illegal Unicode character`, at);
      out += String.fromCodePoint(cp);
      i += 1 + width;
      continue;
    }
    if (!bytes && e === 'N') {
      // unicode_decode_unicode_escape: the error's range ends before where the scan stopped.
      const close = body[i + 2] === '{' ? body.indexOf('}', i + 3) : -1;
      if (close < 0 || close === i + 3) {
        const stop = body[i + 2] !== '{' ? i + 2 : close < 0 ? body.length : close;
        throw unicodeError('unicode', `${i}-${stop - 1}: malformed \\N character escape`, at);
      }
      const cp = lookupCharacterName(body.slice(i + 3, close), minor);
      if (cp === undefined) throw unicodeError('unicode', `${i}-${close}: unknown Unicode character name`, at);
      out += String.fromCodePoint(cp);
      i = close;
      continue;
    }
    // Unknown escapes keep their backslash.
    invalid(`invalid escape sequence '\\${String.fromCodePoint(body.codePointAt(i + 1)!)}'`);
    out += '\\';
  }
  return out;
}

/** Literal text, where it is written (3.12+ keep each piece's location; before, the whole literal's). */
interface Text {
  readonly text: string;
  readonly loc: Loc;
}

type Part = Text | FormattedValue;

interface LiteralParts {
  /** Literal text and formatted values, in order. */
  parts: Part[];
  bytes: boolean;
  fstring: boolean;
}

/** One String or FormatString node, split into literal text and replacement fields; `first` is the literal's first token. */
/**
 * Where the token after a run of adjacent literals starts (on its line: a comment or the line's
 * end stands for the NEWLINE): 3.9-3.11's RAISE_SYNTAX_ERROR in the literals' action names the
 * last token the parser read, that lookahead.
 */
function lookahead(src: string, from: number): number {
  let i = from;
  for (;;) {
    while (i < src.length && ' \t\f'.includes(src[i])) i++;
    if (src[i] === '\\' && src[i + 1] === '\n') i += 2;
    else break;
  }
  if (src[i] === '#') while (i < src.length && src[i] !== '\n') i++;
  return i;
}

function literalParts(host: StringHost, node: SyntaxNode, whole: Loc, first: SyntaxNode, runEnd: number): LiteralParts {
  const text = host.src.slice(node.from, node.to);
  const { prefix, quote } = splitPrefix(text);
  const raw = prefix.includes('r');
  const bytes = prefix.includes('b');
  const fstring = node.name === 'FormatString';
  const bodyFrom = node.from + prefix.length + quote;
  const bodyTo = node.to - quote;
  if (bytes && /[^\0-\x7f]/.test(host.src.slice(bodyFrom, bodyTo))) {
    // string_parser.c parsestr looks for them before any escape; 3.9/3.10's RAISE_SYNTAX_ERROR
    // names the literal's end (the last token read), the others its start.
    const m = host.minor;
    const next = m === 9 || m === 10 ? lookahead(host.src, runEnd) : null;
    throw new SyntaxIssue('SyntaxError', `bytes can only contain ASCII literal characters${m <= 9 ? '.' : ''}`, next ?? node.from);
  }
  // An escape's error: 3.9-3.11 name the lookahead token, 3.8 and 3.12+ the literal.
  const errorAt = host.minor >= 9 && host.minor <= 11 ? lookahead(host.src, runEnd) : node.from;
  if (!fstring) return { parts: [{ text: decodeBody(host.src.slice(bodyFrom, bodyTo), raw, bytes, false, errorAt, host, bodyFrom), loc: placed(host, whole, node.from, node.to) }], bytes, fstring };
  const parts: Part[] = [];
  let cursor = bodyFrom;
  for (const child of host.children(node)) {
    if (child.name !== 'FormatReplacement') continue;
    parts.push({ text: decodeBody(host.src.slice(cursor, child.from), raw, false, true, node.from, host, cursor), loc: placed(host, whole, cursor, child.from) });
    parts.push(...replacement(host, child, whole, raw, first));
    cursor = child.to;
  }
  parts.push({ text: decodeBody(host.src.slice(cursor, bodyTo), raw, false, true, node.from, host, cursor), loc: placed(host, whole, cursor, bodyTo) });
  return { parts, bytes, fstring };
}

/** `{expr=!r:spec}`: the FormattedValue, preceded by the `expr=` text when self-documenting. */
function replacement(host: StringHost, node: SyntaxNode, whole: Loc, raw: boolean, first: SyntaxNode): Part[] {
  // Before 3.12 fstring_compile_expr tokenizes the field's `(expr)` as it reduces the literal:
  // its numbers' errors (parse.ts prints that text), and 3.11's warnings.
  if (host.minor <= 11) {
    const exprEnd = fieldExpressionEnd(host.src, node.from);
    const alone = tokenize(`(${host.src.slice(node.from + 1, exprEnd)})`, host.minor);
    const e = alone.error;
    if (e?.raises && /^(invalid \w+ literal|invalid digit|leading zeros)/.test(e.message)) {
      const issue = new SyntaxIssue('SyntaxError', e.message, node.from + e.at, false, false, e.end !== undefined ? node.from + e.end : null);
      issue.field = { from: node.from, to: exprEnd };
      throw issue;
    }
    if (host.minor === 11) for (const w of alone.warnings) host.warn(w.message, node.from + w.at, true);
  }
  const kids = host.children(node);
  const exprs = kids.filter((k) => k.name !== '{' && k.name !== '}' && k.name !== 'FormatSelfDoc' && k.name !== 'FormatConversion' && k.name !== 'FormatSpec');
  if (exprs.length === 0) throw new SyntaxIssue('SyntaxError', "f-string: empty expression not allowed", node.from);
  // `{a, b}` and `{*a,}` format a tuple (fstring_compile_expr parses the field as an expression list).
  // 3.9-3.11 compiled a field's expression alone, where a lone star is the parser's error.
  if (exprs.length === 2 && exprs[0].name === '*' && host.minor >= 9 && host.minor <= 11) {
    throw new SyntaxIssue('SyntaxError', `f-string: ${host.minor === 9 ? "can't" : 'cannot'} use starred expression here`, exprs[0].from);
  }
  const selfDoc = kids.find((k) => k.name === 'FormatSelfDoc');
  const conv = kids.find((k) => k.name === 'FormatConversion');
  const specNode = kids.find((k) => k.name === 'FormatSpec');
  const saved = host.lineShift;
  if (host.minor === 8) host.lineShift = legacyFieldLine(host, node, whole, first, Math.min(...[selfDoc, conv, specNode].map((k) => k?.from ?? node.to - 1)));
  let value = exprs.length > 1 || exprs[0].name === '*' ? host.lowerExprList(exprs) : host.lowerExpr(exprs[0]);
  host.lineShift = saved;
  if (value.kind === 'Tuple' && exprs.length > 1 && host.minor <= 11) {
    // fstring_compile_expr parsed `(expr)` made of the field's `{` and the character after it.
    value = { ...value, ...host.loc(node.from, fieldExpressionEnd(host.src, node.from) + 1) };
  }
  let conversion: FormattedValue['conversion'] = -1;
  if (conv) conversion = ({ s: 115, r: 114, a: 97 } as const)[host.src[conv.to - 1] as 's' | 'r' | 'a'];
  else if (selfDoc && !specNode) conversion = 114;
  let formatSpec: JoinedStr | null = null;
  if (specNode) {
    const specParts: Part[] = [];
    let cursor = specNode.from + 1;
    for (const child of host.children(specNode)) {
      if (child.name !== 'FormatReplacement') continue;
      specParts.push({ text: decodeBody(host.src.slice(cursor, child.from), raw, false, false, specNode.from, host, cursor), loc: placed(host, whole, cursor, child.from) });
      specParts.push(...replacement(host, child, whole, raw, first));
      cursor = child.to;
    }
    const tail = decodeBody(host.src.slice(cursor, specNode.to), raw, false, false, specNode.from, host, cursor);
    specParts.push({ text: tail, loc: placed(host, whole, cursor, specNode.to) });
    const specLoc = placed(host, whole, specNode.from, specNode.to);
    const values = joinParts(specParts);
    // 3.12.1 keeps the empty text after a spec's last field (`{v:{w}}`), which 3.13 drops.
    if (host.minor === 12 && tail === '' && values[values.length - 1]?.kind === 'FormattedValue') values.push({ kind: 'Constant', value: '', ...specLoc });
    formatSpec = { kind: 'JoinedStr', values, ...specLoc };
  }
  const fieldLoc = placed(host, whole, node.from, node.to);
  const fv: FormattedValue = { kind: 'FormattedValue', value, conversion, formatSpec, ...fieldLoc };
  if (!selfDoc) return [fv];
  const text = host.src.slice(node.from + 1, (conv ?? specNode)?.from ?? node.to - 1);
  return [{ text: host.minor >= 12 ? withoutComments(text) : text, loc: fieldLoc }, fv];
}

/**
 * Where a piece of an f-string is: 3.12+ keep each token's and field's own location
 * (Parser/action_helpers.c _PyPegen_joined_str, _PyPegen_formatted_value), so its
 * instructions run on the line it is written on; before, every piece has the literal's.
 */
function placed(host: StringHost, whole: Loc, from: number, to: number): Loc {
  return host.minor >= 12 ? host.loc(from, to) : whole;
}

/**
 * 3.8 Python/ast.c fstring_fix_node_location: a field's expression is placed on the literal's
 * first line plus the newlines before `{expr}` (the field's text up to its `!`, `:`, `=` or
 * `}`) where it first occurs in the literal's first token, or none where it does not occur
 * there (a field continued in a later token, or one with a conversion or a spec). The shift
 * from the lines the expression is written on.
 */
function legacyFieldLine(host: StringHost, field: SyntaxNode, whole: Loc, first: SyntaxNode, exprEnd: number): number {
  const token = host.src.slice(first.from, first.to);
  const at = token.indexOf('{' + host.src.slice(field.from + 1, exprEnd) + '}');
  const newlines = at < 0 ? 0 : token.slice(0, at).split('\n').length - 1;
  return whole.line + newlines - (host.loc(field.from + 1, field.from + 1).line - host.lineShift);
}

/**
 * Merges adjacent literal text, from the first piece's start to the last one's end
 * (_PyPegen_concatenate_strings), and drops empty text (3.12+: before the merge).
 */
function joinParts(parts: Part[]): (Constant | FormattedValue)[] {
  const out: (Constant | FormattedValue)[] = [];
  let run: Text[] = [];
  const flush = (): void => {
    if (run.length > 0) {
      const [a, b] = [run[0].loc, run[run.length - 1].loc];
      out.push({ kind: 'Constant', value: run.map((t) => t.text).join(''), line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol });
    }
    run = [];
  };
  for (const p of parts) {
    if (!('text' in p)) {
      flush();
      out.push(p);
    } else if (p.text !== '') run.push(p);
  }
  flush();
  return out;
}

/** A String, FormatString or ContinuedString node as a Constant or JoinedStr. */
export function lowerStrings(host: StringHost, node: SyntaxNode): Constant | JoinedStr {
  const pieces = node.name === 'ContinuedString' ? host.children(node) : [node];
  const whole = host.loc(node.from, node.to);
  const lits = pieces.map((p) => literalParts(host, p, whole, pieces[0], node.to));
  const bytes = lits[0].bytes;
  if (lits.some((l) => l.bytes !== bytes)) {
    throw new SyntaxIssue('SyntaxError', 'cannot mix bytes and nonbytes literals', node.from);
  }
  const parts = lits.flatMap((l) => l.parts);
  if (lits.some((l) => l.fstring)) return { kind: 'JoinedStr', values: joinParts(parts), ...whole };
  const text = parts.map((p) => (p as Text).text).join('');
  if (!bytes) return { kind: 'Constant', value: text, ...whole };
  const arr = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) arr[i] = text.charCodeAt(i);
  const onePiece = lits.filter((l) => l.parts.some((q) => (q as Text).text !== '')).length === 1;
  return { kind: 'Constant', value: onePiece ? { type: 'bytes', bytes: arr, onePiece } : { type: 'bytes', bytes: arr }, ...whole };
}
