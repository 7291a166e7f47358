// types.GenericAlias (Objects/genericaliasobject.c): what list[int] and dict[str, int] make
// through __class_getitem__ (3.9+): its repr, __origin__/__args__/__parameters__, calls that
// make the origin's instances, equality and hash, and attribute reads passed to the origin.
import { noKw } from './args';
import { R } from '../state';
import * as abs from './abstract';
import { typeError, TypeError } from './exceptions';
import { defClassMethod, defMethod } from './function';
import { defGetSet } from './getset';
import { canonHash, CmpOp, PyObject, PyType, typeQualname } from './object';
import { Ellipsis, False, NotImplemented, True } from './singletons';
import { cIdentifier, internStr, newStr, PyStr } from './str';
import { newTuple, PyTuple } from './tuple';
import { genericGetAttr, inVersions, readyType } from './typeobject';
import { dictType } from './dict';
import { tupleType } from './tuple';
import { frozensetType, setType } from './set';
import { typeModule } from './typenew';
import { AttributeError } from './exceptions';
import { enumerateType } from './iter-builtins';
import { objectDirNames, typeDirNames } from './object-methods';
import { listType, newListFrom } from './list';
import { makeIterType, newSeqIter } from './iterators';
import { clearError, errorMatches } from './error-match';

export class PyGenericAlias extends PyObject {
  parameters: PyTuple | null = null;
  /** 3.11+: the `*tuple[int]` that iterating an alias yields (PEP 646). */
  starred = false;
  constructor(
    type: PyType,
    readonly origin: PyObject,
    readonly args: PyTuple,
  ) {
    super(type);
  }
}

export const genericAliasType = readyType(new PyType(null, 'types.GenericAlias'), undefined, { gc: true });
// gaobject: head, origin, args, parameters, weakreflist (48) + starred and vectorcall from 3.11, + GC head.
const gaBytes = (): number => (R.minor >= 11 ? 80 : 64);
genericAliasType.tp_sizeof = () => gaBytes() - 16;

/** Py_GenericAlias: args is kept as given when it is a tuple, else packed into one. */
export function newGenericAlias(origin: PyObject, args: PyObject): PyGenericAlias {
  const t = args instanceof PyTuple ? abs.incref(args) : newTuple([abs.incref(args)]);
  abs.incref(origin);
  return R.heap.newObject(new PyGenericAlias(genericAliasType, origin, t), gaBytes(), 16);
}

genericAliasType.tp_dealloc = (o) => {
  const g = o as PyGenericAlias;
  R.heap.decref(g.origin);
  R.heap.decref(g.args);
  if (g.parameters !== null) R.heap.decref(g.parameters);
  R.heap.freeObject(o, gaBytes());
};
genericAliasType.tp_traverse = (o, visit) => {
  const g = o as PyGenericAlias;
  visit(g.origin);
  visit(g.args);
  if (g.parameters !== null) visit(g.parameters);
};

function attrOrNull(o: PyObject, name: string): PyObject | null {
  const key = internStr(name);
  try {
    return abs.getAttrOrNull(o, key);
  } catch (e) {
    if (errorMatches(e, AttributeError)) {
      clearError(e);
      return null;
    }
    throw e;
  } finally {
    abs.decref(key);
  }
}

/** ga_repr_item: '...', a nested alias's repr, module.qualname (bare for builtins), else repr(). */
export function reprItem(p: PyObject): string {
  if (p === Ellipsis) return '...';
  if (p instanceof PyType) {
    const m = typeModule(p);
    const q = typeQualname(p);
    return m === 'builtins' ? q : `${m}.${q}`;
  }
  const origin = attrOrNull(p, '__origin__');
  const args = origin !== null ? attrOrNull(p, '__args__') : null;
  if (origin !== null) abs.decref(origin);
  if (args !== null) {
    abs.decref(args);
    return abs.repr(p);
  }
  const q = attrOrNull(p, '__qualname__');
  const m = q !== null ? attrOrNull(p, '__module__') : null;
  try {
    if (q instanceof PyStr && m !== null) {
      if (m instanceof PyStr && m.value === 'builtins') return q.value;
      return `${abs.str(m)}.${q.value}`;
    }
    return abs.repr(p);
  } finally {
    if (q !== null) abs.decref(q);
    if (m !== null) abs.decref(m);
  }
}

genericAliasType.tp_repr = (o) => {
  const g = o as PyGenericAlias;
  const items = g.args.items;
  const inner = items.length === 0 ? '()' : items.map(reprItem).join(', ');
  return newStr(`${g.starred ? '*' : ''}${reprItem(g.origin)}[${inner}]`);
};

// ga_getattro: every name but these (attr_exceptions, in CPython's order) is read from the
// origin (list[int].append is list.append).
function attrExceptions(): string[] {
  if (R.minor <= 10) return ['__origin__', '__args__', '__parameters__', '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__'];
  return [
    '__class__', ...(R.minor >= 13 ? ['__bases__'] : []), '__origin__', '__args__', '__unpacked__', '__parameters__',
    '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__',
  ];
}
genericAliasType.tp_getattro = (o, name) => {
  if (!attrExceptions().includes(name.value)) {
    const origin = (o as PyGenericAlias).origin;
    const r = abs.getAttrOrNull(origin, name);
    if (r === null) throw abs.noAttribute(origin, name.value);
    return r;
  }
  return genericGetAttr(o, name);
};

// ga_call: the origin's instance, then __orig_class__ on it where the instance takes attributes.
genericAliasType.tp_call = (o, args, kw) => {
  const g = o as PyGenericAlias;
  const r = abs.call(g.origin, args, kw);
  // PyObject_SetAttrString up to 3.10 (interned, mortal); _Py_ID(__orig_class__) from 3.11.
  const key = R.minor >= 11 ? cIdentifier('__orig_class__') : internStr('__orig_class__');
  try {
    abs.setAttr(r, key, o);
  } catch (e) {
    if (!errorMatches(e, AttributeError, TypeError)) throw e;
    clearError(e);
  } finally {
    abs.decref(key);
  }
  return r;
};

// ga_richcompare: equal when both are aliases of equal origins with equal args.
genericAliasType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyGenericAlias) || (op !== CmpOp.EQ && op !== CmpOp.NE)) return abs.incref(NotImplemented);
  const g = a as PyGenericAlias;
  const eq = g.starred === b.starred && abs.richCompareBool(g.origin, b.origin, CmpOp.EQ) && abs.richCompareBool(g.args, b.args, CmpOp.EQ);
  return abs.incref(eq === (op === CmpOp.EQ) ? True : False);
};
// ga_hash: hash(origin) ^ hash(args).
genericAliasType.tp_hash = (o) => {
  const g = o as PyGenericAlias;
  const h = BigInt.asIntN(64, BigInt(abs.hash(g.origin)) ^ BigInt(abs.hash(g.args)));
  return canonHash(h === -1n ? -2n : h);
};

// ga_getitem: an alias without type variables cannot be subscripted again.
genericAliasType.mp_subscript = (o) => {
  const r = abs.repr(o);
  throw typeError(R.minor >= 11 ? `${r} is not a generic class` : `There are no type variables left in ${r}`);
};

// ga_dir: the origin's dir(), then the names the alias answers itself.
defMethod(genericAliasType, '__dir__', (o) => {
  const origin = (o as PyGenericAlias).origin;
  const names = origin instanceof PyType ? typeDirNames(origin).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) : objectDirNames(origin).sort();
  for (const n of attrExceptions()) if (!names.includes(n)) names.push(n);
  return newListFrom(names.map((n) => internStr(n)));
});

// ga_mro_entries: a class written with list[int] among its bases gets list.
defMethod(genericAliasType, '__mro_entries__', (o, a) => {
  if (a.length !== 1) throw typeError(`__mro_entries__() takes exactly one argument (${a.length} given)`);
  return newTuple([abs.incref((o as PyGenericAlias).origin)]);
});
defGetSet(genericAliasType, '__origin__', (o) => abs.incref((o as PyGenericAlias).origin));
defGetSet(genericAliasType, '__args__', (o) => abs.incref((o as PyGenericAlias).args));
// _Py_make_parameters: the type variables among the args; the mini-runtime has no typing module,
// so there are none and the tuple is the empty one, made on first read and kept.
defGetSet(genericAliasType, '__parameters__', (o) => {
  const g = o as PyGenericAlias;
  if (g.parameters === null) g.parameters = newTuple([]);
  return abs.incref(g.parameters);
});
defGetSet(genericAliasType, '__unpacked__', (o) => abs.incref((o as PyGenericAlias).starred ? True : False));
inVersions(genericAliasType, '__unpacked__', (m) => m >= 11);

// ga_iter (3.11+): one item, the starred alias, as `*tuple[int]` unpacks it. gaiterobject is
// a head and obj, with its GC head.
const gaIterType = makeIterType('generic_alias_iterator');
genericAliasType.tp_iter = (o) => {
  if (R.minor < 11) throw typeError("'types.GenericAlias' object is not iterable");
  return newSeqIter(gaIterType, o, (it) => {
    const g = it.seq as PyGenericAlias;
    const starred = newGenericAlias(g.origin, g.args);
    starred.starred = true;
    it.seq = null;
    abs.decref(g);
    return starred;
  }, 40);
};

// __class_getitem__ = Py_GenericAlias on the builtin containers (3.9+).
for (const t of [listType, dictType, tupleType, setType, frozensetType, enumerateType]) {
  // METH_O | METH_CLASS: named by the class it is bound to.
  defClassMethod(t, '__class_getitem__', (cls, a, kw) => {
    noKw(`${t.tp_name}.__class_getitem__`, kw);
    if (a.length !== 1) throw typeError(`${(cls as PyType).tp_name}.__class_getitem__() takes exactly one argument (${a.length} given)`);
    return newGenericAlias(cls, a[0]);
  });
  inVersions(t, '__class_getitem__', (m) => m >= 9);
}

