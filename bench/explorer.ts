// Heap explorer frame time for a run with 1,000 arenas (a synthetic snapshot). Node has
// no canvas, so this measures what the page does in JavaScript per frame — the map
// layout and the draw-list generation — not the browser's rasterising of it.
import { makePalette } from '../webview/colors';
import { drawMap } from '../webview/draw';
import { layoutMap, maxPoolsOf } from '../webview/layout';
import { syntheticSnapshot } from '../webview/synthetic';

const THEME = { background: '#1e1e1e', foreground: '#cccccc', muted: '#999999', border: '#444444', focus: '#0078d4', highlight: '#cca700' };

function timeMs(f: () => unknown, reps: number): { median: number; p95: number } {
  for (let i = 0; i < 5; i++) f(); // warm up the JIT
  const t: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    f();
    t.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(reps / 2)], p95: t[Math.floor(reps * 0.95)] };
}

export function benchExplorer(arenas = 1000): void {
  const s = syntheticSnapshot(arenas);
  const pools = s.arenas.reduce((n, a) => n + a.ntotalpools, 0);
  const p = makePalette('dark', THEME, 32);
  const marks = { focus: { arena: 10, pool: 3 }, open: { arena: 11, pool: 4 }, lineHeld: new Set(['12/5', '400/9']) };
  console.log(`\nheap explorer frame (layout + draw list; no canvas in Node), ${arenas} arenas, ${pools.toLocaleString()} pools`);
  for (const width of [600, 1200]) {
    const l0 = layoutMap(s.arenas.length, maxPoolsOf(s), width);
    const viewport = 600;
    const full = timeMs(() => drawMap(layoutMap(s.arenas.length, maxPoolsOf(s), width), s, p, 0, l0.height, marks), 40);
    const band = timeMs(() => drawMap(layoutMap(s.arenas.length, maxPoolsOf(s), width), s, p, l0.height / 2, viewport, marks), 400);
    const d = drawMap(l0, s, p, 0, l0.height, marks);
    console.log(
      `  width ${width}px: whole map (${l0.height.toLocaleString()} px tall, ${d.batches.length} fill batches) ` +
        `median ${full.median.toFixed(2)} ms, p95 ${full.p95.toFixed(2)} ms; ` +
        `visible ${viewport}px band median ${band.median.toFixed(3)} ms, p95 ${band.p95.toFixed(3)} ms`,
    );
  }
}
