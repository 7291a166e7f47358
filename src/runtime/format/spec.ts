// The format-spec mini-language of format()/str.format()/f-strings for str, int and float,
// as Python/formatter_unicode.c in CPython 3.11 parses and renders it.
import { doubleToString, floatRepr, DoubleFormatCode } from './dtoa';
import { overflowError, valueError } from './errors';
import { intDigits, intToDecimal } from './intstr';
import { decimalValue } from './unicode';
import { FormatVersion } from './version';

type Separators = 'none' | 'comma' | 'underscore' | 'underscore4';

export interface FormatSpec {
  fill: string;
  align: string;
  alternate: boolean;
  sign: string;
  noNeg0: boolean;
  /** -1 when not given. */
  width: number;
  separators: Separators;
  /** -1 when not given. */
  precision: number;
  /** '' when not given. */
  type: string;
}

const PY_SSIZE_T_MAX = (1n << 63n) - 1n;
const INT_MAX = 2147483647;

/** "'%c'" for printable ASCII, "'\x%x'" otherwise, as the C messages print a code. */
function showCode(t: string): string {
  const cp = t.codePointAt(0)!;
  return cp > 32 && cp < 128 ? `'${t}'` : `'\\x${cp.toString(16)}'`;
}

function readInteger(cps: string[], pos: number): { value: bigint; consumed: number } {
  let value = 0n;
  let consumed = 0;
  while (pos + consumed < cps.length) {
    const d = decimalValue(cps[pos + consumed].codePointAt(0)!);
    if (d < 0) break;
    if (value > (PY_SSIZE_T_MAX - BigInt(d)) / 10n) throw valueError('Too many decimal digits in format string');
    value = value * 10n + BigInt(d);
    consumed++;
  }
  return { value, consumed };
}

/** parse_internal_render_format_spec; `typeName` only shapes the error message. */
export function parseFormatSpec(spec: string, defaultType: string, defaultAlign: string, typeName: string): FormatSpec {
  const cps = Array.from(spec);
  const end = cps.length;
  const isAlign = (c: string | undefined): boolean => c === '<' || c === '>' || c === '=' || c === '^';
  const f: FormatSpec = {
    fill: ' ',
    align: defaultAlign,
    alternate: false,
    sign: '',
    noNeg0: false,
    width: -1,
    separators: 'none',
    precision: -1,
    type: defaultType,
  };
  let pos = 0;
  let alignGiven = false;
  let fillGiven = false;
  if (end >= 2 && isAlign(cps[1])) {
    f.align = cps[1];
    f.fill = cps[0];
    fillGiven = alignGiven = true;
    pos = 2;
  } else if (end >= 1 && isAlign(cps[0])) {
    f.align = cps[0];
    alignGiven = true;
    pos = 1;
  }
  if (pos < end && (cps[pos] === ' ' || cps[pos] === '+' || cps[pos] === '-')) f.sign = cps[pos++];
  // 3.11 added 'z' (PEP 682).
  if (FormatVersion.minor >= 11 && pos < end && cps[pos] === 'z') {
    f.noNeg0 = true;
    pos++;
  }
  if (pos < end && cps[pos] === '#') {
    f.alternate = true;
    pos++;
  }
  if (!fillGiven && pos < end && cps[pos] === '0') {
    f.fill = '0';
    // Since 3.10 a leading 0 means '=' only for types that align right by default (numbers).
    if (!alignGiven && (defaultAlign === '>' || FormatVersion.minor <= 9)) f.align = '=';
    pos++;
  }
  const w = readInteger(cps, pos);
  pos += w.consumed;
  if (w.consumed > 0) f.width = Number(w.value);
  if (pos < end && cps[pos] === ',') {
    f.separators = 'comma';
    pos++;
  }
  if (pos < end && cps[pos] === '_') {
    if (f.separators !== 'none') throw valueError("Cannot specify both ',' and '_'.");
    f.separators = 'underscore';
    pos++;
  }
  if (pos < end && cps[pos] === ',') throw valueError("Cannot specify both ',' and '_'.");
  if (pos < end && cps[pos] === '.') {
    pos++;
    const p = readInteger(cps, pos);
    pos += p.consumed;
    if (p.consumed === 0) throw valueError('Format specifier missing precision');
    f.precision = Number(p.value);
  }
  if (end - pos > 1) {
    // 3.11 names the spec and the type.
    throw valueError(FormatVersion.minor >= 11 ? `Invalid format specifier '${spec}' for object of type '${typeName}'` : 'Invalid format specifier');
  }
  if (end - pos === 1) f.type = cps[pos];

  if (f.separators !== 'none') {
    if ('defgEG%F'.includes(f.type)) {
      // PEP 378 types (and '' for float's default) take either separator.
    } else if ('boxX'.includes(f.type) && f.separators === 'underscore') {
      // PEP 515: underscores every four digits in bin/oct/hex; commas stay invalid there.
      f.separators = 'underscore4';
    } else {
      throw valueError(`Cannot specify '${f.separators === 'comma' ? ',' : '_'}' with ${showCode(f.type)}.`);
    }
  }
  return f;
}

function unknownCode(type: string, typeName: string): never {
  throw valueError(`Unknown format code ${showCode(type)} for object of type '${typeName}'`);
}

/** _PyUnicode_InsertThousandsGrouping: groups from the right, zero-filling up to minWidth. */
function groupDigits(digits: string, minWidth: number, group: number, sep: string): string {
  let remaining = digits.length;
  let min = Math.max(0, minWidth);
  let out = '';
  let useSep = false;
  const take = (l: number): void => {
    const zeros = Math.max(0, l - remaining);
    const chars = Math.max(0, Math.min(remaining, l));
    out = '0'.repeat(zeros) + digits.slice(remaining - chars, remaining) + (useSep ? sep : '') + out;
    useSep = true;
    remaining -= chars;
  };
  if (group > 0) {
    for (;;) {
      const l = Math.min(group, Math.max(remaining, min, 1));
      take(l);
      min -= l;
      if (remaining <= 0 && min <= 0) return out;
      min -= sep.length;
    }
  }
  take(Math.max(remaining, min, 1));
  return out;
}

/** calc_number_widths + fill_number: [lpad][sign][prefix][spad][digits][.][remainder][rpad]. */
function layoutNumber(
  f: FormatSpec,
  negative: boolean,
  prefix: string,
  digits: string,
  hasDecimal: boolean,
  remainder: string,
  useSeparators: boolean,
  upper: boolean,
): string {
  let sign = '';
  if (f.sign === '+') sign = negative ? '-' : '+';
  else if (f.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  const group = useSeparators ? (f.separators === 'underscore4' ? 4 : f.separators === 'none' ? 0 : 3) : 0;
  const sep = f.separators === 'comma' ? ',' : '_';
  // Lengths in code points: the remainder of 'c' may be an astral character.
  // (A 20-million-digit remainder made into an array of characters took most of a format's time.)
  const astral = /[\uD800-\uDFFF]/.test(remainder);
  const nonDigit = sign.length + prefix.length + (hasDecimal ? 1 : 0) + (astral ? Array.from(remainder).length : remainder.length);
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0;
  let grouped = digits.length === 0 ? '' : groupDigits(digits, minWidth, group, sep);
  let pre = prefix;
  if (upper) {
    grouped = grouped.toUpperCase();
    pre = pre.toUpperCase();
  }
  const padding = f.width - (nonDigit + grouped.length);
  let l = 0, s = 0, r = 0;
  if (padding > 0) {
    if (f.align === '<') r = padding;
    else if (f.align === '^') {
      l = Math.floor(padding / 2);
      r = padding - l;
    } else if (f.align === '=') s = padding;
    else l = padding;
  }
  return f.fill.repeat(l) + sign + pre + f.fill.repeat(s) + grouped + (hasDecimal ? '.' : '') + remainder + f.fill.repeat(r);
}

/** format(s, spec) for a str (or the str.__format__ of a subclass, named by typeName). */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = parseFormatSpec(spec, 's', '<', typeName);
  if (f.type !== 's') unknownCode(f.type, typeName);
  // 3.9 gave a space its own message.
  if (f.sign === ' ' && FormatVersion.minor >= 9) throw valueError('Space not allowed in string format specifier');
  if (f.sign !== '') throw valueError('Sign not allowed in string format specifier');
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  let cps = Array.from(s);
  if (f.precision >= 0 && cps.length > f.precision) cps = cps.slice(0, f.precision);
  const total = Math.max(f.width, cps.length);
  const pad = total - cps.length;
  const l = f.align === '>' ? pad : f.align === '^' ? Math.floor(pad / 2) : 0;
  return f.fill.repeat(l) + cps.join('') + f.fill.repeat(pad - l);
}

const FLOAT_TYPES = new Set(['e', 'E', 'f', 'F', 'g', 'G', '%']);

/** Whether an int formats as a float under spec (e, f, g, %); throws as formatInt would for a bad spec. */
export function intFormatsAsFloat(spec: string, typeName = 'int'): boolean {
  return spec !== '' && FLOAT_TYPES.has(parseFormatSpec(spec, 'd', '>', typeName).type);
}

/** format(x, spec) for an int; int subclasses pass their typeName (and handle spec '' as str(x) themselves). */
export function formatInt(x: bigint, spec: string, typeName = 'int'): string {
  if (spec === '') return intToDecimal(x);
  const f = parseFormatSpec(spec, 'd', '>', typeName);
  if (FLOAT_TYPES.has(f.type)) {
    const v = Number(x);
    if (!Number.isFinite(v)) throw overflowError('int too large to convert to float');
    return formatFloatSpec(v, f);
  }
  if (!'bcdoxXn'.includes(f.type) || f.type === '') unknownCode(f.type, typeName);
  if (f.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (x >= 1n << 63n || x < -(1n << 63n)) throw overflowError('Python int too large to convert to C long');
    if (x < 0n || x > 0x10ffffn) throw overflowError('%c arg not in range(0x110000)');
    return layoutNumber(f, false, '', '', false, String.fromCodePoint(Number(x)), false, false);
  }
  const base = f.type === 'b' ? 2 : f.type === 'o' ? 8 : f.type === 'x' || f.type === 'X' ? 16 : 10;
  const prefix = f.alternate && base !== 10 ? '0' + (base === 2 ? 'b' : base === 8 ? 'o' : 'x') : '';
  const digits = base === 10 ? intToDecimal(x < 0n ? -x : x) : intDigits(x < 0n ? -x : x, base);
  // 'n' takes the C locale's (empty) grouping, so it never groups.
  return layoutNumber(f, x < 0n, prefix, digits, false, '', f.type !== 'n', f.type === 'X');
}

/** format(x, spec) for a float. */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  const f = parseFormatSpec(spec, '', '>', typeName);
  if (f.type !== '' && f.type !== 'n' && !FLOAT_TYPES.has(f.type)) unknownCode(f.type, typeName);
  return formatFloatSpec(x, f);
}

/** format_complex_internal: both parts as format_float_internal lays them out unpadded, the imaginary one signed, then padded. */
export function formatComplex(re: number, im: number, spec: string, typeName = 'complex'): string {
  const f = parseFormatSpec(spec, '', '>', typeName);
  if (f.type !== '' && !'eEfFgGn'.includes(f.type)) unknownCode(f.type, typeName);
  if (f.precision > INT_MAX) throw valueError('precision too big');
  if (f.fill === '0') throw valueError('Zero padding is not allowed in complex format specifier');
  if (f.align === '=') throw valueError("'=' alignment flag is not allowed in complex format specifier");
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let skipRe = false;
  let parens = false;
  if (type === '') {
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const flags = { alt: f.alternate, noNeg0: f.noNeg0 };
  const part = (x: number, sign: string): string => {
    let s = doubleToString(x, type as DoubleFormatCode, precision, flags);
    const negative = s.startsWith('-');
    if (negative) s = s.slice(1);
    let i = 0;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    const hasDecimal = s[i] === '.';
    const unpadded = { ...f, fill: '', align: '<', width: -1, sign };
    return layoutNumber(unpadded, negative, '', s.slice(0, i), hasDecimal, s.slice(hasDecimal ? i + 1 : i), f.type !== 'n', false);
  };
  const reText = skipRe ? '' : part(re, f.sign);
  const imText = part(im, skipRe ? f.sign : '+');
  const body = parens ? `(${reText}${imText}j)` : `${reText}${imText}j`;
  const n = Array.from(body).length;
  const width = Math.max(f.width, n);
  const lpad = f.align === '>' ? width - n : f.align === '^' ? Math.floor((width - n) / 2) : 0;
  return f.fill.repeat(lpad) + body + f.fill.repeat(width - n - lpad);
}

/** format_float_internal */
function formatFloatSpec(x: number, f: FormatSpec): string {
  if (f.precision > INT_MAX) throw valueError('precision too big');
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let addDot0 = false;
  if (type === '') {
    // No type: repr() without a precision, else 'g' that keeps at least one decimal.
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let pct = false;
  if (type === '%') {
    type = 'f';
    x *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let s = doubleToString(x, type as DoubleFormatCode, precision, { alt: f.alternate, addDot0, noNeg0: f.noNeg0 });
  if (pct) s += '%';
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  const hasDecimal = s[i] === '.';
  const remainder = s.slice(hasDecimal ? i + 1 : i);
  return layoutNumber(f, negative, '', s.slice(0, i), hasDecimal, remainder, f.type !== 'n', false);
}
