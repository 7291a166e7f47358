// The number protocol (Objects/abstract.c binary_op1, PyNumber_<op>, PyNumber_InPlace<op>,
// PyNumber_Index): the operator slots with CPython's reflected-operand rules and messages,
// and the sequence fallbacks; abstract.ts re-exports it as part of the object protocol.
import { R } from '../state';
import type { PyErr } from '../errors';
import { IndexError, indexError, overflowError, OverflowError, pyError, typeError } from './exceptions';
import { NumberMethods, PyObject, PyType, isSubtype } from './object';
import { NotImplemented } from './singletons';
import { fromFormatPieces, strType } from './str';
import { PyInt, intType, newInt, newIntBig } from './int';
import { floatType, newFloat, PyFloat } from './float';
import { decref, incref } from './abstract';

/** The operator symbols for error messages, by slot. */
const SYMBOL: Record<string, string> = {
  nb_add: '+',
  nb_subtract: '-',
  nb_multiply: '*',
  nb_remainder: '%',
  nb_power: '** or pow()',
  nb_lshift: '<<',
  nb_rshift: '>>',
  nb_and: '&',
  nb_xor: '^',
  nb_or: '|',
  nb_floor_divide: '//',
  nb_true_divide: '/',
  nb_matrix_multiply: '@',
  nb_divmod: 'divmod()',
};

type BinSlotName = Exclude<keyof NumberMethods, 'nb_inplace' | 'nb_negative' | 'nb_positive' | 'nb_absolute' | 'nb_invert' | 'nb_bool' | 'nb_int' | 'nb_float' | 'nb_index'>;

/** binary_op1: try a's slot, b's (first when b's type is a subclass), NotImplemented means the other. */
export function binaryOp1(a: PyObject, b: PyObject, slot: BinSlotName): PyObject {
  const ta = a.ob_type;
  const tb = b.ob_type;
  const fa = ta.tp_as_number[slot];
  const fb = tb !== ta ? tb.tp_as_number[slot] : undefined;
  if (fa !== undefined) {
    if (fb !== undefined && isSubtype(tb, ta)) {
      const r = fb(a, b);
      if (r !== NotImplemented) return r;
      decref(r);
      const r2 = fa(a, b);
      if (r2 !== NotImplemented) return r2;
      return r2;
    }
    const r = fa(a, b);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  if (fb !== undefined) return fb(a, b);
  return incref(NotImplemented);
}

/** PyNumber_<op>: a new reference, or TypeError naming the operand types. */
export function binaryOp(a: PyObject, b: PyObject, slot: BinSlotName): PyObject {
  const r = binaryOrSequence(a, b, slot);
  if (r !== null) return r;
  if (slot === 'nb_remainder' && a.ob_type === strType) {
    throw typeError('not all arguments converted during string formatting');
  }
  throw unsupportedOperands(a, b, SYMBOL[slot]);
}

/** Objects/abstract.c binop_type_error: PyErr_Format with the operator and both type names as %s. */
export function unsupportedOperands(a: PyObject, b: PyObject, sym: string) {
  fromFormatPieces(sym, a.ob_type.tp_name, b.ob_type.tp_name);
  return typeError(`unsupported operand type(s) for ${sym}: '${a.ob_type.tp_name}' and '${b.ob_type.tp_name}'`);
}

/** binary_op1, then the sequence fallbacks (sq_concat, sq_repeat); null when neither applies. */
function binaryOrSequence(a: PyObject, b: PyObject, slot: BinSlotName): PyObject | null {
  const r = binaryOp1(a, b, slot);
  if (r !== NotImplemented) return r;
  decref(r);
  return slot === 'nb_add' || slot === 'nb_multiply' ? sequenceFallback(a, b, slot) : null;
}

/** A sequence type's sq_concat and sq_repeat (PySequenceMethods); its subclasses inherit them. */
export interface SequenceSlots {
  readonly concat: (a: PyObject, b: PyObject) => PyObject;
  /** The count as sequence_repeat gives it: any Py_ssize_t, negative ones too. */
  readonly repeat: (seq: PyObject, count: number) => PyObject;
}
const sequenceSlots = new Map<PyType, SequenceSlots>();

export function defSequenceSlots(t: PyType, slots: SequenceSlots): void {
  sequenceSlots.set(t, slots);
}

/** The sq_concat and sq_repeat type t fills itself (its slot wrappers' __mul__ is wrap_indexargfunc). */
export function ownSequenceSlots(t: PyType): SequenceSlots | undefined {
  return sequenceSlots.get(t);
}

function sequenceSlotsOf(o: PyObject): SequenceSlots | undefined {
  for (const k of o.ob_type.tp_mro) {
    const s = sequenceSlots.get(k);
    if (s !== undefined) return s;
  }
  return undefined;
}

/**
 * PyNumber_Add and PyNumber_Multiply once the number slots gave up (Objects/abstract.c): the
 * left operand's sq_concat; the left operand's sq_repeat, else the right one's.
 */
function sequenceFallback(a: PyObject, b: PyObject, slot: 'nb_add' | 'nb_multiply'): PyObject | null {
  const sa = sequenceSlotsOf(a);
  if (slot === 'nb_add') return sa === undefined ? null : sa.concat(a, b);
  if (sa !== undefined) return sequenceRepeat(sa, a, b);
  const sb = sequenceSlotsOf(b);
  return sb === undefined ? null : sequenceRepeat(sb, b, a);
}

function sequenceRepeat(slots: SequenceSlots, seq: PyObject, n: PyObject): PyObject {
  return slots.repeat(seq, repeatCount(n));
}

/**
 * sequence_repeat's count, also that of sq_inplace_repeat (Objects/abstract.c): the count must
 * have __index__ and fit a Py_ssize_t (PyNumber_AsSsize_t with OverflowError).
 */
export function repeatCount(n: PyObject): number {
  if (!(n instanceof PyInt) && n.ob_type.tp_as_number.nb_index === undefined) {
    throw typeError(`can't multiply sequence by non-int of type '${n.ob_type.tp_name}'`);
  }
  return numberAsSsize(n, OverflowError);
}

/** PyNumber_InPlace<op>: the in-place slot if the type has one, else the binary operator. */
export function inplaceOp(a: PyObject, b: PyObject, slot: BinSlotName): PyObject {
  const f = a.ob_type.tp_as_number.nb_inplace?.[slot as keyof NonNullable<NumberMethods['nb_inplace']>];
  if (f !== undefined) {
    const r = f(a, b);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  const r = binaryOrSequence(a, b, slot);
  if (r !== null) return r;
  throw unsupportedOperands(a, b, `${SYMBOL[slot]}=`);
}

export function unaryOp(o: PyObject, slot: 'nb_negative' | 'nb_positive' | 'nb_invert' | 'nb_absolute'): PyObject {
  const f = o.ob_type.tp_as_number[slot];
  if (f === undefined) {
    const sym = { nb_negative: '-', nb_positive: '+', nb_invert: '~', nb_absolute: 'abs()' }[slot];
    if (slot === 'nb_absolute') throw typeError(`bad operand type for abs(): '${o.ob_type.tp_name}'`);
    throw typeError(`bad operand type for unary ${sym}: '${o.ob_type.tp_name}'`);
  }
  return f(o);
}

/** PyNumber_Index as a JS number (for indexes and counts); TypeError for non-integers. */
export function asIndex(o: PyObject, what = 'integer'): number {
  if (o instanceof PyInt) return o.toNumber();
  const f = o.ob_type.tp_as_number.nb_index;
  if (f !== undefined) {
    const r = f(o);
    if (!(r instanceof PyInt)) {
      decref(r);
      throw typeError(`__index__ returned non-int (type ${r.ob_type.tp_name})`);
    }
    const v = r.toNumber();
    decref(r);
    return v;
  }
  throw typeError(`'${o.ob_type.tp_name}' object cannot be interpreted as an ${what}`);
}

/**
 * PyNumber_AsSsize_t(o, exc): o's index as a Py_ssize_t; one that does not fit raises exc,
 * or is clipped to the nearest end when exc is null.
 */
export function numberAsSsize(o: PyObject, exc: PyType | null): number {
  const i = numberIndex(o);
  const v = i.toBigInt();
  decref(i);
  // The bounds are checked on the int itself: as doubles, 2**63 - 1 and 2**63 are one number.
  if (v >= -(2n ** 63n) && v <= 2n ** 63n - 1n) return Number(v);
  if (exc === null) return v < 0n ? -(2 ** 63) : 2 ** 63 - 1;
  throw pyError(exc, `cannot fit '${o.ob_type.tp_name}' into an index-sized integer`);
}

/** PyNumber_Index: a new reference to an int; from 3.10 an int subclass's value is copied into an exact int. */
export function numberIndex(o: PyObject): PyInt {
  let r: PyObject;
  if (o instanceof PyInt) {
    r = incref(o);
  } else {
    const f = o.ob_type.tp_as_number.nb_index;
    if (f === undefined) throw typeError(`'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
    r = f(o);
    if (!(r instanceof PyInt)) {
      decref(r);
      throw typeError(`__index__ returned non-int (type ${r.ob_type.tp_name})`);
    }
  }
  const i = r as PyInt;
  if (R.minor <= 9 || i.ob_type === intType) return i;
  const copy = i.big === null ? newInt(i.n) : newIntBig(i.big);
  decref(i);
  return copy;
}

/**
 * Objects/abstract.c PyNumber_Float, less its closing str parse (null there): an exact float is
 * itself; an int (long_float) or a float subclass (float_float) gives a new float, else the
 * type's __float__ (a float subclass's result copied), then its __index__.
 */
export function numberFloat(o: PyObject): PyFloat | null {
  if (o.ob_type === floatType) return incref(o) as PyFloat;
  const nb = o.ob_type.tp_as_number;
  if (nb.nb_float !== undefined) {
    if (o instanceof PyInt && nb.nb_float === intType.tp_as_number.nb_float) return newFloat(intAsDouble(o));
    if (o instanceof PyFloat && nb.nb_float === floatType.tp_as_number.nb_float) return newFloat(o.value);
    const r = nb.nb_float(o);
    if (r.ob_type === floatType) return r as PyFloat;
    if (!(r instanceof PyFloat)) {
      decref(r);
      throw typeError(`${o.ob_type.tp_name}.__float__ returned non-float (type ${r.ob_type.tp_name})`);
    }
    const v = r.value;
    decref(r);
    return newFloat(v);
  }
  if (nb.nb_index !== undefined) {
    const n = numberIndex(o);
    try {
      return newFloat(intAsDouble(n));
    } finally {
      decref(n);
    }
  }
  return o instanceof PyFloat ? newFloat(o.value) : null;
}

/** PyLong_AsDouble: OverflowError past the double range. */
function intAsDouble(i: PyInt): number {
  const v = i.toNumber();
  if (!Number.isFinite(v)) throw overflowError('int too large to convert to float');
  return v;
}

/** Normalise a sequence index (negative counts from the end); IndexError when out of range. */
export function seqIndex(o: PyObject, n: number, what: string, outOfRange?: () => PyErr): number {
  let i = asIndexFor(o, what);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw outOfRange !== undefined ? outOfRange() : indexError(`${what} index out of range`);
  return i;
}

function asIndexFor(o: PyObject, what: string): number {
  if (o instanceof PyInt && o.big === null) return o.n;
  // PyNumber_AsSsize_t(item, PyExc_IndexError): past a Py_ssize_t, "cannot fit" as an IndexError.
  if (o instanceof PyInt || o.ob_type.tp_as_number.nb_index !== undefined) return numberAsSsize(o, IndexError);
  throw typeError(`${what} indices must be integers or slices, not ${o.ob_type.tp_name}`);
}
