import { escapeRegExp } from './regExp.js';
import { getJieba } from './tokenizer.js';
import { chineseIntegerValue } from './numerals.js';
import { NUMBERING } from './markers.js';
import { withoutClosingMarks } from './questionTypes.js';

// "…具体是哪几个小区？", "…分别是哪些小区？": the names of the things are asked, which a count of them ("甲街道6个小区",
// "改造小区126个") does not give.

/**
 * Measure words of things one names ("6支队伍", "3位委员", "27处建筑"), as a question asks their names ("哪几支队伍").
 * Not 项 or 条 ("哪几项措施", "哪两条路子"): their items are points a text lists under a count ("三项措施：一是…").
 */
const NAMED_THING_MEASURE = '[个家处所支栋幢座名位]';
/** Measure words a text counts things with ("队伍6支", "申报材料7项"): the named things' and the listed points'. */
const COUNT_MEASURE = '[个家处所支栋幢座名位项件]';
/** "哪些", "哪几个", "哪两个", "哪三家", "哪6支": what asks for names; the kind of thing follows it. */
export const ASKS_NAMES = new RegExp(`哪(?:些|(?:\\d+|[几两二三四五六七八九十])${NAMED_THING_MEASURE})(\\p{Script=Han}+)`, 'u');
/** The kind counted before the ask ("历史建筑", "燃气抢修队伍"): a noun phrase, not the rest of the question. */
const COUNTED_KIND_MAX_CHARS = 12;
/**
 * A count and the kind it counts, then the ask for their names ("那12处历史建筑具体是哪些", "全区4支抢修队伍分别是哪些
 * 单位的", "3个公园分别叫什么", "6名评审专家都有谁"): the question gives how many, so a sentence giving that count again
 * does not answer it. Not a part of them asked ("8处历史建筑中有哪几处已修缮"). Groups: the count, the kind, what
 * follows 哪些 (see ASKED_OF_THEM_ALL).
 */
const COUNTED_THEN_ASKED = new RegExp(
  `(\\d+|[两二三四五六七八九十百]+)${NAMED_THING_MEASURE}的?(\\p{Script=Han}{2,${COUNTED_KIND_MAX_CHARS}}?)(?<!中|里)(?:具体|分别|都|各|又|究竟|到底)?(?:(?:是|有|包括)?哪(?:些|[几两二三四五六七八九十]${NAMED_THING_MEASURE}?)(\\p{Script=Han}*)|(?:叫|是)什么(?:名字|名称)?|(?:有|是)谁)`,
  'u',
);
/**
 * What may follow 哪些 when the counted things themselves are asked: nothing, or the words one names them by
 * ("分别是哪些单位的", "哪些人"). Another noun asks something else of them ("这3个小区分别有哪些改造内容"), and
 * "哪些地方" asks where they are ("这5个项目分别在哪些地方"), which a sentence placing them answers without naming them.
 */
const ASKED_OF_THEM_ALL = /^(?:单位|名字|名称|人|部门|企业|公司)?(?:的|呢|啊|呀)?$/u;
/** Tags of the words a kind's phrase is made of (nouns, abbreviations, attributes such as 老旧). */
const PHRASE_WORD = /^(?:n|vn|l|j|a|an|b)/u;

/**
 * The kind of thing whose names a question asks: the head noun of the phrase after 哪些/哪几个 ("哪些老旧小区纳入了改造"
 * → 小区, "哪几家企业" → 企业, "哪些城市更新项目" → 项目), or undefined when no noun follows. The phrase runs over its
 * nouns and attributes up to the first verb or particle after a noun (a verb before one, as in "哪些改造小区", modifies
 * it); its last word is the head, less a modifier the dictionary splits off it ("老旧小区" → 小区, "街道社区" → 社区).
 */
export function namesAskedOf(question: string): string | undefined {
  const tail = question.normalize('NFKC').match(ASKS_NAMES)?.[1];
  return tail ? headOfPhrase(tail) : undefined;
}

/** The head noun of a kind's phrase (see namesAskedOf), or undefined when no noun opens it. */
function headOfPhrase(phrase: string): string | undefined {
  let head: string | undefined;
  for (const { word, tag } of getJieba().tag(phrase, false)) {
    if (PHRASE_WORD.test(tag)) head = word;
    else if (head || !tag.startsWith('v')) break;
  }
  return head && headOfCompound(head);
}

/**
 * The kind a question counts before asking the names ("那12处历史建筑具体是哪些" → 历史建筑, "4支抢修队伍分别是哪些单位的"
 * → 抢修队伍), as written: a sentence counting "历史建筑12处" counts it, while its head (建筑) may be another kind's
 * ("传统风貌建筑"). Undefined when the question counts nothing before its ask.
 */
export function countedKindAsked(question: string): string | undefined {
  return countedAsk(question)?.kind;
}

/**
 * The kind a question counts before asking their names, and how many it counts ("那12处…" → 12, "三支" → 3); the count
 * is undefined when its numerals are no number the numeral reader reads ("百" alone).
 */
function countedAsk(question: string): { kind: string; count: number | undefined } | undefined {
  const m = withoutClosingMarks(question).match(COUNTED_THEN_ASKED);
  if (!m) return undefined;
  const [, count, kind, after = ''] = m;
  if (!ASKED_OF_THEM_ALL.test(after) && !after.startsWith(kind) && !kind.endsWith(after)) return undefined;
  return { kind, count: /^\d+$/u.test(count) ? Number(count) : chineseIntegerValue(count) };
}

/**
 * Whether sentences answering "which ones" only count them: some kind asked (namesAskedOf's, countedKindAsked's) is
 * counted and none is (or may be) named; `linesAfter` (the lines after the quotes in their passages) may list them under
 * the count ("全区历史建筑8处。" then "1.甲宅 2.乙祠"), as short numbered items only. The counted kind is read as the question writes it, else by its head noun
 * when no sentence writes it so ("那126个改造小区…" over "计划126个小区").
 */
export function onlyCountsKindsAsked(question: string, sentences: string[], linesAfter: string[] = []): { kind: string } | undefined {
  const ask = countedAsk(question);
  const counted = ask?.kind;
  const asWritten = counted && sentences.some((s) => s.normalize('NFKC').includes(counted)) ? counted : counted && headOfPhrase(counted);
  const kinds = [...new Set([namesAskedOf(question), asWritten].filter((k): k is string => !!k))];
  // A count whose numerals are no number read ("百") still counts several.
  const namesWanted = ask && (ask.count === undefined || ask.count >= 2) ? 2 : 1;
  const readings = kinds.map((kind) => ({ kind, reading: readingOfKind(sentences, kind, namesWanted, linesAfter) }));
  if (readings.some((r) => r.reading === 'named')) return undefined;
  const only = readings.find((r) => r.reading === 'counted');
  return only && { kind: only.kind };
}

/** The last dictionary word of a compound after a modifier that is a word too ("老旧小区" → 小区), else the compound ("城中村"). */
function headOfCompound(word: string): string {
  const parts = new Set(getJieba().cutForSearch(word, false));
  for (let cut = 2; cut <= word.length - 2; cut++) {
    if (parts.has(word.slice(cut)) && getJieba().cut(word.slice(0, cut), true).length === 1) return word.slice(cut);
  }
  return word;
}

/**
 * A count: digits ("126个", "126"), or a Chinese numeral with a measure word ("六个") or after a word that counts
 * ("共六", "约十"). A bare Chinese numeral is part of a name ("棉纺厂二小区", "九小区").
 */
const COUNT = new RegExp(`(?:\\d+${COUNT_MEASURE}?|[一二两三四五六七八九十百千]+${COUNT_MEASURE}|(?:共|计|约|近|逾|达|合计|总计|累计)[一二两三四五六七八九十百千]+)`, 'u');
/**
 * Words that say how many of the kind without naming any ("部分县区", "个别小区"): a count too, only a vague one.
 * Read right before the kind only ("部分县区开工较晚"), as a count is.
 */
const VAGUE_COUNT = /(?:部分|一些|个别|少数|多数|若干)/u;
/** A count right before the kind ("126个小区", "六个小区", "部分县区") or right after it ("小区126个"). */
const COUNT_BEFORE = new RegExp(`(?:${COUNT.source}|${VAGUE_COUNT.source})$`, 'u');
const COUNT_AFTER = new RegExp(`^\\d+${COUNT_MEASURE}(?!月)`, 'u');
/**
 * Names listed right before a count of the kind ("金盘、滨江2个小区"), the last one with a note in brackets after it
 * ("任务完成（40分）、资金使用（20分）…四个方面").
 */
const LISTED_BEFORE_COUNT = new RegExp(`、\\p{Script=Han}{1,10}(?:[（(][^（()）]{1,8}[）)])?${COUNT.source}$`, 'u');
/** A count closing a list item, then the next item's name (of 2–10 characters) before the kind ("12个、荷花" + 街道). */
const COUNT_THEN_NEXT_NAME = String.raw`^\d+${COUNT_MEASURE}、(\p{Script=Han}{2,10}?)`;

/** "覃丽华等5名" + 代表, "金盘小区等3个" + 小区: names listed before the kind, closed by 等 and a count. */
const AFTER_NAMES_LISTED = new RegExp(`等(?:\\d+|[一二两三四五六七八九十]+)?${COUNT_MEASURE}?$`, 'u');

/** What joins the names of a list ("甲宅、乙祠", "南湖社区和北山社区"). */

const NAME_JOINT = '[、和及与]';
/** The words bringing in the names come within this many characters of the count ("，共涉及", "，经评审"), in its clause. */
const BRINGS_IN_NAMES_WITHIN_CHARS = 10;
/**
 * After a count of the kind, words bringing in its names ("历史建筑8处，分别是：甲宅、乙祠…", "试点社区2个：南湖社区和北山
 * 社区", "…8处：" at the end, the names on the next line): a list or nothing follows them in the sentence; or bodies
 * listed after 由 ("队伍4支，由甲公司、乙公司…各组建一支"), or names in brackets ("物业企业3家（甲物业、乙物业、丙物业）").
 * Not a colon bringing in a figure ("承诺公园4个”：已建成3个，…"), nor one body after 由 ("由区住建局实施").
 */
const NAMES_FOLLOW_COUNT = new RegExp(
  `^(?:\\d+${COUNT_MEASURE})?(?:[^。；;]{0,${BRINGS_IN_NAMES_WITHIN_CHARS}}?(?:[:：]|分别(?:是|为|叫)|包括|即)(?:[^。；;]*${NAME_JOINT}|\\s*$)|[^。；;]{0,${BRINGS_IN_NAMES_WITHIN_CHARS}}?(?:分别)?由[^。；;]*、|[（(][^（()）]*${NAME_JOINT}[^（()）]*[）)])`,
  'u',
);
/** A numbered item naming a thing ("甲氏宅院"), not a sentence of a list of measures. */
const SHORT_ITEM_MAX_CHARS = 20;
/**
 * A line listing short numbered items ("1.甲氏宅院 2.乙家祠堂", "①甲宅"): names of things, as a list under a count
 * gives them.
 */
const SHORT_ITEMS_LINE = new RegExp(
  `^\\s*(?:\\d{1,2}[.．、](?!\\d)|[\\u2460-\\u2473]|${NUMBERING.arabicInBrackets})\\s*[^，。；：,;:\\s]{1,${SHORT_ITEM_MAX_CHARS}}(?:\\s*$|\\s+(?:\\d{1,2}[.．、]|[\\u2460-\\u2473]|${NUMBERING.arabicInBrackets}))`,
  'u',
);
/**
 * The word right before the kind when it says when, which or how, not which one ("本年度专家评审", "这些专家"): jieba
 * tags of time words, pronouns, numerals, adverbs, prepositions, conjunctions, particles and localisers.
 */
const NO_NAME_TAG = /^(?:t|r|m|q|d|p|c|u|f)/u;
/** A year or a period right before the kind ("本年度专家", "2025年试点社区"): when, not which one. */
const PERIOD_BEFORE = /(?:年度|年|季度|月份?)$/u;

/** A verb counting right before the kind ("全区共有小区12个"): the item is a total, not a name with its count. */
const COUNTING_VERB_BEFORE = /(?:有|共|计|涉及|包括|包含)$/u;

/** An ordinal right before the kind: "第2" / "第三" (+ 网格, 小区) is a name. */
const ORDINAL_BEFORE = /第(?:\d+|[一二两三四五六七八九十百]+)$/u;

/** How far before the kind a count is read ("共计126个" + 小区). */
const COUNT_WINDOW_CHARS = 8;
/** How far before the kind names listed before its count are read ("金盘、滨江2个" + 小区). */
const LISTED_NAMES_WINDOW_CHARS = 20;

/**
 * Words before the kind that say which kind, not which one ("老旧小区", "改造小区", "各小区", "该小区"): no name. Any
 * other word before it may be a name ("金盘小区"), so the rule stays silent.
 */
const KIND_BEFORE = /(?:老旧|改造|城镇|各|该|本|此|这些|那些|上述|所有|全部|其他|其余|相关|试点|示范|的)$/u;

/**
 * Whether the sentences speak of the kind only by counting it and never name one: "甲街道6个小区，790户" gives how
 * many, not which. False when a sentence holds no count of it, or may name one ("金盘小区", "…等3个小区").
 */
export function countsWithoutNaming(sentences: string[], kind: string): boolean {
  return readingOfKind(sentences, kind) === 'counted';
}

/**
 * How sentences speak of a kind: only by counting it ('counted'), by what may be names ("金盘小区", "…等3个小区", a
 * list brought in after its count, numbered short items), or not at all ('absent'). When several are asked
 * (`namesWanted`), one thing named beside the count ("已建成5个，第6个（乙路公园）…") does not name them.
 */
function readingOfKind(sentences: string[], kind: string, namesWanted = 1, linesAfter: string[] = []): 'counted' | 'named' | 'absent' {
  let counted = false;
  let names = 0;
  for (const raw of sentences) {
    const text = raw.normalize('NFKC');
    for (let at = text.indexOf(kind); at >= 0; at = text.indexOf(kind, at + kind.length)) {
      const before = text.slice(Math.max(0, at - COUNT_WINDOW_CHARS), at);
      const after = text.slice(at + kind.length);
      if (AFTER_NAMES_LISTED.test(before)) return 'named';
      // "城关第2网格", "第三小区": an ordinal before the kind names one, it counts none.
      if (ORDINAL_BEFORE.test(before)) {
        names++;
        continue;
      }
      // "改造金盘、滨江2个小区": the names listed before the count.
      if (COUNT_BEFORE.test(before) && LISTED_BEFORE_COUNT.test(text.slice(Math.max(0, at - LISTED_NAMES_WINDOW_CHARS), at))) return 'named';
      // "甲街道12个、乙街道10个": each item a name with its count, the next item naming another of the kind.
      if (!KIND_BEFORE.test(before) && !COUNTING_VERB_BEFORE.test(before) && namesNextItem(after, kind)) return 'named';
      if (COUNT_BEFORE.test(before) || COUNT_AFTER.test(after)) {
        if (NAMES_FOLLOW_COUNT.test(after)) return 'named';
        counted = true;
      } else if (!KIND_BEFORE.test(before) && before.length && !saysNoName(before)) names++;
    }
  }
  if (counted && [...sentences, ...linesAfter].some((s) => SHORT_ITEMS_LINE.test(s.normalize('NFKC')))) return 'named';
  if (names && (names >= namesWanted || !counted)) return 'named';
  return counted ? 'counted' : 'absent';
}

/** Whether the word right before the kind says when, which or how rather than naming one ("本年度" + 专家). */
function saysNoName(before: string): boolean {
  if (PERIOD_BEFORE.test(before)) return true;
  const tag = getJieba().tag(before, false).at(-1)?.tag ?? '';
  return NO_NAME_TAG.test(tag);
}

/** Whether the text after the kind is its count closing a list item, the next item naming another of the kind. */
function namesNextItem(after: string, kind: string): boolean {
  const next = new RegExp(COUNT_THEN_NEXT_NAME + escapeRegExp(kind), 'u').exec(after)?.[1];
  // "小区12个、老旧小区8个": a qualifier says which kind, it names none.
  return next !== undefined && !KIND_BEFORE.test(next);
}

/** A name before 小区 / 宿舍 / 家属院 / 新村 / 项目, with a spoken "那个" between ("甲苑那个小区"). */
const NAMED_ESTATE = /(\p{Script=Han}{2,8}?)(?:那个|这个|那片)?(?:小区|宿舍|家属院|家属区|新村|项目)/u;

/**
 * The 小区, building or project a question names ("甲苑那个小区" → 甲苑, "乙糖厂宿舍项目" → 乙糖厂): the one
 * thing its figure is asked of. Undefined when none is named. The name may be a general phrase ("全市改造小区" →
 * 全市改造); callers read only the rare words within it.
 */
export function namedEstate(question: string): string | undefined {
  return question.normalize('NFKC').match(NAMED_ESTATE)?.[1];
}

/**
 * A firm the question asks by its role ("监理单位是哪家", "设计单位叫什么名字", "哪家物业公司", "哪个承建单位"):
 * the role asked names no firm, a firm's name does.
 */
const FIRM_ROLE = '(?:施工|监理|设计|勘察|代建|承建|中标|物业(?:服务)?)(?:单位|公司|企业)';
// "施工单位是谁" asks the firm; "施工单位谁来监管", "中标单位是谁确定的" ask who supervises or decides: a body or a process.
const ASKS_FIRM_BY_ROLE = new RegExp(
  `(${FIRM_ROLE})(?:(?:是|为|叫)?(?:哪一?[家个]|(?:什么|啥)名字)|(?:是|为)谁(?!(?![呢啊呀])\\p{Script=Han}))|哪一?[家个](${FIRM_ROLE})`,
  'u',
);
/** A firm named: two or more characters before 公司 / 集团 ("城投物业管理有限公司", "建工集团"). */
const NAMES_FIRM = /\p{Script=Han}{2,}(?:公司|集团)/u;

/**
 * Whether the question asks a firm by its role and the text names none: the role word itself ("由专业设计公司承担",
 * "物业企业负责") is what the question already says, no name. Undefined role asked: false.
 */
export function lacksAskedFirm(question: string, text: string): boolean {
  const m = question.normalize('NFKC').match(ASKS_FIRM_BY_ROLE);
  const role = m?.[1] ?? m?.[2];
  return !!role && !NAMES_FIRM.test(text.normalize('NFKC').replaceAll(role, ''));
}
