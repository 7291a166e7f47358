// The host side of the analysis worker: one run at a time, a newer request
// supersedes (and terminates) an older one, and a run past its time budget is
// stopped by replacing the worker. Disposing terminates the worker.
import { Worker } from 'node:worker_threads';
import { AnalysisResult, AnalyzeRequest, assertNever, FromWorker, HeapAnswer, HeapQuery } from '../protocol/messages';

export type AnalysisOutcome =
  | { readonly kind: 'result'; readonly result: AnalysisResult }
  | { readonly kind: 'superseded' }
  | { readonly kind: 'timeout'; readonly ms: number }
  | { readonly kind: 'failed'; readonly message: string };

interface Pending {
  readonly runId: number;
  readonly resolve: (o: AnalysisOutcome) => void;
  readonly timer: NodeJS.Timeout;
}

export class AnalysisClient {
  private worker: Worker | null = null;
  private pending: Pending | null = null;
  private nextRunId = 1;
  private nextQueryId = 1;
  private readonly queries = new Map<number, (a: HeapAnswer) => void>();
  /** Workers started so far (tests read it to see a runaway run replaced the worker). */
  workersStarted = 0;

  constructor(
    private readonly workerPath: string,
    /** Extra time the worker gets beyond the script's own time budget before it is terminated. */
    private readonly graceMs = 2000,
  ) {}

  analyze(req: Omit<AnalyzeRequest, 'runId'>): Promise<AnalysisOutcome> {
    const runId = this.nextRunId++;
    if (this.pending !== null) {
      // The old run may be mid-script; a fresh worker is the only sure way to stop it.
      this.finish({ kind: 'superseded' });
      this.restart();
    }
    const w = this.ensureWorker();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (this.pending?.runId === runId) {
          this.finish({ kind: 'timeout', ms: req.timeBudgetMs + this.graceMs });
          this.restart();
        }
      }, req.timeBudgetMs + this.graceMs);
      this.pending = { runId, resolve, timer };
      w.postMessage({ type: 'analyze', request: { ...req, runId } });
    });
  }

  /** Ask about a moment of the latest run; answers 'stale' once a newer run replaced it. */
  query(runId: number, query: HeapQuery): Promise<HeapAnswer> {
    const w = this.worker;
    if (w === null) return Promise.resolve({ kind: 'stale' });
    const queryId = this.nextQueryId++;
    return new Promise((resolve) => {
      this.queries.set(queryId, resolve);
      w.postMessage({ type: 'query', queryId, runId, query });
    });
  }

  dispose(): void {
    this.finish({ kind: 'superseded' });
    void this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): Worker {
    if (this.worker !== null) return this.worker;
    // A generous stack: the interpreter recurses once per Python call.
    const w = new Worker(this.workerPath, { resourceLimits: { stackSizeMb: 64, maxOldGenerationSizeMb: 4096 } });
    this.workersStarted++;
    w.on('message', (msg: FromWorker) => this.onMessage(msg));
    w.on('error', (e) => this.finish({ kind: 'failed', message: e.stack ?? e.message }));
    w.on('exit', () => {
      if (this.worker === w) {
        this.worker = null;
        this.finish({ kind: 'failed', message: 'the analysis worker exited' });
      }
    });
    this.worker = w;
    return w;
  }

  private restart(): void {
    for (const resolve of this.queries.values()) resolve({ kind: 'stale' });
    this.queries.clear();
    const old = this.worker;
    this.worker = null;
    void old?.terminate();
  }

  private onMessage(msg: FromWorker): void {
    switch (msg.type) {
      case 'result':
        if (this.pending?.runId === msg.result.runId) this.finish({ kind: 'result', result: msg.result });
        return;
      case 'failed':
        if (this.pending?.runId === msg.runId) this.finish({ kind: 'failed', message: msg.message });
        return;
      case 'answer': {
        const resolve = this.queries.get(msg.queryId);
        this.queries.delete(msg.queryId);
        resolve?.(msg.answer);
        return;
      }
      default:
        assertNever(msg);
    }
  }

  private finish(o: AnalysisOutcome): void {
    const p = this.pending;
    if (p === null) return;
    this.pending = null;
    clearTimeout(p.timer);
    p.resolve(o);
  }
}
