// The state of one pymalloc instance (arena_object and pool_header fields in typed arrays)
// and its arena layer (Objects/obmalloc.c new_arena, the release in insert_to_freepool,
// arena_map_mark_used, address_in_range) over a simulated mmap; obmalloc.ts allocates in it.
import { ArenaPlacement, deriveConstants, DerivedConstants, ObmallocConfig } from './config';
import { RawMalloc } from './rawmalloc';

/** obmalloc.c: the size class of a pool carved but not yet initialised. */
export const DUMMY_SIZE_IDX = 0xffff;
const NULL = -1;

/**
 * One pymalloc instance's state. Pools are identified by ids: ids 0..NB-1 are the
 * phantom headers of `usedpools` (one per size class, see the PTA macro), and
 * a real pool of arena `a` at position `k` is `NB + a * MAX_POOLS_IN_ARENA + k`.
 * State is kept in typed arrays; fields are public for the invariant checker
 * and the stats walk, and must not be written outside this file and obmalloc.ts.
 */
export class ObmallocArenas {
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
  protected readonly threshold: number;
  protected readonly shift: number;
  protected readonly overhead: number;
  private readonly poolSize: number;
  protected readonly bsize: Int32Array;
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
  protected readonly freeSlots: number[] = [];
  protected nslots = 0;

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
  // Arenas and the simulated address space
  // ===================================================================

  /** new_arena: take an arena object (doubling the vector when none is unused) and map an arena. */
  protected newArena(): number {
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
  protected releaseArena(ao: number): void {
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
  protected lastBlockIndex = 0;

  /** POOL_ADDR plus address_in_range: the pool id holding p, or -1 when pymalloc does not own p. */
  protected poolOf(p: number): number {
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
