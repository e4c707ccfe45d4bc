// Stopping a worker thread without taking the process down with it. hnswlib-node aborts the whole process (a fatal
// napi_throw) when a thread is terminated inside one of its calls, or while one of its asynchronous reads or writes is
// still pending. So a thread is asked to stop: boot.mjs exits it between two messages, never inside a native call, and
// threads use hnswlib's synchronous calls only (GraphShard). terminate() is kept for a thread that does not stop
// within the grace period, which can only be one stuck in JavaScript.
import type { Worker } from 'node:worker_threads';

/** The message every thread started through boot.mjs exits on. */
export const STOP_MESSAGE = { type: 'stop' } as const;

export const STOP_THREAD_DEFAULTS = {
  /** How long a thread gets to finish its current message and exit before it is terminated. */
  graceMs: 30_000,
};

/** Asks a thread to exit and resolves once it has; a thread that already exited resolves at once. */
export async function stopThread(worker: Worker, graceMs = STOP_THREAD_DEFAULTS.graceMs): Promise<void> {
  if (worker.threadId < 0) return;
  let timer: NodeJS.Timeout | undefined;
  const exited = new Promise<'exited'>((resolve) => worker.once('exit', () => resolve('exited')));
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), graceMs);
  });
  worker.postMessage(STOP_MESSAGE);
  const outcome = await Promise.race([exited, late]);
  clearTimeout(timer);
  if (outcome === 'late') await worker.terminate();
}
