// The page's state and everything that changes it: host messages, the scrubber, play,
// keys, picking pools. Pure: each change returns the new model and the messages to post,
// so the whole page logic runs in Node tests; webview/main.ts only renders and posts.
import { assertNever, HeapSnapshot, LineBlocks, MallocStatsView, Pins, PoolDetail } from '../src/protocol/messages';
import type { HostToPage, PageToHost, PersistedState, PoolRef, RunInfo, Tab } from '../src/protocol/panel';
import { arenaPosOf, clampPos, isNavKey, MapLayout, MapPos, navigate } from './layout';
import { posKey } from './draw';

export interface PageModel {
  readonly run: RunInfo | null;
  readonly message: string | null;
  /** Where the scrubber is (what the page wants shown). */
  readonly eventIndex: number;
  readonly snapshot: HeapSnapshot | null;
  /** Stats and pins may lag the snapshot while playing; each says its own event index. */
  readonly stats: MallocStatsView | null;
  readonly pins: Pins | null;
  readonly lineBlocks: LineBlocks | null;
  readonly openPool: PoolRef | null;
  readonly pool: PoolDetail | null;
  readonly focus: MapPos;
  readonly tab: Tab;
  /** Events per play step. */
  readonly speed: number;
  readonly playing: boolean;
  readonly seq: number;
  /** The seek awaiting its frame; at most one at a time, so play never floods the host. */
  readonly inFlight: number | null;
  readonly restore: PersistedState | null;
  readonly scrollTop: number;
}

export interface Step {
  readonly model: PageModel;
  readonly post: PageToHost[];
}

export const SPEEDS: readonly number[] = [1, 10, 100, 1000, 10000, 100000];

export function initialModel(saved: PersistedState | null): PageModel {
  return {
    run: null,
    message: null,
    eventIndex: 0,
    snapshot: null,
    stats: null,
    pins: null,
    lineBlocks: null,
    openPool: saved?.openPool ?? null,
    pool: null,
    focus: saved?.focus ?? { arena: 0, pool: 0 },
    tab: saved?.tab ?? 'pool',
    speed: saved?.speed ?? 0,
    playing: false,
    seq: 0,
    inFlight: null,
    restore: saved,
    scrollTop: saved?.scrollTop ?? 0,
  };
}

export function persisted(m: PageModel): PersistedState {
  return {
    uri: m.run?.uri ?? m.restore?.uri ?? null,
    eventIndex: m.run ? m.eventIndex : (m.restore?.eventIndex ?? null),
    focus: m.focus,
    openPool: m.openPool,
    tab: m.tab,
    speed: m.speed,
    scrollTop: m.scrollTop,
  };
}

/** A play speed that crosses the run in about two hundred steps, rounded to a SPEEDS entry. */
export function defaultSpeed(eventCount: number): number {
  const want = eventCount / 200;
  return SPEEDS.reduce((best, s) => (Math.abs(Math.log10(s) - Math.log10(Math.max(1, want))) < Math.abs(Math.log10(best) - Math.log10(Math.max(1, want))) ? s : best), SPEEDS[0]);
}

const clampEvent = (m: PageModel, i: number): number => Math.max(0, Math.min(m.run?.eventCount ?? 0, Math.round(i)));

function sendSeek(m: PageModel): Step {
  if (m.run === null || m.inFlight !== null) return { model: m, post: [] };
  const seq = m.seq + 1;
  const full = !m.playing;
  return {
    model: { ...m, seq, inFlight: seq },
    post: [{ type: 'seek', seq, runId: m.run.runId, eventIndex: m.eventIndex, want: { stats: full, pins: full } }],
  };
}

/** Move the scrubber; the frame follows when the host answers. */
export function seek(m: PageModel, eventIndex: number): Step {
  return sendSeek({ ...m, eventIndex: clampEvent(m, eventIndex) });
}

export function stepBy(m: PageModel, delta: number): Step {
  return seek({ ...m, playing: false }, m.eventIndex + delta);
}

export function togglePlay(m: PageModel): Step {
  if (m.run === null) return { model: m, post: [] };
  if (m.playing) return sendSeek({ ...m, playing: false });
  // Play from the start when at the end, as a media player does.
  const from = m.eventIndex >= m.run.eventCount ? 0 : m.eventIndex;
  return seek({ ...m, playing: true }, from);
}

/** One play step; the next waits for the previous frame, so slow replays just play slower. */
export function tick(m: PageModel): Step {
  if (!m.playing || m.run === null || m.inFlight !== null) return { model: m, post: [] };
  const next = Math.min(m.run.eventCount, m.eventIndex + Math.max(1, m.speed));
  const atEnd = next >= m.run.eventCount;
  return seek({ ...m, playing: !atEnd }, next);
}

export function setSpeed(m: PageModel, speed: number): Step {
  return { model: { ...m, speed: Math.max(1, Math.floor(speed)) }, post: [] };
}

export function setTab(m: PageModel, tab: Tab): Step {
  const next = { ...m, tab };
  // The summary's figures are skipped while playing; fetch them when asked for.
  if (tab !== 'pool' && m.stats?.eventIndex !== m.eventIndex && !m.playing) return sendSeek(next);
  return { model: next, post: [] };
}

function poolRequest(m: PageModel): PageToHost[] {
  if (m.run === null || m.openPool === null || m.snapshot === null) return [];
  return [{ type: 'openPool', runId: m.run.runId, eventIndex: m.snapshot.eventIndex, ...m.openPool }];
}

/** Open the pool at a map position (a live arena's pool); released arenas and labels open nothing. */
export function openAt(m: PageModel, pos: MapPos): Step {
  const s = m.snapshot;
  if (s === null) return { model: m, post: [] };
  const p = clampPos(s, pos);
  const a = s.arenas[p.arena];
  if (a === undefined || !a.live || p.pool < 0) return { model: { ...m, focus: p }, post: [] };
  const next: PageModel = { ...m, focus: p, openPool: { arenaIndex: a.index, poolInArena: p.pool }, pool: null, tab: 'pool' };
  return { model: next, post: poolRequest(next) };
}

export function revealLine(line: number | null): PageToHost[] {
  return line === null || line <= 0 ? [] : [{ type: 'reveal', line }];
}

/** Keys the map understands; `handled` false lets the browser have the key. */
export function onKey(m: PageModel, l: MapLayout | null, key: string): Step & { handled: boolean } {
  if (key === ' ') return { ...togglePlay(m), handled: true };
  if (key === ',' || key === '.') return { ...stepBy(m, key === ',' ? -1 : 1), handled: true };
  if (m.snapshot === null || l === null) return { model: m, post: [], handled: false };
  if (isNavKey(key)) return { model: { ...m, focus: navigate(l, m.snapshot, m.focus, key) }, post: [], handled: true };
  if (key === 'Enter') return { ...openAt(m, m.focus), handled: true };
  if (key === 'Escape' && m.openPool !== null) return { model: { ...m, openPool: null, pool: null }, post: [], handled: true };
  return { model: m, post: [], handled: false };
}

function onRun(m: PageModel, run: RunInfo | null, message: string | null): Step {
  if (run === null) return { model: { ...m, run: null, message, snapshot: null, pool: null, stats: null, pins: null, lineBlocks: null, inFlight: null, playing: false }, post: [] };
  if (m.run?.runId === run.runId) return { model: { ...m, run, message }, post: [] };
  const r = m.restore;
  // After a reload the script is run again: the saved moment still means the same place if the file is the same.
  const restoring = r !== null && r.uri === run.uri;
  // Runs are deterministic: the same file, version and event count is the same run again (the worker had dropped it).
  const same = m.run !== null && m.run.uri === run.uri && m.run.version === run.version && m.run.eventCount === run.eventCount;
  const eventIndex = restoring && r.eventIndex !== null ? Math.min(r.eventIndex, run.eventCount) : same ? m.eventIndex : run.eventCount;
  const next: PageModel = {
    ...m,
    run,
    message,
    eventIndex,
    snapshot: null,
    stats: null,
    pins: null,
    lineBlocks: null,
    pool: null,
    openPool: restoring ? m.openPool : m.run?.uri === run.uri ? m.openPool : null,
    playing: false,
    inFlight: null,
    speed: m.speed > 0 && (restoring || m.run !== null) ? m.speed : defaultSpeed(run.eventCount),
    restore: null,
  };
  return sendSeek(next);
}

export function onHostMessage(m: PageModel, msg: HostToPage): Step {
  switch (msg.type) {
    case 'run':
      return onRun(m, msg.run, msg.message);
    case 'frame': {
      if (m.run === null || msg.runId !== m.run.runId || msg.seq !== m.inFlight) return { model: m, post: [] };
      const focus = m.snapshot === null && msg.snapshot.arenas.length > 0 ? clampPos(msg.snapshot, m.focus) : m.focus;
      let next: PageModel = {
        ...m,
        inFlight: null,
        snapshot: msg.snapshot,
        stats: msg.stats ?? m.stats,
        pins: msg.pins ?? m.pins,
        lineBlocks: msg.lineBlocks ?? (m.lineBlocks !== null && m.lineBlocks.eventIndex === msg.snapshot.eventIndex ? m.lineBlocks : null),
        focus,
      };
      if (msg.snapshot.eventIndex !== m.eventIndex) return sendSeek(next); // the scrubber moved on meanwhile
      const post = next.playing ? [] : poolRequest(next);
      if (next.openPool !== null && !next.playing && arenaPosOf(msg.snapshot, next.openPool.arenaIndex) < 0) next = { ...next, pool: null };
      return { model: next, post };
    }
    case 'pool': {
      const d = msg.detail;
      if (m.run === null || msg.runId !== m.run.runId) return { model: m, post: [] };
      if (d !== null && (m.openPool === null || d.arenaIndex !== m.openPool.arenaIndex || d.poolInArena !== m.openPool.poolInArena)) return { model: m, post: [] };
      return { model: { ...m, pool: d }, post: [] };
    }
    case 'lineBlocks':
      if (m.run === null || msg.runId !== m.run.runId) return { model: m, post: [] };
      return { model: { ...m, lineBlocks: msg.lineBlocks }, post: [] };
    case 'busy':
      return { model: { ...m, message: msg.message }, post: [] };
    case 'showPool': {
      const openPool = { arenaIndex: msg.arenaIndex, poolInArena: msg.poolInArena };
      const arena = m.snapshot === null ? -1 : arenaPosOf(m.snapshot, msg.arenaIndex);
      const focus = arena >= 0 ? { arena, pool: msg.poolInArena } : m.focus;
      const next: PageModel = { ...m, openPool, focus, pool: null, tab: 'pool' };
      return { model: next, post: poolRequest(next) };
    }
    default:
      return assertNever(msg);
  }
}

/** Map positions of pools holding blocks of the cursor's line, and how many each holds. */
export function heldPools(s: HeapSnapshot | null, lb: LineBlocks | null): Map<string, number> {
  const out = new Map<string, number>();
  if (s === null || lb === null) return out;
  const pos = new Map<number, number>();
  for (const b of lb.blocks) {
    let a = pos.get(b.arenaIndex);
    if (a === undefined) pos.set(b.arenaIndex, (a = arenaPosOf(s, b.arenaIndex)));
    if (a < 0) continue;
    const k = posKey(a, b.poolInArena);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

/** Blocks of the open pool that the cursor's line allocated and still holds. */
export function heldBlocks(lb: LineBlocks | null, pool: PoolRef | null): Set<number> {
  const out = new Set<number>();
  if (lb === null || pool === null) return out;
  for (const b of lb.blocks) if (b.arenaIndex === pool.arenaIndex && b.poolInArena === pool.poolInArena) out.add(b.block);
  return out;
}

/** The open pool's position on the map, if its arena is live at this moment. */
export function openPos(m: PageModel): MapPos | null {
  if (m.snapshot === null || m.openPool === null) return null;
  const a = arenaPosOf(m.snapshot, m.openPool.arenaIndex);
  return a < 0 ? null : { arena: a, pool: m.openPool.poolInArena };
}
