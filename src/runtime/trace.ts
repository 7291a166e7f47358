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
  /**
   * A block that holds no object (a dict's keys) left its free list: as Reuse, but no object
   * is made in it, so tracemalloc keeps it on the line that malloc'ed it (no _Py_NewReference).
   */
  ReuseBlock = 10,
}

/** Bytes one event takes across the main columns (the last: the refcount events before it). */
export const BYTES_PER_EVENT = 1 + 4 + 8 + 4 + 4 + 4;
/** Bytes one reference-count event takes: the object's row in the id table, count after (signed by kind). */
export const BYTES_PER_REF_EVENT = 4 + 4;
/** Bytes per row of the id table: an object's address, once per object a refcount event names. */
export const BYTES_PER_OBJECT_ROW = 8;
/**
 * The main columns grow fourfold: copying them on growth was 7% of a run at twofold; the
 * unused tail is zero pages the system does not back until they are written.
 */
const GROWTH = 4;
const INITIAL_CAPACITY = 1024;
/** The refcount table's chunks: 2**16 events (1 MiB) each. */
const REF_CHUNK_LOG2 = 16;
const REF_CHUNK = 1 << REF_CHUNK_LOG2;
/** Counts at or above this (3.12+ immortals) are stored as it. */
const COUNT_MAX = 0x7fffffff;

type Column = Uint8Array | Int32Array | Uint32Array | Float64Array;
type ColumnType<T extends Column> = { new (n: number): T; readonly name: string };

/**
 * Columns of released traces, for the next trace to write into. A fresh typed array costs
 * a page fault per 4 KiB on its first write: on a call-heavy script that was a quarter of
 * the run. The worker releases its previous run's trace before the next run, so each
 * edit's run writes into memory the last one used, and drops what the run did not take.
 */
const pool = new Map<string, Column[]>();
/** The default trace budget's worth. */
const POOL_MAX_BYTES = 384 * 1024 * 1024;
/** Smaller columns are not worth keeping. */
const POOL_MIN_BYTES = 64 * 1024;
let pooledBytes = 0;
/** The main columns' length in the last released trace: the next starts there when the pool has them. */
let releasedCapacity = 0;

/** The pool keeps nothing (the worker calls this once a run has taken what it needed). */
export function dropReleasedColumns(): void {
  pool.clear();
  pooledBytes = 0;
  releasedCapacity = 0;
}

/** A main-column length to start a trace with: the last released trace's, if all six of its columns are pooled. */
function startCapacity(): number {
  const n = releasedCapacity;
  if (n === 0) return INITIAL_CAPACITY;
  const has = (type: ColumnType<Column>, count: number) => (pool.get(`${type.name}:${n}`)?.length ?? 0) >= count;
  return has(Uint8Array, 1) && has(Int32Array, 3) && has(Float64Array, 1) && has(Uint32Array, 1) ? n : INITIAL_CAPACITY;
}

/** A column of n elements: a released one when the pool has one (its contents are stale). */
function column<T extends Column>(type: ColumnType<T>, n: number): T {
  const kept = pool.get(`${type.name}:${n}`)?.pop();
  if (kept === undefined) return new type(n);
  pooledBytes -= kept.byteLength;
  return kept as T;
}

/** A column nothing reads any more goes to the pool, unless it is small or the pool is full. */
function giveBack(a: Column): void {
  if (a.byteLength < POOL_MIN_BYTES || pooledBytes + a.byteLength > POOL_MAX_BYTES) return;
  const key = `${a.constructor.name}:${a.length}`;
  let list = pool.get(key);
  if (list === undefined) pool.set(key, (list = []));
  list.push(a);
  pooledBytes += a.byteLength;
}

/**
 * Objects are numbered for the refcount table the first time an event names them, by a
 * counter that runs across the process's traces: a trace's rows start at its own base, so
 * a number from an earlier trace reads as none (an object that outlives a run, a builtin type).
 */
let nextSerial = 1;

/** What the refcount table needs of an object (its head, ObHead): its address, and its number. */
export interface Traced {
  readonly id: number;
  serial: number;
}

export class Trace {
  length = 0;
  kind: Uint8Array;
  line: Int32Array;
  /** Block address (alloc/free/realloc: the new address) or the object's id (refcounts). */
  addr: Float64Array;
  /** Requested bytes (alloc/realloc), or the reference count after the change. */
  size: Int32Array;
  /** Alloc/free/realloc: the type tag of the owner; realloc also keeps the old address in `prev`. */
  tag: Int32Array;
  /** How many refcount events came before this event: ref event j follows main event i when refMark[i] <= j. */
  refMark: Uint32Array;
  readonly prev = new Map<number, number>();
  /** Type tags: index -> type name. */
  readonly tags: string[] = [];
  private readonly tagIds = new Map<string, number>();
  enabled = true;
  /**
   * Set every REF_CHUNK reference changes: the heap then checks the run's time and trace
   * budgets at its next allocation, also inside a builtin's long loop (dict.fromkeys of a huge
   * range) that takes no VM steps. Not checked here: a reference change must not be cut in half.
   */
  limitsDue = false;

  /**
   * The refcount table, in chunks of REF_CHUNK events that are never copied (copying a
   * table on growth was 6% of an allocation-heavy run). Neither its line nor its place is
   * stored: the main table's refMark column places it among the main events, and every
   * change of the executing line is a Line event there.
   */
  refLength = 0;
  /** Per chunk: the object's row in the id table. */
  private readonly refObjs: Int32Array[] = [];
  /** Per chunk: the count after the change, as is for an incref, as ~count (negative) for a decref. */
  private readonly refCounts: Int32Array[] = [];
  /** The chunk being written and where it starts. */
  private curObj = new Int32Array(0);
  private curCount = new Int32Array(0);
  private curBase = -REF_CHUNK;

  /** The id table: row -> the object's address when it got the row. */
  private rowIds = new Float64Array(1024);
  objectRows = 0;
  /** The serial of this trace's row 0. */
  private readonly serialBase = nextSerial;

  constructor() {
    const n = startCapacity();
    this.kind = column(Uint8Array, n);
    this.line = column(Int32Array, n);
    this.addr = column(Float64Array, n);
    this.size = column(Int32Array, n);
    this.tag = column(Int32Array, n);
    this.refMark = column(Uint32Array, n);
  }

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
    this.refMark[i] = this.refLength;
    this.length = i + 1;
  }

  /**
   * Py_INCREF or Py_DECREF of object o; `count` is its count after (a decref to 0: the
   * object is deallocated next). It reads the object's number, a small integer, not its
   * address, a double the engine keeps boxed.
   */
  ref(o: Traced, count: number, decref: boolean): void {
    if (!this.enabled) return;
    const j = this.refLength;
    let k = j - this.curBase;
    if (k === REF_CHUNK) {
      this.newRefChunk(j);
      k = 0;
    }
    let row = o.serial - this.serialBase;
    if (row < 0) row = this.newRow(o);
    const c = count < COUNT_MAX ? count : COUNT_MAX;
    this.curObj[k] = row;
    this.curCount[k] = decref ? ~c : c;
    this.refLength = j + 1;
  }

  /** The object's first event in this trace (or since its address changed): it gets a row. */
  private newRow(o: Traced): number {
    const row = this.objectRows++;
    if (row === this.rowIds.length) this.rowIds = grown(this.rowIds, row * GROWTH);
    this.rowIds[row] = o.id;
    const serial = this.serialBase + row;
    // Numbers are handed out in one sequence: a trace records one run at a time.
    if (serial !== nextSerial) throw new Error('two traces are recording at once');
    o.serial = serial;
    nextSerial = serial + 1;
    return row;
  }

  /** The id of the object refcount event j changed. */
  refId(j: number): number {
    return this.rowIds[this.refObjs[j >>> REF_CHUNK_LOG2][j & (REF_CHUNK - 1)]];
  }

  /** How many main events came before refcount event j (the main events whose refMark is at most j). */
  refAt(j: number): number {
    const mark = this.refMark;
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (mark[mid] <= j) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  refKind(j: number): EventKind.Incref | EventKind.Decref {
    return this.refCounts[j >>> REF_CHUNK_LOG2][j & (REF_CHUNK - 1)] >= 0 ? EventKind.Incref : EventKind.Decref;
  }

  /** The count after refcount event j (counts of 2**31 - 1 and above read as 2**31 - 1). */
  refCountAfter(j: number): number {
    const c = this.refCounts[j >>> REF_CHUNK_LOG2][j & (REF_CHUNK - 1)];
    return c >= 0 ? c : ~c;
  }

  /** The line refcount event j ran on (for a pass over all of them, forEachRefLine is linear). */
  refLine(j: number): number {
    const at = this.refAt(j);
    return at === 0 ? 0 : this.line[at - 1];
  }

  /** Calls f(j, line) for every refcount event in order, walking both tables together. */
  forEachRefLine(f: (j: number, line: number) => void): void {
    let i = 0;
    for (let j = 0; j < this.refLength; j++) {
      while (i < this.length && this.refMark[i] <= j) i++;
      f(j, i === 0 ? 0 : this.line[i - 1]);
    }
  }

  /** Events in both tables. */
  get eventCount(): number {
    return this.length + this.refLength;
  }

  /** Bytes held by the columns in use (both tables). */
  get bytesUsed(): number {
    return this.length * BYTES_PER_EVENT + this.refLength * BYTES_PER_REF_EVENT + this.objectRows * BYTES_PER_OBJECT_ROW;
  }

  /**
   * Nothing reads this trace any more: its columns go to the pool for the next run's trace.
   * Reading it afterwards is a bug; it then reads as empty.
   */
  release(): void {
    releasedCapacity = this.kind.length;
    for (const a of [this.kind, this.line, this.addr, this.size, this.tag, this.refMark, this.rowIds, ...this.refObjs, ...this.refCounts]) giveBack(a);
    this.length = 0;
    this.refLength = 0;
    this.objectRows = 0;
    this.enabled = false;
    this.kind = new Uint8Array(0);
    this.line = new Int32Array(0);
    this.addr = new Float64Array(0);
    this.size = new Int32Array(0);
    this.tag = new Int32Array(0);
    this.refMark = new Uint32Array(0);
    this.rowIds = new Float64Array(0);
    this.refObjs.length = 0;
    this.refCounts.length = 0;
  }

  private newRefChunk(base: number): void {
    this.curObj = column(Int32Array, REF_CHUNK);
    this.curCount = column(Int32Array, REF_CHUNK);
    this.refObjs.push(this.curObj);
    this.refCounts.push(this.curCount);
    this.curBase = base;
    this.limitsDue = true;
  }

  private grow(): void {
    const n = this.kind.length * GROWTH;
    this.kind = grown(this.kind, n);
    this.line = grown(this.line, n);
    this.addr = grown(this.addr, n);
    this.size = grown(this.size, n);
    this.tag = grown(this.tag, n);
    this.refMark = grown(this.refMark, n);
  }
}

/** a's contents in a column of n elements; a goes back to the pool. */
function grown<T extends Column>(a: T, n: number): T {
  const b = column(a.constructor as ColumnType<T>, n);
  b.set(a as never);
  giveBack(a);
  return b;
}
