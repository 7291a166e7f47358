// Complex arithmetic on plain doubles (Objects/complexobject.c): _Py_c_prod, _Py_c_quot
// (Smith's method), _Py_c_pow, c_powi/c_powu, and a hypot as exact as the C library's.
// Shared by complex's number slots and the compiler's constant folding.
import { libm } from './libm';

/** A Py_complex. */
export type C = { re: number; im: number };

export function prod(a: C, b: C): C {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

/** _Py_c_quot (Smith's method); null for division by zero (errno EDOM). */
export function quot(a: C, b: C): C | null {
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
export function twoSum(a: number, b: number): [number, number] {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

/** a * b = hi + lo exactly (Dekker's product with Veltkamp splitting). */
export function twoProd(a: number, b: number): [number, number] {
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
export function cpow(a: C, b: C): C | null {
  if (b.re === 0 && b.im === 0) return { re: 1, im: 0 };
  if (a.re === 0 && a.im === 0) {
    if (b.im !== 0 || b.re < 0) return null;
    return { re: 0, im: 0 };
  }
  const vabs = hypot(a.re, a.im);
  let len = libm.pow(vabs, b.re);
  const at = libm.atan2(a.im, a.re);
  let phase = at * b.re;
  if (b.im !== 0) {
    len /= libm.exp(at * b.im);
    phase += b.im * libm.log(vabs);
  }
  return { re: len * libm.cos(phase), im: len * libm.sin(phase) };
}

/** c_powu: square-and-multiply for a positive integer exponent. */
export function powu(x: C, n: number): C {
  let r: C = { re: 1, im: 0 };
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = prod(r, p);
    p = prod(p, p);
  }
  return r;
}

/** c_powi: exponents within ±100 by repeated multiplication, others through c_pow. */
export function powi(x: C, n: number): C | null {
  if (n > 100 || n < -100) return cpow(x, { re: n, im: 0 });
  if (n > 0) return powu(x, n);
  return quot({ re: 1, im: 0 }, powu(x, -n));
}

/** complex_pow: an integral real exponent goes through c_powi; errno's EDOM and ERANGE as results. */
export function complexPower(a: C, b: C): C | 'EDOM' | 'ERANGE' {
  const n = Math.trunc(b.re);
  const p = b.im === 0 && b.re === n && Number.isSafeInteger(n) ? powi(a, n) : cpow(a, b);
  if (p === null) return 'EDOM';
  // Py_ADJUST_ERANGE2: an infinite part is an overflow.
  if (Math.abs(p.re) === Infinity || Math.abs(p.im) === Infinity) return 'ERANGE';
  return p;
}
