// Lowers lezer's statement nodes to AST statements, with CPython's locations (a
// decorated def starts at `def`; a compound statement ends where its last block ends).
import type { SyntaxNode } from '@lezer/common';
import type * as A from './ast';
import { LowerCtx, exprName, invalidTarget, setContext } from './lower-core';
import { callArgs, lowerExpr, lowerExprList, splitCommas } from './lower-expr';
import { lowerMatch, lowerSpan } from './lower-match';
import { lowerParams } from './lower-params';
import { SyntaxIssue } from './issues';

const AUG: Record<string, A.OperatorName> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '**=': 'Pow',
  '<<=': 'LShift', '>>=': 'RShift', '|=': 'BitOr', '^=': 'BitXor', '&=': 'BitAnd', '//=': 'FloorDiv',
};

export function lowerModule(ctx: LowerCtx, script: SyntaxNode): A.Module {
  ctx.lowerExpr = (n) => lowerExpr(ctx, n);
  ctx.lowerExprList = (nodes) => lowerExprList(ctx, nodes);
  const body: A.Stmt[] = [];
  for (const k of ctx.children(script)) statement(ctx, k, body);
  return { kind: 'Module', body };
}

/** Where a block ends: its last statement, and a `;` after that (CPython's last token of the block). */
function endOf(ctx: LowerCtx, body: A.Stmt[]): { endLine: number; endCol: number } {
  const last = body[body.length - 1];
  const semicolon = /^[ \t]*;/.exec(ctx.src.slice(ctx.offsetOf({ line: last.endLine, col: last.endCol } as A.Loc)));
  return { endLine: last.endLine, endCol: last.endCol + (semicolon ? semicolon[0].length : 0) };
}

function block(ctx: LowerCtx, bodyNode: SyntaxNode): A.Stmt[] {
  const out: A.Stmt[] = [];
  for (const k of ctx.children(bodyNode)) if (k.name !== ':') statement(ctx, k, out);
  return out;
}

function statement(ctx: LowerCtx, node: SyntaxNode, out: A.Stmt[]): void {
  if (node.name === 'StatementGroup') {
    for (const k of ctx.children(node)) if (k.name !== ';') statement(ctx, k, out);
    return;
  }
  out.push(stmt(ctx, node));
}

function stmt(ctx: LowerCtx, node: SyntaxNode): A.Stmt {
  const loc = ctx.loc(node.from, node.to);
  const kids = ctx.children(node);
  switch (node.name) {
    case 'ExpressionStatement':
      return { kind: 'Expr', value: lowerExprList(ctx, kids), ...loc };
    case 'YieldStatement':
      return { kind: 'Expr', value: lowerExpr(ctx, node), ...loc };
    case 'AssignStatement':
      return assign(ctx, kids, loc);
    case 'UpdateStatement': {
      const opAt = kids.findIndex((k) => k.name === 'UpdateOp');
      const target = lowerExprList(ctx, kids.slice(0, opAt));
      if (target.kind !== 'Name' && target.kind !== 'Attribute' && target.kind !== 'Subscript') {
        // 3.8 ast.c ast_for_expr_stmt: set_context's own error first, then a plain message.
        if (ctx.minor <= 8) {
          setContext(ctx, target, 'Store', kids[0].from);
          ctx.fail('illegal expression for augmented assignment', target);
        }
        ctx.fail(`'${exprName(target, ctx.minor)}' is an illegal expression for augmented assignment`, target);
      }
      setContext(ctx, target, 'Store');
      const rest = kids.slice(opAt + 1);
      const value = rest[0].name === 'YieldExpression' ? lowerExpr(ctx, rest[0]) : lowerExprList(ctx, rest);
      return { kind: 'AugAssign', target, op: AUG[ctx.text(kids[opAt])], value, ...loc };
    }
    case 'DeleteStatement': {
      const targets = splitCommas(kids.slice(1)).groups.map((g) => {
        const t = lowerExprList(ctx, g);
        setContext(ctx, t, 'Del', g[0].from);
        return t;
      });
      return { kind: 'Delete', targets, ...loc };
    }
    case 'PassStatement': return { kind: 'Pass', ...loc };
    case 'BreakStatement': return { kind: 'Break', ...loc };
    case 'ContinueStatement': return { kind: 'Continue', ...loc };
    case 'ReturnStatement':
      return { kind: 'Return', value: kids.length > 1 ? lowerExprList(ctx, kids.slice(1)) : null, ...loc };
    case 'PrintStatement':
      // invalid_legacy_expression: `print` through its last argument.
      // The first pass stopped at the token after `print`; the second reads the rest silently.
      // An argument lezer could not read leaves it to errors.ts, which reads star_expressions as the parser does.
      if (hasError(node)) throw new SyntaxIssue('SyntaxError', 'invalid syntax', firstError(node), true);
      if (ctx.minor >= 10) throw new SyntaxIssue('SyntaxError', "Missing parentheses in call to 'print'. Did you mean print(...)?", node.from, false, false, node.to, kids[1]?.from ?? node.to);
      // 3.8/3.9's message is SyntaxError's own (legacy.ts).
      return ctx.fail('invalid syntax', kids[1]?.from ?? node.to);
    case 'RaiseStatement': {
      if (kids.some((k) => k.name === ',')) ctx.fail('invalid syntax', kids.find((k) => k.name === ',')!.from);
      const exc = kids[1] ? lowerExpr(ctx, kids[1]) : null;
      const cause = kids[3] ? lowerExpr(ctx, kids[3]) : null;
      return { kind: 'Raise', exc, cause, ...loc };
    }
    case 'ImportStatement':
      return importStmt(ctx, kids, loc);
    case 'ScopeStatement': {
      const names = kids.slice(1).filter((k) => k.name === 'VariableName').map((k) => ctx.text(k).normalize('NFKC'));
      return { kind: kids[0].name === 'global' ? 'Global' : 'Nonlocal', names, ...loc };
    }
    case 'AssertStatement': {
      const { groups } = splitCommas(kids.slice(1));
      if (groups.length > 2) ctx.fail('invalid syntax', groups[2][0].from);
      return { kind: 'Assert', test: lowerExpr(ctx, groups[0][0]), msg: groups[1] ? lowerExpr(ctx, groups[1][0]) : null, ...loc };
    }
    case 'TypeDefinition':
      // `type X = ...` is 3.12 syntax (PEP 695); 3.11 stops at the name after `type`.
      if (ctx.minor >= 12) ctx.unsupported("the 'type' statement (PEP 695) is not supported", node.from);
      return ctx.fail('invalid syntax', kids[1]?.from ?? node.from);
    case 'IfStatement':
      return ifStmt(ctx, kids, 0);
    case 'WhileStatement': {
      const body = block(ctx, kids[2]);
      const orelse = kids[4] ? block(ctx, kids[4]) : [];
      return { kind: 'While', test: lowerExpr(ctx, kids[1]), body, orelse, ...loc, ...endOf(ctx, orelse.length ? orelse : body) };
    }
    case 'ForStatement': {
      // An `async for` outside an async function is the compiler's SyntaxError (compile-checks.ts).
      const isAsync = kids[0].name === 'async';
      const k = isAsync ? kids.slice(1) : kids;
      const inAt = k.findIndex((n) => n.name === 'in');
      const bodyAt = k.findIndex((n) => n.name === 'Body');
      const target = lowerExprList(ctx, k.slice(1, inAt));
      setContext(ctx, target, 'Store', splitCommas(k.slice(1, inAt)).groups.map((g) => g[0]?.from ?? 0));
      const iter = lowerExprList(ctx, k.slice(inAt + 1, bodyAt));
      const body = block(ctx, k[bodyAt]);
      const orelse = k[bodyAt + 2] ? block(ctx, k[bodyAt + 2]) : [];
      return { kind: 'For', target, iter, body, orelse, ...(isAsync ? { isAsync } : {}), ...loc, ...endOf(ctx, orelse.length ? orelse : body) };
    }
    case 'TryStatement':
      return tryStmt(ctx, kids, loc);
    case 'WithStatement': {
      const isAsync = kids[0].name === 'async';
      const k = isAsync ? kids.slice(1) : kids;
      const bodyNode = k[k.length - 1];
      const listed = k.length === 3 ? parenthesizedWithItems(ctx, k[1]) : null;
      if (listed) {
        const body = block(ctx, bodyNode);
        return { kind: 'With', items: listed, body, ...(isAsync ? { isAsync } : {}), ...loc, ...endOf(ctx, body) };
      }
      const items: A.WithItem[] = splitCommas(k.slice(1, -1)).groups.map((g) => {
        const contextExpr = lowerExpr(ctx, g[0]);
        let optionalVars: A.Expr | null = null;
        if (g[1]?.name === 'as') {
          // A target other than a name reached lezer as a placeholder name (lezer-rewrites.ts nameWithTargets).
          const t = g[2];
          const span = ctx.movedWithTargets.get(t.from) ?? t;
          optionalVars = isPlaceholder(ctx, t)
            ? lowerSpan(ctx, span.from, span.to)
            : lowerExpr(ctx, t);
          // 3.8 ast.c ast_for_with_item: set_context reports at the item.
          const bad = ctx.minor <= 8 ? invalidTarget(optionalVars, false) : null;
          if (bad) ctx.fail(`cannot assign to ${exprName(bad, ctx.minor)}`, g[0].from);
          setContext(ctx, optionalVars, 'Store');
        }
        return { kind: 'withitem', contextExpr, optionalVars };
      });
      const body = block(ctx, bodyNode);
      return { kind: 'With', items, body, ...(isAsync ? { isAsync } : {}), ...loc, ...endOf(ctx, body) };
    }
    case 'FunctionDefinition': case 'ClassDefinition':
      return definition(ctx, node, []);
    case 'DecoratedStatement': {
      const decorators = kids.slice(0, -1).map((d) => decorator(ctx, d));
      return definition(ctx, kids[kids.length - 1], decorators);
    }
    case 'MatchStatement':
      return lowerMatch(ctx, node, (n) => block(ctx, n));
    default:
      throw new Error(`lower-stmt: unexpected node ${node.name}`);
  }
}

function assign(ctx: LowerCtx, kids: SyntaxNode[], loc: A.Loc): A.Stmt {
  const segments: SyntaxNode[][] = [[]];
  for (const k of kids) {
    if (k.name === 'AssignOp') segments.push([]);
    else segments[segments.length - 1].push(k);
  }
  const first = segments[0];
  const typeDef = first[first.length - 1]?.name === 'TypeDef' ? first.pop()! : undefined;
  const value = (seg: SyntaxNode[]): A.Expr => seg[0].name === 'YieldExpression' ? lowerExpr(ctx, seg[0]) : lowerExprList(ctx, seg);
  if (typeDef) {
    if (segments.length > 2) ctx.fail('invalid syntax', kids.filter((k) => k.name === 'AssignOp')[1].from);
    // No annotation at all (`a, b:`) is invalid syntax before any word on the target.
    const tk = ctx.children(typeDef);
    const target = lowerExprList(ctx, first);
    if (target.kind === 'Tuple' || target.kind === 'List') {
      // invalid_ann_assign_target / invalid_assignment: an unparenthesized tuple is reported at its first element.
      const message = `only single target (not ${target.kind === 'Tuple' ? 'tuple' : 'list'}) can be annotated`;
      if (target.kind === 'Tuple' && ctx.src[first[0].from] !== '(' && target.elts.length > 0) ctx.fail(message, target.elts[0]);
      // A parenthesized tuple's place includes its parentheses.
      ctx.fail(message, first[0].from, first[first.length - 1].to);
    }
    if (target.kind !== 'Name' && target.kind !== 'Attribute' && target.kind !== 'Subscript') ctx.fail('illegal target for annotation', target);
    setContext(ctx, target, 'Store');
    const annotation = lowerExpr(ctx, tk[tk.length - 1]);
    const simple = target.kind === 'Name' && !ctx.parenthesized.has(target) ? 1 : 0;
    return { kind: 'AnnAssign', target, annotation, value: segments[1] ? value(segments[1]) : null, simple, ...loc };
  }
  const targets = segments.slice(0, -1).map((seg) => {
    const t = seg[0].name === 'YieldExpression' ? ctx.fail('assignment to yield expression not possible', seg[0].from) : lowerExprList(ctx, seg);
    return t;
  });
  const v = value(segments[segments.length - 1]);
  if (ctx.minor >= 10 && targets.some((t) => invalidTarget(t, false))) namedExpressionHint(ctx, segments, targets, v);
  targets.forEach((t, i) => {
    if (!invalidTarget(t, false)) setContext(ctx, t, 'Store');
    else setContext(ctx, t, 'Store', segments[i][0].from);
  });
  return { kind: 'Assign', targets, value: v, ...loc };
}

/**
 * 3.10+ invalid_assignment's `star_named_expression ','` walk reads the first target's
 * elements as named_expressions; invalid_named_expression fires at its last element E when
 * `E '=' b` follows with b a bitwise_or not followed by '=' or ':=' (Grammar/python.gram):
 * for a bare name "invalid syntax. Maybe you meant '==' or ':=' instead of '='?" from E
 * through b, else (E a bitwise_or, not a list, tuple, generator, True, None or False) "cannot
 * assign to E here. Maybe you meant '==' instead of '='?".
 */
function namedExpressionHint(ctx: LowerCtx, segments: SyntaxNode[][], targets: A.Expr[], v: A.Expr): void {
  const first = targets[0];
  const bareTuple = first.kind === 'Tuple' && ctx.src[segments[0][0].from] !== '(';
  if (bareTuple && splitCommas(segments[0]).trailing) return;
  const e = bareTuple ? (first as A.Tuple).elts[(first as A.Tuple).elts.length - 1] : first;
  const next = targets.length > 1 ? targets[1] : v;
  const nextBare = next.kind === 'Tuple' && ctx.src[segments[1][0].from] !== '(';
  let b: A.Expr = nextBare ? (next as A.Tuple).elts[0] : next;
  if (b === undefined || b.kind === 'Starred' || b.kind === 'Yield' || b.kind === 'YieldFrom' || b.kind === 'Lambda' || (b.kind === 'UnaryOp' && b.op === 'Not' && !ctx.parenthesized.has(b))) return;
  // The bitwise_or b is the prefix of a comparison, a boolean or a conditional expression.
  for (;;) {
    if (ctx.parenthesized.has(b)) break;
    if (b.kind === 'Compare') b = b.left;
    else if (b.kind === 'BoolOp') b = b.values[0];
    else if (b.kind === 'IfExp') b = b.body;
    else break;
  }
  if (b.kind === 'UnaryOp' && b.op === 'Not' && !ctx.parenthesized.has(b)) return;
  // A middle target that is b alone is followed by '='.
  if (targets.length > 1 && !nextBare && b === next) return;
  if (e.kind === 'Name' && !ctx.parenthesized.has(e)) ctx.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, b);
  const grouped = ctx.parenthesized.has(e) && !['Tuple', 'GeneratorExp', 'Starred'].includes(e.kind);
  const plain = grouped || (!['Tuple', 'List', 'GeneratorExp', 'Compare', 'BoolOp', 'IfExp', 'Lambda', 'NamedExpr', 'Starred', 'Yield', 'YieldFrom'].includes(e.kind)
    && !(e.kind === 'UnaryOp' && e.op === 'Not')
    && !(e.kind === 'Constant' && (e.value === true || e.value === false || e.value === null)));
  if (plain) ctx.fail(`cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, e);
}

function dotted(ctx: LowerCtx, nodes: SyntaxNode[]): string {
  return nodes.map((n) => (n.name === '.' ? '.' : ctx.text(n).normalize('NFKC'))).join('');
}

function aliases(ctx: LowerCtx, nodes: SyntaxNode[]): A.Alias[] {
  return splitCommas(nodes.filter((k) => k.name !== '(' && k.name !== ')')).groups.map((g) => {
    const asAt = g.findIndex((k) => k.name === 'as');
    const nameNodes = asAt >= 0 ? g.slice(0, asAt) : g;
    const asname = asAt >= 0 ? ctx.text(g[asAt + 1]).normalize('NFKC') : null;
    return { kind: 'alias', name: dotted(ctx, nameNodes), asname, ...ctx.loc(g[0].from, g[g.length - 1].to) };
  });
}

function importStmt(ctx: LowerCtx, kids: SyntaxNode[], loc: A.Loc): A.Stmt {
  if (kids[0].name === 'import') return { kind: 'Import', names: aliases(ctx, kids.slice(1)), ...loc };
  const importAt = kids.findIndex((k) => k.name === 'import');
  let level = 0;
  let i = 1;
  for (; i < importAt && (kids[i].name === '.' || kids[i].name === 'Ellipsis'); i++) level += kids[i].name === '.' ? 1 : 3;
  const module = i < importAt ? dotted(ctx, kids.slice(i, importAt)) : null;
  const rest = kids.slice(importAt + 1);
  const last = rest[rest.length - 1];
  if (last?.name === ',' && rest[0].name !== '(') {
    // 3.8 ast.c ast_for_import_stmt: at the names; 3.9+ invalid_import_from_targets: at the
    // NEWLINE token, which starts at a comment before it and ends at (3.12+: past) the newline.
    const nl = ctx.src.indexOf('\n', last.to) < 0 ? ctx.src.length : ctx.src.indexOf('\n', last.to);
    const hash = ctx.src.slice(last.to, nl).indexOf('#');
    const at = ctx.minor <= 8 ? rest[0].from : hash < 0 ? nl : last.to + hash;
    ctx.fail('trailing comma not allowed without surrounding parentheses', at, ctx.minor <= 8 ? undefined : ctx.minor >= 12 ? nl + 1 : nl);
  }
  const names: A.Alias[] = rest[0].name === '*'
    ? [{ kind: 'alias', name: '*', asname: null, ...ctx.loc(rest[0].from, rest[0].to) }]
    : aliases(ctx, rest);
  return { kind: 'ImportFrom', module, names, level, ...loc };
}

function ifStmt(ctx: LowerCtx, kids: SyntaxNode[], at: number): A.If {
  const test = lowerExpr(ctx, kids[at + 1]);
  const body = block(ctx, kids[at + 2]);
  let orelse: A.Stmt[] = [];
  const next = kids[at + 3];
  if (next?.name === 'elif') orelse = [ifStmt(ctx, kids, at + 3)];
  else if (next?.name === 'else') orelse = block(ctx, kids[at + 4]);
  const start = ctx.loc(kids[at].from, kids[at].to);
  return { kind: 'If', test, body, orelse, line: start.line, col: start.col, ...endOf(ctx, orelse.length ? orelse : body) };
}

function tryStmt(ctx: LowerCtx, kids: SyntaxNode[], loc: A.Loc): A.Try {
  const body = block(ctx, kids[1]);
  const handlers: A.ExceptHandler[] = [];
  let orelse: A.Stmt[] = [];
  let finalbody: A.Stmt[] = [];
  let i = 2;
  let star: boolean | undefined;
  while (i < kids.length) {
    const k = kids[i];
    if (k.name === 'except') {
      const bodyAt = kids.findIndex((x, j) => j > i && x.name === 'Body');
      let head = kids.slice(i + 1, bodyAt);
      const isStar = head[0]?.name === '*';
      if (isStar) {
        // except* is 3.11's (PEP 654); the grammar of 3.8-3.10 stops at the star.
        if (ctx.minor <= 10) ctx.fail('invalid syntax', head[0].from);
        if (head.length === 1) ctx.fail('expected one or more exception types', head[0].to);
      }
      if (star !== undefined && star !== isStar) ctx.fail("cannot have both 'except' and 'except*' on the same 'try'", k.from);
      star = isStar;
      if (isStar) head = head.slice(1);
      if (head[1]?.name === ',') ctx.fail('multiple exception types must be parenthesized', head[0].from);
      const type = head[0] ? lowerExpr(ctx, head[0]) : null;
      const name = head[1]?.name === 'as' ? ctx.text(head[2]).normalize('NFKC') : null;
      const hbody = block(ctx, kids[bodyAt]);
      handlers.push({ kind: 'ExceptHandler', type, name, body: hbody, ...ctx.loc(k.from, k.to), ...endOf(ctx, hbody) });
      i = bodyAt + 1;
    } else if (k.name === 'else') { orelse = block(ctx, kids[i + 1]); i += 2; }
    else if (k.name === 'finally') { finalbody = block(ctx, kids[i + 1]); i += 2; }
    else throw new Error(`lower-stmt: unexpected ${k.name} in try`);
  }
  if (handlers.length === 0 && finalbody.length === 0) ctx.fail(ctx.minor >= 10 ? "expected 'except' or 'finally' block" : 'invalid syntax', kids[kids.length - 1].to);
  const last = finalbody.length ? finalbody : orelse.length ? orelse : handlers.length ? handlers[handlers.length - 1].body : body;
  return { kind: 'Try', ...(star ? { star } : {}), body, handlers, orelse, finalbody, ...loc, ...endOf(ctx, last) };
}

function decorator(ctx: LowerCtx, node: SyntaxNode): A.Expr {
  const kids = ctx.children(node).slice(1);
  // Any other expression reached lezer as a placeholder name (lezer-rewrites.ts nameDecorators).
  if (kids.length === 1 && isPlaceholder(ctx, kids[0])) {
    return lowerSpan(ctx, kids[0].from, kids[0].to);
  }
  let e: A.Expr | null = null;
  for (const k of kids) {
    if (k.name === 'VariableName') {
      const id = ctx.text(k).normalize('NFKC');
      e = e === null
        ? { kind: 'Name', id, ctx: 'Load', ...ctx.loc(k.from, k.to) }
        : { kind: 'Attribute', value: e, attr: id, ctx: 'Load', ...ctx.loc(kids[0].from, k.to) };
    } else if (k.name === 'ArgList' && e) {
      e = { kind: 'Call', func: e, ...callArgs(ctx, k), ...ctx.loc(kids[0].from, k.to) };
    }
  }
  return e!;
}

function definition(ctx: LowerCtx, node: SyntaxNode, decoratorList: A.Expr[]): A.Stmt {
  const kids = ctx.children(node);
  if (kids[0].name === 'async') ctx.unsupported("'async def' is not supported", node.from);
  const typeParams = kids.find((k) => k.name === 'TypeParamList');
  if (typeParams && ctx.minor >= 12) ctx.unsupported('type parameter lists (PEP 695) are not supported', typeParams.from);
  if (typeParams) ctx.fail('invalid syntax', typeParams.from);
  const name = ctx.text(kids[1]).normalize('NFKC');
  const bodyNode = kids[kids.length - 1];
  const span = ctx.loc(node.from, node.to);
  if (node.name === 'ClassDefinition') {
    const argList = kids.find((k) => k.name === 'ArgList');
    const { args, keywords } = argList ? callArgs(ctx, argList) : { args: [], keywords: [] };
    const body = block(ctx, bodyNode);
    return { kind: 'ClassDef', name, bases: args, keywords, body, decoratorList, ...span, ...endOf(ctx, body) };
  }
  const args = lowerParams(ctx, kids.find((k) => k.name === 'ParamList')!);
  const typeDef = kids.find((k) => k.name === 'TypeDef');
  let returns: A.Expr | null = null;
  if (typeDef) {
    const tk = ctx.children(typeDef);
    returns = lowerExpr(ctx, tk[tk.length - 1]);
  }
  const body = block(ctx, bodyNode);
  return { kind: 'FunctionDef', name, args, body, decoratorList, returns, ...span, ...endOf(ctx, body) };
}

/** 3.9+ `with (a as x, b):`, which lezer read as a parenthesized tuple (lezer-rewrites.ts unparenthesizeWithItems). */
function parenthesizedWithItems(ctx: LowerCtx, node: SyntaxNode): A.WithItem[] | null {
  const targets = ctx.parenWithItems.get(node.from);
  if (targets === undefined || (node.name !== 'TupleExpression' && node.name !== 'ParenthesizedExpression')) return null;
  const groups = splitCommas(ctx.children(node).filter((k) => k.name !== '(' && k.name !== ')')).groups;
  if (groups.length !== targets.length) return null;
  return groups.map((g, i) => {
    const t = targets[i];
    const optionalVars = t === null ? null : lowerSpan(ctx, t.from, t.to);
    if (optionalVars) setContext(ctx, optionalVars, 'Store');
    return { kind: 'withitem', contextExpr: lowerExprList(ctx, g), optionalVars };
  });
}

/** The offset of the first error node under `node`, or -1. */
function firstError(node: SyntaxNode): number {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.type.isError) return c.from;
    const inner = firstError(c);
    if (inner >= 0) return inner;
  }
  return -1;
}

const hasError = (node: SyntaxNode): boolean => firstError(node) >= 0;

/** A name node whose original text is no name: lezer was handed a placeholder there (lezer-rewrites.ts). */
function isPlaceholder(ctx: LowerCtx, node: SyntaxNode): boolean {
  return node.name === 'VariableName' && !/^[\p{L}_][\p{L}\p{N}_]*$/u.test(ctx.text(node).normalize('NFKC'));
}
