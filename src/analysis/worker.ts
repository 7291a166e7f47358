// The analysis worker's entry (worker_threads): one analysis per message, so a
// script never runs on the extension host's thread; it keeps the latest run's trace
// to answer the heap explorer's questions about any moment of it.
import { parentPort } from 'node:worker_threads';
import { assertNever, FromWorker, HeapAnswer, HeapQuery, ToWorker } from '../protocol/messages';
import { analyzeRun } from './analyze';
import { Replay } from './replay';
import { Explorer } from './explore';
import type { Heap } from '../runtime/heap';
import { dropReleasedColumns } from '../runtime/trace';

const port = parentPort;
if (port === null) throw new Error('analysis worker started outside a worker thread');

let latest: { runId: number; heap: Heap; replay: Replay | null; explorer: Explorer | null } | null = null;

function answer(runId: number, q: HeapQuery): HeapAnswer {
  if (latest === null || latest.runId !== runId) return { kind: 'stale' };
  const replay = (latest.replay ??= new Replay(latest.heap.trace, latest.heap.profile.obmalloc));
  const explorer = (latest.explorer ??= new Explorer(replay, latest.heap.trace));
  switch (q.kind) {
    case 'snapshot':
      return { kind: 'snapshot', snapshot: replay.snapshot(q.eventIndex) };
    case 'pool':
      return { kind: 'pool', detail: replay.poolDetail(q.eventIndex, q.arenaIndex, q.poolInArena) };
    case 'stats':
      return { kind: 'stats', stats: explorer.stats(q.eventIndex) };
    case 'lineBlocks':
      return { kind: 'lineBlocks', lineBlocks: explorer.lineBlocks(q.eventIndex, q.line) };
    case 'pins':
      return { kind: 'pins', pins: explorer.pins(q.eventIndex, q.limit) };
    default:
      return assertNever(q);
  }
}

port.on('message', (msg: ToWorker) => {
  let reply: FromWorker;
  switch (msg.type) {
    case 'analyze':
      // Queries about the previous run are stale from here on; its trace's memory serves this run.
      latest?.heap.trace.release();
      latest = null;
      try {
        const { result, heap } = analyzeRun(msg.request);
        latest = { runId: msg.request.runId, heap, replay: null, explorer: null };
        reply = { type: 'result', result };
      } catch (e) {
        reply = { type: 'failed', runId: msg.request.runId, message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
      }
      // What the run did not take of the previous one's columns is not kept idle.
      dropReleasedColumns();
      break;
    case 'query':
      reply = { type: 'answer', queryId: msg.queryId, answer: answer(msg.runId, msg.query) };
      break;
    default:
      assertNever(msg);
  }
  port.postMessage(reply);
});
