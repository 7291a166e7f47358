// A made-up heap snapshot of any size, shaped like the worker's (for the page's tests
// and the drawing benchmark; the page itself never imports it).
import type { ArenaView, HeapSnapshot } from '../src/protocol/messages';

/** Deterministic: every 7th arena released, pools of mixed classes and fullness. */
export function syntheticSnapshot(arenaCount: number, poolsPerArena = 64, nb = 32): HeapSnapshot {
  let seed = 12345;
  const rnd = (): number => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const arenas: ArenaView[] = [];
  for (let a = 0; a < arenaCount; a++) {
    if (a % 7 === 3) {
      arenas.push({ index: a, address: 0x7f0000000000 - a * 0x100000, live: false, ntotalpools: 0, szidx: [], used: [], capacity: [] });
      continue;
    }
    const szidx: number[] = [];
    const used: number[] = [];
    const capacity: number[] = [];
    for (let k = 0; k < poolsPerArena; k++) {
      const empty = rnd() < 0.15;
      const sz = empty ? -1 : Math.floor(rnd() * nb);
      const cap = empty ? 0 : Math.floor((16384 - 48) / ((sz + 1) * 16));
      szidx.push(sz);
      capacity.push(cap);
      used.push(empty ? 0 : 1 + Math.floor(rnd() * cap));
    }
    arenas.push({ index: a, address: 0x7f0000000000 - a * 0x100000, live: true, ntotalpools: poolsPerArena, szidx, used, capacity });
  }
  return { eventIndex: 1000, eventCount: 2000, line: 3, arenas, poolSize: 16384, arenaSize: 16384 * poolsPerArena };
}
