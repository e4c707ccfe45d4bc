import { Worker } from 'node:worker_threads';
import type { AppConfig } from '../config.js';
import { DraftInputError } from '../draft/input.js';
import { stopThread } from '../io/stopThread.js';
import type { Logger } from '../logger.js';
import { WorkBusyError, WorkerCrashedError } from './errors.js';
import type { FromWorker, Task, TaskResult, ToWorker, WorkerBoot } from './protocol.js';

export interface WorkPoolOptions {
  config: AppConfig;
  logger: Logger;
  threads: number;
  maxQueued: number;
  tasksPerThread: number;
  restartDelayMs: number;
  maxRestartDelayMs: number;
  nice: number;
  /** The TypeScript module each thread runs (default ./worker.ts). */
  entry?: URL;
}

interface Job {
  id: number;
  task: Task;
  onToken?: (text: string) => void;
  resolve(result: TaskResult): void;
  reject(err: Error): void;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  /** The index generation this thread has loaded; below the pool's, it reloads before its next task. */
  generation: number;
  reloading: boolean;
  running: Map<number, Job>;
  /** Reloads in flight: called with whether the thread loaded the index. */
  reloads: Map<number, (ok: boolean) => void>;
  /** Resolves when the thread is ready or has exited. */
  settled: Promise<void>;
  stopping: boolean;
}

/** Errors whose class the Slack layer acts on are rebuilt as that class; others keep their name and message. */
const REBUILT_ERRORS: Record<string, (message: string) => Error> = {
  DraftInputError: (message) => new DraftInputError(message),
};

function errorFromThread(name: string, message: string): Error {
  return REBUILT_ERRORS[name]?.(message) ?? Object.assign(new Error(message), { name });
}

const BOOT = new URL('./boot.mjs', import.meta.url);
const DEFAULT_ENTRY = new URL('./worker.ts', import.meta.url);

/**
 * Worker threads with a bounded queue. A task goes to a ready thread with a free slot and an up-to-date index; a
 * full queue refuses at once ({@link WorkBusyError}); a thread that dies fails its running tasks
 * ({@link WorkerCrashedError}) and is restarted, while queued tasks wait for the restarted one.
 */
export class WorkPool {
  private readonly threads = new Set<Thread>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private generation = 0;
  private failuresInRow = 0;
  private closed = false;
  /** Why the last thread that failed to start failed; cleared when a thread starts. */
  private lastStartFailure: string | null = null;
  private readonly restartTimers = new Set<NodeJS.Timeout>();

  constructor(private readonly options: WorkPoolOptions) {}

  get backlog(): number {
    return this.queue.length;
  }

  /** Threads ready to take tasks, and why the last one that could not start could not. */
  get status(): { ready: number; startFailure: string | null } {
    return { ready: [...this.threads].filter((t) => t.ready).length, startFailure: this.lastStartFailure };
  }

  /** Starts the missing threads now, without waiting for the back-off after failed starts. */
  async restart(): Promise<void> {
    for (const timer of this.restartTimers) clearTimeout(timer);
    this.restartTimers.clear();
    this.failuresInRow = 0;
    await this.start();
    this.dispatch();
  }

  /** Starts the missing threads and waits until each is ready (or has failed to start). */
  async start(): Promise<void> {
    while (!this.closed && this.threads.size + this.restartTimers.size < this.options.threads) this.spawn();
    await Promise.all([...this.threads].map((t) => t.settled));
  }

  run(task: Task, onToken?: (text: string) => void): Promise<TaskResult> {
    if (this.closed) return Promise.reject(new WorkerCrashedError('the pool is closed'));
    if (this.queue.length >= this.options.maxQueued) return Promise.reject(new WorkBusyError(this.queue.length));
    if (this.threads.size + this.restartTimers.size === 0) void this.start();
    return new Promise<TaskResult>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, onToken, resolve, reject });
      this.dispatch();
    });
  }

  /** Every thread loads the index from INDEX_DIR again; resolves when the ready ones have. */
  async reload(): Promise<void> {
    this.generation += 1;
    await Promise.all([...this.threads].filter((t) => t.ready).map((t) => this.reloadThread(t)));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.restartTimers) clearTimeout(timer);
    this.restartTimers.clear();
    for (const job of this.queue.splice(0)) job.reject(new WorkerCrashedError('the pool is closed'));
    await Promise.all(
      [...this.threads].map(async (t) => {
        t.stopping = true;
        await stopThread(t.worker);
      }),
    );
  }

  private spawn(): void {
    const { config, entry = DEFAULT_ENTRY } = this.options;
    const boot: WorkerBoot = { entry: entry.href, config, logLevel: this.options.logger.level, nice: this.options.nice };
    const worker = new Worker(BOOT, { workerData: boot });
    let settle!: () => void;
    const thread: Thread = {
      worker,
      ready: false,
      generation: this.generation,
      reloading: false,
      running: new Map(),
      reloads: new Map(),
      settled: new Promise<void>((resolve) => (settle = resolve)),
      stopping: false,
    };
    this.threads.add(thread);
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'ready') {
        thread.ready = true;
        this.failuresInRow = 0;
        this.lastStartFailure = null;
        settle();
      }
      this.onMessage(thread, message);
    });
    worker.on('error', (err) => this.options.logger.error({ err, threadId: worker.threadId }, 'work thread threw'));
    worker.on('exit', (code) => {
      settle();
      this.onExit(thread, code);
    });
  }

  private onMessage(thread: Thread, message: FromWorker): void {
    switch (message.type) {
      case 'token':
        thread.running.get(message.id)?.onToken?.(message.text);
        return;
      case 'done':
      case 'failed': {
        const job = thread.running.get(message.id);
        thread.running.delete(message.id);
        if (job && message.type === 'done') job.resolve(message.result);
        else if (job && message.type === 'failed') job.reject(errorFromThread(message.name, message.message));
        break;
      }
      case 'reloaded':
        // A thread that could not load the index on disk (not current, unreadable) keeps answering from the index it
        // has: a restart would not help, and a thread never builds one. The next reload tries again.
        if (message.error) this.options.logger.warn({ err: message.error, threadId: thread.worker.threadId }, 'work thread kept its index: the index on disk could not be loaded');
        thread.reloads.get(message.id)?.(!message.error);
        thread.reloads.delete(message.id);
        break;
      case 'startFailed':
        this.lastStartFailure = message.message;
        this.options.logger.error({ err: message.message, threadId: thread.worker.threadId }, 'work thread could not start');
        return;
    }
    this.dispatch();
  }

  private onExit(thread: Thread, code: number): void {
    this.threads.delete(thread);
    for (const done of thread.reloads.values()) done(false);
    const lost = [...thread.running.values()];
    thread.running.clear();
    if (thread.stopping) {
      for (const job of lost) job.reject(new WorkerCrashedError('the pool is closed'));
      return;
    }
    this.options.logger.error({ exitCode: code, threadId: thread.worker.threadId, tasks: lost.map((j) => j.task.kind), started: thread.ready }, 'work thread exited; restarting it');
    for (const job of lost) job.reject(new WorkerCrashedError(`exit code ${code}`));
    if (!thread.ready) this.failuresInRow += 1;
    const anyReady = [...this.threads].some((t) => t.ready);
    // Nothing can serve the queue until a thread starts: answer the waiting requests now rather than never.
    if (!thread.ready && !anyReady) for (const job of this.queue.splice(0)) job.reject(new WorkerCrashedError('no work thread could start'));
    if (this.closed) return;
    const delay = thread.ready ? 0 : Math.min(this.options.maxRestartDelayMs, this.options.restartDelayMs * 2 ** (this.failuresInRow - 1));
    const timer = setTimeout(() => {
      this.restartTimers.delete(timer);
      if (this.closed) return;
      this.spawn();
      this.dispatch();
    }, delay);
    this.restartTimers.add(timer);
  }

  private reloadThread(thread: Thread): Promise<void> {
    const id = this.nextId++;
    const target = this.generation;
    thread.reloading = true;
    return new Promise<void>((resolve) => {
      thread.reloads.set(id, () => {
        // Failed or not, the thread has tried this generation and goes back to work (on its old index if it failed).
        thread.reloading = false;
        thread.generation = Math.max(thread.generation, target);
        resolve();
      });
      this.post(thread, { type: 'reload', id });
    });
  }

  private post(thread: Thread, message: ToWorker): void {
    thread.worker.postMessage(message);
  }

  /** Hands queued tasks to threads with free slots; a thread behind on the index reloads first. */
  private dispatch(): void {
    for (const thread of this.threads) {
      if (!thread.ready || thread.reloading || thread.stopping) continue;
      if (thread.generation < this.generation) {
        void this.reloadThread(thread);
        continue;
      }
      while (this.queue.length > 0 && thread.running.size < this.options.tasksPerThread) {
        const job = this.queue.shift()!;
        thread.running.set(job.id, job);
        this.post(thread, { type: 'task', id: job.id, task: job.task });
      }
    }
  }
}
