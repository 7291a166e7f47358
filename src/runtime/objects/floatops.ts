// float's number protocol (Objects/floatobject.c): arithmetic with Python's floor
// and modulo signs, comparisons with ints, and repr (shortest round-trip, 'r' format).
import { R } from '../state';
import { zeroDivisionError, overflowError } from './exceptions';
import { floatType, newFloat, PyFloat } from './float';
import { cmpResult, intType, PyInt } from './int';
import { setFloatCompareHook } from './intops';
import { CmpOp, PyObject } from './object';
import { NotImplemented, pyBool } from './singletons';
import { newStr } from './str';
import { newTuple } from './tuple';

/** A float operand (int converted), or null for anything else. */
function toDouble(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) {
    const v = o.toNumber();
    if (!Number.isFinite(v)) throw overflowError('int too large to convert to float');
    return v;
  }
  return null;
}

function NI(): PyObject {
  NotImplemented.ob_refcnt++;
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

/** float_divmod: the remainder takes the divisor's sign; the quotient is floored. */
export function floatDivmod(vx: number, wx: number): [number, number] {
  if (wx === 0) throw zeroDivisionError(R.minor >= 12 ? 'float divmod()' : 'float divmod()');
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0 : 0; // copysign(0.0, wx)
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = vx / wx > 0 ? 0 : -0;
  }
  return [floordiv, mod];
}

const nb = floatType.tp_as_number;
nb.nb_add = binary((x, y) => x + y);
nb.nb_subtract = binary((x, y) => x - y);
nb.nb_multiply = binary((x, y) => x * y);
nb.nb_true_divide = (a, b) => {
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return NI();
  if (y === 0) throw zeroDivisionError(R.minor >= 12 ? 'float division by zero' : 'float division by zero');
  return newFloat(x / y);
};
nb.nb_floor_divide = (a, b) => {
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return NI();
  if (y === 0) throw zeroDivisionError(R.minor >= 12 ? 'float floor division by zero' : 'float floor division by zero');
  return newFloat(floatDivmod(x, y)[0]);
};
nb.nb_remainder = (a, b) => {
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return NI();
  if (y === 0) throw zeroDivisionError(R.minor >= 12 ? 'float modulo by zero' : 'float modulo');
  return newFloat(floatDivmod(x, y)[1]);
};
nb.nb_divmod = (a, b) => {
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return NI();
  const [q, r] = floatDivmod(x, y);
  return newTuple([newFloat(q), newFloat(r)]);
};
nb.nb_power = (a, b) => {
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return NI();
  if (x === 0 && y < 0) throw zeroDivisionError('0.0 cannot be raised to a negative power');
  const r = Math.pow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) throw overflowError('(34, \'Numerical result out of range\')');
  return newFloat(r);
};
nb.nb_negative = (a) => newFloat(-(a as PyFloat).value);
nb.nb_positive = (a) => newFloat((a as PyFloat).value);
nb.nb_absolute = (a) => newFloat(Math.abs((a as PyFloat).value));
nb.nb_bool = (a) => (a as PyFloat).value !== 0;
nb.nb_float = (a) => {
  a.ob_refcnt++;
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

/** repr(float): the shortest string that round-trips, in fixed notation for 1e-4 <= |x| < 1e16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = Math.abs(x).toExponential().split('e');
  const digits = mant.replace('.', '');
  const exp = Number(expStr);
  const sign = x < 0 ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : String(Math.abs(exp));
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

floatType.tp_repr = (o) => newStr(floatRepr((o as PyFloat).value));

export { intType };
