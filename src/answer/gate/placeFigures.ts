// An answer check (ANSWER_CHECKS, answerChecks.ts): the place asked is named, but the figure quoted is another place's.
import type { Citation } from '../../types.js';
import type { Passage } from '../../grounding/passages.js';
import { holdsFocus, askedYears, type QuestionAnalysis } from '../../grounding/evidenceGate.js';
import { issuerPlaces, normalizeForMatch, splitSentences, withCitation } from '../../text/index.js';
import { askedPlaces } from '../../text/places.js';
import { placeAsWritten, placesOfFigures } from '../../text/figurePlaces.js';
import { askedFigure } from '../../text/askedFigure.js';
import { ACTUALLY_WORDS, IN_THE_END_WORDS } from '../../text/plans.js';
import { NOW_WORDS, YEARS_FROM_NOW } from '../../text/dates.js';
import { CONTENT_ASKING_WORDS } from '../../text/questionWords.js';
import { citedChunk, QUOTE_OPENING_CHARS } from './passages.js';

/** Words hedging a figure asked ("大概", "具体"): how it is asked, not what is counted. */
const HEDGES_OF_FIGURE_ASKED = ['具体', '大概', '大约', '大致'];

/**
 * Words of a how-many question that date it or say how it is asked, not what is counted: a year said from now
 * ("今年"), now ("现在"), 截至, the asking words ("多少"), done or in the end ("实际", "最终": done or planned is another
 * check's), a hedge. Totals (一共, 总共) are the tokenizer's stop words and never among a question's terms. Not 截止
 * (UP_TO_WORDS) nor a year said from another (YEARS_FROM_ANOTHER, "第二年"), which are counted words as before.
 */
const NOT_WHAT_IS_COUNTED = new RegExp(
  `^(?:${[...YEARS_FROM_NOW.map((y) => y.word), ...NOW_WORDS, '截至', ...CONTENT_ASKING_WORDS, ...ACTUALLY_WORDS, ...IN_THE_END_WORDS, ...HEDGES_OF_FIGURE_ASKED].join('|')})$`,
  'u',
);

/** A quoted sentence stating a figure of the kind asked, with what tells whose figure it is. */
interface FigureSentence {
  citation: Citation;
  text: string;
  /** The sentence is of a document of the place asked (its issuer's or its title's place agrees). */
  own: boolean;
  /** The paragraph of its passage before it, which may say once what a run of figures counts. */
  paragraph: string;
  /** The places of each figure of the kind asked (placesOfFigures); empty when it states none. */
  places: string[][];
}

/** The places a question asks of: those the library holds and those only its issuers show to be places. */
function placesAskedOf(analysis: QuestionAnalysis): string[] {
  return [...new Set([...analysis.places, ...analysis.issuerPlaces])];
}

/** A place agrees with one asked when either name holds the other ("甲" and "甲区"). */
function agreesWithAsked(asked: string[], place: string): boolean {
  return asked.some((a) => a.includes(place) || place.includes(a));
}

/** The question's words saying what is counted: not the places asked, not its dating or asking words, not its years. */
function wordsOfWhatIsCounted(analysis: QuestionAnalysis, asked: string[]): string[] {
  return analysis.terms.filter((w) => !agreesWithAsked(asked, w) && !NOT_WHAT_IS_COUNTED.test(w) && !askedYears(w).length);
}

/**
 * The place a cited document is of: a title naming the place asked makes it about that place, whoever issued it
 * ("甲县…调研报告" of the city's bureau); else the issuer's own unit ("A市住房和城乡建设局" → A), else the place
 * its title opens with.
 */
function documentPlaceOf(title: string, issuers: string[], asked: string[]): string | undefined {
  const titlePlace = askedPlaces(title)[0];
  return (titlePlace && agreesWithAsked(asked, titlePlace) ? titlePlace : undefined) ?? issuers[0] ?? titlePlace;
}

/** The text of a passage before a quoted sentence, where 该区 and the paragraph find their place ('' when not found). */
function passageTextBefore(passageText: string, sentence: string): string {
  const at = passageText.indexOf(sentence.slice(0, QUOTE_OPENING_CHARS));
  return at > 0 ? passageText.slice(0, at) : '';
}

/** The sentences a citation quotes, each with the places of its figures of the kind asked. */
function figureSentencesOf(citation: Citation, passages: Passage[], figure: RegExp, asked: string[], originOf: (docId: string) => string): FigureSentence[] {
  const passageText = citedChunk(citation, passages)?.text ?? '';
  const issuers = issuerPlaces(originOf(citation.docId));
  const documentPlace = documentPlaceOf(citation.title, issuers, asked);
  // A sentence of the place's own document is of it, or of a part of it ("甲区…" in A's report).
  const own = issuers.some((p) => agreesWithAsked(asked, p)) || (!!documentPlace && agreesWithAsked(asked, documentPlace));
  return splitSentences(citation.quote).map((s) => {
    const text = s.text.replace(/^……/u, '');
    const before = passageTextBefore(passageText, text);
    const paragraph = before.split('\n').at(-1) ?? '';
    return { citation, text, own, paragraph, places: placesOfFigures(text, figure, { before, documentPlace, known: asked }) };
  });
}

/** A how-many question of a place: the places asked and the words saying what is counted. */
interface PlaceFigureAsked {
  analysis: QuestionAnalysis;
  asked: string[];
  counted: string[];
}

/** Whether a text holds every word of what is counted. */
function holdsAllCounted(q: PlaceFigureAsked, text: string): boolean {
  return q.counted.every((w) => holdsFocus(q.analysis, normalizeForMatch(text), w));
}

/**
 * Whether a sentence states the figure of the place asked: of the place's own document, or a figure of the place asked
 * or of no place known. What is counted may be said once for a run of figures ("…完成改造城镇老旧小区160个。分县区看，…
 * 南岭县31个"): the paragraph before the place's figure counts.
 */
function statesAskedPlacesFigure(s: FigureSentence, q: PlaceFigureAsked): boolean {
  const ofAsked = s.own || s.places.some((p) => !p.length || p.some((place) => agreesWithAsked(q.asked, place)));
  return ofAsked && holdsAllCounted(q, `${s.paragraph}${s.text}`);
}

/** Whether a sentence states what is counted as another place's figure only: each figure's place known and none asked. */
function statesOtherPlacesFigure(s: FigureSentence, q: PlaceFigureAsked): boolean {
  return !s.own && holdsAllCounted(q, s.text) && s.places.every((p) => p.length && !p.some((place) => agreesWithAsked(q.asked, place)));
}

/** Whether a quoted sentence names a place asked (only not as its figure's place). */
function namesPlaceAsked(sentences: FigureSentence[], asked: string[]): boolean {
  return sentences.some((s) => asked.some((a) => normalizeForMatch(s.text).includes(normalizeForMatch(a))));
}

/** The refusal naming whose figure the library states, quoting it. */
function otherPlacesFigureAnswer(other: FigureSentence, analysis: QuestionAnalysis, asked: string[], passages: Passage[], originOf: (docId: string) => string): { answer: string; citations: Citation[] } {
  const owner = [...new Set(other.places.flat())].map((p) => placeAsWritten(p, originOf(other.citation.docId), other.text, passages.map((x) => x.chunk.text).join('\n'))).join('、');
  const place = asked.map((a) => placeAsWritten(a, analysis.text)).join('、');
  return {
    answer: `现有文件中没有写明${place}的这一数字，无法作答。文件中的这一数字是${owner}的：${withCitation(other.text, '[1]')}`,
    citations: [{ ...other.citation, quote: other.text, n: 1 }],
  };
}

/**
 * "甲县今年完工了多少个小区" answered by "…今年该区17个项目…还有5个小区在扫尾，将确保…全部完工" (该区: the district
 * the passage spoke of before) beside "在甲县、乙县的6个小区同步建设了社区食堂"; "A市2025年计划加装几台电梯" by
 * "计划…加装电梯90台，力争A市…实现零的突破" (the city's plan): the place asked is named, but in another clause or
 * sentence than the figure of what is asked, which is another place's. Refused, saying whose figure the library
 * states. A sentence whose figure is of the place asked (or of no place known) and which holds what is counted keeps
 * the answer.
 */
export function figureOfOtherPlaceRefusal(analysis: QuestionAnalysis, citations: Citation[], passages: Passage[], originOf: (docId: string) => string): { answer: string; citations: Citation[] } | undefined {
  const figure = askedFigure(analysis.text);
  const asked = placesAskedOf(analysis);
  if (!figure || !asked.length || analysis.comparison || !citations.length) return undefined;
  const q: PlaceFigureAsked = { analysis, asked, counted: wordsOfWhatIsCounted(analysis, asked) };
  const sentences = citations.flatMap((c) => figureSentencesOf(c, passages, figure, asked, originOf));
  const stating = sentences.filter((s) => s.places.length);
  if (stating.some((s) => statesAskedPlacesFigure(s, q))) return undefined;
  const other = stating.find((s) => statesOtherPlacesFigure(s, q));
  if (!other || !namesPlaceAsked(sentences, asked)) return undefined;
  return otherPlacesFigureAnswer(other, analysis, asked, passages, originOf);
}
