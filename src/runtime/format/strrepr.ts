// repr() and ascii() of str and bytes, as unicode_repr, PyObject_ASCII and
// bytes_repr print them: quote choice, backslash escapes, printable characters kept.
import { isPrintableCodePoint } from './unicode';

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/** '\xhh', '\uhhhh' or '\Uhhhhhhhh' for one code point (the backslashreplace form). */
export function escapeCodePoint(cp: number): string {
  if (cp <= 0xff) return '\\x' + hex(cp, 2);
  if (cp <= 0xffff) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

/** repr(str) */
export function strRepr(s: string): string {
  // Single quotes unless the text has a ' and no ".
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  // for..of walks code points and yields lone surrogates on their own, as Python sees them.
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f || isPrintableCodePoint(cp)) out += ch;
    else out += escapeCodePoint(cp);
  }
  return out + quote;
}

/** The backslashreplace step of ascii(): every non-ASCII code point escaped. */
export function asciiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    out += cp < 0x80 ? ch : escapeCodePoint(cp);
  }
  return out;
}

/** ascii(str): repr() with the non-ASCII characters escaped. */
export function asciiRepr(s: string): string {
  return asciiEscape(strRepr(s));
}

/** repr(bytes); `prefix` 'bytearray(b' style wrappers are the caller's. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = 'b' + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}
