// A source file's bytes to text as CPython's tokenizer reads them (PEP 263, Parser/tokenizer.c):
// a UTF-8 BOM, a coding declaration on line 1 or 2, else UTF-8, and the SyntaxError CPython
// raises for bytes that are not UTF-8 or an encoding it cannot use.

/** The text; or CPython's SyntaxError, or an encoding the mini-runtime cannot read, with the line. */
export type DecodedSource = { ok: true; text: string } | { ok: false; kind: 'syntax' | 'unsupported'; message: string; line: number };

const BOM = [0xef, 0xbb, 0xbf];
/** tokenizer.c get_coding_spec: a comment naming the encoding. */
const CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** Decode the bytes of the script `file` for CPython 3.minor. */
export function decodeSource(bytes: Uint8Array, minor: number, file: string): DecodedSource {
  let start = 0;
  if (bytes.length >= 3 && BOM.every((b, i) => bytes[i] === b)) start = 3;
  const declared = codingSpec(bytes, start);
  const name = declared === null ? 'utf-8' : normalName(declared.name);
  if (name === 'utf-8') {
    // 3.8-3.10's tokenizer lets an encoded surrogate through; the str literal's decoding fails later.
    const strict = firstInvalidUtf8(bytes, start, 11);
    if (minor <= 10 && strict >= 0 && validUtf8(bytes, strict, 10) !== 0) {
      return { ok: false, kind: 'unsupported', message: 'an encoded surrogate (bytes ED A0-BF ..) is not supported by the mini-runtime', line: lineOf(bytes, strict) };
    }
    const bad = firstInvalidUtf8(bytes, start, minor);
    // The BOM stays as U+FEFF: the SyntaxErrors of the first line show it (syntax/parse.ts).
    if (bad < 0) return { ok: true, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
    const line = lineOf(bytes, bad);
    const pep = minor <= 8 ? 'http://python.org/dev/peps/pep-0263/' : minor <= 10 ? 'https://python.org/dev/peps/pep-0263/' : 'https://peps.python.org/pep-0263/';
    const hex = bytes[bad].toString(16).padStart(2, '0');
    return {
      ok: false,
      kind: 'syntax',
      // 3.10 counts the line after the one it read (tok->lineno is already advanced there).
      message: `Non-UTF-8 code starting with '\\x${hex}' in file ${file} on line ${minor === 10 ? line + 1 : line}, but no encoding declared; see ${pep} for details`,
      line,
    };
  }
  const { name: given, line } = declared!;
  const body = bytes.subarray(start);
  if (name === 'iso-8859-1') return { ok: true, text: latin1(body) };
  // An encoding Python does not know (WHATWG's labels stand in for its codec names).
  if (!knownEncoding(name)) return { ok: false, kind: 'syntax', message: `encoding problem: ${given}`, line };
  // Every codec CPython can read source in agrees with ASCII on bytes below 0x80.
  if (body.every((b) => b < 0x80)) return { ok: true, text: latin1(body) };
  if (name === 'ascii' || name === 'us-ascii') return { ok: false, kind: 'syntax', message: `encoding problem: ${given}`, line };
  return { ok: false, kind: 'unsupported', message: `source encoding '${given}' is not supported by the mini-runtime (it reads UTF-8, Latin-1 and ASCII)`, line };
}

function knownEncoding(name: string): boolean {
  if (name === 'ascii' || name === 'us-ascii') return true;
  try {
    new TextDecoder(name);
    return true;
  } catch {
    return false;
  }
}

/** The declared encoding: on line 1, or on line 2 when line 1 is blank or only a comment. */
function codingSpec(bytes: Uint8Array, start: number): { name: string; line: number } | null {
  const lines = latin1(bytes.subarray(start, start + 1024)).split('\n', 2);
  for (let i = 0; i < lines.length; i++) {
    const m = CODING.exec(lines[i]);
    if (m !== null) return { name: m[1], line: i + 1 };
    if (!/^[ \t\f]*(#.*)?\r?$/.test(lines[i])) break;
  }
  return null;
}

/** Whether decoded source text declares its encoding (CPython's tokenizer then has tok->encoding set). */
export function declaresEncoding(text: string): boolean {
  const lines = text.slice(0, 1024).split('\n', 2);
  for (const l of lines) {
    if (CODING.test(l)) return true;
    if (!/^[ \t\f]*(#.*)?\r?$/.test(l)) break;
  }
  return false;
}

/** tokenizer.c get_normal_name: the spellings of utf-8 and latin-1 it knows. */
function normalName(s: string): string {
  const n = s.toLowerCase().replace(/_/g, '-');
  if (n === 'utf-8' || n.startsWith('utf-8-')) return 'utf-8';
  for (const l of ['latin-1', 'iso-8859-1', 'iso-latin-1']) if (n === l || n.startsWith(`${l}-`)) return 'iso-8859-1';
  return n;
}

/** Where the first byte that does not start a valid UTF-8 sequence is (tokenizer.c valid_utf8), or -1. */
function firstInvalidUtf8(b: Uint8Array, start: number, minor: number): number {
  for (let i = start; i < b.length; ) {
    const n = validUtf8(b, i, minor);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

/** How long the valid sequence at i is, or 0; 3.11+ refuse encoded surrogates (ED A0-BF). */
function validUtf8(b: Uint8Array, i: number, minor: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  let expected: number;
  const next = i + 1 < b.length ? b[i + 1] : 0;
  if (c < 0xe0) {
    if (c < 0xc2) return 0;
    expected = 1;
  } else if (c < 0xf0) {
    if ((c === 0xe0 && next < 0xa0) || (c === 0xed && next >= 0xa0 && minor >= 11)) return 0;
    expected = 2;
  } else if (c < 0xf5) {
    if (next < 0x90 ? c === 0xf0 : c === 0xf4) return 0;
    expected = 3;
  } else return 0;
  for (let k = 1; k <= expected; k++) {
    const d = i + k < b.length ? b[i + k] : 0;
    if (d < 0x80 || d >= 0xc0) return 0;
  }
  return expected + 1;
}

function lineOf(b: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (b[i] === 0x0a) line++;
  return line;
}

/** Each byte as the character of that code point. */
function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

/**
 * What the run writes to stderr for a source it cannot decode: CPython's SyntaxError (3.8 names
 * the file and line first), or the mini-runtime's own stop message.
 */
export function sourceErrorText(e: { kind: 'syntax' | 'unsupported'; message: string; line: number }, file: string, minor: number): string {
  if (e.kind === 'unsupported') return `${file}:${e.line}: ${e.message}\n`;
  return `${minor <= 8 ? `  File "${file}", line ${e.line}\n` : ''}SyntaxError: ${e.message}\n`;
}
