// The analysis as the editor sees it: a 300-line script sent to the worker until its
// per-line summaries come back (save-to-annotations, minus VS Code's drawing).
import { join } from 'node:path';
import { AnalysisClient } from '../src/analysis/client';

/** A 300-line script of the kind people write: functions, classes, loops, containers. */
export function script300(): string {
  const lines: string[] = ['import sys', ''];
  for (let i = 0; lines.length < 290; i++) {
    lines.push(
      `def f${i}(n):`,
      `    acc = []`,
      `    for k in range(n):`,
      `        acc.append((k, k * ${i + 2}))`,
      `    return len(acc)`,
      ``,
      `class C${i}:`,
      `    def __init__(self, v):`,
      `        self.v = v`,
      `        self.items = {"k": [v] * 3}`,
      ``,
      `objs${i} = [C${i}(j) for j in range(20)]`,
      `total${i} = f${i}(50) + len(objs${i})`,
      ``,
    );
  }
  while (lines.length < 300) lines.push('print(sys.getsizeof(objs0))');
  return lines.join('\n') + '\n';
}

export async function benchAnalysis(): Promise<void> {
  const client = new AnalysisClient(join(__dirname, '..', '..', 'dist', 'worker.js'));
  const source = script300();
  try {
    const times: number[] = [];
    let lines = 0;
    let outcome = '';
    for (let i = 0; i < 6; i++) {
      const t0 = process.hrtime.bigint();
      const o = await client.analyze({ source, filename: 'bench300.py', version: '3.11', stepBudget: 2e7, timeBudgetMs: 20000 });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (o.kind === 'result') {
        lines = o.result.lines.length;
        outcome = o.result.outcome.kind === 'ok' ? 'ok' : `${o.result.outcome.kind}: ${'message' in o.result.outcome ? o.result.outcome.message : ''}`;
      } else outcome = o.kind;
    }
    times.shift(); // the first includes the worker's start-up
    times.sort((a, b) => a - b);
    console.log(`\nanalysis of a 300-line script through the worker: median ${times[2].toFixed(0)} ms (best ${times[0].toFixed(0)} ms), ${lines} lines summarised, ${outcome}`);
  } finally {
    client.dispose();
  }
}
