// The text `from __future__ import annotations` stores for an annotation (PEP 563), as
// Python/ast_unparse.c _PyAST_ExprAsUnicode writes it: precedence decides the parentheses,
// constants are their repr, and 3.8 unparses the AST after its optimizer folded constants.
import type * as A from '../syntax/ast';
import { doubleToString, floatRepr } from '../format/dtoa';
import { bytesRepr, strRepr } from '../format/strrepr';
import { foldExpr } from './fold';

// ast_unparse.c: the priority levels.
const PR_TUPLE = 0, PR_TEST = 1, PR_OR = 2, PR_AND = 3, PR_NOT = 4, PR_CMP = 5, PR_EXPR = 6;
const PR_BOR = PR_EXPR, PR_BXOR = 7, PR_BAND = 8, PR_SHIFT = 9, PR_ARITH = 10, PR_TERM = 11;
const PR_FACTOR = 12, PR_POWER = 13, PR_ATOM = 15;

const BINOPS: Record<A.OperatorName, [string, number]> = {
  Add: [' + ', PR_ARITH], Sub: [' - ', PR_ARITH], Mult: [' * ', PR_TERM], MatMult: [' @ ', PR_TERM],
  Div: [' / ', PR_TERM], Mod: [' % ', PR_TERM], LShift: [' << ', PR_SHIFT], RShift: [' >> ', PR_SHIFT],
  BitOr: [' | ', PR_BOR], BitXor: [' ^ ', PR_BXOR], BitAnd: [' & ', PR_BAND], FloorDiv: [' // ', PR_TERM],
  Pow: [' ** ', PR_POWER],
};
const UNARYOPS: Record<A.UnaryOpName, [string, number]> = {
  Invert: ['~', PR_FACTOR], Not: ['not ', PR_NOT], UAdd: ['+', PR_FACTOR], USub: ['-', PR_FACTOR],
};
const CMPOPS: Record<A.CmpOpName, string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ',
  Is: ' is ', IsNot: ' is not ', In: ' in ', NotIn: ' not in ',
};

/** _PyAST_ExprAsUnicode: an annotation's text, at the level of a test. */
export function exprAsUnicode(e: A.Expr, minor: number): string {
  return new Unparser(minor).expr(e, PR_TEST);
}

class Unparser {
  constructor(private readonly minor: number) {}

  /** append_repr: 3.9+ write an infinite float (any complex) with 1e309 for inf. */
  private repr(v: A.ConstantValue): string {
    if (v === null) return 'None';
    if (typeof v === 'boolean') return v ? 'True' : 'False';
    if (typeof v === 'bigint') return v.toString();
    if (typeof v === 'string') return strRepr(v);
    const inf = (s: string): string => (this.minor >= 9 ? s.replace(/inf/g, '1e309') : s);
    if (typeof v === 'number') return Number.isFinite(v) ? floatRepr(v) : inf(floatRepr(v));
    if (v.type === 'bytes') return bytesRepr(v.bytes);
    if (v.type === 'complex') {
      const re = v.real ?? 0;
      if (re === 0 && !Object.is(re, -0)) return inf(doubleToString(v.imag, 'r', 0) + 'j');
      return inf(`(${doubleToString(re, 'r', 0)}${doubleToString(v.imag, 'r', 0, { sign: true })}j)`);
    }
    return 'Ellipsis';
  }

  expr(e: A.Expr, level: number): string {
    // 3.8's Python/ast_opt.c folds annotations before the compiler unparses them.
    if (this.minor <= 8) e = invertNot(foldExpr(e));
    const paren = (pr: number, s: string): string => (level > pr ? `(${s})` : s);
    switch (e.kind) {
      case 'BoolOp': {
        const pr = e.op === 'And' ? PR_AND : PR_OR;
        return paren(pr, e.values.map((v) => this.expr(v, pr + 1)).join(e.op === 'And' ? ' and ' : ' or '));
      }
      case 'BinOp': {
        const [op, pr] = BINOPS[e.op];
        const rassoc = e.op === 'Pow' ? 1 : 0;
        return paren(pr, this.expr(e.left, pr + rassoc) + op + this.expr(e.right, pr + 1 - rassoc));
      }
      case 'UnaryOp': {
        const [op, pr] = UNARYOPS[e.op];
        return paren(pr, op + this.expr(e.operand, pr));
      }
      case 'Lambda': {
        const positional = e.args.args.length + e.args.posonlyargs.length;
        return paren(PR_TEST, (positional ? 'lambda ' : 'lambda') + this.args(e.args) + ': ' + this.expr(e.body, PR_TEST));
      }
      case 'IfExp':
        return paren(PR_TEST, `${this.expr(e.body, PR_TEST + 1)} if ${this.expr(e.test, PR_TEST + 1)} else ${this.expr(e.orelse, PR_TEST)}`);
      case 'Dict':
        return '{' + e.keys.map((k, i) => (k === null ? '**' + this.expr(e.values[i], PR_EXPR) : `${this.expr(k, PR_TEST)}: ${this.expr(e.values[i], PR_TEST)}`)).join(', ') + '}';
      case 'Set':
        return '{' + this.list(e.elts) + '}';
      case 'List':
        return '[' + this.list(e.elts) + ']';
      case 'Tuple': {
        if (e.elts.length === 0) return '()';
        if (this.minor <= 8 && allConstant(e.elts)) return this.constTuple(e.elts);
        return paren(PR_TUPLE, this.list(e.elts) + (e.elts.length === 1 ? ',' : ''));
      }
      case 'GeneratorExp':
        return `(${this.expr(e.elt, PR_TEST)}${this.comprehensions(e.generators)})`;
      case 'ListComp':
        return `[${this.expr(e.elt, PR_TEST)}${this.comprehensions(e.generators)}]`;
      case 'SetComp':
        return `{${this.expr(e.elt, PR_TEST)}${this.comprehensions(e.generators)}}`;
      case 'DictComp':
        return `{${this.expr(e.key, PR_TEST)}: ${this.expr(e.value, PR_TEST)}${this.comprehensions(e.generators)}}`;
      case 'Yield':
        return e.value === null ? '(yield)' : `(yield ${this.expr(e.value, PR_TEST)})`;
      case 'YieldFrom':
        return `(yield from ${this.expr(e.value, PR_TEST)})`;
      case 'Await':
        // Python/ast_unparse.c append_ast_await: PR_AWAIT (14), its operand at PR_ATOM.
        return paren(14, `await ${this.expr(e.value, PR_ATOM)}`);
      case 'Compare': {
        let s = this.expr(e.left, PR_CMP + 1);
        e.ops.forEach((op, i) => (s += CMPOPS[op] + this.expr(e.comparators[i], PR_CMP + 1)));
        return paren(PR_CMP, s);
      }
      case 'Call': {
        const func = this.expr(e.func, PR_ATOM);
        if (e.args.length === 1 && e.keywords.length === 0 && e.args[0].kind === 'GeneratorExp') return func + this.expr(e.args[0], PR_TEST);
        const parts = e.args.map((a) => this.expr(a, PR_TEST));
        for (const k of e.keywords) parts.push((k.arg === null ? '**' : k.arg + '=') + this.expr(k.value, PR_TEST));
        return `${func}(${parts.join(', ')})`;
      }
      case 'Constant':
        return typeof e.value === 'object' && e.value !== null && e.value.type === 'ellipsis' ? '...' : this.repr(e.value);
      case 'JoinedStr':
        return 'f' + strRepr(this.fstringBody(e));
      case 'FormattedValue':
        return this.formattedValue(e);
      case 'Attribute': {
        const v = e.value;
        // An int needs a space before the period to stay one token.
        const period = v.kind === 'Constant' && typeof v.value === 'bigint' ? ' .' : '.';
        return this.expr(v, PR_ATOM) + period + e.attr;
      }
      case 'Subscript':
        // append_ast_subscript: a starred item too (3.11+) leaves the tuple bare, `a[*b,]`.
        return `${this.expr(e.value, PR_ATOM)}[${this.expr(e.slice, PR_TUPLE)}]`;
      case 'Starred':
        return '*' + this.expr(e.value, PR_EXPR);
      case 'Slice': {
        let s = (e.lower ? this.expr(e.lower, PR_TEST) : '') + ':' + (e.upper ? this.expr(e.upper, PR_TEST) : '');
        if (e.step) s += ':' + this.expr(e.step, PR_TEST);
        return s;
      }
      case 'Name':
        return e.id;
      case 'NamedExpr':
        return paren(PR_TUPLE, this.expr(e.target, PR_ATOM) + (this.minor <= 8 ? ':=' : ' := ') + this.expr(e.value, PR_ATOM));
    }
  }

  private list(elts: A.Expr[]): string {
    return elts.map((x) => this.expr(x, PR_TEST)).join(', ');
  }

  /** 3.8's optimizer makes a tuple of constants one constant (fold_tuple), written as its repr. */
  private constTuple(elts: A.Expr[]): string {
    const items = elts.map((x) => {
      const c = foldExpr(x);
      return c.kind === 'Tuple' ? this.constTuple(c.elts) : this.repr((c as A.Constant).value);
    });
    return `(${items.join(', ')}${items.length === 1 ? ',' : ''})`;
  }

  private comprehensions(gens: A.Comprehension[]): string {
    let s = '';
    for (const g of gens) {
      s += ` for ${this.expr(g.target, PR_TUPLE)} in ${this.expr(g.iter, PR_TEST + 1)}`;
      for (const c of g.ifs) s += ` if ${this.expr(c, PR_TEST + 1)}`;
    }
    return s;
  }

  /** append_ast_args */
  private args(a: A.Arguments): string {
    const parts: string[] = [];
    const arg = (p: A.Arg): string => p.arg + (p.annotation ? ': ' + this.expr(p.annotation, PR_TEST) : '');
    const positional = [...a.posonlyargs, ...a.args];
    positional.forEach((p, i) => {
      let s = arg(p);
      const di = i - positional.length + a.defaults.length;
      if (di >= 0) s += '=' + this.expr(a.defaults[di], PR_TEST);
      if (a.posonlyargs.length && i + 1 === a.posonlyargs.length) s += ', /';
      parts.push(s);
    });
    if (a.vararg || a.kwonlyargs.length) parts.push('*' + (a.vararg ? arg(a.vararg) : ''));
    a.kwonlyargs.forEach((p, i) => {
      const d = a.kwDefaults[i];
      parts.push(arg(p) + (d ? '=' + this.expr(d, PR_TEST) : ''));
    });
    if (a.kwarg) parts.push('**' + arg(a.kwarg));
    return parts.join(', ');
  }

  /** build_fstring_body: literal parts with their braces doubled, then the replacement fields. */
  private fstringBody(e: A.JoinedStr): string {
    let s = '';
    for (const v of e.values) {
      if (v.kind === 'Constant') s += String(v.value).replace(/\{/g, '{{').replace(/\}/g, '}}');
      else s += this.formattedValue(v);
    }
    return s;
  }

  /** append_formattedvalue: a value that starts with a brace gets a space after the outer one. */
  private formattedValue(e: A.FormattedValue): string {
    const value = this.expr(e.value, PR_TEST + 1);
    let s = (value.startsWith('{') ? '{ ' : '{') + value;
    if (e.conversion > 0) s += '!' + String.fromCharCode(e.conversion);
    if (e.formatSpec) s += ':' + this.fstringBody(e.formatSpec);
    return s + '}';
  }
}

function allConstant(elts: A.Expr[]): boolean {
  return elts.every((x) => {
    const c = foldExpr(x);
    return c.kind === 'Constant' || (c.kind === 'Tuple' && allConstant(c.elts));
  });
}

const INVERSE: Partial<Record<A.CmpOpName, A.CmpOpName>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };

/** ast_opt.c fold_unaryop: `not a in b` is `a not in b` (and is/is not likewise) after 3.8's optimizer. */
function invertNot(e: A.Expr): A.Expr {
  if (e.kind !== 'UnaryOp' || e.op !== 'Not' || e.operand.kind !== 'Compare' || e.operand.ops.length !== 1) return e;
  const inverse = INVERSE[e.operand.ops[0]];
  return inverse === undefined ? e : { ...e.operand, ops: [inverse] };
}
