// Finds CPython's words and place for a syntax error. lezer only says where it got
// stuck; these rules look at the CPython-style token stream around that place and
// apply the most common of CPython 3.11's invalid_* grammar rules.
import { invalidNamedExpression } from './errors-named';
import { SyntaxIssue } from './issues';
import type { Token } from './tokenizer';

export const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** What CPython's "expected an indented block after …" calls each block opener. */
const BLOCK_NAMES: Record<string, string> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", for: "'for' statement",
  while: "'while' statement", with: "'with' statement", try: "'try' statement", except: "'except' statement",
  finally: "'finally' statement", def: 'function definition', class: 'class definition',
};

/** Index of the first token of the logical line holding token i. */
export function lineStart(tokens: Token[], i: number): number {
  let j = Math.min(i, tokens.length - 1);
  while (j > 0 && !['NEWLINE', 'INDENT', 'DEDENT'].includes(tokens[j - 1].type)) j--;
  return j;
}

/**
 * Block structure errors the parser reports before anything lezer notices:
 * an INDENT where no block opens, and a block opener with no INDENT after it.
 */
export function structuralIssue(tokens: Token[], src: string, lineOf: (offset: number) => number): SyntaxIssue | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'INDENT') {
      const prev = tokens[i - 2];
      if (!(tokens[i - 1]?.type === 'NEWLINE' && prev?.type === 'OP' && prev.text === ':')) {
        return new SyntaxIssue('IndentationError', 'unexpected indent', tokens[i + 1]?.from ?? t.to);
      }
    }
    if (t.type === 'NEWLINE' && tokens[i - 1]?.type === 'OP' && tokens[i - 1].text === ':' && tokens[i + 1]?.type !== 'INDENT') {
      let s = lineStart(tokens, i);
      if (tokens[s].text === '@') continue;
      const opener = tokens[s].text;
      let name = BLOCK_NAMES[opener];
      if (opener === 'async') name = BLOCK_NAMES[tokens[s + 1]?.text ?? ''];
      // `lambda:` or a dict display cannot end a line outside brackets; treat as generic.
      if (!name) continue;
      while (s < i && tokens[s].text !== opener) s++;
      const next = tokens[i + 1];
      // At the end of input CPython points at the last line, counting a trailing blank one.
      const eof = src.endsWith('\n') ? src.length - 1 : src.length;
      const atEnd = !next || next.type === 'ENDMARKER' || (next.type === 'DEDENT' && next.from >= src.length);
      return new SyntaxIssue('IndentationError', `expected an indented block after ${name} on line ${lineOf(tokens[s].from)}`, atEnd ? eof : next.from, false, atEnd);
    }
  }
  return null;
}

export function endsAtom(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.type === 'NAME') return !KEYWORDS.has(t.text) || t.text === 'True' || t.text === 'False' || t.text === 'None';
  if (t.type === 'NUMBER' || t.type === 'STRING') return true;
  return t.type === 'OP' && (t.text === ')' || t.text === ']' || t.text === '}' || t.text === '...');
}

export function startsAtom(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.type === 'NAME') return !KEYWORDS.has(t.text) || ['True', 'False', 'None', 'lambda', 'not', 'await'].includes(t.text);
  if (t.type === 'NUMBER' || t.type === 'STRING') return true;
  return t.type === 'OP' && ['(', '[', '{', '~', '...'].includes(t.text);
}

/**
 * Where the primary starting at token i ends (its atom and trailers: `.name`, calls,
 * subscripts): the end of the expression 3.10+ underline after a missing comma.
 */
function primaryEnd(tokens: Token[], i: number): number {
  let j = i;
  const close = (k: number): number => {
    let depth = 0;
    for (; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.type !== 'OP') continue;
      if ('([{'.includes(t.text)) depth++;
      else if (')]}'.includes(t.text) && --depth === 0) return k;
    }
    return tokens.length - 1;
  };
  if (tokens[j].type === 'OP' && '([{'.includes(tokens[j].text)) j = close(j);
  // Adjacent string literals are one atom.
  while (tokens[j].type === 'STRING' && tokens[j + 1]?.type === 'STRING') j++;
  for (;;) {
    const n = tokens[j + 1];
    if (n?.type === 'OP' && n.text === '.' && tokens[j + 2]?.type === 'NAME') j += 2;
    else if (n?.type === 'OP' && (n.text === '(' || n.text === '[')) j = close(j + 1);
    else return tokens[j].to;
  }
}

const ENDS_EXPRESSION = new Set([')', ']', '}', '=', ':=', ';', '->', 'for', 'async', '+=', '-=', '*=', '/=', '//=', '%=', '@=', '&=', '|=', '^=', '>>=', '<<=', '**=']);
export const OPERATOR_WORDS = new Set(['if', 'else', 'and', 'or', 'not', 'in', 'is']);

/**
 * Where the expression starting at token i ends (an offset), read as the parser would: up to a
 * token that cannot go on at depth 0, or to an atom that follows another; with `commas`, a
 * comma-separated run of them (star_expressions).
 */
export function expressionEnd(tokens: Token[], i: number, commas: boolean): number {
  let k = i;
  let depth = 0;
  let lambdas = 0;
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type === 'NEWLINE' || t.type === 'ENDMARKER') break;
    if (t.type === 'OP' && '([{'.includes(t.text)) depth++;
    else if (t.type === 'OP' && ')]}'.includes(t.text) && depth > 0) depth--;
    else if (depth > 0) continue;
    else if (t.text === 'lambda' && t.type === 'NAME') lambdas++;
    else if (t.text === ':' && t.type === 'OP' && lambdas > 0) lambdas--;
    else if (ENDS_EXPRESSION.has(t.text) || t.text === ':' || (t.text === ',' && !commas)) break;
    else if (k > i && endsAtom(tokens[k - 1]) && startsAtom(t) && !OPERATOR_WORDS.has(t.text) && !(t.type === 'STRING' && tokens[k - 1].type === 'STRING')) break;
  }
  // An operator left without its right side is not part of it.
  while (k - 1 > i && !endsAtom(tokens[k - 1]) && !(commas && tokens[k - 1].text === ',') && (tokens[k - 1].type === 'OP' || OPERATOR_WORDS.has(tokens[k - 1].text))) k--;
  return tokens[k - 1].to;
}

/** Where the element holding token i starts: after the last ',' '=' ':' or opening bracket at its depth. */
/**
 * 3.10+ invalid_double_starred_kvpairs / invalid_kvpair: in a dict display (its first item a
 * `key: value` or `**mapping`), an item with no ':' that ends where the display goes on or
 * closes is reported at its last character: "':' expected after dictionary key".
 */
function missingDictColon(tokens: Token[], stack: number[], i: number): SyntaxIssue | null {
  const open = stack[stack.length - 1];
  if (open === undefined || tokens[open].text !== '{' || (tokens[i].text !== '}' && tokens[i].text !== ',')) return null;
  const items: [number, number][] = [];
  let from = open + 1;
  for (let j = open + 1; j <= i; j++) {
    if (j === i || (tokens[j].text === ',' && depthAt(tokens, open + 1, j) === 0)) {
      items.push([from, j]);
      from = j + 1;
    }
  }
  const colon = ([a, b]: [number, number]): boolean => tokens.slice(a, b).some((t, k) => t.text === ':' && depthAt(tokens, a, a + k) === 0);
  const [firstItem, last] = [items[0], items[items.length - 1]];
  if (items.length < 2 || last[1] <= last[0] || colon(last) || tokens[last[0]].text === '**') return null;
  if (!(colon(firstItem) || tokens[firstItem[0]].text === '**')) return null;
  return new SyntaxIssue('SyntaxError', "':' expected after dictionary key", tokens[last[1] - 1].to - 1);
}

/** The index of the bracket that closes the one at `open`, or -1. */
function closingOf(tokens: Token[], open: number): number {
  let depth = 0;
  for (let j = open; j < tokens.length; j++) {
    const t = tokens[j].text;
    if (tokens[j].type !== 'OP') continue;
    if (t === '(' || t === '[' || t === '{') depth++;
    else if (t === ')' || t === ']' || t === '}') if (--depth === 0) return j;
  }
  return -1;
}

/** Bracket depth at token `at`, counted from token `from`. */
function depthAt(tokens: Token[], from: number, at: number): number {
  let depth = 0;
  for (let j = from; j < at; j++) {
    if (tokens[j].type !== 'OP') continue;
    if ('([{'.includes(tokens[j].text)) depth++;
    else if (')]}'.includes(tokens[j].text)) depth--;
  }
  return depth;
}

export function elementStart(tokens: Token[], i: number, from: number): number {
  let depth = 0;
  let j = i;
  while (j > from) {
    const t = tokens[j - 1];
    if (t.type === 'OP') {
      if (t.text === ')' || t.text === ']' || t.text === '}') depth++;
      else if (t.text === '(' || t.text === '[' || t.text === '{') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && [',', '=', ':', ':='].includes(t.text)) break;
    } else if (depth === 0 && t.type === 'NAME' && ['for', 'in', 'if', 'else', 'return', 'yield'].includes(t.text)) break;
    j--;
  }
  return j;
}

/**
 * 3.9+'s PEG rules for a starred argument followed by `for` in a call (3.8 says invalid syntax):
 * alone it is invalid_comprehension's `'(' starred_expression for_if_clauses`; after positional
 * arguments _PyPegen_nonparen_genexp_in_call; after `**k` invalid_arguments' `args ',' '*'`.
 */
function starredGenexpArgument(tokens: Token[], open: number, star: number, forAt: number, minor: number): SyntaxIssue | null {
  let depth = 0;
  let elementStart = open + 1;
  let sawKeyword = false;
  let sawDoubleStar = false;
  for (let j = open + 1; j < star; j++) {
    const t = tokens[j];
    if (t.type !== 'OP') continue;
    if ('([{'.includes(t.text)) depth++;
    else if (')]}'.includes(t.text)) depth--;
    else if (depth === 0 && t.text === ',') elementStart = j + 1;
    else if (depth === 0 && t.text === '**' && j === elementStart) sawDoubleStar = true;
    else if (depth === 0 && t.text === '=') sawKeyword = true;
  }
  const at = tokens[star].from;
  // 3.10+ underline the starred element, or the whole generator up to its last clause's end.
  if (star === open + 1) return new SyntaxIssue('SyntaxError', 'iterable unpacking cannot be used in comprehension', at, false, false, primaryEnd(tokens, star + 1));
  if (sawDoubleStar) {
    const message = 'iterable argument unpacking follows keyword argument unpacking';
    // 3.10 underline the arguments before it; 3.13 from the comma to the tokenizer's position
    // (one character short, as lower-expr.ts unpackingRangeEnd says), which is at the `for`.
    if (minor === 10) return new SyntaxIssue('SyntaxError', message, tokens[open + 1].from, false, false, tokens[star - 2].to);
    if (minor >= 13) return new SyntaxIssue('SyntaxError', message, tokens[star - 1].from, false, false, tokens[forAt].to - 1);
    return new SyntaxIssue('SyntaxError', message, at);
  }
  if (sawKeyword) return null;
  let end = star;
  for (let d = 0; end + 1 < tokens.length; end++) {
    const t = tokens[end + 1];
    if (t.type === 'NEWLINE' || (d === 0 && t.type === 'OP' && (t.text === ',' || ')]}'.includes(t.text)))) break;
    if (t.type === 'OP' && '([{'.includes(t.text)) d++;
    else if (t.type === 'OP' && ')]}'.includes(t.text)) d--;
  }
  return new SyntaxIssue('SyntaxError', 'Generator expression must be parenthesized', at, false, false, tokens[end].to);
}

/** The index of the last operator in tokens[from..to) at bracket depth 0 that passes `test`, or -1. */
function lastAtDepthZero(tokens: Token[], from: number, to: number, test: (text: string) => boolean): number {
  let found = -1;
  let depth = 0;
  for (let j = from; j < to; j++) {
    const t = tokens[j];
    if (t.type !== 'OP') continue;
    if ('([{'.includes(t.text)) depth++;
    else if (')]}'.includes(t.text)) depth--;
    else if (depth === 0 && test(t.text)) found = j;
  }
  return found;
}

/** The first token of the simple statement holding token i (s starts its line): after the last `;`, or the `:` of a one-line block. */
function simpleStatementStart(tokens: Token[], s: number, i: number): number {
  const block = tokens[s].text in BLOCK_NAMES;
  return lastAtDepthZero(tokens, s, i, (x) => x === ';' || (x === ':' && block)) + 1 || s;
}

/** `print` or `exec` (_PyPegen_check_legacy_stmt) at token s, then something that starts an expression. */
function isLegacyStatement(tokens: Token[], s: number): boolean {
  const [first, second] = [tokens[s], tokens[s + 1]];
  if (first.type !== 'NAME' || (first.text !== 'print' && first.text !== 'exec') || second?.text === '(') return false;
  return startsAtom(second) || (second?.type === 'OP' && ['-', '+', '~', '*'].includes(second.text));
}

/** CPython's message and place for the spot where lezer could not go on. */
export function diagnose(tokens: Token[], at: number, minor = 11): SyntaxIssue {
  if (tokens.length === 0) return new SyntaxIssue('SyntaxError', 'invalid syntax', at);
  let i = tokens.findIndex((t) => t.to > at || (t.from >= at && t.type !== 'DEDENT'));
  if (i < 0) i = tokens.length - 1;
  // A DEDENT or INDENT sits where the next statement starts.
  while (tokens[i].type === 'DEDENT' && i + 1 < tokens.length) i++;
  const tok = tokens[i];
  const s = lineStart(tokens, i);
  const first = tokens[s];
  // Open brackets between the line start and the error token.
  const stack: number[] = [];
  for (let j = s; j < i; j++) {
    const t = tokens[j];
    if (t.type !== 'OP') continue;
    if (t.text === '(' || t.text === '[' || t.text === '{') stack.push(j);
    else if ((t.text === ')' || t.text === ']' || t.text === '}') && stack.length) stack.pop();
  }
  const prev = tokens[i - 1];
  // 3.11+ function_def_raw: 'def' NAME &&'(' (3.12+ may have type parameters in brackets first);
  // 3.10's forced ':' comes only after the parameters.
  const def = first.text === 'async' && tokens[s + 1]?.text === 'def' ? s + 1 : first.text === 'def' ? s : -1;
  const noParen = def >= 0 && i === def + 2 && tokens[def + 1].type === 'NAME' && tok.text !== '(' && !(minor >= 12 && tok.text === '[');
  if (minor >= 11 && noParen) return new SyntaxIssue('SyntaxError', "expected '('", tok.from);
  if (minor >= 10 && !noParen && stack.length === 0 && tok.type === 'NEWLINE' && first.text in BLOCK_NAMES && lastAtDepthZero(tokens, s, i, (x) => x === ':') < 0) {
    return new SyntaxIssue('SyntaxError', "expected ':'", tok.from);
  }
  if (minor >= 10 && tok.type === 'OP' && tok.text === '=' && stack.length === 0 && ['if', 'elif', 'while'].includes(first.text)) {
    const issue = invalidNamedExpression(tokens, s + 1, i);
    if (issue) return issue;
  }
  // 3.13 invalid_import_from_targets: `from m import` and the line ends.
  if (minor >= 13 && first.text === 'from' && tok.type === 'NEWLINE' && prev?.text === 'import' && stack.length === 0) {
    return new SyntaxIssue('SyntaxError', "Expected one or more names after 'import'", tok.from);
  }
  const dictKey = minor >= 10 ? missingDictColon(tokens, stack, i) : null;
  if (dictKey) return dictKey;
  if (tok.type === 'STRING' && /^[a-eg-z]*f/i.test(tok.text)) {
    const empty = /(^|[^{])\{\s*[}!:=]/.test(tok.text);
    return new SyntaxIssue('SyntaxError', empty ? 'f-string: empty expression not allowed' : 'f-string: invalid syntax', tok.from);
  }
  // invalid_expression's `a=disjunction 'if' b=disjunction !('else'|':')`: whatever token follows.
  if (minor >= 10 && stack.length === 0 && !['if', 'elif', 'while', 'for', 'lambda'].includes(first.text) && !(tok.type === 'NAME' && tok.text === 'else')) {
    const ifAt = tokens.slice(s + 1, i).findIndex((t) => t.type === 'NAME' && t.text === 'if');
    const tail = tokens.slice(s + 1 + ifAt, i);
    if (ifAt >= 0 && tail.length > 1 && !tail.some((t) => t.text === 'else' || t.text === 'lambda' || t.text === 'for')) {
      // invalid_expression: the body through the condition (after a legacy `print`, its argument's).
      let body = elementStart(tokens, s + ifAt, s);
      if (body === s && minor >= 10 && isLegacyStatement(tokens, s) && ifAt > 0) body = s + 1;
      return new SyntaxIssue('SyntaxError', "expected 'else' after 'if' expression", tokens[body].from, false, false, prev.to);
    }
  }
  // 3.8/3.9 fail at the argument of a legacy `print` or `exec` (legacy.ts words it).
  const simple = simpleStatementStart(tokens, s, i);
  // An operator after it continues an expression: `print -1 2` fails at the 2, `print not x` at the x.
  if (minor <= 9 && stack.length === 0 && i > simple && isLegacyStatement(tokens, simple)) {
    const second = tokens[simple + 1];
    let k = simple + 1;
    if (second.text === 'not') k = simple + 2;
    else if (!startsAtom(second)) while (k + 1 < tokens.length && !(endsAtom(tokens[k]) && startsAtom(tokens[k + 1]))) k++;
    return new SyntaxIssue('SyntaxError', 'invalid syntax', tokens[second.text !== 'not' && !startsAtom(second) ? k + 1 : k].from);
  }
  // invalid_legacy_expression (3.10+): `print` or `exec` and what star_expressions reads after
  // it; the first pass stopped at that argument.
  if (minor >= 10 && stack.length === 0 && i > simple && isLegacyStatement(tokens, simple)) {
    const name = tokens[simple].text;
    const message = `Missing parentheses in call to '${name}'. Did you mean ${name}(...)?`;
    return new SyntaxIssue('SyntaxError', message, tokens[simple].from, false, false, expressionEnd(tokens, simple + 1, true), tokens[simple + 1].from);
  }
  if (stack.length > 0) {
    const open = tokens[stack[stack.length - 1]];
    const before = tokens[stack[stack.length - 1] - 1];
    const isParams = open.text === '(' && tokens[stack[stack.length - 1] - 2]?.text === 'def';
    const isCall = open.text === '(' && endsAtom(before) && !isParams;
    if (minor >= 9 && isCall && tok.type === 'NAME' && tok.text === 'for') {
      const star = elementStart(tokens, i, stack[stack.length - 1] + 1);
      if (tokens[star].type === 'OP' && tokens[star].text === '*') {
        const issue = starredGenexpArgument(tokens, stack[stack.length - 1], star, i, minor);
        if (issue) return issue;
      }
    }
    if (minor >= 11 && isParams && tok.type === 'OP' && tok.text === '=') {
      // Grammar/python.gram invalid_star_etc / invalid_kwds (3.11+), not after a star annotation.
      let e = i;
      while (e > stack[stack.length - 1] + 1 && tokens[e - 1].text !== ',') e--;
      const stars = tokens[e].text;
      if ((stars === '*' || stars === '**') && tokens[e + 3]?.text !== '*') {
        return new SyntaxIssue('SyntaxError', `var-${stars === '*' ? 'positional' : 'keyword'} argument cannot have default value`, tok.from);
      }
    }
    const from = elementStart(tokens, i, stack[stack.length - 1] + 1);
    // Displays, groups and subscripts hold named_expressions; a dict's values and slices' later parts do not.
    if (minor >= 10 && tok.type === 'OP' && tok.text === '=' && !isCall && !isParams && tokens[from - 1]?.text !== ':') {
      const issue = invalidNamedExpression(tokens, from, i);
      if (issue) return issue;
    }
    const keywordName = prev?.type === 'NAME' && (tokens[i - 2] === open || tokens[i - 2]?.text === ',');
    // invalid_kwarg: `True=` (3.8's ast.c and 3.10+ name it; 3.9 has only the general message).
    if (tok.type === 'OP' && tok.text === '=' && isCall && keywordName && ['True', 'False', 'None'].includes(prev.text)) {
      const message = minor === 9 ? 'expression cannot contain assignment, perhaps you meant "=="?' : `cannot assign to ${prev.text}`;
      return new SyntaxIssue('SyntaxError', message, prev.from, false, false, minor >= 10 ? tok.to : null);
    }
    if (tok.type === 'OP' && tok.text === '=' && isCall && !keywordName) {
      // 3.10+ RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b): the expression (a group's inside) through the '='.
      let a = elementStart(tokens, i, stack[stack.length - 1] + 1);
      while (minor >= 9 && tokens[a].text === '(' && closingOf(tokens, a) === i - 1 && !tokens.slice(a + 1, i - 1).some((t, k) => t.text === ',' && closingOf(tokens, a) === i - 1 && depthAt(tokens, a + 1, a + 1 + k) === 0)) a++;
      return new SyntaxIssue('SyntaxError', 'expression cannot contain assignment, perhaps you meant "=="?', tokens[a].from, false, false, minor >= 10 ? tok.to : null);
    }
    if (minor >= 10 && !isParams && endsAtom(prev) && startsAtom(tok) && !(prev.type === 'NAME' && tok.type === 'STRING')) {
      const a = elementStart(tokens, i - 1, stack[stack.length - 1] + 1);
      // invalid_expression: from the element before the missing comma through the one after.
      return new SyntaxIssue('SyntaxError', 'invalid syntax. Perhaps you forgot a comma?', tokens[a].from, false, false, primaryEnd(tokens, i));
    }
  }
  // 3.8's offset at the end of a line counts its newline, which print_error_text steps back
  // from where the text's UTF-8 length is that offset.
  return new SyntaxIssue('SyntaxError', 'invalid syntax', tok.from);
}
