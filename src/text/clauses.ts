// How one clause of a document leans on its neighbours: a sentence that points back ("上述目标"), and a clause after
// a semicolon that continues the same statement ("到2023年底…达到80%以上；到2025年底达到95%以上。").
import { CN_DIGIT, CN_DIGIT_CHARS, COUNT_NUMERAL_CHARS, HOLDS_DIGIT } from './numerals.js';
import { hanPairs } from './followUps.js';
import { opensWithTime } from './dates.js';
import { markerOf, stripListMarker } from './markers.js';
import { normalizeForMatch } from './simplify.js';

/** Characters that end a figure or a count: "以上"/"以下" right after one is a bound ("80%以上", "60岁以下"), not a pointer. */
const AFTER_A_FIGURE = String.raw`\d%％${CN_DIGIT_CHARS}百千万亿两半分之个户人层岁年元米台项栋`;
/** Characters that end a level or place ("县级", "乡镇", "副科级", "…及"): "以下" right after one is a bound too. */
const AFTER_A_LEVEL = '级镇乡县及';

/**
 * Wording that points back to what precedes it (上述, 前述, 以上, 如上). Not "以上" after a figure or a count
 * ("80%以上", "三分之二以上", "60岁以上", "2层以上"), which means "or more", nor before a numeral ("以上三项").
 */
export const REFERS_BACK = new RegExp(String.raw`上述|前述|(?<![${AFTER_A_FIGURE}])以上(?![\d${CN_DIGIT_CHARS}])|如上`, 'u');

/**
 * Wording that points at what follows it in the text: "以下三项清单", "如下", "下列", "排在下面", "每条后面注明原因",
 * "附后". Not "以下" after a figure or a count ("60岁以下", "2000年以下"), which means "or less", nor after a level or
 * place ("县级以下", "乡镇以下", "副科级以下", "及以下"), which means "at that level and below".
 */
export const POINTS_FORWARD = new RegExp(String.raw`(?<![${AFTER_A_FIGURE}${AFTER_A_LEVEL}])以下(?![\d${CN_DIGIT_CHARS}])|如下|下列|下面|后面|附后`, 'u');

/**
 * The clauses a long sentence is cut at when only part of it is quoted: up to a comma, semicolon or colon, each kept at
 * the end of its clause. A colon between digits is a time of day ("19:00至次日7:30"), not a clause break.
 */
export const QUOTED_CLAUSE = /(?:[^，,；;：:]|(?<=\d)[:：](?=\d))+[，,；;：:]?/gu;

/** Openings of a dated target or a commitment that policy texts chain with semicolons: 到…年, 至…, 截至…, 力争…, 确保…. */
const CHAINED_LEAD = /^(?:到|至|截至|截止|力争|确保)/u;

/**
 * True when `next` continues the statement `clause` opened: `clause` ends at a semicolon and both open with the same
 * lead of a dated target ("到2023年底…；到2025年底…").
 */
export function continuesStatement(clause: string, next: string): boolean {
  if (!/[；;]\s*$/u.test(clause)) return false;
  const lead = clause.trim().match(CHAINED_LEAD)?.[0];
  return !!lead && next.trim().startsWith(lead);
}

/**
 * A clause saying what the ask is for ("保证小区公共设施坏了有钱修", "方便老人上下楼", "减轻居民负担", "提高资金使用
 * 效益", a closing "优先解决小区积水内涝问题" / "从根本上解决…问题", "提升居民生活品质", "改善居民居住条件", "增强群众
 * 获得感", "减少对居民生活的影响", "巩固改造成果", "推动城市更新高质量发展", "调动居民参与监督的积极性", "帮助基层规范
 * 档案管理"; not "帮助无物业小区成立业主委员会", which asks for help): why, not what; no passage answering the ask
 * need repeat it. A closing clause of that kind names an outcome, not an object or a measure to act on.
 */
const PURPOSE_OPENING = new RegExp(
  '^(?:(?:优先|切实|着力|共同|从根本上)?(?:解决|破解)[^，,。；;]{0,16}(?:问题|难题|难)' +
    '|(?:提高|提升|增强|改善)[^，,。；;]{0,10}(?:效益|效率|效能|水平|积极性|满意度|获得感|幸福感|安全感|品质|质量|条件|面貌)' +
    '|(?:调动|激发)[^，,。；;]{0,12}(?:积极性|主动性|热情)|增强[^，,。；;]{0,10}感|减少[^，,。；;]{0,12}(?:影响|干扰|矛盾|纠纷|损失)|巩固[^，,。；;]{0,10}(?:成果|成效)|推动[^，,。；;]{0,12}发展' +
    ')[，,。；;]?$|^(?:保证|确保|以便|以免|避免|防止|从而|进而|以此|让|使|方便|便于|减轻|降低|消除|缓解|化解' +
    // 帮助 opens a purpose only with an outcome after it ("帮助基层规范档案管理"); "帮助无物业小区成立业主委员会" is an ask.
    '|帮助(?=[^，,。；;]{0,12}(?:规范|提高|提升|改善|减轻|解决)))',
  'u',
);

/** The clause says what an ask is for, not what is asked. */
export function opensWithPurpose(clause: string): boolean {
  return PURPOSE_OPENING.test(clause.trim());
}

// How a sentence of a proposal's asks is built: what opens a further ask, what only argues or describes.

// Connectives, as alternatives of a pattern. Each reader takes the groups its text needs: a clause's "并" adds to the ask
// before it, a sentence's "此外" turns away from it, "其次" orders one ask after another.
/** "另外", "此外": the text turns to another matter. */
export const TURNING_WORDS = '另外|此外';
/** "其次", "最后", "与此同时": one ask or point ordered after another. */
export const ORDERING_WORDS = '其次|再次|再者|最后|与此同时';
/** "并", "还要", "以及": a further ask joined to the one before it inside a sentence. */
const JOINING_WORDS = '并且|并|同时|还要|还|以及';

/** A connective opening a further ask inside one sentence: "…，并对…给予补助", "…，同时研究建立…". */
export const CLAUSE_CONNECTIVE = new RegExp(`^(?:${JOINING_WORDS}|${TURNING_WORDS})[，,]?`, 'u');
/** The words that ask (建议, 希望, 呼吁, 恳请): a sentence of asks may open with one. */
export const ASKING_WORDS = '建议|希望|呼吁|恳请';
/** The word that asks by requesting (请求). */
export const REQUEST_WORD = '请求';
/** Words that ask by requesting or proposing (请求, 提议): a label or a text asks with them; ASKING_WORD leaves them out. */
export const REQUESTING_WORDS = `${REQUEST_WORD}|提议`;

/**
 * Words saying what someone should do ("应当承担", "要加快", "必须落实"), as alternatives of a pattern: 应当 and 应该
 * before 应, so that a match takes the whole word.
 */
export const DUTY_WORDS = '应当|应该|应|要|需要|必须';

/** The asking word a sentence of asks may open with ("建议在…中多建…"). */
export const ASKING_WORD = new RegExp(`^(?:${ASKING_WORDS})[，,：:]?`, 'u');

/**
 * A line label that asks ("建议：", "对此建议：", "故请求：", "请区某局：", "希望："): an asking or requesting word, or 请 as
 * the verb of an ask (not 申请, 邀请, 聘请, 请示 …).
 */
export const ASKING_LABEL = new RegExp(`${ASKING_WORDS}|${REQUESTING_WORDS}|(?<![申邀聘])请(?![示假柬])`, 'u');

/**
 * Words that ask or urge anywhere in a text: the asking and requesting words, 提案 / 议案, a duty (应当, 应该), urgency
 * (亟需, 亟待, 尽快), and a clause opening with 要/应/请 + an action.
 */
const ASKING_OR_URGING = new RegExp(
  `${ASKING_WORDS}|${REQUESTING_WORDS}|提案|议案|应当|应该|亟需|亟待|尽快|(?:^|[，,。；\\n])\\s*(?:要|应|请)(?=[加进推建完强落尽统明实规简增修解])`,
  'u',
);

/** Whether a text asks for something (ASKING_OR_URGING): one condition for reading it as a proposal. */
export function asksForSomething(text: string): boolean {
  return ASKING_OR_URGING.test(text);
}

/** "另外，", "同时，": a connective before a restated ask, not its first clause (同时 is no "…时，" condition). */
const CONNECTIVE = `(?:${TURNING_WORDS}|同时)[，,]?`;
const LEADING_CONNECTIVE = new RegExp(`^${CONNECTIVE}`, 'u');
/** A request form's label: "诉求：…". */
const LABELLED_REQUEST = /^诉求(?:内容)?[：:]/u;

/**
 * A reply's restatement of what the petitioner asked or complained of, which the reply's own answer follows: "您建议将补助
 * 提高到每台20万元。", "贵局反映巷道积水排除不及时。", "另外，您在提案中提到……", "委员还建议……", a request form's
 * "诉求：……". It holds the question's words, not the bureau's answer to them. Matched on normalizeForMatch text.
 */
const RESTATED_REQUEST = new RegExp(
  `^(?:${CONNECTIVE})?(?:${LABELLED_REQUEST.source.slice(1)}|(?:您|你们?|贵(?:委员会|代表团|单位|委|局)?|(?:该|本)?(?:委员|代表|提案人|建议人|来信人|来电人)(?:们)?)` +
    `(?:还|也)?(?:在(?:建议|提案|议案|来信|来电|座谈)中)?(?:还|也)?曾?(?:${ASKING_WORDS}|提出|反映|提到|要求)(?!的))`,
  'u',
);

/**
 * A rule or a guide's step written with the petitioner as its subject, not a request restated: a condition ("来信人要求回访
 * 的，…", "您提出申请后，…", "您反映问题时，…") or a first clause that a rule's modal or a definition follows ("委员提出提案，
 * 应当…", "代表建议，是指…"). Read on normalizeForMatch text (full-width commas folded).
 */
const RULE_WITH_PETITIONER_SUBJECT = /^[^,。;]*(?:的|后|时|之前|以前),|^[^,。;]*,(?:应当|应|须|需|需要|必须|可以|可|是指|指)/u;

/**
 * Whether a sentence restates what the petitioner asked (RESTATED_REQUEST); a receipt line ("您提出的…收悉") does not, nor a
 * rule's noun phrase ("委员提出的提案，应当…") or a rule with the petitioner as its subject (RULE_WITH_PETITIONER_SUBJECT).
 */
export function restatesRequest(sentence: string): boolean {
  const text = normalizeForMatch(sentence);
  if (!RESTATED_REQUEST.test(text) || /收悉|的《/u.test(text)) return false;
  const body = text.replace(LEADING_CONNECTIVE, '');
  // A form's "诉求：…" is the request whatever its wording ("诉求：施工时，…").
  return LABELLED_REQUEST.test(body) || !RULE_WITH_PETITIONER_SUBJECT.test(body);
}

/**
 * "代表们提出了许多建议", "采纳了居民的意见和建议": 建议 as a thing others made or received, reported in the background;
 * "我们的建议是：" and a count of the asks to come ("以下几条建议") still ask.
 */
export const REPORTED_SUGGESTION = new RegExp(String.raw`(?<=[的了些和及等类]|(?<![${COUNT_NUMERAL_CHARS}])[多条项份])建议(?![是如：:])`, 'gu');

/** Words set in quotation marks ("“…”", "「…」"): someone else's words, or a word named, never the writer's own. */
const QUOTED_WORDS = /“[^”\n]*”|「[^」\n]*」|『[^』\n]*』|"[^"\n]*"/gu;

/** The text without its quoted words (QUOTED_WORDS). */
export function withoutQuotedWords(text: string): string {
  return text.replace(QUOTED_WORDS, '');
}

/**
 * The writer asking for something: an asking or requesting word with what is asked after it ("建议将…纳入…", "建议如下：",
 * "还建议：", "希望…"). Not 建议 as a noun closing its clause ("并提出相应的对策建议。"), nor one named by a demonstrative
 * ("本建议由…主办", "这份建议是…整理的"); others' suggestions (REPORTED_SUGGESTION) and quoted words are the caller's to leave out first.
 */
export const ASKS_FOR_SOMETHING = new RegExp(`(?<!(?:本|该|这|那)[份条项个点]?)(?:${ASKING_WORDS}|${REQUESTING_WORDS})(?![。！!？?；;”"’」』的]|$)`, 'u');

/**
 * A sentence that proposes by weighing two courses ("与其让购房人来回跑，不如简化程序、明确时限"): what comes after 不如 is
 * the course asked for. A bare 不如 compares ("效果不如预期") and asks nothing.
 */
const WEIGHED_COURSES = /与其[^。！!？?；;]*?[，,]\s*(?:还|倒)?不如(?!说)/u;
/**
 * A clause saying we may take over what was done elsewhere ("我市可以借鉴，把…", "我县可借鉴这一做法，…"): the clause after
 * it is what to take over. Only we (我市, 本县, 我们) borrow: "在A，老年人可以学习使用…" narrates, "值得借鉴" judges a practice,
 * "不可参照" forbids.
 */
const BORROWS_PRACTICE = /(?:^|[，,])\s*(?:我|本)[^，,。；;]{0,4}?(?<!不)(?:可以|可|不妨)(?:借鉴|学习|参照)[^，,。；;]{0,10}[，,]\s*/u;
const REPORTING_VERB = '(?:说|讲|称|表示|认为|反映|提到)';
/** Words reporting someone else's speech just before a frame ("居民说，与其…不如…"): the frame is quoted, not asked. */
const REPORTED_BEFORE = new RegExp(`${REPORTING_VERB}[，,：:]?\\s*[“"「]?\\s*$`, 'u');
/** Someone else's speech opened by a colon ("有的居民说：凭什么…？"): what follows is theirs, not the writer's. */
const OPENS_REPORTED_SPEECH = new RegExp(`${REPORTING_VERB}\\s*[：:]`, 'u');

/**
 * The most characters a subject turned to may have: a speaker turning to one names it in a few words ("资金的事",
 * "商户这边"); a longer rest of the sentence says something of it, and the sentence is no mere turn.
 */
const TURNED_SUBJECT_MAX_CHARS = 12;

/**
 * "先说资金的事", "再说商户这边", "一个是停车的事", "再一个是施工安全": a short sentence, the way a speaker turns to a
 * subject, that names it and says nothing of it.
 */
const TURN_TO_SUBJECT = new RegExp(
  `^(?:(?:先|再|还要|另外)说(?:说|一下)?|(?:还有|另外|再有|再|另)?一(?:个|件事|点)(?:就)?是)(?=[^，,。；;！!？?：:]{1,${TURNED_SUBJECT_MAX_CHARS}}$)`,
  'u',
);

/** The subject a sentence turns to (TURN_TO_SUBJECT): "再说商户这边" → "商户这边"; undefined when it does not turn to one. */
export function subjectTurnedTo(sentence: string): string | undefined {
  const turn = TURN_TO_SUBJECT.exec(sentence)?.[0];
  return turn === undefined ? undefined : sentence.slice(turn.length);
}

/** Whether a sentence opens someone else's speech (OPENS_REPORTED_SPEECH). */
export function opensReportedSpeech(sentence: string): boolean {
  return OPENS_REPORTED_SPEECH.test(sentence);
}

/** Words that open an example ("比如…", "例如…"). */
const EXAMPLE_WORDS = '比如|例如|譬如';

/**
 * What follows a frame without being the course taken: an example of the practice ("…可以借鉴，比如…"), a turn against it
 * ("…可以参照，但要结合实际").
 */
const NOT_A_COURSE = new RegExp(`^(?:${EXAMPLE_WORDS}|诸如|像|但|但是|然而|可是|不过|只是)`, 'u');

/**
 * The course a sentence asks for after its frame (WEIGHED_COURSES, BORROWS_PRACTICE): "与其…，不如简化程序，让补贴尽快到账"
 * → "简化程序，让补贴尽快到账"; null when the sentence has no such frame. Whether that course is an action is for the reader
 * of asks to judge.
 */
export function courseAfterFrame(sentence: string): string | null {
  for (const frame of [WEIGHED_COURSES, BORROWS_PRACTICE]) {
    const m = frame.exec(sentence);
    if (!m) continue;
    if (REPORTED_BEFORE.test(sentence.slice(0, m.index))) return null;
    const course = sentence.slice(m.index + m[0].length).trim();
    return course && !NOT_A_COURSE.test(course) ? course : null;
  }
  return null;
}

/** A clause stating the situation or arguing from it: "目前…", "而县里财力薄弱…", "但…". */
export const SITUATION_CLAUSE = /^(?:目前|当前|现在|现阶段|近年来|据|而|但|但是|由于|因为|随着)/u;
/** Words naming where or on what an action falls, before it in its clause ("在有条件的小区建设…", "对…的收费实行…"). */
export const PLACE_OR_OBJECT = /^(?:在|对|向|为|由|将|把|给)$/u;
/** A negation inside a clause ("暂时引不进物业的小区…"): it describes, it does not ask; "不低于…" bounds a figure. */
export const NEGATES = /不(?!低于|少于|超过|高于)/u;

/**
 * A clause saying in what order or alongside what the ask before it is carried out ("…，优先改造雨污管网", "…，并同步
 * 开展管网日常维护"): it elaborates that ask, it is no new one.
 */
export const HOW_THE_ASK_BEFORE_IS_DONE = /^(?:优先|同步|重点|逐步|分批|分步|做到)/u;

/**
 * An ask put as a question ("能否将补助申请时限适当延长？", "县（市）是否可以参照市区标准补助？", "可否开通网上申领？"): the
 * words that make it one. A question asking whether something can be done asks for it to be done.
 */
const ASKS_WHETHER = /能否|可否|能不能|可不可以|是否(?:可以|能够|能|考虑)/u;

/**
 * A whether-word followed by an outcome the sentence waits for, not an action it asks ("资金缺口能否得到解决？", "能否
 * 实现全覆盖？"): a background question, no ask.
 */
const WHETHER_OUTCOME = new RegExp(`(?:${ASKS_WHETHER.source})(?:得到|获得|受到|被|实现|达到|解决)`, 'u');

/**
 * A sentence that asks for something as a question: a whether-word followed by an action (not an outcome waited
 * for), and a question mark closing it.
 */
export function asksAsQuestion(sentence: string): boolean {
  return ASKS_WHETHER.test(sentence) && !WHETHER_OUTCOME.test(sentence) && /[？?]\s*$/u.test(sentence.trim());
}

/**
 * Where a sentence that asks as a question puts its whether-word ("…干得怎么样，能否把排名向社会公开？" → the place of
 * 能否), or -1 when it asks no question.
 */
export function whetherAskedAt(sentence: string): number {
  return asksAsQuestion(sentence) ? sentence.search(ASKS_WHETHER) : -1;
}

/**
 * The asks a text puts as questions, stated: "能否将补助申请时限适当延长，避免错过申请？" → "将补助申请时限适当延长，
 * 避免错过申请。". Other sentences stay as they are.
 */
export function asksStated(text: string): string {
  return text.replace(/[^。！!？?；;]+[？?]/gu, (sentence) =>
    asksAsQuestion(sentence) ? sentence.replace(ASKS_WHETHER, '').replace(/[？?]$/u, '。') : sentence,
  );
}

/**
 * A table's column header naming the proposer's asks ("具体建议", "建议事项", "对策", "改进措施"): the whole cell or its
 * head is an ask's name. A column reporting what was done ("主要措施", "现行办法", "已采取措施") is none.
 */
const ASK_COLUMN_NAME = /^(?:(?:具体|意见|对策|改进|工作)?(?:建议|对策|举措)|(?:改进|解决|建议)(?:措施|办法))/u;

/**
 * A header or heading naming the problem or the situation ("问题及建议", "现状与对策"): not the asks' column, nor a
 * heading of asks.
 */
export const NAMES_PROBLEM_OR_SITUATION = /问题|现状|原因|情况|背景/u;

/** Whether a table's header cell names the proposer's asks (ASK_COLUMN_NAME) and not the problem they answer. */
export function namesAsksColumn(cell: string): boolean {
  return ASK_COLUMN_NAME.test(cell) && !NAMES_PROBLEM_OR_SITUATION.test(cell);
}

/**
 * The first column of a report's table: the place or body each row reports on ("区县｜完成数｜主要措施"), not the asks
 * of a proposal.
 */
export const REPORT_ROW_NAME = /^(?:区县|县区|县（市、区）|县\(市、区\)|区（县）|地市|区域)(?:名称)?$/u;

/** A label's ordinal: 一…十 or a digit. */
const LABEL_ORDINAL = `(?:${CN_DIGIT}|\\d)`;

/**
 * A label naming how things are done now, the half of a paired block that the proposer's remedy answers ("现行做法：…
 * 建议做法：…", "目前规定：…改进建议：…").
 */
const CURRENT_PRACTICE = '(?:现行|目前|当前|现有)(?:做法|规定|政策|办法|标准|情况|流程)?';

/**
 * A line labelling a problem or the situation a remedy is paired with: "问题一：项目开工迟。", "问题2：资金缺口大。",
 * "现状：…" (a 【现状】 part), or a numbered question the remedy answers ("一问：…为什么不能用？", "问二：…").
 */
export const PROBLEM_LABEL_LINE = new RegExp(
  `^(?:(?:问题|现状|${CURRENT_PRACTICE})${LABEL_ORDINAL}{0,3}|${LABEL_ORDINAL}{1,3}问|问${LABEL_ORDINAL}{1,3})\\s*[：:]`,
  'u',
);

/** The marks a clause of a statement ends at: commas, semicolons and the full stop. */
const STATEMENT_CLAUSE_END_MARKS = '，,；;。';
/** The marks that end an exclamation or a question (！, ？). */
const EXCLAMATION_QUESTION_MARKS = '！!？?';
/** The marks a clause ends at: commas, semicolons and the marks that end a sentence. */
const CLAUSE_END_MARKS = `${STATEMENT_CLAUSE_END_MARKS}${EXCLAMATION_QUESTION_MARKS}`;
/** Colons, which end a clause as well where a text is read for what each clause names ("其中：…", "南岭县：31个"). */
const COLONS = '：:';

const CLAUSE_END = new RegExp(`[${CLAUSE_END_MARKS}]`, 'u');
const CLAUSE_END_OR_COLON = new RegExp(`[${CLAUSE_END_MARKS}${COLONS}]`, 'u');
/** The clause so far and the clause from here on, without and with colons as clause ends. */
const CLAUSE_TAIL = { plain: new RegExp(`[^${CLAUSE_END_MARKS}]*$`, 'u'), colonEnds: new RegExp(`[^${CLAUSE_END_MARKS}${COLONS}]*$`, 'u') };
const CLAUSE_HEAD = { plain: new RegExp(`^[^${CLAUSE_END_MARKS}]*`, 'u'), colonEnds: new RegExp(`^[^${CLAUSE_END_MARKS}${COLONS}]*`, 'u') };

/**
 * A dash (破折号) after a clause opens what explains it ("确保按期竣工——今年的危房改造任务要倒排工期"): it ends the
 * clause as a comma does. One dash joins a range ("1—6月", "2021—2025年"); only the doubled one breaks.
 */
export const EXPLANATION_DASH = '——';

/**
 * The clauses of a text, split at its commas, semicolons and sentence ends (and colons, with `colonEnds`), trimmed, empty
 * ones dropped.
 */
export function clausesOf(text: string, colonEnds = false): string[] {
  return text.split(colonEnds ? CLAUSE_END_OR_COLON : CLAUSE_END).map((clause) => clause.trim()).filter(Boolean);
}

/** Where a clause of a text starts and where it ends (before its closing mark, if any). */
export interface ClauseSpan {
  start: number;
  end: number;
}

/**
 * The clause of `text` holding position `at`: from after the mark before it to the mark after it (see clausesOf, not
 * trimmed). `colonEnds`: a colon ends a clause too.
 */
export function clauseAround(text: string, at: number, { colonEnds = false }: { colonEnds?: boolean } = {}): ClauseSpan {
  const kind = colonEnds ? 'colonEnds' : 'plain';
  const start = at - (text.slice(0, at).match(CLAUSE_TAIL[kind])?.[0].length ?? 0);
  const end = at + (text.slice(at).match(CLAUSE_HEAD[kind])?.[0].length ?? 0);
  return { start, end };
}

/**
 * The clause of a statement so far: what stands in `text` before `at` since the last comma, semicolon, full stop or
 * colon. Unlike clauseAround, ！ and ？ end no clause here: a statement's figure (proposedFigures) is read with all of
 * its text since such a mark.
 */
const STATEMENT_CLAUSE_TAIL = new RegExp(`[^${STATEMENT_CLAUSE_END_MARKS}${COLONS}]*$`, 'u');

/** Where the clause of a statement holding position `at` starts (STATEMENT_CLAUSE_TAIL). */
export function statementClauseStart(text: string, at: number): number {
  return at - (text.slice(0, at).match(STATEMENT_CLAUSE_TAIL)?.[0].length ?? 0);
}

/** The most characters between 请/供 and what a courtesy hands over ("请市住建局研究办理", "供有关部门参考"): who is asked, or 予. */
const COURTESY_ADDRESSEE_MAX_CHARS = 8;
/** A character inside a clause: no comma, stop or colon. */
const IN_CLAUSE = `[^${CLAUSE_END_MARKS}${COLONS}]`;
/** What a closing courtesy hands the asks over for, one or more ("研究采纳", "研究并答复"), with its polite close ("为盼"). */
const HANDED_OVER_FOR = '(?:(?:采纳|研究|办理|考虑|参考|解决|答复|审议|审阅|批示)[并和]?)+(?:为盼|为荷|是盼)?';
/**
 * "请予采纳", "恳请市政府研究采纳", "请市住建局研究办理为盼": the request closes its clause; "请市住建局研究制定补助办法" and
 * "请市政府研究解决停车难问题" ask.
 */
const COURTESY_REQUEST = `(?:恳|敬|特|望)?请${IN_CLAUSE}{0,${COURTESY_ADDRESSEE_MAX_CHARS}}?${HANDED_OVER_FOR}(?!${IN_CLAUSE})`;
/** Closing courtesies after the last suggestion ("以上建议，请予采纳。", "妥否，请批示。"): a line opening with one ends the asks. */
export const CLOSING_LINE = new RegExp(`^(?:以上|特此|妥否|当否|${COURTESY_REQUEST})`, 'u');
/**
 * 供 opening a word of its own (供水, 供电, 供热, 供气, 供暖, 供应, 供销, 供给, 供需, 供货): "供水企业牵头研究" is an ask, not
 * "供…研究".
 */
const SUPPLY_WORD_NEXT = '[水电热气暖应销给需货]';
/**
 * A clause that only hands the asks over, asking nothing itself: "供参考", "仅供参考", "供有关部门研究", "请予采纳",
 * "恳请市政府研究采纳", "请市住建局研究办理".
 */
const COURTESY_CLAUSE = new RegExp(
  `^(?:(?:仅|谨)?供(?!${SUPPLY_WORD_NEXT})${IN_CLAUSE}{0,${COURTESY_ADDRESSEE_MAX_CHARS}}?(?:参考|参阅|研究)|${COURTESY_REQUEST}|望(?:予)?采纳)$`,
  'u',
);
/** A text's last clause, a colon ending a clause too: the courtesy closing an announcing line is one. */
const LAST_CLAUSE = CLAUSE_TAIL.colonEnds;
/** A text's closing mark, if any. */
const CLOSING_MARK = new RegExp(`[${CLAUSE_END_MARKS}${COLONS}]$`, 'u');
/** A text's first clause and the mark closing it, stopping at the line's end. */
const FIRST_CLAUSE = new RegExp(`^\\s*([^${CLAUSE_END_MARKS}${COLONS}\\n]+)([${CLAUSE_END_MARKS}${COLONS}]?)`, 'u');

/**
 * The 了 after 提出 ("我们提出了几条建议"): it reports asks made before, unless a courtesy hands them over with the text
 * ("我们提出了几条建议，供参考。"), where the sentence announces them as "我们提出几条建议" would. Its first match only.
 */
export const PERFECTIVE_AFTER_PUT_FORWARD = /(?<=提出)了/u;

/**
 * The text without the courtesy clauses closing it ("为此，提出以下建议，供参考。" → "为此，提出以下建议。"), its closing
 * mark kept; `handedOver` says whether one was dropped. A text that is nothing but a courtesy stays as it is.
 */
export function withoutClosingCourtesy(text: string): { text: string; handedOver: boolean } {
  const trimmed = text.trim();
  const mark = CLOSING_MARK.exec(trimmed)?.[0] ?? '';
  let rest = trimmed.slice(0, trimmed.length - mark.length);
  let handedOver = false;
  for (;;) {
    const tail = LAST_CLAUSE.exec(rest)?.[0] ?? '';
    // The clause before the courtesy stays: a text that is nothing but a courtesy is one.
    if (tail.length >= rest.length || !COURTESY_CLAUSE.test(tail.trim())) break;
    rest = rest.slice(0, rest.length - tail.length - 1);
    handedOver = true;
  }
  return { text: handedOver ? `${rest}${mark}` : trimmed, handedOver };
}

/** How many characters of courtesy open a text ("供参考。\n一、…" → 4, its mark included): 0 when it opens with none. */
export function courtesyLengthAtStart(text: string): number {
  const clause = FIRST_CLAUSE.exec(text);
  return clause && COURTESY_CLAUSE.test(clause[1].trim()) ? clause[0].length : 0;
}

/** One character inside a clause of a sentence: anything but a comma, a semicolon or a full stop. */
export const CLAUSE_CHAR = '[^，,。；;]';
/** Words that open a clause naming what an ask follows: a rule, a standard, a principle ("按照…", "根据…", "对照…"). */
export const FOLLOWING_OPENER = '按照|根据|对照';
/** Shortest main clause after a leading clause, in characters: a shorter rest is no clause of its own. */
const MAIN_CLAUSE_MIN_CHARS = 4;

/**
 * A sentence's leading clause, `head` (regular-expression source, its text written with CLAUSE_CHAR), closed by a comma
 * and followed by a main clause of its own: "结合小区绿化改造，建设下沉式绿地", "根据…的规定，出台…细则". The match is
 * the leading clause with its comma, so replacing it with '' leaves the main clause.
 */
export function leadingClause(head: string): RegExp {
  return new RegExp(`^(?:${head})[，,]\\s*(?=${CLAUSE_CHAR}{${MAIN_CLAUSE_MIN_CHARS},})`, 'u');
}

/** A clause ending at a semicolon: half of a sentence whose statement goes on after it. */
const ENDS_AT_SEMICOLON = /[；;]\s*$/u;

/**
 * A worked example's label ("例：", "举例：", "示例："): the case it sets up is worked out in the sentence after it. Not
 * 例如 / 比如 (EXAMPLE_WORDS), which name an example complete in its own sentence.
 */
const OPENS_WORKED_EXAMPLE = /^(?:举例|示例|算例|例)[：:]/u;

/** "其中…" breaks down, "上述…" / "前述…" explains, the sentence before it: it means nothing alone. */
const LEANS_ON_PREVIOUS = /^(?:其中|上述|前述)/u;

/** A condition opening a clause, the legal "…的，" ("协商不成的，", "验收不合格的，"): what it holds before 的. */
const OPENING_CONDITION = /^([^，,。；;：:“”]{2,24})的[，,]/u;

/**
 * A clause with no subject of its own, carrying on the one before it: a joining word (并, 同时), a duty (应当, 须), a
 * bar (不得), the way or body of the act (按照, 由, 经), or how far it has got (已, 累计).
 */
const CARRIES_ON_SUBJECT = new RegExp(`^(?:${JOINING_WORDS}|${DUTY_WORDS}|${FOLLOWING_OPENER}|且|须|不得|不予|可以|可|由|经|按|均|亦|也|已经|已|累计)`, 'u');

/** Where a clause's subject ends: its first verb-like or function word ("保洁费|按面积…", "报名地点|设在…"). */
const SUBJECT_ENDS = /[按由为是应须不可经以在于每共将已对向从到并且也都就还设实收负][^]*$/u;

/** The subject a clause opens with (SUBJECT_ENDS), normalised: "保洁费另按面积计收" → "保洁费". */
function openingSubject(clause: string): string {
  return normalizeForMatch(clause.trim()).replace(SUBJECT_ENDS, '');
}

/**
 * Whether the clause after a semicolon goes on with the same statement: it has no subject of its own
 * (CARRIES_ON_SUBJECT), or its subject shares a word with the subject of the clause before it or with the question.
 * "……应当按月交清房租；保洁费按…收取" puts another matter beside it.
 */
function goesOnWithSubject(sentence: string, next: string, question: string): boolean {
  const body = next.trim();
  if (CARRIES_ON_SUBJECT.test(body)) return true;
  const own = openingSubject(body);
  const previous = openingSubject(sentence);
  const pairs = hanPairs(own);
  if (besideTheSame(own, previous)) return false;
  return pairs.some((pair) => `${previous} ${normalizeForMatch(question)}`.includes(pair));
}

/**
 * Two subjects naming the same kind of thing for another one ("城区…每台补助…；乡镇…每台补助…", "甲类房租金…；乙类房
 * 租金…"): they share a word but open differently, so the clause states a matter beside the first, not the rest of it.
 */
function besideTheSame(subject: string, previous: string): boolean {
  if (subject.length < 2 || previous.length < 2 || subject.slice(0, 2) === previous.slice(0, 2)) return false;
  return hanPairs(subject).some((pair) => previous.includes(pair));
}

/**
 * True when `next`, the sentence right after `sentence` in its text, finishes the statement `sentence` makes, so that a
 * quote of `sentence` alone would say half of it:
 * - `sentence` ends at a semicolon and `next` goes on with its subject (goesOnWithSubject), not a statement about a time
 *   of its own ("一月份验收9栋；二月份验收14栋。", "…；明年再建…");
 * - `next` leans on it: "其中…" breaks it down, "上述…" explains it;
 * - `sentence` sets up a worked example under a label ("例：某户房屋面积80平方米。") and `next` works it out with a figure;
 * - `next` opens with a condition on what `sentence` states ("……物业先行劝阻。劝阻无效的，由…处理。", "……协商给予补偿；协商
 *   不成的，由…调解。"): the fallback or the exception to it, its condition repeating a word of it.
 * Never the next item of a list or a heading, unless that item opens leaning on the one before ("（二）上述标准为…").
 */
export function finishesStatement(sentence: string, next: string, question = ''): boolean {
  const body = next.trim();
  if (markerOf(body)) return LEANS_ON_PREVIOUS.test(stripListMarker(body));
  if (LEANS_ON_PREVIOUS.test(body)) return true;
  if (OPENS_WORKED_EXAMPLE.test(stripListMarker(sentence.trim()))) return HOLDS_DIGIT.test(body);
  if (ENDS_AT_SEMICOLON.test(sentence) && !opensWithTime(body) && goesOnWithSubject(sentence, body, question)) return true;
  const condition = body.match(OPENING_CONDITION)?.[1];
  if (!condition) return false;
  const stated = normalizeForMatch(sentence);
  return hanPairs(normalizeForMatch(condition)).some((pair) => stated.includes(pair));
}
