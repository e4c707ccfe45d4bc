// A work thread: builds its own services (the index as it is on disk, its own model client) and runs the tasks the
// pool sends, one message at a time in, results and streamed answer text out. It never builds or updates the index:
// the Bolt process does, then tells the threads to reload.
import { setPriority } from 'node:os';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { createLogger } from '../logger.js';
import { SearcherHandle } from '../retrieval/index.js';
import { createServices, type Services } from '../services.js';
import type { FromWorker, ToWorker, WorkerBoot } from './protocol.js';
import { runTask } from './tasks.js';

const port = parentPort!;
const { config, logLevel, nice } = workerData as WorkerBoot;
const logger = createLogger(logLevel).child({ component: 'work', thread: threadId });
try {
  // On Linux the nice value is per thread: this lowers only this thread, never the Bolt thread that acks.
  if (process.platform === 'linux') setPriority(nice);
} catch (err) {
  logger.debug({ err: String(err) }, 'could not lower the work thread priority');
}
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

let services: Services;
try {
  services = await createServices(config, logger, 'load');
} catch (err) {
  send({ type: 'startFailed', message: err instanceof Error ? err.message : String(err) });
  process.exit(1);
}

async function runOne(id: number, message: Extract<ToWorker, { type: 'task' }>): Promise<void> {
  // The searcher as it was when the task began: a reload during it does not switch indexes halfway through.
  const snapshot = services.search instanceof SearcherHandle ? { ...services, search: services.search.current() } : services;
  try {
    const result = await runTask(snapshot, message.task, (text) => send({ type: 'token', id, text }));
    if (result instanceof Uint8Array) {
      const bytes = new Uint8Array(result);
      send({ type: 'done', id, result: bytes }, [bytes.buffer]);
    } else send({ type: 'done', id, result });
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    send({ type: 'failed', id, name: error.name, message: error.message });
  }
}

/** Switches to the index on disk through the handle, which never builds: on failure the thread keeps its index. */
async function reload(id: number): Promise<void> {
  try {
    if (!(services.search instanceof SearcherHandle)) throw new Error('当前检索服务不支持重新加载索引');
    await services.search.reload();
    logger.info({ chunks: services.search.size() }, 'work thread reloaded the index');
    send({ type: 'reloaded', id });
  } catch (err) {
    send({ type: 'reloaded', id, error: err instanceof Error ? err.message : String(err) });
  }
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'task') void runOne(message.id, message);
  else if (message.type === 'reload') void reload(message.id);
});
send({ type: 'ready' });
