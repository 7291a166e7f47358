// The analysis worker as the extension host drives it: results come back, an endless
// loop is stopped at its line, a newer run supersedes an older one, and a run that
// overstays its time is ended by replacing the worker.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { AnalysisClient } from '../../../src/analysis/client';

const WORKER = join(__dirname, '..', '..', '..', '..', 'dist', 'worker.js');
const WORKER_PROCESS = join(__dirname, '..', '..', '..', '..', 'dist', 'worker-process.js');

describe('the analysis client', () => {
  let client: AnalysisClient;
  afterEach(() => client.dispose());

  it('returns the analysis of a script from the worker', async () => {
    client = new AnalysisClient(WORKER);
    const o = await client.analyze({ source: 'x = [1]\nprint(x)\n', filename: 'a.py', version: '3.11', stepBudget: 1e6, timeBudgetMs: 5000 });
    assert.equal(o.kind, 'result');
    if (o.kind !== 'result') return;
    assert.equal(o.result.stdout, '[1]\n');
    assert.equal(o.result.outcome.kind, 'ok');
  });

  it('stops an endless loop at its line with a message', async () => {
    client = new AnalysisClient(WORKER);
    const o = await client.analyze({ source: 'n = 0\nwhile True:\n    n += 1\n', filename: 'a.py', version: '3.11', stepBudget: 2e6, timeBudgetMs: 5000 });
    assert.equal(o.kind, 'result');
    if (o.kind !== 'result') return;
    assert.equal(o.result.outcome.kind, 'stop');
    if (o.result.outcome.kind !== 'stop') return;
    assert.ok([2, 3].includes(o.result.outcome.line), `line ${o.result.outcome.line}`);
    assert.match(o.result.outcome.message, /budget/);
  });

  it('supersedes a running analysis with a newer one', async () => {
    client = new AnalysisClient(WORKER);
    const first = client.analyze({ source: 'while True: pass\n', filename: 'a.py', version: '3.11', stepBudget: 1e9, timeBudgetMs: 20000 });
    const second = client.analyze({ source: 'print(1)\n', filename: 'a.py', version: '3.11', stepBudget: 1e6, timeBudgetMs: 5000 });
    assert.equal((await first).kind, 'superseded');
    const o = await second;
    assert.equal(o.kind, 'result');
    assert.equal(client.workersStarted, 2);
  });

  it('survives a run that aborts the engine: only the process of the worker ends, and it says why', async () => {
    client = new AnalysisClient(join(__dirname, 'aborting-worker.js'), 2000, WORKER_PROCESS);
    const run = client.analyze({ source: 'print(1)\n', filename: 'a.py', version: '3.11', stepBudget: 1e6, timeBudgetMs: 60000 });
    // A heap query waiting on the process is answered too, as stale.
    const answer = await client.query(1, { kind: 'stats', eventIndex: 0 });
    assert.equal(answer.kind, 'stale');
    const o = await run;
    assert.equal(o.kind, 'failed');
    if (o.kind !== 'failed') return;
    assert.match(o.message, /the analysis worker ended \((signal SIG\w+|exit code \d+)\): [\s\S]*Fatal/);
    assert.equal(client.workersStarted, 1);
  });

  it('replaces the worker when a run overstays its time budget', async () => {
    client = new AnalysisClient(WORKER, -900);
    const o = await client.analyze({ source: 'while True: pass\n', filename: 'a.py', version: '3.11', stepBudget: 1e12, timeBudgetMs: 1000 });
    assert.equal(o.kind, 'timeout');
    const again = await client.analyze({ source: 'print(2)\n', filename: 'a.py', version: '3.11', stepBudget: 1e6, timeBudgetMs: 5000 });
    assert.equal(again.kind, 'result');
    assert.equal(client.workersStarted, 2);
  });
});
