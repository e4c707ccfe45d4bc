// Items a document numbers inside one of its sections, where the chunker does not cut: decimal clause numbers
// ("2.1基本补助。…", "6.1.2 每日12时至…"), enclosed numerals ("⒊低层业主协调情况。…", "㈢关于市级补助资金拨付",
// "④违规时段施工问题突出。…"), a reply's "二是关于缩短审批时限。…" paragraphs, and numbered lines too long to head a
// section ("3.对困难家庭已有保障措施，…"). Cut apart, a list loses the lines that speak for all of its items (tried four
// times: answers were lost); named, a quote can still say which item it is from.
import { LINE_NUMBERING } from './markers.js';
import { CN_DIGIT, MEASURE_WORDS } from './numerals.js';

/**
 * An item number at the start of a line: a decimal clause number of two to four levels that is no figure ("2.5万元",
 * "1.62万户"), an enclosed numeral (⒈–⒛, ①–⑳, ⑴–⒇, ㈠–㈩), "X是关于" (a reply answering a proposal's points one by one;
 * "一是加快…" is a point of running text, not an item), or a line's own numbering (LINE_NUMBERING).
 */
const ITEM_NUMBER = new RegExp(
  `^(?:\\d{1,2}(?:[.．]\\d{1,2}){1,3}(?!\\d)(?![ \\t\\u3000]*(?:${MEASURE_WORDS}))|[\\u2460-\\u249b\\u3220-\\u3229]|${CN_DIGIT}{1,3}是(?=关于)|${LINE_NUMBERING})`,
  'u',
);

/** The longest opening kept with an item's number ("2.1基本补助"); a longer one is a sentence, so the number stands alone. */
export const ITEM_TITLE_MAX_CHARS = 20;

/** An item's opening: its words up to the first clause end ("基本补助。…", "甲区资金拨付缓慢，…"), or the whole line. */
const OPENING_CLAUSE = /^[^，,。；;：:！？!?]+/u;

export interface ItemLabel {
  /** How a citation names the item: "2.1基本补助", "⒊低层业主协调情况", "6.1.2". */
  label: string;
  /** Its number alone ("2.1", "⒊", "二是"). */
  number: string;
  /** The line is the label alone ("㈢关于市级补助资金拨付"): it names the lines under it as well. */
  titleOnly: boolean;
}

/** The item a line opens ("2.1基本补助。2025年3月1日以后…" → "2.1基本补助"), or null for any other line. */
export function itemLabelOf(line: string): ItemLabel | null {
  const text = line.trim();
  const number = ITEM_NUMBER.exec(text)?.[0];
  if (!number) return null;
  const rest = text.slice(number.length);
  const opening = OPENING_CLAUSE.exec(rest.trimStart())?.[0].trim() ?? '';
  if (!opening || [...opening].length > ITEM_TITLE_MAX_CHARS) return { label: number, number, titleOnly: false };
  const space = rest.slice(0, rest.length - rest.trimStart().length);
  return { label: `${number}${space}${opening}`, number, titleOnly: `${space}${opening}` === rest.replace(/[。：:]$/u, '') };
}

/**
 * The item a passage's text at `offset` belongs to: the item its line opens, else the nearest item line above that is
 * a label alone ("㈢关于市级补助资金拨付" over its paragraphs). An item line with text of its own ("①A市进度明显滞后。…")
 * names that line only: an unnumbered line after a list speaks for the list.
 */
export function itemAt(text: string, offset: number): ItemLabel | null {
  const lines = text.slice(0, offset).split('\n');
  const own = itemLabelOf(`${lines.pop() ?? ''}${text.slice(offset).split('\n')[0]}`);
  if (own) return own;
  for (const line of lines.reverse()) {
    const item = itemLabelOf(line);
    if (item) return item.titleOnly ? item : null;
  }
  return null;
}
