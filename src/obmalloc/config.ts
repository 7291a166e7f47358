// The constants that shape one version of pymalloc (Objects/obmalloc.c, and
// Include/internal/pycore_obmalloc.h from 3.12), plus the policy switches that
// changed over the years. Version records in src/profiles build these.

/** What happens to an arena whose pools are all empty again (insert_to_freepool). */
export type ArenaRelease =
  /** Python <= 2.4: arenas came from malloc and were never given back. */
  | 'never'
  /** 2.5 .. 3.8: munmap the arena as soon as its last pool empties. */
  | 'always'
  /** 3.9+: keep one wholly free arena at the tail of usable_arenas (bpo-37257). */
  | 'keep-one';

/** How `arena_map` (the radix tree behind address_in_range, 3.10+) is shaped. */
export interface RadixTreeConfig {
  /** Bits of the address the tree ignores at the top (3.10: 16, so 48-bit addresses). */
  readonly ignoreBits: number;
  readonly topBits: number;
  readonly midBits: number;
  readonly botBits: number;
}

export interface ObmallocConfig {
  /** Short label, e.g. "3.11". */
  readonly name: string;
  readonly alignment: number;
  readonly smallRequestThreshold: number;
  readonly poolSize: number;
  readonly arenaSize: number;
  /** POOL_OVERHEAD: sizeof(struct pool_header) rounded up to ALIGNMENT; also the first block's offset. */
  readonly poolOverhead: number;
  readonly initialArenaObjects: number;
  readonly arenaRelease: ArenaRelease;
  /**
   * 'per-arena': empty pools wait on their arena's `freepools` and arenas are
   * kept in `usable_arenas` sorted by `nfreepools` (2.5+). 'global': Python 2.4's
   * single `freepools` list and one current arena carved from `arenabase`.
   */
  readonly poolCache: 'per-arena' | 'global';
  /** null before 3.10 (address_in_range read arenas[pool->arenaindex]). */
  readonly radixTree: RadixTreeConfig | null;
  /** 3.8 kept a counter `_Py_AllocatedBlocks`; 3.9+ walk the pools (`_Py_GetAllocatedBlocks`). */
  readonly allocatedBlocks: 'counter' | 'walk';
  /** Where the simulated mmap puts arenas: see addresses.ts. */
  readonly arenaPlacement: ArenaPlacement;
}

export interface ArenaPlacement {
  /** Highest address handed out; arenas are placed top-down below it, as Linux's mmap does. */
  readonly top: number;
  /** Distance between consecutive arena slots (>= arenaSize). */
  readonly stride: number;
  /** Offset of an arena's base past a slot boundary. Non-zero modulo poolSize costs a pool. */
  readonly baseOffset: number;
}

/** Quantities every version derives the same way from its constants. */
export interface DerivedConstants {
  readonly alignmentShift: number;
  readonly nbSmallSizeClasses: number;
  readonly maxPoolsInArena: number;
  /** NUMBLOCKS(szidx) */
  readonly numBlocks: readonly number[];
  /** INDEX2SIZE(szidx) */
  readonly blockSize: readonly number[];
}

export function deriveConstants(c: ObmallocConfig): DerivedConstants {
  const nb = c.smallRequestThreshold / c.alignment;
  const blockSize: number[] = [];
  const numBlocks: number[] = [];
  for (let i = 0; i < nb; i++) {
    blockSize.push((i + 1) * c.alignment);
    numBlocks.push(Math.floor((c.poolSize - c.poolOverhead) / ((i + 1) * c.alignment)));
  }
  return {
    alignmentShift: Math.log2(c.alignment),
    nbSmallSizeClasses: nb,
    maxPoolsInArena: c.arenaSize / c.poolSize,
    numBlocks,
    blockSize,
  };
}

/** The size class a request of `nbytes` (1..threshold) lands in: (nbytes - 1) >> ALIGNMENT_SHIFT. */
export function sizeClassOf(c: ObmallocConfig, nbytes: number): number {
  return Math.floor((nbytes - 1) / c.alignment);
}
