// ImportError (Objects/exceptions.c ImportError_init, ImportError_str): the keyword-only
// name and path, msg from a lone argument, and str() as that msg.
import * as abs from './abstract';
import { keywordOnly, noArgsMethod } from './args';
import { defMembers, exceptionDict, hasDict, reduceTuple, setMember } from './exception-methods';
import { defMethod } from './function';
import { newDict } from './dict';
import { dictCopy } from './dict-methods';
import { inVersions } from './typeobject';
import { ImportError, PyBaseException, baseExceptionType } from './exceptions';
import type { PyObject } from './object';
import { internStr, PyStr, strType } from './str';
import { R } from '../state';

const MSG = 0;
const NAME = 1;
const PATH = 2;
/** 3.12+'s name_from (the name `from module import name` failed on). */
const NAME_FROM = 3;

/** ImportError_init's kwlist: 3.12 added name_from. */
const keywords = (): string[] => (R.minor >= 12 ? ['name', 'path', 'name_from'] : ['name', 'path']);

ImportError.tp_init = (self, args, kwnames, argsTuple) => {
  const nkw = kwnames?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  baseExceptionType.tp_init!(self, pos, null, argsTuple);
  const e = self as PyBaseException;
  const set = (i: number, v: PyObject | null): void => setMember(e, i, 4, v);
  const [name, path, nameFrom] = keywordOnly('ImportError', args, kwnames, keywords());
  set(NAME, name);
  set(PATH, path);
  if (R.minor >= 12) set(NAME_FROM, nameFrom);
  set(MSG, pos.length === 1 ? pos[0] : null);
};

ImportError.tp_str = (o) => {
  const msg = (o as PyBaseException).members?.[MSG] ?? null;
  if (msg !== null && msg.ob_type === strType) return abs.incref(msg as PyStr);
  return baseExceptionType.tp_str!(o);
};


// ImportError_reduce and ImportError_getstate: the dict (copied) with name, path and name_from when set.
defMethod(ImportError, '__reduce__', noArgsMethod('ImportError.__reduce__', (self) => {
  const e = self as PyBaseException;
  const name = e.members?.[NAME] ?? null;
  const path = e.members?.[PATH] ?? null;
  const nameFrom = e.members?.[NAME_FROM] ?? null;
  if (name === null && path === null && nameFrom === null) return reduceTuple(e, e.args, hasDict(e) ? exceptionDict(e) : null);
  const state = hasDict(e) ? dictCopy(exceptionDict(e)) : newDict();
  for (const [k, v] of [['name', name], ['path', path], ['name_from', nameFrom]] as const) {
    if (v === null) continue;
    const key = internStr(k);
    state.set(key, v);
    abs.decref(key);
  }
  const r = reduceTuple(e, e.args, state);
  abs.decref(state);
  return r;
}));

// ImportError_members, in the order of the MSG... indexes.
defMembers(ImportError, ['msg', 'name', 'path', 'name_from']);
inVersions(ImportError, 'name_from', (m) => m >= 12);
