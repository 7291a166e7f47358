// The colour scale, the map's batched draw list and its painting, and the pool view's logic.
import * as assert from 'node:assert/strict';
import { FULLNESS_LEVELS, fullnessLevel, makePalette, poolFill, sizeClassHue, themeKindOf, typeFill } from '../../../webview/colors';
import { drawMap, posKey } from '../../../webview/draw';
import { layoutMap, poolRect, visibleArenas } from '../../../webview/layout';
import { paint, Ctx2D } from '../../../webview/canvas';
import { blockRect, drawPool, fit, hitBlock, layoutPool, ownerGroups, poolHeader } from '../../../webview/poolview';
import { summarize, describePin } from '../../../webview/summary';
import { syntheticSnapshot } from '../../../webview/synthetic';
import type { MallocStatsView, PoolDetail } from '../../../src/protocol/messages';

const THEME = { background: '#1e1e1e', foreground: '#ccc', muted: '#999', border: '#444', focus: '#07f', highlight: '#fc0' };

describe('webview: colour scale', () => {
  it('reads the theme kind from the body classes VS Code sets', () => {
    assert.equal(themeKindOf('vscode-light'), 'light');
    assert.equal(themeKindOf('vscode-dark'), 'dark');
    assert.equal(themeKindOf('vscode-high-contrast'), 'hc-dark');
    assert.equal(themeKindOf('vscode-high-contrast-light vscode-high-contrast'), 'hc-light');
  });

  it('fullness: -1 for nothing used, rising with use, the top level only when full', () => {
    assert.equal(fullnessLevel(0, 100), -1);
    assert.equal(fullnessLevel(1, 100), 0);
    assert.equal(fullnessLevel(99, 100), FULLNESS_LEVELS - 2);
    assert.equal(fullnessLevel(100, 100), FULLNESS_LEVELS - 1);
    let last = -1;
    for (let u = 1; u <= 255; u++) {
      const l = fullnessLevel(u, 255);
      assert.ok(l >= last);
      last = l;
    }
  });

  it('each size class has its own hue, in order, and each theme its own shades', () => {
    const hues = Array.from({ length: 32 }, (_, i) => sizeClassHue(i, 32));
    assert.equal(new Set(hues).size, 32);
    for (const kind of ['light', 'dark', 'hc-dark', 'hc-light'] as const) {
      const p = makePalette(kind, THEME, 32);
      assert.equal(p.pool.length, 32 * FULLNESS_LEVELS);
      assert.equal(new Set(p.pool).size, p.pool.length);
      assert.equal(poolFill(p, -1, 0, 0), p.emptyPool);
      assert.equal(poolFill(p, 4, 0, 100), p.emptyPool);
      assert.notEqual(poolFill(p, 4, 100, 100), poolFill(p, 4, 1, 100));
    }
    assert.equal(typeFill('dark', 'list'), typeFill('dark', 'list'));
    assert.notEqual(typeFill('dark', 'list'), typeFill('dark', 'dict'));
  });
});

describe('webview: map draw list', () => {
  const s = syntheticSnapshot(1000);
  const p = makePalette('dark', THEME, 32);
  const l = layoutMap(s.arenas.length, 64, 800);

  it('batches by colour: one fill per colour however many pools', () => {
    const d = drawMap(l, s, p, 0, l.height, { focus: null, open: null, lineHeld: null });
    const rects = d.batches.reduce((n, b) => n + b.rects.length / 4, 0);
    const live = s.arenas.filter((a) => a.live);
    assert.equal(rects, live.length * 64 + (s.arenas.length - live.length));
    assert.ok(d.batches.length <= 32 * FULLNESS_LEVELS + 2);
    assert.equal(new Set(d.batches.map((b) => b.fill)).size, d.batches.length);
  });

  it('culls to the visible band, in viewport coordinates, and marks focus, open pool and the line\'s pools', () => {
    const top = 3000;
    let a = visibleArenas(l, top, 300).from + 2;
    while (!s.arenas[a].live) a++;
    const held = new Set([posKey(a, 5)]);
    const d = drawMap(l, s, p, top, 300, { focus: { arena: a + 1, pool: 7 }, open: { arena: a, pool: 1 }, lineHeld: held });
    const rects = d.batches.reduce((n, b) => n + b.rects.length / 4, 0);
    assert.ok(rects < 64 * 30, `${rects} rects for a 300px band`);
    for (const b of d.batches) for (let i = 1; i < b.rects.length; i += 4) assert.ok(b.rects[i] > -l.boxH && b.rects[i] < 300 + l.boxH);
    const r = poolRect(l, a, 5);
    assert.ok(d.strokes.some((x) => x.stroke === THEME.highlight && x.x === r.x && x.y === r.y - top));
    assert.ok(d.strokes.some((x) => x.stroke === THEME.focus));
    assert.ok(d.strokes.some((x) => x.stroke === THEME.foreground));
    assert.ok(d.texts.some((t) => t.text === 'released'));
  });

  it('paints a draw list with one fillStyle per batch', () => {
    const d = drawMap(l, s, p, 0, 500, { focus: null, open: null, lineHeld: null });
    const calls: string[] = [];
    const ctx = {
      set fillStyle(v: string) {
        calls.push(`fill ${v}`);
      },
      set strokeStyle(_v: string) {},
      set lineWidth(_v: number) {},
      set font(_v: string) {},
      set textBaseline(_v: string) {},
      fillRect: () => calls.push('rect'),
      strokeRect: () => calls.push('stroke'),
      fillText: () => calls.push('text'),
      setLineDash: () => undefined,
      clearRect: () => calls.push('clear'),
    } as unknown as Ctx2D;
    paint(ctx, d, { label: '11px x', small: '10px x' }, 800, 500);
    assert.equal(calls[0], 'clear');
    const fills = calls.filter((c) => c.startsWith('fill ')).length;
    assert.equal(fills, d.batches.length + d.texts.length);
    assert.equal(calls.filter((c) => c === 'rect').length, d.batches.reduce((n, b) => n + b.rects.length / 4, 0));
  });
});

function detail(n: number): PoolDetail {
  const blocks = Array.from({ length: n }, (_, i) =>
    i < n / 2 ? { state: 'used' as const, type: i % 3 === 0 ? 'list' : 'int', line: i % 3 === 0 ? 4 : 7 } : i < (3 * n) / 4 ? { state: 'free' as const, type: null, line: null } : { state: 'never' as const, type: null, line: null },
  );
  return { eventIndex: 10, arenaIndex: 2, poolInArena: 5, poolAddress: 0x7f0000004000, szidx: 3, blockSize: 64, used: Math.ceil(n / 2), capacity: n, freeListLength: 3, neverUsed: n / 4, blocks };
}

describe('webview: pool view', () => {
  it('labels cells when a pool has few blocks, and uses small cells for many', () => {
    assert.equal(layoutPool(31, 600).labels, true);
    const big = layoutPool(1020, 600);
    assert.equal(big.labels, false);
    assert.ok(big.width <= 600);
    assert.equal(big.rows, Math.ceil(1020 / big.cols));
  });

  it('hit tests each block at its own cell', () => {
    for (const n of [31, 255, 1020]) {
      const l = layoutPool(n, 500);
      for (let i = 0; i < n; i++) {
        const r = blockRect(l, i);
        assert.equal(hitBlock(l, r.x + 1, r.y + 1), i);
      }
      assert.equal(hitBlock(l, -1, 0), null);
    }
    const l = layoutPool(8, 500);
    assert.equal(l.cols, 5);
    assert.equal(hitBlock(l, l.width - 1, l.cellH + 1), null, 'past the last block');
  });

  it('draws used blocks in their type\'s colour with type and line, and outlines the line\'s blocks', () => {
    const d = detail(32);
    const p = makePalette('light', THEME, 32);
    const l = layoutPool(32, 700);
    const list = drawPool(l, d, p, new Set([0, 3]), 1);
    assert.ok(list.texts.some((t) => t.text === 'list'));
    assert.ok(list.texts.some((t) => t.text === 'line 7'));
    assert.equal(list.strokes.filter((s) => s.stroke === THEME.highlight).length, 2);
    assert.ok(list.batches.some((b) => b.fill === typeFill('light', 'int')));
    assert.equal(fit('defaultdict', 5), 'defa…');
  });

  it('groups owners by type and line, largest first, and shows the header in obmalloc terms', () => {
    const g = ownerGroups(detail(32));
    assert.deepEqual(g.map((x) => [x.type, x.line, x.count]), [
      ['int', 7, 10],
      ['list', 4, 6],
    ]);
    const h = Object.fromEntries(poolHeader(detail(32), 48));
    assert.equal(h['size class (szidx)'], '3');
    assert.equal(h['free list (freeblock chain)'], '3');
    assert.equal(h['first block'], '0x7f0000004030');
  });
});

describe('webview: summary', () => {
  it('splits reserved bytes into in-use and the terms _debugmallocstats lists', () => {
    const st: MallocStatsView = {
      eventIndex: 5, text: '', blockSize: [16, 32], numpools: [1, 1], numblocks: [10, 2], numfreeblocks: [1005, 506],
      ntimesArenaAllocated: 3, narenasHighwater: 2, narenas: 1, numfreepools: 62, arenaSize: 1048576, poolSize: 16384, poolOverhead: 48,
      bytesInAllocatedBlocks: 224, bytesInAvailableBlocks: 1005 * 16 + 506 * 32, bytesInUnusedPools: 62 * 16384, bytesLostToPoolHeaders: 96,
      bytesLostToQuantization: 0 + 16, bytesLostToArenaAlignment: 0, rawBlocks: 2, rawBytes: 5000,
    };
    const s = summarize(st, null);
    assert.equal(s.arenas.find((r) => r.label.startsWith('arenas released'))?.value, '2');
    assert.ok(s.lost[0].value.startsWith('1024.0 KiB') || s.lost[0].value.endsWith('KiB'));
    const pin = describePin({ arenaIndex: 1, poolInArena: 4, szidx: 3, blockSize: 64, used: 2, capacity: 255, pinsArena: true, blocks: [{ block: 0, type: 'list', line: 3 }, { block: 9, type: 'list', line: 3 }] });
    assert.equal(pin, 'arena 1 pool 4 · 2/255 × 64 B · holds its arena · 2× list (line 3)');
  });
});
