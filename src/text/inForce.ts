// Whether a text states what applies or only what is proposed: the one place the answer stage (a figure only
// proposed) and drafting (a document not in force) read it.
import { boundedMemo } from '../boundedMemo.js';
import { clausesOf, restatesRequest } from './clauses.js';
import { BEFORE_DATE } from './dates.js';
import { WITHIN_WORDS } from './deadlines.js';
import { figuresAsDigits, withoutStatedYears, yearsAsDigits } from './numerals.js';
import { escapeRegExp } from './regExp.js';
import { titleNote, titleWithoutNote } from './itemReferences.js';
import { splitSentences } from './sentences.js';
import { NEW_VALUE_MARK } from './levelChange.js';
import { PLANNED_CLAUSE } from './plans.js';
import { anyOfWords, CONTENT_ASKING_WORDS } from './questionWords.js';

/** The name of a version not in force: 讨论稿, 征求意见稿, 草案, 送审稿. */
const DRAFT_VERSION = '讨论稿|征求意见稿|草案|送审稿';

/** A document's head naming it a version not in force (or a call for comments on it, 意见征求). */
export const NOT_IN_FORCE = new RegExp(`${DRAFT_VERSION}|意见征求`, 'u');

/**
 * A sentence only proposing what it states: a clause opening with 拟 ("拟对…给予补贴，每台每年3000元"; not 拟定, 拟稿),
 * a version not in force, or a matter left open (尚待, 待定).
 */
export const PROPOSED = new RegExp(`(?:^|[，,；;：:])\\s*(?:现)?拟(?![定稿])|${DRAFT_VERSION}|尚待|待定`, 'u');

/**
 * A question about what is planned or proposed (拟, 计划, 下一步, 方案…) or about a version not in force, which a
 * proposal or a draft answers; any other question asks what applies.
 */
// Not 准备: "要准备哪些材料" asks what to bring.
export const ASKS_WHAT_IS_PROPOSED = new RegExp(`拟|计划|打算|将来|今后|下一步|未来|设想|方案|${DRAFT_VERSION}|征求意见`, 'u');

/**
 * Whether a text is in force, or what is still open in it: "能拿来执行吗", "生效了没有", "正式印发了吗", "还有什么待研究的".
 * Not a bare 执行, 有效, 讨论: "补贴执行什么标准", "怎样有效推进" ask what applies.
 */
export const ASKS_ABOUT_FORCE = /(?:执行|施行|生效|实施)了?[吗没]|是否(?:已经?)?(?:有效|执行|施行|生效)|(?:还|仍然?)有效[吗没]|正式(?:印发|出台|施行|实施)|待(?:讨论|研究|定)|废止/u;

/**
 * "6号文件说电梯每台补7万元，现在还执行吗", "那个实施意见现在还管用吗", "现在还按这个吗", "拨付还按老办法吗": whether a rule
 * or a figure the asker names still applies. Not whether a draft is in force yet ("现在执行了吗", ASKS_ABOUT_FORCE).
 */
export const ASKS_STILL_APPLIES =
  /(?:(?<![退偿归])还(?![款要需得])|仍然?|依然)[^，,。？?！!]{0,16}?(?:(?:执行|施行|实行|有效|管用|适用|算数|作数)(?:吗|么|不|没有?)|按[^，,。？?！!]{0,12}?(?:吗|么|不)|是[^，,。？?！!]{0,12}?(?:标准|规定|办法|政策)(?:吗|么))(?=\s*(?:[？?。！!，,]|$))/u;

/**
 * A sentence saying a rule has ended: 废止, 失效, 不再执行 / 适用 / 实行, 停止执行 / 实施 — the plainest answer to whether
 * it still applies (STATES_WHETHER_APPLIES also hears a rule going on or changed).
 */
export const STATES_ENDED = /废止|失效|不再(?:执行|适用|实行)|停止(?:执行|实施)/u;

/** A document as another one names it: its title and its 文号. */
export interface NamedDocument {
  title: string;
  number?: string | null;
}

/** Shortest title, its closing note aside, read as naming one document ("办法" alone names none). */
const MIN_NAMING_TITLE_CHARS = 6;

/** An earlier document's title, closing note aside, when it is long enough to name that one document. */
function namingTitle(document: NamedDocument): string | null {
  const title = titleWithoutNote(document.title);
  return title.length < MIN_NAMING_TITLE_CHARS ? null : title;
}

/**
 * Whether `later` is a new edition of `earlier`: the same title, closing note aside ("…审核办法（修订）" of "…审核办法").
 * Which of the two came first is the caller's to know (their dates).
 */
export function isNewEditionOf(later: NamedDocument, earlier: NamedDocument): boolean {
  const title = namingTitle(earlier);
  return !!title && titleWithoutNote(later.title) === title;
}

/**
 * Whether `text` has a sentence naming `document` by title or 文号 that says it ended ("《…审核办法》（…〔2021〕8号）
 * 同时废止"): then it no longer applies, whatever the two documents' dates say.
 */
export function statesDocumentEnded(text: string, document: NamedDocument): boolean {
  const title = namingTitle(document);
  if (!title) return false;
  const names = (sentence: string) => namesAsEnded(sentence, title) || (!!document.number && namesAsEnded(sentence, document.number));
  return splitSentences(text).some((s) => STATES_ENDED.test(s.text) && names(s.text));
}

/** What names the document that does the repealing: "已被《…》废止", "已由…〔2025〕3号废止" name the new one, not the ended one. */
const REPEALED_BY = /(?:被|由)(?:《[^《》]*》)?[（(]?《?$/u;

/**
 * Whether the sentence names `name` other than as the document that does the repealing, at a place where `endsThere`
 * holds of the sentence after the name (by default anywhere).
 */
function namesAsEnded(sentence: string, name: string, endsThere: (after: string) => boolean = () => true): boolean {
  for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
    if (!REPEALED_BY.test(sentence.slice(0, at)) && endsThere(sentence.slice(at + name.length))) return true;
  }
  return false;
}

/** Whether a document's title marks it as no longer in force in its closing note: "…暂行办法（已废止）", "（已失效）". */
export function titleSaysEnded(title: string): boolean {
  return STATES_ENDED.test(titleNote(title));
}

/**
 * A question about a former version or an earlier time, which a repealed document may answer: "原来是多少", "以前暂行办法
 * 的时候", "修订前", "老标准", "调整之前". Not 之前 / 以前 after a date ("9月30日之前", dates.ts BEFORE_DATE): a deadline.
 */
export function asksFormerVersion(question: string): boolean {
  return ASKS_FORMER_WORDS.test(question) || /以前|之前/u.test(question.replace(new RegExp(BEFORE_DATE, 'gu'), ''));
}

const ASKS_FORMER_WORDS =
  /原来|原先|原(?:办法|规定|标准|细则|政策|文件|条例|方案|版)|(?:旧|老)(?:办法|规定|标准|细则|政策|文件|版)|(?:修订|修改|调整|废止|出台|施行|实施)(?:之|以)?前|过去|当时|曾经|当初|暂行|试行/u;

/** Repealing only part of a document: an article (第十二条), "中关于…的规定", 部分条款, "与本办法不一致的". */
const REPEALS_PART = /第[\d一二三四五六七八九十百零〇]+[条款项章节]|关于[^，,；;]{0,40}?的(?:规定|内容|条款|要求)|(?:部分|相关|有关|个别)(?:条款|内容|规定)|不一致的/u;

/**
 * A repeal not done: planned or advised (拟, 将于, 计划, 适时, 正研究, 建议, 待新办法出台后), a term still running
 * (有效期至), or negated, conditional or asked (暂不, 不予, 不因…而, 是否). A plain 将 ("现将《…》予以废止") marks what is
 * repealed, not when; nor is 研究 in "经研究，决定…" a repeal still being studied.
 */
const REPEAL_NOT_DONE = new RegExp(
  `${PROPOSED.source}|拟|即将|将(?:于|在|会|要)|(?<![现特兹])将[^，,。；;《》]{0,4}?(?:${STATES_ENDED.source})|建议|计划|适时|(?<!经[^，,。；;]{0,8})研究(?!决定|确定|同意)|暂不|不予|不因[^，,。；;]{0,30}?而|是否|待[^，,。；;]{1,24}?后|有效期至`,
  'u',
);

/** A bracketed note after a name ("（…〔2018〕9号）", "（2018年3月1日印发）"), read past when finding its clause. */
const BRACKETED_NOTE = /[（(][^（()）]*[)）]/gu;

/** Further titles listed with the named one ("、《…》", "和《…》（…号）"), which may share its ending word. */
const LISTED_TITLES = /(?:、|以及|和|及|与)《[^《》]*》/gu;

/**
 * Whether the clause from a name on (`after`, the sentence after the name) says that document ended: an ending word in
 * the same clause, with no other title between but those listed with it ("《甲》、《乙》同时废止"). So "依据《甲》制定，…
 * 《乙》同时废止" and "《甲》继续有效，《乙》予以废止" end only 乙, and "除《甲》外，其他文件同时废止" none named.
 */
function clauseSaysEnded(after: string): boolean {
  const clause = after.replace(BRACKETED_NOTE, '').replace(LISTED_TITLES, '').split(/[，,；;]/u)[0] ?? '';
  const end = clause.search(STATES_ENDED);
  return end >= 0 && !clause.slice(0, end).includes('《') && !REPEALS_PART.test(clause);
}

/**
 * Whether `text` repeals the whole of `document`: a sentence naming it by its whole title in book-title marks
 * ("《…办法》", or with the document's own closing note) or by its 文号, whose clause from that name on says it is
 * repealed (clauseSaysEnded) — done, not planned or negated (REPEAL_NOT_DONE), and not only an article or part of it
 * (REPEALS_PART). A title inside a longer one ("《…办法实施细则》") names another document; so does another edition's
 * note ("《…办法（试行）》" for "…办法（2023年修订）"). With `byTitle` false only the 文号 counts: a title alone may be
 * another place's document of the same name.
 */
export function repealsWholeDocument(text: string, document: NamedDocument, { byTitle = true } = {}): boolean {
  const title = namingTitle(document);
  if (!title) return false;
  const note = titleNote(document.title);
  const titles = byTitle ? [`《${title}》`, ...(note ? [`《${title}${note}》`] : [])] : [];
  const names = [...titles, ...(document.number ? [document.number] : [])];
  return repealingSentences(text).some((sentence) => names.some((name) => namesAsEnded(sentence, name, clauseSaysEnded)));
}

/** Texts whose repealing sentences are kept; past this the store starts over. */
const REPEALING_SENTENCES_KEPT = 64;

/**
 * The sentences of a text that state a repeal done (an ending word, not REPEAL_NOT_DONE), split once per text: each
 * question asks it of every retrieved document once for each other one.
 */
const repealingSentences = boundedMemo(REPEALING_SENTENCES_KEPT, (text: string): string[] =>
  splitSentences(text)
    .map((s) => s.text)
    .filter((sentence) => STATES_ENDED.test(sentence) && !REPEAL_NOT_DONE.test(sentence)),
);

/**
 * A sentence's word on whether a rule still applies: it ended (废止, 不再执行), goes on (继续执行, 仍按…), runs for a term
 * (有效期, 执行期限, 自…起施行) or gave way to another (调整为, 提高到, 执行新标准, 执行原办法…的标准). A sentence restating
 * the rule or its figures ("2024年居民出资标准为每平方米不低于1元") says nothing of it.
 */
export const STATES_WHETHER_APPLIES = new RegExp(
  String.raw`${STATES_ENDED.source}|(?:继续|仍然?|依然|照常)(?:按|执行|有效|适用|实行)|有效期|执行期限|(?:自|从)[^，,。；;]{1,20}?起(?:执行|施行|实施)|(?:调整|提高|降低|修改|变更|改)(?:为|到|成)|执行(?:原|新|现行)|按原`,
  'u',
);

/** When, in the asker's words: now, as things stand. */
const NOW = '(?:现在|目前|眼下|如今|当前|现阶段)';
/**
 * "现在能按每处3000元申请补助吗？", "目前可不可以按新标准办": whether something may be done now, which a draft answers
 * only by saying it is not in force yet and what applies until it is.
 */
export const ASKS_WHETHER_NOW = new RegExp(
  `${NOW}[^。？?！!]{0,20}?(?:(?:能|可以|可|能否|可否|行)[^。？?！!]{0,30}?(?:吗|么|不)[？?]?\\s*$|能不能|可不可以|是否(?:能|可以)|行不行)`,
  'u',
);

/**
 * A draft's own word that it is not in force and what applies meanwhile: "本征求意见稿不作为执行依据", "尚未印发施行",
 * "正式办法印发前，…仍按现行规定…，不单独补助".
 */
export const STATES_NOT_IN_FORCE = /不作为执行依据|尚未(?:经[^，。；]{0,10})?(?:印发|施行|审定|审议)|(?:印发|施行|出台)前[^。；]{0,40}?(?:仍按|暂不|不单独|按现行)/u;

/**
 * Whether a change the asker heard of is settled: "这个定了没有", "这个数定下来了吗", "是不是已经涨到每平方米15元了",
 * "正式批了吗". Asked of a proposal, a plan or a draft, it is answered by what the text says of its status.
 */
// 定 of 规定/审定 and 执行 of 可以执行/按…执行 ask what applies ("有规定吗", "有统一的标准可以执行吗"), not whether it is settled.
const ASKS_WHETHER_SETTLED = /(?:(?<![规审制])定|确定|定下来|敲定|批|批准|(?<!可以|可|能|按|依据|依照)执行|施行|生效|落地)了?(?:吗|没有?)|是不是已经/u;

/** Whether there is a rule on something at all: "加装电梯有补贴的规定吗", "这方面有规定没有？", "有没有统一的标准". */
const ASKS_WHETHER_THERE_IS_A_RULE = /有(?:没有)?[^，,。？?！!]{0,16}?(?:规定|标准|政策|办法|文件|依据)/u;

/** A question asking what the rule is: "2日内上门是怎么规定的", "如何要求", "规定是什么". */
export const ASKS_WHAT_THE_RULE_IS = /(?:怎么|怎样|如何)(?:规定|要求)|(?:规定|要求)是(?:什么|怎样)/u;

/** A clause laying down a rule: "要求3日内上门", "实行48小时内上门". */
const LAYS_DOWN_RULE = /实行|规定|要求/u;

/**
 * Whether a sentence lays down a rule in a clause that turns nothing down ("缩短到2日的建议暂不采纳，对独居老人实行48小时
 * 内上门": the rule asked about may be stated in another unit than the figure turned down).
 */
export function laysDownRuleBesideTurnedDown(sentence: string): boolean {
  return clausesOf(sentence).some((clause) => LAYS_DOWN_RULE.test(clause) && !TURNED_DOWN_PATTERN.test(clause));
}

/**
 * A clause asking for content (which, what, how many, how, who), not whether: "有哪几种方式，现在生效了吗". The words
 * asking when or how long (TIME_ASKING_WORDS: "何时生效", "多久能批") were never among them, so such a clause beside a
 * whether-clause does not keep the ordinary answer; kept as it was (no test covers it either way).
 */
export const ASKS_SOMETHING_ELSE = anyOfWords(CONTENT_ASKING_WORDS);

/** Whether a change the asker heard of is settled (see ASKS_WHETHER_SETTLED); whether a rule exists at all is not. */
export function asksWhetherSettled(clause: string): boolean {
  return ASKS_WHETHER_SETTLED.test(clause) && !ASKS_WHETHER_THERE_IS_A_RULE.test(clause);
}

/**
 * A text's own word that what it proposes is not settled, or what applies until it is: a draft not in force
 * (STATES_NOT_IN_FORCE), a decision put off ("对具体标准暂不作决定", "会议未对数量作出决定", "待征求意见后另行报领导小组
 * 审定"), or the rule kept meanwhile ("新标准出台前，仍按每台12万元执行").
 */
export const STATES_UNSETTLED = new RegExp(
  `${STATES_NOT_IN_FORCE.source}|暂不作出?决定|未(?:对[^，,。；;]{0,12})?作出?决定|另行(?:报[^，,。；;]{0,12})?(?:研究|审定|决定)`,
  'u',
);

/**
 * A decision put off ("对具体标准暂不作决定", "会议未对数量作出决定"): the only status words that say, on their own, that
 * a change is unsettled. "出台前…仍按每台12万元执行" says what applies; "具体申报流程另行研究" defers a side matter.
 */
export const STATES_PUT_OFF = /暂不作出?决定|未(?:对[^，,。；;]{0,12})?作出?决定/u;

/**
 * The matter a decision is put off on, as the text names it: "会议对电梯维保费用分摊办法暂不作决定" → 电梯维保费用分摊办法,
 * "未对改造数量作出决定" → 改造数量. Undefined when the sentence names none ("新标准出台前，仍按…执行").
 */
export function mattersPutOff(sentence: string): string | undefined {
  return sentence.match(/对([^，,。；;]{2,20}?)(?:暂不|未)作出?决定|未对([^，,。；;]{2,20}?)作出?决定/u)?.slice(1).find(Boolean);
}

/** A matter named by reference to the one just spoken of ("具体标准", "该标准", "上述事项"), not another one. */
export const MATTER_REFERS_BACK = /^(?:具体|该|此|上述|相关|新|其)/u;

/**
 * A sentence's own word that what it states is settled: approved ("已经市政府常务会议审定", "业经批准", "已审议通过") or in
 * force from a date ("自2025年7月1日起执行"). Not "待…审定", "报…审定": those are still to come.
 */
export const STATES_SETTLED = /(?:已经?|业经)[^，,。；;]{0,16}?(?:审定|批准|通过)|自[^，,。；;]{1,16}?起(?:执行|施行|实施)/u;

/**
 * A clause saying the matter is still being worked out, not decided: "具体方案正在研究", "2026年以后另行研究", "正在起草
 * 《…办法》", "并研究引入电梯综合保险". Not "研究将…提高到" (a proposal with its figure, which settledStatusAnswer reads),
 * nor a decision already taken: "市政府研究出台了《…办法》", "经市政府常务会议研究确定", "经研究制定了…".
 */
export const STATES_STILL_WORKED_OUT = /正在(?:研究|起草|制定|编制|论证)|另行(?:研究|制定|确定)|(?<!经[^，,。；;]{0,12})研究(?:引入|制定)(?!了)|尚未(?:确定|明确)/u;

/**
 * A clause leaving only how to carry out a rule for later ("具体申报办法由市住建局另行制定", "具体实施细则另行制定"): the
 * rule the sentence states before it is settled. The capture is the procedure named, which a question may itself ask.
 */
export const PROCEDURE_LEFT_FOR_LATER = /^具体[^，,。；;]{0,8}?(办法|细则|程序|流程)/u;

/**
 * "…每台补助2万元，2026年以后另行研究": a sentence whose last clause leaves its matter open. A sentence that settles
 * something and only adds a matter under study earlier on ("由…承担，同时研究引入…，…") answers a whether question, and so
 * does one that leaves only the procedure for later ("具体申报办法由市住建局另行制定") — unless the question asks about
 * that procedure itself ("申报办法出来了吗").
 */
export function endsOnOpenMatter(sentence: string, question = ''): boolean {
  const last = clausesOf(sentence).at(-1) ?? '';
  const procedure = last.match(PROCEDURE_LEFT_FOR_LATER)?.[1];
  return STATES_STILL_WORKED_OUT.test(last) && (!procedure || question.includes(procedure));
}

/**
 * "…补助2026年还有吗", "…奖补2026年度还执行吗": whether a rule goes on into a year. The text's own word on that year
 * ("2026年度是否继续执行视财力情况另行研究") answers it, though it leaves the matter open. The capture is the year.
 */
const GOES_ON_IN_YEAR = /(?:到|在)?((?:19|20)\d{2})年度?(?:以后|后)?(?:还|仍|是否还|是否仍|是否继续)(?:能|会|要)?(?:有|有效|执行|继续|适用|补)(?:吗|么|不)?[？?。\s]*$/u;

/** The year a question asks whether a rule goes on into, or undefined. */
export function yearAskedGoingOn(question: string): string | undefined {
  return GOES_ON_IN_YEAR.exec(question.normalize('NFKC'))?.[1];
}

/**
 * A question asking a detail that only a decision gives: when ("什么时候能出来", "从哪天起执行"), who ("维保费用由谁出"),
 * or whether ("2026年还每台再补2万吗"). A "which street" or "what" question may be answered beside a matter still studied
 * ("在甲街道试点…，具体方案正在研究"), so it is not one.
 */
export const ASKS_DECIDED_DETAIL = /什么时候|啥时|几时|何时|哪天|哪一天|几月|几号|由谁|谁来|谁出|谁负责|吗[？?！!。\s]*$/u;

/**
 * A draft's account of why it was drafted ("一、起草说明", "起草背景：我市2023年…居民出资仅占总投资的2.1%"): what has
 * been so far, a fact whatever becomes of the draft, not a rule it proposes.
 */
export const DRAFTING_BACKGROUND = /起草(?:说明|背景|依据)|(?:制定|修订|出台)(?:背景|说明)/u;

/** "（征求意见稿）" or "讨论稿" on a line of its own under a title: the version is printed, not mentioned. */
const VERSION_LINE = new RegExp(`^[（(【\\[]?(?:修订)?(?:${DRAFT_VERSION})[）)】\\]]?$`, 'u');
/** Lines of a text's title block read for a printed version. */
const TITLE_BLOCK_LINES = 4;

/**
 * The version not in force a document is (讨论稿, 征求意见稿…), or null when it is in force. Only the document's own
 * identity says so: its title, 文号, front-matter type, or a version line in its title block. A reply or a report that
 * names a draft in its body ("我局已起草《…办法（征求意见稿）》") is not one.
 */
export function versionNotInForce(identity: { title: string; number?: string | null; type?: string; opening?: string }): string | null {
  const titleBlock = (identity.opening ?? '')
    .split('\n', TITLE_BLOCK_LINES * 3)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, TITLE_BLOCK_LINES)
    .filter((line) => VERSION_LINE.test(line));
  for (const text of [identity.title, identity.number ?? '', identity.type ?? '', ...titleBlock]) {
    const version = text.match(NOT_IN_FORCE)?.[0];
    if (version) return version;
  }
  return null;
}

/** A sentence saying what still applies ("现阶段…仍按每平方米不低于10元执行", "会议明确，2025年继续执行…每台3万元"). */
const STATES_STILL_APPLIES = /仍按|仍然按|仍执行|继续执行|继续按|现阶段|目前仍|按现行/u;

/**
 * The units of a figure a question names ("涨到每平方米15元" → 元, "延长到12个月" → 个月, "提到5万元" → 元, "2日内上门" →
 * 日: a span of days, not a date's day).
 */
const FIGURE_UNITS = `元|个月|月|天|工作日|年|%|台|户|个|日(?=\\s*(?:${WITHIN_WORDS}))`;

/** The multiplier a figure's magnitude word stands for ("5万元" → 10000). */
const MAGNITUDE: Record<string, number> = { '': 1, 千: 1e3, 百: 1e2, 万: 1e4, 亿: 1e8 };

/** A figure with its unit, as a number: "5万元" → { value: 50000, unit: 元 }. */
export interface NamedFigure {
  value: number;
  unit: string;
}

/**
 * The figure a question names, its years left out ("听说2025年区级补助提到5万元了" → 5万元, not 2025年). `figureQuestion`:
 * the question in digits. Undefined when it names none.
 */
export function namedFigureOf(figureQuestion: string): NamedFigure | undefined {
  const m = withoutStatedYears(figureQuestion).match(new RegExp(`(\\d+(?:\\.\\d+)?)\\s*([万亿千百]?)\\s*(${FIGURE_UNITS})`, 'u'));
  return m ? { value: Number(m[1]) * MAGNITUDE[m[2]!]!, unit: m[3]! } : undefined;
}

/**
 * How a unit is written in a sentence: a span of days asked as 日 ("2日内") is written 日 or 天 ("2天内上门"), its
 * number not a date's day ("8月7日").
 */
function unitWritten(unit: string): { before: string; unit: string } {
  return unit === '日' ? { before: '月', unit: '(?:日|天)' } : { before: '', unit: escapeRegExp(unit) };
}

/** The values of a sentence's figures of `unit`, compared as numbers ("1.2元" is not "2元"), its years left out. */
export function figureValuesOf(sentence: string, unit: string): number[] {
  const written = unitWritten(unit);
  const pattern = new RegExp(`(?<![\\d.${written.before}])(\\d+(?:\\.\\d+)?)\\s*([万亿千百]?)\\s*${written.unit}`, 'gu');
  return [...withoutStatedYears(sentence).matchAll(pattern)].map((m) => Number(m[1]) * MAGNITUDE[m[2]!]!);
}

/** Who puts a view forward in a meeting or a consultation: not a document, whose 提出 may settle a rule. */
const VIEW_HOLDERS = '(?:同志|代表|委员|群众|居民|业主|有人|专家|意见)们?';

/**
 * A suggestion turned down: 未采纳, 未予采纳, 不予采纳, 不予以采纳, 暂不采纳, 未被采纳, 暂不能采纳, 难以采纳 (not 已被采纳,
 * 予以采纳, nor a class of views a rule on handling them names: "对暂时不能采纳的意见，要说明理由").
 */
const TURNED_DOWN = '(?:[不未]|不能|难以)(?:予以|予|被)?采纳(?!的)';

/**
 * A figure proposed, suggested, asked for or put forward by a view's holder: PUT_FORWARD without turning down. 建议 as
 * the noun a turning down follows ("5日的建议暂不采纳") suggests nothing.
 */
const PUT_FORWARD_UNDECIDED = new RegExp(`${PROPOSED.source}|建议(?![的，,。；、书]|暂?${TURNED_DOWN})|提出(?:将|把|要|应)|${VIEW_HOLDERS}提出(?![的])`, 'u');

/**
 * A sentence putting a figure forward without settling it: proposed (拟, a draft, 待定), suggested or asked for (建议 as a
 * verb: 建议按…, 建议将…; 提出将…), or turned down (TURNED_DOWN): "曾有意见提出将补助提高到每台12万元，因财政承受能力所限
 * 未采纳", "将托管补贴延长到5年的建议，因财力所限暂不采纳". 提出 and 建议 as a noun do not: "《通知》提出，自2024年1月1日起…
 * 每台补助12万元" and "根据代表提出的建议，…提高到12万元" state settled rules. A view's holder putting it forward ("有的同志提出
 * 电梯补助再提高到12万元") does, whatever follows.
 */
export const PUT_FORWARD = new RegExp(`${PUT_FORWARD_UNDECIDED.source}|${TURNED_DOWN}`, 'u');

/**
 * The figure a question takes as given, as the asker wrote it in digits ("每台12万元的补助从哪天开始执行" → 12万元;
 * not "下一年度", whose 一 is no figure). Undefined when it names none.
 */
export function presumedFigureOf(question: string): (NamedFigure & { written: string }) | undefined {
  const text = withoutStatedYears(question);
  const m = text.match(new RegExp(`\\d+(?:\\.\\d+)?\\s*[万亿千百]?\\s*(?:${FIGURE_UNITS})`, 'u'));
  const written = m?.[0];
  // Read where it stands: a unit may need what follows it ("2日内").
  const figure = m ? namedFigureOf(text.slice(m.index)) : undefined;
  return figure && written ? { ...figure, written } : undefined;
}

/**
 * The parts of a sentence, one per figure of `unit`: each runs from a clause holding such a figure through the clauses after
 * it that hold none (the clauses before the first figure join the first part). "上限调整为每户6万元，提高到9万元的意见，暂不采纳"
 * → ["上限调整为每户6万元", "提高到9万元的意见，暂不采纳"].
 */
function partsByFigure(sentence: string, unit: string): string[] {
  const parts: string[] = [];
  let lead = '';
  for (const clause of clausesOf(sentence)) {
    if (figureValuesOf(clause, unit).length > 0) {
      parts.push(lead + clause);
      lead = '';
    } else if (parts.length) parts[parts.length - 1] += `，${clause}`;
    else lead += `${clause}，`;
  }
  return parts;
}

/**
 * Whether a sentence turns down the figure: the part holding it (`partsByFigure`) says it is not taken up, and the
 * figure is what the suggestion asked for ("延长到5年的建议暂不采纳", "…3日内上门处理，2日的建议暂不采纳"). The value a
 * suggestion would change or cancel stands ("从每户3000元提高到5000元，暂不采纳", "取消每户500元出资的建议暂不采纳").
 */
export function turnsDownFigure(sentence: string, figure: NamedFigure): boolean {
  return partsByFigure(sentence, figure.unit).some((part) => TURNED_DOWN_PATTERN.test(part) && suggestedValuesOf(part, figure.unit).includes(figure.value));
}

const TURNED_DOWN_PATTERN = new RegExp(TURNED_DOWN, 'u');

/** What a suggestion's figure stands after (the value asked for: "延长到5年", "提高至5000元") or before ("2日的建议"). */
const SUGGESTED_BEFORE = `${NEW_VALUE_MARK}\\s*(?:每\\p{Script=Han}{0,3})?`;
const SUGGESTED_AFTER = `\\s*(?:${WITHIN_WORDS})?\\s*的(?:建议|意见|提议|要求)`;

/** The values of `unit` a part of a sentence asks for: the value changed to, or the one named as the suggestion. */
function suggestedValuesOf(part: string, unit: string): number[] {
  const written = unitWritten(unit);
  const figure = `(\\d+(?:\\.\\d+)?)\\s*([万亿千百]?)\\s*${written.unit}`;
  const pattern = new RegExp(`${SUGGESTED_BEFORE}${figure}|(?<![\\d.${written.before}])${figure}(?=${SUGGESTED_AFTER})`, 'gu');
  return [...withoutStatedYears(part).matchAll(pattern)].map((m) => Number(m[1] ?? m[3]) * MAGNITUDE[(m[2] ?? m[4])!]!);
}

/**
 * Whether a sentence states `figure` as settled: it holds that value in that unit and puts nothing forward (PUT_FORWARD).
 * A sentence settling one figure and turning down another ("上限调整为每户6万元，提高到9万元的意见暂不采纳") settles the one
 * whose part (`partsByFigure`) is not turned down; a sentence proposing or suggesting anything is read whole ("市财政局提出，
 * 补助提高到15万元将扩大缺口，建议维持9万元" settles neither).
 */
export function statesFigureAsSettled(sentence: string, figure: NamedFigure): boolean {
  if (!figureValuesOf(sentence, figure.unit).includes(figure.value)) return false;
  if (PUT_FORWARD_UNDECIDED.test(sentence)) return false;
  return partsByFigure(sentence, figure.unit).some((part) => figureValuesOf(part, figure.unit).includes(figure.value) && !PUT_FORWARD.test(part));
}

/**
 * "新办法出台前，加装电梯补助仍按每台12万元执行" asked "现在能按每台12万元申请吗": the sentence says the figure asked
 * about still applies, which answers the question as it stands. `figureQuestion`: the question in digits.
 */
export function saysAskedFigureApplies(figureQuestion: string, sentence: string): boolean {
  const asked = namedFigureOf(figureQuestion);
  return !!asked && STATES_STILL_APPLIES.test(sentence) && figureValuesOf(sentence, asked.unit).includes(asked.value);
}

/**
 * "居民出资是不是已经涨到每平方米15元了": among sentences in force, the one stating what applies meanwhile — a figure of
 * the unit the asker names, with another number, on the same matter (a word of `subject`), preferring one that says it
 * still applies (which may name the draft beside it: "…征求意见稿…尚未施行，现阶段…仍按每平方米不低于10元执行"). `figureQuestion`: the question in digits. Undefined when the question names no figure or none fits.
 */
export function whatStillApplies(figureQuestion: string, subject: string[], sentences: string[]): string | undefined {
  const named = namedFigureOf(figureQuestion);
  if (!named || !subject.length) return undefined;
  // Numbers, not text: "1.2元" is another figure than the asked "2元"; a year is no figure of the asked unit.
  const holdsOther = (s: string) => {
    const values = figureValuesOf(s, named.unit);
    return values.length > 0 && !values.includes(named.value);
  };
  const fits = sentences.filter((s) => holdsOther(s) && (STATES_STILL_APPLIES.test(s) || !(PROPOSED.test(s) || PLANNED_CLAUSE.test(s) || STATES_UNSETTLED.test(s))) && subject.some((w) => s.includes(w)));
  return fits.find((s) => STATES_STILL_APPLIES.test(s)) ?? fits[0];
}

/** Words for a document's coming into force: carried out, in force, on trial, applied, effective. */
const TAKES_EFFECT = '(?:执行|施行|试行|实施|生效)';

/** When, asked: "什么时候", "何时", "哪天", "几月几日". */
const WHEN_WORDS = '(?:什么时候|啥时候?|何时|哪天|哪一天|哪日|几号|几月几[日号])';

/**
 * "汾住建发〔2025〕22号从哪天开始执行", "…什么时候开始试行，试行多久", "施行日期是哪天": when a document comes into force
 * is asked. Not whether it is in force ("现在还执行吗", ASKS_ABOUT_FORCE), nor what applies ("执行什么标准").
 */
export const ASKS_START_OF_FORCE = new RegExp(
  `${WHEN_WORDS}(?:开始|起)?${TAKES_EFFECT}|从(?:什么时候|哪天|哪一天|何时)(?:开始|起)${TAKES_EFFECT}|${TAKES_EFFECT}(?:的)?(?:时间|日期)(?:是|为)?(?:什么时候|哪天|哪一天|多会儿)?$`,
  'u',
);

/**
 * Since when anything applies, asked: "从什么时候开始", "哪天起执行", "何时开始常亮" — of a measure as well as of a
 * document (ASKS_START_OF_FORCE). Matched whole, so that it can be taken out of the question.
 */
export const ASKS_SINCE_WHEN = new RegExp(`(?:从|自)?${WHEN_WORDS}(?:开始|起)(?:${TAKES_EFFECT}|实行)?`, 'u');

/** A year written in digits ("2025年"), as regular-expression source. */
const DIGIT_YEAR = String.raw`(?:19|20)\d{2}\s*年`;

/** "自2025年6月1日起": a dated start, of a rule's force or of its end, as regular-expression source. */
export const DATED_FROM = String.raw`自\s*${DIGIT_YEAR}[^，,。；;]{0,12}?起`;

/** A start dated by a month or a year, with or without 自 ("已于3月起在全市推开", "2025年起全面推行"). */
const DATED_START = new RegExp(String.raw`(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|${DIGIT_YEAR})(?:起|开始)`, 'u');

/**
 * How a document states the day it comes into force, with the date: "本通知自2025年8月1日起执行", "…现印发给你们，自
 * 2026年1月1日起试行，试行期2年". A clause that dates another thing ("2025年8月1日以后开工的项目，执行调整后的标准")
 * or a force from an undated event ("自印发之日起施行") does not.
 */
export const STATES_START_OF_FORCE = new RegExp(`${DATED_FROM}${TAKES_EFFECT}`, 'u');

/**
 * Any statement of when a document comes into force, dated or not ("本办法自2024年5月1日起施行", "自印发之日起施行",
 * "自发布之日起30日后施行", "…起实行"); a measure's own period ("…自6月1日起至9月30日止实施") is not one. Where this
 * finds none, the refusal says the document does not state it, so it errs towards finding one.
 */
const STATES_ANY_START_OF_FORCE = new RegExp(`(?:起|开始)[^，,。；;至止]{0,8}?(?:${TAKES_EFFECT}|实行)|${TAKES_EFFECT}日期`, 'u');

/** Whether a text states, dated or not, from when a document is in force (STATES_ANY_START_OF_FORCE). */
export function statesAnyStartOfForce(text: string): boolean {
  return STATES_ANY_START_OF_FORCE.test(text.normalize('NFKC'));
}

/**
 * Whether a text states a start, of a document's force (statesAnyStartOfForce) or of anything dated by a month or a
 * year (DATED_START): "已于3月起在全市推开", "2025年起全面推行".
 */
export function statesStart(text: string): boolean {
  return statesAnyStartOfForce(text) || DATED_START.test(figuresAsDigits(text.normalize('NFKC')));
}

/**
 * A measure stated as taken up: started from a time, dated or not ("自今年下半年起", "从…发布之日起", "将于明年1月起"),
 * or done ("已要求", "已写入"); not a count of what exists ("已有5个").
 */
const STATES_TAKEN_UP = /(?:自|从)[^，,。；;]{1,16}?起|将于[^，,。；;]{0,16}?(?:起|开始)|已(?:经)?(?![有无不没])/u;

/** Whether a sentence states a measure as started or done (statesStart, STATES_TAKEN_UP). */
export function statesTakenUp(sentence: string): boolean {
  return statesStart(sentence) || STATES_TAKEN_UP.test(sentence.normalize('NFKC'));
}

/**
 * Whether a sentence states, with its date, from when a document is in force (STATES_START_OF_FORCE), its date read
 * alike in digits, full-width digits or Chinese numerals ("本办法自二〇二五年三月一日起施行", "自２０２５年３月１日起执行").
 */
export function statesStartOfForce(sentence: string): boolean {
  return STATES_START_OF_FORCE.test(figuresAsDigits(yearsAsDigits(sentence.normalize('NFKC'))));
}

/**
 * A reply declining what was suggested: a turning down (TURNED_DOWN), or "目前暂不具备条件" closing its clause (not
 * "暂不具备条件的小区", a class of things).
 */
const DECLINES_SUGGESTION = new RegExp(`${TURNED_DOWN}|暂不具备(?:\\p{Script=Han}{0,4})?条件(?![的])`, 'u');

/** A restatement that puts a suggestion forward, not a complaint ("您反映…"): 建议, 提出, 要求, 希望, 请求. */
const SUGGESTS = /建议|提出|要求|希望|请求/u;

/** A declining sentence naming the part it turns down: "关于审批时限，…暂不采纳", "对既有小区…的要求，…暂不具备条件". */
const NAMES_DECLINED_PART = /^(?:关于|对于?|针对)([^，,。；;]{2,})[，,]/u;

/** Words before a turning down that name no part of the suggestion: "故暂不采纳", "目前暂不具备条件", "经研究，暂不采纳". */
const LEADS_TURNING_DOWN = /^(?:故|因此|所以|对此|目前|现阶段|当前|暂时?|均|也|则|经(?:研究|测算|综合考虑)|\s)+/u;

/** A named part that only refers back to the suggestion as a whole: "该建议", "您的意见". */
const NAMES_WHOLE_SUGGESTION = /建议|意见|提议|提案/u;

/** The noun a named part may close with ("每户补助2000元的建议" names 每户补助2000元). */
const CLOSING_SUGGESTION_NOUN = /的(?:建议|意见|要求|提议)$/u;

/**
 * A reason given for turning down, running to the end of its clause: "因用电成本较高", "由于…", "鉴于…", "考虑到…",
 * "受用地条件所限" (not 原因, 因此; not 受理).
 */
const GIVES_REASON = /(?:(?<!原)因(?!此)|由于|鉴于|考虑到|受[^，,。；;]{1,12}?(?:所限|限制|影响)).*$/u;

/** A clause before a turning down, without its leading words, reason and closing 暂/暂时: what of it names a part. */
function partNamedIn(clause: string): { part: string; reasonOnly: boolean } {
  const withoutLead = clause.replace(LEADS_TURNING_DOWN, '');
  const part = withoutLead.replace(GIVES_REASON, '').replace(/暂时?$/u, '').replace(CLOSING_SUGGESTION_NOUN, '').trim();
  return { part, reasonOnly: !part && GIVES_REASON.test(withoutLead) };
}

/** The fewest Han characters a part named before a turning down holds ("增设直饮水点暂不采纳"). */
const MIN_DECLINED_PART_CHARS = 3;

/**
 * The part of a suggestion a declining sentence names: its lead ("关于X，", "对X的要求，", "关于X的建议，") or what its
 * declining clause turns down ("增设直饮水点暂不采纳", "X的建议暂不采纳"), else, past clauses giving only a reason, the
 * clause before ("绿地率提高到40%，受用地条件所限，不能采纳"). None when it turns down the suggestion as a whole
 * ("考虑到成本，暂不采纳", "因成本较高暂不采纳", "该建议不予采纳").
 */
export function declinedPartOf(sentence: string): string | undefined {
  const lead = NAMES_DECLINED_PART.exec(sentence)?.[1]?.replace(CLOSING_SUGGESTION_NOUN, '');
  const declining = DECLINES_SUGGESTION.exec(sentence);
  let own = '';
  if (declining) {
    const before = sentence.slice(0, declining.index).split(/[，,；;：:]/u).filter((clause) => clause.trim());
    for (let i = before.length - 1; i >= 0; i--) {
      const { part, reasonOnly } = partNamedIn(before[i] ?? '');
      own = part;
      if (!reasonOnly) break;
    }
  }
  const part = lead ?? own;
  const hanChars = part.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (hanChars < MIN_DECLINED_PART_CHARS || MATTER_REFERS_BACK.test(part) || NAMES_WHOLE_SUGGESTION.test(part)) return undefined;
  return part;
}

/** Whether two texts share a run of two Han characters ("审批时限" and "应急维修审批时限压缩到24小时"). */
function shareTwoHanChars(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) {
    const pair = a.slice(i, i + 2);
    if (/^\p{Script=Han}{2}$/u.test(pair) && b.includes(pair)) return true;
  }
  return false;
}

/** A suggestion a reply turns down, what of it is turned down, and the rest of the reply on it. */
export interface TurnedDownSuggestion {
  /** The restated suggestion: "您建议楼道灯整夜常亮。" */
  suggestion: string;
  /**
   * What is turned down: the whole suggestion, or the clauses of it on a part a declining sentence names ("关于审批
   * 时限，…暂不采纳" turns down "并将应急维修审批时限压缩到24小时", not the rest).
   */
  declined: string[];
  /** The parts the declining sentences name (declinedPartOf): "审批时限", "对既有小区统一配建10个的要求". */
  named: string[];
  /** The reply's other sentences on the suggestion, up to the next restated request, that decline nothing. */
  stretch: string[];
  /** The suggestion's clauses not turned down: "您建议增设小区快递柜" when only "并对快递柜运营给予补贴" is. */
  kept: string[];
}

/**
 * The suggestions a reply's paragraph restates and then turns down: "您建议楼道灯整夜常亮。考虑到用电成本，暂不采纳。" →
 * "您建议楼道灯整夜常亮。" turned down whole. A restated suggestion (restatesRequest, with a verb of suggesting) is turned
 * down by its own sentence or one after it that declines (DECLINES_SUGGESTION), before the next restated request: "您建议
 * 将垃圾清运增加到每日3次，…目前暂不具备条件，…" or "您建议把取暖补贴提高到每人500元。经测算，…暂不能采纳。". A declining
 * sentence naming a part (declinedPartOf) turns down only the suggestion's clauses on that part.
 */
export function turnedDownSuggestions(paragraph: string): TurnedDownSuggestion[] {
  const sentences = splitSentences(paragraph).map((s) => s.text);
  const turnedDown: TurnedDownSuggestion[] = [];
  sentences.forEach((sentence, i) => {
    if (!restatesRequest(sentence) || !SUGGESTS.test(sentence)) return;
    const next = sentences.findIndex((s, j) => j > i && restatesRequest(s));
    const answer = sentences.slice(i, next < 0 ? undefined : next);
    const declining = answer.filter((s) => DECLINES_SUGGESTION.test(s));
    if (!declining.length) return;
    const named = declining.flatMap((s) => (s === sentence ? [] : (declinedPartOf(s) ?? [])));
    const namesNoPart = declining.some((s) => s === sentence || !declinedPartOf(s));
    const declined = namesNoPart ? [sentence] : clausesOf(sentence).filter((clause) => named.some((part) => shareTwoHanChars(part, clause)));
    const kept = namesNoPart ? [] : clausesOf(sentence).filter((clause) => !declined.includes(clause));
    turnedDown.push({ suggestion: sentence, declined, named, stretch: answer.filter((s) => s !== sentence && !DECLINES_SUGGESTION.test(s)), kept });
  });
  return turnedDown;
}
