// Words of a question that ask rather than name what is asked about (beyond the tokenizer's stop words).
import { getJieba, getTokenizer, isDomainNoun } from './tokenizer.js';
import { toSimplified } from './simplify.js';
import { DOCUMENT_NUMBER_SOURCE } from './documentNumbers.js';
import { CN_DIGIT, CN_DIGIT_CHARS } from './numerals.js';

/**
 * The words that ask for content rather than whether: how many, what, which, how, who ("多少", "几", "什么", "哪",
 * "怎么", "怎样", "如何", "谁"). No word here starts another, so a pattern joining them finds the same words in any order.
 */
export const CONTENT_ASKING_WORDS: readonly string[] = ['多少', '几', '什么', '哪', '怎么', '怎样', '如何', '谁'];

/** The words that ask how long or when ("多久", "多长", "何时"). */
export const TIME_ASKING_WORDS: readonly string[] = ['多久', '多长', '何时'];

/** A pattern matching any of `words` (Chinese words, no pattern characters in them). */
export function anyOfWords(words: readonly string[], flags = 'u'): RegExp {
  return new RegExp(words.join('|'), flags);
}

/** Question words the tokenizer keeps but that carry no topic. */
export const QUESTION_NOISE = new Set(
  ('时候 哪年 哪一年 多大 多长 多久 几个 几次 几期 几批 怎样 怎么办 哪方面 方面 具体 情况 做了 做 办 打算 有没有 能不能 是不是 ' +
    '这份 这个 该 此 办到 一步 哪一步 到哪 一下 有何 何时 啥 咋 哪几类 几类 哪类 出了 给出 介绍 说说 讲讲 告诉 知道 请问 主要 一共 总 大约 ' +
    '想 想要 了解 到底 究竟 麻烦 谢谢 咨询 请教 问问 帮忙 不能 能否 可否 是否 钱 ' +
    // Colloquial fillers of spoken questions ("搞", "那片", "加起来"): they carry no topic a document could hold.
    '有个 有人 自己 不要 搞 弄 干 那片 那边 这边 那阵子 这阵子 一共 加起来 全都 都 还 给 要不要 能不能 给不给 算不算 是不是 ' +
    '说过 拿来 怎么回事 咋回事 为啥 啥时候 多会儿 以后 今后 现在 太难 老是 总是 部分 那部分 ' +
    'how much many what which when where who why was were is are the a an of in on to for do does did and or with').split(/\s+/),
);

/** Aspect and planning verbs ("计划改造", "完成了"): how the asker frames the fact, which documents word freely. */
export const ASPECT_WORDS: ReadonlySet<string> = new Set('计划 打算 准备 要求 需要 开展 实施 推进 完成 进行 实现 做到 落实 安排'.split(' '));

/**
 * Support verbs (形式动词: "实行托管", "给予补助", "予以公开"): the noun after them says what is done, and a passage states
 * it with a verb of its own or none ("由街道办事处托管", "每餐补助3元").
 */
export const SUPPORT_VERBS: ReadonlySet<string> = new Set('给予 给以 予以 加以 实行 作出 做出'.split(' '));

/**
 * Verbs of doing an ask is made of (排查积水点, 规范施工时间, 加强管理, 完善机制): what the bureau is asked to do to a
 * thing, which the library reports with a verb of its own ("消除积水点17处", "施工时间为每日7:30至…"). The thing is
 * what a passage must hold, not the verb.
 */
export const ACTION_VERBS: ReadonlySet<string> = new Set(
  '排查 规范 加强 推进 推动 落实 完善 强化 优化 提升 做好 加大 压实 着力 推行 促进'.split(' '),
);

/**
 * Nouns of a period of the year (年度, 月度, 季度, 季节): when or how often the asked thing is done ("年度投入", "月度分析",
 * "台风季节的脚手架检查"), which the library states by the period itself ("每年安排…", "6月共受理…", "每次台风过境后…").
 */
export const PERIOD_WORDS: ReadonlySet<string> = new Set('年度 月度 季度 季节'.split(' '));

/** Words naming the kind of answer wanted (a measure, a reason…), not its topic. */
const ANSWER_KIND_WORDS = new Set('办法 措施 做法 方法 途径 方式 举措 内容 意思 程度 作用 区别 原因 目的 时间 哪天 文件 例子 情况 情形 问题 界定 定义 含义 概念 地方 路子 部门 全称 全名'.split(' '));

/** A measure word glued to the word after it by the tokenizer ("哪份文件" → 份文件, "哪个部门" → 个部门). */
const MEASURE_PREFIX = /^[份个张条项件位家种类批]/u;

export function isAnswerKindWord(word: string): boolean {
  return ANSWER_KIND_WORDS.has(word) || (MEASURE_PREFIX.test(word) && ANSWER_KIND_WORDS.has(word.slice(1)));
}

/**
 * Nouns naming the form an ask is to take (补助标准, 出资渠道, 一定期限, 拨付时限, 按规定比例, 调解机制): what kind of
 * arrangement is wanted, which the library states by its content ("每台补助15万元", "可以提取住房公积金出资", "开工后
 * 拨付40%") without naming the form.
 */
const FORM_NOUNS = ['标准', '机制', '制度', '渠道', '途径', '期限', '时限', '比例', '规定', '办法', '细则', '范围', '力度'];

/**
 * The asker's hedge on the form of an ask: a form left open ("给予一定期限的补贴", "在一定范围内公开", "按一定比例")
 * or one deferred to the rules ("按规定比例足额落实", "按照要求配齐"). It names no content a passage must hold: the
 * library answers with the period, share or rule itself ("补贴期限拟为3年", "按不低于30%的比例").
 */
const HEDGED_FORM = new RegExp(`(?:在)?一定的?(?:${FORM_NOUNS.join('|')})(?:内|之内)?的?|按照?(?:规定|要求|标准)的?`, 'gu');

/** The wording without the asker's hedges on the form of the ask (see HEDGED_FORM). */
export function withoutHedgedForm(text: string): string {
  return text.replace(HEDGED_FORM, '');
}

/** A word that is, or closes on, a noun naming the form of an ask (质量标准, 按规定; see FORM_NOUNS). */
export function namesFormOfAsk(word: string): boolean {
  return FORM_NOUNS.some((noun) => word.endsWith(noun));
}

/**
 * The form nouns a passage answers with the content they name (the mechanism, the channel, the time limit itself):
 * all but 力度, which asks for more of what the rest of the ask names ("加大财政补助力度"), and 标准, which a sum per
 * unit states (holdsRateWord) while a yearly budget does not.
 */
const STATED_FORM_NOUNS = FORM_NOUNS.filter((noun) => noun !== '力度' && noun !== '标准');

/** A word that is one of the nouns naming the form of an ask (机制, 标准: STATED_FORM_NOUNS), not a compound closing on one. */
export function isFormNoun(word: string): boolean {
  return STATED_FORM_NOUNS.includes(word);
}

/**
 * What a word closing on a form noun names without it: 调解 of 调解机制, 收费 of 收费标准; null for a bare form noun or
 * a stem too short to name a thing (一 of 一定期限 is no stem: HEDGED_FORM reads those).
 */
export function stemOfFormWord(word: string): string | null {
  const noun = STATED_FORM_NOUNS.find((n) => word.endsWith(n) && word.length > n.length);
  const stem = noun ? word.slice(0, word.length - noun.length) : '';
  return stem.length >= 2 ? stem : null;
}

/**
 * Which way a standard or limit is to move ("提高补助标准", "调整奖补标准", "放宽提取条件"), and how fully or steadily
 * funds are to come ("配套资金要足额及时到位", "保持稳定的投入"): an ask to change a standard is answered by what it is
 * now, an ask about funds by the arrangement a document states; neither writes these words.
 */
export const DIRECTION_WORDS: ReadonlySet<string> = new Set(['提高', '调整', '放宽', '降低', '足额', '及时', '到位', '稳定', '保持', '保持稳定']);

/**
 * Words saying how an ask is to be carried out (优先实施, 统一配建, 同步改造, 全面推进), not what it is about: a passage
 * holding one of them is not on the ask for that.
 */
export const MANNER_WORDS: ReadonlySet<string> = new Set(
  (
    '优先 统一 同步 全面 尽快 及时 逐步 积极 进一步 切实 大力 加快 持续 分批 有序 充分 着力 抓紧 普遍 适当 合理 严格 有效 主动 稳步 一律 集中 ' +
    // How many ways, not which: "探索…等多种参与方式".
    '多种 各种 多样 多元 若干 一些 ' +
    // Systematically, or by what means: "系统消除积水点", "利用腾出的空间建设…" ask to 消除, to 建设.
    '系统 利用 依托 借助 ' +
    // Whose duty, not what it is: "明确专业经营单位的出资责任" asks who pays (出资), as "压实属地责任" asks who acts.
    '责任 职责 ' +
    // With method: "科学安排施工时间", "科学编制规划".
    '科学 ' +
    // By law, at set times, as the fallback: "依法处罚", "定期公开", "由社区兜底托管" ask to 处罚, 公开, 托管.
    '依法 定期 兜底'
  )
    .split(' ')
    .concat(...DIRECTION_WORDS),
);

/**
 * A manner word, alone or glued by the tokenizer to the verb it qualifies ("合理安排", "科学安排"): how an ask is to be
 * done, not what it is about. Glued only to a bare verb of its own (not 率 of 利用率), in one word the tokenizer keeps
 * whole (集中 and 充电 stay two), and not a thing of the field ("集中供暖", "集中供热": the domain dictionary's noun, an
 * idiom).
 */
export function isMannerWord(word: string): boolean {
  if (MANNER_WORDS.has(word)) return true;
  const manner = [...MANNER_WORDS].find((m) => word.length > m.length && word.startsWith(m));
  if (!manner) return false;
  const rest = getJieba().tag(word.slice(manner.length), false);
  const whole = getJieba().tag(word, true);
  const bareVerb = rest.length === 1 && rest[0].word.length >= 2 && rest[0].tag === 'v';
  return bareVerb && whole.length === 1 && whole[0].tag !== 'l' && !isDomainNoun(word);
}

/** "把X作为…对象/内容/重点/任务": 作为 and the class noun it closes on (see classFrameWords). */
const CLASS_FRAME = /(?:把|将)[^，,。；;]{1,16}?(作为)[^，,。；;]{0,10}?(对象|内容|重点|任务)(?![\p{Script=Han}])/gu;

/**
 * "把这类小区作为优先改造对象", "把雨污分流作为改造的必改内容": what the ask puts in a class (把/将 X) is asked; 作为 and the
 * class noun it closes on (对象, 内容, 重点, 任务) only frame it, and a passage on X need not repeat them ("…在同等条件下优先
 * 安排", "完成雨污分流管网改造38.6公里"). Returns those frame words; none when the text has no such construction.
 */
export function classFrameWords(text: string): Set<string> {
  return new Set([...text.matchAll(CLASS_FRAME)].flatMap((m) => [m[1], m[2]]));
}

/** Part-of-speech tags of words that can carry a question's topic: nouns, names, abbreviations, idioms, numerals. */
const TOPIC_TAG = /^(?:n|nr|ns|nt|nz|ng|nrt|nrfg|j|i|l|eng|vn|m|s|t)$/u;

export function isTopicTag(tag: string): boolean {
  return TOPIC_TAG.test(tag);
}

/**
 * Tags of words that say where or how rather than what: place words ("楼下", "门口") and idioms ("乱七八糟"). A library
 * that never uses them can still hold what the question is about.
 */
const DESCRIPTIVE_TAG = /^(?:s|i)$/u;

export function isDescriptiveTag(tag: string | undefined): boolean {
  return !!tag && DESCRIPTIVE_TAG.test(tag);
}

/**
 * A part of the day ("晚上", "早上七点四十", "半夜"): when the asker saw or wants something done, which documents write
 * as clock times ("19:00至次日7:30", "7:30至12:00"). Like a place word it says when, not what; unlike other time words
 * ("今天", "星期"), which ask about a date no document holds.
 */
const PART_OF_DAY = /^(?:早上|早晨|清早|上午|中午|下午|傍晚|晚上|晚间|夜里|夜间|半夜|深夜|凌晨|白天)$/u;

export function isPartOfDay(word: string): boolean {
  return PART_OF_DAY.test(word);
}

/** Parts of the day as documents write them into the name of an activity ("夜间施工", "晚间作业"); not the asker's "晚上". */
const WRITTEN_PART_OF_DAY = /^(?:夜间|晚间|日间)$/u;

/** Tags of the word a written part of day can name an activity with: a noun or verb (施工 vn, 作业 n, 照明 v). */
const ACTIVITY_TAG = /^(?:n|v|vn)$/u;

/** An activity's word after a part of day: a noun or verb of two or more characters (not the bare 停 of "夜间停在…"). */
function namesActivity(token: { word: string; tag: string } | undefined): boolean {
  return !!token && ACTIVITY_TAG.test(token.tag) && /^\p{Script=Han}{2,}$/u.test(token.word);
}

/**
 * Whether a question's part-of-day word, written as documents write it, qualifies the activity right after it
 * ("夜间施工要办什么手续", "晚间作业", "夜间照明"): with it, a term of its own that rules regulate apart from the daytime
 * activity. Read from the word after it being a noun or a verb, whichever the tagger calls it (施工 vn, 作业 n, 照明 v).
 */
export function qualifiesActivity(word: string, question: string): boolean {
  if (!WRITTEN_PART_OF_DAY.test(word)) return false;
  const tokens = getJieba().tag(question, false);
  return tokens.some((t, i) => t.word === word && namesActivity(tokens[i + 1]));
}

/** Whether a question's part-of-day word only says when the asker saw or wants something ("晚上", "早上七点四十"). */
export function saysWhenOnly(word: string, question: string): boolean {
  return isPartOfDay(word) && !qualifiesActivity(word, question);
}

/** A word of two or three characters the dictionary holds only as single characters ("楼里" = 楼 + 里). */
function gluedFromCharacters(word: string): boolean {
  return /^\p{Script=Han}{2,3}$/u.test(word) && getJieba().cut(word, false).every((piece) => piece.length === 1);
}

/**
 * Words the tokenizer guessed by gluing single characters its dictionary holds apart ("楼里" of 楼里要几成, "充一" of
 * 充一晚上, "数定" of 这个数定下来, "楼加" of 楼加起来): mostly no word of the language, so no topic a library could lack
 * and no term a passage must hold. A real term the dictionary lacks (碳汇, 户表) is read the same way: a known risk,
 * kept because a narrower rule lost more right answers than it saved on held-back questions (README). None when two
 * such guesses stand side by side ("省住" + "建厅" of 省住建厅): the question holds a name the dictionary lacks, cut
 * apart, and its other guesses may be pieces of names too.
 */
export function gluedWords(text: string): Set<string> {
  const words = getTokenizer().cut(text);
  const glued = words.map(gluedFromCharacters);
  if (glued.some((g, i) => g && glued[i + 1])) return new Set();
  return new Set(words.filter((_, i) => glued[i]));
}

/** The root of a spoken noun made with a diminutive suffix ("管子" → 管, "盖儿" → 盖), or undefined. */
export function spokenNounRoot(word: string): string | undefined {
  return word.match(/^(\p{Script=Han})[子儿头]$/u)?.[1];
}

/** Structural references ("第二部分", "第五条", "第（三）项", "三是", "附件4"): where in a document, not what is asked. */
export const STRUCTURE_REFERENCE = new RegExp(String.raw`第\s*[（(]?\s*[${CN_DIGIT_CHARS}百\d]+\s*[）)]?\s*(?:部分|条|章|节|点|项|款|批次)|${CN_DIGIT}是|附件\s*\d+|[（(][${CN_DIGIT_CHARS}\d]+[）)]`, 'gu');

/** STRUCTURE_REFERENCE without the global flag, for a plain test (a global pattern's test() moves its lastIndex). */
const POINTS_AT_PART = new RegExp(STRUCTURE_REFERENCE.source, 'u');

/**
 * The acts by which a document named by its 文号 states its rules, right after the number ("18号规定…", "11号中明确"). Not
 * 答复 or 回复 there ("9号答复的是哪件建议"): the reply is what is asked about.
 */
const RULE_ACT_AFTER_NUMBER = new RegExp(`(?:${DOCUMENT_NUMBER_SOURCE})\\s*(?:中|里)?(规定|要求|明确)`, 'u');

/** What a document does with its content ("…第四条怎么规定的"): the asker wants the content, not the act named. */
export const DOCUMENT_ACTS: ReadonlySet<string> = new Set('规定 要求 明确 提出 答复 回复 表述 说明 解释 定义 界定 部署 安排 表态 回应'.split(' '));

/**
 * "第三条规定哪些项目不纳入", "第二部分（二）1.（1）是怎么规定的", "A财建〔2024〕18号规定每台补多少": a question pointing
 * to a part of a document, or to a document by its 文号 with the act right after it, asks what it says; the act named
 * (规定, 要求, 明确) is how the asker points, not a word the part must write.
 */
export function isActOfPointedPart(word: string, question: string): boolean {
  return DOCUMENT_ACTS.has(word) && (POINTS_AT_PART.test(question) || question.match(RULE_ACT_AFTER_NUMBER)?.[1] === word);
}

/** Pronoun-led and counted fillers of spoken questions ("哪种", "那场", "两条", "各自"): they point, they name nothing. */
const SPOKEN_FILLER = /^(?:[哪那这各每][\p{Script=Han}]{0,3}|[一两几][\p{Script=Han}]|什么样|最多能|要是)$/u;

export function isSpokenFiller(word: string): boolean {
  return SPOKEN_FILLER.test(word);
}

/**
 * Part-of-speech tags of words that frame a question rather than name its topic: pronouns ("那边", "各自"), adverbs
 * ("到底", "已经"), conjunctions ("要是", "不管"), prepositions, particles, modal words and interjections.
 */
const FRAMING_TAG = /^(?:r|rr|rz|ry|d|c|p|u|uj|ul|uz|ug|uv|ud|y|e|o|zg)$/u;
/** Degree adverbs ("最晚", "更快"): how much, not what ("共担", "共治" are words, not 共 + a verb). */
const DEGREE = /^[最更很太挺较越]$/u;
/** Modal verbs ("能", "会", "可", "要", "该", "得"): whether something may or must happen, not what. */
const MODAL = /^[能会可要该得需]$/u;
/** One character verbs, adjectives and locatives ("说", "拿", "去", "大", "里"): too vague to say what is asked. */
const VAGUE_SINGLE_TAG = /^(?:v|a|f|q|m|ad|an)$/u;

/** Each word of `text` with its part-of-speech tag as jieba tags the whole text. */
export function wordTags(text: string): Map<string, string> {
  return new Map(getJieba().tag(text, false).map((t) => [toSimplified(t.word).toLowerCase(), t.tag]));
}

/**
 * The tag of a term the tokenizer cut (it may cut differently from the tagger): the tag in the question when the
 * tagger produced the same word, else the tag of the term on its own; a term the tagger splits into framing pieces
 * ("能往" → 能/v 往/zg, a stop word and a particle) is a framing word, and one it splits into verbs and their
 * complements only ("停到" → 停/v 到/v) is a verb (two one-character verbs, "审"+"签", still make a word).
 */
export function tagOf(term: string, tags: Map<string, string>): string | undefined {
  const known = tags.get(term);
  if (known) return known;
  const pieces = getJieba().tag(term, false);
  if (pieces.length === 1) return pieces[0].tag;
  if (pieces.every((p) => FRAMING_TAG.test(p.tag) || !getTokenizer().terms(p.word).length)) return 'd';
  // A modal verb or degree adverb glued to the character after it ("能换" of 能换完, "能全" of 能全换掉, "最晚"): a
  // verb as the asker frames it, or a framing word, never a noun a document could lack.
  if (pieces.length === 2 && pieces.every((p) => [...p.word].length === 1)) {
    if (DEGREE.test(pieces[0].word)) return 'd';
    if (MODAL.test(pieces[0].word)) return 'v';
  }
  // Verbs and their complements glued into one word ("停到", "改完", "没交过"): how the asker says it, a verb phrase
  // (two adjectives, "老旧", still describe what is asked about).
  const verbal = (tag: string) => /^v[dg]?$/u.test(tag);
  return pieces.some((p) => verbal(p.tag)) && pieces.every((p) => verbal(p.tag) || FRAMING_TAG.test(p.tag)) ? 'v' : undefined;
}

/**
 * A word that only frames the question: a question or chat word ("咋", "搞", "能不能"), a spoken filler ("那种",
 * "两份"), a pronoun, adverb, conjunction or particle, or a single-character verb, adjective or locative.
 */
export function isFramingWord(word: string, tag: string | undefined): boolean {
  if (QUESTION_NOISE.has(word) || isSpokenFiller(word)) return true;
  if (!tag) return false;
  return FRAMING_TAG.test(tag) || ([...word].length === 1 && VAGUE_SINGLE_TAG.test(tag));
}

/**
 * "在楼道里", "在小区门口": a word inside a 在…里/上/中/内/外/边/旁/下 phrase names where, not what. A phrase holding a
 * question word or 的 ("是在哪天的记者会上") asks about the place itself.
 */
const LOCATIVE_PHRASE = /在((?:(?![的哪啥几谁么])\p{Script=Han}){2,6}?)(?:里|上|中|内|外|边|旁|下|门口)(?![\p{Script=Han}]{0,1}(?:面|头)?[的之])/gu;

export function locatedIn(text: string, word: string): boolean {
  return [...text.matchAll(LOCATIVE_PHRASE)].some((m) => m[1].includes(word));
}

/** What is left of a clause naming only a place, a year and the ask ("是多少", "呢"): it asks nothing of its own. */
export const BARE_ASK = /^(?:是|有|为|的|又|则|达到|到了)*(?:多少|几成|什么|怎样|如何)?(?:了|呢|啊|呀|吗)*$/u;
