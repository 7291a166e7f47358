// The builtins module (Python/bltinmodule.c): the functions and types every script
// sees; print() is builtin-print.ts's, the builtin types' tp_new builtin-constructors.ts's.
import { methVarargs, minors } from './objects/builtin-call';
import { R } from './state';
import * as abs from './objects/abstract';
import { newDict, PyDict, dictType } from './objects/dict';
import { EXCEPTION_SINCE, exceptionTypes, typeError, valueError, newException } from './objects/exceptions';
import { BaseExceptionGroup, initExceptionGroup } from './objects/exception-group';
import { floatType, PyFloat } from './objects/float';
import { newCFunction, NativeFn } from './objects/function';
import { longPowMod } from './objects/intops';
import { PyComplex } from './objects/complex';
import { hashInt, intType, newInt, PyInt } from './objects/int';
import { listType, listAppend, extendHooks, PyList } from './objects/list';
import { isSubtype, PyObject, PyType, typeLookup } from './objects/object';
import { listSort } from './objects/sort';
import { boolType, Ellipsis, None, NotImplemented, pyBool } from './objects/singletons';
import { internStr, newStr, PyStr, strType } from './objects/str';
import { PyTuple, tupleType } from './objects/tuple';
import { objectType, typeType } from './objects/typeobject';
import { frozensetType, PySet, setType } from './objects/set';
import { dictKeyIter } from './objects/containers';
import { rangeType } from './objects/range';
import { sliceType } from './objects/slice';
import { PyErr } from './errors';
import { clearError, errorMatches } from './objects/error-match';
import { VM } from './vm/vmstate';
import { frameLocals } from './vm/locals';
import { builtinSum } from './builtin-sum';
import { formatObject } from './objects/format';
import './builtin-constructors';
import { PyBytes } from './objects/bytes';
import { PyByteArray } from './objects/bytearray';
import './objects/exception-methods';
import './objects/oserror';
import './objects/importerror';
import './objects/name-errors';
import './objects/syntax-error';
import './objects/unicode-errors';
import './objects/exception-dicts';
import { dirObject } from './objects/dir';
import { mappingKeys } from './objects/dict-methods';
import { attrName, clinicInt, clinicKeywords, declare, fastcall, METH_NOARGS, METH_O, varargs } from './builtin-conventions';
import { builtinPrint } from './builtin-print';
import { identifierUsed } from './objects/identifiers';
import { argTypeName } from './objects/args';

extendHooks.iter = abs.getIter;
extendHooks.next = abs.iterNext;

// Each function's convention is the one its version's bltinmodule.c (or clinic/bltinmodule.c.h) declares.
const fns: Record<string, NativeFn> = {
  print: builtinPrint,
  len: declare('len', METH_O, ([o]) => abs.lengthObject(o!)),
  repr: declare('repr', METH_O, ([o]) => abs.reprObj(o!)),
  id: declare('id', METH_O, ([o]) => newInt(R.heap.addressOf(o!))),
  hash: declare('hash', METH_O, ([o]) => hashInt(abs.hash(o!))),
  isinstance: declare('isinstance', fastcall(2, 2), ([o, t]) => pyBool(isInstanceOf(o!, t!))),
  issubclass: declare('issubclass', fastcall(2, 2), ([c, t]) => {
    if (!(c instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
    const check = (x: PyObject): boolean => {
      if (x instanceof PyTuple) return x.items.some(check);
      const u = unionMembers(x, 'issubclass');
      if (u !== null) return u.some(check);
      refuseGenericAlias(x, 'issubclass');
      if (!(x instanceof PyType)) throw typeError(`issubclass() arg 2 must be a class${R.minor <= 9 ? ' or tuple of classes' : ', a tuple of classes, or a union'}`);
      return isSubtype(c, x);
    };
    return pyBool(check(t!));
  }),
  callable: declare('callable', METH_O, ([o]) => pyBool(o!.ob_type.tp_call !== undefined)),
  abs: declare('abs', METH_O, ([o]) => abs.unaryOp(o!, 'nb_absolute')),
  next: declare('next', fastcall(1, 2), (args) => {
    // builtin_next calls tp_iternext itself: a StopIteration it left set is raised as it is.
    const it = args[0]!;
    const tpNext = it.ob_type.tp_iternext;
    if (tpNext === undefined) throw typeError(`'${it.ob_type.tp_name}' object is not an iterator`);
    const v = tpNext(it);
    if (v !== null) return v;
    const ret = abs.takePendingStop(it);
    if (args.length === 2) {
      if (ret !== null) abs.decref(ret);
      return abs.incref(args[1]!);
    }
    throw new PyErr(ret ?? newException(exceptionTypes.get('StopIteration')!, []));
  }),
  getattr: declare('getattr', fastcall(2, 3), (args) => {
    const name = attrName(args[1]!, 'getattr');
    // builtin_getattr: PyObject_GetAttr without a default (set_attribute_error_context), a lookup with one.
    if (args.length === 2) return abs.getAttr(args[0]!, name);
    let v: PyObject | null;
    try {
      v = abs.getAttrOrNull(args[0]!, name);
    } catch (e) {
      // builtin_getattr: with a default, an AttributeError (from __getattr__ too) gives the default.
      if (!errorMatches(e, exceptionTypes.get('AttributeError')!)) throw e;
      clearError(e);
      v = null;
    }
    if (v !== null) return v;
    return abs.incref(args[2]!);
  }),
  setattr: declare('setattr', fastcall(3, 3), ([o, name, v]) => {
    abs.setAttr(o!, attrName(name!, 'setattr'), v!);
    return abs.incref(None);
  }),
  delattr: declare('delattr', fastcall(2, 2), ([o, name]) => {
    abs.setAttr(o!, attrName(name!, 'delattr'), null);
    return abs.incref(None);
  }),
  hasattr: declare('hasattr', fastcall(2, 2), ([o, n]) => {
    const name = attrName(n!, 'hasattr');
    try {
      const v = abs.getAttrOrNull(o!, name);
      if (v === null) return pyBool(false);
      abs.decref(v);
      return pyBool(true);
    } catch (e) {
      if (errorMatches(e, exceptionTypes.get('AttributeError')!)) {
        clearError(e);
        return pyBool(false);
      }
      throw e;
    }
  }),
  chr: declare('chr', METH_O, ([o]) => {
    // 3.13's chr reads a C long and calls whatever does not fit out of range (bltinmodule.c builtin_chr).
    const i = R.minor >= 13 ? abs.numberAsSsize(o!, null) : clinicInt(o!);
    if (i < 0 || i > 0x10ffff) throw valueError('chr() arg not in range(0x110000)');
    return newStr(String.fromCodePoint(i));
  }),
  ord: declare('ord', METH_O, ([s]) => {
    if (s instanceof PyBytes || s instanceof PyByteArray) {
      if (s.data.length !== 1) throw typeError(`ord() expected a character, but string of length ${s.data.length} found`);
      return newInt(s.data[0]);
    }
    if (!(s instanceof PyStr)) throw typeError(`ord() expected string of length 1, but ${s!.ob_type.tp_name} found`);
    if (s.length !== 1) throw typeError(`ord() expected a character, but string of length ${s.length} found`);
    return newInt(s.value.codePointAt(0)!);
  }),
  divmod: declare('divmod', fastcall(2, 2), ([a, b]) => abs.binaryOp(a!, b!, 'nb_divmod')),
  // builtin_pow_impl(base, exp, mod=None). Its parser's tuple (3.8-3.10) is not modelled: CPython's
  // start-up has its names interned and the tuple comes off the free list, so no block is seen,
  // where the model, without those names, would make one (getallocatedblocks probe, 3.8-3.10).
  pow: declare('pow', clinicKeywords(['base', 'exp', 'mod'], 0, 2, 3, -1), ([b, e, m]) => {
    if (m !== undefined && m !== None) {
      const args = [b!, e!, m];
      if (b instanceof PyInt && e instanceof PyInt && m instanceof PyInt) return longPowMod(b, e, m);
      // Objects/floatobject.c float_pow, complexobject.c complex_pow: a modulus is refused.
      if (args.some((x) => x instanceof PyComplex) && args.every((x) => x instanceof PyInt || x instanceof PyFloat || x instanceof PyComplex)) throw valueError('complex modulo');
      if (args.every((x) => x instanceof PyInt || x instanceof PyFloat)) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
      // Objects/abstract.c ternary_op
      throw typeError(`unsupported operand type(s) for ${R.minor <= 9 ? '' : '** or '}pow(): '${b!.ob_type.tp_name}', '${e!.ob_type.tp_name}', '${m.ob_type.tp_name}'`);
    }
    return abs.binaryOp(b!, e!, 'nb_power');
  }),
  hex: declare('hex', METH_O, ([o]) => newStr(radix(o!, 16, '0x'))),
  oct: declare('oct', METH_O, ([o]) => newStr(radix(o!, 8, '0o'))),
  bin: declare('bin', METH_O, ([o]) => newStr(radix(o!, 2, '0b'))),
  // builtin_any, builtin_all: they stop at the first item that decides.
  any: declare('any', METH_O, ([o]) => {
    let found = false;
    abs.forEachItem(o!, (v) => {
      try {
        return (found = abs.isTrue(v));
      } finally {
        abs.decref(v);
      }
    });
    return pyBool(found);
  }),
  all: declare('all', METH_O, ([o]) => {
    let failed = false;
    abs.forEachItem(o!, (v) => {
      try {
        return (failed = !abs.isTrue(v));
      } finally {
        abs.decref(v);
      }
    });
    return pyBool(!failed);
  }),
  // builtin_sum_impl(iterable, /, start=0).
  sum: declare('sum', clinicKeywords(['iterable', 'start'], 1, 1, 2, 10), ([it, start]) => builtinSum(it!, start ?? null)),
  globals: declare('globals', METH_NOARGS, () => abs.incref(VM.frame!.globals)),
  locals: declare('locals', METH_NOARGS, () => frameLocals()),
  // builtin_vars: locals(), or the object's __dict__ (a property raising other errors propagates).
  // METH_VARARGS but in 3.12 (Argument Clinic there, reverted in 3.13); the same checks in all.
  vars: methVarargs(
    minors(8, 11) | minors(13),
    declare('vars', varargs(0, 1), (args) => {
      if (args.length === 0) return frameLocals();
      const name = internStr('__dict__');
      try {
        const d = abs.getAttrOrNull(args[0]!, name);
        if (d === null) throw typeError('vars() argument must have __dict__ attribute');
        return d;
      } finally {
        abs.decref(name);
      }
    }),
  ),
  // builtin_dir: the frame's names, or the object's attributes with its class's (object___dir__, type___dir__).
  // METH_VARARGS but in 3.12 (Argument Clinic there, reverted in 3.13); the same checks in all.
  dir: methVarargs(
    minors(8, 11) | minors(13),
    declare('dir', varargs(0, 1), (args) => {
      if (args.length > 0) return dirObject(args[0]!);
      // _dir_locals: the keys of the frame's locals (PyMapping_Keys), sorted.
      const d = frameLocals();
      try {
        const names = mappingKeys(d) as PyList;
        listSort(names, null, false);
        return names;
      } finally {
        abs.decref(d);
      }
    }),
  ),
  // builtin_format_impl(value, format_spec='', /).
  format: declare('format', fastcall(1, 2), ([v, spec]) => {
    if (spec !== undefined && !(spec instanceof PyStr)) throw typeError(`format() argument 2 must be str, not ${argTypeName(spec)}`);
    return formatObject(v!, spec ?? null);
  }),
  // builtin_round_impl(number, ndigits=None): type(number).__round__(number[, ndigits]).
  // 3.11's parser has static identifiers for its names ('number', 'ndigits'): no block seen there.
  round: declare('round', clinicKeywords(['number', 'ndigits'], 0, 1, 2, 10), ([x, nd]) => {
    identifierUsed('bltinmodule.c:__round__');
    const m = typeLookup(x!.ob_type, '__round__');
    if (m === null) throw typeError(`type ${x!.ob_type.tp_name} doesn't define __round__ method`);
    const g = m.ob_type.tp_descr_get;
    const bound = g !== undefined ? g(m, x!, x!.ob_type) : abs.incref(m);
    try {
      return abs.call(bound, nd === undefined || nd === None ? [] : [nd]);
    } finally {
      abs.decref(bound);
    }
  }),
};

function radix(o: PyObject, base: number, prefix: string): string {
  const big = o instanceof PyInt ? o.toBigInt() : BigInt(abs.asIndex(o));
  return big < 0n ? `-${prefix}${(-big).toString(base)}` : `${prefix}${big.toString(base)}`;
}

/** ga_instancecheck / ga_subclasscheck: a types.GenericAlias (genericalias.ts) is refused as the class. */
function refuseGenericAlias(o: PyObject, fn: 'isinstance' | 'issubclass'): void {
  if (o.ob_type.tp_name === 'types.GenericAlias') throw typeError(`${fn}() argument 2 cannot be a parameterized generic`);
}

/** A types.UnionType's members (union.ts), checked like a tuple's; an alias among them is refused. */
function unionMembers(o: PyObject, fn: 'isinstance' | 'issubclass'): PyObject[] | null {
  if (o.ob_type.tp_name !== 'types.UnionType') return null;
  const items = (o as unknown as { args: PyTuple }).args.items;
  if (items.some((x) => x.ob_type.tp_name === 'types.GenericAlias')) {
    throw typeError(`${fn}() argument 2 cannot ${R.minor <= 10 ? 'contain' : 'be'} a parameterized generic`);
  }
  return items;
}

function isInstanceOf(o: PyObject, t: PyObject): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => isInstanceOf(o, x));
  const u = unionMembers(t, 'isinstance');
  if (u !== null) return u.some((x) => isInstanceOf(o, x));
  refuseGenericAlias(t, 'isinstance');
  if (!(t instanceof PyType)) throw typeError(`isinstance() arg 2 must be a type${R.minor <= 9 ? ' or tuple of types' : ', a tuple of types, or a union'}`);
  return isSubtype(o.ob_type, t);
}

/** Builtins defined in other files (a type's own file registers it): name -> the object, made per run. */
const registered = new Map<string, () => PyObject>();

/** Register a builtin name; `make` returns a new reference each run (static types: incref and return). */
export function registerBuiltin(name: string, make: () => PyObject): void {
  registered.set(name, make);
}

/** Register a builtin function. */
export function registerBuiltinFunction(name: string, fn: NativeFn): void {
  registered.set(name, () => newCFunction(name, fn));
}

/** The builtins dict of a new run. */
export function makeBuiltins(): PyDict {
  const d = newDict();
  const put = (name: string, v: PyObject): void => {
    const k = internStr(name);
    d.set(k, v);
    abs.decref(k);
  };
  for (const [name, fn] of Object.entries(fns)) {
    const f = newCFunction(name, fn);
    put(name, f);
    abs.decref(f);
  }
  const types: Array<[string, PyType]> = [
    ['object', objectType],
    ['type', typeType],
    ['int', intType],
    ['bool', boolType],
    ['float', floatType],
    ['str', strType],
    ['list', listType],
    ['tuple', tupleType],
    ['dict', dictType],
    ['set', setType],
    ['frozenset', frozensetType],
    ['range', rangeType],
    ['slice', sliceType],
  ];
  for (const [name, t] of types) put(name, t);
  for (const [name, t] of exceptionTypes) if (R.minor >= (EXCEPTION_SINCE[name] ?? 8)) put(name, t);
  // PEP 654's groups are 3.11's.
  if (R.minor >= 11) {
    put('BaseExceptionGroup', BaseExceptionGroup);
    put('ExceptionGroup', initExceptionGroup());
  }
  for (const [name, make] of registered) {
    const v = make();
    put(name, v);
    abs.decref(v);
  }
  put('None', None);
  put('Ellipsis', Ellipsis);
  // builtins' __debug__ (_PyBuiltin_Init): True, as a run without -O has it.
  put('__debug__', pyBool(true));
  R.heap.decref(pyBool(true));
  put('NotImplemented', NotImplemented);
  put('True', pyBool(true));
  put('False', pyBool(false));
  R.heap.decref(pyBool(true));
  R.heap.decref(pyBool(false));
  return d;
}

export { listAppend, dictKeyIter, PySet };
