// The page's message handling and controls: runs, frames in order, play with flow
// control, pools on demand, keys, and state that survives hide/show and reloads.
import * as assert from 'node:assert/strict';
import { heldBlocks, heldPools, initialModel, onHostMessage, onKey, openAt, openPos, PageModel, persisted, seek, setTab, Step, tick, togglePlay, defaultSpeed } from '../../../webview/model';
import { layoutMap } from '../../../webview/layout';
import { syntheticSnapshot } from '../../../webview/synthetic';
import type { HostToPage, PageToHost, RunInfo } from '../../../src/protocol/panel';
import type { HeapSnapshot } from '../../../src/protocol/messages';

const HEAP = { arenasAllocatedTotal: 1, arenasReclaimed: 0, arenasHighwater: 1, arenasCurrent: 1, poolsInUse: 3, bytesInAllocatedBlocks: 100, bytesReserved: 1 << 20, allocatedBlocks: 5, arenaSize: 1 << 20, poolSize: 16384 };
const run = (runId: number, eventCount = 2000, uri = 'file:///a.py'): RunInfo => ({ runId, uri, fileName: 'a.py', version: '3.12', versions: ['auto', '3.12'], setting: 'auto', eventCount, heap: HEAP, outcome: null });
const snap = (eventIndex: number): HeapSnapshot => ({ ...syntheticSnapshot(20), eventIndex });

function feed(m: PageModel, msg: HostToPage): Step {
  return onHostMessage(m, msg);
}
function seekOf(post: PageToHost[]): Extract<PageToHost, { type: 'seek' }> {
  const s = post.find((p) => p.type === 'seek');
  assert.ok(s && s.type === 'seek', `expected a seek in ${JSON.stringify(post)}`);
  return s;
}
/** A model with run 1 shown at its end. */
function ready(): PageModel {
  const a = feed(initialModel(null), { type: 'run', run: run(1), message: null });
  const s = seekOf(a.post);
  return feed(a.model, { type: 'frame', seq: s.seq, runId: 1, snapshot: snap(s.eventIndex), stats: null, pins: null, lineBlocks: null }).model;
}

describe('webview: page model', () => {
  it('a new run goes to its last event and asks for the full frame there', () => {
    const a = feed(initialModel(null), { type: 'run', run: run(1), message: null });
    const s = seekOf(a.post);
    assert.equal(s.eventIndex, 2000);
    assert.deepEqual(s.want, { stats: true, pins: true });
    assert.equal(a.model.speed, defaultSpeed(2000));
  });

  it('no run: shows the host\'s message', () => {
    const a = feed(ready(), { type: 'run', run: null, message: 'Open a Python file' });
    assert.equal(a.model.run, null);
    assert.equal(a.model.message, 'Open a Python file');
    assert.equal(a.model.snapshot, null);
  });

  it('one seek in flight at a time; a frame for an old seek or run is ignored; a moved scrubber asks again', () => {
    let m = ready();
    const a = seek(m, 100);
    assert.equal(a.post.length, 1);
    const b = seek(a.model, 200);
    assert.equal(b.post.length, 0, 'waits for the frame in flight');
    m = b.model;
    const seq = seekOf(a.post).seq;
    assert.equal(feed(m, { type: 'frame', seq: seq + 5, runId: 1, snapshot: snap(100), stats: null, pins: null, lineBlocks: null }).model, m);
    assert.equal(feed(m, { type: 'frame', seq, runId: 99, snapshot: snap(100), stats: null, pins: null, lineBlocks: null }).model, m);
    const c = feed(m, { type: 'frame', seq, runId: 1, snapshot: snap(100), stats: null, pins: null, lineBlocks: null });
    assert.equal(c.model.snapshot?.eventIndex, 100);
    assert.equal(seekOf(c.post).eventIndex, 200);
  });

  it('play steps by the speed, skips the costly figures, waits for each frame, and stops at the end', () => {
    let m: PageModel = { ...ready(), speed: 700 };
    m = seek(m, 0).model;
    m = feed(m, { type: 'frame', seq: m.inFlight!, runId: 1, snapshot: snap(0), stats: null, pins: null, lineBlocks: null }).model;
    let st = togglePlay(m);
    assert.equal(st.model.playing, true);
    let frames = 0;
    for (let guard = 0; guard < 20 && (st.model.playing || st.model.inFlight !== null); guard++) {
      const s = st.post.find((p) => p.type === 'seek');
      if (s && s.type === 'seek') {
        if (st.model.playing) assert.deepEqual(s.want, { stats: false, pins: false });
        assert.equal(tick(st.model).post.length, 0, 'no new step while a frame is awaited');
        st = feed(st.model, { type: 'frame', seq: s.seq, runId: 1, snapshot: snap(s.eventIndex), stats: null, pins: null, lineBlocks: null });
        frames++;
      }
      st = st.model.inFlight === null ? tick(st.model) : st;
    }
    assert.equal(st.model.playing, false);
    assert.equal(st.model.eventIndex, 2000);
    assert.ok(frames >= 3);
    // Space at the end plays from the start again.
    assert.equal(seekOf(togglePlay(st.model).post).eventIndex, 0);
  });

  it('opens a pool on demand and accepts only the detail of the pool that is open', () => {
    const m = ready();
    const live = m.snapshot!.arenas.findIndex((a) => a.live);
    const a = openAt(m, { arena: live, pool: 2 });
    assert.deepEqual(a.post, [{ type: 'openPool', runId: 1, eventIndex: 2000, arenaIndex: m.snapshot!.arenas[live].index, poolInArena: 2 }]);
    assert.equal(a.model.tab, 'pool');
    assert.deepEqual(openPos(a.model), { arena: live, pool: 2 });
    const d = { eventIndex: 2000, arenaIndex: m.snapshot!.arenas[live].index, poolInArena: 2, poolAddress: 1, szidx: 1, blockSize: 32, used: 1, capacity: 2, freeListLength: 0, neverUsed: 1, blocks: [] };
    assert.equal(feed(a.model, { type: 'pool', runId: 1, detail: { ...d, poolInArena: 3 } }).model.pool, null);
    assert.equal(feed(a.model, { type: 'pool', runId: 1, detail: d }).model.pool?.poolInArena, 2);
    // A released arena opens nothing.
    assert.deepEqual(openAt(m, { arena: 3, pool: 0 }).post, []);
  });

  it('re-asks for the open pool when a paused frame arrives, not while playing', () => {
    const m = openAt(ready(), { arena: 0, pool: 1 }).model;
    const a = seek(m, 50);
    const f = feed(a.model, { type: 'frame', seq: a.model.inFlight!, runId: 1, snapshot: snap(50), stats: null, pins: null, lineBlocks: null });
    assert.ok(f.post.some((p) => p.type === 'openPool' && p.eventIndex === 50));
  });

  it('keys: arrows move the focus, Enter opens, space plays, comma and full stop step', () => {
    const m = ready();
    const l = layoutMap(m.snapshot!.arenas.length, 64, 800);
    const r = onKey({ ...m, focus: { arena: 0, pool: 0 } }, l, 'ArrowRight');
    assert.equal(r.handled, true);
    assert.deepEqual(r.model.focus, { arena: 0, pool: 1 });
    const e = onKey(r.model, l, 'Enter');
    assert.ok(e.post.some((p) => p.type === 'openPool' && p.poolInArena === 1));
    assert.equal(onKey(m, l, ' ').model.playing, true);
    assert.equal(seekOf(onKey(m, l, ',').post).eventIndex, 1999);
    assert.equal(onKey(m, l, 'x').handled, false);
  });

  it('the cursor line\'s blocks: pools on the map and blocks of the open pool', () => {
    const m = ready();
    const s = m.snapshot!;
    const lb = { eventIndex: 2000, line: 4, blocks: [{ arenaIndex: s.arenas[0].index, poolInArena: 2, block: 7 }, { arenaIndex: s.arenas[0].index, poolInArena: 2, block: 9 }], rawBlocks: 0, rawBytes: 0 };
    const a = feed(m, { type: 'lineBlocks', runId: 1, lineBlocks: lb });
    assert.deepEqual([...heldPools(s, a.model.lineBlocks)], [['0/2', 2]]);
    assert.deepEqual([...heldBlocks(a.model.lineBlocks, { arenaIndex: s.arenas[0].index, poolInArena: 2 })], [7, 9]);
  });

  it('state survives a reload: same file goes back to the saved moment and pool; another file starts fresh', () => {
    const m = { ...openAt(seek(ready(), 1234).model, { arena: 1, pool: 4 }).model, tab: 'summary' as const };
    const saved = JSON.parse(JSON.stringify(persisted(m)));
    assert.equal(saved.eventIndex, 1234);
    const again = feed(initialModel(saved), { type: 'run', run: run(7), message: null });
    assert.equal(seekOf(again.post).eventIndex, 1234);
    assert.deepEqual(again.model.openPool, m.openPool);
    assert.equal(again.model.tab, 'summary');
    const other = feed(initialModel(saved), { type: 'run', run: run(8, 500, 'file:///b.py'), message: null });
    assert.equal(seekOf(other.post).eventIndex, 500);
  });

  it('a re-run of the same script keeps the moment; a changed script goes to its end', () => {
    const m = seek(ready(), 700).model;
    assert.equal(seekOf(feed(m, { type: 'run', run: run(2), message: null }).post).eventIndex, 700);
    assert.equal(seekOf(feed(m, { type: 'run', run: run(3, 2500), message: null }).post).eventIndex, 2500);
  });

  it('switching to a figures tab fetches the figures it needs', () => {
    const m = ready();
    const a = setTab(m, 'classes');
    assert.equal(seekOf(a.post).want.stats, true);
    assert.equal(feed(m, { type: 'busy', message: 'Running…' }).model.message, 'Running…');
  });
});
