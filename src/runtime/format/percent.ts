// printf-style `str % args` (PyUnicode_Format in CPython 3.11). The interpreter's
// objects stay opaque (T): what the formatter needs to know of them it asks callbacks.
import { FormatVersion } from './version';
import { doubleToString, DoubleFormatCode } from './dtoa';
import { overflowError, typeError, valueError } from './errors';
import { intDigits, intToDecimal } from './intstr';

export interface PercentCallbacks<T> {
  str(o: T): string;
  repr(o: T): string;
  /** ascii(o) (asciiEscape(repr(o)) for most objects). */
  ascii(o: T): string;
  /** type(o).__name__ for error messages. */
  typeName(o: T): string;
  /** The items when o is a tuple (or a tuple subclass), else undefined. */
  tupleItems(o: T): readonly T[] | undefined;
  /** PyMapping_Check(o) (the type has __getitem__); only asked of args that are neither tuple nor str. */
  isMapping(o: T): boolean;
  /** mapping[key] for '%(key)s'; throws what the interpreter raises (KeyError...). */
  getItem(mapping: T, key: string): T;
  /** The text when o is a str (or subclass), else undefined. */
  strValue(o: T): string | undefined;
  /** The value when o is an int (PyLong_Check: int, bool, subclasses), else undefined. */
  intValue(o: T): bigint | undefined;
  /**
   * int(o) for %d %i %u: undefined when o is not a number or int() raises TypeError
   * (the formatter then raises its own TypeError); other errors propagate (float('inf')).
   */
  toInt(o: T): bigint | undefined;
  /** operator.index(o) for %o %x %X %c: undefined when o has no __index__. */
  toIndex(o: T): bigint | undefined;
  /** PyFloat_AsDouble(o) (float(), __float__, __index__): undefined when o is not a real number. */
  toFloat(o: T): number | undefined;
  /**
   * Optional: the %s, %r or %a text of o as an object the caller holds, asked instead of str, repr
   * or ascii for a conversion that may be the whole result (see whole).
   */
  textObject?(o: T, ch: string): string;
  /** Optional: the result is the text textObject gave last, as it is (the caller may return that object). */
  whole?(): void;
}

interface Arg {
  ch: string;
  ljust: boolean;
  plus: boolean;
  blank: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  prec: number;
  /** A numeric conversion: the sign is handled apart from the digits. */
  sign: boolean;
}

const SSIZE_MAX = (1n << 63n) - 1n;
const INT_MAX = 2147483647n;

/** `fmt % args` */
export function percentFormat<T>(fmt: string, args: T, cb: PercentCallbacks<T>): string {
  // Code points; a format without surrogate pairs indexes the same as its own characters.
  const f: string | string[] = /[\ud800-\udfff]/.test(fmt) ? Array.from(fmt) : fmt;
  const cut = (a: number, b: number): string => (typeof f === 'string' ? f.slice(a, b) : f.slice(a, b).join(''));
  const items = cb.tupleItems(args);
  let current = args;
  let arglen = items ? items.length : -1;
  let argidx = items ? 0 : -2;
  const dict = !items && cb.strValue(args) === undefined && cb.isMapping(args) ? args : undefined;

  const nextArg = (): T => {
    if (argidx < arglen) {
      const i = argidx++;
      return arglen < 0 ? current : items![i];
    }
    throw typeError('not enough arguments for format string');
  };

  let out = '';
  let pos = 0;
  let converted = false;
  while (pos < f.length) {
    if (f[pos] !== '%') {
      const start = pos;
      while (pos < f.length && f[pos] !== '%') pos++;
      out += cut(start, pos);
      continue;
    }
    pos++;
    if (f[pos] === '%') {
      out += '%';
      pos++;
      continue;
    }
    const arg: Arg = { ch: f[pos] ?? '', ljust: false, plus: false, blank: false, alt: false, zero: false, width: -1, prec: -1, sign: false };
    // Reads the next character into arg.ch; '' past the end (C reads the terminating NUL).
    const advance = (): boolean => {
      pos++;
      arg.ch = f[pos] ?? '';
      return pos < f.length;
    };

    if (arg.ch === '(') {
      if (dict === undefined) throw typeError('format requires a mapping');
      const keyStart = pos + 1;
      let depth = 1;
      let p = keyStart;
      while (depth > 0 && p < f.length) {
        if (f[p] === ')') depth--;
        else if (f[p] === '(') depth++;
        p++;
      }
      if (depth > 0) throw valueError('incomplete format key');
      current = cb.getItem(dict, cut(keyStart, p - 1));
      arglen = -1;
      argidx = -2;
      pos = p;
    }
    // Flags.
    for (;;) {
      if (pos >= f.length) break;
      const c = f[pos];
      if (c === '-') arg.ljust = true;
      else if (c === '+') arg.plus = true;
      else if (c === ' ') arg.blank = true;
      else if (c === '#') arg.alt = true;
      else if (c === '0') arg.zero = true;
      else break;
      pos++;
    }
    arg.ch = f[pos] ?? '';
    // Width.
    if (arg.ch === '*') {
      const v = cb.intValue(nextArg());
      if (v === undefined) throw typeError('* wants int');
      if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) throw overflowError('Python int too large to convert to C ssize_t');
      arg.width = Number(v < 0n ? -v : v);
      if (v < 0n) arg.ljust = true;
      advance();
    } else if (arg.ch >= '0' && arg.ch <= '9' && arg.ch.length === 1) {
      let w = BigInt(arg.ch);
      while (advance() && arg.ch >= '0' && arg.ch <= '9') {
        if (w > (SSIZE_MAX - BigInt(arg.ch)) / 10n) throw valueError('width too big');
        w = w * 10n + BigInt(arg.ch);
      }
      arg.width = Number(w);
    }
    // Precision.
    if (arg.ch === '.') {
      arg.prec = 0;
      advance();
      // (advance() changed arg.ch; the cast stops TypeScript keeping the '.' narrowing.)
      if ((arg.ch as string) === '*') {
        const v = cb.intValue(nextArg());
        if (v === undefined) throw typeError('* wants int');
        if (v > INT_MAX || v < -INT_MAX - 1n) throw overflowError('Python int too large to convert to C int');
        arg.prec = v < 0n ? 0 : Number(v);
        advance();
      } else if (arg.ch >= '0' && arg.ch <= '9' && arg.ch.length === 1) {
        let p = BigInt(arg.ch);
        while (advance() && arg.ch >= '0' && arg.ch <= '9') {
          if (p > (INT_MAX - BigInt(arg.ch)) / 10n) throw valueError('precision too big');
          p = p * 10n + BigInt(arg.ch);
        }
        arg.prec = Number(p);
      }
    }
    // "%hi", "%ld", "%Lf": the C length modifiers are accepted and ignored.
    if (pos < f.length && (arg.ch === 'h' || arg.ch === 'l' || arg.ch === 'L')) advance();
    if (pos >= f.length) throw valueError('incomplete format');
    pos++;

    // unicode_format_arg_format turns overallocation off for the format's last conversion: written
    // into a writer still empty, its str is taken as is (_PyUnicodeWriter_WriteStr) and becomes the
    // result. From 3.11 any conversion before it, even an empty one, has made the buffer.
    const alone = out === '' && pos === f.length && (FormatVersion.minor <= 10 || !converted);
    converted = true;
    const text = formatArg(arg, nextArg(), cb, pos - 1, alone);
    const shown = output(arg, text);
    if (alone && shown === text && cb.textObject !== undefined && (arg.ch === 's' || arg.ch === 'r' || arg.ch === 'a') && unpadded(arg, text)) cb.whole?.();
    out += shown;
    if (dict !== undefined && argidx < arglen) throw typeError('not all arguments converted during string formatting');
  }
  if (argidx < arglen && dict === undefined) throw typeError('not all arguments converted during string formatting');
  return out;
}

const INT_CODES = 'iduoxX';
const FLOAT_CODES = 'eEfFgG';

/** unicode_format_arg_format: the converted text before padding. */
function formatArg<T>(arg: Arg, v: T, cb: PercentCallbacks<T>, index: number, alone: boolean): string {
  const ch = arg.ch;
  if (ch === 's' || ch === 'r' || ch === 'a') {
    if (alone && cb.textObject !== undefined) return cb.textObject(v, ch);
    return ch === 's' ? cb.str(v) : ch === 'r' ? cb.repr(v) : cb.ascii(v);
  }
  if (INT_CODES.includes(ch)) {
    const hexish = ch === 'o' || ch === 'x' || ch === 'X';
    const n = cb.intValue(v) ?? (hexish ? cb.toIndex(v) : cb.toInt(v));
    if (n === undefined) {
      const what = hexish ? 'an integer' : 'a real number';
      throw typeError(`%${ch} format: ${what} is required, not ${cb.typeName(v)}`);
    }
    arg.sign = true;
    return formatLong(n, arg.alt, arg.prec, ch);
  }
  if (FLOAT_CODES.includes(ch)) {
    const x = cb.toFloat(v);
    if (x === undefined) throw typeError(`must be real number, not ${cb.typeName(v)}`);
    arg.sign = true;
    return doubleToString(x, ch as DoubleFormatCode, arg.prec < 0 ? 6 : arg.prec, { alt: arg.alt });
  }
  if (ch === 'c') {
    const s = cb.strValue(v);
    if (s !== undefined) {
      if (Array.from(s).length === 1) return s;
      throw typeError('%c requires int or char');
    }
    const n = cb.intValue(v) ?? cb.toIndex(v);
    if (n === undefined) throw typeError('%c requires int or char');
    // formatchar up to 3.9: PyLong_AsLong's overflow became the TypeError too.
    if (FormatVersion.minor <= 9 && (n >= 1n << 63n || n < -(1n << 63n))) throw typeError('%c requires int or char');
    if (n < 0n || n > 0x10ffffn) throw overflowError('%c arg not in range(0x110000)');
    return String.fromCodePoint(Number(n));
  }
  const cp = ch === '' ? 0 : ch.codePointAt(0)!;
  const shown = cp >= 31 && cp <= 126 ? ch : '?';
  throw valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`);
}

/** unicode_format_arg_output's fast path: no padding, no cut and no sign flag, the str written whole. */
function unpadded(arg: Arg, text: string): boolean {
  const len = Array.from(text).length;
  return (arg.width < 0 || arg.width <= len) && (arg.prec < 0 || arg.prec >= len) && !arg.plus && !arg.blank;
}

/** _PyUnicode_FormatLong: sign, optional 0x/0o, at least `prec` digits. */
function formatLong(n: bigint, alt: boolean, prec: number, type: string): string {
  const base = type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
  // Decimal goes through str()'s int_max_str_digits check, as PyNumber_ToBase(v, 10) does.
  let digits = base === 10 ? intToDecimal(n < 0n ? -n : n) : intDigits(n, base);
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  const prefix = alt && base !== 10 ? (base === 8 ? '0o' : '0x') : '';
  const s = (n < 0n ? '-' : '') + prefix + digits;
  return type === 'X' ? s.toUpperCase() : s;
}

/** unicode_format_arg_output: truncation, sign, 0x prefix and padding. */
function output(arg: Arg, str: string): string {
  // No width, truncation or added sign: what the steps below would rebuild is str itself.
  if (arg.width < 0 && !arg.plus && !arg.blank && (arg.prec < 0 || !(arg.ch === 's' || arg.ch === 'r' || arg.ch === 'a'))) return str;
  const fill = arg.sign && arg.zero ? '0' : ' ';
  let cps = Array.from(str);
  if ((arg.ch === 's' || arg.ch === 'r' || arg.ch === 'a') && arg.prec >= 0 && cps.length > arg.prec) {
    cps = cps.slice(0, arg.prec);
  }
  let sign = '';
  let hasSign = arg.sign;
  if (hasSign) {
    if (cps[0] === '-' || cps[0] === '+') sign = cps.shift()!;
    else if (arg.plus) sign = '+';
    else if (arg.blank) sign = ' ';
    else hasSign = false;
  }
  let width = Math.max(arg.width, cps.length);
  let out = '';
  if (hasSign) {
    if (fill !== ' ') out += sign;
    if (width > cps.length) width--;
  }
  const prefixed = arg.alt && (arg.ch === 'x' || arg.ch === 'X' || arg.ch === 'o');
  let prefix = '';
  if (prefixed) {
    prefix = cps.splice(0, 2).join('');
    if (fill !== ' ') out += prefix;
    width = Math.max(0, width - 2);
  }
  if (width > cps.length && !arg.ljust) {
    out += fill.repeat(width - cps.length);
    width = cps.length;
  }
  if (fill === ' ') out += (hasSign ? sign : '') + prefix;
  out += cps.join('');
  if (width > cps.length) out += ' '.repeat(width - cps.length);
  return out;
}
