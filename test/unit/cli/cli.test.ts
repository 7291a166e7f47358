// The command line as a user runs it (the built dist/cli.js): `trace --json` carries the
// in-process analysis, `stats` prints what sys._debugmallocstats() prints at the script's
// end, and bad input is refused with a message and exit status 2.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, traceRun } from '../../../src/analysis/analyze';
import { traceReport } from '../../../src/analysis/report';
import { parseDebugMallocStats } from '../../../src/obmalloc';
import { findInterpreters, oracleEnv, runPython } from '../../util/pythons';

const CLI = join(__dirname, '..', '..', '..', '..', 'dist', 'cli.js');

const SCRIPT = [
  'import sys',
  'def build(n):',
  '    return [str(i) * 2 for i in range(n)]',
  'rows = [build(k) for k in range(60)]',
  'index = {r[0] if r else "": len(r) for r in rows}',
  'del rows[::2]',
  'print(len(rows), len(index))',
  // The reference run below calls this: its script then has the same names and constants, so
  // compiling it leaves the same tuples on the free lists.
  'report = sys._debugmallocstats',
  '',
].join('\n');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: oracleEnv() });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the arena-lens command line', () => {
  let dir: string;
  let file: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'arena-lens-cli-'));
    file = join(dir, 'script.py');
    writeFileSync(file, SCRIPT);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('trace --json writes the per-line summaries, totals, trace size and final heap of the in-process run', () => {
    const o = cli('trace', file, '--python', '3.12', '--json');
    assert.equal(o.status, 0, o.stderr);
    const got = JSON.parse(o.stdout);
    const want = JSON.parse(JSON.stringify(traceReport(file, '3.12', traceRun(SCRIPT, { version: '3.12', filename: file }))));
    assert.deepEqual(Object.keys(got).sort(), ['exitCode', 'file', 'format', 'heap', 'lines', 'outcome', 'setup', 'stderr', 'stdout', 'totals', 'trace', 'version']);
    assert.deepEqual(got, want);
    assert.equal(got.version, '3.12');
    assert.equal(got.stdout, '30 2\n');
    // Line 3 ran in build, called from line 4: its strings are attributed to it, 60 calls' worth.
    const l3 = got.lines.find((s: { line: number }) => s.line === 3);
    assert.ok(l3.allocs >= 1770, `line 3 allocs ${l3.allocs}`);
    const t = got.trace;
    assert.equal(t.events, t.allocatorEvents + t.refcountEvents);
    assert.equal(t.bytes, t.allocatorEvents * t.bytesPerAllocatorEvent + t.refcountEvents * t.bytesPerRefcountEvent + t.objectRows * t.bytesPerObjectRow);
    assert.ok(t.objectRows > 0 && t.objectRows <= t.refcountEvents);
    const sum = (k: string): number => [got.setup, ...got.lines].reduce((n, s) => n + s[k], 0);
    for (const k of ['allocs', 'frees', 'reallocs', 'increfs', 'decrefs', 'liveBlocks', 'liveBytes', 'executions']) assert.equal(got.totals[k], sum(k), k);
  });

  // A generator suspended at exit: closing it frees its list after the script's code ended.
  const SUSPENDED = [
    'import sys',
    // The reference run below calls it (see SCRIPT).
    'report = sys._debugmallocstats',
    // Fill the free lists (tuples, lists, dicts, 3.8-3.10's frames) the script takes from: what
    // CPython's start-up left on them varies with the script's path, the model starts from one state.
    'keep = [[(i, -i) for i in range(2500)], [[i] for i in range(300)], [{} for i in range(300)]]',
    'keep.clear()',
    'def deep(n):',
    '    return n and deep(n - 1)',
    'deep(250)',
    'def gen():',
    '    data = [[1], [2], [3]]',
    '    try:',
    '        yield data',
    '    finally:',
    '        print("closed")',
    // Everything counted below once before the count: 3.11's type attribute cache, placed by
    // address, may otherwise drop a start-up string in between, a block fewer on some runs.
    'warm = gen()',
    'next(warm)',
    'print(f"blocks {sys.getallocatedblocks() - 0}")',
    'start = sys.getallocatedblocks()',
    'it = gen()',
    'next(it)',
    // Strs of several characters: a one-character one would leave its bytes object cached (after the count).
    'print(f"blocks {sys.getallocatedblocks() - start} {start}")',
    '',
  ].join('\n');

  for (const interp of findInterpreters().found.filter((i) => ['3.8', '3.11', '3.13'].includes(i.version))) {
    it(`trace --json gives the heap the script's last sys.getallocatedblocks() saw, as CPython ${interp.full} counts it, not what closing a generator at exit left`, () => {
      const gen = join(dir, 'suspended.py');
      writeFileSync(gen, SUSPENDED);
      const [, real, closed, closedToo] = runPython(interp, [gen]).trim().split('\n');
      assert.deepEqual([closed, closedToo], ['closed', 'closed']);
      const realDelta = Number(real.split(' ')[1]);
      const o = cli('trace', gen, '--python', interp.version, '--json');
      assert.equal(o.status, 0, o.stderr);
      const got = JSON.parse(o.stdout);
      const [, delta, start] = got.stdout.trim().split('\n')[1].split(' ').map(Number);
      assert.equal(delta, realDelta);
      assert.equal(got.heap.allocatedBlocks - start, realDelta);
      // The status bar's summary is the same one.
      const status = analyze({ runId: 1, source: SUSPENDED, filename: gen, version: interp.version, stepBudget: 1e7, timeBudgetMs: 10000, stdio: 'unbuffered' });
      assert.deepEqual(got.heap, JSON.parse(JSON.stringify(status.heap)));
      // stats reports the same end: what the script's own last sys._debugmallocstats() prints.
      const stats = cli('stats', gen, '--python', interp.version);
      const ref = join(dir, 'suspende2.py');
      writeFileSync(ref, `${SUSPENDED}report()\n`);
      assert.equal(stats.stderr, cli('run', ref, '--python', interp.version).stderr);
    });
  }

  it('trace without --json prints a table with one row per line and the totals', () => {
    const o = cli('trace', file, '--python', '3.11');
    assert.equal(o.status, 0, o.stderr);
    const rows = o.stdout.split('\n');
    assert.match(rows[0], /^ *line +runs +allocs/);
    assert.ok(rows.some((r) => /^ +3 +\d+ +\d+/.test(r) && r.includes('return [str(i) * 2')));
    assert.ok(rows.some((r) => r.startsWith('total')));
    assert.match(o.stdout, /trace: \d+ events \(\d+ allocator × 25 B, \d+ refcount × 8 B, \d+ objects × 8 B\)/);
  });

  for (const version of ['3.8', '3.11', '3.13']) {
    it(`stats prints the script's output, then on stderr what sys._debugmallocstats() prints at the script's end (${version})`, () => {
      const o = cli('stats', file, '--python', version);
      assert.equal(o.status, 0, o.stderr);
      assert.equal(o.stdout, '30 2\n');
      // A name as long as script.py: __main__'s __file__ is a str whose length shows in the heap.
      const inScript = join(dir, `${`in${version.replace('.', '')}`.padEnd(6, '_')}.py`);
      writeFileSync(inScript, SCRIPT + 'report()\n');
      const ref = cli('run', inScript, '--python', version);
      assert.equal(ref.status, 0, ref.stderr);
      assert.equal(o.stderr, ref.stderr);
      const s = parseDebugMallocStats(o.stderr);
      assert.ok(s.narenas >= 1 && s.numblocks.some((n) => n > 0));
    });
  }

  it('refuses a missing file and an unknown --python with a message and exit status 2', () => {
    const missing = cli('trace', join(dir, 'nope.py'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^arena-lens: cannot read '.*nope\.py': no such file\n$/);
    const bad = cli('stats', file, '--python', '3.7');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--python takes one of .*3\.11.*, not '3\.7'/);
    const opt = cli('stats', file, '--json');
    assert.equal(opt.status, 2);
    assert.match(opt.stderr, /unknown option '--json'/);
  });

  it('runs as the package bin itself (`npx arena-lens`), the build having made it executable', () => {
    assert.ok((statSync(CLI).mode & 0o111) !== 0, 'dist/cli.js is not executable');
    const o = spawnSync(CLI, ['--help'], { encoding: 'utf8' });
    assert.equal(o.status, 0, o.stderr);
    assert.match(o.stdout, /run FILE/);
  });

  it('documents trace and stats in --help', () => {
    const o = cli('--help');
    assert.equal(o.status, 0);
    assert.match(o.stdout, /trace FILE \[--python X\.Y\] \[--json\]/);
    assert.match(o.stdout, /stats FILE \[--python X\.Y\]/);
  });
});
