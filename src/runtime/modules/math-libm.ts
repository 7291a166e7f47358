// The math module's own numerical algorithms (Modules/mathmodule.c m_tgamma, m_lgamma, m_remainder...)
// and glibc routines whose results differ from JS Math's (cbrt), bit for bit.
import { crExp, crLog, crPow } from './math-fast';
import { crCos, crSin } from './math-fast-trig';

const pi = 3.141592653589793238462643383279502884197;
const logpi = 1.144729885849400174143427351353058711647;

/** C frexp: x = m * 2**e with 0.5 <= |m| < 1; zero, inf and nan give (x, 0). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let shift = 0;
  if (Math.abs(x) < 2 ** -1022) {
    x *= 2 ** 64;
    shift = 64;
  }
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint16(0);
  const e = ((hi >> 4) & 0x7ff) - 1022;
  buf.setUint16(0, (hi & 0x800f) | (1022 << 4));
  return [buf.getFloat64(0), e - shift];
}

/** glibc sysdeps/ieee754/dbl-64/s_cbrt.c __cbrt: a polynomial guess, one Halley step, the exponent split by 3. */
export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const CBRT2 = 1.2599210498948731648;
  const SQR_CBRT2 = 1.5874010519681994748;
  const factor = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
  const [xm, xe] = frexp(Math.abs(x));
  const u = 0.354895765043919860
    + ((1.50819193781584896
      + ((-2.11499494167371287
        + ((2.44693122563534430
          + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm))
          * xm))
        * xm))
      * xm);
  const t2 = u * u * u;
  // C's % and / truncate toward zero.
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * factor[2 + (xe % 3)];
  return ldexp(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}

/** C ldexp: x * 2**e rounded once (the mantissa scaled exactly first). */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, me] = frexp(x);
  const t = me + e;
  if (t > 1024) return m < 0 ? -Infinity : Infinity;
  if (t === 1024) return m * 2 * 2 ** 1023;
  if (t >= -1021) return m * 2 ** t;
  if (t < -1076) return m < 0 ? -0 : 0;
  return m * 2 ** -1000 * 2 ** (t + 1000);
}

/** Modules/mathmodule.c m_sinpi: sin(pi * x) for finite x, exact at the multiples of 1/2. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = crSin(pi * y); break;
    case 1: r = crCos(pi * (y - 0.5)); break;
    case 2: r = crSin(pi * (1.0 - y)); break;
    case 3: r = -crCos(pi * (y - 1.5)); break;
    default: r = crSin(pi * (y - 2.0)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

const LANCZOS_N = 13;
const lanczos_g = 6.024680040776729583740234375;
const lanczos_g_minus_half = 5.524680040776729583740234375;
const lanczos_num_coeffs = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const lanczos_den_coeffs = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const gamma_integral = [1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800, 479001600, 6227020800, 87178291200, 1307674368000,
  20922789888000, 355687428096000, 6402373705728000, 121645100408832000, 2432902008176640000, 51090942171709440000, 1124000727777607680000];

/** lanczos_sum: the rational function, in 1/x from 5 on. */
function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = LANCZOS_N; --i >= 0;) {
      num = num * x + lanczos_num_coeffs[i];
      den = den * x + lanczos_den_coeffs[i];
    }
  } else {
    for (let i = 0; i < LANCZOS_N; i++) {
      num = num / x + lanczos_num_coeffs[i];
      den = den / x + lanczos_den_coeffs[i];
    }
  }
  return num / den;
}

/** Result of an m_* function: the value and whether it set errno EDOM / ERANGE. */
export type Libm = { r: number; errno: 0 | 'EDOM' | 'ERANGE' };

/** m_tgamma (pow and exp from JS Math, where glibc's may differ in the last bit). */
export function tgamma(x: number): Libm {
  if (!Number.isFinite(x)) return Number.isNaN(x) || x > 0 ? { r: x, errno: 0 } : { r: NaN, errno: 'EDOM' };
  if (x === 0) return { r: Object.is(x, -0) ? -Infinity : Infinity, errno: 'EDOM' };
  if (x === Math.floor(x)) {
    if (x < 0) return { r: NaN, errno: 'EDOM' };
    if (x <= 23) return { r: gamma_integral[x - 1], errno: 0 };
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    return { r, errno: Number.isFinite(r) ? 0 : 'ERANGE' };
  }
  if (absx > 200.0) return x < 0 ? { r: 0.0 / sinpi(x), errno: 0 } : { r: Infinity, errno: 'ERANGE' };
  const y = absx + lanczos_g_minus_half;
  let z = absx > lanczos_g_minus_half ? y - absx - lanczos_g_minus_half : y - lanczos_g_minus_half - absx;
  z = (z * lanczos_g) / y;
  let r: number;
  if (x < 0.0) {
    r = (((-pi / sinpi(absx)) / absx) * crExp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= crPow(y, absx - 0.5);
    else {
      const sqrtpow = crPow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / crExp(y);
    r += z * r;
    if (absx < 140.0) r *= crPow(y, absx - 0.5);
    else {
      const sqrtpow = crPow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return { r, errno: Number.isFinite(r) ? 0 : 'ERANGE' };
}

/** m_lgamma. */
export function lgamma(x: number): Libm {
  if (!Number.isFinite(x)) return { r: Number.isNaN(x) ? x : Infinity, errno: 0 };
  if (x === Math.floor(x) && x <= 2.0) return x <= 0 ? { r: Infinity, errno: 'EDOM' } : { r: 0.0, errno: 0 };
  const absx = Math.abs(x);
  if (absx < 1e-20) return { r: -crLog(absx), errno: 0 };
  let r = crLog(lanczosSum(absx)) - lanczos_g;
  r += (absx - 0.5) * (crLog(absx + lanczos_g - 0.5) - 1);
  if (x < 0.0) r = logpi - crLog(Math.abs(sinpi(absx))) - crLog(absx) - r;
  return { r, errno: Number.isFinite(r) ? 0 : 'ERANGE' };
}

/** m_remainder: x - n*y for the nearest multiple n*y, n even on a tie; exact. */
export function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0.0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

/** C nextafter: the next double after x towards y. */
export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const bits = buf.getBigUint64(0);
  buf.setBigUint64(0, (y > x) === (x > 0) ? bits + 1n : bits - 1n);
  return buf.getFloat64(0);
}

/** A finite double as an exact rational m * 2**e (m a bigint). */
function exact(x: number): [bigint, number] {
  const [m, e] = frexp(x);
  return [BigInt(m * 2 ** 53), e - 53];
}

/** C fma (3.13's math.fma): x*y + z rounded once, through exact integers. */
export function fma(x: number, y: number, z: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z) || x === 0 || y === 0) return x * y + z;
  if (z === 0) {
    const p = x * y;
    if (p !== 0 && Number.isFinite(p) && Math.abs(p) >= 2 ** -1022) return p;
  }
  const [mx, ex] = exact(x);
  const [my, ey] = exact(y);
  let [mp, ep] = [mx * my, ex + ey];
  if (z !== 0) {
    const [mz, ez] = exact(z);
    const e = Math.min(ep, ez);
    mp = (mp << BigInt(ep - e)) + (mz << BigInt(ez - e));
    ep = e;
  }
  if (mp === 0n) return (x * y < 0 && z < 0) || (x * y < 0 && Object.is(z, -0)) ? -0 : 0;
  return roundScaled(mp, ep);
}

/** m * 2**e rounded half-even to a double, subnormals included. */
export function roundScaled(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const neg = m < 0n;
  if (neg) m = -m;
  const bits = m.toString(2).length;
  // Keep 53 bits (fewer below the normal range), a round bit and a sticky bit.
  let keep = 53;
  const top = bits + e; // value < 2**top
  if (top - 53 < -1074) keep = Math.max(top + 1074, 0);
  const drop = bits - keep;
  let q: bigint;
  if (drop <= 0) q = m << BigInt(-drop);
  else {
    q = m >> BigInt(drop);
    const rem = m - (q << BigInt(drop));
    const half = 1n << BigInt(drop - 1);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  }
  const r = ldexp(Number(q), e + drop);
  return neg ? -r : r;
}

// fdlibm s_erf.c (glibc's erf/erfc descend from it): rational approximations per interval.
const erx = 8.45062911510467529297e-01;
const efx = 1.28379167095512586316e-01;
const efx8 = 1.02703333676410069053e+00;
const pp = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const qq = [1.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
const pa = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const qa = [1.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const ra = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const sa = [1.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
const rb = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const sb = [1.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];

/** glibc's s_erf.c evaluation order: pairs (c[i] + s*c[i+1]) times s**i, summed from the lowest. */
function poly(c: number[], s: number): number {
  const s2 = s * s;
  const s4 = s2 * s2;
  const pw = [1, s2, s4, s4 * s2, s4 * s4];
  let acc = 0;
  for (let i = 0; i < c.length; i += 2) {
    const term = i + 1 < c.length ? c[i] + s * c[i + 1] : c[i];
    acc = i === 0 ? term : acc + pw[i / 2] * term;
  }
  return acc;
}

/** The double's upper 32 bits (fdlibm's GET_HIGH_WORD). */
export function highWord(x: number): number {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, x);
  return b.getUint32(0);
}

/** |x| with the low 32 bits of its double cleared (fdlibm's SET_LOW_WORD(z, 0)). */
function lowCleared(x: number): number {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, x);
  b.setUint32(4, 0);
  return b.getFloat64(0);
}

/** exp(-x*x - 0.5625) * exp(...) / x, the tail both erf and erfc share for 1.25 <= |x|. */
function erfcTail(ax: number, ix: number): number {
  const s = 1.0 / (ax * ax);
  const rs = ix < 0x4006db6d ? poly(ra, s) / poly(sa, s) : poly(rb, s) / poly(sb, s);
  const z = lowCleared(ax);
  return (crExp(-z * z - 0.5625) * crExp((z - ax) * (z + ax) + rs)) / ax;
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  const ix = highWord(x) & 0x7fffffff;
  const ax = Math.abs(x);
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.125 * (8.0 * x + efx8 * x);
      return x + efx * x;
    }
    const z = x * x;
    return x + x * (poly(pp, z) / poly(qq, z));
  }
  if (ix < 0x3ff40000) {
    const s = ax - 1.0;
    const pq = poly(pa, s) / poly(qa, s);
    return x < 0 ? -erx - pq : erx + pq;
  }
  if (ix >= 0x40180000) return x < 0 ? 1e-300 - 1.0 : 1.0 - 1e-300;
  const r = erfcTail(ax, ix);
  return x < 0 ? r - 1.0 : 1.0 - r;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 0 : 2;
  const ix = highWord(x) & 0x7fffffff;
  const ax = Math.abs(x);
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1.0 - x;
    const z = x * x;
    const y = poly(pp, z) / poly(qq, z);
    if (x < 0.25) return 1.0 - (x + x * y);
    return 0.5 - (x * y + (x - 0.5));
  }
  if (ix < 0x3ff40000) {
    const s = ax - 1.0;
    const pq = poly(pa, s) / poly(qa, s);
    return x >= 0 ? 1.0 - erx - pq : 1.0 + (erx + pq);
  }
  if (ix < 0x403c0000) {
    if (x < 0 && ix >= 0x40180000) return 2.0 - 1e-300;
    const r = erfcTail(ax, ix);
    return x > 0 ? r : 2.0 - r;
  }
  return x > 0 ? 0 : 2.0 - 1e-300;
}

/** sum(x * y for x, y in pairs) rounded once (3.12's sumprod float path: correctly rounded for finite terms). */
export function sumOfProducts(pairs: Array<[number, number]>): number {
  let plain = 0;
  let finite = true;
  for (const [x, y] of pairs) {
    plain += x * y;
    if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(x * y)) finite = false;
  }
  if (!finite) return plain;
  let m = 0n;
  let e = 0;
  let first = true;
  for (const [x, y] of pairs) {
    if (x === 0 || y === 0) continue;
    const [mx, ex] = exact(x);
    const [my, ey] = exact(y);
    const tm = mx * my;
    const te = ex + ey;
    if (first) [m, e, first] = [tm, te, false];
    else {
      const c = Math.min(e, te);
      m = (m << BigInt(e - c)) + (tm << BigInt(te - c));
      e = c;
    }
  }
  if (m === 0n) return plain === 0 ? plain : 0;
  return roundScaled(m, e);
}
