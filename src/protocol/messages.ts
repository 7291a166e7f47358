// The plain-data messages exchanged by the extension host, the analysis worker and
// the heap explorer page. No classes: everything here survives structured cloning.

/** A CPython version the runtime models ("3.11"), or the historical "2.4". */
export type Version = '2.4' | '3.8' | '3.9' | '3.10' | '3.11' | '3.12' | '3.13' | '3.14';

export interface AnalyzeRequest {
  readonly runId: number;
  readonly source: string;
  readonly filename: string;
  readonly version: Version;
  readonly stepBudget: number;
  readonly timeBudgetMs: number;
  /**
   * How the script's stdout buffers (what print keeps between writes): 'terminal' (the
   * default: python3 run in a terminal), 'pipe', or 'unbuffered' (PYTHONUNBUFFERED).
   */
  readonly stdio?: 'unbuffered' | 'pipe' | 'terminal';
  /**
   * The names in the script's directory (os.listdir), which CPython's path finder caches at
   * the first import it searches there; the host reads them, the runtime has no file access.
   */
  readonly scriptDirEntries?: readonly string[];
}

/** How the run ended. `line` is 1-based; 0 when not tied to a line. */
export type RunOutcome =
  | { readonly kind: 'ok' }
  | { readonly kind: 'exception'; readonly type: string; readonly message: string; readonly line: number }
  | { readonly kind: 'syntax'; readonly type: string; readonly message: string; readonly line: number }
  | { readonly kind: 'stop'; readonly reason: 'steps' | 'time' | 'heap' | 'trace' | 'unsupported'; readonly message: string; readonly line: number }
  | { readonly kind: 'internal'; readonly message: string; readonly line: number };

/** Where a block lives in the modeled heap. */
export type BlockPlace =
  | {
      readonly kind: 'pool';
      readonly address: number;
      readonly szidx: number;
      readonly blockSize: number;
      readonly poolAddress: number;
      readonly poolInArena: number;
      readonly poolUsed: number;
      readonly poolCapacity: number;
      readonly arenaIndex: number;
      readonly arenaAddress: number;
    }
  | { readonly kind: 'raw'; readonly address: number; readonly size: number };

/** A name a line bound, as it stood right after the line's last execution. */
export interface Binding {
  readonly name: string;
  readonly type: string;
  readonly refcnt: number;
  /** sys.getsizeof where the script's code ended (before the exit's finalization), or null when the object was freed by then. */
  readonly sizeof: number | null;
  readonly id: number;
  readonly alive: boolean;
  readonly block: BlockPlace | null;
  /** The line that made the object in its block (malloc, realloc or a free list's block), when known. */
  readonly allocLine: number | null;
}

export interface SizeClassCount {
  /** -1 for requests served by the system allocator (0 or above the threshold). */
  readonly szidx: number;
  readonly blockSize: number;
  /** Blocks of this class the line was given (by malloc or realloc). */
  readonly count: number;
  /** The bytes those requests asked for. */
  readonly bytes: number;
}

export interface LineSummary {
  readonly line: number;
  readonly executions: number;
  /** malloc calls and the bytes they asked for. */
  readonly allocs: number;
  /** free calls and the bytes they gave back. */
  readonly frees: number;
  readonly allocBytes: number;
  readonly freeBytes: number;
  /** realloc calls, and the bytes they added (negative when they shrank blocks). */
  readonly reallocs: number;
  readonly reallocBytes: number;
  /** Reference-count changes made while the line ran. */
  readonly increfs: number;
  readonly decrefs: number;
  /** Blocks taken from a type's free list (no allocator call), their bytes, and blocks put on one. */
  readonly reused: number;
  readonly reusedBytes: number;
  readonly parked: number;
  /**
   * Blocks still allocated at the end whose last malloc, realloc or object from a free list
   * was this line's, and their requested bytes: what tracemalloc's snapshot gives the line.
   */
  readonly liveBlocks: number;
  readonly liveBytes: number;
  readonly bySizeClass: readonly SizeClassCount[];
  readonly bindings: readonly Binding[];
}

export interface HeapSummary {
  readonly arenasAllocatedTotal: number;
  readonly arenasReclaimed: number;
  readonly arenasHighwater: number;
  readonly arenasCurrent: number;
  readonly poolsInUse: number;
  readonly bytesInAllocatedBlocks: number;
  readonly bytesReserved: number;
  /** What sys.getallocatedblocks() returns at the end (the start-up's blocks included). */
  readonly allocatedBlocks: number;
  readonly arenaSize: number;
  readonly poolSize: number;
}

export interface AnalysisResult {
  readonly runId: number;
  readonly version: Version;
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  readonly outcome: RunOutcome;
  /** What CPython warns about while it reads the script (SyntaxWarning), by line. */
  readonly warnings: readonly { readonly line: number; readonly message: string }[];
  readonly lines: readonly LineSummary[];
  readonly heap: HeapSummary;
  /** Events of the main table (allocs, frees, reallocs, lines, binds): the range of event indexes. */
  readonly eventCount: number;
  /** Reference-count changes, in the trace's second table. */
  readonly refEventCount: number;
  /** Bytes both tables hold. */
  readonly traceBytes: number;
  readonly durationMs: number;
}

/** One arena of the map: per pool, its size class (-1 empty or never carved), blocks used and capacity. */
export interface ArenaView {
  readonly index: number;
  readonly address: number;
  /** False for an arena already given back to the system at this moment. */
  readonly live: boolean;
  readonly ntotalpools: number;
  readonly szidx: readonly number[];
  readonly used: readonly number[];
  readonly capacity: readonly number[];
}

/** The arenas and pools after the first `eventIndex` events of a run. */
export interface HeapSnapshot {
  readonly eventIndex: number;
  readonly eventCount: number;
  /** The line of the last event applied (0 before any). */
  readonly line: number;
  readonly arenas: readonly ArenaView[];
  readonly poolSize: number;
  readonly arenaSize: number;
}

export interface BlockView {
  readonly state: 'used' | 'free' | 'never';
  /** For a used block: the type (or buffer) that owns it and the line that allocated it. */
  readonly type: string | null;
  readonly line: number | null;
}

export interface PoolDetail {
  readonly eventIndex: number;
  readonly arenaIndex: number;
  readonly poolInArena: number;
  readonly poolAddress: number;
  readonly szidx: number;
  readonly blockSize: number;
  readonly used: number;
  readonly capacity: number;
  readonly freeListLength: number;
  readonly neverUsed: number;
  readonly blocks: readonly BlockView[];
}

/**
 * sys._debugmallocstats()'s pymalloc figures after `eventIndex` events, and its text exactly as CPython prints it.
 * The figures repeat src/obmalloc/stats.ts MallocStats: protocol imports nothing outside itself (it is what the
 * webview bundles), so src/analysis/explore.ts statsFitView fails to compile if the two drift apart.
 */
export interface MallocStatsView {
  readonly eventIndex: number;
  readonly text: string;
  /** Per size class: block size, pools in use, blocks in use, blocks still available in those pools. */
  readonly blockSize: readonly number[];
  readonly numpools: readonly number[];
  readonly numblocks: readonly number[];
  readonly numfreeblocks: readonly number[];
  readonly ntimesArenaAllocated: number;
  readonly narenasHighwater: number;
  readonly narenas: number;
  readonly numfreepools: number;
  readonly arenaSize: number;
  readonly poolSize: number;
  readonly poolOverhead: number;
  /** The byte figures of the report's second half (they sum to narenas * arenaSize). */
  readonly bytesInAllocatedBlocks: number;
  readonly bytesInAvailableBlocks: number;
  readonly bytesInUnusedPools: number;
  readonly bytesLostToPoolHeaders: number;
  readonly bytesLostToQuantization: number;
  readonly bytesLostToArenaAlignment: number;
  /** Requests served by the system allocator (outside pymalloc). */
  readonly rawBlocks: number;
  readonly rawBytes: number;
}

/** One block's place: arena slot, pool position in that arena, block index in the pool. */
export interface BlockRef {
  readonly arenaIndex: number;
  readonly poolInArena: number;
  readonly block: number;
}

/** The blocks a line allocated that are still held after `eventIndex` events. */
export interface LineBlocks {
  readonly eventIndex: number;
  readonly line: number;
  readonly blocks: readonly BlockRef[];
  readonly rawBlocks: number;
  readonly rawBytes: number;
}

/** A pool kept from the empty list by a few used blocks; `pinsArena` when its arena holds nothing else. */
export interface PinnedPool {
  readonly arenaIndex: number;
  readonly poolInArena: number;
  readonly szidx: number;
  readonly blockSize: number;
  readonly used: number;
  readonly capacity: number;
  readonly pinsArena: boolean;
  readonly blocks: ReadonlyArray<{ readonly block: number; readonly type: string | null; readonly line: number | null }>;
}

export interface Pins {
  readonly eventIndex: number;
  /** The worst first (pools that pin an arena, then fewest used blocks); at most `limit` of them. */
  readonly pools: readonly PinnedPool[];
  /** How many pools qualified in all. */
  readonly total: number;
}

/** Questions about the latest run, answered from its trace. */
export type HeapQuery =
  | { readonly kind: 'snapshot'; readonly eventIndex: number }
  | { readonly kind: 'pool'; readonly eventIndex: number; readonly arenaIndex: number; readonly poolInArena: number }
  | { readonly kind: 'stats'; readonly eventIndex: number }
  | { readonly kind: 'lineBlocks'; readonly eventIndex: number; readonly line: number }
  | { readonly kind: 'pins'; readonly eventIndex: number; readonly limit: number };

export type HeapAnswer =
  | { readonly kind: 'snapshot'; readonly snapshot: HeapSnapshot }
  | { readonly kind: 'pool'; readonly detail: PoolDetail | null }
  | { readonly kind: 'stats'; readonly stats: MallocStatsView }
  | { readonly kind: 'lineBlocks'; readonly lineBlocks: LineBlocks }
  | { readonly kind: 'pins'; readonly pins: Pins }
  | { readonly kind: 'stale' };

export type ToWorker =
  | { readonly type: 'analyze'; readonly request: AnalyzeRequest }
  | { readonly type: 'query'; readonly queryId: number; readonly runId: number; readonly query: HeapQuery };

export type FromWorker =
  | { readonly type: 'result'; readonly result: AnalysisResult }
  | { readonly type: 'failed'; readonly runId: number; readonly message: string }
  | { readonly type: 'answer'; readonly queryId: number; readonly answer: HeapAnswer };

/** For `switch` statements over a message union: a compile error when a case is missing. */
export function assertNever(x: never): never {
  throw new Error(`unhandled message: ${JSON.stringify(x)}`);
}
