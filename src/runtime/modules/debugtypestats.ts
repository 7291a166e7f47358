// The second half of sys._debugmallocstats() (Objects/object.c _PyObject_DebugTypeStats):
// how many objects each type's free list holds, as each version lists them.
import { formatDebugMallocStats, incrementalStats, printone } from '../../obmalloc/stats';
import type { Heap } from '../heap';
import { CFUNCTION_LIST, DICT_KEYS_LIST, freeListSize, METHOD_LIST, TUPLE_LISTS } from '../freelists';
import { frameFreeListSize } from '../vm/frameobject';

/** _PyDebugAllocatorStats (Objects/obmalloc.c): "%d %ss * %zd bytes each" right-aligned in 48 columns, then printone. */
function allocatorStats(blockName: string, numBlocks: number, sizeofBlock: number): string {
  return printone(`${numBlocks} ${blockName}s * ${sizeofBlock} bytes each`.padStart(48) + ' ', numBlocks * sizeofBlock);
}

/** _PyObject_DebugTypeStats for the run's version: the free lists it has, in its order. */
export function debugTypeStats(minor: number): string {
  let out = '';
  // _PyCFunction_DebugMallocStats (3.8 only: 3.9 dropped the PyCFunctionObject free list)
  if (minor === 8) out += allocatorStats('free PyCFunctionObject', freeListSize(CFUNCTION_LIST), 56);
  // _PyDict_DebugMallocStats; 3.13 adds the keys free list
  out += allocatorStats('free PyDictObject', freeListSize('dict'), 48);
  if (minor >= 13) out += allocatorStats('free PyDictKeysObject', freeListSize(DICT_KEYS_LIST), 32);
  out += allocatorStats('free PyFloatObject', freeListSize('float'), 24);
  // _PyFrame_DebugMallocStats: sizeof(PyFrameObject), whatever size the parked frames grew to
  if (minor <= 10) out += allocatorStats('free PyFrameObject', frameFreeListSize(), minor === 10 ? 360 : 368);
  out += allocatorStats('free PyListObject', freeListSize('list'), 40);
  // _PyMethod_DebugMallocStats (3.8 only)
  if (minor === 8) out += allocatorStats('free PyMethodObject', freeListSize(METHOD_LIST), 48);
  // _PyTuple_DebugMallocStats: lengths 1 to PyTuple_MAXSAVESIZE - 1 (20) up to 3.10, 1 to PyTuple_NFREELISTS (20) after
  const longest = minor <= 10 ? 19 : 20;
  for (let len = 1; len <= longest; len++) {
    out += allocatorStats(`free ${len}-sized PyTupleObject`, freeListSize(TUPLE_LISTS[len]), 24 + 8 * len);
  }
  return out;
}

/** All that sys._debugmallocstats() writes (Python/sysmodule.c sys__debugmallocstats): pymalloc's figures, a blank line, the free lists. */
export function debugMallocStats(heap: Heap): string {
  return formatDebugMallocStats(heap.profile.obmalloc, incrementalStats(heap.pymalloc)) + '\n' + debugTypeStats(heap.profile.versionInfo[1]);
}
