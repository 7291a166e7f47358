// The compiler's SyntaxWarnings about a literal called or subscripted (Python/compile.c
// check_caller, check_subscripter, check_index): what is sure to raise a TypeError at run
// time, which the same in 3.8-3.13 word as "...; perhaps you missed a comma?".
import type * as A from '../syntax/ast';
import { R } from '../state';
import { foldExpr } from './fold';

const COMMA = 'perhaps you missed a comma?';

/** The type name of a constant's value (its tp_name). */
function constantType(v: A.ConstantValue): string {
  if (v === null) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'string') return 'str';
  return v.type === 'bytes' ? 'bytes' : v.type === 'complex' ? 'complex' : 'ellipsis';
}

/** The AST optimizer has run before the compiler looks: `(1 + 2)()` is a call of an int. */
function folded(e: A.Expr): A.Expr {
  return e.kind === 'BinOp' || e.kind === 'UnaryOp' || e.kind === 'Subscript' ? foldExpr(e) : e;
}

/** infer_type: the type of what e evaluates to when its kind decides it, else null. */
function inferType(e: A.Expr): string | null {
  switch (e.kind) {
    case 'Tuple':
      return 'tuple';
    case 'List':
    case 'ListComp':
      return 'list';
    case 'Dict':
    case 'DictComp':
      return 'dict';
    case 'Set':
    case 'SetComp':
      return 'set';
    case 'GeneratorExp':
      return 'generator';
    case 'Lambda':
      return 'function';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'str';
    case 'Constant':
      return constantType(e.value);
    default:
      return null;
  }
}

/** check_caller: a display, comprehension or constant called. */
export function checkCaller(func: A.Expr): string | null {
  const f = folded(func);
  switch (f.kind) {
    case 'Constant':
    case 'Tuple':
    case 'List':
    case 'ListComp':
    case 'Dict':
    case 'DictComp':
    case 'Set':
    case 'SetComp':
    case 'GeneratorExp':
    case 'JoinedStr':
    case 'FormattedValue':
      return `'${inferType(f)}' object is not callable; ${COMMA}`;
    default:
      return null;
  }
}

/**
 * check_subscripter, then check_index: what a subscript in a load (not a store, del or
 * augmented assignment) warns about, each of the two at most once.
 */
export function checkSubscript(e: A.Subscript): string[] {
  const value = folded(e.value);
  const out: string[] = [];
  const name = inferType(value);
  const notSubscriptable =
    value.kind === 'Constant'
      ? ['NoneType', 'ellipsis', 'int', 'bool', 'float', 'complex'].includes(name!)
      : value.kind === 'Set' || value.kind === 'SetComp' || value.kind === 'GeneratorExp' || value.kind === 'Lambda';
  if (notSubscriptable) out.push(`'${name}' object is not subscriptable; ${COMMA}`);
  // 3.8 checks an Index slice only: a tuple with a slice in it is an ExtSlice there.
  if (R.minor <= 8 && e.slice.kind === 'Tuple' && e.slice.elts.some((x) => x.kind === 'Slice')) return out;
  const index = inferType(folded(e.slice));
  if (index === null || index === 'int' || index === 'bool') return out;
  const sequence =
    value.kind === 'Constant'
      ? name === 'str' || name === 'bytes'
      : value.kind === 'Tuple' || value.kind === 'List' || value.kind === 'ListComp' || value.kind === 'JoinedStr' || value.kind === 'FormattedValue';
  if (sequence) out.push(`${name} indices must be integers or slices, not ${index}; ${COMMA}`);
  return out;
}
