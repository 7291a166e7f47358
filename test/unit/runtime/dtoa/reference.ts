// Digits the dtoa.c port must give, computed another way: exact decimal expansions of the
// double (m * 2**e is m * 5**-e / 10**-e), rounded half to even, and ECMAScript's shortest.
import { decompose } from '../../../../src/runtime/dtoa/words';

/** Digits without trailing zeros ("" when the value rounded to zero); value = 0.digits * 10**decpt. */
export interface Digits {
  readonly digits: string;
  readonly decpt: number;
}

function exactDigits(x: number): Digits {
  const { m, e } = decompose(x);
  const s = e >= 0 ? (m << BigInt(e)).toString() : (m * 5n ** BigInt(-e)).toString();
  return { digits: s.replace(/0+$/, ''), decpt: e >= 0 ? s.length : s.length + e };
}

/** Keeps the first `keep` digits of an exact expansion, rounding half to even. */
function roundAt(d: Digits, keep: number): Digits {
  const { digits, decpt } = d;
  if (keep >= digits.length) return d;
  if (keep < 0) return { digits: '', decpt };
  const next = digits.charCodeAt(keep) - 48;
  // Digits are stripped of trailing zeros, so anything after a 5 is nonzero.
  const up = next !== 5 ? next > 5 : keep + 1 < digits.length || (keep > 0 && (digits.charCodeAt(keep - 1) - 48) % 2 === 1);
  const kept = digits.slice(0, keep);
  if (!up) return { digits: kept.replace(/0+$/, ''), decpt };
  let i = kept.length - 1;
  while (i >= 0 && kept[i] === '9') i--;
  if (i < 0) return { digits: '1', decpt: decpt + 1 };
  return { digits: kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1), decpt };
}

/** Mode 0: the shortest digits that read back as x (ECMAScript picks the same ones as dtoa). */
export function shortestDigits(x: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const [mant, exp] = Math.abs(x).toExponential().split('e');
  return { digits: mant.replace('.', '').replace(/0+$/, ''), decpt: Number(exp) + 1 };
}

/** Mode 2: `n` (>= 1) significant digits. */
export function precisionDigits(x: number, n: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  return roundAt(exactDigits(x), n);
}

/** Mode 3: `n` digits after the decimal point (n may be negative: tens, hundreds...). */
export function fixedDigits(x: number, n: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const d = exactDigits(x);
  const r = roundAt(d, d.decpt + n);
  return r.digits === '' ? { digits: '', decpt: -n } : r;
}
