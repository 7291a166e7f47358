// How an uncaught SyntaxError a script raised is shown: the file and line it names, its text
// with a caret, then its msg (Python/pythonrun.c print_exception_file_and_line,
// parse_syntax_error, print_error_text up to 3.12; Lib/traceback.py _format_syntax_error in 3.13).
import * as abs from './objects/abstract';
import { PyErr } from './errors';
import { PyBaseException, SyntaxError } from './objects/exceptions';
import { PyInt } from './objects/int';
import { LONG_MAX, LONG_MIN } from './objects/int-limits';
import { isSubtype, PyObject } from './objects/object';
import { None } from './objects/singletons';
import { cIdentifier, PyStr } from './objects/str';
import { SPACE } from './objects/str-methods';
import { R } from './state';

/** PyUnicode_AsUTF8: the C display functions below count the text's bytes, not its characters. */
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
// ignoreBOM: a text that starts with U+FEFF keeps it (TextDecoder drops a leading BOM by default).
const fromUtf8 = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const NL = 10;
const isLeading = (b: number): boolean => b === 32 || b === 9 || b === 12;

/** The lines before the last one (each ends in a newline), and what follows "Name: " on it ('' for the name alone). */
export interface SyntaxErrorShown {
  lines: string[];
  message: string;
}

/** PyObject_GetAttr with the C code's identifier for the name (a new reference). */
function getAttrId(e: PyObject, name: string): PyObject {
  const id = cIdentifier(name);
  try {
    return abs.getAttr(e, id);
  } finally {
    abs.decref(id);
  }
}

/** The attribute, or null where getting it raises (the display then falls back). */
function attr(e: PyObject, name: string): PyObject | null {
  try {
    return getAttrId(e, name);
  } catch (err) {
    if (err instanceof PyErr) return null;
    throw err;
  }
}

/** PyLong_AsSsize_t (3.8-3.9: _PyLong_AsInt) of an int, else null (the error parse_syntax_error gives up on). */
function asInt(v: PyObject): number | null {
  if (!(v instanceof PyInt)) return null;
  const b = v.toBigInt();
  const [lo, hi] = R.minor <= 9 ? [-(2n ** 31n), 2n ** 31n - 1n] : [LONG_MIN, LONG_MAX];
  return b < lo || b > hi ? null : Number(b);
}

/** The SyntaxError display of exc, or null for the ordinary "Name: str(exc)" one. */
export function syntaxErrorShown(exc: PyBaseException): SyntaxErrorShown | null {
  if (R.minor >= 13) return isSubtype(exc.ob_type, SyntaxError) ? formatSyntaxError(exc) : null;
  // print_exception_file_and_line: any exception with a print_file_and_line attribute.
  const marker = abs.lookupAttrId(exc, 'print_file_and_line');
  if (marker === null) return null;
  abs.decref(marker);
  const parsed = parseSyntaxError(exc);
  if (parsed === null) return null;
  const { message, filename, lineno, offset, endOffset, text } = parsed;
  const lines = [`  File "${filename}", line ${lineno}\n`];
  if (text instanceof PyStr) lines.push(...textWithCaret(text.value, offset < 0 ? null : offset, endOffset < 0 ? null : endOffset, parsed.endLineno > lineno));
  return { lines, message: abs.str(message) };
}

/**
 * A SyntaxError's line of source and the carets under its range, as the run's version draws
 * them (print_error_text up to 3.12, traceback.py's _format_syntax_error in 3.13): offset and
 * endOffset are 1-based (null for None); past: the range goes on past this line.
 */
export function textWithCaret(text: string, offset: number | null, endOffset: number | null, past: boolean): string[] {
  if (R.minor >= 13) return caretLines313(text, offset, endOffset, past);
  if (R.minor === 8) return errorText38(offset ?? -1, text);
  let end = endOffset ?? -1;
  if (R.minor >= 10) {
    // Only the first line of a range over several is underlined, to its end, and never past it.
    const size = utf8(text).length;
    if (past) end = size;
    if (end > size + 1) end = size + 1;
  }
  return errorText(offset ?? -1, end, text);
}

interface Parsed {
  message: PyObject;
  filename: string;
  lineno: number;
  offset: number;
  endLineno: number;
  endOffset: number;
  text: PyObject;
}

/** parse_syntax_error: null where an attribute is missing or a number is no int. */
function parseSyntaxError(e: PyBaseException): Parsed | null {
  const get = (n: string): PyObject | null => {
    const v = attr(e, n);
    if (v !== null) abs.decref(v);
    return v;
  };
  const message = get('msg');
  const f = get('filename');
  const l = get('lineno');
  if (message === null || f === null || l === null) return null;
  const lineno = asInt(l);
  const o = get('offset');
  if (lineno === null || o === null) return null;
  const offset = o === None ? -1 : asInt(o);
  if (offset === null) return null;
  let endLineno = lineno;
  let endOffset = -1;
  // 3.10+: SyntaxError's own end_lineno and end_offset (its subclasses' are not read).
  if (R.minor >= 10 && e.ob_type === SyntaxError) {
    const el = get('end_lineno');
    const eo = get('end_offset');
    if (el === null || eo === null) return null;
    const a = el === None ? lineno : asInt(el);
    const b = eo === None ? -1 : asInt(eo);
    if (a === null || b === null) return null;
    [endLineno, endOffset] = [a, b];
  }
  const text = get('text');
  if (text === null) return null;
  return { message, filename: f === None ? '<string>' : abs.str(f), lineno, offset, endLineno, endOffset, text };
}

/** 3.9-3.12's print_error_text: the line of the text the offset is on, stripped, and carets under the range, by UTF-8 bytes. */
function errorText(offset1: number, endOffset: number, text: string): string[] {
  // 3.10+ underline end_offset - offset characters (at least one); 3.9 one.
  const reps = R.minor >= 10 && endOffset > 0 && endOffset > offset1 ? endOffset - offset1 : 1;
  let offset = offset1 - 1;
  let t = utf8(text);
  let lead = 0;
  while (lead < t.length && isLeading(t[lead])) lead++;
  t = t.subarray(lead);
  offset -= lead;
  let len = t.length - (t[t.length - 1] === NL ? 1 : 0);
  if (offset > len) offset = len;
  for (;;) {
    const nl = t.indexOf(NL);
    if (nl < 0 || nl >= offset) break;
    t = t.subarray(nl + 1);
    len -= nl + 1;
    offset -= nl + 1;
  }
  const out = [`    ${fromUtf8(t)}${t[len] === NL ? '' : '\n'}`];
  if (offset < 0) return out;
  out.push(`    ${' '.repeat(offset)}${'^'.repeat(reps)}\n`);
  return out;
}

/** 3.8's print_error_text: the offset's line found first, then stripped, by UTF-8 bytes; offset -1 (None) draws no caret. */
function errorText38(offset0: number, text: string): string[] {
  let offset = offset0;
  let t = utf8(text);
  if (offset >= 0) {
    if (offset > 0 && offset === t.length && t[offset - 1] === NL) offset--;
    for (;;) {
      const nl = t.indexOf(NL);
      if (nl < 0 || nl >= offset) break;
      offset -= nl + 1;
      t = t.subarray(nl + 1);
    }
    let lead = 0;
    while (lead < t.length && isLeading(t[lead])) lead++;
    t = t.subarray(lead);
    offset -= lead;
  }
  const out = [`    ${fromUtf8(t)}${t.length === 0 || t[t.length - 1] !== NL ? '\n' : ''}`];
  if (offset === -1) return out;
  out.push(`    ${' '.repeat(Math.max(0, offset - 1))}^\n`);
  return out;
}

/** 3.13's _format_syntax_error: the text stripped, and carets under the range unless offset is None; it counts code points. */
function caretLines313(text0: string, offset0: number | null, endOffset0: number | null, past: boolean): string[] {
  const text = Array.from(text0);
  let r = text.length;
  while (r > 0 && text[r - 1] === '\n') r--;
  const rtext = text.slice(0, r);
  let l = 0;
  while (l < rtext.length && ' \n\f'.includes(rtext[l])) l++;
  const ltext = rtext.slice(l);
  const spaces = l;
  if (offset0 === null) return [`    ${ltext.join('')}\n`];
  let offset = offset0;
  let endOffset = past ? rtext.length + 1 : endOffset0 !== null && endOffset0 !== 0 ? endOffset0 : offset;
  if (text.length > 0 && offset > text.length) offset = rtext.length + 1;
  if (text.length > 0 && endOffset > text.length) endOffset = rtext.length + 1;
  if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
  const colno = offset - 1 - spaces;
  const endColno = endOffset - 1 - spaces;
  const lines = [`    ${ltext.join('')}\n`];
  if (colno >= 0) {
    // str.isspace keeps tabs and other white space for alignment.
    const caretspace = ltext.slice(0, colno).map((c) => (SPACE.test(c) ? c : ' ')).join('');
    lines.push(`    ${caretspace}${'^'.repeat(Math.max(0, endColno - colno))}\n`);
  }
  return lines;
}

/** 3.13's TracebackException._format_syntax_error, from the exception's attributes as they are. */
function formatSyntaxError(e: PyBaseException): SyntaxErrorShown {
  const get = (n: string): PyObject => {
    const v = getAttrId(e, n);
    abs.decref(v);
    return v;
  };
  const filename = get('filename');
  const lno = get('lineno');
  const endLno = get('end_lineno');
  const textObj = get('text');
  const offsetObj = get('offset');
  const endOffsetObj = get('end_offset');
  const msgObj = get('msg');
  const lineno = lno === None ? null : abs.str(lno);
  const endLineno = endLno === None ? null : abs.str(endLno);
  const lines: string[] = [];
  let suffix = '';
  if (lineno !== null) lines.push(`  File "${abs.isTrue(filename) ? abs.str(filename) : '<string>'}", line ${lineno}\n`);
  else if (filename !== None) suffix = ` (${abs.str(filename)})`;
  if (textObj instanceof PyStr && (offsetObj === None || offsetObj instanceof PyInt)) {
    const offset = offsetObj instanceof PyInt ? offsetObj.toNumber() : null;
    const endOffset = endOffsetObj instanceof PyInt ? endOffsetObj.toNumber() : null;
    lines.push(...caretLines313(textObj.value, offset, endOffset, lineno !== endLineno));
  }
  const msg = abs.isTrue(msgObj) ? abs.str(msgObj) : '<no detail available>';
  return { lines, message: `${msg}${suffix}` };
}
