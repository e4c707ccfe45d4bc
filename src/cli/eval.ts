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
import { renderDraftTable, renderLeaveOut, renderQaMisses, renderQaTable, renderSetsTable } from '../eval/report.js';
import { LEAVE_OUT_EVERY, runLeaveOut } from '../eval/leaveOut.js';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_QA_FILE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'dev-questions.jsonl');
/** The blind v2 set (tune/report halves) and the documents its `unseen` items are about. */
export const QA_V2_FILE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'eval', 'qa-v2.jsonl');
export const UNSEEN_CORPUS_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures', 'corpus', 'unseen');
/**
 * The default evaluation: the blind v2 set, then the old sets (the dev set, its colloquial paraphrases and extra
 * unanswerable questions — tuned on before, reported separately).
 */
export const DEFAULT_QA_FILES = [
  QA_V2_FILE,
  DEFAULT_QA_FILE,
  ...['dev-paraphrase.jsonl', 'unanswerable-extra.jsonl'].map((f) => path.join(PROJECT_ROOT, 'test', 'fixtures', f)),
];

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

const USAGE = `用法：npm run eval [-- --split tune|report --corpus 目录 --with 目录 --qa 问题集.jsonl --proposals 提案目录 --leave-out N --out 报告.json --ungated]
  --split      只评测 v2 问题集和起草样例的 tune 或 report 一半（旧开发集始终单列，属 tune 数据）
  --corpus     要评测的文档库（默认：CORPUS_DIR 或 corpus/）；非默认文档库在临时目录建索引
  --with       与文档库一起建索引的其他目录，多个用逗号分隔（默认：问题集含 corpus: unseen 的题时为 test/fixtures/corpus/unseen；传 none 不加）
  --leave-out  留出检查：去掉排序后每第 N 篇文档重建索引，问这些文档的题应被拒答（默认 4；传 0 跳过）
  --qa         问题集，多个用逗号分隔（传 none 跳过问答评测），每行一个 JSON：{"id","question","docId","section","expect":[…],"answerable"}（默认：qa-v2、开发问题集、口语改写问题集和额外的无法回答问题集）
  --proposals  提案样例目录（*.txt，可附 expectations.json）；传 none 跳过起草评测
  --out        JSON 报告路径（默认：DATA_DIR/${REPORT_FILE_NAME}）
  --ungated    关闭答案置信度门槛（minAnswerConfidence 为 0），用于重新拟合置信度模型（bench/confidenceFit.ts）`;

export interface EvalCliOptions {
  corpus?: string;
  qa?: string;
  proposals?: string;
  out?: string;
  /** Keep only v2 items of this split (items without a split, the old sets, are kept). */
  split?: 'tune' | 'report';
  /** Extra corpus folders, comma-separated, or "none"; default: the unseen fixtures when a question needs them. */
  with?: string;
  /** Leave-documents-out every N-th document; 0 skips the check (default 0 here, 4 in the CLI). */
  leaveOut?: number;
  /** Answer with the confidence gate off (minAnswerConfidence 0): the data bench/confidenceFit.ts refits on. */
  ungated?: boolean;
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
  const questions: EvalQuestion[] = loadQuestionSets(qaFiles).filter((q) => !options.split || !q.split || q.split === options.split);
  const qaFile = qaFiles.length ? qaFiles.join(',') : null;
  const proposalsDir = options.proposals === 'none' ? null : options.proposals ? path.resolve(cwd, options.proposals) : DEFAULT_PROPOSALS_DIR;
  if (options.proposals && proposalsDir && !existsSync(proposalsDir)) throw new UsageError(`提案目录不存在：${proposalsDir}`);
  if (options.corpus && !existsSync(path.resolve(cwd, options.corpus))) throw new UsageError(`文档库目录不存在：${path.resolve(cwd, options.corpus)}`);
  // A fixture without a split (older sets) is kept; a held-out one of the other half is left out entirely.
  const proposals = (proposalsDir ? loadProposalFixtures(proposalsDir) : []).filter((p) => !options.split || !p.drafting?.split || p.drafting.split === options.split);

  const extraCorpusDirs =
    options.with === 'none'
      ? []
      : options.with
        ? options.with.split(',').map((d) => path.resolve(cwd, d.trim()))
        : questions.some((q) => q.corpus === 'unseen') && existsSync(UNSEEN_CORPUS_DIR)
          ? [UNSEEN_CORPUS_DIR]
          : [];
  const missingDir = extraCorpusDirs.find((d) => !existsSync(d));
  if (missingDir) throw new UsageError(`目录不存在：${missingDir}`);
  const corpusOptions = { corpusDir: options.corpus, extraCorpusDirs, env: options.env, cwd, logger: options.logger };
  const { services, dispose } = await openEvalServices(corpusOptions);
  try {
    const report = await evaluate({
      services,
      questions,
      proposals,
      qaFile: questions.length ? qaFile : null,
      proposalsDir,
      answerTuning: options.ungated ? { minAnswerConfidence: 0 } : undefined,
      onProgress: (stage, done, total, id) => options.progress?.(`[eval] ${stage} ${done}/${total} ${id}`),
    });
    if (options.leaveOut && questions.length) {
      options.progress?.(`[eval] leave-out: every ${options.leaveOut}th document removed, index rebuilt`);
      report.leaveOut = await runLeaveOut(services, questions, corpusOptions, options.leaveOut);
    }
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
    parts.push(renderSetsTable(report.sets));
    parts.push(renderQaTable(report.qa));
    const misses = renderQaMisses(report.qa);
    if (misses) parts.push(misses);
  } else parts.push('（未评测问答：没有问题集）');
  if (report.leaveOut) parts.push(renderLeaveOut(report.leaveOut));
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
      split: { type: 'string' },
      with: { type: 'string' },
      'leave-out': { type: 'string' },
      ungated: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  if (args.split !== undefined && args.split !== 'tune' && args.split !== 'report') {
    process.stderr.write(`--split 只能是 tune 或 report\n${USAGE}\n`);
    return 2;
  }
  const leaveOut = args['leave-out'] === undefined ? LEAVE_OUT_EVERY : Number(args['leave-out']);
  if (!Number.isInteger(leaveOut) || leaveOut < 0 || leaveOut === 1) {
    process.stderr.write(`--leave-out 应为 0（跳过）或不小于 2 的整数\n${USAGE}\n`);
    return 2;
  }
  try {
    const { report, outFile } = await runEvaluation({
      corpus: args.corpus,
      qa: args.qa,
      proposals: args.proposals,
      out: args.out,
      split: args.split as 'tune' | 'report' | undefined,
      with: args.with,
      leaveOut,
      ungated: args.ungated,
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
