// Readable tables of an evaluation report, for stdout.
import type { DraftReport, QaReport } from './run.js';
import type { DraftingSummary } from './drafting.js';
import { formatMs, formatNumber, formatPercent, renderTable } from './table.js';

export function renderQaTable(qa: QaReport): string {
  const r = qa.retrieval;
  const rows: string[][] = [
    ['questions (answerable / unanswerable)', `${qa.questions} (${qa.answerable} / ${qa.unanswerable})`],
    ['retrieval recall@1', formatPercent(r.recallAt1)],
    ['retrieval recall@5', formatPercent(r.recallAt5)],
    [`retrieval MRR@${r.depth}`, formatNumber(r.mrr)],
    ['answer accuracy (expected phrase in answer)', formatPercent(qa.answerAccuracy)],
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
