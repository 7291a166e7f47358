// What `arena-lens trace` writes: the per-line summaries of a run, their totals, the
// trace's size and the allocator's final state, as JSON or as a readable table.
import type { HeapSummary, LineSummary, RunOutcome } from '../protocol/messages';
import type { RunResult } from '../runtime/interpreter';
import { BYTES_PER_EVENT, BYTES_PER_OBJECT_ROW, BYTES_PER_REF_EVENT } from '../runtime/trace';
import { foldTrace, type ScriptEndState } from './analyze';

export interface TraceTotals {
  readonly executions: number;
  readonly allocs: number;
  readonly frees: number;
  readonly reallocs: number;
  readonly allocBytes: number;
  readonly freeBytes: number;
  readonly reallocBytes: number;
  readonly increfs: number;
  readonly decrefs: number;
  readonly liveBlocks: number;
  readonly liveBytes: number;
}

export interface TraceReport {
  /** The format of this report; bumped when a field changes meaning. */
  readonly format: 1;
  /** The modeled CPython version ("3.11"). */
  readonly version: string;
  readonly file: string;
  readonly exitCode: number;
  readonly outcome: RunOutcome;
  readonly stdout: string;
  readonly stderr: string;
  /** One per source line that ran or allocated, in line order. */
  readonly lines: readonly LineSummary[];
  /** What happened before the first line ran (the runtime's start-up, the code's constants). */
  readonly setup: LineSummary | null;
  /** Sums over the whole trace (the lines and the set-up). */
  readonly totals: TraceTotals;
  readonly trace: {
    /** Events in both tables. */
    readonly events: number;
    /** Allocs, frees, reallocs, line changes and name bindings (the main table). */
    readonly allocatorEvents: number;
    readonly refcountEvents: number;
    readonly bytesPerAllocatorEvent: number;
    readonly bytesPerRefcountEvent: number;
    /** Objects the refcount events name: one row each in the trace's id table. */
    readonly objectRows: number;
    readonly bytesPerObjectRow: number;
    /** bytes / events. */
    readonly bytesPerEvent: number;
    readonly bytes: number;
  };
  /** The allocator where the script's code ended, before the exit's finalization (what the status bar shows). */
  readonly heap: HeapSummary;
}

/** The report of a run made by traceRun (analyze.ts), which kept the state the script's code left. */
export function traceReport(file: string, version: string, { run: r, end }: { run: RunResult; end: ScriptEndState }): TraceReport {
  const all = foldTrace(r.heap, end);
  const keys: Array<keyof TraceTotals> = [
    'executions',
    'allocs',
    'frees',
    'reallocs',
    'allocBytes',
    'freeBytes',
    'reallocBytes',
    'increfs',
    'decrefs',
    'liveBlocks',
    'liveBytes',
  ];
  const totals = Object.fromEntries(keys.map((k) => [k, all.reduce((n, s) => n + s[k], 0)])) as unknown as TraceTotals;
  const t = r.heap.trace;
  return {
    format: 1,
    version,
    file,
    exitCode: r.exitCode,
    outcome: r.end,
    stdout: r.stdout,
    stderr: r.stderr,
    lines: all.filter((s) => s.line > 0),
    setup: all.find((s) => s.line === 0) ?? null,
    totals,
    trace: {
      events: t.eventCount,
      allocatorEvents: t.length,
      refcountEvents: t.refLength,
      bytesPerAllocatorEvent: BYTES_PER_EVENT,
      bytesPerRefcountEvent: BYTES_PER_REF_EVENT,
      objectRows: t.objectRows,
      bytesPerObjectRow: BYTES_PER_OBJECT_ROW,
      bytesPerEvent: t.eventCount === 0 ? 0 : Math.round((t.bytesUsed / t.eventCount) * 100) / 100,
      bytes: t.bytesUsed,
    },
    heap: end.heap,
  };
}

/** The report as a table: one row per line, the totals, the trace's size and the heap at the end. */
export function formatTraceTable(rep: TraceReport, source: string): string {
  const src = source.split(/\r?\n/);
  const head = ['line', 'runs', 'allocs', 'alloc B', 'frees', 'freed B', 'reallocs', 'realloc B', 'live', 'live B', 'incref', 'decref'];
  const row = (label: string, s: LineSummary | TraceTotals): string[] => [
    label,
    String(s.executions),
    String(s.allocs),
    String(s.allocBytes),
    String(s.frees),
    String(s.freeBytes),
    String(s.reallocs),
    String(s.reallocBytes),
    String(s.liveBlocks),
    String(s.liveBytes),
    String(s.increfs),
    String(s.decrefs),
  ];
  const rows: Array<{ cells: string[]; text: string }> = [];
  if (rep.setup) rows.push({ cells: row('-', rep.setup), text: '(before the first line)' });
  for (const s of rep.lines) {
    const classes = s.bySizeClass.map((c) => (c.szidx < 0 ? `raw×${c.count}` : `${c.blockSize}×${c.count}`)).join(' ');
    const names = s.bindings.map((b) => `${b.name}=${b.type} rc ${b.refcnt}`).join(', ');
    const extra = [classes && `[${classes}]`, names].filter((x) => x).join(' ');
    rows.push({ cells: row(String(s.line), s), text: `${(src[s.line - 1] ?? '').trim().slice(0, 40)}${extra ? `  ${extra}` : ''}` });
  }
  rows.push({ cells: row('total', rep.totals), text: '' });
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r.cells[k].length)));
  const fmt = (cells: string[], text: string): string => cells.map((c, k) => c.padStart(widths[k])).join('  ') + (text ? `  ${text}` : '');
  const out = [fmt(head, 'source  [block size×count] name=type rc'), ...rows.map((r) => fmt(r.cells, r.text))];
  const tr = rep.trace;
  const h = rep.heap;
  out.push(
    '',
    `CPython ${rep.version} model, ${rep.outcome.kind === 'ok' ? 'ran to the end' : `ended: ${rep.outcome.message}`} (exit status ${rep.exitCode})`,
    `trace: ${tr.events} events (${tr.allocatorEvents} allocator × ${tr.bytesPerAllocatorEvent} B, ${tr.refcountEvents} refcount × ${tr.bytesPerRefcountEvent} B, ${tr.objectRows} objects × ${tr.bytesPerObjectRow} B), ${tr.bytes} bytes, ${tr.bytesPerEvent} bytes per event`,
    `heap at the end: ${h.allocatedBlocks} allocated blocks, ${h.bytesInAllocatedBlocks} bytes in pool blocks, ${h.poolsInUse} pools in use, ` +
      `${h.arenasCurrent} arenas (highwater ${h.arenasHighwater}, ${h.arenasAllocatedTotal} allocated in all, ${h.arenasReclaimed} given back)`,
  );
  return out.join('\n') + '\n';
}
