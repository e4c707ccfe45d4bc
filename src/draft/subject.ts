// What a passage is about, beyond the words it shares with a suggestion: the subject of the proposal a reply answers
// (its title names it: "…《关于解决我县停车难问题的建议》的答复"), and whether a word sits only inside a list of
// document names. A parking reply's "结合道路管网改造工程…增画停车位" shares 管网改造 with a heating-pipe suggestion
// but is about parking; "先后出台了《…》《…》《…物业管理…》等政策文件" names 物业管理 without saying anything about it.
import { getJieba, getTokenizer } from '../text/tokenizer.js';
import { normalizeForMatch } from '../text/simplify.js';

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

/** The proposal a reply's title says it answers: 《关于X的建议》, （关于X的提案）, “关于X的建议”, or 关于X的建议 itself. */
const ANSWERED = [/《关于([^》]+?)的?(?:建议|提案|议案)?》/u, /[（(“"]关于([^）)”"]+?)的?(?:建议|提案|议案)?[）)”"]/u, /关于(.+?)的(?:建议|提案|议案)/u];
/** "关于市八届人大一次会议第126号建议的答复": a meeting and a number, no subject. */
const NO_SUBJECT = /会议|第?\s*\d+\s*号|届/u;
/** Words that name no particular subject in a housing library (every reply is about some 小区). */
const SUBJECT_FILLER = /老旧小区|小区|社区|住房|住宅|城镇|城市|问题|建议|提案|项目|工作/u;
/** Two characters every such title shares with every proposal: not a shared subject. */
const FILLER_PAIR = /^(?:改造|小区|老旧|建设|管理|推进|加强|解决|提升|实施|问题|居民|城市|城镇)$/u;

/** The things the proposal answered by a reply is about ("停车难"), from the reply's title; empty when it names none. */
export function answeredSubject(title: string, words: (text: string) => string[]): string[] {
  for (const pattern of ANSWERED) {
    const subject = title.match(pattern)?.[1];
    if (!subject || NO_SUBJECT.test(subject)) continue;
    return words(subject).filter((w) => !SUBJECT_FILLER.test(w) && !isPlaceName(w) && namesAThing(w));
  }
  return [];
}

function isPlaceName(word: string): boolean {
  const tags = getJieba().tag(word, false);
  return (tags.length === 1 && tags[0].tag === 'ns') || /^(?:我|本|该)?[市县区镇乡]$|^我[市县区]$/u.test(word) || /[省市县区镇乡村街路]$/u.test(word);
}

/** A subject shares something with the asked wording: a two-character part of one of its words appears there. */
export function sharesSubject(subject: string[], wording: string): boolean {
  const flat = normalizeForMatch(wording);
  return subject.some((word) => {
    const w = normalizeForMatch(word);
    for (let i = 0; i + 2 <= w.length; i++) {
      const pair = w.slice(i, i + 2);
      if (!FILLER_PAIR.test(pair) && flat.includes(pair)) return true;
    }
    return false;
  });
}

/** Tuning of the document-list rule. */
export const SUBJECT_OPTIONS = {
  /** A sentence naming this many documents (《…》) or more is a list of them: words in their names are not its topic. */
  minListedDocuments: 3,
};

/** The sentence without the names of the documents it lists (when it lists several): what it says of its own. */
export function withoutListedDocuments(sentence: string): string {
  const names = sentence.match(/《[^》]*》/gu) ?? [];
  return names.length >= SUBJECT_OPTIONS.minListedDocuments ? sentence.replace(/《[^》]*》/gu, '《》') : sentence;
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
