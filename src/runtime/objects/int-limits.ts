// How big an int may get: the bit length in linear time, the heap budget checked before a
// huge result is computed, and the int/str conversion limit (sys.set_int_max_str_digits).
import { R } from '../state';
import { BudgetExceeded, PyErr } from '../errors';
import { overflowError, valueError } from './exceptions';

// A double's bits, to read its binary exponent (a little-endian engine: the high word second).
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** Bits of |n| for an integer-valued double. */
export function bitLengthOf(n: number): number {
  if (n < 0) n = -n;
  if (n < 4294967296) return 32 - Math.clz32(n);
  f64[0] = n;
  return ((u32[1] >>> 20) & 0x7ff) - 1022;
}

/** Bits of |v| (0 for 0): the exponent of Number(v), else in time linear in the size (repeated division would be quadratic). */
export function bitLength(v: bigint): number {
  const n = Number(v);
  f64[0] = n;
  const hi = u32[1];
  const e = (hi >>> 20) & 0x7ff;
  if (e === 0) return 0;
  if (e < 1023 + 53) return e - 1022;
  if (e < 0x7ff) {
    // Number() rounds to nearest: |v| just below a power of two can round up onto it.
    const power = (hi & 0xfffff) === 0 && u32[0] === 0;
    return power && (n > 0 ? v < n : v > n) ? e - 1023 : e - 1022;
  }
  const hex = (v < 0n ? -v : v).toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/** The 30-bit digits of |v| (Py_SIZE's magnitude). */
export const digitsOf = (v: bigint): number => Math.ceil(bitLength(v) / 30);

/** LONG_MAX and LONG_MIN of the 64-bit builds modeled (Py_ssize_t and Py_hash_t have the same range). */
export const LONG_MAX = 2n ** 63n - 1n;
export const LONG_MIN = -(2n ** 63n);

/**
 * A repeat's size passes PY_SSIZE_T_MAX: the `size > PY_SSIZE_T_MAX / n` of the repeat
 * functions, and for lists and tuples PyMem_New's check on the bytes of len * n pointers.
 */
export function repeatSizeOverflows(len: number, n: number, itemSize = 1): boolean {
  // Below 2**53 the double product is exact and far short of the limit: no bigints on the common path.
  if (n <= 0 || len * n * itemSize < 2 ** 53) return false;
  return BigInt(len) * BigInt(n) * BigInt(itemSize) > LONG_MAX;
}

/** PyLong_AsSsize_t (a Py_ssize_t is a C long on the 64-bit builds measured): OverflowError where it does not fit. */
export function longAsSsize(v: bigint): number {
  if (v > LONG_MAX || v < LONG_MIN) throw overflowError('Python int too large to convert to C ssize_t');
  return Number(v);
}

/** V8 refuses bigints past 2**30 bits; CPython would go on until memory runs out. */
const MAX_BIGINT_BITS = 2 ** 30;

/**
 * Stop the run before computing an int of about `bits` bits that the heap budget cannot
 * hold (10**10**10 would otherwise block the engine in one bigint operation).
 */
export function checkIntBits(bits: number): void {
  const bytes = Math.ceil(bits / 30) * 4 + 24;
  if (bits > MAX_BIGINT_BITS || bytes > R.heap.budgetBytes - R.heap.liveBytes) {
    const size = bits > 2 ** 40 ? `about 2**${Math.round(Math.log2(bits))} bits` : `${Math.round(bits).toLocaleString('en-US')} bits`;
    throw new BudgetExceeded(
      'heap',
      `the script builds an int of ${size}, more than the modeled heap may hold (${Math.round(R.heap.budgetBytes / 1048576)} MiB) or the mini-runtime can compute`,
    );
  }
}

/** Python/sysmodule.c: _PY_LONG_DEFAULT_MAX_STR_DIGITS (3.8.14+, 3.9.14+, 3.10.7+, 3.11+). */
const DEFAULT_MAX_STR_DIGITS = 4300;
/** _PY_LONG_MAX_STR_DIGITS_THRESHOLD: the smallest limit set_int_max_str_digits accepts. */
export const MAX_STR_DIGITS_THRESHOLD = 640;
let maxStrDigits = DEFAULT_MAX_STR_DIGITS;

export function resetIntLimits(): void {
  maxStrDigits = DEFAULT_MAX_STR_DIGITS;
}
export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}
export function setIntMaxStrDigits(n: number): void {
  if (n !== 0 && n < MAX_STR_DIGITS_THRESHOLD) throw valueError(`maxdigits must be 0 or larger than ${MAX_STR_DIGITS_THRESHOLD}`);
  maxStrDigits = n;
}

/** 3.11 added the word "digits" after the limit in both messages. */
export function intLimitText(): string {
  return R.minor >= 11 ? `${maxStrDigits} digits` : `${maxStrDigits}`;
}

/** Objects/longobject.c long_to_decimal_string_internal: the decimal text of a big int, within the limit. */
export function decimalString(v: bigint): string {
  if (maxStrDigits > 0) {
    // The cheap pre-check on the number of 30-bit digits, before any conversion work.
    const size = digitsOf(v);
    if (size >= Math.floor((10 * maxStrDigits) / (3 * 30)) + 2) throw strDigitsError();
  }
  const s = v.toString();
  if (maxStrDigits > 0 && s.length - (v < 0n ? 1 : 0) > maxStrDigits) throw strDigitsError();
  return s;
}

function strDigitsError(): PyErr {
  return valueError(`Exceeds the limit (${intLimitText()}) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
}

/** Objects/longobject.c long_from_string_base: a decimal (non power-of-two base) literal over the limit. */
export function checkParseDigits(digits: number, base: number): void {
  if (maxStrDigits > 0 && (base & (base - 1)) !== 0 && digits > maxStrDigits) {
    throw valueError(
      `Exceeds the limit (${intLimitText()}) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
}
