// A large index's chunk texts and BM25 postings are read from disk, and checked block by block, when first used:
// the same answers as an index held in memory, damage refused when read, and the index rebuilt by its owner.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config.js';
import { CHECK_BLOCK, IndexDamaged } from '../src/retrieval/checkedRegion.js';
import { ChunkTable } from '../src/retrieval/chunkTable.js';
import { LocalHashEmbeddings } from '../src/retrieval/embeddings.js';
import { LexicalIndex } from '../src/retrieval/fullTextRecall.js';
import { buildIndex, loadSearcher, openSearcher, type IndexDeps } from '../src/retrieval/index.js';
import { readManifest } from '../src/retrieval/manifest.js';
import type { ChunkTerms } from '../src/retrieval/terms.js';
import type { Chunk } from '../src/types.js';

/** Read lazily whatever the size (the default reads a small section whole at load). */
const LAZY = { eagerCheckBytes: 0, eagerPostingsBytes: 0 };

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

/** Flips one byte in each block of the last section of `file` (which starts at `headBytes`). */
function damageEveryBlock(file: string, headBytes: number): void {
  const bytes = readFileSync(file);
  for (let at = headBytes + 7; at < bytes.length; at += CHECK_BLOCK) bytes[at] ^= 0x20;
  writeFileSync(file, bytes);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'lazy-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('BM25 postings read term by term', () => {
  const rand = random(7);
  const vocabulary = Array.from({ length: 2000 }, (_, i) => `t${i}`);
  const draw = () => Math.floor(vocabulary.length * rand() ** 3);
  const field = (n: number) => Uint32Array.from({ length: n }, draw);
  const docs: ChunkTerms[] = Array.from({ length: 1500 }, () => ({ title: field(3), heading: field(2), body: field(40 + Math.floor(rand() * 150)) }));
  const index = LexicalIndex.build(vocabulary, docs);
  const queries = Array.from({ length: 80 }, () => Array.from({ length: 1 + Math.floor(rand() * 5) }, () => vocabulary[Math.floor(vocabulary.length * rand() ** 2)]));
  const file = path.join(dir, 'lexical.bin');

  it('answers every query, exhaustive and among given chunks too, exactly as the index in memory', async () => {
    const fingerprint = await index.save(file);
    const lazy = await LexicalIndex.load(file, fingerprint, LAZY);
    for (const q of queries) {
      expect(lazy.search(q, 10)).toEqual(index.search(q, 10));
      expect(lazy.searchExhaustive(q, 20)).toEqual(index.searchExhaustive(q, 20));
      expect(lazy.searchAmong(q, [3, 50, 700, 1499])).toEqual(index.searchAmong(q, [3, 50, 700, 1499]));
      expect(lazy.docFrequency(q[0])).toBe(index.docFrequency(q[0]));
    }
  });

  it('merges an added chunk and saves the same bytes when no query read its postings first', async () => {
    const fingerprint = await index.save(file);
    const added = new Map([[docs.length, docs[5]]]);
    const merged = (await LexicalIndex.load(file, fingerprint, LAZY)).withChanges(vocabulary, new Set([1, 2]), added);
    const expected = index.withChanges(vocabulary, new Set([1, 2]), added);
    for (const q of queries.slice(0, 20)) expect(merged.search(q, 10)).toEqual(expected.search(q, 10));
    const again = path.join(dir, 'lexical-again.bin');
    await (await LexicalIndex.load(file, fingerprint, LAZY)).save(again);
    expect(readFileSync(again).equals(readFileSync(file))).toBe(true);
  });

  it('read whole at load (postings viewed in the bytes read), answers, merges and saves as the index in memory', async () => {
    const fingerprint = await index.save(file);
    const whole = await LexicalIndex.load(file, fingerprint);
    for (const q of queries) {
      expect(whole.search(q, 10)).toEqual(index.search(q, 10));
      expect(whole.searchExhaustive(q, 20)).toEqual(index.searchExhaustive(q, 20));
    }
    const added = new Map([[docs.length, docs[9]]]);
    const merged = whole.withChanges(vocabulary, new Set([4]), added);
    const expected = index.withChanges(vocabulary, new Set([4]), added);
    for (const q of queries.slice(0, 20)) expect(merged.search(q, 10)).toEqual(expected.search(q, 10));
    // Merging left the loaded index as it was.
    for (const q of queries.slice(0, 20)) expect(whole.search(q, 10)).toEqual(index.search(q, 10));
    const again = path.join(dir, 'lexical-whole.bin');
    await whole.save(again);
    expect(readFileSync(again).equals(readFileSync(file))).toBe(true);
  });

  it('loads despite damaged postings, and refuses them when a query reads them', async () => {
    const fingerprint = await index.save(file);
    damageEveryBlock(file, fingerprint.headBytes!);
    const lazy = await LexicalIndex.load(file, fingerprint, LAZY);
    expect(lazy.docFrequency(queries[0][0])).toBe(index.docFrequency(queries[0][0]));
    expect(() => lazy.search(queries[0], 10)).toThrow(IndexDamaged);
    await expect(LexicalIndex.load(file, fingerprint)).rejects.toThrow(/损坏/);
  });
});

describe('chunk records read chunk by chunk', () => {
  const rand = random(11);
  const sentence = '老旧小区改造涉及加装电梯、雨污分流、停车位增设和外墙保温等内容，居民出资比例由业主协商确定。';
  const chunks: Chunk[] = Array.from({ length: 240 }, (_, i) => {
    const text = sentence.repeat(1 + Math.floor(rand() * 8)) + `第${i}段`;
    const docId = `doc${Math.floor(i / 6)}`;
    return { id: `${docId}#${i % 6}`, docId, title: `${docId} 的答复`, number: null, kind: i % 3 ? 'reply' : 'policy', sectionPath: '', text, start: 0, end: text.length, ordinal: i % 6, channels: i % 5 ? undefined : ['C1'] };
  });
  const file = path.join(dir, 'chunks.bin');

  it('gives back every chunk and column as written, leaving out removed labels', async () => {
    const fingerprint = await ChunkTable.writeSegment(file, chunks);
    const table = await ChunkTable.load([{ path: file, fingerprint, first: 0, count: chunks.length }], chunks.length, new Set([4]), LAZY);
    expect(table.liveCount).toBe(chunks.length - 1);
    expect(table.get(4)).toBeUndefined();
    for (const [label, chunk] of chunks.entries()) {
      if (label === 4) continue;
      expect(table.get(label)).toEqual(chunk);
      expect([table.docId(label), table.kind(label), table.channels(label)]).toEqual([chunk.docId, chunk.kind, chunk.channels ?? []]);
    }
    expect(table.labelsOf('doc3')).toEqual([18, 19, 20, 21, 22, 23]);
    expect(table.hasRestricted).toBe(true);
  });

  it('serves chunks of intact blocks and refuses a chunk of a damaged one', async () => {
    const fingerprint = await ChunkTable.writeSegment(file, chunks);
    // Where each record ends in the records section, as the writer lays them out.
    const ends: number[] = [];
    chunks.forEach((c) => ends.push((ends.at(-1) ?? 0) + Buffer.byteLength(JSON.stringify(c))));
    const victim = ends.findIndex((end) => end > 3 * CHECK_BLOCK + 100);
    const bytes = readFileSync(file);
    bytes[fingerprint.headBytes! + 3 * CHECK_BLOCK + 100] ^= 0x01;
    writeFileSync(file, bytes);
    const table = await ChunkTable.load([{ path: file, fingerprint, first: 0, count: chunks.length }], chunks.length, new Set(), LAZY);
    expect(table.get(0)).toEqual(chunks[0]);
    expect(() => table.get(victim)).toThrow(IndexDamaged);
    expect(table.get(chunks.length - 1)).toEqual(chunks.at(-1));
  });

  it("gives each chunk's document, title, 文号 and heading without reading its record, and its text by reading it", async () => {
    const headed = chunks.map((c, i) => ({ ...c, number: i % 4 ? `许建〔2020〕${i >> 2}号` : null, sectionPath: `${i % 7}、第${i % 3}部分` }));
    const fingerprint = await ChunkTable.writeSegment(file, headed);
    damageEveryBlock(file, fingerprint.headBytes!);
    const table = await ChunkTable.load([{ path: file, fingerprint, first: 0, count: headed.length }], headed.length, new Set(), LAZY);
    const headOf = (t: ChunkTable, label: number) => {
      const { docId, title, number, sectionPath } = t.head(label);
      return { docId, title, number, sectionPath };
    };
    const expected = headed.map(({ docId, title, number, sectionPath }) => ({ docId, title, number, sectionPath }));
    expect(headed.map((_, label) => headOf(table, label))).toEqual(expected);
    expect(() => table.head(0).text).toThrow(IndexDamaged);
    // A table with a chunk added keeps the columns without reading the old records either.
    const added = { ...headed[0], id: 'new#0', docId: 'new', title: '新增文件', number: '新建〔2024〕1号', sectionPath: '一、总则' };
    const grown = table.withChanges([], [added], headed.length);
    expect(headed.map((_, label) => headOf(grown, label))).toEqual(expected);
    expect(grown.head(headed.length)).toBe(added);
  });
});

describe('a damaged block found by a search', () => {
  const root = mkdtempSync(path.join(dir, 'library-'));
  cpSync(path.resolve('corpus'), path.join(root, 'corpus'), { recursive: true });
  const config = loadConfig({ CORPUS_DIR: 'corpus', INDEX_DIR: '.index', LOG_LEVEL: 'silent' }, { cwd: root });
  const messages: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => messages.push(String(JSON.parse(line).msg)) });
  const deps: IndexDeps = { config, logger, embeddings: new LocalHashEmbeddings(config.EMBEDDING_DIM), read: LAZY };
  const question = '牡丹江2022年改造涉及多少户居民';

  async function damageChunkTexts(): Promise<void> {
    await buildIndex(deps, { force: true });
    const manifest = await readManifest(config.indexDir);
    if ('problem' in manifest) throw new Error(manifest.problem);
    const [segment] = manifest.files.chunkSegments;
    damageEveryBlock(path.join(config.indexDir, segment.file), segment.fingerprint.headBytes!);
  }

  it('makes the owner of the index rebuild it and answer from the new one', async () => {
    await damageChunkTexts();
    messages.length = 0;
    const searcher = await openSearcher(deps);
    expect(messages.some((m) => m.includes('重建'))).toBe(false);
    const hits = await searcher.search(question, { k: 3 });
    expect(hits.map((h) => h.chunk.docId)).toContain('mudanjiang_plan_2022');
    expect(messages.some((m) => m.includes('索引需要重建') && m.includes('损坏'))).toBe(true);
    // The rebuilt index reads cleanly: another process opening it has nothing to rebuild.
    messages.length = 0;
    await (await openSearcher(deps)).search(question, { k: 3 });
    expect(messages.some((m) => m.includes('重建'))).toBe(false);
  });

  it('decodes only the chunks a search returns, the candidates it checks (headings, named documents) are not read', async () => {
    await buildIndex(deps, { force: true });
    const searcher = await loadSearcher(deps);
    for (const asked of [question, '牡政办发〔2022〕14号里老旧小区改造的资金怎么筹措？']) {
      const read = vi.spyOn(ChunkTable.prototype, 'get');
      const hits = await searcher.search(asked, { k: 3 });
      expect(hits).toHaveLength(3);
      expect(new Set(read.mock.calls.map(([label]) => label)).size).toBe(3);
      read.mockRestore();
    }
  });

  it('gives a work thread, which never ingests, the Chinese message', async () => {
    await damageChunkTexts();
    const searcher = await loadSearcher(deps);
    await expect(searcher.search(question, { k: 3 })).rejects.toThrow(/索引文件已损坏/);
  });
});
