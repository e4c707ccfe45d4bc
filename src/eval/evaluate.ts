// The core of `npm run eval`: services over a corpus, the question set and the proposal fixtures → one report.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type AppConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { createServices, type Services } from '../services.js';
import { answerQuestion } from '../answer/index.js';
import { draftReply } from '../draft/index.js';
import { llmName, OFFLINE_ENGINE } from '../answer/llm.js';
import type { EvalQuestion } from './questions.js';
import { runDraftEval, runQaEval, type DraftReport, type ProposalFixture, type QaReport } from './run.js';

export interface EvalReport {
  generatedAt: string;
  corpusDir: string;
  qaFile: string | null;
  proposalsDir: string | null;
  engine: { llm: string; embeddings: string };
  index: { chunks: number };
  qa: QaReport | null;
  drafts: DraftReport | null;
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
        draft: (input) => draftReply(services, input, {}),
        search: services.search,
        logger: services.logger,
        onProgress: (done, total, file) => inputs.onProgress?.('drafts', done, total, file),
      })
    : null;
  return {
    generatedAt: new Date().toISOString(),
    corpusDir: services.config.corpusDir,
    qaFile: inputs.qaFile ?? null,
    proposalsDir: inputs.proposalsDir ?? null,
    engine: { llm: services.llm ? llmName(services.config) : OFFLINE_ENGINE, embeddings: services.search.embeddingsId },
    index: { chunks: services.search.size() },
    qa,
    drafts,
  };
}

/** Slack settings are irrelevant to an evaluation; an incomplete set must not stop it. */
function withoutSlack(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('SLACK_') && key !== 'PORT'));
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
  const env = withoutSlack(options.env ?? process.env);
  const cwd = options.cwd ?? process.cwd();
  const base: AppConfig = loadConfig(env, cwd);
  const requested = options.corpusDir ? path.resolve(cwd, options.corpusDir) : base.corpusDir;
  if (requested === base.corpusDir) {
    return { services: await createServices(base, options.logger), dispose: () => {} };
  }
  const indexDir = mkdtempSync(path.join(os.tmpdir(), 'reply-desk-eval-index-'));
  const dispose = () => rmSync(indexDir, { recursive: true, force: true });
  try {
    const config = loadConfig({ ...env, CORPUS_DIR: requested, INDEX_DIR: indexDir }, cwd);
    return { services: await createServices(config, options.logger), dispose };
  } catch (err) {
    dispose();
    throw err;
  }
}
