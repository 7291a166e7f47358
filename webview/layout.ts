// Where arenas and pools sit on the map canvas: each arena a labelled strip of its
// pools (wrapped when the panel is narrow, several strips per row when it is wide),
// hit testing, and the arrow-key moves between pools. No DOM here.
import type { HeapSnapshot } from '../src/protocol/messages';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly count: number;
  readonly maxPools: number;
  readonly pad: number;
  readonly labelW: number;
  readonly cellW: number;
  readonly cellH: number;
  readonly poolsPerLine: number;
  readonly linesPerArena: number;
  /** Arena strips per row of the map. */
  readonly cols: number;
  readonly boxW: number;
  readonly boxH: number;
  readonly gapX: number;
  readonly gapY: number;
}

/** A pool on the map: `arena` is the position in the snapshot's arena list, `pool` its pool (-1: the arena itself). */
export interface MapPos {
  readonly arena: number;
  readonly pool: number;
}

const PAD = 8;
const LABEL_W = 46;
const MIN_CELL = 5;
const MAX_CELL = 12;
const CELL_H = 14;
const GAP_X = 14;
const GAP_Y = 4;

/** Pools per arena on the map: the most an arena of this version can hold. */
export function maxPoolsOf(s: Pick<HeapSnapshot, 'arenaSize' | 'poolSize'>): number {
  return Math.max(1, Math.floor(s.arenaSize / s.poolSize));
}

export function layoutMap(count: number, maxPools: number, width: number): MapLayout {
  const avail = Math.max(MIN_CELL, width - 2 * PAD - LABEL_W);
  let cellW = Math.min(MAX_CELL, Math.floor(avail / maxPools));
  let poolsPerLine = maxPools;
  if (cellW < MIN_CELL) {
    cellW = MIN_CELL;
    poolsPerLine = Math.max(1, Math.floor(avail / MIN_CELL));
  }
  const linesPerArena = Math.ceil(maxPools / poolsPerLine);
  const boxW = LABEL_W + poolsPerLine * cellW;
  const boxH = linesPerArena * CELL_H;
  const cols = Math.max(1, Math.floor((width - 2 * PAD + GAP_X) / (boxW + GAP_X)));
  const rows = Math.ceil(count / cols);
  const height = rows === 0 ? 2 * PAD : 2 * PAD + rows * (boxH + GAP_Y) - GAP_Y;
  return { width, height, count, maxPools, pad: PAD, labelW: LABEL_W, cellW, cellH: CELL_H, poolsPerLine, linesPerArena, cols, boxW, boxH, gapX: GAP_X, gapY: GAP_Y };
}

/** The arena strip's box (label included) at position `arena`. */
export function arenaBox(l: MapLayout, arena: number): Rect {
  const col = arena % l.cols;
  const row = Math.floor(arena / l.cols);
  return { x: l.pad + col * (l.boxW + l.gapX), y: l.pad + row * (l.boxH + l.gapY), w: l.boxW, h: l.boxH };
}

export function poolRect(l: MapLayout, arena: number, pool: number): Rect {
  const b = arenaBox(l, arena);
  const line = Math.floor(pool / l.poolsPerLine);
  const k = pool % l.poolsPerLine;
  return { x: b.x + l.labelW + k * l.cellW, y: b.y + line * l.cellH, w: l.cellW, h: l.cellH };
}

/** Arena positions whose boxes meet the vertical band [top, top + height). */
export function visibleArenas(l: MapLayout, top: number, height: number): { from: number; to: number } {
  const pitch = l.boxH + l.gapY;
  const firstRow = Math.max(0, Math.floor((top - l.pad) / pitch));
  const lastRow = Math.max(0, Math.floor((top + height - l.pad) / pitch));
  return { from: Math.min(l.count, firstRow * l.cols), to: Math.min(l.count, (lastRow + 1) * l.cols) };
}

/** What is under a point of the map (content coordinates), or null for the gaps. */
export function hitMap(l: MapLayout, s: HeapSnapshot, x: number, y: number): MapPos | null {
  const pitchX = l.boxW + l.gapX;
  const pitchY = l.boxH + l.gapY;
  const col = Math.floor((x - l.pad) / pitchX);
  const row = Math.floor((y - l.pad) / pitchY);
  if (col < 0 || row < 0 || col >= l.cols) return null;
  const dx = x - l.pad - col * pitchX;
  const dy = y - l.pad - row * pitchY;
  if (dx >= l.boxW || dy >= l.boxH) return null;
  const arena = row * l.cols + col;
  if (arena >= s.arenas.length) return null;
  if (dx < l.labelW) return { arena, pool: -1 };
  const pool = Math.floor(dy / l.cellH) * l.poolsPerLine + Math.floor((dx - l.labelW) / l.cellW);
  const a = s.arenas[arena];
  if (!a.live || pool >= a.ntotalpools) return { arena, pool: -1 };
  return { arena, pool };
}

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End' | 'PageUp' | 'PageDown';

export function isNavKey(k: string): k is NavKey {
  return ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'].includes(k);
}

function poolsOf(s: HeapSnapshot, arena: number): number {
  const a = s.arenas[arena];
  return a.live ? a.ntotalpools : 0;
}

/** Put a position on something that exists: a pool of a live arena, or a released arena itself. */
export function clampPos(s: HeapSnapshot, p: MapPos): MapPos {
  if (s.arenas.length === 0) return { arena: 0, pool: -1 };
  const arena = Math.max(0, Math.min(s.arenas.length - 1, p.arena));
  const n = poolsOf(s, arena);
  return { arena, pool: n === 0 ? -1 : Math.max(0, Math.min(n - 1, p.pool)) };
}

/**
 * The arrow keys walk the map as it is drawn: left/right pool by pool (running on into
 * the neighbouring arena), up/down a line of pools or, at a strip's edge, to the arena
 * above or below; Home/End the arena's ends; PageUp/PageDown ten rows of arenas.
 */
export function navigate(l: MapLayout, s: HeapSnapshot, at: MapPos, key: NavKey): MapPos {
  if (s.arenas.length === 0) return { arena: 0, pool: -1 };
  const p = clampPos(s, at);
  const n = poolsOf(s, p.arena);
  const last = s.arenas.length - 1;
  const col = p.pool < 0 ? 0 : p.pool % l.poolsPerLine;
  const line = p.pool < 0 ? 0 : Math.floor(p.pool / l.poolsPerLine);
  switch (key) {
    case 'ArrowRight':
      if (p.pool >= 0 && p.pool < n - 1) return { arena: p.arena, pool: p.pool + 1 };
      return p.arena < last ? clampPos(s, { arena: p.arena + 1, pool: 0 }) : p;
    case 'ArrowLeft':
      if (p.pool > 0) return { arena: p.arena, pool: p.pool - 1 };
      return p.arena > 0 ? clampPos(s, { arena: p.arena - 1, pool: poolsOf(s, p.arena - 1) - 1 }) : p;
    case 'ArrowDown':
      if (line < l.linesPerArena - 1 && p.pool >= 0 && p.pool + l.poolsPerLine < n) return { arena: p.arena, pool: p.pool + l.poolsPerLine };
      return p.arena + l.cols <= last ? clampPos(s, { arena: p.arena + l.cols, pool: col }) : p;
    case 'ArrowUp':
      if (line > 0) return { arena: p.arena, pool: p.pool - l.poolsPerLine };
      if (p.arena - l.cols < 0) return p;
      return clampPos(s, { arena: p.arena - l.cols, pool: (l.linesPerArena - 1) * l.poolsPerLine + col });
    case 'Home':
      return clampPos(s, { arena: p.arena, pool: 0 });
    case 'End':
      return clampPos(s, { arena: p.arena, pool: n - 1 });
    case 'PageDown':
      return clampPos(s, { arena: Math.min(last, p.arena + 10 * l.cols), pool: p.pool });
    case 'PageUp':
      return clampPos(s, { arena: Math.max(0, p.arena - 10 * l.cols), pool: p.pool });
  }
}

/** Position of the live arena in slot `arenaIndex` (the worker's name for it), or -1. */
export function arenaPosOf(s: HeapSnapshot, arenaIndex: number): number {
  for (let i = s.arenas.length - 1; i >= 0; i--) if (s.arenas[i].live && s.arenas[i].index === arenaIndex) return i;
  return -1;
}
