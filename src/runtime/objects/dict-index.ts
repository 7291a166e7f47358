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
 * included) and out (their slot becomes DKIX_DUMMY).
 */
export class DictIndex {
  slots: Int32Array | null = null;
  /** Entries 0..base-1 went into the empty table in order. */
  private base = 0;
  /** What happened since: entry ix put in (ix) or deleted (~ix), with its hash. */
  private ops: number[] = [];
  private opHashes: Hash[] = [];

  /** A new keys object holding entries 0..base-1 (dictresize, new_keys_object). */
  reset(base: number): void {
    this.slots = null;
    this.base = base;
    this.ops = [];
    this.opHashes = [];
  }

  inserted(ix: number, h: Hash): void {
    if (this.slots !== null) place(this.slots, ix, h);
    else this.log(ix, h);
  }

  deleted(ix: number, h: Hash): void {
    if (this.slots !== null) this.slots[slotOf(this.slots, ix, h)] = DKIX_DUMMY;
    else this.log(~ix, h);
  }

  private log(op: number, h: Hash): void {
    this.ops.push(op);
    this.opHashes.push(h);
  }

  /** The table of 2**log2 slots; entries 0..base-1 must still have the hashes they went in with. */
  build(log2: number, hashes: readonly Hash[]): Int32Array {
    if (this.slots !== null) return this.slots;
    const slots = new Int32Array(1 << log2).fill(DKIX_EMPTY);
    for (let ix = 0; ix < this.base; ix++) place(slots, ix, hashes[ix]);
    for (let k = 0; k < this.ops.length; k++) {
      const op = this.ops[k];
      if (op >= 0) place(slots, op, this.opHashes[k]);
      else slots[slotOf(slots, ~op, this.opHashes[k])] = DKIX_DUMMY;
    }
    this.ops = [];
    this.opHashes = [];
    this.slots = slots;
    return slots;
  }

  /** clone_combined_dict_keys copies the table as it is. */
  copyFrom(other: DictIndex): void {
    this.slots = other.slots === null ? null : other.slots.slice();
    this.base = other.base;
    this.ops = other.ops.slice();
    this.opHashes = other.opHashes.slice();
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
