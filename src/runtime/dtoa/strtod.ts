// _Py_dg_strtod and bigcomp (Python/dtoa.c) step by step, so that reading a decimal string
// asks for CPython's Bigints in CPython's order; it returns the double dtoa.c returns.
import { Balloc, Bcopy, Bfree, Bigint, isZero, cmp, diff, dshift, i2b, lshift, mult, multadd, pow5mult, quorem, ratio, s2b } from './bigint';
import { BIGTENS, TENS } from './dtoa';
import { BNDRY_MASK, EXP_MASK, EXP_MSK1, fromWords, P, sd2b, ulp, word0, word1 } from './words';

const TINYTENS = [1e-16, 1e-32, 1e-64, 1e-128, 9007199254740992 * 9007199254740992e-256];
const DBL_DIG = 15;
const STRTOD_DIGLIM = 40;
/** Big0, Big1: the words of DBL_MAX. */
const BIG0 = 0x7fefffff;
const BIG1 = 0xffffffff;

/** sulp(x): ulp(x / 2**scale) * 2**scale. */
function sulp(x: number, scale: number): number {
  if (scale && 2 * P + 1 > (word0(x) & EXP_MASK) >>> 20) return fromWords((P + 2) * EXP_MSK1, 0);
  return ulp(x);
}

interface BCinfo {
  e0: number;
  nd: number;
  nd0: number;
  scale: number;
}

/** The significant digits (no point) and where they sit: value = digits * 10**e. */
interface Parsed {
  sign: boolean;
  digits: string;
  nd: number;
  nd0: number;
  e: number;
}

/** What _Py_dg_strtod reads: a sign, digits with at most one point, an exponent only when digits follow its 'e'. */
const NUMBER_AT = /([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?)(\d+))?/y;

function parse(str: string, pos: number): (Parsed & { end: number }) | null {
  NUMBER_AT.lastIndex = pos;
  const m = NUMBER_AT.exec(str);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const int = m[2];
  const frac = m[3] ?? '';
  const all = (int + frac).replace(/^0+/, '');
  const lead = int.replace(/^0+/, '');
  // Exponents past MAX_ABS_EXP are clipped; that changes nothing a Bigint depends on here.
  let e = m[5] !== undefined ? Math.min(Number(m[5].replace(/^0+/, '') || '0'), 1100000000) : 0;
  if (m[4] === '-') e = -e;
  const nd = all.length;
  const trimmed = all.replace(/0+$/, '');
  e = e - frac.length + (nd - trimmed.length);
  let nd0 = lead.length > 0 ? lead.length : trimmed.length;
  if (nd0 > trimmed.length) nd0 = trimmed.length;
  return { sign: m[1] === '-', digits: trimmed, nd: trimmed.length, nd0, e, end: pos + m[0].length };
}

/** _Py_dg_strtod(str + pos, &se): the value and where its number ends (pos when there is none: 0.0). */
export function dgStrtodAt(str: string, pos: number): { value: number; end: number } {
  const p = parse(str, pos);
  if (!p) return { value: 0, end: pos };
  if (p.nd === 0) return { value: p.sign ? -0 : 0, end: p.end };
  const bbs: Array<Bigint | null> = [];
  const result = strtodDigits(p, bbs);
  for (const b of bbs) Bfree(b);
  return { value: p.sign ? -result : result, end: p.end };
}

export function dgStrtod(str: string): number {
  return dgStrtodAt(str, 0).value;
}

const INF_OR_NAN_AT = /([+-]?)(?:(inf(?:inity)?)|nan)/iy;

/**
 * _PyOS_ascii_strtod (Python/pystrtod.c): _Py_dg_strtod, and where that reads nothing,
 * _Py_parse_inf_or_nan ("inf", "infinity", "nan" in any case, signed).
 */
export function asciiStrtod(str: string, pos: number): { value: number; end: number } {
  const r = dgStrtodAt(str, pos);
  if (r.end !== pos) return r;
  INF_OR_NAN_AT.lastIndex = pos;
  const m = INF_OR_NAN_AT.exec(str);
  if (!m) return { value: -1, end: pos };
  const negate = m[1] === '-';
  // A NaN's sign only shows through struct/copysign, and JS engines may not keep it anyway.
  const value = m[2] !== undefined ? (negate ? -Infinity : Infinity) : negate ? -NaN : NaN;
  return { value, end: pos + m[0].length };
}

function strtodDigits(p: Parsed, held: Array<Bigint | null>): number {
  const s0 = p.digits;
  let { nd, nd0, e } = p;
  const bc: BCinfo = { e0: e, nd: 0, nd0: 0, scale: 0 };
  let e1 = e;
  let y = 0;
  let z = 0;
  for (let i = 0; i < nd; i++) {
    if (i < 9) y = 10 * y + s0.charCodeAt(i) - 48;
    else if (i < DBL_DIG + 1) z = 10 * z + s0.charCodeAt(i) - 48;
    else break;
  }
  const k = nd < DBL_DIG + 1 ? nd : DBL_DIG + 1;
  let rv = y;
  if (k > 9) rv = TENS[k - 9] * rv + z;
  if (nd <= DBL_DIG) {
    if (!e) return rv;
    if (e > 0) {
      if (e <= 22) return rv * TENS[e];
      const i = DBL_DIG - nd;
      if (e <= 22 + i) return rv * TENS[i] * TENS[e - i];
    } else if (e >= -22) return rv / TENS[-e];
  }
  e1 += nd - k;
  if (e1 > 0) {
    let i: number;
    if ((i = e1 & 15)) rv *= TENS[i];
    if ((e1 &= ~15)) {
      if (e1 > 308) return Infinity;
      e1 >>= 4;
      let j = 0;
      for (; e1 > 1; j++, e1 >>= 1) if (e1 & 1) rv *= BIGTENS[j];
      rv = fromWords(word0(rv) - P * EXP_MSK1, word1(rv));
      rv *= BIGTENS[j];
      const zz = word0(rv) & EXP_MASK;
      if (zz > EXP_MSK1 * (1024 + 1023 - P)) return Infinity;
      if (zz > EXP_MSK1 * (1024 + 1023 - 1 - P)) rv = fromWords(BIG0, BIG1);
      else rv = fromWords(word0(rv) + P * EXP_MSK1, word1(rv));
    }
  } else if (e1 < 0) {
    e1 = -e1;
    let i: number;
    if ((i = e1 & 15)) rv /= TENS[i];
    if ((e1 >>= 4)) {
      if (e1 >= 1 << 5) return 0;
      if (e1 & 0x10) bc.scale = 2 * P;
      for (let j = 0; e1 > 0; j++, e1 >>= 1) if (e1 & 1) rv *= TINYTENS[j];
      let j: number;
      if (bc.scale && (j = 2 * P + 1 - ((word0(rv) & EXP_MASK) >>> 20)) > 0) {
        if (j >= 32) {
          rv = fromWords(j >= 53 ? (P + 2) * EXP_MSK1 : word0(rv) & (0xffffffff << (j - 32)), 0);
        } else rv = fromWords(word0(rv), word1(rv) & (0xffffffff << j));
      }
      if (!rv) return 0;
    }
  }
  bc.nd = nd;
  bc.nd0 = nd0;
  if (nd > STRTOD_DIGLIM) {
    // Truncate to 18 significant digits, then drop trailing zeros.
    let i = 18;
    while (i > 0 && s0[i - 1] === '0') i--;
    e += nd - i;
    nd = i;
    if (nd0 > nd) nd0 = nd;
    if (nd < 9) y = Number(s0.slice(0, nd));
  }
  const bd0 = s2b(s0, nd, y);
  held.push(bd0);
  let bb: Bigint | null = null;
  let bd: Bigint | null = null;
  let bs: Bigint | null = null;
  let delta: Bigint | null = null;
  let under = false;
  let over = false;
  loop: for (;;) {
    bd = Balloc(bd0.k);
    Bcopy(bd, bd0);
    const got = sd2b(rv, bc.scale);
    bb = got.b;
    const bbe = got.e;
    const odd = bb.x[0] & 1;
    bs = i2b(1);
    let bb2: number, bb5: number, bd2: number, bd5: number;
    if (e >= 0) {
      bb2 = bb5 = 0;
      bd2 = bd5 = e;
    } else {
      bb2 = bb5 = -e;
      bd2 = bd5 = 0;
    }
    if (bbe >= 0) bb2 += bbe;
    else bd2 -= bbe;
    let bs2 = bb2;
    bb2++;
    bd2++;
    let i = bb2 < bd2 ? bb2 : bd2;
    if (i > bs2) i = bs2;
    if (i > 0) {
      bb2 -= i;
      bd2 -= i;
      bs2 -= i;
    }
    if (bb5 > 0) {
      bs = pow5mult(bs, bb5);
      const bb1 = mult(bs, bb);
      Bfree(bb);
      bb = bb1;
    }
    if (bb2 > 0) bb = lshift(bb, bb2);
    if (bd5 > 0) bd = pow5mult(bd, bd5);
    if (bd2 > 0) bd = lshift(bd, bd2);
    if (bs2 > 0) bs = lshift(bs, bs2);
    delta = diff(bb, bd);
    const dsign = delta.sign;
    delta.sign = 0;
    i = cmp(delta, bs);
    if (bc.nd > nd && i <= 0) {
      if (dsign) break;
      if (!word1(rv) && !(word0(rv) & BNDRY_MASK)) {
        const j = (word0(rv) & EXP_MASK) >>> 20;
        if (j - bc.scale >= 2) {
          rv -= 0.5 * sulp(rv, bc.scale);
          break;
        }
      }
      bc.nd = nd;
      i = -1;
    }
    let dropDown = false;
    if (i < 0) {
      if (dsign || word1(rv) || word0(rv) & BNDRY_MASK || (word0(rv) & EXP_MASK) <= (2 * P + 1) * EXP_MSK1) break;
      if (isZero(delta)) break;
      delta = lshift(delta, 1);
      if (cmp(delta, bs) > 0) dropDown = true;
      else break;
    }
    if (i === 0 || dropDown) {
      if (!dropDown) {
        if (dsign) {
          let yy = 0;
          if (
            (word0(rv) & BNDRY_MASK) === BNDRY_MASK &&
            word1(rv) === (bc.scale && (yy = word0(rv) & EXP_MASK) <= 2 * P * EXP_MSK1 ? (0xffffffff & (0xffffffff << (2 * P + 1 - (yy >>> 20)))) >>> 0 : 0xffffffff)
          ) {
            rv = fromWords((word0(rv) & EXP_MASK) + EXP_MSK1, 0);
            break;
          }
        } else if (!(word0(rv) & BNDRY_MASK) && !word1(rv)) dropDown = true;
      }
      if (dropDown) {
        if (bc.scale) {
          const L = word0(rv) & EXP_MASK;
          if (L <= (2 * P + 1) * EXP_MSK1) {
            if (L > (P + 2) * EXP_MSK1) break;
            if (bc.nd > nd) break;
            under = true;
            break;
          }
        }
        rv = fromWords(((word0(rv) & EXP_MASK) - EXP_MSK1) | BNDRY_MASK, 0xffffffff);
        break;
      }
      if (!odd) break;
      if (dsign) rv += sulp(rv, bc.scale);
      else {
        rv -= sulp(rv, bc.scale);
        if (!rv) {
          if (bc.nd > nd) break;
          under = true;
          break;
        }
      }
      break;
    }
    let aadj = ratio(delta, bs);
    let aadj1: number;
    if (aadj <= 2) {
      if (dsign) aadj = aadj1 = 1;
      else if (word1(rv) || word0(rv) & BNDRY_MASK) {
        if (word1(rv) === 1 && !word0(rv)) {
          if (bc.nd > nd) break;
          under = true;
          break;
        }
        aadj = 1;
        aadj1 = -1;
      } else {
        if (aadj < 2 / 2) aadj = 1 / 2;
        else aadj *= 0.5;
        aadj1 = -aadj;
      }
    } else {
      aadj *= 0.5;
      aadj1 = dsign ? aadj : -aadj;
    }
    const yExp = word0(rv) & EXP_MASK;
    cont: {
      if (yExp === EXP_MSK1 * (1024 + 1023 - 1)) {
        const rv0 = rv;
        rv = fromWords(word0(rv) - P * EXP_MSK1, word1(rv));
        rv += aadj1 * ulp(rv);
        if ((word0(rv) & EXP_MASK) >= EXP_MSK1 * (1024 + 1023 - P)) {
          if (word0(rv0) === BIG0 && word1(rv0) === BIG1) {
            over = true;
            break loop;
          }
          rv = fromWords(BIG0, BIG1);
          break cont;
        }
        rv = fromWords(word0(rv) + P * EXP_MSK1, word1(rv));
      } else {
        if (bc.scale && yExp <= 2 * P * EXP_MSK1) {
          if (aadj <= 0x7fffffff) {
            let zz = Math.trunc(aadj) >>> 0;
            if (zz <= 0) zz = 1;
            aadj = zz;
            aadj1 = dsign ? aadj : -aadj;
          }
          aadj1 = fromWords(word0(aadj1) + (2 * P + 1) * EXP_MSK1 - yExp, word1(aadj1));
        }
        rv += aadj1 * ulp(rv);
      }
      const zExp = word0(rv) & EXP_MASK;
      if (bc.nd === nd && !bc.scale && yExp === zExp) {
        const L = Math.trunc(aadj);
        aadj -= L;
        if (dsign || word1(rv) || word0(rv) & BNDRY_MASK) {
          if (aadj < 0.4999999 || aadj > 0.5000001) break loop;
        } else if (aadj < 0.4999999 / 2) break loop;
      }
    }
    Bfree(bb);
    bb = null;
    Bfree(bd);
    bd = null;
    Bfree(bs);
    bs = null;
    Bfree(delta);
    delta = null;
  }
  held.unshift(bb, bd, bs);
  held.push(delta);
  if (over) return Infinity;
  if (under) return 0;
  if (bc.nd > nd) rv = bigcomp(rv, s0, bc);
  if (bc.scale) rv *= fromWords(0x3ff00000 - 2 * P * EXP_MSK1, 0);
  return rv;
}

/** bigcomp: rv or rv + 1ulp, decided by the digits of rv + 0.5ulp against all of s0's. */
function bigcomp(rv: number, s0: string, bc: BCinfo): number {
  const nd = bc.nd;
  const p5 = nd + bc.e0;
  const got = sd2b(rv, bc.scale);
  let b = got.b;
  let p2 = got.e;
  const odd = b.x[0] & 1;
  b = lshift(b, 1);
  b.x[0] |= 1;
  p2--;
  p2 -= p5;
  let d = i2b(1);
  if (p5 > 0) d = pow5mult(d, p5);
  else if (p5 < 0) b = pow5mult(b, -p5);
  let b2: number, d2: number;
  if (p2 > 0) [b2, d2] = [p2, 0];
  else [b2, d2] = [0, -p2];
  const i = dshift(d, d2);
  if ((b2 += i) > 0) b = lshift(b, b2);
  if ((d2 += i) > 0) d = lshift(d, d2);
  let dd: number;
  if (cmp(b, d) >= 0) dd = -1;
  else {
    for (let n = 0; ; ) {
      b = multadd(b, 10, 0);
      dd = s0.charCodeAt(n) - 48 - quorem(b, d);
      n++;
      if (dd) break;
      if (isZero(b)) {
        dd = n < nd ? 1 : 0;
        break;
      }
      if (!(n < nd)) {
        dd = -1;
        break;
      }
    }
  }
  Bfree(b);
  Bfree(d);
  if (dd > 0 || (dd === 0 && odd)) rv += sulp(rv, bc.scale);
  return rv;
}
