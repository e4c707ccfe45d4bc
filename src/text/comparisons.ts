// Wording that asks the same thing of two or more sides (places, documents, years): the one vocabulary the comparison
// split (src/answer/comparison.ts), the evidence gate, the place-agreement check and the each-document answer read.
// Each stage reads it at its own breadth, named on each pattern below.

import { periodEndingIn, TIME_POINT } from './dates.js';
import { monthEitherWay, CN_DIGIT_CHARS } from './numerals.js';

/** Asked of each side in turn: 分别, 哪边, 哪一方. */
const EACH_SIDE = '分别|哪边|哪一方';
/** Sides set against each other: 对比, 比较, 相比. */
const CONTRAST = '对比|比较|相比';
/** Two sides counted: 两份 (documents), 两地 (places). */
const TWO_SIDES = '两份|两地';

/**
 * Splitting "A和B…" into one question per side: the frame already names two sides, so a bare 各 or 都 and any 哪个 / 哪一
 * ask of each. (对比 / 比较 / 相比 do not: a question joining two places with them is split by its places instead.)
 */
export const ASKS_OF_EACH_SIDE = new RegExp(`${EACH_SIDE}|${TWO_SIDES}|各|哪个|哪一|都`, 'u');

/**
 * "甲区的完工时间和乙区的，哪个早", "两地谁先开工": which of two times comes first is asked, so each side is answered by a time.
 * Not the 后/先/早/晚 of another word ("哪个后续管理更完善", "哪个先进", "哪个晚上").
 */
export const ASKS_WHICH_EARLIER = /(?:哪个|哪边|哪一[个方份边]?|谁)的?更?(?:早|晚|先|后)(?!续|期|进|上|晨|来|面|者|果|台|盾)/u;

/**
 * The evidence gate: the question may be answered from several passages, one per side, which together hold what is
 * asked. Broad (a bare 各, 两个, 双方; 哪个 only as 哪个更): it only widens where the evidence may come from.
 */
export const SPANS_SIDES = new RegExp(`${EACH_SIDE}|${CONTRAST}|${TWO_SIDES}|各|哪个更|两个|双方`, 'u');

/**
 * Place agreement: the question weighs the places it names against each other ("…和A甲区比，哪个高？", "两地各…"),
 * so an answer must speak of each. Not a bare 各 ("乙区各类项目", "各小区"), which speaks of one place's many things.
 */
export const WEIGHS_SIDES = new RegExp(`${EACH_SIDE}|${CONTRAST}|哪个|[两二俩]地各|两者各|二者各|各自|比[，,]`, 'u');

/**
 * "两份答复里各自发了多少…": the same asked of several documents the question does not name, so the best sentence of
 * a second document joins the answer. Not 哪边 / 哪一方 (which asks to choose a side).
 */
export const ASKS_EACH_DOCUMENT = new RegExp(`分别|${TWO_SIDES}|两个(?:文件|答复|地方|城市|项目)|各自|各是|各有`, 'u');

/**
 * "各县（市、区）…分别是多少", "各区分别改造了多少个": one figure asked of every unit of a level, which a list or a
 * table gives (several units named), not a city-wide figure or one unit's (read only with a figure asked).
 */
// Not the first character of a longer word: 各市直部门, 各市场主体, 各区域, 各县级.
export const ASKS_EACH_UNIT = /(各(?:县[（(](?:市、)?区[)）]|县区|县|区|市|乡镇|街道|城区))(?![直场域级属])[^？?。]{0,30}?分别/u;

/**
 * "甲区加装电梯每台补多少，跟A比哪个高？", "B2023年居民出资占比和C乙区比，哪个高？": what is asked of the
 * first place (group 1), then the place it is weighed against (group 2).
 */
export const WEIGHED_AGAINST = /^(.+?)[，,\s]*(?:跟|和|与|同)(\p{Script=Han}{2,10}?)(?:相)?比(?:较|一下)?[，,\s]*(?:哪个|哪边|哪里|谁|是不是|是否)?(?:的)?(?:更)?(?:高|低|多|少|大|小)/u;

/** A place rated against another, as named ("甲区", "某某经济开发区"): longer runs are the topic's words, not a place. */
const RATED_PLACE_MAX_CHARS = 10;
/** The part of the topic named beside the first place ("的新建项目"): a short noun phrase. */
const RATED_PART_MAX_CHARS = 8;
/**
 * "工资保证金单个工程的最高额度，甲区比乙县高吗", "区级奖补，甲区的新建项目比乙区给得多吗": a topic, then whether one
 * place (group 2) gives more than another (group 4); group 3 is the part of the topic asked ("新建项目"). Whether it is
 * higher needs both places' figures. Not a difference asked ("比乙区多改造了几个", ASKS_DIFFERENCE).
 */
export const RATED_AGAINST = new RegExp(
  `^(.+?)[，,\\s]+(\\p{Script=Han}{2,${RATED_PLACE_MAX_CHARS}}?)(?:的(\\p{Script=Han}{1,${RATED_PART_MAX_CHARS}}?))?比(\\p{Script=Han}{2,${RATED_PLACE_MAX_CHARS}}?)(?:的(?:标准|规定|额度|要求|政策))?(?:给|补|定|要|收)?得?(?:更|还)?(?:高|低|多|少|大|小|长|短)(?:吗|不|么|呢|没有)?[？?。]*$`,
  'u',
);

/** A unit's short name before its 区/县/市/州/旗 ("经开", "高新"): a few characters, not a phrase ending in 区. */
const UNIT_STEM_MAX_CHARS = 5;
/**
 * A unit's short name the tagger does not take for a place ("经开区", "甲县"), beside a place on the other side of a
 * comparison. Not an area of a unit (小区, 社区, 园区, 片区, 城区).
 */
export const UNIT_NAME = new RegExp(`^\\p{Script=Han}{1,${UNIT_STEM_MAX_CHARS}}(?<![小社园片城街校厂景])(?:区|县|市|州|旗)$`, 'u');

/**
 * "2024年完成的小区比2023年多了多少个？", "两年之间…差多少": the difference between two figures is asked, not either
 * figure alone.
 */
export const ASKS_DIFFERENCE = /(?:比(?![例较重率])|相比|较(?![为好差高低大小多少])|年度?之间|同比)[^？?。]*?(?<![至最不])(?:差|多|少|增长|增加|减少|涨|下降|提高|降低)了?(?:多少|几)/u;

/**
 * A sentence stating a difference: "2024年完成数比2023年多15个", "比上年增长22.4%", "同比增长18.6%". Not 比例 ("业主同意
 * 比例至少三分之二").
 */
export const STATES_DIFFERENCE = new RegExp(String.raw`比(?![例较重率])[^，,。；;]{0,16}?(?:多|少|增加|减少|增长|下降|提高|降低)了?\s*[\d${CN_DIGIT_CHARS}百千万两.]+|同比(?:增长|下降|增加|减少|提高|降低)\s*[\d.]+`, 'u');

/**
 * "A和B甲区，装一台电梯的补助哪个高": the ask weighing the sides' figures, which neither side's own question
 * can keep ("A装一台电梯的补助哪个高" asks nothing of A alone): each side asks its figure (是多少) instead.
 */
export const WEIGHING_ASK = /[，,\s]*(?:比)?(?:哪个|哪边|哪家|哪里|谁)(?:的)?更?(?:高|低|多|少|大|小)(?:一些|一点|些|点)?(?:呢|啊)?[？?。!！]*$/u;

/**
 * "甲区楼道灯的电费是谁出的，跟我们A的规定一样吗", "乙区对引入物业的小区一次性奖补，B现在也有吗": what is
 * asked or said of the first place (group 1), then whether another place (group 2) does the same: both places' answers.
 */
export const ASKED_ALIKE_OF =
  /^(.+?)[，,\s]+(?:(?:跟|和|与|同)(\p{Script=Han}{2,10}?)(?:的(?:规定|做法|标准|政策|要求))?(?:是不是|是否)?(?:一样|相同|一致)|(\p{Script=Han}{2,10}?)(?:现在|目前|那边|这边)?也(?:有|是|这样|这么))/u;

/**
 * "如果一楼住户不同意，…": a clause setting a condition on the asks after it. It is no topic both asks are of: the asks
 * under one condition are one question.
 */
export const CONDITION_CLAUSE = /^(?:如果|假如|假若|假设|倘若|要是|若是|若|万一|一旦)/u;

/**
 * "我区…补助12万元，比甲区高2万元", "与乙区相比": the place a sentence measures itself against. The fact is the
 * sentence's own place's (its issuer's), not the place compared with.
 */
const COMPARED_AGAINST = /(?:比|较)\p{Script=Han}{2,10}?(?=高|低|多|少|增|减|提高|下降|快|慢)|(?:与|和|跟|同)\p{Script=Han}{2,10}?(?=相比|相较|比较)/gu;

/** A sentence without the places it is compared against, for asking which place it speaks of. */
export function withoutComparedAgainst(sentence: string): string {
  return sentence.replace(COMPARED_AGAINST, ' ');
}

/** "占全年计划几成", "占比多少": a clause asking what share the figure asked before it is. */
const SHARE_OF_PREVIOUS = /^(?:约|大约)?占/u;

/** Whether a clause asks what share the figure asked in the clause before it is. */
export function asksShareOfPrevious(clause: string): boolean {
  return SHARE_OF_PREVIOUS.test(clause);
}

/** "A占多少", "其中甲区占几个": a clause asking one place's part of the figure asked in the clause before it. */
const PART_OF_PREVIOUS = /^(?:其中)?\p{Script=Han}{2,8}?占(?:多少|几)/u;

/** Whether a clause asks one place's part of the figure asked in the clause before it (PART_OF_PREVIOUS). */
export function asksPartOfPrevious(clause: string): boolean {
  return PART_OF_PREVIOUS.test(clause);
}

/** What is asked, asked as a figure ("…补助" → "…补助是多少"). */
function askedAsFigure(what: string): string {
  return `${what}是多少`;
}

/**
 * "改造小区的物业覆盖率，甲区": a clause naming its place last, after what is asked, asks it of that place
 * ("甲区改造小区的物业覆盖率是多少"); any other clause is kept as it is.
 */
export function askedOfPlaceFirst(ask: string, place: string): string {
  const m = ask.match(new RegExp(`^(.+?)[，,\\s]+${place}$`, 'u'));
  return m ? askedAsFigure(`${place}${m[1]}`) : ask;
}

/** The rest of a comparison asked of one side: a weighing ask ("…补助哪个高") becomes the side's figure ("…补助是多少"). */
export function askedOfOneSide(rest: string): string {
  return WEIGHING_ASK.test(rest) ? askedAsFigure(rest.replace(WEIGHING_ASK, '')) : rest;
}


/**
 * "甲区2023年和2024年改造的小区数一样吗", "开工率，6月底和7月底分别是多少": two years or two months joined, each a
 * side (groups 1 and 2). Not a span ("2023年至2024年"), which is one period.
 */
export const TIME_POINT_PAIR = new RegExp(`(${TIME_POINT})(?:和|与|跟|同|及)(${TIME_POINT})`, 'u');

/** "…一样吗", "…是否相同": whether the sides are alike, asked of each side as its figure. */
export const ASKS_ALIKE = /(?:是不是|是否|有没有)?(?:一样|相同|一致|变化)(?:吗|呢|么)?[？?。!！]*$/u;

/** Something counted or measured ("小区数", "补助标准", "开工率"): what two time points can be asked alike as figures. */
const NAMES_MEASURE = /数|量|率|比例|占比|标准|金额|额度|面积|规模|价|费|补助|补贴|奖补|资金|投资|多少|几/u;

/**
 * Whether a question asks two time points alike or each in turn ("…一样吗", "分别", "各", "哪年多"). Alike only of a
 * measure: "审批流程…有没有变化" asks no figure of each year and is answered as one question.
 */
export function asksOfEachTimePoint(question: string): boolean {
  return ASKS_OF_EACH_SIDE.test(question) || (ASKS_ALIKE.test(question) && NAMES_MEASURE.test(question.replace(ASKS_ALIKE, ''))) || WEIGHING_ASK.test(question);
}

/** The rest of a question asked of one time point: "…一样吗" and "…哪个高" become the side's figure ("…是多少"). */
export function askedOfOneTimePoint(rest: string): string {
  const each = rest.replace(/各自|各|分别/gu, '');
  return ASKS_ALIKE.test(each) ? askedAsFigure(each.replace(ASKS_ALIKE, '')) : askedOfOneSide(each);
}

/**
 * Whether a text states the time point a side is ("2024年底" → 2024; "6月底" → 6月, "1—6月" too): a side's answer must
 * speak of its own year or month, not the other's. The text may write the month in numerals ("截至九月底").
 */
export function statesTimePoint(text: string, point: string): boolean {
  const year = point.match(/(?:19|20)\d{2}/u)?.[0];
  if (year) return new RegExp(`(?<!\\d)${year}(?!\\d)`, 'u').test(text);
  const month = point.match(/\d{1,2}/u)?.[0];
  if (!month) return false;
  const period = periodEndingIn(month);
  return new RegExp(`${monthEitherWay(month)}\\s*月${period ? `|${period.source}` : ''}`, 'u').test(text);
}
