// The figure a how-many question asks for ("多少户", "几个工作日", "比例多少") and whether a text states one: the one
// rule the answer's sentence choice and the answer check after it both read.
import { clausesOf, statementClauseStart } from './clauses.js';
import { FIGURE_KINDS } from './figureKinds.js';
import { COUNTERS, figuresAsDigits, withoutStatedYears, CN_DIGIT_CHARS } from './numerals.js';
import { tableFigures } from './tables.js';
import { CHANGES_LEVEL_TO, NEW_VALUE_MARK } from './levelChange.js';
import { YEAR_POINT } from './dates.js';
import { ASKS_WHAT_IS_PROPOSED, PROPOSED } from './inForce.js';
import { unplannedClauses } from './plans.js';
import { anyOfWords, CONTENT_ASKING_WORDS, TIME_ASKING_WORDS } from './questionWords.js';

/**
 * A figure in a sentence's digit form ("3 个"; "二十户" once figuresAsDigits has made it "20户"; numerals inside words,
 * "统一", "一户一表", stay no figure). Always test a text through statesFigure: this pattern alone sees no Chinese numeral.
 */
export const HAS_FIGURE = /\d|百分之/;

/**
 * A threshold or target the asker sets ("合格率低于85%的单位", "质保期延长到6年", "权重提高到30分", "控制在5个工作日内"): the
 * comparison or change of level (CHANGES_LEVEL_TO) before the figure.
 */
const SETS_FIGURE_WORDS = `(?:低于|高于|超过|少于|多于|不少于|不低于|不超过|不高于|达到|控制在|${CHANGES_LEVEL_TO})`;
const SETS_FIGURE = new RegExp(`${SETS_FIGURE_WORDS}\\s*(\\d+(?:\\.\\d+)?)`, 'gu');

/** A figure an ask proposes, and the words of its clause before it (where what the figure measures is named). */
export interface ProposedFigure {
  /** The figure as digits: "85" of 低于85%. */
  figure: string;
  /**
   * Its clause up to the comparison or change of level: "对合格率" of "对合格率低于85%的单位…" (statementClauseStart: a
   * colon ends the clause, ！ and ？ do not).
   */
  before: string;
}

/**
 * The figures an ask proposes (SETS_FIGURE): the proposer's own number, which the library may hold by chance
 * ("入住率不低于85%" for an ask on 合格率低于85%) or as the rule already in force ("公告期不少于7日").
 */
export function proposedFigures(ask: string): ProposedFigure[] {
  const text = figuresAsDigits(ask);
  return [...text.matchAll(SETS_FIGURE)].map((m) => {
    const at = m.index ?? 0;
    return { figure: m[1], before: text.slice(statementClauseStart(text, at), at) };
  });
}

/** Questions that ask how much or how many (not when, not 哪几类 which asks for the items): answered only by a figure. */
export const ASKS_FOR_QUANTITY = /多少|(?<!哪)几(?![月号点时天日])[\p{Script=Han}]|多大|多长|多久|多高|多宽|多远|比例|占比/u;

/**
 * Whether a text states a figure of the pattern's kind (HAS_FIGURE, askedFigure…), its Chinese numerals read as numbers
 * only where they are numbers, and a table's figures in the unit of their column ("小区数（个）" → "22个").
 */
export function statesFigure(text: string, pattern: RegExp = HAS_FIGURE): boolean {
  return pattern.test(figuresAsDigits(text)) || tableFigures(text).some((figure) => pattern.test(figure));
}

/**
 * An amount: a figure in money, a share, a length or area, or a count ("每户600元", "40%", "92公里", "8个"); not a date,
 * nor an ordinal or a set phrase that reads as a count once its numeral is a digit ("第二批" → 第2批, "一次性" → 1次性).
 */
const AMOUNT = new RegExp(`(?<!第\\s*[\\d.]*)\\d[\\d.]*\\s*(?:万|亿)?\\s*(?:元|%|％|公里|平方米|米|[${COUNTERS}])(?!性)`, 'u');

/** Whether a text states an amount (AMOUNT), its numerals read as digits. */
export function statesAmount(text: string): boolean {
  return statesFigure(text, AMOUNT);
}

/** A share asked ("比例", "占比", "几成", "收缴率是多少"): answered by a percentage. */
const ASKS_FOR_SHARE = /比例|占比|几成|多少成|百分之几|百分比|\p{Script=Han}率/u;
/** A share asked in words that ask a percentage ("比例", "几成", "百分之多少"), not only by a rate's noun. */
const ASKS_SHARE_AS_SHARE = /比例|占比|几成|多少成|百分之(?:几|多少)|百分比/u;

/**
 * A rate named by its noun ("收缴率是多少", "开工率达到多少", "容积率多少"): the noun, its one or two characters before 率
 * ("收缴率"; not the 的 of "…的利率").
 */
const NAMED_RATE = /([^\P{Script=Han}的是]?\p{Script=Han}率)/u;

/** The words giving a rate its value just before the figure: "为", "达", "约", a threshold or a new level (SETS_FIGURE_WORDS, NEW_VALUE_MARK). */
const GIVES_RATE_VALUE = `(?:${SETS_FIGURE_WORDS}|${NEW_VALUE_MARK}|是|达|约|按)`;

/**
 * The value of a rate named by its noun: a percentage ("收缴率98%"), or the figure the noun is given through a word that
 * gives a value (GIVES_RATE_VALUE) when the rate is a ratio ("容积率不超过2.4", "绿地率为0.35"). Not a year written after
 * it ("开工率2025年…"), nor a figure counting something else ("…率排名靠后的3个区", "提高5个百分点").
 */
function statesNamedRate(noun: string): RegExp {
  return new RegExp(
    `${STATES_SHARE.source}|${noun}[^，,。；;：:\\d]{0,8}?${GIVES_RATE_VALUE}\\s*\\d+(?:\\.\\d+)?(?![\\d.]|\\s*(?:[年月日${COUNTERS}]|个?百分点))`,
    'u',
  );
}

/**
 * The value of a rate the question asks by its noun, not as a share ("容积率是多少", "开工率达到多少"; not "…占百分之几"):
 * a percentage or the figure given the noun (statesNamedRate). Undefined when the figure asked is another (a count asked
 * first: "新开了几个工地，开工率多少"). What a passage must state for the rate to be its answer; the sentence an answer
 * quotes is still chosen by askedFigure's percentage, which quotes on past a ratio ("容积率不超过2.4") from another
 * document than the one asked.
 */
export function namedRateFigure(question: string): RegExp | undefined {
  if (askedFigure(question) !== STATES_SHARE || ASKS_SHARE_AS_SHARE.test(question)) return undefined;
  const noun = question.match(NAMED_RATE)?.[1];
  return noun ? statesNamedRate(noun) : undefined;
}

/** The words naming a share whose size 多大 or 占 asks ("比例", "比重", "占比"). */
const SIZED_SHARE_WORD = '(?:比例|比重|占比|份额|百分比)';

/** "占总投资多大比例", "出多大比重": 多大 of a share word sizes the share, neither an area nor a sum of money. */
const ASKS_SIZE_OF_SHARE = new RegExp(`多大(?:的)?${SIZED_SHARE_WORD}`, 'u');

/** Whose share a 过半 / 半数 states: the owners', the households', the votes' ("过半数业主", "户数过半"). */
const HALF_OF_WHOM = '(?:业主|住户|户|人|居民|表决|投票|票|同意)';
/** A percentage: "82%", "百分之三十" (regular-expression source). */
const PERCENT = '\\d\\s*[%％]|百分之';
/**
 * A share as documents state it: "82%", "百分之三十", "1:1", "八成", "三分之二"; "过半" / "半数" only of owners,
 * households or votes ("过半数业主", "户数过半", "半数以上业主同意"), not of a slogan ("时间过半、任务过半").
 */
const STATES_SHARE = new RegExp(
  `${PERCENT}|\\d\\s*[:：∶比]\\s*\\d|\\d\\s*成|[${CN_DIGIT_CHARS}\\d]\\s*分之\\s*[${CN_DIGIT_CHARS}\\d]|${HALF_OF_WHOM}[^，,。；;、]{0,6}(?:过半|半数)|(?:过半|半数)(?:数|以上)?(?:的)?${HALF_OF_WHOM}`,
  'u',
);

/**
 * What a share asked is a share of: the two characters right before 比例 / 占比 ("居民出资比例" → "出资", "抽查比例" →
 * "抽查"; none in "有什么比例限制", "…的比例"). A percentage of another thing ("抽查比例不低于20%", asked 出资比例) is
 * another figure.
 */
export function shareSubject(question: string): string | undefined {
  const subject = question.match(/(\p{Script=Han}{2})(?:比例|占比)/u)?.[1];
  if (subject && !NAMES_NO_SUBJECT.test(subject)) return subject;
  const beforeZhan = question.match(SUBJECT_BEFORE_ZHAN)?.[1];
  return beforeZhan && !NAMES_NO_SUBJECT.test(beforeZhan) ? beforeZhan : undefined;
}

/** "有什么比例限制", "的比例", "占多大比例", "自己出的钱占": how the asker asks, no subject named. */
const NAMES_NO_SUBJECT = /[的么少哪几何啥些]|多大/u;

/** "财政补助占改造总投资多大比例": the share is the one of what stands before 占 ("补助"). */
const SUBJECT_BEFORE_ZHAN = new RegExp(`(\\p{Script=Han}{2})占[^，,。；;？?]*?${SIZED_SHARE_WORD}`, 'u');

/** Whether a question asks the size of a share ("占总投资多大比例", "出多大比重"). */
export function asksSizeOfShare(question: string): boolean {
  return ASKS_SIZE_OF_SHARE.test(question);
}

/** A word naming a share ("比例", "占比"): a passage stating a percentage ("不得超过…15%") speaks of it. */
const SHARE_WORD = /^(?:比例|占比|百分比|比重)$/u;

/** Whether a text states a share where a question's share word ("比例限制") asks about one. */
export function holdsShareWord(word: string, text: string): boolean {
  return SHARE_WORD.test(word) && statesFigure(text, STATES_SHARE);
}

/** Whether a text states a sum per unit where an ask's 标准 ("提高补助标准") asks what the standard is. */
export function holdsRateWord(word: string, text: string): boolean {
  return RATE_WORD.test(word) && statesFigure(text, STATES_RATE);
}

/**
 * The text with the word its figures stand for: a sum per unit ("每户8000元") states a standard without writing 标准, so
 * an ask to raise the 补助标准 is measured against what the text says the standard is.
 */
export function withStatedRateWord(text: string): string {
  return statesFigure(text, STATES_RATE) && !text.includes('标准') ? `${text}（标准）` : text;
}

/** A word naming a rate of payment ("补助标准", "奖补标准", "收费标准"): what a sum per unit states. */
const RATE_WORD = /^标准$/u;
/**
 * A sum per unit as documents state a standard without the word: "每户8000元", "每台电梯补助12万元", "按60元/平方米",
 * "每平方米补助40元". Per a countable unit: a sum each year or month ("市财政每年安排专项资金2000万元") is a budget,
 * not a standard.
 */
const STATES_RATE = /每(?:户|台|部|栋|幢|套|间|个|处|座|人|平方米|㎡|m2|延长米|米|公里|吨|餐)[^，,。；;\d]{0,10}\d+(?:\.\d+)?\s*(?:万|千)?元|\d+(?:\.\d+)?\s*(?:万|千)?元\s*[/／每]\s*(?:户|台|部|栋|幢|套|间|个|处|座|人|平方米|㎡|m2|米|吨)/u;

/** Who consents to a project: the owners or households ("业主", "住户", "户", "人", "居民", "家"). */
const CONSENTING_PERSON = '(?:业主|住户|户|人|居民|家)';
/**
 * "要多少业主同意", "几成住户点头才能报", "得多少人签字同意": a consent threshold, which rules state as a share of the
 * owners ("三分之二以上业主同意", "户数过半"), not as a count. A person counted, or a share (几成): not how many offices
 * sign or meetings vote ("几个部门签字", "开几次会表决"), nor a length of time or a sum ("多少天内签字", "几万元表决").
 */
const ASKS_CONSENT_SHARE = new RegExp(
  `(?:(?:多少|几)(?!\\s*(?:个\\s*)?(?:天|日|工作日|月|年|周|小时|元|块|钱|万|成))[^，,。？?]{0,3}?${CONSENTING_PERSON}|几成|多少成)[^，,。？?]{0,6}(?:同意|点头|签字|表决|赞成)|(?:表决|同意)比例`,
  'u',
);
/** The words that ask something ("多少", "什么", "多久"): a question holding two of them asks two things. */
const ASKING_WORDS = anyOfWords([...CONTENT_ASKING_WORDS, ...TIME_ASKING_WORDS], 'gu');

/**
 * A consent threshold asked, and nothing else, in the question's own words (not the earlier question a follow-up
 * carries): "同意比例和公示期多长" asks two things, and the share alone would read as the whole answer.
 */
function asksConsentShareAlone(question: string): boolean {
  const own = question.replace(CARRIED_QUESTION, '');
  return ASKS_CONSENT_SHARE.test(own) && (own.match(ASKING_WORDS)?.length ?? 0) <= 1;
}

/**
 * What states a figure for this question: the share of a consent threshold asked, or any figure. Every check of
 * "a figure is stated" for a how-many question reads it.
 */
export function answeringFigure(question: string): RegExp {
  return asksConsentShareAlone(question) ? STATES_SHARE : HAS_FIGURE;
}

/** What a figure question counts ("多少户" → a number followed by 户). */
const UNIT_AFTER_ASK = /(?:多少|几)(平方米|万元|亿元|元|钱|户|个|栋|幢|项|批|期|年|条|所|家|类|人|名|米|公里|辆|次|间|套|处|部|台|倍)/;

/**
 * A count of people asked: "得几个人", "多少人", "几名", "居民代表至少几个", "需要几个监督员". Documents count people with 名,
 * 人 or 位 ("居民监督员不少于5名", "居民代表不少于三名"), whichever measure word the asker used. Not "哪几位" (which asks
 * who), nor a body of people counted as one ("几个委员会").
 */
const PEOPLE_ASKED = /(?<!哪)(?:多少|几)\s*个?\s*(?:人|名|位)|(?:代表|委员|人员|监督员|成员|专家)(?![会单性])[^，,。？?；;\d]{0,4}?(?<!哪)(?:多少|几)\s*个(?!\p{Script=Han})|(?<!哪)(?:多少|几)\s*个\s*(?:代表|委员|人员|监督员|成员|专家)(?![会组团队])/u;
/** How documents state a count of people ("不少于5名", "不少于三名", "3.2万人", "1.5万余人"). */
const STATES_PEOPLE_COUNT = /[\d〇一二两三四五六七八九十百千]\s*(?:万|千|百)?\s*(?:余|多)?\s*(?:个人|人|名|位)/u;

/** A cost or a subsidy asked in one clause ("总造价一般多少", "每台补助标准是多少"). */
const SUM_ASKED = new RegExp(`(?:${FIGURE_KINDS.map((k) => k.words.source).join('|')})[^，,。？?；;（(]{0,8}(?:多少|几)`, 'u');
/** The earlier question a follow-up's standalone form carries in closing brackets ("……吗？（补贴是多少）"). */
const CARRIED_QUESTION = /[（(][^（()）]*[）)]\s*$/u;

/**
 * A grant asked without its unit: "每台补多少", "拟补多少？", "补几？" (not "补多少户", which counts; nor 补 of another
 * word, "增补多少", "弥补多少", "填补", "候补", "递补", which make up a number, not pay a sum).
 */
const GRANT_ASKED = /(?<![增弥填候递])补(?:了)?(?:多少|几)(?![\p{Script=Han}\d])/u;

/**
 * A price or a payment asked without its unit: "一度电最多收多少", "一平米要掏多少", "停一次交几块钱" (not "收多少户",
 * which counts, nor "分哪几块", which asks parts, nor 验收, 接收, 提交, 交付 of projects, homes or papers).
 */
const PAYMENT_ASKED = /(?<![验接回吸签提移递成交])(?:收|交|缴|掏|付|花)(?:了|得)?(?:多少|几)(?:块|元)?钱?(?![\p{Script=Han}\d])|(?<!哪)(?:多少|几)块钱/u;

/**
 * Whether a sentence states the figure as done or as it stands, not only as a plan or a target: "2024年计划改造120个，
 * 实际完成126个" does (the clause after the plan says what was done); "2025年目标是累计达到300台", "下一步，我局将…计划
 * 新增停车位500个" and "研究将补助标准由每台10万元提高到13万元" do not. A plan word governs the clauses after it in its
 * sentence until one says what was done. With `finishAsked` ("最终完成了多少"), a clause saying work
 * started is not done either.
 */
export function statesFigureAsDone(sentence: string, figure: RegExp = HAS_FIGURE, finishAsked = false): boolean {
  return unplannedClauses(sentence, finishAsked).some((clause) => statesFigure(withoutStatedYears(clause), figure));
}

/**
 * A figure the asker says already holds: 已经 governing it through a change of level ("已经提到13万一台了", "已经涨到每平方米
 * 0.5元", "已经达到30%"). Not any number after 已经 ("已经建成20多年了", "已经有3个小区试点了"): an age (20多年, 5年以上) or
 * a count beside it claims no figure.
 */
const ASKERS_CLAIMED_FIGURE = new RegExp(
  String.raw`已经[^，,。？?；;\d]{0,8}?(?:提|涨|调|达|升|降|增|加|改|上调|下调)(?:高|整|加)?${NEW_VALUE_MARK}\s*(?:每[^\d，,。？?]{0,4})?(\d+(?:\.\d+)?)\s*([万亿千百]?)(?!\s*(?:[\d.年]|多年))`,
  'u',
);

/** A figure the asker says already holds (ASKERS_CLAIMED_FIGURE): as a pattern for the sentences stating it. */
export function askersFigure(question: string): RegExp | undefined {
  const m = figuresAsDigits(question).match(ASKERS_CLAIMED_FIGURE);
  return m ? new RegExp(`(?<![\\d.])${m[1].replace('.', '\\.')}\\s*${m[2]}`, 'u') : undefined;
}

/** Money named in a question ("资金缺口", "投资规模"): "多大" then asks a sum. */
const MONEY_ASKED = /资金|缺口|金额|投资|投入|费用|经费|预算|补助|补贴|钱/u;

/**
 * A height, width, depth or distance asked ("某塔有多高", "道路多宽"); not 多 of another word ("许多高层", "众多"), nor
 * "多高层" (multi-storey and high-rise) or "多高比例".
 */
const ASKS_LENGTH = /(?<![许很众诸差])多(?:高|宽|深|远)(?!层|比例)/u;
/** How documents state a length: "12米", "1.5公里", "6层". */
const STATES_LENGTH = /\d\s*(?:米|公里|千米|层)/u;

/** A time of day or a 是 right before 几点 ("晚上几点？", "协调会是几点？"): the question ends on the time asked. */
const CLOCK_TIME_BEFORE = '早上|早晨|上午|中午|下午|晚上|夜里|夜间|凌晨|傍晚|每天|每日|当天|是';

/**
 * "停车场晚上几点能进", "几点到几点不让干", "从几点开始", "协调会是几点？": a time of day asked, by a verb or a range after
 * 几点, or a time word before it. Not a count of points ("提了几点建议", "有几点不足", "哪几点？", "第几点？", "分几点开展").
 */
const ASKS_CLOCK_TIME = new RegExp(
  `(?<![哪第分有])几点(?:钟|半)?(?=到|至|开始|以后|以前|之前|前|后|起|能|可|才|不(?!足)|让|准|结束|关|开(?!展)|停|进|出)|(?:${CLOCK_TIME_BEFORE})(?:一般|大概|大约|都)?几点|几点钟`,
  'u',
);
/** How documents state a time of day: "19:00", "7时", "12时30分", "晚上8点". Not points made ("3点要求") nor "下降0.5点". */
const STATES_CLOCK_TIME = /\d{1,2}\s*[:：]\s*\d{2}|(?<![\d.])\d{1,2}\s*(?:时|点)(?![间期段要意建个项条措内做])/u;

/** "审批要多少天", "几个工作日": a length of time, answered by a figure of that unit ("10个工作日", "3至6个月"). */
const ASKS_DURATION = /(?:多少|几)\s*个?\s*(工作日|天|小时|周|个月)/u;
/** The units of time that 个 measures in a question ("几个工作日", "几个小时", "多少个月"); 个 before 天 or 周 counts things. */
const LENGTH_UNITS_AFTER_GE = /^(?:工作日|小时|个月)$/u;

/**
 * The figure a how-many question asks for, as a pattern a sentence's digit form (statesFigure) can satisfy: a count of
 * the unit asked ("多少户" → "13029户"), a sum ("多少钱" → "…万元"), an area, a share, a length of time ("多少天" →
 * "10个工作日"). Undefined when the question names no unit (any figure then answers it).
 */
export function askedFigure(question: string): RegExp | undefined {
  const asking = ownFigureQuestion(question);
  const figure = askedFigureByWording(asking);
  return figure && figure !== STATES_SHARE ? orShareOfBase(asking, figure) : figure;
}

/** A figure asked in a question's own words (ASKS_FOR_QUANTITY; not 第几, which asks which one, nor 几乎 / 几经 / 未几). */
const ASKS_A_FIGURE = new RegExp(`(?<![第未])(?!几[乎经])(?:${ASKS_FOR_QUANTITY.source})`, 'u');

/**
 * Words beside 多少 / 几 that name no figure of their own: fillers ("那东城区有多少？", "又是多少呢", "几何"), and the
 * last character of a year, month or place a follow-up only moves to ("那2024年多少？", "换成南区多少？").
 */
const NO_FIGURE_BEFORE = '那又呢是有还的也就都共年月份度区市县省镇乡村街旗州盟';
const NO_FIGURE_AFTER = '呢吗啊呀何个';
/** A measure noun or a verb right beside 多少 / 几 ("到位多少", "退件了多少件", "核定多少补助", "装了几台"). */
const NAMES_ITS_OWN_FIGURE = new RegExp(
  `(?![${NO_FIGURE_BEFORE}])\\p{Script=Han}(?:了|过)?(?:多少|几)|(?:多少|几)(?![${NO_FIGURE_AFTER}])\\p{Script=Han}`,
  'u',
);

/**
 * The words a follow-up's figure is asked in: its own when it names a figure itself ("收回了多少套（一共摸排了多少栋）",
 * "花了多少钱（修了几座桥）" ask a count and a sum of their own, not the earlier question's 栋 or 座); the earlier
 * question it carries when it only names a new year or place, with or without a bare 多少 ("那去年呢？", "那南区有多少？",
 * "那2024年是多少？" still ask 多少栋).
 */
function ownFigureQuestion(question: string): string {
  const own = withoutCarriedQuestion(question);
  return own !== question && ASKS_A_FIGURE.test(own) && NAMES_ITS_OWN_FIGURE.test(own) ? own : question;
}

/**
 * A level a sum or an area is taken to, or the part it may take, asked without naming a unit: "发放到多少", "可以占多少",
 * "最高不超过多少", "上限是多少" (not "多少万元", which names its unit, nor "到多少户", which counts).
 */
const ASKS_LEVEL_OR_PART = /(?:占|到|至|达|超过|最多|最高|上限)[^，,。？?；;\d]{0,3}?(?:多少|几)(?![\p{Script=Han}\d])/u;
/** A question asking a cap ("奖补最多给多少", "上限是多少"), not only a level reached ("目前发放到多少"). */
const ASKS_A_CAP = /最多|最高|上限|超过|封顶/u;
/** A cap a document sets just before what it caps: "不得超过…", "最高…", "上限为…". */
const CAP_WORDS = '(?:不得?超过|不应超过|不得?高于|最高(?![峰的])|最多(?!的)|上限(?:为|是)?|封顶)';
/** A level a document says a sum is taken to: "拨付至…", "下达到…", "达…", "占…". */
const REACH_WORDS = '(?:至|到|达|占)';
/**
 * A share of a named base after those words, in the same clause ("…不得超过设备购置费的7%", "最高可达总投资的30%"):
 * base, 的, percentage. A level reached between them (…不超过规定期限拨付至该笔资金的70%) is what the share measures.
 */
const shareOfBaseAfter = (words: string) => `${words}(?:可[达到至]|[^，,。；;：:\\d至到达]){0,12}?的\\s*\\d*\\.?(?:${PERCENT})`;
/**
 * A figure stated as a share of a named base: documents cap or stage a sum or an area so ("奖补不高于设备购置费的7%",
 * "验收后发放到奖补资金的85%"), and the share is then the level asked. Asked a cap, only a share capped answers: a
 * share a sum has reached (its payment progress) is no cap.
 */
const STATES_CAPPED_SHARE = shareOfBaseAfter(CAP_WORDS);
const STATES_REACHED_OR_CAPPED_SHARE = shareOfBaseAfter(`(?:${CAP_WORDS}|${REACH_WORDS})`);

/** The figure asked, or, for a level or a part asked without a unit (ASKS_LEVEL_OR_PART), also a share of a base. */
function orShareOfBase(question: string, figure: RegExp): RegExp {
  const own = withoutCarriedQuestion(question);
  if (question.match(UNIT_AFTER_ASK) || !ASKS_LEVEL_OR_PART.test(own)) return figure;
  return new RegExp(`${figure.source}|${ASKS_A_CAP.test(own) ? STATES_CAPPED_SHARE : STATES_REACHED_OR_CAPPED_SHARE}`, 'u');
}

function askedFigureByWording(question: string): RegExp | undefined {
  if (asksConsentShareAlone(question)) return STATES_SHARE;
  const unitAsked = question.match(UNIT_AFTER_ASK);
  const unit = unitAsked?.[1];
  const duration = question.match(ASKS_DURATION);
  // "几个工作日", "多少个月": 个 measures a length of time there, not a count of things; "几个周转…", "几个天桥" count things.
  if (unit === '个' && duration?.index === unitAsked?.index && LENGTH_UNITS_AFTER_GE.test(duration![1])) return durationFigure(duration![1]);
  // Only a count asked in 个 needs the people measure: "多少人", "几名" keep their own unit.
  if (unit === '个' && PEOPLE_ASKED.test(question)) return STATES_PEOPLE_COUNT;
  if (unit === '个') return countOfItemsAsked(question) ?? countOf(unit);
  if (unit) return countOf(unit);
  if (ASKS_SIZE_OF_SHARE.test(question)) return STATES_SHARE;
  // "资金缺口有多大": a sum of money, not an area.
  if (/多大/.test(question) && MONEY_ASKED.test(question) && !/面积/.test(question)) return countOf('元');
  // "按面积一平米交多少": 面积 is what a rate is per, not an area asked.
  if (/多大/.test(question) || (/面积/.test(question) && !ASKS_FOR_RATE.test(question))) return /\d\s*(?:[万亿]\s*)?(?:平方米|亩)/;
  if (ASKS_FOR_SHARE.test(question)) return STATES_SHARE;
  // "有多高", "多宽", "多远": a length, stated in metres or storeys (not 多长, which mostly asks a length of time); "补助
  // 有多高" asks a sum.
  if (ASKS_LENGTH.test(question) && !MONEY_ASKED.test(question)) return STATES_LENGTH;
  // "总造价一般多少", "补助标准是多少": a cost or a subsidy is a sum of money, whatever unit the asker leaves out (in the
  // question's own words: a follow-up's standalone form carries the earlier question in closing brackets).
  if (SUM_ASKED.test(question.replace(CARRIED_QUESTION, ''))) return countOf('元');
  // "每台补多少？", "补多少？": what is granted, a sum of money (a count would name its unit: "补了多少户").
  if (GRANT_ASKED.test(question.replace(CARRIED_QUESTION, ''))) return countOf('元');
  if (PAYMENT_ASKED.test(question.replace(CARRIED_QUESTION, ''))) return countOf('元');
  if (ASKS_CLOCK_TIME.test(question)) return STATES_CLOCK_TIME;
  return duration ? durationFigure(duration[1]) : undefined;
}

/**
 * A length of time asked without its unit: "审批要多久", "要多长时间", "评审时限是多少", "公示期多长" (a 期 or a 时限
 * asked by 多少 or 多长; "道路多长" asks a length in metres). Not how often ("多久抽查一次", "多久巡查一回": "每月一次").
 */
const ASKS_LENGTH_OF_TIME = /(?:多久|多长时间|多少时间|(?:时限|期限|时长|周期|期)\s*(?:是|为|有|要|需要|一般|大概)?\s*多(?:少|长))(?![^，,。；;？?]{0,6}?一\s*(?:次|回|趟|遍))/u;
/**
 * How documents state a length of time in any unit: "10个工作日", "30日内", "3个月", "半年", "2小时"; not a date ("4月30日"),
 * a calendar year ("2025年") nor a span looked back on ("近3年", "5年来", "实施2年以来").
 */
const STATES_LENGTH_OF_TIME = new RegExp(
  `(?<![\\d.月近])(?!${YEAR_POINT})(?:\\d+(?:\\.\\d+)?|半)\\s*(?:个\\s*月|(?:个\\s*)?(?:工作日|天|日|小时|周|星期|年))(?!\\s*以?来)`,
  'u',
);

/**
 * A length of time asked without its unit ("审批要多久", "评审时限是多少"), when no unit or kind of figure is asked
 * (askedFigure): a passage stating one in any unit (STATES_LENGTH_OF_TIME) speaks of it. What a passage must state for
 * the ranking to keep it first; an answer's sentence is not held to it: the sentence giving a length of time in another
 * document than the one asked would read as the answer.
 */
export function lengthOfTimeAsked(question: string): RegExp | undefined {
  return !askedFigure(question) && ASKS_LENGTH_OF_TIME.test(question) ? STATES_LENGTH_OF_TIME : undefined;
}

/** How documents state a length of time in the unit asked ("10个工作日", "3个月", "半天"). */
function durationFigure(unit: string): RegExp {
  // Days are also written 日 ("公示期不少于10日"), but "4月30日" is a date, not a length of time.
  return unit === '天' ? /(?:^|[^月\d])(?:\d+|半)\s*个?\s*(?:天|日|工作日)/u : new RegExp(`[\\d半]\\s*个?\\s*${unit}`, 'u');
}

/** The thing a "几个…" question counts, first two characters ("几个问题" → 问题). */
const COUNTED_IN_GE = /(?:多少|几)个(\p{Script=Han}{2})/u;

/**
 * "几个问题" is also answered as documents count their items right after the noun: "反馈问题5项", "整改措施3条".
 * Undefined when the question names nothing counted after 个.
 */
function countOfItemsAsked(question: string): RegExp | undefined {
  const noun = question.match(COUNTED_IN_GE)?.[1];
  return noun ? new RegExp(`${countOf('个').source}|${noun}\\s*\\d+\\s*[项条件]`, 'u') : undefined;
}

function countOf(unit: string): RegExp {
  if (unit === '钱' || unit.endsWith('元')) return /\d\s*(?:[万亿千百]\s*)?元/;
  if (unit === '期') return /第?\d+\s*期/;
  if (unit === '类') return /[\u4e00-\u9fa5]{1,4}类[、和及与]/;
  return new RegExp(`\\d\\s*(?:[万亿千百]\\s*)?(?:余|多)?\\s*${unit}`, 'u');
}

/** The units a rate is given per, each with the ways documents write it ("每平米", "元/㎡"; an elevator "每台" or "每部"). */
const RATE_UNITS: { asked: RegExp; written: string }[] = [
  { asked: /^(?:平方米|平米|平)$/u, written: '平方米|平米|平|㎡|m2' },
  { asked: /^(?:台|部)$/u, written: '台|部' },
  { asked: /^(?:栋|幢)$/u, written: '栋|幢' },
  // "每个小区" is also written "每小区": any rate per item answers it.
  { asked: /^个$/u, written: '个|' },
];

/**
 * A quantity per unit asked ("每平米…多少", "每户补多少"; spoken "一平米得掏多少", not a count "一百平米"): the unit.
 */
const ASKS_FOR_RATE = new RegExp(String.raw`每(平米|平方米|平|户|台|部|栋|幢|个|人|月|年|天|亩|间|套)|(?<![\d.〇零${CN_DIGIT_CHARS}百千万两])一(平米|平方米)`, 'u');

/**
 * The rate a question asks for, as a pattern a sentence stating it matches: asked per 平方米, "每平方米2元", "元/㎡";
 * asked per 户, "每户3000元", "户均". Undefined when the question asks no rate. A rate per another unit ("每户每年120元",
 * asked per 平方米) does not match: it is another figure.
 */
export function askedRate(question: string): RegExp | undefined {
  const m = question.match(ASKS_FOR_RATE);
  const unit = m?.[1] ?? m?.[2];
  if (!unit) return undefined;
  const written = RATE_UNITS.find((u) => u.asked.test(unit))?.written ?? unit;
  const average = /^(?:户|人)$/u.test(unit) ? `|${unit}均` : '';
  return new RegExp(`每\\s*(?:${written})|[/／]\\s*(?:${written})${average}`, 'u');
}

/**
 * True when the question asks what applies (not a plan) and every sentence stating the figure asked only proposes it
 * ("拟对加装电梯后前三年给予运营维护补贴，每台每年3000元"): a proposal, not what one gets.
 */
export function figureOnlyProposed(question: string, sentences: string[], figure: RegExp = HAS_FIGURE): boolean {
  if (ASKS_WHAT_IS_PROPOSED.test(question)) return false;
  const stating = sentences.filter((s) => statesFigure(s, figure));
  return stating.length > 0 && stating.every((s) => PROPOSED.test(s));
}

/** Money named in a question ("费用怎么分担", "收不收费", "收益怎么分成", "维保资金谁出"): what is asked is about it. */
const NAMES_MONEY = /费|收益|经费|资金|出资|出钱|掏钱|花钱|多少钱|补贴|补助|奖补/u;

/** Wording that speaks of money: a sum, a fee, a fund, who pays or bears it. */
const SPEAKS_OF_MONEY = /元|费|资金|出资|补助|补贴|奖补|收益|收入|财政|预算|投资|投入|分摊|分担|承担|筹集|筹措|缴|支付|付|钱|价|保险|贷款|基金|有偿|无偿/u;

/** Whether a question asks about money (a cost, a fee, a subsidy, a revenue, who pays), in its own words (CARRIED_QUESTION). */
export function asksAboutMoney(question: string): boolean {
  return NAMES_MONEY.test(withoutCarriedQuestion(question).replace(DOCUMENT_NAMED_BY_MONEY, ' '));
}

/** A follow-up's own words: its standalone form without the earlier question it carries in brackets (CARRIED_QUESTION). */
export function withoutCarriedQuestion(question: string): string {
  return question.replace(CARRIED_QUESTION, '');
}

/** A document named by its subject ("加装电梯补助讨论稿", "适老化改造补助办法"): which document, not money asked about. */
const DOCUMENT_NAMED_BY_MONEY = /\p{Script=Han}*(?:费|收益|经费|资金|补贴|补助|奖补)\p{Script=Han}{0,6}?(?:办法|细则|讨论稿|征求意见稿|意见稿|通知|方案|规定|政策|文件|意见|指引|解读)/gu;

/** Whether a text speaks of money at all. */
export function speaksOfMoney(text: string): boolean {
  return SPEAKS_OF_MONEY.test(text);
}

/** One asked part of a question and the figure that states it ("涉及多少户" → a count of 户). */
export interface AskedFigurePart {
  clause: string;
  figure: RegExp;
}

/**
 * "2026年第一批计划改造多少个小区，涉及多少户", "居民出资一共多少钱，占总投资多大比例": clauses that each ask a figure
 * of their own kind (a count of 个, of 户, a sum, a share), when there are at least two: each must be stated, one
 * stated is half the answer. Empty for a question asking one figure, or several of one kind.
 */
export function askedFigureParts(question: string): AskedFigurePart[] {
  const own = question.replace(CARRIED_QUESTION, '');
  const parts = clausesOf(own)
    .flatMap((clause) => { const figure = askedFigure(clause); return figure ? [{ clause, figure }] : []; });
  const kinds = new Set(parts.map((p) => p.figure.source));
  return kinds.size >= 2 && kinds.size === parts.length ? parts : [];
}

/** A count named by what it counts in ("户数", "栋数", "人数"): asked as "多少户", "多少栋", "多少人". */
const COUNT_NOUN = new RegExp(`([${COUNTERS}])数`, 'u');

/**
 * The figure a count noun asks for ("户数" → a count of 户, "19600户"; "人数" → a count of people, "不少于5名");
 * undefined when the text names none.
 */
export function countNounFigure(text: string): RegExp | undefined {
  const unit = text.match(COUNT_NOUN)?.[1];
  if (!unit) return undefined;
  // People are counted in 名, 人 or 位 whichever the asker says (PEOPLE_ASKED).
  return askedFigure(unit === '人' ? '多少个人' : `多少${unit}`);
}

/** Whether a text states the count a count noun of the question names ("监督员人数" held by "不少于5名监督员"). */
export function holdsCountNoun(word: string, text: string): boolean {
  const figure = isCountNoun(word) ? countNounFigure(word) : undefined;
  return !!figure && statesFigure(withoutStatedYears(text), figure);
}

/** Whether a word is a count noun ("户数"): what it asks is a figure, not a word a sentence must repeat. */
export function isCountNoun(word: string): boolean {
  return new RegExp(`^${COUNT_NOUN.source}$`, 'u').test(word);
}

/** A figure stated: a number not part of a date ("6月30日", "第3批" count as none; years are taken out first). */
const STATED_NUMBER = /(?<![\d.第])\d+(?:\.\d+)?(?![\d.]|\s*[月日号时])/gu;

/** How many different figures a text states, years and dates aside ("150个小区，涉及19600户" → 2). */
export function statedFigureCount(text: string): number {
  return new Set(figuresAsDigits(withoutStatedYears(text)).match(STATED_NUMBER) ?? []).size;
}
