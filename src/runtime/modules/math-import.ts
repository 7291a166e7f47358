// What `import math` leaves that the model's builtin-module import does not make: in these
// CPythons math is an extension module in lib-dynload, found by importlib's PathFinder.
import { R } from '../state';
import { newList } from '../objects/list';
import { findScriptDir, temporaryTuple } from './collections-ready';
import { tableSizes } from './collections-gc';

/**
 * The blocks tracemalloc traces to `import math` on a script's first line under the oracle
 * (test/oracle/live-blocks), CPython 3.8.18, 3.9.18, 3.10.13, 3.12.1, 3.13.0, whose frames are
 * in the path finder's functions a builtin import does not run: FileFinder.find_spec's path
 * (_path_join), _get_spec's ExtensionFileLoader (its instance and dict; 3.8-3.10 also its
 * __init__'s frame), 3.10's meta path finders' find_spec blocks before PathFinder's. The
 * temporaries (on the free lists after) are made as objects in findMathSpec. The ModuleSpec
 * (3.12+ with its _uninitialized_submodules list) and the module are the model's own; the
 * script directory's FileFinder is findScriptDir's.
 * 3.11's start-up on this machine has math loaded (its site's .pth imports it).
 */
const MATH_PATH_BLOCKS: Record<number, string> = {
  8: '40 48 64 139 488',
  9: '40 48 64 139 488',
  10: '40 48 62 64 142 168 384 488',
  12: '48 133 264',
  13: '133 328',
};

/** PathFinder.find_spec's work for math: the script directory's FileFinder first, then lib-dynload's spec and loader. */
export function findMathSpec(): void {
  const table = MATH_PATH_BLOCKS[R.minor];
  if (table === undefined) return;
  // PathFinder._get_spec: namespace_path = [], alive while sys.path is searched.
  const namespacePath = newList();
  findScriptDir();
  for (const size of tableSizes(table)) R.heap.malloc(size, 'math import');
  // spec_from_file_location: `spec.submodule_search_locations == []`.
  R.heap.decref(newList());
  R.heap.decref(namespacePath);
  // _init_module_attrs -> spec.cached -> _get_cached: filename.endswith(tuple(SOURCE_SUFFIXES)),
  // then tuple(BYTECODE_SUFFIXES), each a 1-tuple (the second takes the first's block).
  temporaryTuple(1);
  temporaryTuple(1);
}
