// The heap at any moment of a run: the trace's allocations, frees and reallocs are
// replayed onto a fresh allocator model (checkpointed every so often), which must
// hand out the very addresses the run saw — a check the replay makes as it goes.
import type { ArenaView, HeapSnapshot, PoolDetail } from '../protocol/messages';
import { BlockState, Obmalloc } from '../obmalloc/obmalloc';
import type { ObmallocConfig } from '../obmalloc/config';
import { EventKind, Trace } from '../runtime/trace';

const CHECKPOINT_EVERY = 65536;

export class Replay {
  private readonly checkpoints: Array<{ at: number; m: Obmalloc }> = [];
  /** Every arena the run ever had: index in `arenas`, address, first and last event. */
  readonly arenaHistory: Array<{ index: number; address: number; from: number; to: number | null }> = [];

  constructor(
    private readonly trace: Trace,
    private readonly config: ObmallocConfig,
  ) {
    const m = new Obmalloc(config);
    this.checkpoints.push({ at: 0, m: m.clone() });
    const live = new Map<number, number>(); // arena address -> history entry
    for (let i = 0; i < trace.length; i++) {
      this.apply(m, i);
      if (m.ntimesArenaAllocated > this.arenaHistory.length || m.narenasCurrentlyAllocated !== live.size) {
        this.noteArenas(m, i, live);
      }
      if ((i + 1) % CHECKPOINT_EVERY === 0) this.checkpoints.push({ at: i + 1, m: m.clone() });
    }
  }

  /** Apply event i to m, checking that allocations land where the run's did. */
  private apply(m: Obmalloc, i: number): void {
    const t = this.trace;
    switch (t.kind[i]) {
      case EventKind.Alloc: {
        const p = m.malloc(t.size[i]);
        if (p !== t.addr[i]) throw new Error(`replay diverged at event ${i}: 0x${p.toString(16)} != 0x${t.addr[i].toString(16)}`);
        return;
      }
      case EventKind.Free:
        m.free(t.addr[i]);
        return;
      case EventKind.Realloc: {
        const prev = t.prev.get(i) ?? t.addr[i];
        const q = m.realloc(prev, t.size[i]);
        if (q !== t.addr[i]) throw new Error(`replay diverged at realloc event ${i}`);
        return;
      }
      default:
        return;
    }
  }

  private noteArenas(m: Obmalloc, i: number, live: Map<number, number>): void {
    const now = new Set<number>();
    for (let a = 0; a < m.maxarenas; a++) {
      const addr = m.aAddress[a];
      if (addr === 0) continue;
      now.add(addr);
      if (!live.has(addr)) {
        live.set(addr, this.arenaHistory.length);
        this.arenaHistory.push({ index: a, address: addr, from: i, to: null });
      }
    }
    for (const [addr, h] of live) {
      if (!now.has(addr)) {
        this.arenaHistory[h].to = i;
        live.delete(addr);
      }
    }
  }

  /** The allocator as it stood after the first `n` events. */
  stateAt(n: number): Obmalloc {
    const count = Math.max(0, Math.min(n, this.trace.length));
    let cp = this.checkpoints[0];
    for (const c of this.checkpoints) if (c.at <= count) cp = c;
    const m = cp.m.clone();
    for (let i = cp.at; i < count; i++) this.apply(m, i);
    return m;
  }

  /** The arena map after `n` events: every arena the run has had by then, live or released. */
  snapshot(n: number): HeapSnapshot {
    const m = this.stateAt(n);
    const arenas: ArenaView[] = [];
    for (const h of this.arenaHistory) {
      if (h.from >= n) continue;
      const released = h.to !== null && h.to < n;
      if (released || m.aAddress[h.index] !== h.address) {
        arenas.push({ index: h.index, address: h.address, live: false, ntotalpools: 0, szidx: [], used: [], capacity: [] });
        continue;
      }
      const a = h.index;
      const first = m.nb + a * m.maxPools;
      const szidx: number[] = [];
      const used: number[] = [];
      const capacity: number[] = [];
      for (let k = 0; k < m.aNtotalpools[a]; k++) {
        const g = first + k;
        const carved = k < m.aCarved[a];
        const sz = carved ? m.pSzidx[g] : -1;
        szidx.push(carved && m.pRef[g] > 0 ? sz : -1);
        used.push(carved ? m.pRef[g] : 0);
        capacity.push(carved && sz >= 0 && sz < m.nb ? m.k.numBlocks[sz] : 0);
      }
      arenas.push({ index: a, address: h.address, live: true, ntotalpools: m.aNtotalpools[a], szidx, used, capacity });
    }
    const line = n > 0 ? this.trace.line[n - 1] : 0;
    return { eventIndex: n, eventCount: this.trace.length, line, arenas, poolSize: this.config.poolSize, arenaSize: this.config.arenaSize };
  }

  /** One pool's blocks after `n` events, with the type and line that allocated each used block. */
  poolDetail(n: number, arenaIndex: number, poolInArena: number): PoolDetail | null {
    const m = this.stateAt(n);
    if (m.aAddress[arenaIndex] === 0 || poolInArena >= m.aCarved[arenaIndex]) return null;
    const g = m.nb + arenaIndex * m.maxPools + poolInArena;
    const sz = m.pSzidx[g];
    if (sz < 0 || sz >= m.nb) return null;
    const states = m.poolBlockStates(g);
    const bs = m.k.blockSize[sz];
    const base = m.pAddress[g] + m.config.poolOverhead;
    // The latest allocation at each address of this pool, up to event n.
    const owner = new Map<number, number>();
    const t = this.trace;
    const lo = m.pAddress[g];
    const hi = lo + m.config.poolSize;
    for (let i = 0; i < n; i++) {
      const k = t.kind[i];
      const owns = k === EventKind.Alloc || k === EventKind.Realloc || k === EventKind.Reuse || k === EventKind.ReuseBlock || k === EventKind.Park;
      if (owns && t.addr[i] >= lo && t.addr[i] < hi) owner.set(t.addr[i], i);
    }
    const blocks = Array.from(states, (s, i) => {
      const addr = base + i * bs;
      const e = s === BlockState.Used ? owner.get(addr) : undefined;
      return {
        state: s === BlockState.Used ? ('used' as const) : s === BlockState.Free ? ('free' as const) : ('never' as const),
        // A parked block is still allocated; it holds no object, only a place on its type's free list.
        type: e === undefined ? null : t.kind[e] === EventKind.Park ? `${t.tags[t.tag[e]]} (free list)` : t.tags[t.tag[e]],
        line: e !== undefined ? t.line[e] : null,
      };
    });
    return {
      eventIndex: n,
      arenaIndex,
      poolInArena,
      poolAddress: m.pAddress[g],
      szidx: sz,
      blockSize: bs,
      used: m.pRef[g],
      capacity: m.k.numBlocks[sz],
      freeListLength: m.pFreeTop[g],
      neverUsed: states.filter((s) => s === BlockState.NeverUsed).length,
      blocks,
    };
  }
}
