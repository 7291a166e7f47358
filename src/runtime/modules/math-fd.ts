// glibc's cosh, sinh, asinh, acosh and log10 (fdlibm's algorithms) over the correctly rounded exp and
// log, so that their last bits are glibc's.
import { frexp, highWord as rawHighWord } from './math-libm';
import { crExp, crLog } from './math-fast';

// fdlibm's e_cosh.c, e_sinh.c, s_asinh.c, e_acosh.c, e_log10.c (glibc's), over the correctly rounded exp and log.
const ln2 = 6.93147180559945286227e-01;

const highWord = (x: number): number => rawHighWord(x) & 0x7fffffff;

export function fdCosh(x: number): number {
  if (!Number.isFinite(x)) return x * x;
  const ax = Math.abs(x);
  const ix = highWord(x);
  if (ix < 0x3fd62e43) {
    const t = Math.expm1(ax);
    const w = 1 + t;
    if (ix < 0x3c800000) return w;
    return 1 + (t * t) / (w + w);
  }
  if (ix < 0x40360000) {
    const t = crExp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * crExp(ax);
  if (ax <= 7.10475860073943863426e+02) {
    const w = crExp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}

export function fdSinh(x: number): number {
  if (!Number.isFinite(x)) return x + x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  const ix = highWord(x);
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = Math.expm1(ax);
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * crExp(ax);
  if (ax <= 7.10475860073943863426e+02) {
    const w = crExp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * Infinity;
}

export function fdAsinh(x: number): number {
  if (!Number.isFinite(x)) return x + x;
  const ix = highWord(x);
  if (ix < 0x3e300000) return x;
  const ax = Math.abs(x);
  let w: number;
  if (ix > 0x41b00000) w = crLog(ax) + ln2;
  else if (ix > 0x40000000) w = crLog(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
  else {
    const t = x * x;
    w = Math.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
  }
  return x < 0 ? -w : w;
}

export function fdAcosh(x: number): number {
  if (Number.isNaN(x) || x < 1) return NaN;
  if (x >= 2 ** 28) return Number.isFinite(x) ? crLog(x) + ln2 : x;
  if (x === 1) return 0;
  if (x > 2) {
    const t = x * x;
    return crLog(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
  }
  const t = x - 1.0;
  return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
}

export function fdLog10(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (!Number.isFinite(x)) return x;
  const ivln10 = 4.34294481903251816668e-01;
  const log10_2hi = 3.01029995663611771306e-01;
  const log10_2lo = 3.69423907715893078616e-13;
  const [m, e] = frexp(x);
  // x = m2 * 2**k with m2 in [1, 2) (k >= 0) or in [0.5, 1) ... as fdlibm splits it by the sign of k.
  let k = e - 1;
  const i = k < 0 ? 1 : 0;
  const y = k + i;
  const xr = m * 2 * (i === 1 ? 0.5 : 1);
  k = y;
  const z = y * log10_2lo + ivln10 * crLog(xr);
  return z + k * log10_2hi;
}
