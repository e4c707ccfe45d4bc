// Every sentence of the retrieved passages scored against the question's weighted terms.
import type { Chunk } from '../../types.js';
import { BOILERPLATE } from '../../text/boilerplate.js';
import { questionNamesHeading, readingHeading, speakingHeadings } from '../../text/sectionLabels.js';
import { splitSentences } from '../../text/sentences.js';
import { isLaterDate, withYearsFromNowOfDate } from '../../text/dates.js';
import { ASKS_ABOUT_FORCE, ASKS_STILL_APPLIES, asksFormerVersion, isNewEditionOf, NOT_IN_FORCE, repealsWholeDocument, STATES_ENDED, statesDocumentEnded, titleSaysEnded } from '../../text/inForce.js';
import { issuerPlaces } from '../../text/places.js';
import { CN_DIGIT_CHARS } from '../../text/numerals.js';
import { normalizeForMatch } from '../../text/simplify.js';
import type { Passage } from '../../grounding/passages.js';
import { holdsWord } from '../../grounding/evidenceGate.js';
import { matchesQuestionCue } from '../../text/questionTypes.js';
import { answeringFigure, askedFigure, statesFigure } from '../../text/askedFigure.js';
import { askedDeadline, statesDeadline } from '../../text/deadlines.js';
import { ASKS_FOR_NUMBER, unique, type QuestionFocus } from './questionAnalysis.js';
import {
  asksForHeaderField,
  dropRepeatedOpening,
  isHeadingLike,
  isLayoutJunk,
  isTitleLine,
  REFERS_TO_SUBJECT,
  trimLongSentence,
} from './sentenceFilters.js';
import { anchorForms, coverage, distinctiveTerms, docAwareTerms, matchStrength, type WeightedTerm } from './termWeights.js';
import type { OfflineTuning } from './tuning.js';
import type { Evidence } from './answerability.js';

/** What a strategy answering with a list reads: the question's weighted terms, the passages and their scored sentences, the evidence judged, the options and the tuning. */
export interface ScoredPassages {
  questionTerms: WeightedTerm[];
  passages: Passage[];
  scored: ScoredSentence[];
  options: ExtractiveOptions;
  evidence: Evidence;
  t: OfflineTuning;
}

export interface ScoredSentence {
  passage: Passage;
  /** The sentence (with its heading path and title) holds one of the gate's focus words, or the gate found none. */
  onFocus: boolean;
  /** The sentence's document has all the question's anchors. */
  anchored: boolean;
  text: string;
  index: number;
  sentenceCoverage: number;
  passageCoverage: number;
  /** Coverage of the question's distinctive terms only (see distinctiveTerms); 1 when it has none. */
  distinctiveCoverage: number;
  /** The question's own terms, anchors aside, that the sentence itself holds (in their words or a synonym's). */
  heldTerms: string[];
  score: number;
}

export interface ExtractiveOptions {
  /** For a follow-up: the document the conversation is about; other documents' sentences rank lower. */
  focusDocId?: string;
  /**
   * The document the question names by 文号 or proposal number ("第145号建议的办理结果"), which the library holds: the
   * question is about it, so its sentences answer and other documents' only when it has none.
   */
  namedDocId?: string;
  /** Whole text of a document (title and all chunks), to check the question's anchors against. */
  documentText?: (docId: string) => string;
  /** A document's chunks, to read the whole section a list of measures spans. */
  chunksOf?: (docId: string) => Chunk[];
  /**
   * The evidence gate's focus words (the rare words that carry the question): the answer's sentences must hold one of
   * them, in the sentence itself or in its section heading or title.
   */
  focusWords?: { words: string[]; abbreviations: string[] };
  /** Overrides of OFFLINE_TUNING for this question. */
  tuning?: Partial<OfflineTuning>;
}

/** What the question weighs, computed once per question: its terms and the passages' normalized texts. */
export interface WeighedQuestion {
  focus: QuestionFocus;
  terms: WeightedTerm[];
  /** passageContexts(passages), index for index. */
  contexts: string[];
}

const YEAR = /^((?:19|20)\d{2})年?$/;
const ORDINAL = new RegExp(String.raw`^第[${CN_DIGIT_CHARS}\d]+[期批条次届轮]$`);

/**
 * The question's anchors: a year ("2022年"), an ordinal ("第三期"), or a name that picks out a document — a term in a
 * retrieved document's title that few of the retrieved documents mention ("A", "B", "吹风会"). An answer must
 * come from a document that has them all: B's 2022 figures do not answer a question about A or about 2023.
 */
export function findAnchors(focus: QuestionFocus, passages: Passage[], docTexts: Map<string, string>): string[] {
  const titles = unique(passages.map((p) => normalizeForMatch(p.chunk.title)));
  const maxDocs = Math.max(1, Math.floor(docTexts.size / 3));
  const anchors: string[] = [];
  for (const term of focus.terms) {
    const norm = normalizeForMatch(term);
    const year = norm.match(YEAR);
    if (year) anchors.push(year[1]);
    else if (ORDINAL.test(norm)) anchors.push(norm);
    else if (norm.length >= 2 && !/^\d/.test(norm) && titles.some((t) => t.includes(norm))) {
      const docs = [...docTexts.values()].filter((text) => text.includes(norm)).length;
      if (docs <= maxDocs) anchors.push(norm);
    }
  }
  return unique(anchors);
}

function holdsFocus(focus: ExtractiveOptions['focusWords'], text: string): boolean {
  if (!focus?.words.length) return true;
  const norm = normalizeForMatch(text);
  return focus.words.some((w) => holdsWord(norm, w, focus.abbreviations.includes(w)));
}

function documentTexts(passages: Passage[], documentText?: (docId: string) => string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const p of passages) {
    if (texts.has(p.chunk.docId)) continue;
    const whole = documentText?.(p.chunk.docId) ?? passages.filter((x) => x.chunk.docId === p.chunk.docId).map((x) => x.chunk.text).join('\n');
    // A year the document says from now ("今年以来") is its date's year: a year asked anchors there as written out.
    texts.set(p.chunk.docId, normalizeForMatch(`${p.chunk.title}\n${withYearsFromNowOfDate(whole, p.chunk.date)}`));
  }
  return texts;
}

/** The question line of a policy Q&A ("问：改造施工一般要多长时间？"). */
const ASKED_LINE = /^\s*问\s*[：:]/u;

/** Every quotable sentence of the passages with its coverage and score, best first. */
export function scoreSentences(question: WeighedQuestion, passages: Passage[], options: ExtractiveOptions, t: OfflineTuning): ScoredSentence[] {
  const { focus, terms: allTerms, contexts } = question;
  const docTexts = documentTexts(passages, options.documentText);
  const anchors = findAnchors(focus, passages, docTexts);
  const asksNumber = ASKS_FOR_NUMBER.test(focus.text);
  const figure = askedFigure(focus.text);
  const anyFigure = answeringFigure(focus.text);
  const deadline = askedDeadline(focus.text);
  const distinctive = distinctiveTerms(docAwareTerms(allTerms, ''), contexts, anchors, t);
  const repealed = repealedDocuments(focus.text, passages, options);
  const scored: ScoredSentence[] = [];
  passages.forEach((passage, i) => {
    const docText = docTexts.get(passage.chunk.docId) ?? '';
    const terms = docAwareTerms(allTerms, docText);
    const passageCoverage = coverage(terms, contexts[i]);
    const anchored = anchors.every((a) => anchorForms(a).some((f) => docText.includes(f)));
    // A reply's label for the suggestion it answers holds the proposer's words, not the reply's: it lends none. An item
    // that heads itself ("（二）公示期为10日") is read under the heading above it.
    const heading = normalizeForMatch(readingHeading(passage.chunk.sectionPath, passage.chunk.text));
    const headings = speakingHeadings(passage.chunk.sectionPath).join(' ');
    let previous = '';
    let asked = '';
    for (const s of splitSentences(passage.chunk.text)) {
      const before = previous;
      previous = s.text;
      // A policy Q&A's "问：……？" is what the sentences after it answer, up to the next question; it answers nothing itself.
      if (ASKED_LINE.test(s.text)) {
        asked = normalizeForMatch(s.text);
        continue;
      }
      if (isHeadingLike(s.text, passage) || (isLayoutJunk(s.text) && !asksForHeaderField(focus.text, s.text))) continue;
      const text = trimLongSentence(dropRepeatedOpening(s.text), terms, figure, t.longSentenceChars);
      const norm = normalizeForMatch(text);
      if (norm.length < 6) continue;
      // "该项目已通过可研评审……" is about what the sentence before it names.
      const ownCoverage = REFERS_TO_SUBJECT.test(text) && before
        ? Math.max(coverage(terms, norm), t.antecedentContextFactor * coverage(terms, normalizeForMatch(before + text)))
        : coverage(terms, norm);
      // A sentence under "(二)科学谋划项目,完善申报机制" is about what its heading names.
      const inSection = heading ? Math.max(ownCoverage, t.sectionContextFactor * coverage(terms, heading + norm)) : ownCoverage;
      const sentenceCoverage = asked ? Math.max(inSection, t.askedQuestionFactor * coverage(terms, asked + norm)) : inSection;
      const figureBonus = (asksNumber ? (statesFigure(text, anyFigure) ? t.figureBonus : -t.figureBonus) : 0) + (figure && statesFigure(text, figure) ? t.askedFigureBonus : 0);
      const rankBonus = t.rankBonus * (1 - i / Math.max(1, passages.length));
      const formula = (BOILERPLATE.test(text) && !asksForHeaderField(focus.text, text)) || isTitleLine(norm, passage);
      const bonus =
        figureBonus + rankBonus + (matchesQuestionCue(focus.text, text) ? t.intentBonus : 0) + (deadline && statesDeadline(text, deadline) ? t.deadlineBonus : 0);
      const factor =
        (anchored ? 1 : t.unanchoredFactor) *
        (options.focusDocId && passage.chunk.docId !== options.focusDocId ? t.offFocusFactor : 1) *
        (repealed.has(passage.chunk.docId) ? t.repealedFactor : 1) *
        (formula ? t.boilerplateFactor : 1);
      const score = factor * (t.sentenceWeight * sentenceCoverage + t.passageWeight * passageCoverage + bonus);
      const ownText = REFERS_TO_SUBJECT.test(text) && before ? normalizeForMatch(before + text) : norm;
      const distinctiveCoverage = distinctive.length ? coverage(distinctive, ownText) : 1;
      const heldTerms = terms.filter((w) => !w.carried && !anchors.includes(w.norm) && matchStrength(w, ownText) >= w.credit.synonym).map((w) => w.norm);
      const onFocus = holdsFocus(options.focusWords, `${passage.chunk.title} ${headings} ${before && REFERS_TO_SUBJECT.test(text) ? before : ''}${text}`);
      scored.push({ passage, anchored, onFocus, text, index: s.index, sentenceCoverage, passageCoverage, distinctiveCoverage, heldTerms, score });
    }
  });
  return namedSectionLeads(scored, question.focus.text, passages, options.documentText, t).sort((a, b) => b.score - a.score);
}

/**
 * The retrieved documents that another retrieved document replaces (says it is repealed, or is its later new edition):
 * their rules do not answer what applies now, the replacing document's do. A document whose title says it ended
 * ("…暂行办法（已废止）") replaces nothing, whatever it names. None when the question asks about a former version or an
 * earlier time ("原来是多少", "以前…的时候") or whether a rule still applies, nor the document the question names.
 */
function repealedDocuments(question: string, passages: Passage[], options: ExtractiveOptions): Set<string> {
  const repealed = new Set<string>();
  if (asksFormerVersion(question) || ASKS_STILL_APPLIES.test(question) || ASKS_ABOUT_FORCE.test(question)) return repealed;
  const chunks = [...new Map(passages.map((p) => [p.chunk.docId, p.chunk])).values()];
  const replacing = chunks.filter((c) => !titleSaysEnded(c.title) && laysDownRules(c));
  const texts = new Map<string, string>();
  const textOf = (docId: string): string => {
    const known = texts.get(docId);
    if (known !== undefined) return known;
    const text = options.documentText?.(docId) ?? chunks.find((c) => c.docId === docId)?.text ?? '';
    texts.set(docId, text);
    return text;
  };
  const norm = normalizeForMatch(question);
  const named = (chunk: Chunk) => chunk.docId === options.namedDocId || (!!chunk.number && norm.includes(normalizeForMatch(chunk.number)));
  for (const chunk of chunks) {
    if (!named(chunk) && replacing.some((other) => repeals(other, chunk, textOf))) repealed.add(chunk.docId);
  }
  return repealed;
}

/** A document in force that lays down rules: not a reply (it answers one suggestion) nor a draft (征求意见稿…). */
function laysDownRules(chunk: Chunk): boolean {
  return chunk.kind !== 'reply' && !NOT_IN_FORCE.test(chunk.title);
}

/**
 * Whether `chunk` ends `earlier`'s rules: its new edition, dated later, from the same place (comesAfterInSamePlace), or
 * a document not dated before it that repeals the whole of it (repealsWholeDocument): by its 文号, or by its title
 * only when both are from the same place (another place's document may bear the same title).
 */
function repeals(chunk: Chunk, earlier: Chunk, textOf: (docId: string) => string): boolean {
  if (chunk.docId === earlier.docId) return false;
  if (isNewEditionOf(chunk, earlier)) return comesAfterInSamePlace(chunk, earlier);
  if (isLaterDate(earlier.date, chunk.date)) return false;
  const text = textOf(chunk.docId);
  return STATES_ENDED.test(text) && repealsWholeDocument(text, earlier, { byTitle: fromSamePlace(chunk, earlier) });
}

/** Whether two documents' issuers name a place in common (issuerPlaces). */
function fromSamePlace(chunk: Chunk, other: Chunk): boolean {
  const places = issuerPlaces(other.origin ?? '');
  return issuerPlaces(chunk.origin ?? '').some((place) => places.includes(place));
}

/**
 * The first passage is a section the question names by its headings ("…的受理时限是多久" over "三、受理时限"):
 * search and question agree it is where the asked thing is set out, so its best sentence gains `namedSectionBonus` over
 * another passage's sentence that merely repeats more of the question's words — up to the best score and no higher.
 * Raised to a tie, it may change which sentences are kept beside the best one. Not when a retrieved later document
 * replaces the section's own (its new edition, or one repealing it), nor when the best sentence is a later document's
 * of the same place: what the section says may no longer apply there, and the answer stays as scored.
 */
function namedSectionLeads(
  scored: ScoredSentence[],
  question: string,
  passages: Passage[],
  documentText: ExtractiveOptions['documentText'],
  t: OfflineTuning,
): ScoredSentence[] {
  const first = passages[0];
  if (!first || !t.namedSectionBonus || !questionNamesHeading(question, first.chunk.sectionPath)) return scored;
  const best = Math.max(...scored.map((s) => s.score));
  const own = scored.filter((s) => s.passage === first);
  const ownBest = own.reduce<ScoredSentence | undefined>((top, s) => (top && top.score >= s.score ? top : s), undefined);
  if (!ownBest || ownBest.score >= best) return scored;
  const leader = scored.find((s) => s.score === best);
  if (comesAfterInSamePlace(leader?.passage.chunk, first.chunk) || passages.some((p) => replaces(p.chunk, first.chunk, documentText))) return scored;
  return scored.map((s) => (s === ownBest ? { ...s, score: Math.min(best, s.score + t.namedSectionBonus) } : s));
}

/**
 * Whether a document came after `earlier` from an issuer of the same place ("甲县人民政府办公室" then "甲县住建局"), and
 * so may state what applies there now: another document, dated later, that is not a reply (a reply answers one
 * suggestion; it restates a rule, it does not set one). Another place's later document is another place's rule.
 */
function comesAfterInSamePlace(chunk: Chunk | undefined, earlier: Chunk): boolean {
  if (!chunk || chunk.docId === earlier.docId || chunk.kind === 'reply' || !isLaterDate(chunk.date, earlier.date)) return false;
  return fromSamePlace(chunk, earlier);
}

/**
 * Whether another document replaces `earlier`'s: one saying it is repealed (whatever its date), or its new edition dated
 * later. Looser than `repeals` on purpose — any document, a reply too, any sentence naming it with an
 * ending word: here a doubt only withholds a bonus and the answer stays as scored, while `repeals` demotes a document,
 * where a doubt would demote one still in force.
 */
function replaces(chunk: Chunk, earlier: Chunk, documentText: ExtractiveOptions['documentText']): boolean {
  if (chunk.docId === earlier.docId) return false;
  if (isLaterDate(chunk.date, earlier.date) && isNewEditionOf(chunk, earlier)) return true;
  const text = documentText?.(chunk.docId) ?? chunk.text;
  return STATES_ENDED.test(text) && statesDocumentEnded(text, earlier);
}

/**
 * The passages of the strongest sentences (within `strongSentenceShare` of the best, at most `maxStrongSentences`)
 * and of the passages (heading included) that match within `strongPassageShare` of the best: where a list or a
 * section's items may sit.
 */
export function strongCandidatePassages(scored: ScoredSentence[], t: OfflineTuning): Passage[] {
  const best = scored[0];
  const strong = scored.filter((s) => s.score >= best.score * t.strongSentenceShare).slice(0, t.maxStrongSentences);
  const topPassage = Math.max(...scored.map((s) => s.passageCoverage));
  return [...strong, ...scored.filter((s) => s.passageCoverage >= topPassage * t.strongPassageShare)].map((s) => s.passage);
}

/** The list with `first` moved to the front (unchanged when there is none). */
export function promote<T>(list: T[], first: T | undefined): T[] {
  return first === undefined ? list : [first, ...list.filter((x) => x !== first)];
}
