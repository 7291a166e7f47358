// The arena map's geometry: where strips and pools sit, what a point hits, what is
// visible, and where the arrow keys go.
import * as assert from 'node:assert/strict';
import { arenaBox, clampPos, hitMap, layoutMap, maxPoolsOf, navigate, poolRect, visibleArenas, arenaPosOf } from '../../../webview/layout';
import { syntheticSnapshot } from '../../../webview/synthetic';

describe('webview: arena map layout', () => {
  const s = syntheticSnapshot(40);

  it('puts a whole 64-pool strip on one line when the panel is wide enough', () => {
    const l = layoutMap(s.arenas.length, maxPoolsOf(s), 900);
    assert.equal(l.poolsPerLine, 64);
    assert.equal(l.linesPerArena, 1);
    assert.ok(l.cellW >= 5 && l.cellW <= 12);
    assert.ok(l.boxW <= 900 - 2 * l.pad);
    assert.equal(l.height, 2 * l.pad + Math.ceil(40 / l.cols) * (l.boxH + l.gapY) - l.gapY);
  });

  it('wraps a strip over several lines in a narrow panel, and lays strips side by side in a wide one', () => {
    const narrow = layoutMap(10, 64, 200);
    assert.ok(narrow.linesPerArena > 1);
    assert.ok(narrow.labelW + narrow.poolsPerLine * narrow.cellW <= 200 - 2 * narrow.pad);
    const wide = layoutMap(10, 64, 2000);
    assert.ok(wide.cols >= 2);
    // No two boxes overlap.
    const b0 = arenaBox(wide, 0);
    const b1 = arenaBox(wide, 1);
    assert.ok(b1.x >= b0.x + b0.w);
  });

  it('hit testing finds every pool at its own rectangle (round trip), and labels and released arenas give pool -1', () => {
    for (const width of [200, 700, 2400]) {
      const l = layoutMap(s.arenas.length, 64, width);
      s.arenas.forEach((a, i) => {
        const box = arenaBox(l, i);
        assert.deepEqual(hitMap(l, s, box.x + 2, box.y + 2), { arena: i, pool: -1 });
        for (let k = 0; k < a.ntotalpools; k++) {
          const r = poolRect(l, i, k);
          assert.deepEqual(hitMap(l, s, r.x + r.w / 2, r.y + r.h / 2), { arena: i, pool: k }, `width ${width} arena ${i} pool ${k}`);
        }
        if (!a.live) assert.deepEqual(hitMap(l, s, box.x + l.labelW + 3, box.y + 3), { arena: i, pool: -1 });
      });
      assert.equal(hitMap(l, s, 1, 1), null, 'padding');
      assert.equal(hitMap(l, s, 5, l.height + 50), null, 'below the last arena');
    }
  });

  it('lists only the arenas that meet the visible band', () => {
    const l = layoutMap(1000, 64, 600);
    const v = visibleArenas(l, 5000, 400);
    const pitch = l.boxH + l.gapY;
    assert.ok(v.to - v.from <= Math.ceil(400 / pitch + 2) * l.cols);
    assert.ok(arenaBox(l, v.from).y <= 5000 + pitch);
    assert.ok(arenaBox(l, v.to - 1).y + l.boxH >= 5000 + 400 - pitch);
    assert.deepEqual(visibleArenas(l, 0, l.height), { from: 0, to: 1000 });
  });

  it('arrow keys walk pools, run on into the next arena, and skip nothing', () => {
    const l = layoutMap(s.arenas.length, 64, 900);
    let p = { arena: 0, pool: 0 };
    let steps = 0;
    const seen = new Set<string>();
    for (;;) {
      seen.add(`${p.arena}/${p.pool}`);
      const q = navigate(l, s, p, 'ArrowRight');
      if (q.arena === p.arena && q.pool === p.pool) break;
      p = q;
      steps++;
    }
    const expected = s.arenas.reduce((n, a) => n + (a.live ? a.ntotalpools : 1), 0);
    assert.equal(seen.size, expected);
    assert.equal(steps, expected - 1);
    // And back again.
    for (let i = 0; i < steps; i++) p = navigate(l, s, p, 'ArrowLeft');
    assert.deepEqual(p, { arena: 0, pool: 0 });
  });

  it('up and down move a line within a wrapped strip, then between arenas; Home/End to the strip ends', () => {
    const l = layoutMap(s.arenas.length, 64, 200);
    const per = l.poolsPerLine;
    assert.deepEqual(navigate(l, s, { arena: 0, pool: 1 }, 'ArrowDown'), { arena: 0, pool: 1 + per });
    const lastLine = (l.linesPerArena - 1) * per + 1;
    const down = navigate(l, s, { arena: 0, pool: lastLine }, 'ArrowDown');
    assert.equal(down.arena, l.cols);
    assert.deepEqual(navigate(l, s, { arena: 0, pool: 5 }, 'ArrowUp'), { arena: 0, pool: 5 }, 'top edge stays');
    assert.deepEqual(navigate(l, s, { arena: 1, pool: 9 }, 'End'), { arena: 1, pool: 63 });
    assert.deepEqual(navigate(l, s, { arena: 1, pool: 9 }, 'Home'), { arena: 1, pool: 0 });
    // A released arena is visited as a whole.
    assert.deepEqual(clampPos(s, { arena: 3, pool: 10 }), { arena: 3, pool: -1 });
  });

  it('finds a live arena by its slot, not a released one that had the slot before', () => {
    const snap = { ...s, arenas: [{ ...s.arenas[3], index: 9 }, ...s.arenas.slice(0, 3), { ...s.arenas[0], index: 9 }] };
    assert.equal(arenaPosOf(snap, 9), 4);
    assert.equal(arenaPosOf(snap, 12345), -1);
  });
});
