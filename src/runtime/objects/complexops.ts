// complex's number protocol and constructor (Objects/complexobject.c): arithmetic mixed
// with int and float, Smith's division, integer and general powers with their errors,
// abs, ==, the real/imag attributes, conjugate(), and complex() from numbers or text.
import { R } from '../state';
import * as abs from './abstract';
import { overflowError, typeError, valueError, zeroDivisionError } from './exceptions';
import { PyFloat, newFloat } from './float';
import { defMethod } from './function';
import { defGetSet } from './getset';
import { PyInt } from './int';
import { CmpOp, PyObject, PyType, typeLookup } from './object';
import { NotImplemented, pyBool } from './singletons';
import { PyStr } from './str';
import { registerBuiltin, splitArgs } from '../builtins';
import { strRepr } from '../format';
import { complexType, newComplex, PyComplex } from './complex';

type C = { re: number; im: number };

/** to_complex: an int (converted exactly or OverflowError), a float, or a complex; null otherwise. */
function toC(o: PyObject): C | null {
  if (o instanceof PyComplex) return { re: o.real, im: o.imag };
  if (o instanceof PyFloat) return { re: o.value, im: 0 };
  if (o instanceof PyInt) {
    const v = o.toNumber();
    if (!Number.isFinite(v)) throw overflowError('int too large to convert to float');
    return { re: v, im: 0 };
  }
  return null;
}

const NI = (): PyObject => abs.incref(NotImplemented);
const mk = (c: C): PyObject => newComplex(c.re, c.im);

function prod(a: C, b: C): C {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

/** _Py_c_quot (Smith's method); null for division by zero (errno EDOM). */
function quot(a: C, b: C): C | null {
  const absBre = Math.abs(b.re);
  const absBim = Math.abs(b.im);
  if (absBre >= absBim) {
    if (absBre === 0) return null;
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom };
  }
  if (absBim >= absBre) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom };
  }
  return { re: NaN, im: NaN };
}

/** x = hi + lo exactly, for |a| >= |b| or any order (Knuth's two-sum). */
function twoSum(a: number, b: number): [number, number] {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

/** a * b = hi + lo exactly (Dekker's product with Veltkamp splitting). */
function twoProd(a: number, b: number): [number, number] {
  const p = a * b;
  const split = (x: number): [number, number] => {
    const c = 134217729 * x; // 2**27 + 1
    const h = c - (c - x);
    return [h, x - h];
  };
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

/**
 * hypot(x, y) correctly rounded like the C library's: the sum of squares in double-double
 * after scaling by a power of two, then one Newton correction of the square root.
 * (Math.hypot may be an ulp off, which powers of a modulus magnify.)
 */
export function hypot(x: number, y: number): number {
  x = Math.abs(x);
  y = Math.abs(y);
  if (x === Infinity || y === Infinity) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x < y) [x, y] = [y, x];
  if (y === 0) return x;
  const e = Math.floor(Math.log2(x));
  const scale = 2 ** Math.max(-1000, Math.min(1000, -e));
  const a = x * scale;
  const b = y * scale;
  const [p1, e1] = twoProd(a, a);
  const [p2, e2] = twoProd(b, b);
  const [s, es] = twoSum(p1, p2);
  const lo = e1 + e2 + es;
  let h = Math.sqrt(s + lo);
  const [hh, hl] = twoProd(h, h);
  h += (s - hh - hl + lo) / (2 * h);
  return h / scale;
}

/** _Py_c_pow; null for 0 to a negative or complex power. */
function cpow(a: C, b: C): C | null {
  if (b.re === 0 && b.im === 0) return { re: 1, im: 0 };
  if (a.re === 0 && a.im === 0) {
    if (b.im !== 0 || b.re < 0) return null;
    return { re: 0, im: 0 };
  }
  const vabs = hypot(a.re, a.im);
  let len = Math.pow(vabs, b.re);
  const at = Math.atan2(a.im, a.re);
  let phase = at * b.re;
  if (b.im !== 0) {
    len /= Math.exp(at * b.im);
    phase += b.im * Math.log(vabs);
  }
  return { re: len * Math.cos(phase), im: len * Math.sin(phase) };
}

/** c_powu: square-and-multiply for a positive integer exponent. */
function powu(x: C, n: number): C {
  let r: C = { re: 1, im: 0 };
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = prod(r, p);
    p = prod(p, p);
  }
  return r;
}

/** c_powi: exponents within ±100 by repeated multiplication, others through c_pow. */
function powi(x: C, n: number): C | null {
  if (n > 100 || n < -100) return cpow(x, { re: n, im: 0 });
  if (n > 0) return powu(x, n);
  return quot({ re: 1, im: 0 }, powu(x, -n));
}

function binary(f: (a: C, b: C) => C) {
  return (x: PyObject, y: PyObject): PyObject => {
    const a = toC(x);
    const b = toC(y);
    if (a === null || b === null) return NI();
    return mk(f(a, b));
  };
}

const nb = complexType.tp_as_number;
nb.nb_add = binary((a, b) => ({ re: a.re + b.re, im: a.im + b.im }));
nb.nb_subtract = binary((a, b) => ({ re: a.re - b.re, im: a.im - b.im }));
nb.nb_multiply = binary(prod);
nb.nb_true_divide = (x, y) => {
  const a = toC(x);
  const b = toC(y);
  if (a === null || b === null) return NI();
  const q = quot(a, b);
  if (q === null) throw zeroDivisionError('complex division by zero');
  return mk(q);
};
nb.nb_power = (x, y) => {
  const a = toC(x);
  const b = toC(y);
  if (a === null || b === null) return NI();
  const n = Math.trunc(b.re);
  const p = b.im === 0 && b.re === n && Number.isSafeInteger(n) ? powi(a, n) : cpow(a, b);
  if (p === null) throw zeroDivisionError('0.0 to a negative or complex power');
  if (!Number.isFinite(p.re) && !Number.isNaN(p.re) || (!Number.isFinite(p.im) && !Number.isNaN(p.im))) {
    throw overflowError('complex exponentiation');
  }
  return mk(p);
};
nb.nb_negative = (o) => newComplex(-(o as PyComplex).real, -(o as PyComplex).imag);
nb.nb_positive = (o) => (o.ob_type === complexType ? abs.incref(o) : newComplex((o as PyComplex).real, (o as PyComplex).imag));
nb.nb_absolute = (o) => {
  const { real: re, imag: im } = o as PyComplex;
  // _Py_c_abs: an infinite part wins over a nan; a finite input with an infinite result overflows.
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (re === Infinity || re === -Infinity || im === Infinity || im === -Infinity) return newFloat(Infinity);
    return newFloat(NaN);
  }
  const r = hypot(re, im);
  if (!Number.isFinite(r)) throw overflowError('absolute value too large');
  return newFloat(r);
};
nb.nb_bool = (o) => (o as PyComplex).real !== 0 || (o as PyComplex).imag !== 0;

// 3.8 and 3.9 define //, %, divmod, int() and float() only to refuse them.
{
  const refuse = (m: string) => (x: PyObject, y: PyObject) => {
    if (R.minor >= 10 || toC(x) === null || toC(y) === null) return NI();
    throw typeError(m);
  };
  nb.nb_floor_divide = refuse("can't take floor of complex number.");
  nb.nb_remainder = refuse("can't mod complex numbers.");
  nb.nb_divmod = refuse("can't take floor or mod of complex number.");
}

/** The unary conversions 3.8-3.9 refuse by name (installed per run: the slot's presence is what int() sees). */
export function setComplexVersionSlots(): void {
  if (R.minor <= 9) {
    nb.nb_int = () => {
      throw typeError("can't convert complex to int");
    };
    nb.nb_float = () => {
      throw typeError("can't convert complex to float");
    };
  } else {
    delete nb.nb_int;
    delete nb.nb_float;
  }
}

complexType.tp_richcompare = (a, b, op) => {
  if (op !== CmpOp.EQ && op !== CmpOp.NE) return NI();
  const x = a as PyComplex;
  let eq: boolean;
  if (b instanceof PyInt || b instanceof PyFloat) {
    if (x.imag !== 0) eq = false;
    else {
      // The real part against the int or float, exactly (float_richcompare).
      const f = newFloat(x.real);
      try {
        eq = abs.richCompareBool(f, b, CmpOp.EQ);
      } finally {
        abs.decref(f);
      }
    }
  } else if (b instanceof PyComplex) eq = x.real === b.real && x.imag === b.imag;
  else return NI();
  return pyBool(eq === (op === CmpOp.EQ));
};

defGetSet(complexType, 'real', (o) => newFloat((o as PyComplex).real));
defGetSet(complexType, 'imag', (o) => newFloat((o as PyComplex).imag));
defMethod(complexType, 'conjugate', (o) => newComplex((o as PyComplex).real, -(o as PyComplex).imag));

// ---- complex() ----

const NUM = '(?:(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?|inf(?:inity)?|nan)';
const BOTH = new RegExp(`^([+-]?${NUM})([+-]${NUM}?)[jJ]$`, 'i');
const IMAG_ONLY = new RegExp(`^([+-]?${NUM}?)[jJ]$`, 'i');
const REAL_ONLY = new RegExp(`^([+-]?${NUM})$`, 'i');

function num(s: string): number {
  const t = s.replace(/_/g, '').toLowerCase();
  const neg = t.startsWith('-');
  const body = t.replace(/^[+-]/, '');
  if (body === '') return neg ? -1 : 1;
  const v = body.startsWith('inf') ? Infinity : body === 'nan' ? NaN : Number(body);
  return neg ? -v : v;
}

/** complex_from_string_inner: optional parentheses and surrounding whitespace. */
function parseComplex(text: string): C {
  // _Py_string_to_number_with_underscores: each '_' between two digits, or a different message.
  if (text.includes('_') && !/^[^_]*(?:(?<=\d)_(?=\d)[^_]*)*$/.test(text)) {
    throw valueError(`could not convert string to complex: ${strRepr(text)}`);
  }
  let s = text.trim();
  if (s.startsWith('(')) {
    if (!s.endsWith(')')) throw valueError('complex() arg is a malformed string');
    s = s.slice(1, -1).trim();
  }
  let m = BOTH.exec(s);
  if (m !== null) return { re: num(m[1]), im: num(m[2]) };
  m = IMAG_ONLY.exec(s);
  if (m !== null) return { re: 0, im: num(m[1]) };
  m = REAL_ONLY.exec(s);
  if (m !== null) return { re: num(m[1]), im: 0 };
  throw valueError('complex() arg is a malformed string');
}

/** A number argument of complex(): its value, and whether it was complex. */
function complexArg(o: PyObject, first: boolean): [C, boolean] {
  if (o instanceof PyComplex) return [{ re: o.real, im: o.imag }, true];
  const m = o.ob_type.isHeapType ? typeLookup(o.ob_type, '__complex__') : null;
  if (m !== null && first) {
    const r = abs.call(m, [o]);
    try {
      if (!(r instanceof PyComplex)) throw typeError(`__complex__ returned non-complex (type ${r.ob_type.tp_name})`);
      return [{ re: r.real, im: r.imag }, true];
    } finally {
      abs.decref(r);
    }
  }
  const c = toC(o);
  if (c !== null) return [c, false];
  const f = o.ob_type.tp_as_number.nb_float ?? o.ob_type.tp_as_number.nb_index;
  if (f === undefined) {
    throw typeError(
      first
        ? `complex() first argument must be a string or a number, not '${o.ob_type.tp_name}'`
        : `complex() second argument must be a number, not '${o.ob_type.tp_name}'`,
    );
  }
  const r = f(o);
  try {
    return [toC(r)!, false];
  } finally {
    abs.decref(r);
  }
}

complexType.tp_new = (t: PyType, args, kwnames) => {
  const [pos, kw] = splitArgs(args, kwnames);
  if (pos.length > 2) throw typeError(`complex() takes at most 2 arguments (${pos.length} given)`);
  let r = pos[0] ?? kw.get('real') ?? null;
  const i = pos[1] ?? kw.get('imag') ?? null;
  for (const k of kw.keys()) {
    if (k !== 'real' && k !== 'imag') {
      throw typeError(R.minor >= 13 ? `complex() got an unexpected keyword argument '${k}'` : `'${k}' is an invalid keyword argument for complex()`);
    }
  }
  if (r === null && i === null) return newComplex(0, 0, t);
  if (r === null) r = newFloat(0);
  else abs.incref(r);
  try {
    return complexFrom(t, r, i);
  } finally {
    abs.decref(r);
  }
};

function complexFrom(t: PyType, r: PyObject, i: PyObject | null): PyObject {
  if (r instanceof PyStr) {
    if (i !== null) throw typeError("complex() can't take second arg if first is a string");
    const c = parseComplex(r.value);
    return newComplex(c.re, c.im, t);
  }
  if (i instanceof PyStr) throw typeError("complex() second arg can't be a string");
  if (r.ob_type === complexType && i === null && t === complexType) return abs.incref(r);
  const [cr, crIsComplex] = complexArg(r, true);
  let ciReal: number;
  let ciIsComplex = false;
  let ciImag = 0;
  if (i === null) ciReal = cr.im;
  else {
    const [ci, isC] = complexArg(i, false);
    ciReal = ci.re;
    ciImag = ci.im;
    ciIsComplex = isC;
  }
  let re = cr.re;
  if (ciIsComplex) re -= ciImag;
  if (crIsComplex && i !== null) ciReal += cr.im;
  return newComplex(re, ciReal, t);
}

registerBuiltin('complex', () => abs.incref(complexType));
