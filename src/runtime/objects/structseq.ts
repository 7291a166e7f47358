// Struct sequences (Objects/structseq.c): the named tuples the interpreter makes in C, such as
// sys.version_info and sys.float_info: a static tuple subtype whose fields are also attributes,
// with structseq_repr's `name(field=value, ...)`.
import { R } from '../state';
import * as abs from './abstract';
import { between, noKw } from './args';
import { sequenceFast } from './containers';
import { attributeError, typeError } from './exceptions';
import { defGetSet } from './getset';
import { newInt } from './int';
import { PyObject, PyType } from './object';
import { newStr, PyStr } from './str';
import { PyTuple, tupleSizeof, tupleType } from './tuple';
import { afterInherit, readyType } from './typeobject';

const fieldsOf = new Map<PyType, readonly string[]>();

/**
 * PyStructSequence_InitType2: a struct sequence type named `name` with these fields, all of
 * them visible. `creatable` false leaves it no tp_new (version_info: "cannot create ... instances").
 */
export function structSeqType(name: string, fields: readonly string[], creatable: boolean): PyType {
  const t = readyType(new PyType(null, name), tupleType, { gc: true, basetype: false });
  fieldsOf.set(t, fields);
  fields.forEach((f, i) => {
    defGetSet(
      t,
      f,
      (o) => abs.incref((o as PyTuple).items[i]),
      () => {
        throw attributeError('readonly attribute');
      },
    );
  });
  for (const [attr, n] of [['n_sequence_fields', fields.length], ['n_fields', fields.length], ['n_unnamed_fields', 0]] as const) defGetSet(t, attr, () => newInt(n));
  t.tp_repr = structseqRepr;
  t.tp_dealloc = (o) => {
    const items = (o as PyTuple).items;
    for (let i = items.length - 1; i >= 0; i--) R.heap.decref(items[i]);
    R.heap.freeObject(o, structSeqBytes(items.length));
  };
  t.tp_new = structseqNew;
  if (!creatable) afterInherit.push(() => void (t.tp_new = undefined));
  return t;
}

/** Whether o is a struct sequence. */
export function isStructSeq(o: PyObject): boolean {
  return fieldsOf.has(o.ob_type);
}

/** PyObject_GC_NewVar(PyStructSequence, type, n_fields): a tuple's layout, never a free list's. */
function structSeqBytes(n: number): number {
  return 16 + tupleSizeof(n);
}

/** PyStructSequence_New filled with items (stealing the references). */
/** PyStructSequence_New with its items set: a GC object it does not track (sys.version_info is untracked). */
export function newStructSeq(t: PyType, items: PyObject[]): PyTuple {
  const o = R.heap.newObject(new PyTuple(t, items), structSeqBytes(items.length), 16);
  R.heap.gc.untrack(o);
  return o;
}

/** structseq_repr: the type's name, then each visible field as name=repr(value). */
function structseqRepr(o: PyObject): PyStr {
  const fields = fieldsOf.get(o.ob_type)!;
  const items = (o as PyTuple).items;
  return newStr(`${o.ob_type.tp_name}(${fields.map((f, i) => `${f}=${abs.repr(items[i])}`).join(', ')})`);
}

/** structseq_new: from a sequence of exactly its fields' length (no hidden fields here). */
function structseqNew(t: PyType, args: PyObject[], kwnames: PyStr[] | null): PyObject {
  noKw(t.tp_name, kwnames);
  between(t.tp_name, args, 1, 2);
  const n = fieldsOf.get(t)!.length;
  const seq = sequenceFast(args[0], 'constructor requires a sequence');
  try {
    const len = seq.items.length;
    if (len !== n) throw typeError(`${t.tp_name}() takes a ${n}-sequence (${len}-sequence given)`);
    // structseq_new tracks what it made.
    const o = newStructSeq(t, seq.items.map((x) => abs.incref(x)));
    R.heap.gc.track(o);
    return o;
  } finally {
    abs.decref(seq);
  }
}
