// complex's number protocol and constructor (Objects/complexobject.c): arithmetic mixed
// with int and float, Smith's division, integer and general powers with their errors,
// abs, ==, the real/imag attributes, conjugate(), and complex() from numbers or text.
import { checkedMethod, METH_NOARGS } from '../builtin-conventions';
import { stringToDouble } from '../dtoa';
import { R } from '../state';
import * as abs from './abstract';
import { overflowError, typeError, valueError, zeroDivisionError } from './exceptions';
import { PyFloat, newFloat } from './float';
import { defMethod } from './function';
import { defGetSet } from './getset';
import { newInt, PyInt } from './int';
import { numberFloat } from './abstract-number';
import { parserInit } from './builtin-call';
import { CmpOp, PyObject, PyType } from './object';
import { NotImplemented, pyBool } from './singletons';
import { PyStr, pyIdentifier } from './str';
import { registerBuiltin } from '../builtins';
import { splitArgs } from './args';
import { numberText } from '../format';
import { viaFormat } from './floatops';
import { complexType, newComplex, PyComplex } from './complex';
import { C, complexPower, hypot, prod, quot } from '../format/complexmath';
import { identifierUsed } from './identifiers';

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
  const p = complexPower(a, b);
  if (p === 'EDOM') throw zeroDivisionError('0.0 to a negative or complex power');
  if (p === 'ERANGE') throw overflowError('complex exponentiation');
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

// 3.8 and 3.9 define //, %, divmod, int() and float() only to refuse them, whatever the
// other operand (complex_remainder and the others raise before any conversion).
{
  const refuse = (m: string) => () => {
    if (R.minor >= 10) return NI();
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
defMethod(complexType, 'conjugate', checkedMethod('complex.conjugate', METH_NOARGS, (o) => newComplex((o as PyComplex).real, -(o as PyComplex).imag)));

// ---- complex() ----

const isSpace = (c: string | undefined): boolean => c === ' ' || (c !== undefined && c >= '\t' && c <= '\r');

/**
 * complex_from_string_inner (Objects/complexobject.c): <float>, <float>j, <float><signed-float>j,
 * <float><sign>j, <sign>j or j, each float read by PyOS_string_to_double, optionally in
 * parentheses and blanks.
 */
function parseComplex(text: string): C {
  const s = viaFormat(() => numberText(text, 'complex'));
  const malformed = (): never => {
    throw valueError('complex() arg is a malformed string');
  };
  const isJ = (c: string | undefined): boolean => c === 'j' || c === 'J';
  let i = 0;
  while (isSpace(s[i])) i++;
  const bracket = s[i] === '(';
  if (bracket) {
    i++;
    while (isSpace(s[i])) i++;
  }
  let x = 0;
  let y: number;
  const z = stringToDouble(s, i);
  if (z.end !== i) {
    i = z.end;
    if (s[i] === '+' || s[i] === '-') {
      x = z.value;
      const w = stringToDouble(s, i);
      if (w.end !== i) {
        y = w.value;
        i = w.end;
      } else y = s[i++] === '+' ? 1 : -1;
      if (!isJ(s[i++])) malformed();
    } else if (isJ(s[i])) {
      i++;
      y = z.value;
    } else {
      x = z.value;
      y = 0;
    }
  } else {
    if (s[i] === '+' || s[i] === '-') y = s[i++] === '+' ? 1 : -1;
    else y = 1;
    if (!isJ(s[i++])) malformed();
  }
  while (isSpace(s[i])) i++;
  if (bracket) {
    if (s[i++] !== ')') malformed();
    while (isSpace(s[i])) i++;
  }
  if (i !== s.length) malformed();
  return { re: x, im: y };
}

complexType.tp_new = (t: PyType, args, kwnames) => {
  // Objects/clinic/complexobject.c.h complex_new: the parser runs for keywords or too many arguments.
  if ((kwnames !== null && kwnames.length > 0) || args.length > 2) parserInit('complex', ['real', 'imag']);
  const [pos, kw] = splitArgs(args, kwnames);
  if (pos.length > 2) throw typeError(`complex() takes at most 2 arguments (${pos.length} given)`);
  const r = pos[0] ?? kw.get('real') ?? null;
  const i = pos[1] ?? kw.get('imag') ?? null;
  for (const k of kw.keys()) {
    if (k !== 'real' && k !== 'imag') {
      throw typeError(R.minor >= 13 ? `complex() got an unexpected keyword argument '${k}'` : `'${k}' is an invalid keyword argument for complex()`);
    }
  }
  // An absent real part is the cached int zero.
  return complexNewImpl(t, r ?? newInt(0), i);
};

/** Objects/complexobject.c complex_new_impl: __complex__ first, then each part through PyNumber_Float. */
function complexNewImpl(t: PyType, r: PyObject, i: PyObject | null): PyObject {
  if (r.ob_type === complexType && i === null && t === complexType) return abs.incref(r);
  if (r instanceof PyStr) {
    if (i !== null) throw typeError("complex() can't take second arg if first is a string");
    const c = parseComplex(r.value);
    return newComplex(c.re, c.im, t);
  }
  if (i instanceof PyStr) throw typeError("complex() second arg can't be a string");
  // try_complex_special_method: _PyObject_LookupSpecial by an identifier.
  pyIdentifier('__complex__');
  identifierUsed('try_complex_special_method:__complex__');
  const f = abs.lookupSpecial(r, '__complex__');
  let own: PyObject | null = null;
  if (f !== null) {
    let res: PyObject;
    try {
      res = abs.call(f, []);
    } finally {
      abs.decref(f);
    }
    if (!(res instanceof PyComplex)) {
      abs.decref(res);
      throw typeError(`__complex__ returned non-complex (type ${res.ob_type.tp_name})`);
    }
    r = own = res;
  }
  const isNumber = (o: PyObject): boolean => o instanceof PyComplex || o.ob_type.tp_as_number.nb_float !== undefined || o.ob_type.tp_as_number.nb_index !== undefined;
  if (!isNumber(r) || (i !== null && !isNumber(i))) {
    if (own !== null) abs.decref(own);
    throw typeError(
      !isNumber(r)
        ? `complex() first argument must be a string or a number, not '${r.ob_type.tp_name}'`
        : `complex() second argument must be a number, not '${i!.ob_type.tp_name}'`,
    );
  }
  let cr: C;
  let crIsComplex = false;
  if (r instanceof PyComplex) {
    cr = { re: r.real, im: r.imag };
    crIsComplex = true;
    if (own !== null) abs.decref(own);
  } else {
    let tmp: PyFloat;
    try {
      tmp = numberFloat(r)!;
    } finally {
      if (own !== null) abs.decref(own);
    }
    cr = { re: tmp.value, im: 0 };
    abs.decref(tmp);
  }
  let ci: C = { re: cr.im, im: 0 };
  let ciIsComplex = false;
  if (i instanceof PyComplex) {
    ci = { re: i.real, im: i.imag };
    ciIsComplex = true;
  } else if (i !== null) {
    const tmp = numberFloat(i)!;
    ci = { re: tmp.value, im: 0 };
    abs.decref(tmp);
  }
  // Parts not in canonical form (complex themselves) are folded in.
  let re = cr.re;
  if (ciIsComplex) re -= ci.im;
  if (crIsComplex && i !== null) ci.re += cr.im;
  return newComplex(re, ci.re, t);
}

registerBuiltin('complex', () => abs.incref(complexType));


