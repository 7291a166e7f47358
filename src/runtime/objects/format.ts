// format(value, spec) (PyObject_Format): a class's __format__, or the format-spec
// mini-language of the builtin types (registered by the types that implement it).
import { RunStop } from '../errors';
import * as abs from './abstract';
import { typeError } from './exceptions';
import { intType } from './int';
import { PyObject } from './object';
import { newStr, PyStr, strType } from './str';
import { identifierUsed } from './identifiers';

/** Builtin formatters by type name: given the object and a non-empty spec, the text. */
export const builtinFormatters = new Map<string, (o: PyObject, spec: string) => string>();

/** Builtin types whose __format__ is not object's (Objects/complexobject.c, bytes has none). */
const OWN_FORMAT = new Set(['int', 'bool', 'float', 'complex', 'str']);

/**
 * Objects/abstract.c PyObject_Format (spec null: none given). Past the fast path for an exact
 * str or int and no spec, __format__ is looked up bound (_PyObject_LookupSpecial): a builtin
 * type's makes a bound builtin method, which 3.8 keeps on its free list once freed.
 */
export function formatObject(o: PyObject, spec: PyStr | null): PyStr {
  if (spec === null || spec.value === '') {
    if (o.ob_type === strType) return abs.incref(o) as PyStr;
    if (o.ob_type === intType) return abs.strObj(o);
  }
  identifierUsed('PyObject_Format:__format__');
  const m = abs.lookupSpecial(o, '__format__');
  if (m === null) throw typeError(`Type ${o.ob_type.tp_name} doesn't define __format__`);
  const s = spec ?? newStr('');
  try {
    const r = abs.call(m, [s]);
    if (!(r instanceof PyStr)) {
      abs.decref(r);
      throw typeError(`__format__ must return a str, not ${r.ob_type.tp_name}`);
    }
    return r;
  } finally {
    abs.decref(m);
    if (spec === null) abs.decref(s);
  }
}

/** The builtin types' __format__ (int, float, complex, str), and object.__format__ for the rest. */
export function builtinFormat(o: PyObject, spec: string): PyStr {
  if (spec === '') return abs.strObj(o);
  for (const t of o.ob_type.tp_mro) {
    const f = builtinFormatters.get(t.tp_name);
    if (f === undefined || t.isHeapType) continue;
    const text = f(o, spec);
    // format_string_internal's fast path (no padding, no cut) writes the str itself into an empty
    // writer, which _PyUnicodeWriter_Finish returns as it is: the very object, a subclass's too.
    if (t === strType && text === (o as PyStr).value) return abs.incref(o) as PyStr;
    return newStr(text);
  }
  // Types with a __format__ of their own that the mini-runtime has not registered yet.
  if (o.ob_type.tp_mro.some((t) => !t.isHeapType && OWN_FORMAT.has(t.tp_name))) {
    throw new RunStop('unsupported', `format spec '${spec}' for ${o.ob_type.tp_name}`);
  }
  // object.__format__ (Objects/typeobject.c object___format___impl): only the empty spec.
  throw typeError(`unsupported format string passed to ${o.ob_type.tp_name}.__format__`);
}
