// The pool view's logic: blocks as a grid of cells (big enough for labels when the
// pool has few blocks), hit testing, its draw list, and the owners grouped by type and line.
import type { PoolDetail } from '../src/protocol/messages';
import { Palette, typeFill } from './colors';
import { Batcher, DrawList, StrokeCmd, TextCmd } from './draw';

export interface PoolLayout {
  readonly count: number;
  readonly cols: number;
  readonly rows: number;
  readonly cellW: number;
  readonly cellH: number;
  readonly width: number;
  readonly height: number;
  /** Cells wide enough to carry "type" and "L<line>" inside them. */
  readonly labels: boolean;
}

const LABEL_CELL_W = 84;
const LABEL_CELL_H = 34;
const SMALL_CELL = 14;

export function layoutPool(count: number, width: number): PoolLayout {
  const w = Math.max(SMALL_CELL, width);
  const labels = count > 0 && count <= 64 && w >= LABEL_CELL_W * 2;
  const minW = labels ? LABEL_CELL_W : SMALL_CELL;
  const cols = Math.max(1, Math.min(Math.max(count, 1), Math.floor(w / minW)));
  const cellW = labels ? Math.floor(w / cols) : SMALL_CELL;
  const cellH = labels ? LABEL_CELL_H : SMALL_CELL;
  const rows = Math.ceil(count / cols);
  return { count, cols, rows, cellW, cellH, width: cols * cellW, height: rows * cellH, labels };
}

export function blockRect(l: PoolLayout, i: number): { x: number; y: number; w: number; h: number } {
  return { x: (i % l.cols) * l.cellW, y: Math.floor(i / l.cols) * l.cellH, w: l.cellW, h: l.cellH };
}

export function hitBlock(l: PoolLayout, x: number, y: number): number | null {
  if (x < 0 || y < 0 || x >= l.cols * l.cellW) return null;
  const i = Math.floor(y / l.cellH) * l.cols + Math.floor(x / l.cellW);
  return i < l.count ? i : null;
}

/** Trim a label to what fits in `chars` characters. */
export function fit(text: string, chars: number): string {
  return text.length <= chars ? text : chars <= 1 ? '…' : text.slice(0, chars - 1) + '…';
}

export function drawPool(l: PoolLayout, d: PoolDetail, p: Palette, held: ReadonlySet<number>, selected: number | null): DrawList {
  const b = new Batcher();
  const strokes: StrokeCmd[] = [];
  const texts: TextCmd[] = [];
  const chars = Math.floor((l.cellW - 8) / 6.5);
  d.blocks.forEach((blk, i) => {
    const r = blockRect(l, i);
    const fill = blk.state === 'used' ? typeFill(p.kind, blk.type) : blk.state === 'free' ? p.freeBlock : p.neverBlock;
    b.rect(fill, r.x, r.y, r.w - 2, r.h - 2);
    if (blk.state === 'never') strokes.push({ x: r.x, y: r.y, w: r.w - 2, h: r.h - 2, stroke: p.theme.border, width: 1, dashed: true });
    if (held.has(i)) strokes.push({ x: r.x + 1, y: r.y + 1, w: r.w - 4, h: r.h - 4, stroke: p.theme.highlight, width: 2, dashed: false });
    if (l.labels) {
      const dark = p.kind === 'dark' || p.kind === 'hc-dark';
      const ink = blk.state === 'used' ? (dark ? '#000' : '#fff') : p.theme.muted;
      const top = blk.state === 'used' ? fit(blk.type ?? '?', chars) : blk.state;
      texts.push({ text: top, x: r.x + 4, y: r.y + 14, fill: ink, font: 'label' });
      if (blk.state === 'used' && blk.line !== null) texts.push({ text: `line ${blk.line}`, x: r.x + 4, y: r.y + 27, fill: ink, font: 'small' });
    }
  });
  if (selected !== null && selected < d.blocks.length) {
    const r = blockRect(l, selected);
    strokes.push({ x: r.x - 1, y: r.y - 1, w: r.w, h: r.h, stroke: p.theme.focus, width: 2, dashed: false });
  }
  return { batches: b.batches(), strokes, texts };
}

export interface OwnerGroup {
  readonly type: string | null;
  readonly line: number | null;
  readonly count: number;
}

/** Used blocks grouped by owning type and allocating line, the largest groups first. */
export function ownerGroups(d: PoolDetail): OwnerGroup[] {
  const m = new Map<string, { type: string | null; line: number | null; count: number }>();
  for (const b of d.blocks) {
    if (b.state !== 'used') continue;
    const key = `${b.type ?? ''}\u0000${b.line ?? ''}`;
    const g = m.get(key);
    if (g) g.count++;
    else m.set(key, { type: b.type, line: b.line, count: 1 });
  }
  return Array.from(m.values()).sort((a, b) => b.count - a.count || (a.line ?? 0) - (b.line ?? 0));
}

/** The pool header as the page shows it, in obmalloc.c's terms. */
export function poolHeader(d: PoolDetail, poolOverhead: number | null): Array<[string, string]> {
  const hex = (n: number): string => '0x' + n.toString(16);
  return [
    ['pool', `${hex(d.poolAddress)} (arena ${d.arenaIndex}, pool ${d.poolInArena})`],
    ['size class (szidx)', String(d.szidx)],
    ['block size', `${d.blockSize} bytes`],
    ['blocks in use (ref.count)', `${d.used} of ${d.capacity}`],
    ['free list (freeblock chain)', String(d.freeListLength)],
    ['never used (past nextoffset)', String(d.neverUsed)],
    ...(poolOverhead !== null ? ([['first block', hex(d.poolAddress + poolOverhead)]] as Array<[string, string]>) : []),
  ];
}

/** A block's address, when the pool header size is known (it comes with the stats). */
export function blockAddress(d: PoolDetail, poolOverhead: number, i: number): number {
  return d.poolAddress + poolOverhead + i * d.blockSize;
}
