// obj.__class__ = cls (Objects/typeobject.c object_set_class): between classes whose instances
// have the same memory layout (compatible_for_assignment), or module subclasses.
import { R } from '../state';
import { typeError } from './exceptions';
import { instanceDict, PyInstance } from './classes';
import { inheritedSlotNames } from './instance-layout';
import { valuesBytes } from './instance-layout';
import { isSubtype, PyObject, PyType } from './object';
import { moduleType } from './module';

/** The slot names t's own __slots__ added (its ht_slots), or null when it has no __slots__. */
function ownSlots(t: PyType): string[] | null {
  if (t.slotNames === null) return null;
  return t.slotNames.slice(t.tp_base === null ? 0 : inheritedSlotNames(t.tp_base).length);
}

/** compatible_with_tp_base: t's instances are laid out as its base's (a class that adds nothing). */
function compatibleWithBase(t: PyType): boolean {
  const parent = t.tp_base;
  if (parent === null || !t.isHeapType) return false;
  return (ownSlots(t) ?? []).length === 0 && !t.addsDict && !t.addsWeakref && t.tp_flags_gc === parent.tp_flags_gc;
}

/** same_slots_added: two classes over one base that add the same slots, dict and weak reference list. */
function sameSlotsAdded(a: PyType, b: PyType): boolean {
  if (!a.isHeapType || !b.isHeapType || a.addsDict !== b.addsDict || a.addsWeakref !== b.addsWeakref) return false;
  return (ownSlots(a) ?? []).join(',') === (ownSlots(b) ?? []).join(',');
}

/** compatible_for_assignment: the highest bases each shares its layout with are one, or alike. */
function compatibleForAssignment(oldto: PyType, newto: PyType): boolean {
  let newbase = newto;
  let oldbase = oldto;
  while (compatibleWithBase(newbase)) newbase = newbase.tp_base!;
  while (compatibleWithBase(oldbase)) oldbase = oldbase.tp_base!;
  return newbase === oldbase || (newbase.tp_base === oldbase.tp_base && sameSlotsAdded(newbase, oldbase));
}

export function setClass(o: PyObject, v: PyObject | null): void {
  if (v === null) throw typeError("can't delete __class__ attribute");
  if (!(v instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${v.ob_type.tp_name}' object`);
  const oldto = o.ob_type;
  const modules = isSubtype(v, moduleType) && isSubtype(oldto, moduleType);
  if (!modules && (!v.isHeapType || !oldto.isHeapType)) {
    throw typeError(`__class__ assignment only supported for ${R.minor >= 10 ? 'mutable' : 'heap'} types or ModuleType subclasses`);
  }
  if (!compatibleForAssignment(oldto, v)) throw typeError(`__class__ assignment: '${v.tp_name}' object layout differs from '${oldto.tp_name}'`);
  if (R.minor >= 11 && o instanceof PyInstance && o.valuesCap > 0) {
    // The implicit dict keys are the old class's: the instance's values become a dict first
    // (_PyObject_MakeDictFromInstanceAttributes); 3.13 detaches the dict, made now or before,
    // from the inline values (_PyDict_DetachFromObject).
    const d = instanceDict(o);
    if (R.minor >= 13 && d.borrowsValues) d.ownValues(valuesBytes(o.valuesCap));
  }
  if (v.isHeapType) R.heap.incref(v);
  o.ob_type = v;
  if (oldto.isHeapType) R.heap.decref(oldto);
}
