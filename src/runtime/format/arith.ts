// Python's arithmetic where it differs from JavaScript's: round() to an int, floor division and modulo whose
// result takes the divisor's sign, for floats and for ints, and float powers.
import { overflowError, valueError, zeroDivisionError } from './errors';
import { libm } from './libm';

/** int(x) of a float: truncation toward zero, with CPython's errors for inf and nan. */
export function floatToInt(x: number): bigint {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

/** C's round(): halfway cases away from zero (x - trunc(x) is exact for doubles). */
function cRound(x: number): number {
  const t = Math.trunc(x);
  return Math.abs(x - t) >= 0.5 ? t + Math.sign(x) : t;
}

/** round(x) of a float with no ndigits: the nearest int, ties to even. */
export function roundFloatToInt(x: number): bigint {
  if (!Number.isFinite(x)) return floatToInt(x);
  let r = cRound(x);
  if (Math.abs(x - r) === 0.5) r = 2.0 * cRound(x / 2.0);
  return BigInt(r);
}

/** round(x, ndigits) of an int: x itself for ndigits >= 0, else to a multiple of 10^-ndigits, ties to even. */
export function roundInt(x: bigint, ndigits: bigint): bigint {
  if (ndigits >= 0n) return x;
  const pow = 10n ** -ndigits;
  // _PyLong_DivmodNear: quotient rounded to nearest, ties to even.
  let q = intFloorDiv(x, pow);
  const r = x - q * pow;
  const twice = 2n * r;
  if (twice > pow || (twice === pow && (q & 1n) === 1n)) q += 1n;
  return q * pow;
}

/** divmod(a, b) of floats (float_divmod). */
export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw zeroDivisionError('float divmod()');
  return divmodUnchecked(a, b);
}

function divmodUnchecked(vx: number, wx: number): [number, number] {
  let mod = vx % wx; // fmod, exact
  let div = (vx - mod) / wx;
  // `mod !== 0` rather than `if (mod)`: a NaN counts as nonzero in the C original.
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0.0 : 0.0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = (vx / wx < 0 || Object.is(vx / wx, -0)) ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}

/** a // b of floats. */
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float floor division by zero');
  return divmodUnchecked(a, b)[0];
}

/** a % b of floats (float_rem). */
export function floatMod(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float modulo');
  let mod = a % b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    mod = b < 0 || Object.is(b, -0) ? -0.0 : 0.0;
  }
  return mod;
}

/** a // b of ints. */
export function intFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw zeroDivisionError('integer division or modulo by zero');
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** a % b of ints. */
export function intMod(a: bigint, b: bigint): bigint {
  if (b === 0n) throw zeroDivisionError('integer modulo by zero');
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}

/** divmod(a, b) of ints. */
export function intDivmod(a: bigint, b: bigint): [bigint, bigint] {
  if (b === 0n) throw zeroDivisionError('integer division or modulo by zero');
  return [intFloorDiv(a, b), intMod(a, b)];
}

/**
 * x ** y of floats (Objects/floatobject.c float_pow): C99's special cases; null for a
 * negative base to a non-integral power, which is complex's business.
 */
export function floatPow(x: number, y: number): number | null {
  const isOdd = (w: number): boolean => Number.isInteger(w) && Math.abs(w % 2) === 1;
  if (y === 0) return 1.0;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return x === 1.0 ? 1.0 : y;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1.0) return 1.0;
    return y > 0 === ax > 1.0 ? Math.abs(y) : 0.0;
  }
  if (!Number.isFinite(x)) {
    if (y > 0) return isOdd(y) ? x : Math.abs(x);
    return isOdd(y) ? (x < 0 ? -0.0 : 0.0) : 0.0;
  }
  if (x === 0) {
    if (y < 0) throw zeroDivisionError('0.0 cannot be raised to a negative power');
    return isOdd(y) ? x : 0.0;
  }
  let v = x;
  let negate = false;
  if (v < 0) {
    if (y !== Math.floor(y)) return null;
    v = -v;
    negate = isOdd(y);
  }
  if (v === 1.0) return negate ? -1.0 : 1.0;
  // x*x and sqrt are what a correctly rounded pow gives for 2 and 0.5, without its cost.
  const r = y === 2 ? v * v : y === 0.5 ? Math.sqrt(v) : y === 1 ? v : libm.pow(v, y);
  if (!Number.isFinite(r)) throw overflowError("(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

/**
 * a / b of ints, correctly rounded as Objects/longobject.c long_true_divide makes it (two
 * doubles divided would round each operand first once past 2**53).
 */
export function intTrueDivide(a: bigint, b: bigint): number {
  if (b === 0n) throw zeroDivisionError('division by zero');
  const limit = 2n ** 53n;
  if (a <= limit && a >= -limit && b <= limit && b >= -limit) return Number(a) / Number(b);
  const negative = a < 0n !== b < 0n;
  const n = a < 0n ? -a : a;
  const d = b < 0n ? -b : b;
  if (n === 0n) return negative ? -0.0 : 0.0;
  // The quotient scaled by 2**shift to 55-56 bits, with a sticky bit for a remainder: one
  // rounding to 53 bits (BigInt to Number is to nearest, ties to even) is then exact. Below
  // the normal range the last bit kept is 2**-1074's: scaled to that, rounded half to even.
  const shift = Math.min(55 - (n.toString(2).length - d.toString(2).length), 1074);
  const num = shift >= 0 ? n << BigInt(shift) : n;
  const den = shift >= 0 ? d : d << BigInt(-shift);
  let q = num / den;
  const rest = num % den;
  let r: number;
  if (q < limit) {
    if (rest * 2n > den || (rest * 2n === den && (q & 1n) === 1n)) q += 1n;
    r = Number(q) * 2 ** -1074;
  } else {
    r = ldexp(Number(q * 2n + (rest !== 0n ? 1n : 0n)), -(shift + 1));
  }
  if (!Number.isFinite(r)) throw overflowError('integer division result too large for a float');
  return negative ? -r : r;
}

/** C's ldexp: m * 2**e, scaled in steps so a subnormal result rounds once. */
export function ldexp(m: number, e: number): number {
  let x = m;
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}
