// The math module's calling conventions (METH_O, Argument Clinic's METH_FASTCALL[|METH_KEYWORDS],
// METH_VARARGS) with their argument errors, and PyFloat_AsDouble / _PyLong_Frexp as its functions read numbers.
import { R } from '../state';
import { methVarargs, minors, parserInit } from '../objects/builtin-call';
import { overflowError, typeError } from '../objects/exceptions';
import { badKeyword, between, exactly, noKw } from '../objects/args';
import { PyFloat, floatType } from '../objects/float';
import { NativeFn } from '../objects/function';
import { PyInt, intType } from '../objects/int';
import { PyObject, isSubtype } from '../objects/object';
import { numberIndex } from '../objects/abstract-number';
import * as abs from '../objects/abstract';
import type { PyStr } from '../objects/str';

/** METH_O: no keywords, exactly one argument ("math.sqrt() takes exactly one argument (0 given)"; "sqrt()" in 3.8). */
export function methO(name: string, fn: (x: PyObject) => PyObject): NativeFn {
  return (a, kw) => {
    noKw(`math.${name}`, kw);
    exactly(`math.${name}`, a, 1);
    return fn(a[0]);
  };
}

/** Argument Clinic's positional-only METH_FASTCALL: _PyArg_NoKwnames, then _PyArg_CheckPositional (max -1: any count). */
export function fastcall(name: string, min: number, max: number, fn: (a: PyObject[]) => PyObject): NativeFn {
  return (a, kw) => {
    noKw(`math.${name}`, kw);
    if (max >= 0) between(name, a, min, max);
    return fn(a);
  };
}

/**
 * math_log up to 3.11: METH_VARARGS (the call packs a tuple), its count checked by the clinic
 * optional group's switch ("math.log requires 1 to 2 arguments"); Argument Clinic METH_FASTCALL from 3.12.
 */
export function logConvention(fn: (a: PyObject[]) => PyObject): NativeFn {
  if (R.minor >= 12) return fastcall('log', 1, 2, fn);
  return methVarargs(minors(8, 11), (a: PyObject[], kw: PyStr[] | null) => {
    // cfunction_call names a METH_VARARGS function by ml_name alone ("log() takes no keyword arguments").
    if (kw !== null && kw.length > 0) throw typeError('log() takes no keyword arguments');
    if (a.length < 1 || a.length > 2) throw typeError('math.log requires 1 to 2 arguments');
    return fn(a);
  });
}

/**
 * Argument Clinic METH_FASTCALL|METH_KEYWORDS (Python/getargs.c _PyArg_UnpackKeywords): `posonly`
 * leading positional-only names, `names` all parameters (keyword-only from `kwonlyAt`), `required`
 * how many must be given. Values in parameter order, undefined where not given.
 */
export function clinicKw(
  name: string, names: readonly string[], posonly: number, kwonlyAt: number, required: number,
  fn: (v: Array<PyObject | undefined>) => PyObject,
): NativeFn {
  return (a, kw) => {
    const nkw = kw?.length ?? 0;
    const npos = a.length - nkw;
    // The macro's fast path: no keywords and the positional count in range; else the parser, which
    // makes its keywords tuple the first time (parser_init, 3.8-3.11).
    if (nkw > 0 || npos < required || npos > kwonlyAt) parserInit(`math.${name}`, names.slice(posonly));
    const s = (n: number): string => (n === 1 ? '' : 's');
    if (npos + nkw > names.length) throw typeError(`${name}() takes at most ${names.length} argument${s(names.length)} (${npos + nkw} given)`);
    if (npos > kwonlyAt) {
      const how = required === kwonlyAt ? 'exactly' : 'at most';
      throw typeError(`${name}() takes ${how} ${kwonlyAt} positional argument${s(kwonlyAt)} (${npos} given)`);
    }
    if (npos < posonly) {
      const how = required < kwonlyAt ? 'at least' : 'exactly';
      throw typeError(`${name}() takes ${how} ${posonly} positional argument${s(posonly)} (${npos} given)`);
    }
    const v: Array<PyObject | undefined> = a.slice(0, npos);
    for (let i = npos; i < names.length; i++) {
      const j = kw === null ? -1 : kw.findIndex((k) => k.value === names[i]);
      if (j >= 0) v[i] = a[npos + j];
      else if (i < required) throw typeError(`${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
    for (let j = 0; j < nkw; j++) {
      const k = kw![j].value;
      const i = names.indexOf(k);
      if (i < posonly || i < npos) throw badKeyword(k, name);
    }
    return fn(v);
  };
}

/**
 * Objects/floatobject.c PyFloat_AsDouble: a float's value; else nb_float (an int's long_float makes a
 * float, freed once read: OverflowError past the double range), else nb_index.
 */
export function asDouble(o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  const nb = o.ob_type.tp_as_number;
  if (nb.nb_float === undefined) {
    if (nb.nb_index === undefined) throw typeError(`must be real number, not ${o.ob_type.tp_name}`);
    const i = numberIndex(o);
    try {
      return longAsDouble(i);
    } finally {
      abs.decref(i);
    }
  }
  const r = nb.nb_float(o);
  if (!(r instanceof PyFloat)) {
    abs.decref(r);
    throw typeError(`${o.ob_type.tp_name}.__float__ returned non-float (type ${r.ob_type.tp_name})`);
  }
  const v = r.value;
  abs.decref(r);
  return v;
}

/** PyLong_AsDouble: the nearest double (BigInt to Number rounds half-even as CPython does). */
export function longAsDouble(i: PyInt): number {
  const v = i.toNumber();
  if (!Number.isFinite(v)) throw overflowError('int too large to convert to float');
  return v;
}

/**
 * Objects/longobject.c _PyLong_Frexp for a nonzero int: x in [0.5, 1) and e with |n| ~ x * 2**e,
 * x rounded half-even from DBL_MANT_DIG + 2 bits and a sticky bit, as CPython rounds it.
 */
export function longFrexp(n: bigint): [number, number] {
  const neg = n < 0n;
  if (neg) n = -n;
  const bits = n.toString(2).length;
  let m: bigint;
  if (bits <= 55) m = n << BigInt(55 - bits);
  else {
    const shift = BigInt(bits - 55);
    m = n >> shift;
    if ((m << shift) !== n) m |= 1n;
  }
  let x = Number(m) / 2 ** 55;
  let e = bits;
  if (x === 1) {
    x = 0.5;
    e += 1;
  }
  return [neg ? -x : x, e];
}

/** PyLong_Check (an int or a subclass). */
export const isLong = (o: PyObject): o is PyInt => o instanceof PyInt && isSubtype(o.ob_type, intType);

/** PyFloat_CheckExact. */
export const isExactFloat = (o: PyObject): o is PyFloat => o.ob_type === floatType;
