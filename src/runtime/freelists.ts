// The per-type free lists (Objects/floatobject.c free_list, tupleobject.c free_list[],
// listobject.c and dictobject.c free_list; pycore_freelist.h in 3.13+): a dealloc'd object
// of the exact type keeps its pymalloc block on its type's list, and the next new object
// of that type and size takes it back, so `id()` reuse and getallocatedblocks match CPython.
import { R } from './state';
import type { PyObject } from './objects/object';
import { EventKind } from './trace';
import type { CompileTemporaries } from './compiler/temporaries';
import type { TupleTemporaries } from './compiler/const-cache';

/**
 * One free list: the parked blocks (LIFO, like CPython's linked lists) and their limit.
 * Parking and reusing make no pymalloc call; the trace records them as Park and Reuse
 * events, so a reused block is shown as the new object's, on the line that made it.
 */
export class FreeList {
  readonly blocks: number[] = [];
  constructor(
    readonly name: string,
    readonly max: number,
    /** Bytes of each parked block, released when the list is cleared. */
    readonly nbytes: number,
  ) {}
}

let lists = new Map<string, FreeList>();

/**
 * What the free lists hold when a script starts: interpreter start-up and `site` leave
 * objects on them. Measured with sys._debugmallocstats() at the start of a script under
 * each interpreter (3.8.18, 3.9.18, 3.10.13, 3.11.7, 3.12.1, 3.13.0); tuples by length 1, 2, ...
 * 3.14 has no interpreter here to measure, so it starts empty.
 * The dict-keys list is not printed before 3.13: there it is the number of dicts given a
 * first str key at a script's start whose keys object adds no block to getallocatedblocks
 * (3.13's figure, 5, equals what _debugmallocstats prints).
 */
const AT_START: Record<number, { dict: number; dictKeys: number; float: number; list: number; tuple: number[]; cfunction?: number; method?: number }> = {
  8: { dict: 9, dictKeys: 8, float: 3, list: 6, cfunction: 3, method: 8, tuple: [9, 5, 4, 1, 4, 3, 10, 6, 3, 1, 1, 2, 0, 3, 2, 0, 1, 2, 3] },
  9: { dict: 10, dictKeys: 8, float: 3, list: 6, tuple: [9, 5, 6, 1, 4, 3, 9, 2, 3, 4, 2, 2, 0, 3, 2, 0, 1, 2, 3] },
  10: { dict: 8, dictKeys: 6, float: 4, list: 5, tuple: [4, 7, 2, 1, 4, 2, 8, 2, 3, 7, 1, 1, 0, 1, 2, 0, 1, 2, 3] },
  11: { dict: 8, dictKeys: 71, float: 4, list: 40, tuple: [4, 8, 2, 2, 3, 0, 8, 6, 1, 0, 1, 3, 5, 1, 2, 2, 2, 3, 1, 6] },
  12: { dict: 14, dictKeys: 5, float: 3, list: 9, tuple: [5, 8, 3, 1, 1, 1, 0, 0, 2, 0, 1, 0, 1, 1, 0, 0, 1, 2, 0, 0] },
  13: { dict: 12, dictKeys: 5, float: 5, list: 10, tuple: [5, 8, 4, 1, 0, 2, 5, 2, 3, 5, 2, 8, 2, 1, 1, 2, 2, 2, 1, 0] },
};

/** Dicts, keys objects, lists and floats a start-up other than a plain one's leaves beyond AT_START's (see RunOptions); fewer where negative. */
export interface StartupAdded {
  readonly dict: number;
  readonly dictKeys: number;
  readonly list: number;
  readonly float: number;
}

const NONE_ADDED: StartupAdded = { dict: 0, dictKeys: 0, list: 0, float: 0 };
let added = NONE_ADDED;

/** What the free lists hold when a script starts under 3.minor, with this run's start-up's additions. */
function atStart(minor: number): (typeof AT_START)[number] | undefined {
  const s = AT_START[minor];
  if (s === undefined) return undefined;
  const clamp = (n: number, max: number): number => Math.max(0, Math.min(max, n));
  return {
    ...s,
    dict: clamp(s.dict + added.dict, DICT_MAXFREELIST),
    dictKeys: clamp(s.dictKeys + added.dictKeys, DICT_MAXFREELIST),
    list: clamp(s.list + added.list, LIST_MAXFREELIST),
    float: clamp(s.float + added.float, FLOAT_MAXFREELIST),
  };
}

/**
 * The tuple free lists (by length 1, 2, ...) before the script is compiled: what start-up
 * leaves. A script starts with max(this, compilation's peak) - what its code objects keep
 * (see startTuples). Found from sys._debugmallocstats() at the start of every program under
 * test/programs and samples/, and compile() with the lists emptied; where every script's peak
 * exceeds it (length 2 from 3.10) it is unknown and 0 stands for it.
 */
export const BEFORE_COMPILE: Record<number, number[]> = {
  8: [9, 5, 4, 1, 4, 3, 10, 6, 3, 1, 1, 2, 0, 3, 2, 0, 1, 2, 3],
  9: [9, 5, 6, 1, 4, 3, 9, 2, 3, 4, 2, 2, 0, 3, 2, 0, 1, 2, 3],
  10: [4, 0, 2, 1, 4, 2, 8, 2, 3, 7, 1, 1, 0, 1, 2, 0, 1, 2, 3],
  11: [4, 0, 2, 2, 3, 0, 8, 6, 1, 0, 1, 3, 5, 1, 2, 2, 2, 3, 1, 6],
  12: [5, 0, 3, 1, 1, 1, 0, 0, 2, 0, 1, 0, 1, 1, 0, 0, 1, 2, 0, 0],
  13: [5, 0, 4, 1, 0, 2, 5, 2, 3, 5, 2, 8, 2, 1, 1, 2, 2, 2, 1, 0],
};

/**
 * How many tuples of each length (index 0 is length 1) the free lists hold when a script
 * whose compilation did t starts under 3.minor; null where nothing is measured.
 */
export function startTuples(t: TupleTemporaries, minor: number): number[] | null {
  const before = BEFORE_COMPILE[minor];
  if (before === undefined) return null;
  return before.map((n, i) => {
    // 3.11 and 3.12 never take a 20-tuple from its list (tuple.ts popLimit): each one freed adds to it.
    const len = i + 1;
    if (len === 20 && (minor === 11 || minor === 12)) return Math.min(TUPLE_MAXFREELIST, n + t.peak[len] - t.kept[len]);
    return Math.min(TUPLE_MAXFREELIST, Math.max(n, t.peak[len]) - t.kept[len]);
  });
}

/** Bring each list to its measured start-up length: park new blocks, or free the extra ones. */
export function settleStartupFreeLists(sizes: {
  float: number;
  list: number;
  dict: number;
  dictKeys: number;
  tuple: (n: number) => number;
}, startupAdded: StartupAdded = NONE_ADDED): void {
  added = startupAdded;
  const start = atStart(R.minor);
  if (start === undefined) return;
  const settle = (name: string, max: number, nbytes: number, want: number): void => {
    const l = list(name, max, nbytes);
    while (l.blocks.length > want) R.heap.free(l.blocks.pop()!, nbytes, name);
    while (l.blocks.length < want) l.blocks.push(R.heap.malloc(nbytes, name));
  };
  settle('float', FLOAT_MAXFREELIST, sizes.float, start.float);
  settle('list', LIST_MAXFREELIST, sizes.list, start.list);
  settle('dict', DICT_MAXFREELIST, sizes.dict, start.dict);
  settle(DICT_KEYS_LIST, DICT_MAXFREELIST, sizes.dictKeys, start.dictKeys);
  start.tuple.forEach((want, i) => settle(TUPLE_LISTS[i + 1], TUPLE_MAXFREELIST, sizes.tuple(i + 1), want));
  if (start.cfunction !== undefined) settle(CFUNCTION_LIST, CFUNCTION_MAXFREELIST, CFUNCTION_BYTES, start.cfunction);
  if (start.method !== undefined) settle(METHOD_LIST, METHOD_MAXFREELIST, METHOD_BYTES, start.method);
}

/**
 * How many dicts and lists the free lists hold when a script whose compilation left t
 * starts under 3.minor: at least as many as were alive together while it was compiled
 * (an empty script's few are already among AT_START's); null where nothing is measured.
 */
export function startLengths(t: CompileTemporaries, minor: number): { dict: number; list: number } | null {
  const start = atStart(minor);
  if (start === undefined) return null;
  return { dict: Math.min(DICT_MAXFREELIST, Math.max(start.dict, t.dicts)), list: Math.min(LIST_MAXFREELIST, Math.max(start.list, t.lists)) };
}

/** The lists compiling the script held at its peak (see compileListPeak). */
let compiledLists = 0;

/**
 * The lists compiling this run's script held at its peak. Compiling takes start-up's lists off
 * the free list first and gives them back last, so past the list's limit they are the ones
 * freed for good: a tool that follows start-up's objects (tracemalloc's untraced ones) asks.
 */
export function compileListPeak(): number {
  return compiledLists;
}

/** Park what compiling the script left on the dict and list free lists (see startLengths). */
export function leaveCompileTemporaries(t: CompileTemporaries, sizes: { list: number; dict: number }): void {
  compiledLists = t.lists;
  const want = startLengths(t, R.minor);
  if (want === null) return;
  const topUp = (name: string, max: number, nbytes: number, n: number): void => {
    const l = list(name, max, nbytes);
    while (l.blocks.length < n) l.blocks.push(R.heap.malloc(nbytes, name));
  };
  topUp('list', LIST_MAXFREELIST, sizes.list, want.list);
  topUp('dict', DICT_MAXFREELIST, sizes.dict, want.dict);
}

/**
 * Bring the dict-keys list to what compiling this script leaves: keysAfter gives it from the
 * length the list has before (keys-temporaries.ts keysAfterCompile).
 */
export function leaveKeysTemporaries(keysAfter: (start: number) => number, nbytes: number): void {
  if (AT_START[R.minor] === undefined) return;
  const l = list(DICT_KEYS_LIST, DICT_MAXFREELIST, nbytes);
  const want = keysAfter(l.blocks.length);
  while (l.blocks.length < want) l.blocks.push(R.heap.malloc(nbytes, DICT_KEYS_LIST));
}

/**
 * Per tuple list, the blocks that stand for tuples start-up left there, as the script starts:
 * block -> its depth on the list before the script was compiled (1: the top). Start-up's
 * objects differ in what the run cannot see but a tool can (tracemalloc traces some of them).
 */
let startDepths = new Map<string, Map<number, number>>();

/** The blocks of a tuple list start-up's tuples are in as the script starts, by their depth before compiling. */
export function startupDepths(name: string): ReadonlyMap<number, number> | undefined {
  return startDepths.get(name);
}

/**
 * Bring the tuple lists to what compiling this script leaves (startTuples): start-up's lists
 * were settled to an empty script's; the difference is the script's own blocks, as in CPython.
 * Where compiling's order of takes and frees is known (t.after), each block is given the depth
 * on its list before compiling of the tuple CPython has there (startDepths).
 */
export function leaveTupleTemporaries(t: TupleTemporaries, size: (n: number) => number): void {
  const want = startTuples(t, R.minor);
  if (want === null) return;
  want.forEach((n, i) => {
    const nbytes = size(i + 1);
    const l = list(TUPLE_LISTS[i + 1], TUPLE_MAXFREELIST, nbytes);
    while (l.blocks.length > n) R.heap.free(l.blocks.pop()!, nbytes, l.name);
    while (l.blocks.length < n) l.blocks.push(R.heap.malloc(nbytes, l.name));
    const after = t.after?.[i + 1];
    if (after === undefined || after.length !== n) return;
    const depths = new Map<number, number>();
    after.forEach((d, j) => {
      if (d > 0) depths.set(l.blocks[j], d);
    });
    startDepths.set(l.name, depths);
  });
}

/** PyFloat_MAXFREELIST, PyList_MAXFREELIST, PyDict_MAXFREELIST, PyTuple_MAXFREELIST (per length). */
export const FLOAT_MAXFREELIST = 100;
export const LIST_MAXFREELIST = 80;
export const DICT_MAXFREELIST = 80;
export const TUPLE_MAXFREELIST = 2000;
/**
 * 3.8's free lists of builtin methods bound to an object (Objects/methodobject.c free_list)
 * and of bound methods (Objects/classobject.c free_list), PyCFunction_MAXFREELIST and
 * PyMethod_MAXFREELIST; 3.9 removed both.
 */
export const CFUNCTION_LIST = 'builtin_function_or_method';
export const METHOD_LIST = 'method';
export const CFUNCTION_MAXFREELIST = 256;
export const METHOD_MAXFREELIST = 256;
/** PyCFunctionObject and PyMethodObject with their GC headers. */
export const CFUNCTION_BYTES = 72;
export const METHOD_BYTES = 64;
/** The dict-keys free list (keys_free_list): 8-slot keys objects, bounded by PyDict_MAXFREELIST. */
export const DICT_KEYS_LIST = 'dict keys';
/** The tuple free lists' names by length, made once rather than on every allocation. */
export const TUPLE_LISTS = Array.from({ length: 21 }, (_, n) => `tuple[${n}]`);

/** Limits per version (reference §4.3): *_MAXFREELIST in 3.8-3.12, pycore_freelist.h from 3.13. */
export function initFreeLists(): void {
  lists = new Map();
  startDepths = new Map();
  R.heap.gc.onFullCollection = clearFreeLists;
}

function list(name: string, max: number, nbytes: number): FreeList {
  let l = lists.get(name);
  if (l === undefined) lists.set(name, (l = new FreeList(name, max, nbytes)));
  return l;
}

/**
 * Dealloc: park o's block on the list if there is room (the caller has released what o
 * held). Returns false when the list is full, and the caller frees the block as usual.
 */
export function push(name: string, max: number, o: PyObject, nbytes: number): boolean {
  const l = list(name, max, nbytes);
  const h = o.h;
  if (l.blocks.length >= l.max || h.block === 0) return false;
  // A GC object leaves the collector's lists but, freed without PyObject_GC_Del, keeps its count.
  if (o.ob_type.tp_flags_gc) R.heap.gc.untrack(o);
  l.blocks.push(h.block);
  R.heap.trace.push(EventKind.Park, R.heap.line, h.block, nbytes, R.heap.typeTag(o));
  h.block = 0;
  return true;
}

/**
 * Park a block that is no object's own (a dict's keys object) if there is room; false when
 * the list is full, and the caller frees the block.
 */
export function parkBlock(name: string, max: number, block: number, nbytes: number): boolean {
  const l = list(name, max, nbytes);
  if (l.blocks.length >= l.max) return false;
  l.blocks.push(block);
  R.heap.trace.push(EventKind.Park, R.heap.line, block, nbytes, R.heap.trace.tagOf(name));
  return true;
}

/** Take the most recently parked block of a list of such blocks, or 0 when it is empty. */
export function takeBlock(name: string): number {
  const l = lists.get(name);
  if (l === undefined || l.blocks.length === 0) return 0;
  const block = l.blocks.pop()!;
  R.heap.trace.push(EventKind.ReuseBlock, R.heap.line, block, l.nbytes, R.heap.trace.tagOf(name));
  return block;
}

/** Allocation: give a new object the most recently parked block, or return null to allocate. */
export function pop<T extends PyObject>(name: string, o: T, headerBytes: number): T | null {
  const l = lists.get(name);
  if (l === undefined || l.blocks.length === 0) return null;
  const block = l.blocks.pop()!;
  const h = o.h;
  h.block = block;
  h.id = block + headerBytes;
  h.serial = 0;
  R.heap.trace.push(EventKind.Reuse, R.heap.line, block, l.nbytes, R.heap.typeTag(o));
  // Taken without _PyObject_GC_Alloc: no count for the collector, only tracking.
  if (o.ob_type.tp_flags_gc) R.heap.gc.track(o);
  return o;
}

/** The block a list would give next, or 0 when it is empty. */
export function freeListTop(name: string): number {
  const b = lists.get(name)?.blocks;
  return b === undefined || b.length === 0 ? 0 : b[b.length - 1];
}

/** Each list's top block (0 when empty), as the script leaves them. */
export function freeListTops(): Map<string, number> {
  const out = new Map<string, number>();
  for (const name of lists.keys()) out.set(name, freeListTop(name));
  return out;
}

/** How many blocks a list holds (sys._debugmallocstats prints these for 3.8-3.12). */
export function freeListSize(name: string): number {
  return lists.get(name)?.blocks.length ?? 0;
}

/** A full collection clears every free list (gc_collect_main: clear_freelists / _PyGC_ClearAllFreeLists). */
export function clearFreeLists(): void {
  for (const l of lists.values()) {
    while (l.blocks.length > 0) R.heap.free(l.blocks.pop()!, l.nbytes, l.name);
  }
}
