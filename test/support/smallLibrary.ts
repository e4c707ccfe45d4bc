// A hybrid searcher over a few documents written in a test (chunked as ingest chunks them, local embeddings).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chunkDocument } from '../../src/corpus/chunk.js';
import { parseDocument } from '../../src/corpus/index.js';
import { LocalHashEmbeddings } from '../../src/retrieval/embeddings.js';
import type { HybridSearcher } from '../../src/retrieval/hybridSearch.js';
import { buildSearcherFromChunks } from '../../src/retrieval/ingest.js';

interface SmallLibrary {
  searcher: HybridSearcher;
  /** Removes the index directory. */
  dispose(): void;
}

/** Documents by docId (raw text with front matter), each read from `folder/<docId>.txt`. */
async function smallLibrary(docs: Record<string, string>, folder = 'docs'): Promise<SmallLibrary> {
  const chunks = Object.entries(docs).flatMap(([docId, raw]) => chunkDocument(parseDocument({ docId, path: `${folder}/${docId}.txt`, raw })));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'small-library-'));
  const { searcher } = await buildSearcherFromChunks(dir, chunks, new LocalHashEmbeddings(256));
  return { searcher, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Registers, in the calling file or describe block, the hooks that build a small library of `docs` (as
 * {@link smallLibrary}) before its tests and remove it after them; its searcher is there once the block's beforeAll ran.
 */
export function smallLibraryForBlock(docs: Record<string, string>, folder?: string): { readonly searcher: HybridSearcher } {
  let library: SmallLibrary | undefined;
  beforeAll(async () => {
    library = await smallLibrary(docs, folder);
  });
  afterAll(() => library?.dispose());
  return {
    get searcher() {
      if (!library) throw new Error('the small library is built in beforeAll: use it inside a test or a later hook');
      return library.searcher;
    },
  };
}
