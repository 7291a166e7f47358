// stringlib over byte arrays (Objects/stringlib: fastsearch, split, count; bytes_methods.c's
// ASCII character classes; Python/pystrhex.c): pure functions the bytes and bytearray
// methods share.
import { valueError } from './exceptions';

export function indexOf(h: Uint8Array, n: Uint8Array, from: number, to: number): number {
  outer: for (let i = from; i + n.length <= to; i++) {
    for (let k = 0; k < n.length; k++) if (h[i + k] !== n[k]) continue outer;
    return i;
  }
  return -1;
}

export function lastIndexOf(h: Uint8Array, n: Uint8Array, from: number, to: number): number {
  outer: for (let i = to - n.length; i >= from; i--) {
    for (let k = 0; k < n.length; k++) if (h[i + k] !== n[k]) continue outer;
    return i;
  }
  return -1;
}

export function countOf(h: Uint8Array, n: Uint8Array, from: number, to: number): number {
  if (from > h.length) return 0;
  if (n.length === 0) return Math.max(0, to - from + 1);
  let c = 0;
  for (let i = indexOf(h, n, from, to); i >= 0; i = indexOf(h, n, i + n.length, to)) c++;
  return c;
}

export const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
export const isUpper = (c: number): boolean => c >= 65 && c <= 90;
export const isLower = (c: number): boolean => c >= 97 && c <= 122;
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAlpha = (c: number): boolean => isUpper(c) || isLower(c);

export function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function hexOf(d: Uint8Array, sep: string | null, per: number): string {
  const h = Array.from(d, (c) => c.toString(16).padStart(2, '0'));
  if (sep === null || per === 0 || d.length === 0) return h.join('');
  const k = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) {
    // Positive counts group from the right.
    let end = h.length;
    while (end > 0) {
      groups.unshift(h.slice(Math.max(0, end - k), end).join(''));
      end -= k;
    }
  } else {
    for (let i = 0; i < h.length; i += k) groups.push(h.slice(i, i + k).join(''));
  }
  return groups.join(sep);
}

/** bytes.fromhex(string): pairs of hex digits, ASCII whitespace allowed between pairs. */
export function fromHex(s: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  const digit = (k: number): number => {
    const c = k < s.length ? s[k] : '';
    const v = c === '' ? NaN : parseInt(c, 16);
    if (Number.isNaN(v)) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${k}`);
    return v;
  };
  while (i < s.length) {
    if (/[ \t\n\r\v\f]/.test(s[i])) {
      i++;
      continue;
    }
    const hi = digit(i);
    const lo = digit(i + 1);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

/** split on runs of ASCII whitespace (stringlib split_whitespace). */
export function splitWhitespace(d: Uint8Array, max: number, right: boolean): Uint8Array[] {
  const parts: Uint8Array[] = [];
  if (!right) {
    let i = 0;
    while (true) {
      while (i < d.length && isSpace(d[i])) i++;
      if (i === d.length) break;
      if (max >= 0 && parts.length === max) {
        parts.push(d.subarray(i));
        break;
      }
      let j = i;
      while (j < d.length && !isSpace(d[j])) j++;
      parts.push(d.subarray(i, j));
      i = j;
    }
    return parts;
  }
  let j = d.length;
  while (true) {
    while (j > 0 && isSpace(d[j - 1])) j--;
    if (j === 0) break;
    if (max >= 0 && parts.length === max) {
      parts.unshift(d.subarray(0, j));
      break;
    }
    let i = j;
    while (i > 0 && !isSpace(d[i - 1])) i--;
    parts.unshift(d.subarray(i, j));
    j = i;
  }
  return parts;
}

export function splitSep(d: Uint8Array, sep: Uint8Array, max: number, right: boolean): Uint8Array[] {
  if (sep.length === 0) throw valueError('empty separator');
  const parts: Uint8Array[] = [];
  if (!right) {
    let from = 0;
    while (max < 0 || parts.length < max) {
      const i = indexOf(d, sep, from, d.length);
      if (i < 0) break;
      parts.push(d.subarray(from, i));
      from = i + sep.length;
    }
    parts.push(d.subarray(from));
    return parts;
  }
  let to = d.length;
  while (max < 0 || parts.length < max) {
    const i = lastIndexOf(d, sep, 0, to);
    if (i < 0) break;
    parts.unshift(d.subarray(i + sep.length, to));
    to = i;
  }
  parts.unshift(d.subarray(0, to));
  return parts;
}
