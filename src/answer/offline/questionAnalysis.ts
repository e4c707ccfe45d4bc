// What a question asks: its topic terms, the kind of answer it wants (a figure, a list of measures, a definition…).
import type { Tokenizer } from '../../text/tokenizer.js';
import { isFramingWord, tagOf, wordTags } from '../../text/questionWords.js';
import { withoutBuiltYears } from '../../text/numerals.js';

/** Questions that ask for the measures, steps or items a document lists. */
export const ASKS_FOR_MEASURES = /怎么|如何|怎样|哪些|哪[两三四五几][条项点个方面]|措施|做法|办法|途径|举措|方式|方法|有什么|有何|采取了?什么|安排|从哪|哪来|来源/;
export const ASKS_FOR_NUMBER = /多少|几|多大|多长|多久|比例|面积|金额|哪年|哪一年|何时|什么时候|时间|数量|规模/;
export const ASKS_FOR_DEFINITION = /什么是|是什么|指什么|什么叫|何为|何谓|含义|定义|概念|界定/;
export const ASKS_FOR_SETTING = /场合|什么会|哪次会|哪个会|在哪|何时|什么时候|哪天|哪一天/;
export const ASKS_FOR_REPLY = /(?:怎么|如何|怎样)(?:答复|回复|复函|办理)|答复(?:了)?什么|(?:答复|回复|办理)(?:的)?(?:内容|结果|情况)/;

// Questions that ask how much or how many: one rule in src/text/ that retrieval reads too.
export { ASKS_FOR_QUANTITY } from '../../text/askedFigure.js';

/** "哪家公司中标的？": asks for a company by name (an absent detail when the documents only say "引入企业"). */
export const ASKS_FOR_COMPANY = /哪(?:一)?[家个些]\p{Script=Han}{0,6}?(?:公司|企业|银行|集团)|(?:公司|企业)是哪[家个]/u;
/** A company named: two or more characters before 公司 / 集团 / 银行 ("城投物业管理有限公司", "工商银行"). */
export const NAMES_COMPANY = /\p{Script=Han}{2,}(?:公司|集团|银行)/u;

/**
 * Details asked by their kind that only a text naming that kind gives: a brand ("电梯是什么牌子": 品牌, 型号), a counter
 * to go to ("去哪个窗口办": 窗口, 大厅; not a 窗口期, a period), where to download a form ("申请表在网上哪里下载": a website, platform or app),
 * the 街道 or road a place is in.
 * A sentence on the topic without it ("统一采用声光控LED灯具") does not say which.
 */
export const ASKED_NAMED_DETAILS: readonly { asks: RegExp; names: RegExp }[] = [
  { asks: /(?:什么|哪个|哪种|哪家|啥)(?:牌子|品牌|型号)/u, names: /牌子|品牌|型号|商标|厂家|生产厂/u },
  { asks: /(?:哪个|哪些|什么|啥)(?:窗口(?!期)|大厅)/u, names: /窗口(?!期)|大厅/u },
  { asks: /(?:哪里|哪儿|在哪|从哪|哪个网站)(?:能|可以)?下载/u, names: /网站|网址|网页|平台|系统|公众号|小程序|https?:|www\.|下载/u },
  // "在哪个街道", "哪个镇": a sentence describing the place asked of without its 街道 or 镇 does not say which.
  // 城乡 and 城镇 in 城乡建设(局), 城乡规划, 城镇老旧小区, 城镇化 name no place; a town named 古城镇 or 石城乡 does.
  { asks: /(?:哪个|哪一个|什么)(?:街道|乡镇|镇)/u, names: /\p{Script=Han}{2,}(?:街道|[镇乡](?!建设|规划|老旧|化))/u },
  // "在哪条路": a road's or street's name (…路, …大街, …大道), or a house number. Not "在哪条规定里" (an article) nor
  // "走哪条路子" (which way to go about it).
  { asks: /哪条(?:马?路(?![子线径])|大?街|大道)/u, names: /\p{Script=Han}{2,}(?:路|大街|街|大道)|\d+号/u },
];

/** The question's weighted terms: its own terms weigh 1, terms carried over from a previous question weigh less. */
export interface QuestionFocus {
  text: string;
  terms: string[];
  carried: string[];
}

export function questionFocus(tokenizer: Tokenizer, question: string, carriedFrom = ''): QuestionFocus {
  // "我家楼是2002年盖的": the building's year is a condition a rule's range covers, no term an answer must hold.
  const own = topicTerms(tokenizer, withoutBuiltYears(question));
  const carried = carriedFrom ? topicTerms(tokenizer, carriedFrom).filter((t) => !own.includes(t)) : [];
  return { text: question, terms: own, carried };
}

/** The tokenizer's terms without the words that frame the question; "2021年" counts once (as "2021"), not twice. */
function topicTerms(tokenizer: Tokenizer, text: string): string[] {
  const tags = wordTags(text);
  const terms = unique(tokenizer.terms(text).filter((t) => !isFramingWord(t, tagOf(t, tags))));
  return terms.filter((t) => {
    const bare = t.match(/^(\d+(?:\.\d+)?)\D+$/)?.[1];
    return !(bare && terms.includes(bare));
  });
}

export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
