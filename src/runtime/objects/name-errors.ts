// AttributeError and NameError from 3.10 (Objects/exceptions.c AttributeError_init, NameError_init):
// structs of their own whose keyword-only name (and obj) a script may pass, the members that
// read them, and 3.12's AttributeError pickling (AttributeError_getstate, AttributeError_reduce).
import * as abs from './abstract';
import { keywordOnly, noArgsMethod } from './args';
import { defMembers, exceptionDict, hasDict, reduceTuple, setMember } from './exception-methods';
import { AttributeError, baseExceptionType, NameError, PyBaseException } from './exceptions';
import { defMethod } from './function';
import { newDict, PyDict } from './dict';
import { dictCopy } from './dict-methods';
import type { PyObject } from './object';
import { internStr, PyStr } from './str';
import type { PyTuple } from './tuple';
import { inVersions } from './typeobject';
import { R } from '../state';

/**
 * BaseException_init with the positional arguments, then PyArg_ParseTupleAndKeywords(empty, kwds,
 * "|$O...:Name", kwlist): each keyword's value, or null.
 */
function initWithKeywords(name: string, self: PyObject, args: PyObject[], kwnames: PyStr[] | null, argsTuple: PyTuple | null | undefined, kwlist: readonly string[]): (PyObject | null)[] {
  baseExceptionType.tp_init!(self, args.slice(0, args.length - (kwnames?.length ?? 0)), null, argsTuple);
  return keywordOnly(name, args, kwnames, kwlist);
}

// Up to 3.9 both are SimpleExtendsException (BaseException_init, no keywords).
const baseInit = baseExceptionType.tp_init!;
AttributeError.tp_init = (self, args, kwnames, argsTuple) => {
  if (R.minor <= 9) return baseInit(self, args, kwnames, argsTuple);
  const [name, obj] = initWithKeywords('AttributeError', self, args, kwnames, argsTuple, ['name', 'obj']);
  setMember(self as PyBaseException, 0, 2, name);
  setMember(self as PyBaseException, 1, 2, obj);
};
NameError.tp_init = (self, args, kwnames, argsTuple) => {
  if (R.minor <= 9) return baseInit(self, args, kwnames, argsTuple);
  const [name] = initWithKeywords('NameError', self, args, kwnames, argsTuple, ['name']);
  setMember(self as PyBaseException, 0, 1, name);
};

// AttributeError_members: name, then obj (members[0], members[1]; set_attribute_error_context fills them too).
defMembers(AttributeError, ['name', 'obj']);
for (const n of ['name', 'obj']) inVersions(AttributeError, n, (m) => m >= 10);

/** AttributeError_getstate: the dict (copied) with name and args; obj is left out (GH-103352). */
function getstate(e: PyBaseException): PyObject {
  const name = e.members?.[0] ?? null;
  const state: PyDict = hasDict(e) ? dictCopy(exceptionDict(e)) : newDict();
  for (const [k, v] of [['name', name], ['args', e.args]] as const) {
    if (v === null) continue;
    const key = internStr(k);
    state.set(key, v);
    abs.decref(key);
  }
  return state;
}
defMethod(AttributeError, '__getstate__', noArgsMethod('AttributeError.__getstate__', (self) => getstate(self as PyBaseException)));
// AttributeError_reduce: (type, args, state) always.
defMethod(AttributeError, '__reduce__', noArgsMethod('AttributeError.__reduce__', (self) => {
  const e = self as PyBaseException;
  const state = getstate(e);
  const r = reduceTuple(e, e.args, state);
  abs.decref(state);
  return r;
}));
for (const n of ['__getstate__', '__reduce__']) inVersions(AttributeError, n, (m) => m >= 12);
