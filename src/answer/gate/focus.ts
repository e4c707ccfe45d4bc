// An answer check (ANSWER_CHECKS, answerChecks.ts): the quoted sentences lack the question's focus.
import type { Citation } from '../../types.js';
import type { Passage } from '../../grounding/passages.js';
import { EVIDENCE_GATE_DEFAULTS, holdsFocus, type EvidenceGateTuning, type QuestionAnalysis } from '../../grounding/evidenceGate.js';
import { normalizeForMatch } from '../../text/index.js';
import { notCoveredAnswer } from '../offline/index.js';
import { answeringSentences } from './constraints.js';
import type { YearsFromNowReading } from './passages.js';

/**
 * An answer quoting only passages that do not hold the question's focus as the gate requires: a passage passed, but
 * the sentences were chosen from other passages, which speak of something else. Refused, naming the sources.
 * `openingOf(docId)`: a document's title and opening passage, which the passage is read with: focus words there
 * ("赵某委员提案的答复里…") pick the document, the passage that answers need not repeat them. `readYearsFromNow` and
 * `tuning`: the gate's own, so both read the years and hold the focus to the same share.
 */
export function answerFocusRefusal(
  analysis: QuestionAnalysis,
  citations: Citation[],
  passages: Passage[],
  openingOf: (docId: string) => string,
  readYearsFromNow: YearsFromNowReading,
  tuning: Partial<EvidenceGateTuning> = {},
): { answer: string; citations: Citation[] } | undefined {
  if (!analysis.focus.length || !citations.length) return undefined;
  const { focusShare } = { ...EVIDENCE_GATE_DEFAULTS, ...tuning };
  const said = answeringSentences(citations, passages, readYearsFromNow).map((s, i) => normalizeForMatch(`${openingOf(citations[i].docId)} ${s.title} ${s.section} ${s.passageText ?? s.quote}`));
  const held = analysis.focus.filter((w) => said.some((s) => holdsFocus(analysis, s, w)));
  if (held.length >= Math.ceil(focusShare * analysis.focus.length)) return undefined;
  return { answer: notCoveredAnswer(passages), citations: [] };
}
