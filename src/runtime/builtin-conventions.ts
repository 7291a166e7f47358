// The calling conventions of the builtins module's functions (Python/bltinmodule.c with
// Python/clinic/bltinmodule.c.h): each function declares its convention once, and its arguments
// are checked here, with CPython's messages, before its body runs.
import { R } from './state';
import { overflowError, typeError } from './objects/exceptions';
import { typeLookup, type PyObject } from './objects/object';
import * as abs from './objects/abstract';
import { numberIndex } from './objects/abstract-number';
import { longAsSsize } from './objects/int-limits';
import { PyInt } from './objects/int';
import { PyFloat } from './objects/float';
import type { NativeFn, NativeMethod } from './objects/function';
import { PyStr } from './objects/str';
import { badKeyword, between, exactly, noKw, tupleArgs } from './objects/args';
import { parserInit } from './objects/builtin-call';

/** Argument Clinic's parameters parsed by _PyArg_UnpackKeywords: `posonly` first, `minpos` required. */
export interface ClinicParams {
  names: readonly string[];
  posonly: number;
  minpos: number;
  maxpos: number;
  /** The last version whose parser makes its keywords' tuple at the first slow parse (parser_init). */
  kwtupleUntil: number;
}

/**
 * METH_O and METH_NOARGS (Objects/methodobject.c cfunction_vectorcall_O/NOARGS), METH_FASTCALL
 * with a positional count (_PyArg_CheckPositional, _PyArg_UnpackStack), METH_VARARGS with
 * PyArg_UnpackTuple's count (cfunction_call refuses keywords, after the tuple is made),
 * or Argument Clinic keywords (METH_FASTCALL | METH_KEYWORDS).
 */
export type Convention =
  | { kind: 'O' }
  | { kind: 'NOARGS' }
  | { kind: 'FASTCALL' | 'VARARGS' | 'PARSETUPLE'; min: number; max: number }
  | ({ kind: 'KEYWORDS' } & ClinicParams);

export const METH_O: Convention = { kind: 'O' };
export const METH_NOARGS: Convention = { kind: 'NOARGS' };
export const fastcall = (min: number, max: number): Convention => ({ kind: 'FASTCALL', min, max });
export const varargs = (min: number, max: number): Convention => ({ kind: 'VARARGS', min, max });
/** METH_VARARGS parsed by PyArg_ParseTuple: "f() takes at least N argument(s) (M given)". */
export const parseTuple = (min: number, max: number): Convention => ({ kind: 'PARSETUPLE', min, max });
export const clinicKeywords = (names: readonly string[], posonly: number, minpos: number, maxpos = names.length, kwtupleUntil = 11): Convention & ClinicParams => ({
  kind: 'KEYWORDS',
  names,
  posonly,
  minpos,
  maxpos,
  kwtupleUntil,
});

/** A body given its arguments by position (KEYWORDS: by parameter, undefined where not given). */
export type Body = (args: Array<PyObject | undefined>) => PyObject;

/** The builtin `name` with its convention: the checks, then the body. */
export function declare(name: string, conv: Convention, body: Body): NativeFn {
  return (args, kwnames) => body(checkArgs(name, conv, args, kwnames));
}

/**
 * A module's function (sys.intern, gc.collect): from 3.9 a METH_O/METH_NOARGS count and a refused
 * keyword (cfunction_check_kwargs) name it by module and name (_PyObject_FunctionStr); a
 * METH_VARARGS refusal (cfunction_call) and the argument parsers by its name alone.
 */
export function declareIn(module: string, name: string, conv: Convention, body: Body): NativeFn {
  const qualified = R.minor >= 9 ? `${module}.${name}` : name;
  return (args, kwnames) => {
    const nkw = kwnames?.length ?? 0;
    if (nkw > 0 && (conv.kind === 'O' || conv.kind === 'NOARGS' || conv.kind === 'FASTCALL')) throw typeError(`${qualified}() takes no keyword arguments`);
    if (conv.kind === 'O' || conv.kind === 'NOARGS') return body(checkArgs(qualified, conv, args, kwnames));
    return body(checkArgs(name, conv, args, kwnames));
  };
}

/** Check a call's arguments against the convention; the positional arguments, or the clinic's buffer. */
export function checkArgs(name: string, conv: Convention, args: PyObject[], kwnames: PyStr[] | null): Array<PyObject | undefined> {
  const nkw = kwnames?.length ?? 0;
  if (conv.kind === 'KEYWORDS') {
    const npos = args.length - nkw;
    return unpackKeywords(name, conv, args.slice(0, npos), (kwnames ?? []).map((k, i) => [k.value, args[npos + i]]));
  }
  // cfunction_check_kwargs (and cfunction_call's check for METH_VARARGS without METH_KEYWORDS).
  if (nkw > 0) throw typeError(`${name}() takes no keyword arguments`);
  const n = args.length;
  if (conv.kind === 'O' && n !== 1) throw typeError(`${name}() takes exactly one argument (${n} given)`);
  if (conv.kind === 'NOARGS' && n !== 0) throw typeError(`${name}() takes no arguments (${n} given)`);
  if (conv.kind === 'FASTCALL' || conv.kind === 'VARARGS') between(name, args, conv.min, conv.max);
  if (conv.kind === 'PARSETUPLE') tupleArgs(name, args, conv.min, conv.max);
  return args;
}

const s = (n: number): string => (n === 1 ? '' : 's');

/**
 * Python/getargs.c _PyArg_UnpackKeywords (3.8-3.13; its fast path has no error): positional
 * counts, then each parameter from the keywords, then the keywords left over. Names in 3.13's
 * error_unexpected_keyword_arg say "got an unexpected keyword argument" (badKeyword).
 */
export function unpackKeywords(fname: string, p: ClinicParams, args: PyObject[], kws: Array<[string, PyObject]>, parser = fname): Array<PyObject | undefined> {
  let nkw = kws.length;
  const nargs = args.length;
  const f = `${fname}()`;
  const maxargs = p.names.length;
  const minposonly = Math.min(p.posonly, p.minpos);
  // The clinic macro's fast path: positional arguments only, within the counts.
  if (nkw === 0 && nargs >= p.minpos && nargs <= p.maxpos) return args.slice();
  // 3.8-3.11 parser_init: the parser's tuple of its keyword names, made at its first slow parse.
  parserInit(parser, p.names.slice(p.posonly), R.minor <= p.kwtupleUntil);
  if (nargs + nkw > maxargs) {
    throw typeError(`${f} takes at most ${maxargs} ${nargs === 0 ? 'keyword ' : ''}argument${s(maxargs)} (${nargs + nkw} given)`);
  }
  if (nargs > p.maxpos) {
    if (p.maxpos === 0) throw typeError(`${f} takes no positional arguments`);
    throw typeError(`${f} takes ${p.minpos < p.maxpos ? 'at most' : 'exactly'} ${p.maxpos} positional argument${s(p.maxpos)} (${nargs} given)`);
  }
  if (nargs < minposonly) {
    throw typeError(`${f} takes ${minposonly < p.maxpos ? 'at least' : 'exactly'} ${minposonly} positional argument${s(minposonly)} (${nargs} given)`);
  }
  const find = (k: string): PyObject | undefined => kws.find(([n]) => n === k)?.[1];
  const buf: Array<PyObject | undefined> = args.slice();
  for (let i = Math.max(nargs, p.posonly); i < maxargs; i++) {
    if (nkw === 0 && i >= p.minpos) break;
    const v = nkw > 0 ? find(p.names[i]) : undefined;
    buf[i] = v;
    if (v !== undefined) nkw--;
    else if (i < p.minpos) throw typeError(`${f} missing required argument '${p.names[i]}' (pos ${i + 1})`);
  }
  if (nkw > 0) {
    for (let i = p.posonly; i < nargs; i++) {
      if (find(p.names[i]) !== undefined) throw typeError(`argument for ${f} given by name ('${p.names[i]}') and position (${i + 1})`);
    }
    const unknown = kws.find(([k]) => p.names.indexOf(k) < p.posonly);
    if (unknown !== undefined) throw badKeyword(unknown[0], fname);
  }
  return buf;
}

/** PyObject_GetAttr/SetAttr's check of the name (3.8-3.10's builtin_getattr and builtin_hasattr say it their way). */
export function attrName(o: PyObject, fn: 'getattr' | 'hasattr' | 'setattr' | 'delattr'): PyStr {
  if (o instanceof PyStr) return o;
  if (R.minor <= 10 && (fn === 'getattr' || fn === 'hasattr')) throw typeError(`${fn}(): attribute name must be string`);
  throw typeError(`attribute name must be string, not '${o.ob_type.tp_name}'`);
}

/** Argument Clinic's int converter (3.8-3.9 _PyLong_AsInt, __int__ allowed; 3.10+ __index__ only): as chr's and str.expandtabs' arguments. */
export function clinicInt(o: PyObject): number {
  if (R.minor <= 9 && !(o instanceof PyInt)) {
    if (o instanceof PyFloat) throw typeError('integer argument expected, got float');
    if (typeLookup(o.ob_type, '__index__') === null && typeLookup(o.ob_type, '__int__') === null) {
      throw typeError(`an integer is required (got type ${o.ob_type.tp_name})`);
    }
  }
  // _PyLong_AsInt (PyLong_AsLongAndOverflow): the int itself or its __index__'s (an int, checked),
  // then past a C int an OverflowError of its own, not PyNumber_AsSsize_t's.
  let v: bigint;
  if (o instanceof PyInt) v = o.toBigInt();
  else {
    const i = numberIndex(o);
    v = i.toBigInt();
    abs.decref(i);
  }
  if (v > 2147483647n || v < -2147483648n) throw overflowError('Python int too large to convert to C int');
  return Number(v);
}

/** Argument Clinic's Py_ssize_t converter: 3.8-3.9 refuse a float first, then PyNumber_Index and PyLong_AsSsize_t. */
export function clinicSsize(o: PyObject): number {
  if (R.minor <= 9 && o instanceof PyFloat) throw typeError('integer argument expected, got float');
  const i = numberIndex(o);
  const v = i.toBigInt();
  abs.decref(i);
  return longAsSsize(v);
}

/**
 * A method's arguments checked by its convention: keywords refused, then METH_O/NOARGS by its
 * qualified name, counts by its own. A clinic KEYWORDS method gets its parameters in order
 * (undefined where not given) and no keywords.
 */
export function checkedMethod(qualname: string, convention: Convention | ((minor: number) => Convention), fn: NativeMethod): NativeMethod {
  const fname = qualname.slice(qualname.lastIndexOf('.') + 1);
  return (self, a, kw) => {
    const conv = typeof convention === 'function' ? convention(R.minor) : convention;
    if (conv.kind === 'KEYWORDS') {
      const npos = a.length - (kw?.length ?? 0);
      // Each method has its own static _PyArg_Parser: keyed by the qualified name.
      const buf = unpackKeywords(fname, conv, a.slice(0, npos), (kw ?? []).map((k, i) => [k.value, a[npos + i]]), qualname);
      return fn(self, buf as PyObject[], null);
    }
    noKw(qualname, kw);
    if (conv.kind === 'O' || conv.kind === 'NOARGS') exactly(qualname, a, conv.kind === 'O' ? 1 : 0);
    else if (conv.kind === 'PARSETUPLE') tupleArgs(fname, a, conv.min, conv.max);
    else between(fname, a, conv.min, conv.max);
    return fn(self, a, kw);
  };
}

/**
 * The keepends argument of splitlines: 3.8-3.9's clinic 'i' converter (__int__ allowed),
 * 3.10-3.11's _PyLong_AsInt (__index__), 3.12's bool converter (PyObject_IsTrue).
 */
export function keependsArg(o: PyObject | undefined): boolean {
  if (o === undefined) return false;
  if (R.minor <= 11) return clinicInt(o) !== 0;
  return abs.isTrue(o);
}

/** _PyEval_SliceIndex: a start or end argument without __index__ is refused in the slice's words. */
export function sliceIndex(o: PyObject): number {
  if (!(o instanceof PyInt) && o.ob_type.tp_as_number.nb_index === undefined) {
    throw typeError('slice indices must be integers or None or have an __index__ method');
  }
  return abs.asIndex(o);
}
