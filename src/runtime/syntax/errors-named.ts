// invalid_named_expression (Grammar/python.gram, 3.10+) on the token stream: `if f() = 3:`
// and the like, where lezer only says it stopped at the `=`. Says what CPython's
// _PyPegen_get_expr_name calls the left side, and where its node starts and ends.
import { SyntaxIssue } from './issues';
import type { Token } from './tokenizer';

const NOT_BITWISE_OR = new Set(['<', '>', '==', '>=', '<=', '!=', '<>', ',', ':=', ':', '=', 'in', 'not', 'is', 'and', 'or', 'if', 'else', 'lambda', 'for', 'yield', 'async']);
const BINARY = new Set(['|', '^', '&', '<<', '>>', '+', '-', '*', '/', '//', '%', '@', '**']);

const isOp = (t: Token | undefined, text: string): boolean => t !== undefined && t.type === 'OP' && t.text === text;

/** The index of the bracket closing the one at `open`. */
function closing(tokens: Token[], open: number, end: number): number {
  let depth = 0;
  for (let k = open; k < end; k++) {
    const t = tokens[k];
    if (t.type !== 'OP') continue;
    if ('([{'.includes(t.text)) depth++;
    else if (')]}'.includes(t.text) && --depth === 0) return k;
  }
  return end - 1;
}

/** Tokens from..to split at their depth-0 commas, and whether one is a `for` or a `:` at that depth. */
function inside(tokens: Token[], from: number, to: number): { commas: number; hasFor: boolean; hasColon: boolean; hasYield: boolean } {
  let depth = 0;
  const r = { commas: 0, hasFor: false, hasColon: false, hasYield: false };
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.type === 'OP' && '([{'.includes(t.text)) depth++;
    else if (t.type === 'OP' && ')]}'.includes(t.text)) depth--;
    else if (depth === 0 && isOp(t, ',')) r.commas++;
    else if (depth === 0 && isOp(t, ':')) r.hasColon = true;
    else if (depth === 0 && isOp(t, '**')) r.hasColon = true;
    else if (depth === 0 && t.type === 'NAME' && t.text === 'for') r.hasFor = true;
    else if (depth === 0 && t.type === 'NAME' && t.text === 'yield' && k === from) r.hasYield = true;
  }
  return r;
}

/** What _PyPegen_get_expr_name calls tokens[from..to) read as a bitwise_or, and its node's range; null if they are not one or it is a list, tuple, generator, True, False or None. */
export function bitwiseOrName(tokens: Token[], from: number, to: number): { name: string; from: number; to: number } | null {
  if (from >= to) return null;
  let depth = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.type === 'OP' && '([{'.includes(t.text)) depth++;
    else if (t.type === 'OP' && ')]}'.includes(t.text)) depth--;
    else if (depth === 0 && (t.type === 'OP' || t.type === 'NAME') && NOT_BITWISE_OR.has(t.text)) return null;
    else if (depth === 0 && k > from && t.type === 'OP' && BINARY.has(t.text) && !BINARY.has(tokens[k - 1].text)) {
      return { name: 'expression', from: tokens[from].from, to: tokens[to - 1].to };
    }
  }
  const range = { from: tokens[from].from, to: tokens[to - 1].to };
  const first = tokens[from];
  if (first.type === 'OP' && ['-', '+', '~'].includes(first.text)) return { name: 'expression', ...range };
  if (first.type === 'NAME' && first.text === 'await') return to - from > 1 ? { name: 'await expression', ...range } : null;
  // A primary: its atom, then trailers; the last trailer names it.
  let k = first.type === 'OP' && '([{'.includes(first.text) ? closing(tokens, from, to) : from;
  if (first.type === 'STRING') while (k + 1 < to && tokens[k + 1].type === 'STRING') k++;
  let last: string | null = null;
  while (k + 1 < to) {
    const n = tokens[k + 1];
    if (isOp(n, '.')) { last = 'attribute'; k += 2; } else if (isOp(n, '(') || isOp(n, '[')) { last = n.text === '(' ? 'function call' : 'subscript'; k = closing(tokens, k + 1, to); } else return null;
  }
  if (last) return { name: last, ...range };
  if (first.type === 'NAME') return ['True', 'False', 'None'].includes(first.text) ? null : { name: 'name', ...range };
  if (first.type === 'NUMBER') return { name: 'literal', ...range };
  if (first.type === 'STRING') return { name: /^[a-eg-z]*f/i.test(first.text) ? 'f-string expression' : 'literal', ...range };
  if (isOp(first, '...')) return { name: 'ellipsis', ...range };
  const body = inside(tokens, from + 1, to - 1);
  if (first.text === '(') {
    if (to - from === 2 || body.commas > 0 || body.hasFor) return null;
    if (body.hasYield) return { name: 'yield expression', from: tokens[from + 1].from, to: tokens[to - 2].to };
    // A parenthesized expression is its inner node.
    return bitwiseOrName(tokens, from + 1, to - 1);
  }
  if (first.text === '[') return body.hasFor && body.commas === 0 ? { name: 'list comprehension', ...range } : null;
  if (body.hasFor) return { name: body.hasColon ? 'dict comprehension' : 'set comprehension', ...range };
  return { name: to - from === 2 || body.hasColon ? 'dict literal' : 'set display', ...range };
}

/** The end of the bitwise_or starting at token i (the index after it), or i if none starts there. */
function bitwiseOrEnd(tokens: Token[], i: number): number {
  let depth = 0;
  let k = i;
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type === 'NEWLINE' || t.type === 'ENDMARKER') break;
    if (t.type === 'OP' && '([{'.includes(t.text)) depth++;
    else if (t.type === 'OP' && ')]}'.includes(t.text)) { if (depth-- === 0) break; } else if (depth === 0 && (t.type === 'OP' || t.type === 'NAME') && NOT_BITWISE_OR.has(t.text)) break;
  }
  return k;
}

/**
 * invalid_named_expression for a named_expression (an if, elif or while condition, an element
 * of a display or group) from token `from` to an `=` (token i): `a=NAME '=' b=bitwise_or !('='|':=')` and
 * `!(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')`.
 */
export function invalidNamedExpression(tokens: Token[], from: number, i: number): SyntaxIssue | null {
  const target = bitwiseOrName(tokens, from, i);
  const rhsEnd = bitwiseOrEnd(tokens, i + 1);
  if (!target || rhsEnd === i + 1) return null;
  const after = tokens[rhsEnd];
  if (isOp(after, '=') || isOp(after, ':=')) return null;
  if (i === from + 1 && tokens[from].type === 'NAME') {
    return new SyntaxIssue('SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", target.from, false, false, tokens[rhsEnd - 1].to);
  }
  return new SyntaxIssue('SyntaxError', `cannot assign to ${target.name} here. Maybe you meant '==' instead of '='?`, target.from, false, false, target.to);
}
