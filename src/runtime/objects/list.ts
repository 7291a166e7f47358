// list (Objects/listobject.c): a 56-byte GC object and a separate items array of
// `allocated` pointers, grown by list_resize's over-allocation formula of the version.
import { R } from '../state';
import * as freelists from '../freelists';
import { PyObject, PyType } from './object';
import { readyType } from './typeobject';
import { genericAllocBytes } from './instance-layout';

export class PyList extends PyObject {
  items: PyObject[] = [];
  /** Capacity of the items array (list.allocated) and its block (0 = none). */
  allocated = 0;
  itemsBlock = 0;
  constructor(type: PyType) {
    super(type);
  }
}

export const listType = readyType(new PyType(null, 'list'), undefined, { gc: true });
listType.tp_sizeof = (o) => 40 + 8 * (o as PyList).allocated;

export const OBJ_BYTES = 56; // PyListObject (40) + PyGC_Head (16)

/** A list object's bytes: a subclass's instances come from PyType_GenericAlloc (pre-header, added pointers). */
export function listObjBytes(t: PyType): number {
  return t === listType ? OBJ_BYTES : genericAllocBytes(t, 40, 0, 0);
}

/** A new empty list with capacity for n items (PyList_New / list_new_prealloc). */
/** PyList_New takes a parked list; list() goes through tp_alloc and never does (fromFreeList false). */
export function newList(capacity = 0, fromFreeList = true): PyList {
  const fresh = new PyList(listType);
  const o = (fromFreeList ? freelists.pop('list', fresh, 16) : null) ?? R.heap.newObject(fresh, OBJ_BYTES, 16);
  if (capacity > 0) setCapacity(o, capacity);
  return o;
}

/** A new list holding (stealing) these references, sized exactly (BUILD_LIST). */
export function newListFrom(items: PyObject[]): PyList {
  const o = newList(items.length);
  o.items = items;
  return o;
}

function setCapacity(o: PyList, n: number): void {
  if (n === 0) {
    // Up to 3.11 list_resize reallocs the items to 0 bytes: pymalloc hands that to the raw
    // allocator, whose block is counted (and traced) until the list grows or dies; from 3.12 it frees them.
    if (R.minor <= 11 && o.itemsBlock !== 0) o.itemsBlock = R.heap.realloc(o.itemsBlock, 8 * o.allocated, 0, 'list items');
    else {
      R.heap.free(o.itemsBlock, 8 * o.allocated, 'list items');
      o.itemsBlock = 0;
    }
  } else {
    o.itemsBlock = R.heap.realloc(o.itemsBlock, 8 * o.allocated, 8 * n, 'list items');
  }
  o.allocated = n;
}

/** list_resize: make room for newsize items, over-allocating as the version does. */
export function listResize(o: PyList, newsize: number): void {
  const allocated = o.allocated;
  // Sizes may pass 2**31 (the heap budget refuses them later): no 32-bit bitwise operators here.
  if (allocated >= newsize && newsize >= Math.floor(allocated / 2)) return;
  let newAllocated: number;
  if (R.minor <= 8) {
    newAllocated = newsize + Math.floor(newsize / 8) + (newsize < 9 ? 3 : 6);
  } else {
    newAllocated = roundDown4(newsize + Math.floor(newsize / 8) + 6);
    if (newsize - o.items.length > newAllocated - newsize) newAllocated = roundDown4(newsize + 3);
  }
  if (newsize === 0) newAllocated = 0;
  setCapacity(o, newAllocated);
}

/** `& ~(size_t)3` of list_resize, for sizes past 32 bits too. */
function roundDown4(n: number): number {
  return n - (n % 4);
}

/** list.append (steals nothing: increfs v). */
export function listAppend(o: PyList, v: PyObject): void {
  listResize(o, o.items.length + 1);
  R.heap.incref(v);
  o.items.push(v);
}

/**
 * list_preallocate_exact: the items array of a list that has none, sized for n
 * (rounded up to even from 3.10, Objects/listobject.c).
 */
export function listPreallocateExact(o: PyList, n: number): void {
  if (R.minor >= 10) n += n % 2;
  setCapacity(o, n);
}

/**
 * list_extend / LIST_EXTEND: a list or tuple is copied in one resize (an exact
 * preallocation from 3.10 when the list has no items array); any other iterable is
 * presized from its length hint (default 8), appended item by item, and cut back.
 */
export function listExtend(o: PyList, src: PyObject): void {
  const items = src.ob_type === listType || src.ob_type.tp_name === 'tuple' ? (src as PyList).items.slice() : null;
  if (items !== null) {
    if (items.length === 0) return;
    if (o.itemsBlock === 0 && R.minor >= 10) listPreallocateExact(o, items.length);
    else listResize(o, o.items.length + items.length);
    for (const it of items) {
      R.heap.incref(it);
      o.items.push(it);
    }
    return;
  }
  const direct = R.minor >= 13 ? extendHooks.exact.get(src.ob_type) : undefined;
  if (direct !== undefined) {
    // 3.13 _list_extend: an exact set, frozenset, dict or dict view is read in place, the list
    // resized once for all of it (list_resize, over-allocating) and never cut back.
    const n = direct.size(src);
    listResize(o, o.items.length + n);
    for (const v of direct.items(src)) o.items.push(v);
    return;
  }
  const it = extendHooks.iter(src);
  try {
    const n = extendHooks.lengthHint(src, 8);
    if (o.itemsBlock === 0 && R.minor >= 10) {
      if (n > 0) listPreallocateExact(o, n);
    } else {
      listResize(o, o.items.length + n);
    }
    for (let v = extendHooks.next(it); v !== null; v = extendHooks.next(it)) {
      if (o.items.length >= o.allocated) listResize(o, o.items.length + 1);
      o.items.push(v);
    }
  } finally {
    R.heap.decref(it);
  }
  // Cut back the result list if the initial guess was too large.
  if (o.items.length < o.allocated) listResize(o, o.items.length);
}

/** Iteration from the object protocol (set by abstract.ts users to avoid an import cycle). */
export const extendHooks = {
  iter: (_o: PyObject): PyObject => {
    throw new Error('list iteration hooks not set');
  },
  next: (_it: PyObject): PyObject | null => null,
  /** PyObject_LengthHint */
  lengthHint: (_o: PyObject, dflt: number): number => dflt,
  /** By exact type, what 3.13's list_extend_set, list_extend_dict and list_extend_dictitems read: the count, then the items (new references). */
  exact: new Map<PyType, { size: (o: PyObject) => number; items: (o: PyObject) => Iterable<PyObject> }>(),
};

/** list_dealloc: items released from the last one, then the array, then the object. */
listType.tp_dealloc = (o) => {
  const l = o as PyList;
  const items = l.items;
  l.items = [];
  for (let i = items.length - 1; i >= 0; i--) R.heap.decref(items[i]);
  if (l.itemsBlock !== 0) R.heap.free(l.itemsBlock, 8 * l.allocated, 'list items');
  // PyList_MAXFREELIST: the object (not its items array) is kept for the next list.
  if (o.ob_type === listType && freelists.push('list', freelists.LIST_MAXFREELIST, o, OBJ_BYTES)) return;
  R.heap.freeObject(o, listObjBytes(o.ob_type));
};
// list_traverse and tupletraverse visit the items last first: the order a collection moves them in.
listType.tp_traverse = (o, visit) => {
  const items = (o as PyList).items;
  for (let i = items.length - 1; i >= 0; i--) visit(items[i]);
};
listType.mp_length = (o) => (o as PyList).items.length;
