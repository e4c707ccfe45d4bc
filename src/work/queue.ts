import { setImmediate as nextMacrotask } from 'node:timers/promises';
import { WorkBusyError } from './errors.js';

/**
 * Runs CPU-heavy jobs (offline retrieval and answering, drafting, .docx rendering) a few at a time, each started from a
 * fresh macrotask. Offline jobs never wait on I/O, so without this a burst of requests runs back to back as one long
 * chain of microtasks and the event loop cannot accept, verify and ack the next Slack requests within Slack's 3 s.
 */
export class WorkQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  /** `maxQueued`: jobs allowed to wait for a slot; one more is refused with {@link WorkBusyError}. */
  constructor(
    private readonly concurrency = 2,
    private readonly maxQueued = Infinity,
  ) {}

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency && this.waiting.length >= this.maxQueued) throw new WorkBusyError(this.waiting.length);
    if (this.running >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      await nextMacrotask();
      return await job();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  /** Jobs waiting for a slot (for logs and tests). */
  get backlog(): number {
    return this.waiting.length;
  }
}
