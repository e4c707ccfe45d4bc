// The printed parts of a feedback or consultation form (征询意见表, 意见反馈表…): its title, items and their printed
// options, the rating scale, the 填表说明/注 notes, where it is sent and by when — as indexable lines. What a filler
// writes about themselves (name, signature, phone, address, ID, work unit, free-text opinions) and which boxes they
// ticked never reach these lines: a line with a personal field is left out, ticks become the printed option list.
import { splitLines, type Line } from './headings.js';
import { CN_DIGIT } from '../text/numerals.js';

/** One printed part of a form: its items (heading '') or one block of instructions under its own heading. */
export interface PrintedFormPart {
  heading: string;
  lines: string[];
  /** Per line: whether it is a row of a table (cells split by tabs or bars), which a parsed record may already sum up. */
  tableRow: boolean[];
  start: number;
  end: number;
}

/** The heading instruction blocks labelled only 注/说明/备注 are indexed under. */
export const INSTRUCTIONS_HEADING = '填表说明';

/**
 * The most characters a field's label has before its colon ("联系电话：", "楼栋及房号："): a few words. A longer run before
 * a colon is a sentence of the form's text, not a label.
 */
const FIELD_LABEL_MAX_CHARS = 12;
/**
 * The same for a label written after a space on a line of several fields ("姓名：张三 联系电话：…"), where the space
 * splits the cells. Two more than FIELD_LABEL_MAX_CHARS, kept as it stands: one bound for both would change which lines
 * split.
 */
const INLINE_FIELD_LABEL_MAX_CHARS = 14;
/** What an opinion field says it is on ("对本次改造的意见"): a few words between 对 and 的. */
const OPINION_TOPIC_MAX_CHARS = 12;

/** Table cells, and "label：value" fields written one after another on a line ("姓名：张三 电话：…"). */
const CELL_SPLIT = new RegExp(`\\t|\\s*[|｜]\\s*| {2,}|\\u3000{2,}|[ \\u3000]+(?=[^\\s:：，。；]{1,${INLINE_FIELD_LABEL_MAX_CHARS}}[:：])`);
const NUMBERING = String.raw`(?:\d+\s*[.、．)）]|[（(]\d+[）)]|${CN_DIGIT}+、)?\s*`;
const PERSON = '(?:提案|建议|议案|领衔|附议)(?:者|人)|(?:领衔|附议|人大)?代表|(?:政协)?委员|业主|户主|住户|填表人|填写人|填报人|反馈人|投诉人|受访人|受访者|本人|联系人|申请人';
const PERSONAL_LABELS = [
  `(?:${PERSON})?(?:姓名|签名|签字|签章|盖章)`,
  PERSON,
  '(?:联系|手机|固定|家庭|住宅|办公|本人)?(?:电话|手机)(?:号码?)?|联系方式',
  '(?:通讯|通信|家庭|联系|居住|户籍|现)?(?:地址|住址|住所)|邮编|邮政编码',
  '楼栋[^:：]{0,12}|房号|门牌号?|房屋坐落',
  '(?:公民)?身份证件?(?:号码?)?|证件(?:类型|号码?)',
  '工作单位|单位及职务|职务|界别|所在代表团|代表团|年龄|性别|出生年月|民族|政治面貌',
  '电子邮箱|邮箱|E-?mail|微信号?|QQ号?',
].join('|');
/** A whole cell naming a field about the filler, with or without its value: "提案者签名：王明", "联系电话", "住址：". */
const PERSONAL_FIELD = new RegExp(`^${NUMBERING}(${PERSONAL_LABELS})\\s*(?:[:：](.*))?$`, 'i');
/** The filler's own words: "意见及建议：…", "6.其他意见和建议：…" (printed label kept, what is written dropped). */
const OPINION_FIELD = new RegExp(`^(${NUMBERING}(?:其他|具体|对[^:：]{1,${OPINION_TOPIC_MAX_CHARS}}的)?(?:意见(?:[及和与、]建议)?|建议))\\s*(?:[:：](.*))?$`);
/** "注：1. …", "填表说明：", "说明：本表…": the start of the printed instructions. */
const INSTRUCTIONS_LABEL = /^[-•*·\s]*(填表说明|填写说明|填报说明|注意事项|说明|备注|注)\s*([:：])?\s*(.*)$/;
const NUMBERED = new RegExp(String.raw`^[-•*·\s]*(?:\d+\s*[.、．)）]|[（(]\d+[）)]|${CN_DIGIT}+、|[①②③④⑤⑥⑦⑧⑨⑩])`);
/**
 * A cell opening with a field's label: "房号：", "备注：…" — up to FIELD_LABEL_MAX_CHARS of anything but a colon (not
 * boilerplate.ts' FIELD_LABEL, which takes two to six Chinese characters).
 */
const CELL_LABEL = new RegExp(`^[^:：]{1,${FIELD_LABEL_MAX_CHARS}}[:：]`);
/** A box or a tick, not one quoted inside a printed instruction (请打“√”). */
const BOX = /(?<![“"‘'「])[□☐☑☒■▇█√✓✔](?![”"’'」])/g;
const BLANK = /[_＿]{2,}|…{2,}|\.{4,}/g;

function cellsOf(line: string): string[] {
  return line.split(CELL_SPLIT).map((c) => c.trim()).filter((c) => c !== '');
}

function compact(cell: string): string {
  return cell.replace(/\s+/g, '');
}

function personalField(cell: string): { label: string; value: string } | null {
  const m = PERSONAL_FIELD.exec(compact(cell));
  return m ? { label: m[1], value: (m[2] ?? '').replace(BLANK, '').trim() } : null;
}

function boxCount(line: string): number {
  return line.match(BOX)?.length ?? 0;
}

/** A printed cell as text: boxes and ticks become the separators of an option list, fill-in blanks go. */
function printedCell(cell: string): string {
  const text = cell
    .replace(BLANK, '')
    .replace(BOX, '、')
    .replace(/\s*、[\s、]*/g, '、')
    .replace(/([:：（(])、/g, '$1')
    .replace(/^、+|、+$/g, '')
    .replace(/、([）)])/g, '$1')
    .trim();
  if (/^(?:年\s*月\s*日|[\s\p{P}]*)$/u.test(text)) return '';
  return text;
}

function instructionsStart(line: string): { heading: string; rest: string } | null {
  const m = INSTRUCTIONS_LABEL.exec(line);
  if (!m || line.includes('\t')) return null;
  const [, label, colon, rest] = m;
  const bare = label === '注' || label === '备注' || label === '说明';
  if (bare && !colon) return null;
  if (label === '备注' && printedCell(rest) === '') return null;
  return { heading: bare ? INSTRUCTIONS_HEADING : label, rest: rest.trim() };
}

type LineKind = 'blank' | 'instructions' | 'personal' | 'opinion' | 'options' | 'numbered' | 'other';

function kindOf(text: string): LineKind {
  const t = text.trim();
  if (t === '') return 'blank';
  if (instructionsStart(t)) return 'instructions';
  const cells = cellsOf(t);
  if (cells.some((c) => personalField(c))) return 'personal';
  if (cells.some((c) => OPINION_FIELD.test(compact(c)))) return 'opinion';
  if (boxCount(t) >= 2) return 'options';
  return NUMBERED.test(t) ? 'numbered' : 'other';
}

/** A line of values under a label-only line ("提案者签名" / "王明"): short cells, no labels, no boxes. */
function isValueLine(text: string): boolean {
  const cells = cellsOf(text);
  return kindOf(text) === 'other' && cells.every((c) => c.length <= 30 && !/[:：]/.test(c));
}

/** Whether a line with personal fields ends on a label whose value is written on the next line ("提案者签名" / "王明"). */
function valueOnNextLine(text: string): boolean {
  let pending = false;
  for (const cell of cellsOf(text)) {
    const field = personalField(cell);
    if (field) pending = field.value === '';
    else if (!CELL_LABEL.test(cell)) pending = false;
  }
  return pending;
}

/** The printed row: cells joined by spaces, an opinion cell cut to its label. */
function printedRow(text: string): string {
  const out: string[] = [];
  for (const cell of cellsOf(text)) {
    const opinion = OPINION_FIELD.exec(compact(cell));
    if (opinion) {
      out.push(opinion[1]);
      break;
    }
    const printed = printedCell(cell);
    if (printed) out.push(printed);
  }
  return out.join(' ');
}

/** An option line joins the item it answers: "1.您是否同意…？" + "□同意 □不同意" → "…？选项：同意、不同意". */
function withOptions(previous: string | undefined, options: string): string | null {
  if (!previous || !/[？?：:]$/.test(previous)) return null;
  return /[:：]$/.test(previous) ? `${previous}${options}` : `${previous}选项：${options}`;
}

class PartBuilder {
  readonly parts: PrintedFormPart[] = [];
  private current: PrintedFormPart | null = null;

  open(heading: string, start: number): void {
    this.current = { heading, lines: [], tableRow: [], start, end: start };
    this.parts.push(this.current);
  }

  get heading(): string | null {
    return this.current?.heading ?? null;
  }

  add(line: Line, text: string, merge = false): void {
    if (!this.current) this.open('', line.start);
    const part = this.current!;
    const merged = merge ? withOptions(part.lines[part.lines.length - 1], text) : null;
    if (merged) part.lines[part.lines.length - 1] = merged;
    else {
      part.lines.push(text);
      part.tableRow.push(/\t|[|｜]/.test(line.text));
    }
    part.end = line.end;
  }
}

/**
 * The printed parts of the form in text[start, end): the items (heading '') and each instructions block (under its
 * label: 填表说明, 注意事项…; 注/说明/备注 under 填表说明). Lines are kept in order; empty parts are dropped.
 */
export function printedFormParts(text: string, start: number, end: number): PrintedFormPart[] {
  const lines = splitLines(text.slice(start, end)).map((l) => ({ ...l, start: l.start + start, end: l.end + start }));
  const parts = new PartBuilder();
  let skipValues = false;
  let inOpinion = false;
  let lastKind: LineKind = 'blank';
  for (const line of lines) {
    const kind = kindOf(line.text);
    const t = line.text.trim();
    if (kind === 'blank') {
      lastKind = kind;
      continue;
    }
    // Values under a label-only row: one line ("提案者签名" / "王明") or a table's rows, one per person.
    if (skipValues && isValueLine(t)) continue;
    skipValues = false;
    // The filler's free text runs from an opinion label to the next printed structure.
    if (inOpinion && kind === 'other') continue;
    inOpinion = false;
    const inInstructions = parts.heading !== null && parts.heading !== '';
    if (kind === 'instructions') {
      const { heading, rest } = instructionsStart(t)!;
      parts.open(heading, line.start);
      const printed = printedCell(rest);
      if (printed) parts.add(line, printed);
    } else if (kind === 'personal') {
      // Left out whole, labels too: listed, the labels would read as an answer to anything.
      if (inInstructions) parts.open('', line.start);
      skipValues = valueOnNextLine(t);
    } else if (kind === 'opinion') {
      if (inInstructions) parts.open('', line.start);
      parts.add(line, printedRow(t));
      inOpinion = true;
    } else {
      // Instructions go on over numbered lines and the prose lines right under them; a table row or a new
      // paragraph that is not numbered is the form again.
      const continues = kind === 'numbered' || (kind === 'other' && lastKind !== 'blank' && !t.includes('\t'));
      if (inInstructions && !continues) parts.open('', line.start);
      const printed = printedRow(t);
      if (printed) parts.add(line, printed, kind === 'options');
    }
    lastKind = kind;
  }
  return parts.parts.filter((p) => p.lines.length > 0);
}
