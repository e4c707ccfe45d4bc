// "临建函〔2023〕15号讲了什么？": an overview of the one document the question names.
import type { Chunk } from '../../../types.js';
import { SECTION_SEPARATOR } from '../../../text/sectionPath.js';
import { splitSentences } from '../../../text/sentences.js';
import { NAMES_REPLY_HEADER_FIELD } from '../../../text/boilerplate.js';
import { normalizeForMatch } from '../../../text/simplify.js';
import { asksHandlingResult } from '../../../text/questionTypes.js';
import type { Passage } from '../../../grounding/passages.js';
import { sourceLabel } from '../../../grounding/sources.js';
import { composeWithAdded, passageRegistry, type ExtractiveAnswer, type Quoted } from '../compose.js';
import { isHeadingLike, isLayoutJunk, isReplyOpening, leadingClauses } from '../sentenceFilters.js';
import { offlineTuning, type OfflineTuning } from '../tuning.js';
import { ASKS_FOR_PROPOSER } from './proposer.js';

const ASKS_FOR_OVERVIEW =
  /讲了?(?:什么|啥)|说了?(?:什么|啥)|写了?什么|主要内容|什么内容|内容(?:是|有)(?:什么|哪些)|(?:怎么|如何|怎样)(?:答复|回复|办理)|答复了?(?:什么|哪些)|(?:答复|办理)(?:的)?(?:内容|结果|情况)|是(?:一份)?什么文件|关于什么/;
/** Attachments and filing parts after the reply proper (feedback forms, 抄送, contact blocks). */
const ATTACHMENT = /征询意见表|意见表|回执|附\s*件|抄\s*送|联系(?:单位|人|电话)/u;
/** Sign-off and filing statements: about the document, not its content. */
const NOT_CONTENT = /审签|签发|邮政编码|邮\s*编|传\s*真|地\s*址[:：]|此(?:复函|答复|件)|联系(?:单位|人|电话)|抄\s*送/u;

/**
 * True when a question about a named document asks for the document as a whole rather than one fact in it.
 * `statesClass`: the document's header gives its handling class ("办理结果：B"), which answers "…办理结果是什么".
 */
export function asksForOverview(question: string, reference: string, statesClass = true): boolean {
  const rest = question.replace(reference, '').replace(/[\s\p{P}]|请问|这份|文件|该文|的/gu, '');
  // "…的办理结果是什么" of a reply whose header gives no class: what the reply says is its result.
  if (!statesClass && asksHandlingResult(question)) return true;
  // "…14号是答复哪些代表的？" asks who proposed, not what the reply says.
  if (NAMES_REPLY_HEADER_FIELD.test(question) || ASKS_FOR_PROPOSER.test(question)) return false;
  return ASKS_FOR_OVERVIEW.test(question) || rest.length <= 2;
}

/** Each top-level section of the document with its first statement, cited; a document without sections gives its first statements. */
export function answerDocumentOverview(chunks: Chunk[], passages: Passage[], tuning: Partial<OfflineTuning> = {}): ExtractiveAnswer | undefined {
  const t = offlineTuning(tuning);
  const ordered = [...chunks].sort((a, b) => a.ordinal - b.ordinal);
  if (!ordered.length) return undefined;
  const { passageOf, added } = passageRegistry(passages);
  const statements = (chunk: Chunk): string[] => {
    const passage = passageOf(chunk);
    return splitSentences(chunk.text)
      .filter(
        (x) =>
          !isReplyOpening(x.text) &&
          !isHeadingLike(x.text, passage) &&
          !isLayoutJunk(x.text) &&
          !NOT_CONTENT.test(x.text) &&
          normalizeForMatch(x.text).length >= 6,
      )
      .map((x) => leadingClauses(x.text, t.overviewPointChars));
  };
  const lines: Quoted[][] = [];
  const headings: string[] = [];
  const seenSections = new Set<string>();
  for (const chunk of ordered) {
    const top = chunk.sectionPath.split(SECTION_SEPARATOR)[0];
    if (!top || seenSections.has(top) || ATTACHMENT.test(top) || lines.length >= t.maxOverviewSections) continue;
    const statement = statements(chunk)[0];
    if (!statement) continue;
    seenSections.add(top);
    headings.push(top);
    lines.push([{ passage: passageOf(chunk), text: statement }]);
  }
  if (lines.length < 2) {
    lines.length = 0;
    headings.length = 0;
    const seen = new Set<string>();
    for (const chunk of ordered) {
      for (const statement of statements(chunk)) {
        // Overlapping chunks repeat a sentence; it is listed once.
        if (lines.length >= t.maxBodySentences || seen.has(statement)) continue;
        seen.add(statement);
        lines.push([{ passage: passageOf(chunk), text: statement }]);
      }
    }
  }
  if (!lines.length) return undefined;
  const composed = composeWithAdded(lines, passages, added, { sentence: 1, passage: 1 });
  const body = composed.answer
    .split('\n')
    .map((line, i) => (headings[i] && !line.startsWith(headings[i]) ? `${headings[i].replace(/[：:。]$/, '')}：${line}` : line))
    .join('\n');
  return { ...composed, answer: `${sourceLabel(ordered[0])}的主要内容：\n${body}` };
}
