// float's methods and attributes (Objects/floatobject.c float_methods, float_getset): hex and
// fromhex, as_integer_ratio, is_integer, conjugate, __trunc__/__floor__/__ceil__/__round__,
// __getnewargs__, __getformat__ and __setformat__, real and imag.
import { checkedMethod, fastcall } from '../builtin-conventions';
import * as abs from './abstract';
import { overflowError, typeError, valueError } from './exceptions';
import { defClassMethod, defMethod } from './function';
import { defGetSet } from './getset';
import { floatType, newFloat, PyFloat } from './float';
import { newIntBig, newIntUncached } from './int';
import { argTypeName, exactly, noKw, noArgsMethod } from './args';
import { ldexp } from '../format/arith';
import { PyObject } from './object';
import { False, None, True } from './singletons';
import { newStr, PyStr } from './str';
import { newTuple } from './tuple';
import { inVersions } from './typeobject';
import { floatRepr, viaFormat } from './floatops';
import { firstInRun, R } from '../state';
import { roundFloat } from '../dtoa';
import { decompose } from '../dtoa/words';

const value = (o: PyObject): number => (o as PyFloat).value;

/** float_float: the float itself, or a plain float of a subclass's value. */
const asFloat = (o: PyObject): PyObject => (o.ob_type === floatType ? abs.incref(o) : newFloat(value(o)));


/** PyLong_FromDouble's refusals, then the integral value. */
export function floatToInt(v: number): PyObject {
  if (Number.isNaN(v)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(v)) throw overflowError('cannot convert float infinity to integer');
  return newIntBig(BigInt(v));
}

/**
 * PyLong_FromDouble (Objects/longobject.c) for an integral v: from 3.9 a value within a C long
 * goes through PyLong_FromLong (small ints shared); 3.8 builds the digits itself (_PyLong_New),
 * so only |v| < 1 comes out as the cached 0. float_trunc's own cheap path is floatToInt.
 */
export function longFromDouble(v: number): PyObject {
  if (R.minor <= 8 && Number.isFinite(v) && Math.abs(v) >= 1) return newIntUncached(BigInt(v));
  return floatToInt(v);
}

function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

// float___round___impl: no ndigits rounds half to even to an int; with them, a float:
// nans and infinities as they are, then double_round through dtoa.c's digits.
// Argument Clinic: __round__(ndigits=None, /), _PyArg_CheckPositional.
defMethod(floatType, '__round__', checkedMethod('float.__round__', fastcall(0, 1), (self, a) => {
  const nd = a[0];
  const x = value(self);
  if (nd === undefined || nd === None) return longFromDouble(roundHalfEven(x));
  return viaFormat(() => roundFloat(x, abs.asIndex(nd), newFloat));
}));
defMethod(floatType, '__trunc__', noArgsMethod('float.__trunc__', (o) => floatToInt(Math.trunc(value(o)))));
defMethod(floatType, '__floor__', noArgsMethod('float.__floor__', (o) => floatToInt(Math.floor(value(o)))));
defMethod(floatType, '__ceil__', noArgsMethod('float.__ceil__', (o) => floatToInt(Math.ceil(value(o)))));
for (const name of ['__floor__', '__ceil__']) inVersions(floatType, name, (m) => m >= 9);
defMethod(floatType, '__getnewargs__', noArgsMethod('float.__getnewargs__', (o) => newTuple([newFloat(value(o))])));
defMethod(floatType, 'conjugate', noArgsMethod('float.conjugate', asFloat));
defMethod(floatType, 'is_integer', noArgsMethod('float.is_integer', (o) => {
  const x = value(o);
  return abs.incref(Number.isFinite(x) && Math.trunc(x) === x ? True : False);
}));
defGetSet(floatType, 'real', asFloat);
defGetSet(floatType, 'imag', () => newFloat(0));

// float_as_integer_ratio: the exact fraction, lowest terms, positive denominator.
defMethod(floatType, 'as_integer_ratio', noArgsMethod('float.as_integer_ratio', (o) => {
  const x = value(o);
  if (Number.isNaN(x)) throw valueError('cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throw overflowError('cannot convert Infinity to integer ratio');
  let { m, e } = decompose(x);
  if (x < 0) m = -m;
  if (m === 0n) return newTuple([newIntBig(0n), newIntBig(1n)]);
  while (e < 0 && (m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  return e >= 0 ? newTuple([newIntBig(m << BigInt(e)), newIntBig(1n)]) : newTuple([newIntBig(m), newIntBig(1n << BigInt(-e))]);
}));

// float_hex: "0x1.<13 hex digits>p<exp>", subnormals as 0x0.…p-1022.
defMethod(floatType, 'hex', noArgsMethod('float.hex', (o) => {
  const x = value(o);
  if (!Number.isFinite(x)) return newStr(floatRepr(x));
  if (x === 0) return newStr(Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0');
  // decompose gives 53-bit mantissas for normals (1.xxx) and fewer below DBL_MIN (0.xxx, exponent -1022).
  const { m, e: e0 } = decompose(x);
  const lead = m >> 52n;
  const e = lead === 0n ? -1022 : e0 + 52;
  const frac = (m & ((1n << 52n) - 1n)).toString(16).padStart(13, '0');
  return newStr(`${x < 0 ? '-' : ''}0x${lead}.${frac}p${e < 0 ? '-' : '+'}${Math.abs(e)}`);
}));

/** float_fromhex's parse: the value, or null when the string is not a hex float. */
function parseHexFloat(text: string): number | null {
  const s = text.trim();
  const m = /^([+-]?)(?:(inf|infinity|nan)|(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?)$/i.exec(s);
  if (m === null) return null;
  const neg = m[1] === '-';
  if (m[2] !== undefined) return m[2].toLowerCase() === 'nan' ? NaN : neg ? -Infinity : Infinity;
  const ip = m[3] ?? '';
  const fp = m[4] ?? '';
  if (ip === '' && fp === '') return null;
  let mant = BigInt(`0x${ip}${fp}` === '0x' ? '0' : `0x${ip}${fp}`);
  let e = (m[5] !== undefined ? Number(m[5]) : 0) - 4 * fp.length;
  if (mant === 0n) return neg ? -0 : 0;
  const bits = mant.toString(2).length;
  const top = e + bits - 1;
  if (top > 1023) throw overflowError('hexadecimal value too large to represent as a float');
  const prec = Math.max(top >= -1022 ? 53 : 53 - (-1022 - top), 0);
  const shift = bits - prec;
  if (shift > 0) {
    const sh = BigInt(shift);
    let q = mant >> sh;
    const rem = mant - (q << sh);
    const half = 1n << (sh - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
    mant = q;
    e += shift;
  }
  const v = ldexp(Number(mant), e);
  if (!Number.isFinite(v)) throw overflowError('hexadecimal value too large to represent as a float');
  return neg ? -v : v;
}

defClassMethod(floatType, 'fromhex', (cls, a, kw) => {
  noKw('float.fromhex', kw);
  exactly('float.fromhex', a, 1);
  const s = a[0];
  // PyUnicode_AsUTF8AndSize through PyArg_Parse's 'O' fallback: PyErr_BadArgument.
  if (!(s instanceof PyStr)) throw typeError('bad argument type for built-in operation');
  const v = parseHexFloat(s.value);
  if (v === null) throw valueError('invalid hexadecimal floating-point string');
  return abs.resultForClass(cls, floatType, newFloat(v));
});

// float___getformat___impl and float___setformat___impl (gone in 3.12; __set_format__ in 3.8).
let formats: Record<string, string> = { double: 'IEEE, little-endian', float: 'IEEE, little-endian' };
function typestr(name: string, o: PyObject | undefined, what = 'argument'): string {
  if (!(o instanceof PyStr)) throw typeError(`${name}() ${what} must be str, not ${argTypeName(o!)}`);
  if (o.value !== 'double' && o.value !== 'float') throw valueError(`${name}() argument 1 must be 'double' or 'float'`);
  if (firstInRun('float formats')) {
    // A new run starts from the detected formats.
    formats = { double: 'IEEE, little-endian', float: 'IEEE, little-endian' };
  }
  return o.value;
}
defClassMethod(floatType, '__getformat__', (_cls, a, kw) => {
  noKw('float.__getformat__', kw);
  exactly('float.__getformat__', a, 1);
  return newStr(formats[typestr('__getformat__', a[0])]);
});
for (const name of ['__set_format__', '__setformat__']) {
  // float___set_format__ (clinic, positional only: _PyArg_CheckPositional).
  defClassMethod(floatType, name, (_cls, a, kw) => {
    noKw(name, kw);
    if (a.length !== 2) throw typeError(`${name} expected 2 arguments, got ${a.length}`);
    const t = typestr(name, a[0], 'argument 1');
    const f = a[1];
    if (!(f instanceof PyStr)) throw typeError(`${name}() argument 2 must be str, not ${argTypeName(f)}`);
    if (f.value !== 'unknown' && f.value !== 'IEEE, little-endian' && f.value !== 'IEEE, big-endian') {
      throw valueError("__setformat__() argument 2 must be 'unknown', 'IEEE, little-endian' or 'IEEE, big-endian'");
    }
    if (f.value === 'IEEE, big-endian') throw valueError(`can only set ${t} format to 'unknown' or the detected platform value`);
    formats[t] = f.value;
    return abs.incref(None);
  });
}
inVersions(floatType, '__set_format__', (m) => m === 8);
inVersions(floatType, '__setformat__', (m) => m >= 9 && m <= 10);
