// The plain-data messages between the heap explorer page (webview/) and its host
// (src/extension/panel.ts), and the state the page persists across hide/show and reloads.
import type { HeapSnapshot, HeapSummary, LineBlocks, MallocStatsView, Pins, PoolDetail, Version } from './messages';

/** The run the panel shows: enough for the scrubber and the header; heap data comes by query. */
export interface RunInfo {
  readonly runId: number;
  readonly uri: string;
  readonly fileName: string;
  readonly version: Version;
  /** The versions the panel may switch to ('auto' follows python3). */
  readonly versions: ReadonlyArray<Version | 'auto'>;
  readonly setting: Version | 'auto';
  readonly eventCount: number;
  readonly heap: HeapSummary;
  /** A line of text about how the run ended when it did not end well, else null. */
  readonly outcome: string | null;
}

/** What the page asks for at an event; stats and pins cost a replay walk, so play skips them. */
export interface SeekWants {
  readonly stats: boolean;
  readonly pins: boolean;
}

export type PageToHost =
  | { readonly type: 'ready'; readonly uri: string | null }
  | { readonly type: 'seek'; readonly seq: number; readonly runId: number; readonly eventIndex: number; readonly want: SeekWants }
  | { readonly type: 'openPool'; readonly runId: number; readonly eventIndex: number; readonly arenaIndex: number; readonly poolInArena: number }
  | { readonly type: 'reveal'; readonly line: number }
  | { readonly type: 'chooseVersion'; readonly version: Version | 'auto' };

export type HostToPage =
  | { readonly type: 'run'; readonly run: RunInfo | null; readonly message: string | null }
  | {
      readonly type: 'frame';
      readonly seq: number;
      readonly runId: number;
      readonly snapshot: HeapSnapshot;
      readonly stats: MallocStatsView | null;
      readonly pins: Pins | null;
      readonly lineBlocks: LineBlocks | null;
    }
  | { readonly type: 'pool'; readonly runId: number; readonly detail: PoolDetail | null }
  | { readonly type: 'lineBlocks'; readonly runId: number; readonly lineBlocks: LineBlocks | null }
  | { readonly type: 'busy'; readonly message: string }
  /** Open this pool in the pool view (a hover's "show in the heap explorer" link). */
  | { readonly type: 'showPool'; readonly arenaIndex: number; readonly poolInArena: number };

export type Tab = 'pool' | 'classes' | 'summary';

/** A pool named the way the worker names it: arena slot and position in the arena. */
export interface PoolRef {
  readonly arenaIndex: number;
  readonly poolInArena: number;
}

/** What getState/setState keep, and what the serializer hands back after a reload. */
export interface PersistedState {
  readonly uri: string | null;
  readonly eventIndex: number | null;
  /** Keyboard focus on the map: position in the snapshot's arena list and pool in it. */
  readonly focus: { readonly arena: number; readonly pool: number };
  readonly openPool: PoolRef | null;
  readonly tab: Tab;
  readonly speed: number;
  readonly scrollTop: number;
}
