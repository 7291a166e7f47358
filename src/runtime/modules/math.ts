// The math module (Modules/mathmodule.c): the functions scripts commonly use.
import { typeError, valueError } from '../objects/exceptions';
import * as abs from '../objects/abstract';
import { floatType, newFloat, PyFloat } from '../objects/float';
import { ldexp } from '../format/arith';
import { floatToInt, longFromDouble } from '../objects/float-methods';
import { NativeFn } from '../objects/function';
import { newInt, newIntBig, PyInt } from '../objects/int';
import { PyModule } from '../objects/module';
import { PyObject } from '../objects/object';
import { pyBool } from '../objects/singletons';
import { addFunctions, newExtensionModule, putInterned, setDocString, singlePhaseFixup } from './extension';
import { unsupported } from '../errors';
import { moduleIdentifier } from '../objects/str';
import { R } from '../state';
import { newTuple } from '../objects/tuple';
import { overflowError } from '../objects/exceptions';

function num(o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return o.toNumber();
  throw typeError(`must be real number, not ${o.ob_type.tp_name}`);
}

function domain(x: number): number {
  if (Number.isNaN(x)) throw valueError('math domain error');
  return x;
}

/**
 * math_floor / math_ceil (Modules/mathmodule.c): from 3.9 an exact float goes straight to
 * PyLong_FromDouble; otherwise the type's __floor__/__ceil__ (float has them from 3.9), and
 * without one the value as a double through PyLong_FromDouble (math_1_to_int in 3.8).
 */
function rounder(name: '__floor__' | '__ceil__', f: (x: number) => number): NativeFn {
  return (a) => {
    const x = a[0];
    if (R.minor >= 9 && x.ob_type === floatType) return longFromDouble(f((x as PyFloat).value));
    const r = callLookedUp(x, name);
    return r ?? longFromDouble(f(num(x)));
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

export function makeMath(): PyModule {
  const m = newExtensionModule('math');
  const f1 = (f: (x: number) => number): NativeFn => (a) => newFloat(domain(f(num(a[0]))));
  const fns: Record<string, NativeFn> = {
    sqrt: (a) => {
      const x = num(a[0]);
      if (x < 0) throw valueError('math domain error');
      return newFloat(Math.sqrt(x));
    },
    exp: f1(Math.exp),
    sin: f1(Math.sin),
    cos: f1(Math.cos),
    tan: f1(Math.tan),
    atan: f1(Math.atan),
    atan2: (a) => newFloat(Math.atan2(num(a[0]), num(a[1]))),
    log: (a) => {
      const x = num(a[0]);
      if (x <= 0) throw valueError('math domain error');
      return newFloat(a.length > 1 ? Math.log(x) / Math.log(num(a[1])) : Math.log(x));
    },
    log2: f1(Math.log2),
    log10: f1(Math.log10),
    fabs: f1(Math.abs),
    floor: rounder('__floor__', Math.floor),
    ceil: rounder('__ceil__', Math.ceil),
    // math_trunc: from 3.9 an exact float's nb_int (float_trunc), else the type's __trunc__, or a TypeError.
    trunc: (a) => {
      if (R.minor >= 9 && a[0].ob_type === floatType) return floatToInt(Math.trunc((a[0] as PyFloat).value));
      const r = callLookedUp(a[0], '__trunc__');
      if (r === null) throw typeError(`type ${a[0].ob_type.tp_name} doesn't define __trunc__ method`);
      return r;
    },
    isqrt: (a) => {
      const n = (a[0] as PyInt).toBigInt();
      if (n < 0n) throw valueError('isqrt() argument must be nonnegative');
      let x = BigInt(Math.floor(Math.sqrt(Number(n))));
      while (x * x > n) x--;
      while ((x + 1n) * (x + 1n) <= n) x++;
      return newIntBig(x);
    },
    gcd: (a) => {
      let g = 0n;
      for (const o of a) {
        let y = (o as PyInt).toBigInt();
        if (y < 0n) y = -y;
        let x = g;
        while (y) [x, y] = [y, x % y];
        g = x;
      }
      return newIntBig(g);
    },
    factorial: (a) => {
      const n = (a[0] as PyInt).toNumber();
      if (n < 0) throw valueError('factorial() not defined for negative values');
      let r = 1n;
      for (let i = 2n; i <= BigInt(n); i++) r *= i;
      return newIntBig(r);
    },
    isclose: (a) => {
      const x = num(a[0]);
      const y = num(a[1]);
      return pyBool(x === y || Math.abs(x - y) <= Math.max(1e-9 * Math.max(Math.abs(x), Math.abs(y)), 0));
    },
    isnan: (a) => pyBool(Number.isNaN(num(a[0]))),
    isinf: (a) => pyBool(Math.abs(num(a[0])) === Infinity),
    pow: (a) => newFloat(Math.pow(num(a[0]), num(a[1]))),
    hypot: (a) => newFloat(Math.hypot(...a.map(num))),
    comb: (a) => {
      const n = BigInt((a[0] as PyInt).toNumber());
      const k = BigInt((a[1] as PyInt).toNumber());
      if (k < 0n || k > n) return newInt(0);
      let r = 1n;
      for (let i = 0n; i < k; i++) r = (r * (n - i)) / (i + 1n);
      return newIntBig(r);
    },
  };
  Object.assign(fns, moreMath());
  if (R.minor >= 9) Object.assign(fns, math39());
  if (R.minor >= 11) {
    fns.cbrt = f1(Math.cbrt);
    fns.exp2 = f1((x) => 2 ** x);
  }
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

const f = (x: number): PyObject => newFloat(x);

/** Modules/mathmodule.c math_1: a nan from a non-nan argument is a domain error, an
 * infinity from a finite one a range error. */
function checked(fn: (x: number) => number, canOverflow = true): NativeFn {
  return (a) => {
    const x = num(a[0]);
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throw valueError('math domain error');
    if (canOverflow && !Number.isFinite(r) && Number.isFinite(x)) throw overflowError('math range error');
    return f(r);
  };
}

function intArg(o: PyObject): bigint {
  if (!(o instanceof PyInt)) throw typeError(`'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  return o.toBigInt();
}

/** frexp: m * 2**e with 0.5 <= |m| < 1, read from the double's exponent bits. */
function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let shift = 0;
  if (Math.abs(x) < 2 ** -1022) {
    x *= 2 ** 64;
    shift = 64;
  }
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint16(0);
  const e = ((hi >> 4) & 0x7ff) - 1022;
  buf.setUint16(0, (hi & 0x800f) | (1022 << 4));
  return [buf.getFloat64(0), e - shift];
}

/** Modules/mathmodule.c math_fsum: Shewchuk's exact partial sums, rounded once. */
function fsum(values: number[]): number {
  const partials: number[] = [];
  let special = 0;
  let infSum = 0;
  for (let x of values) {
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) special = NaN;
      else infSum += x;
      continue;
    }
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    if (!Number.isFinite(x)) throw overflowError('intermediate overflow in fsum');
    partials.length = i;
    partials.push(x);
  }
  if (Number.isNaN(special) || Number.isNaN(infSum)) {
    if (Number.isNaN(infSum) && !Number.isNaN(special)) throw valueError('-inf + inf in fsum');
    return NaN;
  }
  if (infSum !== 0) return infSum;
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // Round half-even across the remaining partials.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

function moreMath(): Record<string, NativeFn> {
  return {
    isfinite: (a) => pyBool(Number.isFinite(num(a[0]))),
    copysign: (a) => {
      const x = Math.abs(num(a[0]));
      const y = num(a[1]);
      return f(y < 0 || Object.is(y, -0) ? -x : x);
    },
    fmod: (a) => {
      const x = num(a[0]);
      const y = num(a[1]);
      if (!Number.isFinite(y) && Number.isFinite(x)) return f(x);
      if ((y === 0 || !Number.isFinite(x)) && !Number.isNaN(x) && !Number.isNaN(y)) throw valueError('math domain error');
      return f(x % y);
    },
    frexp: (a) => {
      const [m, e] = frexp(num(a[0]));
      return newTuple([f(m), newInt(e)]);
    },
    ldexp: (a) => {
      const x = num(a[0]);
      const e = Number(intArg(a[1]));
      const r = ldexp(x, e);
      if (!Number.isFinite(r) && Number.isFinite(x)) throw overflowError('math range error');
      return f(r);
    },
    modf: (a) => {
      const x = num(a[0]);
      if (!Number.isFinite(x)) return newTuple([f(Number.isNaN(x) ? x : x < 0 ? -0.0 : 0.0), f(x)]);
      const i = Math.trunc(x);
      const frac = x - i;
      return newTuple([f(frac === 0 && (x < 0 || Object.is(x, -0)) ? -0.0 : frac), f(i === 0 && x < 0 ? -0.0 : i)]);
    },
    degrees: (a) => f(num(a[0]) * (180 / Math.PI)),
    radians: (a) => f(num(a[0]) * (Math.PI / 180)),
    asin: checked(Math.asin),
    acos: checked(Math.acos),
    sinh: checked(Math.sinh),
    cosh: checked(Math.cosh),
    tanh: checked(Math.tanh),
    asinh: checked(Math.asinh),
    acosh: checked(Math.acosh),
    atanh: (a) => {
      const x = num(a[0]);
      if (Math.abs(x) >= 1) throw valueError('math domain error');
      return f(Math.atanh(x));
    },
    expm1: checked(Math.expm1),
    log1p: (a) => {
      const x = num(a[0]);
      if (x <= -1) throw valueError('math domain error');
      return f(Math.log1p(x));
    },
    fsum: (a) => f(fsum(abs.toArray(a[0]).map((o) => {
      const v = num(o);
      abs.decref(o);
      return v;
    }))),
    prod: (a) => {
      let acc: PyObject = newInt(1);
      for (const o of abs.toArray(a[0])) {
        const next = abs.binaryOp(acc, o, 'nb_multiply');
        abs.decref(acc);
        abs.decref(o);
        acc = next;
      }
      return acc;
    },
    perm: (a) => {
      const n = intArg(a[0]);
      if (a.length < 2 || a[1] === undefined) {
        if (n < 0n) throw valueError('n must be a non-negative integer');
        let r = 1n;
        for (let i = 2n; i <= n; i++) r *= i;
        return newIntBig(r);
      }
      const k = intArg(a[1]);
      if (n < 0n) throw valueError('n must be a non-negative integer');
      if (k < 0n) throw valueError('k must be a non-negative integer');
      if (k > n) return newInt(0);
      let r = 1n;
      for (let i = 0n; i < k; i++) r *= n - i;
      return newIntBig(r);
    },
    dist: (a) => {
      const p = abs.toArray(a[0]).map((o) => {
        const v = num(o);
        abs.decref(o);
        return v;
      });
      const q = abs.toArray(a[1]).map((o) => {
        const v = num(o);
        abs.decref(o);
        return v;
      });
      if (p.length !== q.length) throw valueError('both points must have the same number of dimensions');
      return f(Math.hypot(...p.map((x, i) => x - q[i])));
    },
  };
}

/** Added in 3.9: lcm, nextafter, ulp. */
function math39(): Record<string, NativeFn> {
  return {
    lcm: (a) => {
      let l = 1n;
      for (const o of a) {
        const y = intArg(o) < 0n ? -intArg(o) : intArg(o);
        if (y === 0n) return newInt(0);
        let [x, z] = [l, y];
        while (z) [x, z] = [z, x % z];
        l = (l / x) * y;
      }
      return newIntBig(l);
    },
    ulp: (a) => {
      const x = Math.abs(num(a[0]));
      if (!Number.isFinite(x)) return f(x);
      if (x === Number.MAX_VALUE) return f(x - nextDown(x));
      return f(nextUp(x) - x);
    },
  };
}

function nextUp(x: number): number {
  const buf = new DataView(new ArrayBuffer(8));
  if (x === 0) return 5e-324;
  buf.setFloat64(0, x);
  const bits = buf.getBigUint64(0);
  buf.setBigUint64(0, x > 0 ? bits + 1n : bits - 1n);
  return buf.getFloat64(0);
}

function nextDown(x: number): number {
  return -nextUp(-x);
}
