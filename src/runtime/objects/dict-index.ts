// A combined dict's index table (Objects/dictobject.c dk_indices) as CPython fills it, for the
// lookups that compare keys by PyObject_RichCompare: those visit the entries of the search's hash
// in the table's probe order, a slot more than once when the sequence comes back to it.
import type { Hash } from './object';

export const DKIX_EMPTY = -1;
const DKIX_DUMMY = -2;
const PERTURB_SHIFT = 5;

/**
 * The slots a search for hash h visits in a table of mask + 1 slots: i = hash & mask, then
 * perturb >>= PERTURB_SHIFT; i = (i*5 + perturb + 1) & mask, perturb being (size_t)hash, held
 * as two 32-bit halves (only its low bits reach i).
 */
export class Probe {
  i: number;
  private lo: number;
  private hi: number;
  constructor(
    h: Hash,
    private readonly mask: number,
  ) {
    if (typeof h === 'number') {
      this.lo = h >>> 0;
      this.hi = Math.floor(h / 4294967296) >>> 0;
    } else {
      const u = BigInt.asUintN(64, h);
      this.lo = Number(u & 0xffffffffn);
      this.hi = Number(u >> 32n);
    }
    this.i = this.lo & mask;
  }

  next(): void {
    this.lo = ((this.lo >>> PERTURB_SHIFT) | (this.hi << (32 - PERTURB_SHIFT))) >>> 0;
    this.hi >>>= PERTURB_SHIFT;
    this.i = (this.i * 5 + this.lo + 1) & this.mask;
  }
}

/**
 * The index table of one keys object: built when a lookup first needs it, from the table's
 * history since dictresize built it (build_indices: the entries it kept, in order), then kept up
 * to date as entries go in (find_empty_slot: the first slot without a live entry, a deleted one's
 * included) and out (their slot becomes DKIX_DUMMY). Until then nothing is done as an entry goes
 * in: entries go in in the order of their indexes, so only a deletion's place among the
 * insertions is history the entries do not keep.
 */
export class DictIndex {
  slots: Int32Array | null = null;
  /** Per deletion since, in order: the entry deleted, and how many entries the table had then (dk_nentries). */
  private deletions: number[] = [];

  /** A new keys object, the entries (if any) put in in order (dictresize, new_keys_object). */
  reset(): void {
    this.slots = null;
    if (this.deletions.length !== 0) this.deletions = [];
  }

  /** Entry ix, the last of the entries, went in with hash h. */
  inserted(ix: number, h: Hash): void {
    if (this.slots !== null) place(this.slots, ix, h);
  }

  /** Entry ix, of hash h, was deleted while the table had nentries entries. */
  deleted(ix: number, h: Hash, nentries: number): void {
    if (this.slots !== null) this.slots[slotOf(this.slots, ix, h)] = DKIX_DUMMY;
    else this.deletions.push(ix, nentries);
  }

  /** The table of 2**log2 slots for the entries, each of which must still have the hash it went in with. */
  build(log2: number, hashes: readonly Hash[]): Int32Array {
    if (this.slots !== null) return this.slots;
    const slots = new Int32Array(1 << log2).fill(DKIX_EMPTY);
    const dels = this.deletions;
    let d = 0;
    for (let ix = 0; ix < hashes.length; ix++) {
      // The deletions made before entry ix went in (none before those a resize put in together).
      for (; d < dels.length && dels[d + 1] <= ix; d += 2) slots[slotOf(slots, dels[d], hashes[dels[d]])] = DKIX_DUMMY;
      place(slots, ix, hashes[ix]);
    }
    for (; d < dels.length; d += 2) slots[slotOf(slots, dels[d], hashes[dels[d]])] = DKIX_DUMMY;
    this.deletions = [];
    this.slots = slots;
    return slots;
  }

  /** clone_combined_dict_keys copies the table as it is. */
  copyFrom(other: DictIndex): void {
    this.slots = other.slots === null ? null : other.slots.slice();
    this.deletions = other.deletions.slice();
  }
}

/** find_empty_slot, and build_indices in an empty table: entry ix goes into the first slot without a live entry. */
function place(slots: Int32Array, ix: number, h: Hash): void {
  const p = new Probe(h, slots.length - 1);
  while (slots[p.i] >= 0) p.next();
  slots[p.i] = ix;
}

/** lookdict_index: the slot holding entry ix. */
function slotOf(slots: Int32Array, ix: number, h: Hash): number {
  const p = new Probe(h, slots.length - 1);
  while (slots[p.i] !== ix) p.next();
  return p.i;
}
