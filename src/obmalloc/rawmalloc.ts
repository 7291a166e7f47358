// The modeled system allocator (malloc/realloc/free) behind PyMem_RawMalloc:
// it serves what pymalloc declines (requests of 0 or above the threshold).
// Deterministic: freed chunks are reused LIFO by exact chunk size, else carved from the top.

/** glibc-like chunk: 8 bytes of header, 16-byte granularity, 32 bytes minimum. */
export function chunkSize(nbytes: number): number {
  const n = Math.max(nbytes, 1) + 8;
  return Math.max(32, Math.ceil(n / 16) * 16);
}

export class RawMalloc {
  /** Live blocks: address -> requested size. */
  private readonly live = new Map<number, number>();
  /** Live blocks: address -> chunk size (a chunk may be larger than its request after realloc). */
  private readonly chunks = new Map<number, number>();
  /** Freed chunks by chunk size, reused last-in first-out. */
  private readonly bins = new Map<number, number[]>();
  private top: number;
  private liveBytes = 0;

  constructor(private readonly base: number) {
    this.top = base;
  }

  get count(): number {
    return this.live.size;
  }

  get bytes(): number {
    return this.liveBytes;
  }

  owns(p: number): boolean {
    return this.live.has(p);
  }

  sizeOf(p: number): number {
    const n = this.live.get(p);
    if (n === undefined) throw new Error(`raw free of unknown address 0x${p.toString(16)}`);
    return n;
  }

  /** malloc(n); malloc(0) is served as malloc(1) (_PyMem_RawMalloc). */
  malloc(nbytes: number): number {
    const n = Math.max(nbytes, 1);
    const cs = chunkSize(n);
    const bin = this.bins.get(cs);
    let p: number;
    if (bin !== undefined && bin.length > 0) {
      p = bin.pop()!;
    } else {
      p = this.top + 16;
      this.top += cs;
    }
    this.live.set(p, n);
    this.chunks.set(p, cs);
    this.liveBytes += n;
    return p;
  }

  free(p: number): void {
    const n = this.sizeOf(p);
    const cs = this.chunks.get(p)!;
    this.live.delete(p);
    this.chunks.delete(p);
    this.liveBytes -= n;
    if (p - 16 + cs === this.top) {
      this.top = p - 16; // the top chunk merges back into the wilderness
      return;
    }
    let bin = this.bins.get(cs);
    if (bin === undefined) this.bins.set(cs, (bin = []));
    bin.push(p);
  }

  /** realloc: in place when the chunk already fits or is the top chunk, else move. */
  realloc(p: number, nbytes: number): number {
    const old = this.sizeOf(p);
    const n = Math.max(nbytes, 1);
    const oldCs = this.chunks.get(p)!;
    const newCs = chunkSize(n);
    if (newCs <= oldCs || p - 16 + oldCs === this.top) {
      if (p - 16 + oldCs === this.top) {
        this.top = p - 16 + newCs;
        this.chunks.set(p, newCs);
      }
      this.live.set(p, n);
      this.liveBytes += n - old;
      return p;
    }
    const q = this.malloc(n);
    this.free(p);
    return q;
  }

  /** Addresses of live blocks with their sizes, in address order. */
  blocks(): Array<[number, number]> {
    return [...this.live.entries()].sort((a, b) => a[0] - b[0]);
  }

  clone(): RawMalloc {
    const r = new RawMalloc(this.base);
    for (const [k, v] of this.live) r.live.set(k, v);
    for (const [k, v] of this.chunks) r.chunks.set(k, v);
    for (const [k, v] of this.bins) r.bins.set(k, v.slice());
    r.top = this.top;
    r.liveBytes = this.liveBytes;
    return r;
  }
}
