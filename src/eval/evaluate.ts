// The core of `npm run eval`: services over a corpus, the question set and the proposal fixtures → one report.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type AppConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { createServices, type Services } from '../services.js';
import { answerQuestion } from '../answer/index.js';
import { draftReply } from '../draft/index.js';
import { llmName, OFFLINE_ENGINE } from '../grounding/chatModel.js';
import type { EvalQuestion } from './questions.js';
import { runDraftEval, runQaEval, type DraftReport, type ProposalFixture, type QaReport } from './run.js';

/** What each figure means, carried in the JSON so a report can be read on its own. */
export const METRIC_DEFINITIONS = {
  recallAtK: 'share of answerable questions whose expected source (same docId; section path includes the expected section, "" = any) is in the searcher\'s top k',
  mrr: 'mean over answerable questions of 1/rank of the first expected-source hit within the top 10 (0 if none)',
  answerAccuracy: 'share of answerable questions answered (answered: true) whose answer contains any one expected phrase (ignoring whitespace and width)',
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
  drafts: DraftReport | null;
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
  const qa = inputs.questions.length
    ? await runQaEval(inputs.questions, {
        answer: (question) => answerQuestion(services, question, []),
        search: services.search,
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
    drafts,
  };
}

export interface EvalServices {
  services: Services;
  /** Removes the temporary index, if one was made. */
  dispose(): void;
}

/**
 * Services over `corpusDir` (default: the configured corpus). A corpus other than the configured one is indexed into
 * a temporary folder, so the project's own index is never overwritten by an evaluation.
 */
export async function openEvalServices(options: { corpusDir?: string; env?: NodeJS.ProcessEnv; cwd?: string; logger: Logger }): Promise<EvalServices> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const base: AppConfig = loadConfig(env, { cwd });
  const requested = options.corpusDir ? path.resolve(cwd, options.corpusDir) : base.corpusDir;
  if (requested === base.corpusDir) {
    return { services: await createServices(base, options.logger), dispose: () => {} };
  }
  const indexDir = mkdtempSync(path.join(os.tmpdir(), 'reply-desk-eval-index-'));
  const dispose = () => rmSync(indexDir, { recursive: true, force: true });
  try {
    const config = loadConfig({ ...env, CORPUS_DIR: requested, INDEX_DIR: indexDir }, { cwd });
    return { services: await createServices(config, options.logger), dispose };
  } catch (err) {
    dispose();
    throw err;
  }
}
