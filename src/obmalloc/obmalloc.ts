// The pymalloc model: pools and blocks handed out exactly as Objects/obmalloc.c hands
// them out (pymalloc_alloc, allocate_from_new_pool, pymalloc_free, insert_to_freepool,
// pymalloc_realloc), with simulated addresses; the arenas and the state are arenas.ts's.
import { DUMMY_SIZE_IDX, ObmallocArenas } from './arenas';
import { RawMalloc } from './rawmalloc';

const NULL = -1;

/** Where a simulated address lives. */
export type BlockLocation =
  | {
      readonly kind: 'pool';
      readonly arenaIndex: number;
      readonly arenaAddress: number;
      readonly pool: number;
      readonly poolAddress: number;
      /** Pool's position among its arena's pools (0 = first pool-aligned pool). */
      readonly poolInArena: number;
      readonly szidx: number;
      readonly blockSize: number;
      readonly blockIndex: number;
      /** ref.count of the pool and NUMBLOCKS for its class. */
      readonly poolCount: number;
      readonly poolCapacity: number;
    }
  | { readonly kind: 'raw'; readonly size: number };

/** Block states in a pool, for the heap explorer's pool view. */
export const enum BlockState {
  NeverUsed = 0,
  Free = 1,
  Used = 2,
}

/** One pymalloc instance: the allocator's entry points and pymalloc proper over its arenas (arenas.ts). */
export class Obmalloc extends ObmallocArenas {
  // ===================================================================
  // Public entry points: _PyObject_Malloc / Calloc / Realloc / Free
  // ===================================================================

  /** _PyObject_Malloc: pymalloc for 1..threshold bytes, else the raw allocator. */
  malloc(nbytes: number): number {
    this.allocatedBlocks++;
    if (nbytes > 0 && nbytes <= this.threshold) {
      return this.pymallocAlloc(nbytes);
    }
    return this.raw.malloc(nbytes);
  }

  /** _PyObject_Calloc: the same placement as malloc(nelem * elsize). */
  calloc(nelem: number, elsize: number): number {
    return this.malloc(nelem * elsize);
  }

  /** _PyObject_Free. */
  free(p: number): void {
    if (p === 0) return;
    const pool = this.poolOf(p);
    this.allocatedBlocks--;
    if (pool === NULL) {
      this.raw.free(p);
      return;
    }
    this.pymallocFree(pool, this.lastBlockIndex);
  }

  /** _PyObject_Realloc / pymalloc_realloc. */
  realloc(p: number, nbytes: number): number {
    if (p === 0) return this.malloc(nbytes);
    const pool = this.poolOf(p);
    if (pool === NULL) {
      // Not pymalloc's: C keeps managing it even if it shrinks below the threshold.
      return this.raw.realloc(p, nbytes);
    }
    const size = this.k.blockSize[this.pSzidx[pool]];
    if (nbytes <= size && 4 * nbytes > 3 * size) {
      // Same size, or shrinking by less than 25%: stays in place.
      return p;
    }
    const bp = this.malloc(nbytes);
    this.free(p);
    return bp;
  }

  /** sys.getallocatedblocks(): a counter in 3.8, a walk over the pools from 3.9 (_Py_GetAllocatedBlocks). */
  getAllocatedBlocks(): number {
    if (this.config.allocatedBlocks === 'counter') return this.allocatedBlocks;
    return this.walkAllocatedBlocks();
  }

  /** raw_allocated_blocks plus every carved pool's ref.count, as _Py_GetAllocatedBlocks sums them. */
  walkAllocatedBlocks(): number {
    let n = this.raw.count;
    for (let a = 0; a < this.maxarenas; a++) {
      if (this.aAddress[a] === 0) continue;
      const first = this.nb + a * this.maxPools;
      for (let g = first; g < first + this.aCarved[a]; g++) n += this.pRef[g];
    }
    return n;
  }

  /** The size of the block at p as its allocator sees it (block size, or the raw request). */
  usableSize(p: number): number {
    const pool = this.poolOf(p);
    return pool === NULL ? this.raw.sizeOf(p) : this.k.blockSize[this.pSzidx[pool]];
  }

  /** Which arena, pool and block an address belongs to. */
  locate(p: number): BlockLocation {
    const pool = this.poolOf(p);
    if (pool === NULL) return { kind: 'raw', size: this.raw.sizeOf(p) };
    const a = Math.floor((pool - this.nb) / this.maxPools);
    const sz = this.pSzidx[pool];
    return {
      kind: 'pool',
      arenaIndex: a,
      arenaAddress: this.aAddress[a],
      pool,
      poolAddress: this.pAddress[pool],
      poolInArena: (pool - this.nb) % this.maxPools,
      szidx: sz,
      blockSize: this.k.blockSize[sz],
      blockIndex: this.lastBlockIndex,
      poolCount: this.pRef[pool],
      poolCapacity: this.k.numBlocks[sz],
    };
  }

  /** Each block of a pool: used, on the free list, or never carved (nextoffset and beyond). */
  poolBlockStates(pool: number): Uint8Array {
    const sz = this.pSzidx[pool];
    const n = sz === DUMMY_SIZE_IDX ? 0 : this.k.numBlocks[sz];
    const out = new Uint8Array(n);
    if (n === 0) return out;
    const bs = this.k.blockSize[sz];
    const carved = Math.min(n, (this.pNextoffset[pool] - this.config.poolOverhead) / bs);
    const base = pool * this.stride;
    for (let i = 0; i < n; i++) {
      out[i] = this.pUsed[base + i] === 1 ? BlockState.Used : i < carved ? BlockState.Free : BlockState.NeverUsed;
    }
    // The free list's head is also a carved block even when it came from virgin space.
    for (let t = 0; t < this.pFreeTop[pool]; t++) out[this.pFreeStack[base + t]] = BlockState.Free;
    return out;
  }

  /** A deep copy, for checkpoints of the heap at an event index. */
  clone(): Obmalloc {
    const o = new Obmalloc(this.config);
    for (const key of Object.keys(this) as Array<keyof this>) {
      const v = this[key];
      if (ArrayBuffer.isView(v)) {
        (o as unknown as Record<string, unknown>)[key as string] = (v as unknown as Int32Array).slice();
      } else if (typeof v === 'number') {
        (o as unknown as Record<string, unknown>)[key as string] = v;
      }
    }
    (o as { raw: RawMalloc }).raw = this.raw.clone();
    for (const m of this.arenaMapMid) o.arenaMapMid.add(m);
    for (const m of this.arenaMapBot) o.arenaMapBot.add(m);
    o.freeSlots.push(...this.freeSlots);
    o.nslots = this.nslots;
    return o;
  }

  // ===================================================================
  // pymalloc proper
  // ===================================================================

  /** pymalloc_alloc for 1 <= nbytes <= SMALL_REQUEST_THRESHOLD. */
  private pymallocAlloc(nbytes: number): number {
    const size = (nbytes - 1) >> this.shift;
    this.statNumblocks[size]++;
    const pool = this.pNextpool[size];
    if (pool !== size) {
      // A used pool of this class: pop the head of its free list.
      this.pRef[pool]++;
      const base = pool * this.stride;
      const bi = this.pFreeStack[base + --this.pFreeTop[pool]];
      this.pUsed[base + bi] = 1;
      if (this.pFreeTop[pool] === 0) this.poolExtend(pool, size);
      return this.pAddress[pool] + this.overhead + bi * this.bsize[size];
    }
    return this.allocateFromNewPool(size);
  }

  /** pymalloc_pool_extend: carve the next never-used block, or unlink the now full pool. */
  private poolExtend(pool: number, size: number): void {
    if (this.pNextoffset[pool] <= this.pMaxnextoffset[pool]) {
      const bs = this.k.blockSize[size];
      this.pFreeStack[pool * this.stride] = (this.pNextoffset[pool] - this.config.poolOverhead) / bs;
      this.pFreeTop[pool] = 1;
      this.pNextoffset[pool] += bs;
      return;
    }
    const next = this.pNextpool[pool];
    const prev = this.pPrevpool[pool];
    this.pPrevpool[next] = prev;
    this.pNextpool[prev] = next;
  }

  /** allocate_from_new_pool: take an empty pool (or carve one), front-link it to usedpools. */
  private allocateFromNewPool(size: number): number {
    const pool = this.config.poolCache === 'global' ? this.takePoolGlobal() : this.takePool();
    this.statNumpools[size]++;

    // Frontlink to used pools.
    const next = this.pNextpool[size];
    this.pNextpool[pool] = next;
    this.pPrevpool[pool] = size;
    this.pPrevpool[next] = pool;
    this.pNextpool[size] = pool;
    this.pRef[pool] = 1;
    const base = pool * this.stride;
    const bs = this.k.blockSize[size];
    if (this.pSzidx[pool] === size) {
      // The pool last held blocks of this class: its free list is still valid.
      // An empty pool's list holds every carved block (at least two), so it cannot run dry here.
      const bi = this.pFreeStack[base + --this.pFreeTop[pool]];
      this.pUsed[base + bi] = 1;
      return this.pAddress[pool] + this.config.poolOverhead + bi * bs;
    }
    // Initialise: hand out the first block, the second is the free list, the rest is virgin.
    this.pSzidx[pool] = size;
    this.pNextoffset[pool] = this.config.poolOverhead + 2 * bs;
    this.pMaxnextoffset[pool] = this.config.poolSize - bs;
    this.pFreeStack[base] = 1;
    this.pFreeTop[pool] = 1;
    this.pUsed[base] = 1;
    return this.pAddress[pool] + this.config.poolOverhead;
  }

  /** The arena bookkeeping of allocate_from_new_pool (2.5+). */
  private takePool(): number {
    const nfp2lasta = this.nfp2lasta;
    if (this.usableArenas === NULL) {
      const a = this.newArena();
      this.usableArenas = a;
      this.aNextarena[a] = NULL;
      this.aPrevarena[a] = NULL;
      nfp2lasta[this.aNfreepools[a]] = a;
    }
    const ua = this.usableArenas;
    const nf = this.aNfreepools[ua];
    // ua has the fewest free pools; taking one keeps the order.
    if (nfp2lasta[nf] === ua) nfp2lasta[nf] = NULL;
    if (nf > 1) nfp2lasta[nf - 1] = ua;

    let pool = this.aFreepools[ua];
    if (pool !== NULL) {
      this.aFreepools[ua] = this.pNextpool[pool];
    } else {
      pool = this.carvePool(ua);
    }
    this.aNfreepools[ua]--;
    this.statNumfreepools--;
    if (this.aNfreepools[ua] === 0) {
      // Wholly allocated: unlink from usable_arenas.
      this.usableArenas = this.aNextarena[ua];
      if (this.usableArenas !== NULL) this.aPrevarena[this.usableArenas] = NULL;
    }
    return pool;
  }

  /** Python 2.4: the global freepools list, else the current arena's virgin pools, else a new arena. */
  private takePoolGlobal(): number {
    let pool = this.globalFreepools;
    let a: number;
    if (pool !== NULL) {
      this.globalFreepools = this.pNextpool[pool];
      a = Math.floor((pool - this.nb) / this.maxPools);
    } else {
      a = this.currentArena;
      if (a === NULL || this.aCarved[a] === this.aNtotalpools[a]) {
        a = this.currentArena = this.newArena();
      }
      pool = this.carvePool(a);
    }
    this.aNfreepools[a]--;
    this.statNumfreepools--;
    return pool;
  }

  /** Carve the pool at the arena's pool_address (its szidx is DUMMY until initialised). */
  private carvePool(a: number): number {
    const k = this.aCarved[a]++;
    const pool = this.nb + a * this.maxPools + k;
    this.pSzidx[pool] = DUMMY_SIZE_IDX;
    this.pAddress[pool] = this.aPoolBase[a] + k * this.config.poolSize;
    this.pFreeTop[pool] = 0;
    this.pRef[pool] = 0;
    return pool;
  }

  /** pymalloc_free, once the address is known to be ours. */
  private pymallocFree(pool: number, bi: number): void {
    const base = pool * this.stride;
    this.pUsed[base + bi] = 0;
    const lastfree = this.pFreeTop[pool];
    this.pFreeStack[base + lastfree] = bi;
    this.pFreeTop[pool] = lastfree + 1;
    this.statNumblocks[this.pSzidx[pool]]--;
    this.pRef[pool]--;
    if (lastfree === 0) {
      // The pool was full: link it at the front of usedpools (insert_to_usedpool).
      const size = this.pSzidx[pool];
      const next = this.pNextpool[size];
      const prev = this.pPrevpool[next];
      this.pNextpool[pool] = next;
      this.pPrevpool[pool] = prev;
      this.pPrevpool[next] = pool;
      this.pNextpool[prev] = pool;
      return;
    }
    if (this.pRef[pool] !== 0) return;
    this.insertToFreepool(pool);
  }

  /** insert_to_freepool: the pool is empty; move it to its arena and keep usable_arenas sorted. */
  private insertToFreepool(pool: number): void {
    const next = this.pNextpool[pool];
    const prev = this.pPrevpool[pool];
    this.pPrevpool[next] = prev;
    this.pNextpool[prev] = next;
    this.statNumpools[this.pSzidx[pool]]--;
    this.statNumfreepools++;
    const ao = Math.floor((pool - this.nb) / this.maxPools);

    if (this.config.poolCache === 'global') {
      this.pNextpool[pool] = this.globalFreepools;
      this.globalFreepools = pool;
      this.aNfreepools[ao]++;
      return;
    }

    this.pNextpool[pool] = this.aFreepools[ao];
    this.aFreepools[ao] = pool;
    const nfp2lasta = this.nfp2lasta;
    let nf = this.aNfreepools[ao];
    const lastnf = nfp2lasta[nf];
    if (lastnf === ao) {
      // ao was the rightmost with nf free pools.
      const p = this.aPrevarena[ao];
      nfp2lasta[nf] = p !== NULL && this.aNfreepools[p] === nf ? p : NULL;
    }
    this.aNfreepools[ao] = ++nf;

    // Case 1: every pool is free. 3.8 always releases; 3.9+ keeps the last arena of the list.
    if (
      nf === this.aNtotalpools[ao] &&
      (this.config.arenaRelease === 'always' ||
        (this.config.arenaRelease === 'keep-one' && this.aNextarena[ao] !== NULL))
    ) {
      this.unlinkUsable(ao);
      this.releaseArena(ao);
      return;
    }

    if (nf === 1) {
      // Case 2: it was full, so it is not in usable_arenas; put it at the head.
      this.aNextarena[ao] = this.usableArenas;
      this.aPrevarena[ao] = NULL;
      if (this.usableArenas !== NULL) this.aPrevarena[this.usableArenas] = ao;
      this.usableArenas = ao;
      if (nfp2lasta[1] === NULL) nfp2lasta[1] = ao;
      return;
    }

    if (nfp2lasta[nf] === NULL) nfp2lasta[nf] = ao;
    // Case 4: it was the rightmost of its old count, so it is still in order.
    if (ao === lastnf) return;

    // Case 3: slide it right, to just after lastnf.
    this.unlinkUsable(ao);
    this.aPrevarena[ao] = lastnf;
    this.aNextarena[ao] = this.aNextarena[lastnf];
    if (this.aNextarena[ao] !== NULL) this.aPrevarena[this.aNextarena[ao]] = ao;
    this.aNextarena[lastnf] = ao;
  }

  private unlinkUsable(ao: number): void {
    const prev = this.aPrevarena[ao];
    const next = this.aNextarena[ao];
    if (prev === NULL) this.usableArenas = next;
    else this.aNextarena[prev] = next;
    if (next !== NULL) this.aPrevarena[next] = prev;
  }
}
