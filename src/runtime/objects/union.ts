// types.UnionType (Objects/unionobject.c, 3.10+): what `int | str` makes through type.__or__:
// its args (flattened, duplicates dropped, None as NoneType), repr, equality as sets, hash,
// and the isinstance()/issubclass() checks over its args.
import { R } from '../state';
import * as abs from './abstract';
import { typeError } from './exceptions';
import { defGetSet } from './getset';
import { canonHash, CmpOp, PyObject, PyType } from './object';
import { False, None, noneType, NotImplemented, True } from './singletons';
import { newStr, PyStr } from './str';
import { newTuple, PyTuple } from './tuple';
import { readyType, typeType } from './typeobject';
import { genericAliasType, PyGenericAlias, reprItem as gaReprItem } from './genericalias';
import { frozensetType, newSet } from './set';

export class PyUnion extends PyObject {
  parameters: PyTuple | null = null;
  constructor(
    type: PyType,
    readonly args: PyTuple,
  ) {
    super(type);
  }
}

export const unionType = readyType(new PyType(null, 'types.UnionType'), undefined, { gc: true, basetype: false });
// unionobject: head, args, parameters (32 bytes) + GC head.
const UNION_BYTES = 48;
unionType.tp_sizeof = () => UNION_BYTES - 16;
unionType.tp_dealloc = (o) => {
  const u = o as PyUnion;
  R.heap.decref(u.args);
  if (u.parameters !== null) R.heap.decref(u.parameters);
  R.heap.freeObject(o, UNION_BYTES);
};
unionType.tp_traverse = (o, visit) => {
  visit((o as PyUnion).args);
  const p = (o as PyUnion).parameters;
  if (p !== null) visit(p);
};

/** _PyUnion_Check_Argument: None, a type, a generic alias or a union may be joined with |. */
function unionable(o: PyObject): boolean {
  return o === None || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnion;
}

/** The members o brings: a union's args, else itself (None as NoneType). */
function members(o: PyObject): PyObject[] {
  if (o instanceof PyUnion) return o.args.items;
  return [o === None ? noneType : o];
}

/** dedup_and_flatten_args: first occurrence wins; types by identity, aliases by equality. */
function dedup(items: PyObject[]): PyObject[] {
  const out: PyObject[] = [];
  for (const x of items) {
    const dup = out.some((y) => y === x || (x instanceof PyGenericAlias && y instanceof PyGenericAlias && abs.richCompareBool(x, y, CmpOp.EQ)));
    if (!dup) out.push(x);
  }
  return out;
}

/** _Py_union_type_or: the union of a and b, or the one member when they collapse to it. */
function unionOr(a: PyObject, b: PyObject): PyObject {
  const args = dedup([...members(a), ...members(b)]);
  if (args.length === 1) return abs.incref(args[0]);
  const t = newTuple(args.map((x) => abs.incref(x)));
  return R.heap.newObject(new PyUnion(unionType, t), UNION_BYTES, 16);
}

// type_or (3.10+): NotImplemented for what cannot be a union member, and before 3.10.
const typeOr = (a: PyObject, b: PyObject): PyObject => {
  if (R.minor < 10 || !unionable(a) || !unionable(b)) return abs.incref(NotImplemented);
  return unionOr(a, b);
};
typeType.tp_as_number.nb_or = typeOr;
unionType.tp_as_number.nb_or = typeOr;
genericAliasType.tp_as_number.nb_or = typeOr;

/** union_repr_item: None for NoneType, else as a generic alias shows its args. */
const reprItem = (p: PyObject): string => (p === noneType ? 'None' : gaReprItem(p));
unionType.tp_repr = (o) => newStr((o as PyUnion).args.items.map(reprItem).join(' | '));

/** Every member of xs equals some member of ys. */
function within(xs: PyObject[], ys: PyObject[]): boolean {
  return xs.every((x) => ys.some((y) => y === x || abs.richCompareBool(x, y, CmpOp.EQ)));
}
// union_richcompare: equal as sets of members.
unionType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyUnion) || (op !== CmpOp.EQ && op !== CmpOp.NE)) return abs.incref(NotImplemented);
  const x = (a as PyUnion).args.items;
  const y = b.args.items;
  const eq = within(x, y) && within(y, x);
  return abs.incref(eq === (op === CmpOp.EQ) ? True : False);
};
// union_hash: hash(frozenset(args)).
unionType.tp_hash = (o) => {
  const s = newSet(frozensetType);
  try {
    for (const x of (o as PyUnion).args.items) s.add(x, abs.hash(x));
    return canonHash(BigInt(abs.hash(s)));
  } finally {
    abs.decref(s);
  }
};
// union_getitem: a union without type variables cannot be subscripted.
unionType.mp_subscript = (o) => {
  const r = abs.repr(o);
  throw typeError(R.minor >= 11 ? `${r} is not a generic class` : `There are no type variables left in ${r}`);
};

defGetSet(unionType, '__args__', (o) => abs.incref((o as PyUnion).args));
defGetSet(unionType, '__parameters__', (o) => {
  const u = o as PyUnion;
  if (u.parameters === null) u.parameters = newTuple([]);
  return abs.incref(u.parameters);
});

export type { PyStr };
