import { describe, expect, it } from 'vitest';
import { WorkQueue } from '../src/work/queue.js';
import { WorkBusyError } from '../src/work/index.js';

function busy(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    /* CPU-bound work, like offline drafting */
  }
}

describe('WorkQueue (keeps Slack acks flowing while heavy work runs)', () => {
  it('runs at most `concurrency` jobs at once and returns each result', async () => {
    const queue = new WorkQueue(2);
    let running = 0;
    let peak = 0;
    const job = (n: number) => async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      return n * 10;
    };
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => queue.run(job(n))));
    expect(results).toEqual([10, 20, 30, 40, 50]);
    expect(peak).toBe(2);
    expect(queue.backlog).toBe(0);
  });

  it('passes a failing job’s error to its caller and keeps serving the others', async () => {
    const queue = new WorkQueue(1);
    const failing = queue.run(async () => {
      throw new Error('model down');
    });
    const ok = queue.run(async () => 'still answered');
    await expect(failing).rejects.toThrow('model down');
    await expect(ok).resolves.toBe('still answered');
  });

  it('lets I/O callbacks (a new Slack request) run between CPU-bound jobs', async () => {
    const queue = new WorkQueue(1);
    const order: string[] = [];
    const jobs = [1, 2, 3].map((n) =>
      queue.run(async () => {
        busy(20);
        order.push(`job${n}`);
      }),
    );
    // Scheduled after the jobs were queued: without the queue it would run only after all three.
    setImmediate(() => order.push('ack'));
    await Promise.all(jobs);
    expect(order.indexOf('ack')).toBeLessThan(order.indexOf('job3'));
  });

  it('refuses a job at once when `maxQueued` jobs already wait, and runs every accepted one', async () => {
    const queue = new WorkQueue(1, 1);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = queue.run(async () => {
      await gate;
      return 'first';
    });
    const second = queue.run(async () => 'second');
    await expect(queue.run(async () => 'third')).rejects.toBeInstanceOf(WorkBusyError);
    release();
    await expect(Promise.all([first, second])).resolves.toEqual(['first', 'second']);
  });
});
