// The builtins that consume an iterable whole (Python/bltinmodule.c): sorted (a list, then its
// own sort method) and min/max (min_max, one pass keeping the first best).
import { R } from '../state';
import * as abs from './abstract';
import { typeError, valueError } from './exceptions';
import { NativeFn } from './function';
import { listExtend, newList } from './list';
import { badKeyword } from './args';
import { PyObject } from './object';
import { None } from './singletons';
import { cIdentifier, PyStr } from './str';
import { PyTuple } from './tuple';
import { KEYWORDS, methVarargs, minors, parserInit, Varargs } from './builtin-call';
import { vectorcall } from '../vm/calls';

/** The positional arguments, and the keywords by name. */
export function splitKw(args: PyObject[], kwnames: PyStr[] | null): [PyObject[], Map<string, PyObject>] {
  const nkw = kwnames?.length ?? 0;
  const kw = new Map<string, PyObject>();
  for (let i = 0; i < nkw; i++) kw.set(kwnames![i].value, args[args.length - nkw + i]);
  return [args.slice(0, args.length - nkw), kw];
}

export const sorted: NativeFn = (args, kwnames) => {
  const [pos] = splitKw(args, kwnames);
  if (pos.length !== 1) throw typeError(`sorted expected 1 argument, got ${pos.length}`);
  // PySequence_List, then its sort method with the keywords: builtin_sorted calls the bound
  // method it looks up (3.8: a builtin method from the free list, taken while key runs).
  const l = newList();
  try {
    listExtend(l, pos[0]);
    const name = cIdentifier('sort');
    const sort = abs.getAttr(l, name);
    abs.decref(name);
    try {
      abs.decref(abs.call(sort, args.slice(pos.length), kwnames));
    } finally {
      abs.decref(sort);
    }
  } catch (e) {
    abs.decref(l);
    throw e;
  }
  return l;
};

// builtin_min, builtin_max up to 3.12 are METH_VARARGS | METH_KEYWORDS: the tuple the call
// packs is iterated itself when there are several arguments.
export const min = methVarargs(minors(8, 12) | KEYWORDS, (args: PyObject[], kw: PyStr[] | null) => minMax(args, kw, 0, 'min', R.minor <= 12 ? Varargs.args : null));
export const max = methVarargs(minors(8, 12) | KEYWORDS, (args: PyObject[], kw: PyStr[] | null) => minMax(args, kw, 4, 'max', R.minor <= 12 ? Varargs.args : null));

/** min_max: stream the items, keep the first best (op is Py_LT for min, Py_GT for max). */
function minMax(args: PyObject[], kwnames: PyStr[] | null, op: number, name: string, packed: PyTuple | null): PyObject {
  const [pos, kw] = splitKw(args, kwnames);
  if (pos.length === 0) throw typeError(`${name} expected ${R.minor <= 8 ? '' : 'at least '}1 argument, got 0`);
  // 3.13's min_max parses keywords with a _PyArg_Parser of its own (Python/bltinmodule.c),
  // which makes its keyword tuple on first use, before checking them; up to 3.12 it took a dict.
  if (kw.size > 0) parserInit(name, ['key', 'default'], R.minor >= 13);
  for (const k of kw.keys()) if (k !== 'key' && k !== 'default') throw badKeyword(k, name);
  const dflt = kw.get('default');
  if (pos.length > 1 && dflt !== undefined) {
    throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  let keyfunc = kw.get('key') ?? null;
  if (keyfunc === None) keyfunc = null;
  // 3.13's min_max (METH_FASTCALL) walks several arguments on the stack itself, no tuple made.
  let it: PyObject | null = null;
  let n = 0;
  if (pos.length === 1 || packed !== null) {
    const src = pos.length > 1 ? packed! : pos[0];
    it = abs.getIter(src);
  }
  const next = (): PyObject | null => (it !== null ? abs.iterNext(it) : n < pos.length ? abs.incref(pos[n++]) : null);
  let best: PyObject | null = null;
  let bestVal: PyObject | null = null;
  try {
    for (let item = next(); item !== null; item = next()) {
      let val: PyObject;
      try {
        val = keyfunc !== null ? vectorcall(keyfunc, [item], null) : abs.incref(item);
      } catch (e) {
        abs.decref(item);
        throw e;
      }
      if (bestVal === null) {
        best = item;
        bestVal = val;
        continue;
      }
      let better: boolean;
      try {
        better = abs.richCompareBool(val, bestVal, op);
      } catch (e) {
        abs.decref(item);
        abs.decref(val);
        throw e;
      }
      if (better) {
        abs.decref(bestVal);
        abs.decref(best!);
        best = item;
        bestVal = val;
      } else {
        abs.decref(item);
        abs.decref(val);
      }
    }
  } catch (e) {
    if (best !== null) abs.decref(best);
    if (bestVal !== null) abs.decref(bestVal);
    throw e;
  } finally {
    if (it !== null) abs.decref(it);
  }
  if (bestVal === null) {
    if (dflt !== undefined) return abs.incref(dflt);
    throw valueError(R.minor >= 12 ? `${name}() iterable argument is empty` : `${name}() arg is an empty sequence`);
  }
  abs.decref(bestVal);
  return best!;
}
