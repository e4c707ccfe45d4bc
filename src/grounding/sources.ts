// How a source document is named to a reader: one label, in prose (answers, drafts) or in a source list (Slack, console).
import type { Chunk, Citation } from '../types.js';
import { inBookTitleMarks } from '../text/bookTitles.js';

/** 文号 compared loosely: spaces dropped and the bracket variants 〔〕[]［］() written alike. */
function comparableNumber(text: string): string {
  return text.replace(/\s+/g, '').replace(/[〔［\[（(]/g, '〔').replace(/[〕］\]）)]/g, '〕');
}

/**
 * How a source is named. In prose (answers, drafts): "《标题》（许建政协〔2020〕13号）", the 文号 not repeated when the
 * title holds it. In a source list (Slack context, console): "标题 · 文号 · 章节", the parts that are present.
 */
export function sourceLabel(source: Pick<Chunk, 'title' | 'number'> & { section?: string }, form: 'prose' | 'list' = 'prose'): string {
  if (form === 'list') return [source.title, source.number, source.section].filter((part) => part && part.trim()).join(' · ');
  const number = source.number?.trim();
  const title = inBookTitleMarks(source.title);
  if (!number || comparableNumber(source.title).includes(comparableNumber(number))) return title;
  return `${title}（${number}）`;
}

/** "[1] 标题 · 文号 · 章节" for each citation, in order. */
export function sourceLabels(citations: Citation[]): string[] {
  return citations.map((c) => `[${c.n}] ${sourceLabel(c, 'list')}`);
}
