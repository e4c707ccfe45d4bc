// "第二条具体怎么做的？": the named section's opening sentences, in order (the question names the section, so that is
// the evidence; its own words are too few to score).
import { BOILERPLATE } from '../../../text/boilerplate.js';
import { splitSentences } from '../../../text/sentences.js';
import { normalizeForMatch } from '../../../text/simplify.js';
import type { Passage } from '../../../grounding/passages.js';
import { composeLines, notCoveredAnswer, type ExtractiveAnswer, type Quoted } from '../compose.js';
import { offlineTuning, type OfflineTuning } from '../tuning.js';

export function answerFromSection(sectionPassages: Passage[], tuning: Partial<OfflineTuning> = {}): ExtractiveAnswer {
  const t = offlineTuning(tuning);
  const picked: Quoted[] = [];
  let chars = 0;
  for (const passage of sectionPassages) {
    for (const s of splitSentences(passage.chunk.text)) {
      if (picked.length >= t.maxSentences || chars + s.text.length > t.maxAnswerChars) break;
      if (BOILERPLATE.test(s.text) || normalizeForMatch(s.text).length < 6) continue;
      const text = s.text.length > t.longSentenceChars * 1.5 ? `${s.text.slice(0, t.longSentenceChars)}……` : s.text;
      picked.push({ passage, text });
      chars += text.length;
    }
  }
  if (!picked.length) return { answered: false, answer: notCoveredAnswer(sectionPassages), citations: [], evidence: { sentence: 0, passage: 0 } };
  return composeLines([picked], sectionPassages, { sentence: 1, passage: 1 });
}
