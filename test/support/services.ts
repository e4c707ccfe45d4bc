// Builds real Services over a temporary copy of a corpus (for tests of answers, drafts, Slack and the console), and a
// small in-memory Searcher over hand-made chunks for unit tests that do not need the index.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerExtractively, questionFocus, type ExtractiveAnswer } from '../../src/answer/offline/index.js';
import { loadConfig, type AppConfig } from '../../src/config.js';
import { numberPassages } from '../../src/grounding/passages.js';
import { silentLogger, type Logger } from '../../src/logger.js';
import { createServices, type Services } from '../../src/services.js';
import { getTokenizer } from '../../src/text/tokenizer.js';
import type { Chunk, SearchHit, SearchOptions, Searcher } from '../../src/types.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHIPPED_CORPUS = path.join(REPO_ROOT, 'corpus');

export interface TestServicesOptions {
  /** Corpus folder to copy (default: the shipped corpus/). */
  corpus?: string;
  /** A corpus written for the test instead (file name → text); takes the place of `corpus`. */
  files?: Record<string, string>;
  /** Extra environment, e.g. { OPENAI_BASE_URL: fake.baseURL, LLM_TIMEOUT_MS: '1500', LLM_MAX_RETRIES: '0' }. */
  env?: Record<string, string>;
  logger?: Logger;
}

export interface TestServices {
  services: Services;
  config: AppConfig;
  /** The temporary folder holding corpus/, index/ and data/. */
  dir: string;
  cleanup(): Promise<void>;
}

/** Real services (index built by the real ingestion and retrieval code) over a temp copy of the corpus. */
export async function createTestServices(options: TestServicesOptions = {}): Promise<TestServices> {
  const dir = await mkdtemp(path.join(tmpdir(), 'reply-desk-test-'));
  await writeCorpus(path.join(dir, 'corpus'), options);
  const config = loadConfig(
    { CORPUS_DIR: 'corpus', INDEX_DIR: 'index', DATA_DIR: 'data', LOG_LEVEL: 'silent', ...options.env },
    { cwd: dir },
  );
  const services = await createServices(config, options.logger ?? silentLogger());
  return { services, config, dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

async function writeCorpus(corpusDir: string, options: TestServicesOptions): Promise<void> {
  if (!options.files) return cp(options.corpus ?? SHIPPED_CORPUS, corpusDir, { recursive: true });
  await mkdir(corpusDir);
  for (const [name, text] of Object.entries(options.files)) await writeFile(path.join(corpusDir, name), text);
}

/** A chunk with defaults for the fields a test does not care about. */
export function makeChunk(fields: Partial<Chunk> & Pick<Chunk, 'docId' | 'text'>, ordinal = 0): Chunk {
  return {
    id: `${fields.docId}#${fields.ordinal ?? ordinal}`,
    title: fields.docId,
    number: null,
    kind: 'reply',
    sectionPath: '',
    start: 0,
    end: fields.text.length,
    ordinal,
    ...fields,
  };
}

/** The sections of one document as chunks: [section heading path, text] pairs sharing `fields` (title, kind…). */
export function documentChunks(docId: string, fields: Partial<Chunk>, sections: [string, string][]): Chunk[] {
  return sections.map(([sectionPath, text], i) => makeChunk({ docId, sectionPath, text, ...fields }, i));
}

/**
 * Policy passages that share only the housing subject with any suggestion, so word statistics in a small test library
 * are those of a real one (the general words are common, the asked things rare).
 */
export function generalPolicyChunks(count: number, text = (i: number) => `城镇老旧小区改造是重大民生工程，第${i + 1}批改造项目按计划推进，改善居民居住条件。`): Chunk[] {
  return Array.from({ length: count }, (_, i) => makeChunk({ docId: `policy_${i}`, kind: 'policy', title: `老旧小区改造政策问答${i + 1}`, sectionPath: '', text: text(i) }, 0));
}

/**
 * Briefings on city building in general: words every small test library shares, so a draft's evidence gate weighs the
 * asked things as rare, as in a real library.
 */
export function briefingChunks(count = 10): Chunk[] {
  return Array.from({ length: count }, (_, i) =>
    makeChunk({ docId: `brief_${i}`, kind: 'policy', title: `城市建设工作简报${i + 1}`, text: `第${i + 1}期：各项城市建设工作按计划推进，群众满意度持续提升。` }),
  );
}

/** A lexical-overlap Searcher over the given chunks (jieba search terms), enough for unit tests. */
export function memorySearcher(chunks: Chunk[], embeddingsId = 'memory'): Searcher {
  const tokenizer = getTokenizer();
  const indexed = chunks.map((chunk) => ({
    chunk,
    terms: new Set(tokenizer.searchTerms(`${chunk.title} ${chunk.sectionPath} ${chunk.text}`)),
  }));
  return {
    embeddingsId,
    size: () => chunks.length,
    chunksOf: (docId) => chunks.filter((c) => c.docId === docId).sort((a, b) => a.ordinal - b.ordinal),
    async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
      const q = new Set(tokenizer.searchTerms(query));
      const docIds = options.docId === undefined ? undefined : [options.docId].flat();
      const kinds = options.kind === undefined ? undefined : [options.kind].flat();
      return indexed
        .filter(({ chunk }) => (!docIds || docIds.includes(chunk.docId)) && (!kinds || kinds.includes(chunk.kind)))
        .map(({ chunk, terms }) => ({ chunk, score: [...q].filter((t) => terms.has(t)).length / Math.max(1, q.size) }))
        .filter((h) => h.score > 0)
        .sort((a, b) => b.score - a.score)
        .slice(0, options.k ?? 6);
    },
  };
}

/** The in-memory searcher with the document frequencies the answer gate weighs words by (as the real index has). */
export function memorySearcherWithStats(chunks: Chunk[]): Searcher {
  const tokenizer = getTokenizer();
  const terms = chunks.map((c) => new Set(tokenizer.searchTerms(`${c.title} ${c.sectionPath} ${c.text}`)));
  return { ...memorySearcher(chunks), documentFrequency: (t: string) => terms.filter((set) => set.has(t)).length };
}

/**
 * Services over hand-made chunks searched in memory, for draft and answer tests that need no index: with `stats`, the
 * searcher also knows document frequencies, which the evidence gate weighs words by (as the real index does).
 */
export function servicesOverChunks(chunks: Chunk[], { stats = false } = {}): Services {
  const config = loadConfig({ LOG_LEVEL: 'silent' }, { cwd: REPO_ROOT });
  const search = stats ? memorySearcherWithStats(chunks) : memorySearcher(chunks);
  return { config, logger: silentLogger(), search, embeddings: undefined as never };
}

/** Asks the offline engine alone, over `chunks` searched in memory: the top `k` passages, numbered for citation. */
export function extractiveAsker(chunks: Chunk[], k: number): (question: string) => Promise<ExtractiveAnswer> {
  const search = memorySearcher(chunks);
  const tokenizer = getTokenizer();
  return async (question) => {
    const passages = numberPassages(await search.search(question, { k }));
    return answerExtractively(tokenizer, questionFocus(tokenizer, question), passages, { chunksOf: (docId) => search.chunksOf(docId) });
  };
}
