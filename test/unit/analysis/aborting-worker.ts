// A stand-in analysis worker for client.test.ts whose every run aborts the engine, as a runtime
// bug could: an array grown past V8's limit is a fatal error that ends the whole process.
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => {
  const a: number[] = [];
  for (let i = 0; ; i++) a.push(i);
});
