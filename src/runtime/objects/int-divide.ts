// int division as Objects/longobject.c does it: the digits each step asks of _PyLong_New
// (long_divrem, divrem1, x_divrem), the sign fix-ups of l_divmod and l_mod, and what they free.
import { R } from '../state';
import { intAdd, intSub, longFreeTemp, longNegate, longNewTemp, maybeSmallLong, newInt, newIntAsked, newIntSsizeBig, PyInt, intType, isMedium } from './int';
import { bitLength, digitsOf } from './int-limits';

/** Py_ABS(Py_SIZE(x)) == 1: the single-digit fast paths of long_div, long_mod and l_divmod. */
export const oneDigit = (i: PyInt): boolean => i.n !== 0 && isMedium(i);
const big = (i: PyInt): bigint => i.toBigInt();
const abs = (v: bigint): bigint => (v < 0n ? -v : v);
const topDigit = (v: bigint, size: number): bigint => v >> BigInt(30 * (size - 1));

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
  return newIntSsizeBig(big(a));
}

/**
 * x_divrem of the magnitudes (size_w >= 2): v is a copy one digit longer (freed at the end),
 * w the shifted divisor that becomes the remainder (size_w digits), a the quotient of
 * k = size_v - size_w digits, one more when the shifted dividend's top reaches the divisor's.
 */
function xDivrem(av: bigint, aw: bigint, sv: number, sw: number): [PyInt, PyInt] {
  const v = longNewTemp(sv + 1);
  const d = BigInt(30 - bitLength(topDigit(aw, sw)));
  const k = sv - sw + (topDigit(av << d, sv) >= topDigit(aw << d, sw) ? 1 : 0);
  const rem = newIntAsked(av % aw, sw, false);
  const quo = newIntAsked(av / aw, k, false);
  longFreeTemp(v, sv + 1);
  return [quo, rem];
}

/** Is |a| < |b| as long_divrem and long_rem test it (fewer digits, or a smaller top digit)? */
function shorter(x: bigint, y: bigint, sa: number, sb: number): boolean {
  return sa < sb || (sa === sb && topDigit(x, sa) < topDigit(y, sb));
}

/** The values, magnitudes and digit counts long_divrem and long_rem work from. */
function operands(a: PyInt, b: PyInt): { x: bigint; y: bigint; ax: bigint; ay: bigint; sa: number; sb: number } {
  const x = big(a);
  const y = big(b);
  const ax = abs(x);
  const ay = abs(y);
  return { x, y, ax, ay, sa: digitsOf(ax), sb: digitsOf(ay) };
}

/** long_divrem: truncating quotient and remainder (the remainder has a's sign). */
export function longDivrem(a: PyInt, b: PyInt): [PyInt, PyInt] {
  const { x, y, ax, ay, sa, sb } = operands(a, b);
  if (shorter(ax, ay, sa, sb)) return [newInt(0), longLong(a)];
  let q: PyInt;
  let r: PyInt;
  if (sb === 1) {
    // divrem1 asks size_a digits; the remainder is PyLong_FromLong's.
    q = newIntAsked(ax / ay, sa, false);
    r = newInt(Number(ax % ay));
  } else {
    [q, r] = xDivrem(ax, ay, sa, sb);
    // 3.8-3.10 keep x_divrem's remainder even when it is small (a fresh 0 or 3).
    if (R.minor >= 11) r = maybeSmallLong(r);
  }
  if (x < 0n !== y < 0n) q = longNegate(q);
  if (x < 0n && !(r.big === null && r.n === 0)) r = longNegate(r);
  return [maybeSmallLong(q), r];
}

/** long_rem (3.11+): no quotient kept; a one-digit divisor makes none at all (rem1). */
function longRem(a: PyInt, b: PyInt): PyInt {
  const { x, ax, ay, sa, sb } = operands(a, b);
  if (shorter(ax, ay, sa, sb)) return longLong(a);
  let r: PyInt;
  if (sb === 1) r = newInt(Number(ax % ay));
  else {
    const [q, w] = xDivrem(ax, ay, sa, sb);
    R.heap.decref(q);
    r = maybeSmallLong(w);
  }
  if (x < 0n && !(r.big === null && r.n === 0)) r = longNegate(r);
  return r;
}

const intSign = (i: PyInt): number => (i.big === null ? Math.sign(i.n) : i.big < 0n ? -1 : 1);

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
