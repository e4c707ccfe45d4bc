import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { ingestCorpus } from '../src/corpus/index.js';
import { silentLogger } from '../src/logger.js';
import { LocalHashEmbeddings } from '../src/retrieval/embeddings.js';
import { loadQuestionSet } from '../src/eval/questions.js';
import { scoreRetrieval, type RetrievalScore } from '../src/eval/retrievalScore.js';
import type { HybridSearcher, SearchMode } from '../src/retrieval/hybridSearch.js';
import { buildSearcherFromChunks } from '../src/retrieval/ingest.js';

/** Questions that mostly share the documents' wording. */
const devQuestions = loadQuestionSet(path.resolve('test/fixtures/dev-questions.jsonl'));
/** The same corpus asked the way staff talk: colloquial words, synonyms, other segmentation. */
const paraphrases = loadQuestionSet(path.resolve('test/fixtures/dev-paraphrase.jsonl'));
const questions = [...devQuestions, ...paraphrases];
const MODES = ['hybrid', 'vector', 'lexical'] as const;
const summary = (s: RetrievalScore) => `R@5 ${s.recallAt5.toFixed(3)} R@3 ${s.recallAt3.toFixed(3)} MRR ${s.mrr.toFixed(3)}`;

describe('retrieval quality on the development question sets (shipped corpus, local embeddings)', () => {
  let dir: string;
  let searcher: HybridSearcher;
  const scores = {} as Record<SearchMode, RetrievalScore>;
  let paraphraseScore: RetrievalScore;
  let paraphraseWithoutSynonyms: RetrievalScore;

  beforeAll(async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const { chunks } = await ingestCorpus(config.corpusDir, silentLogger());
    dir = mkdtempSync(path.join(os.tmpdir(), 'devset-'));
    const embeddings = new LocalHashEmbeddings(config.EMBEDDING_DIM);
    ({ searcher } = await buildSearcherFromChunks(dir, chunks, embeddings));
    for (const mode of MODES) {
      scores[mode] = await scoreRetrieval(questions, async (q) => (await searcher.search(q, { k: 5, mode })).map((h) => h.chunk));
    }
    const rank = (expand: boolean) => async (q: string) => (await searcher.search(q, { k: 5, expand })).map((h) => h.chunk);
    paraphraseScore = await scoreRetrieval(paraphrases, rank(true));
    paraphraseWithoutSynonyms = await scoreRetrieval(paraphrases, rank(false));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has enough answerable questions to mean something', () => {
    expect(devQuestions.filter((q) => q.answerable).length).toBeGreaterThanOrEqual(40);
    expect(paraphrases.filter((q) => q.answerable).length).toBeGreaterThanOrEqual(25);
  });

  it('finds the answering document and section in the top 5 for at least 90% of all questions', () => {
    expect(scores.hybrid.recallAt5, `missed: ${scores.hybrid.misses.join(', ')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the answer in the top 5 for at least 90% of the paraphrased questions alone', () => {
    expect(paraphraseScore.recallAt5, `missed: ${paraphraseScore.misses.join(', ')}`).toBeGreaterThanOrEqual(0.9);
  });

  // Both sets together: fusion never does worse than its best single list (issue #10: hashed local vectors may not pull
  // wrong chunks above BM25's), and beats the vectors alone.
  it.each(['vector', 'lexical'] as const)('hybrid does no worse than %s-only', (mode) => {
    const hybrid = scores.hybrid;
    const single = scores[mode];
    const message = `hybrid ${summary(hybrid)} vs ${mode} ${summary(single)}`;
    expect(hybrid.recallAt5, message).toBeGreaterThanOrEqual(single.recallAt5);
    expect(hybrid.mrr, message).toBeGreaterThanOrEqual(single.mrr);
    if (mode === 'vector') expect(hybrid.mrr, message).toBeGreaterThan(single.mrr);
  });

  it('answers more paraphrased questions with the synonym table than without it', () => {
    const message = `with ${summary(paraphraseScore)} vs without ${summary(paraphraseWithoutSynonyms)}`;
    expect(paraphraseScore.recallAt5, message).toBeGreaterThan(paraphraseWithoutSynonyms.recallAt5);
  });

  it('gives unanswerable questions weaker best matches than answerable ones (a signal for "no answer")', async () => {
    const bestSimilarity = async (q: string) => Math.max(0, ...(await searcher.search(q, { k: 5 })).map((h) => h.vectorScore ?? 0));
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const answerable = await Promise.all(questions.filter((q) => q.answerable).map((q) => bestSimilarity(q.question)));
    const unanswerable = await Promise.all(questions.filter((q) => !q.answerable).map((q) => bestSimilarity(q.question)));
    expect(unanswerable.length).toBeGreaterThan(0);
    expect(median(unanswerable)).toBeLessThan(median(answerable));
  });
});
