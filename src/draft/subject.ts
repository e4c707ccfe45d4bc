// What a passage is about beyond the words it shares with a suggestion: a funding sentence ("由市人防办出资100万元，对
// 小区的暖气管道进行了改造") is evidence under a suggestion that is not about money only for what it says was done.
import { getJieba, getTokenizer } from '../text/tokenizer.js';

/** Tags of words that name a thing: nouns, nominal verbs, distinguishing words (无障碍), idioms. */
const THING_TAG = /^(?:n|nz|nt|ns|nr|ng|vn|b|l|i|j)$/u;

/** A word naming a thing: tagged so, or a compound whose head (its last part, as Chinese compounds go) is: 加装电梯. */
export function namesAThing(word: string): boolean {
  const tags = getJieba().tag(word, false);
  if (tags.length === 1 && THING_TAG.test(tags[0].tag)) return true;
  const head = getTokenizer().searchTerms(word).filter((part) => part !== word && part.length >= 2 && word.endsWith(part)).pop();
  if (!head) return false;
  const headTags = getJieba().tag(head, false);
  return headTags.length === 1 && THING_TAG.test(headTags[0].tag);
}

/** Words of money: who pays, how much, by what instrument. */
const MONEY = /出资|投资|融资|筹资|筹措|捐资|资金|资本|经费|补助|补贴|奖补|贴息|债券|贷款|费用|收费|财政|金融|公积金|预算|经营权|收益|[万亿]元/u;

/** A suggestion about money (补助, 出资, 债券, 费用…): its evidence may be a funding sentence. */
export function asksAboutMoney(wording: string): boolean {
  return MONEY.test(wording);
}

/**
 * A sentence without its money clauses ("由市人防办出资100万元", "引入企业投资1800万元建设停车场和充电设施"): what
 * it says was done, whoever paid. Under a suggestion that is not about money, a funding sentence is evidence only
 * when this rest is on the suggestion's topic ("对小区的暖气管道进行了改造"), not when only the funded list names it.
 */
export function withoutMoneyClauses(sentence: string): string {
  return sentence
    .split(/(?<=[，,；;：:])/u)
    // A document's name ("《…筹资与财政奖补实施办法》") is not a funding arrangement.
    .filter((clause) => !MONEY.test(clause.replace(/《[^》]*》/gu, '')))
    .join('');
}
