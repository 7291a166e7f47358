// 3.12+'s LOAD_SUPER_ATTR in its method form (Python/bytecodes.c): the generic instruction makes
// the super object and binds the attribute; once specialized (LOAD_SUPER_ATTR_METHOD, from the
// second execution) _PySuper_Lookup leaves a method descriptor unbound, to be called with self.
import * as abs from '../objects/abstract';
import type { PySuper } from '../objects/descr';
import { superLookupDescr } from '../objects/super-lookup';
import { builtinSuperType } from '../objects/typenew';
import type { PyStr } from '../objects/str';
import { classCallLookups } from '../objects/classes';
import { genericGetAttr } from '../objects/typeobject';
import { R } from '../state';
import type { Frame } from './frame';
import { loadMethod } from './calls';
import { adaptiveStep, instructionCache, Spec, specOf } from './specialize';

/** [super] -> [method, self] or [NULL, attr]; the model still makes the super object the CALL before it made. */
export function loadSuperMethod(f: Frame, name: PyStr, pc: number): void {
  const sup = f.stack[f.sp - 1]!;
  // _Py_Specialize_LoadSuperAttr: the builtin super, and a type as the class (DEOPT_IFs alike).
  const fits = sup.ob_type === builtinSuperType();
  const cache = instructionCache(f.code);
  const i = pc >> 1;
  const hit = specOf(cache[i]) === Spec.SuperMethod && fits;
  if (!hit && adaptiveStep(cache, i, () => (fits ? Spec.SuperMethod : Spec.None)) !== Spec.SuperMethod) return loadMethod(f, name);
  const s = sup as PySuper;
  const self = s.obj;
  const tp = self.ob_type;
  // Only a receiver whose type has PyObject_GenericGetAttr gets its method unbound.
  if (tp.tp_getattro === genericGetAttr || (tp.isHeapType && classCallLookups(tp).genericGetattr)) {
    const descr = superLookupDescr(s, name.value);
    if (descr !== null && descr.ob_type.tp_flags_method_descriptor) {
      abs.incref(descr);
      abs.incref(self);
      f.stack[f.sp - 1] = descr;
      f.stack[f.sp++] = self;
      R.heap.decref(sup);
      return;
    }
  }
  loadMethod(f, name);
}
