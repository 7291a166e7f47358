// Lowers lezer's expression nodes to AST expressions. lezer's trees are flat (commas,
// keywords and operands are siblings) and its `not` binds too loosely, so boolean and
// comparison chains are re-parsed here with Python's precedence.
import type { SyntaxNode } from '@lezer/common';
import type * as A from './ast';
import { LowerCtx, exprName, setContext } from './lower-core';
import { lowerStrings } from './strings';
import { lowerParams } from './lower-params';
import { SyntaxIssue } from './issues';

const ARITH: Record<string, A.OperatorName> = {
  '+': 'Add', '-': 'Sub', '*': 'Mult', '@': 'MatMult', '/': 'Div', '%': 'Mod', '**': 'Pow',
  '<<': 'LShift', '>>': 'RShift', '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd', '//': 'FloorDiv',
};
const CMP: Record<string, A.CmpOpName> = { '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE' };
const COMP_KINDS = new Set(['for', 'async']);

/** Splits flat children on ',' into groups; `trailing` says the list ended with a comma. */
export function splitCommas(kids: SyntaxNode[]): { groups: SyntaxNode[][]; commas: number; trailing: boolean } {
  const groups: SyntaxNode[][] = [[]];
  let commas = 0;
  // Inside a bare generator argument, commas between `for` and `in` belong to its target.
  let inTarget = false;
  for (const k of kids) {
    if (k.name === 'for') inTarget = true;
    else if (k.name === 'in') inTarget = false;
    if (k.name === ',' && !inTarget) { groups.push([]); commas++; } else groups[groups.length - 1].push(k);
  }
  const trailing = groups.length > 1 && groups[groups.length - 1].length === 0;
  if (trailing) groups.pop();
  return { groups: groups.filter((g, i) => g.length > 0 || i < groups.length - 1), commas, trailing };
}

/** One element of a display or expression list: `x` or `*x`. */
function element(ctx: LowerCtx, group: SyntaxNode[]): A.Expr {
  if (group.length === 0) ctx.fail('invalid syntax', 0);
  if (group[0].name === '*') {
    if (group.length !== 2) ctx.fail('invalid syntax', group[0].from);
    return { kind: 'Starred', value: ctx.lowerExpr(group[1]), ctx: 'Load', ...ctx.loc(group[0].from, group[1].to) };
  }
  if (group.length !== 1) ctx.fail('invalid syntax', group[1].from);
  return rewrittenStar(ctx, group[0]) ?? ctx.lowerExpr(group[0]);
}

/**
 * A star lezer has no place for reached it as `~` (lezer-rewrites.ts starredSubscripts,
 * starredForIterables, starredVarargAnnotations): the Starred it stands for, or null. `~`
 * binds tighter than the binary operators but the star takes a whole bitwise_or
 * (Grammar/python.gram star_expression), so `*a | b` is Starred(a | b): the star is lifted
 * over the operators on the left edge of the expression.
 */
export function rewrittenStar(ctx: LowerCtx, node: SyntaxNode): A.Expr | null {
  const spine: SyntaxNode[][] = [];
  let n = node;
  while (n.name === 'BinaryExpression') {
    const kids = ctx.children(n);
    spine.push(kids);
    n = kids[0];
  }
  if (n.name !== 'UnaryExpression' || ctx.src[n.from] !== '*') return null;
  const operand = ctx.children(n)[1];
  let value = ctx.lowerExpr(operand);
  for (let i = spine.length - 1; i >= 0; i--) {
    const [, op, right] = spine[i];
    // A comparison or boolean operator after `*a` ends the star_expression: what follows is no syntax.
    if (op.name !== 'ArithOp' && op.name !== 'BitOp') ctx.fail('invalid syntax', op.from);
    value = { kind: 'BinOp', left: value, op: ARITH[ctx.text(op)], right: ctx.lowerExpr(right), ...ctx.loc(operand.from, right.to) };
  }
  return { kind: 'Starred', value, ctx: 'Load', ...ctx.loc(node.from, node.to) };
}

/** `a, *b, c` as one expression: a Tuple (spanning a trailing comma) unless it is a single bare item. */
export function lowerExprList(ctx: LowerCtx, kids: SyntaxNode[]): A.Expr {
  const { groups, commas } = splitCommas(kids);
  if (commas === 0 && groups.length === 1) return element(ctx, groups[0]);
  const elts = groups.map((g) => element(ctx, g));
  return { kind: 'Tuple', elts, ctx: 'Load', ...ctx.loc(kids[0].from, kids[kids.length - 1].to) };
}

export function lowerExpr(ctx: LowerCtx, node: SyntaxNode): A.Expr {
  const loc = ctx.loc(node.from, node.to);
  switch (node.name) {
    case 'VariableName':
      return { kind: 'Name', id: ctx.text(node).normalize('NFKC'), ctx: 'Load', ...loc };
    case 'Number':
      return { kind: 'Constant', value: numberValue(ctx.text(node)), ...loc };
    case 'String': case 'FormatString': case 'ContinuedString':
      return lowerStrings(ctx, node);
    case 'Ellipsis':
      return { kind: 'Constant', value: { type: 'ellipsis' }, ...loc };
    case 'None':
      return { kind: 'Constant', value: null, ...loc };
    case 'Boolean':
      return { kind: 'Constant', value: ctx.text(node) === 'True', ...loc };
    case 'BinaryExpression': case 'UnaryExpression':
      return operators(ctx, node);
    case 'ParenthesizedExpression': {
      const kids = ctx.children(node).filter((k) => k.name !== '(' && k.name !== ')');
      // Before 3.10 the compiler, not the parser, rejected it, in its own words.
      if (kids[0]?.name === '*') ctx.fail(`${ctx.minor < 10 ? "can't" : 'cannot'} use starred expression here`, kids[0].from);
      const inner = lowerExpr(ctx, kids[0]);
      ctx.parenthesized.add(inner);
      return inner;
    }
    case 'TupleExpression': {
      const kids = ctx.children(node).slice(1, -1);
      const elts = splitCommas(kids).groups.map((g) => element(ctx, g));
      return { kind: 'Tuple', elts, ctx: 'Load', ...loc };
    }
    case 'ArrayExpression': {
      const elts = splitCommas(ctx.children(node).slice(1, -1)).groups.map((g) => element(ctx, g));
      return { kind: 'List', elts, ctx: 'Load', ...loc };
    }
    case 'SetExpression': {
      const elts = splitCommas(ctx.children(node).slice(1, -1)).groups.map((g) => element(ctx, g));
      return { kind: 'Set', elts, ...loc };
    }
    case 'DictionaryExpression': {
      const keys: (A.Expr | null)[] = [];
      const values: A.Expr[] = [];
      for (const g of splitCommas(ctx.children(node).slice(1, -1)).groups) {
        if (g[0].name === '**') { keys.push(null); values.push(lowerExpr(ctx, g[1])); }
        else { keys.push(lowerExpr(ctx, g[0])); values.push(lowerExpr(ctx, g[2])); }
      }
      return { kind: 'Dict', keys, values, ...loc };
    }
    case 'ComprehensionExpression': case 'ArrayComprehensionExpression': case 'SetComprehensionExpression':
    case 'DictionaryComprehensionExpression':
      return comprehension(ctx, node, ctx.children(node).slice(1, -1), loc);
    case 'CallExpression': {
      const [fn, argList] = ctx.children(node);
      return { kind: 'Call', func: lowerExpr(ctx, fn), ...callArgs(ctx, argList), ...loc };
    }
    case 'MemberExpression':
      return member(ctx, node, loc);
    case 'ConditionalExpression': {
      const [body, , test, , orelse] = ctx.children(node);
      return { kind: 'IfExp', test: lowerExpr(ctx, test), body: lowerExpr(ctx, body), orelse: lowerExpr(ctx, orelse), ...loc };
    }
    case 'LambdaExpression': {
      const kids = ctx.children(node);
      const params = kids.find((k) => k.name === 'ParamList')!;
      return { kind: 'Lambda', args: lowerParams(ctx, params), body: lowerExpr(ctx, kids[kids.length - 1]), ...loc };
    }
    case 'NamedExpression': {
      const [t, , v] = ctx.children(node);
      const target = lowerExpr(ctx, t);
      // invalid_named_expression: RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, ...), which 3.10+ underline whole.
      if (target.kind !== 'Name') ctx.fail(`cannot use assignment expressions with ${exprName(target, ctx.minor)}`, t.from, t.to);
      target.ctx = 'Store';
      return { kind: 'NamedExpr', target, value: lowerExpr(ctx, v), ...loc };
    }
    case 'YieldExpression': case 'YieldStatement': {
      const kids = ctx.children(node).slice(1);
      if (kids[0]?.name === 'from') return { kind: 'YieldFrom', value: lowerExpr(ctx, kids[1]), ...loc };
      return { kind: 'Yield', value: kids.length ? lowerExprList(ctx, kids) : null, ...loc };
    }
    case 'AwaitExpression': {
      const kids = ctx.children(node);
      return { kind: 'Await', value: lowerExpr(ctx, kids[kids.length - 1]), ...loc };
    }
    default:
      throw new Error(`lower-expr: unexpected node ${node.name}`);
  }
}

function numberValue(text: string): A.ConstantValue {
  const t = text.replace(/_/g, '');
  if (/[jJ]$/.test(t)) return { type: 'complex', imag: Number(t.slice(0, -1)) };
  // A prefix without digits (`0x_`) is the tokenizer's error (numbers.ts); lezer reads it.
  if (/^0[xXoObB]$/.test(t)) return 0n;
  if (/^0[xXoObB]/.test(t)) return BigInt(t.toLowerCase());
  if (/[.eE]/.test(t)) return Number(t);
  return BigInt(t);
}

type OpItem = { op: string; from: number; to: number } | { atom: SyntaxNode };

/** Flattens a tree of and/or/not/comparison nodes into operands and operators in source order. */
function flatten(ctx: LowerCtx, node: SyntaxNode, out: OpItem[]): void {
  const kids = node.name === 'BinaryExpression' || node.name === 'UnaryExpression' ? ctx.children(node) : [];
  if (node.name === 'UnaryExpression' && kids[0].name === 'not') {
    out.push({ op: 'not', from: kids[0].from, to: kids[0].to });
    flatten(ctx, kids[1], out);
    return;
  }
  if (node.name === 'BinaryExpression' && kids.length >= 3 && kids[1].name !== 'ArithOp' && kids[1].name !== 'BitOp') {
    flatten(ctx, kids[0], out);
    const ops = kids.slice(1, -1);
    out.push({ op: ops.map((k) => ctx.text(k)).join(' '), from: ops[0].from, to: ops[ops.length - 1].to });
    flatten(ctx, kids[kids.length - 1], out);
    return;
  }
  out.push({ atom: node });
}

function operators(ctx: LowerCtx, node: SyntaxNode): A.Expr {
  const kids = ctx.children(node);
  if (node.name === 'UnaryExpression' && kids[0].name !== 'not') {
    // A rewritten star (see rewrittenStar) that is not a whole item: invalid after its operand.
    if (ctx.src[node.from] === '*') ctx.fail('invalid syntax', node.to + /^[ \t]*/.exec(ctx.src.slice(node.to))![0].length);
    const op = ({ '+': 'UAdd', '-': 'USub', '~': 'Invert' } as const)[ctx.text(kids[0]) as '+' | '-' | '~'];
    return { kind: 'UnaryOp', op, operand: lowerExpr(ctx, kids[1]), ...ctx.loc(node.from, node.to) };
  }
  if (node.name === 'BinaryExpression' && (kids[1].name === 'ArithOp' || kids[1].name === 'BitOp')) {
    const op = ARITH[ctx.text(kids[1])];
    return { kind: 'BinOp', left: lowerExpr(ctx, kids[0]), op, right: lowerExpr(ctx, kids[2]), ...ctx.loc(node.from, node.to) };
  }
  const items: OpItem[] = [];
  flatten(ctx, node, items);
  // Results carry their source range: CPython's locations span parentheses around operands.
  type R = { e: A.Expr; from: number; to: number };
  let i = 0;
  const peek = (): string | undefined => {
    const it = items[i];
    return it && 'op' in it ? it.op : undefined;
  };
  const boolOp = (op: 'or' | 'and', next: () => R): R => {
    const values = [next()];
    while (peek() === op) { i++; values.push(next()); }
    if (values.length === 1) return values[0];
    const from = values[0].from;
    const to = values[values.length - 1].to;
    return { e: { kind: 'BoolOp', op: op === 'or' ? 'Or' : 'And', values: values.map((v) => v.e), ...ctx.loc(from, to) }, from, to };
  };
  const atom = (): R => {
    const it = items[i++];
    if (!it || 'op' in it) return ctx.fail('invalid syntax', it ? it.from : node.to);
    return { e: lowerExpr(ctx, it.atom), from: it.atom.from, to: it.atom.to };
  };
  const notTest = (): R => {
    const it = items[i];
    if (it && 'op' in it && it.op === 'not') {
      i++;
      const operand = notTest();
      return { e: { kind: 'UnaryOp', op: 'Not', operand: operand.e, ...ctx.loc(it.from, operand.to) }, from: it.from, to: operand.to };
    }
    const left = atom();
    const ops: A.CmpOpName[] = [];
    const comparators: R[] = [];
    for (let op = peek(); op !== undefined && op !== 'and' && op !== 'or'; op = peek()) {
      const it2 = items[i] as { from: number };
      const name = op === 'in' ? 'In' : op === 'not in' ? 'NotIn' : op === 'is' ? 'Is' : op === 'is not' ? 'IsNot' : CMP[op];
      if (!name) ctx.fail('invalid syntax', it2.from);
      i++;
      ops.push(name);
      comparators.push(atom());
    }
    if (ops.length === 0) return left;
    const to = comparators[comparators.length - 1].to;
    return { e: { kind: 'Compare', left: left.e, ops, comparators: comparators.map((c) => c.e), ...ctx.loc(left.from, to) }, from: left.from, to };
  };
  const result = boolOp('or', () => boolOp('and', notTest));
  if (i < items.length) {
    const it = items[i];
    ctx.fail('invalid syntax', 'op' in it ? it.from : it.atom.from);
  }
  return result.e;
}

function member(ctx: LowerCtx, node: SyntaxNode, loc: A.Loc): A.Expr {
  const kids = ctx.children(node);
  if (kids.length >= 2 && kids[0].name === 'Number' && kids[1].name === '.' && kids[1].from === kids[0].to && !ctx.text(kids[0]).includes('.')) {
    // lezer has no `5.`, `0.j` or `1.e5` float literal; it reads a member access (lezer-rewrites.ts
    // digitAfterPoint mends those outside f-strings).
    const name = kids[2];
    if (kids.length === 2) return { kind: 'Constant', value: numberValue(ctx.text(node)), ...loc };
    if (name.from === kids[1].to && /^([eE][0-9_]+)?[jJ]?$/.test(ctx.text(name))) return { kind: 'Constant', value: numberValue(ctx.text(node)), ...loc };
  }
  const value = lowerExpr(ctx, kids[0]);
  if (kids[1].name === '.') return { kind: 'Attribute', value, attr: ctx.text(kids[2]).normalize('NFKC'), ctx: 'Load', ...loc };
  const inner = kids.slice(2, -1);
  const { groups, commas } = splitCommas(inner);
  const items = groups.map((g) => sliceItem(ctx, g));
  // 3.11's `a[*b]` is a tuple even without a comma (Grammar/python.gram slices).
  const slice: A.Expr = commas === 0 && items.length === 1 && items[0].kind !== 'Starred'
    ? items[0]
    : { kind: 'Tuple', elts: items, ctx: 'Load', ...ctx.loc(inner[0].from, inner[inner.length - 1].to) };
  return { kind: 'Subscript', value, slice, ctx: 'Load', ...loc };
}

function sliceItem(ctx: LowerCtx, g: SyntaxNode[]): A.Expr {
  if (!g.some((k) => k.name === ':')) return element(ctx, g);
  const parts: (A.Expr | null)[] = [null, null, null];
  let slot = 0;
  for (const k of g) {
    if (k.name === ':') slot++;
    else parts[slot] = lowerExpr(ctx, k);
  }
  return { kind: 'Slice', lower: parts[0], upper: parts[1], step: parts[2], ...ctx.loc(g[0].from, g[g.length - 1].to) };
}

/** The `for … in … if …` clauses of a comprehension (kids start at the first `for`). */
export function generators(ctx: LowerCtx, kids: SyntaxNode[]): A.Comprehension[] {
  const out: A.Comprehension[] = [];
  let i = 0;
  while (i < kids.length) {
    if (kids[i].name === 'async') ctx.unsupported('async comprehensions are not supported', kids[i].from);
    i++; // 'for'
    const start = i;
    while (i < kids.length && kids[i].name !== 'in') i++;
    const target = lowerExprList(ctx, kids.slice(start, i));
    setContext(ctx, target, 'Store', splitCommas(kids.slice(start, i)).groups.map((g) => g[0]?.from ?? 0));
    i++; // 'in'
    const iter = lowerExpr(ctx, kids[i++]);
    const ifs: A.Expr[] = [];
    while (i < kids.length && kids[i].name === 'if') {
      ifs.push(lowerExpr(ctx, kids[i + 1]));
      i += 2;
    }
    out.push({ kind: 'comprehension', target, iter, ifs, isAsync: 0 });
  }
  return out;
}

function comprehension(ctx: LowerCtx, node: SyntaxNode, kids: SyntaxNode[], loc: A.Loc): A.Expr {
  const forAt = kids.findIndex((k) => COMP_KINDS.has(k.name));
  const head = kids.slice(0, forAt);
  const gens = generators(ctx, kids.slice(forAt));
  if (head[0].name === '*') ctx.fail('iterable unpacking cannot be used in comprehension', head[0].from, head[1]?.to);
  if (head[0].name === '**') ctx.fail('dict unpacking cannot be used in dict comprehension', head[0].from);
  switch (node.name) {
    case 'DictionaryComprehensionExpression':
      return { kind: 'DictComp', key: lowerExpr(ctx, head[0]), value: lowerExpr(ctx, head[2]), generators: gens, ...loc };
    case 'ArrayComprehensionExpression':
      return { kind: 'ListComp', elt: lowerExpr(ctx, head[0]), generators: gens, ...loc };
    case 'SetComprehensionExpression':
      return { kind: 'SetComp', elt: lowerExpr(ctx, head[0]), generators: gens, ...loc };
    default:
      return { kind: 'GeneratorExp', elt: lowerExpr(ctx, head[0]), generators: gens, ...loc };
  }
}

/** An ArgList: positional args, keywords, a bare generator argument, in CPython's order rules. */
export function callArgs(ctx: LowerCtx, argList: SyntaxNode): { args: A.Expr[]; keywords: A.Keyword[] } {
  const kids = ctx.children(argList).slice(1, -1);
  const { groups, trailing } = splitCommas(kids);
  const args: A.Expr[] = [];
  const keywords: A.Keyword[] = [];
  let sawKeyword = false;
  let sawDoubleStar = false;
  let prev: SyntaxNode[] | null = null;
  for (const g of groups) {
    const forAt = g.findIndex((k) => COMP_KINDS.has(k.name));
    if (forAt >= 0) {
      if (g[1]?.name === 'AssignOp') ctx.fail('invalid syntax', g[1].from);
      // invalid_arguments: from the element to the last clause's last expression.
      if (groups.length > 1 || trailing) ctx.fail('Generator expression must be parenthesized', g[0].from, g[g.length - 1].to);
      const elt = lowerExpr(ctx, g[0]);
      args.push({ kind: 'GeneratorExp', elt, generators: generators(ctx, g.slice(forAt)), ...ctx.loc(argList.from, argList.to) });
      continue;
    }
    if (g[0].name === '**') {
      sawDoubleStar = true;
      keywords.push({ kind: 'keyword', arg: null, value: lowerExpr(ctx, g[1]), ...ctx.loc(g[0].from, g[1].to) });
    } else if (g[0].name === '*') {
      // invalid_arguments: 3.10 underline the arguments before it, 3.11+ point at the `*`.
      if (sawDoubleStar && ctx.minor === 10) ctx.fail('iterable argument unpacking follows keyword argument unpacking', groups[0][0].from, prev!.at(-1)!.to);
      if (sawDoubleStar) {
        const [at, end] = ctx.minor >= 13 ? [ctx.src.lastIndexOf(',', g[0].from), unpackingRangeEnd(ctx, groups, groups.indexOf(g), argList)] : [g[0].from, null];
        throw new SyntaxIssue('SyntaxError', 'iterable argument unpacking follows keyword argument unpacking', at, false, false, end, g[0].from);
      }
      args.push({ kind: 'Starred', value: lowerExpr(ctx, g[1]), ctx: 'Load', ...ctx.loc(g[0].from, g[1].to) });
    } else if (g.length === 3 && g[1].name === 'AssignOp' && ctx.text(g[1]) === '=') {
      sawKeyword = true;
      keywords.push({ kind: 'keyword', arg: ctx.text(g[0]).normalize('NFKC'), value: lowerExpr(ctx, g[2]), ...ctx.loc(g[0].from, g[2].to) });
    } else {
      const e = g.length === 3
        ? namedInCall(ctx, g)
        : element(ctx, g);
      // _PyPegen_arguments_parsing_error: 3.9+ at the parser's last token, the closing parenthesis.
      const at = ctx.minor >= 9 ? argList.to - 1 : g[0].from;
      // The parser's first pass stopped at the argument.
      if (sawDoubleStar) throw new SyntaxIssue('SyntaxError', 'positional argument follows keyword argument unpacking', at, false, false, null, g[0].from);
      if (sawKeyword) throw new SyntaxIssue('SyntaxError', 'positional argument follows keyword argument', at, false, false, null, g[0].from);
      args.push(e);
    }
    prev = g;
  }
  return { args, keywords };
}

/**
 * 3.13's invalid_arguments underlines from the comma before `*` to the tokenizer's position
 * (RAISE_SYNTAX_ERROR_STARTING_FROM: tok->cur, read as a 1-based column, so one character short):
 * the rule reads the starred arguments that follow, then one token more, and after a comma the
 * one after it.
 */
function unpackingRangeEnd(ctx: LowerCtx, groups: SyntaxNode[][], k: number, argList: SyntaxNode): number {
  while (groups[k + 1]?.[0].name === '*') k++;
  const next = groups[k + 1]?.[0];
  if (!next) return argList.to - 1;
  const first = next.firstChild && next.name !== 'String' ? /^(\w+|\*\*|\.\.\.|[^])/u.exec(ctx.src.slice(next.from, next.to)) : null;
  return (first ? next.from + first[0].length : next.to) - 1;
}

function namedInCall(ctx: LowerCtx, g: SyntaxNode[]): A.Expr {
  const target = lowerExpr(ctx, g[0]) as A.Name;
  target.ctx = 'Store';
  return { kind: 'NamedExpr', target, value: lowerExpr(ctx, g[2]), ...ctx.loc(g[0].from, g[2].to) };
}
