// The offline engine: picks the sentences of the retrieved passages that answer the question and quotes them,
// each followed by [n]. No model, no network; figures and names come out exactly as the documents have them.
import type { Tokenizer } from '../../text/tokenizer.js';
import type { Passage } from '../../grounding/passages.js';
import { judgeEvidence, type Evidence } from './answerability.js';
import { notCoveredAnswer, type ExtractiveAnswer } from './compose.js';
import { ASKED_NAMED_DETAILS, ASKS_FOR_COMPANY, NAMES_COMPANY, ASKS_FOR_MEASURES, ASKS_FOR_QUANTITY, ASKS_FOR_REPLY, type QuestionFocus } from './questionAnalysis.js';
import { answeringFigure, askedFigure, askedRate, asksSizeOfShare, shareSubject, statesFigure } from '../../text/askedFigure.js';
import { lacksAskedFirm } from '../../text/askedNames.js';
import { lacksAskedPerson } from '../../text/askedPerson.js';
import { lacksAskedLimit } from '../../text/deadlines.js';
import { normalizeForMatch } from '../../text/simplify.js';
import { splitSentences, withoutCitationMarks } from '../../text/sentences.js';
import { promote, scoreSentences, type ExtractiveOptions, type ScoredSentence, type WeighedQuestion } from './scoring.js';
import { asksForHeaderField, isReplyOpening } from './sentenceFilters.js';
import { answerWithDefinition, preferDescribingSentence } from './strategies/definition.js';
import { answerNamedPoint, answerNotesItem, withinNamedPart } from './strategies/namedPoint.js';
import { answerWithProposer, ASKS_FOR_PROPOSER } from './strategies/proposer.js';
import { answerWithHandlingClass } from './strategies/handlingClass.js';
import { answerWithEnumeration } from './strategies/enumeration.js';
import { answerWithReplyBody } from './strategies/replyBody.js';
import { answerWithHeadingItems, preferTypedSentence } from './strategies/questionType.js';
import { questionTypeOf } from '../../text/questionTypes.js';
import { answerWithSentences } from './strategies/singleFact.js';
import { answerFromTable } from './strategies/table.js';
import { answerWithSuperlativeRow } from './strategies/superlative.js';
import { answerWithClassRows } from './strategies/classRows.js';
import { answerWithStartOfForce } from './strategies/startOfForce.js';
import { preferStatedEnd } from './strategies/stillApplies.js';
import { withStatedDifference } from './strategies/difference.js';
import { answerAfterAskedReason, answerWithStatedCause, refuseWithoutReason } from './strategies/reason.js';
import { discountAbsentFraming, passageContexts, weighTerms } from './termWeights.js';
import { offlineTuning, type OfflineTuning } from './tuning.js';

export { OFFLINE_TUNING, offlineTuning, type OfflineTuning } from './tuning.js';
export { questionFocus, type QuestionFocus } from './questionAnalysis.js';
export { NOT_COVERED, nearestSources, notCoveredAnswer, type ExtractiveAnswer } from './compose.js';
export { isHeadingLike } from './sentenceFilters.js';
export type { ExtractiveOptions } from './scoring.js';
export { answerFromSection } from './strategies/section.js';
export { answerDocumentOverview, asksForOverview } from './strategies/overview.js';

/**
 * The best sentence that holds one of the words carrying the question leads, when it scores at least
 * focusSentenceShare of the best one (which holds none of them).
 */
function preferOnFocus(scored: ScoredSentence[], t: OfflineTuning): ScoredSentence[] {
  const best = scored[0];
  if (!best || best.onFocus) return scored;
  const focused = scored.find((s) => s.onFocus);
  return promote(scored, focused && focused.score >= best.score * t.focusSentenceShare ? focused : undefined);
}

/** The sentences of the document the question names, when it has any among them; else all of them. */
function withinNamedDocument(scored: ScoredSentence[], docId: string | undefined): ScoredSentence[] {
  const own = docId ? scored.filter((s) => s.passage.chunk.docId === docId) : [];
  return own.length ? own : scored;
}

/**
 * A best sentence without the figure or date asked (the answer it leads would be refused, see lacksAskedFigure) gives
 * way to a runner-up of its document that states one, clears the sentence bar and scores statedDetailShare of it:
 * "申报截止到哪天" is answered by "请于10月31日前报送", not refused for the notice's opening line.
 */
function preferStatedDetail(question: string, scored: ScoredSentence[], t: OfflineTuning): ScoredSentence[] {
  const best = scored[0];
  if (!best || !lacksAskedDetail(question, best.text)) return scored;
  const stating = scored.find(
    (s) =>
      s.passage.chunk.docId === best.passage.chunk.docId &&
      s.score >= best.score * t.statedDetailShare &&
      s.sentenceCoverage >= t.minSentenceCoverage &&
      !lacksAskedDetail(question, s.text),
  );
  return promote(scored, stating);
}

/**
 * A best sentence lifted by its bonuses (a date, a figure) that does not clear the sentence bar gives way to a close
 * runner-up (coveredSentenceShare of its score) that does: the bonuses choose among answers, they do not make one.
 */
function preferCovered(scored: ScoredSentence[], t: OfflineTuning): ScoredSentence[] {
  const best = scored[0];
  if (!best || best.sentenceCoverage >= t.minSentenceCoverage) return scored;
  const covered = scored.find((s) => s.sentenceCoverage >= t.minSentenceCoverage && s.score >= best.score * t.coveredSentenceShare);
  return promote(scored, covered);
}

/**
 * An answer without what the question asks for: a how-much question without any figure, a when question without a
 * date, a which-company question without a company's name: the sentences are about the topic, not the detail asked.
 */
function lacksAskedFigure(question: string, answer: ExtractiveAnswer): boolean {
  return answer.answered && lacksAskedDetail(question, withoutCitationMarks(answer.judgedAnswer ?? answer.answer));
}

/** The text gives no figure, date or company of the kind the question asks for (see lacksAskedFigure). */
function lacksAskedDetail(question: string, text: string): boolean {
  const type = questionTypeOf(question);
  // "最晚什么时候交？" asks a limit: "2025年度…" names a year, not by when (a date with 前, 截止, a span to act within).
  if (type?.name === '时间' && (!type.strict.sentence.test(text) || lacksAskedLimit(question, text))) return true;
  // "哪家公司中标的？" answered by a sentence that names no company: the documents do not say which.
  if (ASKS_FOR_COMPANY.test(question) && !NAMES_COMPANY.test(text.replace(ASKS_FOR_COMPANY, ''))) return true;
  // "监理单位叫什么名字" answered by "监理单位应当全程驻场": the role again, no firm's name.
  if (lacksAskedFirm(question, text)) return true;
  // "联系人叫什么名字" answered by "每栋楼指定一名楼长作为联系人": the role again, nobody named in it. Not "是哪位代表提的":
  // 2d answers that with the reply's own salutation, a person's or a body's (answerWithProposer).
  if (!ASKS_FOR_PROPOSER.test(question) && lacksAskedPerson(question, text)) return true;
  // "电梯是什么牌子" answered by a sentence naming no brand, "去哪个窗口办" by one naming no counter.
  if (ASKED_NAMED_DETAILS.some(({ asks, names }) => asks.test(question) && !names.test(text))) return true;
  if (!ASKS_FOR_QUANTITY.test(question)) return false;
  // "居民出资比例不低于多少？" answered by "抽查比例不低于20%": a share of another thing.
  const subject = shareSubject(question);
  if (subject && !normalizeForMatch(text).includes(normalizeForMatch(subject))) return true;
  // "财政补助占总投资多大比例？" answered by "财政补助1200万元。抽查比例不低于20%。": the percentage is another thing's.
  if (subject && asksSizeOfShare(question) && !statesShareOf(subject, question, text)) return true;
  // "每平米暖气费多少？" asks a rate: a total ("出资100万元") does not answer it, nor a rate per another unit ("每户每年120元").
  const rate = askedRate(question);
  return !statesFigure(text, answeringFigure(question)) || (!!rate && !rate.test(text));
}

/** Some one sentence of the text names the share's subject and states the figure asked (a percentage, not 1200万元). */
function statesShareOf(subject: string, question: string, text: string): boolean {
  const figure = askedFigure(question) ?? answeringFigure(question);
  return splitSentences(text).some(
    (s) => normalizeForMatch(s.text).includes(normalizeForMatch(subject)) && statesFigure(s.text, figure),
  );
}

/**
 * Answers from the retrieved passages without a model:
 * 1. Weigh the question's terms once, by length and by rarity among the passages.
 * 2. Score every quotable sentence; keep those from documents that hold the question's anchors (place, year, phase).
 *    2b–2f come before any sentence is scored, in the order of FOUND_WHOLE_STRATEGIES:
 * 2b. A definition question whose term a passage defines ("X是指…"): that sentence.
 * 2c. A question naming a point by its place ("第四部分的“三是”", "第一部分（一）第1点"): that point; an item of a
 *     form's notes ("填表说明第3条"), that item.
 * 2d. "……是哪位代表提的？": the salutation of the first-ranked reply.
 * 2e. A how-much question naming a table's row ("任务分解表里甲县…多少户"): that row, each figure with its column.
 * 2e'. "……中标金额最低的是哪家？": the row of a table holding the lowest (highest) figure of the column named, under its header.
 * 2e''. "……被评为“良”的是哪几个县区？": the rows of a table whose column holds the class asked, under its header.
 * 2f. "……的办理结果是哪一类？": the handling-class line in the header of the reply asked about.
 * 2g. "汾住建发〔2025〕22号从哪天开始执行": the named document's sentence stating the date it comes into force.
 * 3. Gate: refuse ("not covered", with the nearest sources) unless the best sentence and passage clear the bars.
 * 4. "……是怎么答复的？" whose best sentence is a receipt line: answer with the reply's body.
 * 5. A how / what-measures question whose evidence sits in a list: answer with the list's points; a 包括哪些 question
 *    whose items are a section's sub-headings: each heading's label and first sentence.
 * 5c. A 为什么 question the text itself asks: the sentences right after that question.
 * 6a. Whether a rule still applies, the best sentence silent on it: the best-ranked sentence saying the rule ended
 *     (废止, 不再执行), holding a focus word and clearing the sentence bar, leads.
 * 6. Otherwise: the best sentence with its close runners-up, in document order — for a 为什么 / 谁负责 / 什么时候
 *    question, led by the close runner-up worded as that answer (reason, responsible body, date); a 为什么 question
 *    whose sentences give no reason (they restate the rule) is refused with 文件写明了规定但没有说明原因.
 * 6c. Such an answer without the figure or date asked: a runner-up of the best sentence's document that states it
 *    (statedDetailShare of the best's score, over the sentence bar) leads instead.
 * 7. A 多少 / 几个 question whose answer holds no figure is refused.
 * 8. A difference asked ("比2023年多了多少个？"): the sentence of a quoted passage stating it joins the answer.
 */
export function answerExtractively(
  tokenizer: Tokenizer,
  focus: QuestionFocus,
  passages: Passage[],
  options: ExtractiveOptions = {},
): ExtractiveAnswer {
  const { judgedAnswer, ...answer } = chooseSentences(tokenizer, focus, passages, options);
  // 7. A how-much question whose answer holds no figure is refused: the library holds the topic, not the amount.
  if (lacksAskedFigure(focus.text, { ...answer, judgedAnswer })) return { answered: false, answer: notCoveredAnswer(passages), citations: [], evidence: answer.evidence };
  // 8. A difference asked ("比2023年多了多少个？"): the sentence of a quoted passage stating it joins the answer.
  return withStatedDifference(focus.text, answer, passages);
}

/** What each strategy that answers before any sentence is scored reads. */
interface FoundWholeInput {
  question: WeighedQuestion;
  passages: Passage[];
  options: ExtractiveOptions;
  t: OfflineTuning;
}

/** The evidence of an answer a strategy found whole (the point, row or line asked): nothing left to weigh. */
const foundWhole = (): Evidence => ({ sentence: 1, passage: 1 });

/**
 * 2b–2f, in order: questions that name what answers them whole (a defined term, a point by its place, a form's notes
 * item, a reply's proposer, a table's row, a reply's handling class). The first with an answer answers; the later
 * ones are not run. The evidence gate has already passed.
 */
const FOUND_WHOLE_STRATEGIES: readonly ((input: FoundWholeInput) => ExtractiveAnswer | undefined)[] = [
  ({ question, passages }) => answerWithDefinition(question.focus, passages), // 2b. 定义: the sentence defining the asked term
  ({ question, passages, options, t }) => answerNamedPoint(question.focus.text, passages, options, foundWhole(), t), // 2c. a point named by its place ("第四部分的“三是”")
  ({ question, passages, options, t }) => answerNotesItem(question.focus.text, passages, options, foundWhole(), t), // 2c'. an item of a form's notes ("填表说明第3条")
  ({ question, passages, options }) => (passages.length ? answerWithProposer(question.focus.text, passages[0].chunk.docId, passages, options, foundWhole()) : undefined), // 2d. "……是哪位代表提的？": the first-ranked reply's salutation
  ({ question, passages, t }) => answerFromTable(question.focus.text, question.terms, passages, foundWhole(), t), // 2e. a figure of a table's row ("…任务分解表里甲县要改多少个小区"): the row, each figure with its column
  ({ question, passages, options, t }) => answerWithSuperlativeRow(question.focus.text, question.terms, passages, foundWhole(), t, options.chunksOf), // 2e'. "…中标金额最低的是哪家": the table row holding the column's lowest (highest) figure
  ({ question, passages, t }) => answerWithClassRows(question.focus.text, question.terms, passages, foundWhole(), t), // 2e''. "…被评为“良”的是哪几个县区": the table rows whose column holds the class asked
  ({ question, passages }) => answerWithHandlingClass(question.focus.text, passages), // 2f. "……的办理结果是哪一类？": the class line in the reply's header
  ({ question, passages, options }) => answerWithStartOfForce(question.focus.text, passages, options.namedDocId, foundWhole(), options.chunksOf), // 2g. "…22号从哪天开始执行": the named document's "本通知自…起执行"
];

function chooseSentences(tokenizer: Tokenizer, focus: QuestionFocus, passages: Passage[], options: ExtractiveOptions): ExtractiveAnswer {
  const t = offlineTuning(options.tuning);
  const contexts = passageContexts(passages);
  const question = { focus, terms: discountAbsentFraming(weighTerms(tokenizer, focus, contexts, t), focus.text, contexts, t), contexts };
  for (const strategy of FOUND_WHOLE_STRATEGIES) {
    const answer = strategy({ question, passages, options, t });
    if (answer) return answer;
  }
  const scored = preferCovered(preferOnFocus(withinNamedPart(focus.text, withinNamedDocument(scoreSentences(question, passages, options, t).filter((s) => s.anchored), options.namedDocId)), t), t);
  const { answerable, evidence } = judgeEvidence(scored, passages, t);
  // 5b. A 包括哪些 question about a section whose sub-headings are the items is answered by them even when no single
  // sentence covers the question: the headings, not a sentence, hold its words.
  const scoredPassages = { questionTerms: question.terms, passages, scored, options, evidence, t };
  const headings = scored.length ? answerWithHeadingItems(focus.text, scoredPassages) : undefined;
  if (!answerable) return headings ?? { answered: false, answer: notCoveredAnswer(passages), citations: [], evidence };
  // 5c. A 为什么 question the text itself asks ("……为何以2000年为时间界限？"): the sentences after it give the reason.
  const asked = answerAfterAskedReason(focus.text, question.terms, passages, evidence, t);
  if (asked) return asked;
  const best = scored[0];
  // "……的办理结果是哪一类？" names the header field its best sentence is ("办理结果：A类"): that line answers it, not the body.
  if (ASKS_FOR_REPLY.test(focus.text) && isReplyOpening(best.text) && !asksForHeaderField(focus.text, best.text)) {
    const body = answerWithReplyBody(best, passages, options, evidence, t);
    if (body) return body;
  }
  if (ASKS_FOR_MEASURES.test(focus.text)) {
    const listed = answerWithEnumeration(scoredPassages);
    if (listed) return listed;
  }
  if (headings) return headings;
  // 6a. Whether a rule still applies, its best sentence silent on it: a sentence saying the rule has ended leads.
  const ended = preferStatedEnd(focus.text, scored, t);
  if (ended !== scored) return answerWithBest(focus, ended, passages, evidence, options, t, true);
  const answer = answerWithBest(focus, scored, passages, evidence, options, t);
  // 6c. An answer without the figure or date asked would be refused (7.): a runner-up stating it leads instead.
  const stated = lacksAskedFigure(focus.text, answer) ? preferStatedDetail(focus.text, scored, t) : scored;
  return stated === scored ? answer : answerWithBest(focus, stated, passages, evidence, options, t, true);
}

/**
 * 6. The best sentence with its close runners-up, in document order — led by one worded as the question's type asks,
 * or by the best itself when `leadWithBest` (a runner-up promoted for stating what is asked) — or a reason.
 */
function answerWithBest(
  focus: QuestionFocus,
  scored: ScoredSentence[],
  passages: Passage[],
  evidence: Evidence,
  options: ExtractiveOptions,
  t: OfflineTuning,
  leadWithBest = false,
): ExtractiveAnswer {
  const typed = preferDescribingSentence(focus, preferTypedSentence(focus.text, scored, t), t);
  const ledByType = leadWithBest || typed[0] !== scored[0];
  // A list of the kinds that leads from its own document is the answer; other documents' sentences are not its items.
  const own = ledByType && questionTypeOf(focus.text)?.name === '内容' ? typed.filter((s) => s.passage.chunk.docId === typed[0].passage.chunk.docId) : typed;
  // 6b. A 为什么 question whose chosen sentences give no reason (they restate the rule) is answered by a shortfall or
  // difficulty stated right before the rule, where the text states one; otherwise refused, saying so.
  const answer = answerWithSentences(focus.text, own, passages, evidence, t, ledByType, options.chunksOf);
  // The reason is looked for without the finishing clauses (judgedAnswer), as the figure asked is (lacksAskedFigure).
  const verdict = refuseWithoutReason(focus.text, { ...answer, answer: answer.judgedAnswer ?? answer.answer }, passages);
  const checked = verdict.answered ? answer : verdict;
  return checked.answered || !answer.answered ? checked : (answerWithStatedCause(focus.text, scored, passages, evidence, t) ?? checked);
}
