// What every part of the CST → AST lowering shares: source text, locations, the
// children of a lezer node (with lezer's error nodes turned into issues), and
// target validation with CPython's "cannot assign to …" wording.
import type { SyntaxNode } from '@lezer/common';
import type { Expr, ExprContext, Loc } from './ast';
import { SyntaxIssue } from './issues';
import type { Span } from './lezer-rewrites';
import { LineMap } from './positions';

/** A warning CPython's parser or compiler prints when it reads the script (`file:line: SyntaxWarning: message`). */
export interface SyntaxWarningInfo {
  readonly line: number;
  readonly message: string;
  /** The parser's: the offset of what it warns about. */
  readonly at?: number;
  /** 3.11's warning from an f-string field's expression: compiled again by the parser's second pass. */
  readonly again?: boolean;
}

export class LowerCtx {
  /** Expressions written inside their own parentheses (`(a)`), which CPython's AST forgets. */
  readonly parenthesized = new WeakSet<Expr>();
  /** Set by lower-expr.ts; kept here so the parts can call each other without cycles. */
  lowerExpr!: (node: SyntaxNode) => Expr;
  /** Comma-separated expressions as a tuple (one without commas as itself), set alike. */
  lowerExprList!: (nodes: SyntaxNode[]) => Expr;
  /**
   * 3.9+ `with (a as x, b as y):` reached lezer as a parenthesized tuple, without the
   * targets (lezer-rewrites.ts unparenthesizeWithItems): the `(`'s offset -> each item's target span.
   */
  parenWithItems = new Map<number, (Span | null)[]>();
  /** A `with … as` target over several lines reached lezer as a name on its last line: that name's offset -> the target. */
  movedWithTargets = new Map<number, Span>();
  /** A match subject that reached lezer as a name (lezer-rewrites.ts nameMatchSubjects): that name's offset -> the subject. */
  matchSubjects = new Map<number, Span>();
  /** The modeled version's minor number (3.minor): the match statement is 3.10 syntax. */
  minor = 11;
  /** SyntaxWarnings the lowering found, in source order (a sub-context shares its parent's). */
  warnings: SyntaxWarningInfo[] = [];

  constructor(
    readonly src: string,
    readonly map: LineMap,
  ) {}

  warn(message: string, at: number, again = false): void {
    this.warnings.push({ line: this.map.line(at), message, at, ...(again ? { again } : {}) });
  }
  /** Added to the lines of the nodes made meanwhile: 3.8 places an f-string's fields by a text search (strings.ts). */
  lineShift = 0;

  loc(from: number, to: number): Loc {
    const d = this.lineShift;
    return { line: this.map.line(from) + d, col: this.map.col(from), endLine: this.map.line(to) + d, endCol: this.map.col(to) };
  }

  /** A node's children without comments; lezer's error nodes become generic issues (or stay, with keepErrors). */
  children(node: SyntaxNode, keepErrors = false): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === 'Comment') continue;
      if (c.type.isError && !keepErrors) {
        if (tolerated(c, this.src)) {
          if (starInComprehensionTarget(c)) out.push(c.firstChild!);
          continue;
        }
        throw new SyntaxIssue('SyntaxError', 'invalid syntax', c.from, true);
      }
      out.push(c);
    }
    return out;
  }

  text(node: SyntaxNode): string {
    return this.src.slice(node.from, node.to);
  }

  /** A SyntaxError at `at`; 3.10+ underline up to `end`, or to the end of the node `at` is. */
  fail(message: string, at: number | Loc | object, end?: number | Loc, compiler = false): never {
    const to = end !== undefined ? (typeof end === 'number' ? end : this.endOffsetOf(end)) : typeof at === 'number' ? null : this.endOffsetOf(at as Loc);
    const issue = new SyntaxIssue('SyntaxError', message, this.offsetOf(at), false, false, to);
    issue.compiler = compiler;
    throw issue;
  }

  endOffsetOf(l: Loc): number {
    return this.map.offsetAt(l.endLine, l.endCol);
  }

  unsupported(message: string, at: number): never {
    throw new SyntaxIssue('Unsupported', message, at);
  }

  offsetOf(at: number | Loc | object): number {
    if (typeof at === 'number') return at;
    const l = at as Loc;
    return this.map.offsetAt(l.line, l.col);
  }
}

/**
 * Error nodes where lezer's grammar is narrower than Python's, not the program wrong:
 * a bare `yield`, `/` in a lambda's parameters, and a `5.` float literal.
 */
export function tolerated(err: SyntaxNode, src: string): boolean {
  const prev = err.prevSibling;
  if (err.from === err.to && prev?.name === 'yield') return true;
  if (starInComprehensionTarget(err)) return true;
  if (src.slice(err.from, err.to) === '/' && err.parent?.name === 'ParamList') return true;
  // A lambda's parameters may end in a comma (`lambda a, /, : a`); lezer wants one more.
  if (err.from === err.to && err.parent?.name === 'ParamList' && prev?.name === ',' && !err.nextSibling && err.parent.parent?.name === 'LambdaExpression') return true;
  if (err.from === err.to && prev?.name === '.' && prev.prevSibling?.name === 'Number' && prev.prevSibling.to === prev.from) return true;
  // lezer's match grammar: `match a, b:` (the subject is parsed again alone), and the
  // empty patterns `()`, `[]`, `{}`, `C()`.
  const parent = err.parent;
  if (inMatchSubject(err)) return true;
  if (parent?.name === 'LiteralPattern' && parent.from === parent.to) return true;
  const text = src.slice(err.from, err.to);
  if ((parent?.name === 'SequencePattern' && text === ']') || (parent?.name === 'MappingPattern' && text === '}')) return true;
  // A dotted mapping key, `{Color.RED: x}` (lower-match.ts reads it from the text).
  if (parent?.name === 'MappingPattern' && /^\.\s*[\p{L}_]/u.test(text) && prev?.name === 'VariableName') return true;
  return false;
}

const COMPREHENSIONS = new Set(['ArgList', 'ComprehensionExpression', 'ArrayComprehensionExpression', 'SetComprehensionExpression', 'DictionaryComprehensionExpression']);

/**
 * lezer's comprehension clause takes no starred target (`[w for *a, w in xs]`), which
 * Grammar/python.gram's for_if_clause does (star_targets): the error node holds just the `*`,
 * which children() hands on in its place (a bare generator argument's clauses sit in the ArgList).
 */
function starInComprehensionTarget(err: SyntaxNode): boolean {
  const star = err.firstChild;
  if (!star || star.name !== '*' || star.nextSibling || !err.parent) return false;
  // `del *a` is Python's grammar (del_targets), rejected by its actions: lezer has no starred del target.
  if (err.parent.name === 'DeleteStatement') return err.nextSibling !== null && !err.nextSibling.type.isError;
  if (!COMPREHENSIONS.has(err.parent.name)) return false;
  for (let p = err.prevSibling; p; p = p.prevSibling) {
    if (p.name === 'for') return true;
    if (p.name === 'in' || p.name === 'if') return false;
  }
  return false;
}

/** Inside the subject of a match statement (before its MatchBody). */
export function inMatchSubject(err: SyntaxNode): boolean {
  for (let p = err.parent; p; p = p.parent) {
    if (p.name === 'MatchBody' || p.name === 'MatchClause') return false;
    if (p.name === 'MatchStatement') {
      const body = p.getChild('MatchBody');
      return body !== null && err.to <= body.from;
    }
  }
  return false;
}

/**
 * Python/pegen.c _PyPegen_get_expr_name: how error messages name an expression (3.8's
 * Python/ast.c set_context and 3.9's pegen.c call operators "operator" and `...` "Ellipsis").
 */
export function exprName(e: Expr, minor = 13): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return minor <= 9 ? 'operator' : 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return minor <= 9 ? 'dict display' : 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant':
      if (e.value === null) return 'None';
      if (e.value === true) return 'True';
      if (e.value === false) return 'False';
      if (typeof e.value === 'object' && e.value.type === 'ellipsis') return minor <= 9 ? 'Ellipsis' : 'ellipsis';
      return 'literal';
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

/** The first sub-expression that cannot be a target (_PyPegen_get_invalid_target), or null. */
export function invalidTarget(e: Expr, del: boolean): Expr | null {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript': return null;
    case 'Starred': return del ? e : invalidTarget(e.value, del);
    case 'List': case 'Tuple':
      for (const x of e.elts) {
        const bad = invalidTarget(x, del);
        if (bad) return bad;
      }
      return null;
    default: return e;
  }
}

/**
 * Marks `e` as a Store or Del target, or fails with CPython's message. 3.8's ast.c set_context
 * reports at the CST node it is given, opening parenthesis included: an assignment's whole
 * target, or the element of an exprlist (for, comprehension, del) the bad one is in (`at38`:
 * the start of each).
 */
export function setContext(ctx: LowerCtx, e: Expr, c: ExprContext, at38?: number | readonly number[]): void {
  // 3.8's set_context lets a starred del target through; the compiler rejects it (compile-checks.ts).
  const bad = invalidTarget(e, c === 'Del' && ctx.minor >= 9);
  if (!bad) {
    apply(ctx, e, c);
    return;
  }
  let at: number | Expr = bad;
  if (ctx.minor <= 8 && at38 !== undefined) {
    const from = ctx.offsetOf(bad);
    at = typeof at38 === 'number' ? at38 : at38.filter((x) => x <= from).pop() ?? from;
  }
  ctx.fail(`cannot ${c === 'Del' ? 'delete' : 'assign to'} ${exprName(bad, ctx.minor)}`, at);
  apply(ctx, e, c);
}

function apply(ctx: LowerCtx, e: Expr, c: ExprContext): void {
  switch (e.kind) {
    case 'Name':
      if (e.id === '__debug__') ctx.fail(`cannot ${c === 'Del' ? 'delete' : 'assign to'} __debug__`, e);
      e.ctx = c;
      return;
    case 'Attribute': case 'Subscript':
      e.ctx = c;
      return;
    case 'Starred':
      e.ctx = c;
      apply(ctx, e.value, c);
      return;
    case 'List': case 'Tuple': {
      e.ctx = c;
      const starred = e.elts.filter((x) => x.kind === 'Starred');
      if (c === 'Store' && starred.length > 1) ctx.fail(ctx.minor <= 8 ? 'two starred expressions in assignment' : 'multiple starred expressions in assignment', e, undefined, true);
      for (const x of e.elts) apply(ctx, x, c);
      return;
    }
    default:
      return;
  }
}
