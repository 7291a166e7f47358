// int's number protocol and methods (Objects/longobject.c): arithmetic with Python's
// floor semantics, a JS-number fast path and bigint beyond 2**53, repr and comparisons.
import { R } from '../state';
import { floatPow, intTrueDivide, isFormatError } from '../format';
import { typeError, valueError, zeroDivisionError, overflowError } from './exceptions';
import { floatType, newFloat, PyFloat } from './float';
import { cmpResult, intCompare, intType, isMedium, newInt, newIntAsked, newIntBig, PyInt, PyLong_BASE, safeDigits } from './int';
import { CmpOp, PyObject } from './object';
import { boolType, False, NotImplemented, pyBool, True } from './singletons';
import { newStrObject, staticId } from './str';
import { newTuple } from './tuple';
import { bitLength, bitLengthOf, checkIntBits, digitsOf, decimalString } from './int-limits';
import { lDivmod, longDiv, longLong, longMod } from './int-divide';
import { longBitwise, longInvert, longLshift, longRshift } from './int-bitwise';

const NI = (): PyObject => {
  R.heap.incref(NotImplemented);
  return NotImplemented;
};

function isInt(o: PyObject): o is PyInt {
  return o instanceof PyInt;
}

function big(o: PyInt): bigint {
  return o.toBigInt();
}


/**
 * _PyLong_Add of a and b (b negated for _PyLong_Subtract) past the medium fast path: x_add of
 * the magnitudes asks one digit more than the longer has; x_sub asks the longer's digits, or
 * up to the highest digit that differs where both are as long.
 */
function addPastMedium(a: PyInt, b: PyInt, negate: boolean): PyInt {
  if (a.big === null && b.big === null) {
    const y = negate ? -b.n : b.n;
    const s = a.n + y;
    // Exact where the true sum is a safe integer; else the rounded sum is not one either.
    if (Number.isSafeInteger(s)) return addSafe(a.n, y, s);
  }
  return addBig(big(a), negate ? -big(b) : big(b));
}

/** addPastMedium of safe integers (two digits at most each) whose sum s is one too. */
function addSafe(a: number, b: number, s: number): PyInt {
  const da = safeDigits(a);
  const db = safeDigits(b);
  if (a < 0 === b < 0) return newIntAsked(s, Math.max(da, db) + 1, false);
  let digits = Math.max(da, db);
  if (da === db) {
    const x = Math.abs(a);
    const y = Math.abs(b);
    if (x === y) return newInt(0);
    digits = Math.floor(x / PyLong_BASE) !== Math.floor(y / PyLong_BASE) ? 2 : 1;
  }
  return newIntAsked(s, digits, R.minor >= 9);
}

function addBig(a: bigint, b: bigint): PyInt {
  const da = digitsOf(a);
  const db = digitsOf(b);
  if (a < 0n === b < 0n) return newIntAsked(a + b, Math.max(da, db) + 1, false);
  let digits = Math.max(da, db);
  if (da === db) {
    const differ = (a < 0n ? -a : a) ^ (b < 0n ? -b : b);
    if (differ === 0n) return newInt(0);
    digits = digitsOf(differ);
  }
  // 3.8's x_sub returns its own object even for a small value (maybe_small_long from 3.9).
  return newIntAsked(a + b, digits, R.minor >= 9);
}

const nb = intType.tp_as_number;
nb.nb_add = (a, b) => {
  if (!isInt(a) || !isInt(b)) return NI();
  if (isMedium(a) && isMedium(b)) return newInt(a.n + b.n);
  return addPastMedium(a, b, false);
};
nb.nb_subtract = (a, b) => {
  if (!isInt(a) || !isInt(b)) return NI();
  if (isMedium(a) && isMedium(b)) return newInt(a.n - b.n);
  return addPastMedium(a, b, true);
};
nb.nb_multiply = (a, b) => (isInt(a) && isInt(b) ? longMul(a, b) : NI());

/** long_mul: the medium product in C, else k_mul of the magnitudes. */
function longMul(a: PyInt, b: PyInt): PyInt {
  if (isMedium(a) && isMedium(b)) {
    // _PyLong_FromSTwoDigits: the exact product, up to 60 bits.
    const r = a.n * b.n;
    return Number.isSafeInteger(r) ? newInt(r) : newIntBig(BigInt(a.n) * BigInt(b.n));
  }
  let bx: number;
  let by: number;
  // A safe product of safe integers is exact in doubles (a rounded one is not safe).
  let r: number | bigint = a.big === null && b.big === null ? a.n * b.n : NaN;
  if (Number.isSafeInteger(r)) {
    bx = bitLengthOf(a.n);
    by = bitLengthOf(b.n);
  } else {
    const x = big(a);
    const y = big(b);
    bx = bitLength(x);
    by = bitLength(y);
    // The size is refused before a product too large for the budget is computed.
    checkIntBits(bx + by);
    r = bx === 0 || by === 0 ? 0 : x * y;
  }
  checkIntBits(bx + by);
  // k_mul: a zero factor gives the cached 0; else x_mul (and Karatsuba) ask size_a + size_b digits.
  if (bx === 0 || by === 0) return newInt(0);
  return newIntAsked(r, Math.ceil(bx / 30) + Math.ceil(by / 30), false);
}
nb.nb_floor_divide = (a, b) => {
  if (!isInt(a) || !isInt(b)) return NI();
  if (b.big === null && b.n === 0) throw zeroDivisionError('integer division or modulo by zero');
  return longDiv(a, b);
};
nb.nb_remainder = (a, b) => {
  if (!isInt(a) || !isInt(b)) return NI();
  // Objects/longobject.c l_mod: 3.11 gave modulo its own message.
  if (b.big === null && b.n === 0) throw zeroDivisionError(R.minor >= 11 ? 'integer modulo by zero' : 'integer division or modulo by zero');
  return longMod(a, b);
};
nb.nb_divmod = (a, b) => {
  if (!isInt(a) || !isInt(b)) return NI();
  if (b.big === null && b.n === 0) throw zeroDivisionError('integer division or modulo by zero');
  const [q, r] = lDivmod(a, b, true, true);
  return newTuple([q!, r!]);
};
nb.nb_true_divide = (a, b) => {
  if (!isInt(a) || !isInt(b)) return NI();
  if (b.big === null && b.n === 0) throw zeroDivisionError('division by zero');
  if (a.big === null && b.big === null) return newFloat(a.n / b.n);
  try {
    return newFloat(intTrueDivide(big(a), big(b)));
  } catch (e) {
    // long_true_divide: past a zero divisor, only the overflow is left.
    if (isFormatError(e)) throw overflowError(e.message);
    throw e;
  }
};
nb.nb_power = (a, b) => {
  if (!isInt(a) || !isInt(b)) return NI();
  if ((b.big !== null && b.big < 0n) || (b.big === null && b.n < 0)) {
    if (a.big === null && a.n === 0) {
      throw zeroDivisionError(R.minor >= 12 ? '0.0 cannot be raised to a negative power' : '0.0 cannot be raised to a negative power');
    }
    // long_pow: a negative exponent hands both to float_pow.
    return newFloat(floatPow(a.toNumber(), b.toNumber())!);
  }
  // Products of 1, 0 and -1 are cached ints: no MULT allocates.
  if (a.big === null && a.n >= -1 && a.n <= 1) return newIntBig(big(a) ** big(b));
  // The result has about e * log2|a| bits: refuse it before V8 spends minutes on it (so e < 2**31 past here).
  const e = b.toNumber();
  const log2 = Math.log2(Math.abs(a.toNumber()));
  checkIntBits(e * (log2 < Infinity ? log2 : bitLength(a.big!)));
  return longPow(a, e);
};

/**
 * long_pow without a modulus (Objects/longobject.c), left-to-right binary exponentiation:
 * each MULT is a long_mul whose product replaces (and frees) the one before, so the result
 * keeps the digits its last x_mul asked (10**15 has 36 bytes where 32 would do). 3.8-3.10
 * start from z = 1 and square it for every bit of the exponent's digits (1*1 stays the cached
 * 1 until the first set bit multiplies a in); 3.11+ take exponents 0-3 with at most two MULTs
 * and otherwise start from z = a at the top bit.
 */
function longPow(a: PyInt, e: number): PyInt {
  let z: PyInt;
  if (R.minor >= 11 && e <= 3) {
    z = newInt(1);
    if (e >= 2) {
      z = mult(a, a, z);
      if (e === 3) z = mult(z, a, z);
    } else if (e === 1) z = mult(a, z, z);
    return z;
  }
  if (e === 0) return newInt(1);
  let top = bitLengthOf(e) - 1;
  if (R.minor >= 11) {
    R.heap.incref(a);
    z = a;
  } else {
    z = newInt(1);
    z = mult(z, z, z);
    z = mult(z, a, z);
  }
  while (top-- > 0) {
    z = mult(z, z, z);
    if ((e / 2 ** top) & 1) z = mult(z, a, z);
  }
  return z;
}

/** MULT(X, Y, result): long_mul, then the result it replaces let go. */
function mult(x: PyInt, y: PyInt, result: PyInt): PyInt {
  const t = longMul(x, y);
  R.heap.decref(result);
  return t;
}
export { longPowMod } from './int-powmod';

nb.nb_lshift = (a, b) => {
  if (!isInt(a) || !isInt(b)) return NI();
  if (b.toNumber() < 0) throw valueError('negative shift count');
  if (!(a.big === null && a.n === 0)) checkIntBits(bitLength(big(a)) + b.toNumber());
  return longLshift(a, b.toNumber());
};
nb.nb_rshift = (a, b) => {
  if (!isInt(a) || !isInt(b)) return NI();
  if (b.toNumber() < 0) throw valueError('negative shift count');
  return longRshift(a, Math.min(b.toNumber(), Number.MAX_SAFE_INTEGER));
};
nb.nb_and = (a, b) => (isInt(a) && isInt(b) ? longBitwise('&', a, b) : NI());
nb.nb_or = (a, b) => (isInt(a) && isInt(b) ? longBitwise('|', a, b) : NI());
nb.nb_xor = (a, b) => (isInt(a) && isInt(b) ? longBitwise('^', a, b) : NI());
nb.nb_negative = (a) => {
  const i = a as PyInt;
  return i.big === null ? newInt(-i.n) : newIntBig(-i.big);
};
nb.nb_positive = (a) => longLong(a as PyInt);
// long_abs: long_neg of a negative value (a copy with the sign flipped), else long_long.
nb.nb_absolute = (a) => {
  const i = a as PyInt;
  if (i.big === null ? i.n >= 0 : i.big > 0n) return longLong(i);
  return i.big === null ? newInt(-i.n) : newIntBig(-i.big);
};
nb.nb_invert = (a) => longInvert(a as PyInt);
nb.nb_bool = (a) => {
  const i = a as PyInt;
  return i.big !== null || i.n !== 0;
};
nb.nb_index = (a) => longLong(a as PyInt);
nb.nb_int = nb.nb_index;
// long_float: PyLong_AsDouble refuses an int past the double range.
nb.nb_float = (a) => {
  const v = (a as PyInt).toNumber();
  if (!Number.isFinite(v)) throw overflowError('int too large to convert to float');
  return newFloat(v);
};

intType.tp_richcompare = (a, b, op) => {
  if (!isInt(b)) {
    if (b instanceof PyFloat) return floatCompareHook(a, b, op);
    return NI();
  }
  return pyBool(cmpResult(intCompare(a as PyInt, b), op));
};

/** int vs float comparisons live with float (set there). */
export let floatCompareHook: (a: PyObject, b: PyObject, op: CmpOp) => PyObject = () => NI();
export function setFloatCompareHook(f: typeof floatCompareHook): void {
  floatCompareHook = f;
}

export function intRepr(i: PyInt): string {
  return i.big === null ? String(i.n) : decimalString(i.big);
}

// long_to_decimal_string writes into a new str: str(5) is not the cached '5'.
intType.tp_repr = (o) => newStrObject(intRepr(o as PyInt));
// Objects/boolobject.c bool_repr: the interned 'True'/'False' (a cached PyUnicode_InternFromString
// to 3.8, an identifier to 3.10, a static string from 3.11), which builtins' keys already are.
boolType.tp_repr = (o) => staticId(o === True ? 'True' : 'False');

// bool: int's slots, with & | ^ staying bool for two bools.
Object.assign(boolType.tp_as_number, intType.tp_as_number);
const boolBit = (f: (x: boolean, y: boolean) => boolean, slot: 'nb_and' | 'nb_or' | 'nb_xor') => (a: PyObject, b: PyObject): PyObject => {
  if (a.ob_type === boolType && b.ob_type === boolType) return pyBool(f(a === True, b === True));
  return intType.tp_as_number[slot]!(a, b);
};
boolType.tp_as_number.nb_and = boolBit((x, y) => x && y, 'nb_and');
boolType.tp_as_number.nb_or = boolBit((x, y) => x || y, 'nb_or');
boolType.tp_as_number.nb_xor = boolBit((x, y) => x !== y, 'nb_xor');
boolType.tp_richcompare = intType.tp_richcompare;
boolType.tp_hash = (o) => (o === True ? 1 : 0);

export { False, True, floatType, typeError };
