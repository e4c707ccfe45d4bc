// `ask`'s evidence gate and the checks an offline answer passes, by stage (src/answer/gate/): a re-export, so callers
// and tests keep their imports while they move to the stage files.
// 1. gate/passages.ts: the passage gate, before any sentence is chosen (gatePassages; the question's now).
// 2. gate/refusal.ts: no passage passes: the refusal, with the neighbouring fact (gateRefusal).
// Then the answer checks, in the order answerChecks.ts (ANSWER_CHECKS) runs them, by family: gate/focus.ts,
// gate/constraints.ts, gate/status.ts, gate/figures.ts, gate/placeFigures.ts, gate/documents.ts.
export { focusShareHeld, gatePassages, yearOfQuestionNow, type GateResult, type YearsFromNowReading } from './gate/passages.js';
export { gateRefusal } from './gate/refusal.js';
export { answerConstraintRefusal } from './gate/constraints.js';
export { answerFocusRefusal } from './gate/focus.js';
export {
  draftOnlyRefusal,
  endDayUnstatedRefusal,
  occurrenceUnheldRefusal,
  settledStatusAnswer,
  stillAppliesUnstatedRefusal,
  stillWorkedOutRefusal,
  type AnswerCheckOutcome,
} from './gate/status.js';
export {
  computationUnstatedRefusal,
  countOnlyRefusal,
  eachUnitRefusal,
  earlierAnswerRepeatedRefusal,
  extremeUnstatedRefusal,
  figureOfOtherThingRefusal,
  gradeBandRefusal,
  monthPointRefusal,
  partMissingRefusal,
  presumedFigureRefusal,
} from './gate/figures.js';
export { figureOfOtherPlaceRefusal } from './gate/placeFigures.js';
export { classOfOneRefusal, notesItemRefusal, ownOfPlaceRefusal, proposalSubjectRefusal } from './gate/documents.js';
