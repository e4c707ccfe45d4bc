// Answer checks (ANSWER_CHECKS, answerChecks.ts) comparing the figure asked with the figure quoted: a month's, each
// unit's, every part's, a settled one, another thing's, names behind a count, an extreme, a grade's band, a method, a
// follow-up's.
import type { ChatTurn, Chunk, Citation } from '../../types.js';
import type { Passage } from '../../grounding/passages.js';
import { holdsFocus, type QuestionAnalysis } from '../../grounding/evidenceGate.js';
import { ASKS_EACH_UNIT, ASKS_WHAT_IS_PROPOSED, ASKS_WHETHER_NOW, asksWhetherSettled, presumedFigureOf, statesFigureAsSettled, onlyCountsKindsAsked, extremeAsked, statesExtreme, normalizeForMatch, quotedTableFigures, splitSentences, withCitation } from '../../text/index.js';
import { clausesOf } from '../../text/clauses.js';
import { endsAsQuestion, lineAfterQuoted } from '../../text/sentences.js';
import { ASKS_START_OF_FORCE } from '../../text/inForce.js';
import { namedEstate } from '../../text/askedNames.js';
import { figuresAsDigits } from '../../text/numerals.js';
import { ASKS_HOW_COMPUTED, asksWhichDocument, questionTypeOf, statesComputation } from '../../text/questionTypes.js';
import { askedPlaces } from '../../text/places.js';
import { answerSentences, endsOnNe, newWordsOfFollowUp } from '../../text/followUps.js';
import { askedMonthPoint, deadlineMonths, statedDaysOfMonth, statedMonthPoints, statesOtherMonthOnly } from '../../text/monthPoints.js';
import { ASKS_FOR_QUANTITY } from '../offline/questionAnalysis.js';
import { askedFigure, askedFigureParts, statesFigure } from '../../text/askedFigure.js';
import { asksWhatIsPlanned } from '../../text/plans.js';
import { gradeBandAsked, gradeNamedAsResult, namesGrade } from '../../text/gradeBands.js';
import { citedChunk } from './passages.js';
import { refusedWithNearest } from './refusal.js';

/** How many units an answer must name to give a figure of each ("各县（市、区）分别…"). */
const MIN_UNITS_NAMED = 2;

/**
 * "2024年各县（市、区）改造后小区物业覆盖率分别是多少？" answered with the city-wide rate and one county's: a figure of
 * each unit is asked, and the answer names fewer than two. Refused, quoting what the library holds.
 */
export function eachUnitRefusal(question: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  const units = question.match(ASKS_EACH_UNIT)?.[1];
  // "各区分别负责哪些工作？" asks no figure: duties are answered from the text, not from a list of units.
  const asksFigure = ASKS_FOR_QUANTITY.test(question) || !!askedFigure(question);
  if (!citations.length || !units || !asksFigure) return undefined;
  const named = new Set(citations.flatMap((c) => askedPlaces(c.quote)));
  if (named.size >= MIN_UNITS_NAMED) return undefined;
  return refusedWithNearest(`${units}分别的数据`, citations[0]);
}

/**
 * "截至10月底全市新增了多少停车泊位？" answered only by "…截至6月底已新增1580个": a figure asked as of one month, and
 * every quote gives its figures as of another. Refused, naming the months the quotes do hold. A follow-up naming only
 * the month ("那截至10月底呢？") asks the figure its context asked (`carriedFrom`): the month is its own.
 */
export function monthPointRefusal(question: string, citations: Citation[], carriedFrom = ''): { answer: string; citations: Citation[] } | undefined {
  const asked = askedMonthPoint(question);
  const asking = `${question} ${carriedFrom}`;
  if (!asked || !citations.length || !(ASKS_FOR_QUANTITY.test(asking) || askedFigure(asking))) return undefined;
  // "10月底计划完成多少" asks the target set for that month: "10月底前完成…30个" states it.
  if (asksWhatIsPlanned(question) && citations.some((c) => deadlineMonths(c.quote).includes(asked.month))) return undefined;
  if (!citations.every((c) => statesOtherMonthOnly(c.quote, asked.month, asked.said))) return undefined;
  // Another day of the month asked ("截至7月12日", asked 7月31日) or a quarter ("一季度通报时") is quoted as the nearest content.
  const otherMonths = [...new Set(citations.flatMap((c) => statedMonthPoints(c.quote)))].filter((m) => m !== asked.month).map((m) => `${m}月`);
  const stated = [...otherMonths, ...new Set(citations.flatMap((c) => statedDaysOfMonth(c.quote, asked.month)))];
  const targets = [...new Set(citations.flatMap((c) => deadlineMonths(c.quote)))].map((m) => `${m}月底前`);
  const held = stated.length ? `文件中只有${stated.join('、')}的数据` : targets.length ? `文件中只有${targets.join('、')}的目标` : '文件中相近的内容是';
  return {
    answer: `现有文件中没有${asked.said}的相关数据，无法作答。${held}：${withCitation(citations[0].quote, '[1]')}`,
    citations: [{ ...citations[0], n: 1 }],
  };
}

/**
 * "2026年第一批计划改造多少个小区，涉及多少户" answered by "拟将以下12个小区列入…": each asked figure must be stated by a
 * quoted sentence; one part answered reads as the whole answer. Refused, saying which part the library does not state
 * and quoting the sentence that states another.
 */
export function partMissingRefusal(question: string, citations: Citation[], passages: Passage[]): { answer: string; citations: Citation[] } | undefined {
  const parts = askedFigureParts(question);
  if (!parts.length || !citations.length) return undefined;
  const passageText = (c: Citation) => citedChunk(c, passages)?.text ?? '';
  const stating = (figure: RegExp) => citations.filter((c) => statesFigure(c.quote, figure) || quotedTableFigures(c.quote, passageText(c)).some((f) => figure.test(f)));
  const missing = parts.filter((p) => !stating(p.figure).length);
  if (!missing.length) return undefined;
  const stated = parts.map((p) => stating(p.figure)[0]).find(Boolean) ?? citations[0];
  const lacking = missing.map((p) => `“${p.clause}”`).join('、');
  return { answer: `现有文件中没有写明${lacking}，无法完整作答。文件中相近的内容是：${withCitation(stated.quote, '[1]')}`, citations: [{ ...stated, n: 1 }] };
}

/**
 * "每台12万元的电梯补助标准从什么时候开始执行" answered by the sentence putting 11万元 in force, "电梯每台15万元的补助是从哪天
 * 开始执行的" by the views that proposed 15万元: the question takes a figure as settled and asks when or by which
 * document; no quoted sentence states that figure as settled (it is another figure, or only proposed, suggested or
 * turned down). The date quoted is another figure's. Refused, quoting the nearest sentence. Whether a change is settled
 * ("定了没有", "现在还按…吗") is settledStatusAnswer's; a question about a plan is not read so. Only a figure in the clause
 * that asks is taken as settled: "加装电梯每台补助12万元，什么时候能拨付到位" asks when the money arrives, not since when
 * 12万元 applies.
 */
export function presumedFigureRefusal(question: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  const figure = presumedFigureOf(question);
  if (!figure || !citations.length || ASKS_WHAT_IS_PROPOSED.test(question) || asksWhetherSettled(question) || ASKS_WHETHER_NOW.test(question)) return undefined;
  const asking = clausesOf(question).find((clause) => clause.includes(figure.written)) ?? question;
  // "电梯补助提高到12万元以后，是从哪天开始执行的": the figure's clause names the change, the next asks since when it applies.
  const asksStartOfChange = ASKS_START_OF_FORCE.test(question.normalize('NFKC'));
  if (!asksStartOfChange && questionTypeOf(asking)?.name !== '时间' && !asksWhichDocument(asking)) return undefined;
  // A sentence asking ("补助会不会提高到15万元？", a 发布会's question) settles nothing.
  const sentences = citations.flatMap((c) => splitSentences(c.quote).map((s) => s.text)).filter((s) => !endsAsQuestion(s));
  if (sentences.some((s) => statesFigureAsSettled(figuresAsDigits(s), figure))) return undefined;
  return refusedWithNearest(`确定为“${figure.written}”的规定`, citations[0]);
}

/**
 * "甲苑小区改造花多少钱" answered by "甲苑小区计划加装电梯4台" and "…投资额在800万元以上的8个项目", "乙厂宿舍项目
 * 被罚了多少钱" by "…乙厂宿舍项目连续3次被投诉" and "市级补助资金0.21亿元…": the sentence naming what is asked about
 * states no figure of the kind asked, and the sentences stating one do not name it (in their words, heading or
 * title): a figure of another thing, read as the answer. Refused, saying which figure is not stated and quoting the
 * sentence on the thing asked. (The evidence gate's focus words are what the question is about.)
 */
export function figureOfOtherThingRefusal(question: string, analysis: QuestionAnalysis, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  const figure = askedFigure(question);
  const estate = namedEstate(question);
  // The rare words of the 小区 or project named: what the figure is asked of.
  const named = estate ? analysis.focus.filter((w) => estate.includes(w)) : [];
  if (!figure || !named.length || !citations.length) return undefined;
  const names = (text: string) => named.some((w) => holdsFocus(analysis, normalizeForMatch(text), w));
  // A citation may quote several sentences of its passage: each is read on its own.
  const sentences = citations.flatMap((c) => splitSentences(c.quote).map((s) => ({ citation: c, text: s.text })));
  const stating = sentences.filter((s) => statesFigure(s.text, figure));
  if (!stating.length || stating.some((s) => names(`${s.citation.title} ${s.citation.section} ${s.text}`))) return undefined;
  const found = sentences.find((s) => !statesFigure(s.text, figure) && names(s.text));
  if (!found) return undefined;
  // A sentence quoted after a gap keeps its "……" in the answer, not in the refusal's quote.
  const onThing = { ...found, text: found.text.replace(/^……/u, '') };
  const clauses = clausesOf(question);
  const clause = clauses.find((c) => askedFigure(c)) ?? question;
  return {
    answer: `现有文件中没有写明“${clause.replace(/[？?。！!\s]+$/u, '')}”，无法${clauses.length > 1 ? '完整' : ''}作答。文件中相近的内容是：${withCitation(onThing.text, '[1]')}`,
    citations: [{ ...onThing.citation, quote: onThing.text, n: 1 }],
  };
}

/**
 * "2025年那126个改造小区分别是哪些小区？" answered by "…计划126个小区", "那12处历史建筑具体是哪些" by "历史建筑12处": the
 * names are asked, the sentences only count them. The line after each quote in its passage is read for a list: names
 * listed under a count ("全区历史建筑8处。" then "1.甲宅 2.乙祠…") answer it. Refused, quoting the count as what the library holds.
 */
export function countOnlyRefusal(question: string, citations: Citation[], chunksOf: (docId: string) => Chunk[] = () => []): { answer: string; citations: Citation[] } | undefined {
  if (!citations.length) return undefined;
  const linesAfter = citations.map((c) => lineAfterQuote(c, chunksOf)).filter((line) => line);
  const only = onlyCountsKindsAsked(question, citations.map((c) => c.quote), linesAfter);
  return only && refusedWithNearest(`具体是哪些${only.kind}的内容，只有数量`, citations[0]);
}

/** What a citation stands in: its document's title, its heading, its quote and the whole passage quoted from. */
function citedContext(citation: Citation, chunksOf: (docId: string) => Chunk[]): string {
  const passage = citedChunk(citation, [], chunksOf)?.text ?? '';
  return `${citation.title} ${citation.section} ${citation.quote} ${passage}`;
}

/** The line of a quote's passage after the quote's last sentence ("" when it ends the passage or is not found). */
function lineAfterQuote(citation: Citation, chunksOf: (docId: string) => Chunk[]): string {
  return lineAfterQuoted(citedChunk(citation, [], chunksOf)?.text ?? '', citation.quote);
}

/**
 * "哪个县区今年改造的小区最多" answered by "…将按月调度，对进度滞后的县区进行督办", "完工率最低的是哪个县" by "…收费…
 * 其中甲区最低": which one is at an extreme is asked, and no quoted sentence says which one is (of the figure the
 * question names, when it names a rate or a score). A table's rows (the superlative strategy's answer) say it by their
 * figures. Refused, quoting the nearest content: a list or a total read as the answer names no one.
 */
export function extremeUnstatedRefusal(question: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  const asked = extremeAsked(question);
  if (!asked || !citations.length || citations.some((c) => c.quote.includes('\t'))) return undefined;
  if (citations.some((c) => splitSentences(c.quote).some((s) => statesExtreme(s.text, asked)))) return undefined;
  return refusedWithNearest(`写明“${asked.clause}”的内容`, citations[0]);
}

/**
 * "它三年打算改多少户？" after "甲县城一共有多少个老旧小区？" answered by the very sentence given before ("…共41个、6230户"),
 * "我们A同一年呢" after B's figure by B's sentence again: a figure asked anew (or an elliptic "…呢"), every
 * sentence of the answer already in the answer before, and none of the words the follow-up adds in it. Repeating the
 * earlier answer answers the earlier question, not what the follow-up changed. Refused, quoting the nearest content.
 */
export function earlierAnswerRepeatedRefusal(question: string, history: ChatTurn[], answer: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  const earlierAnswer = history.at(-1)?.role === 'assistant' ? history.at(-1)!.text : undefined;
  const earlierQuestion = [...history].reverse().find((t) => t.role === 'user')?.text;
  if (!earlierAnswer || !earlierQuestion || !citations.length || !(ASKS_FOR_QUANTITY.test(question) || endsOnNe(question))) return undefined;
  const given = new Set(answerSentences(earlierAnswer));
  const own = answerSentences(answer);
  if (!own.length || !own.every((x) => given.has(x))) return undefined;
  const added = newWordsOfFollowUp(question, earlierQuestion);
  if (!added.length || added.some((w) => answer.includes(w))) return undefined;
  return refusedWithNearest(`“${question.replace(/[？?。！!\s]+$/u, '')}”所问的内容，只有上一问已答的内容`, citations[0]);
}

/**
 * "物业管理导则考评得多少分算良好" answered by "考评得分85分以上为优良，70分至84分为合格…": the score band of a grade is
 * asked, and no quoted sentence names that grade (the scale quoted has other grades; 不合格 is not 合格). Refused,
 * quoting the nearest content: another grade's band read as the answer is a wrong figure.
 */
export function gradeBandRefusal(question: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  const grade = gradeBandAsked(question);
  if (!grade || !citations.length || citations.some((c) => namesGrade(c.quote, grade))) return undefined;
  return refusedWithNearest(`“${grade}”这一等次的分数标准`, citations[0]);
}

/**
 * "门卫年终被评为“良好”发多少奖金" answered by "评为优秀的，发放奖金800元": the question is about one grade (its
 * reward, its consequence, who holds it) and no cited passage, its heading or its document's title names that grade;
 * what another grade gets read as the answer is a wrong figure. Refused, quoting the nearest content. The whole passage
 * is read: "评为优秀的街道…。对这些街道，按…奖补" names the grade a sentence before the quote.
 */
export function gradeUnnamedRefusal(question: string, citations: Citation[], chunksOf: (docId: string) => Chunk[] = () => []): { answer: string; citations: Citation[] } | undefined {
  const grade = gradeNamedAsResult(question);
  if (!grade || !citations.length || citations.some((c) => namesGrade(citedContext(c, chunksOf), grade))) return undefined;
  return refusedWithNearest(`关于“${grade}”等次的内容`, citations[0]);
}

/**
 * "物业管理覆盖率是怎么算的" answered by "…覆盖率达到91%": how a figure is worked out is asked, and no quoted sentence
 * says it (a share of what, a sum per unit, a basis: statesComputation); the figure's value read as the method is a
 * wrong answer. Refused, quoting the nearest content.
 */
export function computationUnstatedRefusal(question: string, citations: Citation[]): { answer: string; citations: Citation[] } | undefined {
  if (!ASKS_HOW_COMPUTED.test(question) || !citations.length) return undefined;
  if (citations.some((c) => splitSentences(c.quote).some((s) => statesComputation(s.text)))) return undefined;
  return refusedWithNearest('写明计算方法的内容', citations[0]);
}
