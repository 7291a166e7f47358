// float's number protocol (Objects/floatobject.c): arithmetic with Python's floor
// and modulo signs, comparisons with ints, and repr (shortest round-trip, 'r' format).
import { R } from '../state';
import { exceptionTypes, overflowError, pyError, zeroDivisionError } from './exceptions';
import { floatDivmod, floatFloorDiv, floatMod, floatPow, floatRepr, isFormatError } from '../format';
import { complexType } from './complex';
import { floatType, newFloat, PyFloat } from './float';
import { cmpResult, intType, PyInt } from './int';
import { setFloatCompareHook } from './intops';
import { CmpOp, PyObject } from './object';
import { NotImplemented, pyBool } from './singletons';
import { newStr } from './str';
import { newTuple, PyTuple } from './tuple';

/** PyLong_AsDouble: an int's nearest double, refusing one beyond the double range. */
export function intToFloat(o: PyInt): number {
  const v = o.toNumber();
  if (!Number.isFinite(v)) throw overflowError('int too large to convert to float');
  return v;
}

/** A float operand (int converted), or null for anything else. */
function toDouble(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return intToFloat(o);
  return null;
}

function NI(): PyObject {
  R.heap.incref(NotImplemented);
  return NotImplemented;
}

function binary(f: (x: number, y: number) => number) {
  return (a: PyObject, b: PyObject): PyObject => {
    const x = toDouble(a);
    const y = toDouble(b);
    if (x === null || y === null) return NI();
    return newFloat(f(x, y));
  };
}

/** Run a formatting-library function, turning its error data into the Python exception. */
export function viaFormat<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (isFormatError(e)) throw pyError(exceptionTypes.get(e.pyType)!, e.message);
    throw e;
  }
}

const nb = floatType.tp_as_number;
nb.nb_add = binary((x, y) => x + y);
nb.nb_subtract = binary((x, y) => x - y);
nb.nb_multiply = binary((x, y) => x * y);
nb.nb_true_divide = (a, b) => {
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return NI();
  if (y === 0) throw zeroDivisionError('float division by zero');
  return newFloat(x / y);
};
nb.nb_floor_divide = (a, b) => {
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return NI();
  // Objects/floatobject.c float_floor_div: 3.8's went through float_divmod, keeping the
  // quotient of its tuple; the tuple and the remainder go back to their free lists.
  if (y === 0 && R.minor < 9) throw zeroDivisionError('float divmod()');
  if (R.minor < 9) {
    const t = nb.nb_divmod!(a, b) as PyTuple;
    const q = t.items[0];
    R.heap.incref(q);
    R.heap.decref(t);
    return q;
  }
  return newFloat(viaFormat(() => floatFloorDiv(x, y)));
};
nb.nb_remainder = (a, b) => {
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return NI();
  // float_rem: 3.13 says what the modulo was by.
  if (y === 0 && R.minor >= 13) throw zeroDivisionError('float modulo by zero');
  return newFloat(viaFormat(() => floatMod(x, y)));
};
nb.nb_divmod = (a, b) => {
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return NI();
  const [q, r] = viaFormat(() => floatDivmod(x, y));
  return newTuple([newFloat(q), newFloat(r)]);
};
// Objects/floatobject.c float_pow; a negative base to a non-integral power is complex's business.
nb.nb_power = (a, b) => {
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return NI();
  const r = viaFormat(() => floatPow(x, y));
  return r === null ? complexType.tp_as_number.nb_power!(a, b) : newFloat(r);
};
nb.nb_negative = (a) => newFloat(-(a as PyFloat).value);
nb.nb_positive = (a) => newFloat((a as PyFloat).value);
nb.nb_absolute = (a) => newFloat(Math.abs((a as PyFloat).value));
nb.nb_bool = (a) => (a as PyFloat).value !== 0;
nb.nb_float = (a) => {
  R.heap.incref(a);
  return a;
};

function compareNumbers(x: number, y: number, op: CmpOp): boolean {
  if (Number.isNaN(x) || Number.isNaN(y)) return op === CmpOp.NE;
  return cmpResult(x < y ? -1 : x > y ? 1 : 0, op);
}

/** Compare a float with an int exactly, even beyond 2**53. */
function compareFloatInt(x: number, i: PyInt, op: CmpOp): boolean {
  if (i.big === null || !Number.isFinite(x)) return compareNumbers(x, i.toNumber(), op);
  if (Number.isNaN(x)) return op === CmpOp.NE;
  const fl = Math.floor(x);
  const ib = i.big;
  const fb = BigInt(fl);
  let c = fb < ib ? -1 : fb > ib ? 1 : 0;
  if (c === 0 && x !== fl) c = 1;
  return cmpResult(c, op);
}

floatType.tp_richcompare = (a, b, op) => {
  const x = (a as PyFloat).value;
  if (b instanceof PyFloat) return pyBool(compareNumbers(x, b.value, op));
  if (b instanceof PyInt) return pyBool(compareFloatInt(x, b, op));
  return NI();
};
const SWAP: readonly CmpOp[] = [CmpOp.GT, CmpOp.GE, CmpOp.EQ, CmpOp.NE, CmpOp.LT, CmpOp.LE];
setFloatCompareHook((a, b, op) => pyBool(compareFloatInt((b as PyFloat).value, a as PyInt, SWAP[op])));

floatType.tp_repr = (o) => newStr(floatRepr((o as PyFloat).value));

export { intType, floatRepr };
