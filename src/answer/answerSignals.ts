// The evidence signals of an offline answer: the confidence model (confidence.ts) reads them to refuse answers it
// doubts, and `npm run eval` records them per question through AnswerOptions.onAnswerSignals to fit that model
// (bench/confidenceFit.ts: on 574 tune items in 2026-12-04 no cut paid; on 1,499 in 2026-12-07 one did).
import type { Answer } from '../types.js';
import type { Passage } from '../grounding/passages.js';
import { holdsWord, type QuestionAnalysis } from '../grounding/evidenceGate.js';
import { getTokenizer } from '../text/tokenizer.js';
import { normalizeForMatch } from '../text/simplify.js';
import { withoutCitationMarks } from '../text/sentences.js';
import { questionTypeOf } from '../text/questionTypes.js';
import { questionFocus } from './offline/index.js';
import { ASKS_FOR_DEFINITION, ASKS_FOR_MEASURES, ASKS_FOR_QUANTITY } from './offline/questionAnalysis.js';
import { coverage, discountAbsentFraming, distinctiveTerms, passageContexts, weighTerms } from './offline/termWeights.js';
import { offlineTuning, type OfflineTuning } from './offline/tuning.js';

/** The evidence signals of one offline answer, each a number (0/1 for yes/no). */
export interface AnswerSignals {
  /** Best coverage of the question's weighted terms by one quoted sentence (citation quote). */
  sentenceCoverage: number;
  /** Coverage by the whole answer text. */
  answerCoverage: number;
  /** Best coverage by a cited passage with its title and section. */
  passageCoverage: number;
  /** Coverage of the question's distinctive terms by the answer text. */
  distinctiveCoverage: number;
  /** Share of the evidence gate's focus words the answer text (with its citations' titles and sections) holds. */
  focusShare: number;
  /** Share of the question's weight held by words the library never uses. */
  unknownShare: number;
  /** Share of the asked years and places the answer text with its citations' titles holds (1 when none asked). */
  anchorsHeld: number;
  /** 1 / vector rank and 1 / full-text rank of the first cited passage (0 when that recall did not return it). */
  vectorRankInverse: number;
  lexicalRankInverse: number;
  /** Both recalls rank the first cited passage in their top confidentRank. */
  recallsAgree: number;
  /** 1 / position of the first cited passage among the retrieved ones. */
  citedPositionInverse: number;
  /** Fused-score margin of the first retrieved passage over the second, as a share of the first. */
  retrievalMargin: number;
  /** Share of the figures the question states ("10月底", "80平") that the answer text holds (1 when it states none). */
  questionFiguresHeld: number;
  /** ln(1 + question characters). */
  logQuestionChars: number;
  /** ln(1 + answer characters). */
  logAnswerChars: number;
  citations: number;
  /** Distinct documents cited. */
  citedDocuments: number;
  /** Lines of the answer beyond the first (a list, a section's items). */
  extraLines: number;
  /** The question asks how much / how many; when; why; how or which measures; what something is. */
  asksQuantity: number;
  asksTime: number;
  asksReason: number;
  asksMeasures: number;
  asksDefinition: number;
}


/**
 * The signals of an answered offline answer over the passages it was drawn from. `carriedFrom` is a follow-up's
 * context (standalone.carriedFrom): its terms weigh as the answer's sentence choice weighed them.
 */
export function answerSignals(
  question: string,
  analysis: QuestionAnalysis,
  answer: Pick<Answer, 'answer' | 'citations'>,
  passages: Passage[],
  overrides: Partial<OfflineTuning> = {},
  carriedFrom = '',
): AnswerSignals {
  const t = offlineTuning(overrides);
  const tokenizer = getTokenizer();
  const focus = questionFocus(tokenizer, question, carriedFrom);
  const contexts = passageContexts(passages);
  const terms = discountAbsentFraming(weighTerms(tokenizer, focus, contexts, t), question, contexts, t);
  const text = normalizeForMatch(withoutCitationMarks(answer.answer));
  const cited = answer.citations.map((c) => passages.find((p) => p.chunk.id === c.chunkId));
  const citedPassages = cited.filter((p): p is Passage => !!p);
  const first = cited[0];
  const withSources = normalizeForMatch(`${answer.answer} ${answer.citations.map((c) => `${c.title} ${c.section}`).join(' ')}`);
  const focusWords = analysis.focus;
  const anchors = [...analysis.years, ...analysis.places];
  const distinctive = distinctiveTerms(terms, contexts, [], t);
  const lines = answer.answer.split('\n').filter((l) => l.trim());
  const type = questionTypeOf(question)?.name;
  const [top, second] = passages;
  const figures = [...new Set(normalizeForMatch(question).match(/\d+(?:\.\d+)?/g) ?? [])];
  return {
    sentenceCoverage: Math.max(0, ...answer.citations.flatMap((c) => c.quote.split('……')).map((q) => coverage(terms, normalizeForMatch(q)))),
    answerCoverage: coverage(terms, text),
    passageCoverage: Math.max(0, ...citedPassages.map((p) => coverage(terms, contexts[passages.indexOf(p)]))),
    distinctiveCoverage: distinctive.length ? coverage(distinctive, text) : 1,
    focusShare: focusWords.length ? focusWords.filter((w) => holdsWord(withSources, w, analysis.abbreviations.includes(w))).length / focusWords.length : 1,
    unknownShare: analysis.unknownShare,
    anchorsHeld: anchors.length ? anchors.filter((a) => withSources.includes(normalizeForMatch(a))).length / anchors.length : 1,
    vectorRankInverse: first?.vectorRank ? 1 / first.vectorRank : 0,
    lexicalRankInverse: first?.lexicalRank ? 1 / first.lexicalRank : 0,
    recallsAgree: first?.vectorRank !== undefined && first.lexicalRank !== undefined && first.vectorRank <= t.confidentRank && first.lexicalRank <= t.confidentRank ? 1 : 0,
    citedPositionInverse: first ? 1 / (passages.indexOf(first) + 1) : 0,
    retrievalMargin: top && second && top.score > 0 ? (top.score - second.score) / top.score : 0,
    questionFiguresHeld: figures.length ? figures.filter((f) => text.includes(f)).length / figures.length : 1,
    logQuestionChars: Math.log1p(question.length),
    logAnswerChars: Math.log1p(withoutCitationMarks(answer.answer).length),
    citations: answer.citations.length,
    citedDocuments: new Set(answer.citations.map((c) => c.docId)).size,
    extraLines: Math.max(0, lines.length - 1),
    asksQuantity: ASKS_FOR_QUANTITY.test(question) ? 1 : 0,
    asksTime: type === '时间' ? 1 : 0,
    asksReason: type === '原因' ? 1 : 0,
    asksMeasures: ASKS_FOR_MEASURES.test(question) ? 1 : 0,
    asksDefinition: ASKS_FOR_DEFINITION.test(question) ? 1 : 0,
  };
}
