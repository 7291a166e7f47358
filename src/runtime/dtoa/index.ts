// What CPython's callers of dtoa.c do with it (Python/pystrtod.c, Objects/floatobject.c
// double_round): each conversion asks for and gives back Bigints as dtoa.c does.
import { dtoaHooks } from '../format/dtoa';
import { overflowError } from '../format/errors';
import { fromFormatPieces } from '../objects/str';
import { R } from '../state';
import { dgDtoa, freedtoa } from './dtoa';
import { asciiStrtod, dgStrtod } from './strtod';

export { initDtoaState } from './bigint';
export { dgStrtod } from './strtod';

/**
 * PyOS_string_to_double(s + pos, &end, NULL) (Python/pystrtod.c): where nothing is read, the
 * ValueError it formats ("...: '%.200s'") for its caller to replace or clear; that decodes the
 * rest of the string (a one-character rest makes its Latin-1 singleton up to 3.10).
 */
export function stringToDouble(s: string, pos: number): { value: number; end: number } {
  const r = asciiStrtod(s, pos);
  if (r.end === pos) fromFormatPieces(s.slice(pos, pos + 200));
  return r;
}

dtoaHooks.dtoa = (x, mode, ndigits, use) => {
  const r = dgDtoa(x, mode, ndigits);
  try {
    return use(r.digits, r.decpt, r.sign);
  } finally {
    freedtoa(r);
  }
};
dtoaHooks.strtod = stringToDouble;

// float___round___impl's limits: (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 and
// -(DBL_MAX_EXP + 1) * 0.30103, truncated; past them the answer is known without dtoa.
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/**
 * round(x, ndigits) of a float (Objects/floatobject.c float___round___impl with ndigits given):
 * `make` builds the result float (PyFloat_FromDouble) while double_round's buffers still live.
 */
export function roundFloat<T>(x: number, ndigits: number, make: (v: number) => T): T {
  if (!Number.isFinite(x) || ndigits > NDIGITS_MAX) return make(x);
  if (ndigits < NDIGITS_MIN) return make(0 * x);
  return doubleRound(x, ndigits, make);
}

/**
 * double_round (float_round_correctly): the digits of mode 3, read back with _Py_dg_strtod from
 * "<sign>0<digits>e<exp>", in a PyMem_Malloc'd buffer when that passes 100 bytes; the digit
 * string is freed last.
 */
function doubleRound<T>(x: number, ndigits: number, make: (v: number) => T): T {
  const r = dgDtoa(x, 3, ndigits);
  const buflen = r.digits.length;
  // Outside a run (the formatting unit tests) there is no heap to take it from.
  const mybuf = buflen + 8 > 100 && R.heap ? R.heap.malloc(buflen + 8, 'round buffer') : 0;
  try {
    const rounded = dgStrtod(`${r.sign ? '-' : ''}0${r.digits}e${r.decpt - buflen}`);
    if (!Number.isFinite(rounded)) throw overflowError('rounded value too large to represent');
    return make(rounded);
  } finally {
    if (mybuf) R.heap.free(mybuf, buflen + 8, 'round buffer');
    freedtoa(r);
  }
}
