// Expressions that compile to one constant (Python/ast_opt.c folding of operations and
// tuple displays), as the ConstSpecs the code units hold.
import type * as A from '../syntax/ast';
import { ConstSpec, constKey } from './unit';
import { foldExpr } from './fold';
import { astTuples } from './code-object';

/** The constant an expression compiles to when it is one LOAD_CONST (a folded operation or tuple), else null. */
export function loadsOneConst(e: A.Expr): ConstSpec | null {
  const f = e.kind === 'BinOp' || e.kind === 'UnaryOp' || e.kind === 'Subscript' ? foldExpr(e) : e;
  if (f.kind === 'Constant') return constSpec(f.value);
  return f.kind === 'Tuple' ? astTuple(constTupleOf(f.elts)) : null;
}

/** A tuple display folded by the AST optimizer (Python/ast_opt.c fold_tuple, fold_iter), not by the compiler. */
export function astTuple(c: ConstSpec | null): ConstSpec | null {
  if (c !== null) astTuples.add(c);
  return c;
}

/** PyFrozenSet_New of a display's constants: equal items (1, 1.0 and True) are one, the first. */
export function frozensetOf(items: ConstSpec[]): ConstSpec {
  const seen = new Set<string>();
  const kept: ConstSpec[] = [];
  for (const c of items) {
    const k = equalityKey(c);
    if (k !== null && seen.has(k)) continue;
    if (k !== null) seen.add(k);
    kept.push(c);
  }
  return { t: 'frozenset', items: kept };
}

/** What a constant compares equal by: numbers by value whatever their type; NaN to nothing. */
function equalityKey(c: ConstSpec): string | null {
  switch (c.t) {
    case 'bool':
      return `n:${c.v ? 1 : 0}`;
    case 'int':
      return `n:${c.v}`;
    case 'float':
      return Number.isNaN(c.v) ? null : Number.isInteger(c.v) ? `n:${BigInt(c.v)}` : `n:${c.v}`;
    case 'complex':
      return c.imag === 0 ? equalityKey({ t: 'float', v: c.real ?? 0 }) : `c:${c.real ?? 0},${c.imag}`;
    default:
      return constKey(c);
  }
}

/**
 * A display of constants as one tuple constant, or null (a non-constant display). Python/ast_opt.c
 * fold_tuple folds inner displays first, so a tuple of constant tuples is one constant, and ()
 * is a constant too.
 */
export function constTupleOf(elts: A.Expr[]): ConstSpec | null {
  const items: ConstSpec[] = [];
  for (const x of elts) {
    const c = loadsOneConst(x);
    if (c === null) return null;
    items.push(c);
  }
  return { t: 'tuple', items };
}

export function constSpec(v: A.ConstantValue): ConstSpec {
  if (v === null) return { t: 'none' };
  if (typeof v === 'boolean') return { t: 'bool', v };
  if (typeof v === 'bigint') return { t: 'int', v };
  if (typeof v === 'number') return { t: 'float', v };
  if (typeof v === 'string') return { t: 'str', v };
  if (v.type === 'bytes') {
    const { onePiece, refolds } = v;
    return { t: 'bytes', v: v.bytes, ...(onePiece ? { onePiece } : {}), ...(refolds ? { refolds } : {}) };
  }
  if (v.type === 'complex') return { t: 'complex', imag: v.imag, real: v.real };
  return { t: 'ellipsis' };
}
