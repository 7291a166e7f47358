// int ↔ text: str()/hex()/oct()/bin() of an int and int(text, base), with CPython's
// prefixes, underscore rules, error messages and the 3.11 int_max_str_digits limit.
import { typeError, valueError } from './errors';
import { strRepr } from './strrepr';
import { toAsciiDigitsAndSpaces } from './unicode';

/** sys.get_int_max_str_digits() default (3.11.0+, and 3.10.7+ security releases). */
export const DEFAULT_MAX_STR_DIGITS = 4300;

/** Digits of |x| in base 2, 8, 10 or 16, lower case, no sign or prefix. */
export function intDigits(x: bigint, base: number): string {
  return (x < 0n ? -x : x).toString(base);
}

/**
 * str(int): decimal, raising CPython's ValueError past `maxDigits` digits (0 = no limit,
 * as after sys.set_int_max_str_digits(0)).
 */
export function intToDecimal(x: bigint, maxDigits = DEFAULT_MAX_STR_DIGITS): string {
  const s = x.toString();
  const n = x < 0n ? s.length - 1 : s.length;
  if (maxDigits > 0 && n > maxDigits) {
    throw valueError(
      `Exceeds the limit (${maxDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return s;
}

/** PyNumber_ToBase: '-0xff' for hex(-255), '0b101', '0o17'; base 10 as str(). */
export function intToString(x: bigint, base: 2 | 8 | 10 | 16, maxDigits = DEFAULT_MAX_STR_DIGITS): string {
  if (base === 10) return intToDecimal(x, maxDigits);
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  return (x < 0n ? '-' : '') + prefix + intDigits(x, base);
}

export const intHex = (x: bigint): string => intToString(x, 16);
export const intOct = (x: bigint): string => intToString(x, 8);
export const intBin = (x: bigint): string => intToString(x, 2);

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

const isAsciiSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';

/**
 * int(text, base) for a str argument (PyLong_FromUnicodeObject → PyLong_FromString).
 * `base` must already be an int; bases outside 0 and 2..36 raise as CPython does.
 */
export function parseIntLiteral(text: string, base: number | bigint = 10, maxDigits = DEFAULT_MAX_STR_DIGITS, limitText = `${maxDigits} digits`): bigint {
  return parseIntLiteralDigits(text, base, maxDigits, limitText).value;
}

/** parseIntLiteral with the base it read in and how many digit characters it read (PyLong_FromString sizes by them). */
export function parseIntLiteralDigits(text: string, base: number | bigint, maxDigits: number, limitText: string): { value: bigint; radix: number; digits: number } {
  const b = typeof base === 'bigint' ? (base >= -1n && base <= 37n ? Number(base) : -1) : base;
  if ((b !== 0 && b < 2) || b > 36) throw valueError('int() base must be >= 2 and <= 36, or 0');
  const invalid = (): never => {
    throw valueError(`invalid literal for int() with base ${b}: ${strRepr(text).slice(0, 200)}`);
  };
  const s = toAsciiDigitsAndSpaces(text);
  let i = 0;
  while (isAsciiSpace(s[i])) i++;
  let negative = false;
  if (s[i] === '+' || s[i] === '-') negative = s[i++] === '-';
  let radix = b;
  let errorIfNonzero = false;
  const p = s[i + 1]?.toLowerCase();
  if (radix === 0) {
    if (s[i] !== '0') radix = 10;
    else if (p === 'x') radix = 16;
    else if (p === 'o') radix = 8;
    else if (p === 'b') radix = 2;
    else {
      // A C-style octal literal like 010 is invalid; zeros alone still read as 0.
      radix = 10;
      errorIfNonzero = true;
    }
  }
  if (s[i] === '0' && ((radix === 16 && p === 'x') || (radix === 8 && p === 'o') || (radix === 2 && p === 'b'))) {
    i += 2;
    if (s[i] === '_') i++; // One underscore allowed after the prefix.
  }
  if (s[i] === '_') invalid();
  const start = i;
  let count = 0;
  let prev = '';
  while (i < s.length) {
    const c = s[i];
    if (c === '_') {
      if (prev === '_') invalid();
    } else if (digitValue(c.charCodeAt(0)) < radix) {
      count++;
    } else break;
    prev = c;
    i++;
  }
  if (prev === '_') invalid();
  if (count === 0) invalid();
  // The limit only applies to bases that are not powers of two (quadratic conversion).
  if (maxDigits > 0 && (radix & (radix - 1)) !== 0 && count > maxDigits) {
    throw valueError(
      `Exceeds the limit (${limitText}) for integer string conversion: value has ${count} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  const body = s.slice(start, i).replace(/_/g, '');
  while (isAsciiSpace(s[i])) i++;
  if (i !== s.length) invalid();
  const v = bigIntInBase(body, radix);
  if (errorIfNonzero && v !== 0n) invalid();
  return { value: negative ? -v : v, radix, digits: count };
}

function bigIntInBase(digits: string, radix: number): bigint {
  if (radix === 10) return BigInt(digits);
  if (radix === 16) return BigInt('0x' + digits);
  if (radix === 8) return BigInt('0o' + digits);
  if (radix === 2) return BigInt('0b' + digits);
  // Other bases: chunks of digits that fit a double exactly.
  const chunk = Math.floor(Math.log(2 ** 50) / Math.log(radix));
  let v = 0n;
  for (let k = 0; k < digits.length; k += chunk) {
    const part = digits.slice(k, k + chunk);
    v = v * BigInt(radix) ** BigInt(part.length) + BigInt(parseInt(part, radix));
  }
  return v;
}

/** The TypeError int(x, base) raises when x is not a str/bytes/bytearray. */
export function intBaseWithoutStringError(): never {
  throw typeError("int() can't convert non-string with explicit base");
}
