// Which sentences of a passage a draft may quote: complete ones, not a document's cut-off tail, not its headline.
import { splitQuotableSentences } from '../text/sentences.js';

/** News-style chunks repeat the headline before the first sentence; a quote should not. */
export function withoutLeadingTitle(sentence: string, title: string): string {
  const flatTitle = title.replace(/\s+/g, '');
  return flatTitle.length >= 6 && sentence.startsWith(flatTitle) ? sentence.slice(flatTitle.length).replace(/^[\s:：,，]+/u, '') : sentence;
}

/** The line a collector leaves where a document was cut off (the sentence before it is a fragment). */
export const TRUNCATION_MARK = /以下原文未收录|以下内容未收录|原文未完|[（(]未完[)）]/u;
/** A sentence ends with 。！？； possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[。！？!?；;][”’」』）)】\]]*$/u;

export function endsAsSentence(sentence: string): boolean {
  return SENTENCE_END.test(sentence.trim());
}

/**
 * Sentences that may be quoted: complete ones only. A line without a final stop (a heading, a table row, a sentence
 * cut off where a partial document ends) is not quoted, nor is the sentence just before a truncation mark.
 */
export function quotableSentences(text: string): string[] {
  const cut = text.search(TRUNCATION_MARK);
  const kept = cut >= 0 ? text.slice(0, cut) : text;
  const sentences = splitQuotableSentences(kept);
  if (cut >= 0) sentences.pop();
  return sentences.filter(endsAsSentence);
}

/** A chunk's text without what follows a truncation mark and without the cut-off sentence before it. */
export function withoutCutOffTail(text: string): string {
  const cut = text.search(TRUNCATION_MARK);
  if (cut < 0) return text;
  const head = text.slice(0, cut).trimEnd();
  const lastEnd = Math.max(...['。', '！', '？', '；', '!', '?', ';'].map((p) => head.lastIndexOf(p)));
  if (lastEnd < 0) return '';
  const closing = head.slice(lastEnd + 1).match(/^[”’」』）)】\]]*/u)?.[0] ?? '';
  return head.slice(0, lastEnd + 1 + closing.length);
}
