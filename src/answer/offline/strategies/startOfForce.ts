// "汾住建发〔2025〕22号从哪天开始执行", "…什么时候开始试行，试行多久": when a named document comes into force. The
// document says it in one sentence ("本通知自2025年8月1日起执行"), but a question that names the document by its number
// leaves no focus word, so without this the answer is whichever dated sentence of the document scores first (a worked
// example's "施工许可证载明日期为2025年8月12日", a complaint deadline "7个工作日内答复", one measure's own period
// "夜间施工管控措施自6月1日起至9月30日止实施").
import type { Chunk } from '../../../types.js';
import type { Passage } from '../../../grounding/passages.js';
import { sourceLabel } from '../../../grounding/sources.js';
import { ASKS_START_OF_FORCE, statesAnyStartOfForce, statesStartOfForce } from '../../../text/inForce.js';
import { splitSentences } from '../../../text/sentences.js';
import { chunksOfDocument, composeLines, nearestSources, type ExtractiveAnswer } from '../compose.js';
import type { Evidence } from '../answerability.js';

/** The document's own statement ("本通知自…起执行", "本办法自…起施行") over a clause of another kind. */
const OWN_STATEMENT = /^本\p{Script=Han}{1,6}自/u;

/**
 * The sentence of the named document's retrieved passages that states, with its date, from when the document is in
 * force — its own statement ("本通知自…") first, else the first in rank order. A refusal saying so when no part of the
 * document states from when it is in force, dated or not. Undefined when the question does not ask when a document
 * comes into force or names no document (by 文号 or by its whole title in 《》), and when the document states it but no retrieved passage gives the date.
 */
export function answerWithStartOfForce(
  question: string,
  passages: Passage[],
  namedDocId: string | undefined,
  evidence: Evidence,
  chunksOf?: (docId: string) => Chunk[],
): ExtractiveAnswer | undefined {
  const docId = namedDocId ?? docIdTitled(question, passages);
  if (!docId || !ASKS_START_OF_FORCE.test(question.normalize('NFKC'))) return undefined;
  const stating = passages
    .filter((p) => p.chunk.docId === docId)
    .flatMap((passage) => splitSentences(passage.chunk.text).map((s) => ({ passage, text: s.text })))
    .filter((s) => statesStartOfForce(s.text));
  const chosen = stating.find((s) => OWN_STATEMENT.test(s.text)) ?? stating[0];
  if (chosen) return composeLines([[chosen]], passages, evidence);
  const document = chunksOfDocument(docId, passages, chunksOf);
  return document.length && !document.some((c) => statesAnyStartOfForce(c.text)) ? startNotStated(document[0], passages, evidence) : undefined;
}

/** The retrieved document whose whole title the question quotes in 《》 (a 文号 names it through namedDocId). */
function docIdTitled(question: string, passages: Passage[]): string | undefined {
  const quoted = [...question.normalize('NFKC').matchAll(/《([^《》]+)》/gu)].map((m) => m[1]);
  return passages.find((p) => quoted.includes(p.chunk.title.normalize('NFKC')))?.chunk.docId;
}

function startNotStated(chunk: Chunk, passages: Passage[], evidence: Evidence): ExtractiveAnswer {
  const answer = `${sourceLabel(chunk)}中没有写明从何时起施行，无法作答。\n${nearestSources(passages)}`.trim();
  return { answered: false, answer, citations: [], evidence };
}
