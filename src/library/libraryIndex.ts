// The seam between the library (documents added and removed from Slack) and the index: bring the index in line
// with CORPUS_DIR and make the running process answer from the result.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SearcherHandle, type IngestSummary } from '../retrieval/index.js';
import type { Services } from '../services.js';
import { indexCatalog, type IndexCatalog } from './catalog.js';

/** What one index update did: the part of an ingest's summary that is reported (`npm run --silent ingest -- --json`, the library's log). */
export type IndexUpdate = Pick<IngestSummary, 'mode' | 'added' | 'updated' | 'removed' | 'unchanged' | 'chunks' | 'seconds'>;

/** The reported part of an ingest's summary, its fields in this order. */
export function indexUpdateOf(s: IngestSummary): IndexUpdate {
  return { mode: s.mode, added: s.added, updated: s.updated, removed: s.removed, unchanged: s.unchanged, chunks: s.chunks, seconds: s.seconds };
}

export interface LastIngest {
  /** ISO time. */
  at: string;
  mode: IndexUpdate['mode'] | null;
}

export interface LibraryIndex {
  /** Updates the index from CORPUS_DIR and swaps the running searcher. Calls run one at a time. */
  update(): Promise<IndexUpdate>;
  /** The last update this process made, else when the index on disk was built; null when unknown. */
  lastIngest(): Promise<LastIngest | null>;
  /** What the serving index holds about these documents (read where the index is loaded). */
  catalog(docIds: string[]): Promise<IndexCatalog>;
}

/** What the index manifest records about its build (read defensively: its layout belongs to src/retrieval/). */
async function manifestBuiltAt(indexDir: string): Promise<string | null> {
  try {
    const manifest = JSON.parse(await readFile(path.join(indexDir, 'manifest.json'), 'utf8')) as { builtAt?: unknown; updatedAt?: unknown };
    const at = manifest.updatedAt ?? manifest.builtAt;
    return typeof at === 'string' ? at : null;
  } catch {
    return null;
  }
}

/**
 * Updates the index incrementally (only the documents added, changed or removed in CORPUS_DIR) and switches the
 * running searcher to it; requests already running finish on the old one. A failed update leaves the old index serving.
 */
export function createLibraryIndex(services: Services): LibraryIndex {
  let queue: Promise<unknown> = Promise.resolve();
  let last: LastIngest | null = null;

  async function updateNow(): Promise<IndexUpdate> {
    const { logger, search } = services;
    if (!(search instanceof SearcherHandle)) throw new Error('当前检索服务不支持在线更新索引');
    const result = indexUpdateOf(await search.update());
    last = { at: new Date().toISOString(), mode: result.mode };
    logger.info(result, '文件库索引已更新');
    return result;
  }

  return {
    update() {
      const run = queue.then(updateNow, updateNow);
      queue = run.catch(() => undefined);
      return run;
    },
    async lastIngest() {
      if (last) return last;
      const at = await manifestBuiltAt(services.config.indexDir);
      return at ? { at, mode: null } : null;
    },
    catalog: async (docIds) => indexCatalog(services.search, docIds),
  };
}
