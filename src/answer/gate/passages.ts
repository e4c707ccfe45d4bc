// Stage 1 of `ask`'s gate: the passage gate, run before the offline engine chooses any sentence. The question's focus,
// years, places and level are read against the retrieved passages, each with its whole document.
import type { Chunk, Citation, Searcher } from '../../types.js';
import type { Passage } from '../../grounding/passages.js';
import { analyzeQuestion, EVIDENCE_GATE_DEFAULTS, holdsFocus, assessEvidence, type EvidenceAssessment, type EvidenceGateTuning, type EvidencePassage, type QuestionAnalysis } from '../../grounding/evidenceGate.js';
import { issuerPlaces, normalizeForMatch } from '../../text/index.js';
import { withYearsFromNowAs, yearOfDate } from '../../text/dates.js';
import { readQuotedDocumentNumber } from '../../text/documentNumbers.js';

/**
 * How a passage's text, or a quote of it, is read after the gate: as the gate read the passages, each year said from now
 * written as the year it is (withYearsFromNowOf, from the question's now the gate computed), or as written when the
 * gate's yearsFromNowAsNumbers is off.
 */
export type YearsFromNowReading = (chunk: Pick<Chunk, 'date'>, text: string) => string;

export interface GateResult {
  analysis: QuestionAnalysis;
  assessment: EvidenceAssessment;
  /** For the answer checks: one computation of the question's now and one knob, the gate's (YearsFromNowReading). */
  readYearsFromNow: YearsFromNowReading;
}

/**
 * The passages as the gate sees them, each with its whole document (a place is often named only in the opening);
 * with `now` (the question's, yearOfQuestionNow), a year the text says from now is written as the year it is (withYearsFromNowOf).
 */
function evidencePassages(search: Searcher, passages: Passage[], now: number | undefined): EvidencePassage[] {
  const documents = new Map<string, string>();
  const documentText = (docId: string) => {
    if (!documents.has(docId)) documents.set(docId, documentWithIssuer(search.chunksOf(docId)));
    return documents.get(docId)!;
  };
  return passages.map((p) => ({ text: now ? withYearsFromNowOf(p.chunk, p.chunk.text, now) : p.chunk.text, title: p.chunk.title, section: p.chunk.sectionPath, documentText: documentText(p.chunk.docId), origin: p.chunk.origin }));
}

/**
 * A chunk's text with each year said from now written as the year it is: counted from its document's date, or, for an
 * undated document, from the question's now (a year it says from now is read as the asker's own).
 */
function withYearsFromNowOf(chunk: Pick<Chunk, 'date'>, text: string, now: number | undefined): string {
  const year = yearOfDate(chunk.date) ?? now;
  return year ? withYearsFromNowAs(text, year) : text;
}

/**
 * The year a question's "今年" is. A question quoting a document named by its 文号 speaks in that document's years
 * ("〔2025〕33号说去年答复的承诺" → 2024); one naming a 文号 only as a time ("…12号文件印发以后，今年…") does not. Otherwise it is the library's present: the newest date of the documents
 * retrieved for the question (the index keeps no list of every document's date; the newest documents on the topic
 * asked are what the asker's present is written in), not past the clock's year. Not the clock itself: the library is
 * what the asker reads and speaks of, the clock would make an answer depend on the day it is asked, and a library not
 * yet holding this year's documents would read every "今年" as a year it has nothing of. A document dated past the
 * clock (a typo, a plan signed ahead) does not move the present.
 */
export function yearOfQuestionNow(question: string, passages: Passage[], clockYear = new Date().getFullYear()): number | undefined {
  const named = readQuotedDocumentNumber(question.normalize('NFKC'))?.year;
  // The 文号 reader reads a year of 19xx or 20xx only (documentNumbers.ts).
  if (named) return Number(named);
  const years = passages.map((p) => yearOfDate(p.chunk.date)).filter((y): y is number => y !== undefined && y <= clockYear);
  return years.length ? Math.max(...years) : undefined;
}

/** A document's chunks as one text, after its origin (issuer and place: a policy Q&A may name its county only there). */
function documentWithIssuer(chunks: Chunk[]): string {
  return [chunks[0]?.origin ?? '', ...chunks.map((c) => `${c.title}\n${c.text}`)].join('\n');
}

/** `tuning`: a caller's own floor on the same gate (drafting asks every focus word of a suggestion); `ask` uses the defaults. */
export function gatePassages(search: Searcher, question: string, passages: Passage[], tuning: Partial<EvidenceGateTuning> = {}): GateResult {
  const stats = search.documentFrequency ? { docFrequency: (t: string) => search.documentFrequency!(t), totalChunks: search.size() } : undefined;
  const { yearsFromNowAsNumbers } = { ...EVIDENCE_GATE_DEFAULTS, ...tuning };
  const now = yearsFromNowAsNumbers ? yearOfQuestionNow(question, passages) : undefined;
  const readYearsFromNow: YearsFromNowReading = yearsFromNowAsNumbers ? (chunk, text) => withYearsFromNowOf(chunk, text, now) : (_chunk, text) => text;
  const evidence = evidencePassages(search, passages, now);
  const context = [...new Set(evidence.map((p) => p.documentText ?? p.text))].join('\n');
  const issuers = [...new Set(passages.map((p) => search.chunksOf(p.chunk.docId)[0]?.origin ?? ''))];
  const asked = now ? withYearsFromNowAs(question, now) : question;
  const analysis = analyzeQuestion(asked, stats, tuning, undefined, context, issuers.flatMap(issuerPlaces));
  return { analysis, assessment: assessEvidence(analysis, evidence, tuning), readYearsFromNow };
}

/** A quote's first characters, enough to find the passage it was taken from. */
export const QUOTE_OPENING_CHARS = 12;

/** The opening of a quote, without the ellipsis of a trimmed one ("……先后出台了…" → "先后出台了…"). */
export function quoteOpening(quote: string, chars = QUOTE_OPENING_CHARS): string {
  return quote.replace(/^[…\s]+/u, '').slice(0, chars);
}

/**
 * The chunk a citation quotes from: a retrieved passage's, by the citation's chunk id, else one of its document's chunks
 * (a quote from a section not retrieved), else the retrieved passage of its section holding the quote's opening (a
 * trimmed quote, "……先后出台了…", is found by its own words).
 */
export function citedChunk(citation: Citation, passages: Passage[], chunksOf: (docId: string) => Chunk[] = () => []): Chunk | undefined {
  const byId = (chunk: Chunk) => chunk.id === citation.chunkId;
  const opening = quoteOpening(citation.quote);
  return (
    passages.find((p) => byId(p.chunk))?.chunk ??
    chunksOf(citation.docId).find(byId) ??
    passages.find((p) => p.chunk.docId === citation.docId && p.chunk.sectionPath === citation.section && p.chunk.text.includes(opening))?.chunk
  );
}

/** The share of the question's focus words (its terms when it has none) a text holds; 0 when the question has neither. */
export function focusShareHeld(analysis: QuestionAnalysis, text: string): number {
  const words = analysis.focus.length ? analysis.focus : analysis.terms;
  if (!words.length) return 0;
  const said = normalizeForMatch(text);
  return words.filter((w) => holdsFocus(analysis, said, w)).length / words.length;
}
