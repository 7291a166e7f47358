// SyntaxError (Objects/exceptions.c SyntaxError_init, SyntaxError_str, SyntaxError_members): msg
// and the (filename, lineno, offset, text[, end_lineno, end_offset]) info tuple a script passes,
// str() with the file's base name and line, and 3.8-3.9's "Missing parentheses" message.
import * as abs from './abstract';
import { defMembers, setMember } from './exception-methods';
import { baseExceptionType, indexError, PyBaseException, SyntaxError, typeError } from './exceptions';
import { intType, PyInt } from './int';
import type { PyObject } from './object';
import { None } from './singletons';
import { newStr, PyStr, internStr } from './str';
import { sequenceTuple } from './sequence';
import { inVersions } from './typeobject';
import { firstInRun, R } from '../state';

/** PySyntaxErrorObject's object fields, in SyntaxError_members' (and SyntaxError_clear's) order. */
const NAMES = ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'] as const;
const N = NAMES.length;
const [MSG, FILENAME, LINENO, , TEXT, END_LINENO, END_OFFSET] = NAMES.map((_, i) => i);

const member = (e: PyBaseException, i: number): PyObject | null => e.members?.[i] ?? null;

SyntaxError.tp_init = (self, args, kwnames, argsTuple) => {
  baseExceptionType.tp_init!(self, args, kwnames, argsTuple);
  const e = self as PyBaseException;
  if (args.length >= 1) setMember(e, MSG, N, args[0]);
  if (args.length !== 2) return;
  const info = sequenceTuple(args[1]);
  try {
    const items = info.items;
    if (R.minor <= 9) {
      // Up to 3.9 exactly four items, with Python 2.4's message.
      if (items.length !== 4) throw indexError('tuple index out of range');
      for (let i = 0; i < 4; i++) setMember(e, FILENAME + i, N, items[i]);
    } else {
      // PyArg_ParseTuple(info, "OOOO|OO") over fields it sets without releasing what they held.
      const m = (e.members ??= new Array<PyObject | null>(N).fill(null));
      m[END_LINENO] = m[END_OFFSET] = null;
      if (items.length < 4) throw typeError(`function takes at least 4 arguments (${items.length} given)`);
      if (items.length > 6) throw typeError(`function takes at most 6 arguments (${items.length} given)`);
      items.forEach((v, i) => (m[FILENAME + i] = abs.incref(v)));
    }
  } finally {
    abs.decref(info);
  }
  if (R.minor >= 10) {
    if (member(e, END_LINENO) !== null && member(e, END_OFFSET) === null) throw typeError('end_offset must be provided when end_lineno is provided');
    return;
  }
  // Issue #21669: only SyntaxError itself, not IndentationError or TabError (issue #31161).
  const text = member(e, TEXT);
  if (self.ob_type === SyntaxError && text instanceof PyStr) reportMissingParentheses(e, text.value);
};

const isSpace = (c: string): boolean => /[\s\x1c-\x1f\x85]/.test(c);

/** _report_missing_parentheses (3.8-3.9): a line with no '(' that is a Python 2 print or exec statement. */
function reportMissingParentheses(e: PyBaseException, text: string): void {
  if (text.includes('(')) return;
  if (checkForLegacyStatements(e, text, 0)) return;
  const colon = text.indexOf(':');
  if (colon >= 0) checkForLegacyStatements(e, text, colon + 1);
}

/** _check_for_legacy_statements: its prefixes are interned on first use and kept in statics. */
function checkForLegacyStatements(e: PyBaseException, text: string, start: number): boolean {
  while (start < text.length && isSpace(text[start])) start++;
  if (start === text.length) return false;
  staticPrefix('print ');
  if (text.startsWith('print ', start)) {
    setLegacyPrintStatementMsg(e, text, start);
    return true;
  }
  staticPrefix('exec ');
  if (!text.startsWith('exec ', start)) return false;
  replaceMsg(e, newStr("Missing parentheses in call to 'exec'"));
  return true;
}

function staticPrefix(v: string): void {
  if (firstInRun(`legacy statement prefix ${v}`)) internStr(v);
}

function replaceMsg(e: PyBaseException, msg: PyStr): void {
  setMember(e, MSG, N, msg);
  abs.decref(msg);
}

/** _set_legacy_print_statement_msg: the statement's argument up to any ';', stripped, in print(...). */
function setLegacyPrintStatementMsg(e: PyBaseException, text: string, start: number): void {
  const from = start + 6;
  const semi = text.indexOf(';', from);
  const data = substring(text, from, semi < 0 ? text.length : semi);
  const sep = newStr(' \t\r\n');
  const stripped = data.value.replace(/^[ \t\r\n]+/, '').replace(/[ \t\r\n]+$/, '');
  const newData = stripped === data.value ? abs.incref(data) : newStr(stripped);
  abs.decref(data);
  abs.decref(sep);
  const end = stripped.endsWith(',') ? ' end=" "' : '';
  const msg = newStr(`Missing parentheses in call to 'print'. Did you mean print(${stripped}${end})?`);
  abs.decref(newData);
  replaceMsg(e, msg);
}

/** PyUnicode_Substring of a part (never the whole string here). */
const substring = (s: string, from: number, to: number): PyStr => newStr(s.slice(from, to));

/** my_basename: what follows the last SEP, or the name itself. */
function basename(name: PyStr): PyStr {
  const i = name.value.lastIndexOf('/');
  return i < 0 ? abs.incref(name) : substring(name.value, i + 1, name.value.length);
}

/** PyLong_AsLongAndOverflow: -1 past a C long. */
function asLong(v: PyInt): string {
  const n = v.big ?? BigInt(v.n);
  return n >= -(2n ** 63n) && n < 2n ** 63n ? String(n) : '-1';
}

/** SyntaxError_str: "msg (file, line N)", with what of the file and the line it has. */
SyntaxError.tp_str = (o) => {
  const e = o as PyBaseException;
  const f = member(e, FILENAME);
  const filename = f instanceof PyStr ? basename(f) : null;
  const lineno = member(e, LINENO);
  const haveLineno = lineno !== null && lineno.ob_type === intType;
  const msg = member(e, MSG) ?? None;
  try {
    if (filename === null && !haveLineno) return abs.strObj(msg);
    // %S: PyObject_Str of msg, released once written.
    const m = abs.strObj(msg);
    const line = haveLineno ? asLong(lineno as PyInt) : '';
    const where = filename !== null && haveLineno ? `${filename.value}, line ${line}` : filename !== null ? filename.value : `line ${line}`;
    const r = newStr(`${m.value} (${where})`);
    abs.decref(m);
    return r;
  } finally {
    if (filename !== null) abs.decref(filename);
  }
};

defMembers(SyntaxError, NAMES);
for (const n of ['end_lineno', 'end_offset']) inVersions(SyntaxError, n, (m) => m >= 10);
