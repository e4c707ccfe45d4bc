// Section headings in the seed reply's style: "一、关于科学编制老旧小区改造整治规划的建议". The topic is the item's
// lead phrase (its first sentence, or its first clause when that already names an action), without asking words,
// at most about 30 characters and never cut inside a word.
import { getJieba, getTokenizer } from '../../text/tokenizer.js';
import { compiledPerLength } from '../../text/regExp.js';
import { ASKING_WORDS, asksAsQuestion, asksStated, CLAUSE_CHAR, clauseAround, DUTY_WORDS, FOLLOWING_OPENER, leadingClause, opensReportedSpeech, opensWithPurpose, ORDERING_WORDS, REQUEST_WORD, REQUESTING_WORDS, subjectTurnedTo, TURNING_WORDS, whetherAskedAt } from '../../text/clauses.js';
import { SENTENCE_END_MARKS } from '../../text/sentences.js';
import { askAfterFrame, isMistaggedVerb, onlyAnnouncesAsks, opensWithAsk } from './asks.js';
import { ACTOR_MODAL, ADDRESSEE, AGENCY_NOUN, BODY_NOUN, COORDINATES, DEPARTMENT_NOUN, GOVERNMENT_BODIES } from './addressee.js';
import { GENERIC_TERMS, topicWords } from '../../text/topicWords.js';

/** Tuning knobs of heading topics. */
export const HEADING_OPTIONS = {
  /** Longest topic, in characters. */
  maxChars: 30,
  /** A first clause at least this long names the suggestion on its own ("突出改造重点，…" → "突出改造重点"). */
  minClauseChars: 6,
  /** A lead sentence up to this long is the suggestion's topic as it stands, commas and all (the search uses it). */
  wholeSentenceChars: 20,
  /**
   * Longest lead before the dimension word of a frame clause ("加大执法|力度", "合理安排工程|次序"): a longer lead names
   * enough of the ask to stand as the heading on its own.
   */
  maxFrameLeadChars: 6,
  /**
   * The action after a leading basis clause names the ask only when its first clause is at least this long ("出台居民
   * 议事会实施细则"); a shorter one is generic ("加快推进改造", "尽快落实") and the basis stays as the subject.
   */
  minActionAfterBasisChars: 7,
  /**
   * Longest label of the proposer's own before an ask ("资金清单：建议…"): a topic names the ask after it, unless the
   * label itself states an action (an item's heading).
   */
  maxLabelBeforeAskChars: 8,
};

/** A clause that describes the situation rather than asking for something. */
const SITUATION = /存在|问题|普遍|突出|困难|不足|滞后|缺乏|缺少|较多|严重|现状|目前|当前|近年来|随着|日益|矛盾/u;
/**
 * An ask or a duty in a clause: the asking words and 请求 (not 提议, kept as it stands), or a duty (应当, 应该, 要 + an
 * action).
 */
const ASKING_OR_DUTY = new RegExp(`${ASKING_WORDS}|${REQUEST_WORD}|应当|应该|要[加进推建完强落]`, 'u');
/** Where a proposal's own ask starts inside a sentence ("……严重影响居民生活，建议市住建局……"). */
const ASK_START = new RegExp(`[，,；;。]\\s*(?:为此|因此|特此|故)?[，,]?\\s*(?:我们|我)?(?:${ASKING_WORDS}|${REQUEST_WORD})`, 'u');
/** A sentence after the first that opens with 建议 (the proposer's ask after the context). */
const EXPLICIT_ASK_SENTENCE = new RegExp(`[${SENTENCE_END_MARKS}]\\s*(?:为此|因此|故)?[，,]?\\s*(?:我们|我|本人)?(?=${ASKING_WORDS})`, 'u');
/**
 * A first sentence that is itself an ask: it opens with an action or an obligation ("加强…", "应当…"), not a remark. A
 * 要 that asks how much or how many ("修好要花多少", "要排几年") states a cost, no duty.
 */
const PROPOSING_OPENING = /^[^，,。]{0,12}(?<!需)(?:要(?![^，,。？?]*(?:多少|几))|应当|应该|必须)|^(?:加强|推进|推动|建立|完善|加快|加大|健全|落实|强化|优化|实施|制定|出台|鼓励|引导|支持|探索|简化|规范|提高|提升|扩大|统筹|设立|增设|开展|实行|推行|推广|建设|同步|将|把)/u;
/** Asking words and modal verbs before the action: "建议", "要", "应当" (the action verb itself stays, as in the seed: 要求…). */
const LEADING_ASK = new RegExp(`^(?:我们|我|本人)?(?:${ASKING_WORDS}|${REQUESTING_WORDS}|认为|觉得)?(?:由)?`, 'u');
const LEADING_MODAL = /^(?:还|也)?(?:应当|应该|必须|务必|需要|要(?!求)|应|请|可以|可)(?=[\p{Script=Han}])/u;
const LEADING_SUBJECT = new RegExp(`^${ADDRESSEE}(?:应当|应该|应|要|需)?(?=[在对加进推建完强落尽积统明同实制出健优科着切])`, 'u');
/**
 * "市住建局要会同市规划局、市城管局等部门，对…进行统一规划", "住建部门应牵头对…", "市城管局、市公安局要加强…": who is to
 * act, with its modal or 会同/牵头, before the action (only when an action follows).
 */
const LEADING_ACTOR = new RegExp(
  `^(?:由)?${GOVERNMENT_BODIES}(?:${ACTOR_MODAL}${COORDINATES}?|${COORDINATES})(?:${GOVERNMENT_BODIES})?[，,]?\\s*`,
  'u',
);
/**
 * "市住建局简化审批流程" (after 建议): a bureau or department named right before its action, with no modal. Not one after
 * 把/将/对 ("把成立业主委员会作为…"): that is what the action falls on.
 */
const NAMED_ACTOR = new RegExp(`^(?![把将对])[^，,。；;、：:“”]{1,10}?${DEPARTMENT_NOUN}(?:[、和与及][^，,。；;、：:“”]{1,10}?${DEPARTMENT_NOUN})*`, 'u');
/** The text without who is to act when an action follows it. */
function withoutActor(text: string): string {
  for (const pattern of [LEADING_ACTOR, NAMED_ACTOR]) {
    const actor = pattern.exec(text)?.[0];
    if (!actor) continue;
    const rest = text.slice(actor.length);
    // "加快组建业主委员会，暂时…": a body named right before its action has no clause break after it; one before a
    // comma is what the clause acts on.
    if (pattern === NAMED_ACTOR && /^[，,]/u.test(rest)) continue;
    if (rest.length >= 4 && opensWithAsk(rest)) return rest;
  }
  return text;
}
/**
 * "住建部门会同水务部门，…", "由社区牵头，…", "区住建委会同街道和物业服务企业，…": who is to act, and with whom (a body of
 * any kind), as a clause of its own before the action.
 */
const LEADING_AGENCIES = new RegExp(
  `^(?:由)?[^，,。；;]{1,12}(?:${AGENCY_NOUN}|社区)${COORDINATES}(?:[^，,。；;]{0,12}(?:${BODY_NOUN}|社区))?[，,]\\s*(?=[^，,。；;]{4,})`,
  'u',
);
/** Words a cut topic must not end on: it would leave a phrase hanging ("…向附近居民错时"). */
const DANGLING_END = /^(?:的|在|向|对|把|将|和|与|及|以及|等|并|或|为|从|于|由|让|使|给|按|以|通过|结合|围绕|针对|加快|加强|推进|推动|进一步|逐步|积极)$/u;

/** "同时，…", "此外，…": how one ask follows another, not what it asks. */
const LEADING_CONNECTIVE = new RegExp(`^(?:同时|${TURNING_WORDS}|${ORDERING_WORDS}|另一方面)[，,]?\\s*`, 'u');
/** "对于雨污合流的小区，应当同步实施…": the scope clause goes when an obligation follows; the action names the heading. */
const LEADING_SCOPE = new RegExp(String.raw`^(?:对于|针对|对)[^，,。]{2,20}[，,]\s*(?=(?:${DUTY_WORDS}|可以|可|要求)[\p{Script=Han}])`, 'u');
/**
 * "结合小区绿化改造，建设下沉式绿地…", "参照外地做法，…", "按照谁受益、谁出资的原则，引导…", "市财政在现有补助的
 * 基础上，对…提高补助标准": a leading clause naming the occasion, the means, the principle or the basis; the
 * action after it names the heading.
 */
const LEADING_OCCASION = leadingClause(
  `(?:结合|围绕|依托|借助|${FOLLOWING_OPENER}|参照|借鉴|利用)${CLAUSE_CHAR}{2,9}|(?:${FOLLOWING_OPENER}|坚持|遵循)${CLAUSE_CHAR}{2,16}(?:原则|要求|标准|思路|方式|模式|理念)|${CLAUSE_CHAR}{2,16}(?:时|之际|过程中)|${CLAUSE_CHAR}{0,6}?在${CLAUSE_CHAR}{2,14}(?:基础上|前提下)`,
);
/**
 * "根据规程第三部分关于问计于民的规定，出台…细则", "按照省里关于…的要求，…": the rule an ask rests on, named however long
 * (the part of the document and what it rules on); the action after it names the heading.
 */
const LEADING_BASIS = leadingClause(`(?:${FOLLOWING_OPENER}|依照|依据)${CLAUSE_CHAR}{2,30}?(?:规定|要求|精神|部署)`);
/** What follows a basis clause names an action of its own, not a generic one ("尽快落实") that needs the basis. */
function namesItsOwnAction(rest: string): boolean {
  return (rest.split(/[，,。；;]/u)[0] ?? '').length >= HEADING_OPTIONS.minActionAfterBasisChars;
}
/** The text opens with the occasion, means, principle or basis of what it asks ("结合老旧小区改造，挖掘…"). */
export function opensWithOccasion(text: string): boolean {
  return LEADING_OCCASION.test(text.trim());
}

/**
 * "对改造后引入物业服务的小区，给予物业费财政补助": a clause naming whom or where the ask applies to goes when an action
 * follows ("对长期闲置的车位，统筹调剂使用" names the object itself and stays).
 */
const SCOPE_BEFORE_ACTION = /^(?:对于|针对|对)[^，,。]{2,20}(?:小区|楼栋|项目|地区|片区|区域|住户|家庭|群体|人群|老人|老年人|居民|业主|企业|单位)[，,]\s*/u;
/**
 * The clause after a scope states a whole action ("给予物业费财政补助"): without its setting it still names what is done
 * ("在下一年度计划中优先安排" names nothing but 优先安排, so the scope is its object and stays).
 */
function namesAnAction(rest: string): boolean {
  const clause = rest.split(/[，,。；;]/u)[0] ?? '';
  return withoutSetting(clause).length >= HEADING_OPTIONS.minClauseChars && opensWithAsk(clause);
}
const PREPOSITION = /^(?:在|向|对|于|从|按|通过|为|给|将|把|由|到)$/u;
/** A cut topic keeps at least this much before the phrase it drops. */
const MIN_CUT_CHARS = 8;

/**
 * Words opening the clause where the ask begins after the background inside one sentence: "…人流量增加，建议在…增设
 * 公交站点", "…群众心里没底，建议明确维保责任".
 */
const ASK_CLAUSE_OPENING = new RegExp(`^(?:为此|因此|所以|故|对此)?[，,]?\\s*(?:我们|我|本人)?(?:特)?(?:${ASKING_WORDS}|${REQUESTING_WORDS})`, 'u');
/** "为此，", "因此": what links the ask to its background, no part of the ask. */
const LEADING_CONSEQUENCE = /^(?:为此|因此|所以|故|对此)[，,]?\s*/u;
/** "施工单位应当严格遵守施工时间规定": a body named with its duty asks; a rule cited ("按规定应当…") does not. */
const DUTY_CLAUSE = /^(?!按|根据|依照|依据|按照)[^，,。；;]{2,10}?(?:应当|应该|必须|务必)(?=[\p{Script=Han}])/u;
/** A clause citing a rule ("按照规定", "根据办法"), or one turning against what was said ("但…"). */
const CITES_RULE = /^(?:按照|根据|依照|依据|按)/u;
const BUT = /^(?:但|但是|然而|可是|却)/u;
/** "能否不让他们出钱": an ask acting on "them" names what it acts on in the clause before, which stays. */
const POINTS_BACK = /他们|她们|它们|其(?![他中余实次])/u;
/** "我认为，…": who holds the view the sentence goes on to state. */
const OPINION = /^(?:我|我们|本人)(?:认为|觉得)[，,]?$/u;
/** "对配套资金不到位的区县，建议…": a clause naming whom the ask applies to is part of the ask. */
const OPENS_WITH_SCOPE = /^(?:对于|针对|对)/u;

/**
 * The part of a sentence that asks, when the sentence opens with something else: its background ("加装电梯的审批环节
 * 多、时间长，建议进一步压缩联合审查时限"), the occasion ("补助资金审核通过以后，能否加快拨付？") or what someone reported
 * ("还有老人反映施工噪声大，…，施工单位应当严格遵守施工时间规定"). The ask begins at the clause that says 建议 (希望, 恳请…),
 * asks whether something can be done, or names a body with its duty (the duty is the ask: "严格遵守施工时间规定"); an
 * ask too short to name what it acts on ("加快拨付") keeps the clause before it, joined. A sentence whose first clause
 * asks, names whom the ask applies to or says who thinks so ("我认为，市级财政应当…"), is the ask as it stands; so is one
 * whose ask points back ("不让他们出钱"). A question keeps its whether-word (asksStated drops it).
 */
export function askPartOf(sentence: string, options = HEADING_OPTIONS): string {
  const clauses = sentence.split(/(?<=[，,])/u);
  const opening = clauses[0].trim();
  if (clauses.length < 2 || ASKING_OR_DUTY.test(opening) || PROPOSING_OPENING.test(opening) || OPENS_WITH_SCOPE.test(opening) || OPINION.test(opening)) return sentence;
  const whether = whetherAskedAt(sentence);
  let start = clauses[0].length;
  for (let i = 1; i < clauses.length; start += clauses[i].length, i++) {
    const clause = clauses[i].trim();
    const asksWhether = whether >= start && whether < start + clauses[i].length;
    // "按照规定，每个小区应当配备…，但…": a rule cited before the facts is background, not a duty asked.
    const asksDuty = DUTY_CLAUSE.test(clause) && !clauses.slice(0, i).some((c) => CITES_RULE.test(c.trim())) && !BUT.test(clauses[i + 1]?.trim() ?? '');
    if (!asksWhether && !ASK_CLAUSE_OPENING.test(clause) && !asksDuty) continue;
    if (POINTS_BACK.test(clause)) return sentence;
    // "施工单位应当严格遵守…": who the duty falls on is said by the report before it; what is asked is the duty.
    const duty = asksWhether || ASK_CLAUSE_OPENING.test(clause) ? '' : (DUTY_CLAUSE.exec(clause)?.[0] ?? '');
    const ask = clauses.slice(i).join('').trim().slice(duty.length).replace(LEADING_CONSEQUENCE, '');
    const bare = asksStated(clause.slice(duty.length).replace(/[，,]$/u, '？')).replace(ASK_CLAUSE_OPENING, '').replace(/[，,。？?\s]+$/u, '');
    return bare.length < options.minClauseChars ? `${clauses[i - 1].trim().replace(/[，,]$/u, '')}${ask}` : ask;
  }
  return sentence;
}

/**
 * Where this module cuts a proposal's text into sentences: at the text layer's sentence end marks (SENTENCE_END_MARKS)
 * and at line breaks, one mark at a time. Not sentenceSpans: it keeps a closing quote after the mark ("。”") and a run of
 * marks ("？！") with the sentence, which would move the cuts here.
 */
const SENTENCE_BREAK = new RegExp(`[${SENTENCE_END_MARKS}\\n]`, 'u');
/** Between a sentence's end (mark or line break) and what follows, the break kept with the sentence. */
const AFTER_SENTENCE_BREAK = new RegExp(`(?<=[${SENTENCE_END_MARKS}\\n])`, 'u');
/** A sentence up to a line break or its end mark, the mark included (only the first of a run). */
const SENTENCES_WITH_MARK = new RegExp(`[^${SENTENCE_END_MARKS}\\n]+[${SENTENCE_END_MARKS}]?`, 'gu');
/** The first such sentence of a text, possibly empty. */
const FIRST_SENTENCE_WITH_MARK = new RegExp(`^[^${SENTENCE_END_MARKS}\\n]*[${SENTENCE_END_MARKS}]?`, 'u');
/** A sentence's end mark closing a text. */
const CLOSING_END_MARK = new RegExp(`[${SENTENCE_END_MARKS}]$`, 'u');
/** End marks and line breaks closing a text. */
const CLOSING_BREAKS = new RegExp(`[${SENTENCE_END_MARKS}\\n]+$`, 'u');

/** A text up to its first sentence break, without the mark. */
function firstSentenceOf(text: string): string {
  return text.split(SENTENCE_BREAK)[0];
}

/** A label naming what kind of item it heads ("意见清单", "第三条意见", "两方面诉求"), whatever verb it opens with. */
const NAMES_KIND_OF_ITEM = /(?:清单|意见|请求|诉求|事项|方面|问题)$/u;
/** A short label of the proposer's own before the ask ("资金清单：建议…", "第二条意见：我建议…"), up to `maxChars`; compiled once per length. */
const labelBeforeAsk = compiledPerLength(
  (maxChars) => new RegExp(`^[^，,。；;：:\\s]{1,${maxChars}}[：:]\\s*(?=(?:我们|我|本人)?(?:${ASKING_WORDS}))`, 'u'),
);

/**
 * The clause a heading should name: the first sentence (after a label of the proposer's own), or the ask after the
 * background in a one-paragraph proposal.
 */
function proposingClause(labelled: string, options = HEADING_OPTIONS): string {
  const labelPattern = labelBeforeAsk(options.maxLabelBeforeAskChars);
  const label = labelPattern.exec(labelled)?.[0].replace(/[：:\s]+$/u, '');
  // "补齐养老托育设施：建议结合改造，…": an item's own heading line (joined with a colon) states the action; it stays.
  const namesNoAction = !!label && (NAMES_KIND_OF_ITEM.test(label) || !opensWithAsk(label));
  const raw = namesNoAction ? labelled.replace(labelPattern, '') : labelled;
  const text = asksStated(raw);
  const first = firstSentenceOf(text);
  const opening = first.slice(0, clauseAround(first, 0).end);
  if (ASKING_OR_DUTY.test(opening)) return first;
  const firstSentence = FIRST_SENTENCE_WITH_MARK.exec(raw)?.[0] ?? raw;
  // "A的做法是…。我市可以借鉴，把…", "与其…，不如简化程序…": the course the frame asks for, unless an ask opens the text.
  const framed = PROPOSING_OPENING.test(first) ? null : framedAsk(text);
  if (framed) return framed;
  const asked = askPartOf(firstSentence);
  if (asked !== firstSentence) return asksStated(asked).replace(CLOSING_END_MARK, '');
  // "改造后的管网还需要有人管。建议建立…检测和养护制度": a later sentence that says 建议 is the ask itself.
  const explicit = EXPLICIT_ASK_SENTENCE.exec(text);
  if (explicit && !PROPOSING_OPENING.test(first)) return firstSentenceOf(text.slice(explicit.index + explicit[0].length)) || first;
  // "再说商户这边。…生意受影响。能不能对受影响的商户减免租金？": a first sentence that only names what the paragraph
  // is about asks nothing; the first later sentence that asks names the suggestion.
  if (namesOnlyItsSubject(first)) {
    const later = laterAskOf(raw);
    if (later) return later;
  }
  if (!SITUATION.test(first)) return first;
  const ask = ASK_START.exec(text);
  if (!ask) return first;
  const rest = text.slice(ask.index).replace(/^[，,；;。\s]*(?:为此|因此|特此|故)?[，,]?\s*/u, '');
  return firstSentenceOf(rest);
}

/** A sentence turning to a subject (subjectTurnedTo) whose subject asks nothing itself. */
function namesOnlyItsSubject(sentence: string): boolean {
  const subject = subjectTurnedTo(sentence);
  if (subject === undefined) return false;
  return !ASKING_OR_DUTY.test(subject) && !PROPOSING_OPENING.test(subject) && !opensWithAsk(subject);
}

/**
 * The ask of the first sentence after the first that asks inside itself (…，希望…, …，建议…) or as a question (能不能…？),
 * stated. An ask too short to name anything ("…，大家心里没底，希望政府讲清楚，…": askPartOf joins the clause before it)
 * gives none. Once someone else's speech is reported ("有的居民说：…"), a question is theirs, not the writer's ask.
 */
function laterAskOf(raw: string): string | undefined {
  const sentences = (raw.match(SENTENCES_WITH_MARK) ?? []).map((x) => x.trim());
  let reporting = false;
  for (const sentence of sentences.slice(1)) {
    reporting ||= opensReportedSpeech(sentence);
    const asked = askPartOf(sentence);
    if (asked === sentence && (reporting || !asksAsQuestion(sentence))) continue;
    return sentence.includes(asked) ? asksStated(asked).replace(CLOSING_END_MARK, '') : undefined;
  }
  return undefined;
}

/**
 * The course asked after a frame (askAfterFrame) in the first sentence that has one, up to the sentence's end — when no
 * sentence before it asks by itself ("对…给予补助。与其…，不如…" is headed by its first ask); null otherwise.
 */
function framedAsk(text: string): string | null {
  for (const sentence of text.split(AFTER_SENTENCE_BREAK)) {
    const course = askAfterFrame(sentence);
    if (course) return course.replace(CLOSING_BREAKS, '');
    if (opensWithAsk(sentence)) return null;
  }
  return null;
}

/**
 * "在老旧小区改造中同步实施雨污分流改造" → "同步实施雨污分流改造": the setting goes, the action stays. Only a
 * standalone 中 closes a setting ("在小区增设集中充电设施" has none).
 */
function withoutSetting(topic: string): string {
  if (!topic.startsWith('在')) return topic;
  const words = getTokenizer().cut(topic.slice(0, 24));
  const close = words.indexOf('中');
  if (close < 2) return topic;
  const rest = topic.slice(words.slice(0, close + 1).join('').length).replace(/^[，,\s]+/u, '');
  return rest.length >= 4 ? rest : topic;
}

function withoutFraming(clause: string): string {
  let topic = clause.replace(/^关于/u, '');
  const colon = topic.search(/[：:]/u);
  // "为此，建议市住建局：加强物业管理…": before the colon only who asks whom; the ask is after it.
  if (colon >= 2) topic = onlyAnnouncesAsks(topic.slice(0, colon)) ? topic.slice(colon + 1) : topic.slice(0, colon);
  for (let i = 0; i < 3; i++) {
    topic = topic
      .replace(LEADING_BASIS, (basis, offset: number, whole: string) => (namesItsOwnAction(whole.slice(basis.length)) ? '' : basis))
      .replace(LEADING_ASK, '')
      .replace(/^[，,：:\s]+/u, '')
      .replace(LEADING_SUBJECT, '')
      .replace(LEADING_AGENCIES, '');
    topic = withoutActor(topic)
      .replace(LEADING_CONNECTIVE, '')
      .replace(LEADING_SCOPE, '')
      .replace(LEADING_OCCASION, '')
      .replace(SCOPE_BEFORE_ACTION, (scope, offset: number, whole: string) => (namesAnAction(whole.slice(scope.length)) ? '' : scope))
      .replace(LEADING_MODAL, '')
      .replace(/^在[^，,]{2,20}中[，,]/u, '');
    topic = withoutSetting(topic);
  }
  return topic
    .replace(/(?:的)?(?:建议|提案|议案)$/u, '')
    .replace(/[，,、\s]+$/u, '')
    .trim();
}

/**
 * "将甲厂家属区、乙公司宿舍等小区纳入2026年度老旧小区改造计划" is too long for a heading: the listed examples go and
 * the class they belong to stays ("将小区纳入2026年度老旧小区改造计划"). Only when the topic would otherwise be cut.
 */
export function withoutExamples(topic: string, maxChars: number = HEADING_OPTIONS.maxChars): string {
  if (topic.length <= maxChars) return topic;
  // Only the objects of 将/把 (what is moved into a plan or scope) or of a call to others; "对占用公共车位、私装地锁等行为"
  // names the ask itself.
  // "推动机关、学校、医院等单位停车场…错时开放": the objects of a call to others (推动, 鼓励, 引导) likewise.
  // Examples are names ("甲厂家属区、乙公司宿舍等"); "引导原产权单位通过出资、捐赠设施等方式参与" lists the ways the
  // object is asked to act, and the object (原产权单位) is the ask itself.
  const shorter = topic.replace(/(?<=[将把]|推动|鼓励|引导|支持|动员)(?:[^、，,。]{2,10}、)+[^、，,。]{2,10}等(?=[^的，,]{2,})/gu, (list) =>
    list.slice(0, -1).split('、').every(namesOnly) ? '' : list,
  );
  return shorter.length >= 6 ? shorter : topic;
}

/**
 * "压实水电气暖等管线单位的出资责任" → "压实管线单位的出资责任", "电力、通信、供水、燃气等专业经营单位…" → "专业经营单位…":
 * the bodies a proposer lists before 等 are examples of the class of bodies after it (单位, 企业, 机构…), which is what
 * a passage names. Things asked for ("坡道、扶手等无障碍设施") and items that act ("通过直接出资、使用维修资金等方式") stay.
 */
export function withoutNamedExamples(text: string): string {
  return text.replace(/((?:[^、，,。；;：:“”]{1,10}、)*)([^、，,。；;：:“”]{1,12})等(?=[\p{Script=Han}]{0,8}(?:单位|企业|机构|部门|公司))/gu, (whole, listed: string, last: string, offset: number) => {
    const items = [...listed.split('、').filter(Boolean), last];
    // The first item runs on from the words before it ("压实水电气暖"): only its trailing names are the example.
    const words = getJieba().tag(items[0], false);
    let cut = words.length;
    while (cut > 0 && !NOT_A_NAME_TAG.test(words[cut - 1].tag) && !isMistaggedVerb(words[cut - 1].word)) cut--;
    const before = words.slice(0, cut).map((w) => w.word).join('');
    items[0] = items[0].slice(before.length);
    if (!items[0] || !items.every(namesOnly) || /[等]$/u.test(text.slice(0, offset))) return whole;
    return before;
  });
}

/** Parts of speech that make a listed item an action or a clause, not a name: verbs (not nominal ones), prepositions, conjunctions. */
const NOT_A_NAME_TAG = /^(?:v|vd|vi|p|c|d)$/u;

/** A listed item made of names only: no verb, preposition or adverb among its words. */
function namesOnly(item: string): boolean {
  return getJieba()
    .tag(item, false)
    .every((t) => !NOT_A_NAME_TAG.test(t.tag));
}

/**
 * "盘活周边存量资源，推动单位停车场…错时开放": a first clause whose object is abstract (资源, 潜力, 作用) is a slogan; when
 * the next clause opens with an action of its own, that clause is what is asked.
 */
const SLOGAN_CLAUSE = /^[^，,]{2,12}(?:资源|潜力|优势|作用|活力|合力|积极性)[，,]$/u;
const ACTION_OPENING = /^(?:推动|推进|推行|鼓励|引导|建立|建设|实施|开展|开放|利用|加快|完善|设立|增设)/u;
/** The clause opens with an action: a verb of ACTION_OPENING, or one the tagger does not read as a verb ("多建公共停车场"). */
function opensWithAction(clause: string): boolean {
  return ACTION_OPENING.test(clause) || isMistaggedVerb(getJieba().tag(clause, true)[0]?.word ?? '');
}
/**
 * "加大执法力度，", "合理安排施工时序，", "挖掘小区内部空间，": a clause whose object is a dimension of the ask (how hard, in
 * what order, where room is found), not what is done; the next clause says that.
 */
const FRAME_DIMENSION = /(?:力度|时序|次序|顺序|节奏|空间)[，,]$/u;
/**
 * A frame clause that names only a dimension of the ask, not what is done. Not a frame: a lead naming a thing and the act
 * on it ("加大资金|支持|力度": what is given is said), an act the next clause takes up again ("优化审批顺序，将规划审批…":
 * the clause after elaborates it), or room for an activity rather than a place ("拓展发展空间").
 */
function isFrameClause(clause: string, next: string, options = HEADING_OPTIONS): boolean {
  const dimension = FRAME_DIMENSION.exec(clause);
  if (!dimension) return false;
  const lead = clause.slice(0, dimension.index);
  if (lead.length < 2 || lead.length > options.maxFrameLeadChars || /[，,。；;]/u.test(lead)) return false;
  const words = getJieba().tag(lead, false);
  const object = words.slice(1);
  const namesThingAndAct = object.some((w, i) => w.tag === 'n' && /^v/u.test(object[i + 1]?.tag ?? ''));
  const actTakenUp = object.some((w) => w.word.length >= 2 && /^v/u.test(w.tag) && next.includes(w.word));
  const roomForActivity = dimension[0].startsWith('空间') && /^v/u.test(words.at(-1)?.tag ?? '');
  return !namesThingAndAct && !actTakenUp && !roomForActivity;
}
/** The clause after a frame says what is done: an action, or its object put first ("把…安排在…", "对…依法处罚"). */
function spellsOutAction(clause: string): boolean {
  return opensWithAsk(clause) || /^(?:把|将|对)[^，,。；;]{2,}/u.test(clause);
}
/** A clause naming the means of an ask: "利用…", "通过…", "依托…", "借助…". */
const MEANS_CLAUSE = /^(?:利用|通过|依托|借助)[^，,。；;]{2,}[，,]$/u;
/**
 * A means clause saying how, not with what: "通过设立专项资金、发行专项债券等方式，", "以政府购买服务的方式，",
 * "通过引入社会资本参与，". The goal after it names the ask ("拓宽老旧小区改造资金来源").
 */
const MANNER_CLAUSE = /^(?:通过|以|采取|采用)[^，,。；;]{2,}[，,]$/u;

/**
 * "利用改造腾出的空间建设社区养老服务站" → "建设社区养老服务站": the means a building ask names before its verb (利用, 依托,
 * 借助, 挖掘, 盘活 and what, a comma between or none, after the occasion "在…中"); what is to be built or added is the
 * ask ("利用改造腾出的空间，配建社区养老服务设施", "进一步挖掘空间增加停车位"), a passage on it need not name the means.
 */
const MEANS_BEFORE_BUILDING =
  /^(?:在[^，,。；;]{2,12}中)?(?:进一步)?(?:利用|依托|借助|挖掘|盘活)[^，,。；;]{2,16}?[，,]?(?=(?:建设|新建|改建|增设|设置|开设|打造|建成|配建|增加|新增)[\p{Script=Han}]{2,})/u;
export function withoutMeansPhrase(sentence: string): string {
  return sentence.replace(MEANS_BEFORE_BUILDING, '');
}

/**
 * "把排名向社会公开，让老百姓也知道" → "把排名向社会公开": what the ask is for names no part of its heading. After a frame that
 * names nothing or a manner ("进一步加大工作力度，切实解决…问题"), the goal is what is asked, and stays.
 */
function withoutClosingPurpose(topic: string): string {
  const kept = withoutPurpose(topic);
  const first = topic.split(/(?<=[，,])/u)[0];
  return kept === topic || namesNothing(first) || MANNER_CLAUSE.test(first) ? topic : kept;
}

/** A sentence without its closing clauses of purpose: "建立专项维修资金续筹机制，保证…有钱修" → "建立专项维修资金续筹机制". */
export function withoutPurpose(sentence: string): string {
  const clauses = sentence.split(/(?<=[，,])/u);
  const at = clauses.findIndex((clause, i) => i > 0 && opensWithPurpose(clause));
  return at > 0 ? clauses.slice(0, at).join('').replace(/[，,\s]+$/u, '') : sentence;
}

/** A clause naming only whom or what an ask applies to: "对符合条件的加装电梯项目". */
const SCOPE_ONLY = /^(?:对于|针对|对)[^，,。；;]{2,20}$/u;
/** The action a clause closes on: "…按照每台不低于15万元的标准给予补助" → "给予补助". */
const CLOSING_ACTION = /(?:给予|予以|实施|实行|开展|建立|纳入|落实|提供|安排|优先|减免|免收)[^，,。；;、]{0,10}(?=[，,]?$)/u;

/** "对符合条件的加装电梯项目": 对 and a noun phrase, no action after its last 的 ("对…管网建立定期清掏制度" has one). */
export function namesScopeOnly(clause: string): boolean {
  if (!SCOPE_ONLY.test(clause)) return false;
  const head = clause.slice(clause.lastIndexOf('的') + 1 || clause.search(/[^对于针]/u));
  return !ASK_VERB.test(head);
}
/** Verbs of an ask (the tagger reads "行为" and "加装电梯" as verbs, so the words themselves are listed). */
const ASK_VERB = /进行|建立|实施|开展|给予|予以|推进|推动|完善|加强|建设|设立|增设|制定|出台|落实|纳入|提供|安排|明确|规范|实行|推行|引导|鼓励|支持|加快|加大|提高|降低|减免|同步|整治|清理|查处|统筹/u;

/** A clause opening with who acts or by what measure ("由市财政…", "按照…标准"), not with the action. */
const AGENT_OR_MEASURE = /^(?:由|按照|根据|参照|依照)/u;

/**
 * "挖掘小区内部潜力，利用边角空地增设停车位": a slogan clause (…潜力/资源/优势，) before an action is no part of the ask; the
 * heading names the action, and evidence is judged against it.
 */
export function withoutSloganClause(text: string): string {
  const clauses = text.split(/(?<=[，,])/u);
  return clauses.length > 1 && SLOGAN_CLAUSE.test(clauses[0]) && opensWithAction(clauses[1]) ? clauses.slice(1).join('') : text;
}

/** A clause of policy verbs and filler only ("进一步加大工作力度"): it names no topic (建设管理 is one). */
function namesNothing(clause: string): boolean {
  const tokenizer = getTokenizer();
  // A compound of filler ("工作力度") is filler too.
  return tokenizer.terms(clause.replace(/[，,]$/u, '')).every((word) => {
    if (word.length < 2 || GENERIC_TERMS.has(word)) return true;
    const parts = tokenizer.searchTerms(word).filter((part) => part !== word && part.length >= 2);
    return parts.length >= 2 && parts.every((part) => GENERIC_TERMS.has(part));
  });
}

/** Up to the first comma when that clause names the action on its own, or to the next comma that keeps it short. */
function leadClauses(topic: string, options = HEADING_OPTIONS): string {
  let clauses = withoutSloganClause(topic).split(/(?<=[，,])/u);
  // "进一步加大工作力度，切实解决…停车难问题": a frame naming nothing (policy verbs and filler only) before an action
  // that does name something; "通过…等方式，拓宽…资金来源": the manner before the goal.
  while (clauses.length > 1 && (namesNothing(clauses[0]) || MANNER_CLAUSE.test(clauses[0])) && topicWords(clauses[1]).length && opensWithAsk(clauses[1])) {
    clauses = clauses.slice(1);
  }
  // "利用小区内闲置空地和杂物堆放处，建设游园，…": a means clause too long to drop as an occasion names the ask only
  // with the action it serves ("利用小区内闲置空地和杂物堆放处建设游园").
  if (clauses.length > 1 && MEANS_CLAUSE.test(clauses[0]) && !MANNER_CLAUSE.test(clauses[0]) && opensWithAction(clauses[1])) {
    const joined = `${clauses[0].replace(/[，,]$/u, '')}${clauses[1]}`;
    clauses = [joined.replace(/[，,]$/u, '').length <= options.maxChars ? joined : clauses[1], ...clauses.slice(2)];
  }
  // "加大执法力度，对占用公共车位的依法处罚": a clause naming only how hard, in what order or where room is found names
  // the ask together with the clause that says what is done.
  if (clauses.length > 1 && isFrameClause(clauses[0], clauses[1], options) && spellsOutAction(clauses[1])) {
    const joined = `${clauses[0]}${clauses[1]}`;
    if (joined.replace(/[，,]$/u, '').length <= options.maxChars) clauses = [joined, ...clauses.slice(2)];
  }
  let out = '';
  for (const clause of clauses) {
    const next = out + clause;
    if (out && next.replace(/[，,]$/u, '').length > options.maxChars) break;
    out = next;
    if (out.replace(/[，,]$/u, '').length >= options.minClauseChars) break;
  }
  out = out.replace(/[，,]$/u, '');
  // "对符合条件的加装电梯项目，由市、区两级财政按照…标准给予补助": a scope alone asks nothing; the action closing the
  // next clause does ("对符合条件的加装电梯项目给予补助"), without who gives it and by what measure.
  if (!namesScopeOnly(out) || clauses.length < 2) return out;
  const next = (clauses[clauses.findIndex((c) => c.replace(/[，,]$/u, '') === out) + 1] ?? '').replace(/[，,]$/u, '');
  const action = CLOSING_ACTION.exec(next)?.[0] ?? (AGENT_OR_MEASURE.test(next) ? '' : next);
  return action && (out + action).length <= options.maxChars ? out + action : out;
}

/**
 * Whether a text states a topic: holds it whole, or every word of it (a long topic loses its settings, so "推动单位停车场
 * 错时开放" is stated by "推动单位停车场在夜间向周边居民错时开放").
 */
export function statesTopic(text: string, topic: string): boolean {
  if (!topic) return false;
  if (text.includes(topic)) return true;
  const words = getTokenizer().cut(topic).filter((w) => !/^[\p{P}\s]+$/u.test(w));
  return words.length > 0 && words.every((w) => text.includes(w));
}

/**
 * Prepositions that open a setting: when, where, towards whom ("在夜间和节假日", "向周边居民"). Not 为 or 给: they
 * also mean "as", and whom an ask serves is part of it.
 */
const SETTING_PREPOSITION = /^(?:在|向|于|从)$/u;
/** Tags of the words of a setting's noun phrase: nouns, times, places, locatives, pronouns, numerals, 的, 和, 、. */
const SETTING_WORD_TAG = /^(?:n\w*|t|s|f|r|m|q|mq|b|uj|c|x)$/u;

/**
 * "推动周边机关、企事业单位停车场在夜间向老旧小区居民错时共享开放" is too long for a heading: the settings before the
 * verb (在夜间, 向老旧小区居民) go, the action and its object stay ("推动周边机关、企事业单位停车场错时共享开放").
 * Cutting it as a prefix instead lost the ask itself (错时共享开放). Only a setting an action follows goes, and only
 * while the topic is over the limit.
 */
export function withoutSettingPhrases(topic: string, maxChars: number = HEADING_OPTIONS.maxChars): string {
  if (topic.length <= maxChars) return topic;
  const words = getTokenizer().cut(topic);
  const tagOfWord = (w: string) => getJieba().tag(w, false)[0]?.tag ?? 'x';
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (i === 0 || !SETTING_PREPOSITION.test(words[i])) {
      kept.push(words[i]);
      continue;
    }
    let end = i + 1;
    while (end < words.length && !/^[，,。；;]$/u.test(words[end]) && SETTING_WORD_TAG.test(tagOfWord(words[end])) && !SETTING_PREPOSITION.test(words[end])) end++;
    // A setting is dropped only when it has an object and an action follows it ("向居民开放", not "…用于居民").
    // "…在小区和政府网站公开": a word closing the topic after the setting is its action, whatever the tagger calls it
    // (公开/ad).
    const closesOnAction = end === words.length - 1 && /^(?:v|vn|ad)$/u.test(tagOfWord(words[end]));
    const followedByAction = (end < words.length && /^v/u.test(tagOfWord(words[end]))) || closesOnAction || SETTING_PREPOSITION.test(words[end] ?? '');
    if (end > i + 1 && followedByAction) i = end - 1;
    else kept.push(words[i]);
  }
  const shorter = kept.join('');
  return shorter.length >= 6 ? shorter : topic;
}

/** A topic longer than the limit, cut at a word boundary and not on a word that leaves the phrase hanging. */
function cutAtWord(topic: string, maxChars: number): string {
  if (topic.length <= maxChars) return topic;
  const words = getTokenizer().cut(topic);
  const kept: string[] = [];
  let length = 0;
  for (const word of words) {
    if (length + word.length > maxChars) break;
    kept.push(word);
    length += word.length;
  }
  // "…停车场在夜间": a cut inside an adverbial phrase ends before its preposition ("…停车场").
  for (let i = kept.length - 1; i > 0; i--) {
    if (PREPOSITION.test(kept[i]) && kept.slice(0, i).join('').length >= MIN_CUT_CHARS) {
      kept.splice(i);
      break;
    }
  }
  while (kept.length > 1 && (DANGLING_END.test(kept[kept.length - 1]) || /^[\p{P}\s]+$/u.test(kept[kept.length - 1]))) kept.pop();
  return kept.join('');
}

/**
 * "供水、供电等专业经营单位是管线改造的直接受益者，应当承担相应的改造费用": a clause saying what a body is, then what it
 * should do: the body and its duty are the ask ("专业经营单位承担相应的改造费用"), its description is the reason. What
 * comes before 是 must name a body: "特别是老旧小区，要…", "尤其是…" single out a case and describe nothing.
 */
const DESCRIBED_THEN_DUTY = new RegExp(
  `^([^，,。；;]{0,28}?${BODY_NOUN})是[^，,。；;]{2,24}[，,]\\s*(?:因此|所以|理应)?(?:${DUTY_WORDS})([^，,。；;]{4,})`,
  'u',
);
export function dutyOfDescribed(clause: string): string {
  const m = DESCRIBED_THEN_DUTY.exec(clause);
  return m && opensWithAsk(m[2]) ? `${withoutNamedExamples(m[1])}${m[2]}` : clause;
}

/**
 * What a suggestion is about: its lead sentence without asking words ("推行错时共享停车，开放机关单位停车场"), or, when
 * that is long, its first clauses; at most 30 characters, cut at a word boundary. Evidence is searched with it.
 */
export function topicOf(text: string, options = HEADING_OPTIONS): string {
  const framed = withoutExamples(withoutFraming(dutyOfDescribed(proposingClause(text, options))), options.maxChars);
  const lead = withoutClosingPurpose(framed.length <= options.wholeSentenceChars ? framed : leadClauses(framed, options));
  const topic = cutAtWord(withoutSettingPhrases(lead, options.maxChars), options.maxChars).replace(/(?<=[A-Za-z])\.$/u, '');
  return topic || text.slice(0, Math.min(text.length, 12));
}

/**
 * The core a section heading names, "一、关于{core}的建议": the topic's first clause when that clause states an action
 * on its own ("推行错时共享停车"), else as much as the seed keeps ("政府主导，合力推进老旧小区改造工作").
 */
export function headingCoreOf(topic: string, options = HEADING_OPTIONS): string {
  return leadClauses(topic, options) || topic;
}
