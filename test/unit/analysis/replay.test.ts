// Replaying a run's trace rebuilds the allocator exactly: every allocation lands where
// the run's did, and the state at the end equals the run's own allocator.
import * as assert from 'node:assert/strict';
import { Replay } from '../../../src/analysis/replay';
import { checkInvariants, incrementalStats } from '../../../src/obmalloc';
import { run } from '../../../src/runtime/interpreter';

const SCRIPT = [
  'keep = []',
  'for i in range(3000):',
  '    t = (i, i * 2.5, str(i))',
  '    if i % 7 == 0:',
  '        keep[len(keep):] = [t]',
  'big = [0] * 1000',
  'del big',
  'd = {}',
  'for i in range(500):',
  '    d[i] = [i]',
  '',
].join('\n');

describe('replaying a run', () => {
  for (const version of ['3.8', '3.11', '3.13'] as const) {
    it(`rebuilds the allocator the run ended with (${version})`, () => {
      const r = run(SCRIPT, { version });
      assert.equal(r.exitCode, 0, r.stderr);
      const replay = new Replay(r.heap.trace, r.heap.profile.obmalloc);
      const end = replay.stateAt(r.heap.trace.length);
      checkInvariants(end);
      assert.deepEqual(incrementalStats(end), incrementalStats(r.heap.pymalloc));
      assert.equal(end.getAllocatedBlocks(), r.heap.pymalloc.getAllocatedBlocks());
    });
  }

  it('answers for any moment: pools fill up and the arena map only ever grows in the history', () => {
    const r = run(SCRIPT, { version: '3.11' });
    const replay = new Replay(r.heap.trace, r.heap.profile.obmalloc);
    const n = r.heap.trace.length;
    let lastArenas = 0;
    for (const at of [0, Math.floor(n / 4), Math.floor(n / 2), n]) {
      const s = replay.snapshot(at);
      checkInvariants(replay.stateAt(at));
      assert.ok(s.arenas.length >= lastArenas);
      lastArenas = s.arenas.length;
      for (const a of s.arenas.filter((x) => x.live)) {
        assert.equal(a.szidx.length, a.ntotalpools);
        a.used.forEach((u, k) => assert.ok(u <= a.capacity[k] || a.szidx[k] < 0));
      }
    }
    assert.ok(lastArenas >= 1);
  });

  it('tells for a pool which blocks are used, free or never used, and who allocated the used ones', () => {
    const r = run(SCRIPT, { version: '3.11' });
    const replay = new Replay(r.heap.trace, r.heap.profile.obmalloc);
    const s = replay.snapshot(r.heap.trace.length);
    const arena = s.arenas.find((a) => a.live)!;
    const k = arena.used.findIndex((u) => u > 0);
    const d = replay.poolDetail(r.heap.trace.length, arena.index, k)!;
    assert.equal(d.blocks.length, d.capacity);
    assert.equal(d.blocks.filter((b) => b.state === 'used').length, d.used);
    assert.equal(d.blocks.filter((b) => b.state === 'never').length, d.neverUsed);
    for (const b of d.blocks.filter((x) => x.state === 'used')) {
      assert.ok(b.type !== null && b.line !== null);
    }
  });
});
