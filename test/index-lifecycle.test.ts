import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type AppConfig } from '../src/config.js';
import { LocalHashEmbeddings } from '../src/retrieval/embeddings.js';
import { buildIndex, openSearcher, type IndexDeps } from '../src/retrieval/index.js';
import { acquireLock } from '../src/retrieval/lock.js';

const REPO_CORPUS = path.resolve('corpus');
const XUCHANG = 'replies/xuchang_zx7-4_no104_2020.txt';

/** A logger that remembers its messages, so a test can see that a rebuild was announced. */
function recordingLogger(): { logger: pino.Logger; messages: string[] } {
  const messages: string[] = [];
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => messages.push(String(JSON.parse(line).msg)) },
  );
  return { logger, messages };
}

function countTextFiles(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.txt')).length;
}

describe('index lifecycle', () => {
  let root: string;
  let config: AppConfig;

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'index-lifecycle-'));
    cpSync(REPO_CORPUS, path.join(root, 'corpus'), { recursive: true });
    config = loadConfig({ CORPUS_DIR: 'corpus', INDEX_DIR: '.index', LOG_LEVEL: 'silent' }, { cwd: root });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const deps = (overrides: Partial<IndexDeps> = {}): IndexDeps => ({
    config,
    logger: recordingLogger().logger,
    embeddings: new LocalHashEmbeddings(config.EMBEDDING_DIM),
    ...overrides,
  });

  /** The documents of the top 3 hits. */
  async function topDocsFor(question: string, d: IndexDeps = deps()): Promise<string[]> {
    const searcher = await openSearcher(d);
    return (await searcher.search(question, { k: 3 })).map((h) => h.chunk.docId);
  }

  it('builds a missing index on first use, with a log line, and reuses it afterwards', async () => {
    const { logger, messages } = recordingLogger();
    expect(await topDocsFor('延中小区居民出资多少万元', deps({ logger }))).toContain('xuchang_zx7-4_no104_2020');
    expect(existsSync(path.join(config.indexDir, 'manifest.json'))).toBe(true);
    expect(messages.some((m) => m.includes('索引需要重建') && m.includes('不存在'))).toBe(true);

    const second = recordingLogger();
    const searcher = await openSearcher(deps({ logger: second.logger }));
    expect(searcher.size()).toBeGreaterThan(10);
    expect(second.messages.some((m) => m.includes('重建'))).toBe(false);
  });

  it('rebuilds after the index folder is deleted', async () => {
    await buildIndex(deps(), { force: true });
    rmSync(config.indexDir, { recursive: true, force: true });
    expect(await topDocsFor('钱粮湖镇为什么不能纳入老旧小区改造')).toContain('junshan_rd5-5_no1_2021');
  });

  it.each([
    ['the first vector shard', /^vectors0-\d+\.hnsw$/],
    ['the second vector shard', /^vectors1-\d+\.hnsw$/],
    ['the BM25 index', /^lexical-\d+\.bin$/],
    ['the chunk store', /^chunks-\d+\.bin$/],
    ['the IDF table', /^idf-\d+\.bin$/],
    ['the manifest', /^manifest\.json$/],
  ])('rebuilds when %s is corrupt', async (_what, pattern) => {
    await buildIndex(deps(), { force: true });
    const file = readdirSync(config.indexDir).find((name) => pattern.test(name));
    expect(file).toBeDefined();
    const target = path.join(config.indexDir, file!);
    const bytes = readFileSync(target);
    bytes.fill(0x7b, Math.floor(bytes.length / 3), Math.floor(bytes.length / 3) + 64);
    writeFileSync(target, bytes);
    const { logger, messages } = recordingLogger();
    expect(await topDocsFor('牡丹江2022年改造涉及多少户居民', deps({ logger }))).toContain('mudanjiang_plan_2022');
    expect(messages.some((m) => m.includes('索引需要重建'))).toBe(true);
  });

  it('replaces an index in the previous format (JSON files) with a rebuild, and removes its files', async () => {
    mkdirSync(path.join(config.indexDir, 'vector'), { recursive: true });
    writeFileSync(path.join(config.indexDir, 'manifest.json'), JSON.stringify({ format: 'retrieval-2', files: {} }));
    writeFileSync(path.join(config.indexDir, 'chunks.json'), '[]');
    writeFileSync(path.join(config.indexDir, 'lexical.json'), '{}');
    const { logger, messages } = recordingLogger();
    expect(await topDocsFor('延中小区居民出资多少万元', deps({ logger }))).toContain('xuchang_zx7-4_no104_2020');
    expect(messages.some((m) => m.includes('索引需要重建') && m.includes('格式版本已变化'))).toBe(true);
    expect(readdirSync(config.indexDir).filter((n) => ['vector', 'chunks.json', 'lexical.json'].includes(n))).toEqual([]);
  });

  it('refuses an INDEX_DIR that is a file, a folder of other files, or the corpus itself, and deletes nothing', async () => {
    const notes = path.join(root, 'notes');
    writeFileSync(path.join(root, 'readme.txt'), 'keep me');
    cpSync(path.join(config.corpusDir, XUCHANG), path.join(notes, 'mine.txt'));
    for (const [indexDir, message] of [
      [path.join(root, 'readme.txt'), /不是目录/],
      [notes, /已有其他文件/],
      [config.corpusDir, /语料目录/],
      [root, /语料目录/],
    ] as const) {
      await expect(openSearcher(deps({ config: { ...config, indexDir } }))).rejects.toThrow(message);
    }
    expect(readFileSync(path.join(root, 'readme.txt'), 'utf8')).toBe('keep me');
    expect(readdirSync(notes)).toEqual(['mine.txt']);
    expect(countTextFiles(config.corpusDir)).toBeGreaterThan(3);
  });

  it('refuses an index inside the corpus unless its folder is hidden (then it works and stays fresh)', async () => {
    await expect(openSearcher(deps({ config: { ...config, indexDir: path.join(config.corpusDir, 'idx') } }))).rejects.toThrow(/须以“\.”开头/);
    const hidden = deps({ config: { ...config, indexDir: path.join(config.corpusDir, '.idx') } });
    expect(await topDocsFor('延中小区居民出资多少万元', hidden)).toContain('xuchang_zx7-4_no104_2020');
    const { logger, messages } = recordingLogger();
    await openSearcher({ ...hidden, logger });
    expect(messages.some((m) => m.includes('重建'))).toBe(false);
  });

  it('says clearly when CORPUS_DIR is a file', async () => {
    const file = path.join(config.corpusDir, XUCHANG);
    await expect(openSearcher(deps({ config: { ...config, corpusDir: file } }))).rejects.toThrow(/语料路径不是目录/);
  });

  it('updates the index when a corpus file changes, and finds the new content', async () => {
    await buildIndex(deps(), { force: true });
    const file = path.join(config.corpusDir, XUCHANG);
    writeFileSync(file, readFileSync(file, 'utf8').replace('26 万元', '88 万元').replace('延中小区', '青梅小区'));
    const { logger, messages } = recordingLogger();
    const searcher = await openSearcher(deps({ logger }));
    expect(messages.some((m) => m.includes('语料文件已变化'))).toBe(true);
    const [hit] = await searcher.search('青梅小区居民出资', { k: 1 });
    expect(hit.chunk.text).toMatch(/88\s*万元/);
  });

  it('keeps the index when only the corpus README or a .json data file changes (they are not documents)', async () => {
    await buildIndex(deps(), { force: true });
    writeFileSync(path.join(config.corpusDir, 'README.md'), '# 语料说明\n\n新增一段说明。\n');
    writeFileSync(path.join(config.corpusDir, 'notes.json'), '{"note": "not a document"}\n');
    const { logger, messages } = recordingLogger();
    await openSearcher(deps({ logger }));
    expect(messages.some((m) => m.includes('重建'))).toBe(false);
  });

  it('adds a new document incrementally, and rebuilds when the embeddings change', async () => {
    await buildIndex(deps(), { force: true });
    writeFileSync(
      path.join(config.corpusDir, 'policies', 'elevator.txt'),
      '---\ntitle: "既有住宅加装电梯补贴办法"\nkind: "policy"\n---\n\n一、补贴标准\n\n既有住宅加装电梯的，每部电梯补贴二十万元，由区财政在验收后拨付。\n',
    );
    expect(await topDocsFor('加装电梯每部补贴多少')).toContain('elevator');
    const { logger, messages } = recordingLogger();
    const searcher = await openSearcher(deps({ logger, embeddings: new LocalHashEmbeddings(256) }));
    expect(messages.some((m) => m.includes('嵌入模型已变化'))).toBe(true);
    expect(searcher.embeddingsId).toBe('local-hash-256');
  });

  it('two concurrent builds leave one valid index and no temporary folders', async () => {
    const [a, b] = await Promise.all([buildIndex(deps(), { force: true }), buildIndex(deps(), { force: true })]);
    expect(a.chunks).toBe(b.chunks);
    expect([a.reused, b.reused].filter(Boolean)).toHaveLength(1);
    const leftovers = readdirSync(root).filter((n) => n.startsWith('.index.'));
    expect(leftovers).toEqual([]);
    const searcher = await openSearcher(deps());
    expect(searcher.size()).toBe(a.chunks);
    expect(await topDocsFor('个旧主城区有多少栋住宅楼纳入改造')).toContain('gejiu_rd17-6_no55_2021');
  });

  it('a lock left by a process that no longer exists does not block a build', async () => {
    writeFileSync(`${config.indexDir}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), at: Date.now(), token: 'x' }));
    const summary = await buildIndex(deps(), { force: true });
    expect(summary.chunks).toBeGreaterThan(10);
    expect(summary.documents).toBe(countTextFiles(config.corpusDir));
    expect(existsSync(`${config.indexDir}.lock`)).toBe(false);
  });

  it('a lock held by a live holder makes the next one wait', async () => {
    const lockPath = path.join(root, 'x.lock');
    const first = await acquireLock(lockPath);
    let secondHeld = false;
    const second = acquireLock(lockPath, { pollMs: 10 }).then((l) => {
      secondHeld = true;
      return l;
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(secondHeld).toBe(false);
    await first.release();
    const lock = await second;
    expect(lock.waited).toBe(true);
    await lock.release();
  });
});
