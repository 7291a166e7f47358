// What `import math` leaves that the model's builtin-module import does not make: in these
// CPythons math is an extension module in lib-dynload, found by importlib's PathFinder.
import { R } from '../state';
import { findScriptDir } from './collections-ready';
import { tableSizes } from './collections-gc';

/**
 * The blocks tracemalloc traces to `import math` on a script's first line under the oracle
 * (test/oracle/live-blocks), CPython 3.8.18, 3.9.18, 3.10.13, 3.12.1, 3.13.0, whose frames are
 * in the path finder's functions a builtin import does not run: FileFinder.find_spec's path
 * (_path_join), _get_spec's ExtensionFileLoader (its instance and dict; 3.8-3.10 also its
 * __init__'s frame), 3.12+ ModuleSpec.__init__'s 56-byte block. The ModuleSpec and the module
 * are the model's own; the script directory's FileFinder is findScriptDir's.
 * 3.11's start-up on this machine has math loaded (its site's .pth imports it).
 */
const MATH_PATH_BLOCKS: Record<number, string> = {
  8: '40 48 64 139 488',
  9: '40 48 64 139 488',
  10: '40 48 64 142 488',
  12: '48 56 133 264',
  13: '56 133 328',
};

/** PathFinder.find_spec's work for math: the script directory's FileFinder first, then lib-dynload's spec and loader. */
export function findMathSpec(): void {
  const table = MATH_PATH_BLOCKS[R.minor];
  if (table === undefined) return;
  findScriptDir();
  for (const size of tableSizes(table)) R.heap.malloc(size, 'math import');
}
