// The analysis worker's own process: it runs the worker thread and relays messages both ways
// unread (worker.ts and client.ts check them). An engine abort in a run (V8's fatal errors end
// the whole process, not only the thread) then ends this process, never the extension host.
import { Worker } from 'node:worker_threads';

const send = process.send?.bind(process);
if (send === undefined) throw new Error('the analysis worker process was started without an IPC channel');

// A generous stack: the interpreter recurses once per Python call.
const worker = new Worker(process.argv[2], { resourceLimits: { stackSizeMb: 64, maxOldGenerationSizeMb: 4096 } });
worker.on('message', (msg: unknown) => send(msg));
process.on('message', (msg: unknown) => worker.postMessage(msg));
worker.on('error', (e) => {
  // The host reads the reason from this process's stderr when it sees the process exit.
  process.stderr.write(`${e.stack ?? e.message}\n`);
  process.exit(1);
});
worker.on('exit', (code) => process.exit(code));
// The host went away (closed, or crashed): nothing is left to answer.
process.on('disconnect', () => process.exit(0));
