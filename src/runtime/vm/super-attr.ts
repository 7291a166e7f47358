// 3.12+'s LOAD_SUPER_ATTR (Python/bytecodes.c), run by the LOAD_ATTR or LOAD_METHOD after a
// super() call the model compiles but skips: the generic instruction makes the super object;
// specialized (LOAD_SUPER_ATTR_ATTR/_METHOD, from the second execution) it makes none.
import * as abs from '../objects/abstract';
import { PyObject, PyType } from '../objects/object';
import { superArgsFromFrame, supercheck, superLookupDescr } from '../objects/super-lookup';
import { builtinSuperType } from '../objects/typenew';
import type { PyStr } from '../objects/str';
import { classCallLookups } from '../objects/classes';
import { genericGetAttr } from '../objects/typeobject';
import { R } from '../state';
import type { Frame } from './frame';
import type { PyCell } from '../objects/function';
import type { PyErr } from '../errors';
import { unboundDeref, unboundLocal } from './names';
import { call, loadMethod } from './calls';
import { adaptiveStep, instructionCache, Spec, specOf } from './specialize';

/** [NULL, super, args...] -> [attr], or for the method form [method, self] or [NULL, attr]. */
export function loadSuperAttr(f: Frame, name: PyStr, pc: number, method: boolean): void {
  const stack = f.stack;
  const nargs = f.code.superLoads.get(pc)!;
  const base = f.sp - nargs - 2;
  // LOAD_GLOBAL super, then LOAD_DEREF __class__ and LOAD_FAST of the first argument, or the two given.
  const globalSuper = stack[base] ?? stack[base + 1]!;
  let cls: PyObject | null = null;
  let self: PyObject | null = null;
  const builtin = globalSuper === builtinSuperType();
  if (nargs === 2) [cls, self] = [stack[f.sp - 2]!, stack[f.sp - 1]!];
  else if (builtin) {
    zeroArgLoads(f, pc);
    [cls, self] = superArgsFromFrame();
  }
  // _Py_Specialize_LoadSuperAttr: the builtin super, and a type as the class (the DEOPT_IFs alike).
  const fits = builtin && cls instanceof PyType;
  const cache = instructionCache(f.code);
  const i = pc >> 1;
  const hit = specOf(cache[i]) === Spec.SuperAttr && fits;
  if (!hit && adaptiveStep(cache, i, () => (fits ? Spec.SuperAttr : Spec.None)) !== Spec.SuperAttr) {
    // The generic instruction: super(class, self) made, the attribute got from it, then freed.
    call(f, nargs, null);
    if (method) return loadMethod(f, name);
    const sup = stack[f.sp - 1]!;
    stack[f.sp - 1] = abs.getAttr(sup, name);
    R.heap.decref(sup);
    return;
  }
  const [attr, unbound] = superLookup(cls as PyType, self!, name, method);
  // The method form's self is the stack's reference passed on: take it before the stack goes.
  if (unbound) abs.incref(self!);
  for (let k = base; k < f.sp; k++) {
    const v = stack[k];
    stack[k] = null;
    if (v !== null) R.heap.decref(v);
  }
  f.sp = base;
  if (method) stack[f.sp++] = unbound ? attr : null;
  stack[f.sp++] = unbound ? self : attr;
}

/**
 * The LOAD_DEREF of __class__ and the load of the first argument that CPython runs before
 * LOAD_SUPER_ATTR (compile.c load_args_for_super), at the super() call: an unbound one fails
 * there, as any load does, before super() could say so.
 */
function zeroArgLoads(f: Frame, pc: number): void {
  const code = f.code;
  const nv = code.varnames.length;
  const classAt = nv + code.cellvars.length + code.freevars.indexOf('__class__');
  const firstCell = code.cellvars.indexOf(code.varnames[0]);
  let err: PyErr | null = null;
  if ((f.fast[classAt] as PyCell).ref === null) err = unboundDeref(f, classAt);
  else if (firstCell >= 0 ? (f.fast[nv + firstCell] as PyCell).ref === null : f.fast[0] === null) err = unboundLocal(code.varnames[0]);
  if (err === null) return;
  // The instruction that fails is one of the call's (tb_lasti at the CALL the model skips).
  f.pc = pc;
  throw err;
}

/**
 * typeobject.c _PySuper_Lookup (do_super_lookup): name in the MRO after cls, bound to self, or
 * unbound (true) when the method form finds a method descriptor. Not found, a super object is
 * made for the occasion to answer.
 */
function superLookup(cls: PyType, self: PyObject, name: PyStr, method: boolean): [PyObject, boolean] {
  const objType = supercheck(cls, self);
  const descr = name.value === '__class__' ? null : superLookupDescr(cls, objType, name.value);
  if (descr !== null) {
    // Only a receiver whose type has PyObject_GenericGetAttr gets its method unbound.
    const tp = self.ob_type;
    const generic = tp.tp_getattro === genericGetAttr || (tp.isHeapType && classCallLookups(tp).genericGetattr);
    if (method && generic && descr.ob_type.tp_flags_method_descriptor) return [abs.incref(descr), true];
    const get = descr.ob_type.tp_descr_get;
    return [get === undefined ? abs.incref(descr) : get(descr, self === objType ? null : self, objType), false];
  }
  // super_vectorcall: made empty, then filled.
  const t = builtinSuperType()!;
  const sup = t.tp_new!(t, [], null);
  try {
    t.tp_init!(sup, [cls, self], null);
    return [abs.getAttr(sup, name), false];
  } finally {
    R.heap.decref(sup);
  }
}
