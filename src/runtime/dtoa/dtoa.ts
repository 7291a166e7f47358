// _Py_dg_dtoa (Python/dtoa.c) step by step, so that its Bigints are asked for in CPython's
// order and sizes; the digits it makes are CPython's too. Modes 0, 2 and 3 (what CPython uses).
import { Balloc, Bcopy, Bfree, Bigint, isZero, cmp, diff, dshift, i2b, lshift, mult, multadd, pow5mult, quorem } from './bigint';
import { BIAS, BNDRY_MASK, d2b, EXP_MASK, EXP_MSK1, fromWords, P, word0, word1 } from './words';

export const TENS = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
export const BIGTENS = [1e16, 1e32, 1e64, 1e128, 1e256];
export interface DtoaResult {
  digits: string;
  /** Where the point goes: value = 0.digits * 10**decpt (9999 for an infinity or a nan). */
  decpt: number;
  /** The sign bit (dtoa.c's *sign), nans' included. */
  sign: number;
  /** The string's own Bigint (rv_alloc), for _Py_dg_freedtoa. */
  buf: Bigint;
}

/** Quick_max, Int_max: digits the floating-point shortcuts can give exactly. */
const QUICK_MAX = 14;
const INT_MAX = 14;

/** rv_alloc(i): the smallest Bigint whose words hold an i-character string after its k. */
function rvAlloc(i: number): Bigint {
  let k = 0;
  for (let j = 4; 32 - 4 - 4 + j <= i; j *= 2) k++; // (not <<=: past 2**30 it wraps negative and never ends)
  return Balloc(k);
}

export function freedtoa(r: DtoaResult): void {
  Bfree(r.buf);
}

export function dgDtoa(dd: number, mode: number, ndigits: number): DtoaResult {
  const sign = word0(dd) >>> 31;
  let u = Math.abs(dd);
  if ((word0(u) & EXP_MASK) === EXP_MASK) return { digits: Number.isNaN(u) ? 'NaN' : 'Infinity', decpt: 9999, sign, buf: rvAlloc(Number.isNaN(u) ? 3 : 8) };
  if (u === 0) return { digits: '0', decpt: 1, sign, buf: rvAlloc(1) };

  const got = d2b(u);
  let b: Bigint = got.b;
  const be = got.e;
  const bbits = got.bits;
  let i = (word0(u) >>> 20) & 0x7ff;
  let d2: number;
  let denorm = false;
  if (i) {
    d2 = fromWords((word0(u) & 0xfffff) | 0x3ff00000, word1(u));
    i -= BIAS;
  } else {
    i = bbits + be + (BIAS + (P - 1) - 1);
    const x = i > 32 ? ((word0(u) << (64 - i)) | (word1(u) >>> (i - 32))) >>> 0 : (word1(u) << (32 - i)) >>> 0;
    d2 = fromWords(word0(x) - 31 * EXP_MSK1, word1(x));
    i -= BIAS + (P - 1) - 1 + 1;
    denorm = true;
  }
  const ds0 = (d2 - 1.5) * 0.289529654602168 + 0.1760912590558 + i * 0.301029995663981;
  let k = Math.trunc(ds0);
  if (ds0 < 0 && ds0 !== k) k--;
  let kCheck = true;
  if (k >= 0 && k <= 22) {
    if (u < TENS[k]) k--;
    kCheck = false;
  }
  let j = bbits - i - 1;
  let b2: number, s2: number, b5: number, s5: number;
  if (j >= 0) [b2, s2] = [0, j];
  else [b2, s2] = [-j, 0];
  if (k >= 0) {
    b5 = 0;
    s5 = k;
    s2 += k;
  } else {
    b2 -= k;
    b5 = -k;
    s5 = 0;
  }
  let leftright = true;
  let ilim = -1;
  let ilim1 = -1;
  switch (mode) {
    case 2:
      leftright = false;
      if (ndigits <= 0) ndigits = 1;
      ilim = ilim1 = i = ndigits;
      break;
    case 3:
      leftright = false;
      i = ndigits + k + 1;
      ilim = i;
      ilim1 = i - 1;
      if (i <= 0) i = 1;
      break;
    default:
      i = 18;
      ndigits = 0;
  }
  const buf = rvAlloc(i);
  let s = '';
  const done = (decpt: number): DtoaResult => ({ digits: s, decpt, sign, buf });
  /** bump_up / roundoff: add one to the last digit, carrying through 9s. */
  const roundUp = (): void => {
    let n = s.length;
    while (n > 0 && s[n - 1] === '9') n--;
    if (n === 0) {
      k++;
      s = '1';
    } else s = s.slice(0, n - 1) + String.fromCharCode(s.charCodeAt(n - 1) + 1);
  };
  const stripZeros = (): void => {
    s = s.replace(/0+$/, '');
  };

  if (ilim >= 0 && ilim <= QUICK_MAX) {
    // Try to get by with floating-point arithmetic.
    let n = 0;
    const k0 = k;
    const ilim0 = ilim;
    let ieps = 2;
    if (k > 0) {
      let ds = TENS[k & 0xf];
      j = k >> 4;
      if (j & 0x10) {
        j &= 0xf;
        u /= BIGTENS[4];
        ieps++;
      }
      for (; j; j >>= 1, n++)
        if (j & 1) {
          ieps++;
          ds *= BIGTENS[n];
        }
      u /= ds;
    } else if (-k) {
      const j1 = -k;
      u *= TENS[j1 & 0xf];
      for (j = j1 >> 4; j; j >>= 1, n++)
        if (j & 1) {
          ieps++;
          u *= BIGTENS[n];
        }
    }
    let fast: 'failed' | 'ret' | 'bump' | 'one' | 'none' = 'failed';
    quick: {
      if (kCheck && u < 1 && ilim > 0) {
        if (ilim1 <= 0) break quick;
        ilim = ilim1;
        k--;
        u *= 10;
        ieps++;
      }
      let eps = ieps * u + 7;
      eps = fromWords(word0(eps) - (P - 1) * EXP_MSK1, word1(eps));
      if (ilim === 0) {
        u -= 5;
        if (u > eps) fast = 'one';
        else if (u < -eps) fast = 'none';
        break quick;
      }
      // Modes 2 and 3: generate ilim digits, then fix them up.
      eps *= TENS[ilim - 1];
      for (let m = 1; ; m++, u *= 10) {
        const L = Math.trunc(u);
        if (!(u -= L)) ilim = m;
        s += String.fromCharCode(48 + L);
        if (m === ilim) {
          if (u > 0.5 + eps) fast = 'bump';
          else if (u < 0.5 - eps) {
            stripZeros();
            fast = 'ret';
          }
          break;
        }
      }
    }
    if (fast === 'ret') {
      Bfree(b);
      return done(k + 1);
    }
    if (fast === 'bump') {
      roundUp();
      Bfree(b);
      return done(k + 1);
    }
    if (fast === 'one' || fast === 'none') {
      if (fast === 'one') {
        s = '1';
        k++;
      } else k = -1 - ndigits;
      Bfree(b);
      return done(k + 1);
    }
    s = '';
    u = Math.abs(dd);
    k = k0;
    ilim = ilim0;
  }

  // Do we have a "small" integer?
  if (be >= 0 && k <= INT_MAX) {
    const ds = TENS[k];
    if (ndigits < 0 && ilim <= 0) {
      if (ilim < 0 || u <= 5 * ds) k = -1 - ndigits;
      else {
        s = '1';
        k++;
      }
      Bfree(b);
      return done(k + 1);
    }
    for (let m = 1; ; m++, u *= 10) {
      const L = Math.trunc(u / ds);
      u -= L * ds;
      s += String.fromCharCode(48 + L);
      if (!u) break;
      if (m === ilim) {
        u += u;
        if (u > ds || (u === ds && L & 1)) roundUp();
        // The trailing zeros the original dtoa.c left here (bpo-40780, in every version modelled).
        else stripZeros();
        break;
      }
    }
    Bfree(b);
    return done(k + 1);
  }

  let m2 = b2;
  let m5 = b5;
  let mhi: Bigint | null = null;
  let mlo: Bigint | null = null;
  if (leftright) {
    i = denorm ? be + (BIAS + (P - 1) - 1 + 1) : 1 + P - bbits;
    b2 += i;
    s2 += i;
    mhi = i2b(1);
  }
  if (m2 > 0 && s2 > 0) {
    i = m2 < s2 ? m2 : s2;
    b2 -= i;
    m2 -= i;
    s2 -= i;
  }
  if (b5 > 0) {
    if (leftright && mhi) {
      if (m5 > 0) {
        mhi = pow5mult(mhi, m5);
        const b1 = mult(mhi, b);
        Bfree(b);
        b = b1;
      }
      if ((j = b5 - m5)) b = pow5mult(b, j);
    } else b = pow5mult(b, b5);
  }
  let S = i2b(1);
  if (s5 > 0) S = pow5mult(S, s5);

  let specCase = false;
  if (mode < 2 || leftright) {
    if (!word1(u) && !(word0(u) & BNDRY_MASK) && word0(u) & (EXP_MASK & ~EXP_MSK1)) {
      b2 += 1;
      s2 += 1;
      specCase = true;
    }
  }
  i = dshift(S, s2);
  b2 += i;
  m2 += i;
  s2 += i;
  if (b2 > 0) b = lshift(b, b2);
  if (s2 > 0) S = lshift(S, s2);
  if (kCheck && cmp(b, S) < 0) {
    k--;
    b = multadd(b, 10, 0);
    if (leftright && mhi) mhi = multadd(mhi, 10, 0);
    ilim = ilim1;
  }
  const ret = (): DtoaResult => {
    Bfree(S);
    if (mhi) {
      if (mlo && mlo !== mhi) Bfree(mlo);
      Bfree(mhi);
    }
    Bfree(b);
    return done(k + 1);
  };
  if (ilim <= 0 && mode === 3) {
    let noDigits = ilim < 0;
    if (!noDigits) {
      S = multadd(S, 5, 0);
      noDigits = cmp(b, S) <= 0;
    }
    if (noDigits) k = -1 - ndigits;
    else {
      s = '1';
      k++;
    }
    return ret();
  }
  let dig = 0;
  if (leftright && mhi) {
    if (m2 > 0) mhi = lshift(mhi, m2);
    mlo = mhi;
    if (specCase) {
      mhi = Balloc(mhi.k);
      Bcopy(mhi, mlo);
      mhi = lshift(mhi, 1);
    }
    const odd = word1(u) & 1;
    for (let n = 1; ; n++) {
      dig = quorem(b, S) + 48;
      const jj = cmp(b, mlo);
      const delta = diff(S, mhi);
      const j1 = delta.sign ? 1 : cmp(b, delta);
      Bfree(delta);
      if (j1 === 0 && !odd) {
        if (dig === 57) {
          s += '9';
          roundUp();
          return ret();
        }
        if (jj > 0) dig++;
        s += String.fromCharCode(dig);
        return ret();
      }
      if (jj < 0 || (jj === 0 && !odd)) {
        if (!isZero(b) && j1 > 0) {
          b = lshift(b, 1);
          const j2 = cmp(b, S);
          if ((j2 > 0 || (j2 === 0 && dig & 1)) && dig++ === 57) {
            s += '9';
            roundUp();
            return ret();
          }
        }
        s += String.fromCharCode(dig);
        return ret();
      }
      if (j1 > 0) {
        if (dig === 57) {
          s += '9';
          roundUp();
          return ret();
        }
        s += String.fromCharCode(dig + 1);
        return ret();
      }
      s += String.fromCharCode(dig);
      if (n === ilim) break;
      b = multadd(b, 10, 0);
      if (mlo === mhi) mlo = mhi = multadd(mhi, 10, 0);
      else {
        mlo = multadd(mlo, 10, 0);
        mhi = multadd(mhi, 10, 0);
      }
    }
  } else {
    for (let n = 1; ; n++) {
      dig = quorem(b, S) + 48;
      s += String.fromCharCode(dig);
      if (isZero(b)) return ret();
      if (n >= ilim) break;
      b = multadd(b, 10, 0);
    }
  }
  // Round off last digit.
  b = lshift(b, 1);
  j = cmp(b, S);
  if (j > 0 || (j === 0 && dig & 1)) roundUp();
  else stripZeros();
  return ret();
}
