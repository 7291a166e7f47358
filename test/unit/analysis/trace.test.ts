// The trace against the allocator itself: each line's summary counts exactly the calls the
// pymalloc model received while that line ran (watched here by wrapping the model, not by
// reading the trace), and replaying the trace to any event gives the allocator of that moment.
import * as assert from 'node:assert/strict';
import { foldTrace } from '../../../src/analysis/analyze';
import { Replay } from '../../../src/analysis/replay';
import { checkInvariants, incrementalStats, Obmalloc } from '../../../src/obmalloc';
import { Heap } from '../../../src/runtime/heap';
import { run, RunResult } from '../../../src/runtime/interpreter';
import { R } from '../../../src/runtime/state';
import { EventKind, Trace } from '../../../src/runtime/trace';
import type { VersionId } from '../../../src/profiles';

/** Scripts with loops, calls from other lines, generators, reallocs, cycles and big blocks. */
export const SCRIPTS: Record<string, string> = {
  loops: [
    'keep = []',
    'for i in range(3000):',
    '    t = (i, i * 2.5, str(i))',
    '    if i % 7 == 0:',
    '        keep.append(t)',
    'big = [0] * 1000',
    'del big',
    'd = {}',
    'for i in range(500):',
    '    d[i] = [i]',
    '',
  ].join('\n'),
  calls: [
    'def pair(n):',
    '    return (n, [n] * 3)',
    '',
    'def gen(n):',
    '    for i in range(n):',
    '        yield str(i) * 2',
    '',
    'xs = [pair(i) for i in range(200)]',
    'ys = list(gen(300))',
    'zs = sorted(ys, key=lambda s: (len(s), s))',
    'print(len(xs), len(ys), zs[-1])',
    '',
  ].join('\n'),
  classes: [
    'class Node:',
    '    def __init__(self, v):',
    '        self.v = v',
    '        self.next = None',
    '',
    'head = None',
    'for i in range(400):',
    '    n = Node(i)',
    '    n.next = head',
    '    head = n',
    'a = Node(1)',
    'b = Node(2)',
    'a.next = b',
    'b.next = a',
    'del a, b',
    'import gc',
    'gc.collect()',
    'head = None',
    '',
  ].join('\n'),
  strings: [
    'words = []',
    'for i in range(2000):',
    '    words.append("w" + str(i % 50))',
    'text = " ".join(words)',
    'counts = {}',
    'for w in text.split():',
    '    counts[w] = counts.get(w, 0) + 1',
    'blob = "x" * 100000',
    'blob = blob + "y"',
    'print(len(counts), len(blob))',
    '',
  ].join('\n'),
};

interface Seen {
  allocs: number;
  frees: number;
  reallocs: number;
  allocBytes: number;
  freeBytes: number;
  reallocBytes: number;
  increfs: number;
  decrefs: number;
  executions: number;
  liveBlocks: number;
  liveBytes: number;
}

/** Run a script with the allocator's and the heap's entry points wrapped, counting per executing line. */
function watched(source: string, version: VersionId): { r: RunResult; seen: Map<number, Seen> } {
  const seen = new Map<number, Seen>();
  const at = (): Seen => {
    const line = R.heap.line;
    let s = seen.get(line);
    if (s === undefined) {
      s = { allocs: 0, frees: 0, reallocs: 0, allocBytes: 0, freeBytes: 0, reallocBytes: 0, increfs: 0, decrefs: 0, executions: 0, liveBlocks: 0, liveBytes: 0 };
      seen.set(line, s);
    }
    return s;
  };
  const live = new Map<number, [number, number]>();
  const O = Obmalloc.prototype;
  const H = Heap.prototype;
  const orig = { malloc: O.malloc, free: O.free, realloc: O.realloc, incref: H.incref, decref: H.decref, enterLine: H.enterLine };
  let inRealloc = false;
  O.malloc = function (this: Obmalloc, n: number): number {
    const p = orig.malloc.call(this, n);
    if (!inRealloc) {
      const s = at();
      s.allocs++;
      s.allocBytes += n;
      live.set(p, [R.heap.line, n]);
    }
    return p;
  };
  O.free = function (this: Obmalloc, p: number): void {
    orig.free.call(this, p);
    if (!inRealloc) {
      const s = at();
      s.frees++;
      s.freeBytes += live.get(p)![1];
      live.delete(p);
    }
  };
  O.realloc = function (this: Obmalloc, p: number, n: number): number {
    inRealloc = true;
    let q: number;
    try {
      q = orig.realloc.call(this, p, n);
    } finally {
      inRealloc = false;
    }
    const s = at();
    const old = live.get(p)!;
    s.reallocs++;
    s.reallocBytes += n - old[1];
    live.delete(p);
    // tracemalloc gives a realloc'ed block to the line that realloc'ed it.
    live.set(q, [R.heap.line, n]);
    return q;
  };
  // An object made in a free list's block makes no allocator call: only the trace tells it,
  // and tracemalloc then gives the block to that line (_PyTraceMalloc_NewReference).
  const T = Trace.prototype;
  const origPush = T.push;
  T.push = function (this: Trace, kind: EventKind, line: number, addr: number, size: number, tag: number): void {
    origPush.call(this, kind, line, addr, size, tag);
    const v = kind === EventKind.Reuse ? live.get(addr) : undefined;
    if (v !== undefined) v[0] = line;
  };
  H.incref = function (this: Heap, o) {
    at().increfs++;
    orig.incref.call(this, o);
  };
  H.decref = function (this: Heap, o) {
    at().decrefs++;
    orig.decref.call(this, o);
  };
  // What is live where the script's code ended (the summaries' "still live at the end").
  let atEnd: Map<number, [number, number]> | null = null;
  H.enterLine = function (this: Heap, line: number) {
    orig.enterLine.call(this, line);
    // A line run in finalization, after the script's end, is not one of its executions.
    if (atEnd === null) at().executions++;
  };
  let r: RunResult;
  try {
    r = run(source, { version, onScriptEnd: () => (atEnd = new Map([...live].map(([p, v]) => [p, [v[0], v[1]]]))) });
  } finally {
    Object.assign(O, { malloc: orig.malloc, free: orig.free, realloc: orig.realloc });
    Object.assign(H, { incref: orig.incref, decref: orig.decref, enterLine: orig.enterLine });
    T.push = origPush;
  }
  for (const [, [line, n]] of atEnd ?? live) {
    const s = seen.get(line)!;
    s.liveBlocks++;
    s.liveBytes += n;
  }
  return { r, seen };
}

/** Everything the allocator model holds (arenas, pools, free lists, usedpools, raw blocks), as plain data. */
function allocatorState(m: Obmalloc): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m)) {
    if (ArrayBuffer.isView(v)) out[k] = Array.from(v as unknown as ArrayLike<number>);
    else if (typeof v === 'number') out[k] = v;
  }
  out.raw = m.raw.blocks();
  out.arenaMapMid = [...m.arenaMapMid].sort((a, b) => a - b);
  out.arenaMapBot = [...m.arenaMapBot].sort((a, b) => a - b);
  return out;
}

describe('the run trace', () => {
  for (const [name, source] of Object.entries(SCRIPTS)) {
    for (const version of ['3.8', '3.11', '3.13'] as const) {
      it(`gives each line of '${name}' exactly the allocator calls and refcount changes made while it ran (${version})`, () => {
        const { r, seen } = watched(source, version);
        assert.equal(r.exitCode, 0, r.stderr);
        const summaries = foldTrace(r.heap);
        assert.deepEqual(
          summaries.map((s) => s.line),
          [...seen.keys()].sort((a, b) => a - b),
        );
        for (const s of summaries) {
          const w = seen.get(s.line)!;
          const { allocs, frees, reallocs, allocBytes, freeBytes, reallocBytes, increfs, decrefs, executions, liveBlocks, liveBytes } = s;
          assert.deepEqual(
            { allocs, frees, reallocs, allocBytes, freeBytes, reallocBytes, increfs, decrefs, executions, liveBlocks, liveBytes },
            w,
            `line ${s.line}`,
          );
          const classBlocks = s.bySizeClass.reduce((n, c) => n + c.count, 0);
          const classBytes = s.bySizeClass.reduce((n, c) => n + c.bytes, 0);
          assert.equal(classBlocks, allocs + reallocs, `line ${s.line}: blocks by size class`);
          assert.ok(classBytes >= allocBytes, `line ${s.line}: bytes by size class`);
        }
      });
    }
  }

  it('attributes what a function does to the line executing in the function, not the caller', () => {
    // Sets and long strings: types without a free list, so each is one pymalloc call.
    const src = ['def f(n):', '    return {n, n + 1000}', '', 'def g(n):', '    yield str(n) * 30', '', 'x = f(5000)', 'y = next(g(1))', ''].join('\n');
    const r = run(src, { version: '3.11' });
    const s = foldTrace(r.heap);
    const line = (n: number) => s.find((x) => x.line === n)!;
    // The set and the int n + 1000 are made by line 2, which ran in f, called from line 7.
    assert.deepEqual([line(2).allocs, line(2).liveBlocks], [2, 2]);
    assert.deepEqual([line(7).allocs, line(7).liveBlocks], [0, 0]);
    // The resumed generator's strings are line 5's (str(1), a new object as in CPython, and
    // the 30-character one that stays), and so is str's argument tuple, back on its free list
    // (tracemalloc gives CPython 3.11's line 5 the same two blocks); line 8 made the generator.
    // Dropping the suspended generator closes it (_PyGen_Finalize): GeneratorExit leaves its
    // frame at the yield, whose frame object and traceback entry are line 5's too, and go.
    assert.deepEqual([line(5).allocs, line(5).liveBlocks], [4, 2]);
    assert.ok(line(8).bySizeClass.every((c) => c.blockSize !== 80), 'no 30-character string on line 8');
  });

  it('records every reference-count change with the object, its count after and its place among the allocator events', () => {
    const r = run('a = [1.5]\nb = a\nc = a\ndel b\n', { version: '3.11' });
    const t: Trace = r.heap.trace;
    const list = r.heap.bindings[1]!.get('a')!.obj;
    const last = new Map<number, number>();
    let increfs = 0;
    let decrefs = 0;
    for (let j = 0; j < t.refLength; j++) {
      if (t.refId(j) !== list.id) continue;
      last.set(t.refLine(j), t.refCountAfter(j));
      if (t.refKind(j) === EventKind.Incref) increfs++;
      else decrefs++;
    }
    // The count after each line is what sys.getrefcount(a) - 1 says after it in CPython.
    assert.deepEqual([...last], [
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 2],
    ]);
    assert.equal(increfs - decrefs, list.ob_refcnt - 1);
    for (let j = 1; j < t.refLength; j++) assert.ok(t.refAt(j) >= t.refAt(j - 1));
  });

  it('reads the same when written into the columns of a released trace as into fresh ones', () => {
    // Big enough for the main columns to grow past the pool's smallest column and fill several refcount chunks.
    const source = 'xs = []\nfor i in range(40000):\n    xs.append((i, str(i)))\n    if i % 3 == 0:\n        xs.pop()\n';
    const summary = (r: RunResult) => {
      const t = r.heap.trace;
      const refs: number[] = [];
      for (let j = 0; j < t.refLength; j += 97) refs.push(t.refId(j), t.refCountAfter(j), t.refKind(j), t.refAt(j));
      return { fold: foldTrace(r.heap), refs, events: t.eventCount, snapshot: new Replay(t, r.heap.profile.obmalloc).snapshot(Math.floor(t.length / 2)) };
    };
    // A run's counts depend on what earlier runs in the process left (types outlive runs): compare two runs after a first.
    run(source, { version: '3.11' });
    const first = run(source, { version: '3.11' });
    const fresh = summary(first);
    assert.ok(first.heap.trace.refLength > 3 * 65536, 'several refcount chunks');
    first.heap.trace.release();
    assert.equal(first.heap.trace.eventCount, 0, 'a released trace reads as empty');
    const again = run(source, { version: '3.11' });
    assert.deepEqual(summary(again), fresh);
    again.heap.trace.release();
  });

  for (const version of ['3.8', '3.11', '3.13'] as const) {
    it(`replays to any event index the allocator state the run had at that event (${version})`, () => {
      const source = SCRIPTS.loops + SCRIPTS.classes;
      // Note the live allocator as each chosen event is recorded.
      const probe = run(source, { version });
      const n = probe.heap.trace.length;
      const ks = [0, 1, 57, Math.floor(n / 3), Math.floor(n / 2) + 11, n - 1, n];
      const live = new Map<number, Record<string, unknown>>();
      const push = Trace.prototype.push;
      Trace.prototype.push = function (this: Trace, ...args: Parameters<Trace['push']>) {
        push.apply(this, args);
        if (ks.includes(this.length) && this === R.heap.trace) {
          checkInvariants(R.heap.pymalloc);
          live.set(this.length, allocatorState(R.heap.pymalloc));
        }
      };
      let r: RunResult;
      try {
        r = run(source, { version });
      } finally {
        Trace.prototype.push = push;
      }
      assert.equal(r.heap.trace.length, n, 'the run is deterministic');
      live.set(0, allocatorState(new Obmalloc(r.heap.profile.obmalloc)));
      const replay = new Replay(r.heap.trace, r.heap.profile.obmalloc);
      for (const k of ks) {
        const m = replay.stateAt(k);
        checkInvariants(m);
        assert.deepEqual(allocatorState(m), live.get(k), `event ${k}`);
      }
      assert.deepEqual(incrementalStats(replay.stateAt(n)), incrementalStats(r.heap.pymalloc));
    });
  }
});
