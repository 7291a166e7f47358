// int shifts, & | ^ and ~ as Objects/longobject.c sizes them: the digits each asks of
// _PyLong_New before long_normalize, the two's complement copies long_bitwise frees.
import { R } from '../state';
import { intAdd, longFreeTemp, longNegate, longNewTemp, isMedium, maybeSmallLong, newInt, newIntAsked, newIntBig, PyInt, intType } from './int';
import { digitsOf } from './int-limits';

/** long_invert: ~x as -(x + 1) through long_add, negated in place past one digit. */
export function longInvert(v: PyInt): PyInt {
  if (isMedium(v)) return newInt(-v.n - 1);
  const one = newInt(1);
  const x = intAdd(v, one);
  R.heap.decref(one);
  return longNegate(x);
}

/** long_lshift1: oldsize + wordshift (+1 for a bit shift) digits; 3.11+ shift a medium value by bits in C. */
export function longLshift(a: PyInt, shift: number): PyInt {
  const remshift = shift % 30;
  const wordshift = (shift - remshift) / 30;
  if (R.minor >= 11 && wordshift === 0 && isMedium(a)) {
    const r = a.n * 2 ** remshift;
    return Number.isSafeInteger(r) ? newInt(r) : newIntBig(BigInt(a.n) << BigInt(remshift));
  }
  const x = a.toBigInt();
  if (x === 0n) return newInt(0);
  return newIntAsked(x << BigInt(shift), digitsOf(x) + wordshift + (remshift ? 1 : 0), true);
}

/**
 * long_rshift1. 3.8-3.10: size_a - wordshift digits, a negative value as ~(~a >> s)
 * (each invert freed after the next step). 3.11+: a medium value in C; a negative one
 * borrows a word when the bit shift is 0, so -(2**30) >> 30 asks two digits.
 */
export function longRshift(a: PyInt, shift: number): PyInt {
  if (R.minor >= 11 && isMedium(a)) return newInt(shift < 31 ? Math.floor(a.n / 2 ** shift) : a.n < 0 ? -1 : 0);
  const x = a.toBigInt();
  if (x === 0n) return newInt(0);
  let remshift = shift % 30;
  let wordshift = (shift - remshift) / 30;
  if (R.minor >= 11) {
    if (x < 0n && remshift === 0) {
      if (wordshift === 0) {
        if (a.ob_type === intType) {
          R.heap.incref(a);
          return a;
        }
        return newIntBig(x);
      }
      remshift = 30;
      wordshift--;
    }
  } else if (x < 0n) {
    const a1 = longInvert(a);
    const a2 = longRshift(a1, shift);
    R.heap.decref(a1);
    const z = longInvert(a2);
    R.heap.decref(a2);
    return z;
  }
  const newsize = digitsOf(x) - wordshift;
  if (newsize <= 0) return newInt(x < 0n ? -1 : 0);
  return newIntAsked(x >> BigInt(shift), newsize, true);
}

/**
 * long_bitwise: a negative operand's two's complement is a copy of its digits (freed at the
 * end); the result asks the longer size for ^, for & the shorter unless one is negative (then
 * the positive one's), for | the longer unless one is negative (then the negative one's), and
 * one digit more when negative. 3.11+ compute two medium values in C.
 */
export function longBitwise(op: '&' | '|' | '^', a: PyInt, b: PyInt): PyInt {
  if (isMedium(a) && isMedium(b) && (R.minor >= 11 || (a.n >= 0 && b.n >= 0))) {
    return newInt(op === '&' ? a.n & b.n : op === '|' ? a.n | b.n : a.n ^ b.n);
  }
  const x = a.toBigInt();
  const y = b.toBigInt();
  let sa = digitsOf(x);
  let sb = digitsOf(y);
  let nega = x < 0n;
  let negb = y < 0n;
  const ta = nega ? longNewTemp(sa) : 0;
  const tb = negb ? longNewTemp(sb) : 0;
  const da = sa;
  const db = sb;
  const swapped = sa < sb;
  if (swapped) {
    [sa, sb] = [sb, sa];
    [nega, negb] = [negb, nega];
  }
  let sz: number;
  let negz: boolean;
  if (op === '^') {
    negz = nega !== negb;
    sz = sa;
  } else if (op === '&') {
    negz = nega && negb;
    sz = negb ? sa : sb;
  } else {
    negz = nega || negb;
    sz = negb ? sb : sa;
  }
  const z = newIntAsked(op === '&' ? x & y : op === '|' ? x | y : x ^ y, sz + (negz ? 1 : 0), false);
  // Py_DECREF(a); Py_DECREF(b) after the swap: the longer operand's copy goes first.
  const [first, firstDigits, second, secondDigits] = swapped ? [tb, db, ta, da] : [ta, da, tb, db];
  if (first) longFreeTemp(first, firstDigits);
  if (second) longFreeTemp(second, secondDigits);
  return maybeSmallLong(z);
}
