// Heading grammar of 公文 texts: 一、/（一）/1./（1）/第X部分/第X章/第X条 lines, and the heading tree built from them.

import { CN_NUM } from '../text/numerals.js';
import { CHUNK_MAX_CHARS } from './chunkSize.js';
import { NUMBERING } from '../text/markers.js';
import { isIssueLine, isItemLine, isSectionLabel, ITEM_LINE, LIST_ITEM_MARKERS } from '../text/sectionLabels.js';

export { CN_NUM };

export interface HeadingMatch {
  /** Nesting rank: lower is higher up (部分 and 章 1, 节 2, 一、 3, 条 4, （一） 5, 1. 6, （1） 7). */
  rank: number;
  marker: string;
  /** The heading as written (the whole line, or the lead sentence without its 。 for "（一）标题。正文" lines). */
  title: string;
  /** Length of the heading part of the trimmed line (including a trailing 。 of a lead sentence). */
  length: number;
  /** True when text follows the heading on the same line. */
  inline: boolean;
  /** A label or an item line ("【主要做法】", "问题四：…"): it heads a section but stays in the section's text. */
  label?: boolean;
}

const MARKERS: { rank: number; re: RegExp }[] = [
  // A plan is cut into 第X部分 or into 第X章, never both: either is the top level.
  { rank: 1, re: new RegExp(`^${NUMBERING.part}`) },
  { rank: 2, re: new RegExp(`^${NUMBERING.chapterSection}`) },
  { rank: 3, re: new RegExp(`^${NUMBERING.chinese}`) },
  { rank: 4, re: new RegExp(`^${NUMBERING.article}`) },
  { rank: 5, re: LIST_ITEM_MARKERS[0] },
  { rank: 5, re: ITEM_LINE },
  { rank: 6, re: LIST_ITEM_MARKERS[1] },
  { rank: 7, re: LIST_ITEM_MARKERS[2] },
];

const MAX_HEADING_CHARS = 60;
const LABEL_RANK = 3;
/** An issue of bulletins bound together is the top level, above its 一、 sections. */
const ISSUE_RANK = 1;
const MAX_LEAD_CHARS = 40;
const SENTENCE_END = /[。！？!?；;]/;

/** Recognises a heading line; a numbered sentence inside a paragraph (long, 。 in the middle) is not one. */
export function matchHeading(line: string): HeadingMatch | null {
  const markdown = /^(#{1,6})\s+/.exec(line.trim());
  const text = line
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/^\*\*(.+?)\*\*$/, '$1')
    .trim();
  if (text === '' || text.length < 2) return null;
  const prefix = Math.max(0, line.trim().indexOf(text));
  const marked = matchMarkedHeading(text);
  // An item's line ("问题四：维修资金续筹率偏低，仅为23%") states the item: it stays in its section's text, as a label does.
  if (marked && ITEM_LINE.test(text)) return { ...marked, length: 0, inline: true, label: true };
  if (marked) return { ...marked, length: marked.length + prefix };
  // A section label also stays in its section's text (length 0): it says what the text under it is about.
  if (isSectionLabel(text)) return { rank: LABEL_RANK, marker: '', title: text, length: 0, inline: true, label: true };
  if (!markdown) return null;
  // A Markdown heading without a Chinese marker: "#" is the document title, deeper levels are sections.
  const level = markdown[1].length;
  if (level === 1 || [...text].length > MAX_HEADING_CHARS) return null;
  const rank = level === 2 ? 3 : level === 3 ? 5 : 6;
  return { rank, marker: markdown[1], title: text, length: line.trim().length, inline: false };
}

function matchMarkedHeading(text: string): HeadingMatch | null {
  for (const { rank, re } of MARKERS) {
    const m = re.exec(text);
    if (!m) continue;
    const marker = m[0];
    const rest = text.slice(marker.length).trim();
    if (rank === 4 || rank === 1 || rank === 2) {
      // 第X条 is a clause label; 第X章 "第一章 总则" and 第X部分 "第二部分 重点任务" are the whole line.
      if (rank === 4) return { rank, marker, title: marker, length: marker.length, inline: rest !== '' };
      if ([...text].length <= MAX_HEADING_CHARS && !SENTENCE_END.test(text)) {
        return { rank, marker, title: text, length: text.length, inline: false };
      }
      return null;
    }
    if (rest === '') return null;
    const chars = [...text].length;
    const endIdx = text.search(SENTENCE_END);
    if (endIdx === -1 || endIdx === text.length - 1) {
      if (chars > MAX_HEADING_CHARS) return null;
      if (endIdx === text.length - 1 && chars > MAX_LEAD_CHARS) return null;
      const title = endIdx === -1 ? text : text.slice(0, -1);
      return { rank, marker, title, length: text.length, inline: false };
    }
    // "（一）坚持政府统筹，调动各方参与。市政府对……": a short lead sentence followed by the body.
    if (text[endIdx] === '。' && [...text.slice(0, endIdx)].length <= MAX_LEAD_CHARS) {
      return { rank, marker, title: text.slice(0, endIdx), length: endIdx + 1, inline: true };
    }
    return null;
  }
  return null;
}

export interface Line {
  text: string;
  start: number;
  end: number;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    out.push({ text: part, start, end: start + part.length });
    start += part.length + 1;
  }
  return out;
}

export interface HeadingNode {
  title: string;
  marker: string;
  rank: number;
  /** Offset of the heading line in the document text. */
  start: number;
  /** Offset where this heading's own text begins (after the heading). */
  bodyStart: number;
  /** True for "（一）标题。正文……" and "第X条 正文……" lines, where the body starts on the heading line. */
  inline: boolean;
  /** Offset where this heading's section (children included) ends. */
  end: number;
  children: HeadingNode[];
}

/** The word an item line is named by ("问题" of "问题一：…"), or undefined for any other line. */
function itemWord(line: string): string | undefined {
  return isItemLine(line) ? line.trim().replace(new RegExp(`${CN_NUM}.*$`, 'u'), '') : undefined;
}

/**
 * Item lines that are items of a list, not headings: those of a word with two items on consecutive lines ("方案一：每台
 * 18万元。" then "方案二：…", "例一：…" then "例二：…"). Each is the whole item, and the lines around the list speak for
 * all of them ("以上两个方案尚在比选"): cut apart, an item loses them and the next item falls under the one before.
 * Likewise ▲ lines with no text between them ("可申请额外补助2万元：" then "▲低保家庭", "▲特困供养家庭"): a bulleted list,
 * whose lead-in speaks for every bullet; a ▲ line with text under it is a label (SECTION_LABEL).
 */
function oneLineItems(lines: Line[]): Set<number> {
  const filled = lines.filter((l) => l.text.trim() !== '');
  const listed = new Set<string>();
  filled.forEach((line, i) => {
    const word = itemWord(line.text);
    if (word !== undefined && i + 1 < filled.length && itemWord(filled[i + 1].text) === word) listed.add(word);
  });
  const bullet = (i: number) => i >= 0 && i < filled.length && BULLET_LINE.test(filled[i].text);
  const bullets = filled.filter((_, i) => bullet(i) && (bullet(i - 1) || bullet(i + 1)));
  return new Set([...filled.filter((l) => listed.has(itemWord(l.text) ?? '\u0000')), ...bullets].map((l) => l.start));
}

/** A line opening with ▲. */
const BULLET_LINE = /^\s*▲/u;

/** Flat headings found in [from, to) of the text, in order. */
export function findHeadings(text: string, from = 0, to = text.length): HeadingNode[] {
  const found: HeadingNode[] = [];
  const lines = splitLines(text);
  const listItems = oneLineItems(lines);
  // A document no longer than one chunk is read whole: its labels and item lines head no section. Cut into labels, a
  // brief's few lines each lose the words the others hold ("甲区" in one, "物业服务覆盖率" in another), and no part
  // matches a question the whole text answers.
  const readWhole = text.trim().length <= CHUNK_MAX_CHARS;
  const boundIssues = lines.filter((l) => isIssueLine(l.text)).length >= 2;
  for (const line of lines) {
    if (line.start < from || line.start >= to) continue;
    if (line.text.includes('\t') || listItems.has(line.start)) continue;
    const h = boundIssues && isIssueLine(line.text) ? issueHeading(line.text) : matchHeading(line.text);
    if (!h || (h.label && readWhole)) continue;
    const lead = line.text.length - line.text.trimStart().length;
    const start = line.start + lead;
    const bodyStart = h.inline ? start + h.length : line.end;
    found.push({ title: h.title, marker: h.marker, rank: h.rank, start, bodyStart, inline: h.inline, end: to, children: [] });
  }
  return found;
}

/** An issue's line ("第6期（2025年7月15日）") as the heading of that issue in bulletins bound together. */
function issueHeading(line: string): HeadingMatch {
  const title = line.trim();
  return { rank: ISSUE_RANK, marker: '', title, length: title.length, inline: false };
}

/** Nests flat headings by rank and sets each section's end. */
export function buildHeadingTree(flat: HeadingNode[], to: number): HeadingNode[] {
  const roots: HeadingNode[] = [];
  const stack: HeadingNode[] = [];
  for (const node of flat) {
    while (stack.length > 0 && stack[stack.length - 1].rank >= node.rank) stack.pop()!.end = node.start;
    if (stack.length === 0) roots.push(node);
    else stack[stack.length - 1].children.push(node);
    stack.push(node);
  }
  for (const open of stack) open.end = to;
  return roots;
}

export function flattenHeadings(tree: HeadingNode[], path: string[] = []): { node: HeadingNode; path: string[] }[] {
  const out: { node: HeadingNode; path: string[] }[] = [];
  for (const node of tree) {
    const p = [...path, node.title];
    out.push({ node, path: p });
    out.push(...flattenHeadings(node.children, p));
  }
  return out;
}
