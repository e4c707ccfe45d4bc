// Which sentences of a passage a draft may quote: complete ones, not a document's cut-off tail, not its headline.
import { splitQuotableSentences } from '../text/sentences.js';

/** News-style chunks repeat the headline before the first sentence; a quote should not. */
export function withoutLeadingTitle(sentence: string, title: string): string {
  const flatTitle = title.replace(/\s+/g, '');
  return flatTitle.length >= 6 && sentence.startsWith(flatTitle) ? sentence.slice(flatTitle.length).replace(/^[\s:：,，]+/u, '') : sentence;
}

export { TRUNCATION_MARK } from '../text/boilerplate.js';
import { TRUNCATION_MARK } from '../text/boilerplate.js';
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
  const paragraphs = kept.split(/\n\s*\n/u);
  const pieces = paragraphs.flatMap((paragraph, i) => {
    const own = splitQuotableSentences(paragraph);
    // Not the passage's last paragraph: what follows shows it was not cut off.
    return own.map((s, k) => ({ s, ok: endsAsSentence(s) || (k === own.length - 1 && i < paragraphs.length - 1 && isUnstoppedParagraphEnd(paragraph, s)) }));
  });
  if (cut >= 0) pieces.pop();
  return pieces.filter((p) => p.ok).map((p) => p.s);
}

/** Tuning of the one exception to "complete sentences only". */
export const QUOTABLE_OPTIONS = {
  /** A paragraph's unstopped last sentence this long (or longer) with clauses is a sentence that lost its stop. */
  minUnstoppedChars: 24,
};

/**
 * A news deck ("建立改造资金政府与居民、社会力量合理共担机制,…,杜绝新增地方政府隐性债务") is a full sentence printed
 * without its stop: a paragraph of one line, ending the paragraph (a blank line follows), long and made of clauses.
 * A heading (short, no comma) or a hard-wrapped line (no blank line after it) is not.
 */
function isUnstoppedParagraphEnd(paragraph: string, sentence: string): boolean {
  return !paragraph.trim().includes('\n') && sentence.length >= QUOTABLE_OPTIONS.minUnstoppedChars && /[，,]/u.test(sentence) && !/[，,、：:（(“《]$/u.test(sentence);
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

/**
 * A clause that frames a statement rather than making it: its occasion, basis or aim ("结合…工程", "我局已按照县政府的
 * 统一安排部署", "为了解决停车难的问题"), at the head of the sentence.
 */
const FRAMING_CLAUSE = /^(?:(?:我局|我市|我们|我委|市|区|县)?(?:已|已经|还|将)?)(?:结合|按照|根据|依据|依托|借助|围绕|为了|为)[^，,；;]*[，,]\s*/u;

/** A sentence without the framing clauses it opens with (all of it when nothing else is left). */
export function statedPart(sentence: string): string {
  let rest = sentence;
  for (let m = FRAMING_CLAUSE.exec(rest); m && rest.length - m[0].length >= 6; m = FRAMING_CLAUSE.exec(rest)) rest = rest.slice(m[0].length);
  return rest;
}
