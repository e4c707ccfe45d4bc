// "许建政协〔2020〕13号的办理结果是哪一类？": a 提案/建议 reply states its handling class (A/B/C类: solved or adopted,
// planned, kept for reference) in a header line ("办理结果：B", "临建字[2020]2号 B类"). Header lines are too short to be
// scored as sentences, and the proposer's rating on the feedback form ("对办理结果的评价：满意") shares the words, so a
// class question is answered from the header of the reply it names.
import type { Passage } from '../../../grounding/passages.js';
import { HANDLING_CLASS_LETTER, HANDLING_CLASS_SOURCE } from '../../../text/documentNumbers.js';
import { normalizeForMatch } from '../../../text/simplify.js';
import { asksHandlingResult } from '../../../text/questionTypes.js';
import { composeLines, type ExtractiveAnswer } from '../compose.js';

/** A header line giving the class: "办理结果：B", "办理类别：A类", "临建字[2020]2号 B类", or the class alone in brackets under the 文号 ("（B类）"). */
const CLASS_LINE = new RegExp(
  `^(?:(?:办理结果|办理类别|答复类别)[:：]\\s*(?:${HANDLING_CLASS_SOURCE}|${HANDLING_CLASS_LETTER})|\\S*[〕\\]号]\\s*${HANDLING_CLASS_SOURCE}|[（(]${HANDLING_CLASS_SOURCE}[）)])$`,
  'u',
);

/** Whether a document's header states its handling class (a line "办理结果：B", "…2号 B类"). */
export function statesHandlingClass(texts: string[]): boolean {
  return texts.some((text) => text.split(/\r?\n/u).some((l) => CLASS_LINE.test(normalizeForMatch(l.trim()).toUpperCase())));
}

/** "第104号提案" in the question: the reply must be to that number. */
function askedNumber(question: string): string | undefined {
  return question.match(/第\s*(\d+)\s*号/u)?.[1];
}

/** The class line of the best-ranked reply the question may be about (the number it names, when it names one). */
export function answerWithHandlingClass(question: string, passages: Passage[]): ExtractiveAnswer | undefined {
  if (!asksHandlingResult(question)) return undefined;
  const number = askedNumber(question);
  const about = (p: Passage) => !number || normalizeForMatch(`${p.chunk.title}${p.chunk.number ?? ''}`).includes(`第${number}号`);
  const docId = passages.find(about)?.chunk.docId;
  if (!docId) return undefined;
  for (const passage of passages.filter((p) => p.chunk.docId === docId)) {
    const line = passage.chunk.text
      .split(/\r?\n/u)
      .map((l) => l.trim())
      .find((l) => CLASS_LINE.test(normalizeForMatch(l).toUpperCase()));
    if (line) return composeLines([[{ passage, text: line }]], passages, { sentence: 1, passage: 1 });
  }
  return undefined;
}
