// The summary tab's figures: arenas over the run, bytes in use against bytes reserved,
// where the difference goes (the terms _debugmallocstats sums), and what pins pools.
import type { HeapSnapshot, MallocStatsView, PinnedPool } from '../src/protocol/messages';

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / (1024 * 1024)).toFixed(2)} MiB`;
}

export function percent(part: number, whole: number): string {
  return whole <= 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}

export interface SummaryRow {
  readonly label: string;
  readonly value: string;
  readonly note?: string;
}

export interface Summary {
  readonly arenas: SummaryRow[];
  readonly bytes: SummaryRow[];
  readonly lost: SummaryRow[];
}

export function summarize(st: MallocStatsView, snap: HeapSnapshot | null): Summary {
  const reserved = st.narenas * st.arenaSize;
  const inUse = st.bytesInAllocatedBlocks;
  const lost = reserved - inUse;
  const released = snap ? snap.arenas.filter((a) => !a.live).length : st.ntimesArenaAllocated - st.narenas;
  return {
    arenas: [
      { label: 'arenas allocated (total)', value: String(st.ntimesArenaAllocated) },
      { label: 'arenas released', value: String(st.ntimesArenaAllocated - st.narenas), note: released !== st.ntimesArenaAllocated - st.narenas ? `${released} on the map` : undefined },
      { label: 'arenas high-water mark', value: String(st.narenasHighwater) },
      { label: 'arenas now', value: `${st.narenas} × ${formatBytes(st.arenaSize)}` },
    ],
    bytes: [
      { label: 'in allocated blocks', value: formatBytes(inUse), note: percent(inUse, reserved) + ' of reserved' },
      { label: 'reserved in arenas', value: formatBytes(reserved) },
      { label: 'outside pymalloc (system allocator)', value: formatBytes(st.rawBytes), note: `${st.rawBlocks} blocks` },
    ],
    lost: [
      { label: 'fragmentation lost (reserved − in use)', value: formatBytes(lost), note: percent(lost, reserved) },
      { label: 'free blocks in used pools', value: formatBytes(st.bytesInAvailableBlocks) },
      { label: 'unused pools', value: formatBytes(st.bytesInUnusedPools), note: `${st.numfreepools} × ${formatBytes(st.poolSize)}` },
      { label: 'pool headers', value: formatBytes(st.bytesLostToPoolHeaders) },
      { label: 'quantization (pool tails)', value: formatBytes(st.bytesLostToQuantization) },
      { label: 'arena alignment', value: formatBytes(st.bytesLostToArenaAlignment) },
    ],
  };
}

/** One line about a pinning pool: "arena 3 pool 17 · 2/255 × 64 B · list (line 4), int (line 9)". */
export function describePin(p: PinnedPool): string {
  const who = new Map<string, number>();
  for (const b of p.blocks) {
    const k = `${b.type ?? '?'}${b.line !== null ? ` (line ${b.line})` : ''}`;
    who.set(k, (who.get(k) ?? 0) + 1);
  }
  const owners = Array.from(who, ([k, n]) => (n > 1 ? `${n}× ${k}` : k)).join(', ');
  return `arena ${p.arenaIndex} pool ${p.poolInArena} · ${p.used}/${p.capacity} × ${p.blockSize} B${p.pinsArena ? ' · holds its arena' : ''} · ${owners}`;
}
