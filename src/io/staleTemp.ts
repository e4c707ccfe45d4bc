// Leftovers of a process killed mid-write (`<target>.tmp-<pid>-<hex>`, `<target>.old-<pid>-<hex>` folders) are removed
// by the next run, but only when the pid in their name is no longer running on this machine.
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { escapeRegExp } from '../text/regExp.js';

/** True when a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes `<target>.tmp-<pid>-*` and `<target>.old-<pid>-*` siblings whose pid is dead; returns the removed paths. */
export async function removeStaleSiblings(target: string, logger?: Logger): Promise<string[]> {
  const dir = path.dirname(target);
  const pattern = new RegExp(`^${escapeRegExp(path.basename(target))}\\.(?:tmp|old)-(\\d+)-[0-9a-f]+$`);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1] ?? NaN);
    if (Number.isNaN(pid) || pid === process.pid || isProcessAlive(pid)) continue;
    const leftover = path.join(dir, name);
    await rm(leftover, { recursive: true, force: true });
    removed.push(leftover);
    logger?.info({ path: leftover, pid }, '已清理被中断的构建留下的临时目录');
  }
  return removed;
}
