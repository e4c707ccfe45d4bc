// An answer check (ANSWER_CHECKS, answerChecks.ts): the quoted sentences speak of another year, place, level or kind of
// sum than the one asked, or state no figure of the kind asked.
import type { Citation } from '../../types.js';
import type { Passage } from '../../grounding/passages.js';
import { answerMismatches, figureOfAnotherUnit, holdsWord, type AnsweringSentence, type QuestionAnalysis } from '../../grounding/evidenceGate.js';
import { ASKS_WHAT_IS_PROPOSED, sectionParts, getJieba, normalizeForMatch, quotedTableFigures, splitSentences, withCitation, withoutStatedYears } from '../../text/index.js';
import { questionTypeOf } from '../../text/questionTypes.js';
import { getSynonyms } from '../../text/synonyms.js';
import { ASKS_FOR_QUANTITY } from '../offline/questionAnalysis.js';
import { askedFigure, askersFigure, asksAboutMoney, withoutCarriedQuestion, figureOnlyProposed, HAS_FIGURE, speaksOfMoney, statesFigure, statesFigureAsDone } from '../../text/askedFigure.js';
import { ASKS_ABOUT_PROBLEM, ASKS_FINAL_FINISH, asksWhatWasDone, describesProblemOnly, ASKS_WHETHER_FINISHED, statesFinished, statesStartOrPlan } from '../../text/plans.js';
import { citedChunk, type YearsFromNowReading } from './passages.js';
import { refusedWithNearest, missingContent } from './refusal.js';

/** The sentences an answer quotes, as the constraint check reads them (with their passage, title and issuer). */
export function answeringSentences(citations: Citation[], passages: Passage[], readYearsFromNow: YearsFromNowReading): AnsweringSentence[] {
  return citations.map((c) => {
    const chunk = citedChunk(c, passages);
    // A year the sentence says from now is its document's year ("今年以来…" of 2025 states 2025, not the year asked).
    return { quote: chunk ? readYearsFromNow(chunk, c.quote) : c.quote, title: c.title, section: c.section, origin: chunk?.origin, passageText: chunk ? readYearsFromNow(chunk, chunk.text) : undefined };
  });
}

/**
 * An answer whose sentences speak of another year, place or level than the one asked ("2022年…多少" answered with a
 * 2020 target), or of another kind of sum (a subsidy, asked a cost): refused, quoting its first sentence as what the library does hold. Undefined when the answer agrees.
 * `readYearsFromNow`: the gate's (GateResult), so a quote's 今年 is read in the question's now only when the gate's is.
 */
export function answerConstraintRefusal(analysis: QuestionAnalysis, citations: Citation[], passages: Passage[], readYearsFromNow: YearsFromNowReading): { answer: string; citations: Citation[] } | undefined {
  // A how-many question is answered by the sentences stating the figure asked: those must agree, not their neighbours.
  const stated = ASKS_FOR_QUANTITY.test(analysis.text) ? (askedFigure(analysis.text) ?? HAS_FIGURE) : undefined;
  // Figures in Chinese numerals ("二十万元", "九处") state a figure as digits do; numerals inside words ("统一",
  // "一户一表") do not (statesFigure).
  // A quote of table rows states the figures its columns' headings give the unit of ("加装电梯（台）" over "101").
  const passageText = (c: Citation) => citedChunk(c, passages)?.text ?? '';
  const stating = stated ? citations.filter((c) => statesFigure(c.quote, stated) || quotedTableFigures(c.quote, passageText(c)).some((f) => stated.test(f))) : [];
  const answering = stating.length ? stating : citations;
  const figure = stated && stated !== HAS_FIGURE ? stated : undefined;
  // "停车楼有多少个车位？" answered by a sentence with no count of that unit (引入社会资本1800万元): the library holds the
  // topic, not the figure asked.
  if (figure && citations.length && !stating.length) return figureMissingRefusal(analysis.text, citations[0]);
  // "新建了多少处社区食堂？" answered by "新建社区养老服务站9处": a figure of that unit, but of something else counted.
  // "…补贴现在每台每年能领多少？" answered by "拟对…给予补贴，每台每年3000元": a proposal, not what applies.
  if (stated && figureOnlyProposed(analysis.text, stating.flatMap((c) => splitSentences(c.quote).map((x) => x.text)), stated)) {
    return refusedWithNearest('已确定的标准，只有拟议的内容', stating[0]);
  }
  // "燃气管道改造费用怎么分担？" answered by "两年累计改造燃气管道63公里": the topic, not the money asked about. A
  // question asking when ("出资标准征求意见，反馈截止到哪天") asks a date of the matter, and one asking a reply's stance
  // ("对物业费那条建议是什么态度") whether it is taken up: neither needs a money word.
  const asksDateOrStance = ['时间', '态度'].includes(questionTypeOf(withoutCarriedQuestion(analysis.text))?.name ?? '');
  // An item's line kept atop its section's text says what the quote is about ("问题四：维修资金续筹率偏低" over "续筹率
  // 达到40%"); a heading taken out of the text ("第三章 资金筹措", "一、资金分配表") spans more than the quote's matter.
  const itemLine = (c: Citation) => { const own = sectionParts(c.section).at(-1) ?? ''; return own && passageText(c).startsWith(own) ? own : ''; };
  const aboutMoney = (c: Citation) => speaksOfMoney(c.quote) || speaksOfMoney(itemLine(c));
  if (asksAboutMoney(analysis.text) && !asksDateOrStance && citations.length && !citations.some(aboutMoney)) {
    return refusedWithNearest('关于费用、资金的内容', citations[0]);
  }
  const counted = countedWords(analysis.text);
  if (figure && counted.length && !stating.some((c) => counted.some((w) => holdsWord(normalizeForMatch(`${c.quote} ${c.section}`), w)))) return figureMissingRefusal(analysis.text, stating[0]);
  const quoted = answeringSentences(answering, passages, readYearsFromNow);
  // The year of a how-many answer is the one its figure is stated for: the sentences stating it, not a neighbour in
  // the same quote ("…已于2022年底到期" after a 2019—2022 total).
  const figureStated = stated ? quoted.flatMap((s) => splitSentences(s.quote).filter((x) => statesFigure(withoutStatedYears(x.text), stated)).map((x) => ({ ...s, quote: x.text }))) : quoted;
  // "2025年…实际累计达到了多少台？" answered by "2025年目标是累计达到300台": a plan or a target is not what was done. Only the
  // sentences stating the figure as done answer it (and their year must be the one asked).
  const asksDone = asksWhatWasDone(analysis.text, citations.map((c) => c.title)) && !ASKS_WHAT_IS_PROPOSED.test(analysis.text);
  const done = stated && asksDone ? figureStated.filter((s) => statesFigureAsDone(s.quote, stated, ASKS_FINAL_FINISH.test(analysis.text))) : figureStated;
  if (figureStated.length && !done.length) return refusedWithNearest('实际完成的数据，只有计划或目标', stating[0] ?? citations[0]);
  // "补助已经提到13万一台了，能按13万申请吗？" answered by "研究将…由每台10万元提高到13万元": the asker's figure only planned.
  const own = !stated && asksDone ? askersFigure(analysis.text) : undefined;
  const statingOwn = own ? citations.filter((c) => splitSentences(c.quote).some((x) => statesFigure(withoutStatedYears(x.text), own))) : [];
  if (own && statingOwn.length && !statingOwn.some((c) => splitSentences(c.quote).some((x) => statesFigureAsDone(x.text, own)))) {
    return refusedWithNearest('已确定的内容，只有计划或拟议的内容', statingOwn[0]);
  }
  // "停车库最后建成了没有？" answered by "已启动建设…，计划2023年底前建成投用": a start and a plan, not the finish asked.
  const sentences = citations.flatMap((c) => splitSentences(c.quote).map((x) => x.text));
  if (!stated && ASKS_WHETHER_FINISHED.test(analysis.text) && !sentences.some(statesFinished) && sentences.some(statesStartOrPlan)) {
    return refusedWithNearest('已经建成或完成的内容，只有开工或计划的内容', citations[0]);
  }
  // "保养费政府管不管？" answered by "…费用缺少保障，部分电梯出现…的问题": the problem the measure asked for is about.
  if (!ASKS_ABOUT_PROBLEM.test(analysis.text) && sentences.length && sentences.every(describesProblemOnly)) {
    return refusedWithNearest('所问的办法或规定，只有对问题的描述', citations[0]);
  }
  const mismatches = answerMismatches(analysis, quoted, done);
  const unit = stated ? figureOfAnotherUnit(analysis, done) : undefined;
  if (unit && !mismatches.length) mismatches.push(unit);
  if (!mismatches.length) return undefined;
  const year = mismatches.find((m) => m.kind === 'year');
  const place = mismatches.find((m) => m.kind === 'place');
  // What was done, when a plan stood beside it: the year the library holds is that sentence's.
  const nearest = (done !== figureStated && answering.find((c) => done.some((s) => c.quote.includes(s.quote)))) || answering[0];
  // The library may well hold the place asked, only not this fact about it: the nearest fact is another place's.
  const missing = place ? `${place.asked}在这方面的内容` : missingContent(mismatches, analysis.text);
  const sum = mismatches.find((m) => m.kind === 'figure');
  const holds = place
    ? `文件中相近的内容是${place.found.join('、')}的：`
    : year
      ? `文件中只有${year.found.join('、')}年的数据：`
      : sum
        ? `文件中只有${sum.found.join('、')}的数据：`
        : '文件中相近的内容是：';
  return {
    answer: `现有文件中没有${missing}，无法作答。${holds}${withCitation(nearest.quote, '[1]')}`,
    citations: [{ ...nearest, n: 1 }],
  };
}

/** What a how-many question counts, in its own words ("多少个车位"), for the refusal. */
const ASKED_COUNT = /(?:多少|几)[^，。？?！!、；;\s]{0,5}/u;

/**
 * What a how-many question counts after a general measure word ("多少处社区食堂" → 社区食堂), and its vocabulary
 * wording. A measure word that names the kind itself ("多少户居民", "多少栋住宅楼") is answered by "13029户", "159栋".
 */
const COUNTED_AFTER_UNIT = /(?:多少|几)(\p{Script=Han})(\p{Script=Han}{0,8})/gu;

const GENERAL_MEASURE = /^[个处家所座项批]$/u;

function countedWords(question: string): string[] {
  // The first count asked, as for the figure: a follow-up's standalone form ends with the earlier question in brackets.
  const first = [...question.matchAll(COUNTED_AFTER_UNIT)][0];
  const noun = first && GENERAL_MEASURE.test(first[1]) && first[2].length >= 2 ? first[2] : undefined;
  if (!noun) return [];
  // The head of the noun phrase after the measure word ("社区食堂" → 食堂, "小区纳入改造" → 小区), or its library wording.
  const nouns: string[] = [];
  for (const t of getJieba().tag(noun, false)) {
    if (!/^n/u.test(t.tag)) break;
    nouns.push(t.word);
  }
  const head = nouns.at(-1);
  return head && [...head].length >= 2 ? [head, ...getSynonyms().wordingFor(head, question)] : [];
}

function figureMissingRefusal(question: string, nearest: Citation): { answer: string; citations: Citation[] } {
  const asked = question.match(ASKED_COUNT)?.[0].replace(/[吗呢啊呀了的]+$/u, '') ?? '所问的数字';
  return refusedWithNearest(`给出${asked}`, nearest);
}
