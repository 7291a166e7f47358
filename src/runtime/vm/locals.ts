// locals() and vars() (Python/bltinmodule.c builtin_locals): a module or class body's namespace;
// a function's fast locals, cells and free variables in a dict its frame keeps up to 3.12
// (PyFrame_FastToLocals), in a new dict from 3.13 (PEP 667, through a FrameLocalsProxy).
import { R } from '../state';
import * as abs from '../objects/abstract';
import { coVarnames } from '../objects/code';
import { dictMerge } from '../objects/dict-methods';
import { newDict, PyDict } from '../objects/dict';
import type { PyCell } from '../objects/function';
import { newFrameLocalsProxy } from '../objects/framelocalsproxy';
import { listAppend, newList } from '../objects/list';
import type { PyObject } from '../objects/object';
import { internStr } from '../objects/str';
import { cpythonFrame, Frame } from './frame';
import { frameObjectOf } from './frameobject';
import { VM } from './vmstate';

/** locals(), vars() and dir() (_PyEval_GetFrameLocals). */
export function frameLocals(): PyObject {
  const top = VM.frame!;
  const f = cpythonFrame(top);
  // CO_OPTIMIZED: a function's code, whose frame has no namespace.
  const optimized = f.locals === null;
  const names = localsplus(f, optimized);
  const value = (name: string): PyObject | null => lookup(top, f, name);
  if (R.minor >= 13) {
    // _PyFrame_GetLocals: a proxy for a function, or for a namespace frame while an inlined comprehension's names are bound.
    const hidden = !optimized && names.some((n) => value(n) !== null);
    if (!optimized && !hidden) return abs.incref(f.locals!);
    return snapshot(f, names, value);
  }
  if (!optimized) {
    if (R.minor === 12) return withHidden(f, names, value);
    return abs.incref(f.locals!);
  }
  // PyFrame_FastToLocalsWithError: the frame's dict, made on first use, is brought up to date.
  const d = (f.localsDict ??= newDict());
  // 3.12 _PyFrame_GetLocals(frame, include_hidden): a dict for hidden names, empty in a function.
  const scratch = R.minor === 12 ? newDict() : null;
  for (const name of names) {
    const k = internStr(name);
    const v = value(name);
    if (v === null) d.delete(k);
    else d.set(k, v);
    R.heap.decref(k);
  }
  if (scratch !== null) R.heap.decref(scratch);
  return abs.incref(d);
}

/** The frame's fast locals as CPython's code lays them out (co_localsplusnames; up to 3.10 varnames, cellvars, freevars). */
function localsplus(f: Frame, optimized: boolean): string[] {
  const code = f.code;
  const varnames = coVarnames(code);
  const cellvars = code.shown?.cellvars ?? code.cellvars;
  // From 3.11 a cell that is a parameter keeps its place among the variables.
  const out = R.minor <= 10 ? [...varnames, ...cellvars] : [...varnames, ...cellvars.filter((n) => !varnames.includes(n))];
  if (optimized) out.push(...code.freevars);
  return out;
}

/**
 * The value in CPython's one frame: a 3.12+ inlined comprehension's names are slots of its
 * caller's frame, which hold the comprehension's values while it runs (innermost first).
 */
function lookup(top: Frame, f: Frame, name: string): PyObject | null {
  for (let t = top; t !== f; t = t.back!) {
    if (name === '.0') continue;
    if (t.code.cellvars.includes(name) || t.code.varnames.includes(name)) return slot(t, name);
  }
  return slot(f, name);
}

/** name's value in the model's frame t: a cell's contents, a fast local, or null. */
function slot(t: Frame, name: string): PyObject | null {
  const code = t.code;
  const nv = code.varnames.length;
  const c = code.cellvars.indexOf(name);
  if (c >= 0) return (t.fast[nv + c] as PyCell | null)?.ref ?? null;
  const i = code.varnames.indexOf(name);
  if (i >= 0) return t.fast[i] ?? null;
  const fr = code.freevars.indexOf(name);
  if (fr >= 0) return (t.fast[nv + code.cellvars.length + fr] as PyCell | null)?.ref ?? null;
  return null;
}

/**
 * 3.12 _PyFrame_GetLocals(frame, 1) of a module or class body: the names an inlined
 * comprehension binds there are hidden from the namespace; while bound, locals() is a new
 * dict, the namespace updated with them.
 */
function withHidden(f: Frame, names: string[], value: (n: string) => PyObject | null): PyObject {
  const ns = f.locals!;
  const hidden = newDict();
  for (const name of names) {
    // The body's own cells (__class__) are not the comprehensions' (CO_FAST_HIDDEN).
    if (f.code.cellvars.includes(name)) continue;
    const v = value(name);
    if (v === null) continue;
    const k = internStr(name);
    hidden.set(k, v);
    R.heap.decref(k);
  }
  let out: PyDict;
  if (hidden.used > 0) {
    out = newDict();
    dictMerge(out, ns, 1);
    dictMerge(out, hidden, 1);
  } else out = abs.incref(ns);
  R.heap.decref(hidden);
  return out;
}

/**
 * 3.13 _PyEval_GetFrameLocals: the frame object (made now if the frame has none), a proxy of
 * it, and a new dict updated from the proxy (dict_merge's generic way: its keys() list).
 */
function snapshot(f: Frame, names: string[], value: (n: string) => PyObject | null): PyObject {
  const proxy = newFrameLocalsProxy(frameObjectOf(f));
  const d = newDict();
  // framelocalsproxy_keys: the bound names, in order.
  const keys = newList(0);
  for (const name of names) {
    if (value(name) === null) continue;
    const k = internStr(name);
    listAppend(keys, k);
    R.heap.decref(k);
  }
  const it = abs.getIter(keys);
  R.heap.decref(keys);
  for (let k = abs.iterNext(it); k !== null; k = abs.iterNext(it)) {
    const v = value((k as { value: string } & PyObject).value)!;
    R.heap.incref(v);
    d.set(k, v);
    R.heap.decref(v);
    R.heap.decref(k);
  }
  R.heap.decref(it);
  R.heap.decref(proxy);
  return d;
}
