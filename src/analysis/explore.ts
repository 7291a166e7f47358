// The heap explorer's questions beyond snapshots and pools, answered in the worker from
// a run's replay: _debugmallocstats figures, the blocks a line still holds, and the
// pools (and arenas) that a few used blocks keep from being given back.
import type { BlockRef, LineBlocks, MallocStatsView, PinnedPool, Pins } from '../protocol/messages';
import { BlockState, deriveConstants, formatDebugMallocStats, incrementalStats, MallocStats, Obmalloc, statsBytes } from '../obmalloc';
import { EventKind, Trace } from '../runtime/trace';
import type { Replay } from './replay';

/**
 * MallocStatsView repeats MallocStats' figures because src/protocol imports nothing outside
 * itself (test/unit/layout.test.ts): a compile error here if the two drift apart.
 */
export const statsFitView = (s: MallocStats): Pick<MallocStatsView, keyof MallocStats & keyof MallocStatsView> => s;

/** The scrubber asks several questions about one moment; replaying to it once is enough. */
export class Explorer {
  private cachedState: { n: number; m: Obmalloc } | null = null;
  private cachedOwners: { n: number; owners: Map<number, number> } | null = null;

  constructor(
    private readonly replay: Replay,
    private readonly trace: Trace,
  ) {}

  private stateAt(n: number): Obmalloc {
    if (this.cachedState?.n !== n) this.cachedState = { n, m: this.replay.stateAt(n) };
    return this.cachedState.m;
  }

  /** Live block address -> the event that allocated it (the latest alloc or realloc there). */
  private ownersAt(n: number): Map<number, number> {
    if (this.cachedOwners?.n === n) return this.cachedOwners.owners;
    const t = this.trace;
    const owners = new Map<number, number>();
    const end = Math.min(n, t.length);
    for (let i = 0; i < end; i++) {
      switch (t.kind[i]) {
        case EventKind.Alloc:
          owners.set(t.addr[i], i);
          break;
        case EventKind.Free:
          owners.delete(t.addr[i]);
          break;
        case EventKind.Realloc:
          owners.delete(t.prev.get(i) ?? t.addr[i]);
          owners.set(t.addr[i], i);
          break;
        case EventKind.Reuse:
        case EventKind.ReuseBlock:
        case EventKind.Park:
          owners.set(t.addr[i], i);
          break;
        default:
          break;
      }
    }
    this.cachedOwners = { n, owners };
    return owners;
  }

  stats(n: number): MallocStatsView {
    const m = this.stateAt(n);
    const c = m.config;
    const s = incrementalStats(m);
    const k = deriveConstants(c);
    const bytes = statsBytes(c, s);
    return {
      eventIndex: n,
      text: formatDebugMallocStats(c, s),
      blockSize: k.blockSize,
      numpools: s.numpools,
      numblocks: s.numblocks,
      numfreeblocks: s.numfreeblocks,
      ntimesArenaAllocated: s.ntimesArenaAllocated,
      narenasHighwater: s.narenasHighwater,
      narenas: s.narenas,
      numfreepools: s.numfreepools,
      arenaSize: c.arenaSize,
      poolSize: c.poolSize,
      poolOverhead: c.poolOverhead,
      bytesInAllocatedBlocks: bytes.allocatedBlocks,
      bytesInAvailableBlocks: bytes.availableBlocks,
      bytesInUnusedPools: bytes.unusedPools,
      bytesLostToPoolHeaders: bytes.poolHeaders,
      bytesLostToQuantization: bytes.quantization,
      bytesLostToArenaAlignment: bytes.arenaAlignment,
      rawBlocks: m.raw.count,
      rawBytes: m.raw.bytes,
    };
  }

  lineBlocks(n: number, line: number): LineBlocks {
    const m = this.stateAt(n);
    const t = this.trace;
    const blocks: BlockRef[] = [];
    let rawBlocks = 0;
    let rawBytes = 0;
    for (const [addr, e] of this.ownersAt(n)) {
      // A parked block is held by its type's free list, not by the line that parked it.
      if (t.line[e] !== line || t.kind[e] === EventKind.Park) continue;
      const loc = m.locate(addr);
      if (loc.kind === 'raw') {
        rawBlocks++;
        rawBytes += loc.size;
        continue;
      }
      const block = Math.floor((addr - loc.poolAddress - m.config.poolOverhead) / loc.blockSize);
      blocks.push({ arenaIndex: loc.arenaIndex, poolInArena: loc.poolInArena, block });
    }
    blocks.sort((a, b) => a.arenaIndex - b.arenaIndex || a.poolInArena - b.poolInArena || a.block - b.block);
    return { eventIndex: n, line, blocks, rawBlocks, rawBytes };
  }

  pins(n: number, limit: number): Pins {
    const m = this.stateAt(n);
    const found: Array<Omit<PinnedPool, 'blocks'> & { g: number }> = [];
    for (let a = 0; a < m.maxarenas; a++) {
      if (m.aAddress[a] === 0) continue;
      const first = m.nb + a * m.maxPools;
      const here: typeof found = [];
      let usedPools = 0;
      for (let g = first; g < first + m.aCarved[a]; g++) {
        const used = m.pRef[g];
        if (used === 0) continue;
        usedPools++;
        const sz = m.pSzidx[g];
        const capacity = m.k.numBlocks[sz];
        if (used <= Math.max(2, Math.floor(capacity * 0.05))) {
          here.push({ arenaIndex: a, poolInArena: g - first, szidx: sz, blockSize: m.k.blockSize[sz], used, capacity, pinsArena: false, g });
        }
      }
      // The arena could go back to the system (or become the spare) but for these blocks.
      const pinsArena = here.length > 0 && here.length === usedPools;
      for (const p of here) found.push({ ...p, pinsArena });
    }
    found.sort((x, y) => Number(y.pinsArena) - Number(x.pinsArena) || x.used - y.used || x.arenaIndex - y.arenaIndex);
    const owners = this.ownersAt(n);
    const t = this.trace;
    const pools = found.slice(0, limit).map(({ g, ...p }): PinnedPool => {
      const states = m.poolBlockStates(g);
      const base = m.pAddress[g] + m.config.poolOverhead;
      const blocks: Array<PinnedPool['blocks'][number]> = [];
      states.forEach((s, i) => {
        if (s !== BlockState.Used) return;
        const e = owners.get(base + i * p.blockSize);
        const type = e === undefined ? null : t.kind[e] === EventKind.Park ? `${t.tags[t.tag[e]]} (free list)` : t.tags[t.tag[e]];
        blocks.push({ block: i, type, line: e !== undefined ? t.line[e] : null });
      });
      return { ...p, blocks };
    });
    return { eventIndex: n, pools, total: found.length };
  }
}
