// A person asked by the role they hold: "管这片的片长叫什么名字", "联系人是谁", "是哪位代表提的". A sentence saying
// the role again ("每栋楼指定一名楼长作为联系人") tells what kind of person, not who. Names are read by
// where they stand beside a role or title word ("科长甲乙丙", "联系人：…科 甲乙", "甲乙同志", "甲乙任组长"), not by a
// dictionary's person tags: invented given names and rare surnames are tagged as anything. Every such place is one
// entry of NAME_SLOTS, read by roleFilled.
import type { TaggedWord } from '@node-rs/jieba';
import { getJieba } from './tokenizer.js';
import { COMPOUND_SURNAMES, looksLikePersonName, RARER_COMPOUND_SURNAMES, SINGLE_SURNAMES, UNIT_WORDS } from './personNames.js';
import { simplifiedCompatible } from './simplify.js';

const ALL_COMPOUND_SURNAMES = [...COMPOUND_SURNAMES, ...RARER_COMPOUND_SURNAMES];

/**
 * Words for a person by the role or office they hold, longest first where one ends another ("法定代表人" before 代表,
 * "副组长" before 组长). A 副 or 常务副 before one is read with it.
 */
const PERSON_ROLE_WORDS = [
  '法定代表人', '法人代表', '负责人', '联系人', '经办人', '承办人', '签发人', '审核人', '审签人', '执笔人', '提案人', '建议人', '领衔人',
  '发言人', '主持人', '责任人', '项目经理', '总经理', '经理', '总监', '总工', '秘书长', '秘书', '科长', '处长', '局长', '厅长',
  '部长', '股长', '所长', '站长', '队长', '组长', '院长', '校长', '主任', '书记', '市长', '区长', '县长', '镇长', '乡长', '省长',
  '主席', '记者', '通讯员', '网格员', '楼栋长', '专家', '工人', '师傅', '律师', '工程师', '代表', '委员', '领导', '同志',
];
const PERSON_ROLE = `(?:常务副|副)?(?:${PERSON_ROLE_WORDS.join('|')})`;

/** The end of a question's ask: nothing more, or a particle or mark ("联系人是谁呢？"). */
const ASK_ENDS = '(?=[呢啊呀吗？?，,。！!\\s]|$)';
/**
 * "科长叫什么名字", "联系人是谁", "记者姓什么", "组长的名字是什么", "是哪位委员领衔的": the role is group 1 or 2. Not "由谁
 * 担任" ("组长由谁担任" is answered by an office, "由市长担任"), nor who did something ("是谁主持的").
 */
const ASKS_PERSON_BY_ROLE = new RegExp(
  `(${PERSON_ROLE})(?:(?:是|叫)?(?:谁|哪一?位)${ASK_ENDS}|的?(?:叫什么|叫啥|姓什么|姓啥)|的?(?:名字|姓名)(?:是什么|叫什么|是啥)?${ASK_ENDS})|哪一?位(${PERSON_ROLE})`,
  'u',
);

/** The role a question asks a person's name by ("…服务站的联系人叫什么名字" → 联系人), or undefined. */
export function personRoleAsked(question: string): string | undefined {
  const text = simplifiedCompatible(question);
  const m = text.match(ASKS_PERSON_BY_ROLE);
  if (m?.[2] && GENERAL_WHO.test(m[2])) return text.match(ROLE_BEFORE_GENERAL_WHO)?.[1];
  return m?.[1] ?? m?.[2];
}

/** "哪位领导", "哪位同志": who in general; the role is the word before ("组长是哪位领导"), or none ("由哪位领导牵头"). */
const GENERAL_WHO = /^(?:领导|同志)$/u;
const ROLE_BEFORE_GENERAL_WHO = new RegExp(`(${PERSON_ROLE})是?哪一?位(?:领导|同志)`, 'u');

/**
 * Characters that open words but no name: particles, prepositions, pronouns and verbs of office ("联系人为…",
 * "组长由…担任", "局长在会上…"). The listed surnames among them (于, 任, 向, 应, 和) open names too: see
 * FUNCTION_WORD_SURNAMES.
 */
const OPENING_WORDS = [...'由为是的在对向和与及或等将把被从到以于经按据了也都就还并且其该本此各每这那我你他她您贵有无不没已未会可应须要需请让使给跟同即均共约近副总正任兼暂待另'];
const OPENS_NO_NAME = new RegExp(`^[${OPENING_WORDS.filter((c) => !SINGLE_SURNAMES.has(c)).join('')}]`, 'u');
/** Surnames that are also particles or verbs ("于海涛" / "于会上", "任建国" / "任组长", "向明辉" / "向社会"). */
const FUNCTION_WORD_SURNAMES = new Set(OPENING_WORDS.filter((c) => SINGLE_SURNAMES.has(c)));
const HOLDS_NO_NAME = /[的之等和与及、]/u;
/** A particle or verb closing characters read by where they stand ("…队员为" + 联系人): no unlisted surname's name. */
const ENDS_AS_PARTICLE = new RegExp(`[${OPENING_WORDS.join('')}]$`, 'u');
/** Jieba tags a rare surname standing alone may carry (a person's, a stray character's, a morpheme's). */
const SURNAME_LIKE_TAG = /^(?:nr|x|zg|ng|eng)/u;
/** Single characters that end a place or a unit, not a given name ("同县", "和区"). */
const PLACE_CHARACTER = /^[省市县区镇乡村街局委办科处室]$/u;

/**
 * Whether what follows a surname that is also a particle or verb reads as a given name: not a role ("任组长"), not one
 * ordinary word ("向社会", "于本月"), not a place's or unit's character.
 */
function followsAsGivenName(rest: string): boolean {
  if (OFFICE_START.test(rest) || PLACE_CHARACTER.test(rest)) return false;
  const words = getJieba().tag(rest, false);
  return !(rest.length >= 2 && words.length === 1 && !/^n[rs]/u.test(words[0].tag));
}

/**
 * Whether 2–4 characters read as a person's name by their make-up (looksLikePersonName), or by a rarer compound
 * surname, "小刘" / "老王", or a single surname the list leaves out that the dictionary knows no ordinary word for.
 */
export function readsAsName(candidate: string): boolean {
  if (!/^\p{Script=Han}{2,4}$/u.test(candidate) || OPENS_NO_NAME.test(candidate) || HOLDS_NO_NAME.test(candidate)) return false;
  if (FUNCTION_WORD_SURNAMES.has(candidate[0]) && !followsAsGivenName(candidate.slice(1))) return false;
  let tagged: TaggedWord[] | undefined;
  const wordsOf = () => (tagged ??= getJieba().tag(candidate, false));
  // "宣传科", "调度组": one word naming a unit, however the dictionary tags it.
  if (UNIT_END.test(candidate) && wordsOf().length === 1) return false;
  if (candidate.length === 2 && /^[小老]/u.test(candidate) && SINGLE_SURNAMES.has(candidate[1])) return true;
  if (looksLikePersonName(candidate)) return true;
  const words = wordsOf();
  if (words.length === 1) return /^nr/u.test(words[0].tag);
  const compound = RARER_COMPOUND_SURNAMES.find((s) => candidate.startsWith(s));
  if (compound) return candidate.length - compound.length <= 2;
  if (candidate.length > 3 || SINGLE_SURNAMES.has(candidate[0]) || PLACE_CHARACTER.test(candidate[0]) || ENDS_AS_PARTICLE.test(candidate)) return false;
  const first = words[0];
  return first.word.length === 1 && SURNAME_LIKE_TAG.test(first.tag);
}

/** Staff words: who is meant by kind, not by name ("工作人员", "保洁队员"). */
const STAFF_WORD = /人员|员$/u;
/** Words of a body a value names rather than a person ("全国人大", "市政协", "某某县"). */
const BODY_WORD = /人大|政协|[省市县区镇乡]$/u;
const NAME_JOINER = /[·•・]/gu;
/** A name in Latin letters ("Anna Li", "O'Brien"). */
const LATIN_NAME = "[A-Za-z][A-Za-z.' -]{0,30}[A-Za-z]";
const IS_LATIN_NAME = new RegExp(`^${LATIN_NAME}$`, 'u');
/** A name left out on purpose ("联系人：某某"): the slot is filled as with "张某". */
const NAME_PLACEHOLDER = /^某某某?$/u;

/**
 * Whether a value fills a slot that only a name can fill — a label's value closed by a mark ("联系人：__，") or a
 * salutation ("__代表："): a listed surname and a given name, whatever ordinary word they also spell ("向东",
 * "江河"); a name joined by "·" or of four to eight characters the dictionary does not read as words (many minority
 * names); a Latin name. Not a role, a staff word or a unit.
 */
export function fillsNameSlot(value: string): boolean {
  if (NAME_PLACEHOLDER.test(value)) return true;
  if (IS_LATIN_NAME.test(value)) return true;
  if (!/^\p{Script=Han}+(?:[·•・]\p{Script=Han}+)*$/u.test(value)) return false;
  if (OFFICE_WITHIN.test(value) || STAFF_WORD.test(value) || UNIT_END.test(value) || BODY_WORD.test(value)) return false;
  if (OPENS_NO_NAME.test(value) || HOLDS_NO_NAME.test(value)) return false;
  const plain = value.replace(NAME_JOINER, '');
  if (plain !== value) return plain.length >= 3 && plain.length <= 16;
  if (readsAsName(value)) return true;
  const compound = ALL_COMPOUND_SURNAMES.find((s) => value.startsWith(s));
  if (compound) return value.length - compound.length >= 1 && value.length - compound.length <= 2;
  if (SINGLE_SURNAMES.has(value[0])) return value.length <= 4;
  if (value.length > 8) return false;
  const words = getJieba().tag(value, false);
  // Two to four characters: a name unless one ordinary word ("待定"); longer: unless read as a few words ("另行通知").
  if (value.length <= 4) return words.length > 1 || /^nr/u.test(words[0].tag);
  return words.length >= 3 || words.some((w) => /^nr/u.test(w.tag));
}

// ---- Where a name stands beside a role ----

/** A unit's or body's last word ("…局", "…中心", "某某党派市委员会", "物业服务企业"): the one list of them. */
const UNIT_END = new RegExp(`(?:${[...UNIT_WORDS, '企业', '党', '社', '团'].join('|')})$`, 'u');
/** An office that holds a role ("分管副市长任组长", "组长由市长担任"): who, by the office, not a name. */
const OFFICE_END = new RegExp(`(?:${PERSON_ROLE})$`, 'u');
/** An office named anywhere in a phrase ("分管副市长甲乙", "区住建局局长"). */
const OFFICE_WITHIN = new RegExp(PERSON_ROLE, 'u');
/** An office opening a phrase ("任组长": the verb of holding and a role, no name). */
const OFFICE_START = new RegExp(`^${PERSON_ROLE}`, 'u');
/** A clause's end: a name is read within the clause holding its role. */
const CLAUSE_END = /[，,。；;！!？?\n（(]/u;

/** Whether a name opens `text` ("甲乙丙带队…", "乙丙，电话…"): two to four characters that read as one. */
function opensWithName(text: string): boolean {
  return [2, 3, 4].some((n) => text.length >= n && readsAsName(text.slice(0, n)));
}

/** A table's cell bar between a name and its role ("甲乙丙｜副组长"). */
const CELL_BAR_END = /\s*[|｜]\s*$/u;
/** "等5名" / "等" closing names listed before a role ("甲乙等5名代表"): the names stand before it. */
const LISTED_COUNT_END = /等(?:\d+|[一二两三四五六七八九十]+)?[名位个人]?$/u;

/** Whether a name closes `text` ("…的甲乙丙" before 代表), standing after a mark, a unit's word, a role ("局长甲乙"), 的 or 由. */
function closesWithName(raw: string): boolean {
  const text = raw.replace(CELL_BAR_END, '').replace(LISTED_COUNT_END, '');
  return [2, 3, 4].some((n) => {
    if (text.length < n || !readsAsName(text.slice(-n))) return false;
    const before = text.slice(0, -n);
    return !before || nameMayFollow(before) || OFFICE_END.test(before);
  });
}

/**
 * What a name stands right after: a mark or space, 的 / 由 / 请 / 经, a joining word of a list, or a unit's last word
 * ("我局甲乙局长", "…科 甲乙"). Not a role's own last word ("队员为" + 联系人 is no name).
 */
function nameMayFollow(before: string): boolean {
  return /(?:[^\p{Script=Han}]|[的由请经和与及])$/u.test(before) || UNIT_END.test(before);
}

/** A label's value: a Latin name or Han characters joined by "·", up to the next mark or space. */
const LABEL_VALUE = new RegExp(`^(?:${LATIN_NAME}|[\\p{Script=Han}·•・]{2,16})(?![\\p{Script=Han}·•・A-Za-z])`, 'u');

/** A label's whole value closed by a mark, a space or the end ("记者 甲乙丙", "联系人：甲乙。"): a slot only a name fills. */
function isLabelValueName(rawBody: string): boolean {
  const body = closeLayoutSpace(rawBody);
  const value = body.match(LABEL_VALUE)?.[0];
  return !!value && fillsNameSlot(value);
}

/** "欧阳 明", "任 重": a surname and a given name set apart by the form's layout, read as one. */
function closeLayoutSpace(body: string): string {
  const m = body.match(/^(\p{Script=Han}{1,2})[ \u3000](\p{Script=Han}{1,2})(?!\p{Script=Han})/u);
  if (!m || !(SINGLE_SURNAMES.has(m[1]) || ALL_COMPOUND_SURNAMES.includes(m[1]))) return body;
  return m[1] + m[2] + body.slice(m[0].length);
}

/** Whether a name opens `text` or is its whole first value ("甲乙 0871…", "江河，电话…"). */
function opensWithNameOrValue(text: string): boolean {
  return opensWithName(text) || isLabelValueName(text);
}

/** A name in brackets right after a role word ("项目负责人（甲乙丙）", "技术负责人(甲乙)"). */
const BRACKETED_VALUE = /^[（(]\s*([^（()）]{2,16}?)\s*[）)]/u;

function bracketedName(rest: string): boolean {
  const value = rest.match(BRACKETED_VALUE)?.[1];
  return !!value && fillsNameSlot(closeLayoutSpace(value));
}

/** Another role listed after this one ("书记、居委会主任"): the name follows the last of them. */
const LISTED_ROLE = new RegExp(`^、[^，,。；;、]{0,12}?${PERSON_ROLE}`, 'u');

function afterListedRoles(after: string): string {
  let rest = after;
  for (let listed = rest.match(LISTED_ROLE); listed; listed = rest.match(LISTED_ROLE)) rest = rest.slice(listed[0].length);
  return rest;
}

/** A role's label: its colon, after a few words of the label ("联系人及电话："), or a space ("记者 甲乙"). */
const LABEL = /^[^，,。；;：:\s|｜]{0,6}?[：:]\s*|^\s*[|｜]\s*|^\s+/u;
/** How far after a role's label a name is looked for ("联系人：市…局…科 甲乙"): within its clause. */
const LABEL_REACH_CHARS = 30;

/** Whether a name stands in a label's clause after a space or a unit's last word ("市某局某科 甲乙", "某局某科甲乙"). */
function nameWithinClause(clause: string): boolean {
  for (let at = 1; at < clause.length - 1; at++) {
    const upTo = clause.slice(0, at);
    if ((/\s$/u.test(upTo) || UNIT_END.test(upTo)) && opensWithNameOrValue(clause.slice(at).trimStart())) return true;
  }
  return false;
}

/** Roles a salutation names ("甲乙代表：", "甲乙委员：", "甲乙同志："). */
const SALUTED_ROLE = /^(?:代表|委员|同志)$/u;

/** Whether a salutation's name stands before the role ("甲乙丙代表：", "买买提·艾力委员："): the line's start to the role. */
function salutationName(before: string, role: string, after: string): boolean {
  if (!SALUTED_ROLE.test(role) || !/^[：:]/u.test(after)) return false;
  const value = before.split(/[\s，,。；;：:、\n]/u).pop() ?? '';
  return fillsNameSlot(value);
}

/**
 * "甲乙丙为秘书长", "使用单位为电梯安全第一责任人", "甲乙系本项目负责人": who stands before 为 / 是 / 系, a few words
 * before the role (系 not closing 联系 / 关系 / 体系).
 */
const NAMED_AS_BEFORE = /^(.*?)(?:为|是|(?<![联关体维派])系)[^，,。；;为是系]{0,10}$/u;

/** Whether a person or a body holds the role at the end of `before` by 为 / 是 ("甲乙为秘书长", "某单位是…责任人"). */
function namedAsRole(before: string): boolean {
  const subject = before.split(CLAUSE_END).pop()?.match(NAMED_AS_BEFORE)?.[1];
  return !!subject && (UNIT_END.test(subject) || closesWithName(subject));
}

/** "甲乙任组长", "由市长担任组长", "市长兼任组长": what stands before the verb of holding. */
const HOLDS_BEFORE = /(?:兼任|担任|任)([^，,。；;：:任]{0,16})$/u;
/** A deputy's mark closing the words before a role ("…局副" + 局长). */
const DEPUTY_END = /(?:常务副|副)$/u;

/**
 * Whether a name or an office holds the role by 任 / 担任 before it ("甲乙任组长", "甲乙任县某某中心主任"): the verb
 * of holding, then nothing or the unit the role belongs to.
 */
function holderBefore(before: string): boolean {
  const holds = before.match(HOLDS_BEFORE);
  if (!holds || (holds[1] && !UNIT_END.test(holds[1].replace(DEPUTY_END, '')))) return false;
  const holder = before.slice(0, -holds[0].length);
  return closesWithName(holder) || OFFICE_END.test(holder) || givenNameAfterOffice(holder);
}

/** "副县长和平" + 任组长: two or three characters right after an office, before the verb of holding, are that office's holder's name. */
const AFTER_OFFICE_END = new RegExp(`${PERSON_ROLE}(\\p{Script=Han}{2,3})$`, 'u');

/** Whether the words after an office read as its holder's name, whatever particle or verb they open with ("经纬", "同鑫"). */
function givenNameAfterOffice(holder: string): boolean {
  const name = holder.match(AFTER_OFFICE_END)?.[1];
  if (!name || OFFICE_WITHIN.test(name) || UNIT_END.test(name) || STAFF_WORD.test(name) || HOLDS_NO_NAME.test(name.slice(1))) return false;
  const words = getJieba().tag(name, false);
  return !words.some((w) => /^[advpcu]/u.test(w.tag) && w.word.length === name.length);
}

/** "甲乙，局长", "甲乙，县某局局长", "；甲乙，副局长": a clause holding only a name, then the role (after its unit). */
const NAME_CLAUSE_BEFORE = /(?:^|[。；;：:\n、])\s*([^，,。；;：:\n、\s]{2,8})[，,]([^，,。；;：:]{0,16})$/u;

function nameClauseBefore(before: string): boolean {
  const m = before.match(NAME_CLAUSE_BEFORE);
  if (!m) return false;
  const between = m[2].replace(DEPUTY_END, '');
  return (!between || UNIT_END.test(between)) && fillsNameSlot(m[1]);
}

/** "组长由甲乙担任", "组长由市长兼任", "联系人为甲乙": what follows the role. */
const HELD_BY_AFTER = /^(?:由|为|是|系(?!统))([^，,。；;]{2,12}?)(?:担任|兼任|负责|$|[，,。；;])/u;

/** Whether a name or an office follows the role by 由 / 为 / 是 / 系 ("组长由分管副县长甲乙担任"). */
function heldByAfter(after: string): boolean {
  const heldBy = after.match(HELD_BY_AFTER)?.[1];
  return !!heldBy && (opensWithName(heldBy) || closesWithName(heldBy) || OFFICE_WITHIN.test(heldBy));
}

/** One place a role word stands in a text, and the pieces of text the name slots read. */
interface RolePlace {
  readonly role: string;
  /** The text before the role word. */
  readonly before: string;
  /** The text after it. */
  readonly after: string;
  /** The text after it and after any roles listed with it ("书记、居委会主任" + "甲乙…"). */
  readonly afterRoles: string;
  /** The value of its label ("联系人及电话：" + "甲乙 0871…", "记者 " + "甲乙"), or undefined when it has none. */
  readonly labelValue?: string;
  /** The label's value up to its clause's end and at most LABEL_REACH_CHARS characters. */
  readonly labelClause?: string;
}

function rolePlace(text: string, at: number, role: string): RolePlace {
  const after = text.slice(at + role.length);
  const afterRoles = afterListedRoles(after);
  const label = afterRoles.match(LABEL)?.[0];
  const labelValue = label === undefined ? undefined : afterRoles.slice(label.length);
  const labelClause = labelValue?.slice(0, LABEL_REACH_CHARS).split(CLAUSE_END)[0];
  return { role, before: text.slice(0, at), after, afterRoles, labelValue, labelClause };
}

/** A place beside a role word where a name (or an office, or a body) says who holds it. */
interface NameSlot {
  /** The piece of text around the role word the slot reads. */
  readonly reads: 'before' | 'after' | 'afterRoles' | 'labelValue' | 'labelClause';
  /** Whether that piece holds someone in the slot. */
  readonly holds: (piece: string, place: RolePlace) => boolean;
}

/**
 * Every place a name stands beside its role, one entry each. A role word is filled when any slot holds someone; an
 * entry reads only its piece of text, so entries are independent and their order changes no answer.
 */
const NAME_SLOTS: Readonly<Record<string, NameSlot>> = {
  /** "局长甲乙丙", "书记、居委会主任甲乙": a name right after the role, or after the last role listed with it. */
  nameRightAfter: { reads: 'afterRoles', holds: opensWithName },
  /** "项目负责人（甲乙丙）", "技术负责人(甲乙)". */
  nameInBrackets: { reads: 'afterRoles', holds: bracketedName },
  /** "联系人：甲乙，电话…", "记者 甲乙丙", "签发：甲乙", "｜甲乙": the label's value opens with a name or is one. */
  labelValueName: { reads: 'labelValue', holds: opensWithNameOrValue },
  /** "负责人：区住建局局长", "提案人：某某党派市委会": an office or a body within the label's clause says who. */
  labelOfficeOrBody: { reads: 'labelClause', holds: (clause) => OFFICE_WITHIN.test(clause) || UNIT_END.test(clause) },
  /** "联系人：市某局某科 甲乙": a name after a space or a unit's last word within the label's clause. */
  labelNameAfterUnit: { reads: 'labelClause', holds: nameWithinClause },
  /** "甲乙丙代表", "我局甲乙局长", "甲乙等5名代表", "甲乙丙｜副组长": a name right before the role. */
  nameRightBefore: { reads: 'before', holds: closesWithName },
  /** "甲乙代表：", "买买提·艾力委员：": a salutation, a name in the slot before 代表 / 委员 / 同志 and a colon. */
  salutation: { reads: 'before', holds: (before, place) => salutationName(before, place.role, place.after) },
  /** "甲乙为秘书长", "使用单位为…第一责任人", "甲乙系本项目负责人": the subject of 为 / 是 / 系 before the role. */
  subjectNamedAs: { reads: 'before', holds: namedAsRole },
  /** "甲乙任组长", "由市长担任组长", "副县长和平任组长", "甲乙任县某中心主任": the holder before 任 / 担任 / 兼任. */
  holderBeforeVerb: { reads: 'before', holds: holderBefore },
  /** "甲乙，局长", "；甲乙，县某局副局长": a clause holding only a name, then the role. */
  nameClauseBefore: { reads: 'before', holds: nameClauseBefore },
  /** "组长由甲乙担任", "组长由分管副县长兼任", "联系人为甲乙", "负责人系某公司的甲乙": who follows 由 / 为 / 是 / 系. */
  heldByAfter: { reads: 'after', holds: heldByAfter },
};

/** Whether a role word at one place has a person named or an office holding it: the one reader of NAME_SLOTS. */
function roleFilled(place: RolePlace): boolean {
  return Object.values(NAME_SLOTS).some(({ reads, holds }) => {
    const piece = place[reads];
    return piece !== undefined && holds(piece, place);
  });
}

// ---- Where the role stands in a text ----

/** Every place `word` stands in `text`. */
function placesOf(text: string, word: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) at.push(i);
  return at;
}

/** A role word inside a longer word naming a body or a unit, not the role ("领导小组", "组长单位", "代表团"). */
const WITHIN_LONGER_WORD = /^(?:小组|班子|团|单位|成员)/u;

/** Every place a role word stands as the role, not inside a longer word. */
function rolePlacesOf(text: string, role: string): number[] {
  return placesOf(text, role).filter((at) => !WITHIN_LONGER_WORD.test(text.slice(at + role.length)));
}

/**
 * Roles ending in 人 whose label in a reply's closing lines or a form leaves the 人 out ("签发：甲乙", "审核：甲乙",
 * "经办：甲乙"): the short label stands for the role.
 */
const SHORT_LABEL_ROLES = new Set(['签发人', '审核人', '审签人', '执笔人', '经办人', '承办人', '联系人']);

/** Every place the short label of a role ("签发" for 签发人) stands before a colon. */
function shortLabelPlacesOf(text: string, role: string): number[] {
  if (!SHORT_LABEL_ROLES.has(role)) return [];
  const stem = role.slice(0, -1);
  return placesOf(text, stem).filter((at) => /^\s*[：:]/u.test(text.slice(at + stem.length)));
}

const ANY_ROLE = new RegExp(PERSON_ROLE, 'gu');

/**
 * The places to read for the role asked: where the role itself (or its short label) is written; where it is not
 * ("哪位领导审签的" / "甲乙局长审签"), every role or title word.
 */
function placesToRead(text: string, role: string): RolePlace[] {
  const own = rolePlacesOf(text, role).map((at) => rolePlace(text, at, role));
  const stem = role.slice(0, -1);
  const short = shortLabelPlacesOf(text, role).map((at) => rolePlace(text, at, stem));
  if (own.length || short.length) return [...own, ...short];
  return [...text.matchAll(ANY_ROLE)]
    .filter((m) => !WITHIN_LONGER_WORD.test(text.slice(m.index + m[0].length)))
    .map((m) => rolePlace(text, m.index, m[0]));
}

// ---- Who is named without the role word beside them ----

/** Roles a person or a body holds by doing what they name ("由区某局负责", "甲乙主持会议"), and that verb. */
const ROLE_VERB: Readonly<Record<string, string>> = { 负责人: '负责', 责任人: '负责', 主持人: '主持' };
/** Words between the holder and the verb ("由某局牵头负责"). */
const VERB_ADVERB_END = /(?:牵头|统一|具体|全面|共同)$/u;
/** "负责单位为区某局", "负责部门：某中心": the body named after the verb. */
const UNIT_NAMED_AFTER_VERB = /^(?:单位|部门|主体)(?:为|是|[：:])\s*([^，,。；;]{2,20})/u;

/** Whether the text says who does what the role names: "由<unit or name>负责", "<name>主持", "负责单位为<unit>". */
function heldByVerb(role: string, text: string): boolean {
  const verb = ROLE_VERB[role];
  if (!verb) return false;
  return placesOf(text, verb).some((at) => {
    const after = text.slice(at + verb.length);
    if (after.startsWith('人')) return false;
    const named = after.match(UNIT_NAMED_AFTER_VERB)?.[1];
    if (named) return UNIT_END.test(named) || readsAsName(named) || OFFICE_WITHIN.test(named);
    const clause = (text.slice(0, at).split(CLAUSE_END).pop() ?? '').replace(VERB_ADVERB_END, '');
    const holder = clause.includes('由') ? clause.slice(clause.lastIndexOf('由') + 1) : clause;
    return !!holder && (UNIT_END.test(holder) || OFFICE_END.test(holder) || closesWithName(holder));
  });
}

/** "请与县某局某科甲乙联系", "可与甲乙联系": the one to contact, named. */
const CONTACT_WITH = /与([^，,。；;！!？?与]{2,24}?)联系/gu;

function namedToContact(role: string, text: string): boolean {
  return role === '联系人' && [...text.matchAll(CONTACT_WITH)].some((m) => closesWithName(m[1]));
}

/**
 * Whether the text names a person for the role asked: one doing what the role names, or one beside a place of the
 * role (or of any role or title word when the role is not written) in one of the NAME_SLOTS.
 */
export function namesPersonFor(role: string, rawText: string): boolean {
  const text = simplifiedCompatible(rawText);
  if (heldByVerb(role, text) || namedToContact(role, text)) return true;
  return placesToRead(text, role).some(roleFilled);
}

/**
 * Whether the question asks a person's name by a role ("联系人叫什么名字") and the text names nobody in it. A question
 * asking no person by role: false.
 */
export function lacksAskedPerson(question: string, text: string): boolean {
  const role = personRoleAsked(question);
  return !!role && !namesPersonFor(role, text);
}
