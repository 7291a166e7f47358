// Slot wrappers (Objects/typeobject.c add_operators, slotdefs): a builtin type's container
// slots are also methods in its dict (dict.__setitem__, list.__getitem__, ...), so that
// super().__setitem__(k, v) in a subclass reaches the builtin behaviour.
import * as abs from './abstract';
import { pyError, StopIteration, typeError } from './exceptions';
import { defMethod, NativeMethod } from './function';
import { newInt } from './int';
import { PyObject, PyType } from './object';
import { None, pyBool } from './singletons';
import { afterInherit } from './typeobject';

/** wrap_* argument checks: "expected N argument(s), got M". */
function want(args: PyObject[], n: number): void {
  if (args.length !== n) throw typeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

function wrappers(t: PyType): Array<[string, NativeMethod]> {
  const out: Array<[string, NativeMethod]> = [];
  // Captured now: dict.__setitem__ must run dict's slot, not the subclass's override.
  const { mp_subscript: get, mp_ass_subscript: ass, mp_length: len, sq_contains: contains, tp_iter: iter, tp_iternext: next } = t;
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
  for (const t of types) {
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
};
