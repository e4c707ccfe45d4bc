// Reads a CPPCC proposal (提案) or NPC suggestion (建议): its metadata and its individual suggestions.
// Missing metadata stays null; the draft shows a 【待补充】 placeholder instead of inventing it.
import type { ProposalKind, ProposalMeta, Suggestion } from '../types.js';
import { chineseNumberValue, CN_DIGIT } from '../text/numerals.js';
import { CN_HEADING_NUMBER } from '../text/markers.js';

const STARTS_WITH_CN_HEADING = new RegExp(`^${CN_HEADING_NUMBER}`);

const TITLE_LABEL = /^(?:案\s*由|题\s*目|标\s*题|提案题目|建议题目|提案名称|建议名称|事\s*由)\s*[：:]\s*(.+)$/;
const PROPOSER_LABEL =
  /^(?:领衔提案人|第一提案人|提\s*案\s*人|提案者|联名提案人|附议人|领衔代表|附议代表|联名代表|提出人|建议人|提\s*出\s*者|代\s*表|委\s*员)\s*[：:]\s*(.+)$/;
const NUMBER_LABEL = /(?:提案|建议)?(?:编\s*号|案\s*号|序\s*号)\s*[：:]?\s*(?:第\s*)?([0-9０-９]+)/;
const NUMBER_ORDINAL = /第\s*([0-9０-９]+)\s*号/;
const MEETING =
  /([^\s\d，。：:、（）()“”"《》在于向对第]{0,10}?(?:第?[一二三四五六七八九十\d]+届)[^\s，。：:、（）()“”"《》]{0,8}?(?:第?[一二三四五六七八九十\d]+次)(?:全体会议|会议|大会))/u;
/** Header lines that are metadata, not proposal body ("类别：城建", "联系电话：…"). */
const OTHER_LABEL =
  /^(?:类\s*别|分\s*类|界\s*别|工作单位|单\s*位|联系电话|电\s*话|手\s*机|联系地址|地\s*址|邮\s*编|日\s*期|时\s*间|提交时间|承办单位|主办单位|会办单位|办理单位|会\s*议|届\s*次)\s*[：:]/;
const MEETING_LABEL = /^(?:会\s*议|届\s*次)\s*[：:]\s*(.+)$/;

const SUGGESTION_LEAD = new RegExp(
  `(?:^|[。；;！\\n])\\s*(?:${CN_HEADING_NUMBER}\\s*)?(?:为此|因此|对此|鉴于此|综上)?[，,]?\\s*(?:现|特)?(?:提出|提)?(?:如下|以下|几点|具体|相关|对策|工作|主要)?(?:意见和)?(?:建议|对策|措施|意见)(?:如下|以下)?\\s*[：:]`,
  'u',
);

/** Closing courtesies after the last suggestion ("以上建议，请予采纳。"). */
const CLOSING_LINE = /^(?:以上|特此|妥否|当否|请.{0,8}(?:采纳|研究|办理|考虑|参考))/;

export interface ParsedProposal {
  meta: ProposalMeta;
  suggestions: Suggestion[];
}

export function parseProposal(text: string): ParsedProposal {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\u3000\t ]+/g, ' ').trim());
  const meta = parseMeta(lines);
  const body = bodyText(lines, meta);
  let suggestions = splitSuggestions(body);
  // A proposal that is only a title still gets one section, on the title's subject.
  if (!suggestions.length && meta.title) suggestions = [{ index: 1, topic: topicOf(meta.title), text: meta.title }];
  return { meta, suggestions };
}

function parseMeta(lines: string[]): ProposalMeta {
  const head = lines.filter(Boolean).slice(0, 15);
  const headText = head.join('\n');
  const title = findTitle(lines);
  const number = findNumber(head);
  const meeting = findMeeting(head);
  const { names, role: proposerRole } = findProposers(head);
  const kind = decideKind(headText, meeting, proposerRole);
  const role = proposerRole ?? (names.length ? (kind === '建议' ? '代表' : '委员') : null);
  return { title, number, meeting, proposers: names, role, kind };
}

function findTitle(lines: string[]): string | null {
  // A labelled value that reads as a sentence ("案由：居民上下楼困难。") describes the case; a 关于… line is the title then.
  let sentenceLabel: string | null = null;
  for (const line of lines.slice(0, 30)) {
    const labelled = line.match(TITLE_LABEL);
    if (labelled && /[。！？；]$/.test(labelled[1].trim())) sentenceLabel ??= labelled[1];
    else if (labelled) return cleanTitle(labelled[1]);
  }
  for (const line of lines.slice(0, 15)) {
    if (/^关于.{2,80}$/.test(line) && !/[。；]$/.test(line) && line.length <= 80) return cleanTitle(line);
  }
  if (sentenceLabel) return cleanTitle(sentenceLabel);
  for (const line of lines.slice(0, 15)) {
    const quoted = line.match(/《(关于[^》]{2,80})》/);
    if (quoted) return cleanTitle(quoted[1]);
  }
  return null;
}

function cleanTitle(raw: string): string {
  return raw
    .replace(/^[《“"]+|[》”"]+$/g, '')
    .replace(/[（(]第?\s*\d+\s*号[）)]$/, '')
    .trim();
}

function findNumber(head: string[]): string | null {
  for (const line of head) {
    if (OTHER_LABEL.test(line) && !/编\s*号|案\s*号/.test(line)) continue;
    const labelled = line.match(NUMBER_LABEL);
    // "案号：2025第45号": the leading digits are the year; the ordinal before 号 is the number.
    const ordinal = line.match(NUMBER_ORDINAL);
    const m = labelled && ordinal && ordinal.index! >= labelled.index! ? ordinal : (labelled ?? ordinal);
    if (m) return m[1].normalize('NFKC');
  }
  return null;
}

function findMeeting(head: string[]): string | null {
  for (const line of head) {
    const labelled = line.match(MEETING_LABEL);
    if (labelled) {
      const inner = labelled[1].match(MEETING);
      return (inner ? inner[1] : labelled[1]).trim();
    }
  }
  for (const line of head) {
    const m = line.match(MEETING);
    if (m) return m[1];
  }
  return null;
}

function findProposers(head: string[]): { names: string[]; role: '委员' | '代表' | null } {
  const names: string[] = [];
  let role: '委员' | '代表' | null = null;
  for (const line of head) {
    const m = line.match(PROPOSER_LABEL);
    if (!m) continue;
    if (/代\s*表/.test(line)) role = '代表';
    else if (/委\s*员|提\s*案/.test(line)) role ??= '委员';
    for (const name of splitNames(m[1])) if (!names.includes(name)) names.push(name);
  }
  return { names, role };
}

function splitNames(raw: string): string[] {
  return raw
    .replace(/[（(][^）)]*[）)]/g, ' ')
    .replace(/等\s*[0-9一二三四五六七八九十]*\s*[名位人]?.*$/, '')
    .split(/[、，,；;\s]+/)
    .map((n) => n.replace(/(?:市|区|县|省)?(?:政协|人大)?(?:委员|代表)$/, '').trim())
    .filter((n) => /^[\p{Script=Han}·]{2,5}$/u.test(n));
}

function decideKind(headText: string, meeting: string | null, role: '委员' | '代表' | null): ProposalKind {
  if (meeting && /人大|人民代表大会/.test(meeting)) return '建议';
  if (meeting && /政协|政治协商/.test(meeting)) return '提案';
  if (role === '代表') return '建议';
  if (role === '委员') return '提案';
  if (/第\s*[0-9０-９]+\s*号建议|领衔代表|建议人|人大代表/.test(headText)) return '建议';
  return '提案';
}

/** The proposal text without its header metadata lines. */
function bodyText(lines: string[], meta: ProposalMeta): string {
  const out: string[] = [];
  let inHeader = true;
  for (const line of lines) {
    const isMeta =
      TITLE_LABEL.test(line) ||
      PROPOSER_LABEL.test(line) ||
      OTHER_LABEL.test(line) ||
      (meta.title !== null && line.replace(/[《》]/g, '') === meta.title) ||
      (inHeader && meta.meeting !== null && line.includes(meta.meeting) && line.length <= meta.meeting.length + 20) ||
      (inHeader && /^(?:第\s*[0-9０-９]+\s*号)?\s*(?:提案|建议)?$/.test(line) && line !== '');
    if (isMeta) continue;
    // The body starts at a long line, a sentence or a numbered heading ("一、基本情况").
    if (line.length > 30 || /[。；;！!]$/.test(line) || STARTS_WITH_CN_HEADING.test(line)) inHeader = false;
    out.push(line);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

interface Marker {
  start: number;
  /** Where the item's own text begins (after the marker). */
  contentStart: number;
  value: number;
}

type MarkerFinder = (region: string) => Marker[];

/** Markers found by a pattern whose group 1 is the ordinal; the pattern starts right at the marker. */
function regexMarkers(pattern: RegExp, value: (ordinal: string) => number | undefined = chineseNumberValue): MarkerFinder {
  return (region) =>
    [...region.matchAll(pattern)].map((m) => {
      const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
      return { start, contentStart: (m.index ?? 0) + m[0].length, value: value(m[1]) ?? NaN };
    });
}

const SEPARATOR_BEFORE = String.raw`(?<=^|[。；;！!？?\n：:，,])`;
const LINE_START = String.raw`(?<=^|\n)`;
const CN = `${CN_DIGIT}+`;
const SEQUENCE_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 第三: 3, 然后: 3 };

const MARKER_FINDERS: MarkerFinder[] = [
  regexMarkers(new RegExp(`${SEPARATOR_BEFORE}\\s*(${CN})是\\s*[，,：:]?`, 'gu')),
  regexMarkers(new RegExp(`${SEPARATOR_BEFORE}\\s*第(${CN})[，,、：:]\\s*`, 'gu')),
  regexMarkers(new RegExp(`${LINE_START}\\s*(${CN})\\s*[、．.]\\s*`, 'gu')),
  regexMarkers(new RegExp(`${SEPARATOR_BEFORE}\\s*[（(](${CN})[）)]\\s*`, 'gu')),
  regexMarkers(new RegExp(`${LINE_START}\\s*([0-9０-９]{1,2})\\s*[、．.）)](?![0-9])\\s*`, 'gu')),
  regexMarkers(new RegExp(`${SEPARATOR_BEFORE}\\s*[（(]([0-9０-９]{1,2})[）)]\\s*`, 'gu')),
  regexMarkers(/([①②③④⑤⑥⑦⑧⑨⑩])\s*/gu, (c) => '①②③④⑤⑥⑦⑧⑨⑩'.indexOf(c) + 1),
  // 首先…其次…最后: 最后 closes whatever count came before, so it is numbered when found.
  (region) => {
    const found = regexMarkers(new RegExp(`${SEPARATOR_BEFORE}\\s*(首先|其次|再次|然后|最后)[，,：:]?\\s*`, 'gu'), (w) => SEQUENCE_WORDS[w] ?? 0)(region);
    let count = 0;
    return found.map((m) => (m.value === 0 ? { ...m, value: count + 1 } : ((count = m.value), m)));
  },
];

/** Markers numbered 1, 2, 3… in order; others (a stray "3." inside an item) are skipped. */
function sequentialMarkers(markers: Marker[]): Marker[] {
  const out: Marker[] = [];
  for (const m of markers.sort((a, b) => a.start - b.start)) {
    if (m.value === out.length + 1) out.push(m);
  }
  return out;
}

/** The list whose first item comes earliest wins: it is the outermost level of the enumeration. */
function bestEnumeration(region: string): Marker[] | null {
  let best: Marker[] | null = null;
  for (const find of MARKER_FINDERS) {
    const items = sequentialMarkers(find(region));
    if (items.length < 2) continue;
    if (!best || items[0].start < best[0].start) best = items;
  }
  return best;
}

/** The part of the body that holds the suggestions: after "建议如下：" / "三、几点建议" when there is one. */
function suggestionRegion(body: string): string {
  let cut = -1;
  // The first lead followed by a numbered list wins (a "具体建议：" inside an item must not cut the list);
  // without a list, the last lead followed by some text.
  for (const m of body.matchAll(new RegExp(SUGGESTION_LEAD.source, 'gu'))) {
    const end = (m.index ?? 0) + m[0].length;
    const after = body.slice(end);
    if (bestEnumeration(after)) {
      cut = end;
      break;
    }
    if (after.trim().length > 10) cut = end;
  }
  if (cut < 0) {
    // A heading line naming the proposals part: "三、对策建议", "三、解决办法", "第三部分 几点建议", or just "建议".
    const heading = body.match(
      new RegExp(`(?:^|\\n)\\s*(?:${CN_HEADING_NUMBER}|第${CN_DIGIT}+部分[、：:\\s]?)?\\s*[^\\n。，,]{0,10}(?:建议|对策|措施|办法|举措|思路|路径)\\s*[：:]?\\s*(?:\\n|$)`, 'u'),
    );
    if (heading) cut = (heading.index ?? 0) + heading[0].length;
  }
  const region = cut >= 0 ? body.slice(cut) : body;
  return region.trim() ? region : body;
}

function dropClosingLines(text: string): string {
  return text
    .split('\n')
    .filter((l) => !CLOSING_LINE.test(l.trim()))
    .map(withoutClosingTail)
    .join('\n')
    .trim();
}

/** "……建立维保长效机制。以上建议，请予采纳。": a closing courtesy run on after the last item's own sentence. */
function withoutClosingTail(line: string): string {
  const sentences = line.match(/[^。！!；;]+[。！!；;]*/g) ?? [line];
  let keep = sentences.length;
  while (keep > 1 && CLOSING_LINE.test(sentences[keep - 1].trim())) keep--;
  return sentences.slice(0, keep).join('');
}

export function splitSuggestions(body: string): Suggestion[] {
  const region = suggestionRegion(body);
  const markers = bestEnumeration(region);
  let pieces: string[];
  if (markers) {
    pieces = markers.map((m, i) => region.slice(m.contentStart, i + 1 < markers.length ? markers[i + 1].start : endOfLastItem(region, markers)));
  } else {
    pieces = proposingParagraphs(region === body ? body : region);
  }
  const texts = pieces.map((p) => dropClosingLines(p.replace(/^[\s，,：:；;]+|[\s；;]+$/g, ''))).filter((p) => p.length >= 4);
  if (!texts.length && body.trim()) texts.push(dropClosingLines(body.trim()));
  return texts.map((text, i) => ({ index: i + 1, topic: topicOf(text), text: text.replace(/\s*\n\s*/g, '') }));
}

/**
 * Where the last item ends: the end of the text, except that a list run inline in one paragraph ("第一，…第二，…第三，…")
 * ends with that paragraph; a later paragraph is not part of its last item.
 */
function endOfLastItem(region: string, markers: { start: number }[]): number {
  const first = markers[0].start;
  const last = markers[markers.length - 1].start;
  if (markers.length < 2 || region.slice(first, last).includes('\n')) return region.length;
  const lineEnd = region.indexOf('\n', last);
  // A hard-wrapped line (no final stop) continues on the next one.
  if (lineEnd < 0 || !/[。！!？?；;]\s*$/.test(region.slice(last, lineEnd))) return region.length;
  return lineEnd;
}

const PROPOSING = /建议|希望|呼吁|应当|应该|需要|亟需|亟待|要[加进推建完强落]|请求|恳请/;

/** Fallback for unnumbered proposals: each paragraph proposing something is one suggestion; background paragraphs are left out. */
function proposingParagraphs(text: string): string[] {
  const paragraphs = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length >= 8);
  const proposing = paragraphs.filter((p) => PROPOSING.test(p));
  return proposing.length ? proposing : paragraphs;
}

const TOPIC_MAX = 30;
/** A clause that describes the situation rather than asking for something. */
const SITUATION = /存在|问题|普遍|突出|困难|不足|滞后|缺乏|缺少|较多|严重|现状|目前|当前|近年来|随着|日益|矛盾/;
/** Where a proposal's own ask starts inside a sentence ("……严重影响居民生活，建议市住建局……"). */
const ASK_START = /[，,；;]\s*(?:为此|因此|特此|故)?[，,]?\s*(?:我们|我)?(?:建议|希望|呼吁|恳请|请求)/u;

/**
 * The clause a heading should name: the first sentence, unless it only describes the situation and a later clause
 * of the same text carries the ask (single-paragraph proposals put background first).
 */
function proposingClause(text: string): string {
  const first = text.split(/[。；;！!？?\n]/)[0] ?? text;
  const opening = first.split(/[，,]/)[0];
  if (PROPOSING.test(opening) || !SITUATION.test(first)) return first;
  const ask = ASK_START.exec(text);
  if (!ask) return first;
  const rest = text.slice(ask.index).replace(/^[，,；;\s]*(?:为此|因此|特此|故)?[，,]?\s*(?:我们|我)?/u, '');
  return rest.split(/[。；;！!？?\n]/)[0] ?? first;
}
/** Longer first clauses are cut at their first comma: a heading names the topic, not the whole suggestion. */
const TOPIC_COMMA_CUT = 20;

/** A short phrase for the heading "一、关于{topic}的建议": the item's first clause without framing words. */
export function topicOf(text: string): string {
  let first = proposingClause(text);
  const colon = first.search(/[：:]/);
  if (colon >= 2) first = first.slice(0, colon);
  let topic = first
    .replace(/^关于/u, '')
    .replace(/^(?:我们|我)?(?:建议|希望|呼吁|应当|应该|要|应|请)+[，,：:\s]*/u, '')
    .replace(/^(?:市|区|县)?(?:政府|相关部门|有关部门|主管部门|住建局|住建部门|住房和城乡建设局|住房城乡建设部门)(?:应当|应|要)?(?=[在对加进推建完强落尽积统明同实])/u, '')
    .replace(/^在(?=[^，,]{2,}?中)/u, '')
    .replace(/(?:的)?(?:建议|提案)$/u, '')
    .replace(/[，,、\s]+$/u, '')
    .trim();
  if (topic.length > TOPIC_COMMA_CUT) {
    const comma = topic.search(/[，,]/);
    if (comma >= 4) topic = topic.slice(0, comma);
  }
  if (topic.length > TOPIC_MAX) {
    // Latin-script text is cut at a word boundary, not inside a word.
    const cut = topic.slice(0, TOPIC_MAX);
    const space = /[A-Za-z]$/.test(cut) && /[A-Za-z]/.test(topic[TOPIC_MAX] ?? '') ? cut.lastIndexOf(' ') : -1;
    topic = space > TOPIC_MAX / 2 ? cut.slice(0, space) : cut;
  }
  topic = topic.replace(/(?<=[A-Za-z])\.$/, '');
  return topic || text.slice(0, Math.min(text.length, 12));
}
