// Name lookups, stores and deletions of the evaluation loop: LOAD_NAME, LOAD_GLOBAL and STORE_NAME/
// STORE_GLOBAL with their per-instruction entry cache, the DELETE_* instructions, the cells' unbound errors.
import { PyErr } from '../errors';
import { PyCode } from '../objects/code';
import { PyDict } from '../objects/dict';
import { nameError, nameNotDefined, pyError, UnboundLocalError } from '../objects/exceptions';
import { PyCell } from '../objects/function';
import { PyObject } from '../objects/object';
import { PyStr, strHash } from '../objects/str';
import { setAttr } from '../objects/abstract';
import { Op } from '../compiler/opcodes';
import { R } from '../state';
import { Frame } from './frame';
import { outerFrame } from './inline-frames';

export function loadName(f: Frame, name: PyStr, pc: number): PyObject {
  // A module's code looks its names up in its globals first, as a function's LOAD_GLOBAL does.
  if (f.locals === f.globals) return loadGlobal(f, name, pc);
  const v = f.locals!.getStr(name) ?? f.globals.getStr(name) ?? f.builtins.getStr(name);
  if (v === null) throw nameNotDefined(name.value);
  R.heap.incref(v);
  return v;
}

/**
 * LOAD_GLOBAL at instruction pc, with a cache of three numbers per instruction, after
 * LOAD_GLOBAL_MODULE and LOAD_GLOBAL_BUILTIN (Python/specialize.c): the globals entry that
 * held the name, or -2 and the globals' stamp and the builtins entry. An entry that still
 * holds the same key object has the value a lookup would find (lookups compare keys by
 * identity first); a globals dict whose stamp is unchanged has had no key added.
 */
export function loadGlobal(f: Frame, name: PyStr, pc: number): PyObject {
  const g = f.globals;
  const cache = globalEntries(f.code);
  const at = (pc >> 1) * 3;
  const ix = cache[at];
  let v: PyObject | null = null;
  if (ix >= 0) {
    if (g.keys[ix] === name) v = g.values[ix];
  } else if (ix === -2 && cache[at + 1] === g.stamp) {
    const b = f.builtins;
    const bix = cache[at + 2];
    if (b.keys[bix] === name) v = b.values[bix];
  }
  if (v === null) {
    const found = g.lookup(name, strHash(name));
    if (found >= 0) {
      cache[at] = found;
      v = g.values[found];
    } else {
      const b = f.builtins;
      const bix = b.lookup(name, strHash(name));
      if (bix < 0) throw nameNotDefined(name.value);
      cache[at] = -2;
      cache[at + 1] = g.stamp;
      cache[at + 2] = bix;
      v = b.values[bix];
    }
  }
  R.heap.incref(v!);
  return v!;
}

/** The per-instruction entry cache of LOAD_GLOBAL, STORE_NAME and STORE_GLOBAL. */
function globalEntries(code: PyCode): Float64Array {
  return (code.globalEntries ??= new Float64Array((code.code.length >> 1) * 3).fill(-1));
}

/**
 * STORE_NAME / STORE_GLOBAL of v (a new reference, which d takes over) at instruction pc:
 * the entry that held the name last time, if it still does, is the one PyDict_SetItem
 * would find (lookups compare keys by identity first), so its value is replaced there.
 */
export function storeName(d: PyDict, name: PyStr, v: PyObject, code: PyCode, pc: number): void {
  const cache = globalEntries(code);
  const at = (pc >> 1) * 3;
  const ix = cache[at];
  if (ix >= 0 && d.keys[ix] === name) d.replaceAt(ix, name, v);
  else {
    d.set(name, v);
    cache[at] = d.lookup(name, strHash(name));
  }
  R.heap.decref(v);
}

function derefName(code: PyCode, i: number): string {
  const nv = code.varnames.length;
  return i - nv < code.cellvars.length ? code.cellvars[i - nv] : code.freevars[i - nv - code.cellvars.length];
}

/** Reading the local name before anything was bound to it. */
export function unboundLocal(name: string): PyErr {
  return pyError(
    UnboundLocalError,
    R.minor >= 11
      ? `cannot access local variable '${name}' where it is not associated with a value`
      : `local variable '${name}' referenced before assignment`,
  );
}

export function unboundDeref(f: Frame, i: number): PyErr {
  const name = derefName(f.code, i);
  if (i - f.code.varnames.length < f.code.cellvars.length) return unboundLocal(name);
  return nameError(
    R.minor >= 11
      ? `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`
      : `free variable '${name}' referenced before assignment in enclosing scope`,
  );
}

export function loadClassDeref(f: Frame, i: number): PyObject {
  const name = derefName(f.code, i);
  for (const [k, v] of f.locals!.entries()) {
    if (k instanceof PyStr && k.value === name) {
      R.heap.incref(v);
      return v;
    }
  }
  const v = (f.fast[i] as PyCell).ref;
  if (v === null) throw unboundDeref(f, i);
  R.heap.incref(v);
  return v;
}

/** DELETE_FAST, DELETE_NAME, DELETE_GLOBAL, DELETE_DEREF, DELETE_ATTR and DELETE_OUTER (an inlined comprehension's outer local) with oparg arg. */
export function deleteOp(f: Frame, op: Op, arg: number): void {
  const code = f.code;
  switch (op) {
    case Op.DELETE_FAST:
      deleteLocal(f.fast, arg, code);
      return;
    case Op.DELETE_OUTER: {
      const t = outerFrame(f, arg);
      deleteLocal(t.fast, arg & 0xffff, t.code);
      return;
    }
    case Op.DELETE_NAME:
    case Op.DELETE_GLOBAL:
      if (!(op === Op.DELETE_NAME ? f.locals! : f.globals).delete(code.names[arg])) throw nameNotDefined((code.names[arg] as PyStr).value);
      return;
    case Op.DELETE_DEREF: {
      const cell = f.fast[arg] as PyCell;
      const old = cell.ref;
      if (old === null) throw unboundDeref(f, arg);
      cell.ref = null;
      R.heap.decref(old);
      return;
    }
    case Op.DELETE_ATTR: {
      const o = f.stack[--f.sp]!;
      try {
        setAttr(o, code.names[arg] as PyStr, null);
      } finally {
        R.heap.decref(o);
      }
    }
  }
}

/** The local at index i of fast (code's varnames) unbound. */
function deleteLocal(fast: (PyObject | null)[], i: number, code: PyCode): void {
  const old = fast[i];
  if (old === null) throw unboundLocal(code.varnames[i]);
  fast[i] = null;
  R.heap.decref(old);
}
