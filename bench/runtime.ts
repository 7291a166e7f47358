// The mini-runtime against python3 on the benchmark scripts: time per script in both,
// their ratio, and the trace's size per event.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/runtime/interpreter';
import { BYTES_PER_EVENT, BYTES_PER_OBJECT_ROW, BYTES_PER_REF_EVENT } from '../src/runtime/trace';
import type { VersionId } from '../src/profiles';

const DIR = join(__dirname, '..', '..', 'bench', 'python');

function pythonVersion(python: string): VersionId {
  return execFileSync(python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' }).trim() as VersionId;
}

/** The interpreter of CPython X.Y: pyenv's (its shim runs only the global version), else pythonX.Y on PATH. */
export function cpythonFor(version: string): string {
  const versions = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions');
  const dir = existsSync(versions) ? readdirSync(versions).find((d) => d.startsWith(`${version}.`)) : undefined;
  return dir !== undefined ? join(versions, dir, 'bin', 'python3') : `python${version}`;
}

/** Seconds the python spends executing the file's code (timed inside the interpreter, best of 3 processes). */
function cpythonSeconds(python: string, file: string): number {
  const timer = [
    'import sys, time, io',
    'src = open(sys.argv[1]).read()',
    'code = compile(src, sys.argv[1], "exec")',
    'out, sys.stdout = sys.stdout, io.StringIO()',
    't = time.perf_counter()',
    'exec(code, {"__name__": "__main__"})',
    'dt = time.perf_counter() - t',
    'sys.stdout = out',
    'print(dt)',
  ].join('\n');
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    best = Math.min(best, Number(execFileSync(python, ['-c', timer, file], { encoding: 'utf8' }).trim()));
  }
  return best;
}

/**
 * Fresh node processes per script, and runs per process: JIT luck differs from one process
 * to the next, and the engine optimizes the loop over the first runs (a worker runs each
 * edit of a script, so it is warm after a few). The ratio is of the best run, warm, against
 * CPython's best; the first run of a fresh process is printed beside it.
 */
const PROCESSES = 3;
const RUNS = 6;

/** The child's side: run the file RUNS times in this process and print the best time, events and trace bytes. */
export function timeRuntimeChild(file: string, version: VersionId): void {
  const source = readFileSync(file, 'utf8');
  let best = Infinity;
  let first = 0;
  let events = 0;
  let bytes = 0;
  let ok = true;
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const r = run(source, { version, filename: file, stepBudget: 1e9, timeBudgetMs: 120_000 });
    const t = Number(process.hrtime.bigint() - t0) / 1e9;
    if (i === 0) first = t;
    best = Math.min(best, t);
    events = r.heap.trace.eventCount;
    bytes = r.heap.trace.bytesUsed;
    ok = r.exitCode === 0;
    // As the worker does before the next run of an edited script.
    r.heap.trace.release();
  }
  console.log(JSON.stringify({ best, first, events, bytes, ok }));
}

/** `python`: the CPython timed, whose version the runtime models (CPython 3.12's for `--python 3.12`). */
export function benchRuntime(only = '', python = 'python3'): void {
  const version = pythonVersion(python);
  console.log(`\nmini-runtime vs ${python} (CPython ${version}), tracing on; best of ${PROCESSES} processes each side (${RUNS} runs in each runtime process)`);
  console.log('  script             CPython     runtime   ratio  first run   events      trace');
  for (const name of readdirSync(DIR).filter((f) => f.endsWith('.py') && f.includes(only)).sort()) {
    const file = join(DIR, name);
    const py = cpythonSeconds(python, file);
    let best = Infinity;
    let first = Infinity;
    let events = 0;
    let bytes = 0;
    let ok = true;
    for (let i = 0; i < PROCESSES; i++) {
      const out = execFileSync(process.execPath, [process.argv[1], '--time-runtime', file, version], { encoding: 'utf8' });
      const r = JSON.parse(out) as { best: number; first: number; events: number; bytes: number; ok: boolean };
      best = Math.min(best, r.best);
      first = Math.min(first, r.first);
      events = r.events;
      bytes = r.bytes;
      ok &&= r.ok;
    }
    const mb = bytes / 1048576;
    console.log(
      `  ${name.padEnd(18)} ${(py * 1000).toFixed(0).padStart(6)} ms ${(best * 1000).toFixed(0).padStart(8)} ms ${(best / py).toFixed(1).padStart(6)}× ${(first * 1000).toFixed(0).padStart(7)} ms` +
        ` ${events.toLocaleString('en').padStart(10)} ${mb.toFixed(1).padStart(6)} MiB${ok ? '' : '  (failed in the runtime)'}`,
    );
  }
  console.log(`  trace: ${BYTES_PER_EVENT} bytes per allocation/line/bind event, ${BYTES_PER_REF_EVENT} per refcount event, ${BYTES_PER_OBJECT_ROW} per object they name`);
}
