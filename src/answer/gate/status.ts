// Answer checks (ANSWER_CHECKS, answerChecks.ts) on whether something is settled, in force or still worked out: a
// draft's status, a change heard of, a rule's end day, whether it still applies.
import type { Chunk, Citation } from '../../types.js';
import { citationOf, type Passage } from '../../grounding/passages.js';
import { ASKS_ABOUT_FORCE, ASKS_WHAT_IS_PROPOSED, ASKS_WHETHER_NOW, asksWhetherSettled, ASKS_SOMETHING_ELSE, PROPOSED, STATES_UNSETTLED, STATES_PUT_OFF, saysAskedFigureApplies, STATES_SETTLED, STATES_STILL_WORKED_OUT, endsOnOpenMatter, yearAskedGoingOn, ASKS_DECIDED_DETAIL, mattersPutOff, MATTER_REFERS_BACK, getTokenizer, DRAFTING_BACKGROUND, sectionParts, normalizeForMatch, splitSentences, STATES_NOT_IN_FORCE, TITLE_TAIL_CHARS, withCitation, versionNotInForce, whatStillApplies } from '../../text/index.js';
import { clausesOf } from '../../text/clauses.js';
import { ASKS_STILL_APPLIES, STATES_WHETHER_APPLIES } from '../../text/inForce.js';
import { inBookTitleMarks } from '../../text/bookTitles.js';
import { figuresAsDigits } from '../../text/numerals.js';
import { ASKS_END_DAY, statesEndDay, statesLimit } from '../../text/deadlines.js';
import { questionTypeOf } from '../../text/questionTypes.js';
import { asksWhatWasDone, PLANNED_CLAUSE } from '../../text/plans.js';
import { citedChunk, quoteOpening } from './passages.js';
import { refusedWithNearest } from './refusal.js';
import { namesOccurrence, namesOccurrenceHeld, occurrenceAsked } from '../../text/ordinals.js';

/**
 * "维修费用由房屋产权人按份承担，同时研究引入电梯综合保险": a clause other than the matter still studied is worded as the
 * answer to a who question (the 主体 type's sentence wording), so the who asked is settled.
 */
function namesWhoBesideOpenMatter(quote: string, namesWho: RegExp): boolean {
  return clausesOf(quote).some((clause) => !STATES_STILL_WORKED_OUT.test(clause) && namesWho.test(clause));
}

/**
 * "那个方案什么时候能出来？" answered by "…具体方案正在研究", "维保费用由谁出？" by "…并研究引入电梯综合保险", "2026年还每台
 * 再补2万吗" by "…2026年以后另行研究": the matter asked is still being worked out, so the when, who or whether asked is
 * not decided anywhere the answer quotes. Refused, quoting the sentence. A when question answered with a date to be done
 * by ("计划2025年底前提请出台") keeps its answer, unless it asks since when a rule already applies ("已经规定…从哪天起执
 * 行"); a who question keeps its answer when another clause of the sentence says who; a whether question is refused
 * only when its sentence ends on the matter still open, and one about a plan ("下一步还补吗") not at all.
 */
export function stillWorkedOutRefusal(question: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  const lead = citations[0];
  if (!lead || !ASKS_DECIDED_DETAIL.test(question) || !STATES_STILL_WORKED_OUT.test(lead.quote)) return undefined;
  // "…2026年还有吗" answered by "2026年度是否继续执行视财力情况另行研究": the text's own word on the year asked.
  const year = yearAskedGoingOn(question);
  if (year && lead.quote.includes(`${year}年`)) return undefined;
  const type = questionTypeOf(question);
  const open =
    type?.name === '时间'
      ? !statesLimit(lead.quote) || asksWhatWasDone(question)
      : type?.name === '主体'
        ? !namesWhoBesideOpenMatter(lead.quote, type.strict.sentence)
        : !ASKS_WHAT_IS_PROPOSED.test(question) && endsOnOpenMatter(lead.quote, question);
  return open ? refusedWithNearest('已确定的说法（相关事项仍在研究或起草中）', lead) : undefined;
}

/** A quote opening with its run-in label ("起草背景：…") names it within this many characters. */
const DRAFTING_BACKGROUND_OPENING_CHARS = 8;

/** At most this many of a draft's sentences on its own status are quoted ("不作为执行依据。…前，暂不享受…"). */
const MAX_STATUS_SENTENCES = 2;

/**
 * "现在能按每处3000元申请补助吗？" answered only from a draft: the draft's own sentences saying it is not in force and
 * what applies until it is ("本征求意见稿不作为执行依据，正式办法印发前，…不单独补助") answer it — no, not yet.
 */
function draftStatusAnswer(citation: Citation, version: string, chunks: Chunk[]): AnswerCheckOutcome | undefined {
  for (const chunk of chunks) {
    const status = splitSentences(chunk.text).map((s) => s.text).filter((s) => STATES_NOT_IN_FORCE.test(s)).slice(0, MAX_STATUS_SENTENCES);
    if (!status.length) continue;
    const quote = status.join('');
    return {
      answered: true,
      answer: `这是${version}中拟议的内容，尚未施行。${inBookTitleMarks(citation.title)}写明：${withCitation(quote, '[1]')}`,
      citations: [citationOf(1, chunk, quote)],
      quoted: chunk,
    };
  }
  return undefined;
}

/**
 * "领导小组会上说出资提到12元，这个定了没有", "听说补助已经提到15万一台了，现在能按15万申请吗": whether a change heard of is
 * settled. When an answer quotes the change as proposed or planned (拟, 研究将…提高到, a draft), the text's own word on
 * its status beside it answers: the sentences of the same passage saying the decision is put off or what applies
 * meanwhile ("对具体标准暂不作决定", "新标准出台前，仍按每台12万元执行"), after the proposal they speak of; for a draft,
 * its word that it is not in force, wherever in it (draftStatusAnswer). Undefined when the text says nothing of it.
 */
export function settledStatusAnswer(question: string, citations: Citation[], passages: Passage[], chunksOf: (docId: string) => Chunk[]): AnswerCheckOutcome | undefined {
  const asksWhether = (clause: string) => asksWhetherSettled(clause) || ASKS_WHETHER_NOW.test(clause);
  if (!asksWhether(question)) return undefined;
  // "导入物业服务有哪几种方式，现在生效了吗？" asks what it says as well: the ordinary answer gives that.
  if (clausesOf(question).some((clause) => !asksWhether(clause) && ASKS_SOMETHING_ELSE.test(clause))) return undefined;
  for (const citation of citations) {
    const version = versionNotInForce(citation);
    if (!version && !PROPOSED.test(citation.quote) && !PLANNED_CLAUSE.test(citation.quote) && !STATES_PUT_OFF.test(citation.quote)) continue;
    if (saysAskedFigureApplies(figuresAsDigits(question), citation.quote)) continue;
    const opening = quoteOpening(citation.quote);
    const chunk = citedChunk(citation, passages, chunksOf);
    const sentences = chunk ? splitSentences(chunk.text).map((x) => x.text) : [];
    const quoted = sentences.filter((x) => x.includes(opening));
    // "…提高到13万元，该标准已经市政府常务会议审定，自2025年7月1日起执行": the change itself is settled.
    if (quoted.some((x) => STATES_SETTLED.test(x))) continue;
    const subject = subjectWordsOf(question, quoted.join(''));
    const status = sentences.filter((x) => STATES_UNSETTLED.test(x) && speaksOfSubject(x, subject)).slice(0, MAX_STATUS_SENTENCES);
    if (chunk && status.length) {
      const quote = [...new Set([...quoted.filter((x) => !status.includes(x)), ...status])].join('');
      const named = version ? `这是${version}中拟议的内容，尚未施行。` : '尚未确定。';
      return withWhatStillApplies({ answered: true, answer: `${named}${inBookTitleMarks(citation.title)}写明：${withCitation(quote, '[1]')}`, citations: [citationOf(1, chunk, quote)], quoted: chunk }, question, subject, passages);
    }
    const drafted = version ? draftStatusAnswer(citation, version, chunksOf(citation.docId)) : undefined;
    if (drafted) return withWhatStillApplies(drafted, question, subject, passages);
  }
  return undefined;
}

/**
 * "…是不是已经提到5万元了": a change not settled is answered with what applies meanwhile as well, when a retrieved
 * passage in force states it (src/text/inForce.ts whatStillApplies): "not yet" alone leaves the asker without the
 * figure that holds.
 */
function withWhatStillApplies(outcome: AnswerCheckOutcome, question: string, subject: string[], passages: Passage[]): AnswerCheckOutcome {
  const said = outcome.citations.map((c) => c.quote).join('');
  const inForce = passages.filter((p) => versionNotInForce(p.chunk) === null);
  const sentences = inForce.flatMap((p) => splitSentences(p.chunk.text).map((x) => ({ text: x.text, chunk: p.chunk }))).filter((x) => !said.includes(x.text));
  const applies = whatStillApplies(figuresAsDigits(question), subject, sentences.map((x) => x.text));
  const source = applies ? sentences.find((x) => x.text === applies) : undefined;
  if (!source) return outcome;
  const n = outcome.citations.length + 1;
  return { ...outcome, answer: `${outcome.answer}\n现行的规定：${withCitation(source.text, `[${n}]`)}`, citations: [...outcome.citations, citationOf(n, source.chunk, source.text)] };
}

/** The question's words that the quoted change holds ("加装电梯补助提到13万" of "…将加装电梯市级补助标准…提高到13万元"). */
function subjectWordsOf(question: string, quoted: string): string[] {
  return getTokenizer().cut(question).filter((w) => /^\p{Script=Han}{2,}$/u.test(w) && quoted.includes(w));
}

/**
 * Whether a status sentence speaks of the change asked about: one putting off another matter ("会议对电梯维保费用分摊
 * 办法暂不作决定" beside a subsidy raised) does not; one naming no matter, or the same one by reference (具体标准), does.
 */
function speaksOfSubject(sentence: string, subject: string[]): boolean {
  const matter = mattersPutOff(sentence);
  return !matter || MATTER_REFERS_BACK.test(matter) || subject.some((w) => matter.includes(w));
}

/** What a check of the chosen sentences makes of the answer: a refusal, or (a draft's status) another answer. */
export interface AnswerCheckOutcome {
  /** True when the draft's own status answers the question (see draftStatusAnswer); a refusal otherwise. */
  answered?: true;
  answer: string;
  citations: Citation[];
  /** The draft's chunk the status sentences are quoted from, which may not be among the retrieved passages. */
  quoted?: Chunk;
}

/**
 * An answer quoting only documents not in force (讨论稿, 征求意见稿, 草案) for a question about what applies ("改造要我们
 * 自己掏钱吗？掏多少？"): what a draft proposes is not what applies. Refused, quoting it as the nearest content; a
 * question whether it may be done now ("现在能按…申请吗") is answered by the draft's own word that it is not in force
 * (`chunksOf`: a document's chunks). A question asking about a plan or a draft (拟, 方案, 征求意见…), about whether a
 * text is in force or what is still open in it, or naming the draft by its title's words is answered.
 */
export function draftOnlyRefusal(question: string, citations: Citation[], chunksOf?: (docId: string) => Chunk[]): AnswerCheckOutcome | undefined {
  if (!citations.length || ASKS_WHAT_IS_PROPOSED.test(question) || ASKS_ABOUT_FORCE.test(question)) return undefined;
  const versions = citations.map((c) => versionNotInForce(c));
  if (!versions.every((v) => v !== null)) return undefined;
  // What the draft says of how things have been ("起草背景：我市2023年…仅占2.1%") is a fact, not what it proposes.
  if (citations.every((c) => DRAFTING_BACKGROUND.test(sectionParts(c.section).at(-1) ?? '') || DRAFTING_BACKGROUND.test(quoteOpening(c.quote, DRAFTING_BACKGROUND_OPENING_CHARS)))) return undefined;
  const asked = normalizeForMatch(question);
  const namesDraft = citations.some((c) => {
    const name = normalizeForMatch(c.title.replace(/[（(][^）)]*[）)]/gu, ''));
    return name.length >= TITLE_TAIL_CHARS && asked.includes(name.slice(-TITLE_TAIL_CHARS));
  });
  if (namesDraft) return undefined;
  const version = versions[0] ?? '讨论稿';
  const status = chunksOf && ASKS_WHETHER_NOW.test(question) ? draftStatusAnswer(citations[0], version, chunksOf(citations[0].docId)) : undefined;
  if (status) return status;
  return refusedWithNearest(`已施行的规定，只有${version}中拟议的内容`, citations[0]);
}

/**
 * "投标截止时间是什么时候" answered by "中标人应当在中标通知书发出后30日内签订施工合同", "现在的补助标准执行到哪一天" by
 * "6月1日以后开工的…执行调整后的标准": the day something ends is asked, and the sentence the answer opens with states no
 * day as an end (statesEndDay; a later one's "7月1日前已取得…" bounds a case, it does not end the rule); another step's
 * time read as the answer is wrong. Refused, quoting the nearest content.
 */
export function endDayUnstatedRefusal(question: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  const lead = citations.length ? splitSentences(citations[0].quote)[0]?.text ?? citations[0].quote : '';
  if (!ASKS_END_DAY.test(question) || !lead || statesEndDay(lead)) return undefined;
  return refusedWithNearest('写明截止日期的内容', citations[0]);
}

/**
 * "6号文件说电梯每台补7万元，现在还执行吗" answered by "我市每台7万元的市级补助在全省处于中下水平", "去年的购房补贴通知现在还
 * 执行吗" by what the old policy paid out: whether a rule still applies is asked, and no quoted sentence says whether it
 * does (废止, 继续执行, 仍按…, 有效期, 调整为…: STATES_WHETHER_APPLIES). The rule restated reads as "yes". Refused,
 * quoting the nearest content.
 */
export function stillAppliesUnstatedRefusal(question: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  if (!ASKS_STILL_APPLIES.test(question) || !citations.length) return undefined;
  if (citations.some((c) => STATES_WHETHER_APPLIES.test(c.quote))) return undefined;
  return refusedWithNearest('写明现在是否仍然执行的内容', citations[0]);
}

/**
 * "领导小组第3次会议议定了哪些事项" answered by "第3次会议拟于10月下旬召开" and the 第1次 meeting's decisions, "第三批电梯
 * 补助公示了几台" by "第三批拟于11月公示" and 本批's count: one numbered occurrence is asked, and no quoted document's
 * title names it, nor any quoted sentence, its section or its document's opening (`openingOf`: title and first passage,
 * "现将第四次督查情况通报如下") names it as held. Another one's facts read as its own. Refused, quoting the nearest content.
 */
export function occurrenceUnheldRefusal(question: string, citations: Citation[], openingOf: (docId: string) => string): { answer: string; citations: Citation[] } | undefined {
  const asked = occurrenceAsked(question);
  if (!asked || !citations.length) return undefined;
  // "第二批改造计划什么时候公示": when it will be, or what is planned of it, asks of an occurrence still to come.
  if (ASKS_WHAT_IS_PROPOSED.test(question) || questionTypeOf(question)?.name === '时间') return undefined;
  // A title names the occurrence its document is about, whatever its status words ("第二批…补助资金拟拨付公示").
  if (citations.some((c) => namesOccurrence(c.title, asked) || [c.quote, c.section, openingOf(c.docId)].some((text) => namesOccurrenceHeld(text, asked)))) return undefined;
  return refusedWithNearest(`${asked.said}的相关内容`, citations[0]);
}
