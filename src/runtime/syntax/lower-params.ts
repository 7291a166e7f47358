// Parameter lists of `def` and `lambda` into CPython's `arguments`, with the 3.11
// messages for misplaced defaults, `/` and `*`.
import type { SyntaxNode } from '@lezer/common';
import type * as A from './ast';
import type { LowerCtx } from './lower-core';
import { rewrittenStar } from './lower-expr';

export function lowerParams(ctx: LowerCtx, list: SyntaxNode): A.Arguments {
  const out: A.Arguments = { kind: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kwDefaults: [], kwarg: null, defaults: [] };
  let kids = ctx.children(list);
  const lambda = kids[0]?.name !== '(';
  let start = list.from;
  let end = list.to;
  if (kids[0]?.name === '(') { start = kids[0].to; end = kids[kids.length - 1].from; kids = kids.slice(1, -1); }
  // `/` is an anonymous token in lezer's grammar, so it shows only as a gap in the text.
  const groups: { nodes: SyntaxNode[]; from: number; to: number }[] = [];
  let cur: SyntaxNode[] = [];
  let curFrom = start;
  for (const k of kids) {
    if (k.name === ',') { groups.push({ nodes: cur, from: curFrom, to: k.from }); cur = []; curFrom = k.to; }
    else cur.push(k);
  }
  if (cur.length > 0 || /\//.test(ctx.src.slice(curFrom, end))) groups.push({ nodes: cur, from: curFrom, to: end });
  let star = false;
  let seenDefault = false;
  let slash = false;
  let kwarg = false;
  let bareStarAt = -1;
  // Grammar/python.gram invalid_parameters, invalid_star_etc: 3.11 named these; before, invalid syntax.
  const named = (message: string): string => (ctx.minor >= 11 ? message : 'invalid syntax');
  let kwargAt = -1;
  for (const g of groups) {
    const n = g.nodes;
    if (kwarg) ctx.fail(named('arguments cannot follow var-keyword argument'), n[0]?.from ?? g.from);
    if (n.length === 0) {
      const at = g.from + ctx.src.slice(g.from, g.to).indexOf('/');
      if (slash) ctx.fail(named('/ may appear only once'), at);
      if (star) ctx.fail(out.vararg?.annotation?.kind === 'Starred' ? 'invalid syntax' : named('/ must be ahead of *'), at);
      if (out.args.length === 0) ctx.fail(named('at least one argument must precede /'), at);
      out.posonlyargs = out.args;
      out.args = [];
      slash = true;
      continue;
    }
    if (n[0].name === '*' || n[0].name === '**') {
      const double = n[0].name === '**';
      // Grammar/python.gram invalid_parameters knows no star annotation: after one, plain invalid syntax.
      if (!double && star) ctx.fail(out.vararg?.annotation?.kind === 'Starred' ? 'invalid syntax' : named('* argument may appear only once'), n[0].from);
      if (n.length === 1) {
        if (double) ctx.fail('invalid syntax', n[0].to);
        star = true;
        bareStarAt = n[0].from;
        continue;
      }
      const assign = n.find((k) => k.name === 'AssignOp');
      if (assign && !double && starAnnotation(ctx, n)) ctx.fail('invalid syntax', assign.from);
      if (assign) {
        ctx.fail(double ? 'var-keyword argument cannot have default value' : 'var-positional argument cannot have default value', n[0].from);
      }
      const a = arg(ctx, n.slice(1), !double);
      if (double) { out.kwarg = a; kwarg = true; kwargAt = n[0].from; }
      else { out.vararg = a; star = true; }
      continue;
    }
    const eq = n.findIndex((k) => k.name === 'AssignOp');
    const a = arg(ctx, eq >= 0 ? n.slice(0, eq) : n);
    const dflt = eq >= 0 ? ctx.lowerExpr(n[eq + 1]) : null;
    if (star) {
      out.kwonlyargs.push(a);
      out.kwDefaults.push(dflt);
      bareStarAt = -1;
    } else {
      if (dflt) { out.defaults.push(dflt); seenDefault = true; }
      else if (seenDefault) {
        const message = ctx.minor >= 12 ? 'parameter without a default follows parameter with a default' : 'non-default argument follows default argument';
        // 3.8's ast.c at the parameter list, 3.9's RAISE_SYNTAX_ERROR at the last token it read.
        ctx.fail(message, ctx.minor === 8 ? groups[0].from : ctx.minor === 9 ? lastRead(ctx, n[n.length - 1].to) : n[0].from);
      }
      out.args.push(a);
    }
  }
  // 3.9's parser, and every version's invalid_lambda_star_etc (RAISE_SYNTAX_ERROR), at the last token read.
  // 3.8's ast.c handle_keywordonly_args stops at a `**` after the bare star and reports there.
  if (bareStarAt >= 0) ctx.fail('named arguments must follow bare *', ctx.minor === 9 || (lambda && ctx.minor >= 9) ? lastRead(ctx, bareStarAt + 1) : ctx.minor === 8 && kwargAt >= 0 ? kwargAt : bareStarAt);
  return out;
}

/** The token 3.9's parser had read last after a parameter ending at `end`: the next, or past a comma the one after. */
function lastRead(ctx: LowerCtx, end: number): number {
  const m = /^[ \t\\\n]*(,[ \t\\\n]*)?/.exec(ctx.src.slice(end))!;
  return end + m[0].length;
}

/** Whether the parameter's annotation starts with a star (lezer-rewrites.ts starredVarargAnnotations). */
function starAnnotation(ctx: LowerCtx, n: SyntaxNode[]): boolean {
  const typeDef = n.find((k) => k.name === 'TypeDef');
  return typeDef !== undefined && ctx.src[typeDef.lastChild?.from ?? -1] === '*';
}

/** One parameter; `vararg`: the `*args` one, whose annotation may be starred (3.11, PEP 646). */
function arg(ctx: LowerCtx, n: SyntaxNode[], vararg = false): A.Arg {
  const name = n[0];
  const typeDef = n.find((k) => k.name === 'TypeDef');
  let annotation: A.Expr | null = null;
  if (typeDef) {
    const tk = ctx.children(typeDef);
    const ann = tk[tk.length - 1];
    annotation = (vararg ? rewrittenStar(ctx, ann) : null) ?? ctx.lowerExpr(ann);
  }
  return { kind: 'arg', arg: ctx.text(name).normalize('NFKC'), annotation, ...ctx.loc(name.from, (typeDef ?? name).to) };
}
