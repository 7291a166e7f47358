// The host side of the analysis worker: one run at a time, a newer request
// supersedes (and terminates) an older one, and a run past its time budget is
// stopped by replacing the worker. Disposing terminates the worker. The worker thread
// runs in a process of its own (worker-process.ts), so that nothing it does can end the host.
import { ChildProcess, fork } from 'node:child_process';
import { dirname, join } from 'node:path';
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
  private worker: ChildProcess | null = null;
  private pending: Pending | null = null;
  private nextRunId = 1;
  private nextQueryId = 1;
  private readonly queries = new Map<number, (a: HeapAnswer) => void>();
  /** Workers started so far (tests read it to see a runaway run replaced the worker). */
  workersStarted = 0;

  constructor(
    /** The worker thread's bundle (a script given as the process's argument). */
    private readonly workerPath: string,
    /** Extra time the worker gets beyond the script's own time budget before it is terminated. */
    private readonly graceMs = 2000,
    /** The bundle of the process that hosts the worker thread: the one beside the worker's. */
    private readonly processPath = join(dirname(workerPath), 'worker-process.js'),
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
      w.send({ type: 'analyze', request: { ...req, runId } });
    });
  }

  /** Ask about a moment of the latest run; answers 'stale' once a newer run replaced it. */
  query(runId: number, query: HeapQuery): Promise<HeapAnswer> {
    const w = this.worker;
    if (w === null) return Promise.resolve({ kind: 'stale' });
    const queryId = this.nextQueryId++;
    return new Promise((resolve) => {
      this.queries.set(queryId, resolve);
      w.send({ type: 'query', queryId, runId, query });
    });
  }

  dispose(): void {
    this.finish({ kind: 'superseded' });
    this.restart();
  }

  private ensureWorker(): ChildProcess {
    if (this.worker !== null) return this.worker;
    // 'advanced' serialization is the structured clone a worker thread's messages use. Under
    // VS Code's Electron, process.execPath runs as Node only with ELECTRON_RUN_AS_NODE, and the
    // host's own flags (--inspect ports, Electron's switches) must not pass to the child.
    const w = fork(this.processPath, [this.workerPath], {
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      execArgv: [],
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    this.workersStarted++;
    // The last of what the process wrote to stderr: why it ended, if it did.
    let stderr = '';
    w.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    w.on('message', (msg: FromWorker) => this.onMessage(msg));
    w.on('error', (e) => {
      // The process could not start or be signalled: the next run gets a new one.
      if (this.worker !== w) return;
      this.finish({ kind: 'failed', message: e.stack ?? e.message });
      this.restart();
    });
    // 'close' comes after the process ended and its stderr was read to the end ('exit' may come before).
    w.on('close', (code, signal) => {
      if (this.worker !== w) return;
      const why = signal !== null ? `signal ${signal}` : `exit code ${code}`;
      this.finish({ kind: 'failed', message: `the analysis worker ended (${why})${stderr.trim() === '' ? '' : `: ${stderr.trim()}`}` });
      this.restart();
    });
    this.worker = w;
    return w;
  }

  private restart(): void {
    for (const resolve of this.queries.values()) resolve({ kind: 'stale' });
    this.queries.clear();
    const old = this.worker;
    this.worker = null;
    old?.kill();
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
