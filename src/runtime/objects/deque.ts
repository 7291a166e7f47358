// collections.deque (Modules/_collectionsmodule.c): items in a chain of BLOCKLEN-slot blocks,
// each a 528-byte PyMem_Malloc (past pymalloc's 512: the system allocator's, traced but not
// counted by sys.getallocatedblocks), kept on a free-block cache: the module's up to 3.10, the
// deque's own from 3.11. The type, its block moves, append/pop at both ends and clear.
import { R } from '../state';
import { clearers } from '../gc';
import * as abs from './abstract';
import { indexError } from './exceptions';
import { PyObject, PyType } from './object';
import { readyType } from './typeobject';
import { genericAllocBytes, preHeaderSize } from './instance-layout';

export const BLOCKLEN = 64;
export const CENTER = (BLOCKLEN - 1) >> 1;
/** sizeof(block): leftlink, data[BLOCKLEN], rightlink. */
export const BLOCK_BYTES = 8 * (BLOCKLEN + 2);
const MAXFREEBLOCKS = 16;

/** sizeof(dequeobject): 3.11 adds numfreeblocks and freeblocks[MAXFREEBLOCKS]. */
export const dequeBasicsize = (minor: number): number => (minor >= 11 ? 216 : 80);

export class PyDeque extends PyObject {
  /** The items, leftmost first: item i lives in blocks[(leftindex + i) >> 6]. */
  items: PyObject[] = [];
  /** The blocks' addresses, leftblock first. */
  blocks: number[] = [];
  leftindex = CENTER + 1;
  rightindex = CENTER;
  /** Incremented whenever the indices move (iterators and searches check it). */
  state = 0;
  maxlen = -1;
  /** 3.11+: the deque's own cache of free blocks. */
  freeblocks: number[] = [];
  bytes = 0;
}

export const dequeType = readyType(new PyType(null, 'collections.deque'), undefined, { gc: true });
dequeType.startupHeapTypeSince = 12;

/** 3.8-3.10's module-level cache of free blocks (freeblocks[], numfreeblocks), one per run. */
let moduleFreeBlocks: number[] = [];
let cacheRun: unknown = null;

function cacheOf(d: PyDeque): number[] {
  if (R.minor >= 11) return d.freeblocks;
  if (cacheRun !== R.done) {
    cacheRun = R.done;
    moduleFreeBlocks = [];
  }
  return moduleFreeBlocks;
}

/** newblock: a cached block, else PyMem_Malloc(sizeof(block)). */
export function newblock(d: PyDeque): number {
  const cache = cacheOf(d);
  if (cache.length > 0) return cache.pop()!;
  return R.heap.malloc(BLOCK_BYTES, 'deque block');
}

/** freeblock: into the cache while it has room, else PyMem_Free. */
export function freeblock(d: PyDeque, b: number): void {
  const cache = cacheOf(d);
  if (cache.length < MAXFREEBLOCKS) cache.push(b);
  else R.heap.free(b, BLOCK_BYTES, 'deque block');
}

/** deque_new: tp_alloc (tracked at once), then its first block, the deque empty and centred. */
export function dequeNew(t: PyType): PyDeque {
  const basic = dequeBasicsize(R.minor);
  const bytes = t.isHeapType ? genericAllocBytes(t, basic, 0, 0) : 16 + basic;
  const d = R.heap.newObject(new PyDeque(t), bytes, t.isHeapType ? preHeaderSize(t) : 16);
  d.bytes = bytes;
  // PyType_GenericAlloc: an instance of a heap type holds it (3.12+'s deque type is one).
  if (t.isHeapType || R.minor >= 12) abs.incref(t);
  d.blocks = [newblock(d)];
  return d;
}

/** NEEDS_TRIM: 0 <= maxlen < len. */
const needsTrim = (d: PyDeque, maxlen: number): boolean => maxlen >= 0 && maxlen < d.items.length;

/** deque_pop: the rightmost item (a new reference, the deque's own); an emptied block goes to freeblock. */
export function dequePop(d: PyDeque): PyObject {
  if (d.items.length === 0) throw indexError('pop from an empty deque');
  const item = d.items.pop()!;
  d.rightindex--;
  d.state++;
  if (d.rightindex < 0) {
    if (d.items.length > 0) {
      freeblock(d, d.blocks.pop()!);
      d.rightindex = BLOCKLEN - 1;
    } else {
      // re-center instead of freeing a block
      d.leftindex = CENTER + 1;
      d.rightindex = CENTER;
    }
  }
  return item;
}

/** deque_popleft */
export function dequePopleft(d: PyDeque): PyObject {
  if (d.items.length === 0) throw indexError('pop from an empty deque');
  const item = d.items.shift()!;
  d.leftindex++;
  d.state++;
  if (d.leftindex === BLOCKLEN) {
    if (d.items.length > 0) {
      freeblock(d, d.blocks.shift()!);
      d.leftindex = 0;
    } else {
      d.leftindex = CENTER + 1;
      d.rightindex = CENTER;
    }
  }
  return item;
}

/** deque_append_internal: takes the reference to item; past maxlen the leftmost item goes. */
export function appendInternal(d: PyDeque, item: PyObject, maxlen: number): void {
  if (d.rightindex === BLOCKLEN - 1) {
    d.blocks.push(newblock(d));
    d.rightindex = -1;
  }
  d.rightindex++;
  d.items.push(item);
  if (needsTrim(d, maxlen)) abs.decref(dequePopleft(d));
  else d.state++;
}

/** deque_appendleft_internal: trims with deque->maxlen, as CPython does. */
export function appendleftInternal(d: PyDeque, item: PyObject): void {
  if (d.leftindex === 0) {
    d.blocks.unshift(newblock(d));
    d.leftindex = BLOCKLEN;
  }
  d.leftindex--;
  d.items.unshift(item);
  if (needsTrim(d, d.maxlen)) abs.decref(dequePop(d));
  else d.state++;
}

/**
 * deque_clear: the deque is made empty on a new block first (a decref may reach it), then
 * the old items are released block by block, each block freed once its items are.
 */
export function dequeClear(d: PyDeque): void {
  if (d.items.length === 0) return;
  const b = newblock(d);
  const items = d.items;
  const blocks = d.blocks;
  let index = d.leftindex;
  d.items = [];
  d.blocks = [b];
  d.leftindex = CENTER + 1;
  d.rightindex = CENTER;
  d.state++;
  let k = 0;
  for (const item of items) {
    if (index === BLOCKLEN) {
      freeblock(d, blocks[k++]);
      index = 0;
    }
    index++;
    abs.decref(item);
  }
  freeblock(d, blocks[k]);
}

dequeType.tp_dealloc = (o) => {
  const d = o as PyDeque;
  R.heap.gc.untrack(d);
  if (d.blocks.length > 0) {
    dequeClear(d);
    freeblock(d, d.blocks[0]);
    d.blocks = [];
  }
  // 3.11+: the deque's cached blocks go with it, first cached first.
  for (const b of d.freeblocks) R.heap.free(b, BLOCK_BYTES, 'deque block');
  d.freeblocks = [];
  const tp = o.ob_type;
  R.heap.freeObject(o, d.bytes);
  // 3.12+'s type is a heap type its instances hold; a Python subclass's reference is
  // subtype_dealloc's to drop (type_needs_decref: the base is not a heap type here).
  if (R.minor >= 12 && !tp.isHeapType) abs.decref(tp);
};
dequeType.tp_traverse = (o, visit) => {
  for (const v of (o as PyDeque).items) visit(v);
};
dequeType.mp_length = (o) => (o as PyDeque).items.length;
/** deque_sizeof: the basic size and the blocks the items span. */
dequeType.tp_sizeof = (o) => {
  const d = o as PyDeque;
  const blocks = Math.floor((d.leftindex + d.items.length + BLOCKLEN - 1) / BLOCKLEN);
  return dequeBasicsize(R.minor) + blocks * BLOCK_BYTES;
};

// deque_tp_clear (deque_clear): how the collector breaks a cycle through a deque.
clearers.push([PyDeque, (o) => dequeClear(o as PyDeque)]);
