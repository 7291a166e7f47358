// Lowers lezer's MatchStatement and its patterns to CPython's Match / match_case /
// Match* nodes (Python/Python.asdl, Grammar/python.gram's patterns), locations included.
import { parser } from '@lezer/python';
import type { SyntaxNode } from '@lezer/common';
import type * as A from './ast';
import { LowerCtx } from './lower-core';
import { lowerExprList, splitCommas } from './lower-expr';

export function lowerMatch(ctx: LowerCtx, node: SyntaxNode, block: (n: SyntaxNode) => A.Stmt[]): A.Match {
  const kids = ctx.children(node, true);
  const bodyAt = kids.findIndex((k) => k.name === 'MatchBody');
  // No body: lezer's error nodes, which come first, say where.
  if (bodyAt < 0) return ctx.fail('invalid syntax', node.to);
  const head = kids.slice(1, bodyAt);
  if (ctx.minor < 10) {
    // Before 3.10 `match x:` is a name followed by another expression: invalid syntax at the
    // subject. Where the subject continues the name (`match (x):`, `match *a, b:`, `match -x:`)
    // the line is an annotated statement with no annotation: invalid syntax at its end.
    const first = head[0] ? ctx.text(head[0])[0] : '';
    const nl = ctx.src.indexOf('\n', kids[bodyAt].from);
    ctx.fail('invalid syntax', '*-+(['.includes(first) && first !== '' ? (nl < 0 ? ctx.src.length : nl) : head[0]?.from ?? node.from);
  }
  const subject = lowerSubject(ctx, head, kids[bodyAt].from);
  const cases: A.MatchCase[] = [];
  for (const c of ctx.children(kids[bodyAt])) {
    if (c.name !== 'MatchClause') continue;
    const ck = ctx.children(c);
    const guardAt = ck.findIndex((k) => k.name === 'Guard');
    const bodyNode = ck[ck.length - 1];
    const pats = ck.slice(1, guardAt >= 0 ? guardAt : ck.length - 1);
    const pattern = topPattern(ctx, pats);
    const guard = guardAt >= 0 ? ctx.lowerExpr(ctx.children(ck[guardAt])[1]) : null;
    cases.push({ kind: 'match_case', pattern, guard, body: block(bodyNode) });
  }
  const last = cases[cases.length - 1].body;
  const end = last[last.length - 1];
  return { kind: 'Match', subject, cases, ...ctx.loc(node.from, node.to), endLine: end.endLine, endCol: end.endCol };
}

/**
 * The subject (Grammar/python.gram subject_expr). lezer reads only one expression after
 * `match`; a larger subject reached it as a name (lezer-rewrites.ts nameMatchSubjects), and
 * where lezer still left error nodes the span too is parsed again alone, at the same
 * offsets, in parentheses. `colon` is the offset of the statement's colon.
 */
function lowerSubject(ctx: LowerCtx, head: SyntaxNode[], colon: number): A.Expr {
  const named = head.length === 1 ? ctx.matchSubjects.get(head[0].from) : undefined;
  const { from, to } = named ?? { from: head[0].from, to: head[head.length - 1].to };
  // A lone starred item and a bare yield are no subject: `match *a:` fails at the colon.
  if (head.length === 2 && head[0].name === '*') ctx.fail('invalid syntax', colon);
  if (/^yield\b/.test(ctx.src.slice(from, to))) ctx.fail('invalid syntax', from);
  if (!named && head.length === 1 && !hasError(head[0])) return ctx.lowerExpr(head[0]);
  return lowerSpan(ctx, from, to);
}

function hasError(node: SyntaxNode): boolean {
  const cur = node.cursor();
  const end = node.to;
  do {
    if (cur.type.isError) return true;
  } while (cur.next() && cur.from < end);
  return false;
}

/**
 * The expression list at src[from, to) parsed again alone, at the same offsets, in
 * parentheses (the characters either side become the brackets, the rest blanks).
 */
export function lowerSpan(ctx: LowerCtx, from: number, to: number): A.Expr {
  const blank = (s: string): string => s.replace(/[^\n]/g, ' ');
  const text = blank(ctx.src.slice(0, from - 1)) + '(' + ctx.src.slice(from, to) + ')' + blank(ctx.src.slice(to + 1));
  const tree = parser.parse(text);
  const cur = tree.topNode.cursor();
  do {
    if (cur.type.isError) ctx.fail('invalid syntax', cur.from);
  } while (cur.next());
  const stmt = tree.topNode.firstChild!;
  const sub = new LowerCtx(text, ctx.map);
  sub.lowerExpr = ctx.lowerExpr;
  sub.lowerExprList = ctx.lowerExprList;
  sub.minor = ctx.minor;
  sub.warnings = ctx.warnings;
  const e = lowerExprList(sub, sub.children(stmt));
  // A tuple made by the added brackets spans the text alone; anything else keeps its place.
  const added = ctx.loc(from - 1, to + 1);
  if (e.line === added.line && e.col === added.col && e.endLine === added.endLine && e.endCol === added.endCol) return { ...e, ...ctx.loc(from, to) };
  return e;
}

function topPattern(ctx: LowerCtx, nodes: SyntaxNode[]): A.Pattern {
  const { groups, commas } = splitCommas(nodes);
  if (commas === 0) return pattern(ctx, nodes[0]);
  const patterns = groups.filter((g) => g.length > 0).map((g) => pattern(ctx, g[0]));
  return { kind: 'MatchSequence', patterns, ...ctx.loc(nodes[0].from, nodes[nodes.length - 1].to) };
}

function pattern(ctx: LowerCtx, node: SyntaxNode): A.Pattern {
  const loc = ctx.loc(node.from, node.to);
  const kids = ctx.children(node, true);
  switch (node.name) {
    case 'CapturePattern': {
      const empty = emptyBrackets(ctx, node, loc);
      if (empty) return empty;
      const name = ctx.text(kids[0]).normalize('NFKC');
      return { kind: 'MatchAs', pattern: null, name: name === '_' ? null : name, ...loc };
    }
    case 'LiteralPattern': {
      const first = kids[0];
      if (first.name === 'None') return { kind: 'MatchSingleton', value: null, ...loc };
      if (first.name === 'Boolean') return { kind: 'MatchSingleton', value: ctx.text(first) === 'True', ...loc };
      return { kind: 'MatchValue', value: literal(ctx, node, kids), ...loc };
    }
    case 'AttributePattern':
      return emptyBrackets(ctx, node, loc) ?? { kind: 'MatchValue', value: dottedName(ctx, node), ...loc };
    case 'StarPattern': {
      const name = ctx.text(kids[1]).normalize('NFKC');
      return { kind: 'MatchStar', name: name === '_' ? null : name, ...loc };
    }
    case 'AsPattern': {
      const name = ctx.text(kids[2]).normalize('NFKC');
      if (name === '_') ctx.fail("cannot use '_' as a target", kids[2].from);
      return { kind: 'MatchAs', pattern: pattern(ctx, kids[0]), name, ...loc };
    }
    case 'OrPattern': {
      const alts = kids.filter((k) => k.name !== 'LogicOp');
      const last = alts[alts.length - 1];
      if (last.name === 'AsPattern') {
        // `a | b as n` is `(a | b) as n`; lezer binds the `as` to the last alternative.
        const lk = ctx.children(last);
        const patterns = [...alts.slice(0, -1).map((k) => pattern(ctx, k)), pattern(ctx, lk[0])];
        const name = ctx.text(lk[2]).normalize('NFKC');
        if (name === '_') ctx.fail("cannot use '_' as a target", lk[2].from);
        const or: A.MatchOr = { kind: 'MatchOr', patterns, ...ctx.loc(node.from, lk[0].to) };
        return { kind: 'MatchAs', pattern: or, name, ...loc };
      }
      return { kind: 'MatchOr', patterns: alts.map((k) => pattern(ctx, k)), ...loc };
    }
    case 'SequencePattern': {
      const inner = elements(kids.slice(1, -1));
      const { groups, commas } = splitCommas(inner);
      // `(p)` is a group, not a one-element sequence.
      if (kids[0].name === '(' && commas === 0 && inner.length === 1) return pattern(ctx, inner[0]);
      const patterns = groups.filter((g) => g.length > 0).map((g) => pattern(ctx, g[0]));
      return { kind: 'MatchSequence', patterns, ...loc };
    }
    case 'MappingPattern': {
      const inner = elements(kids.slice(1, -1));
      const keys: A.Expr[] = [];
      const patterns: A.Pattern[] = [];
      let rest: string | null = null;
      for (const g of splitCommas(inner).groups) {
        if (g.length === 0) continue;
        if (g[0].name === '**') {
          rest = ctx.text(ctx.children(g[1])[0]).normalize('NFKC');
          if (rest === '_') ctx.fail('invalid syntax', g[1].from);
          continue;
        }
        const colon = g.findIndex((x) => x.name === ':');
        if (g[0].name === 'VariableName') {
          // lezer reads no dotted key (`{Color.RED: x}`): the key's text is a dotted name.
          keys.push(dottedText(ctx, g[0].from, ctx.src.slice(g[0].from, g[colon].from).trimEnd()));
          patterns.push(pattern(ctx, g[colon + 1]));
          continue;
        }
        const k = pattern(ctx, g[0]);
        keys.push(k.kind === 'MatchValue' ? k.value : { kind: 'Constant', value: (k as A.MatchSingleton).value, ...ctx.loc(g[0].from, g[0].to) });
        patterns.push(pattern(ctx, g[2]));
      }
      return { kind: 'MatchMapping', keys, patterns, rest, ...loc };
    }
    case 'ClassPattern': {
      const cls = kids[0].name === 'AttributePattern' ? dottedName(ctx, kids[0]) : ctx.lowerExpr(kids[0]);
      const args = elements(ctx.children(kids[1], true).slice(1, -1));
      const patterns: A.Pattern[] = [];
      const kwdAttrs: string[] = [];
      const kwdPatterns: A.Pattern[] = [];
      for (const g of splitCommas(args).groups) {
        if (g.length === 0) continue;
        if (g[0].name === 'KeywordPattern') {
          const kk = ctx.children(g[0]);
          kwdAttrs.push(ctx.text(kk[0]).normalize('NFKC'));
          kwdPatterns.push(pattern(ctx, kk[kk.length - 1]));
        } else {
          if (kwdAttrs.length > 0) ctx.fail('positional patterns follow keyword patterns', g[0].from);
          patterns.push(pattern(ctx, g[0]));
        }
      }
      return { kind: 'MatchClass', cls, patterns, kwdAttrs, kwdPatterns, ...loc };
    }
    default:
      return ctx.fail('invalid syntax', node.from);
  }
}

/** A name lezer was handed for `C()`, `()`, `[]` or `{}` (lezer-rewrites.ts blankEmptyPatterns). */
function emptyBrackets(ctx: LowerCtx, node: SyntaxNode, loc: A.Loc): A.Pattern | null {
  const text = ctx.text(node);
  const tail = text.slice(-2);
  if (tail !== '()' && tail !== '[]' && tail !== '{}') return null;
  if (text.length === 2) {
    return tail === '{}' ? { kind: 'MatchMapping', keys: [], patterns: [], rest: null, ...loc } : { kind: 'MatchSequence', patterns: [], ...loc };
  }
  return { kind: 'MatchClass', cls: dottedText(ctx, node.from, text.slice(0, -2)), patterns: [], kwdAttrs: [], kwdPatterns: [], ...loc };
}

/** A Name or Attribute chain from dotted source text starting at `from`. */
function dottedText(ctx: LowerCtx, from: number, text: string): A.Expr {
  let e: A.Expr | null = null;
  let at = from;
  for (const part of text.split('.')) {
    const start = at + (part.length - part.trimStart().length);
    const id = part.trim().normalize('NFKC');
    const end = start + part.trim().length;
    e = e === null
      ? { kind: 'Name', id, ctx: 'Load', ...ctx.loc(start, end) }
      : { kind: 'Attribute', value: e, attr: id, ctx: 'Load', ...ctx.loc(from, end) };
    at += part.length + 1;
  }
  return e!;
}

/** The children between brackets, without lezer's empty placeholders for `()`, `[]`, `{}`. */
function elements(kids: SyntaxNode[]): SyntaxNode[] {
  return kids.filter((k) => !k.type.isError && !(k.name === 'LiteralPattern' && k.from === k.to));
}

function dottedName(ctx: LowerCtx, node: SyntaxNode): A.Expr {
  let e: A.Expr | null = null;
  for (const k of ctx.children(node)) {
    if (k.name === '.') continue;
    const id = ctx.text(k).normalize('NFKC');
    e = e === null
      ? { kind: 'Name', id, ctx: 'Load', ...ctx.loc(k.from, k.to) }
      : { kind: 'Attribute', value: e, attr: id, ctx: 'Load', ...ctx.loc(node.from, k.to) };
  }
  return e!;
}

/** A number, signed number, complex `a ± bj` or string: CPython folds these to one Constant. */
function literal(ctx: LowerCtx, node: SyntaxNode, kids: SyntaxNode[]): A.Expr {
  let i = 0;
  const neg = kids[0].name === 'ArithOp';
  if (neg) i++;
  if (kids[i].name === 'String') {
    // Adjacent literals and f-strings reach lezer as one plain string (lezer-rewrites.ts), so the
    // original text is read again here.
    const e = lowerSpan(ctx, kids[i].from, kids[i].to);
    if (kids.length > 1) ctx.fail('invalid syntax', kids[1].from);
    if (e.kind === 'JoinedStr') ctx.fail('patterns may only match literals and attribute lookups', e);
    return e;
  }
  let e: A.Expr = ctx.lowerExpr(kids[i]);
  if (kids[i].name !== 'Number') {
    if (kids.length > 1) ctx.fail('invalid syntax', kids[1].from);
    if (e.kind === 'JoinedStr') ctx.fail('patterns may only match literals and attribute lookups', e);
    return e;
  }
  if (neg) e = { kind: 'UnaryOp', op: 'USub', operand: e, ...ctx.loc(kids[0].from, kids[i].to) };
  i++;
  if (i < kids.length) {
    const right = ctx.lowerExpr(kids[i + 1]);
    const imag = right.kind === 'Constant' && typeof right.value === 'object' && right.value !== null && right.value.type === 'complex';
    if (!imag) ctx.fail('imaginary number required in complex literal', right);
    e = { kind: 'BinOp', left: e, op: ctx.text(kids[i]) === '+' ? 'Add' : 'Sub', right, ...ctx.loc(node.from, node.to) };
  }
  return e;
}
