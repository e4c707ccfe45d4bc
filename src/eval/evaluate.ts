// The core of `npm run eval`: services over a corpus, the question set and the proposal fixtures → one report.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type AppConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { createServices, type Services } from '../services.js';
import { answerQuestion } from '../answer/index.js';
import type { AnswerSignals } from '../answer/answerSignals.js';
import type { AnswerOptions } from '../types.js';
import type { OfflineTuning } from '../answer/offline/tuning.js';
import { draftReply } from '../draft/index.js';
import { llmName, OFFLINE_ENGINE } from '../grounding/chatModel.js';
import type { EvalQuestion } from './questions.js';
import { RETRIEVAL_DEPTH, runDraftEval, runQaEval, summarizeQa, type DraftReport, type ProposalFixture, type QaEvalDeps, type QaReport } from './run.js';
import { assembleCorpus } from './corpora.js';
import { buildMiniSearch, miniSearchRanking } from './baseline.js';
import { HybridSearcher } from '../retrieval/hybridSearch.js';
import { SearcherHandle } from '../retrieval/index.js';
import { condenseOffline } from '../answer/condense.js';

/** What each figure means, carried in the JSON so a report can be read on its own. */
export const METRIC_DEFINITIONS = {
  recallAtK: 'share of answerable questions whose expected source (same docId; section path includes the expected section, "" = any) is in the searcher\'s top k',
  mrr: 'mean over answerable questions of 1/rank of the first expected-source hit within the top 10 (0 if none)',
  answerAccuracy: 'share of answerable questions answered (answered: true) whose answer contains the expected phrases — every one for v2 sets (match: all), any one for the old dev sets (match: any) — ignoring whitespace and width',
  wrongAnswerRate: 'share of answerable questions answered (answered: true) without the expected phrases',
  retrievalByMode: 'recall@1/@5 and MRR of the shipped hybrid ranking, BM25 alone (lexical), vectors alone, and MiniSearch 7 over the same jieba tokens; a hit on docIds/alsoIn documents counts (any section)',
  leaveOut: 'every N-th docId (sorted) removed from the index; share of the answerable questions whose every source was removed that are refused',
  citationPrecision: 'share of citations (answered, answerable questions) whose cited passage contains an expected phrase, or all its figures and >= 60% of its CJK bigrams',
  citationSourceMatch: 'share of those citations that point to the expected document',
  refusalAccuracy: 'share of unanswerable questions answered with answered: false',
  falseRefusalRate: 'share of answerable questions answered with answered: false',
  latency: 'answerQuestion wall time per question, questions run one at a time; nearest-rank percentiles',
  draftStructure: 'per fixture: kind, one section per expected suggestion, headings numbered 一、二、… with next steps last, title/salutation/opening/sections/next steps/contact present, salutation equal and opening starting as expected',
  numberFidelity: 'figures in the draft body (not inside 【待补充】, not [n] markers) found in the proposal or in a cited passage (its section text, title or 文号)',
  citationCoverage: 'share of suggestion sections with at least one citation',
  outline: 'the same fixtures with outline: true — one outline section per suggestion; share of points naming a source',
} as const;

export interface EvalReport {
  generatedAt: string;
  definitions: typeof METRIC_DEFINITIONS;
  corpusDir: string;
  qaFile: string | null;
  proposalsDir: string | null;
  engine: { llm: string; embeddings: string };
  index: { chunks: number };
  /** E.g. expected documents that the corpus does not hold (every question naming one counts as a miss). */
  warnings: string[];
  qa: QaReport | null;
  /** The same figures per question set (file), and per style within a set. */
  sets: SetReport[];
  drafts: DraftReport | null;
  leaveOut?: LeaveOutReport;
}

export type QaSummary = Omit<QaReport, 'perQuestion'>;

export interface SetReport {
  name: string;
  summary: QaSummary;
  byStyle: { style: string; summary: QaSummary }[];
}

export interface LeaveOutReport {
  every: number;
  removed: string[];
  questions: number;
  refused: number;
  refusalRate: number | null;
  /** Questions answered although their source was removed (answer preview). */
  answered: { id: string; question: string; answer: string }[];
}

function withoutPerQuestion(report: QaReport): QaSummary {
  const { perQuestion: _omit, ...summary } = report;
  return summary;
}

/** Per-set (and per-style) summaries of one evaluation's question results. */
export function summarizeSets(qa: QaReport): SetReport[] {
  const names = [...new Set(qa.perQuestion.map((r) => r.set ?? 'questions'))];
  return names.map((name) => {
    const results = qa.perQuestion.filter((r) => (r.set ?? 'questions') === name);
    const styles = [...new Set(results.map((r) => r.style).filter((s): s is string => !!s))];
    return {
      name,
      summary: withoutPerQuestion(summarizeQa(results)),
      byStyle: styles.map((style) => ({ style, summary: withoutPerQuestion(summarizeQa(results.filter((r) => r.style === style))) })),
    };
  });
}

/** The in-process hybrid searcher behind the services' search, if it is one (not a stand-in of a test). */
export function inProcessSearcher(search: Services['search']): HybridSearcher | undefined {
  if (search instanceof SearcherHandle) return search.current();
  return search instanceof HybridSearcher ? search : undefined;
}

/** BM25 alone, vectors alone and the MiniSearch peer, when the searcher is the in-process hybrid one. */
export function comparisonRankers(services: Services['search']): QaEvalDeps['rankers'] {
  const search = inProcessSearcher(services);
  if (!search) return undefined;
  const chunks = search.allChunks();
  const mini = buildMiniSearch(chunks);
  const sources = (hits: { chunk: { docId: string; sectionPath: string } }[]) => hits.map((h) => ({ docId: h.chunk.docId, section: h.chunk.sectionPath }));
  return {
    lexical: async (q) => sources(await search.search(q, { k: RETRIEVAL_DEPTH, mode: 'lexical' })),
    vector: async (q) => sources(await search.search(q, { k: RETRIEVAL_DEPTH, mode: 'vector' })),
    minisearch: async (q) => miniSearchRanking(mini, chunks, q, RETRIEVAL_DEPTH).map((c) => ({ docId: c.docId, section: c.sectionPath })),
  };
}

/** Expected docIds of answerable questions that have no chunk in the index. */
export function unknownDocIds(questions: EvalQuestion[], services: Pick<Services, 'search'>): string[] {
  const ids = new Set(questions.filter((q) => q.answerable && q.docId).map((q) => q.docId!));
  return [...ids].filter((id) => services.search.chunksOf(id).length === 0).sort();
}

export interface EvalInputs {
  services: Services;
  questions: EvalQuestion[];
  proposals: ProposalFixture[];
  qaFile?: string | null;
  proposalsDir?: string | null;
  /** Overrides of the offline answerer's tuning for every question (e.g. the confidence gate off). */
  answerTuning?: Partial<OfflineTuning>;
  onProgress?: (stage: 'qa' | 'drafts', done: number, total: number, id: string) => void;
}

export async function evaluate(inputs: EvalInputs): Promise<EvalReport> {
  const { services } = inputs;
  const warnings: string[] = [];
  const missing = unknownDocIds(inputs.questions, services);
  if (missing.length) {
    warnings.push(`问题集引用了文档库中没有的文档（这些题的检索必然未命中）：${missing.join('、')}`);
    services.logger.warn({ docIds: missing }, 'eval: expected documents missing from the corpus');
  }
  // The evidence signals of the answer being given, recorded in its perQuestion row (questions run one at a time).
  let signals: AnswerSignals | undefined;
  const answerOptions: AnswerOptions = { onAnswerSignals: (s) => (signals = s), tuning: inputs.answerTuning };
  const qa = inputs.questions.length
    ? await runQaEval(inputs.questions, {
        answer: (question, history) => {
          signals = undefined;
          return answerQuestion(services, question, history, answerOptions);
        },
        lastSignals: () => signals,
        search: services.search,
        rankers: comparisonRankers(services.search),
        searchText: (question, history) => (history.length ? condenseOffline(question, history, services.config.bureau.city).text : question),
        logger: services.logger,
        onProgress: (done, total, id) => inputs.onProgress?.('qa', done, total, id),
      })
    : null;
  const drafts = inputs.proposals.length
    ? await runDraftEval(inputs.proposals, {
        draft: (input, options) => draftReply(services, input, options),
        search: services.search,
        logger: services.logger,
        onProgress: (done, total, file) => inputs.onProgress?.('drafts', done, total, file),
      })
    : null;
  return {
    generatedAt: new Date().toISOString(),
    definitions: METRIC_DEFINITIONS,
    corpusDir: services.config.corpusDir,
    qaFile: inputs.qaFile ?? null,
    proposalsDir: inputs.proposalsDir ?? null,
    engine: { llm: services.llm ? llmName(services.config) : OFFLINE_ENGINE, embeddings: services.search.embeddingsId },
    index: { chunks: services.search.size() },
    warnings,
    qa,
    sets: qa ? summarizeSets(qa) : [],
    drafts,
  };
}

export interface EvalServices {
  services: Services;
  /** Removes the temporary index (and corpus), if one was made. */
  dispose(): void;
}

export interface EvalCorpusOptions {
  corpusDir?: string;
  /** Folders indexed together with the corpus (e.g. test/fixtures/corpus/unseen for the v2 set's `unseen` items). */
  extraCorpusDirs?: string[];
  /** Documents left out of the index (the leave-documents-out check). */
  excludeDocIds?: ReadonlySet<string>;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  logger: Logger;
}

/**
 * Services over `corpusDir` (default: the configured corpus). A corpus other than the configured one, or one with
 * extra folders or documents left out, is assembled and indexed in a temporary folder, so the project's own index
 * is never overwritten by an evaluation.
 */
export async function openEvalServices(options: EvalCorpusOptions): Promise<EvalServices> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const base: AppConfig = loadConfig(env, { cwd });
  const requested = options.corpusDir ? path.resolve(cwd, options.corpusDir) : base.corpusDir;
  const extra = options.extraCorpusDirs ?? [];
  const exclude = options.excludeDocIds ?? new Set<string>();
  if (requested === base.corpusDir && !extra.length && !exclude.size) {
    return { services: await createServices(base, options.logger), dispose: () => {} };
  }
  const corpus = extra.length || exclude.size ? assembleCorpus(requested, extra, exclude) : undefined;
  const indexDir = mkdtempSync(path.join(os.tmpdir(), 'reply-desk-eval-index-'));
  const dispose = () => {
    rmSync(indexDir, { recursive: true, force: true });
    corpus?.dispose();
  };
  try {
    const config = loadConfig({ ...env, CORPUS_DIR: corpus?.dir ?? requested, INDEX_DIR: indexDir }, { cwd });
    return { services: await createServices(config, options.logger), dispose };
  } catch (err) {
    dispose();
    throw err;
  }
}
