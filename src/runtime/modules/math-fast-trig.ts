// The correctly rounded sin, cos, tan, atan, asin, acos and atan2: a double-double estimate with an
// error bound (Ziv's strategy), math-cr.ts's 256-bit computation only when the bound straddles a
// rounding boundary (or for |x| > 1e6, whose reduction needs more of pi), so results are its own.
import { atanFixed, bigAcos, bigAsin, bigAtan, bigAtan2, bigCos, bigSin, bigTan, fromDouble, piBig, PI_BITS, sinCosFixed, W } from './math-cr';
import { dd, slowPath, fastTwoSum, fixedToDD, roundOrFail, splitFixed, twoProd, twoSum } from './math-dd';

/** sinCos's and atanCore's relative error, 2**6 above the analysis (2**-69.5: the double-evaluated d**3 / u**3 terms). */
const TRIG_ERR = 2 ** -63;
/** Cody-Waite's reach: n * P1 and n * P2 exact while n < 2**20. */
const MAX_REDUCED = 1e6;

let ready = false;
// pi/2 = P1 + P2 + P3 (+ < 2**-118); pi and pi/2 as hi + lo.
let P1 = 0;
let P2 = 0;
let P3 = 0;
let PIH = 0;
let PIL = 0;
let PIO2H = 0;
let PIO2L = 0;
const TWO_OVER_PI = 2 / Math.PI;
/** sin(j/128), cos(j/128) as hi, lo pairs at [4j..4j+3]; NaN until first needed. */
const SC_T = new Float64Array(4 * 104).fill(NaN);
/** atan(j/128) as hi, lo at [2j], [2j+1]; NaN until first needed. */
const AT_T = new Float64Array(2 * 130).fill(NaN);

function init(): void {
  ready = true;
  const pi = piBig() >> BigInt(PI_BITS - W);
  [P1, P2, P3] = splitFixed(pi >> 1n, [33, 33]);
  [PIH, PIL] = splitFixed(pi, [53]);
  [PIO2H, PIO2L] = splitFixed(pi >> 1n, [53]);
}

let RH = 0;
let RL = 0;
let N = 0;

/** |x| - N pi/2 as RH + RL for |x| <= MAX_REDUCED (Cody-Waite in three parts); returns the absolute error bound. */
function reduce(ax: number): number {
  if (!ready) init();
  const n = Math.round(ax * TWO_OVER_PI);
  N = n;
  if (n === 0) {
    RH = ax;
    RL = 0;
    return 0;
  }
  // ax - n*P1 is exact (Sterbenz), n*P2 too; n*P3 exactly as two doubles.
  let h = twoSum(ax - n * P1, -n * P2);
  let l = dd.lo;
  const p = twoProd(n, P3);
  const pl = dd.lo;
  h = twoSum(h, -p);
  l += dd.lo - pl;
  RH = twoSum(h, l);
  RL = dd.lo;
  // n times pi/2's rest after P3 (2**-118), the low words' roundings (2**-104).
  return (n + 1) * 2 ** -95;
}

let SH = 0;
let SL = 0;
let CH = 0;
let CL = 0;

function scEntry(j: number): void {
  const [s, c] = sinCosFixed(fromDouble(j / 128));
  fixedToDD(s, SC_T, 4 * j);
  fixedToDD(c, SC_T, 4 * j + 2);
}

/** sin r and cos r as SH + SL, CH + CL for |r| <= pi/4 (a little more): r = j/128 + d, |d| <= 2**-8. */
function sinCos(rh: number, rl: number): void {
  const neg = rh < 0;
  if (neg) {
    rh = -rh;
    rl = -rl;
  }
  const j = Math.round(rh * 128);
  // rh - j/128 is exact: both are multiples of rh's last place, and it is below 2**-8.
  const dh = twoSum(rh - j / 128, rl);
  const dl = dd.lo;
  const d2 = twoProd(dh, dh);
  const d2l = dd.lo + 2 * dh * dl;
  // sin d = d - d**3/6 + ... (d**9/9! < 2**-90 d left out), cos d = 1 - d**2/2 + ... (d**10/10! < 2**-101).
  const sdl = dl + dh * d2 * (-1 / 6 + d2 * (1 / 120 - d2 * (1 / 5040)));
  const cdh = fastTwoSum(1, -0.5 * d2);
  const cdl = dd.lo - 0.5 * d2l + d2 * d2 * (1 / 24 - d2 * (1 / 720 - d2 * (1 / 40320)));
  if (j === 0) {
    SH = fastTwoSum(dh, sdl);
    SL = dd.lo;
    CH = fastTwoSum(cdh, cdl);
    CL = dd.lo;
  } else {
    const t = 4 * j;
    if (SC_T[t] !== SC_T[t]) scEntry(j);
    const sh = SC_T[t];
    const sl = SC_T[t + 1];
    const ch = SC_T[t + 2];
    const cl = SC_T[t + 3];
    // sin(a + d) = sin a cos d + cos a sin d; cos(a + d) = cos a cos d - sin a sin d.
    const a = twoProd(sh, cdh);
    const al = dd.lo;
    const b = twoProd(ch, dh);
    const bl = dd.lo;
    SH = twoSum(a, b);
    SL = dd.lo + al + bl + sh * cdl + sl * cdh + ch * sdl + cl * dh;
    SH = fastTwoSum(SH, SL);
    SL = dd.lo;
    const c = twoProd(ch, cdh);
    const cl2 = dd.lo;
    const e = twoProd(sh, dh);
    const el = dd.lo;
    CH = twoSum(c, -e);
    CL = dd.lo + cl2 - el + ch * cdl + cl * cdh - sh * sdl - sl * dh;
    CH = fastTwoSum(CH, CL);
    CL = dd.lo;
  }
  if (neg) {
    SH = -SH;
    SL = -SL;
  }
}

export function crSin(x: number): number {
  return sinOrCos(x, false);
}

export function crCos(x: number): number {
  return sinOrCos(x, true);
}

/** sin x, or cos x as sin of the next quadrant: with q = N (+1 for cos), quadrants 0..3 give sin r, cos r, -sin r, -cos r. */
function sinOrCos(x: number, cos: boolean): number {
  const ax = Math.abs(x);
  if (ax > 2 ** -26 && ax <= MAX_REDUCED) {
    const err = reduce(ax);
    sinCos(RH, RL);
    const q = cos ? N + 1 : N;
    const odd = (q & 1) === 1;
    let h = odd ? CH : SH;
    let l = odd ? CL : SL;
    // sin is odd in x, cos even.
    if (((q & 2) === 2) !== (!cos && x < 0)) {
      h = -h;
      l = -l;
    }
    // cos r: the reduction's error err; sin r: err / |r|.
    const r = roundOrFail(h, l, Math.abs(h) * (TRIG_ERR + 2 * (odd ? err : err / Math.abs(RH))));
    if (r === r) return r;
  }
  slowPath.calls++;
  return cos ? bigCos(x) : bigSin(x);
}

let QL = 0;

/** (ah + al) / (bh + bl) as the returned hi + QL (bh + bl normalized, no over- or underflow). */
function divDD(ah: number, al: number, bh: number, bl: number): number {
  const q = ah / bh;
  const p = twoProd(q, bh);
  QL = (ah - p - dd.lo + al - q * bl) / bh;
  return q;
}

export function crTan(x: number): number {
  const ax = Math.abs(x);
  if (ax > 2 ** -26 && ax <= MAX_REDUCED) {
    const err = reduce(ax);
    sinCos(RH, RL);
    const odd = (N & 1) === 1;
    // Quadrants 0, 2: sin r / cos r; 1, 3: -cos r / sin r.
    let h = odd ? -divDD(CH, CL, SH, SL) : divDD(SH, SL, CH, CL);
    let l = odd ? -QL : QL;
    if (x < 0) {
      h = -h;
      l = -l;
    }
    const r = roundOrFail(h, l, Math.abs(h) * (2 * TRIG_ERR + 2 * err + 2 * err / Math.abs(RH)));
    if (r === r) return r;
  }
  slowPath.calls++;
  return bigTan(x);
}

let AL = 0;

/** atan(th + tl) as the returned hi + AL for 0 <= t <= 1: atan(j/128) + atan(u), u = (t - j/128) / (1 + t j/128). */
function atanCore(th: number, tl: number): number {
  if (!ready) init();
  const j = Math.round(th * 128);
  const c = j / 128;
  if (AT_T[2 * j] !== AT_T[2 * j]) fixedToDD(atanFixed(fromDouble(c)), AT_T, 2 * j);
  // th - c is exact as in sinCos.
  const nh = twoSum(th - c, tl);
  const nl = dd.lo;
  const p = twoProd(th, c);
  const den = fastTwoSum(1, p);
  const uh = divDD(nh, nl, den, dd.lo + tl * c);
  const ul = QL;
  // atan u = u - u**3/3 + ... for |u| <= 2**-8 (u**11/11 < 2**-91 u left out).
  const u2 = uh * uh;
  const tail = ul + uh * u2 * (-1 / 3 + u2 * (1 / 5 - u2 * (1 / 7 - u2 * (1 / 9))));
  const s = twoSum(AT_T[2 * j], uh);
  const h = fastTwoSum(s, dd.lo + AT_T[2 * j + 1] + tail);
  AL = dd.lo;
  return h;
}

/** atan(n / d) in [0, pi/2] as the returned hi + AL, for n >= 0, d > 0 given as hi + lo pairs. */
function atanRatio(nh: number, nl: number, dh: number, dl: number): number {
  if (nh <= dh) return atanCore(divDD(nh, nl, dh, dl), QL);
  const a = atanCore(divDD(dh, dl, nh, nl), QL);
  const h = twoSum(PIO2H, -a);
  const l = dd.lo + PIO2L - AL;
  const r = fastTwoSum(h, l);
  AL = dd.lo;
  return r;
}

/** pi - (ah + AL) as the returned hi + AL. */
function piMinus(ah: number): number {
  const h = twoSum(PIH, -ah);
  const r = fastTwoSum(h, dd.lo + PIL - AL);
  AL = dd.lo;
  return r;
}

/** A result of atanRatio and its kin, rounded if certain (their error is TRIG_ERR of the angle). */
function roundAngle(h: number, neg: boolean): number {
  return neg ? -roundOrFail(h, AL, h * TRIG_ERR) : roundOrFail(h, AL, h * TRIG_ERR);
}

const inRange = (a: number): boolean => a >= 2 ** -500 && a <= 2 ** 500;

export function crAtan(x: number): number {
  const ax = Math.abs(x);
  if (ax > 2 ** -26 && ax <= 2 ** 500) {
    const r = roundAngle(atanRatio(ax, 0, 1, 0), x < 0);
    if (r === r) return r;
  }
  slowPath.calls++;
  return bigAtan(x);
}

/** sqrt(1 - x*x) as the returned hi + QL, for |x| < 1. */
function cosOfAsin(ax: number): number {
  const x2 = twoProd(ax, ax);
  const x2l = dd.lo;
  let wh = twoSum(1, -x2);
  let wl = dd.lo - x2l;
  wh = fastTwoSum(wh, wl);
  wl = dd.lo;
  const sh = Math.sqrt(wh);
  const p = twoProd(sh, sh);
  QL = (wh - p - dd.lo + wl) / (2 * sh);
  return sh;
}

export function crAsin(x: number): number {
  const ax = Math.abs(x);
  if (ax > 2 ** -26 && ax < 1) {
    const sh = cosOfAsin(ax);
    const r = roundAngle(atanRatio(ax, 0, sh, QL), x < 0);
    if (r === r) return r;
  }
  slowPath.calls++;
  return bigAsin(x);
}

export function crAcos(x: number): number {
  const ax = Math.abs(x);
  if (ax > 2 ** -500 && ax < 1) {
    const sh = cosOfAsin(ax);
    const a = atanRatio(sh, QL, ax, 0);
    const r = roundAngle(x < 0 ? piMinus(a) : a, false);
    if (r === r) return r;
  }
  slowPath.calls++;
  return bigAcos(x);
}

/**
 * atan2 for finite nonzero x and y (m_atan2 settles zeros, infinities and nans first). Below
 * |y/x| = 2**-150 (x > 0) bigAtan2's fixed point keeps too few of the ratio's bits to round it
 * correctly every time: those stay its own.
 */
export function crAtan2(y: number, x: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  if (inRange(ax) && inRange(ay) && (x < 0 || ay >= ax * 2 ** -150)) {
    if (!ready) init();
    const a = atanRatio(ay, 0, ax, 0);
    const r = roundAngle(x < 0 ? piMinus(a) : a, y < 0);
    if (r === r) return r;
  }
  slowPath.calls++;
  return bigAtan2(y, x);
}
