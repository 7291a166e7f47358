// set and frozenset (Objects/setobject.c): CPython's open-addressing table (linear
// probes, then perturbation) so that iteration order and resizes are CPython's, with
// the 8-entry smalltable inside the object and larger tables in their own block.
import { R } from '../state';
import { Hash, PyObject, PyType } from './object';
import { readyType } from './typeobject';
import { extendHooks } from './list';

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
const MINSIZE = 8;
/** The dummy left behind by a discard. */
const DUMMY = new PyObject(null as unknown as PyType);

export const setHooks = {
  hash: (_o: PyObject): Hash => 0,
  eq: (_a: PyObject, _b: PyObject): boolean => false,
};

export class PySet extends PyObject {
  keys: (PyObject | null)[] = new Array(MINSIZE).fill(null);
  hashes: Hash[] = new Array(MINSIZE).fill(0);
  mask = MINSIZE - 1;
  /** Active entries, and active plus dummies. */
  used = 0;
  fill = 0;
  /** The separate table block once the smalltable is outgrown (0 = smalltable). */
  tableBlock = 0;
  hash: Hash = -1;
  /** Where set.pop() starts looking (so->finger). */
  finger = 0;
  constructor(type: PyType) {
    super(type);
  }

  /** Position of key, or -1. */
  find(key: PyObject, hash: Hash): number {
    const mask = this.mask;
    let i = mod(hash, mask + 1);
    let perturb = perturbStart(hash);
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = this.keys[j];
        if (k === null) return -1;
        if (k !== DUMMY && this.hashes[j] === hash && (k === key || setHooks.eq(k, key))) return j;
        j++;
      } while (probes-- > 0);
      [perturb, i] = nextProbe(perturb, i, mask);
    }
  }

  /** set_add_entry: true when the key was added. Takes a new reference to key when it is. */
  add(key: PyObject, hash: Hash): boolean {
    const mask = this.mask;
    let i = mod(hash, mask + 1);
    let perturb = perturbStart(hash);
    let freeslot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = this.keys[j];
        if (k === null) {
          R.heap.incref(key);
          this.used++;
          if (freeslot >= 0) {
            this.keys[freeslot] = key;
            this.hashes[freeslot] = hash;
            return true;
          }
          this.fill++;
          this.keys[j] = key;
          this.hashes[j] = hash;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return true;
        }
        // The last dummy on the way takes the key; 3.9's set_add_entry reuses none.
        if (k === DUMMY) {
          if (R.minor !== 9) freeslot = j;
        } else if (this.hashes[j] === hash && (k === key || setHooks.eq(k, key))) {
          return false;
        }
        j++;
      } while (probes-- > 0);
      [perturb, i] = nextProbe(perturb, i, mask);
    }
  }

  /** set_discard_entry: the key is replaced by a dummy; returns whether it was present. */
  discard(key: PyObject, hash: Hash): boolean {
    const j = this.find(key, hash);
    if (j < 0) return false;
    const k = this.keys[j]!;
    this.keys[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
    R.heap.decref(k);
    return true;
  }

  /** Active keys in table order (the iteration order). */
  *items(): IterableIterator<PyObject> {
    for (let j = 0; j <= this.mask; j++) {
      const k = this.keys[j];
      if (k !== null && k !== DUMMY) yield k;
    }
  }

  /** set_table_resize: the smallest power of two above minused, entries reinserted in table order. */
  resize(minused: number): void {
    let newsize = MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    // A smalltable without dummies is left as it is.
    if (newsize === MINSIZE && this.tableBlock === 0 && this.fill === this.used) return;
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    const oldBytes = this.tableBytes();
    this.keys = new Array(newsize).fill(null);
    this.hashes = new Array(newsize).fill(0);
    this.mask = newsize - 1;
    this.fill = this.used;
    const newBytes = this.tableBytes();
    if (newBytes > 0) {
      const block = R.heap.malloc(newBytes, 'set table');
      if (this.tableBlock !== 0) R.heap.free(this.tableBlock, oldBytes, 'set table');
      this.tableBlock = block;
    } else if (this.tableBlock !== 0) {
      R.heap.free(this.tableBlock, oldBytes, 'set table');
      this.tableBlock = 0;
    }
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j];
      if (k !== null && k !== DUMMY) this.insertClean(k, oldHashes[j]);
    }
  }

  private insertClean(key: PyObject, hash: Hash): void {
    const mask = this.mask;
    let i = mod(hash, mask + 1);
    let perturb = perturbStart(hash);
    for (;;) {
      if (this.keys[i] === null) break;
      let found = -1;
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (this.keys[i + j] === null) {
            found = i + j;
            break;
          }
        }
      }
      if (found >= 0) {
        i = found;
        break;
      }
      [perturb, i] = nextProbe(perturb, i, mask);
    }
    this.keys[i] = key;
    this.hashes[i] = hash;
  }

  /** set_merge: add every key of another set, presizing and copying slot for slot when empty. */
  merge(other: PySet): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      for (let j = 0; j <= other.mask; j++) {
        const k = other.keys[j];
        if (k !== null && k !== DUMMY) {
          R.heap.incref(k);
          this.keys[j] = k;
          this.hashes[j] = other.hashes[j];
        }
      }
      this.fill = this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      for (let j = 0; j <= other.mask; j++) {
        const k = other.keys[j];
        if (k !== null && k !== DUMMY) {
          R.heap.incref(k);
          this.insertClean(k, other.hashes[j]);
          this.fill++;
          this.used++;
        }
      }
      return;
    }
    for (let j = 0; j <= other.mask; j++) {
      const k = other.keys[j];
      if (k !== null && k !== DUMMY) this.add(k, other.hashes[j]);
    }
  }

  /** Bytes of the separate table (0 while the smalltable is used). */
  tableBytes(): number {
    return this.mask + 1 > MINSIZE ? 16 * (this.mask + 1) : 0;
  }

  /** set_clear_internal: back to an empty smalltable; the keys are released, then the old table. */
  clear(): void {
    const keys = this.keys;
    const bytes = this.tableBytes();
    const block = this.tableBlock;
    this.keys = new Array(MINSIZE).fill(null);
    this.hashes = new Array(MINSIZE).fill(0);
    this.mask = MINSIZE - 1;
    this.used = 0;
    this.fill = 0;
    this.tableBlock = 0;
    for (const k of keys) if (k !== null && k !== DUMMY) R.heap.decref(k);
    if (block !== 0) R.heap.free(block, bytes, 'set table');
  }

  /** set.pop(): the first active entry from the finger on, which moves past it. */
  popEntry(): PyObject | null {
    if (this.used === 0) return null;
    let j = this.finger & this.mask;
    while (this.keys[j] === null || this.keys[j] === DUMMY) {
      j++;
      if (j > this.mask) j = 0;
    }
    const k = this.keys[j]!;
    this.keys[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
    this.finger = j + 1;
    return k;
  }

  /** set_swap_bodies: exchange tables and counts with another set (the hash is reset). */
  swapBodies(b: PySet): void {
    const fields = ['keys', 'hashes', 'mask', 'used', 'fill', 'tableBlock'] as const;
    for (const f of fields) {
      const t = this[f];
      (this as unknown as Record<string, unknown>)[f] = b[f];
      (b as unknown as Record<string, unknown>)[f] = t;
    }
    this.hash = -1;
    b.hash = -1;
  }

  /** The active entries with their hashes, in table order. */
  *entries(): IterableIterator<[PyObject, Hash]> {
    for (let j = 0; j <= this.mask; j++) {
      const k = this.keys[j];
      if (k !== null && k !== DUMMY) yield [k, this.hashes[j]];
    }
  }
}

/** (size_t)hash & mask for a possibly negative hash. */
function mod(h: Hash, size: number): number {
  if (typeof h === 'bigint') return Number(BigInt.asUintN(64, h) & BigInt(size - 1));
  const r = h % size;
  return r < 0 ? r + size : r;
}

/** perturb starts as (size_t)hash: negative hashes wrap around 2**64. */
function perturbStart(h: Hash): bigint | number {
  if (typeof h === 'bigint') return BigInt.asUintN(64, h);
  return h >= 0 ? h : BigInt.asUintN(64, BigInt(h));
}

function nextProbe(perturb: bigint | number, i: number, mask: number): [bigint | number, number] {
  if (typeof perturb === 'bigint') {
    const p = perturb >> BigInt(PERTURB_SHIFT);
    const ni = Number((BigInt(i) * 5n + 1n + p) & BigInt(mask));
    return [p < 2n ** 52n ? Number(p) : p, ni];
  }
  const p = Math.floor(perturb / 32);
  return [p, (i * 5 + 1 + p) % (mask + 1)];
}

export const setType = readyType(new PyType(null, 'set'), undefined, { gc: true });
export const frozensetType = readyType(new PyType(null, 'frozenset'), undefined, { gc: true });
// 3.13 list_extend_set: the keys in table order (_PySet_NextEntryRef).
for (const type of [setType, frozensetType]) {
  extendHooks.exact.set(type, {
    size: (o) => (o as PySet).used,
    *items(o) {
      for (const k of (o as PySet).items()) {
        R.heap.incref(k);
        yield k;
      }
    },
  });
}
const OBJ_BYTES = 216; // PySetObject (200) + PyGC_Head (16)

export function newSet(type: PyType = setType): PySet {
  return R.heap.newObject(new PySet(type), OBJ_BYTES, 16);
}

for (const t of [setType, frozensetType]) {
  t.tp_sizeof = (o) => 200 + (o as PySet).tableBytes();
  t.tp_dealloc = (o) => {
    (o as PySet).clear();
    R.heap.freeObject(o, OBJ_BYTES);
  };
  t.tp_traverse = (o, visit) => {
    for (const k of (o as PySet).items()) visit(k);
  };
  t.mp_length = (o) => (o as PySet).used;
}
