// list and tuple methods (Objects/listobject.c, tupleobject.c): append, extend, insert,
// pop, remove, index, count, reverse, sort, copy, clear; tuple index and count.
import { R } from '../state';
import * as abs from './abstract';
import { indexError, typeError, valueError } from './exceptions';
import { defMethod, NativeMethod } from './function';
import { newInt, PyInt } from './int';
import { listAppend, listExtend, listResize, listType, newList, PyList } from './list';
import { PyObject } from './object';
import { None } from './singletons';
import { PyStr } from './str';
import { tupleType, PyTuple } from './tuple';
import { sortList } from '../builtins';

const none = (): PyObject => abs.incref(None);

function noKw(name: string, kw: PyStr[] | null): void {
  if (kw !== null && kw.length > 0) throw typeError(`${name}() takes no keyword arguments`);
}

function nargs(name: string, a: PyObject[], min: number, max: number): void {
  if (a.length < min || a.length > max) {
    if (min === max) {
      throw typeError(
        min === 0 ? `${name}() takes no arguments (${a.length} given)` : `${name}() takes exactly one argument (${a.length} given)`,
      );
    }
    if (a.length < min) throw typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${a.length}`);
    throw typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${a.length}`);
  }
}

/** An index argument clamped like PySlice_AdjustIndices does for start/stop. */
function clampIndex(o: PyObject | undefined, n: number, dflt: number): number {
  if (o === undefined) return dflt;
  let i = abs.asIndex(o);
  if (i < 0) i = Math.max(0, i + n);
  return Math.min(i, n);
}

const list = (o: PyObject): PyList => o as PyList;

const methods: Record<string, NativeMethod> = {
  append(o, a, kw) {
    noKw('list.append', kw);
    nargs('list.append', a, 1, 1);
    listAppend(list(o), a[0]);
    return none();
  },
  extend(o, a, kw) {
    noKw('list.extend', kw);
    nargs('list.extend', a, 1, 1);
    listExtend(list(o), a[0]);
    return none();
  },
  insert(o, a, kw) {
    noKw('insert', kw);
    if (a.length !== 2) throw typeError(`insert expected 2 arguments, got ${a.length}`);
    const l = list(o);
    const n = l.items.length;
    let i = abs.asIndex(a[0]);
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    listResize(l, n + 1);
    a[1].ob_refcnt++;
    l.items.splice(i, 0, a[1]);
    return none();
  },
  pop(o, a, kw) {
    noKw('pop', kw);
    nargs('pop', a, 0, 1);
    const l = list(o);
    const n = l.items.length;
    if (n === 0) throw indexError('pop from empty list');
    let i = a.length > 0 ? abs.asIndex(a[0]) : -1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw indexError('pop index out of range');
    const [v] = l.items.splice(i, 1);
    listResize(l, n - 1);
    return v;
  },
  remove(o, a, kw) {
    noKw('list.remove', kw);
    nargs('list.remove', a, 1, 1);
    const l = list(o);
    for (let i = 0; i < l.items.length; i++) {
      const x = l.items[i];
      if (x === a[0] || abs.eq(x, a[0])) {
        l.items.splice(i, 1);
        listResize(l, l.items.length);
        R.heap.decref(x);
        return none();
      }
    }
    throw valueError('list.remove(x): x not in list');
  },
  index(o, a, kw) {
    noKw('index', kw);
    nargs('index', a, 1, 3);
    const items = list(o).items;
    const start = clampIndex(a[1], items.length, 0);
    const stop = clampIndex(a[2], items.length, items.length);
    for (let i = start; i < stop && i < items.length; i++) {
      if (items[i] === a[0] || abs.eq(items[i], a[0])) return newInt(i);
    }
    throw valueError(`${abs.repr(a[0])} is not in list`);
  },
  count(o, a, kw) {
    noKw('list.count', kw);
    nargs('list.count', a, 1, 1);
    let c = 0;
    for (const x of list(o).items.slice()) if (x === a[0] || abs.eq(x, a[0])) c++;
    return newInt(c);
  },
  reverse(o, a, kw) {
    noKw('list.reverse', kw);
    nargs('list.reverse', a, 0, 0);
    list(o).items.reverse();
    return none();
  },
  sort(o, a, kw) {
    if (a.length - (kw?.length ?? 0) > 0) throw typeError('sort() takes no positional arguments');
    let key: PyObject = None;
    let reverse: PyObject = None;
    (kw ?? []).forEach((k, i) => {
      const v = a[i];
      if (k.value === 'key') key = v;
      else if (k.value === 'reverse') reverse = v;
      else throw typeError(`'${k.value}' is an invalid keyword argument for sort()`);
    });
    sortList(list(o), key, reverse);
    return none();
  },
  copy(o, a, kw) {
    noKw('list.copy', kw);
    nargs('list.copy', a, 0, 0);
    const items = list(o).items.slice();
    const l = newList(items.length);
    for (const x of items) x.ob_refcnt++;
    l.items = items;
    return l;
  },
  clear(o, a, kw) {
    noKw('list.clear', kw);
    nargs('list.clear', a, 0, 0);
    const l = list(o);
    const items = l.items;
    l.items = [];
    listResize(l, 0);
    for (const x of items) R.heap.decref(x);
    return none();
  },
};
for (const [name, fn] of Object.entries(methods)) defMethod(listType, name, fn);

defMethod(tupleType, 'index', (o, a) => {
  nargs('index', a, 1, 3);
  const items = (o as PyTuple).items;
  const start = clampIndex(a[1], items.length, 0);
  const stop = clampIndex(a[2], items.length, items.length);
  for (let i = start; i < stop; i++) if (items[i] === a[0] || abs.eq(items[i], a[0])) return newInt(i);
  throw valueError('tuple.index(x): x not in tuple');
});
defMethod(tupleType, 'count', (o, a) => {
  nargs('tuple.count', a, 1, 1);
  let c = 0;
  for (const x of (o as PyTuple).items) if (x === a[0] || abs.eq(x, a[0])) c++;
  return newInt(c);
});

export { PyInt };
