// `npm run eval:sets -- --split tune|report [--only qa|draft] [--out DIR] [--jobs N] [--ungated]`: every evaluation set in one
// command, one `npm run eval` per set and kind (questions, proposals) as a child process, and one table of the figures
// the README quotes. `--split tune` runs the tune halves of qa-v2 and bureau2–48 (the only data rules may be chosen on);
// `--split report` runs their report halves and, whole, the 安庆 holdout and bureau49 (江门市商务局) (to
// report and for removal checks only).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { integerOption, parseCliArgs, runCli, UsageError } from '../src/cli/run.js';
import type { EvalReport } from '../src/eval/evaluate.js';
import type { DraftingSummary } from '../src/eval/drafting.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EVAL_CLI = path.join(ROOT, 'src/cli/eval.ts');

type Split = 'tune' | 'report';
type Kind = 'qa' | 'draft';

interface EvalSet {
  name: string;
  /** Extra `npm run eval` arguments naming the library, questions and proposals; none for qa-v2 (the defaults). */
  library: string[];
  questions: string[];
  proposals: string[];
  /** Held out as a whole: never run for tuning, run entire (both halves) for reporting. */
  heldOutWhole?: boolean;
}

function fixtureSet(name: string, heldOutWhole = false): EvalSet {
  const dir = `test/fixtures/eval/${name}`;
  return {
    name,
    library: ['--corpus', `${dir}/corpus`, '--with', 'none'],
    questions: ['--qa', `${dir}/qa.jsonl`, '--proposals', 'none'],
    proposals: ['--qa', 'none', '--proposals', `${dir}/proposals`],
    heldOutWhole,
  };
}

export const EVAL_SETS: EvalSet[] = [
  { name: 'qa-v2', library: [], questions: ['--proposals', 'none'], proposals: ['--qa', 'none'] },
  fixtureSet('bureau2'),
  fixtureSet('bureau3'),
  fixtureSet('bureau4'),
  fixtureSet('bureau5'),
  fixtureSet('holdout', true),
  fixtureSet('bureau6'),
  fixtureSet('bureau7'),
  fixtureSet('bureau8'),
  fixtureSet('bureau9'),
  fixtureSet('bureau10'),
  fixtureSet('bureau11'),
  fixtureSet('bureau12'),
  fixtureSet('bureau13'),
  fixtureSet('bureau14'),
  fixtureSet('bureau15'),
  fixtureSet('bureau16'),
  fixtureSet('bureau17'),
  fixtureSet('bureau18'),
  fixtureSet('bureau19'),
  fixtureSet('bureau20'),
  fixtureSet('bureau21'),
  fixtureSet('bureau22'),
  fixtureSet('bureau23'),
  fixtureSet('bureau24'),
  fixtureSet('bureau25'),
  fixtureSet('bureau26'),
  fixtureSet('bureau27'),
  fixtureSet('bureau28'),
  fixtureSet('bureau29'),
  fixtureSet('bureau30'),
  fixtureSet('bureau31'),
  fixtureSet('bureau32'),
  fixtureSet('bureau33'),
  fixtureSet('bureau34'),
  fixtureSet('bureau35'),
  fixtureSet('bureau36'),
  fixtureSet('bureau37'),
  fixtureSet('bureau38'),
  fixtureSet('bureau39'),
  fixtureSet('bureau40'),
  fixtureSet('bureau41'),
  fixtureSet('bureau42'),
  fixtureSet('bureau43'),
  fixtureSet('bureau44'),
  fixtureSet('bureau45'),
  fixtureSet('bureau46'),
  fixtureSet('bureau47'),
  fixtureSet('bureau48'),
  fixtureSet('bureau49', true),
];

interface Run {
  set: EvalSet;
  kind: Kind;
  split: Split;
  /** Answer with the confidence gate off (`--ungated`): the data bench/confidenceFit.ts refits on. */
  ungated?: boolean;
  outFile: string;
}

/** The runs a split asks for: tune skips the holdout; report runs it whole. */
export function plannedRuns(split: Split, kinds: Kind[], outDir: string, ungated = false): Run[] {
  return EVAL_SETS.filter((set) => split === 'report' || !set.heldOutWhole).flatMap((set) =>
    kinds.map((kind) => ({ set, kind, split, ungated, outFile: path.join(outDir, `${set.name}-${kind}-${set.heldOutWhole ? 'all' : split}.json`) })),
  );
}

export function evalArguments(run: Run): string[] {
  const args = [...run.set.library, ...(run.kind === 'qa' ? run.set.questions : run.set.proposals), '--leave-out', '0', '--out', run.outFile];
  if (run.ungated) args.push('--ungated');
  return run.set.heldOutWhole ? args : [...args, '--split', run.split];
}

function runChild(run: Run): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', EVAL_CLI, ...evalArguments(run)], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${run.set.name} ${run.kind}: 退出码 ${code}\n${stderr}`))));
  });
}

async function runAll(runs: Run[], jobs: number): Promise<void> {
  const queue = [...runs];
  const worker = async () => {
    for (let run = queue.shift(); run; run = queue.shift()) {
      process.stderr.write(`评测 ${run.set.name} ${run.kind}…\n`);
      await runChild(run);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
}

const percent = (x: number | null | undefined) => (x == null ? '—' : `${(x * 100).toFixed(1)}%`);
const triple = (f: { recallAt1: number | null; recallAt5: number | null; mrr: number | null } | undefined) =>
  f ? [f.recallAt1, f.recallAt5, f.mrr].map((x) => (x == null ? '—' : x.toFixed(2))).join(' / ') : '—';

/** One row of the answers table: the v2 set's own figures when the run also loaded the old dev sets. */
export function questionRow(name: string, split: string, report: EvalReport): string[] {
  const own = report.sets.find((s) => s.name === 'qa-v2')?.summary ?? report.qa;
  if (!own) return [name, split, '—'];
  const byMode = own.retrievalByMode;
  return [
    name,
    split,
    `${own.answerable}+${own.unanswerable}`,
    percent(own.answerAccuracy),
    percent(own.falseRefusalRate),
    percent(own.wrongAnswerRate),
    percent(own.refusalAccuracy),
    triple(byMode.hybrid ?? own.retrieval),
    triple(byMode.lexical),
    triple(byMode.minisearch),
  ];
}

export function draftRow(name: string, split: string, summary: DraftingSummary | undefined): string[] {
  if (!summary) return [name, split, '—'];
  return [
    name,
    split,
    String(summary.proposals),
    percent(summary.parse.sectionCount),
    percent(summary.parse.topics),
    `${percent(summary.evidencePrecision)} (${summary.citations})`,
    percent(summary.evidenceRecall),
    percent(summary.honestGaps),
  ];
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function readReport(file: string): EvalReport {
  return JSON.parse(readFileSync(file, 'utf8')) as EvalReport;
}

async function main(): Promise<number> {
  const { values } = parseCliArgs({
    options: { split: { type: 'string' }, only: { type: 'string' }, out: { type: 'string' }, jobs: { type: 'string' }, ungated: { type: 'boolean' } },
  });
  const split = values.split;
  if (split !== 'tune' && split !== 'report') throw new UsageError('需要 --split tune 或 --split report（调参只用 tune；report 只用于报告）');
  if (values.only !== undefined && values.only !== 'qa' && values.only !== 'draft') throw new UsageError('--only 只能是 qa 或 draft');
  const kinds: Kind[] = values.only ? [values.only as Kind] : ['qa', 'draft'];
  const outDir = path.resolve(values.out ?? path.join(os.tmpdir(), `reply-desk-eval-${split}`));
  mkdirSync(outDir, { recursive: true });
  const jobs = integerOption('--jobs', values.jobs, 1, 16) ?? Math.max(1, os.availableParallelism());

  const runs = plannedRuns(split, kinds, outDir, values.ungated === true);
  await runAll(runs, jobs);

  const qaRows = runs.filter((r) => r.kind === 'qa').map((r) => questionRow(r.set.name, r.set.heldOutWhole ? 'all' : split, readReport(r.outFile)));
  const draftRows = runs
    .filter((r) => r.kind === 'draft')
    .map((r) => {
      const half = r.set.heldOutWhole ? 'all' : split;
      return draftRow(r.set.name, half, readReport(r.outFile).drafts?.drafting?.[half]);
    });
  if (qaRows.length) {
    console.log(
      table(['set', 'half', 'questions', 'accuracy', 'false refusals', 'wrong', 'unanswerable refused', 'hybrid R@1/R@5/MRR', 'BM25 alone', 'MiniSearch peer'], qaRows),
    );
  }
  if (draftRows.length) {
    if (qaRows.length) console.log('');
    console.log(table(['set', 'half', 'proposals', 'section count', 'topics', 'citations on topic', 'evidence found', 'gaps left uncited'], draftRows));
  }
  console.log(`\nJSON reports: ${outDir}`);
  return 0;
}

const USAGE = '用法：npm run eval:sets -- --split tune|report [--only qa|draft] [--out 目录] [--jobs N] [--ungated]';

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) runCli(main, { usage: USAGE, failure: '评测失败' });
