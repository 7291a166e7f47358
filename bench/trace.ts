// The trace of a script of about one million events (allocations, frees, reallocs, line
// changes, bindings and reference-count changes): its size per event, and the time to run
// the script with tracing on, to fold it into per-line summaries and to replay it.
import { foldTrace } from '../src/analysis/analyze';
import { Replay } from '../src/analysis/replay';
import { run } from '../src/runtime/interpreter';
import { BYTES_PER_EVENT, BYTES_PER_OBJECT_ROW, BYTES_PER_REF_EVENT } from '../src/runtime/trace';

/** About one million events in 3.11: floats, tuples, a growing list, a dict and calls. */
export const MILLION_EVENT_SCRIPT = [
  'def point(i):',
  '    return (i, i * 0.5)',
  '',
  'keep = []',
  'seen = {}',
  'for i in range(24800):',
  '    p = point(i)',
  '    if i % 16 == 0:',
  '        keep.append(p)',
  '        seen[i] = str(i)',
  'print(len(keep), len(seen))',
  '',
].join('\n');

function bestMs<T>(f: () => T, reps: number): { ms: number; value: T } {
  let ms = Infinity;
  let value: T | undefined;
  for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    value = f();
    ms = Math.min(ms, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { ms, value: value! };
}

export function benchTrace(): void {
  const { ms, value: r } = bestMs(() => run(MILLION_EVENT_SCRIPT, { version: '3.11', stepBudget: 1e9, timeBudgetMs: 120_000 }), 3);
  const t = r.heap.trace;
  const fold = bestMs(() => foldTrace(r.heap), 3);
  const replay = bestMs(() => new Replay(t, r.heap.profile.obmalloc), 3);
  console.log(`\ntrace of a ${t.eventCount.toLocaleString('en')}-event script (CPython 3.11 model)${r.exitCode === 0 ? '' : ' (failed in the runtime)'}`);
  console.log(
    `  ${t.length.toLocaleString('en')} allocator events × ${BYTES_PER_EVENT} B + ${t.refLength.toLocaleString('en')} refcount events × ${BYTES_PER_REF_EVENT} B` +
      ` + ${t.objectRows.toLocaleString('en')} objects × ${BYTES_PER_OBJECT_ROW} B` +
      ` = ${(t.bytesUsed / 1048576).toFixed(1)} MiB, ${(t.bytesUsed / t.eventCount).toFixed(1)} bytes per event`,
  );
  console.log(
    `  run with tracing ${ms.toFixed(0)} ms (${((ms * 1e6) / t.eventCount).toFixed(0)} ns per event); ` +
      `per-line summaries ${fold.ms.toFixed(0)} ms; replay index ${replay.ms.toFixed(0)} ms`,
  );
}
