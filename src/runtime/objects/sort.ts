// list.sort (Objects/listobject.c listsort): timsort with the comparisons CPython makes, in
// its order (the runs and merges are sort-merge.ts's MergeState), so side effects of __lt__
// and the first failing comparison are CPython's.
import { R } from '../state';
import { valueError } from './exceptions';
import type { PyList } from './list';
import type { PyObject } from './object';
import { MERGESTATE_TEMP_SIZE, MergeState, sortHooks } from './sort-merge';

/** merge_compute_minrun */
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** Sort positions 0..n-1 of keys in place. */
function timsort(ms: MergeState): void {
  const n = ms.idx.length;
  let nremaining = n;
  if (nremaining < 2) return;
  const minrun = computeMinrun(nremaining);
  let lo = 0;
  do {
    let run = ms.countRun(lo, nremaining);
    if (run < minrun) {
      const force = nremaining <= minrun ? nremaining : minrun;
      ms.binarysort(lo, force, run);
      run = force;
    }
    ms.foundNewRun(run);
    ms.pending.push({ base: lo, len: run, power: 0 });
    if (R.minor <= 10) ms.mergeCollapse();
    lo += run;
    nremaining -= run;
  } while (nremaining);
  ms.mergeForceCollapse();
}

/**
 * listsort: the list is emptied while it sorts (mutations from key functions or
 * comparisons are detected: "list modified during sort"), keys are computed first,
 * and reverse=True reverses before and after a stable sort.
 */
export function listSort(l: PyList, keyfunc: PyObject | null, reverse: boolean): void {
  const saved = l.items;
  const savedAllocated = l.allocated;
  const savedBlock = l.itemsBlock;
  const n = saved.length;
  l.items = [];
  l.allocated = -1;
  l.itemsBlock = 0;
  let keys = saved;
  let keysBlock = 0;
  let order: number[] | null = null;
  let err: unknown = null;
  let keysMade = false;
  try {
    if (keyfunc !== null) {
      // Keys beyond the MergeState's spare stack space get their own PyMem block.
      if (n >= MERGESTATE_TEMP_SIZE / 2) keysBlock = R.heap.malloc(8 * n, 'list sort keys');
      keys = [];
      try {
        for (let i = 0; i < n; i++) keys.push(sortHooks.call(keyfunc, saved[i]));
      } catch (e) {
        for (let i = keys.length - 1; i >= 0; i--) sortHooks.decref(keys[i]);
        throw e;
      }
      keysMade = true;
    }
    const idx = saved.map((_, i) => i);
    if (reverse && n > 1) idx.reverse();
    order = idx;
    const ms = new MergeState(idx, keys, keyfunc !== null);
    try {
      timsort(ms);
    } catch (e) {
      err = e;
    }
    // The keys moved with their values, so they are released in the sorted (still reversed)
    // order, and their block before the merge area's (listsort's fail: label).
    if (keysMade) for (let i = 0; i < n; i++) sortHooks.decref(keys[idx[i]]);
    if (keysBlock !== 0) R.heap.free(keysBlock, 8 * n, 'list sort keys');
    keysBlock = 0;
    ms.freemem();
    if (err === null && l.allocated !== -1) err = valueError('list modified during sort');
    if (reverse && n > 1) idx.reverse();
  } catch (e) {
    err = e;
  } finally {
    if (keysBlock !== 0) R.heap.free(keysBlock, 8 * n, 'list sort keys');
    const finalItems = l.items;
    const finalBlock = l.itemsBlock;
    const finalAllocated = l.allocated;
    l.items = order === null ? saved : order.map((i) => saved[i]);
    l.allocated = savedAllocated;
    l.itemsBlock = savedBlock;
    for (let i = finalItems.length - 1; i >= 0; i--) sortHooks.decref(finalItems[i]);
    if (finalBlock !== 0) R.heap.free(finalBlock, 8 * finalAllocated, 'list items');
  }
  if (err !== null) throw err;
}
