// Answer checks (ANSWER_CHECKS, answerChecks.ts) on whether the quoted document or item is the one asked about: a
// form's notes item, a proposal's title, a class, a place's own rules.
import type { Chunk, Citation } from '../../types.js';
import { formOfNotesAsked, ASKS_PROPOSAL_SUBJECT, holdsNumberedItem, NAMES_PROPOSAL, notesItemAsked, namesTermOnlyAsClassOfOne, termAskedMeaningOf, asksWhatCountsAs, normalizeForMatch, withCitation } from '../../text/index.js';
import { placeAskedOwnOf } from '../../text/places.js';
import { refusedWithNearest } from './refusal.js';

/**
 * "征询表填表说明第3条讲的是什么" answered by the notes' item 1, or by the document's article 第二条 for "填表说明第2条":
 * not the item asked. Refused when no quoted sentence is item N of a list, or when the form named ("意愿确认书") is in
 * none of the quoted documents: another form's item N is no answer.
 */
export function notesItemRefusal(question: string, citations: Citation[], chunksOf: (docId: string) => Chunk[]): { answer: string; citations: Citation[] } | undefined {
  const n = notesItemAsked(question);
  if (n === undefined || !citations.length) return undefined;
  const form = formOfNotesAsked(question);
  const formHeld = !form || citations.some((c) => chunksOf(c.docId).some((chunk) => chunk.text.includes(form) || chunk.sectionPath.includes(form)));
  if (formHeld && citations.some((c) => holdsNumberedItem(c.quote, n))) return undefined;
  return refusedWithNearest(`${form ?? ''}说明第${n}条的内容`, citations[0]);
}

/**
 * "李某委员提的是什么提案？" answered by a reply's 抄送 line, "第031号提案讲的什么事？" by one of its suggestions: what a
 * proposal is about is its title, said in the reply's opening ("你们提出的《关于…的提案》收悉"). Refused without it.
 */
export function proposalSubjectRefusal(question: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  if (!ASKS_PROPOSAL_SUBJECT.test(question) || !citations.length || citations.some((c) => NAMES_PROPOSAL.test(c.quote))) return undefined;
  return refusedWithNearest('写明该提案（建议）题目的内容', citations[0]);
}

/**
 * "什么叫基础类改造内容？" answered by "白蚁防治属于基础类改造内容": one thing put in the class asked about, not what the
 * class is. Refused when every quoted sentence naming the term does so.
 */
export function classOfOneRefusal(question: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  const term = termAskedMeaningOf(question);
  if (!term || !citations.length || asksWhatCountsAs(question)) return undefined;
  const naming = citations.filter((c) => c.quote.normalize('NFKC').includes(term));
  if (!naming.length || !naming.every((c) => namesTermOnlyAsClassOfOne(c.quote, term))) return undefined;
  return { answer: `未找到对“${term}”的界定，无法作答。文件中只说到归入其中的内容：${withCitation(naming[0].quote, '[1]')}`, citations: [{ ...naming[0], n: 1 }] };
}

/**
 * "甲街道自己对加装电梯有没有额外补贴？" answered from the city's or a district's documents: the place's own rules are
 * asked, which only a document it issued or is titled for holds. Refused, quoting the nearest content, when no quoted
 * sentence comes from such a document (`originOf`: a document's issuer and place).
 */
export function ownOfPlaceRefusal(question: string, citations: Citation[], originOf: (docId: string) => string): { answer: string; citations: Citation[] } | undefined {
  const place = placeAskedOwnOf(question);
  if (!place || !citations.length) return undefined;
  const own = normalizeForMatch(place.stem);
  if (citations.some((c) => normalizeForMatch(`${c.title} ${originOf(c.docId)}`).includes(own))) return undefined;
  return refusedWithNearest(`${place.name}自己的相关规定或文件`, citations[0]);
}
