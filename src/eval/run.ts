// Runs a question set and proposal fixtures through the real use cases and aggregates the metrics.
// The use cases are passed in, so the runner can be checked with stand-ins and used for any corpus.
import { performance } from 'node:perf_hooks';
import type { Answer, ChatTurn, Citation, DraftInput, DraftResult, Searcher } from '../types.js';
import type { Logger } from '../logger.js';
import type { AnswerSignals } from '../answer/answerSignals.js';
import type { EvalQuestion } from './questions.js';
import {
  citationSupport,
  firstHitRank,
  goldSources,
  isAnswerAccurate,
  isCorrectRefusal,
  mean,
  percentile,
  ratio,
  type RankedSource,
} from './metrics.js';
import {
  checkCitationCoverage,
  checkDraftStructure,
  checkNumberFidelity,
  checkOutline,
  type OutlineCheck,
  type NumberFidelity,
  type CitationCoverage,
  type ProposalExpectation,
  type StructureChecks,
} from './draftChecks.js';
import { normalizeForMatch } from './text.js';
import { scoreDrafting, summarizeBySplit, type DraftingExpectation, type DraftingScore } from './drafting.js';

/** How many ranked results retrieval metrics look at (MRR is cut off here too). */
export const RETRIEVAL_DEPTH = 10;

/** The rankings compared for every set: the shipped hybrid, each recall alone, and a MiniSearch peer baseline. */
export const RETRIEVAL_MODES = ['hybrid', 'lexical', 'vector', 'minisearch'] as const;
export type RetrievalMode = (typeof RETRIEVAL_MODES)[number];

export interface QuestionResult {
  id: string;
  question: string;
  answerable: boolean;
  /** The set the question came from, its split and style (v2 sets). */
  set?: string;
  split?: string;
  style?: string;
  /** The expected phrases and source, copied from the question set so a report can be read on its own. */
  expect?: string[];
  docId?: string | null;
  answered: boolean | null;
  /** Answerable questions only: the expected phrases are in the answer (all or any, per the question's `match`). */
  accurate: boolean | null;
  /** Answerable questions only: answered, but without the expected phrases (worse than a refusal). */
  wrong?: boolean | null;
  /** Unanswerable questions only: the answer says the documents do not hold it. */
  refusedCorrectly: boolean | null;
  /** Answerable questions only: 1-based rank of the expected source in the searcher's results (null = not in top 10). */
  firstHitRank: number | null;
  /** The same, for each ranking compared (modes the runner was not given are absent). */
  ranks?: Partial<Record<RetrievalMode, number | null>>;
  citations: { supported: number; total: number; fromExpectedDoc: number };
  latencyMs: number;
  error?: string;
  answerPreview: string;
  /** The evidence signals of the offline engine's answer, when it answered (bench/confidenceFit.ts). */
  signals?: AnswerSignals;
}

export interface RetrievalFigures {
  recallAt1: number | null;
  recallAt5: number | null;
  mrr: number | null;
}

export interface QaReport {
  questions: number;
  answerable: number;
  unanswerable: number;
  retrieval: RetrievalFigures & { depth: number };
  /** Retrieval figures of each ranking compared, over the same answerable questions. */
  retrievalByMode: Partial<Record<RetrievalMode, RetrievalFigures>>;
  answerAccuracy: number | null;
  /** Answerable questions answered without the expected phrases. */
  wrongAnswerRate: number | null;
  /** Citations (of answered, answerable questions) whose passage supports an expected phrase, over all such citations. */
  citationPrecision: number | null;
  /** Citations of answered, answerable questions that point to the expected document. */
  citationSourceMatch: number | null;
  refusalAccuracy: number | null;
  /** Answerable questions wrongly refused. */
  falseRefusalRate: number | null;
  latencyMs: { p50: number | null; p95: number | null; max: number | null };
  errors: number;
  perQuestion: QuestionResult[];
}

export interface QaEvalDeps {
  answer: (question: string, history: ChatTurn[]) => Promise<Answer>;
  search: Searcher;
  /** Extra rankings to compare (e.g. BM25 alone, vectors alone, a peer library), each returning ranked sources. */
  rankers?: Partial<Record<Exclude<RetrievalMode, 'hybrid'>, (question: string) => Promise<RankedSource[]>>>;
  /** The text retrieval sees for a follow-up (its standalone rewrite); default the question itself. */
  searchText?: (question: string, history: ChatTurn[]) => string;
  logger?: Logger;
  onProgress?: (done: number, total: number, id: string) => void;
  /** The evidence signals of the answer just given, if the offline engine answered. */
  lastSignals?: () => AnswerSignals | undefined;
}

function preview(text: string, max = 80): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * A follow-up's thread as Slack holds it: each earlier question with the answer the assistant gave it there (answered
 * in turn, each with the thread before it). An earlier question that fails stands without its answer.
 */
async function threadOf(q: EvalQuestion, deps: QaEvalDeps): Promise<ChatTurn[]> {
  const turns: ChatTurn[] = [];
  for (const text of q.history ?? []) {
    const answer = await deps.answer(text, [...turns]).catch(() => undefined);
    turns.push({ role: 'user', text }, ...(answer ? [{ role: 'assistant' as const, text: answer.answer }] : []));
  }
  return turns;
}

async function rankAll(q: EvalQuestion, query: string, deps: QaEvalDeps): Promise<{ rank: number | null; ranks: QuestionResult['ranks'] }> {
  const gold = q.answerable ? goldSources(q) : [];
  if (!gold.length) return { rank: null, ranks: undefined };
  const hits = await deps.search.search(query, { k: RETRIEVAL_DEPTH });
  const rank = firstHitRank(hits.map((h) => ({ docId: h.chunk.docId, section: h.chunk.sectionPath })), gold);
  const ranks: QuestionResult['ranks'] = { hybrid: rank };
  for (const [mode, ranker] of Object.entries(deps.rankers ?? {})) {
    if (ranker) ranks[mode as RetrievalMode] = firstHitRank((await ranker(query)).slice(0, RETRIEVAL_DEPTH), gold);
  }
  return { rank, ranks };
}

async function evaluateQuestion(q: EvalQuestion, deps: QaEvalDeps): Promise<QuestionResult> {
  const history = await threadOf(q, deps);
  const { rank, ranks } = await rankAll(q, deps.searchText?.(q.question, history) ?? q.question, deps);
  const base = {
    id: q.id,
    question: q.question,
    answerable: q.answerable,
    set: q.set,
    split: q.split,
    style: q.style,
    expect: q.expect,
    docId: q.docId,
    firstHitRank: rank,
    ranks,
  };
  const started = performance.now();
  let answer: Answer;
  try {
    answer = await deps.answer(q.question, history);
  } catch (err) {
    const latencyMs = performance.now() - started;
    deps.logger?.warn({ id: q.id, err: errorMessage(err) }, 'eval: answerQuestion failed');
    return {
      ...base,
      answered: null,
      accurate: q.answerable ? false : null,
      wrong: q.answerable ? false : null,
      refusedCorrectly: q.answerable ? null : false,
      citations: { supported: 0, total: 0, fromExpectedDoc: 0 },
      latencyMs,
      error: errorMessage(err),
      answerPreview: '',
    };
  }
  const latencyMs = performance.now() - started;
  const signals = deps.lastSignals?.();
  const support = q.answerable && answer.answered ? citationSupport(answer, q.expect) : { supported: 0, total: 0 };
  const expectedDocs = new Set(goldSources(q).map((g) => g.docId));
  const fromExpectedDoc = q.answerable && answer.answered ? answer.citations.filter((c) => expectedDocs.has(c.docId)).length : 0;
  const accurate = q.answerable ? isAnswerAccurate(answer, q.expect, q.match) : null;
  return {
    ...base,
    answered: answer.answered,
    accurate,
    wrong: q.answerable ? answer.answered && !accurate : null,
    refusedCorrectly: q.answerable ? null : isCorrectRefusal(answer),
    citations: { ...support, fromExpectedDoc },
    latencyMs,
    answerPreview: preview(answer.answer),
    ...(signals ? { signals } : {}),
  };
}

function share(results: QuestionResult[], pick: (r: QuestionResult) => boolean | null): number | null {
  const judged = results.map(pick).filter((v): v is boolean => v !== null);
  return ratio(judged.filter(Boolean).length, judged.length);
}

/** Recall@1, recall@5 and MRR over ranks (null = no hit within the depth). */
export function retrievalFigures(ranks: (number | null)[]): RetrievalFigures {
  const recallAt = (k: number) => mean(ranks.map((rank) => (rank !== null && rank <= k ? 1 : 0)));
  return { recallAt1: recallAt(1), recallAt5: recallAt(5), mrr: mean(ranks.map((rank) => (rank === null ? 0 : 1 / rank))) };
}

export function summarizeQa(perQuestion: QuestionResult[]): QaReport {
  const answerable = perQuestion.filter((r) => r.answerable);
  const cited = answerable.filter((r) => r.answered);
  const totalCitations = cited.reduce((s, r) => s + r.citations.total, 0);
  const latencies = perQuestion.filter((r) => r.error === undefined).map((r) => r.latencyMs);
  const retrievalByMode: QaReport['retrievalByMode'] = {};
  for (const mode of RETRIEVAL_MODES) {
    if (answerable.length && answerable.every((r) => r.ranks && mode in r.ranks)) {
      retrievalByMode[mode] = retrievalFigures(answerable.map((r) => r.ranks![mode] ?? null));
    }
  }
  return {
    questions: perQuestion.length,
    answerable: answerable.length,
    unanswerable: perQuestion.length - answerable.length,
    retrieval: { ...retrievalFigures(answerable.map((r) => r.firstHitRank)), depth: RETRIEVAL_DEPTH },
    retrievalByMode,
    answerAccuracy: share(perQuestion, (r) => r.accurate),
    wrongAnswerRate: share(perQuestion, (r) => r.wrong ?? null),
    citationPrecision: ratio(cited.reduce((s, r) => s + r.citations.supported, 0), totalCitations),
    citationSourceMatch: ratio(cited.reduce((s, r) => s + r.citations.fromExpectedDoc, 0), totalCitations),
    refusalAccuracy: share(perQuestion, (r) => r.refusedCorrectly),
    falseRefusalRate: share(answerable, (r) => (r.answered === null ? null : !r.answered)),
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: latencies.length ? Math.max(...latencies) : null },
    errors: perQuestion.filter((r) => r.error !== undefined).length,
    perQuestion,
  };
}

/**
 * Evaluates the items one after another, so latencies are not inflated by each other, reporting progress by each
 * item's name.
 */
async function evaluateInTurn<Item, Result>(
  items: Item[],
  evaluate: (item: Item) => Promise<Result>,
  name: (item: Item) => string,
  onProgress?: (done: number, total: number, name: string) => void,
): Promise<Result[]> {
  const results: Result[] = [];
  for (const [i, item] of items.entries()) {
    results.push(await evaluate(item));
    onProgress?.(i + 1, items.length, name(item));
  }
  return results;
}

export async function runQaEval(questions: EvalQuestion[], deps: QaEvalDeps): Promise<QaReport> {
  return summarizeQa(await evaluateInTurn(questions, (q) => evaluateQuestion(q, deps), (q) => q.id, deps.onProgress));
}

export interface ProposalFixture {
  file: string;
  text: string;
  expectation?: ProposalExpectation;
  /** Held-out expectations: parse, evidence and split (src/eval/drafting.ts). */
  drafting?: DraftingExpectation;
}

export interface DraftFixtureResult {
  file: string;
  suggestions: number;
  sections: number;
  checks: StructureChecks | null;
  numbers: NumberFidelity;
  coverage: CitationCoverage;
  fidelityIssues: number;
  timeMs: number;
  /** The same proposal as an outline (/reply-outline); null when the outline failed. */
  outline: (OutlineCheck & { timeMs: number }) | null;
  /** Parse and evidence scores against held-out expectations, when the fixture has them. */
  drafting?: DraftingScore;
  error?: string;
}

export interface DraftReport {
  proposals: number;
  /** Share of fixtures passing each check (null = no fixture had that expectation). */
  structure: Record<keyof StructureChecks, number | null>;
  /** Fixtures passing every check they have. */
  allChecksPassed: number | null;
  numberFidelity: number | null;
  unsupportedNumbers: number;
  citationCoverage: number | null;
  /** Uncited sections that honestly say what is missing (【待补充】) instead of asserting facts. */
  placeholderSections: number;
  timeMs: { p50: number | null; max: number | null; mean: number | null };
  /** Outlines: share with one section per suggestion, share of points naming a source, time p50. */
  outline: { sectionsPerSuggestion: number | null; pointsWithSources: number | null; timeMsP50: number | null; errors: number };
  errors: number;
  /** Parse accuracy, evidence precision/recall and 【待补充】 share per split (fixtures with held-out expectations). */
  drafting: ReturnType<typeof summarizeBySplit> | null;
  perProposal: DraftFixtureResult[];
}

export interface DraftEvalDeps {
  draft: (input: DraftInput, options: { outline: boolean }) => Promise<DraftResult>;
  search: Searcher;
  logger?: Logger;
  onProgress?: (done: number, total: number, file: string) => void;
}

/** The text a citation points to: the chunks of that document whose section matches, else the whole document. */
export function citationSourceText(search: Searcher, citation: Citation): string {
  const chunks = search.chunksOf(citation.docId);
  const section = normalizeForMatch(citation.section);
  const inSection = chunks.filter((c) => {
    const path = normalizeForMatch(c.sectionPath);
    return section === '' ? path === '' : path === section || path.includes(section) || (path !== '' && section.includes(path));
  });
  return (inSection.length ? inSection : chunks).map((c) => c.text).join('\n');
}

const EMPTY_CHECKS: Record<keyof StructureChecks, null> = {
  kind: null,
  sectionsPerSuggestion: null,
  headingsNumbered: null,
  requiredParts: null,
  salutation: null,
  opening: null,
};

async function evaluateOutline(fixture: ProposalFixture, deps: DraftEvalDeps): Promise<DraftFixtureResult['outline']> {
  const started = performance.now();
  try {
    const result = await deps.draft({ text: fixture.text }, { outline: true });
    return { ...checkOutline(result, fixture.expectation), timeMs: performance.now() - started };
  } catch (err) {
    deps.logger?.warn({ file: fixture.file, err: errorMessage(err) }, 'eval: outline failed');
    return null;
  }
}

async function evaluateProposal(fixture: ProposalFixture, deps: DraftEvalDeps): Promise<DraftFixtureResult> {
  const started = performance.now();
  try {
    const result = await deps.draft({ text: fixture.text }, { outline: false });
    const timeMs = performance.now() - started;
    return {
      file: fixture.file,
      suggestions: result.suggestions.length,
      sections: result.draft?.sections.length ?? 0,
      checks: checkDraftStructure(result, fixture.expectation),
      numbers: checkNumberFidelity(result, fixture.text, (c) => citationSourceText(deps.search, c)),
      coverage: checkCitationCoverage(result),
      fidelityIssues: result.fidelity.length,
      timeMs,
      outline: await evaluateOutline(fixture, deps),
      ...(fixture.drafting ? { drafting: scoreDrafting(fixture.drafting, result) } : {}),
    };
  } catch (err) {
    deps.logger?.warn({ file: fixture.file, err: errorMessage(err) }, 'eval: draftReply failed');
    return {
      file: fixture.file,
      suggestions: 0,
      sections: 0,
      checks: null,
      numbers: { total: 0, supported: 0, unsupported: [] },
      coverage: { sections: 0, cited: 0, placeholderOnly: 0 },
      fidelityIssues: 0,
      timeMs: performance.now() - started,
      outline: fixture.drafting?.isProposal === false ? null : await evaluateOutline(fixture, deps),
      ...(fixture.drafting ? { drafting: scoreDrafting(fixture.drafting, null) } : {}),
      error: errorMessage(err),
    };
  }
}

function summarizeOutlines(perProposal: DraftFixtureResult[]): DraftReport['outline'] {
  // A text that is not a proposal has no outline to check.
  const outlines = perProposal.filter((p) => p.drafting?.isProposal !== false).map((p) => p.outline);
  const done = outlines.filter((o): o is NonNullable<typeof o> => o !== null);
  return {
    // A failed outline fails the structure check.
    sectionsPerSuggestion: ratio(done.filter((o) => o.sectionsPerSuggestion).length, outlines.length),
    pointsWithSources: ratio(done.reduce((s, o) => s + o.pointsWithSources, 0), done.reduce((s, o) => s + o.points, 0)),
    timeMsP50: percentile(done.map((o) => o.timeMs), 50),
    errors: outlines.length - done.length,
  };
}

export function summarizeDrafts(perProposal: DraftFixtureResult[]): DraftReport {
  const structure = { ...EMPTY_CHECKS } as Record<keyof StructureChecks, number | null>;
  for (const key of Object.keys(EMPTY_CHECKS) as (keyof StructureChecks)[]) {
    // A failed draft fails every check that was expected of it.
    const judged = perProposal.map((p) => (p.checks ? p.checks[key] : false)).filter((v): v is boolean => v !== null);
    structure[key] = ratio(judged.filter(Boolean).length, judged.length);
  }
  const passedAll = perProposal.filter((p) => p.checks !== null && Object.values(p.checks).every((v) => v !== false)).length;
  const totalNumbers = perProposal.reduce((s, p) => s + p.numbers.total, 0);
  const times = perProposal.filter((p) => p.error === undefined).map((p) => p.timeMs);
  return {
    proposals: perProposal.length,
    structure,
    allChecksPassed: ratio(passedAll, perProposal.length),
    numberFidelity: ratio(perProposal.reduce((s, p) => s + p.numbers.supported, 0), totalNumbers),
    unsupportedNumbers: totalNumbers - perProposal.reduce((s, p) => s + p.numbers.supported, 0),
    citationCoverage: ratio(
      perProposal.reduce((s, p) => s + p.coverage.cited, 0),
      perProposal.reduce((s, p) => s + p.coverage.sections, 0),
    ),
    placeholderSections: perProposal.reduce((s, p) => s + p.coverage.placeholderOnly, 0),
    timeMs: { p50: percentile(times, 50), max: times.length ? Math.max(...times) : null, mean: mean(times) },
    outline: summarizeOutlines(perProposal),
    errors: perProposal.filter((p) => p.error !== undefined && p.drafting?.isProposal !== false).length,
    drafting: perProposal.some((p) => p.drafting) ? summarizeBySplit(perProposal.flatMap((p) => (p.drafting ? [p.drafting] : []))) : null,
    perProposal,
  };
}

export async function runDraftEval(fixtures: ProposalFixture[], deps: DraftEvalDeps): Promise<DraftReport> {
  return summarizeDrafts(await evaluateInTurn(fixtures, (f) => evaluateProposal(f, deps), (f) => f.file, deps.onProgress));
}
