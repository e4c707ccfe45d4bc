import { printedFormParts, type PrintedFormPart } from './formPrinted.js';
import { isFormTitleLine, normalizeDate, splitLines } from './structure.js';

export type Satisfaction = '满意' | '基本满意' | '不满意';

export interface FormRating {
  /** The rated aspect (领导重视, 沟通情况…); null when the form leaves the row unlabelled. */
  item: string | null;
  /** The ticked option (好/较好/差…); null when it cannot be told. */
  value: string | null;
}

/** A 征询意见表 as a structured record: never the proposer's name, signature or phone. */
export interface FeedbackForm {
  title: string;
  proposalNumber: string | null;
  proposalTitle: string | null;
  receivedDate: string | null;
  ratings: FormRating[];
  satisfaction: Satisfaction | null;
  /** The printed scale of the work rating (好/较好/差…), as the form prints it. */
  ratingScale: string[];
  /** The printed options of the result rating (满意/基本满意/不满意). */
  resultOptions: Satisfaction[];
  /** The printed notes under the form (注：1. … 2. …): who sends it where, what must be filled in. */
  notes: string[];
  /** The printed text of the form (items, options, instructions) with every field about the filler left out. */
  printed: PrintedFormPart[];
  /** Offsets of the form (with its 附件 label and notes) in the document text. */
  start: number;
  end: number;
}

const CHECKED = /^[√✓✔☑■☒▇█]$/;
const CHECK_ANYWHERE = /[√✓✔☑■☒]/;

function cells(line: string): string[] {
  return line.split('\t').map((c) => c.trim());
}

function satisfactionOf(label: string): Satisfaction | null {
  const t = label.replace(/\s+/g, '');
  if (t.includes('不满意')) return '不满意';
  if (t.includes('基本满意')) return '基本满意';
  if (t.includes('满意')) return '满意';
  return null;
}

const ATTACHMENT_LABEL = /^附\s*件\s*\d*\s*[:：]?\s*$/;

function findRegions(text: string): { start: number; end: number; title: string }[] {
  const lines = splitLines(text);
  const starts: { start: number; title: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isFormTitleLine(lines[i].text)) continue;
    const label = lines
      .slice(Math.max(0, i - 3), i)
      .reverse()
      .find((l) => l.text.trim() !== '');
    const start = label && ATTACHMENT_LABEL.test(label.text.trim()) ? label.start : lines[i].start;
    starts.push({ start, title: lines[i].text.trim() });
  }
  return starts
    .map((s, i) => ({ ...s, end: i + 1 < starts.length ? starts[i + 1].start : text.length }))
    .filter((r) => looksLikeForm(text.slice(r.start, r.end)));
}

/** A form title followed by a filled-in table, not just a mention of the form in a sentence or list. */
function looksLikeForm(body: string): boolean {
  return (/\t/.test(body) || /[√✓✔☑☐□]/.test(body)) && /编号|评价|满意|签名|签字/.test(body);
}

const SCALE_WORD = /^(?:好|较好|一般|差|很好|优|良|中|不好|较差)$/;

/** The printed rating scale (the header row of 好/较好/差 cells). */
function parseRatingScale(rows: string[][]): string[] {
  for (const row of rows) {
    const scale = row.filter((c) => SCALE_WORD.test(c));
    if (scale.length >= 2) return scale;
  }
  return [];
}

/** The printed options of the result rating, from the row that offers 满意 … 不满意. */
function parseResultOptions(rows: string[][]): Satisfaction[] {
  for (const row of rows) {
    const options = row.map(satisfactionOf).filter((o): o is Satisfaction => o !== null);
    if (options.includes('满意') && options.includes('不满意')) return [...new Set(options)];
  }
  return [];
}

const NOTE_START = /^[-•\s]*注\s*[:：]/;
const NOTE_ITEM = /^[-•\s]*\d+\s*[.、．]/;
/** A line that carries the filler's own data is never kept, even inside the notes. */
const PERSONAL_FIELD = /签名|签字|联系电话|手机|电话[:：]/;

/** The printed notes: the 注： line and the numbered lines that follow it. */
function parseNotes(body: string): string[] {
  const lines = splitLines(body).map((l) => l.text.trim());
  const start = lines.findIndex((l) => NOTE_START.test(l));
  if (start === -1) return [];
  const notes = [lines[start]];
  for (const line of lines.slice(start + 1)) {
    if (line === '') continue;
    if (!NOTE_ITEM.test(line)) break;
    notes.push(line);
  }
  return notes.map((l) => l.replace(/^[-•\s]+/, '')).filter((l) => !PERSONAL_FIELD.test(l));
}

function parseRatings(rows: string[][]): FormRating[] {
  const ratings: FormRating[] = [];
  let options: string[] | null = null;
  for (const row of rows) {
    const nonEmpty = row.filter((c) => c !== '');
    const isOptionHeader = nonEmpty.length >= 3 && nonEmpty.slice(1).every((c) => /^(?:好|较好|一般|差|很好|优|良|中|不好|较差)$/.test(c));
    if (isOptionHeader) {
      options = nonEmpty.slice(1);
      continue;
    }
    if (!options) continue;
    const markIdx = row.findIndex((c) => CHECKED.test(c));
    if (markIdx === -1) {
      if (nonEmpty.length > 0) options = null;
      continue;
    }
    const labelIdx = row.findIndex((c, i) => i < markIdx && c !== '' && !CHECKED.test(c));
    const item = labelIdx === -1 ? null : row[labelIdx];
    const base = labelIdx === -1 ? 0 : labelIdx;
    ratings.push({ item, value: options[markIdx - base - 1] ?? null });
  }
  return ratings;
}

function parseSatisfaction(rows: string[][], flat: string): Satisfaction | null {
  for (let i = 0; i < rows.length - 1; i++) {
    const header = rows[i];
    if (!header.some((c) => satisfactionOf(c) === '不满意') || !header.some((c) => satisfactionOf(c) === '满意')) continue;
    const marks = rows[i + 1];
    const markIdx = marks.findIndex((c) => CHECKED.test(c));
    if (markIdx === -1) return null;
    for (let j = Math.min(markIdx, header.length - 1); j >= 0; j--) {
      const s = satisfactionOf(header[j]);
      if (s) return s;
    }
  }
  // "□满意 ☑不满意" puts each box before its option, "满意 ☑ 不满意 □" after it: the empty boxes tell which.
  const boxesFirst = /[□☐][ ]*(?:不满意|基本满意|满意)/.test(flat);
  const inline = boxesFirst
    ? /[√✓✔☑■☒][ ]*(不满意|基本满意|满意)/.exec(flat)
    : /(不满意|基本满意|满意)[ ]*[:：]?[ ]*[√✓✔☑■☒]|[√✓✔☑■☒][ ]*(不满意|基本满意|满意)/.exec(flat);
  return inline ? ((inline[1] ?? inline[2]) as Satisfaction) : null;
}

function cellAfter(rows: string[][], label: RegExp): string | null {
  for (const row of rows) {
    const idx = row.findIndex((c) => label.test(c));
    if (idx === -1) continue;
    const cell = row[idx];
    const m = label.exec(cell);
    const inline = m ? cell.slice(m.index + m[0].length).replace(/^[:：\s]+/, '') : '';
    if (inline !== '') return inline;
    const next = row.slice(idx + 1).find((c) => c !== '');
    return next ?? null;
  }
  return null;
}

/** Finds 征询意见表-style feedback forms and turns each into a record without personal data. */
export function parseFeedbackForms(text: string): FeedbackForm[] {
  return findRegions(text).map(({ start, end, title }) => {
    const body = text.slice(start, end);
    const rows = splitLines(body).map((l) => cells(l.text));
    const numberCell = cellAfter(rows, /^(?:提案|建议|议案)编号\s*[:：]?/);
    const received = cellAfter(rows, /答复日期\s*[:：]?/);
    return {
      title,
      proposalNumber: numberCell ? (/\d+/.exec(numberCell)?.[0] ?? null) : null,
      proposalTitle: cellAfter(rows, /^(?:提案|建议|议案)(?:标题|名称|题目)\s*[:：]?/),
      receivedDate: normalizeDate(received?.replace(/^(\d{2})年/, '20$1年')),
      ratings: parseRatings(rows),
      satisfaction: CHECK_ANYWHERE.test(body) ? parseSatisfaction(rows, body) : null,
      ratingScale: parseRatingScale(rows),
      resultOptions: parseResultOptions(rows),
      notes: parseNotes(body),
      printed: printedFormParts(text, start, end),
      start,
      end,
    };
  });
}

/** The personal-data-free text a form chunk carries. */
export function describeForm(form: FeedbackForm): string {
  const parts: string[] = [];
  const about = form.proposalNumber ? `（第${form.proposalNumber}号）` : '';
  parts.push(`${form.title}${about}`);
  if (form.proposalTitle) parts.push(`标题：${form.proposalTitle}`);
  if (form.receivedDate) parts.push(`收到答复日期：${form.receivedDate}`);
  if (form.ratings.length > 0) {
    const rated = form.ratings.map((r, i) => `${r.item ?? `第${i + 1}项`}：${r.value ?? '未能识别'}`).join('，');
    parts.push(`对办理工作的评价：${rated}`);
  }
  if (form.satisfaction || form.resultOptions.length) parts.push(`对办理结果的评价：${form.satisfaction ?? '未填写'}`);
  const printed: string[] = [];
  const items = form.ratings.map((r) => r.item).filter((i): i is string => i !== null);
  if (items.length) printed.push(`评价办理工作的方面：${items.join('、')}`);
  if (form.ratingScale.length) printed.push(`评价等次：${form.ratingScale.join('、')}`);
  if (form.resultOptions.length) printed.push(`办理结果评价选项：${form.resultOptions.join('、')}`);
  const lines = [`${parts.join('；')}。`];
  if (printed.length) lines.push(`${printed.join('；')}。`);
  // The printed notes are not repeated here: they are indexed under their own heading (see form.printed).
  return lines.join('\n');
}
