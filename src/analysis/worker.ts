// The analysis worker's entry (worker_threads): one analysis per message, so a
// script never runs on the extension host's thread.
import { parentPort } from 'node:worker_threads';
import { assertNever, FromWorker, ToWorker } from '../protocol/messages';
import { analyze } from './analyze';

const port = parentPort;
if (port === null) throw new Error('analysis worker started outside a worker thread');

port.on('message', (msg: ToWorker) => {
  switch (msg.type) {
    case 'analyze': {
      let reply: FromWorker;
      try {
        reply = { type: 'result', result: analyze(msg.request) };
      } catch (e) {
        reply = { type: 'failed', runId: msg.request.runId, message: e instanceof Error ? e.stack ?? e.message : String(e) };
      }
      port.postMessage(reply);
      return;
    }
    default:
      assertNever(msg.type);
  }
});
