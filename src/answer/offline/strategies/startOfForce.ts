// "汾住建发〔2025〕22号从哪天开始执行", "…什么时候开始试行，试行多久": when a named document comes into force. The
// document says it in one sentence ("本通知自2025年8月1日起执行"), but a question that names the document by its number
// leaves no focus word, so without this the answer is whichever dated sentence of the document scores first (a worked
// example's "施工许可证载明日期为2025年8月12日", a complaint deadline "7个工作日内答复").
import type { Passage } from '../../../grounding/passages.js';
import { ASKS_START_OF_FORCE, statesStartOfForce } from '../../../text/inForce.js';
import { splitSentences } from '../../../text/sentences.js';
import { composeLines, type ExtractiveAnswer } from '../compose.js';
import type { Evidence } from '../answerability.js';

/** The document's own statement ("本通知自…起执行", "本办法自…起施行") over a clause of another kind. */
const OWN_STATEMENT = /^本\p{Script=Han}{1,6}自/u;

/**
 * The sentence of the named document's retrieved passages that states, with its date, from when the document is in
 * force — its own statement ("本通知自…") first, else the first in rank order. Undefined when the question does not
 * ask when a document comes into force, names no document, or no passage of it states the date.
 */
export function answerWithStartOfForce(question: string, passages: Passage[], namedDocId: string | undefined, evidence: Evidence): ExtractiveAnswer | undefined {
  if (!namedDocId || !ASKS_START_OF_FORCE.test(question.normalize('NFKC'))) return undefined;
  const stating = passages
    .filter((p) => p.chunk.docId === namedDocId)
    .flatMap((passage) => splitSentences(passage.chunk.text).map((s) => ({ passage, text: s.text })))
    .filter((s) => statesStartOfForce(s.text));
  const chosen = stating.find((s) => OWN_STATEMENT.test(s.text)) ?? stating[0];
  return chosen ? composeLines([[chosen]], passages, evidence) : undefined;
}
