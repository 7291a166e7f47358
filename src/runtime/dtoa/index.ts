// What CPython's callers of dtoa.c do with it (Python/pystrtod.c, Objects/floatobject.c
// double_round): each conversion asks for and gives back Bigints as dtoa.c does.
import { dtoaHooks } from '../format/dtoa';
import { R } from '../state';
import { dgDtoa, freedtoa } from './dtoa';
import { dgStrtod } from './strtod';

export { initDtoaState } from './bigint';
export { dgStrtod } from './strtod';

/** format_float_short's _Py_dg_dtoa call for PyOS_double_to_string's format code ('e' precision already +1). */
export function dtoaForFormat(x: number, code: 'e' | 'f' | 'g' | 'r', precision: number): void {
  const mode = code === 'r' ? 0 : code === 'f' ? 3 : 2;
  freedtoa(dgDtoa(x, mode, code === 'r' ? 0 : precision));
}

dtoaHooks.dtoa = dtoaForFormat;
// A literal or float() text as _PyOS_ascii_strtod gets it (no underscores, no 'j').
dtoaHooks.strtod = dgStrtod;

/**
 * double_round (Objects/floatobject.c): the digits of mode 3, read back with _Py_dg_strtod from
 * "<sign>0<digits>e<exp>", in a PyMem_Malloc'd buffer when that passes 100 bytes; the digit
 * string is freed last. `make` builds the result (PyFloat_FromDouble) before the buffer goes.
 */
export function doubleRound<T>(x: number, ndigits: number, make: (v: number) => T): T {
  const r = dgDtoa(x, 3, ndigits);
  const buflen = r.digits.length;
  const mybuf = buflen + 8 > 100 ? R.heap.malloc(buflen + 8, 'round buffer') : 0;
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const rounded = dgStrtod(`${sign}0${r.digits}e${r.decpt - buflen}`);
  try {
    return make(rounded);
  } finally {
    if (mybuf) R.heap.free(mybuf, buflen + 8, 'round buffer');
    freedtoa(r);
  }
}
