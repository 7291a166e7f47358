// Constant folding of bytes and complex constants (Python/ast_opt.c fold_binop,
// fold_unaryop, fold_subscr, safe_multiply): `1 + 2j`, `-1j`, `b'ab' * 3`, `b'ab'[0]`
// become one constant; what would raise is left to run time.
import type * as A from '../syntax/ast';
import { C, complexPower, prod, quot } from '../format/complexmath';

const MAX_STR_SIZE = 4096; // bytes, as for str

type Bytes = { readonly type: 'bytes'; readonly bytes: Uint8Array; readonly onePiece?: true; readonly refolds?: number };
type Complex = { readonly type: 'complex'; readonly imag: number; readonly real?: number };

function isBytes(v: A.ConstantValue): v is Bytes {
  return typeof v === 'object' && v !== null && v.type === 'bytes';
}
function isComplex(v: A.ConstantValue): v is Complex {
  return typeof v === 'object' && v !== null && v.type === 'complex';
}

/** Whether this operation involves a bytes or complex constant (then only this file folds it). */
export function involvesBytesOrComplex(a: A.ConstantValue, b?: A.ConstantValue): boolean {
  return isBytes(a) || isComplex(a) || (b !== undefined && (isBytes(b) || isComplex(b)));
}

/** A number constant as a Py_complex; undefined for other constants or ints too large for a double. */
function asC(v: A.ConstantValue): C | undefined {
  if (isComplex(v)) return { re: v.real ?? 0, im: v.imag };
  if (typeof v === 'boolean') return { re: v ? 1 : 0, im: 0 };
  if (typeof v === 'number') return { re: v, im: 0 };
  if (typeof v === 'bigint') {
    const d = Number(v);
    return Number.isFinite(d) ? { re: d, im: 0 } : undefined;
  }
  return undefined;
}

const complex = (c: C): Complex => ({ type: 'complex', real: c.re, imag: c.im });

/** An int repetition count (bool included), or undefined. */
function count(v: A.ConstantValue): bigint | undefined {
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return typeof v === 'bigint' ? v : undefined;
}

/** The operand itself as the fold's result: make_const adds it to the arena once more. */
function refold(s: Bytes): Bytes {
  return { ...s, refolds: (s.refolds ?? 0) + 1 };
}

export function foldBinop(op: A.OperatorName, a: A.ConstantValue, b: A.ConstantValue): A.ConstantValue | undefined {
  if (isBytes(a) || isBytes(b)) {
    // bytes_concat's end cases: an empty operand gives the other one itself.
    if (op === 'Add' && isBytes(a) && isBytes(b) && (a.bytes.length === 0 || b.bytes.length === 0)) return refold(a.bytes.length === 0 ? b : a);
    if (op === 'Add' && isBytes(a) && isBytes(b)) {
      const r = new Uint8Array(a.bytes.length + b.bytes.length);
      r.set(a.bytes);
      r.set(b.bytes, a.bytes.length);
      return { type: 'bytes', bytes: r };
    }
    if (op !== 'Mult') return undefined;
    // safe_multiply: a negative count or a result past MAX_STR_SIZE stays for run time.
    const [s, n] = isBytes(a) ? [a, count(b)] : [b as Bytes, count(a)];
    if (!isBytes(s) || n === undefined) return undefined;
    const size = s.bytes.length;
    if (size > 0 && (n < 0n || n * BigInt(size) > BigInt(MAX_STR_SIZE))) return undefined;
    // A count past Py_ssize_t raises (sequence_repeat's OverflowError), at run time.
    if (n > 2n ** 63n - 1n || n < -(2n ** 63n)) return undefined;
    const k = n > 0n ? Number(n) : 0;
    // bytes_repeat: a result as long as the operand is the operand itself (b'ab' * 1, b'' * 5).
    if (size * k === size) return refold(s);
    const r = new Uint8Array(size * k);
    for (let i = 0; i < k; i++) r.set(s.bytes, i * size);
    return { type: 'bytes', bytes: r };
  }
  const x = asC(a);
  const y = asC(b);
  if (x === undefined || y === undefined) return undefined;
  switch (op) {
    case 'Add':
      return complex({ re: x.re + y.re, im: x.im + y.im });
    case 'Sub':
      return complex({ re: x.re - y.re, im: x.im - y.im });
    case 'Mult':
      return complex(prod(x, y));
    case 'Div': {
      const q = quot(x, y);
      return q === null ? undefined : complex(q);
    }
    case 'Pow': {
      const p = complexPower(x, y);
      return typeof p === 'string' ? undefined : complex(p);
    }
    default:
      return undefined;
  }
}

export function foldUnaryop(op: A.UnaryOpName, v: A.ConstantValue): A.ConstantValue | undefined {
  if (op === 'Not') return isBytes(v) ? v.bytes.length === 0 : isComplex(v) ? (v.real ?? 0) === 0 && v.imag === 0 : undefined;
  if (!isComplex(v)) return undefined;
  if (op === 'UAdd') return v;
  if (op === 'USub') return complex({ re: -(v.real ?? 0), im: -v.imag });
  return undefined;
}

/** fold_subscr on a bytes constant: b'ab'[0] is the int 97. */
export function foldBytesIndex(v: A.ConstantValue, i: A.ConstantValue): A.ConstantValue | undefined {
  const n = count(i);
  if (!isBytes(v) || n === undefined) return undefined;
  const len = BigInt(v.bytes.length);
  const k = n < 0n ? len + n : n;
  return k < 0n || k >= len ? undefined : BigInt(v.bytes[Number(k)]);
}
