// The run's memory trace: every allocation, free, realloc and reference-count change,
// with the line that executed it, in growable typed arrays (one column per field).
// Refcount changes, the most frequent events, live in a narrower table of their own.

export const enum EventKind {
  Alloc = 1,
  Free = 2,
  Realloc = 3,
  /** Kinds of the refcount table's events (see Trace.refCount); never in the main columns. */
  Incref = 4,
  Decref = 5,
  /**
   * The line being executed changed: `size` is 0 when the line starts one more execution,
   * 1 when control came back to it (a call returned, a generator resumed).
   */
  Line = 6,
  /** A name was bound: `addr` is the object's id, `size` its reference count after, `tag` the name. */
  Bind = 7,
  /**
   * A new object took a block from its type's free list (no allocator call): `addr` the
   * block, `size` its bytes, `tag` the type. The block now belongs to this line.
   */
  Reuse = 8,
  /** A dead object's block went onto its type's free list (no allocator call); same fields. */
  Park = 9,
}

/** Bytes one event takes across the main columns. */
export const BYTES_PER_EVENT = 1 + 4 + 8 + 4 + 4;
/** Bytes one reference-count event takes: object id, count after (signed by kind), position. */
export const BYTES_PER_REF_EVENT = 8 + 4 + 4;
/**
 * The main columns grow fourfold: copying them on growth was 7% of a run at twofold; the
 * unused tail is zero pages the system does not back until they are written.
 */
const GROWTH = 4;
/** The refcount table's chunks: 2**16 events (1 MiB) each. */
const REF_CHUNK_LOG2 = 16;
const REF_CHUNK = 1 << REF_CHUNK_LOG2;
/** Counts at or above this (3.12+ immortals) are stored as it. */
const COUNT_MAX = 0x7fffffff;

export class Trace {
  length = 0;
  kind = new Uint8Array(1024);
  line = new Int32Array(1024);
  /** Block address (alloc/free/realloc: the new address) or the object's id (refcounts). */
  addr = new Float64Array(1024);
  /** Requested bytes (alloc/realloc), or the reference count after the change. */
  size = new Int32Array(1024);
  /** Alloc/free/realloc: the type tag of the owner; realloc also keeps the old address in `prev`. */
  tag = new Int32Array(1024);
  readonly prev = new Map<number, number>();
  /** Type tags: index -> type name. */
  readonly tags: string[] = [];
  private readonly tagIds = new Map<string, number>();
  enabled = true;

  /**
   * The refcount table, in chunks of REF_CHUNK events that are never copied (copying a
   * table on growth was 6% of an allocation-heavy run). Its line is not stored: every
   * change of the executing line is a Line event in the main table, so event j ran on
   * `line[refAt(j) - 1]` (0 before any).
   */
  refLength = 0;
  /** Per chunk: the object's id (its address; unambiguous with the allocs and frees before refAt). */
  private readonly refIds: Float64Array[] = [];
  /** Per chunk: the count after the change, as is for an incref, as ~count (negative) for a decref. */
  private readonly refCounts: Int32Array[] = [];
  /** Per chunk: how many main events came before this one, its place in the run's order. */
  private readonly refAts: Uint32Array[] = [];
  /** The chunk being written and where it starts. */
  private curId = new Float64Array(0);
  private curCount = new Int32Array(0);
  private curAt = new Uint32Array(0);
  private curBase = -REF_CHUNK;

  tagOf(name: string): number {
    let t = this.tagIds.get(name);
    if (t === undefined) {
      t = this.tags.length;
      this.tags.push(name);
      this.tagIds.set(name, t);
    }
    return t;
  }

  push(kind: EventKind, line: number, addr: number, size: number, tag: number): void {
    if (!this.enabled) return;
    const i = this.length;
    if (i === this.kind.length) this.grow();
    this.kind[i] = kind;
    this.line[i] = line;
    this.addr[i] = addr;
    this.size[i] = size;
    this.tag[i] = tag;
    this.length = i + 1;
  }

  /**
   * Py_INCREF or Py_DECREF of object o; `count` is its count after (a decref to 0: the
   * object is deallocated next). It takes the object, not its id: an id is a double, which
   * a call that is not inlined would box on every event.
   */
  ref(o: { readonly id: number }, count: number, decref: boolean): void {
    if (!this.enabled) return;
    const j = this.refLength;
    let k = j - this.curBase;
    if (k === REF_CHUNK) {
      this.newRefChunk(j);
      k = 0;
    }
    const c = count < COUNT_MAX ? count : COUNT_MAX;
    this.curId[k] = o.id;
    this.curCount[k] = decref ? ~c : c;
    this.curAt[k] = this.length;
    this.refLength = j + 1;
  }

  /** The id of the object refcount event j changed. */
  refId(j: number): number {
    return this.refIds[j >>> REF_CHUNK_LOG2][j & (REF_CHUNK - 1)];
  }

  /** How many main events came before refcount event j. */
  refAt(j: number): number {
    return this.refAts[j >>> REF_CHUNK_LOG2][j & (REF_CHUNK - 1)];
  }

  refKind(j: number): EventKind.Incref | EventKind.Decref {
    return this.refCounts[j >>> REF_CHUNK_LOG2][j & (REF_CHUNK - 1)] >= 0 ? EventKind.Incref : EventKind.Decref;
  }

  /** The count after refcount event j (counts of 2**31 - 1 and above read as 2**31 - 1). */
  refCountAfter(j: number): number {
    const c = this.refCounts[j >>> REF_CHUNK_LOG2][j & (REF_CHUNK - 1)];
    return c >= 0 ? c : ~c;
  }

  /** The line refcount event j ran on. */
  refLine(j: number): number {
    const at = this.refAt(j);
    return at === 0 ? 0 : this.line[at - 1];
  }

  /** Events in both tables. */
  get eventCount(): number {
    return this.length + this.refLength;
  }

  /** Bytes held by the columns in use (both tables). */
  get bytesUsed(): number {
    return this.length * BYTES_PER_EVENT + this.refLength * BYTES_PER_REF_EVENT;
  }

  private newRefChunk(base: number): void {
    this.curId = new Float64Array(REF_CHUNK);
    this.curCount = new Int32Array(REF_CHUNK);
    this.curAt = new Uint32Array(REF_CHUNK);
    this.refIds.push(this.curId);
    this.refCounts.push(this.curCount);
    this.refAts.push(this.curAt);
    this.curBase = base;
  }

  private grow(): void {
    const n = this.kind.length * GROWTH;
    const g = <T extends Uint8Array | Int32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as { new (n: number): T })(n);
      b.set(a);
      return b;
    };
    this.kind = g(this.kind);
    this.line = g(this.line);
    this.addr = g(this.addr);
    this.size = g(this.size);
    this.tag = g(this.tag);
  }
}
