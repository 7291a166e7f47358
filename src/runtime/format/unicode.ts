// The few Unicode character properties CPython's formatting and parsing consult
// (Py_UNICODE_ISPRINTABLE, Py_UNICODE_ISSPACE, Py_UNICODE_TODECIMAL), approximated
// with the JS engine's Unicode tables, which may be a newer Unicode version than 3.11's 14.0.

// Other (Cc Cf Cs Co Cn) and Separator (Zl Zp Zs) are not printable, except space.
const NON_PRINTABLE = /[\p{C}\p{Z}]/u;
const DECIMAL = /\p{Nd}/u;

export function isPrintableCodePoint(cp: number): boolean {
  if (cp === 0x20) return true;
  if (cp < 0x7f) return cp > 0x20;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}

/** str.isprintable() */
export function isPrintable(s: string): boolean {
  for (const ch of s) if (!isPrintableCodePoint(ch.codePointAt(0)!)) return false;
  return true;
}

// Py_UNICODE_ISSPACE: bidirectional class WS, B or S, or category Zs.
const SPACES = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002,
  0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

export function isSpaceCodePoint(cp: number): boolean {
  return SPACES.has(cp);
}

/** The digit value of a Unicode decimal digit (category Nd), or -1. */
export function decimalValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x80 || !DECIMAL.test(String.fromCodePoint(cp))) return -1;
  // Nd characters come in complete runs 0..9, so the run position is the value.
  let n = 0;
  while (DECIMAL.test(String.fromCodePoint(cp - n - 1))) n++;
  return n % 10;
}

const ASCII_BELOW_DEL = /^[\x00-\x7e]*$/;

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII spaces become ' ', non-ASCII
 * decimal digits their ASCII digit, and the string stops at the first other non-ASCII
 * character with a '?' (which no number parser accepts).
 */
export function toAsciiDigitsAndSpaces(s: string): string {
  // Most text is ASCII already (building a 10-million-digit copy a character at a time took seconds).
  if (ASCII_BELOW_DEL.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 127) {
      out += ch;
    } else if (isSpaceCodePoint(cp)) {
      out += ' ';
    } else {
      const d = decimalValue(cp);
      if (d < 0) return out + '?';
      out += String(d);
    }
  }
  return out;
}
