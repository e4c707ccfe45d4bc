import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type AppConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { readSections } from '../src/retrieval/binaryFile.js';
import type { ParallelBuildOptions } from '../src/retrieval/build/parallelBuild.js';
import { LocalHashEmbeddings } from '../src/retrieval/embeddings.js';
import { openHybridSearcher, updateIndex, type IndexDeps, type IndexProgress } from '../src/retrieval/index.js';
import { readManifest, type Manifest } from '../src/retrieval/manifest.js';
import { SHIPPED_CORPUS } from './support/services.js';

/** The shipped corpus forced through threads: three files a batch, so batches finish out of order on two threads. */
const THREADED: Partial<ParallelBuildOptions> = { fromCorpusBytes: 0, threads: 2, filesPerBatch: 3 };
const SERIAL: Partial<ParallelBuildOptions> = { fromCorpusBytes: Number.POSITIVE_INFINITY };
const QUESTIONS = ['老旧小区改造资金从哪里来', '加装电梯补贴多少钱', '物业服务企业退出怎么办', '公租房租金标准'];

describe('parallel full build', () => {
  let dir: string;
  const configFor = (index: string): AppConfig =>
    loadConfig({ CORPUS_DIR: 'corpus', INDEX_DIR: index, DATA_DIR: 'data', LOG_LEVEL: 'silent' }, { cwd: dir });
  const deps = (config: AppConfig, build: Partial<ParallelBuildOptions>, extra: Partial<IndexDeps> = {}): IndexDeps => ({
    config,
    logger: silentLogger(),
    embeddings: new LocalHashEmbeddings(config.EMBEDDING_DIM),
    build,
    ...extra,
  });
  const manifestOf = async (config: AppConfig) => (await readManifest(config.indexDir)) as Manifest;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'reply-desk-parallel-'));
    await cp(SHIPPED_CORPUS, path.join(dir, 'corpus'), { recursive: true });
    // What a build must skip or warn about, the same way on both paths.
    await writeFile(path.join(dir, 'corpus', 'old.doc'), 'not a docx');
    await writeFile(path.join(dir, 'corpus', 'empty.txt'), '   \n');
    await writeFile(path.join(dir, 'corpus', 'bad-channel.md'), '---\ntitle: "频道写错"\nchannels: ["#general"]\n---\n\n正文一段，说明频道写错的文件会被跳过。\n');
    await writeFile(path.join(dir, 'corpus', 'broken-front.md'), '---\ntitle: [未闭合\n---\n\n前言格式有误，但正文照常入索引。住房公积金提取办法如下。\n');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes the same index as the serial build: chunks, labels, BM25, IDF, graph, summary and answers', async () => {
    const serialConfig = configFor('serial');
    const threadedConfig = configFor('threaded');
    const stages = new Set<IndexProgress['stage']>();
    const serial = await updateIndex(deps(serialConfig, SERIAL), { full: true });
    const threaded = await updateIndex(deps(threadedConfig, THREADED, { onProgress: (p) => stages.add(p.stage) }), { full: true });

    const counts = (s: typeof serial) => ({ ...s, seconds: 0, indexBytes: 0 });
    expect(counts(threaded)).toEqual(counts(serial));
    expect(threaded.skipped.map((s) => s.file).sort()).toEqual(['bad-channel.md', 'empty.txt', 'old.doc']);
    expect(threaded.warnings?.map((w) => w.file)).toEqual(['broken-front.md']);
    expect(threaded.chunks).toBeGreaterThan(30);
    expect([...stages]).toEqual(['files', 'chunks', 'tokens', 'embeddings', 'index']);

    const [a, b] = [await manifestOf(serialConfig), await manifestOf(threadedConfig)];
    expect(b.documents).toEqual(a.documents);
    expect(b.skipped).toEqual(a.skipped);
    // Hashes taken by the parse threads as they read each file: the serial build's, file for file (skipped ones too).
    expect(b.corpus).toEqual(a.corpus);
    expect(b.corpus.map((f) => f.path)).toContain('old.doc');
    const bytes = async (config: AppConfig, file: string) => readFile(path.join(config.indexDir, file));
    expect(await bytes(threadedConfig, b.files.chunkSegments[0].file)).toEqual(await bytes(serialConfig, a.files.chunkSegments[0].file));
    expect(await bytes(threadedConfig, b.files.lexical.file)).toEqual(await bytes(serialConfig, a.files.lexical.file));
    // Same insertion order into the same graphs (one per shard, each built on its own thread): the same files, byte for byte.
    expect(b.files.vectors.map((v) => v.file)).toEqual(a.files.vectors.map((v) => v.file));
    expect(b.files.vectors).toHaveLength(2);
    for (const [i, v] of b.files.vectors.entries()) expect(await bytes(threadedConfig, v.file)).toEqual(await bytes(serialConfig, a.files.vectors[i].file));
    const idf = async (config: AppConfig, m: Manifest) => {
      const r = await readSections(path.join(config.indexDir, m.files.idf!.file), m.files.idf!.fingerprint);
      const buckets = r.uint32('buckets');
      const dfs = r.uint32('dfs');
      return { documents: r.meta.documents, df: new Map([...buckets].map((bucket, i) => [bucket, dfs[i]])) };
    };
    expect(await idf(threadedConfig, b)).toEqual(await idf(serialConfig, a));

    const [s1, s2] = [await openHybridSearcher(deps(serialConfig, SERIAL)), await openHybridSearcher(deps(threadedConfig, THREADED))];
    for (const q of QUESTIONS) {
      const hits = async (s: typeof s1) => (await s.search(q, { k: 8 })).map((h) => [h.chunk.id, h.score]);
      expect(await hits(s2)).toEqual(await hits(s1));
    }
  });

  it('fails with a clear message when a thread dies, and the previous index keeps serving', async () => {
    const config = configFor('index');
    await updateIndex(deps(config, SERIAL), { full: true });
    const manifestBefore = await readFile(path.join(config.indexDir, 'manifest.json'), 'utf8');
    const filesBefore = (await readdir(config.indexDir)).sort();
    const faulty = new URL('./support/faultyBuildThread.ts', import.meta.url);

    await expect(updateIndex(deps(config, { ...THREADED, parseEntry: faulty }), { full: true })).rejects.toThrow(/索引构建线程意外退出/);

    expect(await readFile(path.join(config.indexDir, 'manifest.json'), 'utf8')).toBe(manifestBefore);
    expect((await readdir(config.indexDir)).sort()).toEqual(filesBefore);
    const searcher = await openHybridSearcher(deps(config, SERIAL));
    expect((await searcher.search(QUESTIONS[0], { k: 3 })).length).toBe(3);
  });
});
