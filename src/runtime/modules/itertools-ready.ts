// What readying itertools' types leaves on the heap, which the model does not build object by
// object: 3.8-3.11's PyType_Ready of each static type (its dict and keys, its bases and mro
// tuples, its slot wrappers and method descriptors, its docstring, the weak reference and id
// object's type subclasses table keeps of it) and 3.12+'s PyType_FromModuleAndSpec (the heap
// type, its dict, names, docstring copy, __module__, and object's subclasses table regrown).
// The block sizes are what tracemalloc traces to a script's `import itertools` line in CPython
// 3.8.18, 3.9.18, 3.10.13, 3.12.1 and 3.13.0 (the oracle's environment, test/oracle/live-blocks),
// less the blocks the model makes there itself (the module, its dict, names, spec and function,
// and the dicts and tuples importlib's calls leave on the free lists, which tracemalloc counts on
// the line until a later line takes them back: the figures hold for a script that goes on to use
// dicts and tuples, as realistic/tournament_itertools.py; a script that stops right after the
// import keeps one or two more there in CPython). 3.11's start-up imports itertools before the
// script (nothing measured, nothing made). Not modelled: which of these blocks CPython takes off
// the free lists (sys.getallocatedblocks around the import counts 14 to 19 blocks more than
// CPython's), and what each object is (a script cannot reach them but through the types).
import { R } from '../state';
import * as freelists from '../freelists';
import { PyObject, PyType } from '../objects/object';

/** Block sizes by minor version, `size` or `sizexcount`. */
const READY_BLOCKS: Record<number, string> = {
  8: '32x20 48x20 56x21 64x21 72x139 86 118 140 144 150 169 175x2 183 189 203 213 237 254 275 296x19 372 432 488 496 502 512 552 780 1112',
  9: '32x20 48x20 56x20 64x21 72x140 86 118 140 144 150 169 175x2 183 189 203 213 254 275 283 296x19 372 440 480 488 502 520 552 780',
  10: '32x21 48x21 56x21 64x22 67 72x145 86 118 140 144 150 161 168 169 175x2 183 189 203 213 254 275 283 296x19 372 384 432 464 472 488 502 512 552 780',
  12: '15 16x3 17x2 18x4 19x3 20x2 21 22x2 23x2 26 32x22 40 45 46x3 47x2 48x27 49x3 50x24 51 52x2 53x2 56x21 60 64x23 70 72x128 78 80x22 92 110 119 123 132 136 139 140 142 153 155 160 161 162 165x2 167x2 175 176 181 195x2 205 208x21 227 233 246 267 275 282 356 364 454 457 472 494 504 544 732 772 976x21 1016 9240',
  13: '15 16x3 17x2 18x4 19x3 20x2 21 22x2 23x2 26 32x22 40 45 46x3 47x2 48x27 49x3 50x24 51 52x2 53x2 56x19 60 64x24 70 72x128 78 80x22 92 110 119 123 132 136 139 140 142 153 155 160 161 162 165x2 167x2 175 176 181 195x2 205 208x21 213 231 233 246 275 282 356 364 454 468 472 494 552 554 716 722 984x21 1024 9240',
};

/**
 * How many of those blocks the import takes off the dict, 1-tuple and 2-tuple free lists
 * beyond what the model's import does (type_ready's tp_dict, tp_bases and tp_mro, and
 * importlib's own calls): sys._debugmallocstats() after the import, CPython's against the model's.
 */
const FROM_FREE_LISTS: Record<number, [number, number, number]> = {
  8: [4, 7, 3],
  9: [4, 7, 3],
  10: [2, 2, 5],
  12: [11, 3, 6],
  13: [9, 3, 6],
};

/** What a block taken off a free list is shown as (it stays to the end of the run). */
const partType = new PyType(null, 'itertools type');

/** The blocks of the types readied by itertoolsmodule_exec (PyInit_itertools in 3.8), held to the end of the run. */
export function readyItertoolsTypes(): void {
  const table = READY_BLOCKS[R.minor];
  if (table === undefined) return;
  const [dicts, ones, twos] = FROM_FREE_LISTS[R.minor];
  const takes = new Map<number, [string, number]>([
    [64, ['dict', dicts]],
    [48, [freelists.TUPLE_LISTS[1], ones]],
    [56, [freelists.TUPLE_LISTS[2], twos]],
  ]);
  for (const entry of table.split(' ')) {
    const [size, count] = entry.split('x').map(Number);
    for (let i = 0; i < (count || 1); i++) {
      const take = takes.get(size);
      // A dict or tuple taken back is a new object to tracemalloc (re-tagged to this line).
      if (take !== undefined && take[1] > 0 && freelists.pop(take[0], new PyObject(partType), 16) !== null) take[1]--;
      else R.heap.malloc(size, 'itertools type');
    }
  }
}

/**
 * Each type's reference count once the import is done (sys.getrefcount less its argument,
 * measured right after `import itertools`; 3.11's after start-up): the module dict's, and the
 * references of what readying made (descriptors' d_type, the mro tuple, for 3.12+'s heap types
 * their module state, the method definitions' and subclass entries') which the model does not make.
 */
const TYPE_REFCOUNTS: Record<number, string> = {
  8: 'accumulate=10 combinations=11 combinations_with_replacement=11 cycle=10 dropwhile=10 takewhile=10 islice=10 starmap=9 chain=11 compress=9 filterfalse=9 count=10 zip_longest=10 permutations=11 product=11 repeat=11 groupby=10 _grouper=9 _tee=10 _tee_dataobject=7',
  9: 'accumulate=9 combinations=10 combinations_with_replacement=10 cycle=9 dropwhile=9 takewhile=9 islice=9 starmap=8 chain=11 compress=8 filterfalse=8 count=9 zip_longest=9 permutations=10 product=10 repeat=10 groupby=9 _grouper=8 _tee=9 _tee_dataobject=6',
  10: 'accumulate=9 combinations=10 combinations_with_replacement=10 cycle=9 dropwhile=9 takewhile=9 islice=9 starmap=8 chain=11 compress=8 filterfalse=8 count=9 zip_longest=9 pairwise=7 permutations=10 product=10 repeat=10 groupby=9 _grouper=8 _tee=9 _tee_dataobject=6',
  11: 'accumulate=10 combinations=10 combinations_with_replacement=10 cycle=9 dropwhile=9 takewhile=9 islice=11 starmap=9 chain=12 compress=8 filterfalse=9 count=10 zip_longest=9 pairwise=7 permutations=10 product=10 repeat=12 groupby=9 _grouper=8 _tee=9 _tee_dataobject=6',
  12: 'accumulate=9 batched=7 chain=11 combinations=10 compress=8 count=9 combinations_with_replacement=10 cycle=9 dropwhile=9 filterfalse=8 groupby=9 _grouper=8 islice=9 pairwise=7 permutations=10 product=10 repeat=10 starmap=8 takewhile=9 _tee=9 _tee_dataobject=6 zip_longest=9',
  13: 'accumulate=9 batched=7 chain=11 combinations=10 compress=8 count=9 combinations_with_replacement=10 cycle=9 dropwhile=9 filterfalse=8 groupby=9 _grouper=8 islice=9 pairwise=7 permutations=10 product=10 repeat=10 starmap=8 takewhile=9 _tee=9 _tee_dataobject=6 zip_longest=9',
};

/** The counts TYPE_REFCOUNTS gives each of the module's types. */
export function settleItertoolsTypeRefcounts(types: Map<string, PyType>): void {
  const table = TYPE_REFCOUNTS[R.minor];
  if (table === undefined) return;
  for (const entry of table.split(' ')) {
    const [name, n] = entry.split('=');
    const t = types.get(name);
    if (t !== undefined) t.ob_refcnt = Number(n);
  }
}
