// Slot wrappers (Objects/typeobject.c add_operators, slotdefs): a builtin type's container
// slots are also methods in its dict (dict.__setitem__, list.__getitem__, ...), so that
// super().__setitem__(k, v) in a subclass reaches the builtin behaviour; descriptor reprs.
import * as abs from './abstract';
import { pyError, StopIteration, typeError } from './exceptions';
import { boundBuiltinType, defMethod, methodDescrType, NativeMethod, PyBoundBuiltin, PyMethodDescr } from './function';
import { newStr } from './str';
import { newInt } from './int';
import { PyObject, PyType } from './object';
import { None, noneType, pyBool } from './singletons';
import { PySlice, sliceType } from './slice';
import { defGetSet } from './getset';
import { afterInherit, typeType } from './typeobject';

/** wrap_* argument checks: "expected N argument(s), got M". */
function want(args: PyObject[], n: number): void {
  if (args.length !== n) throw typeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

function wrappers(t: PyType): Array<[string, NativeMethod]> {
  const out: Array<[string, NativeMethod]> = [];
  // Captured now: dict.__setitem__ must run dict's slot, not the subclass's override.
  const { mp_subscript: get, mp_ass_subscript: ass, mp_length: len, sq_contains: contains, tp_iter: iter, tp_iternext: next, tp_call: call } = t;
  // type.__call__ (and any builtin's): super().__call__(...) in a metaclass creates the instance.
  if (call) out.push(['__call__', (o, a, kw) => call(o, a, kw)]);
  if (get) out.push(['__getitem__', (o, a) => (want(a, 1), get(o, a[0]))]);
  if (ass) {
    out.push(['__setitem__', (o, a) => (want(a, 2), ass(o, a[0], a[1]), abs.incref(None))]);
    out.push(['__delitem__', (o, a) => (want(a, 1), ass(o, a[0], null), abs.incref(None))]);
  }
  if (len) out.push(['__len__', (o, a) => (want(a, 0), newInt(len(o)))]);
  if (contains) out.push(['__contains__', (o, a) => (want(a, 1), pyBool(contains(o, a[0])))]);
  if (iter) out.push(['__iter__', (o, a) => (want(a, 0), iter(o))]);
  if (next) {
    out.push([
      '__next__',
      (o, a) => {
        want(a, 0);
        const r = next(o);
        if (r === null) throw pyError(StopIteration);
        return r;
      },
    ]);
  }
  return out;
}

afterInherit.push((types) => {
  // type itself is made before readyType exists, so it is not in the list.
  for (const t of [typeType, ...types]) {
    const base = t.tp_base;
    for (const [name, fn] of wrappers(t)) {
      if (t.tp_dict.has(name)) continue;
      // Only the slots the type defines itself; inherited ones are found on the base.
      const slot = SLOT_OF[name];
      if (base !== null && (base as unknown as Record<string, unknown>)[slot] === (t as unknown as Record<string, unknown>)[slot]) continue;
      defMethod(t, name, fn);
    }
  }
});

const SLOT_OF: Record<string, string> = {
  __getitem__: 'mp_subscript',
  __setitem__: 'mp_ass_subscript',
  __delitem__: 'mp_ass_subscript',
  __len__: 'mp_length',
  __contains__: 'sq_contains',
  __iter__: 'tp_iter',
  __next__: 'tp_iternext',
  __call__: 'tp_call',
};

// Objects/descrobject.c method_repr / wrapperdescr_repr, Objects/methodobject.c meth_repr.
methodDescrType.tp_repr = (d) => {
  const m = d as PyMethodDescr;
  const kind = m.name in SLOT_OF ? 'slot wrapper' : 'method';
  return newStr(`<${kind} '${m.name}' of '${m.owner.tp_name}' objects>`);
};
boundBuiltinType.tp_repr = (o) => {
  const b = o as PyBoundBuiltin;
  const kind = b.descr.name in SLOT_OF ? 'method-wrapper' : 'built-in method';
  const at = `0x${b.self.id.toString(16).padStart(12, '0')}`;
  return newStr(kind === 'method-wrapper' ? `<method-wrapper '${b.descr.name}' of ${b.self.ob_type.tp_name} object at ${at}>` : `<built-in method ${b.descr.name} of ${b.self.ob_type.tp_name} object at ${at}>`);
};

// NoneType() is None (none_new), and a slice's start, stop and step (slice_members).
noneType.tp_new = (_t, args) => {
  if (args.length > 0) throw typeError('NoneType takes no arguments');
  return abs.incref(None);
};
for (const name of ['start', 'stop', 'step'] as const) defGetSet(sliceType, name, (o) => abs.incref((o as PySlice)[name]));
