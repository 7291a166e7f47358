// What the itertools objects share (Modules/itertoolsmodule.c): a GC object holding its
// references in CPython's field order, its PyMem_Malloc'd index arrays, the type's slots,
// the argument tuple type_call gives tp_new, and the result-tuple recycling.
import { R } from '../state';
import * as abs from '../objects/abstract';
import { MemoryError, pyError, typeError } from '../objects/exceptions';
import { PyObject, PyType } from '../objects/object';
import { PyStr } from '../objects/str';
import { newTuple, PyTuple } from '../objects/tuple';
import { readyType } from '../objects/typeobject';
import { genericAllocBytes, preHeaderSize } from '../objects/instance-layout';
import { splitKw } from '../objects/iter-consumers';
import { VM } from '../vm/vmstate';

/** An itertools object: `refs` are its PyObject* fields (null: NULL), `nums` its C integers, `bufs` its PyMem arrays. */
export class ItObject extends PyObject {
  refs: (PyObject | null)[] = [];
  nums: number[] = [];
  bufs: { p: number; n: number[] }[] = [];
  constructor(
    type: PyType,
    readonly bytes: number,
  ) {
    super(type);
  }
}

/** The itertools types made so far, in module order (modules/itertools.ts adds them to the module). */
export const itertoolsTypes: PyType[] = [];

export interface ItTypeSpec {
  /** sizeof(xxxobject) by minor version, without the GC head. */
  basicsize: (minor: number) => number;
  /** The order the type's dealloc releases its fields (indices into refs); its arrays go after. */
  deallocOrder?: number[];
  /** A dealloc of its own kind (teedataobject_clear): releases the fields, before the block is freed. */
  release?: (o: ItObject) => void;
  next: (o: ItObject) => PyObject | null;
  make: (t: PyType, args: PyObject[], kw: Map<string, PyObject>, kwnames: PyStr[] | null) => PyObject;
  /** __sizeof__ beyond the basic size (product's indices...), when the type defines one. */
  extraSize?: (o: ItObject) => number;
}

/** A static type (3.8-3.11; a heap type from 3.12, gh-101277) of GC objects that iterate. */
export function itType(name: string, spec: ItTypeSpec): PyType {
  const t = readyType(new PyType(null, `itertools.${name}`), undefined, { gc: true });
  t.startupHeapTypeSince = 12;
  t.tp_iter = (o) => abs.incref(o);
  t.tp_iternext = (o) => spec.next(o as ItObject);
  t.tp_dealloc = (o) => {
    const it = o as ItObject;
    if (spec.release !== undefined) spec.release(it);
    const order = spec.release !== undefined ? [] : spec.deallocOrder ?? it.refs.map((_, i) => i);
    for (const i of order) {
      const v = it.refs[i];
      it.refs[i] = null;
      if (v !== null && v !== undefined) R.heap.decref(v);
    }
    for (const b of it.bufs) freeIndices(b);
    it.bufs = [];
    const tp = o.ob_type;
    R.heap.freeObject(o, it.bytes);
    // A class's instance lets go of its class in subtype_dealloc (class-slots.ts).
    if (R.minor >= 12 && !tp.isHeapType) abs.decref(tp);
  };
  t.tp_traverse = (o, visit) => {
    for (const v of (o as ItObject).refs) if (v !== null && v !== undefined) visit(v);
  };
  t.tp_sizeof = (o) => spec.basicsize(R.minor) + (spec.extraSize?.(o as ItObject) ?? 0);
  t.tp_new = (tt, args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    return spec.make(tt, pos, kw, kwnames);
  };
  itertoolsTypes.push(t);
  return t;
}

/**
 * type->tp_alloc(type, 0) (PyType_GenericAlloc): the GC head and the object, tracked at once;
 * a class's instance has its pre-header and extra members, and holds its class.
 */
export function allocIt<T extends ItObject = ItObject>(
  t: PyType,
  basicsize: number,
  refs: (PyObject | null)[],
  nums: number[] = [],
  make: (bytes: number) => T = (bytes) => new ItObject(t, bytes) as T,
): T {
  const bytes = t.isHeapType ? genericAllocBytes(t, basicsize, 0, 0) : 16 + basicsize;
  const o = R.heap.newObject(make(bytes), bytes, t.isHeapType ? preHeaderSize(t) : 16);
  holdType(t);
  o.refs = refs;
  o.nums = nums;
  return o;
}

/** 3.12+'s types are heap types (gh-101277): each object holds its type (released by its dealloc). */
export function holdType(t: PyType): void {
  if (t.isHeapType || R.minor >= 12) abs.incref(t);
}

/** What PyMem_New(Py_ssize_t, n) refuses (NULL, the caller's PyErr_NoMemory): n > PY_SSIZE_T_MAX / 8. */
export function indicesOverflow(n: number): boolean {
  // The doubles near (2**63 - 1) / 8 = 2**60 - 1 are 2**60 or at least 128 below it.
  return n >= 2 ** 60;
}

/**
 * PyMem_New(Py_ssize_t, n), each index init(i): past PY_SSIZE_T_MAX / 8 a MemoryError; short of
 * that the heap budget decides, before the array exists (n may be 0: PyMem_Malloc(0) takes a
 * block of its own).
 */
export function newIndices(n: number, init: (i: number) => number): { p: number; n: number[] } {
  if (indicesOverflow(n)) throw pyError(MemoryError);
  R.heap.checkBudget(8 * n);
  const p = R.heap.malloc(8 * n, 'itertools indices');
  return { p, n: Array.from({ length: n }, (_, i) => init(i)) };
}

export function freeIndices(b: { p: number; n: number[] }): void {
  R.heap.free(b.p, 8 * b.n.length, 'itertools indices');
}

/**
 * The args tuple type_call hands tp_new (new reference): _PyObject_MakeTpCall's very tuple
 * when this call packed one, else one made of the arguments.
 */
export function argsTuple(t: PyType, args: PyObject[]): PyTuple {
  const packed = VM.tpCall.args;
  if (VM.tpCall.callee === t && packed !== null && packed.items.length === args.length && packed.items.every((x, i) => x === args[i])) return abs.incref(packed);
  return newTuple(args.map((a) => abs.incref(a)));
}

/** _PyArg_NoKeywords for the type itself ("f() takes no keyword arguments"); a subclass may take keywords. */
export function noKeywords(t: PyType, own: PyType, name: string, kw: Map<string, PyObject>): void {
  if (t === own && kw.size > 0) throw typeError(`${name}() takes no keyword arguments`);
}

/**
 * product_next / combinations_next / permutations_next / cwr_next: the result tuple is updated
 * in place while the object is its only holder; otherwise (Py_REFCNT(result) > 1) it is
 * copied first (_PyTuple_FromArray) and the old one released. bpo-42536: a collection may
 * have untracked the recycled tuple, so it is tracked again.
 */
export function ownResult(o: ItObject, slot: number): PyTuple {
  let result = o.refs[slot] as PyTuple;
  if (result.ob_refcnt > 1) {
    const old = result;
    result = newTuple(old.items.map((x) => abs.incref(x)));
    o.refs[slot] = result;
    abs.decref(old);
  } else if (!R.heap.gc.isTracked(result)) R.heap.gc.track(result);
  return result;
}

/** PyTuple_SET_ITEM over an old item: the new one in, then the old one released. */
export function setItem(result: PyTuple, i: number, v: PyObject): void {
  const old = result.items[i];
  result.items[i] = abs.incref(v);
  abs.decref(old);
}
