// Markers a test puts in a question to make test/support/faultyWorker.ts misbehave on that task.

/** A task whose text holds this ends its thread (a crash). */
export const CRASH_MARKER = '【测试：线程崩溃】';
/** A task whose text holds this keeps its thread busy (synchronously) for BUSY_MS first. */
export const BUSY_MARKER = '【测试：线程繁忙】';
export const BUSY_MS = 3_000;

/** The test worker module, for SlackAppOptions.workOptions.entry. */
export const FAULTY_WORKER = new URL('./faultyWorker.ts', import.meta.url);
