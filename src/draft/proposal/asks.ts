// Whether a paragraph of a plain proposal (no list markers) opens with an ask: an imperative verb phrase
// ("做好低层住户的协调工作", "积极争取中央补助资金", "按照谁受益、谁出资的原则，引导居民…") or an obligation
// ("老旧小区改造要注重…"). Read from the words' parts of speech, so any bureau's wording counts (a short list of verbs the
// tagger mistakes for nouns is the one exception);
// background ("近年来，…", "居民反映，…", "在走访中了解到，…") opens with a time, a subject or a report.
import { getJieba, isMoreOrLessOfAction } from '../../text/tokenizer.js';
import { ADDRESSEE } from './addressee.js';
import { CN_DIGIT_CHARS } from '../../text/numerals.js';
import {
  ASKING_WORDS,
  courseAfterFrame,
  HOW_THE_ASK_BEFORE_IS_DONE,
  NEGATES,
  PERFECTIVE_AFTER_PUT_FORWARD,
  PLACE_OR_OBJECT,
  withoutClosingCourtesy,
} from '../../text/clauses.js';

/** Verbs that report or describe a situation (background), never an ask. */
const REPORTING_VERB = /^(?:存在|有|是|出现|发现|显示|反映|表示|认为|了解|据|导致|造成|成为|看到|听到|来看|调研|调查|经过|经|随着|面临|属于|达到|涉及|占|约|共|已|已经|没有|缺乏|缺少|需求)$/u;
/** Parts of speech of a word opening an ask: a verb, or an adverb/idiom before one. */
const VERB_TAG = /^(?:v|vd|vi)$/u;
const ADVERB_TAG = /^(?:d|ad|l|i)$/u;
/** Modal verbs after a subject: "…改造要注重…", "…应当同步…". */
const MODAL = /^(?:要|应|应当|应该|需|需要|必须|务必|亟需|宜)$/u;
/** "将适老化改造纳入计划", "由街道社区兜底管理": a disposal or agent word, then the action later in the clause. */
const DISPOSAL = /^(?:将|把|对|由|给|向|为)$/u;
/** A clause that ends on a state ("加装电梯工作推进缓慢", "改造资金不足") describes; a verb-noun subject opens it. */
const STATE_END = /(?:不[\p{Script=Han}]{1,2}|缺失|缓慢|滞后|困难|较多|严重|突出|偏低|偏高|不够|不强|不高|不多|老化|较大|较差|短缺|匮乏|欠缺|难|多|少|差|低)$/u;
/** Prepositions opening a means or occasion clause before the action ("按照…原则，引导…", "结合…，建设…"). */
const MEANS_PREPOSITION = /^(?:按照|结合|依托|围绕|根据|针对|对照|借鉴|参照|通过|利用|借助|坚持|以|在|对|对于|从)$/u;

/**
 * Verbs jieba's dictionary tags as something else (利用/n, 规范/n, 落实/a, 明确/ad, 新建/ns, 拓宽/nr, 压实/n): in the first
 * place of an ask they are its action ("充分利用周边停车场…", "规范小区内部停车秩序").
 */
const MISTAGGED_VERB = /^(?:利用|充分利用|规范|指导|规划|充分发挥|落实|更新|明确|新建|委托|动员|拓宽|压实)$/u;

/**
 * A verb the tagger reads as another part of speech ("压实/n 水电/n…") or does not know ("多建/x 集中充电车棚", "少收/n"):
 * an action, never a name.
 */
export function isMistaggedVerb(word: string): boolean {
  return MISTAGGED_VERB.test(word) || isMoreOrLessOfAction(word);
}
/** "多/m 种植/v", "少/a 占/v": more or less of the verb after it, which the tagger leaves a word of its own. */
const MORE_OR_LESS = /^[多少]$/u;
/** "多集中在老城区", "多建于上世纪八十年代": 多/少 + verb + where or when describes how things mostly are; it asks nothing. */
const WHERE_OR_WHEN = '[在于]';
const ENDS_WHERE_OR_WHEN = new RegExp(`${WHERE_OR_WHEN}$`, 'u');
const OPENS_WHERE_OR_WHEN = new RegExp(`^${WHERE_OR_WHEN}`, 'u');

/** Whether a verb after 多/少 says where or when (在/于 in it, "建于", "位于", or as the next word's start). */
function saysMostlyWhere(verb: string, next: string | undefined): boolean {
  return ENDS_WHERE_OR_WHEN.test(verb) || OPENS_WHERE_OR_WHEN.test(next ?? '');
}
/** Words that make a clause describe what is missing or wrong ("…审批时未考虑…", "…模式存在漏洞"), whatever opens it. */
const DESCRIBES_A_LACK = /未|没有|没|存在|缺乏|缺少/u;
/** Localisers that close an occasion phrase ("在小区改造中", "在规划审批时"): the action follows them. */
const LOCALISER = /^(?:中|上|里|内|时|前|后|之中|期间|过程中)$/u;

interface Word {
  word: string;
  tag: string;
}

function wordsOf(clause: string): Word[] {
  return getJieba()
    .tag(clause, true)
    .filter((w) => w.word.trim());
}

/** The clause opens with a verb (after at most one adverb or idiom) that is not a reporting one. */
function opensWithVerb(words: Word[]): boolean {
  // "资金来源单一/b": a clause closing on a distinguishing word states a condition.
  if (!words.length || STATE_END.test(words.map((w) => w.word).join('')) || words[words.length - 1].tag === 'b') return false;
  if (DISPOSAL.test(words[0].word)) return words.slice(2).some((w) => VERB_TAG.test(w.tag) || w.tag === 'vn');
  // "优先/vn 安排/v", "建设/vn 智慧停车平台": a nominal verb opening the clause acts as its verb.
  if (words[0].tag === 'vn' && !REPORTING_VERB.test(words[0].word) && words[1] && words[1].tag !== 'x') return true;
  // "明确/ad 管线单位出资比例": a mistagged verb is the action even where the tagger calls it an adverb.
  let i = 0;
  if (MORE_OR_LESS.test(words[0].word) && words[1] && VERB_TAG.test(words[1].tag)) {
    if (saysMostlyWhere(words[1].word, words[2]?.word)) return false;
    i = 1;
  }
  else if (!isMistaggedVerb(words[0].word) && ADVERB_TAG.test(words[0].tag) && words.length > 1) {
    // "积极争取" is one idiom (l): an ask when words follow it in the same clause.
    if (/^(?:l|i)$/u.test(words[i].tag)) return !REPORTING_VERB.test(words[i].word);
    i += 1;
  }
  const w = words[i];
  if (w && isMoreOrLessOfAction(w.word) && saysMostlyWhere(w.word, words[i + 1]?.word)) return false;
  if (w && isMistaggedVerb(w.word) && words[i + 1]) return !DESCRIBES_A_LACK.test(words.slice(i + 1).map((x) => x.word).join(''));
  return !!w && VERB_TAG.test(w.tag) && !REPORTING_VERB.test(w.word) && w.word !== '有';
}

/** A subject then a modal within the clause's first words: "老旧小区改造要注重历史文化保护". */
function hasLeadingModal(words: Word[]): boolean {
  const at = words.slice(0, 6).findIndex((w) => MODAL.test(w.word));
  return at > 0 && !!words[at + 1] && !/^(?:x|uj|ul)$/u.test(words[at + 1].tag) && !words.slice(0, at).some((w) => REPORTING_VERB.test(w.word));
}

/**
 * "加装电梯存在以下问题：…", "改造工作面临不少困难": a clause reporting problems, whatever verb its subject opens with
 * (加装电梯 is tagged a verb).
 */
const REPORTS_PROBLEMS = /(?:存在|面临|出现|遇到)[^，,。；;]{0,8}(?:问题|困难|不足|短板|矛盾|隐患|瓶颈)/u;
/** "针对存在的问题，…", "解决改造中遇到的困难": the problems named as what an ask addresses. */
const ADDRESSES_PROBLEMS = /^(?:针对|对于|对|就|解决|围绕|聚焦|结合|破解|化解)/u;

/** The paragraph's first clause reports problems ("加装电梯存在以下问题：…"): background, not an ask. */
export function reportsProblems(paragraph: string): boolean {
  const clause = paragraph.trim().split(/[，,。；;：:]/u)[0] ?? '';
  return REPORTS_PROBLEMS.test(paragraph.trim().split(/[，,。；;]/u)[0] ?? '') && !ADDRESSES_PROBLEMS.test(clause);
}

/** The first sentence of a paragraph opens with an ask (imperative verb phrase or subject + modal). */
export function opensWithAsk(paragraph: string): boolean {
  const sentence = paragraph.trim().split(/[。；;！!？?]/u)[0] ?? '';
  const clauses = sentence.split(/[，,]/u).map((c) => c.trim()).filter(Boolean);
  if (!clauses.length || reportsProblems(sentence)) return false;
  const first = wordsOf(clauses[0]);
  if (opensWithVerb(first) || hasLeadingModal(first)) return true;
  // "在小区改造中统筹规划停车位": the occasion phrase, closed by its localiser, then the action in the same clause.
  if (first[0] && MEANS_PREPOSITION.test(first[0].word)) {
    const close = first.findIndex((w, i) => i > 1 && w.tag === 'f' && LOCALISER.test(w.word));
    if (close > 0 && close + 1 < first.length && opensWithVerb(first.slice(close + 1))) return true;
  }
  // "按照谁受益、谁出资的原则，引导居民…": the means clause, then the action.
  if (first[0] && MEANS_PREPOSITION.test(first[0].word) && clauses[1]) {
    const second = wordsOf(clauses[1]);
    return opensWithVerb(second) || hasLeadingModal(second);
  }
  return false;
}

/** How many asks are announced, or in how many parts: "几点", "三条", "两项", "三个方面的", "几个方面". */
const ASK_COUNT = String.raw`(?:几|[两${CN_DIGIT_CHARS}\d]+)(?:点|条|项|个方面|方面)的?`;
/**
 * Words that only announce asks, whoever makes them and to whom, with nothing asked yet: "为此，提出如下建议。",
 * "对此，我有以下几点建议：", "提出以下几条具体建议。", "现提出以下三个方面的建议。", "针对上述问题，建议：",
 * "为此，建议市住建局", "我们希望". A line of them opens the asks below it; before a colon ("为此，建议市住建局：加强…")
 * they leave the ask to what follows. "提出了三点建议" reports asks made before: no announcement.
 */
const ANNOUNCING = new RegExp(
  String.raw`^(?:(?:为此|因此|对此|鉴于此|综上|据此|特此|故|现|特|(?:针对|基于|围绕|结合)[^，,。：:]{1,14})[，,]?\s*)?(?:我|我们|本人)?(?:有|特|现|郑重)?(?:提出|提|形成)?(?:如下|以下)?(?:${ASK_COUNT})?(?:具体|相关|意见和)?(?:${ASKING_WORDS}|对策建议|对策|意见建议)(?:由)?(?:${ADDRESSEE})?(?:如下|以下)?[。：:]?$`,
  'u',
);

/**
 * Whether a text only announces asks (ANNOUNCING), a closing courtesy after it left aside ("为此，提出以下建议，供参考。",
 * "现提出三点建议，恳请市政府研究采纳："). A courtesy hands the asks over with the text, so there "我们提出了几条建议，
 * 供参考。" announces them too.
 */
export function onlyAnnouncesAsks(text: string): boolean {
  const { text: announcement, handedOver } = withoutClosingCourtesy(text);
  return announces(announcement, handedOver);
}

function announces(text: string, handedOver: boolean): boolean {
  return ANNOUNCING.test(handedOver ? text.replace(PERFECTIVE_AFTER_PUT_FORWARD, '') : text);
}

/**
 * A paragraph of background whose last clause only announces the asks below it, with a full stop or a colon ("…监管任务
 * 重。结合调研，提出三点建议。", "…我们提出以下几条具体建议。", "…为此，提出以下建议，供参考。"). A paragraph that
 * merely mentions suggestions ("…代表们提出了许多建议。") announces nothing.
 */
export function closesWithAnnouncement(paragraph: string): boolean {
  const { text, handedOver } = withoutClosingCourtesy(paragraph);
  if (!/[。：:]$/u.test(text)) return false;
  const lastClause = text.slice(0, -1).split(/[，,。！!？?；;：:]/u).pop() ?? '';
  return announces(`${lastClause}${text.slice(-1)}`, handedOver);
}

/**
 * One clause of a sentence asks for an action of its own: it opens with a verb ("进一步压缩…时限", "适当提高…标准") or
 * names where or on what the action falls and then acts ("在改造小区统一建设…车棚", "对…收费实行政府定价").
 */
export function clauseAsks(clause: string): boolean {
  const words = wordsOf(clause);
  if (!words.length || NEGATES.test(clause) || DESCRIBES_A_LACK.test(clause) || STATE_END.test(clause)) return false;
  if (HOW_THE_ASK_BEFORE_IS_DONE.test(clause)) return false;
  if (PLACE_OR_OBJECT.test(words[0].word)) {
    // The action comes after what it falls on: "对…的收费实行…" acts; "对…首次引入物业服务的小区" only names the scope.
    const afterOf = words.slice(Math.max(2, words.map((w) => w.word).lastIndexOf('的') + 1));
    return afterOf.some((w) => VERB_TAG.test(w.tag) || w.tag === 'vn');
  }
  // "适当/a 提高/v": a manner adjective before the verb.
  const start = words[0].tag === 'a' && words[1] && VERB_TAG.test(words[1].tag) ? 1 : 0;
  return opensWithVerb(words.slice(start)) || hasLeadingModal(words);
}

/**
 * The action a sentence asks for after weighing courses or borrowing a practice ("与其…，不如简化程序、明确时限，…",
 * "我市可以借鉴，把成立自治组织作为申报的前置条件"), or null: the frame asks only when its course opens with an action.
 */
export function askAfterFrame(sentence: string): string | null {
  const course = courseAfterFrame(sentence);
  const firstClause = course?.split(/[，,。；;！!？?]/u)[0] ?? '';
  return course && (clauseAsks(firstClause) || opensWithAsk(course)) ? course : null;
}
