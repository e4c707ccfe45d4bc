// What a section holds other than work done: what comes next, a plan heading (五、下步工作安排, 五、2024年工作打算,
// 今后工作) and a forward sentence ("下一步，我局将…"); and what went wrong, a heading that only lists problems
// (四、存在问题). Drafting reads them to keep past plans apart from work done, to list what earlier replies promised, and
// to quote no problem as evidence.

import { clausesOf } from './clauses.js';
import { HOLDS_DIGIT, RANGE_SYMBOL_CHARS } from './numerals.js';
import { UP_TO_WORDS } from './dates.js';

/** Headings that name plans in any document: 下步工作, 下一步, 今后工作, 工作打算. */
const PLAN_HEADING = /下步|下一步|打算|今后工作/u;

/**
 * A heading naming plans. In a reply a bare "工作安排" is what the bureau will do next; in a policy or notice
 * ("三、工作安排") it is what the document requires, not a plan.
 */
export function namesPlans(heading: string, inReply: boolean): boolean {
  return PLAN_HEADING.test(heading) || (inReply && heading.includes('工作安排'));
}

/** "下一步，…", "我局将继续…": a sentence saying what the writer will do. */
export const FORWARD_SENTENCE = /^(?:下一步|下步|今后|接下来|同时，下一步)|下一步.{0,10}将|(?:我局|我们|我市)(?:还)?将(?:继续|持续|进一步|加快|积极|认真|加大|全力|重点)/u;

/** A section listing problems ("四、存在问题", "问题与不足"): what went wrong is neither work done nor policy. */
const PROBLEMS_HEADING = /存在(?:的)?问题|问题(?:与|和)不足|困难(?:和|与)问题|不足之处/u;
/** …unless its heading also names what was done about them ("存在问题及整改措施", "针对存在的问题采取的措施"). */
const REMEDY_HEADING = /整改|措施|对策|解决|做法|办理|答复|成效/u;

/** A heading that only lists problems ("四、存在问题"), not what was done about them. */
export function namesProblemsOnly(heading: string): boolean {
  return PROBLEMS_HEADING.test(heading) && !REMEDY_HEADING.test(heading);
}

/** Verbs of a thing built to the end, shared by a finish asked and a clause stating it done. */
const BUILT_VERB = '完工|建成|竣工';

/** A verb of finishing: what a finish asked ("最终完成了多少", "建成了没有") must be answered with. */
const FINISH_VERB = `(?:完成|${BUILT_VERB}|建好|投用|投入使用)`;

/** Words saying a figure is what was actually done or holds now ("实际", "已经"), not what was planned. */
export const ACTUALLY_WORDS: readonly string[] = ['实际', '已经'];
/** Words saying what a matter came to in the end ("最终", "最后"). */
export const IN_THE_END_WORDS: readonly string[] = ['最终', '最后'];

/**
 * What was actually done, or what holds now, asked: "实际达到了多少", "已经提到…了吗"; what a matter came to in the
 * end, 最终/最后 before a verb of finishing or reaching ("最终改造完成了多少", "最后建成了没有"; not "最后归谁").
 */
export const ASKS_WHAT_WAS_DONE = new RegExp(`${ACTUALLY_WORDS.join('|')}|(?:${IN_THE_END_WORDS.join('|')})[^，,。？?；;]{0,6}?(?:${FINISH_VERB}|达到)`, 'u');

/** Words asking what is planned or targeted rather than what was done ("10月底计划完成多少", "目标是多少"). */
const PLAN_ASKING_WORDS: readonly string[] = ['计划', '目标', '力争', '争取', '预计'];

/** A verb of finishing with 了 or 没: what was done is asked ("任务完成了多少", "计划内的完成了几个"). */
const ASKS_DONE_WITH_LE = new RegExp(`${FINISH_VERB}(?:了|没)`, 'u');

/**
 * The plan or target asked, not a figure reached: "10月底计划完成多少个", "年底的目标是多少". Not when the question also
 * asks what was actually done, with 了 or up to a point ("10月底计划内的小区完成了多少", "截至10月底…实际完成了多少").
 */
export function asksWhatIsPlanned(question: string): boolean {
  return (
    PLAN_ASKING_WORDS.some((w) => question.includes(w) && !question.includes(`${w}内`)) &&
    !ASKS_WHAT_WAS_DONE.test(question) &&
    !ASKS_DONE_WITH_LE.test(question) &&
    !UP_TO_WORDS.some((w) => question.includes(w))
  );
}

/** What a figure stood at by a year's end ("A2024年底覆盖率是多少"; not "2025年底要达到多少", which asks the target). */
const ASKS_AT_YEAR_END = /(?<!\d)((?:19|20)\d{2})\s*年\s*[底末](?:(?!要|将|能|目标|计划|力争|争取|预计|达到)[^，,。？?；;]){0,12}(?:是|为)多少/u;

/** A plan's period in its title: "三年行动方案（2024—2026年）", "2021-2025年规划". */
const PERIOD = new RegExp(`((?:19|20)\\d{2})\\s*年?\\s*[${RANGE_SYMBOL_CHARS}至到]\\s*((?:19|20)\\d{2})\\s*年`, 'u');

/**
 * What was done asked: the forms above, or a figure at a year's end, unless the year is within the period of a plan the
 * library quotes ("2026年底…是多少" of a 2024—2026 plan): the plan's target for a year it runs to is the answer.
 */
export function asksWhatWasDone(question: string, titles: readonly string[] = []): boolean {
  if (ASKS_WHAT_WAS_DONE.test(question)) return true;
  const yearEnd = ASKS_AT_YEAR_END.exec(question);
  if (!yearEnd) return false;
  const year = Number(yearEnd[1]);
  return !titles.some((title) => {
    const period = PERIOD.exec(title);
    return period !== null && Number(period[1]) <= year && year <= Number(period[2]);
  });
}

/** What a matter came to in the end, asked as a finish ("最终改造完成了多少个"): a start ("目前已开工48个") is no answer. */
export const ASKS_FINAL_FINISH = new RegExp(`(?:${IN_THE_END_WORDS.join('|')})[^，,。？?；;]{0,6}?${FINISH_VERB}`, 'u');

/** A word of finishing in a clause: "已开工项目完成投资2.1亿元" says what was finished, not only what started. */
export const FINISH_WORD = new RegExp(FINISH_VERB, 'u');

/**
 * Whether a thing was finished, asked: "建成了没有", "完工了吗", "是否已经竣工", "有没有建好". The 没有/吗 ends the ask:
 * "建成没多久就坏了" and "竣工未验收的小区" say when or in what state, they do not ask whether.
 */
export const ASKS_WHETHER_FINISHED = new RegExp(`${FINISH_VERB}了?(?:没有|没|吗)(?=[？?，,。！!]|$)|是否(?:已经?)?${FINISH_VERB}|(?:有没有|有无)${FINISH_VERB}`, 'u');

/** A clause saying work has started or is under way, not that it is finished: "目前已开工48个", "启动建设…", "正在施工". */
export const STARTED_CLAUSE = /开工|动工|启动建设|开始建设|正在(?:建设|施工|改造)|在建/u;

/** 要 as a duty or a will ("要求", "要在…前", "各区要着力…"), not a part of 主要, 重要, 需要, 纲要, 只要, 要点, 要件. */
const DUTY_YAO = '(?<![主重需纲摘概简只])要(?![点素件闻])';

/**
 * A plan, a will or a by-when governing a verb: 将, 拟, 要 as a duty (要求, 要在; not 主要, 重要, 需要 as 需要的), a date
 * before 前 ("6月30日前", "年底前"; not 目前, 提前).
 */
const GOVERNING_PLAN_WORD = `将|${DUTY_YAO}|拟|确保|预计|力争|争取|计划|[年月日号底末]前|以内`;

/** A clause saying something is finished, unless a plan, a will or a by-when governs its verb ("将于年底前建成"). */
const FINISHED_CLAUSE = new RegExp(`^(?:(?!${GOVERNING_PLAN_WORD}).)*${FINISH_VERB}`, 'u');

/**
 * A clause led by a plan, a target or a change still being studied (计划改造, 目标是, 力争, 拟, 研究将…提高到). A plan
 * word as a noun does not lead it: "列入改造计划的88个小区", "纳入年度计划", "超额完成年度目标", "积极争取中央资金"
 * name a plan or a target, they do not state the figure as planned.
 */
export const PLANNED_CLAUSE =
  /(?<!(?:列入|纳入|下达|完成)[^，,。；;]{0,8})计划(?![的内外中之，,。；;、]|任务|目标|项目|表|书|清单|盘子)|目标(?:任务)?(?:是|为|[:：])|拟(?![定稿])|预计|力争|争取(?=[在于到\d]|年内|年底|提前|早日|尽快|完成|实现|达到|新增|改造|建成|开工)|打算|研究将/u;

/**
 * A clause stating what was done (实际完成, 已全部完工, 已于11月底前全部完工, 超额完成, 累计改造), after a plan in the
 * same sentence or naming one ("列入改造计划的88个小区已于…完工").
 */
export const DONE_CLAUSE = new RegExp(
  `${ACTUALLY_WORDS.join('|')}|已(?:全部)?(?:完成|${BUILT_VERB}|达到|开工|改造|新增|发放)|已于[^，,。；;]{0,12}(?:完成|${BUILT_VERB}|开工)|(?:全部|全面)(?:${BUILT_VERB})|超额完成|完成了|累计(?:完成|改造|建成)`,
  'u',
);

/**
 * The clauses of a sentence no plan governs: a plan word governs the clauses after it until one says what was done
 * ("计划改造60个，目前已开工48个" leaves "目前已开工48个"); a sentence saying what the writer will do leaves none. When a
 * final finish is asked, a start governs like a plan ("目前已开工48个" says how many were started, not yet done).
 */
export function unplannedClauses(sentence: string, finishAsked = false): string[] {
  if (FORWARD_SENTENCE.test(sentence)) return [];
  let planned = false;
  const unplanned: string[] = [];
  for (const clause of clausesOf(sentence)) {
    if (finishAsked && STARTED_CLAUSE.test(clause) && !FINISH_WORD.test(clause)) planned = true;
    else if (DONE_CLAUSE.test(clause)) planned = false;
    else if (PLANNED_CLAUSE.test(clause)) planned = true;
    if (!planned) unplanned.push(clause);
  }
  return unplanned;
}

/**
 * Whether a sentence states something finished ("已建成投用", "2023年12月全部完工"), not only started or planned:
 * "启动建设…，计划2023年底前建成投用" does not.
 */
export function statesFinished(sentence: string): boolean {
  return unplannedClauses(sentence).some((clause) => FINISHED_CLAUSE.test(clause));
}

/** A sentence stating a start or a plan: what a finish asked may be answered with instead of the finish itself. */
export function statesStartOrPlan(sentence: string): boolean {
  return FORWARD_SENTENCE.test(sentence) || clausesOf(sentence).some((clause) => STARTED_CLAUSE.test(clause) || PLANNED_CLAUSE.test(clause));
}

/** A question about what goes wrong or why ("存在哪些问题", "难在哪", "为什么"): a problem described answers it. */
export const ASKS_ABOUT_PROBLEM = /问题|困难|难点|难在|不足|短板|为什么|为何|原因|怎么回事|咋回事/u;

/**
 * The forms of a sentence that describes what goes wrong: its last clause says a problem occurs ("部分电梯出现“装得起、
 * 养不起”的问题"; not "杜绝出现…问题", which is a measure), or it opens on the few who still do wrong ("但仍有极少数的人…").
 */
const PROBLEM_OCCURS = /(?<!杜绝|防止|避免|减少|解决|防范|不再|发现)(?:出现|存在|面临)[^，,。；;]*(?:问题|现象|困难)[”」’]?$/u;
/** "但仍有极少数的人…": the few who still do wrong. Not a rule's proviso ("但有下列情形之一的，可以…"), which has no 仍/还. */
const STILL_SOME = /^(?:但|但是|然而)(?:仍|还)(?:有|存在)/u;
/**
 * A duty or a measure in the sentence ("各区要着力解决…存在的停车难问题", "应当及时整改…", "可申请减免"): it says what is
 * done about the problem, so it is no problem described only (要 as DUTY_YAO reads it).
 */
const MEASURE_WORD = new RegExp(`${DUTY_YAO}|应当|应该|必须|须|负责|着力|解决|整改|可以|可申请|予以`, 'u');

/**
 * Whether a sentence only describes a problem, stating no figure, no measure and nothing the writer will do: the problem
 * an answer's measure is for, not the measure ("…维护保养费用缺少保障，部分电梯出现…的问题").
 */
export function describesProblemOnly(sentence: string): boolean {
  const text = sentence.trim().replace(/[。！!…]+$/u, '');
  if (HOLDS_DIGIT.test(text) || FORWARD_SENTENCE.test(text) || MEASURE_WORD.test(text)) return false;
  return PROBLEM_OCCURS.test(text) || STILL_SOME.test(text);
}
