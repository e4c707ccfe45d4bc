// A worker thread's first module: plain JavaScript, so it loads under any parent (tsx, vitest, node). It registers
// tsx's loader for this thread and imports the TypeScript entry named in workerData.entry.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
// Asked to stop (src/io/stopThread.ts), the thread exits here, between two messages: never inside a native call.
// Listening only once the entry has loaded: a listener added earlier would take the messages meant for the entry.
parentPort?.on('message', (message) => {
  if (message?.type === 'stop') process.exit(0);
});
