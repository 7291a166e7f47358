// print() (Python/bltinmodule.c builtin_print): each argument, separator and end is written
// apart through the file's write method (PyFile_WriteObject, PyFile_WriteString).
import { R } from './state';
import { parserInit } from './objects/builtin-call';
import * as abs from './objects/abstract';
import { typeError } from './objects/exceptions';
import { badKeyword, splitArgs } from './objects/args';
import { PyObject } from './objects/object';
import { None } from './objects/singletons';
import { internStr, newStr, PyStr } from './objects/str';
import { newTuple, PyTuple } from './objects/tuple';
import { identifierUsed } from './objects/identifiers';

/** PyFile_WriteObject with Py_PRINT_RAW: file.write(str(v)). */
function fileWriteObject(v: PyObject, file: PyObject): void {
  identifierUsed('PyFile_WriteObject:write');
  const writer = abs.getAttr(file, internStrTmp('write'));
  let value: PyStr;
  try {
    value = abs.strObj(v);
  } catch (e) {
    abs.decref(writer);
    throw e;
  }
  try {
    abs.decref(abs.call(writer, [value]));
  } finally {
    abs.decref(value);
    abs.decref(writer);
  }
}

/** print's sep or end: the object given, or PyFile_WriteString of the default. */
function fileWrite(given: PyObject | null, dflt: string, file: PyObject): void {
  if (given !== null) return fileWriteObject(given, file);
  const v = newStr(dflt);
  try {
    fileWriteObject(v, file);
  } finally {
    abs.decref(v);
  }
}

const PRINT_KEYWORDS = ['sep', 'end', 'file', 'flush'];

export function builtinPrint(args: PyObject[], kwnames: PyStr[] | null): PyObject {
  // builtin_print (Python/bltinmodule.c): each argument, separator and end is written apart.
  const [pos, kw] = splitArgs(args, kwnames);
  // 3.11's clinic print parses every call; 3.8-3.10's only one with keywords.
  if (R.minor === 11 || (R.minor <= 10 && kwnames !== null && kwnames.length > 0)) parserInit('print', PRINT_KEYWORDS);
  // The parser names a keyword it does not know (error_unexpected_keyword_arg).
  for (const k of kw.keys()) if (!PRINT_KEYWORDS.includes(k)) throw badKeyword(k, 'print');
  const opt = (name: string): PyObject | null => {
    const v = kw.get(name);
    if (v === undefined || v === None) return null;
    if (!(v instanceof PyStr)) throw typeError(`${name} must be None or a string, not ${v.ob_type.tp_name}`);
    return v;
  };
  const sep = opt('sep');
  const end = opt('end');
  const fileArg = kw.get('file');
  const file = fileArg === undefined || fileArg === None ? R.stdout : fileArg;
  if (fileArg === undefined || fileArg === None) identifierUsed('bltinmodule.c:stdout');
  // From 3.11 Argument Clinic gathers *args into a tuple for the call (_PyArg_UnpackKeywordsWithVararg).
  let varargs: PyTuple | null = null;
  if (R.minor >= 11) {
    for (const o of pos) R.heap.incref(o);
    varargs = newTuple(pos);
  }
  try {
    pos.forEach((o, i) => {
      if (i > 0) fileWrite(sep, ' ', file);
      fileWriteObject(o, file);
    });
    fileWrite(end, '\n', file);
    const flush = kw.get('flush');
    if (flush !== undefined && abs.isTrue(flush)) {
      identifierUsed('bltinmodule.c:flush');
      const method = abs.getAttr(file, internStrTmp('flush'));
      try {
        abs.decref(abs.call(method, []));
      } finally {
        abs.decref(method);
      }
    }
  } finally {
    // The clinic wrapper releases its *args tuple once builtin_print_impl (flush included) returns.
    if (varargs !== null) abs.decref(varargs);
  }
  R.heap.incref(None);
  return None;
}

function internStrTmp(v: string): PyStr {
  const s = internStr(v);
  abs.decref(s);
  return s;
}
