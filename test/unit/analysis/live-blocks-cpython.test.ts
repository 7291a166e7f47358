// Each line's blocks still allocated at the end, and their bytes, as the editor shows them
// (LineSummary.liveBlocks, liveBytes), against CPython's own attribution: tracemalloc's
// traces as the script ends, each given to the innermost frame in the script
// (test/oracle/live-blocks/sitecustomize.py).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { analyzeRun } from '../../../src/analysis/analyze';
import { freeListTop } from '../../../src/runtime/freelists';
import { EventKind } from '../../../src/runtime/trace';
import type { VersionId } from '../../../src/profiles';
import { filesUnder } from '../../util/files';
import { findInterpreters, Interpreter, oracleEnv, reportMissing } from '../../util/pythons';

const ROOT = join(__dirname, '..', '..', '..', '..');
const ORACLE_DIR = join(ROOT, 'test', 'oracle', 'live-blocks');
/** Scripts that must match on every version checked, unless known-differences.json says why not. */
const STRICT = [...filesUnder(join(ROOT, 'samples'), '.py'), ...filesUnder(join(ROOT, 'test', 'live-blocks'), '.py')];
/** Programs counted, not required: at least FLOORS[version] of them must match. */
const COUNTED = filesUnder(join(ROOT, 'test', 'programs', 'realistic'), '.py');
const KNOWN: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'test', 'live-blocks', 'known-differences.json'), 'utf8'));
/** How many of COUNTED matched when this was last raised (the count may only grow). */
const FLOORS: Partial<Record<VersionId, number>> = { '3.11': 24 };
/** Why a version's snapshots are not compared yet. */
const FRAMES = "its frame objects come off a free list that the oracle's own start-up (sitecustomize) changes, and a free frame keeps its size, so most scripts with a call differ by a frame's bytes (2 of 89 realistic programs match); the frames a plain start-up leaves have their own test";
const UNCHECKED: Partial<Record<VersionId, string>> = {
  '3.8': FRAMES,
  '3.9': FRAMES,
  '3.10': FRAMES,
  // 3.12 starts tracing after start-up has filled more of the free lists; 3.13.0's
  // tracemalloc moved to the reference tracer (gh-115945) and no longer re-tags them.
  '3.12': 'its tracemalloc starts after start-up filled the free lists, so objects made from them have no trace',
  '3.13': 'its tracemalloc (3.13.0) does not give a reused free-list block to the line that reuses it',
};

type Lines = Map<number, [number, number]>;

function render(m: Lines): string {
  return [...m].filter(([, [n]]) => n > 0).sort((a, b) => a[0] - b[0]).map(([l, [n, b]]) => `${l}:${n}/${b}`).join(' ');
}

function cpythonLines(interp: Interpreter, file: string, work: string): Lines | string {
  const copy = join(work, basename(file));
  writeFileSync(copy, readFileSync(file, 'utf8').replace(/\n?$/, '\n') + '__arena_lens_fold(__arena_lens_traces())\n');
  const r = spawnSync(interp.path, ['-X', 'tracemalloc=16', copy], {
    encoding: 'utf8',
    timeout: 120_000,
    cwd: work,
    env: { ...oracleEnv(), PYTHONPATH: ORACLE_DIR },
    maxBuffer: 64 << 20,
  });
  const at = r.stdout.lastIndexOf('@@live-blocks@@');
  if (at < 0) return `exit ${r.status}: ${r.stderr.trim().split('\n').pop()}`;
  const json = JSON.parse(r.stdout.slice(at + '@@live-blocks@@'.length)) as Record<string, [number, number]>;
  return new Map(Object.entries(json).map(([k, v]) => [Number(k), v]));
}

function modelLines(version: VersionId, file: string): Lines | string {
  const { result, heap } = analyzeRun({ runId: 1, source: readFileSync(file, 'utf8'), filename: file, version, stepBudget: 1e8, timeBudgetMs: 60_000, stdio: 'unbuffered' });
  if (result.exitCode !== 0) return `exit ${result.exitCode}`;
  const lines: Lines = new Map(result.lines.map((s) => [s.line, [s.liveBlocks, s.liveBytes]]));
  // The snapshot itself makes a list first (_tracemalloc__get_traces_impl: PyList_New(0)),
  // which takes the list free list's top block to the appended line.
  const top = freeListTop('list');
  if (top !== 0) {
    const t = heap.trace;
    for (let i = t.length - 1; i >= 0; i--) {
      const k = t.kind[i];
      if (t.addr[i] !== top || (k !== EventKind.Alloc && k !== EventKind.Realloc && k !== EventKind.Reuse)) continue;
      const v = lines.get(t.line[i]);
      if (v !== undefined) lines.set(t.line[i], [v[0] - 1, v[1] - t.size[i]]);
      break;
    }
  }
  return lines;
}

/** "equal", or what differs. */
function compare(interp: Interpreter, file: string, work: string): string {
  const want = cpythonLines(interp, file, work);
  const got = modelLines(interp.version, file);
  if (typeof want === 'string' || typeof got === 'string') return `CPython ${typeof want === 'string' ? want : 'ran'}, model ${typeof got === 'string' ? got : 'ran'}`;
  const w = render(want);
  const g = render(got);
  return w === g ? 'equal' : `\n        CPython ${w}\n        model   ${g}`;
}

/** The frames start-up leaves on the free list, as the first calls' lines hold them: "line:bytes" words. */
function startupFrames(interp: Interpreter): { cpython: string; model: string } {
  const probe = join(ROOT, 'test', 'oracle', 'startup_frames.py');
  const r = spawnSync(interp.path, ['-X', 'tracemalloc=16', probe], { encoding: 'utf8', timeout: 120_000, env: oracleEnv() });
  const cpython = r.stdout.trim().split('\n').map((l) => l.split(' ')).sort((x, y) => Number(x[0]) - Number(y[0])).map(([l, b]) => `${l}:${b}`).join(' ');
  const source = readFileSync(probe, 'utf8').split('\n').slice(0, 14).join('\n') + '\n';
  const { result } = analyzeRun({ runId: 1, source, filename: probe, version: interp.version, stepBudget: 1e6, timeBudgetMs: 60_000, stdio: 'unbuffered' });
  const model = result.lines.filter((s) => s.line >= 10 && s.liveBlocks > 0).map((s) => `${s.line}:${s.liveBytes}`).join(' ');
  return { cpython, model };
}

describe("each line's blocks still allocated at the end are those tracemalloc gives it", () => {
  let work = '';
  before(() => {
    reportMissing('the blocks each line leaves');
    for (const [v, why] of Object.entries(UNCHECKED)) console.log(`    (not checked against CPython ${v}: ${why})`);
    for (const [k, why] of Object.entries(KNOWN)) console.log(`      known: ${k}: ${why}`);
    work = mkdtempSync(join(tmpdir(), 'arena-lens-live-'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  for (const interp of findInterpreters().found) {
    if (['3.8', '3.9', '3.10'].includes(interp.version)) {
      it(`starts with the frames CPython ${interp.full} leaves on its frame free list, in their sizes`, () => {
        const { cpython, model } = startupFrames(interp);
        assert.equal(model, cpython);
      });
    }
    if (UNCHECKED[interp.version] !== undefined) continue;
    it(`leaves on each line of the samples the blocks CPython ${interp.full}'s tracemalloc gives it`, function () {
      this.timeout(600_000);
      const wrong: string[] = [];
      for (const file of STRICT) {
        const key = `${relative(ROOT, file)}@${interp.version}`;
        const d = compare(interp, file, work);
        if (KNOWN[key] !== undefined) {
          if (d === 'equal') wrong.push(`${key}: now equal to CPython: drop the known entry`);
        } else if (d !== 'equal') wrong.push(`${key}${d}`);
      }
      assert.equal(wrong.join('\n      '), '', `${wrong.length} of ${STRICT.length} scripts`);
    });

    it(`leaves on each line the blocks CPython ${interp.full}'s tracemalloc gives it in at least as many realistic programs as before`, function () {
      this.timeout(900_000);
      const equal = COUNTED.filter((file) => compare(interp, file, work) === 'equal').length;
      const floor = FLOORS[interp.version];
      if (floor === undefined) throw new Error(`no floor for ${interp.version}: measure one`);
      console.log(`      ${equal} of ${COUNTED.length} realistic programs equal on every line (floor ${floor})`);
      assert.ok(equal >= floor, `${equal} < ${floor}`);
    });
  }
});
