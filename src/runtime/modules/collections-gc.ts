// The collector's side of `import collections` (Lib/collections/__init__.py and what it imports):
// the GC objects its code allocates move the generation counts on (a young collection or two
// runs during the import), and the cyclic garbage made after the last of them (class-creation
// cycles, functions' closures...) waits in the youngest generation for the next collection.
// Measured with gc.get_count() around the import (plain start-up) and tracemalloc's trace of the
// import line with and without gc.collect(0) after it (the live-blocks oracle's start-up).
// 3.10's import ends in a collection of generation 1 at a count that depends on where the
// collections during the import fell, which one net count does not give: not modelled there.
// Not modelled: the garbage older generations hold (a gen1 or full collection frees more of the
// import's blocks in CPython), and which objects the garbage is (one object holds its blocks).
import { R } from '../state';
import { clearers } from '../gc';
import { PyObject, PyType } from '../objects/object';

/** GC objects the import allocates, less those it frees (gc.get_count() before and after, with the collections between), less the model's own (the module, its dict...). */
const NET_ALLOCS: Record<number, number> = { 8: 1266, 9: 1358, 12: 1333, 13: 1362 };

/** The blocks gc.collect(0) right after the import frees from its line (3.10's import ends with a collection). */
export const YOUNG_GARBAGE: Record<number, string> = {
  8: '16 32 35x4 39x2 40x3 41x7 42 43x3 47x2 48 49x3 53x2 54 55x2 58x4 61x4 64x3 65x3 66x3 67x3 68x2 69x7 71x4 72x4 73x3 75x2 76x2 81x2 82x2 83 84 86 90 95x2 101 103 107 109 119 123 125 136x20 138 139 149 176x19 181 189 196 198 202 216 227 936 1112',
  9: '16 32 35x4 37 39x2 40x3 41x7 42 43x5 47x3 48 49x3 53x3 54 55x2 58x4 61x4 64x3 65x3 66x3 67x4 68x4 69x7 71x6 72x4 73x3 75x2 76x2 81x2 82x2 83 84 86 90 95x2 101 103 107 109 119 123 127 136x23 138 139 149 176x22 181 189 196 198 202 216 227 936 1112',
  12: '16 32x4 34x9 35x11 36x10 37x7 38x2 39x2 40x3 41x2 42x3 43x2 46x4 48x2 49 50 52 53x2 54x3 56x2 57x2 58x3 59x3 60x11 61x4 62x5 63x3 64x13 65 68x4 69 72x2 73x2 74x6 76 78 80x4 81 82x4 86 87 90 91 93x2 95x2 96x2 99 100 101 105 109 111 114 130 134 144 148 153 160x36 164 173 174 177 181 188 190 194 203 208x3 216x4 217 219 232x6 240x7 247 248x2 257 287 296x2 312x3 328x2 343 344 352 368 376x4 383 400x2 416 440 456 472 504 520 552 568 768x2 976 1056x2 1096',
  13: '16 32 34x5 35x3 36x6 37x2 38x2 39 40x3 41x2 42x3 43 45 46x3 48x2 52 54 60 62 64x2 66 68x2 73 74x2 76 78 80 82 85x2 86 87 90 91 95 97 99 101 105x2 109 126 130 148 154 157x2 160x24 162 165 172 174 178 195 199 216 224x3 232 240x2 248x2 328x2 336x2 352 376x3 392 408 440 472 520x2 616 768x2 984',
};

class ImportGarbage extends PyObject {
  self: PyObject | null = null;
  buffers: Array<[number, number]> = [];
  bytes = 0;
}
const garbageType = new PyType(null, 'collections import garbage');
garbageType.tp_flags_gc = true;
garbageType.tp_traverse = (o, visit) => {
  const s = (o as ImportGarbage).self;
  if (s !== null) visit(s);
};
garbageType.tp_dealloc = (o) => {
  const g = o as ImportGarbage;
  R.heap.gc.untrack(o);
  for (const [p, n] of g.buffers) R.heap.free(p, n, 'collections import');
  g.buffers = [];
  R.heap.freeObject(o, g.bytes);
};
clearers.push([
  ImportGarbage,
  (o) => {
    const g = o as ImportGarbage;
    const s = g.self;
    g.self = null;
    if (s !== null) R.heap.decref(s);
  },
]);

/** Sizes of a `size` / `sizexcount` table. */
export function tableSizes(table: string | undefined): number[] {
  const out: number[] = [];
  for (const entry of (table ?? '').split(' ').filter(Boolean)) {
    const [size, count] = entry.split('x').map(Number);
    for (let i = 0; i < (count || 1); i++) out.push(size);
  }
  return out;
}

/**
 * The import's GC allocations, one at a time as the collector counts them (collecting where
 * CPython's counts would: 3.12's scheduled collection runs at the import's next eval-breaker
 * check), the last of them the young garbage: one unreachable object holding its blocks.
 */
export function importGcWork(): void {
  const n = NET_ALLOCS[R.minor];
  if (n === undefined) return;
  const gc = R.heap.gc;
  const sizes = tableSizes(YOUNG_GARBAGE[R.minor]);
  for (let i = 0; i < n - (sizes.length > 0 ? 1 : 0); i++) {
    gc.onAlloc();
    if (gc.scheduled) gc.runScheduled();
  }
  if (sizes.length === 0) return;
  const own = sizes.pop()!;
  const g = R.heap.newObject(new ImportGarbage(garbageType), own, 16);
  g.bytes = own;
  for (const s of sizes) g.buffers.push([R.heap.malloc(s, 'collections import'), s]);
  // Its only reference is its own: a cycle nothing else reaches.
  g.self = g;
}
