// A worker thread's first module: plain JavaScript, so it loads under any parent (tsx, vitest, node). It registers
// tsx's loader for this thread and imports the TypeScript entry named in workerData.entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
