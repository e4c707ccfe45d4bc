import { open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { isProcessAlive } from '../io/staleTemp.js';

export interface LockOptions {
  /** Give up waiting after this long. */
  timeoutMs?: number;
  /** A lock older than this is taken to be left over from a crashed process. */
  staleMs?: number;
  pollMs?: number;
}

export interface HeldLock {
  /** True when another holder had the lock first and this one waited for it. */
  waited: boolean;
  release(): Promise<void>;
}

interface LockRecord {
  pid: number;
  host: string;
  at: number;
  token: string;
}

/**
 * An exclusive lock file (created with O_EXCL), safe across processes and within one process.
 * A lock whose process is gone (same host) or that is older than `staleMs` is broken.
 */
export async function acquireLock(lockPath: string, options: LockOptions = {}): Promise<HeldLock> {
  const { timeoutMs = 15 * 60_000, staleMs = 30 * 60_000, pollMs = 100 } = options;
  const token = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const deadline = Date.now() + timeoutMs;
  let waited = false;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx');
      const record: LockRecord = { pid: process.pid, host: hostname(), at: Date.now(), token };
      await handle.writeFile(JSON.stringify(record));
      await handle.close();
      return { waited, release: () => releaseLock(lockPath, token) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    waited = true;
    if (await isAbandoned(lockPath, staleMs)) {
      await unlink(lockPath).catch(() => undefined);
      continue;
    }
    if (Date.now() > deadline) throw new Error(`等待索引锁超时：${lockPath}（另一个 ingest 仍在运行？）`);
    await sleep(pollMs);
  }
}

async function releaseLock(lockPath: string, token: string): Promise<void> {
  const record = await readRecord(lockPath);
  if (record?.token === token) await unlink(lockPath).catch(() => undefined);
}

async function readRecord(lockPath: string): Promise<LockRecord | undefined> {
  try {
    return JSON.parse(await readFile(lockPath, 'utf8')) as LockRecord;
  } catch {
    return undefined;
  }
}

async function isAbandoned(lockPath: string, staleMs: number): Promise<boolean> {
  const record = await readRecord(lockPath);
  // A lock file being written right now has no record yet: give its owner a few seconds.
  if (!record) {
    const info = await stat(lockPath).catch(() => undefined);
    return info !== undefined && Date.now() - info.mtimeMs > 10_000;
  }
  if (Date.now() - record.at > staleMs) return true;
  return record.host === hostname() && !isProcessAlive(record.pid);
}

/** Deletes the lock file when its holder is gone (killed ingest); returns true when it did. */
export async function removeLockIfAbandoned(lockPath: string, staleMs = 30 * 60_000): Promise<boolean> {
  if (!(await stat(lockPath).catch(() => undefined))) return false;
  if (!(await isAbandoned(lockPath, staleMs))) return false;
  await unlink(lockPath).catch(() => undefined);
  return true;
}
