// Section labels: lines that name the part of a document under them by words rather than by a number.
import { LINE_NUMBERING, NUMBERING } from './markers.js';
import { CN_DIGIT_CHARS, CN_NUM } from './numerals.js';
import { sectionParts } from './sectionPath.js';
import { normalizeWithoutPunctuation } from './simplify.js';

/**
 * Items named by a word and an ordinal: "问题一：资金滞留", "来电四：改造后没人管". Not a reply's "一是关于…。"
 * paragraphs, a letter's "第一件事：…" nor a procedure's "第一步\u3000…": cut apart, the reply or procedure answering a
 * proposal as a whole is no longer found whole, and a short item's heading alone holds the words asked.
 */
export const ITEM_LINE = new RegExp(`^\\p{Script=Han}{1,2}${CN_NUM}{1,3}[：:]`, 'u');

/**
 * Whether a line is an item's line ("问题二：维修资金续筹率偏低，仅为18%。"): it heads the item's section and states the
 * item, so it is also a sentence an answer may quote.
 */
export function isItemLine(line: string): boolean {
  return ITEM_LINE.test(line.trim());
}

/**
 * An issue's line in bulletins bound together: "第6期", "第6期（2025年7月15日）", the whole line. Only where a document
 * holds two or more does each head its issue (one issue's masthead numbers the whole text; "第4期反映的…" is a sentence).
 */
const ISSUE_LINE = /^第\d{1,3}期(?:\s*[（(]\d{4}年\d{1,2}月(?:\d{1,2}日)?[）)])?$/u;

/** Whether a line is an issue's line (ISSUE_LINE). */
export function isIssueLine(line: string): boolean {
  return ISSUE_LINE.test(line.trim());
}

/** The numbered markers of a list's items, one pattern a kind: "（三）", "3." / "3、" / "3）", "（3）". */
export const LIST_ITEM_MARKERS: readonly RegExp[] = [NUMBERING.chineseInBrackets, NUMBERING.arabic, NUMBERING.arabicInBrackets].map(
  (source) => new RegExp(`^${source}`, 'u'),
);

/** The kind of numbered marker a line opens with (its index in LIST_ITEM_MARKERS), or undefined. */
function listItemKind(line: string): number | undefined {
  const kind = LIST_ITEM_MARKERS.findIndex((re) => re.test(line.trim()));
  return kind === -1 ? undefined : kind;
}

/**
 * Whether a numbered line is an item of a list whose next item follows it on the next line ("（三）电动自行车充电设施…
 * 不得设置在楼道内。" then "（四）燃气管道更新应当…"): read as a heading, the short item would take the longer items after it
 * as its text, and its own statement would be left in the section's name only, where no answer quotes it.
 */
export function isFollowedBySiblingItem(line: string, next: string | undefined): boolean {
  const kind = listItemKind(line);
  return kind !== undefined && next !== undefined && listItemKind(next) === kind;
}

/** Whether a text's line that opens with `sentence` is followed by its sibling item (isFollowedBySiblingItem). */
export function sentenceFollowedBySiblingItem(sentence: string, text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const at = lines.findIndex((l) => l.trim().startsWith(sentence.trim()));
  return at !== -1 && isFollowedBySiblingItem(lines[at], lines[at + 1]);
}

/**
 * A reply's label for the suggestion it answers next: "关于第三条建议（解决电梯维保费用）", "针对您提出的“建设立体停车库”的
 * 建议". Its words are the proposer's, not what the reply says of them ("此项建议暂不能采纳").
 */
const SUGGESTION_LABEL_OPENING = `(?:关于|针对)(?:第[${CN_DIGIT_CHARS}\\d]{1,3}[条项点]|您们?(?:提出|所提|反映)的)`;
const SUGGESTION_LABEL = new RegExp(`^${SUGGESTION_LABEL_OPENING}`, 'u');

/**
 * Section labels of bulletins, leaflets and replies, each a line of its own: "【政策落实】", "▲政府补多少", and a reply
 * taking the proposal's suggestions in turn (SUGGESTION_LABEL). Not an editor's or redaction mark ("【以下原文未收录】",
 * "【已隐去签名】").
 */
const SECTION_LABEL = new RegExp(`^(?:【(?![^】]*(?:已隐去|原文|未收录|待补充))[^】]{2,16}】|▲\\s*\\S.*|${SUGGESTION_LABEL_OPENING}.*)$`, 'u');

/** A label is a short line of its own, not a sentence. */
const MAX_LABEL_CHARS = 40;

/** Whether a line is a section label (SECTION_LABEL): a short line, no sentence in it. */
export function isSectionLabel(text: string): boolean {
  return SECTION_LABEL.test(text) && [...text].length <= MAX_LABEL_CHARS && !/[。；;！!]/u.test(text);
}

/** Whether a heading is a reply's label for a suggestion it answers (SUGGESTION_LABEL). */
export function labelsSuggestionAnswered(heading: string): boolean {
  return SUGGESTION_LABEL.test(heading.trim());
}

/** A section path's headings that speak for the text under them: a reply's suggestion labels left out. */
export function speakingHeadings(sectionPath: string): string[] {
  return sectionParts(sectionPath).filter((h) => !labelsSuggestionAnswered(h));
}

/** Whether a heading is only the opening of the text under it: a list item ("（二）公示期为10日。") taken as a heading. */
function headsItsOwnText(heading: string, text: string): boolean {
  const opening = normalizeWithoutPunctuation(heading);
  return opening.length > 0 && normalizeWithoutPunctuation(text).startsWith(opening);
}

/**
 * The headings a chunk's sentences are read under: its own, and — when its own only repeats the opening of its text
 * (an item "（二）公示期为10日。" under "三、方案公示") — the one above it too, which names what the item is about.
 * A reply's label for the suggestion it answers lends none ("" when nothing is left).
 */
export function readingHeading(sectionPath: string, text: string): string {
  const parts = sectionParts(sectionPath);
  const own = parts.at(-1) ?? '';
  if (labelsSuggestionAnswered(own)) return '';
  const above = parts.length > 1 && headsItsOwnText(own, text) ? parts[parts.length - 2] : '';
  return `${labelsSuggestionAnswered(above) ? '' : above}${own}`;
}

/** A heading short enough to name one thing ("三、受理时限", "（二）租金标准"), not an item's sentence. */
const MAX_NAMING_HEADING_CHARS = 10;
const HEADING_NUMBERING = new RegExp(`^\\s*${LINE_NUMBERING}\\s*`, 'u');

/**
 * The words a heading names its section by, its numbering left out ("三、受理时限" → "受理时限"); "" for a heading that
 * states something ("（二）东片：道路破损较多，…" is a point made, not a name).
 */
export function headingName(heading: string): string {
  const words = heading.replace(HEADING_NUMBERING, '').trim().replace(/[。.]$/u, '');
  return /[，,。；;：:！？!?]/u.test(words) ? '' : normalizeWithoutPunctuation(words);
}

/**
 * Whether a question names a section by its headings: each heading of the path (a short name, two to ten characters
 * after its numbering) is written in the question, every two-character run of it ("…的受理时限是多久" names
 * "三、受理时限"; "…材料没交齐能补吗" does not name "补交材料"). A heading under another the question does not name
 * ("二、外地经验 > （一）屋面防水") is that part's item, not a section the question points to; a reply's label for a
 * suggestion it answers names nothing.
 */
export function questionNamesHeading(question: string, sectionPath: string): boolean {
  const parts = sectionParts(sectionPath);
  const asked = normalizeWithoutPunctuation(question);
  const named = (heading: string) => {
    if (labelsSuggestionAnswered(heading)) return false;
    const name = [...headingName(heading)];
    if (name.length < 2 || name.length > MAX_NAMING_HEADING_CHARS) return false;
    return name.slice(1).every((char, i) => asked.includes(`${name[i]}${char}`));
  };
  return parts.length > 0 && parts.every(named);
}
