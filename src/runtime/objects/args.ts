// Argument checks of builtin methods, with CPython's messages (Python/getargs.c
// _PyArg_CheckPositional and friends, Objects/methodobject.c METH_O/METH_NOARGS checks).
import { R } from '../state';
import { typeError } from './exceptions';
import { typeQualname, type PyObject, type PyType } from './object';
import type { NativeMethod } from './function';
import type { PyStr } from './str';

/**
 * The type a bound builtin method being called is bound to (the class itself for a classmethod
 * or a method bound to a type), or null when it was called as a descriptor: Objects/methodobject.c
 * meth_get__qualname__ names the former by its receiver ("tuple.__dir__" for object.__dir__ bound
 * to a tuple), descrobject.c the latter by its owner. Its name is made only for a message.
 */
export const Receiver = { type: null as PyType | null };

/** 3.8 names a builtin method by itself in argument errors; 3.9+ by its qualified name ("list.append"). */
function methName(name: string): string {
  const bare = name.slice(name.lastIndexOf('.') + 1);
  if (R.minor <= 8) return bare;
  return Receiver.type !== null && name.includes('.') ? `${typeQualname(Receiver.type)}.${bare}` : name;
}

/** Objects/methodobject.c: "f() takes no keyword arguments". */
export function noKw(name: string, kw: PyStr[] | null): void {
  if (kw !== null && kw.length > 0) throw typeError(`${methName(name)}() takes no keyword arguments`);
}

/** METH_O / METH_NOARGS argument checks, named as CPython names the method ("list.append"). */
export function exactly(name: string, a: PyObject[], n: 0 | 1): void {
  if (a.length === n) return;
  const m = methName(name);
  throw typeError(n === 0 ? `${m}() takes no arguments (${a.length} given)` : `${m}() takes exactly one argument (${a.length} given)`);
}

/** _PyArg_CheckPositional: "name expected at least/most N argument(s), got M" ("expected N" when min == max). */
export function between(name: string, a: PyObject[], min: number, max: number): void {
  const s = (n: number): string => (n === 1 ? '' : 's');
  if (a.length < min) throw typeError(`${name} expected ${min === max ? '' : 'at least '}${min} argument${s(min)}, got ${a.length}`);
  if (a.length > max) throw typeError(`${name} expected ${min === max ? '' : 'at most '}${max} argument${s(max)}, got ${a.length}`);
}

/** PyArg_ParseTuple's count check (Python/getargs.c vgetargs1): "f() takes at least/at most/exactly N argument(s) (M given)". */
export function tupleArgs(name: string, a: PyObject[], min: number, max: number): void {
  if (a.length >= min && a.length <= max) return;
  const n = a.length < min ? min : max;
  const how = min === max ? 'exactly' : a.length < min ? 'at least' : 'at most';
  throw typeError(`${name}() takes ${how} ${n} argument${n === 1 ? '' : 's'} (${a.length} given)`);
}

/** An unknown keyword: "'k' is an invalid keyword argument for f()", 3.13's clinic says "f() got an unexpected keyword argument 'k'". */
export function badKeyword(name: string, fn: string) {
  return typeError(R.minor >= 13 ? `${fn}() got an unexpected keyword argument '${name}'` : `'${name}' is an invalid keyword argument for ${fn}()`);
}

/**
 * PyArg_ParseTupleAndKeywords(empty tuple, kwds, "|$O...:fn", kwlist), as the exceptions' __init__
 * parse their keyword-only arguments: vgetargskeywords counts them first, then names an unknown
 * one. Each kwlist entry's value from the keywords at the end of args, or null.
 */
export function keywordOnly(fn: string, args: PyObject[], kwnames: PyStr[] | null, kwlist: readonly string[]): (PyObject | null)[] {
  const nkw = kwnames?.length ?? 0;
  const len = kwlist.length;
  if (nkw > len) throw typeError(`${fn}() takes at most ${len} keyword argument${len === 1 ? '' : 's'} (${nkw} given)`);
  for (let i = 0; i < nkw; i++) if (!kwlist.includes(kwnames![i].value)) throw badKeyword(kwnames![i].value, fn);
  return kwlist.map((k) => {
    const i = kwnames?.findIndex((n) => n.value === k) ?? -1;
    return i < 0 ? null : args[args.length - nkw + i];
  });
}

/** Positional and keyword arguments by name (METH_FASTCALL | METH_KEYWORDS methods): undefined where not given. */
export function params(name: string, a: PyObject[], kw: PyStr[] | null, names: string[]): Array<PyObject | undefined> {
  const nkw = kw?.length ?? 0;
  const pos = a.slice(0, a.length - nkw);
  // _PyArg_UnpackKeywords counts positional and keyword arguments together ("keyword" when all are).
  if (a.length > names.length) {
    throw typeError(`${name}() takes at most ${names.length} ${pos.length === 0 ? 'keyword ' : ''}argument${names.length === 1 ? '' : 's'} (${a.length} given)`);
  }
  const out: Array<PyObject | undefined> = [...pos];
  for (let i = 0; i < nkw; i++) {
    const k = kw![i].value;
    const j = names.indexOf(k);
    if (j < 0) throw badKeyword(k, name);
    out[j] = a[a.length - nkw + i];
  }
  return out;
}

/** A METH_NOARGS method: no keywords, no arguments, then fn(self). */
export function noArgsMethod(name: string, fn: (self: PyObject) => PyObject): NativeMethod {
  return (self, a, kw) => {
    noKw(name, kw);
    exactly(name, a, 0);
    return fn(self);
  };
}

/** Split the vectorcall arguments into positional values and a keyword map. */
export function splitArgs(args: PyObject[], kwnames: PyStr[] | null): [PyObject[], Map<string, PyObject>] {
  const nkw = kwnames?.length ?? 0;
  const kw = new Map<string, PyObject>();
  for (let i = 0; i < nkw; i++) kw.set(kwnames![i].value, args[args.length - nkw + i]);
  return [args.slice(0, args.length - nkw), kw];
}

/** _PyArg_BadArgument names None as 'None', other objects by their type. */
export function argTypeName(o: PyObject): string {
  return o.ob_type.tp_name === 'NoneType' ? 'None' : o.ob_type.tp_name;
}
