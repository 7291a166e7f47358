// Text formatting on str (Objects/unicodeobject.c unicode_mod, Objects/stringlib/
// unicode_format.h): `fmt % args`, str.format and format_map, ascii(), and the
// format-spec mini-language of int, bool, float and str, over the pure library in ../format.
import { KEYWORDS, methVarargs, minors } from './builtin-call';
import { R } from '../state';
import * as abs from './abstract';
import { asciiEscape, formatComplex, formatError, formatFloat, formatInt, formatStr, intFormatsAsFloat, isFormatError, parseFormatSpec, percentFormat, PercentCallbacks } from '../format';
import { KeyError, newException, TypeError, indexError, overflowError, valueError } from './exceptions';
import { PyErr } from '../errors';
import { clearError, errorMatches } from './error-match';
import { builtinFormat, builtinFormatters, formatObject } from './format';
import { registerBuiltinFunction } from '../builtins';
import { declare, METH_O } from '../builtin-conventions';
import { exactly, noKw } from './args';
import { complexType, PyComplex } from './complex';
import { floatType, newFloat, PyFloat } from './float';
import { viaFormat } from './floatops';
import { defMethod } from './function';
import { intType, newIntBig, PyInt } from './int';
import { PyObject } from './object';
import { NotImplemented } from './singletons';
import { newStr, PyStr, strType } from './str';
import { PyTuple } from './tuple';

// ---- format(value, spec) of the builtin types ----

/**
 * Python/formatter_unicode.c get_locale_info: a ',' spec takes its separator from
 * PyUnicode_FromOrdinal(','), up to 3.10 a one-character str made on first use and kept.
 */
function localeInfo(spec: string, typeName: string): void {
  if (spec.includes(',') && parseFormatSpec(spec, '', '>', typeName).separators === 'comma') abs.decref(newStr(','));
}

builtinFormatters.set('int', (o, spec) =>
  viaFormat(() => {
    localeInfo(spec, o.ob_type.tp_name);
    const x = (o as PyInt).toBigInt();
    // format_obj (Python/formatter_unicode.c) writes e, f, g and % from PyNumber_Float's float, freed once written.
    const v = Number(x);
    const tmp = Number.isFinite(v) && intFormatsAsFloat(spec, o.ob_type.tp_name) ? newFloat(v) : null;
    try {
      return formatInt(x, spec, o.ob_type.tp_name);
    } finally {
      if (tmp !== null) abs.decref(tmp);
    }
  }),
);
builtinFormatters.set('float', (o, spec) =>
  viaFormat(() => {
    localeInfo(spec, o.ob_type.tp_name);
    return formatFloat((o as PyFloat).value, spec, o.ob_type.tp_name);
  }),
);
builtinFormatters.set('complex', (o, spec) =>
  viaFormat(() => {
    localeInfo(spec, o.ob_type.tp_name);
    return formatComplex((o as PyComplex).real, (o as PyComplex).imag, spec, o.ob_type.tp_name);
  }),
);
builtinFormatters.set('str', (o, spec) => viaFormat(() => formatStr((o as PyStr).value, spec, o.ob_type.tp_name)));

/** ascii(o): repr with every non-ASCII character escaped. */
export function asciiOf(o: PyObject): string {
  return asciiEscape(abs.repr(o));
}

// ---- fmt % args ----

/** The number a conversion slot gives (nb_int, nb_index, nb_float), read and released. */
function viaSlot<T>(o: PyObject, slot: ((a: PyObject) => PyObject) | undefined, read: (r: PyObject) => T | undefined): T | undefined {
  if (slot === undefined) return undefined;
  const r = slot(o);
  try {
    return read(r);
  } finally {
    abs.decref(r);
  }
}
const bigOf = (r: PyObject): bigint | undefined => (r instanceof PyInt ? r.toBigInt() : undefined);

const callbacks: PercentCallbacks<PyObject> = {
  str: (o) => {
    const s = abs.strObj(o);
    const v = s.value;
    abs.decref(s);
    return v;
  },
  repr: (o) => abs.repr(o),
  ascii: asciiOf,
  typeName: (o) => o.ob_type.tp_name,
  tupleItems: (o) => (o instanceof PyTuple ? o.items : undefined),
  isMapping: (o) => o.ob_type.mp_subscript !== undefined,
  getItem: (m, key) => {
    const k = newStr(key);
    try {
      return abs.getItem(m, k);
    } finally {
      abs.decref(k);
    }
  },
  strValue: (o) => (o instanceof PyStr ? o.value : undefined),
  intValue: (o) => (o instanceof PyInt ? o.toBigInt() : undefined),
  toInt: (o) => {
    if (o instanceof PyInt) return o.toBigInt();
    if (o instanceof PyFloat) {
      if (Number.isNaN(o.value)) throw valueError('cannot convert float NaN to integer');
      if (!Number.isFinite(o.value)) throw overflowError('cannot convert float infinity to integer');
      return BigInt(Math.trunc(o.value));
    }
    const n = o.ob_type.tp_as_number;
    try {
      return viaSlot(o, n.nb_int ?? n.nb_index, bigOf);
    } catch (e) {
      // mainformatlong up to 3.9: PyNumber_Long's TypeError became "a number is required".
      if (R.minor > 9 || !errorMatches(e, TypeError)) throw e;
      clearError(e);
      return undefined;
    }
  },
  toIndex: (o) => (o instanceof PyInt ? o.toBigInt() : viaSlot(o, o.ob_type.tp_as_number.nb_index, bigOf)),
  toFloat: (o) => {
    if (o instanceof PyFloat) return o.value;
    // PyFloat_AsDouble: anything else through nb_float (an int's long_float makes a float,
    // freed once read) or else nb_index.
    const n = o.ob_type.tp_as_number;
    return viaSlot(o, n.nb_float ?? n.nb_index, (r) => (r instanceof PyFloat ? r.value : r instanceof PyInt ? r.toNumber() : undefined));
  },
};

/** unicode_mod: only a str on the left formats; anything else is NotImplemented. */
/**
 * One % formatting's state: the str a lone last %s, %r or %a made (an exact str argument itself,
 * which the writer may return), whether the writer got it whole, and ctx->args of a %(key)
 * conversion (owned until the next key replaces it, or the end). A module-level callbacks object
 * reads the current one, so a call makes no closures (a __str__ formatting again nests a state).
 */
interface PercentState {
  held: PyStr | null;
  whole: boolean;
  item: PyObject | null;
}
let state: PercentState = { held: null, whole: false, item: null };
const percentCallbacks: PercentCallbacks<PyObject> = {
  ...callbacks,
  getItem: (m, key) => {
    if (state.item !== null) abs.decref(state.item);
    state.item = null;
    state.item = callbacks.getItem(m, key);
    return state.item;
  },
  textObject: (o, ch) => {
    // unicode_format_arg_format writes an exact int's digits into the writer (a new str).
    if (o.ob_type === intType) return callbacks.str(o);
    state.held = ch === 's' ? abs.strObj(o) : ch === 'r' ? abs.reprObj(o) : abs.asciiObj(o);
    return state.held.value;
  },
  whole: () => {
    state.whole = true;
  },
};

function percentText(fmt: string, args: PyObject): string {
  try {
    return percentFormat(fmt, args, percentCallbacks);
  } catch (e) {
    // 3.8 and 3.9 said "a number is required" for %d/%i/%u (3.10 added "real").
    if (R.minor <= 9 && isFormatError(e)) throw formatError(e.pyType, e.message.replace('a real number is required', 'a number is required'));
    throw e;
  }
}

strType.tp_as_number.nb_remainder = (a, b) => {
  if (!(a instanceof PyStr)) return abs.incref(NotImplemented);
  const outer = state;
  const st: PercentState = (state = { held: null, whole: false, item: null });
  try {
    const text = viaFormat(() => percentText(a.value, b));
    // A format without '%' is written whole (_PyUnicodeWriter_WriteSubstring of all of it): itself.
    if (text !== '' && !a.value.includes('%')) return abs.incref(a);
    if (st.whole && st.held !== null) {
      const r: PyStr = st.held;
      st.held = null;
      return r;
    }
    return newStr(text);
  } finally {
    state = outer;
    if (st.held !== null) abs.decref(st.held);
    if (st.item !== null) abs.decref(st.item);
  }
};

// ---- str.format and str.format_map ----

interface Args {
  /** null for format_map, which has no positional arguments at all. */
  readonly positional: readonly PyObject[] | null;
  /** A keyword's value (a new reference), or null when there is none. */
  keyword(name: string): PyObject | null;
  /** 0: not yet decided; >0: automatic numbering, next index + 1; -1: manual. */
  auto: number;
}

/**
 * do_markup: the format's text and fields written in turn. When the last piece is written into a
 * writer still empty, _PyUnicodeWriter_WriteStr takes that str as it is and the result is that very
 * object: the format itself when it has no braces, or the str a last field gave. `whole` receives it.
 */
function formatWhole(fmt: PyStr, args: Args): PyStr {
  const whole: { obj: PyStr | null } = { obj: null };
  try {
    const text = formatString(fmt.value, args, 2, whole);
    if (whole.obj !== null) {
      const r = whole.obj;
      whole.obj = null;
      return r;
    }
    if (text !== '' && !/[{}]/.test(fmt.value)) return abs.incref(fmt);
    return newStr(text);
  } finally {
    if (whole.obj !== null) abs.decref(whole.obj);
  }
}

/** MarkupIterator + render_field: the text with every replacement field formatted. */
function formatString(fmt: string, args: Args, depth: number, whole?: { obj: PyStr | null }): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i];
    if (c === '}') {
      if (fmt[i + 1] !== '}') throw valueError("Single '}' encountered in format string");
      out += '}';
      i += 2;
      continue;
    }
    if (c !== '{') {
      const next = nextBrace(fmt, i);
      out += fmt.slice(i, next);
      i = next;
      continue;
    }
    if (fmt[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    // The field runs to the matching '}' (nested braces belong to the spec).
    let level = 1;
    let j = i + 1;
    for (; j < n && level > 0; j++) {
      if (fmt[j] === '{') level++;
      else if (fmt[j] === '}') level--;
    }
    if (level > 0) throw valueError(i + 1 === n ? "Single '{' encountered in format string" : "expected '}' before end of string");
    const r = renderField(fmt.slice(i + 1, j - 1), args, depth);
    if (typeof r === 'string') {
      out += r;
    } else if (whole !== undefined && out === '' && j === n && r.value !== '') {
      whole.obj = r;
      return r.value;
    } else {
      out += r.value;
      abs.decref(r);
    }
    i = j;
  }
  return out;
}

function nextBrace(s: string, from: number): number {
  for (let k = from; k < s.length; k++) if (s[k] === '{' || s[k] === '}') return k;
  return s.length;
}

/** The str a field writes whole (a new reference), or the text its formatter writes into the writer. */
function renderField(field: string, args: Args, depth: number): PyStr | string {
  // parse_field: the name ends at ':' or '!' outside brackets.
  let k = 0;
  for (; k < field.length; k++) {
    const ch = field[k];
    if (ch === '{') throw valueError("unexpected '{' in field name");
    if (ch === '[') {
      while (k < field.length && field[k] !== ']') k++;
      continue;
    }
    if (ch === ':' || ch === '!') break;
  }
  const name = field.slice(0, k);
  let conversion = '';
  let spec = '';
  if (field[k] === '!') {
    if (k + 1 >= field.length) throw valueError('end of string while looking for conversion specifier');
    conversion = field[k + 1];
    if (k + 2 < field.length) {
      if (field[k + 2] !== ':') throw valueError("expected ':' after conversion specifier");
      spec = field.slice(k + 3);
    }
  } else if (field[k] === ':') {
    spec = field.slice(k + 1);
  }
  const obj = fieldObject(name, args);
  try {
    let shown: PyObject = obj;
    let owned = false;
    if (conversion !== '') {
      if (conversion === 'r') shown = abs.reprObj(obj);
      else if (conversion === 's') shown = abs.strObj(obj);
      else if (conversion === 'a') shown = abs.asciiObj(obj);
      else throw valueError(`Unknown conversion specifier ${conversion}`);
      owned = true;
    }
    try {
      // The spec may hold replacement fields of its own, one level down.
      const expanded = spec.includes('{') ? formatString(spec, args, depth - 1) : spec;
      // render_field: an exact str, int, float or complex is written by its formatter; any other
      // object gets PyObject_Format with the spec as a str of its own (the empty one if none).
      const t = shown.ob_type;
      const direct = t === strType || t === intType || t === floatType || t === complexType;
      const specObj = direct ? null : newStr(expanded);
      const r = direct ? builtinFormat(shown, expanded) : formatObject(shown, specObj);
      if (specObj !== null) abs.decref(specObj);
      if (t === strType || !direct) return r;
      // int, float and complex formatters write their text into the writer: no str object of their own.
      const v = r.value;
      abs.decref(r);
      return v;
    } finally {
      if (owned) abs.decref(shown);
    }
  } finally {
    abs.decref(obj);
  }
}

/** get_field_object: the first part picks an argument, then `.attr` and `[key]` parts. */
function fieldObject(name: string, args: Args): PyObject {
  const m = /^[^.[]*/.exec(name)!;
  const first = m[0];
  let obj: PyObject;
  if (first === '') {
    if (args.auto < 0) throw valueError('cannot switch from manual field specification to automatic field numbering');
    const index = args.auto === 0 ? 0 : args.auto - 1;
    args.auto = index + 2;
    obj = positional(args, index);
  } else if (/^\d+$/.test(first)) {
    if (args.auto > 0) throw valueError('cannot switch from automatic field numbering to manual field specification');
    args.auto = -1;
    obj = positional(args, Number(first));
  } else {
    const v = args.keyword(first);
    if (v === null) throw new PyErr(newException(KeyError, [newStr(first)]));
    obj = v;
  }
  let rest = name.slice(first.length);
  while (rest !== '') {
    let next: PyObject;
    if (rest[0] === '.') {
      const attr = /^\.([^.[]*)/.exec(rest)![1];
      if (attr === '') throw valueError('Empty attribute in format string');
      const a = newStr(attr);
      try {
        next = abs.getAttr(obj, a);
      } finally {
        abs.decref(a);
      }
      rest = rest.slice(attr.length + 1);
    } else if (rest[0] === '[') {
      const close = rest.indexOf(']');
      if (close < 0) throw valueError("Missing ']' in format string");
      const key = rest.slice(1, close);
      if (key === '') throw valueError('Empty attribute in format string');
      const kobj: PyObject = /^\d+$/.test(key) ? newIntBig(BigInt(key)) : newStr(key);
      try {
        next = abs.getItem(obj, kobj);
      } finally {
        abs.decref(kobj);
      }
      rest = rest.slice(close + 1);
      if (rest !== '' && rest[0] !== '.' && rest[0] !== '[') throw valueError('Only \'.\' or \'[\' may follow \']\' in format field specifier');
    } else {
      throw valueError('Only \'.\' or \'[\' may follow \']\' in format field specifier');
    }
    abs.decref(obj);
    obj = next;
  }
  return obj;
}

function positional(args: Args, index: number): PyObject {
  if (args.positional === null) throw valueError('Format string contains positional fields');
  if (index >= args.positional.length) {
    throw indexError(`Replacement index ${index} out of range for positional args tuple`);
  }
  return abs.incref(args.positional[index]);
}

// do_string_format (Objects/unicodeobject.c) is METH_VARARGS | METH_KEYWORDS.
defMethod(strType, 'format', methVarargs(minors(8) | KEYWORDS, (o: PyObject, a: PyObject[], kw: PyStr[] | null) => {
  const nkw = kw?.length ?? 0;
  const positional = a.slice(0, a.length - nkw);
  const names = new Map<string, PyObject>();
  for (let i = 0; i < nkw; i++) names.set(kw![i].value, a[a.length - nkw + i]);
  const args: Args = { positional, keyword: (name) => (names.has(name) ? abs.incref(names.get(name)!) : null), auto: 0 };
  return formatWhole(o as PyStr, args);
}));

defMethod(strType, 'format_map', (o, a, kw) => {
  // METH_O (Objects/unicodeobject.c; 3.13's clinic too).
  noKw('str.format_map', kw);
  exactly('str.format_map', a, 1);
  const mapping = a[0];
  const args: Args = {
    positional: null,
    keyword: (name) => {
      const k = newStr(name);
      try {
        return abs.getItem(mapping, k);
      } finally {
        abs.decref(k);
      }
    },
    auto: 0,
  };
  return formatWhole(o as PyStr, args);
});

registerBuiltinFunction(
  'ascii',
  declare('ascii', METH_O, ([o]) => abs.asciiObj(o!)),
);
