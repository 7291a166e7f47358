// The math module (Modules/mathmodule.c): its table per version, each function with its calling
// convention (math-args.ts), the numeric rules of mathmodule.c and the C library's results (math-libm.ts).
import { overflowError, typeError, valueError } from '../objects/exceptions';
import * as abs from '../objects/abstract';
import { floatType, newFloat, PyFloat } from '../objects/float';
import { floatToInt, longFromDouble } from '../objects/float-methods';
import { NativeFn } from '../objects/function';
import { newInt, newIntBig } from '../objects/int';
import { PyModule } from '../objects/module';
import { PyObject } from '../objects/object';
import { None as noneObject, pyBool } from '../objects/singletons';
import { addFunctions, newExtensionModule, putInterned, setDocString, singlePhaseFixup } from './extension';
import { unsupported } from '../errors';
import { moduleIdentifier } from '../objects/str';
import { R } from '../state';
import { asDouble, clinicKw, fastcall, isLong, logConvention, longFrexp, methO } from './math-args';
import { crExp, crExp2, crLog, crPow } from './math-fast';
import { crAcos, crAsin, crAtan, crAtan2, crCos, crSin, crTan } from './math-fast-trig';
import { fdAcosh, fdAsinh, fdCosh, fdLog10, fdSinh } from './math-fd';
import { cbrt, erf, erfc, lgamma, Libm, tgamma } from './math-libm';
import { math39, moreMath, moreMathO } from './math-more';

/** Modules/mathmodule.c is_error: errno EDOM a ValueError, ERANGE an OverflowError unless the result underflowed. */
function libmError(errno: Libm['errno'], r: number): void {
  if (errno === 'EDOM') throw valueError('math domain error');
  if (errno === 'ERANGE' && Math.abs(r) >= 1.5) throw overflowError('math range error');
}

/** math_1: a nan from a non-nan argument is a domain error, an infinity from a finite one a range error (or a domain error). */
function math1(fn: (x: number) => number, canOverflow: boolean): (o: PyObject) => PyObject {
  return (o) => {
    const x = asDouble(o);
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throw valueError('math domain error');
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) throw canOverflow ? overflowError('math range error') : valueError('math domain error');
    return newFloat(r);
  };
}

/** math_1 over an m_* function that reports through errno (m_tgamma, m_lgamma). */
function math1errno(fn: (x: number) => Libm): (o: PyObject) => PyObject {
  return (o) => {
    const x = asDouble(o);
    const { r, errno } = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throw valueError('math domain error');
    libmError(Number.isFinite(r) || Number.isNaN(r) || !Number.isFinite(x) ? errno : errno || 'ERANGE', r);
    return newFloat(r);
  };
}

/** m_log / m_log2 / m_log10: the special values handled before the C library sees them. */
const mLog = (f: (x: number) => number) => (x: number): number => {
  if (Number.isFinite(x)) return x > 0 ? f(x) : x === 0 ? -Infinity : NaN;
  if (Number.isNaN(x) || x > 0) return x;
  return NaN;
};

/** loghelper: an int is read whole (log(x) + log(2) * e past the double range); others through math_1. */
function loghelper(o: PyObject, func: (x: number) => number): PyFloat {
  if (isLong(o)) {
    const n = o.toBigInt();
    if (n <= 0n) throw valueError('math domain error');
    const x = o.toNumber();
    if (Number.isFinite(x)) return newFloat(func(x));
    const [m, e] = longFrexp(n);
    return newFloat(func(m) + func(2.0) * e);
  }
  return math1(func, false)(o) as PyFloat;
}

/**
 * math_floor / math_ceil (Modules/mathmodule.c): from 3.9 an exact float goes straight to
 * PyLong_FromDouble; otherwise the type's __floor__/__ceil__ (float has them from 3.9), and
 * without one the value as a double through PyLong_FromDouble (math_1_to_int in 3.8).
 */
function rounder(name: '__floor__' | '__ceil__', f: (x: number) => number): (x: PyObject) => PyObject {
  return (x) => {
    if (R.minor >= 9 && x.ob_type === floatType) return longFromDouble(f((x as PyFloat).value));
    const r = callLookedUp(x, name);
    return r ?? longFromDouble(f(asDouble(x)));
  };
}

/** _PyObject_LookupSpecialId (3.8-3.11; the module state's str from 3.12): the bound method, called with no arguments. */
function callLookedUp(x: PyObject, name: '__floor__' | '__ceil__' | '__trunc__'): PyObject | null {
  moduleIdentifier(name, `math_${name.slice(2, -2)}:${name}`);
  const m = abs.lookupSpecial(x, name);
  if (m === null) return null;
  try {
    return abs.call(m, []);
  } finally {
    R.heap.decref(m);
  }
}

/** PyNumber_Index as a bigint, the index object released. */
function indexBig(o: PyObject): bigint {
  const i = abs.numberIndex(o);
  const v = i.toBigInt();
  abs.decref(i);
  return v;
}

/** A product of the integers lo..hi (a balanced tree: big factorials stay fast). */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 8n) {
    let r = 1n;
    for (let i = lo; i <= hi; i++) r *= i;
    return r;
  }
  const mid = (lo + hi) / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

/**
 * math_factorial: 3.8 and 3.9 take an integral float (3.9 warns, which the runtime does not model)
 * and refuse others with "only accepts integral values"; from 3.10 PyNumber_Index only.
 */
function factorial(o: PyObject): PyObject {
  let n: bigint;
  if (R.minor <= 9 && o instanceof PyFloat) {
    const v = o.value;
    if (!Number.isFinite(v) || v !== Math.floor(v)) throw valueError('factorial() only accepts integral values');
    n = BigInt(v);
  } else n = indexBig(o);
  if (n > 2n ** 63n - 1n) throw overflowError(`factorial() argument should not exceed ${2n ** 63n - 1n}`);
  if (n < 0n) throw valueError('factorial() not defined for negative values');
  return newIntBig(rangeProduct(2n, n));
}

/** math_isqrt: the exact floor square root (Newton's method on bigints). */
function isqrt(o: PyObject): PyObject {
  const n = indexBig(o);
  if (n < 0n) throw valueError('isqrt() argument must be nonnegative');
  if (n < 2n) return newIntBig(n);
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return newIntBig(x);
}

const bigGcd = (a: bigint, b: bigint): bigint => {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) [a, b] = [b, a % b];
  return a;
};

/** math_gcd: 3.8 takes exactly two integers; from 3.9 any number (none gives 0). */
function gcd(a: PyObject[]): PyObject {
  let g = 0n;
  for (const o of a) g = bigGcd(g, indexBig(o));
  return newIntBig(g);
}

/** math_lcm (3.9+): every argument is still checked once the result is 0. */
function lcm(a: PyObject[]): PyObject {
  if (a.length === 0) return newInt(1);
  let l = indexBig(a[0]);
  if (l < 0n) l = -l;
  for (let i = 1; i < a.length; i++) {
    const y = indexBig(a[i]);
    if (l === 0n || y === 0n) {
      l = 0n;
      continue;
    }
    l = (l / bigGcd(l, y)) * (y < 0n ? -y : y);
  }
  return newIntBig(l);
}

/** math_perm: 3.8 and 3.9 hand perm(n) to math_factorial (its float rules included). */
function perm(a: PyObject[]): PyObject {
  if (a.length < 2 || a[1] === noneObject) {
    if (R.minor <= 9) return factorial(a[0]);
    const n = indexBig(a[0]);
    if (n < 0n) throw valueError('n must be a non-negative integer');
    return newIntBig(rangeProduct(2n, n));
  }
  const n = indexBig(a[0]);
  const k = indexBig(a[1]);
  if (n < 0n) throw valueError('n must be a non-negative integer');
  if (k < 0n) throw valueError('k must be a non-negative integer');
  if (k > n) return newInt(0);
  return newIntBig(rangeProduct(n - k + 1n, n));
}

/** math_comb. */
function comb(a: PyObject[]): PyObject {
  const n = indexBig(a[0]);
  let k = indexBig(a[1]);
  if (n < 0n) throw valueError('n must be a non-negative integer');
  if (k < 0n) throw valueError('k must be a non-negative integer');
  if (k > n) return newInt(0);
  if (n - k < k) k = n - k;
  return newIntBig(rangeProduct(n - k + 1n, n) / rangeProduct(2n, k));
}

/** math_isclose: relative and absolute tolerances (keywords), inf only close to itself. */
function isclose(v: Array<PyObject | undefined>): PyObject {
  const a = asDouble(v[0]!);
  const b = asDouble(v[1]!);
  const relTol = v[2] === undefined ? 1e-9 : asDouble(v[2]);
  const absTol = v[3] === undefined ? 0.0 : asDouble(v[3]);
  if (relTol < 0.0 || absTol < 0.0) throw valueError('tolerances must be non-negative');
  if (a === b) return pyBool(true);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return pyBool(false);
  const diff = Math.abs(b - a);
  return pyBool(diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol);
}

/** math_pow: IEEE specials decided before the C library sees them, errno after. */
function pow(a: PyObject[]): PyObject {
  const x = asDouble(a[0]);
  const y = asDouble(a[1]);
  let r: number;
  let errno: Libm['errno'] = 0;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) r = y === 0 ? 1 : x;
    else if (Number.isNaN(y)) r = x === 1 ? 1 : y;
    else if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = oddY ? (x < 0 ? -0 : 0) : 0;
    } else if (Math.abs(x) === 1) r = 1;
    else if (y > 0 && Math.abs(x) > 1) r = y;
    else if (y < 0 && Math.abs(x) < 1) {
      r = -y;
      // 0 ** -inf was a divide-by-zero (ValueError) up to 3.10.
      if (x === 0 && R.minor <= 10) errno = 'EDOM';
    }
    else r = 0;
  } else {
    r = crPow(x, y);
    if (Number.isNaN(r)) errno = 'EDOM';
    else if (!Number.isFinite(r)) errno = x === 0 ? 'EDOM' : 'ERANGE';
  }
  libmError(errno, r);
  return newFloat(r);
}

/** math_log: num = loghelper(x), with a base num / den by float true division (its floats made and released). */
function log(a: PyObject[]): PyObject {
  const num = loghelper(a[0], mLog(crLog));
  if (a.length < 2) return num;
  let den: PyFloat;
  try {
    den = loghelper(a[1], mLog(crLog));
  } catch (e) {
    abs.decref(num);
    throw e;
  }
  try {
    return abs.binaryOp(num, den, 'nb_true_divide');
  } finally {
    abs.decref(num);
    abs.decref(den);
  }
}

/** math_atan2 over m_atan2 (specials first; JS Math.atan2 follows C99 for them too). */
function atan2(a: PyObject[]): PyObject {
  const y = asDouble(a[0]);
  const x = asDouble(a[1]);
  return newFloat(crAtan2(y, x));
}

/** math_trunc: from 3.9 an exact float's nb_int (float_trunc), else the type's __trunc__, or a TypeError. */
function trunc(x: PyObject): PyObject {
  if (R.minor >= 9 && x.ob_type === floatType) return floatToInt(Math.trunc((x as PyFloat).value));
  const r = callLookedUp(x, '__trunc__');
  if (r === null) throw typeError(`type ${x.ob_type.tp_name} doesn't define __trunc__ method`);
  return r;
}

export function makeMath(): PyModule {
  const m = newExtensionModule('math', R.minor >= 9);
  const o1: Record<string, (x: PyObject) => PyObject> = {
    acos: math1(crAcos, false),
    acosh: math1(fdAcosh, false),
    asin: math1(crAsin, false),
    asinh: math1(fdAsinh, false),
    atan: math1(crAtan, false),
    atanh: math1(Math.atanh, false),
    cbrt: math1(cbrt, false),
    ceil: rounder('__ceil__', Math.ceil),
    cos: math1(crCos, false),
    cosh: math1(fdCosh, true),
    degrees: (o) => newFloat(asDouble(o) * (180.0 / Math.PI)),
    erf: math1(erf, false),
    erfc: math1(erfc, false),
    exp: math1(crExp, true),
    exp2: math1(crExp2, true),
    expm1: math1(Math.expm1, true),
    fabs: math1(Math.abs, false),
    factorial,
    floor: rounder('__floor__', Math.floor),
    gamma: math1errno(tgamma),
    isfinite: (o) => pyBool(Number.isFinite(asDouble(o))),
    isinf: (o) => pyBool(Math.abs(asDouble(o)) === Infinity),
    isnan: (o) => pyBool(Number.isNaN(asDouble(o))),
    isqrt,
    lgamma: math1errno(lgamma),
    log10: (o) => loghelper(o, mLog(fdLog10)),
    log1p: math1((x) => (x === 0 ? x : Math.log1p(x)), false),
    log2: (o) => loghelper(o, mLog(Math.log2)),
    radians: (o) => newFloat(asDouble(o) * (Math.PI / 180.0)),
    sin: math1(crSin, false),
    sinh: math1(fdSinh, true),
    sqrt: math1(Math.sqrt, false),
    tan: math1(crTan, false),
    tanh: math1(Math.tanh, false),
    trunc,
    ...moreMathO(),
  };
  const fns: Record<string, NativeFn> = {};
  for (const [name, fn] of Object.entries(o1)) fns[name] = methO(name, fn);
  Object.assign(fns, {
    atan2: fastcall('atan2', 2, 2, atan2),
    comb: fastcall('comb', 2, 2, comb),
    gcd: R.minor <= 8 ? fastcall('gcd', 2, 2, gcd) : fastcall('gcd', 0, -1, gcd),
    log: logConvention(log),
    perm: fastcall('perm', 1, 2, perm),
    pow: fastcall('pow', 2, 2, pow),
    isclose: clinicKw('isclose', ['a', 'b', 'rel_tol', 'abs_tol'], 0, 2, 2, isclose),
    ...moreMath(),
  });
  if (R.minor >= 9) Object.assign(fns, { lcm: fastcall('lcm', 0, -1, lcm), ...math39() });
  const table = mathNames(R.minor).map((name): [string, NativeFn] => [name, fns[name] ?? notModelled(name)]);
  addFunctions(m, table);
  setDocString(m, 'This module provides access to the mathematical functions\ndefined by the C standard.');
  if (R.minor === 8) {
    execMath(m);
    singlePhaseFixup(m);
  }
  return m;
}

/** math_exec (3.9+; the tail of PyInit_math in 3.8): the constants. */
export function execMath(m: PyModule): void {
  putInterned(m, 'pi', newFloat(Math.PI));
  putInterned(m, 'e', newFloat(Math.E));
  putInterned(m, 'tau', newFloat(2 * Math.PI));
  putInterned(m, 'inf', newFloat(Infinity));
  putInterned(m, 'nan', newFloat(NaN));
}

/** A function of math_methods the runtime does not implement: calling it stops the run. */
const notModelled = (name: string): NativeFn => () => {
  throw unsupported(`math.${name}()`);
};

/** math_methods in their order: lcm, nextafter and ulp from 3.9, cbrt and exp2 from 3.11, sumprod from 3.12, fma from 3.13. */
function mathNames(minor: number): string[] {
  const names = [
    'acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'cbrt', 'ceil', 'copysign', 'cos', 'cosh', 'degrees', 'dist',
    'erf', 'erfc', 'exp', 'exp2', 'expm1', 'fabs', 'factorial', 'floor', 'fma', 'fmod', 'frexp', 'fsum', 'gamma', 'gcd', 'hypot',
    'isclose', 'isfinite', 'isinf', 'isnan', 'isqrt', 'lcm', 'ldexp', 'lgamma', 'log', 'log1p', 'log10', 'log2', 'modf', 'pow',
    'radians', 'remainder', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'sumprod', 'trunc', 'prod', 'perm', 'comb', 'nextafter', 'ulp',
  ];
  const since: Record<string, number> = { lcm: 9, nextafter: 9, ulp: 9, cbrt: 11, exp2: 11, sumprod: 12, fma: 13 };
  return names.filter((n) => (since[n] ?? 8) <= minor);
}
