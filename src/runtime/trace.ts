// The run's memory trace: every allocation, free, realloc and reference-count change,
// with the line that executed it, in growable typed arrays (one column per field).

export const enum EventKind {
  Alloc = 1,
  Free = 2,
  Realloc = 3,
  Incref = 4,
  Decref = 5,
  /** A line started executing (its `size` is the frame depth). */
  Line = 6,
  /** A name was bound: `addr` is the object's id, `size` its reference count after, `tag` the name. */
  Bind = 7,
}

/** Bytes one event takes across the columns. */
export const BYTES_PER_EVENT = 1 + 4 + 8 + 4 + 4;

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

  /** Bytes held by the columns in use. */
  get bytesUsed(): number {
    return this.length * BYTES_PER_EVENT;
  }

  private grow(): void {
    const n = this.kind.length * 2;
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
