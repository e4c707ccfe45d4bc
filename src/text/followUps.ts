// A follow-up in a thread names what changes from the question before it ("那2024年实际完成了多少个？" after "2025年
// 全市计划改造多少个？"): the year it names, or the actual figure after a planned one. The earlier question is carried
// as context with that part replaced, so the context does not ask for the year or the plan the follow-up moved away from.

import { type RelativeYear, YEARS_FROM_ANOTHER, YEARS_FROM_NOW } from './dates.js';
import { COUNTERS, statedYears, withStatedYearsAs } from './numerals.js';
import { askedPlaces, placeWrittenIn } from './places.js';
import { withoutCitationMarks } from './sentences.js';

/**
 * Years said relative to the year of the question before ("那第二年呢？", "那去年实际装了多少台？"): the words of each
 * offset, the earliest offset first.
 */
const RELATIVE_YEARS: [RegExp, number][] = relativeYearPatterns([...YEARS_FROM_NOW, ...YEARS_FROM_ANOTHER]);

function relativeYearPatterns(years: readonly RelativeYear[]): [RegExp, number][] {
  const offsets = [...new Set(years.map((y) => y.offset))].sort((a, b) => a - b);
  return offsets.map((offset) => [new RegExp(years.filter((y) => y.offset === offset).map((y) => y.word).join('|'), 'u'), offset]);
}

/** What the follow-up's figure is: what was done (实际, 完成) or what is planned (计划, 打算). */
const ACTUAL = /实际|实有|已经?完成|完成了|做到了/u;
const PLANNED = /计划|打算|拟/u;
const PLANNED_WORDS = new RegExp(PLANNED.source, 'gu');

/**
 * Words for the whole unit rather than a place's name ("全市", "本县", "我市"): a place the follow-up names replaces them.
 * Only a word standing alone — at the start, after a non-Han character, a date or a preposition — not the same two
 * characters inside another word ("施工安全区域", "完全县域").
 */
const WHOLE_UNIT = /(?<!(?![年月日于在对和与及、中是的将把])\p{Script=Han})(?:全|本|我|该)[市县区省](?![场民政级直属域])/gu;

/**
 * The earlier question asked of the place the follow-up names ("A同一年呢？" after "甲区2023年…" → "A2023年…";
 * "其中乙区的完工率呢？" after "…全市完工了…" → "…乙区完工了…"): its own places and its whole-unit words are
 * replaced, so the context no longer asks about the place the thread moved away from. A follow-up naming no place,
 * or more than one, keeps the earlier places.
 */
export function withFollowUpPlace(earlier: string, own: string): string {
  const named = askedPlaces(own);
  if (named.length !== 1) return earlier;
  const place = placeWrittenIn(own, named[0]) ?? named[0];
  let context = earlier;
  for (const stem of askedPlaces(earlier).filter((p) => p !== named[0])) {
    const written = placeWrittenIn(context, stem);
    if (written) context = context.split(written).join(place);
  }
  context = context.replace(WHOLE_UNIT, place);
  // "甲区和乙区…" both replaced: the place once.
  return context.replace(new RegExp(`${place}(?:[和与及、]${place})+`, 'gu'), place);
}

/**
 * The counters a how-many ask is written with ("多少个", "几台", "多少户"): not every unit a number takes (the
 * tokenizer's UNIT_PATTERN), since "几号" asks a day, "几部门" a department and "第几届" an ordinal.
 */
const COUNTER_UNIT = `[${COUNTERS}]`;

/** A how-many ask of the earlier question ("一共有多少个", "几台", "多少万元"): what a follow-up asking its own replaces. */
const COUNT_ASK = new RegExp(`(?:一共|总共|共|总计)?有?(?:多少|(?<!哪)几)(?:万元|亿元|元|${COUNTER_UNIT})?`, 'gu');
const COUNT_ASK_ONCE = new RegExp(COUNT_ASK.source, 'u');
/**
 * A figure the follow-up names itself ("它三年打算改多少户？", "其中甲区的完工率呢？", "居民出了多少钱？"), not only
 * of another place or year. A bare "多少" ("实际完成了多少？") names none: the earlier count's unit carries over.
 */
const OWN_FIGURE_ASK = new RegExp(`(?:多少|(?<!哪)几)(钱|万元|亿元|元|${COUNTER_UNIT})|多大|多长|多久|比例|占比|\\p{Script=Han}率`, 'u');

/** The earlier count the follow-up's own figure replaces: only one of another kind ("多少户" after "多少个", "完工率"). */
function replacesEarlierCount(own: string, earlier: string): boolean {
  const asked = own.match(OWN_FIGURE_ASK);
  if (!asked) return false;
  const earlierUnit = earlier.match(COUNT_ASK_ONCE)?.[0].match(/(?:多少|几)(.*)$/u)?.[1];
  return asked[1] === undefined || asked[1] !== earlierUnit;
}

/** Any ask of a question's own: a question word or particle. */
const ASKS_ANYTHING = /多少|几|哪|谁|什么|啥|怎|如何|何|吗|是否|有没有|能不能|可不可以/u;
/** 那/那么 leading a follow-up ("那2024年呢？"), not the 那 of 那个/那些/那里/那边. */
const LEADING_PARTICLE = '(?:那么|那)(?![个些里边])';
const LEADS_WITH_PARTICLE = new RegExp(`^${LEADING_PARTICLE}`, 'u');

/** The follow-up without its leading 那/那么 ("那施工管理呢？" → "施工管理呢？"). */
export function withoutLeadingParticle(question: string): string {
  return question.replace(LEADS_WITH_PARTICLE, '');
}

/** The words a follow-up leans on the thread with ("其中…的…呢？", "那…"), which name nothing of their own. */
const LEANING_WORDS = new RegExp(`^(?:${LEADING_PARTICLE}|其中|还有|另外)|的|呢|[？?。！!\\s]`, 'gu');

/** A thing named that is itself a figure ("完工率", "比例", "资金规模"): only it is asked as one; "施工管理呢" is not. */
const FIGURE_NOUN = /\p{Script=Han}率|比例|占比|金额|数量|户数|面积|规模/u;

/**
 * "其中甲区的完工率呢？" after "…完工了多少个小区？": a follow-up naming a thing of its own (not only another place
 * or year, as "A同一年呢？") but asking nothing, asks of it what the earlier question asked, a figure: "…完工率是多少？".
 */
function withCarriedFigureAsk(own: string, earlier: string): string {
  if (!endsOnNe(own) || ASKS_ANYTHING.test(own) || !COUNT_ASK_ONCE.test(earlier)) return own;
  let rest = own;
  for (const stem of askedPlaces(own)) rest = rest.replace(placeWrittenIn(rest, stem) ?? stem, '');
  // A name with its unit's suffix right before 呢 is a place the tagger may not know ("青石县呢").
  rest = rest.replace(/(?:19|20)\d{2}\s*年(?:度)?|我们|咱们|\p{Script=Han}{2,4}[省市县区](?=的?呢)/gu, '').replace(LEANING_WORDS, '');
  return FIGURE_NOUN.test(rest) ? own.replace(/呢([？?]?)$/u, '是多少$1') : own;
}

function yearsIn(text: string): string[] {
  return statedYears(text).map(String);
}

/** The year a follow-up asks about: its own 2024年, or one said relative to the single year of the earlier question. */
export function followUpYear(own: string, earlier: string): string | undefined {
  const stated = yearsIn(own);
  if (stated.length) return stated.length === 1 ? stated[0] : undefined;
  const before = [...new Set(yearsIn(earlier))];
  if (before.length !== 1) return undefined;
  const shift = RELATIVE_YEARS.find(([word]) => word.test(own))?.[1];
  return shift === undefined ? undefined : String(Number(before[0]) + shift);
}

/**
 * The follow-up with a relative year made absolute ("那第二年呢？" after a 2023 question → "那2024年呢？"), and the
 * earlier question as context for it: its year replaced by the follow-up's, its 计划 dropped when the follow-up asks
 * what was actually done.
 */
export function restateFollowUp(own: string, earlier: string): { own: string; earlier: string } {
  const year = followUpYear(own, earlier);
  let question = own;
  let context = earlier;
  if (year) {
    if (!yearsIn(own).length) {
      const relative = RELATIVE_YEARS.find(([word]) => word.test(own))?.[0];
      if (relative) question = own.replace(relative, `${year}年`);
    }
    context = withStatedYearsAs(context, `${year}年`);
  }
  question = withCarriedFigureAsk(question, context);
  if (ACTUAL.test(own) && !PLANNED.test(own)) context = context.replace(PLANNED_WORDS, '');
  context = withFollowUpPlace(context, own);
  // "完工率" asked after "完工了多少个小区": the follow-up's own figure replaces the earlier count, not joins it.
  if (replacesEarlierCount(question, context)) context = context.replace(COUNT_ASK, '');
  return { own: question, earlier: context };
}

/** An elliptic follow-up closing on 呢 ("A同一年呢？", "我们B呢"). */
export function endsOnNe(question: string): boolean {
  return /呢[？?]?$/u.test(question);
}

/** An answer's sentences without their citation marks, for comparing two answers ("…6230户[1]。" → "…6230户"). */
export function answerSentences(text: string): string[] {
  return withoutCitationMarks(text).split(/[。！？!?\n]/u).map((x) => x.trim()).filter((x) => x.length > MIN_REPEATED_SENTENCE_CHARS);
}
const MIN_REPEATED_SENTENCE_CHARS = 4;

/** Two characters of a follow-up that name nothing new: pronouns, question words, fillers ("那它", "多少", "现在"). */
const FOLLOW_UP_FILLER = new Set(['多少', '什么', '怎么', '哪个', '那个', '这个', '是多', '少个', '有多', '是什', '么时', '时候', '那它', '它的', '我们', '现在']);

/** The words asking ("多少", "呢"): a pair across one ("共多" of "一共多少个", "少户") is no word the follow-up adds. */
const FOLLOW_UP_ASKING = /多少|几|什么|哪|呢|吗/gu;

/** Adjacent pairs of Chinese characters ("它三年打算" → 它三, 三年, 年打, 打算), not across a word asking. */
export function hanPairs(text: string): string[] {
  const runs = text.replace(FOLLOW_UP_ASKING, ' ').match(/\p{Script=Han}{2,}/gu) ?? [];
  return runs.flatMap((run) => [...run].slice(0, -1).map((c, i) => `${c}${run[i + 1]}`));
}

/**
 * The words a follow-up adds to the question before it ("它三年打算改多少户" after "…一共有多少个老旧小区" → 三年, 打算,
 * …), as pairs of characters neither the earlier question nor FOLLOW_UP_FILLER holds.
 */
export function newWordsOfFollowUp(own: string, earlier: string): string[] {
  return hanPairs(own).filter((pair) => !earlier.includes(pair) && !FOLLOW_UP_FILLER.has(pair));
}
