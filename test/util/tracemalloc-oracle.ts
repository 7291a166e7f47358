// CPython's own per-line attribution of the blocks still allocated at the end (tracemalloc, via
// test/oracle/live-blocks/sitecustomize.py), and the model's figures for the same lines, made
// comparable: the model starts as the oracle's start-up (its sitecustomize) leaves CPython.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeRun } from '../../src/analysis/analyze';
import { availableModules } from '../../src/runtime/modules';
import { compileListPeak, freeListTop, LIST_MAXFREELIST, startupDepths, TUPLE_LISTS, type StartupAdded } from '../../src/runtime/freelists';
import { EventKind } from '../../src/runtime/trace';
import type { Heap } from '../../src/runtime/heap';
import { Interpreter, oracleEnv } from './pythons';

const ROOT = join(__dirname, '..', '..', '..');
const ORACLE_DIR = join(ROOT, 'test', 'oracle', 'live-blocks');
const FRAMES_PROBE = join(ROOT, 'test', 'oracle', 'startup_frames.py');
const FREE_LISTS_PROBE = join(ROOT, 'test', 'oracle', 'startup_free_lists.py');
const UNTRACED_PROBE = join(ROOT, 'test', 'oracle', 'startup_untraced.py');
/** Lines 5-12 take a 1-tuple each (its header says why). */
const UNTRACED_TUPLE_PROBE = join(ROOT, 'test', 'oracle', 'startup_untraced_tuples.py');
const UNTRACED_TUPLE_FIRST = 5;
/** Lines 6-81 take a tuple each, four of each length from 2 to 20 (its header says why). */
const UNTRACED_TUPLES_PROBE = join(ROOT, 'test', 'oracle', 'startup_untraced_tuples_n.py');
const UNTRACED_TUPLES_FIRST = 6;
const UNTRACED_TUPLES_TAKES = 4;
const GC_PROBE = join(ROOT, 'test', 'oracle', 'startup_gc_count.py');
/** The free lists the untraced probe takes from: the model's trace tag, a size (0: any), the probe's first line. */
const UNTRACED_PROBE_TAKES: readonly (readonly [string, number, number])[] = [
  ['list', 0, 6],
  ['float', 0, 14],
];
/** 3.8's bound-method free list, probed apart (a function in the probe above would change its lists). */
const UNTRACED_METHODS_PROBE = join(ROOT, 'test', 'oracle', 'startup_untraced_methods.py');
const UNTRACED_METHODS_TAKES: readonly (readonly [string, number, number])[] = [['method', 0, 7]];
/** Objects each group of the probe takes. */
const UNTRACED_PROBE_RUN = 8;
/** The probe's lines that call a function each (its frame's size is that line's trace). */
const FRAMES_PROBE_CALLS: readonly [number, number] = [15, 24];
const FRAME_LISTS = new Set(['3.8', '3.9', '3.10']);
/** The modules whose first import runs importlib code that uses frames (3.8-3.10): a script can import gc, math and collections. */
export const IMPORT_FRAME_MODULES = ['gc', 'math', 'collections'];

/** The oracle's environment: its sitecustomize on the path. */
function oracleDirEnv(): NodeJS.ProcessEnv {
  // A cached sitecustomize (left by a run that wrote bytecode) would be loaded, not compiled,
  // which leaves other objects at start-up than the model's startupSources.
  rmSync(join(ORACLE_DIR, '__pycache__'), { recursive: true, force: true });
  return { ...oracleEnv(), PYTHONPATH: ORACLE_DIR };
}

/** line -> [blocks, bytes] */
export type Lines = Map<number, [number, number]>;

function oracleRun(interp: Interpreter, file: string, work: string): { stdout: string; status: number | null; stderr: string } {
  return spawnSync(interp.path, ['-X', 'tracemalloc=16', file], {
    encoding: 'utf8',
    timeout: 120_000,
    cwd: work,
    env: oracleDirEnv(),
    maxBuffer: 64 << 20,
  });
}

/** The script with the oracle's line appended (it takes the snapshot), and that line's number. */
function withSnapshotLine(source: string): { text: string; line: number } {
  const text = source.replace(/\n?$/, '\n');
  return { text: text + '__arena_lens_fold(__arena_lens_traces())\n', line: text.split('\n').length };
}

/** What work held when CPython ran each copy there: its path finder lists the script's directory (probes write files there later). */
const listedAtRun = new Map<string, string[]>();

/** CPython's lines for the script at file (run as a copy in work), or why there are none. */
export function cpythonLines(interp: Interpreter, file: string, work: string, source = readFileSync(file, 'utf8')): Lines | string {
  const copy = join(work, basename(file));
  writeFileSync(copy, withSnapshotLine(source).text);
  listedAtRun.set(copy, readdirSync(work));
  const r = oracleRun(interp, copy, work);
  const at = r.stdout.lastIndexOf('@@live-blocks@@');
  if (at < 0) return `exit ${r.status}: ${r.stderr.trim().split('\n').pop()}`;
  // Its own line: what finalization prints after the script (a generator's finally) follows it.
  const json = JSON.parse(r.stdout.slice(at + '@@live-blocks@@'.length).split('\n')[0]) as Record<string, [number, number]>;
  return new Map(Object.entries(json).map(([k, v]) => [Number(k), v]));
}

/** The frames probe's "line size" pairs from CPython, in call order: the frames start-up left, first taken first. */
function probeFrames(interp: Interpreter, env: NodeJS.ProcessEnv, probe = FRAMES_PROBE): [number, number][] {
  const r = spawnSync(interp.path, ['-X', 'tracemalloc=16', probe], { encoding: 'utf8', timeout: 120_000, env });
  return r.stdout.trim().split('\n').map((l) => l.split(' ').map(Number) as [number, number]).sort((x, y) => x[0] - y[0]);
}

/**
 * The frames a plain start-up leaves on the free list, or (with imported) the first import
 * of that module after it, as the first calls' lines hold them: "line:bytes" words, CPython's
 * and the model's.
 */
export function plainStartupFrames(interp: Interpreter, imported?: { name: string; work: string }): { cpython: string; model: string } {
  const probe = imported === undefined ? FRAMES_PROBE : importFramesProbe(imported.name, imported.work);
  const cpython = probeFrames(interp, oracleEnv(), probe).map(([l, b]) => `${l}:${b}`).join(' ');
  const source = readFileSync(probe, 'utf8').split('\n').slice(0, FRAMES_PROBE_CALLS[1]).join('\n') + '\n';
  const { result } = analyzeRun({ runId: 1, source, filename: probe, version: interp.version, stepBudget: 1e6, timeBudgetMs: 60_000, stdio: 'unbuffered' });
  const model = result.lines.filter((s) => s.line >= FRAMES_PROBE_CALLS[0] && s.liveBlocks > 0).map((s) => `${s.line}:${s.liveBytes}`).join(' ');
  return { cpython, model };
}

/** The frames probe with `import name` on its first line (a comment there), written into work, where the scripts run. */
function importFramesProbe(name: string, work: string): string {
  const probe = join(work, `import_frames_${name}.py`);
  const lines = readFileSync(FRAMES_PROBE, 'utf8').split('\n');
  writeFileSync(probe, [`import ${name}`, ...lines.slice(1)].join('\n'));
  return probe;
}

/** Memoizes a probe per interpreter version: each probe spawns CPython, once per run of the tests. */
function memoByVersion<A extends unknown[], T>(measure: (interp: Interpreter, ...rest: A) => T): (interp: Interpreter, ...rest: A) => T {
  const cache = new Map<string, T>();
  return (interp, ...rest) => {
    if (!cache.has(interp.version)) cache.set(interp.version, measure(interp, ...rest));
    return cache.get(interp.version)!;
  };
}

/**
 * The frame free list the oracle's start-up leaves (3.8-3.10), first taken first, measured on
 * CPython: its sitecustomize runs code, which leaves more frames there than a plain start-up,
 * and a free frame keeps its size. Undefined where frames have no free list.
 */
export const oracleStartupFrames = memoByVersion((interp: Interpreter): number[] | undefined => {
  if (!FRAME_LISTS.has(interp.version)) return undefined;
  return freeListFrames(probeFrames(interp, oracleDirEnv()));
});

/** The probe's frames up to the first call that found the free list empty: those get new frames of one size, which end the list. */
function freeListFrames(probed: [number, number][]): number[] {
  const frames = probed.map(([, b]) => b);
  const fresh = frames[frames.length - 1];
  while (frames.length > 0 && frames[frames.length - 1] === fresh) frames.pop();
  return frames;
}

/**
 * The frame free list (3.8-3.10) a script's first `import gc` or `import math` leaves after the
 * oracle's start-up, first taken first, measured on CPython: the frames probe with the import
 * on its first line (a comment there), run from work as the scripts are. importlib's Python
 * code takes frames and gives some back resized (3.10, math: 512/488/432 where start-up left
 * 488/440/432/512/488/432).
 */
export const oracleImportFrames = memoByVersion((interp: Interpreter, work: string): Record<string, number[]> | undefined => {
  if (!FRAME_LISTS.has(interp.version)) return undefined;
  const out: Record<string, number[]> = {};
  for (const name of IMPORT_FRAME_MODULES) out[name] = freeListFrames(probeFrames(interp, oracleDirEnv(), importFramesProbe(name, work)));
  return out;
});

/**
 * What a probe printing `count` integers prints after the oracle's start-up (its sitecustomize,
 * tracing on) less what it prints after a plain one, item by item.
 */
function oracleMinusPlain(interp: Interpreter, probe: string, count: number): number[] {
  const counts = (env: NodeJS.ProcessEnv, tracing: boolean): number[] => {
    const r = spawnSync(interp.path, [...(tracing ? ['-X', 'tracemalloc=16'] : []), probe], { encoding: 'utf8', timeout: 120_000, env });
    const got = r.stdout.trim().split(' ').map(Number);
    if (got.length !== count || got.some((n) => !Number.isInteger(n))) throw new Error(`the probe ${basename(probe)} failed on ${interp.full}: ${r.stderr.trim().split('\n').pop()}`);
    return got;
  };
  const plain = counts(oracleEnv(), false);
  return counts(oracleDirEnv(), true).map((n, i) => n - plain[i]);
}

/**
 * The dicts, keys objects, lists and floats the oracle's start-up leaves on their free lists
 * beyond what a plain start-up leaves (which the model starts with), measured on CPython:
 * importing the sitecustomize frees dicts and lists (3.12: 5 dicts, 75 keys objects and 3
 * lists more; 3.11 leaves 2 lists fewer).
 */
export const oracleStartupAdded = memoByVersion((interp: Interpreter): StartupAdded => {
  const [dict, dictKeys, list, float] = oracleMinusPlain(interp, FREE_LISTS_PROBE, 4);
  return { dict, dictKeys, list, float };
});

/**
 * What the oracle's start-up adds to the collector's counts at a script's first line beyond
 * a plain start-up's (which the model starts with), measured on CPython: 3.13's sitecustomize
 * and tracemalloc leave 1140 more in the youngest generation.
 */
export const oracleStartupGc = memoByVersion((interp: Interpreter): [number, number, number] => {
  const [g0, g1, g2] = oracleMinusPlain(interp, GC_PROBE, 3);
  return [g0, g1, g2];
});

/**
 * The modules the script could import that the oracle's start-up has already imported
 * beyond sys and builtins, measured on CPython: a .pth file in this machine's site-packages
 * imports certifi, which imports math on 3.11, so the script's `import math` finds it loaded.
 */
export const oracleStartupModules = memoByVersion((interp: Interpreter): string[] => {
  const r = spawnSync(interp.path, ['-X', 'tracemalloc=16', '-c', 'import sys; print(" ".join(sys.modules))'], {
    encoding: 'utf8',
    timeout: 120_000,
    env: oracleDirEnv(),
  });
  if (r.status !== 0) throw new Error(`the modules probe failed on ${interp.full}: ${r.stderr.trim().split('\n').pop()}`);
  const loaded = new Set(r.stdout.trim().split(' '));
  return availableModules().filter((m) => m !== 'sys' && m !== 'builtins' && loaded.has(m));
});

/**
 * Which of the objects the oracle's start-up leaves on the list, float and (3.8) bound-method
 * free lists have no trace, by the order a script takes them (1 first), keyed "tag:size",
 * measured on CPython: start-up frees onto these lists objects it made before tracing began
 * (pylifecycle.c init_interp_main starts tracemalloc after importlib is set up: floats on
 * 3.8-3.10 and the first seven methods on 3.8, lists and floats from 3.12, none on 3.11), and
 * _PyTraceMalloc_NewReference re-tags only a block that has a trace, so such an object stays
 * untraced on the line that reuses it.
 */
export const oracleUntraced = memoByVersion((interp: Interpreter, work: string): Map<string, Set<number>> => {
  const found = new Map<string, Set<number>>();
  for (const [probe, takes] of [
    [UNTRACED_PROBE, UNTRACED_PROBE_TAKES],
    [UNTRACED_METHODS_PROBE, UNTRACED_METHODS_TAKES],
  ] as const) {
    const lines = cpythonLines(interp, probe, work);
    if (typeof lines === 'string') throw new Error(`the untraced probe ${basename(probe)} failed on ${interp.full}: ${lines}`);
    for (const [tag, size, first] of takes) {
      const at = new Set<number>();
      for (let n = 1; n <= UNTRACED_PROBE_RUN; n++) if ((lines.get(first + n - 1)?.[0] ?? 0) === 0) at.add(n);
      found.set(`${tag}:${size}`, at);
    }
  }
  return found;
});

/**
 * The depth on the 1-tuple free list, before the script is compiled, of the 1-tuple start-up
 * made before tracing began and freed after (the 3rd on 3.8-3.12, the 2nd on 3.13), measured
 * on CPython: the probe's first line that takes one and gets no trace, and the depth the
 * model's run of the probe gives the block that line takes. The position a script takes it at
 * is the compiler's doing: the tuples compiling takes off the list and frees back onto it
 * (const-cache.ts tupleTemporaries). Null where start-up leaves none.
 */
export const oracleUntracedTuple = memoByVersion((interp: Interpreter, work: string): number | null => {
  const lines = cpythonLines(interp, UNTRACED_TUPLE_PROBE, work);
  if (typeof lines === 'string') throw new Error(`the untraced tuple probe failed on ${interp.full}: ${lines}`);
  let take = 0;
  for (let n = 1; n <= UNTRACED_PROBE_RUN && take === 0; n++) if ((lines.get(UNTRACED_TUPLE_FIRST + n - 1)?.[0] ?? 0) === 0) take = n;
  let depth: number | null = null;
  if (take > 0) {
    const { heap } = modelRun(interp, UNTRACED_TUPLE_PROBE, work);
    const depths = startupDepths(TUPLE_LISTS[1]);
    const t = heap.trace;
    let started = false;
    for (let i = 0, n = 0; i < t.length && depth === null; i++) {
      if (t.kind[i] === EventKind.Line) started = true;
      else if (started && t.kind[i] === EventKind.Reuse && t.tags[t.tag[i]] === 'tuple' && ++n === take) depth = depths?.get(t.addr[i]) ?? null;
    }
    if (depth === null) throw new Error(`the model's run of the untraced tuple probe on ${interp.version} has no start-up tuple at take ${take}`);
  }
  return depth;
});

/**
 * For the tuples of lengths 2-20, the depths on their free lists, before the script is
 * compiled, of the tuples start-up made before tracing began and freed after (3.8-3.10: the
 * top 5-tuple and 10-tuple, the top three 19-tuples, ...), measured as oracleUntracedTuple
 * measures the 1-tuple's: the probe's lines CPython gives no block, and the depth the model's
 * run of the probe gives the block each of them takes.
 */
export const oracleUntracedTupleDepths = memoByVersion((interp: Interpreter, work: string): Map<number, Set<number>> => {
  const lines = cpythonLines(interp, UNTRACED_TUPLES_PROBE, work);
  if (typeof lines === 'string') throw new Error(`the untraced tuples probe failed on ${interp.full}: ${lines}`);
  const untracedAt = new Map<number, number>();
  for (let len = 2; len <= 20; len++) {
    for (let n = 0; n < UNTRACED_TUPLES_TAKES; n++) {
      const line = UNTRACED_TUPLES_FIRST + (len - 2) * UNTRACED_TUPLES_TAKES + n;
      if ((lines.get(line)?.[0] ?? 0) === 0) untracedAt.set(line, len);
    }
  }
  const found = new Map<number, Set<number>>();
  if (untracedAt.size > 0) {
    const { heap } = modelRun(interp, UNTRACED_TUPLES_PROBE, work);
    const t = heap.trace;
    for (let i = 0; i < t.length; i++) {
      const len = untracedAt.get(t.line[i]);
      if (len === undefined || t.kind[i] !== EventKind.Reuse || t.tags[t.tag[i]] !== 'tuple') continue;
      const depth = startupDepths(TUPLE_LISTS[len])?.get(t.addr[i]);
      if (depth === undefined) continue;
      if (!found.has(len)) found.set(len, new Set());
      found.get(len)!.add(depth);
    }
  }
  return found;
});

/**
 * The model's blocks CPython has no trace of: objects taken off a start-up free list at the
 * positions untraced gives, or in the blocks of fixed (taken any time), as long as their block
 * is not given back to pymalloc (a free-list round trip keeps it untraced). Block -> [line the
 * model gives it, bytes].
 */
function untracedBlocks(heap: Heap, untraced: Map<string, Set<number>>, fixed: ReadonlySet<number>): Map<number, [number, number]> {
  const t = heap.trace;
  const keyOf = (i: number): string => {
    const tag = t.tags[t.tag[i]];
    return untraced.has(`${tag}:0`) ? `${tag}:0` : `${tag}:${t.size[i]}`;
  };
  // A block the script reuses before anything else happens to it was on a list at the start.
  const touched = new Set<number>();
  const taken = new Map<string, number>();
  const out = new Map<number, [number, number]>();
  let started = false;
  // The oracle's snapshot is taken where the script ends, before the interpreter's finalization.
  const end = heap.scriptEnd?.event ?? t.length;
  for (let i = 0; i < end; i++) {
    const k = t.kind[i];
    const a = t.addr[i];
    if (k === EventKind.Line) started = true;
    if (!started) {
      // The parser's floats took the float list's first ones before the script ran (parserFloats).
      const key = k === EventKind.ReuseBlock ? keyOf(i) : '';
      if (untraced.has(key)) taken.set(key, (taken.get(key) ?? 0) + 1);
      continue;
    }
    if (k === EventKind.Line) continue;
    if (k === EventKind.Reuse && fixed.has(a) && !touched.has(a)) out.set(a, [t.line[i], t.size[i]]);
    else if (k === EventKind.Reuse && !touched.has(a)) {
      const key = keyOf(i);
      const at = untraced.get(key);
      if (at !== undefined) {
        const n = (taken.get(key) ?? 0) + 1;
        taken.set(key, n);
        if (at.has(n)) out.set(a, [t.line[i], t.size[i]]);
      }
    } else if (k === EventKind.Reuse && out.has(a)) out.set(a, [t.line[i], t.size[i]]);
    else if (k === EventKind.Free || k === EventKind.Realloc) out.delete(a);
    touched.add(a);
  }
  return out;
}

/**
 * The model's run of file as the oracle's start-up leaves things, compiled with the oracle's
 * snapshot line (its names are in the module's co_names, which takes a tuple of that length)
 * and ended where that line begins.
 */
function modelRun(interp: Interpreter, file: string, work: string): ReturnType<typeof analyzeRun> {
  const { text, line } = withSnapshotLine(readFileSync(file, 'utf8'));
  const req = { runId: 1, source: text, filename: file, version: interp.version, stepBudget: 1e8, timeBudgetMs: 60_000, stdio: 'unbuffered' } as const;
  // The oracle's sitecustomize is compiled at start-up (PYTHONDONTWRITEBYTECODE: no .pyc).
  const startupSources = [readFileSync(join(ORACLE_DIR, 'sitecustomize.py'), 'utf8')];
  const startupFreeListsAdded = oracleStartupAdded(interp);
  const startupModules = oracleStartupModules(interp);
  const startupGcAdded = oracleStartupGc(interp);
  const scriptDirEntries = listedAtRun.get(join(work, basename(file))) ?? readdirSync(work);
  const importFrames = oracleImportFrames(interp, work);
  return analyzeRun(req, { startupFrames: oracleStartupFrames(interp), importFrames, startupSources, startupFreeListsAdded, startupModules, startupGcAdded, stopAtLine: line, scriptDirEntries });
}

/**
 * untraced less start-up's lists that compiling this run's script freed for good: compiling
 * takes them off the list first and gives them back last, so where its lists overflow the
 * list's 80, they go back to pymalloc and the script's takes find traced blocks. Measured on
 * 3.12 and 3.13 with scripts of 35-38 functions (some declaring a global) before the probe's
 * takes: the list a script takes k-th stays untraced while the model's compile peak (compileListPeak)
 * plus k is at most 82 (peaks 80, 81 and 82 keep 2, 1 and none).
 */
function afterCompiling(untraced: Map<string, Set<number>>): Map<string, Set<number>> {
  const lists = untraced.get('list:0');
  if (lists === undefined) return untraced;
  const peak = compileListPeak();
  return new Map([...untraced, ['list:0', new Set([...lists].filter((k) => peak + k <= LIST_MAXFREELIST + 2))]]);
}

/** The model's lines for file, as the oracle would see the run: less the list the snapshot itself takes. */
export function modelLines(interp: Interpreter, file: string, work: string): Lines | string {
  const tupleDepth = oracleUntracedTuple(interp, work);
  const lengthDepths = oracleUntracedTupleDepths(interp, work);
  const { result, heap } = modelRun(interp, file, work);
  // An uncaught exception ends the script where the oracle's excepthook takes its snapshot.
  if (result.exitCode !== 0 && result.outcome.kind !== 'exception') return `exit ${result.exitCode}`;
  const fixed = new Set<number>();
  for (const [block, depth] of startupDepths(TUPLE_LISTS[1]) ?? []) if (depth === tupleDepth) fixed.add(block);
  for (const [len, depths] of lengthDepths) {
    for (const [block, depth] of startupDepths(TUPLE_LISTS[len]) ?? []) if (depths.has(depth)) fixed.add(block);
  }
  const lines: Lines = new Map(result.lines.map((s) => [s.line, [s.liveBlocks, s.liveBytes]]));
  const less = (line: number, bytes: number): void => {
    const v = lines.get(line);
    if (v !== undefined) lines.set(line, [v[0] - 1, v[1] - bytes]);
  };
  const untraced = untracedBlocks(heap, afterCompiling(oracleUntraced(interp, work)), fixed);
  for (const [line, bytes] of untraced.values()) less(line, bytes);
  // The snapshot itself makes a list first (_tracemalloc__get_traces_impl: PyList_New(0)),
  // which takes the list free list's top block to the appended line. A script ended by an
  // exception is snapshot by the oracle's sys.excepthook, a Python function: up to 3.10 its
  // frame comes off the frame free list first (it has no zombie frame yet).
  const takenFirst = ['list'];
  if (result.outcome.kind === 'exception' && Number(interp.version.split('.')[1]) <= 10) takenFirst.push('frame');
  for (const list of takenFirst) {
    const top = heap.scriptEnd?.freeListTops.get(list) ?? (list === 'list' ? freeListTop('list') : 0);
    if (top === 0 || untraced.has(top)) continue;
    const t = heap.trace;
    for (let i = (heap.scriptEnd?.event ?? t.length) - 1; i >= 0; i--) {
      const k = t.kind[i];
      if (t.addr[i] !== top || (k !== EventKind.Alloc && k !== EventKind.Realloc && k !== EventKind.Reuse)) continue;
      less(t.line[i], t.size[i]);
      break;
    }
  }
  return lines;
}
