// The math module (Modules/mathmodule.c): the functions scripts commonly use.
import { typeError, valueError } from '../objects/exceptions';
import * as abs from '../objects/abstract';
import { newFloat, PyFloat } from '../objects/float';
import { newCFunction, NativeFn } from '../objects/function';
import { newInt, newIntBig, PyInt } from '../objects/int';
import { newModule, PyModule } from '../objects/module';
import { PyObject } from '../objects/object';
import { pyBool } from '../objects/singletons';
import { setAttrString } from './index';

function num(o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return o.toNumber();
  throw typeError(`must be real number, not ${o.ob_type.tp_name}`);
}

function domain(x: number): number {
  if (Number.isNaN(x)) throw valueError('math domain error');
  return x;
}

export function makeMath(): PyModule {
  const m = newModule('math');
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
    floor: (a) => (a[0] instanceof PyInt ? abs.incref(a[0]) : newIntBig(BigInt(Math.floor(num(a[0]))))),
    ceil: (a) => (a[0] instanceof PyInt ? abs.incref(a[0]) : newIntBig(BigInt(Math.ceil(num(a[0]))))),
    trunc: (a) => (a[0] instanceof PyInt ? abs.incref(a[0]) : newIntBig(BigInt(Math.trunc(num(a[0]))))),
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
  for (const [name, fn] of Object.entries(fns)) setAttrString(m, name, newCFunction(name, fn, 'math'));
  setAttrString(m, 'pi', newFloat(Math.PI));
  setAttrString(m, 'e', newFloat(Math.E));
  setAttrString(m, 'tau', newFloat(2 * Math.PI));
  setAttrString(m, 'inf', newFloat(Infinity));
  setAttrString(m, 'nan', newFloat(NaN));
  return m;
}
