// Random malloc/free/realloc sequences over every profile: the invariants hold after
// every operation, no live block overlaps another, and the stats re-derived from
// scratch equal the ones kept as the model goes.
import * as assert from 'node:assert/strict';
import { checkInvariants, formatDebugMallocStats, incrementalStats, Obmalloc, walkStats } from '../../../src/obmalloc';
import { getProfile, VERSION_IDS } from '../../../src/profiles';
import { Rng } from '../../util/rng';

const OPS = 100_000;
const SEEDS = [1, 2, 3];

/** A request size: mostly small, sometimes 0 or above the threshold. */
function requestSize(rng: Rng, threshold: number): number {
  const r = rng.next();
  if (r < 0.02) return 0;
  if (r < 0.06) return threshold + rng.int(1, 4000);
  if (r < 0.7) return rng.int(1, 128);
  return rng.int(1, threshold);
}

function run(version: (typeof VERSION_IDS)[number], seed: number): void {
  const m = new Obmalloc(getProfile(version).obmalloc);
  const rng = new Rng(seed);
  const live = new Map<number, number>(); // address -> requested size
  const order: number[] = [];
  const threshold = m.config.smallRequestThreshold;
  // Phases that grow and then drain the heap, so arenas are created and released.
  let target = 0;
  for (let op = 0; op < OPS; op++) {
    if (op % 20_000 === 0) target = rng.int(200, 6000);
    const grow = order.length < target ? 0.7 : 0.3;
    const r = rng.next();
    let touched: number;
    if (order.length === 0 || r < grow) {
      const n = requestSize(rng, threshold);
      const p = m.malloc(n);
      assert.ok(!live.has(p), `${version}/${seed} op ${op}: malloc returned a live block`);
      assert.ok(m.usableSize(p) >= Math.max(n, 1));
      live.set(p, n);
      order.push(p);
      touched = p;
    } else {
      const i = rng.int(0, order.length - 1);
      const p = order[i];
      if (r < grow + 0.1) {
        const n = requestSize(rng, threshold);
        const q = m.realloc(p, n);
        assert.ok(q === p || !live.has(q), `${version}/${seed} op ${op}: realloc moved onto a live block`);
        live.delete(p);
        live.set(q, n);
        order[i] = q;
        touched = q;
      } else {
        const loc = m.locate(p);
        m.free(p);
        live.delete(p);
        order[i] = order[order.length - 1];
        order.pop();
        touched = loc.kind === 'pool' ? -loc.pool - 1 : 0;
      }
    }
    let pool = -1;
    if (touched > 0) {
      const l = m.locate(touched);
      if (l.kind === 'pool') pool = l.pool;
    } else if (touched < 0) {
      pool = -touched - 1;
    }
    checkInvariants(m, op % 5000 === 4999 ? 'all' : pool);
    if (op % 1000 === 999) {
      assert.equal(formatDebugMallocStats(m.config, walkStats(m)), formatDebugMallocStats(m.config, incrementalStats(m)));
    }
  }
  assert.equal(m.getAllocatedBlocks(), live.size);
  // Non-overlap of all live pymalloc blocks: sorted by address, each ends before the next.
  const spans = [...live.keys()].map((p) => [p, m.usableSize(p)] as const).sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) {
    assert.ok(spans[i - 1][0] + spans[i - 1][1] <= spans[i][0], 'live blocks overlap');
  }
  for (const p of [...live.keys()]) m.free(p);
  checkInvariants(m);
  assert.equal(m.getAllocatedBlocks(), 0);
  assert.ok(m.ntimesArenaAllocated >= 1);
  if (m.config.arenaRelease === 'never') assert.equal(m.narenasCurrentlyAllocated, m.narenasHighwater);
  else assert.ok(m.narenasCurrentlyAllocated <= 1, 'an emptied heap keeps at most one arena');
}

describe('obmalloc under random operation sequences', () => {
  for (const v of VERSION_IDS) {
    for (const seed of SEEDS) {
      it(`keeps every invariant through ${OPS.toLocaleString('en')} operations (${v}, seed ${seed})`, () => run(v, seed));
    }
  }
});
