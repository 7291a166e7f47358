// The iterator builtins (Objects/enumobject.c, Python/bltinmodule.c): enumerate, zip,
// map, filter and reversed, each a small GC object holding what it iterates.
import { R } from '../state';
import * as abs from './abstract';
import { typeError, valueError } from './exceptions';
import { newInt } from './int';
import { PyList } from './list';
import { PyObject, PyType } from './object';
import { None } from './singletons';
import { PyStr } from './str';
import { newTuple, PyTuple } from './tuple';
import { readyType } from './typeobject';
import { registerBuiltin } from '../builtins';
import { PyRange } from './range';

/** An iterator whose next step is a closure over the objects it holds (counted references). */
export class PyFuncIter extends PyObject {
  constructor(
    type: PyType,
    public held: PyObject[],
    readonly step: (it: PyFuncIter) => PyObject | null,
    readonly bytes: number,
  ) {
    super(type);
  }
  index = 0;
  done = false;
}

function iterType(name: string, sizes: (minor: number) => number, make: (t: PyType, args: PyObject[], kw: Map<string, PyObject>) => PyFuncIter): PyType {
  const t = readyType(new PyType(null, name), undefined, { gc: true });
  t.tp_iter = (o) => abs.incref(o);
  t.tp_iternext = (o) => {
    const it = o as PyFuncIter;
    if (it.done) return null;
    const v = it.step(it);
    if (v === null) it.done = true;
    return v;
  };
  t.tp_dealloc = (o) => {
    const it = o as PyFuncIter;
    const held = it.held;
    it.held = [];
    for (const h of held) R.heap.decref(h);
    R.heap.freeObject(o, it.bytes);
  };
  t.tp_traverse = (o, visit) => {
    for (const h of (o as PyFuncIter).held) visit(h);
  };
  t.tp_sizeof = () => sizes(R.minor) - 16;
  t.tp_new = (tt, args, kwnames) => {
    const nkw = kwnames?.length ?? 0;
    const kw = new Map<string, PyObject>();
    for (let i = 0; i < nkw; i++) kw.set(kwnames![i].value, args[args.length - nkw + i]);
    return make(tt, args.slice(0, args.length - nkw), kw);
  };
  return t;
}

function newIter(t: PyType, held: PyObject[], step: (it: PyFuncIter) => PyObject | null, bytes: number): PyFuncIter {
  return R.heap.newObject(new PyFuncIter(t, held, step, bytes), bytes, 16);
}

export const enumerateType = iterType(
  'enumerate',
  (m) => (m >= 11 ? 72 : 64),
  (t, args, kw) => {
    const iterable = args[0] ?? kw.get('iterable');
    if (iterable === undefined) throw typeError("enumerate() missing required argument 'iterable' (pos 1)");
    const startObj = args[1] ?? kw.get('start');
    let n = startObj === undefined ? 0 : abs.asIndex(startObj);
    const it = abs.getIter(iterable);
    return newIter(
      t,
      [it],
      (self) => {
        const v = abs.iterNext(self.held[0]);
        if (v === null) return null;
        return newTuple([newInt(n++), v]);
      },
      R.minor >= 11 ? 72 : 64,
    );
  },
);

export const zipType = iterType(
  'zip',
  (m) => (m >= 10 ? 64 : 56),
  (t, args, kw) => {
    const strict = kw.get('strict');
    const isStrict = strict !== undefined && abs.isTrue(strict);
    const iters = args.map((a, i) => {
      try {
        return abs.getIter(a);
      } catch (e) {
        throw e instanceof Error ? e : typeError(`zip argument #${i + 1} must support iteration`);
      }
    });
    return newIter(
      t,
      iters,
      (self) => {
        if (self.held.length === 0) return null;
        const items: PyObject[] = [];
        for (let i = 0; i < self.held.length; i++) {
          const v = abs.iterNext(self.held[i]);
          if (v === null) {
            for (const x of items) abs.decref(x);
            if (isStrict) {
              if (i > 0) throw valueError(`zip() argument ${i + 1} is shorter than argument${i === 1 ? '' : 's'} 1${i > 1 ? `-${i}` : ''}`);
              for (let j = 1; j < self.held.length; j++) {
                const w = abs.iterNext(self.held[j]);
                if (w !== null) {
                  abs.decref(w);
                  throw valueError(`zip() argument ${j + 1} is longer than argument${j === 1 ? '' : 's'} 1${j > 1 ? `-${j}` : ''}`);
                }
              }
            }
            return null;
          }
          items.push(v);
        }
        return newTuple(items);
      },
      R.minor >= 10 ? 64 : 56,
    );
  },
);

export const mapType = iterType(
  'map',
  (m) => (m >= 14 ? 56 : 48),
  (t, args) => {
    if (args.length < 2) throw typeError('map() must have at least two arguments.');
    const fn = abs.incref(args[0]);
    const iters = args.slice(1).map((a) => abs.getIter(a));
    return newIter(
      t,
      [fn, ...iters],
      (self) => {
        const vals: PyObject[] = [];
        for (let i = 1; i < self.held.length; i++) {
          const v = abs.iterNext(self.held[i]);
          if (v === null) {
            for (const x of vals) abs.decref(x);
            return null;
          }
          vals.push(v);
        }
        try {
          return abs.call(self.held[0], vals);
        } finally {
          for (const x of vals) abs.decref(x);
        }
      },
      R.minor >= 14 ? 56 : 48,
    );
  },
);

export const filterType = iterType(
  'filter',
  () => 48,
  (t, args) => {
    if (args.length !== 2) throw typeError(`filter expected 2 arguments, got ${args.length}`);
    const fn = abs.incref(args[0]);
    const it = abs.getIter(args[1]);
    return newIter(
      t,
      [fn, it],
      (self) => {
        for (;;) {
          const v = abs.iterNext(self.held[1]);
          if (v === null) return null;
          let keep: boolean;
          if (self.held[0] === None) keep = abs.isTrue(v);
          else {
            const r = abs.call(self.held[0], [v]);
            keep = abs.isTrue(r);
            abs.decref(r);
          }
          if (keep) return v;
          abs.decref(v);
        }
      },
      48,
    );
  },
);

export const reversedType = iterType(
  'reversed',
  () => 48,
  (t, args) => {
    if (args.length !== 1) throw typeError(`reversed expected 1 argument, got ${args.length}`);
    const seq = args[0];
    if (seq instanceof PyRange) {
      const n = seq.length;
      const r = seq;
      return newIter(
        t,
        [abs.incref(seq)],
        (self) => (self.index < n ? newInt(r.start + r.step * (n - 1 - self.index++)) : null),
        48,
      );
    }
    const custom = seq.ob_type.isHeapType ? abs.callSpecial(seq, '__reversed__', []) : null;
    if (custom !== null) return custom as PyFuncIter;
    if (seq.ob_type.mp_length === undefined || seq.ob_type.mp_subscript === undefined) {
      throw typeError(`'${seq.ob_type.tp_name}' object is not reversible`);
    }
    let i = abs.length(seq) - 1;
    return newIter(
      t,
      [abs.incref(seq)],
      (self) => {
        const s = self.held[0];
        if (s instanceof PyList || s instanceof PyTuple) {
          if (i < 0 || i >= s.items.length) return null;
          return abs.incref(s.items[i--]);
        }
        if (i < 0) return null;
        const k = newInt(i--);
        try {
          return abs.getItem(s, k);
        } finally {
          abs.decref(k);
        }
      },
      48,
    );
  },
);

for (const t of [enumerateType, zipType, mapType, filterType, reversedType]) {
  registerBuiltin(t.tp_name, () => abs.incref(t));
}

export type { PyStr };
