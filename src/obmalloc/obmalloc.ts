// The pymalloc model: arenas, pools and blocks handed out exactly as
// Objects/obmalloc.c hands them out (pymalloc_alloc, allocate_from_new_pool,
// pymalloc_free, insert_to_freepool, pymalloc_realloc), with simulated addresses.
import { ArenaPlacement, deriveConstants, DerivedConstants, ObmallocConfig } from './config';
import { RawMalloc } from './rawmalloc';

/** obmalloc.c: the size class of a pool carved but not yet initialised. */
export const DUMMY_SIZE_IDX = 0xffff;
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

/**
 * One pymalloc instance. Pools are identified by ids: ids 0..NB-1 are the
 * phantom headers of `usedpools` (one per size class, see the PTA macro), and
 * a real pool of arena `a` at position `k` is `NB + a * MAX_POOLS_IN_ARENA + k`.
 * State is kept in typed arrays; fields are public for the invariant checker
 * and the stats walk, and must not be written outside this file.
 */
export class Obmalloc {
  readonly config: ObmallocConfig;
  readonly k: DerivedConstants;
  readonly raw: RawMalloc;
  /** Number of size classes = id of the first real pool. */
  readonly nb: number;
  readonly maxPools: number;
  /** Capacity of a pool's free-block stack (NUMBLOCKS of the smallest class). */
  readonly stride: number;
  private readonly placement: ArenaPlacement;
  // Hot-path copies of the constants (property chains cost on every request).
  private readonly threshold: number;
  private readonly shift: number;
  private readonly overhead: number;
  private readonly poolSize: number;
  private readonly bsize: Int32Array;
  private readonly nblocks: Int32Array;

  // --- arenas: struct arena_object, one entry per descriptor in `arenas` ---
  maxarenas = 0;
  /** arena_object.address; 0 = not associated with an allocated arena. */
  aAddress = new Float64Array(0);
  /** First pool-aligned address of the arena. */
  aPoolBase = new Float64Array(0);
  /** (pool_address - aPoolBase) / POOL_SIZE: pools carved so far. */
  aCarved = new Int32Array(0);
  aNfreepools = new Int32Array(0);
  aNtotalpools = new Int32Array(0);
  /** Head of the arena's singly linked list of empty pools (pool id or -1). */
  aFreepools = new Int32Array(0);
  aNextarena = new Int32Array(0);
  aPrevarena = new Int32Array(0);
  /** The simulated mmap slot the arena occupies. */
  aSlot = new Int32Array(0);

  usableArenas = NULL;
  unusedArenaObjects = NULL;
  /** nfp2lasta[nf]: the rightmost arena in usable_arenas with nf free pools. */
  readonly nfp2lasta: Int32Array;
  /** Python 2.4: one list of empty pools for all arenas, and the arena being carved. */
  globalFreepools = NULL;
  currentArena = NULL;

  // --- pools: struct pool_header ---
  pRef = new Int32Array(0);
  pSzidx = new Int32Array(0);
  pNextoffset = new Int32Array(0);
  pMaxnextoffset = new Int32Array(0);
  pNextpool = new Int32Array(0);
  pPrevpool = new Int32Array(0);
  pAddress = new Float64Array(0);
  /** The free-block list as a stack of block indexes: pushing and popping the head is LIFO. */
  pFreeTop = new Int32Array(0);
  pFreeStack = new Int16Array(0);
  /** 1 for blocks handed out; lets free() reject addresses it never gave. */
  pUsed = new Uint8Array(0);

  // --- counters kept by obmalloc.c ---
  narenasCurrentlyAllocated = 0;
  ntimesArenaAllocated = 0;
  narenasHighwater = 0;
  /** _Py_AllocatedBlocks (3.8) and our running check on the 3.9+ walk. */
  allocatedBlocks = 0;

  // --- incrementally kept statistics for _debugmallocstats ---
  readonly statNumpools: Int32Array;
  readonly statNumblocks: Float64Array;
  statNumfreepools = 0;
  statArenaAlignment = 0;
  /** Radix tree nodes ever created (arena_map_get with create=1); never freed. */
  readonly arenaMapMid = new Set<number>();
  readonly arenaMapBot = new Set<number>();

  // --- the simulated mmap ---
  slotArena = new Int32Array(0);
  private readonly freeSlots: number[] = [];
  private nslots = 0;

  constructor(config: ObmallocConfig) {
    this.config = config;
    this.k = deriveConstants(config);
    this.nb = this.k.nbSmallSizeClasses;
    this.maxPools = this.k.maxPoolsInArena;
    this.stride = this.k.numBlocks[0];
    this.placement = config.arenaPlacement;
    this.threshold = config.smallRequestThreshold;
    this.shift = this.k.alignmentShift;
    this.overhead = config.poolOverhead;
    this.poolSize = config.poolSize;
    this.bsize = Int32Array.from(this.k.blockSize);
    this.nblocks = Int32Array.from(this.k.numBlocks);
    this.raw = new RawMalloc(0x5555_5556_0000);
    this.nfp2lasta = new Int32Array(this.maxPools + 1).fill(NULL);
    this.statNumpools = new Int32Array(this.nb);
    this.statNumblocks = new Float64Array(this.nb);
    this.growPools(0);
    for (let i = 0; i < this.nb; i++) {
      // usedpools[i+i] starts as an empty circular list through its phantom header.
      this.pNextpool[i] = i;
      this.pPrevpool[i] = i;
    }
  }

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

  // ===================================================================
  // Arenas and the simulated address space
  // ===================================================================

  /** new_arena: take an arena object (doubling the vector when none is unused) and map an arena. */
  private newArena(): number {
    if (this.unusedArenaObjects === NULL) {
      const numarenas = this.maxarenas ? this.maxarenas << 1 : this.config.initialArenaObjects;
      this.growArenas(numarenas);
      for (let i = this.maxarenas; i < numarenas; i++) {
        this.aAddress[i] = 0;
        this.aNextarena[i] = i < numarenas - 1 ? i + 1 : NULL;
      }
      this.unusedArenaObjects = this.maxarenas;
      this.maxarenas = numarenas;
    }
    const a = this.unusedArenaObjects;
    this.unusedArenaObjects = this.aNextarena[a];

    const slot = this.mmapSlot();
    this.slotArena[slot] = a;
    this.aSlot[a] = slot;
    const address = this.slotAddress(slot);
    this.markArenaMap(address);
    this.aAddress[a] = address;

    this.narenasCurrentlyAllocated++;
    this.ntimesArenaAllocated++;
    if (this.narenasCurrentlyAllocated > this.narenasHighwater) {
      this.narenasHighwater = this.narenasCurrentlyAllocated;
    }
    this.aFreepools[a] = NULL;
    let nfree = this.maxPools;
    let poolBase = address;
    const excess = address % this.config.poolSize;
    if (excess !== 0) {
      nfree--;
      poolBase += this.config.poolSize - excess;
      this.statArenaAlignment += this.config.poolSize;
    }
    this.aPoolBase[a] = poolBase;
    this.aNfreepools[a] = nfree;
    this.aNtotalpools[a] = nfree;
    this.aCarved[a] = 0;
    this.statNumfreepools += nfree;
    return a;
  }

  /** The end of insert_to_freepool's case 1: the descriptor goes back to unused_arena_objects and the arena is unmapped. */
  private releaseArena(ao: number): void {
    this.aNextarena[ao] = this.unusedArenaObjects;
    this.unusedArenaObjects = ao;
    const slot = this.aSlot[ao];
    this.slotArena[slot] = NULL;
    this.freeSlots.push(slot);
    if (this.aPoolBase[ao] !== this.aAddress[ao]) this.statArenaAlignment -= this.config.poolSize;
    this.statNumfreepools -= this.aNfreepools[ao];
    this.aAddress[ao] = 0;
    this.narenasCurrentlyAllocated--;
  }

  /** mmap(ARENA_SIZE): the highest free slot below `top`, as Linux's top-down mmap picks the highest gap. */
  private mmapSlot(): number {
    if (this.freeSlots.length > 0) {
      let best = 0;
      for (let i = 1; i < this.freeSlots.length; i++) {
        if (this.freeSlots[i] < this.freeSlots[best]) best = i;
      }
      const s = this.freeSlots[best];
      this.freeSlots[best] = this.freeSlots[this.freeSlots.length - 1];
      this.freeSlots.pop();
      return s;
    }
    const s = this.nslots++;
    if (s >= this.slotArena.length) {
      const grown = new Int32Array(Math.max(16, this.slotArena.length * 2)).fill(NULL);
      grown.set(this.slotArena);
      this.slotArena = grown;
    }
    return s;
  }

  private slotAddress(slot: number): number {
    const pl = this.placement;
    return pl.top - (slot + 1) * pl.stride + pl.baseOffset;
  }

  /** arena_map_mark_used: count the radix tree's mid and bottom nodes the arena needs. */
  private markArenaMap(address: number): void {
    const rt = this.config.radixTree;
    if (rt === null) return;
    const arenaBits = Math.log2(this.config.arenaSize);
    const botShift = 2 ** (arenaBits + rt.botBits);
    const midShift = 2 ** (arenaBits + rt.botBits + rt.midBits);
    const touch = (p: number): void => {
      this.arenaMapMid.add(Math.floor(p / midShift));
      this.arenaMapBot.add(Math.floor(p / botShift));
    };
    touch(address);
    if (address % this.config.arenaSize !== 0) touch(address + this.config.arenaSize);
  }

  /** Set by poolOf: the index of the block within its pool. */
  private lastBlockIndex = 0;

  /** POOL_ADDR plus address_in_range: the pool id holding p, or -1 when pymalloc does not own p. */
  private poolOf(p: number): number {
    const pl = this.placement;
    const slot = Math.ceil((pl.top + pl.baseOffset - p) / pl.stride) - 1;
    if (slot < 0 || slot >= this.nslots) return NULL;
    const a = this.slotArena[slot];
    if (a === NULL) return NULL;
    const off = p - this.aPoolBase[a];
    if (off < 0 || p - this.aAddress[a] >= this.config.arenaSize) return this.badAddress(p);
    const k = Math.floor(off / this.poolSize);
    if (k >= this.aCarved[a]) return this.badAddress(p);
    const pool = this.nb + a * this.maxPools + k;
    const sz = this.pSzidx[pool];
    if (sz === DUMMY_SIZE_IDX) return this.badAddress(p);
    const bi = (off - k * this.poolSize - this.overhead) / this.bsize[sz];
    if (!(bi >= 0 && bi < this.nblocks[sz]) || bi !== Math.floor(bi) || this.pUsed[pool * this.stride + bi] !== 1) {
      return this.badAddress(p);
    }
    this.lastBlockIndex = bi;
    return pool;
  }

  private badAddress(p: number): never {
    throw new Error(`obmalloc: 0x${p.toString(16)} is not a block in use`);
  }

  private growArenas(n: number): void {
    const grow = <T extends Float64Array | Int32Array>(old: T, fill: number): T => {
      const g = new (old.constructor as { new (n: number): T })(n);
      g.fill(fill);
      g.set(old);
      return g;
    };
    this.aAddress = grow(this.aAddress, 0);
    this.aPoolBase = grow(this.aPoolBase, 0);
    this.aCarved = grow(this.aCarved, 0);
    this.aNfreepools = grow(this.aNfreepools, 0);
    this.aNtotalpools = grow(this.aNtotalpools, 0);
    this.aFreepools = grow(this.aFreepools, NULL);
    this.aNextarena = grow(this.aNextarena, NULL);
    this.aPrevarena = grow(this.aPrevarena, NULL);
    this.aSlot = grow(this.aSlot, NULL);
    this.growPools(n);
  }

  private growPools(narenas: number): void {
    const n = this.nb + narenas * this.maxPools;
    const grow = <T extends Float64Array | Int32Array | Int16Array | Uint8Array>(old: T, len: number, fill: number): T => {
      const g = new (old.constructor as { new (n: number): T })(len);
      if (fill !== 0) g.fill(fill);
      g.set(old);
      return g;
    };
    this.pRef = grow(this.pRef, n, 0);
    this.pSzidx = grow(this.pSzidx, n, DUMMY_SIZE_IDX);
    this.pNextoffset = grow(this.pNextoffset, n, 0);
    this.pMaxnextoffset = grow(this.pMaxnextoffset, n, 0);
    this.pNextpool = grow(this.pNextpool, n, NULL);
    this.pPrevpool = grow(this.pPrevpool, n, NULL);
    this.pAddress = grow(this.pAddress, n, 0);
    this.pFreeTop = grow(this.pFreeTop, n, 0);
    this.pFreeStack = grow(this.pFreeStack, n * this.stride, 0);
    this.pUsed = grow(this.pUsed, n * this.stride, 0);
  }
}
