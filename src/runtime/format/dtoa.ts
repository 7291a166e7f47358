// Decimal digits of a double as David Gay's _Py_dg_dtoa gives them to CPython (mode 0:
// shortest round-trip; mode 2: n significant digits; mode 3: n digits after the point,
// both correctly rounded half-even), and PyOS_double_to_string built on them.

/** Digits without trailing zeros ("" when the value rounded to zero); value = 0.digits × 10^decpt. */
export interface Digits {
  readonly digits: string;
  readonly decpt: number;
}

const view = new DataView(new ArrayBuffer(8));

/**
 * What each conversion does to dtoa.c's Bigints: the runtime (runtime/dtoa) sets these; this
 * folder stays free of the heap. `dtoa` gets format_float_short's code and precision.
 */
export const dtoaHooks = {
  dtoa: (_x: number, _code: 'e' | 'f' | 'g' | 'r', _precision: number): void => undefined,
  strtod: (_text: string): void => undefined,
};

/**
 * The exact decimal expansion of a finite nonzero |x|. Every double is m·2^e, and
 * m·2^e = m·5^-e / 10^-e when e < 0, so BigInt gives all digits without rounding; this
 * is what makes the fixed-precision modes correctly rounded at any precision.
 */
function exactDigits(x: number): Digits {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (biased === 0) {
    e = -1074;
  } else {
    m |= 1n << 52n;
    e = biased - 1075;
  }
  let s: string;
  let decpt: number;
  if (e >= 0) {
    s = (m << BigInt(e)).toString();
    decpt = s.length;
  } else {
    s = (m * 5n ** BigInt(-e)).toString();
    decpt = s.length + e;
  }
  return { digits: s.replace(/0+$/, ''), decpt };
}

/** Keeps the first `keep` digits of an exact expansion, rounding half to even. */
function roundAt(d: Digits, keep: number): Digits {
  const { digits, decpt } = d;
  if (keep >= digits.length) return d;
  if (keep < 0) return { digits: '', decpt };
  const next = digits.charCodeAt(keep) - 48;
  let up: boolean;
  if (next !== 5) {
    up = next > 5;
  } else if (keep + 1 < digits.length) {
    // Digits are stripped of trailing zeros, so anything after the 5 is nonzero.
    up = true;
  } else {
    const last = keep === 0 ? 0 : digits.charCodeAt(keep - 1) - 48;
    up = last % 2 === 1;
  }
  let kept = digits.slice(0, keep);
  if (!up) {
    return { digits: kept.replace(/0+$/, ''), decpt };
  }
  // Propagate the carry: trailing 9s become zeros (dropped), the digit before goes up.
  let i = kept.length - 1;
  while (i >= 0 && kept[i] === '9') i--;
  if (i < 0) return { digits: '1', decpt: decpt + 1 };
  return { digits: kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1), decpt };
}

/** Mode 0: the shortest digits that read back as x (ECMAScript picks the same ones as dtoa). */
export function shortestDigits(x: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const [mant, exp] = Math.abs(x).toExponential().split('e');
  return { digits: mant.replace('.', '').replace(/0+$/, ''), decpt: Number(exp) + 1 };
}

/** Mode 2: `n` (>= 1) significant digits. */
export function precisionDigits(x: number, n: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  return roundAt(exactDigits(Math.abs(x)), n);
}

/** Mode 3: `n` digits after the decimal point (n may be negative: tens, hundreds...). */
export function fixedDigits(x: number, n: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const d = exactDigits(Math.abs(x));
  const r = roundAt(d, d.decpt + n);
  return r.digits === '' ? { digits: '', decpt: -n } : r;
}

export interface DoubleToStringFlags {
  /** Py_DTSF_SIGN: '+' before non-negative numbers. */
  readonly sign?: boolean;
  /** Py_DTSF_ADD_DOT_0: "1.0" rather than "1" for 'r' (and 'g' standing in for it). */
  readonly addDot0?: boolean;
  /** Py_DTSF_ALT: the '#' form (keep the point and trailing zeros). */
  readonly alt?: boolean;
  /** Py_DTSF_NO_NEG_0 (3.11 'z'): a result that rounds to zero loses its minus sign. */
  readonly noNeg0?: boolean;
}

export type DoubleFormatCode = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r';

/** PyOS_double_to_string (Python/pystrtod.c) for the short-float-repr build. */
export function doubleToString(x: number, code: DoubleFormatCode, precision: number, flags: DoubleToStringFlags = {}): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  const fmt = code.toLowerCase() as 'e' | 'f' | 'g' | 'r';
  if (fmt === 'e') precision++;
  if (fmt === 'g' && precision === 0) precision = 1;
  // format_float_short calls _Py_dg_dtoa first, for infinities and nans too.
  dtoaHooks.dtoa(x, fmt, precision);

  if (Number.isNaN(x) || !Number.isFinite(x)) {
    // The sign of a nan is ignored; that of an infinity kept.
    const neg = x === -Infinity;
    const body = Number.isNaN(x) ? 'nan' : 'inf';
    return (neg ? '-' : flags.sign ? '+' : '') + (upper ? body.toUpperCase() : body);
  }

  const d = fmt === 'r' ? shortestDigits(x) : fmt === 'f' ? fixedDigits(x, precision) : precisionDigits(x, precision);
  const digits = d.digits;
  let decpt = d.decpt;
  let negative = x < 0 || Object.is(x, -0);
  if (flags.noNeg0 && negative && (digits === '' || digits === '0')) negative = false;

  const addDot0 = !!flags.addDot0;
  const alt = !!flags.alt;
  const len = digits.length;
  let vEnd = len;
  let useExp = false;
  switch (fmt) {
    case 'e':
      useExp = true;
      vEnd = precision;
      break;
    case 'f':
      vEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    case 'r':
      // Exponent from 1e16 on: a 17-digit integer part would show bogus trailing digits.
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;

  let out = negative ? '-' : flags.sign ? '+' : '';
  if (decpt <= 0) out += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt);
  else out += '0'.repeat(-vStart);
  if (decpt > 0 && decpt <= len) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (len < decpt) out += '0'.repeat(decpt - len) + '.' + '0'.repeat(vEnd - decpt);
  else out += '0'.repeat(vEnd - len);
  if (out.endsWith('.') && !alt) out = out.slice(0, -1);
  if (useExp) {
    const a = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' : '') + a;
  }
  return out;
}

/** repr(float), which is also str(float) in Python 3. */
export function floatRepr(x: number): string {
  return doubleToString(x, 'r', 0, { addDot0: true });
}

export const floatStr = floatRepr;
