// One record per modeled CPython version (64-bit Linux, default build). Facts and
// their sources: shared/reference/cpython-memory.md. Later parts add object layouts.
import type { ObmallocConfig, ArenaPlacement, RadixTreeConfig } from '../obmalloc/config';

export type VersionId = '2.4' | '3.8' | '3.9' | '3.10' | '3.11' | '3.12' | '3.13' | '3.14';

export interface VersionProfile {
  readonly id: VersionId;
  readonly label: string;
  /** [major, minor] */
  readonly versionInfo: readonly [number, number];
  readonly obmalloc: ObmallocConfig;
  /**
   * Blocks the interpreter itself holds when a script starts (sys.getallocatedblocks()
   * on the first line of a script, measured on this project's Linux machine), which
   * the model does not allocate; sys.getallocatedblocks adds them so the figure is of
   * CPython's magnitude (never a cached small int). Deltas are unaffected.
   */
  readonly startupBlocks: number;
}

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * mmap hands out page-aligned addresses, top-down. 3.10+ arenas are misaligned to
 * the 16 KiB pool size in every process observed on Linux (63 usable pools), so the
 * simulated base sits one page past a 16 KiB boundary.
 */
const mmapPlacement = (arenaSize: number): ArenaPlacement => ({
  top: 0x7f00_0000_0000,
  stride: arenaSize,
  baseOffset: 0x1000,
});

/** Objects/obmalloc.c @ v3.10.7: ADDRESS_BITS 48, 10/10/8 bits below the ignored top. */
const radix310: RadixTreeConfig = { ignoreBits: 16, topBits: 10, midBits: 10, botBits: 8 };
/** Objects/obmalloc.c @ 3.11: IGNORE_BITS 0, all 64 bits as 15/15/14 over 20 arena bits. */
const radix311: RadixTreeConfig = { ignoreBits: 0, topBits: 15, midBits: 15, botBits: 14 };

function modern(name: string, over: Partial<ObmallocConfig>): ObmallocConfig {
  const base: ObmallocConfig = {
    name,
    alignment: 16,
    smallRequestThreshold: 512,
    poolSize: 16 * KiB,
    arenaSize: 1 * MiB,
    poolOverhead: 48,
    initialArenaObjects: 16,
    arenaRelease: 'keep-one',
    poolCache: 'per-arena',
    radixTree: radix311,
    allocatedBlocks: 'walk',
    arenaPlacement: mmapPlacement(1 * MiB),
  };
  return { ...base, ...over };
}

const small = { poolSize: 4 * KiB, arenaSize: 256 * KiB, radixTree: null, arenaPlacement: mmapPlacement(256 * KiB) };

export const PROFILES: Readonly<Record<VersionId, VersionProfile>> = {
  '2.4': {
    id: '2.4',
    label: 'CPython 2.4 (arenas never freed)',
    versionInfo: [2, 4], startupBlocks: 0,
    // Objects/obmalloc.c @ 2.4: 8-byte alignment, 256-byte threshold, arenas from
    // malloc (a 16-byte chunk header past a page boundary), never returned; one
    // global list of empty pools. The 2005 change (Evan Jones) made 2.5 free them.
    obmalloc: modern('2.4', {
      alignment: 8,
      smallRequestThreshold: 256,
      poolSize: 4 * KiB,
      arenaSize: 256 * KiB,
      arenaRelease: 'never',
      poolCache: 'global',
      radixTree: null,
      allocatedBlocks: 'counter',
      arenaPlacement: { top: 0x7f00_0000_0000, stride: 256 * KiB + 4 * KiB, baseOffset: 16 },
    }),
  },
  '3.8': {
    id: '3.8',
    label: 'CPython 3.8',
    versionInfo: [3, 8], startupBlocks: 14808,
    obmalloc: modern('3.8', { ...small, arenaRelease: 'always', allocatedBlocks: 'counter' }),
  },
  '3.9': { id: '3.9', label: 'CPython 3.9', versionInfo: [3, 9], startupBlocks: 14881, obmalloc: modern('3.9', small) },
  '3.10': { id: '3.10', label: 'CPython 3.10', versionInfo: [3, 10], startupBlocks: 15450, obmalloc: modern('3.10', { radixTree: radix310 }) },
  '3.11': { id: '3.11', label: 'CPython 3.11', versionInfo: [3, 11], startupBlocks: 36808, obmalloc: modern('3.11', {}) },
  '3.12': { id: '3.12', label: 'CPython 3.12', versionInfo: [3, 12], startupBlocks: 9971, obmalloc: modern('3.12', {}) },
  '3.13': { id: '3.13', label: 'CPython 3.13', versionInfo: [3, 13], startupBlocks: 15751, obmalloc: modern('3.13', {}) },
  '3.14': { id: '3.14', label: 'CPython 3.14', versionInfo: [3, 14], startupBlocks: 15751, obmalloc: modern('3.14', {}) },
};

/** Every modeled version, oldest first. */
export const VERSION_IDS: readonly VersionId[] = ['2.4', '3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.14'];
/** The CPython 3 versions a script can be run as. */
export const PYTHON3_VERSIONS: readonly VersionId[] = VERSION_IDS.filter((v) => v !== '2.4');

export function isVersionId(v: string): v is VersionId {
  return (VERSION_IDS as readonly string[]).includes(v);
}

export function getProfile(v: VersionId): VersionProfile {
  return PROFILES[v];
}
