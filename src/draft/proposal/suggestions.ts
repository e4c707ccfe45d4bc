// Finds the suggestion part of a proposal body and only it, then splits it into suggestions. The part starts at a
// lead ("建议如下：", "为此建议：", "周某某建议，", "提出以下建议") or a heading ("三、几点建议", "对策建议"); lists of
// problems ("存在一些问题：一是…二是…") and background paragraphs never become suggestions.
import { CN_DIGIT, CN_DIGIT_CHARS, COUNT_NUMERAL_CHARS } from '../../text/numerals.js';
import { isSignatureLine, LETTER_CLOSE_LINE, listMarkerAt, NUMBERED_LINE_MARKER } from '../../text/markers.js';
import { isDateLine } from '../../text/dates.js';
import { isAnnexHeading } from '../../text/boilerplate.js';
import { inlineEnumerations, type ListItemMarker } from '../../text/inlineLists.js';
import { askAfterFrame, clauseAsks, closesWithAnnouncement, onlyAnnouncesAsks, opensWithAsk, reportsProblems } from './asks.js';
import {
  ASKING_WORD,
  ASKING_WORDS,
  ASKS_FOR_SOMETHING,
  asksAsQuestion,
  CLAUSE_CONNECTIVE,
  clausesOf,
  CLOSING_LINE,
  courtesyLengthAtStart,
  DUTY_WORDS,
  NAMES_PROBLEM_OR_SITUATION,
  opensWithPurpose,
  ORDERING_WORDS,
  POINTS_FORWARD,
  PROBLEM_LABEL_LINE,
  REPORTED_SUGGESTION,
  REQUESTING_WORDS,
  SITUATION_CLAUSE,
  TURNING_WORDS,
  withoutQuotedWords,
} from '../../text/clauses.js';
import { ACTOR_MODAL, GOVERNMENT_BODIES } from './addressee.js';
import { templateAsks } from './templateBlocks.js';

/** Tuning knobs of the suggestion finder. */
export const SUGGESTION_OPTIONS = {
  /** A lead's list must start this close after it (characters); farther away it is another list. */
  leadToListMaxGap: 60,
  /** Shortest text that counts as a suggestion. */
  minSuggestionChars: 4,
  /** A sentence of a one-paragraph ask this long (or longer) that opens with its own action is a suggestion of its own. */
  minSeparateAskChars: 8,
  /** Sentences stating an obligation (应当…, 要…) that make the asks of a proposal with no other sign of them. */
  minObligations: 2,
  /** Longest line read as an item's own heading over its paragraph ("完善公共区域无障碍设施"); a hard wrap is longer. */
  maxHeadingLineChars: 20,
  /** Paragraphs in a row, each closing on an ask of its own, that make one ask a paragraph (paragraphAsks). */
  minParagraphAsks: 3,
  /**
   * Fewest pieces, the first included, among which a first piece that only introduces the others is no suggestion
   * (withoutIntroduction): of two, the first is kept.
   */
  minPiecesToDropIntroduction: 3,
  /** Most characters naming the items an introduction points at ("以下三项清单", "以下事项"): a noun, no 的 phrase. */
  itemsBelowNounMaxChars: 4,
  /** An introduction's object is its last this many characters (Han): "编制…规程" over items that each 制定 a 规程. */
  repeatedObjectChars: 2,
  /** Fewest lines of a labelled block that closes on its ask (labelledBlockAsks): the label, what it is about, the ask. */
  minLabelledBlockLines: 3,
  /** Longest title an annex heading line gives its annex ("附件：…", "附表2 …"); a longer line is a sentence. */
  maxAnnexTitleChars: 20,
  /** Characters of an ask's opening that find where in the text it was read (above or below an annex heading). */
  askOpeningChars: 8,
  /** Longest line read as the writer's name under a letter's last ask ("居民 某某"): a longer one is text. */
  maxSignOffLineChars: 16,
};

/**
 * "建议如下：", "为此建议：", "现提出以下几点建议：", "对策建议：", "周某某建议，", "为此，建议"; and at the end of a
 * paragraph of background, "…依据有关规定提出以下建议。": 以下/如下 point forward whatever stop closes them.
 */
/** "几点建议", "三点建议" name how many asks follow; "重点建议", "这一点建议" do not announce a list. */
const NOT_A_COUNT = String.raw`[^几两${CN_DIGIT_CHARS}\d]`;
/** The most characters between 以下/如下 and the 。 that ends a lead ("提出以下几点建议。"): room for 几点建议. */
const LEAD_ANNOUNCING_WORDS_MAX_CHARS = 4;
const LEAD = new RegExp(
  String.raw`(?:(?:为此|因此|对此|鉴于此|综上|据此|特此|故|现|特|我们|本人)[，,]?\s*)?(?:特|现|郑重)?(?:提出|提)?(?:如下|以下|几点|具体|相关|对策|工作|主要|意见和|意见|政策)?(?<![的些条项份]|${NOT_A_COUNT}点)(?:建议|对策|措施|意见|呼吁)(?:如下|以下)?\s*(?:[：:，,]|(?=${CN_DIGIT}[是要])|(?<=(?:如下|以下)[^\n。，,]{0,${LEAD_ANNOUNCING_WORDS_MAX_CHARS}})。(?=\s*\n))`,
  'gu',
);
/** A lead that only names the proposal ("关于…的建议，") or reports on suggestions ("委员们的意见，") is none. */
const NOT_A_LEAD_BEFORE = new RegExp(String.raw`(?:的|了|些|条|项|份|(?<![几两${CN_DIGIT_CHARS}\d])点|个|类|多|和|或|等|及|之|好|该|此项)$`, 'u');
/**
 * The most characters a heading of the suggestion part has before the word naming it ("几点", "关于加强物业管理的") and
 * after it ("如下", "及措施"): a heading is short; a longer line is a sentence that mentions 建议.
 */
const SUGGESTION_HEADING_LEAD_MAX_CHARS = 10;
const SUGGESTION_HEADING_TAIL_MAX_CHARS = 4;
/** A heading line naming the suggestion part: "三、几点建议", "（三）对策建议", "第三部分 措施建议", "建议". */
const SUGGESTION_HEADING = new RegExp(
  `^(?:(?:${NUMBERED_LINE_MARKER}|第${CN_DIGIT}+部分[、：:\\s]?)\\s*)?[^\\n。，,；;]{0,${SUGGESTION_HEADING_LEAD_MAX_CHARS}}(?:建议|对策|措施|办法|举措|思路|路径)[^\\n。，,；;]{0,${SUGGESTION_HEADING_TAIL_MAX_CHARS}}[：:]?$`,
  'u',
);
/** "为此建议：", "建议如下：" alone on a line: it opens the body even right under the header, with the asks below it. */
export function announcesAsksBelow(line: string): boolean {
  const text = line.trim();
  return /[：:]$/u.test(text) && onlyAnnouncesAsks(text);
}

/** Words of a problem or background part. */
const PROBLEM = /问题|困难|不足|短板|弊端|现状|原因|制约|瓶颈|隐患|挑战|矛盾|情况|背景|存在/u;
/** The most characters between 我们认为 and the duty it states ("我们认为，市住建局应当…"): who is to act, in a few words. */
const VIEW_TO_DUTY_MAX_CHARS = 12;
/**
 * A paragraph that asks for something: the asking and requesting words, or the proposer's view of what a body should do
 * ("我们认为，市住建局应当…").
 */
const ASKING_OR_VIEW_OF_DUTY = new RegExp(`${ASKING_WORDS}|${REQUESTING_WORDS}|(?:我|我们|本人)(?:认为|觉得)[，,]?[^，,。；;]{0,${VIEW_TO_DUTY_MAX_CHARS}}?(?:${DUTY_WORDS})`, 'u');
/**
 * Verbs an ask opens with ("明确管护责任单位", "新建和扩建一批泵站", "全面排查…"): the action the proposer asks for.
 * Not verbs that report or describe (存在, 出现, 发现, 导致), which open background paragraphs.
 */
const ACTION_VERB =
  '加强|推进|建立|完善|加快|加大|推动|健全|落实|强化|优化|实施|制定|出台|鼓励|引导|支持|探索|简化|规范|提高|提升|扩大|统筹|设立|增设|开展|实行|推行|推广|建设|同步实施|' +
  '允许|明确|新建|扩建|改建|增建|新增|增加|配齐|补齐|理清|理顺|培育|组织|配置|配备|畅通|打通|盘活|整合|拓宽|拓展|用好|压实|创新|编制|划定|纳入|排查|整治|清理|设置|安装|加装|聘请|开通|公示|严格|全面|分批';
const PROPOSING_START = new RegExp(`^(?:要|应|应当|应该|必须|务必|需要|请|科学|着力|切实|进一步|尽快|加紧|${ACTION_VERB})`, 'u');
/**
 * Once the asks have begun, a paragraph that goes on asking without 建议 or an opening verb: a connective ("同时，",
 * "此外，") or an obligation ("…的小区，应当同步实施…", "要尽快…").
 */
const GOES_ON_ASKING =
  /^(?:同时|此外|另外|其次|再次|再者|最后|还要|还应|还需|与此同时|另一方面)[，,]?|(?:应当|应该|(?<![供反对适响效理])应|需要|必须|(?<![主重需只必摘纪想])要)(?:同步|尽快|及时|全面|加快|加强|加大|推进|推动|建立|完善|实施|开展|组织|落实|制定|做好|统筹|结合|对|把|将|在|由)/u;
/** The news report going on after the proposal it reports ("据了解，该提案已被列为重点提案。"). */
const REPORT_TAIL = /^(?:据了解|据悉|另悉|另据|记者|本报|来源[：:]|责任编辑|编辑[：:]|（完）|\(完\))/u;

export interface SuggestionPart {
  /** The suggestions' texts, in order; empty when the proposal has no recognisable suggestion. */
  texts: string[];
}

interface Region {
  text: string;
  /** The region was introduced by a lead or heading, so its text is the proposer's asks even without a list. */
  introduced: boolean;
  /** The lead announces what follows ("建议如下：", "为此，建议：", a 几点建议 heading): each paragraph after it asks. */
  announced?: boolean;
}

export function findSuggestions(body: string): SuggestionPart {
  const filledIn = cleaned(
    templateAsks(body, (text) => isProposing(text) || opensWithAsk(text), asksOnItsOwn, (text) => !!firstAskingList(text)),
  );
  if (filledIn.length >= 2) return { texts: filledIn };
  const labelled = labelledAsks(body);
  if (labelled.length) return { texts: labelled };
  const underRepeatedLabel = repeatedLabelAsks(body);
  if (underRepeatedLabel.length) return { texts: underRepeatedLabel };
  const closingBlocks = labelledBlockAsks(body);
  if (closingBlocks.length) return { texts: closingBlocks };
  const region = headedRegion(body) ?? leadRegion(body);
  const scope = region?.text ?? body;
  const list = region ? firstList(scope, region.introduced ? 0 : Infinity) : firstAskingList(scope);
  let pieces: string[];
  if (list) pieces = [...listItems(scope, list), ...asksAfterList(scope, list)];
  else if (region) pieces = introducedParagraphs(region.text, region.announced ?? false);
  else pieces = proposingParagraphs(body);
  // A first piece numbered like the items after it (a list item, its marker already cut) is one of them, never their
  // introduction.
  const firstNumbered = !!list;
  pieces = pieces.map(withoutListMarker);
  if (pieces.length === 1) pieces = askingSentences(pieces[0]);
  if (pieces.length === 1) pieces = askingClauses(pieces[0]);
  pieces = pieces.flatMap(separateFurtherAsks);
  const texts = firstNumbered ? cleaned(pieces) : withoutIntroduction(cleaned(pieces));
  const byParagraph = withoutIntroduction(cleaned(paragraphAsks(body)));
  if (byParagraph.length > texts.length) return { texts: byParagraph };
  return { texts: texts.length ? texts : obligations(body) };
}

/** Text that asks by itself: a 建议 section or lead over asks, or a numbered list of asks. */
function asksOnItsOwn(text: string): boolean {
  return !!(headedRegion(text) ?? leadRegion(text)) || !!firstAskingList(text);
}

/**
 * The first piece of `minPiecesToDropIntroduction` or more when it only introduces the items after it (introducesItems):
 * the items are the asks.
 */
function withoutIntroduction(texts: string[]): string[] {
  return texts.length >= SUGGESTION_OPTIONS.minPiecesToDropIntroduction && introducesItems(texts[0], texts.slice(1)) ? texts.slice(1) : texts;
}

/**
 * "我把四条意见按轻重排在下面，每条后面注明原因。", "建议区政府编制以下三项清单。", "建议…制定街道操作规程，具体
 * 写明以下事项：" over items that each 制定 a 规程: a paragraph over the asks that says how they are laid out, or asks
 * only for what the items below spell out, introduces them and asks nothing of its own. Its last sentence points forward
 * (POINTS_FORWARD) and each of its clauses points forward, asks for no action, or asks for one that every item repeats (its
 * verb and its last word). "建议…增开…公交线路，并抓好以下几件事：" over items that do not repeat 增开…线路 asks on its own.
 */
function introducesItems(paragraph: string, items: string[]): boolean {
  const sentences = sentencesOf(paragraph);
  const last = sentences.pop() ?? '';
  if (!POINTS_FORWARD.test(last) || sentences.some(asksOrActs)) return false;
  return clausesOf(last, true).every((clause) => !asksForAction(clause) || ENDS_ON_ITEMS_BELOW.test(clause) || everyItemRepeats(clause, items));
}

/** An earlier sentence of the paragraph asks ("建议…") or opens with the action asked for ("提高…标准，…"). */
function asksOrActs(sentence: string): boolean {
  // Not opensWithAsk: it reads a remark opening on a bare verb ("改造只是开始，…") as an ask.
  return ASKING_OR_VIEW_OF_DUTY.test(sentence.replace(REPORTED_SUGGESTION, '')) || PROPOSING_START.test(sentence.trim());
}

/** "编制以下三项清单", "具体写明以下事项", "…排在下面": what the clause acts on is the items below. */
const ENDS_ON_ITEMS_BELOW = new RegExp(
  `(?:${POINTS_FORWARD.source})(?:[${COUNT_NUMERAL_CHARS}]+[份条项点个类])?[^的，,]{0,${SUGGESTION_OPTIONS.itemsBelowNounMaxChars}}$`,
  'u',
);

const ACTION = new RegExp(ACTION_VERB, 'u');
function asksForAction(clause: string): boolean {
  return ACTION.test(clause) || ASKING_OR_VIEW_OF_DUTY.test(clause.replace(REPORTED_SUGGESTION, ''));
}

const REPEATED_OBJECT = new RegExp(`^\\p{Script=Han}{${SUGGESTION_OPTIONS.repeatedObjectChars}}$`, 'u');
/** The clause's action (its first action verb) and what it acts on (its last `repeatedObjectChars`) are in every item. */
function everyItemRepeats(clause: string, items: string[]): boolean {
  const verb = ACTION.exec(clause)?.[0];
  const object = clause.slice(-SUGGESTION_OPTIONS.repeatedObjectChars);
  return !!verb && REPEATED_OBJECT.test(object) && items.every((item) => item.includes(verb) && item.includes(object));
}

function cleaned(pieces: string[]): string[] {
  return pieces
    .map((p) => joinLines(dropClosing(withoutListMarker(p.replace(/^[\s，,：:；;]+|[\s；;，,]+$/gu, '')))))
    .filter((p) => p.length >= SUGGESTION_OPTIONS.minSuggestionChars);
}

/**
 * "数据一：…只能在外面租房。据此建议：…" / "…老人白天没有去处。改造中有条件的小区应当利用闲置用房…": paragraphs in a row
 * (at least `minParagraphAsks`), each closing on an ask of its own — after a lead, or a hope or duty in its last
 * sentence — hold one ask a paragraph, however the first reading took them (only the last lead, only from the first 希望).
 */
function paragraphAsks(body: string): string[] {
  const paragraphs = body.split(/\n+/u).map((p) => p.trim()).filter(Boolean);
  const end = paragraphs.findIndex((p) => CLOSING_LINE.test(p) || REPORT_TAIL.test(p));
  const asks = paragraphs.slice(0, end < 0 ? paragraphs.length : end).map(closingAskOf);
  const start = asks.findIndex((a) => a !== null);
  if (start < 0) return [];
  const stop = asks.findIndex((a, i) => i > start && a === null);
  const run = asks.slice(start, stop < 0 ? asks.length : stop).filter((a): a is string => a !== null);
  return run.length >= SUGGESTION_OPTIONS.minParagraphAsks ? run : [];
}

/**
 * The ask a paragraph closes on: what follows a lead in its last sentence, or that sentence when it hopes or states a
 * duty ("…发现适老化改造普遍不足：…，改造时应当把…作为必改内容。"; the background sentences before it stay out).
 */
function closingAskOf(paragraph: string): string | null {
  // A numbered paragraph is the list reader's; one that announces the asks below asks nothing itself.
  if (listMarkerAt(paragraph) || onlyAnnouncesAsks(paragraph) || closesWithAnnouncement(paragraph)) return null;
  const sentences = sentencesOf(paragraph);
  const last = sentences[sentences.length - 1] ?? '';
  // The paragraph ends at a line break, which a lead closing on 以下…。 needs after it.
  const lead = [...`${last}\n`.matchAll(LEAD)].pop();
  const afterLead = lead?.index === undefined ? '' : last.slice(lead.index + lead[0].length);
  // "…依据有关规定提出以下建议。": a lead with nothing after it announces the paragraphs below.
  if (lead) return afterLead.trim() ? afterLead : null;
  if (ASKING_OR_VIEW_OF_DUTY.test(last.replace(REPORTED_SUGGESTION, ''))) return last;
  return !REPORTS_RULE.test(last) && (OBLIGATION.test(last) || STATES_DUTY.test(last)) ? last : null;
}

/**
 * "《物业管理条例》规定，…应当…", "根据办法第九条规定，…", "按照有关规定，建设单位应当…": a sentence reporting what a law,
 * rule or document already says; its duty is background, no ask of the proposer's.
 */
const REPORTS_RULE = /(?:》|条|法|条例|办法|规程|细则|意见|通知|标准|方案|文件)(?:中|里|也)?(?:规定|明确|要求|指出)了?[，,：:]|(?:按照|根据|依照|依据)(?:国家|上级)?(?:有关|相关)?规定[，,]/u;

/** The most characters of an ask's label before the word naming the ask ("对应", "解决", "具体"): a word or two. */
const ASK_LABEL_LEAD_MAX_CHARS = 4;
/**
 * "对策：…", "建议：…", "对应建议：…", "解决措施：…": a line that opens with a short label whose last word names an ask,
 * then the ask itself. A label naming the problem as well ("问题及建议：") is none.
 */
const ASK_LABEL_WORD = '(?:建议(?:做法|方案|措施|办法)?|对策|措施|举措|办法)';
const ASK_LABEL = new RegExp(`^[^，,。；;：:\\s]{0,${ASK_LABEL_LEAD_MAX_CHARS}}?${ASK_LABEL_WORD}\\s*[：:]\\s*`, 'u');
/** Where a remedy's label follows the end of a sentence on the same line: "现行做法：…。建议做法：…". */
const ASK_LABEL_AFTER_SENTENCE = new RegExp(`(?<=[。！!？?；;])\\s*(?=[^，,。；;：:\\s]{0,${ASK_LABEL_LEAD_MAX_CHARS}}?${ASK_LABEL_WORD}\\s*[：:])`, 'u');
function askLabelOf(line: string): string | undefined {
  const label = ASK_LABEL.exec(line)?.[0];
  return label && !PROBLEM.test(label) ? label : undefined;
}
/**
 * "现行做法：一次性交清…。建议做法：允许分期…": a paragraph pairing what is done now with the remedy holds both labels;
 * read as two lines, the problem's and the ask's, like a pair written on two.
 */
function pairedLines(line: string): string[] {
  return PROBLEM_LABEL_LINE.test(line) ? splitAtAskLabel(line) : [line];
}

/** The line split where a labelled ask follows the end of a sentence on it ("…。建议做法：…"), else the line. */
function splitAtAskLabel(line: string): string[] {
  const at = line.search(ASK_LABEL_AFTER_SENTENCE);
  return at > 0 && askLabelOf(line.slice(at).trimStart()) ? [line.slice(0, at), line.slice(at).trimStart()] : [line];
}
/** The most characters of a line's own label ("问题二", "主要原因"): a label, not a clause ending in a colon. */
const LINE_LABEL_MAX_CHARS = 8;
/** A line opening with a label of its own ("问题二：…", "原因：…"): the labelled ask before it has ended. */
const LABELLED_LINE = new RegExp(`^[^，,。；;：:\\s]{1,${LINE_LABEL_MAX_CHARS}}[：:]`, 'u');

/**
 * "问题一：项目开工迟。…\n对策：加强督办…" repeated (or both on one line: pairedLines): a proposal that pairs each problem
 * with its remedy states each ask on a line labelled as one (on it, or on the lines under a bare label). At least two such
 * lines, each after a problem's label line (问题一：, 问题2：, 现状：, 现行做法：), are its
 * suggestions, each with the lines that go on from it (up to a blank line or the next labelled line); the problems
 * between them are left out. A labelled ask that leads a list ("对策：采取以下措施：" over "1.…/2.…", "建议：一是…；二是…")
 * gives the list's items. Labelled lines without problems between them ("建议：一是…" then "措施：…") are no pairs: the
 * text is read as any other.
 */
function labelledAsks(body: string): string[] {
  const lines = body.split('\n').flatMap((l) => pairedLines(l.trim()));
  const asks: string[] = [];
  // The first problem may stand under the header without its label (the header reader takes the label line), when the
  // later ones have theirs.
  let afterProblem = lines.some((l) => PROBLEM_LABEL_LINE.test(l)) && !askLabelOf(lines.find(Boolean) ?? '');
  for (let i = 0; i < lines.length; i++) {
    if (PROBLEM_LABEL_LINE.test(lines[i])) afterProblem = true;
    const label = askLabelOf(lines[i]);
    if (!label) continue;
    if (!afterProblem) return [];
    afterProblem = false;
    let text = lines[i].slice(label.length);
    let j = i + 1;
    for (; j < lines.length && lines[j] && !LABELLED_LINE.test(lines[j]) && !CLOSING_LINE.test(lines[j]) && !PROBLEM_LABEL_LINE.test(lines[j]); j++) text += `\n${lines[j]}`;
    i = j - 1;
    const list = firstList(text, Infinity);
    asks.push(...(list ? listItems(text, list).map(withoutListMarker) : [text.replace(/\n/gu, '')]));
  }
  const texts = asks
    .map((a) => joinLines(dropClosing(a.replace(/^[\s，,：:；;]+|[\s；;，,]+$/gu, ''))))
    .filter((a) => a.length >= SUGGESTION_OPTIONS.minSuggestionChars && !/[：:]$/u.test(a));
  return texts.length >= 2 ? texts : [];
}

/** One ask under a repeated label: the label as written (its word, no colon or space) and what follows it. */
interface LabelledAsk {
  label: string;
  text: string;
}

/**
 * A quoted complaint then "建议：…", a question to the bureau then "建议：…", a hazard and what was seen of it then
 * "整改建议：…", a situation ending its sentence then "对此建议：…" on the same line, a cause then "因此建议…", a chain
 * "A ⇒ B ⇒ 建议…": each ask follows the thing it answers under one label or consequent lead (REPEATED_ASK_LEAD) the
 * proposer repeats.
 * At least two asks under the same label, each after a line or sentence of its own that asks nothing, are the
 * suggestions; what they answer is left out. Labels that differ ("建议：…" then "措施：…"), or a labelled ask right after
 * another ask, are no such pairs.
 */
function repeatedLabelAsks(body: string): string[] {
  const lines = body.split('\n').flatMap((l) => atAskLabel(l.trim()));
  const asks: LabelledAsk[] = [];
  /** The lines read as asks: each label's line and the lines going on from it. */
  const askLines = new Set<number>();
  let before = '';
  for (let i = 0; i < lines.length; i++) {
    const label = repeatedLabelOf(lines[i]);
    if (!label) {
      if (lines[i]) before = lines[i];
      continue;
    }
    if (!before || asksOrActs(before)) return [];
    before = '';
    let text = lines[i].slice(label.length);
    let j = i + 1;
    for (; j < lines.length && goesOnFromAsk(lines, j) && !repeatedLabelOf(lines[j]); j++) text += `\n${lines[j]}`;
    for (let k = i; k < j; k++) askLines.add(k);
    i = j - 1;
    asks.push({ label: label.replace(/[\s：:，,]+/gu, ''), text });
  }
  if (asks.length < 2 || asks.some((a) => a.label !== asks[0].label)) return [];
  // Pairs are the proposal's asks only when nothing else in it asks: beside a lead and its list, or an asking paragraph,
  // they are words the proposal quotes (residents' complaints and wishes in its background or its annex).
  if (lines.some((line, k) => !askLines.has(k) && asksBesidePairs(line))) return [];
  const pieces = asks.flatMap((a) => itemsOfLabelledAsk(a.text));
  const texts = pieces
    .map((a) => joinLines(dropClosing(a.replace(/^[\s，,：:；;]+|[\s；;，,]+$/gu, ''))))
    .filter((a) => a.length >= SUGGESTION_OPTIONS.minSuggestionChars && !/[：:]$/u.test(a));
  return texts.length === pieces.length ? texts : [];
}

/** "建议：" over "1.…" / "2.…" (or "建议：一是…；二是…"): a labelled ask that opens with a list is its items. */
function itemsOfLabelledAsk(text: string): string[] {
  const list = firstList(text, 0);
  return list ? listItems(text, list).map(withoutListMarker) : [text];
}

/**
 * "楼道照明：\n…\n…\n请…。" repeated, a blank line between: blocks each under a
 * labelled line of their own, telling the situation line by line and closing on a line that asks. At least two such
 * blocks, every labelled block one of them, give one ask each, their closing line; the lines before it ask nothing. Blocks
 * of labelled fields (情况：… / 诉求：…) are none.
 */
function labelledBlockAsks(body: string): string[] {
  const blocks = body.split(/\n\s*\n/u).map((b) => b.split('\n').map((l) => l.trim()).filter(Boolean)).filter((b) => b.length);
  const labelled = blocks.filter((b) => LABELLED_LINE.test(b[0]) && !CLOSING_LINE.test(b[0]));
  // "小区：…\n情况：…\n诉求：…": a form's fields, one a line, are cases filed, not the proposer's own telling.
  const closesOnAsk = (b: string[]) => {
    const middle = b.slice(1, -1);
    if (b.slice(1).some((l) => LABELLED_LINE.test(l))) return false;
    const last = b[b.length - 1];
    return b.length >= SUGGESTION_OPTIONS.minLabelledBlockLines && (asksOrActs(last) || opensWithAsk(last)) && !middle.some((l) => asksOrActs(l));
  };
  if (labelled.length < 2 || !labelled.every(closesOnAsk)) return [];
  return cleaned(labelled.map((b) => b[b.length - 1]));
}

/**
 * Line `j` goes on with the labelled ask above it: it is no blank line, no line of its own label, no closing courtesy,
 * no annex heading, and does not sign the letter off.
 */
function goesOnFromAsk(lines: string[], j: number): boolean {
  const line = lines[j];
  return !!line && !LABELLED_LINE.test(line) && !CLOSING_LINE.test(line) && !isAnnexHeadingLine(line) && !signsOff(lines, j);
}

/**
 * Line `j` closes a letter: its courtesy, thanks or wishes ("此致" / "敬礼", "谢谢！", "祝工作顺利！"), its date, or the
 * writer's name signed under the last ask (isSignatureLine: nothing after it but a date, a contact field or the end). An
 * ask ends there.
 */
function signsOff(lines: string[], j: number): boolean {
  const line = lines[j];
  const signature = isSignatureLine(lines, j, SUGGESTION_OPTIONS.maxSignOffLineChars) && !PROPOSING_START.test(line) && !opensWithAsk(line);
  return LETTER_CLOSE_LINE.test(line) || isDateLine(line) || signature;
}

/**
 * A line beside the labelled pairs that asks on its own: a lead ("综合各方意见，建议如下："), an asking paragraph ("此外，
 * 建议将…纳入考评"), or a numbered ask ("一、将…纳入改造计划"). An introduction naming the layout ("每条后面附上我的
 * 建议", "按“现象、原因、建议”排列"), a closing courtesy and a sign-off ask nothing.
 */
function asksBesidePairs(line: string): boolean {
  if (!line || CLOSING_LINE.test(line) || LETTER_CLOSE_LINE.test(line)) return false;
  if (ASKS_FOR_SOMETHING.test(withoutQuotedWords(line).replace(REPORTED_SUGGESTION, ''))) return true;
  const marker = listMarkerAt(line);
  const item = marker ? line.slice(marker.length).trim() : '';
  return !!item && (PROPOSING_START.test(item) || opensWithAsk(item));
}

/** An arrow read as "so" in a chain of links that ends in an ask. */
const CHAIN_ARROW = '[→➔➜⇒]';
/**
 * "因此建议…", "对此，建议…", "⇒ 建议…": an ask opened as the consequence of what comes before it. Not an asking word
 * in quotes (an intro naming the layout: 每行按“现象⇒原因⇒建议”排列), which asks nothing.
 */
const REPEATED_ASK_LEAD = new RegExp(`^(?:(?:所以|因此|为此|对此|故)[，,]?|${CHAIN_ARROW})\\s*(?:${ASKING_WORDS})(?![”"’」』])[：:，,]?\\s*`, 'u');
/** Where a chain's arrow leads to its next link or to its ask. */
const CHAIN_LINK = new RegExp(`\\s*(?=${CHAIN_ARROW})`, 'u');

function repeatedLabelOf(line: string): string | undefined {
  return askLabelOf(line) ?? REPEATED_ASK_LEAD.exec(line)?.[0];
}

/**
 * "…路灯常年不亮。对此建议：…": the line split where a labelled ask follows the end of a sentence; an arrow chain
 * that ends in an ask is split at each of its arrows.
 */
function atAskLabel(line: string): string[] {
  const links = line.split(CHAIN_LINK);
  if (links.length > 1 && REPEATED_ASK_LEAD.test(links[links.length - 1])) return links.map((l) => l.trim());
  return splitAtAskLabel(line);
}

/**
 * A suggestion's text without the marker it was numbered with: "1.加大财政资金投入" → "加大财政资金投入". A lone
 * numbered item is no list, so it comes as a paragraph or sentence with its marker still on.
 */
function withoutListMarker(text: string): string {
  // "——加强物业管理；\n——加大资金投入": a dash opens each item of a list the proposer did not number.
  const undashed = text.trimStart().replace(/^[—–－]{1,2}\s*/u, '');
  const marker = listMarkerAt(undashed);
  return marker ? undashed.slice(marker.length) : undashed.length < text.trimStart().length ? undashed : text;
}

/** "在改造中应当坚持…", "改造设计要延续…": an obligation the proposer states, an ask in all but the word 建议. */
const OBLIGATION = new RegExp(`(?:应当|应该|必须|务必|(?<![主重需只必摘纪想不])要)(?=${'(?:'}${ACTION_VERB}|坚持|延续|尽快|及时|统筹|对|把|将|在|由))`, 'u');

/**
 * A proposal with no 建议, no list and no paragraph opening with an ask may still state its asks as obligations, one a
 * sentence ("在改造中应当坚持“留改拆”并举…。对具有历史文化价值的建筑，应当…开展评估…。改造设计要延续…"): at least
 * `minObligations` such sentences are its suggestions, each from its obligation on. Fewer is a remark, not a list of asks.
 */
function obligations(body: string): string[] {
  const sentences = body.split('\n').flatMap(sentencesOf).filter((x) => standsAlone(x));
  const stated = sentences.filter((x) => OBLIGATION.test(x) && !CLOSING_LINE.test(x) && !REPORT_TAIL.test(x));
  return stated.length >= SUGGESTION_OPTIONS.minObligations ? stated : [];
}

/**
 * After a heading line that names the suggestion part, or a line that only announces the asks or closes with such an
 * announcement (closesWithAnnouncement), up to the next heading of the same level that does not.
 */
function headedRegion(body: string): Region | null {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    const announcing = onlyAnnouncesAsks(line) || (closesWithAnnouncement(line) && asksNext(lines, i));
    if (!announcing && (!SUGGESTION_HEADING.test(line) || NAMES_PROBLEM_OR_SITUATION.test(line))) continue;
    const style = listMarkerAt(line)?.style;
    let end = lines.length;
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j].trim();
      if (style && listMarkerAt(next)?.style === style && next.length <= 20 && !SUGGESTION_HEADING.test(next)) {
        end = j;
        break;
      }
    }
    const text = lines.slice(i + 1, end).join('\n');
    if (text.trim()) return { text, introduced: true, announced: true };
  }
  return null;
}

/**
 * The first line after line `i` is numbered or asks: a paragraph's closing announcement ("…综上，特此提出三点建议。")
 * opens the asks only when they follow it, not the courtesy or a note after the last one ("此致", "附：…").
 */
function asksNext(lines: string[], i: number): boolean {
  const next = lines.slice(i + 1).find((l) => l.trim())?.trim() ?? '';
  return !!listMarkerAt(next) || goesOnAsking(next);
}

/** After the lead phrase that opens the suggestions: the first one followed by a list, else the last one. */
function leadRegion(body: string): Region | null {
  let fallback: Region | null = null;
  for (const m of body.matchAll(LEAD)) {
    const at = m.index ?? 0;
    if (NOT_A_LEAD_BEFORE.test(body.slice(Math.max(0, at - 4), at)) && !/^(?:为此|因此|对此|综上|据此|特此|故|现)/u.test(m[0])) continue;
    if (/^(?:意见|措施|对策)/u.test(m[0]) && !/[：:]$/u.test(m[0])) continue;
    if (closesTheAsks(body, at)) continue;
    // "提出以下建议，供参考。", "现提出三点建议，恳请市政府研究采纳：": the courtesy after the lead hands the asks over; they
    // follow it.
    const courtesy = courtesyLengthAtStart(body.slice(at + m[0].length));
    const lead = body.slice(at, at + m[0].length + courtesy);
    const text = body.slice(at + lead.length);
    if (firstList(text, SUGGESTION_OPTIONS.leadToListMaxGap)) return { text, introduced: true };
    // "为此，建议：" or "提出以下建议。" at the end of a line announces the paragraphs below; "某某建议，…" introduces
    // only its own.
    const announced = /[：:。]\s*$/u.test(lead) && /^\s*\n/u.test(text);
    if (asksAfterLead(text)) fallback = { text, introduced: true, announced };
  }
  return fallback;
}

/** "以上", "上述几点": words before a lead that point back at what was said ("以上情况表明，建议：" does not). */
const POINTS_BACK_AT_ASKS = /^(?:以上|上述|上面)(?:的|几点|各项|这些)?$/u;

/**
 * "以上建议，请区住房城乡建设局研究。", "以上建议，供有关部门参考。": the 建议 of a closing courtesy points back at the asks
 * above it; what follows it is no ask, however long the addressee's name.
 */
function closesTheAsks(body: string, at: number): boolean {
  const sentenceStart = Math.max(...['\n', '。', '！', '!', '？', '?', '；', ';'].map((mark) => body.lastIndexOf(mark, at - 1))) + 1;
  return POINTS_BACK_AT_ASKS.test(body.slice(sentenceStart, at).trim());
}

/**
 * Enough text after a lead to be an ask: twice the shortest suggestion, or one item numbered right after the lead
 * ("为此建议：一、加大投入。"), whose marker says the proposer begins the asks there.
 */
function asksAfterLead(text: string): boolean {
  const rest = text.trim();
  const marker = listMarkerAt(rest);
  if (marker) return rest.slice(marker.length).trim().length >= SUGGESTION_OPTIONS.minSuggestionChars;
  return rest.length >= SUGGESTION_OPTIONS.minSuggestionChars * 2;
}

/** The outermost list (earliest first item) starting within `maxGap` characters of the text's start. */
function firstList(text: string, maxGap: number): ListItemMarker[] | null {
  const lists = inlineEnumerations(text);
  const first = lists[0];
  if (!first) return null;
  return text.slice(0, first[0].start).trim().length <= maxGap ? first : null;
}

/** Without a lead: the first list that is not introduced as problems or background. */
function firstAskingList(body: string): ListItemMarker[] | null {
  for (const list of inlineEnumerations(body)) {
    if (!isProblemList(body, list)) return list;
  }
  return null;
}

/** The most characters before a list's first item names a problem ("资金来源单一的问题"): its opening words, not a clause later on. */
const PROBLEM_ITEM_OPENING_MAX_CHARS = 12;
/** A list item opening with a problem (PROBLEM_ITEM_OPENING_MAX_CHARS). */
const OPENS_WITH_PROBLEM = new RegExp(`^[^，。]{0,${PROBLEM_ITEM_OPENING_MAX_CHARS}}(?:问题|困难|不足)`, 'u');

/**
 * "存在一些问题：一是…", or a list under a heading "二、存在问题". A list whose every item opens with an ask ("首先，要进一步
 * 精简审批。其次，要提高补助标准。") is the proposer's asks, whatever the paragraph before it says about problems.
 */
function isProblemList(body: string, list: ListItemMarker[]): boolean {
  const items = listItems(body, list);
  if (items.every((item) => PROPOSING_START.test(item.trim()) || opensWithAsk(item) || asksAsQuestion(sentencesOf(item)[0] ?? ''))) return false;
  const start = list[0].start;
  const lineStart = body.lastIndexOf('\n', start - 1) + 1;
  let intro = body.slice(lineStart, start);
  if (!intro.trim()) {
    const previous = body.slice(0, lineStart).trimEnd().split('\n').pop() ?? '';
    intro = previous;
  }
  const firstItem = body.slice(list[0].contentStart, list[1].start);
  return (PROBLEM.test(intro) && !ASKING_OR_VIEW_OF_DUTY.test(intro)) || (OPENS_WITH_PROBLEM.test(firstItem) && !ASKING_OR_VIEW_OF_DUTY.test(intro));
}

function listItems(text: string, list: ListItemMarker[]): string[] {
  const items = list.map((m, i) => beforeAnnexHeading(text.slice(m.contentStart, i + 1 < list.length ? list[i + 1].start : endOfLastItem(text, list))));
  return list[0].style === '首先' ? items.flatMap(paragraphsOfSequenceItem) : items;
}

/** A line heading an annex (isAnnexHeading, with the title length of SUGGESTION_OPTIONS). */
export function isAnnexHeadingLine(line: string): boolean {
  return isAnnexHeading(line.trim(), SUGGESTION_OPTIONS.maxAnnexTitleChars);
}

/** An item's text up to an annex heading set under it ("附表：…" and its rows, the list going on after them): it asks nothing. */
function beforeAnnexHeading(item: string): string {
  const lines = item.split('\n');
  const at = lines.findIndex((line, i) => i > 0 && isAnnexHeadingLine(line));
  return at < 0 ? item : lines.slice(0, at).join('\n');
}

/** "…是管线改造的直接受益者，应当承担相应的改造费用": what a body should do, stated as its duty. */
const STATES_DUTY = /(?:应当|应该|必须|理应)(?!是)[\p{Script=Han}]/u;

/**
 * "首先要让居民合理分担…。\n供水…等专业经营单位…应由其接管维护。\n还应积极引入社会资本。\n最后，…": prose that numbers
 * only its first and last point (首先…最后) gives each point between them a paragraph; a paragraph in that span that goes
 * on asking is a point of its own, not the first point's elaboration.
 */
function paragraphsOfSequenceItem(item: string): string[] {
  const [first, ...rest] = item.split(/\n\s*\n|\n(?=\s*\S)/u);
  const out = [first];
  for (const paragraph of rest) {
    if (paragraph.trim() && (goesOnAsking(paragraph.trim()) || STATES_DUTY.test(paragraph))) out.push(paragraph);
    else out[out.length - 1] += `\n${paragraph}`;
  }
  return out;
}

/**
 * Where the last item ends. An inline list ("一是…；二是…；三是…。") ends with its paragraph. A list of lines runs
 * on over its continuation lines, up to a closing courtesy (a letter's "此致" or thanks too), a report's own text, an annex
 * heading, or a higher-level heading.
 */
function endOfLastItem(text: string, list: ListItemMarker[]): number {
  const last = list[list.length - 1].start;
  const inline = isInlineList(text, list);
  let lineEnd = text.indexOf('\n', last);
  if (inline) {
    // A hard-wrapped line (no final stop) continues on the next one.
    while (lineEnd >= 0 && !/[。！!？?；;]\s*$/u.test(text.slice(last, lineEnd)) && text[lineEnd + 1] !== '\n') lineEnd = text.indexOf('\n', lineEnd + 1);
    return lineEnd < 0 ? text.length : lineEnd;
  }
  const style = list[0].style;
  // A list of one line an item (an asks table rewritten as a list, askTable.ts) ends at the first blank line: the
  // paragraph after it is no part of its last item (asksAfterList reads it on its own).
  const oneLineItems = hasOneLineItems(text, list);
  let pos = lineEnd;
  while (pos >= 0) {
    const nextEnd = text.indexOf('\n', pos + 1);
    const line = text.slice(pos + 1, nextEnd < 0 ? text.length : nextEnd).trim();
    if (!line && oneLineItems && pos === lineEnd) return pos;
    if (line && (CLOSING_LINE.test(line) || LETTER_CLOSE_LINE.test(line) || REPORT_TAIL.test(line) || isAnnexHeadingLine(line) || (style !== '一、' && listMarkerAt(line)?.style === '一、'))) return pos;
    pos = nextEnd;
  }
  return text.length;
}

/** "一是…；二是…；三是…。": every item on the first item's line. */
function isInlineList(text: string, list: ListItemMarker[]): boolean {
  return !text.slice(list[0].start, list[list.length - 1].start).includes('\n');
}

/** "1.扩大…\n2.统一…": each item but the last a line of its own. */
function hasOneLineItems(text: string, list: ListItemMarker[]): boolean {
  return list.every((m, i) => i + 1 >= list.length || !text.slice(m.start, list[i + 1].start).trim().includes('\n'));
}

/**
 * A list of one-line items (an asks table, "1.…/2.…") ends at the blank line after it, yet the proposer may go on
 * asking below it ("此外，…建议在小区内增设公共充电桩。", "同时，希望…"): each paragraph right after the list that asks
 * is a suggestion of its own, up to the first that asks nothing (a closing courtesy, background, the signature), a
 * narrator's line, or a new list or heading.
 */
function asksAfterList(text: string, list: ListItemMarker[]): string[] {
  if (isInlineList(text, list) || !hasOneLineItems(text, list)) return [];
  const paragraphs = text
    .slice(endOfLastItem(text, list))
    .split(/\n+/u)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const p of paragraphs) {
    if (CLOSING_LINE.test(p) || REPORT_TAIL.test(p) || NARRATION.test(p) || listMarkerAt(p) || isAnnexHeadingLine(p)) break;
    if (!(isProposing(p) || opensWithAsk(p))) break;
    out.push(p);
  }
  return out;
}

/**
 * The paragraph right after a lead, then any further paragraphs that ask for something. After a lead that announces
 * a list ("为此，建议：", "建议如下："), every following paragraph is an ask until the closing or a narrator's line.
 */
function introducedParagraphs(text: string, announced: boolean): string[] {
  const paragraphs = text.split(/\n+/u).map((p) => p.trim()).filter(Boolean);
  const out: string[] = [];
  for (const [i, p] of paragraphs.entries()) {
    if (CLOSING_LINE.test(p) || REPORT_TAIL.test(p)) break;
    if (i === 0 || (!REPORTED_SPEECH.test(p) && (goesOnAsking(p) || (announced && !NARRATION.test(p))))) out.push(p);
    else break;
  }
  return out;
}
/** A news report's words for what someone said ("任晓东表示，…希望相关部门…"): the report goes on, not the asks. */
const REPORTED_SPEECH = /表示|介绍|获悉|透露|[说称][，,：:]/u;
/** A paragraph that reports or describes rather than asks (a news report going on, the background resumed). */
const NARRATION = new RegExp(`^(?:据|记者|目前|当前|近年来|近期|去年|今年|该|这|他|她|笔者)|${REPORTED_SPEECH.source}`, 'u');

function isProposing(paragraph: string): boolean {
  const sentences = sentencesOf(paragraph);
  return (
    ASKING_OR_VIEW_OF_DUTY.test(paragraph.replace(REPORTED_SUGGESTION, '')) ||
    (PROPOSING_START.test(paragraph) && !reportsProblems(paragraph)) ||
    sentences.some(asksAsQuestion) ||
    sentences.some((sentence) => askAfterFrame(sentence) !== null)
  );
}

/** Once the asks have begun: a paragraph that asks, opens with an imperative verb phrase, or goes on asking. */
function goesOnAsking(paragraph: string): boolean {
  return isProposing(paragraph) || GOES_ON_ASKING.test(paragraph) || opensWithAsk(paragraph);
}

/**
 * Unnumbered proposals without a lead: the asks begin at the first paragraph asking for something (or at two
 * paragraphs in a row opening with an imperative verb phrase); from there each paragraph that goes on asking is one
 * suggestion; the rest is background. The last paragraph after the background, opening with an imperative verb
 * phrase ("…增加了污水处理厂负担。\n\n在老旧小区改造中把雨污分流作为基础类改造内容优先实施…"), is the one ask of a
 * proposal that states it without 建议.
 */
function proposingParagraphs(text: string): string[] {
  const paragraphs = text
    .split(/\n+/u)
    .map((x) => x.trim())
    .filter((p) => p.length >= 8 && !CLOSING_LINE.test(p) && !REPORT_TAIL.test(p));
  const last = paragraphs.length - 1;
  // "1.对改造后首次引入物业服务的小区给予启动补助。": a numbered paragraph is one of the proposer's points; when its text
  // opens with an ask, it is one even alone (a lone item is no list, so no list finder took it).
  const numberedAsk = (p: string) => !!listMarkerAt(p) && opensWithAsk(withoutListMarker(p));
  const start = paragraphs.findIndex(
    (p, i) =>
      isProposing(p) ||
      numberedAsk(p) ||
      (opensWithAsk(p) && ((i < last && goesOnAsking(paragraphs[i + 1])) || (i === last && i > 0 && !NARRATION.test(p)))),
  );
  // Once the asks have begun, a paragraph stating what a body should do ("…单位是改造的直接受益者，应当承担…") is one.
  return start < 0 ? [] : paragraphs.slice(start).filter((p, i) => i === 0 || goesOnAsking(p) || STATES_DUTY.test(p));
}

/**
 * One paragraph of asks without markers, "将海绵城市理念融入改造。同步实施雨污分流。推广透水铺装。": split into its
 * sentences only when every sentence after the first opens with an action of its own (an elaboration — "通过入户走访…",
 * "要对管网全面排查…" — keeps the paragraph whole).
 */
function askingSentences(paragraph: string): string[] {
  const sentences = sentencesOf(paragraph);
  if (sentences.length < 2) return [paragraph];
  // "能否…？能否…？": asks put as questions, each one of its own.
  const separate = sentences.slice(1).every((x) => (SEPARATE_ASK.test(x) || asksAsQuestion(x)) && standsAlone(x));
  return separate || modalAskRun(sentences) ? sentences : [paragraph];
}

/**
 * The whole ask part is one sentence holding several asks set apart by commas only ("适当提高…补助标准，进一步压缩…办理
 * 时限，同时研究建立…补助机制，减轻居民长期负担。"; "建议在…中多建社区助餐点，并对…老人的用餐给予补助。"): each
 * clause asking for an action of its own opens a suggestion; a clause saying what the asks are for, or one with no
 * action of its own, stays with its neighbour. Split only when at least two clauses ask.
 */
function askingClauses(piece: string): string[] {
  if (sentencesOf(piece).length !== 1) return [piece];
  const clauses = piece.split(/(?<=[，,])/u);
  const bare = (clause: string) => clause.replace(/[，,。！!？?；;\s]+$/u, '').trim().replace(ASKING_WORD, '').replace(CLAUSE_CONNECTIVE, '');
  const asks = (clause: string) => standsAlone(bare(clause)) && !opensWithPurpose(bare(clause)) && clauseAsks(bare(clause));
  // A list of asks opens with one; a clause on the situation ("目前…每户只有5000元") makes the sentence an argument.
  if (!asks(clauses[0]) || clauses.some((c) => SITUATION_CLAUSE.test(bare(c)))) return [piece];
  const groups: string[][] = [];
  let before: string[] = [];
  for (const clause of clauses) {
    if (asks(clause)) {
      groups.push([...before, clause]);
      before = [];
    } else if (groups.length) groups[groups.length - 1].push(clause);
    else before.push(clause);
  }
  return groups.length < 2 ? [piece] : groups.map((g) => g.join('').trim().replace(CLAUSE_CONNECTIVE, ''));
}

/** A sentence long enough to be an ask of its own, not an elaboration of the one before. */
function standsAlone(sentence: string): boolean {
  return sentence.length >= SUGGESTION_OPTIONS.minSeparateAskChars;
}

/**
 * "…建议，外墙保温要选用…；要延长…保修期；要科学安排施工时间；同时，对…给予补贴": clauses set apart by semicolons, each
 * after the first opening with the modal of an ask (要, 应当…) or a connective, at least two with the modal, are a list
 * of asks. An elaboration after a full stop ("。要对管网全面排查…") still keeps its paragraph whole.
 */
function modalAskRun(sentences: string[]): boolean {
  const later = sentences.slice(1);
  if (!sentences.slice(0, -1).every((x) => /[；;]$/u.test(x))) return false;
  if (!later.every((x) => standsAlone(x) && (MODAL_ASK.test(x) || LEADING_CONNECTIVE.test(x)))) return false;
  return later.filter((x) => MODAL_ASK.test(x)).length >= 2;
}
const MODAL_ASK = /^(?:要|应当|应该|需要|必须)(?!是)[\p{Script=Han}]/u;
const LEADING_CONNECTIVE = new RegExp(`^(?:同时|${TURNING_WORDS}|${ORDERING_WORDS})[，,]`, 'u');
/** A paragraph's sentences, each with its closing mark (。！？；), trimmed. */
function sentencesOf(paragraph: string): string[] {
  return (paragraph.match(/[^。！!？?；;]+[。！!？?；;]*/gu) ?? []).map((x) => x.trim()).filter(Boolean);
}

/** "另外，建议…", "同时还建议…": a sentence that announces another ask of its own. */
const FURTHER_ASK = new RegExp(`^(?:另外|此外|同时|其次|再者|最后|与此同时|另一方面)[，,]?\\s*(?:还|也|再)?(?:${ASKING_WORDS})`, 'u');

/**
 * A paragraph that asks and then, in a later sentence, announces another ask ("建议…同步实施雨污分流。另外，建议对改造后
 * 的排水管网建立定期清掏制度。") holds two suggestions: it is split before each such sentence. A 建议 after the situation
 * ("目前…。建议…") or restating the ask ("建议水务和住建部门统一规划") opens no new one.
 */
function separateFurtherAsks(paragraph: string): string[] {
  const sentences = sentencesOf(paragraph);
  const out: string[][] = [[]];
  for (const sentence of sentences) {
    const current = out[out.length - 1];
    const asked = current.some((x) => ASKING_OR_VIEW_OF_DUTY.test(x) || PROPOSING_START.test(x) || opensWithAsk(x));
    if (current.length && asked && FURTHER_ASK.test(sentence)) out.push([sentence]);
    else current.push(sentence);
  }
  return out.length > 1 ? out.map((x) => x.join('')) : [paragraph];
}

/**
 * A sentence opening with an action verb of its own (no bare modal: "要…", "应…" go on elaborating the ask before; but
 * "还要…", "也应…", or another body asked with its modal, "财政部门应提高…", add one).
 */
const SEPARATE_ASK = new RegExp(
  `^(?:同时|此外|另外|其次|再次|最后|三是|二是)?[，,]?(?:[还也](?:要|应当?|需要)|${GOVERNMENT_BODIES}${ACTOR_MODAL}?)?(?:进一步|切实|尽快|着力|积极|逐步)?(?:${ACTION_VERB})`,
  'u',
);

/**
 * One suggestion's lines as one text. A heading line over its own sub-list ("加强规划引领" / "1.编制专项规划。") or over
 * its own paragraph ("完善公共区域无障碍设施" / "小区出入口多有台阶…建议…") gets a colon; other breaks (hard-wrapped
 * lines) join directly.
 */
function joinLines(text: string): string {
  return text.replace(/\s*\n\s*/gu, (_, offset: number) => {
    const before = text.slice(0, offset).trimEnd();
    const after = text.slice(offset).trimStart();
    if (!/[\p{Script=Han}\w]$/u.test(before)) return '';
    const line = before.slice(before.lastIndexOf('\n') + 1);
    return listMarkerAt(after) || isHeadingLine(line, after) ? '：' : '';
  });
}

/** A heading line is short and unpunctuated, and the text under it is a paragraph of its own (it ends a sentence). */
function isHeadingLine(line: string, after: string): boolean {
  return line.length <= SUGGESTION_OPTIONS.maxHeadingLineChars && !/[，,。；;、：:！!？?]/u.test(line) && /[。！!？?；;]\s*$/u.test(after.split('\n')[0] ?? '');
}

function dropClosing(text: string): string {
  const kept = text
    .split('\n')
    .filter((l) => !CLOSING_LINE.test(l.trim()) && !REPORT_TAIL.test(l.trim()))
    .join('\n');
  // "……建立维保长效机制。以上建议，请予采纳。": a courtesy run on after the last item's own sentence.
  const sentences = kept.match(/[^。！!；;]+[。！!；;]*/gu) ?? [kept];
  let keep = sentences.length;
  while (keep > 1 && CLOSING_LINE.test(sentences[keep - 1].trim())) keep--;
  return sentences.slice(0, keep).join('').trim();
}
