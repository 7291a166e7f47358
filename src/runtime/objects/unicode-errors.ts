// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError (Objects/exceptions.c): the
// encoding, object, start, end and reason their __init__ parses from args (PyArg_ParseTuple),
// UnicodeError_members, and their __str__ messages.
import * as abs from './abstract';
import { bufferOf } from './bytes-methods';
import { newBytes, PyBytes } from './bytes';
import { defMember, setMember } from './exception-methods';
import { baseExceptionType, PyBaseException, typeError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError } from './exceptions';
import { newIntSsize, PyInt } from './int';
import type { PyObject, PyType } from './object';
import { None } from './singletons';
import { newStr, PyStr } from './str';
import { argTypeName } from './args';
import { longAsSsize } from './int-limits';
import { escapeCodePoint } from '../format/strrepr';

/** PyUnicodeErrorObject's object fields (UnicodeError_clear's order); start and end are e.ssizes. */
const ENCODING = 0;
const OBJECT = 1;
const REASON = 2;
const N = 3;


type Format = 'U' | 'O' | 'n';

/**
 * PyArg_ParseTuple(args, format, ...): the count first, then each item in turn; the fields are
 * written as they are parsed (start and end stay written when a later item fails).
 */
function parse(e: PyBaseException, args: PyObject[], format: Format[], fields: (number | 'start' | 'end')[]): void {
  if (args.length !== format.length) throw typeError(`function takes exactly ${format.length} arguments (${args.length} given)`);
  const got: (PyObject | null)[] = new Array<PyObject | null>(N).fill(null);
  format.forEach((f, i) => {
    const a = args[i];
    const field = fields[i];
    if (f === 'U' && !(a instanceof PyStr)) throw typeError(`argument ${i + 1} must be str, not ${argTypeName(a)}`);
    if (f === 'n') {
      // _PyNumber_Index, then PyLong_AsSsize_t.
      const iobj = abs.numberIndex(a);
      let v: number;
      try {
        v = longAsSsize(iobj.toBigInt());
      } finally {
        abs.decref(iobj);
      }
      (e.ssizes ??= [0, 0])[field === 'start' ? 0 : 1] = v;
      return;
    }
    got[field as number] = a;
  });
  got.forEach((v, i) => {
    if (v !== null) setMember(e, i, N, v);
  });
}

/** Py_CLEAR of the object fields __init__ parses again. */
function clear(e: PyBaseException, fields: number[]): void {
  for (const i of fields) setMember(e, i, N, null);
}

function initWith(format: Format[], fields: (number | 'start' | 'end')[], after?: (e: PyBaseException) => void): PyType['tp_init'] {
  const cleared = fields.filter((f): f is number => typeof f === 'number');
  return (self, args, kwnames, argsTuple) => {
    baseExceptionType.tp_init!(self, args, kwnames, argsTuple);
    const e = self as PyBaseException;
    clear(e, cleared);
    parse(e, args, format, fields);
    after?.(e);
  };
}

// UnicodeEncodeError_init: "UUnnU".
UnicodeEncodeError.tp_init = initWith(['U', 'U', 'n', 'n', 'U'], [ENCODING, OBJECT, 'start', 'end', REASON]);
// UnicodeDecodeError_init: "UOnnU", then any other bytes-like object copied into bytes.
UnicodeDecodeError.tp_init = initWith(['U', 'O', 'n', 'n', 'U'], [ENCODING, OBJECT, 'start', 'end', REASON], (e) => {
  const o = e.members![OBJECT]!;
  if (o instanceof PyBytes) return;
  const data = bufferOf(o);
  if (data === null) {
    clear(e, [ENCODING, OBJECT, REASON]);
    throw typeError(`a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  }
  const b = newBytes(data.slice());
  setMember(e, OBJECT, N, b);
  abs.decref(b);
});
// UnicodeTranslateError_init: "UnnU" (no encoding).
UnicodeTranslateError.tp_init = initWith(['U', 'n', 'n', 'U'], [OBJECT, 'start', 'end', REASON]);

const field = (e: PyBaseException, i: number): PyObject | null => e.members?.[i] ?? null;
const start = (e: PyBaseException): number => e.ssizes?.[0] ?? 0;
const end = (e: PyBaseException): number => e.ssizes?.[1] ?? 0;

/** PyObject_Str, which gives "<NULL>" for a field never set. */
const strOf = (o: PyObject | null): PyStr => (o === null ? newStr('<NULL>') : abs.strObj(o));

const hex = (n: number, w: number): string => n.toString(16).padStart(w, '0');
const codePoints = (o: PyObject): number[] => (o instanceof PyStr ? Array.from(o.value, (c) => c.codePointAt(0)!) : []);

/**
 * The three __str__s: "" before __init__ has set the object; else the message for one bad
 * character or byte, or for the range, made from str() of reason (and of encoding) as they are now.
 */
function unicodeErrorStr(o: PyObject, withEncoding: boolean, one: (e: PyBaseException, enc: string) => string | null, many: string): PyStr {
  const e = o as PyBaseException;
  if (field(e, OBJECT) === null) return newStr('');
  const reason = strOf(field(e, REASON));
  let encoding: PyStr | null = null;
  try {
    encoding = withEncoding ? strOf(field(e, ENCODING)) : null;
    const enc = encoding?.value ?? '';
    const single = one(e, enc);
    const text = single ?? many.replace('{enc}', enc).replace('{range}', `${start(e)}-${end(e) - 1}`);
    return newStr(`${text}: ${reason.value}`);
  } finally {
    abs.decref(reason);
    if (encoding !== null) abs.decref(encoding);
  }
}

/** The bad character when the range is that one character of the str object. */
function badChar(e: PyBaseException): number | null {
  const cps = codePoints(field(e, OBJECT)!);
  const s = start(e);
  return s < cps.length && end(e) === s + 1 ? cps[s] : null;
}

// UnicodeEncodeError_str
UnicodeEncodeError.tp_str = (o) =>
  unicodeErrorStr(
    o,
    true,
    (e, enc) => {
      const c = badChar(e);
      return c === null ? null : `'${enc}' codec can't encode character '${escapeCodePoint(c)}' in position ${start(e)}`;
    },
    "'{enc}' codec can't encode characters in position {range}",
  );
// UnicodeDecodeError_str
UnicodeDecodeError.tp_str = (o) =>
  unicodeErrorStr(
    o,
    true,
    (e, enc) => {
      const b = field(e, OBJECT);
      const data = b instanceof PyBytes ? b.data : new Uint8Array();
      const s = start(e);
      return s < data.length && end(e) === s + 1 ? `'${enc}' codec can't decode byte 0x${hex(data[s], 2)} in position ${s}` : null;
    },
    "'{enc}' codec can't decode bytes in position {range}",
  );
// UnicodeTranslateError_str
UnicodeTranslateError.tp_str = (o) =>
  unicodeErrorStr(
    o,
    false,
    (e) => {
      const c = badChar(e);
      return c === null ? null : `can't translate character '${escapeCodePoint(c)}' in position ${start(e)}`;
    },
    "can't translate characters in position {range}",
  );

/**
 * UnicodeError_members: encoding, object and reason are T_OBJECT; start and end T_PYSSIZET,
 * which PyMember_SetOne writes -1 to before it finds the value is no int (or too large).
 */
function defUnicodeMembers(t: PyType): void {
  const obj = (name: string, i: number) =>
    defMember(
      t,
      name,
      (e) => abs.incref(field(e, i) ?? None),
      (e, v) => setMember(e, i, N, v),
    );
  const num = (name: string, k: 0 | 1) =>
    defMember(
      t,
      name,
      (e) => newIntSsize(e.ssizes?.[k] ?? 0),
      (e, v) => {
        if (v === null) throw typeError("can't delete numeric/char attribute");
        const s = (e.ssizes ??= [0, 0]);
        s[k] = -1;
        if (!(v instanceof PyInt)) throw typeError('an integer is required');
        s[k] = longAsSsize(v.toBigInt());
      },
    );
  obj('encoding', ENCODING);
  obj('object', OBJECT);
  num('start', 0);
  num('end', 1);
  obj('reason', REASON);
}
for (const t of [UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError]) defUnicodeMembers(t);
