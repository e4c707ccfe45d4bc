import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalHashEmbeddings, deserializeIdf, serializeIdf } from '../src/retrieval/embeddings.js';
import { LexicalIndex, topByScore } from '../src/retrieval/fullTextRecall.js';
import { ChunkTokenizer, Vocabulary } from '../src/retrieval/terms.js';
import { reciprocalRankFusion } from '../src/retrieval/fusion.js';
import { mergeAdjacentHits, type HybridSearcher } from '../src/retrieval/hybridSearch.js';
import { buildSearcherFromChunks } from '../src/retrieval/ingest.js';
import { getSynonyms, parseSynonyms } from '../src/text/synonyms.js';
import { getTokenizer } from '../src/text/tokenizer.js';
import { toSimplified } from '../src/text/simplify.js';
import type { Chunk, DocKind } from '../src/types.js';

function chunk(docId: string, ordinal: number, sectionPath: string, text: string, kind: DocKind = 'reply'): Chunk {
  return { id: `${docId}#${ordinal}`, docId, title: `${docId} 的答复`, number: null, kind, sectionPath, text, start: 0, end: text.length, ordinal };
}

const CHUNKS: Chunk[] = [
  chunk('a', 0, '', '你们提出的关于老旧小区改造的提案收悉，现答复如下。'),
  chunk('a', 1, '一、关于加装电梯的建议', '对既有住宅加装电梯，每部电梯给予财政补贴，居民出资比例由业主协商确定。'),
  chunk('a', 2, '一、关于加装电梯的建议', '加装电梯审批实行联合审查，一窗受理，缩短办理时限。'),
  chunk('a', 3, '二、关于停车难问题的建议', '结合道路管网改造，在县城增加停车位1000余个，并拆除私设地锁。'),
  chunk('b', 0, '一、工作目标', '2022年改造城镇老旧小区项目11个，涉及13029户居民，总投资1.18亿元。', 'policy'),
  chunk('b', 1, '二、资金筹措', '小区居民共计出资 26 万元，供暖企业每户降低入户安装费用 100~200 元。', 'policy'),
  chunk('c', 0, '三、海绵城市建设', '小区增加了海绵城市改造，铺设透水砖，增设雨水花园和下沉绿地。'),
];

describe('tokenizer', () => {
  const tok = getTokenizer();

  it('keeps the bureau’s own terms whole', () => {
    const terms = tok.terms('许昌市老旧小区“四改一增”老庭院改造，气暖改水暖');
    expect(terms).toContain('四改一增');
    expect(terms).toContain('老庭院');
    expect(terms).toContain('老旧小区');
  });

  it('keeps numbers whole and joins them with their units and ranges', () => {
    expect(tok.terms('居民共计出资 26 万元')).toEqual(expect.arrayContaining(['26', '26万元']));
    expect(tok.terms('居民共计出资26万元')).toEqual(expect.arrayContaining(['26', '26万元']));
    expect(tok.terms('每户降低 100~200 元')).toEqual(expect.arrayContaining(['100', '200', '100~200', '100~200元']));
    expect(tok.terms('每户降低100～200元')).toEqual(expect.arrayContaining(['100~200元']));
    expect(tok.terms('联系电话：2169961')).toContain('2169961');
    expect(tok.terms('总面积373932.34平方米')).toContain('373932.34平方米');
  });

  it('drops punctuation, spaces and question words', () => {
    const terms = tok.terms('延中小区的居民一共出了多少钱？');
    expect(terms).not.toContain('的');
    expect(terms).not.toContain('多少');
    expect(terms).not.toContain('？');
    expect(terms).toContain('居民');
    expect(terms.every((t) => t.trim() === t && t !== '')).toBe(true);
  });

  it('folds traditional characters so big5 documents match simplified questions', () => {
    expect(tok.terms('目前國家大力推進的城鎮老舊小區改造')).toEqual(expect.arrayContaining(['国家', '推进', '城镇老旧小区']));
    expect(tok.searchTerms('城鎮老舊小區')).toContain('老旧小区');
    expect(toSimplified('许昌市老旧小区改造')).toBe('许昌市老旧小区改造');
  });

  it('lowercases Latin letters and cuts for search with sub-words', () => {
    expect(tok.terms('PPP模式')).toContain('ppp');
    expect(tok.cutForSearch('许昌市住房和城乡建设局')).toEqual(expect.arrayContaining(['许昌', '许昌市']));
  });
});

describe('local embeddings', () => {
  it('are deterministic, L2-normalised and of the configured dimension', async () => {
    const e = new LocalHashEmbeddings(256);
    const [a] = await e.embedDocuments(['老旧小区改造资金筹措']);
    const b = await e.embedQuery('老旧小区改造资金筹措');
    expect(a).toHaveLength(256);
    expect(b).toEqual(a);
    expect(Math.hypot(...a)).toBeCloseTo(1, 6);
    expect(e.id).toBe('local-hash-256');
  });

  it('place a paraphrase nearer than an unrelated text', async () => {
    const e = new LocalHashEmbeddings(512);
    e.fit(CHUNKS.map((c) => c.text));
    const [q, near, far] = await e.embedDocuments(['老旧小区加装电梯有没有补贴', CHUNKS[1].text, CHUNKS[6].text]);
    const dot = (x: number[], y: number[]) => x.reduce((s, v, i) => s + v * y[i], 0);
    expect(dot(q, near)).toBeGreaterThan(dot(q, far));
  });

  it('weigh rare corpus terms above common ones once fitted, and the IDF table survives a round trip', async () => {
    const corpus = ['老旧小区 改造 电梯', '老旧小区 改造 停车', '老旧小区 改造 绿化', '老旧小区 海绵城市'];
    const e = new LocalHashEmbeddings(512);
    const idf = e.fit(corpus);
    const restored = new LocalHashEmbeddings(512).withIdf(deserializeIdf(JSON.parse(JSON.stringify(serializeIdf(idf)))));
    expect(await restored.embedQuery('老旧小区 海绵城市')).toEqual(await e.embedQuery('老旧小区 海绵城市'));
    const dot = (x: number[], y: number[]) => x.reduce((s, v, i) => s + v * y[i], 0);
    const [q, rare, common] = await e.embedDocuments(['老旧小区 海绵城市', '海绵城市', '老旧小区']);
    expect(dot(q, rare)).toBeGreaterThan(dot(q, common));
  });
});

describe('BM25 full-text recall', () => {
  const tok = getTokenizer();
  const chunkTokenizer = new ChunkTokenizer(tok, new Vocabulary());
  const index = LexicalIndex.build(
    chunkTokenizer.vocabulary.terms,
    CHUNKS.map((c) => chunkTokenizer.termsOf(c)),
  );

  it('ranks the chunk holding an exact figure first', () => {
    const [best] = index.search(tok.searchTerms('居民出资26万元'), 3);
    expect(CHUNKS[best.index].id).toBe('b#1');
  });

  it('finds a section by the words of its heading', () => {
    const [best] = index.search(tok.searchTerms('停车难'), 3);
    expect(CHUNKS[best.index].sectionPath).toContain('停车难');
  });

  it('applies a filter inside the recall and returns nothing for unknown words', () => {
    const hits = index.search(tok.searchTerms('老旧小区改造'), 10, (i) => CHUNKS[i].kind === 'policy');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => CHUNKS[h.index].kind === 'policy')).toBe(true);
    expect(index.search(tok.searchTerms('量子计算机'), 5)).toEqual([]);
  });

  it('survives a save and load, and refuses a damaged file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lexical-'));
    try {
      const file = path.join(dir, 'lexical.bin');
      const fingerprint = await index.save(file);
      const restored = await LexicalIndex.load(file, fingerprint);
      const q = tok.searchTerms('海绵城市 雨水花园');
      expect(restored.search(q, 3)).toEqual(index.search(q, 3));
      const bytes = readFileSync(file);
      bytes[bytes.length - 3] ^= 0xff;
      writeFileSync(file, bytes);
      await expect(LexicalIndex.load(file, fingerprint)).rejects.toThrow(/损坏/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('selects the top items by score with a bounded heap', () => {
    const scores = [5, 1, 9, 3, 9, 0, 7];
    expect(topByScore([0, 1, 2, 3, 4, 5, 6], (i) => scores[i], 3).map((r) => r.index)).toEqual([2, 4, 6]);
  });
});

describe('reciprocal rank fusion', () => {
  it('puts an item found by both recalls above items found by one, with 1/(60+rank) scores', () => {
    const fused = reciprocalRankFusion([
      [
        { index: 1, score: 0.9 },
        { index: 2, score: 0.8 },
      ],
      [
        { index: 3, score: 12 },
        { index: 2, score: 10 },
      ],
    ]);
    expect(fused[0].index).toBe(2);
    expect(fused[0].score).toBeCloseTo(2 / 62, 10);
    expect(fused[0].ranks).toEqual([2, 2]);
    expect(fused.map((f) => f.index).sort()).toEqual([1, 2, 3]);
  });

  it('lets a weighted list outvote the other when each holds a different item first', () => {
    const lists = [[{ index: 1, score: 0.9 }], [{ index: 2, score: 7 }]];
    expect(reciprocalRankFusion(lists, 60, [1, 1.5])[0].index).toBe(2);
    expect(reciprocalRankFusion(lists, 60, [1.5, 1])[0].index).toBe(1);
    expect(reciprocalRankFusion(lists, 60, [1, 1.5])[0].score).toBeCloseTo(1.5 / 61, 10);
  });
});

describe('synonym table (query expansion)', () => {
  const table = parseSynonyms(
    ['# 注释', '掏钱 凑钱 => 出资 筹资', '充电桩 充电设施', '钱 => 资金', '单独'].join('\n'),
  );

  it('adds the official terms for a colloquial phrase, but not the reverse', () => {
    expect(table.expand('居民要掏钱吗')).toEqual(['出资', '筹资']);
    expect(table.expand('居民出资比例')).toEqual([]);
  });

  it('treats a plain line as a group of equivalents and skips terms the question already has', () => {
    expect(table.expand('小区能装充电桩吗')).toEqual(['充电设施']);
    expect(table.expand('新增充电设施')).toEqual(['充电桩']);
    expect(table.expand('充电桩和充电设施')).toEqual([]);
  });

  it('reads `short = full forms` as a whole-word equivalence that adds nothing to a search', () => {
    const withShortForms = parseSynonyms('城管局 = 城市管理局\n充电桩 充电设施');
    expect(withShortForms.writtenAs('城管局')).toEqual(['城市管理局']);
    expect(withShortForms.writtenAs('城管')).toEqual([]);
    expect(withShortForms.expand('城管局什么时候检查')).toEqual([]);
  });

  it('ignores one-character triggers, which would fire inside unrelated words', () => {
    expect(table.expand('钱粮湖镇为什么没纳入改造')).toEqual([]);
  });

  it('ships a table that maps everyday words to the bureau’s terms', () => {
    const expanded = getSynonyms().expand('老小区翻新的钱从哪来');
    expect(expanded).toEqual(expect.arrayContaining(['老旧小区', '改造', '资金']));
  });
});

describe('hybrid search', () => {
  let dir: string;
  let searcher: HybridSearcher;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'retrieval-test-'));
    const embeddings = new LocalHashEmbeddings(256);
    ({ searcher } = await buildSearcherFromChunks(dir, CHUNKS, embeddings));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('returns at most k hits, best first, each with a score and its ranks', async () => {
    const hits = await searcher.search('加装电梯有补贴吗', { k: 3 });
    expect(hits).toHaveLength(3);
    expect(hits[0].chunk.sectionPath).toContain('加装电梯');
    expect(hits[0].score).toBeGreaterThanOrEqual(hits[1].score);
    expect(hits[0].vectorRank ?? hits[0].lexicalRank).toBeDefined();
  });

  it('filters by kind and by docId', async () => {
    const policies = await searcher.search('老旧小区改造', { k: 10, kind: 'policy' });
    expect(policies.length).toBeGreaterThan(0);
    expect(policies.every((h) => h.chunk.kind === 'policy')).toBe(true);
    const onlyC = await searcher.search('老旧小区改造', { k: 10, docId: ['c'] });
    expect(onlyC.every((h) => h.chunk.docId === 'c')).toBe(true);
    const onlyA = await searcher.search('电梯补贴', { k: 10, docId: 'a' });
    expect(onlyA.map((h) => h.chunk.ordinal).sort()).toEqual([0, 1, 2, 3]);
    expect(onlyA[0].chunk.sectionPath).toContain('加装电梯');
  });

  it('finds a section through colloquial words the text does not contain (synonym expansion)', async () => {
    // No chunk says "积水"; the synonym table adds "海绵城市", "雨水" and "透水".
    const expanded = await searcher.search('下雨积水怎么办', { k: 2, mode: 'lexical' });
    expect(expanded[0]?.chunk.sectionPath).toBe('三、海绵城市建设');
    const plain = await searcher.search('下雨积水怎么办', { k: 2, mode: 'lexical', expand: false });
    expect(plain.some((h) => h.chunk.docId === 'c')).toBe(false);
  });

  it('returns nothing for an empty or whitespace-only query', async () => {
    expect(await searcher.search('   ')).toEqual([]);
  });

  it('lists a document’s chunks in order and reports its size', () => {
    expect(searcher.chunksOf('a').map((c) => c.ordinal)).toEqual([0, 1, 2, 3]);
    expect(searcher.chunksOf('nope')).toEqual([]);
    expect(searcher.size()).toBe(CHUNKS.length);
    expect(searcher.embeddingsId).toBe('local-hash-256');
  });

  it('can merge adjacent chunks of one section into one passage', async () => {
    const merged = await searcher.search('加装电梯', { k: 5, mergeAdjacent: true });
    const elevator = merged.filter((h) => h.chunk.sectionPath === '一、关于加装电梯的建议');
    expect(elevator).toHaveLength(1);
    expect(elevator[0].chunk.text).toContain('财政补贴');
    expect(elevator[0].chunk.text).toContain('联合审查');
    const apart = mergeAdjacentHits([
      { chunk: CHUNKS[1], score: 1 },
      { chunk: CHUNKS[3], score: 0.5 },
    ]);
    expect(apart).toHaveLength(2);
  });
});

describe('hybrid search with a failing embeddings service', () => {
  it('answers from BM25 alone instead of failing, while vector-only search reports the error', async () => {
    const local = new LocalHashEmbeddings(128);
    const flaky = {
      embedDocuments: (texts: string[]) => local.embedDocuments(texts),
      embedQuery: async (_text: string): Promise<number[]> => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:8000');
      },
    };
    const dir = mkdtempSync(path.join(os.tmpdir(), 'retrieval-flaky-'));
    try {
      const { searcher } = await buildSearcherFromChunks(dir, CHUNKS, Object.assign(flaky, { id: 'openai:test' }));
      const hits = await searcher.search('海绵城市 雨水花园', { k: 2 });
      expect(hits[0].chunk.docId).toBe('c');
      expect(hits[0].vectorRank).toBeUndefined();
      await expect(searcher.search('海绵城市', { mode: 'vector' })).rejects.toThrow('ECONNREFUSED');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
