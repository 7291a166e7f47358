// Calling a builtin function or method descriptor, with the arguments tuple (and keywords dict)
// CPython packs for those declared METH_VARARGS (| METH_KEYWORDS) in the run's version.
import { firstInRun, R } from '../state';
import { enterRecursiveCall } from '../vm/budget';
import { VM } from '../vm/vmstate';
import { PyDict, stackAsDict } from './dict';
import { boundBuiltinType, cfunctionType, methodDescrType, PyBoundBuiltin, PyCFunction, PyMethodDescr } from './function';
import { isSubtype, PyObject, PyType } from './object';
import { Receiver } from './args';
import { typeError } from './exceptions';
import { internInPlace, newStr, type PyStr } from './str';
import { newTuple, PyTuple } from './tuple';

/** The versions 3.from..3.to as a mask (bit m for 3.m), for `methVarargs`. */
export function minors(from: number, to = 15): number {
  let m = 0;
  for (let v = from; v <= to; v++) m |= 1 << v;
  return m;
}
/** Also METH_KEYWORDS: keywords given go into a dict too (bit 0, no version uses it). */
export const KEYWORDS = 1;
/**
 * An Argument Clinic `*args` in the versions of the mask (3.13's set methods, METH_FASTCALL): the
 * function makes the tuple itself once it has refused keywords, so a call with a tuple already
 * made (CALL_FUNCTION_EX) gets a new one all the same.
 */
export const clinicTuple = (versions: number): number => versions << 8;

/** Mark a builtin's implementation: the objects made from it (newCFunction, defMethod) take the flags. */
export function methVarargs<F extends object>(flags: number, fn: F): F {
  (fn as { methVarargs?: number }).methVarargs = flags;
  return fn;
}

/** Mark methods already defined on a type (its method descriptors). */
export function markVarargs(owner: { tp_dict: Map<string, PyObject> }, names: readonly string[], flags: number): void {
  for (const n of names) {
    const d = owner.tp_dict.get(n);
    if (!(d instanceof PyMethodDescr)) throw new Error(`markVarargs: no method ${n}`);
    d.varargs = flags;
  }
}

/**
 * The call in progress of a METH_VARARGS builtin: its arguments tuple, and (set by CALL_FUNCTION_EX
 * just before the call) the tuple it is given as it is, its keywords then being in the call's dict.
 */
export const Varargs = { args: null as PyTuple | null, given: null as PyTuple | null };
/** The levels of depth the next packedCall takes once the arguments are packed (cCall). */
const Packing = { levels: 0 };

/** Does this call, in the run's version, get its arguments in a tuple? */
export const packs = (flags: number): boolean => flags !== 0 && (((flags >>> R.minor) | (flags >>> (R.minor + 8))) & 1) === 1;
const clinic = (flags: number): boolean => ((flags >>> (R.minor + 8)) & 1) === 1;

/**
 * Objects/call.c _PyObject_MakeTpCall, Objects/descrobject.c method_vectorcall_VARARGS[_KEYWORDS]:
 * the positional arguments args[start:npos] go into a tuple (_PyTuple_FromArray) and the keywords
 * into a dict (_PyStack_AsDict) before the call; both are released after its result is made,
 * the tuple first. PyObject_Call of a builtin function (cfunction_call) uses the tuple and dict
 * CALL_FUNCTION_EX has as they are.
 */
function packedCall(args: PyObject[], start: number, withDict: boolean, kwnames: PyStr[] | null, run: () => PyObject): PyObject {
  const given = Varargs.given;
  Varargs.given = null;
  let tuple: PyTuple;
  let kwargs: PyDict | null = null;
  if (given !== null) {
    R.heap.incref(given);
    tuple = given;
  } else {
    const npos = args.length - (kwnames === null ? 0 : kwnames.length);
    const items = args.slice(start, npos);
    for (let i = 0; i < items.length; i++) R.heap.incref(items[i]);
    tuple = newTuple(items);
    if (withDict && kwnames !== null && kwnames.length > 0) kwargs = stackAsDict(args, npos, kwnames);
  }
  const outer = Varargs.args;
  const outerKwargs = VM.tpCall.kwargs;
  Varargs.args = tuple;
  if (kwargs !== null) VM.tpCall.kwargs = kwargs;
  const levels = Packing.levels;
  Packing.levels = 0;
  let entered = 0;
  try {
    for (; entered < levels; entered++) enterRecursiveCall(' while calling a Python object');
    return run();
  } finally {
    VM.depth -= entered;
    Varargs.args = outer;
    VM.tpCall.kwargs = outerKwargs;
    R.heap.decref(tuple);
    if (kwargs !== null) R.heap.decref(kwargs);
  }
}

/** Builtin types called only through tp_call (no vectorcall): wrapper_descriptor, method-wrapper. */
export const tpCallTypes = new Set<PyType>();

/**
 * _PyObject_MakeTpCall for a type of tpCallTypes: the positional arguments args[start:] in a
 * tuple and the keywords in a dict (or CALL_FUNCTION_EX's own), both released after the call;
 * then its level of depth (or _PyObject_Call's) while C calls count with the frames (3.8-3.11).
 */
export function tpCall(args: PyObject[], start: number, kwnames: PyStr[] | null, run: () => PyObject): PyObject {
  Packing.levels = R.minor <= 11 ? 1 : 0;
  return packedCall(args, start, true, kwnames, run);
}

/**
 * 3.8-3.11 cfunction_vectorcall_* and method_vectorcall_*: a level of depth for the C call, checked.
 * A METH_VARARGS call takes its levels once its arguments are packed (`packed`, packedCall):
 * _PyObject_MakeTpCall's and method_vectorcall_VARARGS's check follows the tuple (3.8's
 * cfunction_call_varargs checks once more; its method descriptors check first, unpacked).
 */
function cCall<T>(run: (o: T, args: PyObject[], kwnames: PyStr[] | null) => PyObject, o: T, args: PyObject[], kwnames: PyStr[] | null, packed = 0): PyObject {
  if (packed > 0) {
    Packing.levels = packed;
    try {
      return run(o, args, kwnames);
    } finally {
      Packing.levels = 0;
    }
  }
  enterRecursiveCall(' while calling a Python object');
  try {
    return run(o, args, kwnames);
  } finally {
    VM.depth--;
  }
}

/** The levels a call of a builtin function with these flags takes after packing: 3.8's _PyObject_MakeTpCall and cfunction_call_varargs (through PyObject_Call, the latter). */
const packedLevels = (flags: number): number => (!packs(flags) ? 0 : R.minor === 8 && Varargs.given === null ? 2 : 1);

/**
 * A builtin function's call (cfunction_call; the VM's CALL of one comes here too). `checks` is
 * false for a 3.11 CALL specialized to a form without the depth check (vm/specialize-3-11.ts).
 */
export function callCFunction(f: PyCFunction, args: PyObject[], kwnames: PyStr[] | null, checks = true): PyObject {
  return R.minor > 11 || !checks ? callCFunctionIn(f, args, kwnames) : cCall(callCFunctionIn, f, args, kwnames, packedLevels(f.varargs));
}
function callCFunctionIn(f: PyCFunction, args: PyObject[], kwnames: PyStr[] | null): PyObject {
  // A function (str.maketrans too) is named by itself: a receiver of a bound call whose Python
  // callback reached it is not its own.
  const outer = Receiver.type;
  Receiver.type = null;
  try {
    if (!packs(f.varargs)) return f.fn(args, kwnames);
    return packedCall(args, 0, true, kwnames, () => f.fn(args, kwnames));
  } finally {
    Receiver.type = outer;
  }
}

/** A builtin method bound to its receiver: no vectorcall, so _PyObject_MakeTpCall packs. */
export function callBound(b: PyBoundBuiltin, args: PyObject[], kwnames: PyStr[] | null, checks = true): PyObject {
  return R.minor > 11 || !checks ? callBoundIn(b, args, kwnames) : cCall(callBoundIn, b, args, kwnames, packedLevels(b.descr.varargs));
}
function callBoundIn(b: PyBoundBuiltin, args: PyObject[], kwnames: PyStr[] | null): PyObject {
  const outer = Receiver.type;
  Receiver.type = b.self instanceof PyType ? b.self : b.self.ob_type;
  try {
    return callBoundAs(b, args, kwnames);
  } finally {
    Receiver.type = outer;
  }
}
function callBoundAs(b: PyBoundBuiltin, args: PyObject[], kwnames: PyStr[] | null): PyObject {
  const flags = b.descr.varargs;
  if (!packs(flags)) return b.descr.fn(b.self, args, kwnames);
  if (clinic(flags)) return clinicCall(args, 0, kwnames, () => b.descr.fn(b.self, args, kwnames));
  // cfunction_call refuses keywords to a function without METH_KEYWORDS by its ml_name ("update()"),
  // once _PyObject_MakeTpCall has packed them.
  const refused = (flags & KEYWORDS) === 0 && kwnames !== null && kwnames.length > 0;
  return packedCall(args, 0, true, kwnames, () => {
    if (refused) throw typeError(`${b.descr.name}() takes no keyword arguments`);
    return b.descr.fn(b.self, args, kwnames);
  });
}

/** Objects/descrobject.c method_check_args, then the method_vectorcall_* of the descriptor's flags. */
export function callMethodDescr(m: PyMethodDescr, args: PyObject[], kwnames: PyStr[] | null, checks = true): PyObject {
  if (R.minor > 11 || !checks) return callMethodDescrIn(m, args, kwnames);
  const refused = kwnames !== null && kwnames.length > 0 && (m.varargs & KEYWORDS) === 0;
  return cCall(callMethodDescrIn, m, args, kwnames, R.minor >= 9 && packs(m.varargs) && !refused ? 1 : 0);
}
function callMethodDescrIn(m: PyMethodDescr, args: PyObject[], kwnames: PyStr[] | null): PyObject {
  // The receiver is the first positional argument: a keyword's value is not one.
  const self = args.length > (kwnames?.length ?? 0) ? args[0] : undefined;
  if (self === undefined) {
    throw typeError(R.minor <= 8 ? `descriptor '${m.name}' of '${m.owner.tp_name}' object needs an argument` : `unbound method ${m.owner.tp_name}.${m.name}() needs an argument`);
  }
  if (!isSubtype(self.ob_type, m.owner)) {
    throw typeError(`descriptor '${m.name}' for '${m.owner.tp_name}' objects doesn't apply to a '${self.ob_type.tp_name}' object`);
  }
  const rest = args.slice(1);
  const outer = Receiver.type;
  Receiver.type = null;
  try {
    return callDescrAs(m, self, rest, args, kwnames);
  } finally {
    Receiver.type = outer;
  }
}
function callDescrAs(m: PyMethodDescr, self: PyObject, rest: PyObject[], args: PyObject[], kwnames: PyStr[] | null): PyObject {
  const flags = m.varargs;
  // method_check_args refuses keywords to a method without METH_KEYWORDS before any tuple is made.
  if (!packs(flags) || (kwnames !== null && kwnames.length > 0 && (flags & KEYWORDS) === 0)) return m.fn(self, rest, kwnames);
  if (clinic(flags)) return clinicCall(args, 1, kwnames, () => m.fn(self, rest, kwnames));
  return packedCall(args, 1, (flags & KEYWORDS) !== 0, kwnames, () => m.fn(self, rest, kwnames));
}

/** Argument Clinic's `*args` tuple (METH_FASTCALL): made in the function, keywords refused first. */
function clinicCall(args: PyObject[], start: number, kwnames: PyStr[] | null, run: () => PyObject): PyObject {
  if (kwnames !== null && kwnames.length > 0) return run();
  return packedCall(args, start, false, null, run);
}

/**
 * CALL_FUNCTION_EX (PyObject_Call): a METH_VARARGS builtin function, bound or not, has no
 * vectorcall, so its tp_call (cfunction_call) gets the call's own tuple and dict. Says whether it does.
 */
export function passTupleAsIs(callable: PyObject, args: PyTuple): boolean {
  const t = callable.ob_type;
  if (tpCallTypes.has(t)) {
    Varargs.given = args;
    return true;
  }
  const flags = t === cfunctionType ? (callable as PyCFunction).varargs : t === boundBuiltinType ? (callable as PyBoundBuiltin).descr.varargs : 0;
  if (!packs(flags) || clinic(flags)) return false;
  Varargs.given = args;
  return true;
}

cfunctionType.tp_call = (f, args, kw) => callCFunction(f as PyCFunction, args, kw);
boundBuiltinType.tp_call = (o, args, kw) => callBound(o as PyBoundBuiltin, args, kw);
methodDescrType.tp_call = (d, args, kw) => callMethodDescr(d as PyMethodDescr, args, kw);

/**
 * Python/getargs.c parser_init (3.8-3.11): a static _PyArg_Parser makes the tuple of its keyword
 * names the first time it parses and keeps it (3.12's Argument Clinic parsers have static ones).
 * Clinic functions parse when given keywords or positional arguments beyond their fast path.
 * A parser written by hand has no static tuple in any version: makes says where it exists.
 */
export function parserInit(parser: string, keywords: readonly string[], makes = R.minor <= 11): void {
  if (!makes || !firstInRun(`parser ${parser}`)) return;
  // PyTuple_New first, then each name from PyUnicode_FromString, interned in place.
  const kwtuple = newTuple(keywords.map(() => undefined as unknown as PyObject));
  keywords.forEach((k, i) => {
    const made = newStr(k);
    kwtuple.items[i] = internInPlace(made);
    R.heap.decref(made);
  });
}
