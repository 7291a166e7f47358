// 3.12+'s invalid-escape SyntaxWarnings for a script that fails to parse: CPython decodes
// each string literal as it reduces it (memoized, so once), so every literal before where its
// first pass stopped warns, even inside the statement that then fails (whose lowering never
// ran), and those its second pass reads after that point for invalid_expression. 3.11 warns
// likewise about a number glued to a keyword in an f-string's field (fstring_compile_expr).
import { elementStart, endsAtom, expressionEnd, KEYWORDS, lineStart, OPERATOR_WORDS, startsAtom } from './errors';
import type { SyntaxWarningInfo } from './lower-core';
import type { Token } from './tokenizer';

const SOFT_KEYWORDS = new Set(['match', 'case', 'type', '_']);

/**
 * The expression the parser's second pass reads after the token where its first stopped, at
 * `at`: invalid_expression's `!(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid`
 * when an expression (b) follows another (a) with no operator between; null if none. The
 * second pass warns only inside a `_without_invalid` rule (it clears call_invalid_rules).
 */
export function juxtaposed(tokens: readonly Token[], at: number): { from: number; to: number } | null {
  const ts = tokens as Token[];
  let i = ts.findIndex((t) => t.from >= at && t.type !== 'DEDENT' && t.type !== 'INDENT');
  // `a not b`: the first pass stopped after the `not` that wanted an `in`.
  if (ts[i - 1]?.text === 'not' && endsAtom(ts[i - 2])) i--;
  const notIn = ts[i]?.text === 'not' && ts[i + 1]?.text === 'in';
  if (i <= 0 || !endsAtom(ts[i - 1]) || !startsAtom(ts[i]) || (OPERATOR_WORDS.has(ts[i].text) && ts[i].text !== 'not') || notIn) return null;
  const a = elementStart(ts, i - 1, lineStart(ts, i - 1));
  const name = ts[a].type === 'NAME' && !KEYWORDS.has(ts[a].text);
  if (name && (ts[a + 1]?.type === 'STRING' || SOFT_KEYWORDS.has(ts[a].text))) return null;
  return { from: ts[i].from, to: expressionEnd(ts, i, false) };
}

type Parse = (source: string, minor: number, nested: boolean) => { warnings: readonly SyntaxWarningInfo[] };

/**
 * The lowering's warnings before `stop`, and for each string literal before it that the
 * lowering did not reach, the warnings of that literal parsed alone in its place (its
 * offsets and lines kept: the text before it blanked, a `(` opening its line).
 */
export function warningsBefore(src: string, tokens: readonly Token[], stop: number, lowered: readonly SyntaxWarningInfo[], minor: number, parse: Parse, also: { from: number; to: number } | null = null): SyntaxWarningInfo[] {
  const reached = (at: number): boolean => at < stop || (also !== null && at >= also.from && at < also.to);
  const out = lowered.filter((w) => w.at === undefined || reached(w.at));
  if (minor < 11) return out;
  for (const t of tokens) {
    if (t.type !== 'STRING' || !reached(t.from)) continue;
    if (lowered.some((w) => w.at !== undefined && w.at >= t.from && w.at < t.to)) continue;
    const lineFrom = src.lastIndexOf('\n', t.from - 1) + 1;
    const blank = src.slice(0, lineFrom).replace(/[^\n]/g, ' ');
    const lead = t.from > lineFrom ? '(' + ' '.repeat(t.from - lineFrom - 1) : '';
    const alone = blank + lead + t.text + (lead ? ')' : '') + '\n';
    out.push(...parse(alone, minor, true).warnings);
  }
  return out.length > 1 ? out.sort((a, b) => (a.at ?? 0) - (b.at ?? 0)) : out;
}
