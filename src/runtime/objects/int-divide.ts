// int division as Objects/longobject.c does it: the digits each step asks of _PyLong_New
// (long_divrem, divrem1, x_divrem), the sign fix-ups of l_divmod and l_mod, and what they free.
import { R } from '../state';
import { intAdd, intSign, intSub, longFreeTemp, longNegate, longNewTemp, maybeSmallLong, newInt, newIntAsked, newIntSsizeBig, PyInt, intType, isMedium, safeDigits } from './int';
import { bitLength, bitLengthOf, digitsOf } from './int-limits';

/** Py_ABS(Py_SIZE(x)) == 1: the single-digit fast paths of long_div, long_mod and l_divmod. */
export const oneDigit = (i: PyInt): boolean => i.n !== 0 && isMedium(i);
const abs = (v: bigint): bigint => (v < 0n ? -v : v);
/** The top 30-bit digit of |v| of size digits once shifted left by d bits (it may carry past 30 bits). */
const topDigit = (v: bigint, size: number, d = 0): bigint => v >> BigInt(30 * (size - 1) - d);
/** topDigit of a magnitude held as a double (exact: a division by a power of two). */
const topDigitOf = (v: number, size: number, d = 0): number => Math.floor(v / 2 ** (30 * (size - 1) - d));

/** fast_floor_div and fast_mod of two single-digit ints: PyLong_FromLong of the C result. */
function fastFloorDiv(a: PyInt, b: PyInt): PyInt {
  return newInt(Math.floor(a.n / b.n));
}
function fastMod(a: PyInt, b: PyInt): PyInt {
  const r = a.n % b.n;
  return newInt(r !== 0 && (r < 0) !== (b.n < 0) ? r + b.n : r === 0 ? 0 : r);
}

/** long_long: an exact int is returned itself, a subclass copied (_PyLong_Copy: digits exactly). */
export function longLong(a: PyInt): PyInt {
  if (a.ob_type === intType) {
    R.heap.incref(a);
    return a;
  }
  return newIntSsizeBig(a.toBigInt());
}

/**
 * x_divrem of the magnitudes (size_w >= 2): v is a copy one digit longer (freed at the end),
 * w the shifted divisor that becomes the remainder (size_w digits), a the quotient of
 * k = size_v - size_w digits, one more when the shifted dividend's top reaches the divisor's.
 */
function xDivrem(q: number | bigint, r: number | bigint, sv: number, sw: number, grows: boolean): [PyInt, PyInt] {
  const v = longNewTemp(sv + 1);
  const rem = newIntAsked(r, sw, false);
  const quo = newIntAsked(q, sv - sw + (grows ? 1 : 0), false);
  longFreeTemp(v, sv + 1);
  return [quo, rem];
}

/**
 * |a| by |b| as long_divrem and long_rem divide them: null where |a| < |b| (fewer digits, or
 * a smaller top digit), else the quotient (none from long_rem's rem1) and the remainder.
 */
function divremAbs(a: PyInt, b: PyInt, wantQuo: boolean): [PyInt | null, PyInt] | null {
  if (a.big === null && b.big === null) {
    // Safe integers have at most two digits, and doubles divide them exactly.
    const av = Math.abs(a.n);
    const aw = Math.abs(b.n);
    const sv = safeDigits(av);
    const sw = safeDigits(aw);
    if (sv < sw || (sv === sw && topDigitOf(av, sv) < topDigitOf(aw, sw))) return null;
    const r = av % aw;
    const q = (av - r) / aw;
    // divrem1 asks size_a digits; the remainder is PyLong_FromLong's.
    if (sw === 1) return [wantQuo ? newIntAsked(q, sv, false) : null, newInt(r)];
    const d = 30 - bitLengthOf(topDigitOf(aw, sw));
    return xDivrem(q, r, sv, sw, topDigitOf(av, sv, d) >= topDigitOf(aw, sw, d));
  }
  const av = abs(a.toBigInt());
  const aw = abs(b.toBigInt());
  const sv = digitsOf(av);
  const sw = digitsOf(aw);
  if (sv < sw || (sv === sw && topDigit(av, sv) < topDigit(aw, sw))) return null;
  if (sw === 1) return [wantQuo ? newIntAsked(av / aw, sv, false) : null, newInt(Number(av % aw))];
  const d = 30 - bitLength(topDigit(aw, sw));
  return xDivrem(av / aw, av % aw, sv, sw, topDigit(av, sv, d) >= topDigit(aw, sw, d));
}

/** long_divrem: truncating quotient and remainder (the remainder has a's sign). */
export function longDivrem(a: PyInt, b: PyInt): [PyInt, PyInt] {
  const m = divremAbs(a, b, true);
  if (m === null) return [newInt(0), longLong(a)];
  let q = m[0]!;
  let r = m[1];
  // 3.8-3.10 keep x_divrem's remainder even when it is small (a fresh 0 or 3); divrem1's is PyLong_FromLong's.
  if (R.minor >= 11) r = maybeSmallLong(r);
  const sa = intSign(a);
  if (sa < 0 !== intSign(b) < 0) q = longNegate(q);
  if (sa < 0 && intSign(r) !== 0) r = longNegate(r);
  return [maybeSmallLong(q), r];
}

/** long_rem (3.11+): no quotient kept; a one-digit divisor makes none at all (rem1). */
function longRem(a: PyInt, b: PyInt): PyInt {
  const m = divremAbs(a, b, false);
  if (m === null) return longLong(a);
  if (m[0] !== null) R.heap.decref(m[0]);
  let r = maybeSmallLong(m[1]);
  if (intSign(a) < 0 && intSign(r) !== 0) r = longNegate(r);
  return r;
}

/** A remainder whose sign is not the divisor's moves by the divisor (long_add(mod, w)). */
function needsFix(mod: PyInt, w: PyInt): boolean {
  const s = intSign(mod);
  return s !== 0 && s !== intSign(w);
}

/**
 * l_divmod: floor quotient and modulo. Past the one-digit fast path, long_divrem's results
 * are fixed by long_add(mod, w) and long_sub(div, 1), each freeing the one before.
 */
export function lDivmod(v: PyInt, w: PyInt, wantDiv: boolean, wantMod: boolean): [PyInt | null, PyInt | null] {
  if (oneDigit(v) && oneDigit(w)) return [wantDiv ? fastFloorDiv(v, w) : null, wantMod ? fastMod(v, w) : null];
  let [div, mod] = longDivrem(v, w);
  if (needsFix(mod, w)) {
    const m = intAdd(mod, w);
    R.heap.decref(mod);
    mod = m;
    const one = newInt(1);
    const d = intSub(div, one);
    R.heap.decref(one);
    R.heap.decref(div);
    div = d;
  }
  if (!wantDiv) R.heap.decref(div);
  if (!wantMod) R.heap.decref(mod);
  return [wantDiv ? div : null, wantMod ? mod : null];
}

/** long_div: the fast path, else l_divmod's quotient. */
export function longDiv(a: PyInt, b: PyInt): PyInt {
  if (oneDigit(a) && oneDigit(b)) return fastFloorDiv(a, b);
  return lDivmod(a, b, true, false)[0]!;
}

/** long_mod: l_divmod's modulo to 3.10, l_mod (long_rem, then long_add(mod, w)) from 3.11. */
export function longMod(a: PyInt, b: PyInt): PyInt {
  if (oneDigit(a) && oneDigit(b)) return fastMod(a, b);
  if (R.minor < 11) return lDivmod(a, b, false, true)[1]!;
  let mod = longRem(a, b);
  if (needsFix(mod, b)) {
    const m = intAdd(mod, b);
    R.heap.decref(mod);
    mod = m;
  }
  return mod;
}
