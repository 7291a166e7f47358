// obj.__class__ = cls (Objects/typeobject.c object_set_class): between classes whose instances
// have the same memory layout (compatible_for_assignment), or module subclasses.
import { R } from '../state';
import { typeError } from './exceptions';
import { instanceDict, PyInstance, solidBase } from './classes';
import { typeLayout } from './builtin-layouts';
import { valuesBytes } from './instance-layout';
import { isSubtype, PyObject, PyType } from './object';
import { moduleType } from './module';

/**
 * What compatible_for_assignment compares, once each type is taken up to the highest base it
 * shares its layout with: the builtin under it, the slots (same_slots_added), the dict and the
 * weak reference list.
 */
function layoutKey(t: PyType): string {
  const base = solidBase(t);
  if (!t.isHeapType) {
    const f = typeLayout(t.tp_name, R.minor);
    return `${t.tp_name}|${f?.[3] ? 'dict' : ''}|${f?.[4] ? 'weak' : ''}|`;
  }
  let slots: string[] = [];
  for (const k of t.tp_mro) {
    if (k.slotNames !== null) {
      slots = k.slotNames;
      break;
    }
  }
  return `${base.tp_name}|${t.instanceDict ? 'dict' : ''}|${t.instanceWeakref ? 'weak' : ''}|${slots.join(',')}`;
}

export function setClass(o: PyObject, v: PyObject | null): void {
  if (v === null) throw typeError("can't delete __class__ attribute");
  if (!(v instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${v.ob_type.tp_name}' object`);
  const oldto = o.ob_type;
  const modules = isSubtype(v, moduleType) && isSubtype(oldto, moduleType);
  if (!modules && (!v.isHeapType || !oldto.isHeapType)) {
    throw typeError(`__class__ assignment only supported for ${R.minor >= 10 ? 'mutable' : 'heap'} types or ModuleType subclasses`);
  }
  if (layoutKey(v) !== layoutKey(oldto)) throw typeError(`__class__ assignment: '${v.tp_name}' object layout differs from '${oldto.tp_name}'`);
  if (R.minor >= 11 && o instanceof PyInstance && o.dictObj === null && o.valuesCap > 0) {
    // The implicit dict keys are the old class's: the instance's values become a dict first
    // (_PyObject_MakeDictFromInstanceAttributes); 3.13 detaches it from the inline values.
    const d = instanceDict(o);
    if (R.minor >= 13 && d.borrowsValues) d.ownValues(valuesBytes(o.valuesCap));
  }
  if (v.isHeapType) R.heap.incref(v);
  o.ob_type = v;
  if (oldto.isHeapType) R.heap.decref(oldto);
}
