// Plain-text and Markdown renderings of drafts and outlines (CLI output, Slack markdown blocks).
import type { Citation, Draft, Outline } from '../types.js';
import { sourceLabel } from '../grounding/sources.js';

/** Every citation of a draft once, by number. */
export function draftCitations(draft: Draft): Citation[] {
  const all = [...(draft.backgroundCitations ?? []), ...draft.sections.flatMap((s) => s.citations), ...draft.nextSteps.citations];
  const byNumber = new Map<number, Citation>();
  for (const c of all) if (!byNumber.has(c.n)) byNumber.set(c.n, c);
  return [...byNumber.values()].sort((a, b) => a.n - b.n);
}

export function sourceLine(c: Citation): string {
  return `[${c.n}] ${sourceLabel(c)}${c.section ? ` ${c.section}` : ''}：${c.quote}`;
}

const SOURCES_HEADING = '起草依据（定稿时删除）：';

function bodyLines(draft: Draft): string[][] {
  return [
    [draft.salutation, draft.opening],
    ...(draft.background ? [[draft.background]] : []),
    ...draft.sections.map((s) => [s.heading, ...s.paragraphs]),
    [draft.nextSteps.heading, ...draft.nextSteps.paragraphs],
    [draft.closing],
  ];
}

export function renderDraftText(draft: Draft): string {
  const blocks: string[] = [draft.title, ...bodyLines(draft).map((lines) => lines.join('\n'))];
  if (draft.signOff?.length) blocks.push(draft.signOff.join('\n'));
  blocks.push([...draft.contact, ...(draft.cc ? [draft.cc] : [])].join('\n'));
  const sources = draftCitations(draft);
  if (sources.length) blocks.push([SOURCES_HEADING, ...sources.map(sourceLine)].join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

export function renderDraftMarkdown(draft: Draft): string {
  const out: string[] = [`## ${draft.title}`, '', draft.salutation, '', draft.opening, ''];
  if (draft.background) out.push(draft.background, '');
  for (const section of [...draft.sections, draft.nextSteps]) {
    out.push(`**${section.heading}**`, '');
    for (const p of section.paragraphs) out.push(p, '');
  }
  out.push(draft.closing, '');
  if (draft.signOff?.length) out.push(draft.signOff.join('  \n'), '');
  out.push([...draft.contact, ...(draft.cc ? [draft.cc] : [])].join('  \n'), '');
  const sources = draftCitations(draft);
  if (sources.length) out.push(`**${SOURCES_HEADING}**`, '', ...sources.map((c) => `- ${sourceLine(c)}`), '');
  return out.join('\n');
}

function outlineSourceLine(c: Citation): string {
  return `${sourceLabel(c)}${c.section ? ` ${c.section}` : ''}`;
}

export function renderOutlineText(outline: Outline): string {
  const lines: string[] = [`【提纲】${outline.title}`, '', outline.salutation, outline.opening, ''];
  for (const section of outline.sections) {
    lines.push(section.heading);
    for (const point of section.points) {
      lines.push(`  · ${point.point}`);
      for (const c of point.sources) lines.push(`      来源[${c.n}]：${outlineSourceLine(c)}`);
    }
    lines.push('');
  }
  const [nextHeading, ...nextItems] = outline.nextSteps;
  if (nextHeading) lines.push(nextHeading, ...nextItems.map((i) => `  · ${i}`), '');
  lines.push(...outline.contact);
  return `${lines.join('\n')}\n`;
}

export function renderOutlineMarkdown(outline: Outline): string {
  const out: string[] = [`## 【提纲】${outline.title}`, '', outline.salutation, '', outline.opening, ''];
  for (const section of outline.sections) {
    out.push(`**${section.heading}**`, '');
    for (const point of section.points) {
      out.push(`- ${point.point}`);
      for (const c of point.sources) out.push(`  - 来源[${c.n}]：${outlineSourceLine(c)}`);
    }
    out.push('');
  }
  const [nextHeading, ...nextItems] = outline.nextSteps;
  if (nextHeading) out.push(`**${nextHeading}**`, '', ...nextItems.map((i) => `- ${i}`), '');
  out.push(outline.contact.join('  \n'), '');
  return out.join('\n');
}
