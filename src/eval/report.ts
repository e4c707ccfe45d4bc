// Readable tables of an evaluation report, for stdout.
import { RETRIEVAL_MODES, type DraftReport, type QaReport, type RetrievalMode } from './run.js';
import type { LeaveOutReport, SetReport } from './evaluate.js';
import type { DraftingSummary } from './drafting.js';
import { formatMs, formatNumber, formatPercent, renderTable } from './table.js';

export function renderQaTable(qa: QaReport): string {
  const r = qa.retrieval;
  const rows: string[][] = [
    ['questions (answerable / unanswerable)', `${qa.questions} (${qa.answerable} / ${qa.unanswerable})`],
    ['retrieval recall@1', formatPercent(r.recallAt1)],
    ['retrieval recall@5', formatPercent(r.recallAt5)],
    [`retrieval MRR@${r.depth}`, formatNumber(r.mrr)],
    ['answer accuracy (expected phrases in answer)', formatPercent(qa.answerAccuracy)],
    ['wrong answers (answered without them)', formatPercent(qa.wrongAnswerRate)],
    ['citation precision (passage supports it)', formatPercent(qa.citationPrecision)],
    ['citations from the expected document', formatPercent(qa.citationSourceMatch)],
    ['refusal accuracy (unanswerable refused)', formatPercent(qa.refusalAccuracy)],
    ['false refusals (answerable refused)', formatPercent(qa.falseRefusalRate)],
    ['latency p50', formatMs(qa.latencyMs.p50)],
    ['latency p95', formatMs(qa.latencyMs.p95)],
    ['errors', String(qa.errors)],
  ];
  return renderTable(['answers', 'value'], rows, '== 问答评测 answers ==');
}

/** The questions that missed, so a regression can be traced to its question. */
export function renderQaMisses(qa: QaReport, limit = 15): string {
  const misses = qa.perQuestion.filter((q) => q.accurate === false || q.refusedCorrectly === false || q.error !== undefined);
  if (misses.length === 0) return '';
  const rows = misses.slice(0, limit).map((q) => [
    q.id,
    q.answerable ? 'answerable' : 'unanswerable',
    q.firstHitRank === null ? (q.answerable ? 'miss' : '—') : String(q.firstHitRank),
    (q.expect ?? []).join(' | ').slice(0, 16),
    q.error ? `错误：${q.error}` : q.answerPreview.slice(0, 30),
  ]);
  const more = misses.length > limit ? `\n… 另有 ${misses.length - limit} 题` : '';
  return renderTable(['id', 'type', 'rank', 'expected', 'answer'], rows, `-- 未通过 misses (${misses.length}) --`) + more;
}

/** Parse accuracy and evidence quality against the held-out expectations, tune and report halves side by side. */
export function renderDraftingTable(drafting: NonNullable<DraftReport['drafting']>): string {
  const halves = [drafting.tune, drafting.report, drafting.all];
  const row = (label: string, pick: (s: DraftingSummary) => number | null) => [label, ...halves.map((h) => formatPercent(pick(h)))];
  const rows: string[][] = [
    ['proposals', ...halves.map((h) => String(h.proposals))],
    row('recognised (drafted / refused)', (s) => s.recognised),
    row('parse: section count', (s) => s.parse.sectionCount),
    row('parse: topics (keywords)', (s) => s.parse.topics),
    row('parse: proposers', (s) => s.parse.proposers),
    row('parse: kind', (s) => s.parse.kind),
    row('parse: 您/你们', (s) => s.parse.addressee),
    ['citations', ...halves.map((h) => String(h.citations))],
    row('evidence precision (on topic)', (s) => s.evidencePrecision),
    row('evidence precision (expected only)', (s) => s.evidencePrecisionStrict),
    row('evidence recall', (s) => s.evidenceRecall),
    row('no-evidence suggestions left uncited', (s) => s.honestGaps),
    row('paragraphs with 【待补充】', (s) => s.placeholderShare),
  ];
  return renderTable(['metric', 'tune', 'report', 'all'], rows, '== 起草评测 held-out proposals (parse, evidence) ==');
}

export function renderDraftTable(drafts: DraftReport): string {
  const s = drafts.structure;
  const summary: string[][] = [
    ['proposals', String(drafts.proposals)],
    ['kind (提案/建议) correct', formatPercent(s.kind)],
    ['one section per suggestion', formatPercent(s.sectionsPerSuggestion)],
    ['headings numbered 一、二、…', formatPercent(s.headingsNumbered)],
    ['required parts present', formatPercent(s.requiredParts)],
    ['salutation correct', formatPercent(s.salutation)],
    ['opening correct', formatPercent(s.opening)],
    ['all checks passed', formatPercent(drafts.allChecksPassed)],
    ['number fidelity (figures sourced)', formatPercent(drafts.numberFidelity)],
    ['unsupported figures', String(drafts.unsupportedNumbers)],
    ['citation coverage (sections cited)', formatPercent(drafts.citationCoverage)],
    ['uncited sections saying 【待补充】', String(drafts.placeholderSections)],
    ['outline: one section per suggestion', formatPercent(drafts.outline.sectionsPerSuggestion)],
    ['outline: points naming a source', formatPercent(drafts.outline.pointsWithSources)],
    ['time per outline p50', formatMs(drafts.outline.timeMsP50)],
    ['time per draft p50', formatMs(drafts.timeMs.p50)],
    ['time per draft max', formatMs(drafts.timeMs.max)],
    ['errors (draft / outline)', `${drafts.errors} / ${drafts.outline.errors}`],
  ];
  const perFile = drafts.perProposal.map((p) => [
    p.file,
    `${p.sections}/${p.suggestions}`,
    p.checks ? Object.values(p.checks).filter((v) => v === false).length === 0 ? 'ok' : failedChecks(p.checks) : `错误：${p.error ?? ''}`,
    `${p.numbers.supported}/${p.numbers.total}`,
    `${p.coverage.cited}/${p.coverage.sections}`,
    formatMs(p.timeMs),
  ]);
  return [
    renderTable(['drafts', 'value'], summary, '== 答复起草评测 drafts =='),
    renderTable(['file', 'sections/sugg.', 'checks', 'figures', 'cited', 'time'], perFile),
    ...(drafts.drafting ? [renderDraftingTable(drafts.drafting)] : []),
  ].join('\n\n');
}

function failedChecks(checks: object): string {
  return `failed: ${Object.entries(checks)
    .filter(([, v]) => v === false)
    .map(([k]) => k)
    .join(', ')}`;
}

const MODE_LABELS: Record<RetrievalMode, string> = { hybrid: 'hybrid', lexical: 'BM25', vector: 'vector', minisearch: 'MiniSearch' };

/** One block per question set: each ranking side by side (R@1 / R@5 / MRR), then the answer figures. */
export function renderSetsTable(sets: SetReport[]): string {
  const rows: string[][] = [];
  for (const set of sets) {
    for (const { label, summary } of [{ label: set.name, summary: set.summary }, ...set.byStyle.map((s) => ({ label: `  · ${s.style}`, summary: s.summary }))]) {
      const modes = RETRIEVAL_MODES.map((m) => {
        const f = summary.retrievalByMode[m] ?? (m === 'hybrid' ? summary.retrieval : undefined);
        return f && summary.answerable ? `${formatNumber(f.recallAt1, 2)}/${formatNumber(f.recallAt5, 2)}/${formatNumber(f.mrr, 2)}` : '—';
      });
      rows.push([
        label,
        `${summary.answerable}+${summary.unanswerable}`,
        ...modes,
        formatPercent(summary.answerAccuracy),
        formatPercent(summary.falseRefusalRate),
        formatPercent(summary.wrongAnswerRate),
        formatPercent(summary.refusalAccuracy),
      ]);
    }
  }
  return renderTable(
    ['set', 'ans+unans', ...RETRIEVAL_MODES.map((m) => `${MODE_LABELS[m]} R@1/R@5/MRR`), 'accuracy', 'false refusal', 'wrong answer', 'refusal acc.'],
    rows,
    '== 各问题集 per set: retrieval side by side, answers ==',
  );
}

export function renderLeaveOut(report: LeaveOutReport): string {
  const lines = [
    `== 留出检查 leave-documents-out: every ${report.every}th docId removed (${report.removed.length}: ${report.removed.join(', ')}) ==`,
    `questions on removed documents: ${report.questions}; refused: ${report.refused} (${formatPercent(report.refusalRate)})`,
  ];
  for (const a of report.answered.slice(0, 10)) lines.push(`  answered anyway: ${a.id} ${a.question} → ${a.answer.replace(/\s+/gu, ' ').slice(0, 60)}`);
  return lines.join('\n');
}
