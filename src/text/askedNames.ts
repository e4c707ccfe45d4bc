import { escapeRegExp } from './regExp.js';
import { getJieba } from './tokenizer.js';

// "…具体是哪几个小区？", "…分别是哪些小区？": the names of the things are asked, which a count of them ("甲街道6个小区",
// "改造小区126个") does not give.

/** "哪些", "哪几个", "哪两个", "哪三家": what asks for names; the kind of thing follows it. */
const ASKS_NAMES = /哪(?:些|[几两二三四五六七八九十][个家处所])(\p{Script=Han}+)/u;
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
  if (!tail) return undefined;
  let head: string | undefined;
  for (const { word, tag } of getJieba().tag(tail, false)) {
    if (PHRASE_WORD.test(tag)) head = word;
    else if (head || !tag.startsWith('v')) break;
  }
  return head && headOfCompound(head);
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
const COUNT = /(?:\d+[个家处所]?|[一二两三四五六七八九十百千]+[个家处所]|(?:共|计|约|近|逾|达|合计|总计|累计)[一二两三四五六七八九十百千]+)/u;
/**
 * Words that say how many of the kind without naming any ("部分县区", "个别小区"): a count too, only a vague one.
 * Read right before the kind only ("部分县区开工较晚"), as a count is.
 */
const VAGUE_COUNT = /(?:部分|一些|个别|少数|多数|若干)/u;
/** A count right before the kind ("126个小区", "六个小区", "部分县区") or right after it ("小区126个"). */
const COUNT_BEFORE = new RegExp(`(?:${COUNT.source}|${VAGUE_COUNT.source})$`, 'u');
const COUNT_AFTER = /^\d+[个家处所]/u;
/**
 * Names listed right before a count of the kind ("金盘、滨江2个小区"), the last one with a note in brackets after it
 * ("任务完成（40分）、资金使用（20分）…四个方面").
 */
const LISTED_BEFORE_COUNT = new RegExp(`、\\p{Script=Han}{1,10}(?:[（(][^（()）]{1,8}[）)])?${COUNT.source}$`, 'u');
/** A count closing a list item, then the next item's name (of 2–10 characters) before the kind ("12个、荷花" + 街道). */
const COUNT_THEN_NEXT_NAME = String.raw`^\d+[个家处所]、(\p{Script=Han}{2,10}?)`;

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
  let counted = false;
  for (const raw of sentences) {
    const text = raw.normalize('NFKC');
    for (let at = text.indexOf(kind); at >= 0; at = text.indexOf(kind, at + kind.length)) {
      const before = text.slice(Math.max(0, at - COUNT_WINDOW_CHARS), at);
      const after = text.slice(at + kind.length);
      if (/等\d*[个家处所]?$/u.test(before)) return false;
      // "城关第2网格", "第三小区": an ordinal before the kind names one, it counts none.
      if (ORDINAL_BEFORE.test(before)) return false;
      // "改造金盘、滨江2个小区": the names listed before the count.
      if (COUNT_BEFORE.test(before) && LISTED_BEFORE_COUNT.test(text.slice(Math.max(0, at - LISTED_NAMES_WINDOW_CHARS), at))) return false;
      // "甲街道12个、乙街道10个": each item a name with its count, the next item naming another of the kind.
      if (!KIND_BEFORE.test(before) && !COUNTING_VERB_BEFORE.test(before) && namesNextItem(after, kind)) return false;
      if (COUNT_BEFORE.test(before) || COUNT_AFTER.test(after)) counted = true;
      else if (!KIND_BEFORE.test(before) && before.length) return false;
    }
  }
  return counted;
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
