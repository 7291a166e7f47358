// 3.8-3.10's per-code opcache: each run of a code object counts (co_opcache_flag), and the
// 1024th gives it a map of its code units and, if it has instructions to cache, their caches.
import type { PyCode } from '../objects/code';
import { R } from '../state';

/** Python/ceval.c OPCACHE_MIN_RUNS (3.10 opcache_min_runs). */
const OPCACHE_MIN_RUNS = 1024;
/** sizeof(_PyOpcache): a 24-byte union (_PyOpcache_LoadGlobal; 3.10 also _PyOpCodeOpt_LoadAttr) and a char. */
const SIZEOF_PYOPCACHE = 32;

/**
 * _PyEval_EvalFrameDefault (3.8-3.10): a frame of code starts or a generator resumes (also to
 * be closed or thrown into). The blocks are on the frame's line as tracemalloc reads it then:
 * where it stands, its first line (co_firstlineno) when it has not started (f_lasti -1).
 */
export function opcacheRun(code: PyCode, line: number): void {
  if (code.opcacheFlag >= OPCACHE_MIN_RUNS || ++code.opcacheFlag < OPCACHE_MIN_RUNS) return;
  const heap = R.heap;
  const back = heap.line;
  heap.line = line > 0 ? line : code.firstLine;
  try {
    initOpcache(code);
  } finally {
    heap.line = back;
  }
}

/** _PyCode_InitOpcache (Objects/codeobject.c): the map is kept only if some instruction has a cache. */
function initOpcache(code: PyCode): void {
  const { units, opts } = code.wordcode!();
  const map = R.heap.malloc(units, 'co_opcache_map');
  if (opts === 0) {
    R.heap.free(map, units, 'co_opcache_map');
    return;
  }
  code.opcacheMap = map;
  code.opcache = R.heap.malloc(opts * SIZEOF_PYOPCACHE, 'co_opcache');
}
