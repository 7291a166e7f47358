// What `import collections` leaves on the heap that the model does not build object by object:
// CPython runs Lib/collections/__init__.py, which imports operator, keyword, heapq, reprlib,
// _collections, itertools, _weakref... and defines Counter, OrderedDict, namedtuple, ChainMap and
// the User* classes (their classes, functions, code objects, dicts, names and docstrings), and
// importlib's path finder searches sys.path for each (FileFinder caches, specs, module locks).
// The model makes the module with deque and defaultdict only; the rest is modelled by
//  - the free lists the import leaves (FREE_LISTS): sys._debugmallocstats() before and after the
//    import, with a plain start-up and with the live-blocks oracle's (whose PYTHONPATH entry makes
//    the path finder do more): after = max(before, D) + delta fits both where one rule can; where
//    none can (3.8's 4-tuples, 3.10's and 3.12's small tuples) the plain start-up's is kept;
//  - the path finder's FileFinder of the script's directory (findScriptDir, shared with the math
//    import: a str per name and the set's table, the names from RunOptions.scriptDirEntries);
//  - the collector's counts and the young garbage (collections-gc.ts);
//  - the rest (IMPORT_BLOCKS): the blocks tracemalloc traces to `import collections` on a script's
//    first line in CPython 3.8.18, 3.9.18, 3.10.13, 3.12.1 and 3.13.0 under the oracle
//    (test/oracle/live-blocks; the script alone in its directory), less what the model's import
//    makes itself, as the live-blocks harness counts it (test/util/tracemalloc-oracle.ts
//    modelLines, which takes one 8-slot keys object off the line). The sizes were read with a
//    sitecustomize that also lists them, which itself moves the figures a little: on 3.8-3.10 it
//    takes one 120-byte block off the line (put back here); on 3.12 it adds two (189 bytes),
//    which the table keeps (the import line is two blocks over there).
// 3.11's start-up imports collections before the script (nothing measured, nothing made).
// Not modelled: what each block is (no script reaches them but through the two types), which
// of them later lines free (a CPython function's zombie frame, a cache entry, older garbage a
// later collection finds), `from collections import ...`'s _handle_fromlist (a block or three
// more or less on 3.8-3.13), and the import's blocks in a plain start-up (no PYTHONPATH entry to
// search: sys.getallocatedblocks around the import counts some dozens of blocks fewer).
import { R } from '../state';
import * as freelists from '../freelists';
import { PyObject, PyType } from '../objects/object';
import { keysObjectBytes } from '../objects/dict-keys';
import { newStr } from '../objects/str';
import { newTuple } from '../objects/tuple';
import { None } from '../objects/singletons';
import * as abs from '../objects/abstract';
import { importGcWork, tableSizes, YOUNG_GARBAGE } from './collections-gc';

/** The names in the script's directory (RunOptions.scriptDirEntries), and whether its FileFinder exists yet. */
let scriptDir: readonly string[] = [];
let scriptDirFound = false;
export function setScriptDirEntries(entries: readonly string[]): void {
  scriptDir = entries;
  scriptDirFound = false;
}

/**
 * The FileFinder of the script's directory, made by the first path-based import of a run
 * (importlib's PathFinder._path_importer_cache: sys.path[0] is not searched at start-up, site
 * runs before it is set): path_hook_for_FileFinder's finder and its dict, FileFinder.__init__'s
 * loaders list, its (suffix, loader) tuples and the first _path_cache set, and _fill_cache's set;
 * measured with tracemalloc (the blocks whose frames are in those functions) under the oracle.
 */
const SCRIPT_DIR_FINDER: Record<number, string> = {
  8: '40 48 56x6 64x2 216x2',
  9: '40 48 56x6 64x2 216x2',
  10: '40 48 56x6 64x2 216x2',
  12: '48 56x6 64 216x2 224',
  13: '48 56x6 64 216x2 288',
};

/** The script directory's FileFinder blocks, which a path-based import makes only if it comes first. */
export function scriptDirFinderBlocks(): number[] {
  return tableSizes(SCRIPT_DIR_FINDER[R.minor] ?? '');
}

/** The first path-based import's FileFinder for the script's directory (nothing if one made it already). */
export function findScriptDir(): void {
  if (scriptDirFound) return;
  scriptDirFound = true;
  // _path_hooks: zipimporter(path) first, a type called with a 1-tuple of args (it raises).
  temporaryTuple(1);
  // path_hook_for_FileFinder: cls(path, *loader_details), four args in a tuple.
  temporaryTuple(4);
  for (const size of scriptDirFinderBlocks()) R.heap.malloc(size, 'FileFinder');
  cacheScriptDir();
}

/** A tuple of n items made and dropped (its block stays on the tuple free list). */
export function temporaryTuple(n: number): void {
  R.heap.decref(newTuple(Array.from({ length: n }, () => abs.incref(None))));
}

/**
 * FileFinder._fill_cache for the script's directory (sys.path[0], searched first for each
 * module the package imports): os.listdir's names stay in its _path_cache, a set whose table
 * set_add_key grew to hold them (kept in the set object up to 8 slots).
 */
function cacheScriptDir(): void {
  const seen = new Set<string>();
  let fill = 0;
  let mask = 7;
  for (const name of scriptDir) {
    newStr(name);
    if (seen.has(name)) continue;
    seen.add(name);
    fill++;
    // set_add_entry: a table three-fifths full grows to the power of two past four times its items.
    if (fill * 5 >= mask * 3) {
      let size = 8;
      while (size <= fill * 4) size <<= 1;
      mask = size - 1;
    }
  }
  if (mask > 7) R.heap.malloc((mask + 1) * 16, 'set table');
}

/** Block sizes by minor version, `size` or `sizexcount`. */
const IMPORT_BLOCKS: Record<number, string> = {
  8: '8x5 16x3 24x4 32x36 35x53 37x18 39x21 40x13 41x21 42 43x42 45x15 47x14 48x139 49x31 50x5 51x34 52x20 53x47 54x26 55x38 56x212 57x54 58x27 59x17 60x19 61x21 62x14 63x17 64x198 65x45 66x32 67x24 68x16 69x28 70x10 71x12 72x287 73x5 74x2 75x6 76x4 77x9 78x3 79x3 80x27 81x3 82x3 83x8 84x4 85x2 86x2 87x2 88x19 89x5 90 91x4 92 93 94 95x2 96x4 97x3 98 99x2 100x2 101 102x4 103x6 104x4 106 107x4 109x3 112x12 113x3 114 115x6 118x2 119x4 120x3 121x2 123 124 125 126x2 127 128x5 129 131 135 136x198 137 138 139x2 140 141 143 144 145 147x2 149x2 150 152x2 157 160 161 163x3 168x7 169 170 172 175x2 176x214 181 183x2 184 185x2 187 189x2 193 194 196 198 201 202 203 208 209 211 213 216x13 224 227 237 238 243x2 254 275 280 285 296x27 344 372 416 417 424x2 432x4 440 441 456x2 469 480 488x3 489 495 502 506 512x2 552 570 573 576x7 668 690 744 780 880 884 936x10 939 1056 1112x8 1274 1312 1696 1744 2048 2208x2 4632 4791',
  9: '0x2 8x7 16x3 24x3 32x39 35x115 37x9 39x23 40x13 41x26 42 43x51 45x18 47x16 48x148 49x31 50x4 51x36 52x20 53x47 54x29 55x46 56x237 57x49 58x28 59x22 60x19 61x20 62x16 63x18 64x234 65x48 66x32 67x26 68x24 69x30 70x15 71x14 72x303 73x4 74x2 75x9 76x4 77x10 78x3 79x4 80x29 81x4 82x5 83x7 84x4 85x2 86x2 87x3 88x17 89x5 90 91x5 92 93x2 94 95x2 96x5 97x2 98 99 100x2 101x3 102x4 103x7 104x8 105 106 107x4 109x3 112x13 113x3 114 115x6 117 118x2 119x4 120x3 121x3 123 124 126x2 127x2 128x2 129 131 136x223 137 138 139x2 140 141 143x3 144 145 147 149x2 150 152x2 157 160 161 163x3 168x5 169 170 172 175x2 176x244 181x2 183 184x2 185 187 189x2 193 194 196 198 201 202 203 208 209 213 216x14 217 224 227 235 238 243x2 247 254 265 275 283 285 288 295 296x28 336 343 372 391 392 424x2 425 432x2 433 440x2 441 448 456 467 480x2 488x3 489 493 502 506 520 552 565 570 576x8 668 690 744 780 880 884 936x10 939 1016x2 1056x2 1112x7 1274 1312 1696 1744 2048 2208x2 4632 4791',
  10: '0x2 8x3 16x4 24x3 32x39 35x27 37x9 39x14 40x9 41x15 43x17 45x10 47x7 48x123 49x20 50x4 51x28 52x20 53x42 54x22 55x30 56x204 57x39 58x15 59x20 60x16 61x15 62x16 63x22 64x234 65x42 66x31 67x22 68x14 69x21 70x11 71x10 72x295 73 74x2 75x6 76x2 77x8 78x2 79x4 80x29 81x4 82x4 83x6 84x3 85x2 86 87x3 88x15 89x4 91x4 92 93 94 95 96x4 97x2 98 99 103x2 104x12 105x3 106 107x3 109x2 110 112x12 113x4 114x2 115x3 116 117x2 118x2 119 120x3 121x3 128x3 129x3 130 136x2 137 139 140 142 144x183 145 147x2 149 150 152 157 161x2 163 168x11 169 172 175x2 176x197 181 183 184 185 187 189 193 201 203 208 209 213 216x13 224 230 238 239 243x2 254 275 283 285 288 296x27 336 372 384 392 416x2 424x2 425 432x2 437 440 441 448 464 472x2 488 489 502 506 512x2 552 570 576x7 690 744 780 880 884 929 944x9 1064 1112x5 1334 1696 1744 2048 2208x2 4632',
  12: '8 15 16x4 17x2 18x5 19x3 20x2 21 22x2 23x2 24x4 25 26 28 32x44 34x56 35x85 36x43 37x30 38x11 39x11 40x13 41x6 42x3 43x22 44x21 45x42 46x39 47x27 48x150 49x40 50x52 51x18 52x26 53x22 54x27 55x25 56x245 57x39 58x38 59x28 60x29 61x28 62x17 63x16 64x205 65x3 66x4 67 68x8 69x5 70x5 71 72x252 73x4 74x11 75x3 76x5 77x3 78x3 79x2 80x73 81x5 82x5 83x2 84x3 85x2 86x3 87x3 88x19 89 90x3 91x4 92 93x5 94x2 95x7 96x25 97 98 99x2 100 101x3 102 103x2 104x12 105x4 106x3 107 108x5 109x2 110x2 111 112x13 113x3 114x2 115 117 118 119 120x7 121x2 123 128x3 129x2 130 131 132x2 133 134 135 136x2 139 140x2 142 143x3 144x4 148 150 153x2 155x2 159 160x225 161 162 164x3 165x2 167x2 168 172 173 174x2 175 176x4 177 181x3 184x2 185 188 190 192 193 194 195x2 198 200x3 201 203 205 208x32 211 216x25 217 219 222 224x6 227 230 232x14 233 235x3 240x24 246 247 248x26 256x32 257 258 264x9 267 272x2 275 277 280x16 282 287 288x12 296x7 304x4 312x16 320x4 328x3 336x4 343 344x3 352x2 356 360x3 364 368x3 376x5 377 383 384x2 400x10 408x2 416x3 417 424 429 432x2 440x5 441 448x2 454 456 457 464x3 472x3 480 481 494 498 504x2 512x2 520 528 544 552 558 562 568 576x2 584 608 732 736 768x17 772 872 876 976x33 1016x4 1056x2 1096x2 1197 1397 1520x2 1696 1736 2048 2296 3264 9240',
  13: '8 15 16x4 17x2 18x5 19x3 20x2 21 22x2 23x2 24 25 26 28 32x51 34x56 35x85 36x43 37x30 38x10 39x12 40x13 41x6 42x3 43x22 44x21 45x41 46x41 47x28 48x147 49x40 50x48 51x20 52x27 53x24 54x29 55x23 56x244 57x38 58x38 59x29 60x26 61x29 62x21 63x15 64x205 65x4 66x5 67 68x6 69x5 70x5 72x256 73 74x9 75x5 76x5 77 78x5 79x2 80x74 81x5 82x5 83 84 85x5 86x6 87x3 88x23 89 90x2 91x2 92x4 93x5 94x3 95x7 96x13 97 98x2 99x3 101x6 102 103 104x8 105x4 106x2 107x2 108x3 109x2 110x2 111x2 112x13 113 114x2 115 117 118 119x2 120x4 121x3 123 126 128x3 130x2 132x2 133 136x3 139 140x2 141 142x2 143 144x3 147 148x2 149 151 152x6 153x3 154 155 156 157x3 158 159 160x227 161x2 162x2 165x3 167x2 168 169 172 174 175 176x3 177 178 181 190 191 195x5 198 199 200 201 205 208x30 211 213 216x15 222 224x9 227 231 232x7 233 240x9 241 245 246 248x25 256x33 261 264x27 267 272x9 275 280x3 282 288x18 296x6 304x7 312x8 319 320x6 328x14 336x6 344x3 352x3 356 359 360x2 364 368 376x6 377 384x2 392x4 400x9 408x2 416 417 424x2 429 432x2 434 440x5 448x2 454 456x2 464x2 468 469 472x5 480 488 494 496x2 504 506 520x2 536x2 552 554 568x2 592 600 616 624x2 648 716 722 768x18 800 872 984x33 1024x4 1064x2 1104x2 1184 1427 1520x2 1560 1600 2048 2464 3264 9240',
};

/** Per free list, `name:D:delta` (T<n>: the n-tuples'): after the import it holds max(before, D) + delta. */
const FREE_LISTS: Record<number, string> = {
  8: 'cfunction:3:-1 dict:19:-13 float:4:0 list:8:-7 method:0:-1 T1:9:17 T2:7:69 T3:2:3 T4:0:12 T5:3:-2 T6:3:0 T7:10:-8 T8:0:-6 T9:0:-3 T10:0:-1 T12:2:-1 T14:0:-2 T15:0:-1 T16:0:1',
  9: 'dict:21:-13 float:4:0 list:8:-7 T1:9:32 T2:7:70 T3:5:-1 T4:2:6 T5:3:-3 T6:3:-3 T7:9:-9 T8:0:-2 T9:0:-2 T10:0:-2 T11:0:-2 T12:2:1 T14:0:-2 T15:0:-1',
  10: 'dict:15:-7 list:9:-8 T1:0:37 T2:0:72 T3:0:3 T4:0:7 T5:0:-3 T6:0:-2 T7:0:-8 T8:0:-2 T9:0:-2 T10:0:-1 T11:0:-1 T12:0:2',
  12: 'dict:14:-8 float:4:0 list:9:-5 T1:0:49 T2:0:71 T3:0:7 T4:0:7 T5:0:1 T6:0:3 T7:0:2 T9:0:-1 T11:0:1 T12:0:1 T13:0:-1 T14:0:-1 T19:0:1',
  13: 'dict:19:-13 float:0:-1 keys:5:-4 list:12:-8 T1:5:40 T2:12:67 T3:3:0 T4:0:2 T5:0:3 T6:2:0 T7:5:-5 T8:0:-2 T9:0:-2 T10:0:-3 T11:0:-1 T12:0:-1 T13:0:-2 T14:0:-1 T20:0:2',
};

/** The model's free list of each short name: its name in freelists.ts, limit and block size. */
function listOf(short: string): { name: string; max: number; nbytes: number } {
  if (short.startsWith('T')) {
    const n = Number(short.slice(1));
    return { name: freelists.TUPLE_LISTS[n], max: freelists.TUPLE_MAXFREELIST, nbytes: 40 + 8 * n };
  }
  switch (short) {
    case 'dict':
      return { name: 'dict', max: freelists.DICT_MAXFREELIST, nbytes: 64 };
    case 'list':
      return { name: 'list', max: freelists.LIST_MAXFREELIST, nbytes: 56 };
    case 'float':
      return { name: 'float', max: freelists.FLOAT_MAXFREELIST, nbytes: 24 };
    case 'cfunction':
      return { name: freelists.CFUNCTION_LIST, max: freelists.CFUNCTION_MAXFREELIST, nbytes: freelists.CFUNCTION_BYTES };
    case 'method':
      return { name: freelists.METHOD_LIST, max: freelists.METHOD_MAXFREELIST, nbytes: freelists.METHOD_BYTES };
    default:
      return { name: freelists.DICT_KEYS_LIST, max: freelists.DICT_MAXFREELIST, nbytes: keysObjectBytes(3, true) };
  }
}

/** What a block taken off a free list is shown as (it stays to the end of the run). */
const partType = new PyType(null, 'collections import');

/** Each free list's length before the import (the model's own import takes from them too). */
export function freeListsBefore(): Map<string, number> {
  const out = new Map<string, number>();
  for (const entry of (FREE_LISTS[R.minor] ?? '').split(' ').filter(Boolean)) {
    const short = entry.split(':')[0];
    out.set(short, freelists.freeListSize(listOf(short).name));
  }
  return out;
}

/**
 * The import's blocks, held to the end of the run, and the free lists as it leaves them: a
 * block taken off a list is the import's (re-tagged to the line), one parked there its own.
 */
export function readyCollectionsBlocks(before: Map<string, number>): void {
  const lists = FREE_LISTS[R.minor];
  if (lists === undefined) return;
  for (const entry of lists.split(' ')) {
    const [short, d, delta] = entry.split(':');
    const { name, max, nbytes } = listOf(short);
    const target = Math.min(max, Math.max(0, Math.max(before.get(short) ?? 0, Number(d)) + Number(delta)));
    while (freelists.freeListSize(name) > target) freelists.pop(name, new PyObject(partType), 16);
    while (freelists.freeListSize(name) < target) freelists.parkBlock(name, max, R.heap.malloc(nbytes, name), nbytes);
  }
  findScriptDir();
  // The young garbage among them is made apart, as garbage (collections-gc.ts), and the script
  // directory's FileFinder by whichever path-based import comes first (findScriptDir).
  const sizes = tableSizes(IMPORT_BLOCKS[R.minor]);
  for (const g of [...tableSizes(YOUNG_GARBAGE[R.minor]), ...scriptDirFinderBlocks()]) {
    const at = sizes.indexOf(g);
    if (at >= 0) sizes.splice(at, 1);
  }
  for (const size of sizes) R.heap.malloc(size, 'collections import');
  importGcWork();
}
