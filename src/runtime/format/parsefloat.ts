// float(text) for a str argument, as PyFloat_FromString reads it: ASCII-fied Unicode
// digits and spaces, underscores only between digits, inf/infinity/nan in any case.
import { dtoaHooks } from './dtoa';
import { valueError } from './errors';
import { strRepr } from './strrepr';
import { toAsciiDigitsAndSpaces } from './unicode';

const LEAD_SPACE = /^[ \t\n\v\f\r]+/;
const TRAIL_SPACE = /[ \t\n\v\f\r]+$/;

/**
 * The text float() and complex() parse: _PyUnicode_TransformDecimalAndSpaceToASCII, then
 * _Py_string_to_number_with_underscores (each '_' between two digits, and dropped).
 */
export function numberText(text: string, what: 'float' | 'complex'): string {
  const fail = (): never => {
    throw valueError(`could not convert string to ${what}: ${strRepr(text)}`);
  };
  const s = toAsciiDigitsAndSpaces(text);
  if (!s.includes('_')) return s;
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
  return out;
}

/**
 * float(text); overflow gives ±inf and underflow ±0.0, as CPython's float() does. Up to 3.9
 * (`blankRead`) an all-blank string's empty rest still goes to PyOS_string_to_double, whose
 * error ("...: ''", '%.200s' of nothing) is the one raised.
 */
export function parseFloat(text: string, blankRead = false): number {
  // float_from_string_inner: PyOS_string_to_double reads from the first nonblank to the string's
  // end (its error text shows trailing blanks too) and must stop where the trailing blanks start.
  const rest = numberText(text, 'float').replace(LEAD_SPACE, '');
  const last = rest.replace(TRAIL_SPACE, '').length;
  const r = last === 0 && !blankRead ? null : dtoaHooks.strtod(rest, 0);
  if (r === null || last === 0 || r.end !== last) throw valueError(`could not convert string to float: ${last === 0 && blankRead ? "''" : strRepr(text)}`);
  return r.value;
}
