// A study, not a product change (issue #10, item 1): would offline vectors with real meaning — latent semantic
// analysis (a truncated SVD of the chunks' TF-IDF matrix over jieba search terms and Han bigrams, fitted at ingest) —
// help where the hashed local vectors never did?
//
//   npx tsx bench/lsaStudy.ts [--sets qa-v2,bureau2,…] [--out FILE.json]   tune questions of every set: rankings compared
//   npx tsx bench/lsaStudy.ts --background [--sets …]                       the same with one model fitted on every library
//   npx tsx bench/lsaStudy.ts --synthetic 100000 [--k 128]                  fit time, memory and query cost at scale
//
// Each library is indexed as the eval indexes it (src/eval/evaluate.ts openEvalServices); the LSA model is fitted on
// the very chunks the index holds, with the features the hashed vectors use (src/retrieval/features.ts termFeatures
// over the tokenizer's search terms of embeddingText). Only `tune` items are read. A hit is judged as the eval judges
// one (src/eval/metrics.ts firstHitRank over goldSources, top 10).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { parseCliArgs, runCli } from '../src/cli/run.js';
import { chunkDocument, parseDocument } from '../src/corpus/index.js';
import { condenseOffline } from '../src/answer/condense.js';
import { inProcessSearcher, openEvalServices } from '../src/eval/evaluate.js';
import { firstHitRank, goldSources, type RankedSource } from '../src/eval/metrics.js';
import { loadQuestionSet, type EvalQuestion } from '../src/eval/questions.js';
import { RETRIEVAL_DEPTH } from '../src/eval/run.js';
import { silentLogger } from '../src/logger.js';
import { embeddingText, VectorRecall } from '../src/retrieval/embeddingRecall.js';
import { termFeatures, wordHash, type Features } from '../src/retrieval/features.js';
import { fuseRecalls, reciprocalRankFusion, type FusionSettings } from '../src/retrieval/fusion.js';
import type { Recalled } from '../src/retrieval/fullTextRecall.js';
import { HybridSearcher, type HybridSearcherParts } from '../src/retrieval/hybridSearch.js';
import { SEARCH_DEFAULTS } from '../src/retrieval/searchDefaults.js';
import { getTokenizer } from '../src/text/tokenizer.js';
import type { Chunk } from '../src/types.js';
import { benchQuestions, createRandom, generateDocuments, loadSentencePool } from './synthetic.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------------------------
// The LSA model: sparse TF-IDF rows, a randomized truncated SVD, and the projection of a text into the latent space.
// ---------------------------------------------------------------------------------------------------------------

export interface LsaOptions {
  /** Latent dimensions kept (at most the library's rank). */
  k: number;
  /** Extra random directions of the range finder (Halko et al.: 5–20). */
  oversample: number;
  /** Power iterations sharpening the spectrum (1–3). */
  powerIterations: number;
  /** Features in fewer chunks than this are dropped (a feature of one chunk relates no two chunks). */
  minDf: number;
  /** At most this many features (the most frequent), bounding the model's size on a large library. */
  maxFeatures: number;
  seed: number;
}

export const LSA_DEFAULTS: LsaOptions = { k: 128, oversample: 16, powerIterations: 2, minDf: 2, maxFeatures: 1 << 17, seed: 7 };

/** Rows of a sparse matrix (compressed sparse rows). */
interface SparseRows {
  rows: number;
  columns: number;
  start: Int32Array;
  column: Int32Array;
  value: Float32Array;
}

export interface LsaModel {
  k: number;
  /** Feature hash → column. */
  columnOf: Map<number, number>;
  /** Per column: its IDF. */
  idf: Float32Array;
  /** Right singular vectors, column-major by feature: components[c * k + j]. */
  components: Float32Array;
  singular: Float64Array;
  /** Chunks in the latent space (U·Σ), L2-normalised, row-major: docs[i * k + j]. */
  docs: Float32Array;
}

/** The features a chunk or a question is represented by: the hashed vectors' own (jieba search terms and Han bigrams). */
export function textFeatures(text: string): Features {
  return termFeatures(getTokenizer().searchTerms(text).map(wordHash), text);
}

/** BM25's IDF, as the hashed vectors weigh features (src/retrieval/features.ts idfWeights). */
function bm25Idf(documents: number, df: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

/** One text's TF-IDF row over the model's columns (sublinear TF × group weight × IDF), L2-normalised. */
function weightedRow(features: Features, columnOf: Map<number, number>, idf: Float32Array): { column: number[]; value: number[] } {
  const column: number[] = [];
  const value: number[] = [];
  let norm = 0;
  for (let i = 0; i < features.size; i++) {
    const c = columnOf.get(features.hashes[i]);
    if (c === undefined) continue;
    const v = (1 + Math.log(features.counts[i])) * features.weights[i] * idf[c];
    column.push(c);
    value.push(v);
    norm += v * v;
  }
  const scale = 1 / (Math.sqrt(norm) || 1);
  return { column, value: value.map((v) => v * scale) };
}

function tfIdfMatrix(all: Features[], options: LsaOptions): { matrix: SparseRows; columnOf: Map<number, number>; idf: Float32Array } {
  const df = new Map<number, number>();
  for (const f of all) for (let i = 0; i < f.size; i++) df.set(f.hashes[i], (df.get(f.hashes[i]) ?? 0) + 1);
  const kept = [...df].filter(([, d]) => d >= options.minDf).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, options.maxFeatures);
  const columnOf = new Map<number, number>();
  const idf = new Float32Array(kept.length);
  kept.forEach(([hash, d], c) => {
    columnOf.set(hash, c);
    idf[c] = bm25Idf(all.length, d);
  });
  const rows = all.map((f) => weightedRow(f, columnOf, idf));
  const start = new Int32Array(rows.length + 1);
  rows.forEach((r, i) => (start[i + 1] = start[i] + r.column.length));
  const column = new Int32Array(start[rows.length]);
  const value = new Float32Array(start[rows.length]);
  rows.forEach((r, i) => {
    column.set(r.column, start[i]);
    value.set(r.value, start[i]);
  });
  return { matrix: { rows: all.length, columns: kept.length, start, column, value }, columnOf, idf };
}

/** A·M: M is columns × l (row-major), the result rows × l. */
function times(a: SparseRows, m: Float32Array, l: number): Float32Array {
  const out = new Float32Array(a.rows * l);
  for (let i = 0; i < a.rows; i++) {
    const o = i * l;
    for (let p = a.start[i]; p < a.start[i + 1]; p++) {
      const v = a.value[p];
      const r = a.column[p] * l;
      for (let j = 0; j < l; j++) out[o + j] += v * m[r + j];
    }
  }
  return out;
}

/** Aᵀ·Y: Y is rows × l (row-major), the result columns × l. */
function transposeTimes(a: SparseRows, y: Float32Array, l: number): Float32Array {
  const out = new Float32Array(a.columns * l);
  for (let i = 0; i < a.rows; i++) {
    const o = i * l;
    for (let p = a.start[i]; p < a.start[i + 1]; p++) {
      const v = a.value[p];
      const r = a.column[p] * l;
      for (let j = 0; j < l; j++) out[r + j] += v * y[o + j];
    }
  }
  return out;
}

/** Orthonormalises the l columns of a row-major n × l matrix in place (modified Gram–Schmidt, twice); a dependent column becomes 0. */
function orthonormaliseColumns(m: Float32Array, n: number, l: number): void {
  const col = Array.from({ length: l }, (_, j) => {
    const c = new Float64Array(n);
    for (let i = 0; i < n; i++) c[i] = m[i * l + j];
    return c;
  });
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < l; j++) {
      const cj = col[j];
      for (let p = 0; p < j; p++) {
        const cp = col[p];
        let dot = 0;
        for (let i = 0; i < n; i++) dot += cp[i] * cj[i];
        if (dot !== 0) for (let i = 0; i < n; i++) cj[i] -= dot * cp[i];
      }
      let norm = 0;
      for (let i = 0; i < n; i++) norm += cj[i] * cj[i];
      norm = Math.sqrt(norm);
      const scale = norm > 1e-6 ? 1 / norm : 0;
      for (let i = 0; i < n; i++) cj[i] *= scale;
    }
  }
  for (let j = 0; j < l; j++) for (let i = 0; i < n; i++) m[i * l + j] = col[j][i];
}

/** Eigen-decomposition of a symmetric l × l matrix (cyclic Jacobi): eigenvalues descending, eigenvectors as columns. */
function symmetricEigen(a: Float64Array, l: number): { values: Float64Array; vectors: Float64Array } {
  const m = Float64Array.from(a);
  const v = new Float64Array(l * l);
  for (let i = 0; i < l; i++) v[i * l + i] = 1;
  let total = 0;
  for (const x of m) total += x * x;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < l; p++) for (let q = p + 1; q < l; q++) off += m[p * l + q] ** 2;
    if (off <= 1e-24 * total) break;
    for (let p = 0; p < l; p++) {
      for (let q = p + 1; q < l; q++) {
        const apq = m[p * l + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (m[q * l + q] - m[p * l + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < l; k++) {
          const mkp = m[k * l + p];
          const mkq = m[k * l + q];
          m[k * l + p] = c * mkp - s * mkq;
          m[k * l + q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < l; k++) {
          const mpk = m[p * l + k];
          const mqk = m[q * l + k];
          m[p * l + k] = c * mpk - s * mqk;
          m[q * l + k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < l; k++) {
          const vkp = v[k * l + p];
          const vkq = v[k * l + q];
          v[k * l + p] = c * vkp - s * vkq;
          v[k * l + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: l }, (_, i) => i).sort((x, y) => m[y * l + y] - m[x * l + x]);
  const values = Float64Array.from(order, (i) => m[i * l + i]);
  const vectors = new Float64Array(l * l);
  order.forEach((from, to) => {
    for (let k = 0; k < l; k++) vectors[k * l + to] = v[k * l + from];
  });
  return { values, vectors };
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Fits LSA on the chunks' features: randomized range finder with power iterations (Halko, Martinsson, Tropp 2011). */
export function fitLsa(all: Features[], settings: Partial<LsaOptions> = {}): LsaModel {
  const options = { ...LSA_DEFAULTS, ...settings };
  const { matrix, columnOf, idf } = tfIdfMatrix(all, options);
  const n = matrix.rows;
  const l = Math.max(1, Math.min(options.k + options.oversample, n, matrix.columns));
  const k = Math.min(options.k, l);
  const random = createRandom(options.seed);
  const omega = Float32Array.from({ length: matrix.columns * l }, () => gaussian(random));
  let y = times(matrix, omega, l);
  for (let it = 0; it < options.powerIterations; it++) {
    orthonormaliseColumns(y, n, l);
    const z = transposeTimes(matrix, y, l);
    orthonormaliseColumns(z, matrix.columns, l);
    y = times(matrix, z, l);
  }
  orthonormaliseColumns(y, n, l);
  // W = AᵀQ = Bᵀ; BBᵀ = WᵀW = Ũ Σ² Ũᵀ; right singular vectors W Ũ Σ⁻¹; chunks A V = Q Ũ Σ.
  const w = transposeTimes(matrix, y, l);
  const gram = new Float64Array(l * l);
  for (let r = 0; r < matrix.columns; r++) {
    const o = r * l;
    for (let a = 0; a < l; a++) {
      const wa = w[o + a];
      if (wa === 0) continue;
      for (let b = a; b < l; b++) gram[a * l + b] += wa * w[o + b];
    }
  }
  for (let a = 0; a < l; a++) for (let b = 0; b < a; b++) gram[a * l + b] = gram[b * l + a];
  const { values, vectors } = symmetricEigen(gram, l);
  const singular = Float64Array.from(values.slice(0, k), (v) => Math.sqrt(Math.max(v, 0)));
  const components = new Float32Array(matrix.columns * k);
  for (let r = 0; r < matrix.columns; r++) {
    for (let j = 0; j < k; j++) {
      if (singular[j] < 1e-9) continue;
      let s = 0;
      for (let a = 0; a < l; a++) s += w[r * l + a] * vectors[a * l + j];
      components[r * k + j] = s / singular[j];
    }
  }
  const docs = new Float32Array(n * k);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let a = 0; a < l; a++) s += y[i * l + a] * vectors[a * l + j];
      docs[i * k + j] = s * singular[j];
    }
    normaliseRow(docs, i * k, k);
  }
  return { k, columnOf, idf, components, singular, docs };
}

function normaliseRow(m: Float32Array, offset: number, k: number): void {
  let norm = 0;
  for (let j = 0; j < k; j++) norm += m[offset + j] ** 2;
  const scale = 1 / (Math.sqrt(norm) || 1);
  for (let j = 0; j < k; j++) m[offset + j] *= scale;
}

/** A text folded into the latent space (its TF-IDF row times the right singular vectors), the first `k` dimensions, L2-normalised. */
export function project(model: LsaModel, features: Features, k = model.k): Float32Array {
  const row = weightedRow(features, model.columnOf, model.idf);
  const out = new Float32Array(k);
  for (let p = 0; p < row.column.length; p++) {
    const o = row.column[p] * model.k;
    const v = row.value[p];
    for (let j = 0; j < k; j++) out[j] += v * model.components[o + j];
  }
  normaliseRow(out, 0, k);
  return out;
}

/** Exact cosine ranking of every chunk against a projected query over the first `k` dimensions. */
export function rankByCosine(model: LsaModel, query: Float32Array, depth: number, k = query.length): Recalled[] {
  const n = model.docs.length / model.k;
  const scores = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const o = i * model.k;
    let dot = 0;
    let norm = 0;
    for (let j = 0; j < k; j++) {
      dot += model.docs[o + j] * query[j];
      norm += model.docs[o + j] ** 2;
    }
    scores[i] = dot / (Math.sqrt(norm) || 1);
  }
  return topK(scores, depth);
}

function topK(scores: Float32Array, depth: number): Recalled[] {
  const order = Array.from(scores.keys()).sort((a, b) => scores[b] - scores[a] || a - b);
  return order.slice(0, depth).map((index) => ({ index, score: scores[index] }));
}

// ---------------------------------------------------------------------------------------------------------------
// The tune study: every ranking of every answerable tune question, judged as the eval judges retrieval.
// ---------------------------------------------------------------------------------------------------------------

interface StudySet {
  name: string;
  corpus?: string;
  /** Question files; items of the other split are skipped (the old dev sets carry none and count as tune). */
  qa: string[];
  extra: string[];
}

function studySets(only: string[] | undefined): StudySet[] {
  const sets: StudySet[] = [
    {
      name: 'qa-v2',
      qa: ['test/fixtures/eval/qa-v2.jsonl', 'test/fixtures/dev-questions.jsonl', 'test/fixtures/dev-paraphrase.jsonl'].map((f) => path.join(ROOT, f)),
      extra: [path.join(ROOT, 'test/fixtures/corpus/unseen')],
    },
  ];
  for (let n = 2; n <= 39; n++) {
    const dir = path.join(ROOT, `test/fixtures/eval/bureau${n}`);
    sets.push({ name: `bureau${n}`, corpus: path.join(dir, 'corpus'), qa: [path.join(dir, 'qa.jsonl')], extra: [] });
  }
  return only ? sets.filter((s) => only.includes(s.name)) : sets;
}

type Ranker = (query: string) => Promise<RankedSource[]>;

/** Ranks of each method per question (null: no hit in the top 10). */
type Ranks = Record<string, (number | null)[]>;

const K_VALUES = [64, 128, 256];
/** The latent size the fusions use. */
const FUSION_K = 128;
const RAW_RRF_WEIGHTS = [0.25, 0.5, 1];
/** The product's hybrid pipeline with a vector list fused in: which vectors (hashed, or LSA of a size) and how. */
const PRODUCT_FUSIONS: { name: string; vectors: 'hashed' | number; fusion: Partial<FusionSettings> }[] = [
  { name: 'hybrid+hashed fill w0.3', vectors: 'hashed', fusion: { vectorWeight: 0.3 } },
  { name: 'hybrid+hashed guarded reorder w0.3', vectors: 'hashed', fusion: { vectorWeight: 0.3, reorderStrong: true } },
  { name: 'hybrid+lsa fill w0.1', vectors: FUSION_K, fusion: { vectorWeight: 0.1 } },
  { name: 'hybrid+lsa fill w0.3', vectors: FUSION_K, fusion: { vectorWeight: 0.3 } },
  { name: 'hybrid+lsa fill w1', vectors: FUSION_K, fusion: { vectorWeight: 1 } },
  { name: 'hybrid+lsa fill w0.3 strong0.7', vectors: FUSION_K, fusion: { vectorWeight: 0.3, strongLexicalShare: 0.7 } },
  { name: 'hybrid+lsa256 fill w0.3', vectors: 256, fusion: { vectorWeight: 0.3 } },
  { name: 'hybrid+lsa guarded reorder w0.3', vectors: FUSION_K, fusion: { vectorWeight: 0.3, reorderStrong: true } },
  { name: 'hybrid+lsa rrf w0.5', vectors: FUSION_K, fusion: { vectorWeight: 0.5, strongLexicalShare: 1, reorderStrong: true } },
];

/**
 * Every ranking of one set's tune questions. With `background`, the LSA model is not fitted on the library but
 * given (fitted on many libraries' chunks); the library's chunks are folded into it, and only the main methods run.
 */
async function studyOne(set: StudySet, background?: LsaModel): Promise<{ name: string; chunks: number; fitMs: number; questions: string[]; ranks: Ranks }> {
  const questions = set.qa
    .flatMap((file) => loadQuestionSet(file))
    .filter((q) => (q.split ?? 'tune') === 'tune' && q.answerable && goldSources(q).length > 0);
  const needsUnseen = questions.some((q) => q.corpus === 'unseen');
  const { services, dispose } = await openEvalServices({ corpusDir: set.corpus, extraCorpusDirs: needsUnseen ? set.extra : [], logger: silentLogger() });
  try {
    const searcher = inProcessSearcher(services.search);
    if (!searcher) throw new Error('not an in-process hybrid searcher');
    const parts = searcher['parts'] as HybridSearcherParts;
    const labels = [...parts.chunks.liveLabels()];
    const chunks = labels.map((label) => parts.chunks.get(label)!);
    const rowOfId = new Map(chunks.map((c, row) => [c.id, row]));
    const started = performance.now();
    const features = chunks.map((c) => textFeatures(embeddingText(c)));
    const model = background ? foldedIn(background, features) : fitLsa(features, { k: Math.max(...K_VALUES) });
    const fitMs = performance.now() - started;

    // The LSA vectors in the product's own vector recall, so the hybrid pipeline (rerank, named stages) runs unchanged.
    const lsaSearchers = new Map<number, HybridSearcher>();
    const lsaSearcher = (k: number): HybridSearcher => {
      const kf = Math.min(k, model.k);
      let made = lsaSearchers.get(kf);
      if (!made) {
        const recall = VectorRecall.create(kf, labels.length, { m: 16, efConstruction: 200, efSearch: 200, shards: 1 });
        labels.forEach((label, row) => recall.add(Array.from(model.docs.subarray(row * model.k, row * model.k + kf)), label));
        const embeddings = { embedQuery: async (t: string) => Array.from(project(model, textFeatures(t), kf)) };
        made = new HybridSearcher({ ...parts, vector: recall, embeddings: embeddings as unknown as EmbeddingsInterface, embeddingsId: `local-lsa-${kf}` });
        lsaSearchers.set(kf, made);
      }
      return made;
    };

    const sources = (list: Pick<Chunk, 'docId' | 'sectionPath'>[]) => list.map((c) => ({ docId: c.docId, section: c.sectionPath }));
    const byRow = (list: Recalled[]) => sources(list.map((r) => chunks[r.index]));
    const lexicalList = async (query: string): Promise<Recalled[]> =>
      (await searcher.search(query, { k: 50, mode: 'lexical' })).map((h) => ({ index: rowOfId.get(h.chunk.id)!, score: h.lexicalScore ?? 0 }));
    const lsaList = (query: string, k: number) => rankByCosine(model, project(model, textFeatures(query), Math.min(k, model.k)), 50);

    const rankers: Record<string, Ranker> = {
      hybrid: async (q) => sources((await searcher.search(q, { k: RETRIEVAL_DEPTH })).map((h) => h.chunk)),
      bm25: async (q) => sources((await searcher.search(q, { k: RETRIEVAL_DEPTH, mode: 'lexical' })).map((h) => h.chunk)),
      hashed: async (q) => sources((await searcher.search(q, { k: RETRIEVAL_DEPTH, mode: 'vector' })).map((h) => h.chunk)),
    };
    for (const k of background ? [FUSION_K] : K_VALUES) rankers[`lsa${k}`] = async (q) => byRow(lsaList(q, k));
    for (const w of background ? [0.25] : RAW_RRF_WEIGHTS) {
      rankers[`rrf bm25+lsa w${w}`] = async (q) => byRow(reciprocalRankFusion([await lexicalList(q), lsaList(q, FUSION_K)], 60, [1, w]));
    }
    rankers['fill-in bm25+lsa'] = async (q) =>
      byRow(fuseRecalls(lsaList(q, FUSION_K), await lexicalList(q), { vectorWeight: 1, lexicalWeight: 1, strongLexicalShare: 0.5, reorderStrong: false }));
    for (const { name, vectors, fusion } of background ? PRODUCT_FUSIONS.filter((f) => BACKGROUND_FUSIONS.includes(f.name)) : PRODUCT_FUSIONS) {
      const over = vectors === 'hashed' ? searcher : lsaSearcher(vectors);
      const tuning = { fusion: { local: { ...SEARCH_DEFAULTS.fusion.local, ...fusion }, model: SEARCH_DEFAULTS.fusion.model } };
      rankers[name] = async (q) => sources((await over.search(q, { k: RETRIEVAL_DEPTH, tuning })).map((h) => h.chunk));
    }

    const ranks: Ranks = Object.fromEntries(Object.keys(rankers).map((m) => [m, []]));
    for (const q of questions) {
      const query = searchText(q, services.config.bureau.city);
      const gold = goldSources(q);
      for (const [method, rank] of Object.entries(rankers)) ranks[method].push(firstHitRank((await rank(query)).slice(0, RETRIEVAL_DEPTH), gold));
    }
    return { name: set.name, chunks: chunks.length, fitMs, questions: questions.map((q) => q.id), ranks };
  } finally {
    dispose();
  }
}

const BACKGROUND_FUSIONS = ['hybrid+lsa fill w0.3', 'hybrid+lsa fill w0.3 strong0.7', 'hybrid+lsa guarded reorder w0.3'];

/** A model fitted elsewhere with a library's chunks folded in (their projections are its chunk vectors). */
function foldedIn(model: LsaModel, features: Features[]): LsaModel {
  const docs = new Float32Array(features.length * model.k);
  features.forEach((f, i) => docs.set(project(model, f), i * model.k));
  return { ...model, docs };
}

/** One LSA model fitted on the chunks of every set's library (document text only, no questions). */
async function backgroundModel(sets: StudySet[]): Promise<LsaModel> {
  const features: Features[] = [];
  for (const set of sets) {
    const { services, dispose } = await openEvalServices({ corpusDir: set.corpus, extraCorpusDirs: set.extra, logger: silentLogger() });
    try {
      for (const chunk of inProcessSearcher(services.search)?.allChunks() ?? []) features.push(textFeatures(embeddingText(chunk)));
    } finally {
      dispose();
    }
  }
  process.stderr.write(`background model: ${features.length} chunks\n`);
  return fitLsa(features, { k: Math.max(...K_VALUES) });
}

/** The text the eval searches for a question: a follow-up condensed offline with its earlier questions. */
function searchText(q: EvalQuestion, city: string | undefined): string {
  if (!q.history?.length) return q.question;
  return condenseOffline(q.question, q.history.map((text) => ({ role: 'user' as const, text })), city).text;
}

interface Figures {
  r1: number;
  r5: number;
  mrr: number;
}

function figures(ranks: (number | null)[]): Figures {
  const n = ranks.length || 1;
  const within = (k: number) => ranks.filter((r) => r !== null && r <= k).length / n;
  return { r1: within(1), r5: within(5), mrr: ranks.reduce<number>((s, r) => s + (r === null ? 0 : 1 / r), 0) / n };
}

const f3 = (x: number) => x.toFixed(3);

function report(results: Awaited<ReturnType<typeof studyOne>>[]): string {
  const methods = Object.keys(results[0].ranks);
  const pooled = (m: string) => results.flatMap((r) => r.ranks[m]);
  const lines: string[] = [];
  lines.push(`Pooled over ${results.length} sets, ${pooled('bm25').length} answerable tune questions (R@1 / R@5 / MRR@10):`, '');
  lines.push('| method | R@1 | R@5 | MRR | sets MRR > BM25 | sets MRR < BM25 | sets MRR > hybrid | sets MRR < hybrid |', '|---|---|---|---|---|---|---|---|');
  for (const m of methods) {
    const f = figures(pooled(m));
    const cmp = (base: string, sign: 1 | -1) =>
      results.filter((r) => sign * (figures(r.ranks[m]).mrr - figures(r.ranks[base]).mrr) > 1e-9).map((r) => r.name);
    lines.push(`| ${m} | ${f3(f.r1)} | ${f3(f.r5)} | ${f3(f.mrr)} | ${cmp('bm25', 1).length} | ${cmp('bm25', -1).length} | ${cmp('hybrid', 1).length} | ${cmp('hybrid', -1).length} |`);
  }
  lines.push('', 'Per set (MRR@10; R@1 in brackets):', '');
  lines.push(`| set | chunks | fit ms | ${methods.join(' | ')} |`, `|---|---|---|${methods.map(() => '---').join('|')}|`);
  for (const r of results) {
    const cells = methods.map((m) => {
      const f = figures(r.ranks[m]);
      return `${f3(f.mrr)} (${f3(f.r1)})`;
    });
    lines.push(`| ${r.name} (${r.questions.length}) | ${r.chunks} | ${Math.round(r.fitMs)} | ${cells.join(' | ')} |`);
  }
  lines.push('', 'Sets gaining / losing against BM25 and against hybrid, per method:', '');
  for (const m of methods) {
    const diff = (base: string) =>
      results
        .map((r) => ({ name: r.name, d: figures(r.ranks[m]).mrr - figures(r.ranks[base]).mrr }))
        .filter((x) => Math.abs(x.d) > 1e-9)
        .map((x) => `${x.name} ${x.d > 0 ? '+' : ''}${x.d.toFixed(3)}`);
    lines.push(`- ${m}: vs bm25 [${diff('bm25').join(', ')}]; vs hybrid [${diff('hybrid').join(', ')}]`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Scale: fit time, memory and query cost on a synthetic library.
// ---------------------------------------------------------------------------------------------------------------

async function syntheticScale(target: number, k: number): Promise<string> {
  const pool = await loadSentencePool(path.join(ROOT, 'corpus'));
  const chunks: Chunk[] = [];
  for (const doc of generateDocuments(pool, Math.ceil(target / 5) + 100)) {
    if (chunks.length >= target) break;
    chunks.push(...chunkDocument(parseDocument({ docId: path.basename(doc.path, '.txt'), path: doc.path, raw: doc.text })));
  }
  chunks.length = Math.min(chunks.length, target);
  const mb = () => Math.round(process.memoryUsage().rss / 2 ** 20);
  const t0 = performance.now();
  const features = chunks.map((c) => textFeatures(embeddingText(c)));
  const t1 = performance.now();
  const rssBefore = mb();
  const model = fitLsa(features, { k });
  const t2 = performance.now();
  const rssAfter = mb();
  const modelMb = (model.components.byteLength + model.docs.byteLength + model.idf.byteLength) / 2 ** 20;
  const questions = benchQuestions(ROOT).slice(0, 300);
  const projectMs: number[] = [];
  const scanMs: number[] = [];
  for (const q of questions) {
    const a = performance.now();
    const v = project(model, textFeatures(q));
    const b = performance.now();
    rankByCosineTopOnly(model, v, 50);
    const c = performance.now();
    projectMs.push(b - a);
    scanMs.push(c - b);
  }
  const p = (xs: number[], q: number) => [...xs].sort((x, y) => x - y)[Math.max(0, Math.ceil((q / 100) * xs.length) - 1)].toFixed(2);
  return [
    `Synthetic library: ${chunks.length} chunks, k=${model.k}, ${model.columnOf.size} features kept (df ≥ ${LSA_DEFAULTS.minDf}, at most ${LSA_DEFAULTS.maxFeatures}).`,
    `Features (tokenize): ${((t1 - t0) / 1000).toFixed(1)} s; fit (TF-IDF + randomized SVD, ${LSA_DEFAULTS.powerIterations} power iterations, oversample ${LSA_DEFAULTS.oversample}): ${((t2 - t1) / 1000).toFixed(1)} s.`,
    `RSS ${rssBefore} MB before the fit, ${rssAfter} MB after; model arrays ${modelMb.toFixed(0)} MB (components ${(model.components.byteLength / 2 ** 20).toFixed(0)} MB, chunk vectors ${(model.docs.byteLength / 2 ** 20).toFixed(0)} MB).`,
    `Per query over ${questions.length} bench questions: projection p50 ${p(projectMs, 50)} ms / p95 ${p(projectMs, 95)} ms; exact cosine scan of every chunk + top 50 p50 ${p(scanMs, 50)} ms / p95 ${p(scanMs, 95)} ms.`,
  ].join('\n');
}

/** Exact scan with a bounded top list (what a product scan would do instead of sorting every chunk). */
function rankByCosineTopOnly(model: LsaModel, query: Float32Array, depth: number): Recalled[] {
  const n = model.docs.length / model.k;
  const k = model.k;
  const top: Recalled[] = [];
  let floor = -Infinity;
  for (let i = 0; i < n; i++) {
    const o = i * k;
    let dot = 0;
    for (let j = 0; j < k; j++) dot += model.docs[o + j] * query[j];
    if (top.length < depth || dot > floor) {
      top.push({ index: i, score: dot });
      if (top.length > depth * 2) {
        top.sort((a, b) => b.score - a.score);
        top.length = depth;
        floor = top[depth - 1].score;
      }
    }
  }
  return top.sort((a, b) => b.score - a.score).slice(0, depth);
}

runCli(
  async () => {
    const { values: args } = parseCliArgs({
      options: { sets: { type: 'string' }, out: { type: 'string' }, synthetic: { type: 'string' }, k: { type: 'string' }, background: { type: 'boolean' } },
    });
    if (args.synthetic) {
      process.stdout.write(`${await syntheticScale(Number(args.synthetic), Number(args.k ?? FUSION_K))}\n`);
      return 0;
    }
    const results = [];
    const sets = studySets(args.sets?.split(','));
    const background = args.background ? await backgroundModel(sets) : undefined;
    for (const set of sets) {
      process.stderr.write(`${set.name}…\n`);
      results.push(await studyOne(set, background));
    }
    if (args.out) writeFileSync(args.out, JSON.stringify(results));
    process.stdout.write(`${report(results)}\n`);
    return 0;
  },
  { failure: 'LSA 研究失败', exitWhenDone: true },
);
