// What a script can do with an exception object (Objects/exceptions.c): construct it,
// str/repr it, read and set args, __cause__, __context__, __suppress_context__, the
// per-type attributes (StopIteration.value, SystemExit.code, NameError.name), add_note.
import { noArgsMethod } from './args';
import { PyErr } from '../errors';
import { R } from '../state';
import * as abs from './abstract';
import { genericSetAttr, sharedKeysDict } from './classes';
import { hasCachedKeys } from './instance-layout';
import {
  baseExceptionType,
  exceptionTypes,
  KeyError,
  NameError,
  allocException,
  ownInit,
  PyBaseException,
  StopIteration,
  SystemExit,
  typeError,
} from './exceptions';
import { noKw } from './args';
import { defMethod } from './function';
import { newDict, PyDict } from './dict';
import { newList, listAppend, PyList } from './list';
import { PyObject, PyType, typeLookup } from './object';
import { False, None, True } from './singletons';
import { internStr, newStr, PyStr } from './str';
import { newTuple, PyTuple } from './tuple';
import { VM } from '../vm/vmstate';
import { PyTraceback } from './traceback';
import { inVersions } from './typeobject';
import { sequenceTuple } from './sequence';
import { defStructMember } from './member-descr';
import { defGetSet as defGetSetDescr, Getter, Setter } from './getset';

/** A getset of an exception type (BaseException_getset and its kind): getset.ts's getset_descriptor. */
export function defGetSet(owner: PyType, name: string, get: (e: PyBaseException) => PyObject, set: ((e: PyBaseException, v: PyObject | null) => void) | null): void {
  defGetSetDescr(owner, name, get as Getter, set as Setter | null);
}

const noDelete = (what: string): PyErr => typeError(`${what} may not be deleted`);

/** Set member i of the n object members of a builtin exception's own struct (a new reference, or null). */
export function setMember(e: PyBaseException, i: number, n: number, v: PyObject | null): void {
  const m = (e.members ??= new Array<PyObject | null>(n).fill(null));
  const old = m[i];
  m[i] = v === null ? null : abs.incref(v);
  if (old !== null) abs.decref(old);
}

/** The T_OBJECT members of a builtin exception's own struct (e.members, in this order): None while unset. */
export function defMembers(owner: PyType, names: readonly string[]): void {
  names.forEach((name, i) =>
    defMember(
      owner,
      name,
      (e) => abs.incref(e.members?.[i] ?? None),
      (e, v) => setMember(e, i, names.length, v),
    ),
  );
}

/** A member_descriptor of the exception's struct (its type's tp_members); set null: READONLY. */
export function defMember(owner: PyType, name: string, get: (e: PyBaseException) => PyObject, set: ((e: PyBaseException, v: PyObject | null) => void) | null): void {
  defStructMember(owner, name, get as (o: PyObject) => PyObject, set as ((o: PyObject, v: PyObject | null) => void) | null);
}

/** An exception's args from the constructor's positional arguments (keywords are refused by __init__). */
function positional(args: PyObject[], kwnames: PyStr[] | null): PyObject[] {
  return kwnames === null || kwnames.length === 0 ? args : args.slice(0, args.length - kwnames.length);
}

/** Is the tuple made for this call (by _PyObject_MakeTpCall, or by __new__) holding exactly these args? */
export function sameArgs(t: PyTuple | null, args: PyObject[]): t is PyTuple {
  if (t === null || t.items.length !== args.length) return false;
  for (let i = 0; i < args.length; i++) if (t.items[i] !== args[i]) return false;
  return true;
}

// BaseException_new keeps the call's args tuple itself; BaseException_init refuses keywords and sets args again.
baseExceptionType.tp_new = (t, args, kwnames) => {
  const pos = positional(args, kwnames);
  const made = VM.tpCall.callee === t ? VM.tpCall.args : null;
  return allocException(t, sameArgs(made, pos) ? abs.incref(made) : newTuple(pos.map((a) => abs.incref(a))));
};
baseExceptionType.tp_init = (self, args, kwnames, argsTuple) => {
  noKw(self.ob_type.tp_name, kwnames);
  const e = self as PyBaseException;
  // The tuple a slot wrapper's call made (super().__init__(msg)), or the same tuple __new__
  // kept (Py_XSETREF of it over itself), else one of these args.
  const made = argsTuple !== undefined ? argsTuple : VM.tpCall.callee === self.ob_type ? VM.tpCall.args : null;
  const wrapped = argsTuple !== undefined && sameArgs(made, args);
  const t = wrapped ? made : sameArgs(e.args, args) ? e.args : sameArgs(made, args) ? made : newTuple(args.map((a) => abs.incref(a)));
  if (t === e.args || t === made) abs.incref(t);
  setArgs(e, t);
};
/**
 * PyObject_GenericSetAttr on an exception (_PyObjectDict_SetItem): the first attribute
 * stored that no data descriptor takes makes the exception's dict.
 */
baseExceptionType.tp_setattro = (o, name, v) => {
  const e = o as PyBaseException;
  if (v !== null && e.dictObj === null) {
    const descr = typeLookup(o.ob_type, name.value);
    if (descr === null || descr.ob_type.tp_descr_set === undefined) exceptionDict(e);
  }
  genericSetAttr(o, name, v);
};

/**
 * The dict of an exception's __dict__ slot, made the first time it is asked for or set
 * (PyObject_GenericGetDict): up to 3.10 a class's exceptions share its cached keys (a split
 * dict), otherwise PyDict_New, a combined dict; it takes what was set on the exception so far.
 */
export function exceptionDict(e: PyBaseException): PyDict {
  if (e.dictObj !== null) return e.dictObj as PyDict;
  const t = e.ob_type;
  // PyObject_GenericGetDict: new_dict_with_shared_keys for a heap type with CACHED_KEYS (up to 3.10 here).
  const d = t.isHeapType && hasCachedKeys(t) ? sharedKeysDict(t) : newDict();
  if (e.dict !== null) {
    for (const [k, v] of e.dict) {
      const key = internStr(k);
      d.set(key, v);
      abs.decref(key);
      abs.decref(v);
    }
    e.dict.clear();
  }
  e.dictObj = d;
  return d;
}
defGetSet(
  baseExceptionType,
  '__dict__',
  (e) => abs.incref(exceptionDict(e)),
  // PyObject_GenericSetDict
  (e, v) => {
    if (v === null) throw typeError('cannot delete __dict__');
    if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${v.ob_type.tp_name}'`);
    const old = exceptionDict(e);
    e.dictObj = abs.incref(v);
    abs.decref(old);
  },
);

function setArgs(e: PyBaseException, t: PyTuple): void {
  const old = e.args;
  e.args = t;
  abs.decref(old);
}

/** BaseException_str: '' for no args, str(arg) for one, str(args) otherwise. */
baseExceptionType.tp_str = (o) => {
  const args = (o as PyBaseException).args.items;
  if (args.length === 0) return newStr('');
  if (args.length === 1) return abs.strObj(args[0]);
  return abs.strObj((o as PyBaseException).args);
};
/** KeyError_str: a lone key is shown by its repr, so KeyError('') is not blank. */
KeyError.tp_str = (o) => {
  const args = (o as PyBaseException).args.items;
  if (args.length === 1) return abs.reprObj(args[0]);
  return baseExceptionType.tp_str!(o);
};
/** BaseException_repr: Name(repr(arg)) for one arg, Name + repr(args) otherwise. */
baseExceptionType.tp_repr = (o) => {
  const e = o as PyBaseException;
  const args = e.args.items;
  const inner = args.length === 1 ? `(${abs.repr(args[0])})` : abs.repr(e.args);
  return newStr(`${o.ob_type.tp_name}${inner}`);
};

/** Has the exception its dict yet (self->dict not NULL)? */
export const hasDict = (e: PyBaseException): boolean => e.dictObj !== null || (e.dict !== null && e.dict.size > 0);

/** The pickling tuple BaseException_reduce and OSError_reduce make: (type, args) or (type, args, state). */
export function reduceTuple(e: PyBaseException, args: PyObject, state: PyObject | null): PyTuple {
  const items = state === null ? [e.ob_type, args] : [e.ob_type, args, state];
  return newTuple(items.map((o) => abs.incref(o)));
}
// BaseException_reduce: the dict goes in when the exception has one.
defMethod(
  baseExceptionType,
  '__reduce__',
  noArgsMethod('BaseException.__reduce__', (self) => {
    const e = self as PyBaseException;
    return reduceTuple(e, e.args, hasDict(e) ? exceptionDict(e) : null);
  }),
);
// BaseException_setstate: each item of a dict state set as an attribute.
defMethod(baseExceptionType, '__setstate__', (self, args) => {
  if (args.length !== 1) throw typeError(`BaseException.__setstate__() takes exactly one argument (${args.length} given)`);
  const state = args[0];
  if (state !== None) {
    if (!(state instanceof PyDict)) throw typeError('state is not a dictionary');
    for (const [k, v] of [...state.entries()]) {
      if (!(k instanceof PyStr)) throw typeError(`attribute name must be string, not '${k.ob_type.tp_name}'`);
      abs.setAttr(self, k, v);
    }
  }
  return abs.incref(None);
});

defMethod(baseExceptionType, 'with_traceback', (self, args) => {
  if (args.length !== 1) throw typeError(`BaseException.with_traceback() takes exactly one argument (${args.length} given)`);
  setTraceback(self as PyBaseException, args[0]);
  return abs.incref(self);
});
defMethod(baseExceptionType, 'add_note', (self, args) => {
  const note = args[0];
  if (!(note instanceof PyStr)) throw typeError(`note must be a str, not '${note.ob_type.tp_name}'`);
  const e = self as PyBaseException;
  let notes = e.dict?.get('__notes__');
  if (notes === undefined) {
    notes = newList();
    if (e.dict === null) e.dict = new Map();
    e.dict.set('__notes__', notes);
  }
  if (!(notes instanceof PyList)) throw typeError('Cannot add note: __notes__ is not a list');
  listAppend(notes, note);
  return abs.incref(None);
});

defGetSet(
  baseExceptionType,
  'args',
  (e) => abs.incref(e.args),
  (e, v) => {
    if (v === null) throw noDelete('args');
    setArgs(e, sequenceTuple(v));
  },
);

function exceptionOrNone(v: PyObject | null, what: string): PyObject | null {
  if (v === null) throw noDelete(`${what} attribute`);
  if (v === None) return null;
  if (!(v instanceof PyBaseException)) throw typeError(`exception ${what} must be None or derive from BaseException`);
  return abs.incref(v);
}

defGetSet(
  baseExceptionType,
  '__cause__',
  (e) => abs.incref(e.cause ?? None),
  (e, v) => {
    const c = exceptionOrNone(v, 'cause');
    if (e.cause) abs.decref(e.cause);
    e.cause = c;
    e.suppressContext = true;
  },
);
defGetSet(
  baseExceptionType,
  '__context__',
  (e) => abs.incref(e.context ?? None),
  (e, v) => {
    const c = exceptionOrNone(v, 'context');
    if (e.context) abs.decref(e.context);
    e.context = c;
  },
);
// A T_BOOL member (BaseException_members): PyMember_SetOne takes only a bool.
defMember(
  baseExceptionType,
  '__suppress_context__',
  (e) => abs.incref(e.suppressContext ? True : False),
  (e, v) => {
    if (v === null) throw typeError("can't delete numeric/char attribute");
    if (v !== True && v !== False) throw typeError('attribute value type must be bool');
    e.suppressContext = v === True;
  },
);
defGetSet(
  baseExceptionType,
  '__traceback__',
  (e) => abs.incref(e.tb ?? None),
  (e, v) => {
    if (v === null) throw noDelete('__traceback__');
    setTraceback(e, v);
  },
);

/** PyException_SetTraceback (BaseException_set_tb): a traceback or None. */
function setTraceback(e: PyBaseException, v: PyObject): void {
  if (v !== None && !(v instanceof PyTraceback)) throw typeError('__traceback__ must be a traceback or None');
  const old = e.tb;
  e.tb = v === None ? null : (abs.incref(v) as PyTraceback);
  if (old !== null) R.heap.decref(old);
}

// StopIteration.value, SystemExit.code and NameError.name: T_OBJECT members (None while NULL).
const setOwn = (e: PyBaseException, v: PyObject | null): void => setMember(e, 0, 1, v);
defMember(StopIteration, 'value', (e) => abs.incref(e.members?.[0] ?? None), setOwn);
defMember(SystemExit, 'code', (e) => abs.incref(e.members?.[0] ?? None), setOwn);
// StopIteration_init: value is args[0], or None.
ownInit.set(StopIteration, (e) => setOwn(e, e.args.items[0] ?? None));
// SystemExit_init: code is the one argument, or args itself for several; none leaves it as it was.
ownInit.set(SystemExit, (e) => {
  const a = e.args.items;
  if (a.length > 0) setOwn(e, a.length === 1 ? a[0] : e.args);
});
for (const [t, init] of ownInit) {
  t.tp_init = (self, args, kwnames, argsTuple) => {
    baseExceptionType.tp_init!(self, args, kwnames, argsTuple);
    init(self as PyBaseException);
  };
}

defMember(NameError, 'name', (e) => abs.incref(e.members?.[0] ?? None), setOwn);
// BaseException.add_note (PEP 678) is 3.11's; NameError.name (name_error_members) 3.10's.
inVersions(baseExceptionType, 'add_note', (m) => m >= 11);
inVersions(NameError, 'name', (m) => m >= 10);

export { exceptionTypes, R };
