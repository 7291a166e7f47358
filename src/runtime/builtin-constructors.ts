// The constructors of the builtin types int, float, str and bool (their tp_new:
// Objects/longobject.c long_new_impl, floatobject.c float_new_impl, unicodeobject.c
// unicode_new_impl, boolobject.c bool_new), registered by builtins.ts.
import { getIntMaxStrDigits, intLimitText } from './objects/int-limits';
import { isFormatError, parseFloat, parseIntLiteralDigits } from './format';
import { viaFormat } from './objects/floatops';
import { R } from './state';
import * as abs from './objects/abstract';
import { overflowError, typeError, valueError } from './objects/exceptions';
import { floatType, newFloat, newFloatSubtype, PyFloat } from './objects/float';
import { intType, newInt, newIntAsked, newIntBig, newIntSubtype, PyInt } from './objects/int';
import { digitsOf } from './objects/int-limits';
import { badKeyword, between, splitArgs } from './objects/args';
import { PyObject } from './objects/object';
import { boolType, pyBool } from './objects/singletons';
import { newStr, newStrSubtype, PyStr, strType } from './objects/str';
import { preHeaderSize, subclassExtraBytes } from './objects/instance-layout';
import { strFromEncoded } from './objects/codecs';
import { PyBytes } from './objects/bytes';
import { PyByteArray } from './objects/bytearray';
import { identifierUsed } from './objects/identifiers';

intType.tp_new = (t, args, kwnames) => {
  const [pos, kw] = splitArgs(args, kwnames);
  // Objects/longobject.c long_new_impl: int(x=0, /, base=10); 3.13's long_vectorcall checks positionals first.
  if (args.length > 2) throw typeError(R.minor >= 13 && kw.size === 0 ? `int expected at most 2 arguments, got ${args.length}` : `int() takes at most 2 arguments (${args.length} given)`);
  for (const k of kw.keys()) if (k !== 'base') throw badKeyword(k, 'int');
  const baseArg = pos.length >= 2 ? pos[1] : kw.get('base');
  const v = intFromArgs(pos, baseArg);
  if (t === intType) return v;
  // long_subtype_new: the value long_new_impl gives for int, copied into the subclass's instance.
  const o = newIntSubtype(t, v as PyInt);
  abs.decref(v);
  return o;
};

/** long_new_impl for int itself: int(), int(x) or int(x, base). */
function intFromArgs(pos: PyObject[], baseArg: PyObject | undefined): PyObject {
  if (pos.length === 0) {
    if (baseArg !== undefined) throw typeError('int() missing string argument');
    return newInt(0);
  }
  const x = pos[0];
  // PyNumber_Long (int(x) with no base) asks a type with neither nb_int nor nb_index for
  // __trunc__ before it parses a str or bytes.
  const xnb = x.ob_type.tp_as_number;
  if (baseArg === undefined && x.ob_type !== intType && xnb.nb_int === undefined && xnb.nb_index === undefined) identifierUsed('PyNumber_Long:__trunc__');
  let v: PyObject;
  if (baseArg !== undefined || x instanceof PyStr || x instanceof PyBytes || x instanceof PyByteArray) {
    const base = baseArg !== undefined ? abs.asIndex(baseArg) : 10;
    let text: string;
    if (x instanceof PyStr) text = x.value;
    else if (x instanceof PyBytes || x instanceof PyByteArray) text = String.fromCharCode(...x.data);
    else throw typeError("int() can't convert non-string with explicit base");
    const literal = (): { value: bigint; radix: number; digits: number } => {
      try {
        return parseIntLiteralDigits(text, base, getIntMaxStrDigits(), intLimitText());
      } catch (e) {
        // Objects/longobject.c _PyLong_FromBytes: a bytes argument's repr goes in the message.
        if (isFormatError(e) && !(x instanceof PyStr) && e.message.startsWith('invalid literal')) {
          throw valueError(`invalid literal for int() with base ${base}: ${abs.repr(x)}`);
        }
        throw e;
      }
    };
    const { value, radix, digits } = viaFormat(literal);
    v = newIntAsked(value, literalDigitsAsked(value, radix, digits), true);
  } else if (x instanceof PyFloat) {
    if (!Number.isFinite(x.value)) {
      throw Number.isNaN(x.value) ? valueError('cannot convert float NaN to integer') : overflowError('cannot convert float infinity to integer');
    }
    v = newIntBig(BigInt(Math.trunc(x.value)));
  } else if (x.ob_type === intType) {
    // PyNumber_Long: an exact int is its own answer.
    v = abs.incref(x);
  } else if (x instanceof PyInt) {
    v = x.big === null ? newInt(x.n) : newIntBig(x.big);
  } else {
    const f = x.ob_type.tp_as_number.nb_int ?? x.ob_type.tp_as_number.nb_index;
    if (f === undefined) {
      // Objects/abstract.c PyNumber_Long: "real number" since 3.10.
      throw typeError(`int() argument must be a string, a bytes-like object or a ${R.minor >= 10 ? 'real ' : ''}number, not '${x.ob_type.tp_name}'`);
    }
    v = f(x);
  }
  return v;
}


/**
 * The digits PyLong_FromString asks of _PyLong_New: a power-of-two base its bits exactly
 * (long_from_binary_base, leading zeros too), another base digits * log(base) / log(2**30) + 1
 * (one more when that estimate falls short: the "extremely rare" copy).
 */
function literalDigitsAsked(v: bigint, radix: number, digits: number): number {
  if ((radix & (radix - 1)) === 0) return Math.ceil((digits * Math.log2(radix)) / 30);
  return Math.max(Math.floor(digits * (Math.log(radix) / Math.log(1073741824)) + 1), digitsOf(v < 0n ? -v : v));
}

floatType.tp_new = (t, args, kwnames) => {
  noKeywordsAtMostOne('float', args, kwnames);
  if (t === floatType) return floatFromArgs(args);
  const v = floatFromArgs(args);
  const o = newFloatSubtype(t, v.value);
  abs.decref(v);
  return o;
};

/** PyFloat_FromString of bytes or bytearray: their ASCII text parsed, the object itself named on failure. */
function floatFromBytes(x: PyBytes | PyByteArray): PyFloat {
  const text = String.fromCharCode(...x.data);
  // Only ASCII parses: a non-ASCII byte is no digit or space to _Py_string_to_number_with_underscores.
  if (!/[^\x00-\x7f]/.test(text)) {
    try {
      return newFloat(parseFloat(text));
    } catch (e) {
      if (!isFormatError(e)) throw e;
    }
  }
  // float_from_string_inner: text of spaces only fails in PyOS_string_to_double, which shows it stripped.
  if (R.minor <= 9 && /^[ \t\n\v\f\r]*$/.test(text)) throw valueError("could not convert string to float: ''");
  const r = abs.reprObj(x) as PyStr;
  const msg = `could not convert string to float: ${r.value}`;
  abs.decref(r);
  throw valueError(msg);
}

function floatFromArgs(args: PyObject[]): PyFloat {
  if (args.length === 0) return newFloat(0);
  const x = args[0];
  // Objects/floatobject.c float_new_impl: PyFloat_FromString through the shared parser.
  if (x instanceof PyStr) return newFloat(viaFormat(() => parseFloat(x.value, R.minor <= 9)));
  if (x instanceof PyBytes || x instanceof PyByteArray) return floatFromBytes(x);
  const f = abs.numberFloat(x);
  // Objects/abstract.c PyNumber_Float: "real number" since 3.10.
  if (f === null) throw typeError(`float() argument must be a string or a ${R.minor >= 10 ? 'real ' : ''}number, not '${x.ob_type.tp_name}'`);
  return f;
}

strType.tp_new = (t, args, kwnames) => {
  const [pos, kw] = splitArgs(args, kwnames);
  // 3.13 unicode_vectorcall: positional arguments only are counted there (_PyArg_CheckPositional).
  if (R.minor >= 13 && t === strType && kw.size === 0) between('str', pos, 0, 3);
  // str(object, encoding, errors) decodes (objects/codecs.ts).
  // unicode_new: PyArg_ParseTupleAndKeywords(args, kwds, "|Oss:str") counts, then names an unknown keyword.
  if (pos.length + kw.size > 3) throw typeError(`str() takes at most 3 arguments (${pos.length + kw.size} given)`);
  const names = ['object', 'encoding', 'errors'];
  for (let i = 0; i < pos.length && i < 3; i++) {
    if (kw.has(names[i])) throw typeError(`argument for str() given by name ('${names[i]}') and position (${i + 1})`);
  }
  for (const k of kw.keys()) if (!names.includes(k)) throw badKeyword(k, 'str');
  // unicode_new_impl decodes only when given an encoding or errors.
  // The object may be given by name (str(object=x)), as the format's "O" takes it.
  const obj = pos.length > 0 ? pos[0] : kw.get('object');
  const s = pos.length > 1 || kw.has('encoding') || kw.has('errors') ? (strFromEncoded(pos, kw) as PyStr) : obj === undefined ? newStr('') : abs.strObj(obj);
  if (t === strType) return s;
  const o = newStrSubtype(t, s.value, subclassExtraBytes(t), preHeaderSize(t));
  abs.decref(s);
  return o;
};

boolType.tp_new = (_t, args, kwnames) => {
  noKeywordsAtMostOne('bool', args, kwnames);
  return pyBool(args.length > 0 && abs.isTrue(args[0]));
};

/** _PyArg_NoKeywords then PyArg_UnpackTuple(args, name, 0, 1): bool_new, float_new. */
function noKeywordsAtMostOne(name: string, args: PyObject[], kwnames: PyStr[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length > 1) throw typeError(`${name} expected at most 1 argument, got ${args.length}`);
}
