// Where a dict's keys object comes from and goes to: the dict-keys free list
// (Objects/dictobject.c keys_free_list) holds freed 8-slot tables for the next new one.
import { R } from '../state';
import * as freelists from '../freelists';

/**
 * Whether a keys object of 2**log2 slots goes on the free list: 8-slot ones of any kind up
 * to 3.10; from 3.11 only str-kind (DICT_KEYS_UNICODE) or split ones (DK_IS_UNICODE).
 */
function parkable(log2: number, unicode: boolean): boolean {
  return log2 === 3 && (unicode || R.minor <= 10);
}

/** new_keys_object: a parked table when one fits, else a new block of `bytes`. */
export function allocKeysObject(log2: number, unicode: boolean, bytes: number, owner = 'dict keys'): number {
  if (parkable(log2, unicode)) {
    const block = freelists.takeBlock(freelists.DICT_KEYS_LIST);
    if (block !== 0) return block;
  }
  return R.heap.malloc(bytes, owner);
}

/** free_keys_object, and dictresize's release of the old table: park it if it fits. */
export function freeKeysObject(block: number, log2: number, unicode: boolean, bytes: number, owner = 'dict keys'): void {
  if (parkable(log2, unicode) && freelists.parkBlock(freelists.DICT_KEYS_LIST, freelists.DICT_MAXFREELIST, block, bytes)) return;
  R.heap.free(block, bytes, owner);
}
