// Draw lists for the map: what to paint, batched by colour so a canvas sets each fill
// once however many thousand pools share it. Pure data; webview/canvas.ts executes it.
import type { HeapSnapshot } from '../src/protocol/messages';
import { Palette, poolFill } from './colors';
import { arenaBox, MapLayout, MapPos, poolRect, visibleArenas } from './layout';

export interface FillBatch {
  readonly fill: string;
  /** x, y, w, h for each rectangle. */
  readonly rects: number[];
}

export interface StrokeCmd {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly stroke: string;
  readonly width: number;
  readonly dashed: boolean;
}

export interface TextCmd {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly fill: string;
  readonly font: 'label' | 'small';
}

export interface DrawList {
  readonly batches: FillBatch[];
  readonly strokes: StrokeCmd[];
  readonly texts: TextCmd[];
}

/** What the map marks besides the pools themselves. */
export interface MapMarks {
  readonly focus: MapPos | null;
  readonly open: MapPos | null;
  /** Pools holding blocks of the line under the editor's cursor: "arena/pool" keys at map positions. */
  readonly lineHeld: ReadonlySet<string> | null;
}

export const posKey = (arena: number, pool: number): string => `${arena}/${pool}`;

export class Batcher {
  private readonly byFill = new Map<string, number[]>();
  rect(fill: string, x: number, y: number, w: number, h: number): void {
    let a = this.byFill.get(fill);
    if (a === undefined) this.byFill.set(fill, (a = []));
    a.push(x, y, w, h);
  }
  batches(): FillBatch[] {
    return Array.from(this.byFill, ([fill, rects]) => ({ fill, rects }));
  }
}

/**
 * The map's draw list for the band [top, top + height) of the content, in viewport
 * coordinates. Only arenas meeting the band are listed (pass height = layout height
 * to list everything).
 */
export function drawMap(l: MapLayout, s: HeapSnapshot, p: Palette, top: number, height: number, marks: MapMarks): DrawList {
  const b = new Batcher();
  const strokes: StrokeCmd[] = [];
  const texts: TextCmd[] = [];
  const { from, to } = visibleArenas(l, top, height);
  const fg = p.theme.foreground;
  for (let i = from; i < to; i++) {
    const a = s.arenas[i];
    const box = arenaBox(l, i);
    const y0 = box.y - top;
    texts.push({ text: `#${a.index}`, x: box.x, y: y0 + l.cellH - 3, fill: a.live ? fg : p.theme.muted, font: 'label' });
    if (!a.live) {
      // A released arena keeps its place in the history, drawn as an empty dashed strip.
      b.rect(p.released, box.x + l.labelW, y0, box.w - l.labelW, box.h - 1);
      strokes.push({ x: box.x + l.labelW, y: y0, w: box.w - l.labelW, h: box.h - 1, stroke: p.theme.border, width: 1, dashed: true });
      texts.push({ text: 'released', x: box.x + l.labelW + 4, y: y0 + l.cellH - 3, fill: p.theme.muted, font: 'small' });
      continue;
    }
    for (let k = 0; k < a.ntotalpools; k++) {
      const r = poolRect(l, i, k);
      b.rect(poolFill(p, a.szidx[k], a.used[k], a.capacity[k]), r.x, r.y - top, r.w - 1, r.h - 2);
      if (marks.lineHeld?.has(posKey(i, k))) {
        strokes.push({ x: r.x, y: r.y - top, w: r.w - 1, h: r.h - 2, stroke: p.theme.highlight, width: 2, dashed: false });
      }
    }
  }
  const ring = (pos: MapPos | null, stroke: string, width: number): void => {
    if (pos === null || pos.arena < from || pos.arena >= to) return;
    const r = pos.pool < 0 ? arenaBox(l, pos.arena) : poolRect(l, pos.arena, pos.pool);
    strokes.push({ x: r.x - 1, y: r.y - top - 1, w: r.w + 1, h: r.h, stroke, width, dashed: false });
  };
  ring(marks.open, fg, 2);
  ring(marks.focus, p.theme.focus, 2);
  return { batches: b.batches(), strokes, texts };
}
