// What a killed ingest leaves beside INDEX_DIR: its `.tmp-<pid>-*` / `.old-<pid>-*` folders and its `.lock` file.
import type { Logger } from '../logger.js';
import { removeStaleSiblings } from '../io/staleTemp.js';
import { removeLockIfAbandoned } from './lock.js';

/** Removes leftovers whose process is dead; a running build's folder and lock (live pid) are never touched. */
export async function removeIndexLeftovers(indexDir: string, logger: Logger): Promise<void> {
  try {
    await removeStaleSiblings(indexDir, logger);
    if (await removeLockIfAbandoned(`${indexDir}.lock`)) logger.info({ lock: `${indexDir}.lock` }, '已清理被中断的构建留下的索引锁');
  } catch (err) {
    logger.warn({ err: (err as Error).message }, 'could not clean index leftovers');
  }
}
