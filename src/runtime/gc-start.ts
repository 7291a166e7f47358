// The collector's counts when a script's first line runs: what CPython's start-up left, plus
// the containers compiling the script allocated without a free list's block and kept or
// parked (Python/compile.c, Python/symtable.c; see compiler/const-cache.ts, temporaries.ts).
import type { CodeUnit } from './compiler/unit';
import { tupleTemporaries } from './compiler/const-cache';
import { compileTemporaries } from './compiler/temporaries';
import { BEFORE_COMPILE } from './freelists';
import type { Collector } from './gc';

/**
 * Per version, in the oracle's environment (ORACLE_ENVIRON; start-up's site and .pth files
 * are this machine's): the counts start-up and an empty script's compilation leave, less what
 * the model's own first line adds (count0); and the free-list lengths compilation draws on
 * before it allocates: dicts, lists, and 2-tuples where BEFORE_COMPILE leaves them unknown.
 * Found from gc.get_count() on the first line of every program under test/programs and of
 * scripts of one construct each (functions, classes, tuple constants, comprehensions...):
 * 3.8 and 3.9 follow the rule for most scripts; from 3.10 on it comes within 2 for about
 * half of them (a tuple constant adds 3 where the rule counts 5; not understood yet).
 * 3.12's count0 is set so that the first import a script makes crosses the threshold, as
 * CPython's does for all but near-empty scripts.
 */
const AT_FIRST_LINE: Record<number, { count: [number, number, number]; dicts: number; lists: number; tuple2: number }> = {
  8: { count: [393, 9, 0], dicts: 0, lists: 7, tuple2: 5 },
  9: { count: [548, 9, 0], dicts: 9, lists: 7, tuple2: 5 },
  10: { count: [7, 10, 0], dicts: 0, lists: 0, tuple2: 7 },
  11: { count: [220, 0, 2], dicts: 0, lists: 40, tuple2: 8 },
  12: { count: [680, 4, 0], dicts: 8, lists: 5, tuple2: 8 },
  13: { count: [9, 3, 0], dicts: 12, lists: 10, tuple2: 8 },
};

/**
 * gc.get_stats() on a short script's first line (the oracle's environment, this machine's
 * site-packages: 3.11's start-up imports about a hundred modules): collections and collected
 * objects of generations 0 and 1; none of the oldest, nothing uncollectable.
 */
const STATS_AT_FIRST_LINE: Record<number, [[number, number], [number, number]]> = {
  8: [[9, 0], [0, 0]],
  9: [[9, 0], [0, 0]],
  10: [[10, 0], [0, 0]],
  11: [[22, 43], [2, 92]],
  12: [[4, 24], [0, 0]],
  13: [[3, 24], [0, 0]],
};

/**
 * The GC objects compiling unit allocated that no dealloc gave back to the count
 * (PyObject_GC_Del); dictsAdded: dicts a start-up other than a plain one's left on the free list.
 */
export function compileAllocations(unit: CodeUnit, minor: number, dictsAdded = 0): number {
  const s = AT_FIRST_LINE[minor];
  const before = BEFORE_COMPILE[minor];
  if (s === undefined || before === undefined) return 0;
  const t = tupleTemporaries(unit, minor);
  let tuples = 0;
  for (let n = 1; n <= 20; n++) tuples += Math.max(0, t.peak[n] - (n === 2 ? s.tuple2 : before[n - 1] ?? 0));
  // A tuple longer than the free lists take is always allocated; the code objects keep it.
  const long = t.kept[21];
  const c = compileTemporaries(unit.scope, minor);
  return tuples + long + Math.max(0, c.dicts - s.dicts - dictsAdded) + Math.max(0, c.lists - s.lists);
}

/**
 * Set the counts the script starts with. Up to 3.11 a count past the threshold collected
 * while compiling (gc_alloc): the youngest count restarts and the next generation's grows;
 * from 3.12 the collection waits for the first eval-breaker check, the module's RESUME.
 */
export function setStartCounts(gc: Collector, unit: CodeUnit, minor: number, added: readonly [number, number, number] = [0, 0, 0], dictsAdded = 0): void {
  const s = AT_FIRST_LINE[minor];
  if (s === undefined) return;
  let young = s.count[0] + added[0] + compileAllocations(unit, minor, dictsAdded);
  let middle = s.count[1] + added[1];
  let old = s.count[2] + added[2];
  const stats = STATS_AT_FIRST_LINE[minor];
  if (stats !== undefined) {
    gc.stats[0] = [stats[0][0], stats[0][1], 0];
    gc.stats[1] = [stats[1][0], stats[1][1], 0];
  }
  if (minor <= 11) {
    const per = gc.threshold[0] + 1;
    while (young > gc.threshold[0]) {
      young -= per;
      // collect_generations: the middle generation is collected instead when over its threshold.
      if (middle > gc.threshold[1]) {
        middle = 0;
        old++;
        gc.stats[1][0]++;
      } else {
        middle++;
        gc.stats[0][0]++;
      }
    }
    young = Math.max(0, young);
  } else if (young > gc.threshold[0]) {
    gc.scheduled = true;
  }
  gc.count[0] = young;
  gc.count[1] = middle;
  gc.count[2] = old;
}
