// Folding of operations on tuple constants (Python/ast_opt.c): fold_tuple makes a display of
// constants one Constant first, so fold_binop folds `(1, 2) * 2` and `(1,) + (2,)` (within
// safe_multiply's limits) and fold_subscr `(1, 2)[0]`. A folded tuple stays a display of
// constants here, which the compiler loads as one tuple constant.
import type * as A from '../syntax/ast';

/** Python/ast_opt.c: a repeated tuple past these is left to run time. */
const MAX_COLLECTION_SIZE = 256;
const MAX_TOTAL_ITEMS = 1024;
const SSIZE_MAX = 2n ** 63n - 1n;

type Fold = (e: A.Expr) => A.Expr;

/** e as a display of folded constants (what fold_tuple makes a Constant), or null. */
export function constTuple(e: A.Expr, fold: Fold): A.Tuple | null {
  if (e.kind !== 'Tuple' || e.ctx !== 'Load') return null;
  const elts: A.Expr[] = [];
  for (const x of e.elts) {
    const f = fold(x);
    const c = f.kind === 'Constant' ? f : constTuple(f, fold);
    if (c === null) return null;
    elts.push(c);
  }
  return elts.every((x, i) => x === e.elts[i]) ? e : { ...e, elts };
}

function display(at: A.Expr, elts: A.Expr[]): A.Tuple {
  return { kind: 'Tuple', elts, ctx: 'Load', line: at.line, col: at.col, endLine: at.endLine, endCol: at.endCol } as A.Tuple;
}

/** An int operand (bool included), as PyLong_Check sees it. */
function intOf(e: A.Expr): bigint | undefined {
  if (e.kind !== 'Constant') return undefined;
  if (typeof e.value === 'boolean') return e.value ? 1n : 0n;
  return typeof e.value === 'bigint' ? e.value : undefined;
}

/** check_complexity: the limit left after counting the items of nested tuples. */
function complexity(e: A.Expr, limit: number): number {
  if (e.kind !== 'Tuple') return limit;
  limit -= e.elts.length;
  for (let i = 0; limit >= 0 && i < e.elts.length; i++) limit = complexity(e.elts[i], limit);
  return limit;
}

/** fold_binop on a tuple constant: tuple + tuple, and safe_multiply's tuple * int; else undefined. */
export function foldTupleBinop(at: A.BinOp, left: A.Expr, right: A.Expr, fold: Fold): A.Tuple | undefined {
  const l = constTuple(left, fold);
  const r = constTuple(right, fold);
  if (at.op === 'Add') return l !== null && r !== null ? display(at, [...l.elts, ...r.elts]) : undefined;
  if (at.op !== 'Mult') return undefined;
  const [t, n] = l !== null ? [l, intOf(right)] : [r, intOf(left)];
  if (t === null || n === undefined) return undefined;
  const size = t.elts.length;
  if (size === 0) return n > SSIZE_MAX || n < -SSIZE_MAX - 1n ? undefined : display(at, []);
  // PyLong_AsLong's overflow is an error too: left to run time.
  if (n < 0n || n > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return undefined;
  if (n > 0n && complexity(t, Math.floor(MAX_TOTAL_ITEMS / Number(n))) < 0) return undefined;
  const elts: A.Expr[] = [];
  for (let i = 0n; i < n; i++) elts.push(...t.elts);
  return display(at, elts);
}

/** fold_subscr on a tuple constant with an int index in range: that item; else undefined. */
export function foldTupleIndex(at: A.Expr, value: A.Expr, index: A.Expr, fold: Fold): A.Expr | undefined {
  const t = constTuple(value, fold);
  const i = intOf(index);
  if (t === null || i === undefined) return undefined;
  const k = i < 0n ? BigInt(t.elts.length) + i : i;
  if (k < 0n || k >= BigInt(t.elts.length)) return undefined;
  const item = t.elts[Number(k)];
  return { ...item, line: at.line, col: at.col, endLine: at.endLine, endCol: at.endCol };
}
