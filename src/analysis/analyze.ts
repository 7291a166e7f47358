// analyze(request): run the script in the mini-runtime and turn its trace into the
// per-line summaries and heap summary the editor shows. Pure: no vscode, no node.
import type { AnalysisResult, AnalyzeRequest, BlockPlace, Binding, HeapSummary, LineSummary, SizeClassCount } from '../protocol/messages';
import { Obmalloc } from '../obmalloc/obmalloc';
import { incrementalStats, statsBytes } from '../obmalloc/stats';
import { Heap } from '../runtime/heap';
import { run, type RunOptions, type RunResult } from '../runtime/interpreter';
import { sizeofOverridden } from '../runtime/objects/instance-layout';
import type { PyObject } from '../runtime/objects/object';
import { getsizeof } from '../runtime/modules/sys';
import { EventKind } from '../runtime/trace';

export function analyze(req: AnalyzeRequest): AnalysisResult {
  return analyzeRun(req).result;
}

/**
 * The analysis and the run's heap (whose trace answers later questions about the run).
 * `startup` describes a start-up other than a plain one's (an oracle's, in tests).
 */
export function analyzeRun(req: AnalyzeRequest, startup: Pick<RunOptions, 'startupFrames' | 'importFrames' | 'startupSources' | 'startupFreeListsAdded' | 'startupModules' | 'startupGcAdded' | 'stopAtLine' | 'scriptDirEntries'> = {}): { result: AnalysisResult; heap: Heap } {
  const t0 = Date.now();
  const { run: r, end } = traceRun(req.source, {
    version: req.version,
    filename: req.filename,
    stepBudget: req.stepBudget,
    timeBudgetMs: req.timeBudgetMs,
    stdio: req.stdio ?? 'terminal',
    scriptDirEntries: req.scriptDirEntries,
    ...startup,
  });
  const result: AnalysisResult = {
    runId: req.runId,
    version: req.version,
    stdout: r.stdout,
    stderr: r.stderr,
    exitCode: r.exitCode,
    outcome: r.end,
    warnings: r.warnings,
    lines: lineSummaries(r.heap, end),
    heap: end.heap,
    eventCount: r.heap.trace.length,
    refEventCount: r.heap.trace.refLength,
    traceBytes: r.heap.trace.bytesUsed,
    durationMs: Date.now() - t0,
  };
  return { result, heap: r.heap };
}

/** A name a line bound, as the script's code left its object (its allocating line is the trace's to say). */
interface EndBinding {
  /** Its sizeof is filled in after the run for a class with its own __sizeof__ (traceRun). */
  readonly binding: Omit<Binding, 'allocLine' | 'sizeof'> & { sizeof: number | null };
  readonly obj: PyObject;
  /** The object's block then (0: none). */
  readonly blockAddress: number;
}

/**
 * What the script's code left (Heap.scriptEnd), before the exit's finalization closed its
 * generators, ran __del__ and collected: what the status bar, the trace report and the
 * bindings' hovers show as the end, as the script's last sys.getallocatedblocks() saw it.
 */
export interface ScriptEndState {
  readonly heap: HeapSummary;
  /** Per line, the names it bound last before the end (a finalizer that runs the line at exit rebinds them after). */
  readonly bindings: ReadonlyArray<readonly EndBinding[] | undefined>;
}

/** The heap and the bindings now; taken where the script's code ends (onScriptEnd), or after a run that never got there. */
export function scriptEndState(heap: Heap): ScriptEndState {
  const bindings: Array<EndBinding[] | undefined> = [];
  heap.bindings.forEach((names, line) => {
    if (names === undefined) return;
    bindings[line] = [...names].map(([name, { obj, refcnt }]) => {
      const alive = obj.block !== 0 || obj.ob_refcnt > 0;
      const binding = {
        name,
        type: obj.ob_type.tp_name,
        refcnt,
        sizeof: alive ? sizeofAsIs(obj) : null,
        id: obj.id,
        alive,
        block: obj.block !== 0 ? blockPlace(heap.pymalloc, obj.block) : null,
      };
      return { binding, obj, blockAddress: obj.block };
    });
  });
  return { heap: heapSummary(heap), bindings };
}

/** sys.getsizeof without running the script's code: null for a class with its own __sizeof__. */
function sizeofAsIs(o: PyObject): number | null {
  if (sizeofOverridden(o.ob_type)) return null;
  try {
    return getsizeof(o);
  } catch {
    return null;
  }
}

/** run() with the state the script's code left captured where it ended (what the editor and `arena-lens trace` show). */
export function traceRun(source: string, options: RunOptions): { run: RunResult; end: ScriptEndState } {
  let atEnd: ScriptEndState | null = null;
  const r = run(source, {
    ...options,
    onScriptEnd: (h) => {
      atEnd = scriptEndState(h);
      options.onScriptEnd?.(h);
    },
  });
  const end: ScriptEndState = atEnd ?? scriptEndState(r.heap);
  // A class's own __sizeof__ is Python code: the script's run is over, so its size is not
  // shown (running it now would add events to the script's lines, or loop without end).
  return { run: r, end };
}

interface Acc {
  executions: number;
  allocs: number;
  frees: number;
  reallocs: number;
  allocBytes: number;
  freeBytes: number;
  reallocBytes: number;
  increfs: number;
  decrefs: number;
  reused: number;
  reusedBytes: number;
  parked: number;
  /** Size class -> [blocks, bytes requested]. */
  classes: Map<number, [number, number]>;
}

/**
 * Fold the trace into one summary per line that executed or allocated; `end` is what the
 * script's code left (traceRun), by default the heap as it is now.
 */
export function lineSummaries(heap: Heap, end?: ScriptEndState): LineSummary[] {
  return foldTrace(heap, end).filter((s) => s.line > 0);
}

/**
 * The whole trace folded per line, line 0 included (what ran before the first line: the
 * runtime's start-up and the code's constants), so the summaries add up to the trace.
 */
export function foldTrace(heap: Heap, endState: ScriptEndState = scriptEndState(heap)): LineSummary[] {
  const t = heap.trace;
  const m = heap.pymalloc;
  const threshold = m.config.smallRequestThreshold;
  const shift = Math.log2(m.config.alignment);
  const acc = new Map<number, Acc>();
  const get = (line: number): Acc => {
    let a = acc.get(line);
    if (a === undefined) {
      a = { executions: 0, allocs: 0, frees: 0, reallocs: 0, allocBytes: 0, freeBytes: 0, reallocBytes: 0, increfs: 0, decrefs: 0, reused: 0, reusedBytes: 0, parked: 0, classes: new Map() };
      acc.set(line, a);
    }
    return a;
  };
  /**
   * Live blocks: address -> [line, bytes], the line being the last that malloc'ed or
   * realloc'ed the block or made an object in it from a free list. This is tracemalloc's
   * attribution (Python/tracemalloc.c: tracemalloc_realloc, _PyTraceMalloc_NewReference),
   * so a line's live blocks are what tracemalloc's snapshot gives it.
   */
  const live = new Map<number, [number, number]>();
  const classOf = (n: number): number => (n > 0 && n <= threshold ? (n - 1) >> shift : -1);
  const given = (a: Acc, n: number): void => {
    const c = classOf(n);
    const v = a.classes.get(c);
    if (v === undefined) a.classes.set(c, [1, n]);
    else {
      v[0]++;
      v[1] += n;
    }
  };
  // Still live at the end: as the script's code left the blocks, before the finalization after it.
  const end = heap.scriptEnd?.event ?? t.length;
  const linesEnd = heap.scriptEnd?.linesEnd ?? t.length;
  let atEnd = end >= t.length ? live : null;
  for (let i = 0; i < t.length; i++) {
    if (i === end) atEnd = new Map(live);
    const kind = t.kind[i];
    const line = t.line[i];
    switch (kind) {
      case EventKind.Line:
        // size 1: control came back to the line after a call, not another execution. What runs
        // in finalization (a generator's finally at exit) is after CPython's tracing stopped.
        if (t.size[i] === 0 && i < linesEnd) get(line).executions++;
        break;
      case EventKind.Alloc: {
        const a = get(line);
        a.allocs++;
        a.allocBytes += t.size[i];
        given(a, t.size[i]);
        live.set(t.addr[i], [line, t.size[i]]);
        break;
      }
      case EventKind.Free: {
        const a = get(line);
        a.frees++;
        // The bytes the block was allocated with (what the allocator gives back).
        a.freeBytes += live.get(t.addr[i])?.[1] ?? t.size[i];
        live.delete(t.addr[i]);
        break;
      }
      case EventKind.Realloc: {
        const from = t.prev.get(i) ?? t.addr[i];
        const old = live.get(from);
        const a = get(line);
        a.reallocs++;
        a.reallocBytes += t.size[i] - (old?.[1] ?? 0);
        given(a, t.size[i]);
        live.delete(from);
        live.set(t.addr[i], [line, t.size[i]]);
        break;
      }
      case EventKind.Reuse:
      case EventKind.ReuseBlock: {
        const a = get(line);
        a.reused++;
        a.reusedBytes += t.size[i];
        // A free-list block changes hands: it holds this line's object now (a keys block stays its malloc's).
        const v = live.get(t.addr[i]);
        if (kind === EventKind.Reuse && v !== undefined) live.set(t.addr[i], [line, v[1]]);
        break;
      }
      case EventKind.Park:
        get(line).parked++;
        break;
      default:
        break;
    }
  }
  t.forEachRefLine((j, line) => {
    const a = get(line);
    if (t.refKind(j) === EventKind.Incref) a.increfs++;
    else a.decrefs++;
  });
  const liveByLine = new Map<number, [number, number]>();
  const liveAtEnd = atEnd ?? live;
  for (const [, [line, bytes]] of liveAtEnd) {
    const v = liveByLine.get(line) ?? [0, 0];
    liveByLine.set(line, [v[0] + 1, v[1] + bytes]);
  }
  const allocLineOf = (block: number): number | null => liveAtEnd.get(block)?.[0] ?? null;
  const out: LineSummary[] = [];
  for (const line of [...acc.keys()].sort((a, b) => a - b)) {
    const a = acc.get(line)!;
    const bySizeClass: SizeClassCount[] = [...a.classes.entries()]
      .sort((x, y) => x[0] - y[0])
      .map(([szidx, [count, bytes]]) => ({ szidx, blockSize: szidx < 0 ? 0 : (szidx + 1) * m.config.alignment, count, bytes }));
    const [liveBlocks, liveBytes] = liveByLine.get(line) ?? [0, 0];
    out.push({
      line,
      executions: a.executions,
      allocs: a.allocs,
      frees: a.frees,
      allocBytes: a.allocBytes,
      freeBytes: a.freeBytes,
      reallocs: a.reallocs,
      reallocBytes: a.reallocBytes,
      increfs: a.increfs,
      decrefs: a.decrefs,
      reused: a.reused,
      reusedBytes: a.reusedBytes,
      parked: a.parked,
      liveBlocks,
      liveBytes,
      bySizeClass,
      bindings: line > 0 ? (endState.bindings[line] ?? []).map((b) => ({ ...b.binding, allocLine: b.blockAddress !== 0 ? allocLineOf(b.blockAddress) : null })) : [],
    });
  }
  return out;
}

export function blockPlace(m: Obmalloc, address: number): BlockPlace | null {
  try {
    const l = m.locate(address);
    if (l.kind === 'raw') return { kind: 'raw', address, size: l.size };
    return {
      kind: 'pool',
      address,
      szidx: l.szidx,
      blockSize: l.blockSize,
      poolAddress: l.poolAddress,
      poolInArena: l.poolInArena,
      poolUsed: l.poolCount,
      poolCapacity: l.poolCapacity,
      arenaIndex: l.arenaIndex,
      arenaAddress: l.arenaAddress,
    };
  } catch {
    return null;
  }
}

export function heapSummary(heap: Heap): HeapSummary {
  const m = heap.pymalloc;
  const s = incrementalStats(m);
  const poolsInUse = s.numpools.reduce((a, p) => a + p, 0);
  return {
    arenasAllocatedTotal: s.ntimesArenaAllocated,
    arenasReclaimed: s.ntimesArenaAllocated - s.narenas,
    arenasHighwater: s.narenasHighwater,
    arenasCurrent: s.narenas,
    poolsInUse,
    bytesInAllocatedBlocks: statsBytes(m.config, s).allocatedBlocks,
    bytesReserved: s.narenas * m.config.arenaSize,
    // What sys.getallocatedblocks() returns at the end.
    allocatedBlocks: heap.allocatedBlocks(),
    arenaSize: m.config.arenaSize,
    poolSize: m.config.poolSize,
  };
}
