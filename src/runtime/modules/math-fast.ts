// The correctly rounded exp, exp2, log and pow the math module, float ** and complex ** use: a
// double-double estimate with an error bound (Ziv's strategy), and math-cr.ts's 256-bit computation
// only when the bound straddles a rounding boundary, so every result is the 256-bit one, bit for bit.
import { bigExp, bigExp2, bigLog, bigPow, expFixed, LN2, logFixed } from './math-cr';
import { crAtan2, crCos, crSin } from './math-fast-trig';
import { dd, slowPath, fastTwoSum, fixedToDD, hiWord, pow2, roundOrFail, splitFixed, twoProd, twoSum, withHiWord } from './math-dd';
import { libm } from '../format/libm';

// Error bounds, relative unless named ABS, each at least 2**6 above what the analysis in the
// comments gives, so that a result is taken only when it is certain.
/** expCore's own error (truncation 2**-83, the rounded r**3 terms and the products 2**-70). */
const EXP_ERR = 2 ** -63;
/** logCore's absolute error (the double-evaluated t**3 tail, 2**-77.6). */
const LOG_ABS = 2 ** -71;
/** logCore's relative error (2**-69.6: the tail against |log x| >= 2**-9, or against t near 1). */
const LOG_REL = 2 ** -63;

let ready = false;
// ln 2 / 128 in three parts (n * C1 and n * C2 exact for |n| < 2**18); ln 2 in three parts for e * ln 2.
let C1 = 0;
let C2 = 0;
let C3 = 0;
let L1 = 0;
let L2 = 0;
let L3 = 0;
let LN2H = 0;
let LN2L = 0;
const INV_LN2_128 = 128 / Math.LN2;
/** 2**(j/128) as hi, lo at [2j], [2j+1]; NaN until first needed. */
const EXP_T = new Float64Array(256).fill(NaN);
/** For each leading byte i of the mantissa: r ~ 1/m with few bits, so that m*r - 1 is exact. */
const LOG_R = new Float64Array(256);
/** -log(LOG_R[i]) as hi, lo at [2i], [2i+1]; NaN until first needed. */
const LOG_T = new Float64Array(512).fill(NaN);

function init(): void {
  ready = true;
  [C1, C2, C3] = splitFixed(LN2() >> 7n, [35, 35]);
  [L1, L2, L3] = splitFixed(LN2(), [42, 42]);
  const two = splitFixed(LN2(), [53]);
  [LN2H, LN2L] = two;
  for (let i = 0; i < 256; i++) {
    const mc = 1 + (i + 0.5) / 256;
    // m in [1, 1.414): r a multiple of 2**-9; m in [1.414, 2) is taken as m/2 with r a multiple of
    // 2**-8: then |m*r - 1| < 0.0034 fits in 53 bits. r = 1 next to 1 (|m - 1| < 2**-8), so that
    // log x keeps its relative accuracy there.
    if (i === 0 || i === 255) LOG_R[i] = 1;
    else if (i < 106) LOG_R[i] = Math.round(512 / mc) / 512;
    else LOG_R[i] = Math.round(512 / mc) / 256;
  }
}

function expEntry(j: number): void {
  const [m, k] = expFixed((LN2() * BigInt(j)) / 128n);
  fixedToDD(m << BigInt(k), EXP_T, 2 * j);
}

/**
 * exp(xh + xl) correctly rounded, or NaN when the estimate (relative error EXP_ERR + extra) is too
 * close to a rounding boundary. -707 <= xh <= 709, so that the result is a normal double.
 */
function expCore(xh: number, xl: number, extra: number): number {
  if (!ready) init();
  // x = n ln2/128 + r, |r| <= ln2/256 (2**-8.5); x - n*C1 is exact (Sterbenz).
  const n = Math.round(xh * INV_LN2_128);
  let rh = twoSum(xh - n * C1, -n * C2);
  let rl = dd.lo + (xl - n * C3);
  rh = twoSum(rh, rl);
  rl = dd.lo;
  const j = n & 127;
  const k = (n - j) / 128;
  if (EXP_T[2 * j] !== EXP_T[2 * j]) expEntry(j);
  // exp(r) - 1 = r + r**2/2 + r**3 (1/6 + ...): the first two in double-double, the rest
  // (2**-28 of it) in double; r**8/8! < 2**-83 is left out.
  const r2 = twoProd(rh, rh);
  const r2l = dd.lo + 2 * rh * rl;
  const q = r2 * rh * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh * (1 / 5040)))));
  const eh = fastTwoSum(rh, 0.5 * r2);
  const el = dd.lo + rl + 0.5 * r2l + q;
  // 2**(j/128) * (1 + e).
  const th = EXP_T[2 * j];
  const tl = EXP_T[2 * j + 1];
  const p = twoProd(th, eh);
  const pl = dd.lo;
  const h = fastTwoSum(th, p);
  const l = dd.lo + pl + tl + th * el + tl * eh;
  const r = roundOrFail(h, l, h * (EXP_ERR + extra));
  return r * pow2(k);
}

let logLo = 0;

/**
 * log x as the returned hi + logLo, for a positive finite x: absolute error below LOG_ABS and
 * relative error below LOG_REL. x = 2**e m, log x = e ln2 - log r + log(1 + t), t = m r - 1 exact.
 */
function logCore(x: number): number {
  if (!ready) init();
  let e = 0;
  if (x < 2 ** -1022) {
    x *= 2 ** 54;
    e = -54;
  }
  const hw = hiWord(x);
  e += (hw >>> 20) - 1023;
  const i = (hw >>> 12) & 0xff;
  let m = withHiWord(x, (hw & 0xfffff) | 0x3ff00000);
  if (i >= 106) {
    m *= 0.5;
    e += 1;
  }
  const p = twoProd(m, LOG_R[i]);
  const t = p - 1 + dd.lo;
  if (LOG_T[2 * i] !== LOG_T[2 * i]) fixedToDD(-logFixed(LOG_R[i]), LOG_T, 2 * i);
  // log(1 + t) = t - t**2/2 + t**3 (1/3 - t/4 + ...), |t| <= 2**-8: t**2 exact, the tail in
  // double (2**-52 of 2**-17.6 t); t**11/11 < 2**-83 t is left out.
  const s2 = twoProd(t, t);
  const s2l = dd.lo;
  const tail = s2 * t * (1 / 3 - t * (1 / 4 - t * (1 / 5 - t * (1 / 6 - t * (1 / 7 - t * (1 / 8 - t * (1 / 9 - t * 0.1)))))));
  let s = twoSum(e * L1, LOG_T[2 * i]);
  let lo = dd.lo;
  s = twoSum(s, e * L2);
  lo += dd.lo;
  s = twoSum(s, t);
  lo += dd.lo;
  s = twoSum(s, -0.5 * s2);
  lo += dd.lo + LOG_T[2 * i + 1] + e * L3 - 0.5 * s2l + tail;
  const h = fastTwoSum(s, lo);
  logLo = dd.lo;
  return h;
}

export function crExp(x: number): number {
  if (x >= -707 && x <= 709) {
    const r = expCore(x, 0, 0);
    if (r === r) return r;
  }
  slowPath.calls++;
  return bigExp(x);
}

export function crExp2(x: number): number {
  if (x >= -1019 && x <= 1022 && x !== Math.trunc(x)) {
    if (!ready) init();
    const th = twoProd(x, LN2H);
    const r = expCore(th, dd.lo + x * LN2L, 2 ** -100);
    if (r === r) return r;
  }
  slowPath.calls++;
  return bigExp2(x);
}

export function crLog(x: number): number {
  if (x > 0 && x < Infinity && x !== 1) {
    const h = logCore(x);
    const r = roundOrFail(h, logLo, Math.abs(h) * LOG_REL);
    if (r === r) return r;
  }
  slowPath.calls++;
  return bigLog(x);
}

/** |x| ** y for 0 < |x| < inf, |x| != 1 and 0 < |y| < 2**900, or NaN. */
function powAbs(ax: number, y: number): number {
  const h = logCore(ax);
  const l = logLo;
  // T = y log x, its error |y| LOG_ABS or LOG_REL |T| from the log, 2**-104 |T| from the products.
  const th = twoProd(y, h);
  const tl = dd.lo + y * l;
  if (th > 709) return th > 710 ? Infinity : NaN;
  if (th < -707) return th < -746 ? 0 : NaN;
  const at = Math.abs(th);
  return expCore(th, tl, Math.min(Math.abs(y) * LOG_ABS, at * LOG_REL) + at * 2 ** -100);
}

/** pow for finite x and y, x**y neither trivial nor an IEEE special (math_pow handled those). */
export function crPow(x: number, y: number): number {
  const ax = Math.abs(x);
  if (ax > 0 && ax < Infinity && ax !== 1 && y !== 0 && Math.abs(y) < 2 ** 900 && (x > 0 || y === Math.trunc(y))) {
    const r = powAbs(ax, y);
    // bigPow's sign: a negative base with an odd integer exponent.
    if (r === r) return x < 0 && Math.abs(y) % 2 === 1 ? -r : r;
  }
  slowPath.calls++;
  return bigPow(x, y);
}

// float_pow and _Py_c_pow call the C library's pow, exp, log, atan2, sin and cos: these.
Object.assign(libm, { pow: crPow, exp: crExp, log: crLog, atan2: crAtan2, sin: crSin, cos: crCos });
