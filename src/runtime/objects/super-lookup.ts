// The lookup a super object makes (Objects/typeobject.c _super_lookup_descr), shared by
// super_getattro and 3.12+'s LOAD_SUPER_ATTR; no runtime imports, so the VM can use it early.
import type { PyObject } from './object';
import type { PySuper } from './descr';

/** name in the MRO of s's object type after thisType, unbound (a borrowed reference), or null. */
export function superLookupDescr(s: PySuper, name: string): PyObject | null {
  const mro = s.objType.tp_mro;
  for (let i = mro.indexOf(s.thisType) + 1; i < mro.length; i++) {
    const v = mro[i].tp_dict.get(name);
    if (v !== undefined) return v;
  }
  return null;
}
