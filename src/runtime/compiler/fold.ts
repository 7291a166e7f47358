// Constant folding as CPython's AST optimizer does it (Python/ast_opt.c fold_binop,
// fold_unaryop, fold_subscr): an operation on constants becomes one constant, within the
// same size limits, so `999 + 1` is the code object's constant 1000 and `is` sees that.
import type * as A from '../syntax/ast';
import { floatFloorDiv, floatMod, floatPow, intTrueDivide } from '../format/arith';
import { isFormatError } from '../format/errors';
import { foldBinop, foldBytesIndex, foldUnaryop, involvesBytesOrComplex } from './fold-bytes-complex';
import { constTuple, foldTupleBinop, foldTupleIndex } from './fold-tuples';
import { optimizeFormat } from './fold-format';
import { R } from '../state';

/** Python/ast_opt.c: results larger than these are left to run time. */
const MAX_INT_SIZE = 128; // bits
const MAX_STR_SIZE = 4096; // characters
const SSIZE_MAX = 2n ** 63n - 1n;

type Num = bigint | number;

/** The folded form of e, or e itself when it is not an operation on constants that CPython folds. */
export function foldExpr(e: A.Expr): A.Expr {
  switch (e.kind) {
    case 'BinOp': {
      const left = foldExpr(e.left);
      const right = foldExpr(e.right);
      if (left.kind !== 'Constant' || right.kind !== 'Constant') {
        const t = foldTupleBinop(e, left, right, foldExpr);
        if (t !== undefined) return t;
        // fold_binop: a format with a tuple display fold_tuple left (an item not constant).
        if (R.minor >= 11 && e.op === 'Mod' && left.kind === 'Constant' && typeof left.value === 'string' && right.kind === 'Tuple' && constTuple(right, foldExpr) === null) {
          const j = optimizeFormat(e, left.value, right.elts);
          if (j !== undefined) return j;
        }
        return left === e.left && right === e.right ? e : { ...e, left, right };
      }
      const v = binop(e.op, left.value, right.value);
      return v === undefined ? { ...e, left, right } : constant(e, v);
    }
    case 'UnaryOp': {
      const operand = foldExpr(e.operand);
      if (operand.kind !== 'Constant') return operand === e.operand ? e : { ...e, operand };
      const v = unaryop(e.op, operand.value);
      return v === undefined ? { ...e, operand } : constant(e, v);
    }
    case 'Subscript': {
      if (e.ctx !== 'Load') return e;
      const value = foldExpr(e.value);
      const index = foldExpr(e.slice);
      if (value.kind === 'Constant' && index.kind === 'Constant' && typeof value.value === 'string') {
        const v = strIndex(value.value, index.value);
        if (v !== undefined) return constant(e, v);
      }
      if (value.kind === 'Constant' && index.kind === 'Constant') {
        const v = foldBytesIndex(value.value, index.value);
        if (v !== undefined) return constant(e, v);
      }
      const item = foldTupleIndex(e, value, index, foldExpr);
      if (item !== undefined) return item;
      return value === e.value && index === e.slice ? e : { ...e, value, slice: index };
    }
    default:
      return e;
  }
}

function constant(at: A.Expr, value: A.ConstantValue): A.Constant {
  return { kind: 'Constant', value, line: at.line, col: at.col, endLine: at.endLine, endCol: at.endCol } as A.Constant;
}

/** bool is an int subtype: True + 1 folds to 2. */
function num(v: A.ConstantValue): Num | undefined {
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'bigint' || typeof v === 'number') return v;
  return undefined;
}

function bits(v: bigint): number {
  return (v < 0n ? -v : v).toString(2).length - (v === 0n ? 1 : 0);
}

/** An int as a float operand, when the conversion is exact (2**53 and below). */
function asFloat(v: Num): number | undefined {
  if (typeof v === 'number') return v;
  return v <= 2n ** 53n && v >= -(2n ** 53n) ? Number(v) : undefined;
}

function unaryop(op: A.UnaryOpName, v: A.ConstantValue): A.ConstantValue | undefined {
  if (involvesBytesOrComplex(v)) return foldUnaryop(op, v);
  if (op === 'Not') {
    const t = truthy(v);
    return t === undefined ? undefined : !t;
  }
  const n = num(v);
  if (n === undefined) return undefined;
  switch (op) {
    case 'UAdd':
      return n;
    case 'USub':
      return typeof n === 'bigint' ? -n : -n;
    case 'Invert':
      return typeof n === 'bigint' ? -n - 1n : undefined;
  }
}

/** Does e fold to a constant that is true (so a loop on it never tests it)? */
export function isConstantTrue(e: A.Expr): boolean {
  const f = foldExpr(e);
  return f.kind === 'Constant' && truthy(f.value) === true;
}

function truthy(v: A.ConstantValue): boolean | undefined {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  return undefined;
}

function binop(op: A.OperatorName, a: A.ConstantValue, b: A.ConstantValue): A.ConstantValue | undefined {
  if (involvesBytesOrComplex(a, b)) return foldBinop(op, a, b);
  // bool_and, bool_or, bool_xor (Objects/boolobject.c): two bools give a bool, not an int.
  if (typeof a === 'boolean' && typeof b === 'boolean') {
    if (op === 'BitAnd') return a && b;
    if (op === 'BitOr') return a || b;
    if (op === 'BitXor') return a !== b;
  }
  if (typeof a === 'string' || typeof b === 'string') return strop(op, a, b);
  const x = num(a);
  const y = num(b);
  if (x === undefined || y === undefined) return undefined;
  if (typeof x === 'bigint' && typeof y === 'bigint') return intop(op, x, y);
  const f = asFloat(x);
  const g = asFloat(y);
  if (f === undefined || g === undefined) return undefined;
  // Floats fold as the runtime computes them (format/arith.ts: float_floor_div, float_rem, float_pow).
  switch (op) {
    case 'Add':
      return f + g;
    case 'Sub':
      return f - g;
    case 'Mult':
      return f * g;
    case 'Div':
      return g === 0 ? undefined : f / g;
    case 'FloorDiv':
      return orUndefined(() => floatFloorDiv(f, g));
    case 'Mod':
      return orUndefined(() => floatMod(f, g));
    case 'Pow':
      return power(f, g);
    default:
      return undefined;
  }
}

/**
 * safe_power of floats: float_pow's result as the runtime computes it (a negative base to a
 * non-integral power gives the complex one); what would raise is left to run time.
 */
function power(f: number, g: number): A.ConstantValue | undefined {
  return orUndefined(() => {
    const r = floatPow(f, g);
    return r === null ? foldBinop('Pow', f, g) : r;
  });
}

/** What an operation gives, or undefined where it would raise (then it is left to run time). */
function orUndefined(op: () => A.ConstantValue | undefined): A.ConstantValue | undefined {
  try {
    return op();
  } catch (e) {
    if (isFormatError(e)) return undefined;
    throw e;
  }
}

function intop(op: A.OperatorName, x: bigint, y: bigint): A.ConstantValue | undefined {
  const r = ((): A.ConstantValue | undefined => {
    switch (op) {
      case 'Add':
        return x + y;
      case 'Sub':
        return x - y;
      // safe_multiply: both operands non-zero and more than MAX_INT_SIZE bits together.
      case 'Mult':
        return x !== 0n && y !== 0n && bits(x) + bits(y) > MAX_INT_SIZE ? undefined : x * y;
      case 'Div':
        return orUndefined(() => intTrueDivide(x, y));
      case 'FloorDiv':
      case 'Mod': {
        if (y === 0n) return undefined;
        let q = x / y;
        if ((x % y !== 0n) && (x < 0n) !== (y < 0n)) q -= 1n;
        return op === 'FloorDiv' ? q : x - q * y;
      }
      // safe_power: a non-negative exponent whose result would pass MAX_INT_SIZE bits stays;
      // a negative one makes a float (long_pow hands it to float_pow).
      case 'Pow':
        if (y < 0n) {
          const f = asFloat(x);
          const g = asFloat(y);
          return f === undefined || g === undefined ? undefined : power(f, g);
        }
        if (bits(x) > 0 && BigInt(bits(x)) * y > BigInt(MAX_INT_SIZE)) return undefined;
        return x ** y;
      // safe_lshift
      case 'LShift':
        if (y < 0n) return undefined;
        if (x !== 0n && (y > BigInt(MAX_INT_SIZE) || bits(x) > MAX_INT_SIZE - Number(y))) return undefined;
        return x << y;
      case 'RShift':
        return y < 0n ? undefined : x >> y;
      case 'BitAnd':
        return x & y;
      case 'BitOr':
        return x | y;
      case 'BitXor':
        return x ^ y;
      default:
        return undefined;
    }
  })();
  return r;
}

function strop(op: A.OperatorName, a: A.ConstantValue, b: A.ConstantValue): string | undefined {
  if (op === 'Add' && typeof a === 'string' && typeof b === 'string') {
    return a.length + b.length > MAX_STR_SIZE ? undefined : a + b;
  }
  // safe_multiply on a sequence: the result's length, at most MAX_STR_SIZE characters.
  if (op === 'Mult') {
    const [s, n] = typeof a === 'string' ? [a, num(b)] : [b as string, num(a)];
    if (typeof n !== 'bigint' || typeof s !== 'string') return undefined;
    // A count past Py_ssize_t raises (sequence_repeat's OverflowError), at run time.
    if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) return undefined;
    const len = [...s].length;
    if (n <= 0n) return '';
    if (len > 0 && BigInt(len) * n > BigInt(MAX_STR_SIZE)) return undefined;
    return s.repeat(Number(n));
  }
  // safe_mod: str % args is never folded (its result depends on formatting).
  return undefined;
}

/** fold_subscr on a str constant: "abc"[1] and "abc"[-1]. */
function strIndex(s: string, i: A.ConstantValue): string | undefined {
  const n = num(i);
  if (typeof n !== 'bigint') return undefined;
  const cps = [...s];
  const k = n < 0n ? BigInt(cps.length) + n : n;
  return k < 0n || k >= BigInt(cps.length) ? undefined : cps[Number(k)];
}

