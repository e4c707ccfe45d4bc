// A question naming a document by 文号 or 《title》 that the library does not hold: the answer says so in one line and
// answers from the passages that quote it — the reference itself never selects a sentence. A question about a document
// itself (what it is, who issued it) is answered from the document's own title or sign-off lines.
import type { Chunk, Searcher } from '../types.js';
import type { Passage } from '../grounding/passages.js';
import { documentReference, REFERENCE_DEPTH } from '../retrieval/docReference.js';
import { normalizeForMatch, splitSentences } from '../text/index.js';
import { ASKS_ISSUER, ASKS_PROPOSAL_SUBJECT, ASKS_WHICH_MEETING, DECISION, MEETING_RECORD, NAMES_PROPOSAL, SIGN_OFF } from '../text/questionTypes.js';
import { ASKS_ABOUT_FORCE, ASKS_STILL_APPLIES, STATES_WHETHER_APPLIES } from '../text/inForce.js';
import { sourceLabel } from '../grounding/sources.js';
import { EVIDENCE_GATE_DEFAULTS } from '../grounding/evidenceGate.js';
import { composeLines, composeOneLine, type ExtractiveAnswer } from './offline/compose.js';

const TITLE = /《([^《》]{4,60})》/u;

export interface CitedOnly {
  /** The reference as the question writes it (文号 or 《title》). */
  reference: string;
  /** The one-line notice put before the answer. */
  notice: string;
}

export function citedOnlyNotice(reference: string): string {
  return `库中未收录${reference}全文，以下摘自引用该文件的材料。`;
}

/** The document the question names when the library does not hold it (only quotes it), else undefined. */
export async function citedOnlyReference(search: Searcher, question: string): Promise<CitedOnly | undefined> {
  const numbered = documentReference(question);
  if (numbered && /〔|\[|［|（|\(/u.test(numbered.text)) {
    const hits = await search.search(numbered.text, { k: REFERENCE_DEPTH });
    if (hits.some((h) => numbered.matches(h.chunk))) return undefined;
    return { reference: numbered.text, notice: citedOnlyNotice(numbered.text) };
  }
  const title = question.match(TITLE);
  if (!title) return undefined;
  const wanted = normalizeForMatch(title[1]);
  const hits = await search.search(title[1], { k: REFERENCE_DEPTH });
  if (hits.some((h) => normalizeForMatch(h.chunk.title).includes(wanted))) return undefined;
  return { reference: title[0], notice: citedOnlyNotice(title[0]) };
}

/**
 * "…15号是一份什么文件？", "…23号的全称是什么？", "…21号是对哪件提案的会办意见": the question asks what the named
 * document is (its title names the proposal it answers), not about its content.
 */
const ASKS_WHAT_DOCUMENT =
  /是(?:一份|一个)?(?:什么|哪个|哪一?份)(?:样的)?文件|是什么文|什么性质的文件|(?:谁|哪个部门|哪个单位|哪里)(?:印?发|出台|制定)的|全称|全名|是(?:对|就)哪(?:一)?[件个号](?:提案|建议|议案)的/u;

/**
 * "黑政办规〔2021〕15号是一份什么文件？" of a document the library only quotes: the sentences quoting it name it (its
 * issuer and title, "《某省人民政府办公厅关于…的实施意见》（黑政办规〔2021〕15号）"), so the first that holds the
 * reference with a title is the answer.
 */
export function answerWhatCitedDocumentIs(question: string, cited: CitedOnly, passages: Passage[]): ExtractiveAnswer | undefined {
  if (!ASKS_WHAT_DOCUMENT.test(question)) return undefined;
  const reference = normalizeForMatch(cited.reference);
  for (const passage of passages) {
    const sentence = splitSentences(passage.chunk.text).find((s) => {
      const norm = normalizeForMatch(s.text);
      return norm.includes(reference) && /《[^》]{4,}》/u.test(s.text);
    });
    if (sentence) return composeLines([[{ passage, text: sentence.text }]], passages, { sentence: 1, passage: 1 });
  }
  return undefined;
}

/**
 * "淮建〔2021〕16号这个文件现在还有效吗" of a document the library only quotes: whether it still applies is said where
 * another document names it ("《…暂行办法》（淮建〔2021〕16号）同时废止"), so a sentence holding the reference that says
 * whether a rule applies (STATES_WHETHER_APPLIES) answers. The citing document's own term ("本细则…有效期5年", "入库项目
 * 有效期3年") is about itself, not the document asked of. Asked of one provision ("…14号里施工许可的委托还管用吗"), the
 * sentence on that provision ("…14号规定的施工许可委托…不再执行") answers before the one on the whole document:
 * `focusHeld(sentence)` is the share of the question's focus a sentence holds, the first best is taken. Undefined when
 * no passage has such a sentence.
 */
export function answerWhetherCitedDocumentApplies(
  question: string,
  cited: CitedOnly,
  passages: Passage[],
  focusHeld: (sentence: string) => number,
): ExtractiveAnswer | undefined {
  if (!ASKS_STILL_APPLIES.test(question) && !ASKS_ABOUT_FORCE.test(question)) return undefined;
  const reference = normalizeForMatch(cited.reference);
  const candidates = passages.flatMap((passage) =>
    splitSentences(passage.chunk.text)
      .filter((s) => normalizeForMatch(s.text).includes(reference) && STATES_WHETHER_APPLIES.test(s.text))
      .map((s) => ({ passage, text: s.text, share: focusHeld(s.text) })),
  );
  const best = candidates.reduce<(typeof candidates)[number] | undefined>((top, c) => (!top || c.share > top.share ? c : top), undefined);
  return best && composeLines([[{ passage: best.passage, text: best.text }]], passages, { sentence: 1, passage: 1 });
}

/**
 * "许建政协〔2020〕13号的全称是什么？" of a document the library holds: the retrieved sentence of that document that
 * states its title (the title line, or a sentence quoting it) answers; undefined when no retrieved passage has one.
 */
export function answerWhatHeldDocumentIs(question: string, docId: string, passages: Passage[]): ExtractiveAnswer | undefined {
  if (!ASKS_WHAT_DOCUMENT.test(question)) return undefined;
  for (const passage of passages.filter((p) => p.chunk.docId === docId)) {
    const title = normalizeForMatch(passage.chunk.title);
    if (title.length < 4) continue;
    // The title line may be the title without its parenthesised subject ("…第55号建议的答复" of "…的答复（《关于…》）").
    const sentence = splitSentences(passage.chunk.text).find((s) => {
      const norm = normalizeForMatch(s.text);
      return norm.includes(title) || (norm.length >= 8 && title.startsWith(norm));
    });
    if (sentence) return composeLines([[{ passage, text: sentence.text }]], passages, { sentence: 1, passage: 1 });
  }
  return undefined;
}

/**
 * "A市2025年…任务清单是哪几个部门联合下达的？": the issuers sign a document at its end, so the last sign-off line of
 * the best-ranked document (the named one, when the question names one) answers; undefined when it has none.
 */
export function answerWhoIssued(question: string, docId: string | undefined, chunks: Chunk[], passages: Passage[]): ExtractiveAnswer | undefined {
  if (!docId || !ASKS_ISSUER.test(question)) return undefined;
  const lines = chunks.flatMap((chunk) => chunk.text.split(/\r?\n/u).map((line) => ({ chunk, line: line.trim() })));
  const signOff = lines.filter(({ line }) => SIGN_OFF.test(line)).at(-1);
  if (!signOff) return undefined;
  return composeOneLine(signOff.chunk, signOff.line, passages);
}

/** The named reply's opening sentence naming the proposal it answers, when the question asks what that proposal is about. */
export function answerWhatProposalIsAbout(question: string, chunks: Chunk[], passages: Passage[]): ExtractiveAnswer | undefined {
  if (!ASKS_PROPOSAL_SUBJECT.test(question)) return undefined;
  for (const chunk of chunks) {
    const sentence = splitSentences(chunk.text).find((x) => NAMES_PROPOSAL.test(x.text));
    if (!sentence) continue;
    return composeOneLine(chunk, sentence.text, passages);
  }
  return undefined;
}

/**
 * "甲区…试点是哪次会议定的？": the best-ranked passage from a meeting's minutes answers, naming the minutes (title
 * and number) before the decision that passage records about what is asked: the one holding most of the question's
 * focus, at least the gate's share of it. `focusHeld(sentence)`: the share of the focus words the sentence holds. Minutes
 * recording no such decision are no answer (the ordinary answer follows).
 */
export function answerWhichMeeting(question: string, passages: Passage[], focusHeld: (sentence: string) => number): ExtractiveAnswer | undefined {
  if (!ASKS_WHICH_MEETING.test(question)) return undefined;
  const record = passages.find((p) => MEETING_RECORD.test(p.chunk.title));
  const decisions = record ? splitSentences(record.chunk.text).filter((x) => DECISION.test(x.text)) : [];
  const held = decisions.map((x) => ({ x, share: focusHeld(x.text) })).filter(({ share }) => share >= EVIDENCE_GATE_DEFAULTS.focusShare);
  const decided = held.reduce<(typeof held)[number] | undefined>((best, d) => (!best || d.share > best.share ? d : best), undefined)?.x;
  if (!record || !decided) return undefined;
  const composed = composeLines([[{ passage: record, text: decided.text }]], passages, { sentence: 1, passage: 1 });
  return { ...composed, answer: `${sourceLabel(record.chunk)}议定：${composed.answer}` };
}
