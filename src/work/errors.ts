// Why a piece of work was not done; the Slack layer turns each into a short Chinese reply.

/** The queue is full: the request is refused at once with a "busy, try again" reply instead of waiting unboundedly. */
export class WorkBusyError extends Error {
  constructor(queued: number) {
    super(`work queue full (${queued} waiting)`);
    this.name = 'WorkBusyError';
  }
}

/** The thread running the request died (or could not start); the request gets an apology and the thread restarts. */
export class WorkerCrashedError extends Error {
  constructor(detail: string) {
    super(`work thread failed: ${detail}`);
    this.name = 'WorkerCrashedError';
  }
}
