// A letter laid out as a form the proposer fills in once an ask: each block the same labelled lines in the same order
// ("现状：… / 原因：… / 建议：…", "群众说：… / 调查发现：… / 故请求：…", "外地经验：… / 本地可学：…"). Each block holds one
// ask, on the line under the label that asks; the labels are the form's, never the ask's words or its topic, and the
// other lines are its background. The form is the letter's asks only when it asks nowhere else: a 希望 or 做法 line of a
// scene or of another city's practice beside a numbered 建议 list or a 建议 section, before the blocks or after them, is
// background, and a block ask that opens a list of its own ("建议：一是…二是…", "采取以下措施" over （1）（2）) is read by the
// ordinary readers.
import { lineLabelSource } from '../../text/boilerplate.js';
import { compiledPerLength } from '../../text/regExp.js';
import { ASKING_LABEL, CLOSING_LINE } from '../../text/clauses.js';
import { listMarkerAt } from '../../text/markers.js';
import { inlineEnumerations } from '../../text/inlineLists.js';

/** Tuning knobs of the form reader. */
export const TEMPLATE_OPTIONS = {
  /** The longest label of a form's line ("去年的回复说", "请市某某局"): a label, not a clause ending in a colon. */
  maxLabelChars: 8,
  /** Fewest blocks (times each label of the form recurs) that make a form. */
  minBlocks: 2,
  /** Fewest different labels a block holds: one label repeated is a list of labelled asks, read elsewhere. */
  minLabelsPerBlock: 2,
};

interface LabelledLine {
  /** The line's index in the body. */
  at: number;
  label: string;
  text: string;
}

/** A short line without a stop or comma: the next block's heading ("楼梯扶手", "问题二"). */
const HEADING_LINE = /^[^，,。；;！!？?]{1,20}$/u;

/**
 * A line opening with a label of at most `maxChars` characters inside a clause (lineLabelSource) and a colon, the label
 * and its text captured.
 */
const labelledLinePattern = compiledPerLength(
  (maxChars) => new RegExp(`${lineLabelSource({ chars: 'inClause', minChars: 1, maxChars })}\\s*(\\S.*)$`, 'u'),
);

/** "调查发现：楼道灯坏了半年…" → label 调查发现 and its text; a label alone on its line ("先说停车：") heads a block. */
function labelledLineOf(line: string, at: number, options = TEMPLATE_OPTIONS): LabelledLine | null {
  const m = labelledLinePattern(options.maxLabelChars).exec(line);
  return m ? { at, label: m[1], text: m[2] } : null;
}

/**
 * The asks of a letter laid out as a form (see the file's head), or [] when it is not one. The form's labels are those
 * recurring at least `minBlocks` times, at least `minLabelsPerBlock` of them; the ask's label is the last of them that
 * asks (ASKING_LABEL), else the last whose line asks (`asks`) in every block. Each of its lines is an ask, with the
 * unlabelled lines that go on from it; between two of them stands another line of the form. `asksIn` tells whether the
 * text after the form's last line asks on its own (a numbered list of asks, a 建议 section or lead), `listsAsks` whether
 * the text before the form's first block lists asks (the letter's opening and header announce the blocks, so a lead
 * there is not enough): then the form is background and [] is returned, as it is when a block's ask opens a list of
 * its own.
 */
export function templateAsks(
  body: string,
  asks: (text: string) => boolean,
  asksIn: (text: string) => boolean,
  listsAsks: (text: string) => boolean,
  options = TEMPLATE_OPTIONS,
): string[] {
  const lines = body.split('\n').map((l) => l.trim());
  const labelled = lines.map((l, i) => labelledLineOf(l, i, options)).filter((l): l is LabelledLine => l !== null);
  const counts = new Map<string, number>();
  for (const l of labelled) counts.set(l.label, (counts.get(l.label) ?? 0) + 1);
  const formLabels = [...counts.keys()].filter((label) => (counts.get(label) ?? 0) >= options.minBlocks);
  if (formLabels.length < options.minLabelsPerBlock) return [];
  const form = labelled.filter((l) => formLabels.includes(l.label));
  const linesOf = (label: string) => form.filter((l) => l.label === label);
  const byLabel = [...formLabels].reverse();
  const askLabel =
    byLabel.find((label) => ASKING_LABEL.test(label)) ?? byLabel.find((label) => linesOf(label).every((l) => asks(l.text)));
  if (!askLabel) return [];
  const askLines = linesOf(askLabel);
  if (askLines.length < options.minBlocks) return [];
  // Each ask closes or opens a block of its own: another line of the form stands between two asks.
  const separated = askLines.every((l, i) => i === 0 || form.some((f) => f.label !== askLabel && f.at > askLines[i - 1].at && f.at < l.at));
  if (!separated) return [];
  const texts = askLines.map((l) => {
    let text = l.text;
    let j = l.at + 1;
    for (; j < lines.length && goesOnFromAsk(lines[j], options); j++) text += lines[j];
    return { text, next: j };
  });
  if (texts.some(({ text, next }) => opensOwnList(text, lines.slice(next).find(Boolean) ?? ''))) return [];
  const last = form[form.length - 1];
  let end = last.at + 1;
  while (end < lines.length && goesOnFromAsk(lines[end], options)) end++;
  let start = form[0].at;
  while (start > 0 && (!lines[start - 1] || headsBlock(lines[start - 1]))) start--;
  if (listsAsks(lines.slice(0, start).join('\n')) || asksIn(lines.slice(end).join('\n'))) return [];
  return texts.map(({ text }) => text);
}

/**
 * "一是…；二是…" within the ask, or a numbered list starting over again right under it ("采取以下措施" over （1）（2）):
 * the ask lists its own items. A next block's numbered heading ("二、…") goes on the blocks' count instead.
 */
function opensOwnList(text: string, nextLine: string): boolean {
  return inlineEnumerations(text).length > 0 || listMarkerAt(nextLine)?.ordinal === 1;
}

/** "一、关于停车", "楼梯扶手": a short line over a block, naming it. */
function headsBlock(line: string): boolean {
  return HEADING_LINE.test(line);
}

/** A line going on from the ask above it: not blank, no label, numbering, closing courtesy or next block's heading. */
function goesOnFromAsk(line: string, options = TEMPLATE_OPTIONS): boolean {
  if (!line || labelledLineOf(line, 0, options) || listMarkerAt(line) || CLOSING_LINE.test(line)) return false;
  return !HEADING_LINE.test(line);
}
