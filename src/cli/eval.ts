// npm run eval [-- --corpus DIR --qa FILE.jsonl --proposals DIR --out report.json]
// Tables on stdout; progress and logs on stderr; the full report as JSON in a file.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createLogger, type Logger } from '../logger.js';
import { parseCliArgs, runCli, UsageError } from './run.js';
import { evaluate, openEvalServices, type EvalReport } from '../eval/evaluate.js';
import { loadQuestionSet, QuestionSetError, type EvalQuestion } from '../eval/questions.js';
import { loadProposalFixtures } from '../eval/proposals.js';
import { renderDraftTable, renderQaMisses, renderQaTable } from '../eval/report.js';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_QA_FILE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'dev-questions.jsonl');
/** The default evaluation: the dev set, the colloquial paraphrases of it, and extra unanswerable questions. */
export const DEFAULT_QA_FILES = [DEFAULT_QA_FILE, ...['dev-paraphrase.jsonl', 'unanswerable-extra.jsonl'].map((f) => path.join(PROJECT_ROOT, 'test', 'fixtures', f))];

/** Questions of several sets in one list; an id seen before is prefixed with its file name so every id stays unique. */
function loadQuestionSets(files: string[]): EvalQuestion[] {
  const seen = new Set<string>();
  return files.flatMap((file) =>
    loadQuestionSet(file).map((q) => {
      const id = seen.has(q.id) ? `${path.basename(file, '.jsonl')}:${q.id}` : q.id;
      seen.add(id);
      return { ...q, id };
    }),
  );
}
/** The held-out drafting set (tune / report halves; see test/fixtures/eval/README.md). */
export const DEFAULT_PROPOSALS_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures', 'eval', 'proposals');
export const REPORT_FILE_NAME = 'eval-report.json';

const USAGE = `用法：npm run eval [-- --corpus 目录 --qa 问题集.jsonl --proposals 提案目录 --out 报告.json]
  --corpus     要评测的文档库（默认：CORPUS_DIR 或 corpus/）；非默认文档库在临时目录建索引
  --qa         问题集，多个用逗号分隔（传 none 跳过问答评测），每行一个 JSON：{"id","question","docId","section","expect":[…],"answerable"}（默认：开发问题集、口语改写问题集和额外的无法回答问题集）
  --proposals  提案样例目录（*.txt，可附 expectations.json）；传 none 跳过起草评测
  --out        JSON 报告路径（默认：DATA_DIR/${REPORT_FILE_NAME}）`;

export interface EvalCliOptions {
  corpus?: string;
  qa?: string;
  proposals?: string;
  out?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  logger: Logger;
  /** Progress lines (stderr in the CLI). */
  progress?: (line: string) => void;
}

/** Everything `npm run eval` does except printing: returns the report and where it was written. */
export async function runEvaluation(options: EvalCliOptions): Promise<{ report: EvalReport; outFile: string }> {
  const cwd = options.cwd ?? process.cwd();
  const qaFiles =
    options.qa === 'none' ? [] : options.qa ? options.qa.split(',').map((f) => path.resolve(cwd, f.trim())) : DEFAULT_QA_FILES.filter((f) => existsSync(f));
  const missing = qaFiles.find((f) => !existsSync(f));
  if (missing) throw new UsageError(`问题集文件不存在：${missing}`);
  const questions: EvalQuestion[] = loadQuestionSets(qaFiles);
  const qaFile = qaFiles.length ? qaFiles.join(',') : null;
  const proposalsDir = options.proposals === 'none' ? null : options.proposals ? path.resolve(cwd, options.proposals) : DEFAULT_PROPOSALS_DIR;
  if (options.proposals && proposalsDir && !existsSync(proposalsDir)) throw new UsageError(`提案目录不存在：${proposalsDir}`);
  if (options.corpus && !existsSync(path.resolve(cwd, options.corpus))) throw new UsageError(`文档库目录不存在：${path.resolve(cwd, options.corpus)}`);
  const proposals = proposalsDir ? loadProposalFixtures(proposalsDir) : [];

  const { services, dispose } = await openEvalServices({ corpusDir: options.corpus, env: options.env, cwd, logger: options.logger });
  try {
    const report = await evaluate({
      services,
      questions,
      proposals,
      qaFile: questions.length ? qaFile : null,
      proposalsDir,
      onProgress: (stage, done, total, id) => options.progress?.(`[eval] ${stage} ${done}/${total} ${id}`),
    });
    const outFile = options.out ? path.resolve(cwd, options.out) : path.join(services.config.dataDir, REPORT_FILE_NAME);
    mkdirSync(path.dirname(outFile), { recursive: true });
    writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
    return { report, outFile };
  } finally {
    dispose();
  }
}

export function renderReport(report: EvalReport): string {
  const parts = [
    `文档库 corpus: ${report.corpusDir}（${report.index.chunks} chunks）  engine: llm=${report.engine.llm}, embeddings=${report.engine.embeddings}`,
  ];
  for (const warning of report.warnings) parts.push(`⚠️ ${warning}`);
  if (report.qa) {
    parts.push(renderQaTable(report.qa));
    const misses = renderQaMisses(report.qa);
    if (misses) parts.push(misses);
  } else parts.push('（未评测问答：没有问题集）');
  if (report.drafts) parts.push(renderDraftTable(report.drafts));
  else parts.push('（未评测起草：没有提案样例）');
  return parts.join('\n\n');
}

async function main(): Promise<number> {
  const { values: args } = parseCliArgs({
    options: {
      corpus: { type: 'string' },
      qa: { type: 'string' },
      proposals: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  try {
    const { report, outFile } = await runEvaluation({
      corpus: args.corpus,
      qa: args.qa,
      proposals: args.proposals,
      out: args.out,
      logger,
      progress: (line) => process.stderr.write(`${line}\n`),
    });
    process.stdout.write(`${renderReport(report)}\n\n报告已写入 report written: ${outFile}\n`);
    return 0;
  } catch (err) {
    // A malformed question set is bad input like a missing file: its message says which line to fix.
    if (err instanceof QuestionSetError) throw new UsageError(err.message);
    throw err;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Exit explicitly: keep-alive sockets of a model client must not keep a finished evaluation running.
  runCli(main, { usage: USAGE, failure: '评测失败', exitWhenDone: true });
}
