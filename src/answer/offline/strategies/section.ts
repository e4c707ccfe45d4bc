// "第二条具体怎么做的？": the named section's opening sentences, in order (the question names the section, so that is
// the evidence; its own words are too few to score).
import { BOILERPLATE } from '../../../text/boilerplate.js';
import { splitSentences } from '../../../text/sentences.js';
import { normalizeForMatch } from '../../../text/simplify.js';
import type { Passage } from '../../../grounding/passages.js';
import { notCoveredAnswer, type ExtractiveAnswer, type Quoted } from '../compose.js';
import type { Chunk } from '../../../types.js';
import { withIntroducedItems } from './introducedList.js';
import { offlineTuning, type OfflineTuning } from '../tuning.js';
import { askedFigure, statesFigure } from '../../../text/askedFigure.js';
import { exclusionSentences } from '../../../text/questionTypes.js';
import { itemAskedInPart, itemRunOn } from '../../../text/itemReferences.js';

/** `chunksOf`: a document's chunks, where a list the section introduces may have its items as sections of their own. */
export function answerFromSection(sectionPassages: Passage[], tuning: Partial<OfflineTuning> = {}, question = '', chunksOf?: (docId: string) => Chunk[]): ExtractiveAnswer {
  const t = offlineTuning(tuning);
  const item = itemAskedInPart(question);
  const candidates = sectionPassages.flatMap((passage) =>
    splitSentences((item !== undefined && itemRunOn(passage.chunk.text, item)) || passage.chunk.text)
      .filter((s) => !BOILERPLATE.test(s.text) && normalizeForMatch(s.text).length >= 6)
      .map((s) => ({ passage, text: s.text })),
  );
  // "第三条里…最长几年？": the section's sentences stating the figure asked, when it has any, not its opening.
  const figure = askedFigure(question);
  // "第三条说哪些项目不属于…？": the section's sentence stating the exclusion, not its opening definition.
  const stating = figure ? candidates.filter((c) => statesFigure(c.text, figure)) : (exclusionSentences(question, candidates) ?? []);
  const picked: Quoted[] = [];
  let chars = 0;
  for (const { passage, text: whole } of stating.length ? stating : candidates) {
    if (picked.length >= t.maxSentences || chars + whole.length > t.maxAnswerChars) break;
    const text = whole.length > t.longSentenceChars * 1.5 ? `${whole.slice(0, t.longSentenceChars)}……` : whole;
    picked.push({ passage, text });
    chars += text.length;
  }
  if (!picked.length) return { answered: false, answer: notCoveredAnswer(sectionPassages), citations: [], evidence: { sentence: 0, passage: 0 } };
  return withIntroducedItems(question, picked, sectionPassages, { sentence: 1, passage: 1 }, t.maxIntroducedItems, chunksOf);
}
