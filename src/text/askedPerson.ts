// A person asked by the role they hold: "负责这项工作的科长叫什么名字", "联系人是谁", "是哪位代表提的". A sentence saying
// the role again ("明确1名队员为联系人", "项目由监理单位负责") tells what kind of person, not who. Names are read by
// where they stand beside a role or title word ("科长甲乙丙", "联系人：…科 甲乙", "甲乙同志", "甲乙任组长"), not by a
// dictionary's person tags: invented given names and rare surnames are tagged as anything.
import { getJieba } from './tokenizer.js';
import { COMPOUND_SURNAMES, RARER_COMPOUND_SURNAMES, SINGLE_SURNAMES } from './personNames.js';

const ALL_COMPOUND_SURNAMES = [...COMPOUND_SURNAMES, ...RARER_COMPOUND_SURNAMES];

/**
 * Words for a person by the role or office they hold, longest first where one ends another ("法定代表人" before 代表,
 * "副组长" before 组长). A 副 or 常务副 before one is read with it.
 */
const PERSON_ROLE_WORDS = [
  '法定代表人', '法人代表', '负责人', '联系人', '经办人', '承办人', '签发人', '审核人', '审签人', '提案人', '建议人', '领衔人',
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

/** The role a question asks a person's name by ("…执法联系点的联系人叫什么名字" → 联系人), or undefined. */
export function personRoleAsked(question: string): string | undefined {
  const m = question.normalize('NFKC').match(ASKS_PERSON_BY_ROLE);
  return m?.[1] ?? m?.[2];
}

/**
 * Characters that open no name: particles, prepositions, pronouns and verbs of office ("联系人为…", "组长由…担任",
 * "局长在会上…"), and those a name holds none of.
 */
const OPENS_NO_NAME = /^[由为是的在对向和与及或等将把被从到以于经按据了也都就还并且其该本此各每这那我你他她您贵有无不没已未会可应须要需请让使给跟同即均共约近副总正任兼]/u;
const HOLDS_NO_NAME = /[的之等和与及、]/u;
/** Jieba tags a rare surname standing alone may carry (a person's, a stray character's, a morpheme's). */
const SURNAME_LIKE_TAG = /^(?:nr|x|zg|ng|eng)/u;

/**
 * Whether 2–4 characters read as a person's name by their make-up: a surname, single (listed, or a character the
 * dictionary knows no ordinary word for) or compound, then one or two characters; not one ordinary word ("确定",
 * "日常").
 */
export function readsAsName(candidate: string): boolean {
  if (!/^\p{Script=Han}{2,4}$/u.test(candidate) || OPENS_NO_NAME.test(candidate) || HOLDS_NO_NAME.test(candidate)) return false;
  // "小刘", "老王": a surname called so.
  if (candidate.length === 2 && /^[小老]/u.test(candidate) && SINGLE_SURNAMES.has(candidate[1])) return true;
  const words = getJieba().tag(candidate, false);
  if (words.length === 1) return /^nr/u.test(words[0].tag);
  const compound = ALL_COMPOUND_SURNAMES.find((s) => candidate.startsWith(s));
  if (compound) return candidate.length - compound.length <= 2;
  if (candidate.length > 3) return false;
  if (SINGLE_SURNAMES.has(candidate[0])) return true;
  const first = words[0];
  return first.word.length === 1 && SURNAME_LIKE_TAG.test(first.tag);
}

/** Whether a name opens `text` ("甲乙丙带队…", "乙丙，电话…"): two to four characters that read as one. */
function opensWithName(text: string): boolean {
  return [2, 3, 4].some((n) => text.length >= n && readsAsName(text.slice(0, n)));
}

/** Whether a name closes `text` ("…的甲乙丙" before 代表), standing after a mark, a unit's word, a role ("局长甲乙"), 的 or 由. */
function closesWithName(raw: string): boolean {
  const text = raw.replace(LISTED_COUNT_END, '');
  return [2, 3, 4].some((n) => {
    if (text.length < n || !readsAsName(text.slice(-n))) return false;
    const before = text.slice(0, -n);
    return !before || NAME_MAY_FOLLOW.test(before) || OFFICE_END.test(before);
  });
}

/** "等5名" / "等" closing names listed before a role ("甲乙等5名代表"): the names stand before it. */
const LISTED_COUNT_END = /等(?:\d+|[一二两三四五六七八九十]+)?[名位个人]?$/u;

/**
 * What a name stands right after: a mark or space, 的 / 由 / 请 / 经, a joining word of a list, or a unit's last word
 * ("我局甲乙局长"). Not a role's own last word ("队员为" + 联系人 is no name).
 */
const NAME_MAY_FOLLOW = /(?:[^\p{Script=Han}]|[的由请经和与及]|[局委办厅科处室股院部司]|中心|公司)$/u;
/** How far after a role's label a name is looked for ("联系人：市…局…科 甲乙"): within its clause. */
const LABEL_REACH_CHARS = 30;
/** Where within a label's reach a name may start: its start, after a space, or after a unit's last word ("…科甲乙"). */
const NAME_START_AFTER = /(?:\s|[局委办厅科处室股院部司队站所]|中心|公司)$/u;
/** A clause's end: a name is read within the clause holding its role. */
const CLAUSE_END = /[，,。；;！!？?\n（(]/u;

/**
 * A label's whole value, two to four characters closed by a mark or the end ("记者 甲乙丙", "联系人：甲乙。"): a name
 * unless it is one ordinary word or opens as none does, whatever its surname.
 */
function isLabelValueName(body: string): boolean {
  const value = body.match(/^(\p{Script=Han}{2,4})(?!\p{Script=Han})/u)?.[1];
  if (!value || OPENS_NO_NAME.test(value) || HOLDS_NO_NAME.test(value)) return false;
  const words = getJieba().tag(value, false);
  return words.length > 1 || /^nr/u.test(words[0].tag);
}

/** A role's label: its colon, after a few words of the label ("联系人及电话："), or a space ("记者 甲乙"). */
const LABEL = /^[^，,。；;：:\s]{0,6}?[：:]\s*|^\s+/u;
/** Another role listed after this one ("书记、居委会主任"). */
const LISTED_ROLE = new RegExp(`^、[^，,。；;、]{0,12}?${PERSON_ROLE}`, 'u');
/** A body as a label's value ("民进市委会", "某某支社"): who, when a body holds the role. */
const BODY_END = /(?:委员会|[会委党社团局厅部办院]|中心|公司|集团)$/u;

/** Whether a name follows a role word: right after it ("局长甲乙丙"), or within its label ("联系人：市…科 甲乙"). */
function nameAfter(rest: string): boolean {
  // "书记、居委会主任甲乙": the name after the last of roles listed together.
  const listed = rest.match(LISTED_ROLE);
  if (listed) return nameAfter(rest.slice(listed[0].length));
  if (opensWithName(rest)) return true;
  const labelled = rest.match(LABEL);
  if (!labelled) return false;
  const body = rest.slice(labelled[0].length);
  if (opensWithName(body) || isLabelValueName(body)) return true;
  const clause = body.slice(0, LABEL_REACH_CHARS).split(CLAUSE_END)[0];
  // "负责人：区住建局局长", "提案人：某某党派市委会": an office or a body in the label says who.
  if (OFFICE_WITHIN.test(clause) || BODY_END.test(clause)) return true;
  for (let at = 1; at < clause.length - 1; at++) {
    const from = clause.slice(at).trimStart();
    if (NAME_START_AFTER.test(clause.slice(0, at)) && (opensWithName(from) || isLabelValueName(from))) return true;
  }
  return false;
}

/** An office that holds a role ("分管副市长任组长", "组长由市长担任"): who, by the office, not a name. */
const OFFICE_END = new RegExp(`(?:${PERSON_ROLE})$`, 'u');
/** An office named anywhere in a phrase ("分管副市长甲乙", "区住建局局长"). */
const OFFICE_WITHIN = new RegExp(PERSON_ROLE, 'u');
/** "甲乙任组长", "由市长担任组长", "市长兼任组长": what stands before the verb of holding. */
const HOLDS_BEFORE = /(?:兼任|担任|任)$/u;
/** "组长由甲乙担任", "组长由市长兼任", "联系人为甲乙": what follows the role. */
const HELD_BY_AFTER = /^(?:由|为|是)([^，,。；;]{2,12}?)(?:担任|兼任|负责|$|[，,。；;])/u;

/** Whether a role occurrence at `at` in `text` has a person named or an office holding it. */
function roleFilled(text: string, at: number, role: string): boolean {
  const before = text.slice(0, at);
  const after = text.slice(at + role.length);
  if (nameAfter(after) || closesWithName(before)) return true;
  const holderBefore = before.match(HOLDS_BEFORE);
  if (holderBefore) {
    const holder = before.slice(0, -holderBefore[0].length);
    if (closesWithName(holder) || OFFICE_END.test(holder)) return true;
  }
  const heldBy = after.match(HELD_BY_AFTER)?.[1];
  return !!heldBy && (opensWithName(heldBy) || closesWithName(heldBy) || OFFICE_WITHIN.test(heldBy));
}

/** Every place `word` stands in `text`. */
function placesOf(text: string, word: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) at.push(i);
  return at;
}

const ANY_ROLE = new RegExp(PERSON_ROLE, 'gu');

/**
 * Whether the text names a person for the role asked: where the role itself is written, a name (or an office) in its
 * place beside it; where it is not ("哪位领导审签的" / "甲乙局长审签"), a name beside any role or title word.
 */
export function namesPersonFor(role: string, rawText: string): boolean {
  const text = rawText.normalize('NFKC');
  const own = placesOf(text, role);
  if (own.length) return own.some((at) => roleFilled(text, at, role));
  return [...text.matchAll(ANY_ROLE)].some((m) => roleFilled(text, m.index, m[0]));
}

/**
 * Whether the question asks a person's name by a role ("联系人叫什么名字") and the text names nobody in it. A question
 * asking no person by role: false.
 */
export function lacksAskedPerson(question: string, text: string): boolean {
  const role = personRoleAsked(question);
  return !!role && !namesPersonFor(role, text);
}
