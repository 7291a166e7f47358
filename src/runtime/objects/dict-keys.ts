// A dict's keys object: its size per version, where it comes from and goes to (the
// dict-keys free list, Objects/dictobject.c keys_free_list, holds freed 8-slot tables).
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

/** USABLE_FRACTION */
export function usableFraction(n: number): number {
  return Math.floor((2 * n) / 3);
}

function bitLength(n: number): number {
  return n <= 0 ? 0 : Math.floor(Math.log2(n)) + 1;
}

/** The table size a resize picks, with the 3.10-3.13 rounding quirk (calculate_log2_keysize). */
export function calculateLog2Keysize(minsize: number): number {
  if (R.minor <= 9) {
    let log2 = 3;
    while (1 << log2 < minsize) log2++;
    return log2;
  }
  if (R.minor <= 13) return bitLength(((minsize | 8) - 1) | 7);
  return bitLength(Math.max(minsize, 8) - 1);
}

/** Bytes of a keys object: header, index table, entries (new_keys_object). */
export function keysObjectBytes(log2: number, unicode: boolean): number {
  const size = 1 << log2;
  const w = log2 < 8 ? 1 : log2 < 16 ? 2 : log2 < 32 ? 4 : 8;
  const usable = usableFraction(size);
  if (R.minor <= 10) return 40 + w * size + 24 * usable;
  return 32 + w * size + (unicode ? 16 : 24) * usable;
}
