// Where the Slack app's heavy work runs: answering, drafting and .docx rendering, in a pool of worker threads (so the
// Bolt process only acks, routes and posts) or, with WORKER_THREADS=0, in-process behind a small queue.
import { availableParallelism } from 'node:os';
import type { AppConfig, Bureau } from '../config.js';
import type { IndexCatalog } from '../library/catalog.js';
import type { Services } from '../services.js';
import type { Answer, AnswerOptions, ChatTurn, Draft, DraftInput, DraftOptions, DraftResult } from '../types.js';
import { WorkPool } from './pool.js';
import type { Task, TaskResult } from './protocol.js';
import { WorkQueue } from './queue.js';
import { runTask } from './tasks.js';

export { WorkBusyError, WorkerCrashedError } from './errors.js';

export const WORK_DEFAULTS = {
  /** Worker threads (one core is left to the Bolt process). WORKER_THREADS overrides; 0 runs the work in-process. */
  threads: Math.max(1, availableParallelism() - 1),
  /** Requests allowed to wait for a free slot; the next one is refused at once with a "busy, try again" reply. */
  maxQueued: 256,
  /** Tasks one thread runs at once: offline work is CPU-bound, so one; with a model most of the time is spent waiting. */
  tasksPerThread: 1,
  tasksPerThreadWithModel: 4,
  /** In-process mode (WORKER_THREADS=0): jobs at once, offline and with a model. */
  inProcessConcurrency: 2,
  inProcessConcurrencyWithModel: 4,
  /** Delay before restarting a thread that failed while starting; doubles on each failure in a row, up to the max. */
  restartDelayMs: 500,
  maxRestartDelayMs: 30_000,
  /**
   * Niceness of each thread (0–19; Linux sets it per thread): on a busy machine the Bolt thread, which acks, gets the
   * CPU before the threads doing heavy work.
   */
  threadNice: 10,
};

export type WorkOptions = typeof WORK_DEFAULTS;

/** The heavy use cases as the Slack listeners call them; the same signatures whether pooled or in-process. */
export interface Work {
  answer(question: string, history: ChatTurn[], options?: AnswerOptions): Promise<Answer>;
  draft(input: DraftInput, options?: DraftOptions): Promise<DraftResult>;
  renderDocx(draft: Draft, bureau: Bureau): Promise<Buffer>;
  /** What the index holds about these documents (the library's catalog), read where the index is loaded. */
  catalog(docIds: string[]): Promise<IndexCatalog>;
  /**
   * Runs a job in this process, behind a small queue that starts it from a fresh macrotask: for rare work that needs
   * this process's state (an admin's library upload preview).
   */
  local<T>(job: () => Promise<T>): Promise<T>;
  /** After the index on disk changed (a library upload or removal): every thread loads it before its next task. */
  reload(): Promise<void>;
  /** Starts the threads and waits until they are ready (otherwise they start on first use). */
  start(): Promise<void>;
  /** Starts missing threads at once (after the index was repaired), skipping the back-off of failed starts. */
  restart(): Promise<void>;
  /** Threads ready (1 in-process), and why the last thread that could not start could not. */
  readonly status: { ready: number; startFailure: string | null };
  close(): Promise<void>;
  /** Requests waiting for a slot (logs and tests). */
  readonly backlog: number;
}

/** Runs a task and adapts its result: the one place the pooled and in-process variants differ. */
type TaskRunner = (task: Task, onToken?: (text: string) => void) => Promise<TaskResult>;

function workOver(run: TaskRunner, local: WorkQueue, control: Pick<Work, 'reload' | 'start' | 'restart' | 'close'> & { backlog(): number; status(): Work['status'] }): Work {
  return {
    local: (job) => local.run(job),
    answer: async (question, history, options = {}) => {
      const { onToken, signal: _signal, ...portable } = options;
      return (await run({ kind: 'answer', question, history, options: portable, stream: Boolean(onToken) }, onToken)) as Answer;
    },
    draft: async (input, options = {}) => {
      const { signal: _signal, ...portable } = options;
      return (await run({ kind: 'draft', input, options: portable })) as DraftResult;
    },
    renderDocx: async (draft, bureau) => {
      const bytes = (await run({ kind: 'docx', draft, bureau })) as Uint8Array;
      return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    catalog: async (docIds) => (await run({ kind: 'catalog', docIds })) as IndexCatalog,
    reload: control.reload,
    start: control.start,
    restart: control.restart,
    close: control.close,
    get backlog() {
      return control.backlog();
    },
    get status() {
      return control.status();
    },
  };
}

/** In the calling thread: a bounded queue starting each job from a fresh macrotask. Reads `services` per call. */
export function inProcessWork(services: Services, options: Partial<WorkOptions> = {}): Work {
  const opts = { ...WORK_DEFAULTS, ...options };
  const queue = new WorkQueue(services.llm ? opts.inProcessConcurrencyWithModel : opts.inProcessConcurrency, opts.maxQueued);
  const nothing = async () => undefined;
  return workOver((task, onToken) => queue.run(() => runTask(services, task, onToken)), queue, {
    reload: nothing,
    start: nothing,
    restart: nothing,
    close: nothing,
    backlog: () => queue.backlog,
    status: () => ({ ready: 1, startFailure: null }),
  });
}

/** In a pool of worker threads, each with its own read-only copy of the index from INDEX_DIR. */
export function pooledWork(services: Services, options: Partial<WorkOptions> & { threads: number; entry?: URL }): Work {
  const opts = { ...WORK_DEFAULTS, ...options };
  const pool = new WorkPool({
    config: services.config,
    logger: services.logger,
    threads: opts.threads,
    maxQueued: opts.maxQueued,
    tasksPerThread: services.config.llmEnabled ? opts.tasksPerThreadWithModel : opts.tasksPerThread,
    restartDelayMs: opts.restartDelayMs,
    maxRestartDelayMs: opts.maxRestartDelayMs,
    nice: opts.threadNice,
    entry: options.entry,
  });
  const local = new WorkQueue(opts.inProcessConcurrency, opts.maxQueued);
  return workOver((task, onToken) => pool.run(task, onToken), local, {
    reload: () => pool.reload(),
    start: () => pool.start(),
    restart: () => pool.restart(),
    close: () => pool.close(),
    backlog: () => pool.backlog,
    status: () => pool.status,
  });
}

/** Work threads a Slack app runs by default: WORKER_THREADS, else {@link WORK_DEFAULTS}.threads; 0 works in-process. */
export function workThreadCount(config: Pick<AppConfig, 'WORKER_THREADS'>): number {
  return config.WORKER_THREADS ?? WORK_DEFAULTS.threads;
}

/**
 * The work of a Slack app: pooled unless the thread count (WORKER_THREADS, else {@link WORK_DEFAULTS}.threads) is 0.
 * `options.entry` swaps the worker module (tests wrap the real one).
 */
export function createWork(services: Services, options: Partial<WorkOptions> & { entry?: URL } = {}): Work {
  const threads = options.threads ?? workThreadCount(services.config);
  return threads > 0 ? pooledWork(services, { ...options, threads }) : inProcessWork(services, options);
}
