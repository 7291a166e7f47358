// ImportError (Objects/exceptions.c ImportError_init, ImportError_str): the keyword-only
// name and path, msg from a lone argument, and str() as that msg.
import * as abs from './abstract';
import { defMembers, setMember } from './exception-methods';
import { ImportError, PyBaseException, baseExceptionType, typeError } from './exceptions';
import type { PyObject } from './object';
import { PyStr, strType } from './str';
import { R } from '../state';

const MSG = 0;
const NAME = 1;
const PATH = 2;

/** ImportError_init's kwlist: 3.12 added name_from (kept by the exception, not a member). */
const keywords = (): string[] => (R.minor >= 12 ? ['name', 'path', 'name_from'] : ['name', 'path']);

ImportError.tp_init = (self, args, kwnames, argsTuple) => {
  const nkw = kwnames?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  baseExceptionType.tp_init!(self, pos, null, argsTuple);
  const e = self as PyBaseException;
  const set = (i: number, v: PyObject | null): void => setMember(e, i, 3, v);
  // PyArg_ParseTupleAndKeywords(empty, kwds, "|$OO:ImportError", ...)
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i].value;
    if (!keywords().includes(k)) {
      // 3.13's getargs.c words an unknown keyword as a call's TypeError does.
      throw typeError(R.minor >= 13 ? `ImportError() got an unexpected keyword argument '${k}'` : `'${k}' is an invalid keyword argument for ImportError()`);
    }
  }
  const kw = (name: string): PyObject | null => {
    const i = kwnames?.findIndex((k) => k.value === name) ?? -1;
    return i < 0 ? null : args[pos.length + i];
  };
  set(NAME, kw('name'));
  set(PATH, kw('path'));
  set(MSG, pos.length === 1 ? pos[0] : null);
};

ImportError.tp_str = (o) => {
  const msg = (o as PyBaseException).members?.[MSG] ?? null;
  if (msg !== null && msg.ob_type === strType) return abs.incref(msg as PyStr);
  return baseExceptionType.tp_str!(o);
};


// ImportError_members, in the order of the MSG... indexes.
defMembers(ImportError, ['msg', 'name', 'path']);
