// A parse thread for tests of a parallel build: the real one (src/retrieval/build/parseThread.ts), except that it
// dies when asked to embed, after every file was parsed (the main thread is then writing the new generation).
// The real thread loads first: a listener added before it would take the messages that arrive while it loads.
import { parentPort } from 'node:worker_threads';

await import('../../src/retrieval/build/parseThread.js');

parentPort!.on('message', (message: { type?: string }) => {
  if (message.type === 'embed') process.exit(70);
});
