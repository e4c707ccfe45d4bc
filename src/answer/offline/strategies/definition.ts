// 定义: "朝阳市说的城镇老旧小区是什么意思？" is answered with the sentence that defines the asked term ("城镇老旧小区是指…"),
// not with the nearest sentence on the topic.
import { splitSentences } from '../../../text/sentences.js';
import { normalizeForMatch } from '../../../text/simplify.js';
import type { Passage } from '../../../grounding/passages.js';
import { composeLines, type ExtractiveAnswer } from '../compose.js';
import { ASKS_FOR_DEFINITION, type QuestionFocus } from '../questionAnalysis.js';

/** "X是指…", "X指的是…", "X界定为…": the defined term comes right before the defining verb. */
const DEFINES = /(?:是指|指的是|界定为|定义为|是对.{0,12}的统称)/u;

/** The defining sentence of the longest question term any passage defines, in passage order. */
export function answerWithDefinition(focus: QuestionFocus, passages: Passage[]): ExtractiveAnswer | undefined {
  if (!ASKS_FOR_DEFINITION.test(focus.text) && !/意思|指的是|指什么|怎么界定|如何界定/u.test(focus.text)) return undefined;
  const terms = [...focus.terms].filter((t) => t.length >= 2).sort((a, b) => b.length - a.length);
  for (const term of terms) {
    const norm = normalizeForMatch(term);
    for (const passage of passages) {
      for (const s of splitSentences(passage.chunk.text)) {
        const text = normalizeForMatch(s.text);
        const at = text.search(DEFINES);
        if (at <= 0) continue;
        const subject = text.slice(Math.max(0, at - norm.length - 6), at);
        if (subject.includes(norm)) return composeLines([[{ passage, text: s.text }]], passages, { sentence: 1, passage: 1 });
      }
    }
  }
  return undefined;
}
