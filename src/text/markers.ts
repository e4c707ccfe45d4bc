// List markers and headings' ordinals ("一是", "一要", "一、", "（一）", "1.", "(1)", "第一"): how replies and policies
// number their measures, sections and articles. Every stage reads markers through this module. Also the words that
// mark a document's form: a form's notes heading ("填表说明"), a letter's opening and close ("尊敬的…领导：", "此致 敬礼").
import { BEFORE_DATE_WORDS, isDateLine, TIME_POINT, YEAR_POINT } from './dates.js';
import { CN_DIGIT, CN_DIGIT_CHARS, CN_NUM, chineseNumberValue, MEASURE_WORDS, RANGE_SYMBOL_CHARS } from './numerals.js';
import { SENTENCE_END_MARKS } from './sentenceEnds.js';

/** A piece of text in document order (a sentence, or the part of one before or after an inline marker). */
export interface Unit<T> {
  text: string;
  source: T;
}

export interface Marker {
  style: string;
  ordinal: number;
}

const CN = `${CN_DIGIT}{1,3}`;

/**
 * How 公文 number their parts, each way written once, as regular-expression source without an anchor. The heading
 * grammar (corpus/headings.ts), list items (sectionLabels.ts), item labels (itemLabels.ts) and the markers below are
 * all built from this table, so a document's numbering is read the same way at every stage.
 */
export const NUMBERING = {
  /** "第一部分", "第二章": a plan is cut into either, as its top level. */
  part: `第${CN_NUM}+(?:章|部分)`,
  /** "第一节". */
  chapterSection: `第${CN_NUM}+节`,
  /** "第三条": an article. */
  article: `第${CN_NUM}+条`,
  /**
   * "第3条", "第2部分": numbered in digits, a block of its own in running text but no heading to the chunker (tried as a
   * section each: a contract's 第N条 took answers from the sections that hold them, bureau16 tune −3 and held back −2).
   */
  inDigits: `第\\d{1,3}(?:条|章|节|部分)`,
  /** "一、", "一．" / "一." — not "一.5", nor "两、三年" (两 and 零 count, they do not number). */
  chinese: `(?![两零〇])${CN_NUM}+(?:、|[．.](?!\\d))`,
  /** "（一）" / "(一)". */
  chineseInBrackets: `[（(]${CN_NUM}+[）)]`,
  /** "1." / "1、" / "1．" / "1）" — not a decimal "1.5", a year "2024." nor a figure "1.62万户". */
  arabic: `\\d{1,2}(?:[.．、](?!\\d)|\\s*[)）](?!\\d))`,
  /** "（1）" / "(1)". */
  arabicInBrackets: `[（(]\\d{1,2}[）)]`,
} as const;

/** Any numbering of a line's own (NUMBERING), as regular-expression source without an anchor. */
export const LINE_NUMBERING = `(?:${Object.values(NUMBERING).join('|')})`;

/** An article's number as documents write it, in Chinese numerals or in digits ("七", "7"), captured. */
const ARTICLE_ORDINAL = `(${CN_NUM}+|\\d{1,3})`;
/** An article's label opening a line ("第七条 …", "第7条 …"), its number captured: a document so written labels its articles. */
const ARTICLE_LABEL_AT_LINE_START = `^\\s*第${ARTICLE_ORDINAL}条`;
/** Some line opens with an article's label. */
const ARTICLE_LINE = new RegExp(ARTICLE_LABEL_AT_LINE_START, 'mu');

/** Whether a text (a chunk's lines or its section path) labels an article 第…条. */
export function labelsArticle(text: string): boolean {
  return ARTICLE_LINE.test(text);
}

/** "第七条", "第7条" anywhere in a text, its number captured. */
const ARTICLE_NUMBER = new RegExp(`第\\s*${ARTICLE_ORDINAL}\\s*条`, 'gu');

/** A text without the article numbers it cites or labels ("第7条" → " "): their digits state no figure. */
export function withoutArticleNumbers(text: string): string {
  return text.replace(ARTICLE_NUMBER, ' ');
}

/** Every article label at a line's start (the same shape as ARTICLE_LINE, global for matchAll). */
const ARTICLE_LABEL = new RegExp(ARTICLE_LABEL_AT_LINE_START, 'gmu');

/** The ordinals of the articles a text labels at its lines' starts ("第五条 本办法自…施行。" → 5). */
export function labelledArticleOrdinals(text: string): number[] {
  return [...text.matchAll(ARTICLE_LABEL)].map((m) => chineseNumberValue(m[1])).filter((n): n is number => n !== undefined);
}

/** Whether a text names article `ordinal` anywhere: labelling it, citing it ("依照本办法第七条") or numbering a suggestion so ("第三条建议"). */
export function mentionsArticle(text: string, ordinal: number): boolean {
  return [...text.matchAll(ARTICLE_NUMBER)].some((m) => chineseNumberValue(m[1]) === ordinal);
}

/**
 * A heading's numbering at the start of a line (any of NUMBERING). A line opening with one starts a new block and is
 * not an answer sentence of its own.
 */
export const HEADING_MARKER = new RegExp(`^${LINE_NUMBERING}`, 'u');

/**
 * "1、15个小区…", "1.2025年改造10个小区；", "3.6月底前开工率达到60%": a marker before a figure or a date (a year or month
 * as the date module reads it, TIME_POINT), where an item's marker is read off its text, though the heading grammar
 * (NUMBERING.arabic), reading "1.2" as a decimal, does not number the line.
 */
const ARABIC_BEFORE_FIGURE = `\\d{1,2}(?:、|\\s*[)）])(?=\\d)|\\d{1,2}[.．](?=${TIME_POINT})`;

/** "（一）", "(1)", "一、", "1." / "1、" / "1）": a numbered line's marker, as regular-expression source. */
export const NUMBERED_LINE_MARKER = `(?:${NUMBERING.chineseInBrackets}|${NUMBERING.arabicInBrackets}|${NUMBERING.chinese}|${NUMBERING.arabic}|${ARABIC_BEFORE_FIGURE})`;

/** A list marker at the start of an item ("一是", "一、", "（一）", "1."), with the spaces after it, for stripping. */
const LEADING_LIST_MARKER = new RegExp(`^\\s*(?:${CN_DIGIT}+是|${NUMBERED_LINE_MARKER})\\s*`, 'u');

/** An item's text without its list marker: "一是加快改造进度" → "加快改造进度". */
export function stripListMarker(text: string): string {
  return text.replace(LEADING_LIST_MARKER, '');
}

/**
 * A year opening a sentence as a bound or a span, not the time of what it states: a month, day, quarter, season or
 * half-year may come between, and "（含）" before the bound ("2024年底前…", "2020年以来…", "2024年7月1日起…", "2024年下半年
 * 开始…", "2024年第四季度起…", "2024年（含）以后…", "2024年1月至…").
 */
const YEAR_AS_BOUND = new RegExp(
  `^${YEAR_POINT}\\s*(?:底|末|初|上半年|下半年|第?[一二三四1-4]\\s*季度|[春夏秋冬]季|\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*[日号])?)?(?:份)?\\s*(?:[（(]含[）)])?\\s*(?:${BEFORE_DATE_WORDS}|及?以后|之后|以来|起|开始|后|[${RANGE_SYMBOL_CHARS}至到])`,
  'u',
);

/** A year opening a sentence after its list marker, in digits. */
const OPENING_YEAR = new RegExp(`^${YEAR_POINT}`, 'u');

/**
 * The year a sentence opens with as the time of what it states ("2024年度甲市得分80分", "（三）2024年，全市…", "1.2024年
 * 完成改造30个"), in digits; not a bound or a span (YEAR_AS_BOUND). Undefined when the sentence opens otherwise.
 */
export function openingYear(sentence: string): string | undefined {
  const text = stripListMarker(sentence.normalize('NFKC').trimStart());
  if (!OPENING_YEAR.test(text) || YEAR_AS_BOUND.test(text)) return undefined;
  return text.slice(0, 4);
}

/**
 * Marker patterns at the start of a unit, each with its style (points of one list share a style). `inSentences`:
 * the style marks list points inside running text; "一、" and "①" number lines (headings, form items) and are only
 * read as list markers where a caller looks for line lists (listMarkerAt).
 */
const MARKERS: { style: string; pattern: RegExp; inSentences: boolean }[] = [
  { style: '是', pattern: new RegExp(`^(${CN})是(?!否|指|因为)`), inSentences: true },
  { style: '要', pattern: new RegExp(`^(${CN})要(?=[\\p{Script=Han}])`, 'u'), inSentences: true },
  { style: '（一）', pattern: new RegExp(`^[（(](${CN})[）)]`), inSentences: true },
  { style: '第一', pattern: new RegExp(`^第(${CN})[，,、是：:]`), inSentences: true },
  // "建议一：…", "建议2：…": a proposal's asks numbered with the word that names them.
  { style: '建议一', pattern: new RegExp(`^(?:建议|对策|措施)(${CN}|[0-9０-９]{1,2})[：:、．.]`, 'u'), inSentences: true },
  { style: '（1）', pattern: /^[（(]([0-9０-９]{1,2})[）)]/, inSentences: true },
  { style: '1.', pattern: /^([0-9０-９]{1,2})(?:[、．）)]|\.(?![0-9]))/, inSentences: true },
  { style: '一、', pattern: new RegExp(`^(${CN})\\s*[、．.](?![0-9])`), inSentences: false },
  { style: '①', pattern: /^([①②③④⑤⑥⑦⑧⑨⑩])/, inSentences: false },
];

function matchMarker(text: string, all: boolean): (Marker & { length: number }) | undefined {
  for (const { style, pattern, inSentences } of MARKERS) {
    if (!all && !inSentences) continue;
    const m = text.match(pattern);
    // NFKC reads ① as 1.
    const ordinal = m ? chineseNumberValue(m[1].normalize('NFKC')) : undefined;
    if (m && ordinal !== undefined) return { style, ordinal, length: m[0].length };
  }
  return undefined;
}

/** The list marker a unit starts with ("一是", "（二）", "3."), with its style and ordinal. */
export function markerOf(text: string): Marker | undefined {
  const m = matchMarker(text, false);
  return m && { style: m.style, ordinal: m.ordinal };
}

export interface ListMarker extends Marker {
  /** Characters the marker takes, with the punctuation and spaces after it ("一是，", "1. "). */
  length: number;
}

/** Any list marker a text starts with, line styles ("一、", "①") included, and how long it is. */
export function listMarkerAt(text: string): ListMarker | undefined {
  const m = matchMarker(text, true);
  if (!m) return undefined;
  const trailing = text.slice(m.length).match(/^[\s，,：:]*/u)?.[0].length ?? 0;
  return { ...m, length: m.length + trailing };
}

/** "第四部分", "第二章": a part's or chapter's numbering, which a heading may carry instead of "四、". */
const NUMBERED_PART = new RegExp(String.raw`^第\s*([${CN_DIGIT_CHARS}\d]+)\s*(?:部分|章|篇)`, 'u');

/**
 * The number a section heading carries and how: "四、" / "第四部分" / "四．" are a part ('part'), "（三）" / "(3)" an item
 * ('item'). Undefined for a heading without one.
 */
export function headingNumber(heading: string): { level: 'part' | 'item'; ordinal: number } | undefined {
  const part = heading.trim().match(NUMBERED_PART);
  const partOrdinal = part ? chineseNumberValue(part[1]) : undefined;
  if (partOrdinal !== undefined) return { level: 'part', ordinal: partOrdinal };
  const m = listMarkerAt(heading.trim());
  if (!m) return undefined;
  return { level: m.style === '（一）' || m.style === '（1）' ? 'item' : 'part', ordinal: m.ordinal };
}

/** The numbers a text's lines open with, of any level ("三、重点任务" → 3, "（七）完善…" → 7, "第四部分" → 4). */
export function numberedLineOrdinals(text: string): number[] {
  return text.split('\n').map((line) => headingNumber(line)?.ordinal).filter((n): n is number => n !== undefined);
}

/**
 * Line numberings a proposer writes that the list styles above leave unread: an ask numbered like an article or a point
 * with a comma after it ("第一条，…", "第二项：…"), "其一，…" (one of several), a number set off by a space as a table or
 * form pasted as text leaves it ("1\u3000进一步提高…"), and a decimal outline number under a part heading ("1.1 进一步提高…",
 * "1.2 …": the second number counts the items). The line comes back with the plain marker of the same ordinal ("第一，",
 * "1.") so a list reader takes its items as one list; other lines come back as they are. For a proposal's own lines only:
 * in a policy "第一条\u3000" opens an article and "1.5 米" is a measure, so the list styles themselves stay as they are.
 */
export function withPlainLineMarker(line: string): string {
  const ordinalWord = line.match(ORDINAL_WORD_LINE);
  if (ordinalWord) return `第${ordinalWord[1] ?? ordinalWord[2] ?? ordinalWord[3]}，${line.slice(ordinalWord[0].length)}`;
  const stem = line.match(STEM_LINE);
  if (stem) return `${STEMS.indexOf(stem[1]) + 1}.${line.slice(stem[0].length)}`;
  const spaced = line.match(SPACED_NUMBER_LINE);
  if (spaced) return `${Number(spaced[2] ?? spaced[1])}.${line.slice(spaced[0].length)}`;
  return line;
}
/**
 * "第一条，", "第二项：", "第三点、", "其一，", "建议一：", "请求二：": a Chinese ordinal word (or the word naming an ask with its
 * number) and a comma or colon opening the line.
 */
const ORDINAL_WORD_LINE = new RegExp(`^\\s*(?:第(${CN})[条项点]|其(${CN})|(?:建议|请求|诉求)(${CN}))[，,、：:]\\s*`, 'u');
/** The celestial stems, which number points in order: "甲、…", "乙、…". */
const STEMS = '甲乙丙丁戊己庚辛壬癸';
/** "甲、尽快明确…": a stem numbering the line (not "甲、乙双方…", two parties named). */
const STEM_LINE = new RegExp(`^\\s*([${STEMS}])[、.．]\\s*(?![${STEMS}])`, 'u');
/**
 * "1\u3000进一步…", "1.1 进一步…": a number (or a decimal outline number) then a space before the text; not a count or a
 * date set off by a space ("12 月", "3 个小区").
 */
const SPACED_NUMBER_LINE = new RegExp(
  `^\\s*([1-9][0-9]?)(?:[.．]([1-9][0-9]?))?[ \u3000]+(?=\\p{Script=Han})(?!(?:${MEASURE_WORDS}|号|时|分|秒|点))`,
  'u',
);

/** 首先…其次…再次…最后: a sequence of points; 最后 (ordinal null) closes whatever count came before. */
const SEQUENCE_WORDS: Record<string, number | null> = { 首先: 1, 其次: 2, 再次: 3, 然后: 3, 最后: null };
const SEQUENCE_MARKER = /^(首先|其次|再次|然后|最后)[，,：:]?\s*/u;

export function sequenceMarkerAt(text: string): { ordinal: number | null; length: number } | undefined {
  const m = text.match(SEQUENCE_MARKER);
  return m ? { ordinal: SEQUENCE_WORDS[m[1]], length: m[0].length } : undefined;
}

/** "……开展以下工作：一是将……" → ["……开展以下工作：", "一是将……"]: a list often starts inside the sentence that introduces it. */
export function splitAtInlineMarkers(text: string): string[] {
  const parts: string[] = [];
  let rest = text;
  for (;;) {
    const m = rest.match(new RegExp(`[：:]\\s*(?=(?:${CN})是|[（(](?:${CN}|\\d{1,2})[）)])`));
    if (!m || m.index === undefined) break;
    const cut = m.index + m[0].length;
    if (!markerOf(rest.slice(cut))) break;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut);
  }
  parts.push(rest.trim());
  return parts.filter(Boolean);
}

export interface EnumeratedPoint<T> {
  ordinal: number;
  /** The unit that opens the point (starts with its marker), then the units that follow it up to the next point. */
  units: Unit<T>[];
}

export interface Enumeration<T> {
  /** The unit just before the first point (the list's introduction), when there is one. */
  intro?: Unit<T>;
  points: EnumeratedPoint<T>[];
  /** Position of the first point's unit in the units given. */
  start: number;
}

/**
 * Lists of at least two points numbered 1, 2, 3… in one style. Units after a point up to the next marker of the same
 * style belong to it; a marker of another style inside a point (a sub-list) stays part of that point.
 */
export function findEnumerations<T>(units: Unit<T>[]): Enumeration<T>[] {
  const found: Enumeration<T>[] = [];
  let i = 0;
  while (i < units.length) {
    const first = markerOf(units[i].text);
    if (!first || first.ordinal !== 1) {
      i++;
      continue;
    }
    const points: EnumeratedPoint<T>[] = [{ ordinal: 1, units: [units[i]] }];
    let j = i + 1;
    for (; j < units.length; j++) {
      const m = markerOf(units[j].text);
      if (m && m.style === first.style) {
        if (m.ordinal !== points.length + 1) break;
        points.push({ ordinal: m.ordinal, units: [units[j]] });
      } else points[points.length - 1].units.push(units[j]);
    }
    if (points.length >= 2) {
      found.push({ intro: i > 0 ? units[i - 1] : undefined, points, start: i });
      i = j;
    } else i++;
  }
  return found;
}

/** An item a question asks by its number ("第五条", "第3项", "第二点"): the numeral as written, its value, where it stands. */
export interface NumberedItem {
  numeral: string;
  ordinal: number | undefined;
  index: number;
  /** Characters the item takes in the question ("第三条"). */
  length: number;
}

/** The first "第N条 / 第N项 / 第N点" (of the kinds named, e.g. '条项') in a question: the one reader of items asked by number. */
export function numberedItemAsked(question: string, kinds: readonly string[] = ['条', '项', '点']): NumberedItem | undefined {
  const m = new RegExp(`第\\s*([${CN_DIGIT_CHARS}百]+|\\d+)\\s*(?:${kinds.join('|')})`, 'u').exec(question);
  return m ? { numeral: m[1], ordinal: chineseNumberValue(m[1]), index: m.index, length: m[0].length } : undefined;
}

/** "第一部分第三条", "第二项（三）": another item asked after `item`, inside it. */
export function asksItemWithin(question: string, item: NumberedItem): boolean {
  const after = question.slice(item.index + item.length);
  return numberedItemAsked(after) !== undefined || new RegExp(`[（(](?:${CN}|\\d{1,2})[）)]`, 'u').test(after);
}

/** "（一）第3项": an item asked by number right after the bracketed number of the part it sits in. */
const ITEM_OF_PART = new RegExp(String.raw`[（(]\s*([${CN_DIGIT_CHARS}\d]+)\s*[）)]\s*第\s*([${CN_DIGIT_CHARS}\d]+)\s*[项款]`, 'u');

/** The number of the part a question names right before the item it asks ("（一）第3项" → 1). */
export function partOfItemAsked(question: string): number | undefined {
  const m = question.normalize('NFKC').match(ITEM_OF_PART);
  return m ? chineseNumberValue(m[1]) : undefined;
}

/**
 * The words naming a form's notes, on both sides — asked ("填表说明第3条", "征询表的说明第2条") and as the heading the
 * notes' items follow ("填写说明", "申请表说明："). Not any 说明: "起草说明第三条" is a document's article.
 */
const NOTES_WORDS = '(?:填表|填报|填写|表的?)说明';

/** "填表说明第3条", "填报说明里第2项": an item of a form's notes, numbered 1．(1) ① under a notes heading. */
const ITEM_OF_NOTES = new RegExp(`${NOTES_WORDS}\\s*(?:里|中|的)?\\s*第\\s*([${CN_DIGIT_CHARS}\\d]+)\\s*[条项点]`, 'u');

/**
 * A form's notes heading ("填表说明", "填报说明：", "填写说明", "申请表说明", "项目汇总表填报说明"), which the notes' numbered
 * items follow: a line of its own, or one its first item follows — not a mention in prose ("按申报表填写说明如实填写"), nor
 * a numbered line listing the attachments ("2.项目汇总表填报说明").
 */
/** The most characters of the form's name before its notes words ("项目汇总表填报说明"): a name, not a sentence. */
const NOTES_FORM_NAME_MAX_CHARS = 20;
export const NOTES_HEADING = new RegExp(
  `(?:^|\\n)[ \\t\\u3000]*[^\\n，。；：:\\d（(]{0,${NOTES_FORM_NAME_MAX_CHARS}}?${NOTES_WORDS}[ \\t\\u3000]*[：:]?(?=[ \\t\\u3000]*(?:\\n|$|[（(]?[\\d${CN_DIGIT_CHARS}①-⑩]))`,
  'u',
);

/** The number of the notes' item a question asks ("征询表填表说明第3条讲的是什么" → 3). */
export function notesItemAsked(question: string): number | undefined {
  const m = question.normalize('NFKC').match(ITEM_OF_NOTES);
  return m ? chineseNumberValue(m[1]) : undefined;
}

/** The question without the notes' item it asks, so that an article asked beside it ("办法第二条和…填表说明第3条") is read. */
export function withoutNotesItem(question: string): string {
  return question.normalize('NFKC').replace(new RegExp(ITEM_OF_NOTES.source, 'gu'), '');
}

/**
 * "…反馈表，填表说明第2条", "申请表说明第2条", "意愿确认书填表说明第3条": the form whose notes are asked, by the last two
 * characters of its name and its kind (表, 书, 单).
 */
const FORM_BEFORE_NOTES = /(\p{Script=Han}{2,}?)(?<!填)([表书单])(?:[，,、的\s]*(?:填表|填报|填写)|的?)说明/u;

/** The form a notes question names ("意见反馈表，填表说明第2条" → "反馈表"); undefined for a bare "填表说明第2条". */
export function formOfNotesAsked(question: string): string | undefined {
  const m = question.normalize('NFKC').match(FORM_BEFORE_NOTES);
  return m ? `${m[1].slice(-2)}${m[2]}` : undefined;
}

/**
 * Whether a text holds item N of a list, however numbered ("N．", "（N）", "N）", "③", "三、": any marker listMarkerAt
 * reads), at its start or after a colon, a stop, a space or the ellipsis of a trimmed quote ("1．本表一户一张；……4．本表
 * 原件…"). An article "第二条" is no item.
 */
export function holdsNumberedItem(text: string, n: number): boolean {
  const plain = text.replace(/\.{3,}|…+/gu, '；');
  return plain.split(/[：:。；;\s]+/u).some((piece) => {
    const marker = listMarkerAt(piece);
    return marker !== undefined && marker.ordinal === n && !['是', '要', '第一'].includes(marker.style);
  });
}

/**
 * The form of a letter to the bureau: "尊敬的市住建局领导：" opening it (on any line: a forwarding note may come first), "此致 / 敬礼" closing it. With a 来信人 line it
 * is a 信访 letter (answered as one), not a proposal; a proposal may close with 此致敬礼 too, but has a proposal's header.
 */
/** The most characters of the body a letter's opening addresses ("尊敬的市住房和城乡建设局领导："): a body's name. */
const ADDRESSED_BODY_MAX_CHARS = 20;
const LETTER_FORM = [
  new RegExp(`(?:^|\\n)\\s*尊敬的[^\\n：:]{0,${ADDRESSED_BODY_MAX_CHARS}}(?:领导|同志|负责人)[：:]`, 'u'),
  /(?:^|\n)\s*此致\s*\n?\s*敬礼/u,
];

/** The most characters a line of thanks or wishes has after its opening word ("感谢您对我们小区的关心！"): a courtesy, not a sentence. */
const COURTESY_LINE_MAX_CHARS = 16;
/** What a closing wish wishes ("祝工作顺利！", "祝您身体健康"). */
const WISHED = '顺利|愉快|健康|安康|快乐|如意|顺心|平安|吉祥|幸福|进步|商祺|大吉';
/**
 * A line of a letter's courtesy close: "此致", "敬礼", "此致敬礼" (LETTER_FORM's close, one line of it), "致以崇高的敬礼",
 * and the thanks or wishes a writer signs off with ("谢谢！", "感谢您的关心！", "祝工作顺利！", "顺祝商祺"): short, a
 * line of its own, nothing asked in it.
 */
export const LETTER_CLOSE_LINE = new RegExp(
  `^(?:此致|敬礼|致以[^，,。]{0,6}敬礼|(?:谢谢|多谢|感谢|致谢)[^。；;]{0,${COURTESY_LINE_MAX_CHARS}}$|(?:顺祝|敬祝|祝)[^。；;]{0,${COURTESY_LINE_MAX_CHARS}}?(?:${WISHED})[！!。]?$)`,
  'u',
);

/** A contact field under a letter's signature: "联系电话：…", "电话：…", "手机：…", "邮箱：…", "联系地址：…". */
export const CONTACT_FIELD_LINE = /^(?:联系|通讯)?(?:电\s*话|手\s*机|方式|邮\s*箱|电子邮箱|地\s*址|微\s*信)(?:号码?)?\s*[：:]/u;
/** Words a line going on with a sentence opens with ("并定期检查管道"): such a line is no signature. */
const GOES_ON_WITH_SENTENCE = /^(?:并|且|及|以及|和|与|同时|还|也|再|或|而|以便|从而|进而|确保|争取|直至|直到)/u;

/**
 * Line `j` of a letter is its writer's signature ("居民 某某", "一位老住户", "业主委员会"): short (at most `maxChars`),
 * without a sentence's marks, not going on with the sentence above, and followed by nothing but a date, a contact field
 * or the end of the text.
 */
export function isSignatureLine(lines: string[], j: number, maxChars: number): boolean {
  const line = lines[j]?.trim() ?? '';
  if (!line || line.length > maxChars || /[，,。；;！!？?：:、]/u.test(line) || GOES_ON_WITH_SENTENCE.test(line)) return false;
  const next = lines.slice(j + 1).find((l) => l.trim())?.trim();
  return next === undefined || isDateLine(next) || CONTACT_FIELD_LINE.test(next);
}

/** How many of a letter's opening and close a text has (0, 1 or 2). */
export function letterFormParts(text: string): number {
  return LETTER_FORM.filter((p) => p.test(text)).length;
}

/**
 * A proposal's own labelled fields (案由, 提案人, 领衔代表, 提出人：…), which no other document has. A line naming its writer
 * a deputy or member ("报告人：张某（市人大代表）", "我是市人大代表…") is none: deputies and members report on their own
 * work too (履职报告); the proposer's label (提出人, 领衔人) names the one who proposes.
 */
const PROPOSAL_FIELD = /(?:^|\n)\s*(?:案\s*由|提\s*案\s*人|领衔代表|附议代表|建议人|提案者|领衔提案人|【提案内容】|【建议内容】|(?:提出人|提议人|领衔人|联名人)\s*[：:])/u;

/** Whether a text's head has a proposal's own labelled fields (PROPOSAL_FIELD). */
export function hasProposalFields(head: string): boolean {
  return PROPOSAL_FIELD.test(head);
}

/** A proposer's name before 代表/委员: a surname and one or two characters, or a compound surname and two (欧阳晓峰). */
const PROPOSER_NAME_MAX_CHARS = 4;
/**
 * A reply's receipt sentence naming who proposed what it answers ("…第5号提案《…》（提案人：某某委员）收悉", "你办转来的
 * 某某委员撰写的社情民意信息《…》收悉"): a reply forwarded by the body it answers has no salutation to the proposer.
 * Not a body's member named by role ("市人大代表", "区政协委员"), a committee ("住建委员会转来的…"), a group ("民建界别委员",
 * "部分代表").
 */
export const RECEIPT_NAMING_PROPOSER = new RegExp(`(?<![人大政协届会])(?:提案人|建议人|领衔人)?[:：]?\\p{Script=Han}{2,${PROPOSER_NAME_MAX_CHARS}}(?<!人大|政协|大会|界别|部分)(?:代表|委员)(?!会)[^。；]*收悉`, 'u');

/**
 * The most characters of a proposal's title before the word naming it (提案, 建议, 议案), and of its subject between 关于
 * and 的: a proposal names its subject at length ("关于加快推进城镇老旧小区改造中加装电梯和完善无障碍设施的建议").
 */
const PROPOSAL_TITLE_WORDS_MAX_CHARS = 60;
/** A proposal's form or header signals (关于…的提案, 案由, 第12号建议, 政协委员): any one of them makes a text a proposal. */
const HEADER_SIGNALS: RegExp[] = [
  new RegExp(`关于[^。\\n]{2,${PROPOSAL_TITLE_WORDS_MAX_CHARS}}的(?:提案|建议|议案)`, 'u'),
  PROPOSAL_FIELD,
  /第\s*[0-9０-９]+\s*号(?:提案|建议)/u,
  /(?:政协|人大)(?:委员|代表)|(?:委员|代表)(?:提出|建议|呼吁|联名)/u,
];

/** Whether a text's head has a proposal's header (HEADER_SIGNALS). */
export function hasProposalHeader(head: string): boolean {
  return HEADER_SIGNALS.some((p) => p.test(head));
}

/**
 * Fields of a citizen's request form: a 12345 hotline 工单, a 信访 or complaint record. It asks for something on a
 * matter of policy too, but it is answered as a 工单 (办理回复), not as a proposal.
 */
const REQUEST_FORM_FIELD = /(?:^|\n)\s*(?:工单编号|工单号|转办编号|来信编号|信访编号|来电时间|来电人|来电号码|诉求类型|诉求内容|转办单位|承办单位|办理时限|信访人|信访事项|投诉人|投诉内容|来信人|写信人|反映人)\s*[：:]/gu;

/**
 * A note in brackets closing a title, of 1 to `longestChars` characters (none inside may be a bracket), as
 * regular-expression source, optional: a proposal's number ("（第0123号）"), the period a report covers ("（2025年度）"),
 * what part of a record is pasted ("（节选）"). Each title kind keeps its own longest note (…_NOTE_MAX_CHARS below).
 */
function optionalClosingNote(longestChars: number): string {
  return `(?:[（(][^（()）\\n]{1,${longestChars}}[）)])?`;
}

/**
 * The most characters of another document's title before the word naming its kind (通知, 纪要, 工作总结): the issuing
 * body and the subject ("某某区住房城乡建设委2025年工作简报"); a longer line is a sentence that happens to end in the word.
 */
const TITLE_WORDS_MAX_CHARS = 40;
/**
 * A document of a kind that is never a proposal, named by its title: a notice to the public or to a meeting's
 * participants ("停水通知", "温馨提示", "关于召开…会议的通知"), a lower body's request for approval ("关于追加…资金的请示")
 * or a reply to one (批复), a letter of thanks or praise (表扬信, 感谢信), or a blank survey the bureau hands out
 * (…满意度调查问卷, 调查表: its "意见和建议" line is a field to fill in). Its title is one of its first lines: the issuing
 * body's name may stand above it ("…街道办事处" / "关于…的请示").
 */
const OTHER_DOCUMENT_TITLE = new RegExp(
  `^[^\\n]{0,${TITLE_WORDS_MAX_CHARS}}(?:通知|公告|通告|温馨提示|告知书|启事|提示|请示|批复|表扬信|感谢信|慰问信|问卷|调查表)$`,
  'u',
);
/** A record's closing note says what part of it is pasted ("节选", "摘录", "第3期"): a word or two. */
const RECORD_NOTE_MAX_CHARS = 6;
/**
 * A record of work done, named by its title: an acceptance's or a review's findings (竣工验收意见, 评审意见), an expert
 * panel's on a plan (专项方案专家论证意见: its "建议补充…" are conditions on the plan, put to its authors), minutes
 * (会议纪要), a site log (施工日志, 检查记录). Its 存在问题 and the wishes it records are put to those doing the work, not
 * to the bureau. A note on what is pasted may close the title ("（节选）"). Unlike OTHER_DOCUMENT_TITLE it is no proposal
 * only when no proposal's header stands beside it: a proposal may be about such a record ("案由：规范竣工验收记录").
 */
const RECORD_TITLE = new RegExp(
  `^[^\\n]{0,${TITLE_WORDS_MAX_CHARS}}(?:(?:验收|评审|审查|论证)意见|专家组?意见|纪要|日志|(?:检查|巡查|会议|施工|验收|现场)记录)${optionalClosingNote(RECORD_NOTE_MAX_CHARS)}$`,
  'u',
);
const NOTICE_GREETING = /(?:^|\n)\s*(?:尊敬的)?(?:各位|全体|广大)(?:业主|居民|住户|市民|村民|家长|同学|同事|会员|用户|乘客|旅客|参会人员|与会人员)(?:们|朋友们)?[：:]/u;
/** A proposal's closing note gives its number as filed: "第0123号" (7 characters), with room for a year before it ("2025年第0123号", 11). */
const PROPOSAL_NOTE_MAX_CHARS = 12;
/** A proposal's own title line ("关于…的提案", "关于…的建议（第0123号）"), which no other document has. */
const PROPOSAL_TITLE_LINE = new RegExp(`^[^\\n]{0,${PROPOSAL_TITLE_WORDS_MAX_CHARS}}(?:提案|建议|议案)${optionalClosingNote(PROPOSAL_NOTE_MAX_CHARS)}[。.]?$`, 'u');

/**
 * A text's first `count` non-empty lines, trimmed, where its title stands: what isWrittenAsOtherDocument,
 * isTitledAsRecord and reportsOwnWork read, read once.
 */
export function titleLinesOf(text: string, count: number): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, count);
}

/** Whether one of a text's title lines (titleLinesOf) is a proposal's own (PROPOSAL_TITLE_LINE): then it is no other kind. */
function hasProposalTitleLine(head: readonly string[]): boolean {
  return head.some((line) => PROPOSAL_TITLE_LINE.test(line));
}

/**
 * Whether a text is written as a document of another kind than a proposal (OTHER_DOCUMENT_TITLE in its first lines, or
 * a notice's greeting to its readers as a group, NOTICE_GREETING) and has no proposal's title line there. `head`: the
 * first non-empty lines that may hold its title (titleLinesOf).
 */
export function isWrittenAsOtherDocument(text: string, head: string[]): boolean {
  if (hasProposalTitleLine(head)) return false;
  return head.some((line) => OTHER_DOCUMENT_TITLE.test(line)) || NOTICE_GREETING.test(text);
}

/** Whether a text is titled as a record of work done (RECORD_TITLE in `head`, its first non-empty lines: titleLinesOf). */
export function isTitledAsRecord(head: string[]): boolean {
  return !hasProposalTitleLine(head) && head.some((line) => RECORD_TITLE.test(line));
}

/** A work report's closing note names the period it covers ("2025年度", "2025年1月至6月") or who reports ("班子成员"). */
const OWN_WORK_REPORT_NOTE_MAX_CHARS = 12;
/**
 * A report on the writer's own work, named by its title: an official's 述职报告 (述职述廉报告, 述廉报告), a member's or
 * deputy's 履职报告, a 工作总结, 年度总结, 工作报告 or 工作汇报, a 工作简报. What it asks ("…建议2026年把…放在首位") is its own plan.
 */
const OWN_WORK_REPORT_TITLE = new RegExp(
  `^[^\\n]{0,${TITLE_WORDS_MAX_CHARS}}(?:述职(?:述廉)?报告|述廉报告|履职(?:情况)?报告|(?:工作|年度|年终|半年|个人)(?:总结|报告|汇报)|简报)${optionalClosingNote(OWN_WORK_REPORT_NOTE_MAX_CHARS)}$`,
  'u',
);
/**
 * The writer reporting on their own work, first person ("现将本人2025年履职情况报告如下", "我代表班子述职如下"), or signing
 * as the one who reports ("述职人：…"). "现将我的建议提出如下" reports no work.
 */
/** The most characters between 本人 and what it reports: when and on what ("本人2025年履职情况", "我代表区住建局班子"). */
const OWN_REPORT_SUBJECT_MAX_CHARS = 30;
const REPORTS_OWN_WORK = [
  // 我 as the writer, not 我们, 我市 or 我局: "现将我市…工作情况汇报如下" is a member reporting on the city's work.
  new RegExp(`(?:本人|我(?![们市区县州省局委办厅镇乡街]))[^${SENTENCE_END_MARKS}\\n]{0,${OWN_REPORT_SUBJECT_MAX_CHARS}}(?:述职|述廉|(?:履职|工作)(?:情况)?(?:报告|汇报|总结))如下`, 'u'),
  /(?:^|\n)\s*(?:述职人|述廉人|汇报人)\s*[：:]/u,
];
/**
 * The headings of a work report: what was done (主要工作, 工作成效, 履职情况) and what the writer plans next (下一步打算,
 * 明年工作计划; not "下一步工作思路和建议", a proposal's). A proposal lays out problems and asks; it plans nothing of its own.
 */
/** The most characters a work report's heading adds after its words ("主要工作及成效", "下一步工作打算和措施"): more is a sentence. */
const WORK_HEADING_TAIL_MAX_CHARS = 6;
const WORK_DONE_HEADING = new RegExp(`(?:^|\\n)\\s*(?:${NUMBERED_LINE_MARKER})?\\s*(?:主要工作|工作成效|主要成绩|工作完成情况|工作开展情况|履职情况)[^\\n，,。；;]{0,${WORK_HEADING_TAIL_MAX_CHARS}}(?=\\n|$)`, 'u');
const OWN_PLAN_HEADING = new RegExp(
  `(?:^|\\n)\\s*(?:${NUMBERED_LINE_MARKER})?\\s*(?:下一步|明年|来年|${YEAR_POINT})(?:工作)?(?:打算|计划|安排|思路)[^\\n，,。；;建议]{0,${WORK_HEADING_TAIL_MAX_CHARS}}(?=\\n|$)`,
  'u',
);

/**
 * Whether a text reports on its writer's own work: titled so (OWN_WORK_REPORT_TITLE in its title lines `head`,
 * with no proposal's title line there), written so (REPORTS_OWN_WORK), or laid out so (a heading of work done and one
 * of the writer's next plans).
 */
export function reportsOwnWork(text: string, head: readonly string[]): boolean {
  if (hasProposalTitleLine(head)) return false;
  if (head.some((line) => OWN_WORK_REPORT_TITLE.test(line))) return true;
  return REPORTS_OWN_WORK.some((p) => p.test(text)) || (WORK_DONE_HEADING.test(text) && OWN_PLAN_HEADING.test(text));
}

/** The writer speaking of their own home ("我家楼下…", "我是…小区的一名业主"): a citizen's letter about a household matter. */
/** The most characters between 我是 and the resident it names: where they live ("我是幸福里小区3号楼的一名"). */
const OWN_HOME_MAX_CHARS = 24;
const OWN_HOUSEHOLD = new RegExp(`我家|我们家|本人家|(?:我|本人)是[^。\\n，,；;]{0,${OWN_HOME_MAX_CHARS}}(?:居民|业主|住户|村民|租户)`, 'u');

/** Whether the writer speaks of their own household (OWN_HOUSEHOLD). */
export function speaksOfOwnHousehold(text: string): boolean {
  return OWN_HOUSEHOLD.test(text);
}

/** A question that asks for something to be done ("能否延长…？", "是否可以开通…？"): an ask, not a question. */
const ASK_AS_QUESTION = /(?:能否|可否|是否可以|是否能够|可不可以|能不能)(?!谈|介绍|说|讲|透露|分享|回应|解读)/u;

/** The sentences of a text and how many of them are questions (end with ？ or ?) that are no ask (ASK_AS_QUESTION). */
export function questionSentenceShare(text: string): { sentences: number; questions: number } {
  const sentences = text.split(/(?<=[。！!？?；;])|\n+/u).map((x) => x.trim()).filter((x) => /\p{Script=Han}/u.test(x));
  return { sentences: sentences.length, questions: sentences.filter((x) => /[？?]$/u.test(x) && !ASK_AS_QUESTION.test(x)).length };
}

/** How many labelled fields of a citizen's request form (工单编号：, 信访人：) a text's head has. */
export function requestFormFieldCount(head: string): number {
  return (head.match(REQUEST_FORM_FIELD) ?? []).length;
}

/** The N of "…第N条 / 第N项 / 第N点" in a question. */
export function itemOrdinalAsked(question: string): number | undefined {
  return numberedItemAsked(question)?.ordinal;
}

/** A heading's words without its number ("二、工作原则" → 工作原则). */
export function headingWords(heading: string): string {
  return heading.replace(HEADING_MARKER, '').replace(/[\s\p{P}]/gu, '');
}

/** The longest run of Chinese characters a question shares with a heading's words ("…补助方式是怎么变的" and "改变了市级补助方式" → 4). */
export function sharedHeadingRun(question: string, heading: string): number {
  const words = headingWords(heading);
  let best = 0;
  for (let i = 0; i < words.length; i++) {
    for (let j = i + best + 1; j <= words.length && /^\p{Script=Han}+$/u.test(words.slice(i, j)) && question.includes(words.slice(i, j)); j++) best = j - i;
  }
  return best;
}

/**
 * How many of a title's last characters name its document in a question ("…出资指导意见", "…纪要第三项"): the words
 * before an item's number, or a draft named by its title.
 */
export const TITLE_TAIL_CHARS = 4;

/**
 * Marks a writer sets before a line or a sentence to bullet or highlight it ("● 把…纳入改造计划", "…意见很大。★建议明确…",
 * "⇒ 先修排水管"):
 * they carry no words, so the sentence is read (and headed) from the word after them. Not ○ (a zero in "二○二五年"),
 * nor □ ■ (a form's boxes), nor · (inside a transliterated name).
 */
const BULLET_MARK = /(^|[。！!？?；;]\s*)[★☆●◆◇▲△►▶•※→➔➜➤⇒]\s*/gu;

/** The line without the bullet or highlight marks opening it or any of its sentences (BULLET_MARK). */
export function withoutBulletMarks(line: string): string {
  return line.replace(BULLET_MARK, '$1');
}
