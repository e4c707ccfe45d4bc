// What a full build indexes, pinned: the shipped corpus, two eval corpora and a small synthetic one, built serially
// and through threads, must index the same chunk table, BM25 postings and norms, IDF and embedding graphs; and the
// chunks, BM25 and IDF must hash to the digests recorded before the build was sped up. A speed-up that changes what
// is indexed fails here. The graphs are compared serial against threaded only: hnswlib's float sums may round
// differently on another CPU, which changes no answer but would change a recorded hash.
// `RECORD_INDEX_DIGESTS=1 npx vitest run test/index-digest.test.ts` records them again (only for an intended change).
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocuments, loadSentencePool } from '../bench/synthetic.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import type { ParallelBuildOptions } from '../src/retrieval/build/parallelBuild.js';
import { LocalHashEmbeddings } from '../src/retrieval/embeddings.js';
import { updateIndex } from '../src/retrieval/index.js';
import { readManifest, type Manifest } from '../src/retrieval/manifest.js';
import { REPO_ROOT, SHIPPED_CORPUS } from './support/services.js';

const DIGESTS = path.join(REPO_ROOT, 'test/fixtures/index-digests.json');
const RECORD = process.env.RECORD_INDEX_DIGESTS === '1';
const SERIAL: Partial<ParallelBuildOptions> = { fromCorpusBytes: Number.POSITIVE_INFINITY };
/** Three files a batch on two threads, so batches finish out of order. */
const THREADED: Partial<ParallelBuildOptions> = { fromCorpusBytes: 0, threads: 2, filesPerBatch: 3 };
const SYNTHETIC_DOCUMENTS = 60;

const CORPORA: Record<string, string> = {
  shipped: SHIPPED_CORPUS,
  bureau2: path.join(REPO_ROOT, 'test/fixtures/eval/bureau2/corpus'),
  bureau3: path.join(REPO_ROOT, 'test/fixtures/eval/bureau3/corpus'),
  synthetic: 'synthetic',
};

type Digest = Record<string, string | number>;

/** SHA-256 of each data file of the index (chunks, BM25, IDF, one graph per shard) and what the manifest lists. */
async function digestOf(indexDir: string): Promise<Digest> {
  const manifest = (await readManifest(indexDir)) as Manifest;
  const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
  const file = async (name: string) => sha(await readFile(path.join(indexDir, name)));
  const { files } = manifest;
  const digest: Digest = { labels: files.labels, dimension: files.dimension };
  digest.chunks = sha((await Promise.all(files.chunkSegments.map((s) => file(s.file)))).join());
  digest.lexical = await file(files.lexical.file);
  if (files.idf) digest.idf = await file(files.idf.file);
  for (const [shard, v] of files.vectors.entries()) digest[`vectors${shard}`] = sha(graphWithoutCapacity(await readFile(path.join(indexDir, v.file))));
  digest.documents = sha(JSON.stringify(Object.entries(manifest.documents).map(([id, e]) => [id, e.path, e.chunks, e.chars, e.redactions])));
  digest.skipped = sha(JSON.stringify(manifest.skipped.map((s) => [s.file, s.reason])));
  return digest;
}

function withoutGraphs(digest: Digest): Digest {
  return Object.fromEntries(Object.entries(digest).filter(([key]) => !key.startsWith('vectors'))) as Digest;
}

/**
 * A graph file without hnswlib's max_elements (bytes 8–15 of its header): spare room, which the serial build sizes
 * from the whole corpus and a threaded one from its shard; the vectors, links and levels are what is compared.
 */
function graphWithoutCapacity(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  copy.fill(0, 8, 16);
  return copy;
}

describe('what a full build indexes', () => {
  let dir: string;
  const recorded: Record<string, Digest> = {};
  let expected: Record<string, Digest> = {};

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'reply-desk-digest-'));
    const synthetic = path.join(dir, 'synthetic');
    const pool = await loadSentencePool(SHIPPED_CORPUS);
    for (const doc of generateDocuments(pool, SYNTHETIC_DOCUMENTS, 7)) {
      await mkdir(path.dirname(path.join(synthetic, doc.path)), { recursive: true });
      await writeFile(path.join(synthetic, doc.path), doc.text);
    }
    await cp(path.join(SHIPPED_CORPUS, 'bureau.yml'), path.join(synthetic, 'bureau.yml')).catch(() => undefined);
    if (!RECORD) expected = JSON.parse(await readFile(DIGESTS, 'utf8')) as Record<string, Digest>;
  });
  afterAll(async () => {
    if (RECORD) await writeFile(DIGESTS, `${JSON.stringify(recorded, null, 2)}\n`);
    await rm(dir, { recursive: true, force: true });
  });

  for (const [name, source] of Object.entries(CORPORA)) {
    it(`${name}: the serial and the threaded build index exactly what was recorded`, async () => {
      const corpus = source === 'synthetic' ? path.join(dir, 'synthetic') : source;
      const build = async (mode: string, options: Partial<ParallelBuildOptions>) => {
        const config = loadConfig({ CORPUS_DIR: corpus, INDEX_DIR: path.join(dir, `${name}-${mode}`), DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'silent' }, { cwd: dir });
        const deps = { config, logger: silentLogger(), embeddings: new LocalHashEmbeddings(config.EMBEDDING_DIM), build: options };
        await updateIndex(deps, { full: true });
        return digestOf(config.indexDir);
      };
      const serial = await build('serial', SERIAL);
      const threaded = await build('threaded', THREADED);
      expect(serial.labels).toBeGreaterThan(20);
      expect(threaded).toEqual(serial);
      if (RECORD) recorded[name] = serial;
      else expect(withoutGraphs(serial)).toEqual(withoutGraphs(expected[name]));
    }, 60_000);
  }
});
