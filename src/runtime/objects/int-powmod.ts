// pow(a, b, c) of ints as Objects/longobject.c long_pow runs it with a modulus: every MULT
// is a long_mul reduced by l_divmod (3.8-3.10) or l_mod (3.11+), each freeing the one before.
import { R } from '../state';
import { valueError } from './exceptions';
import { intMul, intSign, intSub, longNegate, ndigits, newInt, newIntSsizeBig, PyInt } from './int';
import { lDivmod, longMod } from './int-divide';
import { digitsOf } from './int-limits';

/** _PyLong_Copy then _PyLong_Negate: the negated copy of a negative modulus or exponent. */
const negatedCopy = (x: PyInt): PyInt => longNegate(newIntSsizeBig(x.toBigInt()));

/** long_invmod: extended Euclid on ints, each step's q, r, q*c and b - q*c made and let go. */
function longInvmod(a: PyInt, n: PyInt): PyInt {
  let b = newInt(1);
  let c = newInt(0);
  R.heap.incref(a);
  R.heap.incref(n);
  while (intSign(n) !== 0) {
    const [q, r] = lDivmod(a, n, true, true);
    R.heap.decref(a);
    a = n;
    n = r!;
    const t = intMul(q!, c);
    R.heap.decref(q!);
    const s = intSub(b, t);
    R.heap.decref(t);
    R.heap.decref(b);
    b = c;
    c = s;
  }
  R.heap.decref(c);
  R.heap.decref(n);
  const one = a.big === null && a.n === 1;
  R.heap.decref(a);
  if (!one) {
    R.heap.decref(b);
    throw valueError('base is not invertible for the given modulus');
  }
  return b;
}

/** The exponent's bits from the top, 30 to each of its digits (the top digit's leading zeros too). */
function* digitBits(e: bigint): Generator<number> {
  for (let i = digitsOf(e) - 1; i >= 0; i--) {
    const d = Number((e >> BigInt(30 * i)) & 0x3fffffffn);
    for (let j = 29; j >= 0; j--) yield (d >> j) & 1;
  }
}

export function longPowMod(a0: PyInt, b0: PyInt, c0: PyInt): PyInt {
  if (intSign(c0) === 0) throw valueError('pow() 3rd argument cannot be 0');
  const reduceBy = (x: PyInt, c: PyInt): PyInt => (R.minor >= 11 ? longMod(x, c) : lDivmod(x, c, false, true)[1]!);
  let c = c0;
  R.heap.incref(c);
  const negativeOutput = intSign(c) < 0;
  if (negativeOutput) {
    const t = negatedCopy(c);
    R.heap.decref(c);
    c = t;
  }
  if (c.big === null && c.n === 1) {
    R.heap.decref(c);
    return newInt(0);
  }
  let a = a0;
  let b = b0;
  R.heap.incref(a);
  R.heap.incref(b);
  if (intSign(b) < 0) {
    const t = negatedCopy(b);
    R.heap.decref(b);
    b = t;
    let inv: PyInt;
    try {
      inv = longInvmod(a, c);
    } catch (err) {
      // long_pow's Error: label lets go of a, b and c in that order.
      R.heap.decref(a);
      R.heap.decref(b);
      R.heap.decref(c);
      throw err;
    }
    R.heap.decref(a);
    a = inv;
  }
  // Py_SIZE(a) < 0 || Py_SIZE(a) > Py_SIZE(c): a negative or longer base is reduced first.
  if (intSign(a) < 0 || ndigits(a) > ndigits(c)) {
    const t = reduceBy(a, c);
    R.heap.decref(a);
    a = t;
  }
  const cc = c;
  // MULT(X, Y, result): long_mul, the old result freed, then REDUCE through the modulus.
  const mult = (x: PyInt, y: PyInt, result: PyInt | null): PyInt => {
    const t = intMul(x, y);
    if (result) R.heap.decref(result);
    const m = reduceBy(t, cc);
    R.heap.decref(t);
    return m;
  };
  let z = newInt(1);
  const table: PyInt[] = [];
  const e = b.toBigInt();
  if (R.minor < 11) {
    if (digitsOf(e) <= 8) {
      // FIVEARY_CUTOFF: left-to-right binary from z = 1.
      for (const bit of digitBits(e)) {
        z = mult(z, z, z);
        if (bit) z = mult(z, a, z);
      }
    } else {
      // Left-to-right 5-ary over a table of a**0..a**31.
      R.heap.incref(z);
      table.push(z);
      for (let i = 1; i < 32; i++) table.push(mult(table[i - 1], a, null));
      let index = 0;
      let n = 0;
      for (const bit of digitBits(e)) {
        index = (index << 1) | bit;
        if (++n % 5 !== 0) continue;
        for (let k = 0; k < 5; k++) z = mult(z, z, z);
        if (index) z = mult(z, table[index], z);
        index = 0;
      }
    }
  } else if (e <= 3n) {
    if (e >= 2n) {
      z = mult(a, a, z);
      if (e === 3n) z = mult(z, a, z);
    } else if (e === 1n) z = mult(a, z, z);
  } else if (digitsOf(e) <= 2) {
    // HUGE_EXP_CUTOFF: left-to-right binary from z = a at the top bit.
    R.heap.incref(a);
    R.heap.decref(z);
    z = a;
    const bits = e.toString(2);
    for (let i = 1; i < bits.length; i++) {
      z = mult(z, z, z);
      if (bits[i] === '1') z = mult(z, a, z);
    }
  } else z = slidingWindow(a, e, z, table, mult);
  if (negativeOutput && intSign(z) !== 0) {
    const t = intSub(z, c);
    R.heap.decref(z);
    z = t;
  }
  for (const t of table) R.heap.decref(t);
  R.heap.decref(a);
  R.heap.decref(b);
  R.heap.decref(c);
  return z;
}

/**
 * 3.11+ past HUGE_EXP_CUTOFF: a table of the odd powers a, a**3, ... a**31 (a**2 made for it
 * and freed), then bits absorbed in windows of up to EXP_WINDOW_SIZE = 5.
 */
function slidingWindow(a: PyInt, e: bigint, z: PyInt, table: PyInt[], mult: (x: PyInt, y: PyInt, r: PyInt | null) => PyInt): PyInt {
  R.heap.incref(a);
  table.push(a);
  const a2 = mult(a, a, null);
  for (let i = 1; i < 16; i++) table.push(mult(table[i - 1], a2, null));
  R.heap.decref(a2);
  let pending = 0;
  let blen = 0;
  const absorb = (): void => {
    let ntz = 0;
    while ((pending & 1) === 0) {
      ntz++;
      pending >>= 1;
    }
    blen -= ntz;
    do z = mult(z, z, z);
    while (--blen);
    z = mult(z, table[pending >> 1], z);
    while (ntz-- > 0) z = mult(z, z, z);
    pending = 0;
  };
  for (const bit of digitBits(e)) {
    pending = (pending << 1) | bit;
    if (pending) {
      if (++blen === 5) absorb();
    } else z = mult(z, z, z);
  }
  if (pending) absorb();
  return z;
}
