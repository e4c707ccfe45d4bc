// A work thread for tests: the real one (src/work/worker.ts), plus the faults of ./faults.ts. It listens before the
// real worker does, so it sees each task first.
import { parentPort } from 'node:worker_threads';
import { BUSY_MARKER, BUSY_MS, CRASH_MARKER } from './faults.js';

parentPort!.on('message', (message: unknown) => {
  const text = JSON.stringify(message);
  if (text.includes(CRASH_MARKER)) process.exit(70);
  if (text.includes(BUSY_MARKER)) {
    const end = Date.now() + BUSY_MS;
    while (Date.now() < end) {
      /* a long synchronous job */
    }
  }
});

await import('../../src/work/worker.js');
