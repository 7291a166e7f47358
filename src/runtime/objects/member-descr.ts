// member_descriptor (Objects/descrobject.c PyMemberDescr_Type): the descriptor a __slots__
// name becomes, reading and writing its instance's slot.
import { descrCheck } from './getset';
import { R } from '../state';
import * as abs from './abstract';
import { attributeError } from './exceptions';
import { PyObject, PyType, typeQualname } from './object';
import { internStr, newStr } from './str';
import { objectType, readyType, typeType } from './typeobject';
import { defGetSet, descrDealloc, DESCR_BYTES } from './getset';
import type { PyInstance } from './classes';
import { slotCount } from './instance-layout';

/** A __slots__ member descriptor. */
class PyMemberDescr extends PyObject {
  constructor(
    type: PyType,
    readonly owner: PyType,
    readonly name: string,
    readonly index: number,
  ) {
    super(type);
  }
}
const memberDescrType = readyType(new PyType(typeType, 'member_descriptor'), objectType, { gc: true, basetype: false });
memberDescrType.tp_dealloc = (d) => descrDealloc(d, (d as PyMemberDescr).owner);
memberDescrType.tp_sizeof = () => DESCR_BYTES - 16;
memberDescrType.tp_traverse = (d, visit) => visit((d as PyMemberDescr).owner);
memberDescrType.tp_descr_get = (d, obj) => {
  const m = d as PyMemberDescr;
  if (obj === null) {
    R.heap.incref(d);
    return d;
  }
  descrCheck(m.name, m.owner, obj);
  if (m instanceof PyStructMember) return m.get(obj);
  const v = (obj as PyInstance).slots?.[m.index] ?? null;
  // member_get: 3.8-3.9 name only the slot.
  if (v === null) throw attributeError(R.minor >= 10 ? `'${obj.ob_type.tp_name}' object has no attribute '${m.name}'` : m.name);
  R.heap.incref(v);
  return v;
};
memberDescrType.tp_descr_set = (d, obj, v) => {
  const m = d as PyMemberDescr;
  descrCheck(m.name, m.owner, obj);
  if (m instanceof PyStructMember) {
    // PyMember_SetOne on a READONLY member.
    if (m.set === null) throw attributeError('readonly attribute');
    return m.set(obj, v);
  }
  // A builtin's subclass (an exception, a list...) gets its slot array when first set.
  const inst = obj as PyInstance;
  const slots = inst.slots ?? (inst.slots = new Array<PyObject | null>(slotCount(obj.ob_type)).fill(null));
  const old = slots[m.index];
  if (v === null && old === null) throw unsetSlot(obj, m.name);
  if (v !== null) R.heap.incref(v);
  slots[m.index] = v;
  if (old !== null) R.heap.decref(old);
};
/** member_set deleting an empty slot names only the slot (measured 3.8-3.13). */
function unsetSlot(_obj: PyObject, name: string) {
  return attributeError(name);
}
// descrobject.c descr_members / descr_getset: the slot's (mangled) name, its owner's qualname before it, the owner.
defGetSet(memberDescrType, '__name__', (o) => internStr((o as PyMemberDescr).name));
defGetSet(memberDescrType, '__qualname__', (o) => newStr(`${typeQualname((o as PyMemberDescr).owner)}.${(o as PyMemberDescr).name}`));
defGetSet(memberDescrType, '__objclass__', (o) => abs.incref((o as PyMemberDescr).owner));
memberDescrType.tp_repr = (d) => newStr(`<member '${(d as PyMemberDescr).name}' of '${(d as PyMemberDescr).owner.tp_name}' objects>`);

/** PyDescr_NewMember for a __slots__ name: a GC object that holds a reference to its type. */
export function newMemberDescr(owner: PyType, name: string, index: number): PyMemberDescr {
  const d = R.heap.newObject(new PyMemberDescr(memberDescrType, owner, name, index), DESCR_BYTES, 16);
  R.heap.incref(owner);
  return d;
}

/**
 * A member of a builtin type's own struct (a PyMemberDef of its tp_members, such as
 * OSError.errno): static like the type, read and written by the type's code.
 */
class PyStructMember extends PyMemberDescr {
  constructor(
    owner: PyType,
    name: string,
    readonly get: (o: PyObject) => PyObject,
    readonly set: ((o: PyObject, v: PyObject | null) => void) | null,
  ) {
    super(memberDescrType, owner, name, -1);
  }
}

/** Put a struct member (set null: READONLY) in a builtin type's dict. */
export function defStructMember(owner: PyType, name: string, get: (o: PyObject) => PyObject, set: ((o: PyObject, v: PyObject | null) => void) | null): void {
  owner.tp_dict.set(name, new PyStructMember(owner, name, get, set));
}
