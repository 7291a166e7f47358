// The pymalloc model's public surface.
export * from './config';
export { DUMMY_SIZE_IDX } from './arenas';
export { Obmalloc, BlockState } from './obmalloc';
export type { BlockLocation } from './obmalloc';
export { RawMalloc, chunkSize } from './rawmalloc';
export { incrementalStats, walkStats, formatDebugMallocStats, parseDebugMallocStats, printone, statsBytes } from './stats';
export type { MallocStats, StatsBytes } from './stats';
export { checkInvariants } from './invariants';
