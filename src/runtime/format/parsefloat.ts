// float(text) for a str argument, as PyFloat_FromString reads it: ASCII-fied Unicode
// digits and spaces, underscores only between digits, inf/infinity/nan in any case.
import { dtoaHooks } from './dtoa';
import { valueError } from './errors';
import { strRepr } from './strrepr';
import { toAsciiDigitsAndSpaces } from './unicode';

const NUMBER = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;
const EDGE_SPACE = /^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g;

/** float(text); overflow gives ±inf and underflow ±0.0, as CPython's float() does. */
export function parseFloat(text: string): number {
  const fail = (): never => {
    throw valueError(`could not convert string to float: ${strRepr(text)}`);
  };
  let s = toAsciiDigitsAndSpaces(text);
  if (s.includes('_')) {
    // _Py_string_to_number_with_underscores: each '_' sits between two digits.
    let prev = '';
    let out = '';
    for (const c of s) {
      const digit = c >= '0' && c <= '9';
      if (c === '_') {
        if (!(prev >= '0' && prev <= '9')) fail();
      } else {
        if (prev === '_' && !digit) fail();
        out += c;
      }
      prev = c;
    }
    if (prev === '_') fail();
    s = out;
  }
  s = s.replace(EDGE_SPACE, '');
  if (!NUMBER.test(s)) fail();
  const body = s.replace(/^[+-]/, '').toLowerCase();
  const negative = s.startsWith('-');
  // A NaN's sign only shows through struct/copysign, and JS engines may not keep it anyway.
  if (body === 'nan') return negative ? -NaN : NaN;
  if (body === 'inf' || body === 'infinity') return negative ? -Infinity : Infinity;
  return dtoaHooks.strtod(s);
}
