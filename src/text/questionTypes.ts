// Kinds of question (定义, 原因, 主体, 时间, 内容…) and the wording of the sentences that answer them: the one table of
// question types every answering stage reads.

import { AGENCY_NOUN } from './agencies.js';
import { DOCUMENT_NUMBER_SOURCE, HANDLING_CLASS_SOURCE } from './documentNumbers.js';
import { clausesOf } from './clauses.js';
import { YEAR_POINT } from './dates.js';
import { SPAN_TO_ACT_WITHIN } from './deadlines.js';
import { CN_DIGIT_CHARS, CN_UNIT_DIGIT_CHARS } from './numerals.js';

export type QuestionTypeName = '原因' | '主体' | '时间' | '内容' | '定义' | '进展' | '处置' | '电话' | '态度';

/** A question type, how a question asks for it, and how a sentence answering it is worded. */
export interface QuestionType {
  name: QuestionTypeName;
  /**
   * Strict pair: a question worded this way has this type, and a close runner-up worded as `sentence` leads the
   * answer. Types without it only earn sentences the scoring cue below.
   */
  strict?: { question: RegExp; sentence: RegExp };
  /** Loose pair: a sentence worded as `sentence` for a question worded as `question` earns the scoring bonus. */
  cue: { question: RegExp; sentence: RegExp };
}

const YEAR_OR_DATE = new RegExp(String.raw`${YEAR_POINT}|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[〇零${CN_UNIT_DIGIT_CHARS}]{4}年|年底|年内|年末|月底|上半年|下半年|第?[一二三四1-4]季度`);

/**
 * A time as an answer states it: a date, or a time fixed by an event or a span ("项目开工后拨付", "受理之日起15个工作日内",
 * "每年1月至3月"); not 后续 ("验收后续管理": the work that follows, no time).
 */
const WHEN = new RegExp(
  `${YEAR_OR_DATE.source}|(?:开工|竣工|完工|验收|受理|收到|签订|批复|印发|施行|公布)[^，。；;]{0,8}?(?:后(?!续)|以后|之日起)|${SPAN_TO_ACT_WITHIN}`,
);

/** Whether a text states a time as an answer does (WHEN): a date, or a time fixed by an event or a span. */
export function statesWhen(text: string): boolean {
  return WHEN.test(text);
}

/** After a run of digits: no decimal part and no unit, so no sum, area or count ("150000元", "12000平方米"): a phone number. */
const NOT_A_MEASURE = String.raw`(?![\d.．,，]|\s*(?:[元万亿千百米㎡户个人台套栋座处项份吨年月日天%％]|平方|公里|m))`;

/** The words that ask why ("为什么", "为何"…): one list for every rule that reads a why-question. */
const WHY_WORDS = '为什么|为何|何以|缘何|何故';

/**
 * Wording that asks why, in a question or in a text's own heading or Q&A line ("……为何以2000年为时间界限？"): the one
 * rule the question type 原因 and the reason strategy's search for an asked why both read.
 */
export const ASKS_WHY = new RegExp(`${WHY_WORDS}|原因何在|什么原因|出于什么|目的是什么|有什么目的`);

/** "为什么要制定/出台这个办法": asks why a document was made, which its explanation's background section answers. */
export const ASKS_WHY_MADE = new RegExp(`(?:${WHY_WORDS})要?(?:制定|出台|印发|起草|修订|编制|发布)`, 'u');

/**
 * The heading of the section a policy explanation (政策解读, 起草说明) gives its why under: "一、起草背景", "制定背景和
 * 必要性", "出台的必要性".
 */
export const STATES_BACKGROUND = new RegExp(String.raw`(?:起草|制定|出台|编制|修订|印发)的?(?:背景|必要性|缘由|原因)|背景(?:和|与|及)(?:必要性|意义|依据)|^(?:[${CN_DIGIT_CHARS}\d]+[、.．]\s*)?(?:背景|必要性)[：:]?$`, 'u');

/**
 * A heading the sentences under it answer a why under: one that itself asks why ("1. 为什么要制定《办法》？"), or, for a
 * question why a document was made, the background section a policy explanation opens with ("一、起草背景").
 */
export function headingAsksWhy(question: string, heading: string): boolean {
  return ASKS_WHY.test(heading) || (ASKS_WHY_MADE.test(question) && STATES_BACKGROUND.test(heading));
}

/** The question without the words that ask why ("为什么要制定A市…细则" → "A市…细则"): what the why is about. */
export function withoutWhyFrame(question: string): string {
  return question.replace(new RegExp(ASKS_WHY_MADE.source, 'gu'), '').replace(new RegExp(ASKS_WHY.source, 'gu'), '');
}

/**
 * What a change is for, said as what it makes better ("面积大的多出、面积小的少出，更加公平", "有利于调动居民积极性"):
 * a policy explanation often gives its why so, with no causal word.
 */
const BETTER_FOR = /(?:更加|更为)(?:公平|合理|科学|规范|精准|便捷|高效|透明|安全)|有利于|有助于/u;

/** In order: the first strict type whose question wording matches is the question's type. */
export const QUESTION_TYPES: QuestionType[] = [
  {
    name: '原因',
    strict: {
      // "……的原因是？" asks too; a text's sentence saying "原因是……" does not, so it is not part of ASKS_WHY.
      question: new RegExp(`${ASKS_WHY.source}|原因是`),
      sentence: new RegExp(`因为|由于|主要是|之所以|是为了|为了|旨在|目的(?:是|在于)|原因(?:是|在于)|鉴于|考虑到|以便|以免|避免|${BETTER_FOR.source}`, 'u'),
    },
    cue: { question: new RegExp(`${WHY_WORDS}|原因|不能|进不了|没能|无法`), sentence: /因为|由于|属于|不符合|无法|不能|规定|根据|是指/ },
  },
  {
    name: '主体',
    strict: {
      question: /谁负责|由谁|谁来|哪个部门|哪些部门|哪个单位|哪些单位|哪家单位|主管部门|牵头部门|责任(?:部门|单位|主体)/,
      sentence: /牵头|负责|主管|由[^，。；]{1,24}(?:承担|组织|实施|办理|落实|统筹)/,
    },
    cue: { question: /谁|哪位|哪个部门|由谁/, sentence: /由|负责|书记|市长|部长|局长|主任|担任/ },
  },
  {
    name: '时间',
    // Spoken forms too: 啥时候, 啥时, 几时.
    // Not "期限": "经营期限最长多少年" asks a duration (a figure), "这个期限还有什么意见" asks about the term itself.
    strict: { question: /什么时候|啥时|几时|何时|哪年|哪一年|哪天|哪一天|哪一?个月|几月|几号|截至什么/, sentence: WHEN },
    cue: { question: /什么时候|啥时|几时|何时|哪年|哪一年|哪天/, sentence: /\d{4}\s*年|\d+\s*月/ },
  },
  {
    // "…号对那条建议是什么态度": a reply's stance on a proposal, the sentence saying whether it is taken up.
    name: '态度',
    strict: { question: /(?:什么|啥)态度|态度如何|态度是什么/u, sentence: /采纳|吸纳/u },
    cue: { question: /态度/u, sentence: /采纳|吸纳/u },
  },
  {
    // "打哪个电话投诉？": the sentence giving a number to call (12345, 0596-2023456), not one saying a phone is posted.
    name: '电话',
    strict: {
      question: /(?:哪个|什么|啥)(?:电话|热线|号码)|(?:电话|热线|号码)(?:是)?多少|打哪个[^，,。？?]{0,4}(?:电话|热线|号码)/u,
      sentence: new RegExp(`(?<![\\d.])(?:\\d{3,4}[-－—]\\d{7,8}|\\d{5,11}${NOT_A_MEASURE})(?!\\d)`, 'u'),
    },
    cue: { question: /电话|热线/u, sentence: new RegExp(`(?<![\\d.])\\d{5,11}${NOT_A_MEASURE}(?!\\d)`, 'u') },
  },
  {
    // "改造内容包括哪些？": the sentence that itself lists the kinds ("改造内容分为基础类、完善类、提升类。").
    name: '内容',
    strict: {
      question: /包括哪些|包含哪些|包括什么|包含什么|哪些内容|哪几类|哪几种|分为哪|分成哪|几类|有哪些类/,
      // Not a negated list ("不包括城中村、自建房"): that names what is left out.
      sentence: /(?<![不未非无没])(?:分为|分成|包括|包含|涵盖)[^。；;]{0,12}?\p{Script=Han}{1,8}[、，,]\p{Script=Han}{1,8}(?:[、，,]\p{Script=Han}{1,8})*[、和及与]\p{Script=Han}{1,8}/u,
    },
    cue: {
      question: /哪些|哪几|分为|几类|包括什么|有什么内容/,
      sentence: /(?<![不未非无没])(?:分为|包括|分成)[^。；]{0,8}\p{Script=Han}{1,6}[、，]\p{Script=Han}{1,6}[、和及与]\p{Script=Han}{1,6}/u,
    },
  },
  // 定义 (是什么 / 指什么): the defining sentence.
  { name: '定义', cue: { question: /是什么|指什么|什么是|是指|怎么界定|如何界定|定义|含义/, sentence: /是指|指的是|界定为|定义为/ } },
  { name: '进展', cue: { question: /进展|进度|哪一步|到哪|办理情况|目前/, sentence: /已经?|正在|完成|待|开工|竣工|验收/ } },
  {
    name: '处置',
    cue: { question: /怎么管|如何管|怎么处理|如何处理|怎么处罚|怎么治/, sentence: /督促|责令|处罚|拆除|整治|强制|依法|执法|清理/ },
  },
];

/** A question type with its strict pair, as questionTypeOf returns it. */
export type StrictQuestionType = QuestionType & { strict: { question: RegExp; sentence: RegExp } };

/** The question's strict type (a reason, a responsible body, a time, the kinds a thing includes), if any. */
export function questionTypeOf(question: string): StrictQuestionType | undefined {
  return QUESTION_TYPES.find((type): type is StrictQuestionType => !!type.strict && type.strict.question.test(question));
}

/** True when the sentence is worded as an answer to one of the question's kinds (进展 → 已完成, 为什么 → 由于). */
export function matchesQuestionCue(question: string, sentence: string): boolean {
  return QUESTION_TYPES.some(({ cue }) => cue.question.test(question) && cue.sentence.test(sentence));
}

/**
 * A change following from the circumstance stated before it ("…新增完善类项目较多，第二批资金相应增加"): the clause
 * before is its reason. Not 相应 of a rule's own wording ("给予相应补助", "承担相应责任").
 */
const FOLLOWS_FROM_BEFORE = /相应地?(?:增加|减少|提高|降低|调整|核减|扣减|延长|缩短|增多|倾斜)/u;

/**
 * Wording that gives a reason, a purpose or a basis (因为, 为了, 促使, 考虑到, 根据…规定), a change following from the
 * circumstance before it (FOLLOWS_FROM_BEFORE), or says why a thing does not qualify (不属于, 不符合, 2000年以后建成):
 * without any of it, a sentence states a rule, not why.
 */
const REASON_WORDING =
  new RegExp(`${BETTER_FOR.source}|${FOLLOWS_FROM_BEFORE.source}|因为|由于|主要是|之所以|考虑到|鉴于|原因(?:是|在于)|为了|旨在|促使|目的(?:是|在于)|以便|以免|避免|防止|否则|因此|所以|从而|导致|造成|属于|不符合|不在|未纳入|无法|不能|不得|根据|按照|依据|是指|以[前后]建成|因(?!地制宜)`);

export function givesReason(text: string): boolean {
  return REASON_WORDING.test(text);
}

/**
 * A circumstance that calls for a rule: a shortfall or a difficulty ("开工率仅为41.7%", "气温低…难以保证质量"). Stated
 * right before a rule, it is the rule's reason though no causal word joins them.
 */
const STATES_PROBLEM = /仅为|仅有|仅占|只有|不到|低于|不足|滞后|偏低|较低|过低|缓慢|难以|不够|末位|倒数第/;
/** A rule's own wording: what a text requires or lays down. */
const STATES_RULE = /要求|规定|明确|决定/;

export function statesProblem(text: string): boolean {
  return STATES_PROBLEM.test(text);
}

/**
 * A sentence stating a shortfall before what followed from it ("…业主难以了解服务质量，调整为6个月", "连续两个月排名末位，
 * …进行了约谈"): the shortfall in a clause before the last, and not a word the question itself holds — a rule's own
 * threshold ("人均住房建筑面积低于15平方米") asked about is the condition, not its reason.
 */
export function statesProblemBeforeAct(sentence: string, question: string): boolean {
  return clausesOf(sentence)
    .slice(0, -1)
    .some((clause) => [...clause.matchAll(new RegExp(STATES_PROBLEM.source, 'gu'))].some((m) => !question.includes(m[0])));
}

/** The clauses of a sentence before its rule ("甲区开工率仅为41.7%，" of "…，会议要求…"), or '' when none precede it. */
export function clausesBeforeRule(sentence: string): string {
  const at = sentence.search(STATES_RULE);
  if (at <= 0) return '';
  const comma = Math.max(sentence.lastIndexOf('，', at), sentence.lastIndexOf(',', at));
  return comma === -1 ? '' : sentence.slice(0, comma + 1);
}

/** "X包括哪些内容 / X有哪些内容 / X分为哪几类": asks the kinds or content of X (the two characters before the verb). */
const ASKS_KINDS_OF = /(\p{Script=Han}{2})(?:都|主要|具体|一般)?(?:包括|包含|涵盖|有|分为|分成)(?:哪些|什么|哪几类|哪几种|哪几项)(?:内容|类|种|类别)?[？?。\s]*$/u;

/** The words a document lists the asked kinds under ("改造包括哪些内容" → 改造内容), if the question asks them. */
export function askedKindsOf(question: string): string | undefined {
  const m = question.normalize('NFKC').match(ASKS_KINDS_OF);
  return m ? `${m[1]}内容` : undefined;
}

/** The verbs a 内容 question asks with ("包括哪些", "分为哪几类"): the question's frame, not its topic. */
export const KINDS_VERBS = /^(?:包括|包含|涵盖|分为|分成)$/u;

/** A sentence listing kinds: "分为A、B和C", "包括A、B、C" (the 内容 type's own wording). */
export const LISTS_KINDS = QUESTION_TYPES.find((t) => t.name === '内容')!.strict!.sentence;

/** "哪些项目不属于改造范围？", "哪些情况不纳入": asks what is left out, which only a sentence stating an exclusion answers. */
const ASKS_EXCLUSION = /不属于|不包括|不包含|不纳入|不列入|不适用|不予|排除在|除外/u;
/** A sentence stating what is left out ("…的项目，不属于城镇老旧小区改造范围", "不纳入", "…除外"). */
const STATES_EXCLUSION = /不属于|不包括|不包含|不纳入|不列入|不适用|不予|不得纳入|排除在|除外|不在[^，。；]{0,10}范围/u;

/** The sentences among `sentences` that state an exclusion, when the question asks for one; else undefined. */
export function exclusionSentences<T extends { text: string }>(question: string, sentences: T[]): T[] | undefined {
  return ASKS_EXCLUSION.test(question) ? sentences.filter((s) => STATES_EXCLUSION.test(s.text)) : undefined;
}

/** "…包括什么", "…有哪些", "…的主要内容": a question asking for what a thing holds, its items or content. */
const ASKS_ITEMS = /包括|包含|涵盖|有哪些|哪些内容|有什么|有啥|主要内容|什么内容|内容是什么/u;

export function asksForItems(question: string): boolean {
  return ASKS_ITEMS.test(question);
}

/** "…的办理结果是什么 / 如何", "办理结果是哪一类", "答复类别是什么", "属于哪类办理结果". */
const ASKS_RESULT_IN_WORDS =
  /办理结果(?:是什么|是啥|如何|怎么样|怎样)?[？?。！!\s]*$|(?:办理结果|办理类别|答复类别|办理类型)[^，,。？?]{0,4}(?:哪一?类|什么类|是什么|是啥|是哪|哪种)|(?:哪一?类|什么类)(?:的)?(?:办理结果|答复)/u;
/** "是A类还是B类", "是不是B类": a class asked by its letter, which a compound's grade is asked by too ("我们小区是B类吗"). */
const ASKS_CLASS_LETTER = new RegExp(`(?<![A-Za-z])${HANDLING_CLASS_SOURCE}还是${HANDLING_CLASS_SOURCE}|(?:是|属于)(?:不是)?${HANDLING_CLASS_SOURCE}[吗呢嘛]?[？?。！!\\s]*$`, 'u');
/** The question is about a reply or what it answers, so a class asked by its letter is its handling class. */
const ABOUT_REPLY = /答复|提案|建议|办理/u;
/** "…12号是哪一类？": a class asked of a document named by its 文号, which only a reply's header gives. */
const ASKS_CLASS_OF_NUMBERED = new RegExp(`${DOCUMENT_NUMBER_SOURCE}[^，,。？?]{0,4}(?:是|属于)(?:哪一?类|什么类)[吗呢]?[？?。！!\\s]*$`, 'u');

/**
 * "…的办理结果是什么 / 如何", "办理结果是哪一类", "答复类别是什么", "属于哪类办理结果", "这份答复是A类还是B类",
 * "是不是B类", "…12号是哪一类": asks the result of a 提案/建议 reply, which its header gives as a handling class (办理结果：B) where it
 * has one, and its content where it has none.
 */
export function asksHandlingResult(question: string): boolean {
  return ASKS_RESULT_IN_WORDS.test(question) || ASKS_CLASS_OF_NUMBERED.test(question) || (ASKS_CLASS_LETTER.test(question) && ABOUT_REPLY.test(question));
}

/**
 * "什么样的X算Y": asks which things count as Y, which the text answers by defining Y ("本办法所称Y，是指…"). The X
 * named before 算 is the kind of thing Y is (小区, 房屋, 家庭).
 */
const WHAT_COUNTS_AS = '什么样的?\\p{Script=Han}{1,8}?(?<![预计打核结估换清盘概决])算(?:是)?';
/** The Y of "什么样的X算Y", the whole rest of the question. */
const COUNTED_TERM = new RegExp(`${WHAT_COUNTS_AS}(\\p{Script=Han}{2,20})$`, 'u');

/** A question in NFKC form without the marks that close it ("…是什么意思？" → "…是什么意思"). */
export function withoutClosingMarks(question: string): string {
  return question.normalize('NFKC').replace(/[？?。！!\s]+$/u, '');
}

/**
 * "什么样的小区算老旧小区": asks which things are put in a class, so a sentence putting things in it ("…纳入老旧小区改造
 * 范围") answers it, as a definition does.
 */
export function asksWhatCountsAs(question: string): boolean {
  return COUNTED_TERM.test(withoutClosingMarks(question));
}
/** "什么是X", "什么叫X", "X是什么意思", "X指的是什么", "X的定义", "什么样的…算X": asks what a term means. */
const ASKS_MEANING = new RegExp(`(?<!为)什么是|什么叫|何为|何谓|是什么意思|啥意思|指的是什么|是指什么|指什么|的(?:定义|含义|概念)|${WHAT_COUNTS_AS}[“"「『]?\\p{Script=Han}{2}`, 'u');
/** The verb of a defining sentence: "X是指…", "X指的是…", "X界定为…". */
const DEFINING_VERB = /是指|指的是|界定为|定义为/u;

/** The term a sentence defines: "本办法所称城镇老旧小区，是指…" → 城镇老旧小区; undefined when it defines none. */
function definedTerm(sentence: string): string | undefined {
  const text = sentence.normalize('NFKC');
  const at = text.search(DEFINING_VERB);
  if (at <= 0) return undefined;
  const before = text.slice(0, at).replace(/[，,\s]+$/u, '');
  const subject = before.split(/[，,。；;：:\s]/u).at(-1)?.replace(/^.*所称/u, '') ?? '';
  return /^\p{Script=Han}{3,16}$/u.test(subject) ? subject : undefined;
}

/** Whether the sentence defines a term the question asks the meaning of ("什么叫城镇老旧小区" ← "所称城镇老旧小区，是指…"). */
export function definesAskedTerm(question: string, sentence: string): boolean {
  if (!ASKS_MEANING.test(question)) return false;
  const term = definedTerm(sentence);
  return !!term && question.normalize('NFKC').includes(term);
}

/**
 * The term whose meaning a question asks: the quoted one ("什么是…“基础类”内容？" → 基础类), else the words after
 * 什么是 / 什么叫(做), else those before 是什么意思 / 指的是什么 (after the last 的 that frames them), else those after
 * 什么样的…算. Undefined for any other question.
 */
export function termAskedMeaningOf(question: string): string | undefined {
  const text = withoutClosingMarks(question);
  if (!ASKS_MEANING.test(text)) return undefined;
  const quoted = text.match(/[“"「『]([^”"」』]{2,20})[”"」』]/u)?.[1];
  const after = text.match(/(?<!为)什么(?:是|叫做|叫作|叫)(\p{Script=Han}{2,20})$/u)?.[1];
  const before = text.match(/(\p{Script=Han}{2,20}?)(?:是什么意思|啥意思|指的是什么|是指什么|指什么|的(?:定义|含义|概念))/u)?.[1];
  const counted = text.match(COUNTED_TERM)?.[1];
  return quoted ?? after ?? (before && termAfterFraming(before)) ?? counted;
}

/** The term after what frames it ("文件里说的基础类" → 基础类): the words after the last 的, when two or more. */
function termAfterFraming(span: string): string {
  const last = span.split('的').at(-1) ?? '';
  return last.length >= 2 ? last : span;
}

/** A verb that puts one thing into a class ("白蚁防治属于基础类改造内容", "外墙保温纳入基础类"). */
const MEMBERSHIP_VERB = /(?:属于|纳入|列入|列为|归入|归为)$/u;
/**
 * Members joined before the verb: "屋面防水、二次供水", "屋面防水和外墙保温均纳入", "屋面防水等属于". Not 等 before a
 * class noun ("外墙保温等节能改造纳入"), which names one kind of work.
 */
const JOINED_MEMBERS = /[、和及与]|等(?:[\d一二两三四五六七八九十]+项)?(?:内容)?[均都也皆]?(?:属于|纳入|列入|列为|归入|归为)$/u;
/** A list after the class: "纳入基础类改造：供水、排水、供电". */
const LIST_FOLLOWS = /^[^，,。；;：:]{0,8}[：:][^。；;]*[、，,；;]/u;

/**
 * Whether a sentence names the term only as the class one thing is put in ("白蚁防治属于基础类改造内容"): that says
 * what belongs to it, not what it is. Members listed or joined ("屋面防水、二次供水等属于基础类", "屋面防水和外墙保温均纳入
 * 基础类改造", "下列内容纳入基础类改造：供水、排水…") do say what it holds.
 */
export function namesTermOnlyAsClassOfOne(sentence: string, term: string): boolean {
  const text = sentence.normalize('NFKC');
  let seen = false;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
    const clause = text.slice(0, at).split(/[，,。；;：:]/u).at(-1) ?? '';
    if (!MEMBERSHIP_VERB.test(clause) || JOINED_MEMBERS.test(clause) || LIST_FOLLOWS.test(text.slice(at + term.length))) return false;
    seen = true;
  }
  return seen;
}

/** A numbering that opens a clause or item ("（三）", "2.", "第六条 "). */
const LEADING_ITEM_MARKER = new RegExp(String.raw`^(?:[（(]?[${CN_DIGIT_CHARS}\d]+[）)、.．]\s*|第[${CN_DIGIT_CHARS}百\d]+条\s*)`, 'u');
/** What follows a term a sentence opens on to say what it is or holds: "提升类改造，为丰富…", "提升类包括社区养老…". */
const SAYS_WHAT_IT_IS = /^[^，。；]{0,4}[，,]?(?:为|包括|是指|指)/u;

/**
 * Whether a sentence opens on the term (within its first words, after any numbering) and goes on to say what it is or
 * holds: "第六条 提升类改造，为丰富社区服务供给…", "提升类包括社区养老、托育…". The way a rule or plan defines one of its
 * own classes without "是指".
 */
export function opensOnTermSayingWhatItIs(sentence: string, term: string): boolean {
  const text = sentence.trim().replace(LEADING_ITEM_MARKER, '');
  const at = text.indexOf(term);
  if (at < 0 || at > 8 || /[，。；]/u.test(text.slice(0, at))) return false;
  return SAYS_WHAT_IT_IS.test(text.slice(at + term.length));
}

/** Whether the question asks what a term means ("什么叫城镇老旧小区？"). */
export function asksMeaning(question: string): boolean {
  return ASKS_MEANING.test(question);
}

// Questions about a document itself (who issued it, what proposal it answers, which meeting decided), and the lines
// of a document that answer them.

/** "…是哪几个部门联合下达的？", "由哪个单位印发的", "发文单位是谁": asks who issued a document, not what it says. */
export const ASKS_ISSUER =
  /(?:哪(?:几|一)?个|哪些|什么)(?:部门|单位|机关|机构)(?:联合)?(?:印?发|下达|下发|出台|制定|发布)|(?:谁|哪里)(?:联合)?(?:印?发|下达|下发|出台|制定|发布)的|发文(?:单位|机关|部门)/u;
/** The kinds of document a question names one by ("…任务清单是哪几个部门…", "这个通知由谁印发"). */
const DOCUMENT_KIND = '文件|通知|方案|意见|(?<!分配|具体)办法|清单|纪要|规定|细则|答复|批复|决定|规划|指南|公告|通报';
/**
 * The issuer asked of a document by its kind, the subject right before 是/由…哪个部门 ("任务清单是哪几个部门联合下达的"),
 * or by 发文单位: not who sets a rule or pays ("分配办法由哪个部门制定", "改造资金由哪个部门下达").
 */
const ASKS_ISSUER_OF_DOCUMENT = new RegExp(`(?:${DOCUMENT_KIND})(?:是|由)?(?:哪(?:几|一)?个|哪些|什么|谁)|发文(?:单位|机关|部门)`, 'u');

/** Whether the question asks who issued a document it speaks of by its kind (not one it names by 文号 or title). */
export function asksIssuerOfDocument(question: string): boolean {
  return ASKS_ISSUER.test(question) && ASKS_ISSUER_OF_DOCUMENT.test(question);
}

/** A government body's name: "A市财政局", "市发展和改革委员会", "县人民政府办公室", "住房和城乡建设厅". */
const BODY = String.raw`\p{Script=Han}{2,30}?(?:${AGENCY_NOUN}|厅|办公室|部)`;
/** A sign-off line: the issuing bodies side by side and nothing else ("A市住房和城乡建设局 A市财政局"). */
export const SIGN_OFF = new RegExp(`^${BODY}(?:[\\s、，,]+${BODY})*$`, 'u');

/**
 * "…第0019号提案是关于什么的？", "…建议讲的是什么？", "李某委员提的是什么提案？", "第031号提案…讲的什么事？": asks what
 * the proposal or suggestion itself is about (its title), not what the reply says ("…提案的答复讲了什么").
 */
export const ASKS_PROPOSAL_SUBJECT =
  /(?:提案|建议|议案)(?:是|讲的是|说的是|的题目是|的标题是)?(?:关于)?(?:什么|啥)(?:的|内容|方面的?)?[？?。\s]*$|(?:提|交)的?是?(?:什么|啥|哪件|哪一件)(?:提案|建议|议案)|(?:提案|建议|议案)(?![^，,。？?]{0,12}答复)[^，,。？?]{0,12}?(?:讲|说)的?是?(?:什么|啥)事/u;
/**
 * A reply's opening naming the proposal it answers: "你们提出的《关于推进…的提案》收悉", "您提出的关于“…”的建议收悉",
 * "您领衔提交的《…》收悉", "您提出的《…的建议》(第145号)收悉" (its number in brackets before 收悉).
 */
export const NAMES_PROPOSAL =
  new RegExp(String.raw`(?:提出|提交)的?\s*(?:《[^《》]{4,80}》|关于[“"][^”"]{2,80}[”"]的?(?:提案|建议|议案)|关于[^，。；]{2,80}?的(?:提案|建议|议案))\s*(?:[（(]\s*第?\s*[\d${CN_DIGIT_CHARS}百零〇]+\s*号\s*[）)])?\s*(?:已)?收悉`, 'u');

/**
 * "…试点是哪次会议定的？", "在哪个会上决定的": asks which meeting decided it — the minutes themselves, not their content.
 * Not "为什么会确定…" (why), nor a bare 会 after 什么 ("什么会确定", which is "what will").
 */
export const ASKS_WHICH_MEETING = /(?:(?:哪次|哪一次|哪个)(?:会议|会)|(?<!为)什么会议)上?(?:定|决定|确定|议定|研究|通过|明确)的?/u;
/**
 * "…试点社区助餐点，是哪份答复里说的？": asks which document says it — the answer names the document (title and 文号)
 * with the sentence saying it. Not "哪份材料提交" (what to hand in).
 */
export const ASKS_WHICH_DOCUMENT_SAID = /(?:哪|什么)一?[份个篇](?:答复|文件|通知|复函|材料|报告|方案|意见|纪要|办法)(?:里|中|上|当中)?(?:说|讲|提到|提及|提出|写|明确|规定)/u;
/** "…是哪个文件印发的", "哪份通知定的", "什么文件": which document settled it. */
const ASKS_WHICH_DOCUMENT_SETTLED = /(?:哪|什么)一?[份个]?(?:文件|通知|办法|决定)/u;

/** Whether a question (or the clause of it that asks) asks which document settled or says something. */
export function asksWhichDocument(text: string): boolean {
  return ASKS_WHICH_DOCUMENT_SETTLED.test(text) || ASKS_WHICH_DOCUMENT_SAID.test(text);
}
/** Minutes of a meeting, by their title (not any title with 会议: "业主大会议事规则"). */
export const MEETING_RECORD = /纪要/u;
/** A decision as minutes record it: "同意…", "会议议定…", "明确…". */
export const DECISION = /^(?:会议)?(?:同意|议定|决定|确定|明确|要求)/u;

/**
 * "多少人签字同意", "签字确认", "一楼就是不签字": signing as a step of a procedure (how many must sign, what signing
 * confirms, a neighbour refusing to sign), no one's signature.
 */
const SIGNING_STEP = /(?:多少|几)[^，,。？?]{0,4}(?:签名|签字)|(?:签名|签字)(?:同意|确认|表决|盖章)|(?:不|拒绝|不肯|不愿意?)(?:签名|签字)/u;
/** Asking who or a name, anywhere in the question: "哪家不签字", "不签字的是谁", "那户姓什么", "把…名单给我". */
const ASKS_WHO_OR_NAME = /谁|哪(?:家|户|个|位|几|些|一户)|名字|姓名|姓什么|名单|叫什么/u;

/** Signing asked as a step of a procedure, not whose signature it is (see SIGNING_STEP, ASKS_WHO_OR_NAME). */
export function asksSigningAsProcedure(question: string): boolean {
  return SIGNING_STEP.test(question) && !ASKS_WHO_OR_NAME.test(question);
}

/**
 * "物业管理覆盖率是怎么算的", "居民改造出资是怎么算的": how a figure is worked out is asked, not what it stands at. Not a
 * case put to a rule ("按新标准算还是老标准算", "只搭了围挡算不算"), which asks no method.
 */
export const ASKS_HOW_COMPUTED = /(?:怎么|如何|怎样|咋)(?:计算|核算|测算|算)(?:的|出来)?|计算(?:方法|方式|公式|口径)/u;

/**
 * A sentence saying how a figure is worked out: a share or a ratio (占…比例, 之比, 除以), a sum per unit (每户500元), a
 * basis (按…计算, 以…为基数), what is counted in it (计入, 算作, 视为, 不计入) or what it means (是指). A rate written
 * "0.8元/平方米" is not read as one: a table of 元/平方米 standards quoted beside a share asked answered it (tune −2).
 */
const STATES_COMPUTATION = /占|比例|比重|之比|除以|乘以|[×÷]|每|按[^，,。；;]{0,16}?(?:计算|测算|核算|计|算)|以[^，,。；;]{0,16}?为(?:基数|分母|准)|计算|计入|算作|视为|是指|指的是/u;

/** Whether a sentence says how a figure is worked out (STATES_COMPUTATION), not only what it stands at. */
export function statesComputation(sentence: string): boolean {
  return STATES_COMPUTATION.test(sentence);
}
