// "……的建议是怎么答复的？": the body of the reply, not its receipt line.
import { splitSentences } from '../../../text/sentences.js';
import { normalizeForMatch } from '../../../text/simplify.js';
import type { Passage } from '../../../grounding/passages.js';
import type { Evidence } from '../answerability.js';
import { chunksOfDocument, composeWithAdded, passageRegistry, type ExtractiveAnswer, type Quoted } from '../compose.js';
import type { ExtractiveOptions, ScoredSentence } from '../scoring.js';
import { isHeadingLike, isLayoutJunk, isReplyOpening, leadingClauses } from '../sentenceFilters.js';
import type { OfflineTuning } from '../tuning.js';

/** The first statements of the reply after its receipt line, in document order, each cited. */
export function answerWithReplyBody(
  opening: ScoredSentence,
  passages: Passage[],
  options: ExtractiveOptions,
  evidence: Evidence,
  t: OfflineTuning,
): ExtractiveAnswer | undefined {
  const chunks = chunksOfDocument(opening.passage.chunk.docId, passages, options.chunksOf);
  const { passageOf, added } = passageRegistry(passages);
  const picked: Quoted[] = [];
  const seen = new Set<string>();
  let afterOpening = false;
  let chars = 0;
  for (const chunk of [...chunks].sort((a, b) => a.ordinal - b.ordinal)) {
    for (const s of splitSentences(chunk.text)) {
      if (picked.length >= t.maxBodySentences) break;
      const passage = passageOf(chunk);
      if (isReplyOpening(s.text)) {
        afterOpening = true;
        continue;
      }
      const norm = normalizeForMatch(s.text);
      if (!afterOpening || seen.has(norm) || isHeadingLike(s.text, passage) || isLayoutJunk(s.text) || norm.length < 6) continue;
      seen.add(norm);
      const text = leadingClauses(s.text, t.longSentenceChars);
      if (chars + text.length > t.maxAnswerChars) break;
      picked.push({ passage, text });
      chars += text.length;
    }
  }
  if (!picked.length) return undefined;
  return composeWithAdded([picked], passages, added, evidence);
}
