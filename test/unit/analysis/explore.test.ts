// The heap explorer's worker questions: stats as _debugmallocstats prints them, the
// blocks a line still holds, and the pools a few blocks pin.
import * as assert from 'node:assert/strict';
import { Replay } from '../../../src/analysis/replay';
import { Explorer } from '../../../src/analysis/explore';
import { formatDebugMallocStats, incrementalStats } from '../../../src/obmalloc';
import { run } from '../../../src/runtime/interpreter';

const SCRIPT = [
  'keep = []',
  'for i in range(3000):',
  '    t = (i, i * 2.5, str(i))',
  '    if i % 500 == 0:',
  '        keep[len(keep):] = [t]',
  'held = [str(i) * 3 for i in range(50)]',
  '',
].join('\n');

describe('heap explorer queries', () => {
  const r = run(SCRIPT, { version: '3.12' });
  const replay = new Replay(r.heap.trace, r.heap.profile.obmalloc);
  const ex = new Explorer(replay, r.heap.trace);
  const n = r.heap.trace.length;

  it('stats: the text is _debugmallocstats of the replayed state, and the byte terms sum to the arenas reserved', () => {
    const st = ex.stats(n);
    assert.equal(st.text, formatDebugMallocStats(r.heap.profile.obmalloc, incrementalStats(replay.stateAt(n))));
    const sum = st.bytesInAllocatedBlocks + st.bytesInAvailableBlocks + st.bytesInUnusedPools + st.bytesLostToPoolHeaders + st.bytesLostToQuantization + st.bytesLostToArenaAlignment;
    assert.equal(sum, st.narenas * st.arenaSize);
    assert.ok(st.text.includes('# bytes in allocated blocks'));
  });

  it('line blocks: the list comprehension line still holds its strings and list, each found used in its pool', () => {
    const lb = ex.lineBlocks(n, 6);
    assert.ok(lb.blocks.length >= 50, `${lb.blocks.length} blocks`);
    const pools = new Map<string, ReturnType<Replay['poolDetail']>>();
    for (const b of lb.blocks) {
      const k = `${b.arenaIndex}/${b.poolInArena}`;
      if (!pools.has(k)) pools.set(k, replay.poolDetail(n, b.arenaIndex, b.poolInArena));
      const d = pools.get(k)!;
      assert.equal(d?.blocks[b.block].state, 'used');
      assert.equal(d?.blocks[b.block].line, 6);
    }
    // The loop's temporaries are gone except the kept tuples.
    assert.ok(ex.lineBlocks(n, 3).blocks.length < 60);
    assert.equal(ex.lineBlocks(0, 6).blocks.length, 0);
  });

  it('pins: sparsely used pools, worst first, with the blocks that hold them', () => {
    const p = ex.pins(n, 5);
    assert.ok(p.pools.length <= 5 && p.total >= p.pools.length);
    for (const pp of p.pools) {
      assert.equal(pp.blocks.length, pp.used);
      assert.ok(pp.used <= Math.max(2, Math.floor(pp.capacity * 0.05)));
    }
    for (let i = 1; i < p.pools.length; i++) assert.ok(Number(p.pools[i - 1].pinsArena) >= Number(p.pools[i].pinsArena));
  });
});
