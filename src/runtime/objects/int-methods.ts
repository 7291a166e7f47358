// int's methods and attributes (Objects/longobject.c int_methods, long_getset): bit_length,
// bit_count, conjugate, as_integer_ratio, is_integer, to_bytes/from_bytes and
// real/imag/numerator/denominator.
import { R } from '../state';
import * as abs from './abstract';
import { overflowError, typeError, valueError } from './exceptions';
import { inVersions } from './typeobject';
import { defClassMethod, defMethod, NativeMethod } from './function';
import { methVarargs, minors } from './builtin-call';
import { newBytesSized } from './bytes';
import { bufferCopy } from './bytes-methods';
import { PyStr } from './str';
import { defGetSet } from './getset';
import { intAdd, intCompare, intNeg, intSign, intSub, intType, newInt, newIntAsked, newIntBig, newIntSsize, PyInt } from './int';
import { longDivrem } from './int-divide';
import { longLshift } from './int-bitwise';
import { bitLength } from './int-limits';
import { argTypeName, noKw, noArgsMethod } from './args';
import { clinicKeywords, clinicSsize, unpackKeywords } from '../builtin-conventions';
import { PyObject } from './object';
import { True } from './singletons';
import { newTuple, PyTuple } from './tuple';

/** The int value of self (a bool is an int too); a copy, so that bool methods return ints. */
/** _PyLong_Copy: a new exact int of the same value. */
const asInt = (o: PyObject): PyInt => {
  const i = o as PyInt;
  return (i.big === null ? newIntSsize(i.n) : newIntBig(i.big)) as PyInt;
};
const value = (o: PyObject): bigint => (o as PyInt).toBigInt();
/** long_long: an exact int is its own answer; a subclass's is a copy. */
const longLong = (o: PyObject): PyObject => (o.ob_type === intType ? abs.incref(o) : asInt(o));


const methods: Array<[string, number, NativeMethod]> = [
  ['bit_length', 0, noArgsMethod('int.bit_length', (o) => newInt(bitLength(value(o))))],
  // int_bit_count_impl: population count of |self|.
  [
    'bit_count',
    10,
    noArgsMethod('int.bit_count', (o) => {
      let v = value(o);
      if (v < 0n) v = -v;
      let n = 0;
      for (const ch of v.toString(2)) if (ch === '1') n++;
      return newInt(n);
    }),
  ],
  ['conjugate', 0, noArgsMethod('int.conjugate', longLong)],
  ['as_integer_ratio', 8, noArgsMethod('int.as_integer_ratio', (o) => newTuple([longLong(o), newInt(1)]))],
  ['is_integer', 12, noArgsMethod('int.is_integer', () => abs.incref(True))],
  ['__index__', 0, noArgsMethod('int.__index__', longLong)],
];

for (const [name, since, fn] of methods) {
  defMethod(intType, name, fn);
  // A method the run's version does not have yet is not in int's dict (AttributeError, not in dir()).
  if (since > 8) inVersions(intType, name, (m) => m >= since);
}

/** long_long: an exact int is itself; a bool (or subclass) gives a plain int of its value. */
for (const name of ['__trunc__', '__floor__', '__ceil__']) defMethod(intType, name, noArgsMethod(`int.${name}`, longLong));
defMethod(intType, '__getnewargs__', noArgsMethod('int.__getnewargs__', (o) => newTuple([asInt(o)])));

// int___round___impl (longobject.c): ndigits >= 0 (or none) keeps the value; negative gives
// self - divmod_near(self, 10 ** -ndigits)[1]. Up to 3.9 it is long_round, METH_VARARGS (seen
// with tracemalloc: a 1-tuple per round(x, n) there only).
defMethod(
  intType,
  '__round__',
  methVarargs(minors(8, 9), (self: PyObject, a: PyObject[], kw: PyStr[] | null) => {
    noKw('int.__round__', kw);
    // 3.8-3.9 long_round: PyArg_ParseTuple(args, "|O", ...), a format without the name.
    if (a.length > 1) throw typeError(R.minor <= 9 ? `function takes at most 1 argument (${a.length} given)` : `__round__ expected at most 1 argument, got ${a.length}`);
    // Only a missing ndigits keeps the value as it is: None goes to _PyNumber_Index.
    const nd = a[0] === undefined ? null : abs.asIndex(a[0]);
    if (nd === null || nd >= 0) return longLong(self);
    const neg = newIntBig(BigInt(-nd));
    const ten = newInt(10);
    const pow = intType.tp_as_number.nb_power!(ten, neg) as PyInt;
    abs.decref(neg);
    abs.decref(ten);
    const pair = divmodNear(self as PyInt, pow);
    abs.decref(pow);
    const result = intSub(self as PyInt, pair.items[1] as PyInt);
    abs.decref(pair);
    return result;
  }),
);

/**
 * _PyLong_DivmodNear (longobject.c): long_divrem's truncated pair, twice the remainder
 * (long_lshift, negated for a negative quotient) compared with b, then fixed up by one
 * (long_add/long_sub, each freeing the one before); the tuple is made last.
 */
function divmodNear(a: PyInt, b: PyInt): PyTuple {
  const quoIsNeg = intSign(a) < 0 !== intSign(b) < 0;
  let [quo, rem] = longDivrem(a, b);
  let twice = longLshift(rem, 1);
  if (quoIsNeg) {
    const negated = intNeg(twice);
    abs.decref(twice);
    twice = negated;
  }
  const cmp = intCompare(twice, b);
  abs.decref(twice);
  const odd = (quo.big === null ? quo.n % 2 : Number(quo.big % 2n)) !== 0;
  if ((intSign(b) < 0 ? cmp < 0 : cmp > 0) || (cmp === 0 && odd)) {
    const one = newInt(1);
    const q = quoIsNeg ? intSub(quo, one) : intAdd(quo, one);
    abs.decref(one);
    abs.decref(quo);
    quo = q;
    const r = quoIsNeg ? intAdd(rem, b) : intSub(rem, b);
    abs.decref(rem);
    rem = r;
  }
  return newTuple([quo, rem]);
}

defGetSet(intType, 'real', longLong);
defGetSet(intType, 'imag', () => newInt(0));
defGetSet(intType, 'numerator', longLong);
defGetSet(intType, 'denominator', () => newInt(1));

/**
 * Argument Clinic's parsing of (length/bytes, byteorder, *, signed): from 3.11 byteorder (and
 * to_bytes' length) default to 'big' and 1; before, they are required.
 */
function byteArgs(fn: string, first: string, a: PyObject[], kw: PyStr[] | null): { x: PyObject | undefined; little: boolean; signed: boolean } {
  const npos = a.length - (kw?.length ?? 0);
  // 3.11 asks length of neither, bytes of from_bytes.
  const minpos = R.minor >= 11 ? (first === 'bytes' ? 1 : 0) : 2;
  const conv = clinicKeywords([first, 'byteorder', 'signed'], 0, minpos, 2);
  const kws = (kw ?? []).map((k, i): [string, PyObject] => [k.value, a[npos + i]]);
  const [x, order, signed] = unpackKeywords(fn, conv, a.slice(0, npos), kws, `int.${fn}`);
  let little = false;
  if (order !== undefined) {
    if (!(order instanceof PyStr)) throw typeError(`${fn}() argument 'byteorder' must be str, not ${argTypeName(order)}`);
    if (order.value !== 'little' && order.value !== 'big') throw valueError("byteorder must be either 'little' or 'big'");
    little = order.value === 'little';
  }
  return { x, little, signed: signed !== undefined && abs.isTrue(signed) };
}

// Objects/longobject.c int_to_bytes_impl: _PyLong_AsByteArray into a new bytes of that length.
defMethod(intType, 'to_bytes', (self, a, kw) => {
  const { x, little, signed } = byteArgs('to_bytes', 'length', a, kw);
  const length = x === undefined ? 1 : clinicSsize(x);
  if (length < 0) throw valueError('length argument must be non-negative');
  let v = value(self);
  if (v < 0n && !signed) throw overflowError("can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  const fits = signed ? v >= -(1n << (bits - 1n)) && v < 1n << (bits - 1n) : v < 1n << bits;
  if (length === 0 ? v !== 0n : !fits) throw overflowError('int too big to convert');
  if (v < 0n) v += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return newBytesSized(out);
});

// int_from_bytes_impl: PyObject_Bytes of the argument, _PyLong_FromByteArray, and cls(result) for a subclass.
defClassMethod(intType, 'from_bytes', (cls, a, kw) => {
  const { x, little, signed } = byteArgs('from_bytes', 'bytes', a, kw);
  if (x === undefined) throw typeError("from_bytes() missing required argument 'bytes' (pos 1)");
  let data = bufferCopy(x);
  if (data === null) {
    if (x instanceof PyStr || x.ob_type.tp_iter === undefined) throw typeError(`cannot convert '${x.ob_type.tp_name}' object to bytes`);
    data = Uint8Array.from(abs.toArray(x).map((o) => {
      const n = abs.asIndex(o);
      abs.decref(o);
      if (n < 0 || n > 255) throw valueError('bytes must be in range(0, 256)');
      return n;
    }));
  }
  let v = 0n;
  const n = data.length;
  for (let i = 0; i < n; i++) v = (v << 8n) | BigInt(data[little ? n - 1 - i : i]);
  const negative = signed && n > 0 && v >> BigInt(n * 8 - 1) === 1n;
  if (negative) v -= 1n << BigInt(n * 8);
  // _PyLong_FromByteArray: _PyLong_New for the significant bytes (leading 0x00, or 0xff when
  // negative, are not; a negative one gets one more), long_normalize keeping the block; only
  // 3.11+ give a small value as the cached int (maybe_small_long).
  let significant = n;
  while (significant > 0 && data[little ? significant - 1 : n - significant] === (negative ? 0xff : 0)) significant--;
  if (negative && significant < n) significant++;
  const digits = Math.floor((significant * 8 + 29) / 30);
  // No bytes at all: PyLong_FromLong(0), the cached zero.
  return abs.resultForClass(cls, intType, n === 0 ? newInt(0) : newIntAsked(v, digits, R.minor >= 11));
});
