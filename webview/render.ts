// DOM renderers for the text parts of the page: the pool header and owners, the
// _debugmallocstats table, the summary and pinned pools, the legend, the status line.
import type { HeapSnapshot, MallocStatsView } from '../src/protocol/messages';
import type { PoolRef } from '../src/protocol/panel';
import { FULLNESS_LEVELS, Palette, poolFill, typeFill } from './colors';
import type { MapPos } from './layout';
import type { PageModel } from './model';
import { revealLine } from './model';
import { ownerGroups, poolHeader } from './poolview';
import { describePin, summarize, SummaryRow } from './summary';
import { byId, el, kvRows, swatch } from './markup';

type Post = (line: number | null) => void;
let postReveal: Post = () => undefined;
/** main.ts hands over how a reveal reaches the host. */
export function onReveal(f: (msgs: ReturnType<typeof revealLine>) => void): void {
  postReveal = (line) => f(revealLine(line));
}

/** "arena #3 pool 12: class 4 (80 B), 101/203 used" for the status line and tooltips. */
export function describePos(s: HeapSnapshot, p: MapPos, st: MallocStatsView | null): string {
  const a = s.arenas[p.arena];
  if (a === undefined) return '';
  const name = `arena #${a.index} at 0x${a.address.toString(16)}`;
  if (!a.live) return `${name}: released to the system`;
  if (p.pool < 0) return `${name}: ${a.used.filter((u) => u > 0).length} of ${a.ntotalpools} pools in use`;
  const sz = a.szidx[p.pool];
  if (sz < 0) return `${name} pool ${p.pool}: empty`;
  const bs = st?.blockSize[sz];
  return `${name} pool ${p.pool}: class ${sz}${bs ? ` (${bs} B)` : ''}, ${a.used[p.pool]}/${a.capacity[p.pool]} blocks used`;
}

let lastPool: unknown = null;
export function renderPool(m: PageModel, p: Palette): void {
  const d = m.pool;
  byId('pool-empty').hidden = m.openPool !== null;
  if (d === lastPool) return;
  lastPool = d;
  const head = byId('pool-head');
  const owners = byId('owners');
  const legend = byId('block-legend');
  if (d === null) {
    head.replaceChildren();
    owners.replaceChildren();
    legend.replaceChildren();
    if (m.openPool !== null) head.append(el('caption', 'This pool is empty or its arena is released at this moment.', 'muted'));
    return;
  }
  kvRows(head, poolHeader(d, m.stats?.poolOverhead ?? null));
  legend.replaceChildren(
    ...(
      [
        ['free', p.freeBlock],
        ['never used', p.neverBlock],
      ] as const
    ).map(([label, color]) => {
      const s = el('span', undefined, 'legend-item');
      s.append(swatch(color), document.createTextNode(label));
      return s;
    }),
  );
  const tr = el('tr');
  tr.append(el('th', 'owner'), el('th', 'line'), el('th', 'blocks'));
  owners.replaceChildren(
    tr,
    ...ownerGroups(d).map((g) => {
      const row = el('tr');
      const who = el('td');
      who.append(swatch(typeFill(p.kind, g.type)), document.createTextNode(g.type ?? '?'));
      const line = el('td');
      if (g.line !== null) {
        const a = el('a', `line ${g.line}`);
        a.href = '#';
        a.addEventListener('click', (e) => {
          e.preventDefault();
          postReveal(g.line);
        });
        line.append(a);
      }
      row.append(who, line, el('td', String(g.count)));
      return row;
    }),
  );
}

let lastStats: unknown = null;
export function renderStats(m: PageModel): void {
  if (m.stats === lastStats) return;
  lastStats = m.stats;
  byId('stats').textContent = m.stats?.text ?? '';
  byId('stats-at').textContent = m.stats ? `event ${m.stats.eventIndex.toLocaleString()}` : '—';
}

function rows(title: string, rs: SummaryRow[]): HTMLElement {
  const t = el('table', undefined, 'kv');
  t.append(el('caption', title));
  for (const r of rs) {
    const tr = el('tr');
    tr.append(el('th', r.label), el('td', r.value), el('td', r.note ?? '', 'muted'));
    t.append(tr);
  }
  return t;
}

let lastSummary: unknown[] = [];
export function renderSummary(m: PageModel, open: (ref: PoolRef) => void): void {
  if (lastSummary[0] === m.stats && lastSummary[1] === m.pins && lastSummary[2] === m.snapshot) return;
  lastSummary = [m.stats, m.pins, m.snapshot];
  const box = byId('summary');
  if (m.stats === null) {
    box.replaceChildren(el('div', 'Pause or stop on a moment to see its figures.', 'muted'));
  } else {
    const s = summarize(m.stats, m.snapshot);
    box.replaceChildren(
      el('div', `at event ${m.stats.eventIndex.toLocaleString()}`, 'muted'),
      rows('Arenas', s.arenas),
      rows('Bytes', s.bytes),
      rows('Where the reserved bytes not in use go', s.lost),
    );
  }
  const list = byId('pins');
  const pins = m.pins;
  if (pins === null || pins.pools.length === 0) {
    list.replaceChildren(el('li', pins === null ? '' : 'None: every pool in use is more than sparsely used.', 'muted'));
    return;
  }
  list.replaceChildren(
    ...pins.pools.map((pp) => {
      const li = el('li');
      const a = el('a', describePin(pp));
      a.href = '#';
      a.addEventListener('click', (e) => {
        e.preventDefault();
        open({ arenaIndex: pp.arenaIndex, poolInArena: pp.poolInArena });
      });
      li.append(a);
      return li;
    }),
    ...(pins.total > pins.pools.length ? [el('li', `… and ${pins.total - pins.pools.length} more`, 'muted')] : []),
  );
}

let lastLegend = '';
/** Swatches for the size classes on the map, at full and at low fullness. */
export function renderLegend(box: HTMLElement, s: HeapSnapshot | null, st: MallocStatsView | null, p: Palette): void {
  const classes = new Set<number>();
  for (const a of s?.arenas ?? []) for (const sz of a.szidx) if (sz >= 0) classes.add(sz);
  const sorted = [...classes].sort((a, b) => a - b);
  const key = `${p.kind}|${p.nb}|${sorted.join(',')}|${st ? 1 : 0}`;
  if (key === lastLegend) return;
  lastLegend = key;
  box.replaceChildren(
    ...sorted.map((sz) => {
      const item = el('span', undefined, 'legend-item');
      item.title = `size class ${sz}: lighter = emptier pool`;
      item.append(swatch(poolFill(p, sz, 1, FULLNESS_LEVELS * 4)), swatch(poolFill(p, sz, 1, 1)), document.createTextNode(st ? `${st.blockSize[sz]} B` : `class ${sz}`));
      return item;
    }),
  );
}
