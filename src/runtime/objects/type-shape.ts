// The layout fields of any type (tp_basicsize, tp_itemsize, tp_dictoffset, tp_weaklistoffset):
// a builtin's as CPython reports them, a class's as type_new lays it out per version; and
// solid_base/best_base (Objects/typeobject.c), which pick the base a class's instances extend.
import { R } from '../state';
import { typeError } from './exceptions';
import { isSubtype, PyType } from './object';
import { typeLayout } from './builtin-layouts';
import { inheritedSlotNames } from './instance-layout';
import { unsupported } from '../errors';
import { objectType } from './typeobject';

export interface TypeShape {
  basicsize: number;
  itemsize: number;
  dictoffset: number;
  weaklistoffset: number;
}

/** MANAGED_WEAKREF_OFFSET (3.12+): the weak reference list sits before the object. */
const MANAGED_WEAKREF_OFFSET = -32;

/**
 * The type's layout fields, null for a builtin the table lacks (and classes derived from
 * it). Classes (made by type_new: they hold their name object) are laid out here; the heap
 * types start-up makes (ExceptionGroup) are in the table.
 */
export function typeShape(t: PyType): TypeShape | null {
  if (t.ht_name === null) {
    const f = typeLayout(t.tp_name, R.minor);
    return f === null ? null : { basicsize: f[0], itemsize: f[1], dictoffset: f[3], weaklistoffset: f[4] };
  }
  return heapShape(t);
}

/** typeShape for what a script asks (__basicsize__...): refused, not guessed, where unknown. */
export function knownTypeShape(t: PyType): TypeShape {
  const shape = typeShape(t);
  if (shape === null) throw unsupported(`the instance layout of type '${t.tp_name}'`);
  return shape;
}

/**
 * type_new_descriptors (type_new's inline code to 3.10): the base's size, the class's own
 * slots, then the pointers it adds. 3.8-3.10 put the dict pointer first (after the items where
 * they vary: a negative offset), then the weak reference list; 3.11 moves a fixed-size
 * object's dict before the object (Py_TPFLAGS_MANAGED_DICT); 3.12 moves both.
 */
function heapShape(t: PyType): TypeShape | null {
  const b = typeShape(t.tp_base!);
  if (b === null) return null;
  let offset = b.basicsize + 8 * ownSlotCount(t);
  let dictoffset = b.dictoffset;
  let weaklistoffset = b.weaklistoffset;
  if (R.minor <= 10) {
    if (t.addsDict) {
      dictoffset = b.itemsize !== 0 ? -8 : offset;
      offset += 8;
    }
    if (t.addsWeakref) {
      weaklistoffset = offset;
      offset += 8;
    }
  } else if (R.minor === 11) {
    if (t.addsDict && b.itemsize !== 0) {
      dictoffset = -8;
      offset += 8;
    }
    if (t.addsWeakref) {
      weaklistoffset = offset;
      offset += 8;
    }
    if (t.addsDict && b.itemsize === 0) dictoffset = -offset - 24;
  } else {
    if (t.addsWeakref) weaklistoffset = MANAGED_WEAKREF_OFFSET;
    if (t.addsDict) dictoffset = -1;
  }
  return { basicsize: offset, itemsize: b.itemsize, dictoffset, weaklistoffset };
}

/** The __slots__ members a class declares itself (its slot names follow its base's). */
function ownSlotCount(t: PyType): number {
  return t.slotNames === null ? 0 : t.slotNames.length - inheritedSlotNames(t.tp_base!).length;
}

/**
 * extra_ivars (to 3.11): does the type add fields to its base's, besides the __dict__ and
 * __weakref__ pointers a class puts at its end? 3.12+ (shape_differs): any change of size.
 */
function extraIvars(t: PyType, base: PyType): boolean {
  const ts = typeShape(t);
  const bs = typeShape(base);
  // A builtin the table lacks has fields of its own; a class on it adds fields with __slots__.
  if (ts === null || bs === null) return !t.isHeapType || ownSlotCount(t) > 0;
  if (R.minor >= 12 || ts.itemsize !== 0 || bs.itemsize !== 0) return ts.basicsize !== bs.basicsize || ts.itemsize !== bs.itemsize;
  let size = ts.basicsize;
  const addedAt = (offset: number, baseOffset: number) => t.isHeapType && offset !== 0 && baseOffset === 0 && offset + 8 === size;
  if (addedAt(ts.weaklistoffset, bs.weaklistoffset)) size -= 8;
  // 3.11's managed dict has a negative offset: never at the end.
  if (addedAt(ts.dictoffset, bs.dictoffset)) size -= 8;
  // 3.11 checks the weak reference list again, in case it precedes __dict__.
  if (R.minor === 11 && addedAt(ts.weaklistoffset, bs.weaklistoffset)) size -= 8;
  return size !== bs.basicsize;
}

/** solid_base: the nearest type in t's base chain whose instances have fields of their own. */
export function layoutBase(t: PyType): PyType {
  const base = t.tp_base === null ? objectType : layoutBase(t.tp_base);
  if (t === base) return base;
  return extraIvars(t, base) ? t : base;
}

/** best_base: the base whose solid base every other base's solid base is a supertype of. */
export function bestBase(bases: PyType[]): PyType {
  let base: PyType | null = null;
  let winner: PyType | null = null;
  for (const b of bases) {
    if (!b.tp_flags_basetype) throw typeError(`type '${b.tp_name}' is not an acceptable base type`);
    if (bases.length === 1) return b;
    const candidate = layoutBase(b);
    if (winner === null || (!isSubtype(winner, candidate) && isSubtype(candidate, winner))) {
      winner = candidate;
      base = b;
    } else if (!isSubtype(winner, candidate)) {
      throw typeError('multiple bases have instance lay-out conflict');
    }
  }
  return base!;
}
