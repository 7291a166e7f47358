// CPython 3.11's text for numbers and strings as pure functions over plain JS values:
// repr/str/format()/% of float, int and str, int()/float() parsing, round, // and %.
export * from './errors';
export { floatRepr, floatStr, doubleToString } from './dtoa';
export type { DoubleFormatCode, DoubleToStringFlags } from './dtoa';
export { formatComplex, formatFloat, formatInt, formatStr, intFormatsAsFloat, parseFormatSpec } from './spec';
export type { FormatSpec } from './spec';
export { percentFormat } from './percent';
export type { PercentCallbacks } from './percent';
export { strRepr, asciiRepr, asciiEscape, bytesRepr } from './strrepr';
export { isPrintable, isPrintableCodePoint } from './unicode';
export { DEFAULT_MAX_STR_DIGITS, intToDecimal, intToString, intHex, intOct, intBin, parseIntLiteral, parseIntLiteralDigits } from './intstr';
export { numberText, parseFloat } from './parsefloat';
export * from './arith';
