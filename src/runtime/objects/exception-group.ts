// BaseExceptionGroup and ExceptionGroup (PEP 654, 3.11+; Objects/exceptions.c): the
// constructor's checks, message/exceptions, str, derive, split and subgroup, and what the
// interpreter's except* needs (exception_group_match, _PyExc_PrepReraiseStar).
import { argTypeName, noKw } from './args';
import { markVarargs, minors } from './builtin-call';
import { R } from '../state';
import * as abs from './abstract';
import { dictType } from './dict';
import { allocException, baseExceptionType, deallocException, Exception, exceptionBytes, PyBaseException, tableException, typeError, valueError } from './exceptions';
import { defClassMethod, defMethod } from './function';
import { newGenericAlias } from './genericalias';
import { defMember } from './exception-methods';
import { newListFrom, PyList } from './list';
import { isSubtype, PyObject, PyType } from './object';
import { None } from './singletons';
import { newStr, PyStr, startupStr } from './str';
import { startupTypeDict } from './mappingproxy';
import { installSlots } from './class-slots';
import { defGetSet } from './getset';
import { newTuple, PyTuple, tupleType } from './tuple';
import { afterInherit, readyType } from './typeobject';
import { sequenceTuple } from './sequence';

export class PyExceptionGroup extends PyBaseException {
  msg: PyObject = None;
  excs: PyTuple | null = null;
}

export const BaseExceptionGroup = readyType(new PyType(null, 'BaseExceptionGroup'), baseExceptionType, { gc: true });
// ComplexExtendsException(PyExc_BaseException, BaseExceptionGroup, ..., BaseExceptionGroup_new, ..., BaseExceptionGroup_str).
tableException('BaseExceptionGroup', { new: true, str: true });
/**
 * Objects/exceptions.c _PyExc_InitState: ExceptionGroup = type('ExceptionGroup', (BaseExceptionGroup,
 * Exception), {'__module__': 'builtins'}) (PyErr_NewException), a heap type: its slots are a
 * class's (class-slots.ts installSlots), its instances hold a reference to it. Start-up's references
 * to it beyond the builtins dict's: its MRO tuple, interp->exc_state and its __weakref__ getset's
 * d_type (getrefcount 6 on 3.11-3.13 with the builtins dict's and its argument's).
 */
export const ExceptionGroup = readyType(new PyType(null, 'ExceptionGroup'), BaseExceptionGroup, { gc: true });
ExceptionGroup.isHeapType = true;
ExceptionGroup.tp_bases = [BaseExceptionGroup, Exception];
ExceptionGroup.tp_mro = [ExceptionGroup, BaseExceptionGroup, Exception, baseExceptionType, ...baseExceptionType.tp_mro.slice(1)];
ExceptionGroup.ob_refcnt += 3;
// type_new_slots: the __weakref__ getset BaseExceptionGroup lacks (its dict offset is BaseException's).
const weakrefGetset = defGetSet(ExceptionGroup, '__weakref__', () => abs.incref(None));
afterInherit.push(() => installSlots(ExceptionGroup));

/**
 * ExceptionGroup as each run's start-up leaves it: the namespace type_new made (__module__, the
 * str PyErr_NewException made, the dict's only reference; __weakref__; __doc__ None), no subclasses.
 */
export function initExceptionGroup(): PyType {
  const d = ExceptionGroup.tp_dict;
  d.clear();
  d.set('__module__', startupStr('builtins'));
  d.set('__weakref__', weakrefGetset);
  d.set('__doc__', None);
  ExceptionGroup.ht_dict = startupTypeDict(ExceptionGroup);
  // add_subclass makes tp_subclasses when a script's class first derives from it.
  ExceptionGroup.ht_subclasses = null;
  return ExceptionGroup;
}

BaseExceptionGroup.tp_dealloc = (o) => {
  const g = o as PyExceptionGroup;
  R.heap.decref(g.msg);
  if (g.excs) R.heap.decref(g.excs);
  deallocException(g, exceptionBytes(g.ob_type));
};
BaseExceptionGroup.tp_traverse = (o, visit) => {
  baseExceptionType.tp_traverse!(o, visit);
  const g = o as PyExceptionGroup;
  visit(g.msg);
  if (g.excs) visit(g.excs);
};

const isException = (o: PyObject): boolean => o instanceof PyBaseException;
export const isGroup = (o: PyObject): o is PyExceptionGroup => o instanceof PyExceptionGroup;

/** PySequence_Check: a type with __getitem__ that is not a dict. */
function isSequence(o: PyObject): boolean {
  return o.ob_type.mp_subscript !== undefined && !isSubtype(o.ob_type, dictType);
}

/** BaseExceptionGroup_new */
BaseExceptionGroup.tp_new = (t, args, kwnames) => {
  noKw(t.tp_name, kwnames);
  if (args.length !== 2) throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [message, exceptions] = args;
  if (!(message instanceof PyStr)) throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${argTypeName(message)}`);
  if (!isSequence(exceptions)) throw typeError('second argument (exceptions) must be a sequence');
  const excs = sequenceTuple(exceptions);
  try {
    if (excs.items.length === 0) throw valueError('second argument (exceptions) must be a non-empty sequence');
    let nestedBase = false;
    excs.items.forEach((e, i) => {
      if (!isException(e)) throw valueError(`Item ${i} of second argument (exceptions) is not an exception`);
      if (!isSubtype(e.ob_type, Exception)) nestedBase = true;
    });
    let cls = t;
    if (cls === BaseExceptionGroup) {
      if (!nestedBase) cls = ExceptionGroup;
    } else if (cls === ExceptionGroup) {
      if (nestedBase) throw typeError('Cannot nest BaseExceptions in an ExceptionGroup');
    } else if (nestedBase && isSubtype(cls, Exception)) {
      throw typeError(`Cannot nest BaseExceptions in '${cls.tp_name}'`);
    }
    return newGroup(cls, message, excs, newTuple(args.map((a) => abs.incref(a))));
  } catch (e) {
    abs.decref(excs);
    throw e;
  }
};
BaseExceptionGroup.tp_init = (self, args, kwnames, argsTuple) => {
  noKw(self.ob_type.tp_name, kwnames);
  baseExceptionType.tp_init!(self, args, null, argsTuple);
};

/** A group of type cls (steals excs and args). */
function newGroup(cls: PyType, message: PyObject, excs: PyTuple, args: PyTuple): PyExceptionGroup {
  const g = allocException(cls, args, new PyExceptionGroup(cls, args));
  g.msg = abs.incref(message);
  g.excs = excs;
  return g;
}

/** _PyExc_CreateExceptionGroup: BaseExceptionGroup(msg, excs), which picks ExceptionGroup when it can. */
export function createExceptionGroup(msg: string, excs: PyObject[], asTuple = false): PyExceptionGroup {
  const m = newStr(msg);
  const items = excs.map((e) => abs.incref(e));
  // The group's args hold the container it was given: a tuple for a wrapped naked exception.
  const list = asTuple ? newTuple(items) : newListFrom(items);
  try {
    return abs.call(BaseExceptionGroup, [m, list]) as PyExceptionGroup;
  } finally {
    abs.decref(m);
    abs.decref(list);
  }
}

/** BaseExceptionGroup_str: 'msg (N sub-exception[s])'. */
BaseExceptionGroup.tp_str = (o) => {
  const g = o as PyExceptionGroup;
  const n = g.excs!.items.length;
  return newStr(`${abs.str(g.msg)} (${n} sub-exception${n > 1 ? 's' : ''})`);
};
// BaseExceptionGroup_members: READONLY.
defMember(BaseExceptionGroup, 'message', (o) => abs.incref((o as PyExceptionGroup).msg), null);
defMember(BaseExceptionGroup, 'exceptions', (o) => abs.incref((o as PyExceptionGroup).excs!), null);
// __class_getitem__ = Py_GenericAlias (BaseExceptionGroup_methods).
defClassMethod(BaseExceptionGroup, '__class_getitem__', (cls, a) => {
  if (a.length !== 1) throw typeError(`BaseExceptionGroup.__class_getitem__() takes exactly one argument (${a.length} given)`);
  return newGenericAlias(cls, a[0]);
});
defMethod(BaseExceptionGroup, 'derive', (self, args) => {
  const g = self as PyExceptionGroup;
  return abs.call(BaseExceptionGroup, [g.msg, args[0]]);
});
defMethod(BaseExceptionGroup, 'split', (self, args) => {
  const r = splitRecursive(self, matcherOf(args[0]), true);
  return newTuple([r.match ?? abs.incref(None), r.rest ?? abs.incref(None)]);
});
defMethod(BaseExceptionGroup, 'subgroup', (self, args) => {
  const r = splitRecursive(self, matcherOf(args[0]), false);
  return r.match ?? abs.incref(None);
});

// METH_VARARGS in 3.11-3.12 (BaseExceptionGroup_methods); 3.13's Argument Clinic makes them METH_O.
markVarargs(BaseExceptionGroup, ['derive', 'split', 'subgroup'], minors(11, 12));

type Matcher = (e: PyObject) => boolean;

/** get_matcher_type: a predicate, an exception class or a tuple of them. */
function matcherOf(v: PyObject): Matcher {
  if (v.ob_type.tp_call !== undefined && !(v instanceof PyType)) {
    return (e) => {
      const r = abs.call(v, [e]);
      try {
        return abs.isTrue(r);
      } finally {
        abs.decref(r);
      }
    };
  }
  const isClass = (x: PyObject): x is PyType => x instanceof PyType && isSubtype(x, baseExceptionType);
  if (isClass(v)) return (e) => isSubtype(e.ob_type, v);
  if (v instanceof PyTuple && v.ob_type === tupleType && v.items.every(isClass)) {
    return (e) => v.items.some((t) => isSubtype(e.ob_type, t as PyType));
  }
  throw typeError(
    R.minor >= 13
      ? 'expected an exception type, a tuple of exception types, or a callable (other than a class)'
      : 'expected a function, exception type or tuple of exception types',
  );
}

interface SplitResult {
  match: PyObject | null;
  rest: PyObject | null;
}

/** exceptiongroup_split_recursive: new references, or null for an empty part. */
function splitRecursive(exc: PyObject, matches: Matcher, constructRest: boolean): SplitResult {
  if (matches(exc)) return { match: abs.incref(exc), rest: null };
  if (!isGroup(exc)) return { match: null, rest: constructRest ? abs.incref(exc) : null };
  const matchList: PyObject[] = [];
  const restList: PyObject[] = [];
  try {
    for (const e of exc.excs!.items) {
      const r = splitRecursive(e, matches, constructRest);
      if (r.match) matchList.push(r.match);
      if (r.rest) restList.push(r.rest);
    }
    const match = subset(exc, matchList);
    let rest: PyObject | null = null;
    try {
      if (constructRest) rest = subset(exc, restList);
    } catch (e) {
      if (match) abs.decref(match);
      throw e;
    }
    return { match, rest };
  } finally {
    for (const o of matchList) abs.decref(o);
    for (const o of restList) abs.decref(o);
  }
}

/** exceptiongroup_subset: orig.derive(excs) carrying orig's traceback, cause, context and a copy of its notes. */
function subset(orig: PyExceptionGroup, excs: PyObject[]): PyObject | null {
  if (excs.length === 0) return null;
  const list = newListFrom(excs.map((e) => abs.incref(e)));
  // Its "(O)" format builds the arguments in a tuple of their own, called with as a stack.
  const callArgs = newTuple([abs.incref(list)]);
  let eg: PyObject;
  try {
    // PyObject_CallMethod(orig, "derive", ...): the name is PyUnicode_FromString's, not interned.
    const name = newStr('derive');
    let derive: PyObject;
    try {
      derive = abs.getAttr(orig, name);
    } finally {
      abs.decref(name);
    }
    try {
      eg = abs.call(derive, callArgs.items);
    } finally {
      abs.decref(derive);
    }
  } finally {
    abs.decref(callArgs);
    abs.decref(list);
  }
  if (!isGroup(eg)) {
    abs.decref(eg);
    throw typeError('derive must return an instance of BaseExceptionGroup');
  }
  // PyException_SetTraceback: the parts share their original's traceback.
  if (orig.tb !== null) abs.incref(orig.tb);
  if (eg.tb !== null) abs.decref(eg.tb);
  eg.tb = orig.tb;
  // PyException_SetContext / PyException_SetCause (which also sets __suppress_context__).
  if (eg.context) abs.decref(eg.context);
  eg.context = orig.context ? abs.incref(orig.context) : null;
  if (eg.cause) abs.decref(eg.cause);
  eg.cause = orig.cause ? abs.incref(orig.cause) : null;
  eg.suppressContext = true;
  const notes = orig.dict?.get('__notes__');
  if (notes !== undefined && isSequence(notes)) {
    const copy = newListFrom(abs.toArray(notes));
    const old = eg.dict!.get('__notes__');
    eg.dict!.set('__notes__', copy);
    if (old !== undefined) abs.decref(old);
  }
  return eg;
}

/**
 * exception_group_match (Python/ceval.c), for CHECK_EG_MATCH: [match, rest] as new references;
 * match is None when nothing matches. A naked exception that matches is wrapped in a group.
 */
export function exceptionGroupMatch(exc: PyObject, matches: Matcher): [PyObject, PyObject] {
  if (matches(exc)) {
    if (isGroup(exc)) return [abs.incref(exc), abs.incref(None)];
    return [createExceptionGroup('', [exc], true), abs.incref(None)];
  }
  if (isGroup(exc)) {
    const r = splitRecursive(exc, matches, true);
    return [r.match ?? abs.incref(None), r.rest ?? abs.incref(None)];
  }
  return [abs.incref(None), abs.incref(None)];
}

/** The except* matcher by type (check_except_star_type_valid has checked it). */
export function typeMatcher(t: PyObject): Matcher {
  return matcherOf(t);
}

/** check_except_star_type_valid: a BaseException class, or a tuple of them, none an exception group class. */
export function checkExceptStarType(t: PyObject): void {
  const items = t instanceof PyTuple ? t.items : [t];
  for (const x of items) {
    if (!(x instanceof PyType) || !isSubtype(x, baseExceptionType)) {
      throw typeError('catching classes that do not inherit from BaseException is not allowed');
    }
  }
  if (items.some((x) => isSubtype(x as PyType, BaseExceptionGroup))) {
    throw typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
}

/** is_same_exception_metadata: the same notes, traceback, cause and context objects. */
function sameMetadata(a: PyBaseException, b: PyBaseException): boolean {
  return a.dict?.get('__notes__') === b.dict?.get('__notes__') && a.tb === b.tb && a.cause === b.cause && a.context === b.context;
}

function leafIds(e: PyObject, into: Set<PyObject>): void {
  if (isGroup(e)) for (const x of e.excs!.items) leafIds(x, into);
  else into.add(e);
}

/**
 * _PyExc_PrepReraiseStar: what an except* statement raises at its end (a new reference, None
 * for nothing): the re-raised parts of orig in orig's shape, with what the clauses raised.
 */
export function prepReraiseStar(orig: PyObject, excs: PyList): PyObject {
  if (excs.items.length === 0) return abs.incref(None);
  if (!isGroup(orig)) return abs.incref(excs.items[0]);
  const raised: PyObject[] = [];
  const reraised: PyObject[] = [];
  for (const e of excs.items) {
    if (e === None) continue;
    (sameMetadata(e as PyBaseException, orig) ? reraised : raised).push(e);
  }
  // exception_group_projection: orig's leaves that the re-raised groups hold.
  const ids = new Set<PyObject>();
  for (const e of reraised) leafIds(e, ids);
  const projected = splitRecursive(orig, (x) => ids.has(x), false).match;
  if (raised.length === 0) return projected ?? abs.incref(None);
  if (projected) raised.push(projected);
  try {
    // One exception in all is raised as it is.
    return raised.length > 1 ? createExceptionGroup('', raised) : abs.incref(raised[0]);
  } finally {
    if (projected) abs.decref(projected);
  }
}
