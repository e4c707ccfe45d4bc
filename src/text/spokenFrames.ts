// Spoken question frames ("咋整", "啥时候", "为啥", "找谁") in the plain wording every question-type rule reads
// ("怎么办", "什么时候", "为什么", "由谁负责"): one place, so a rule written for 怎么 / 什么 / 谁负责 also hears the
// spoken form, and no rule needs its own list of dialect words.

/** In order: a longer frame before the shorter one it holds ("咋整" before "咋", "啥时候" before "啥"). */
const SPOKEN_FRAMES: [RegExp, string][] = [
  // What to do about it: "咋整", "咋办", "咋弄", "咋搞", "怎么整".
  [/咋(?:整|弄|搞|办)|怎么整/gu, '怎么办'],
  [/为啥|为嘛|干嘛要|凭啥/gu, '为什么'],
  [/啥时候|啥时|多会儿|多咱/gu, '什么时候'],
  // Who to turn to: "找谁报名" asks the body in charge. ("谁来管" is left alone: there 管 is often the topic, management.)
  [/(?:应该|该|要|得)?找谁/gu, '由谁负责'],
  [/咋/gu, '怎么'],
  [/啥/gu, '什么'],
];

/**
 * Who passes the question on ("新来的同事问：", "有居民来电问：", "市民咨询："): the asker's framing, before the colon
 * that opens the question itself. Short, and ending in a verb of asking, so a question that names a topic before a
 * colon ("加装电梯：审批要多久？") keeps it.
 */
const REPORTED_ASKER = /^[^：:？?。！!，,]{0,12}?(?:问|问道|咨询|来电|反映|打听)[：:]\s*(?=\S)/u;

const SPOKEN_DIGITS: Record<string, string> = { 零: '0', 〇: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
import { CN_DIGIT_CHARS, CN_UNIT_DIGIT_CHARS } from './numerals.js';

/**
 * A year said by its last two digits ("零三年盖的", "九八年的楼", "03年"): read as the year in full, as documents write
 * it. Only a leading 零/0 (2000s) or 六–九 in characters (1960s–1990s): "一二年", "二三年", "七八年" are as often "a year
 * or two" or "seven or eight years", and two digits from 6 up ("70年产权", "超过60年的老楼") as often a length of time.
 * A number of years framed as a length ("满…年", "超过…年", "…年产权", "…年以上", "…年了") is never a year.
 */
const SPOKEN_YEAR =
  new RegExp(String.raw`(?<![\d〇零${CN_DIGIT_CHARS}百千万两几]|超过|满|近|有|房龄)([零〇0][${CN_UNIT_DIGIT_CHARS}\d]|[六七八九][零〇${CN_UNIT_DIGIT_CHARS}])(?=年(?!代|级|限|底前|内|以来|以上|产权|了|的房龄))`, 'gu');

function spokenYearsInFull(text: string): string {
  return text.replace(SPOKEN_YEAR, (two) => {
    const digits = [...two].map((c) => SPOKEN_DIGITS[c] ?? c).join('');
    // "七八年", "八九年" in characters say "seven or eight years".
    if (/^[六七八九]/u.test(two) && Number(digits[1]) === Number(digits[0]) + 1) return two;
    return `${digits.startsWith('0') ? '20' : '19'}${digits}`;
  });
}

/**
 * The question with its spoken frames in plain wording, a year said by its last two digits in full, and without the clause saying who passed it on; the words
 * that name the topic are left as they are.
 */
export function plainQuestionWording(question: string): string {
  return SPOKEN_FRAMES.reduce((text, [frame, plain]) => text.replace(frame, plain), spokenYearsInFull(question.replace(REPORTED_ASKER, '')));
}
