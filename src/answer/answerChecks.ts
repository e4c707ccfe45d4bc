// The checks an offline answer passes after its sentences are chosen: each reads the question and what the answer
// quotes, and may refuse it (or, for a draft's status, answer otherwise). They live in src/answer/gate/ by family
// (focus, constraints, grounds, status, figures, placeFigures, documents, turnedDown: each line of ANSWER_CHECKS names its file in
// brackets); their order lives here.
import type { ChatTurn, Chunk, Citation } from '../types.js';
import type { Passage } from '../grounding/passages.js';
import type { QuestionAnalysis } from '../grounding/evidenceGate.js';
import { answerConstraintRefusal } from './gate/constraints.js';
import { answerFocusRefusal } from './gate/focus.js';
import { classOfOneRefusal, notesItemRefusal, ownOfPlaceRefusal, proposalSubjectRefusal } from './gate/documents.js';
import {
  earlierAnswerRepeatedRefusal,
  monthPointRefusal,
  countOnlyRefusal,
  extremeUnstatedRefusal,
  gradeBandRefusal,
  gradeUnnamedRefusal,
  computationUnstatedRefusal,
  eachUnitRefusal,
  partMissingRefusal,
  presumedFigureRefusal,
  figureOfOtherThingRefusal,
} from './gate/figures.js';
import {
  endDayUnstatedRefusal,
  stillAppliesUnstatedRefusal,
  occurrenceUnheldRefusal,
  draftOnlyRefusal,
  settledStatusAnswer,
  stillWorkedOutRefusal,
  type AnswerCheckOutcome,
} from './gate/status.js';
import { figureOfOtherPlaceRefusal } from './gate/placeFigures.js';
import { turnedDownFigureRefusal, turnedDownSuggestionRefusal } from './gate/turnedDown.js';
import { unnamedGroundRefusal } from './gate/grounds.js';
import type { YearsFromNowReading } from './gate/passages.js';

/** What every check reads: one object, so a check added or removed is one line of ANSWER_CHECKS. */
export interface AnswerCheckContext {
  /** The asker's own words (a follow-up's, not the condensed question): what the wording rules read. */
  question: string;
  /** A follow-up's context, the earlier question(s) it leans on (standalone.carriedFrom); "" for a question alone. */
  carriedFrom: string;
  /** The evidence gate's reading of the question (places, years, focus words). */
  analysis: QuestionAnalysis;
  /** How the gate read a passage's years said from now (GateResult.readYearsFromNow): the quotes are read the same. */
  readYearsFromNow: YearsFromNowReading;
  /** What the answer quotes. */
  citations: Citation[];
  /** The answer's text as the asker would read it. */
  answer: string;
  /** The thread before the question (empty for a question alone). */
  history: ChatTurn[];
  passages: Passage[];
  /** A document's chunks, in order. */
  chunksOf: (docId: string) => Chunk[];
  /** A document's opening (title and first passage) that its passages are read with; see answerFocusRefusal. */
  openingOf: (docId: string) => string;
}

export type AnswerCheck = (context: AnswerCheckContext) => AnswerCheckOutcome | undefined;

/** A document's issuer and place, as its first chunk records them; "" when unknown. */
const originOf = (context: AnswerCheckContext) => (docId: string) => context.chunksOf(docId)[0]?.origin ?? '';

/** In order; the first check with an outcome decides, the later ones are not run. */
export const ANSWER_CHECKS: readonly AnswerCheck[] = [
  (c) => settledStatusAnswer(c.question, c.citations, c.passages, c.chunksOf), // [status] whether a change heard of is settled: the text's word on its status answers
  (c) => answerFocusRefusal(c.analysis, c.citations, c.passages, c.openingOf, c.readYearsFromNow), // [focus] the quoted sentences do not hold the question's focus words
  (c) => answerConstraintRefusal(c.analysis, c.citations, c.passages, c.readYearsFromNow), // [constraints] the quoted sentences speak of another year, place, level or kind of sum than asked
  (c) => unnamedGroundRefusal(c.question, c.analysis, c.citations, c.chunksOf, c.openingOf, originOf(c)), // [grounds] a town, street or estate named by a proper name the quoted documents never name, unless they state a city rule naming no other
  (c) => monthPointRefusal(c.question, c.citations, c.carriedFrom), // [figures] a figure asked as of a month, the quoted sentences give it as of another month only
  (c) => draftOnlyRefusal(c.question, c.citations, c.chunksOf), // [status] only a draft not in force is quoted for what applies
  (c) => eachUnitRefusal(c.question, c.citations), // [figures] a figure of each unit asked (各区分别…), fewer than two units named
  (c) => partMissingRefusal(c.question, c.citations, c.passages), // [figures] one of several figures asked is stated by no quoted sentence
  (c) => presumedFigureRefusal(c.question, c.citations), // [figures] when or by which document a figure was settled asked, no quoted sentence settles that figure
  (c) => turnedDownFigureRefusal(c.question, c.citations), // [turnedDown] a figure taken as adopted, the quotes only turn it down
  (c) => turnedDownSuggestionRefusal(c.question, c.citations, c.passages), // [turnedDown] since when asked of a suggestion a quoted reply turns down
  (c) => figureOfOtherThingRefusal(c.question, c.analysis, c.citations), // [figures] the figure asked is stated only by sentences not naming the thing asked about
  (c) => figureOfOtherPlaceRefusal(c.analysis, c.citations, c.passages, originOf(c)), // [placeFigures] the place asked is named, the figure quoted is another place's
  (c) => countOnlyRefusal(c.question, c.citations, c.chunksOf), // [figures] names asked, the sentences only count them
  (c) => extremeUnstatedRefusal(c.question, c.citations), // [figures] which one is highest/lowest asked, no quoted sentence says which
  (c) => gradeBandRefusal(c.question, c.citations), // [figures] a grade's score band asked, no quoted sentence names that grade
  (c) => gradeUnnamedRefusal(c.question, c.citations, c.chunksOf), // [figures] a question about one grade (its reward, who holds it), no quoted sentence names that grade
  (c) => computationUnstatedRefusal(c.question, c.citations), // [figures] how a figure is worked out asked, the quoted sentences only give values
  (c) => endDayUnstatedRefusal(c.question, c.citations), // [status] the day something ends asked, no quoted sentence states an end
  (c) => stillAppliesUnstatedRefusal(c.question, c.citations), // [status] whether a rule still applies asked, no quoted sentence says whether it does
  (c) => occurrenceUnheldRefusal(c.question, c.citations, c.openingOf), // [status] the N-th meeting or batch asked, no quoted text names it as held
  (c) => earlierAnswerRepeatedRefusal(c.question, c.history, c.answer, c.citations), // [figures] a follow-up's figure answered by the earlier answer repeated
  (c) => classOfOneRefusal(c.question, c.citations), // [documents] what a class is asked, the sentences only put one thing in it
  (c) => notesItemRefusal(c.question, c.citations, c.chunksOf), // [documents] a form's notes item asked by number, another item or form quoted
  (c) => proposalSubjectRefusal(c.question, c.citations), // [documents] what a proposal is about asked, its title is not quoted
  (c) => ownOfPlaceRefusal(c.question, c.citations, originOf(c)), // [documents] a place's own rules asked, no quoted document is that place's
  (c) => stillWorkedOutRefusal(c.question, c.citations), // [status] the matter asked is still being worked out in the sentence quoted
];

/** The outcome of the first check of ANSWER_CHECKS that has one; undefined when the answer passes them all. */
export function checkAnswer(context: AnswerCheckContext, checks: readonly AnswerCheck[] = ANSWER_CHECKS): AnswerCheckOutcome | undefined {
  for (const check of checks) {
    const outcome = check(context);
    if (outcome) return outcome;
  }
  return undefined;
}
