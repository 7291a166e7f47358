// PyOS_double_to_string (Python/pystrtod.c format_float_short): the text of a double built
// from the digits of the dtoa.c port (runtime/dtoa), which installs itself in dtoaHooks.

/**
 * dtoa.c's two entry points as the runtime's port provides them (this folder stays free of
 * the heap). `dtoa` runs _Py_dg_dtoa, hands `use` the digits (no trailing zeros; value =
 * 0.digits * 10**decpt, decpt 9999 for "Infinity"/"NaN") and sign bit, then _Py_dg_freedtoa.
 */
export const dtoaHooks = {
  dtoa: <T>(_x: number, _mode: number, _ndigits: number, _use: (digits: string, decpt: number, sign: number) => T): T => notLoaded(),
  /** PyOS_string_to_double(text + pos, &end, NULL): the value and where it ends (pos: nothing read). */
  strtod: (_text: string, _pos: number): { value: number; end: number } => notLoaded(),
};

function notLoaded(): never {
  throw new Error('the dtoa.c port (src/runtime/dtoa) is not loaded');
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
  // format_float_short: mode 0 for 'r', 3 for 'f', 2 for the others; infinities and nans too.
  return dtoaHooks.dtoa(x, fmt === 'r' ? 0 : fmt === 'f' ? 3 : 2, fmt === 'r' ? 0 : precision, (digits, decpt, sign) =>
    buildText(digits, decpt, sign, fmt, upper, precision, flags),
  );
}

/** format_float_short's text from the digits (decpt 9999: "Infinity" or "NaN"). */
function buildText(digits: string, decpt: number, sign: number, fmt: 'e' | 'f' | 'g' | 'r', upper: boolean, precision: number, flags: DoubleToStringFlags): string {
  if (decpt === 9999) {
    // The sign of a nan is ignored; that of an infinity kept.
    const body = digits === 'NaN' ? 'nan' : 'inf';
    return (sign && body === 'inf' ? '-' : flags.sign ? '+' : '') + (upper ? body.toUpperCase() : body);
  }
  let negative = sign !== 0;
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
