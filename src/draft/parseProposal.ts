// Reads a CPPCC proposal (提案) or NPC suggestion (建议): its metadata and its individual suggestions.
// Missing metadata stays null; the draft shows a 【待补充】 placeholder instead of inventing it.
//
// 1. Lines: hard-wrapped lines are joined; a report-style text keeps only its 【提案内容】; withheld fields (【…略】) go; labels are normalised.
// 2. Metadata: title (案由, a 关于… line), number, meeting, proposers (names, count, role), kind.
// 3. Body: the lines after the form header, without header fields.
// 4. Suggestions: the suggestion part only (after 建议如下 / 为此建议 / ××建议， / a 几点建议 heading), split on its
//    list markers; problems, background and an annex (附件：…) are left out.
// 5. No recognisable suggestion: one section on the title's subject, and a notice saying so.
import type { ProposalMeta, Suggestion } from '../types.js';
import { joinHardWrappedLines, listMarkerAt, MENTIONS_ANNEX, withPlainLineMarker } from '../text/index.js';
import { bodyLines, decideKind, findMeeting, findNumber, findTitle, proposalLines } from './proposal/header.js';
import { topicOf } from './proposal/headings.js';
import { findProposers } from './proposal/proposers.js';
import { findSuggestions, isAnnexHeadingLine, SUGGESTION_OPTIONS } from './proposal/suggestions.js';

export { topicOf, headingCoreOf } from './proposal/headings.js';
export { looksLikeProposal, NOT_A_PROPOSAL_MESSAGE } from './proposal/recognise.js';

export interface ParsedProposal {
  meta: ProposalMeta;
  suggestions: Suggestion[];
  /** Set when the text holds no recognisable suggestion and the one section answers the title instead. */
  notice?: string;
}

export const NO_SUGGESTION_NOTICE = '未能从正文中识别出具体建议（如“建议如下”“一是……”），已按案由起草一节答复，请核对。';

export function parseProposal(text: string): ParsedProposal {
  // A text wrapped at a fixed width is read with its wrapped lines joined: "…，三" / "是…" is one 三是.
  // "第一条，…", "其一，…", "1\u3000…", "1.1 …": numberings the list reader does not know are read as the plain marker of their ordinal.
  const lines = proposalLines(joinHardWrappedLines(text)).map(withPlainLineMarker);
  const meta = parseMeta(lines);
  const bodyOf = (from: string[]) => bodyLines(from, meta.title, meta.proposers).join('\n').replace(/\n{3,}/g, '\n\n').trim();
  const body = bodyOf(lines);
  const asks = withoutAnnexAsks(findSuggestions(body).texts, lines, bodyOf);
  const suggestions = asks.map((t, i) => ({ index: i + 1, topic: topicOf(t), text: t }));
  if (suggestions.length) return { meta, suggestions };
  // A proposal without a suggestion part still gets one section, on the subject of its title (or of its first sentence).
  const subject = meta.title ?? body.split(/[。！？\n]/u).find((s) => s.trim().length >= 4)?.trim() ?? body;
  return { meta, suggestions: subject ? [{ index: 1, topic: topicOf(subject), text: subject }] : [], notice: NO_SUGGESTION_NOTICE };
}

/**
 * An annex after the asks (a case, a table, a record of a meeting) supports them; words quoted there ("居民建议：…") ask
 * nothing. So the asks read from the whole text lose those that lie only after the first annex heading, but only when
 * some lie above it: asks found only in the annex are the asks, and a text pointing to its annex ("具体建议见附件")
 * keeps all.
 */
function withoutAnnexAsks(asks: string[], lines: string[], bodyOf: (from: string[]) => string): string[] {
  const at = lines.findIndex((line, i) => i > 0 && isAnnexHeadingLine(line) && !listGoesOnAfter(lines, i));
  if (at < 0 || lines.slice(0, at).some((line) => MENTIONS_ANNEX.test(line))) return asks;
  const above = asWritten(bodyOf(lines.slice(0, at)));
  const kept = asks.filter((ask) => above.includes(openingOf(ask)));
  return kept.length ? kept : asks;
}

/**
 * A table or note set inside the list of asks ("二、…" / "附表：…" / its rows / "三、…"): the first numbered line after
 * the annex line goes on with the numbering of the last one above it, in the same style, so the asks go on below it.
 */
function listGoesOnAfter(lines: string[], at: number): boolean {
  const next = lines.slice(at + 1).map((line) => listMarkerAt(line.trim())).find((m) => m !== undefined);
  if (!next) return false;
  const above = lines.slice(0, at).map((line) => listMarkerAt(line.trim())).filter((m) => m?.style === next.style).pop();
  return above !== undefined && next.ordinal === above.ordinal + 1;
}

/** An ask's opening (asWritten), to be found in the text it was read from. */
function openingOf(ask: string): string {
  return asWritten(ask).slice(0, SUGGESTION_OPTIONS.askOpeningChars);
}

/**
 * Text compared by its words only, without spaces and colons: an ask's lines are joined with a colon ("加强规划引领：
 * 1.编制…") or with none, whatever breaks the text had there.
 */
function asWritten(text: string): string {
  return text.replace(/[\s：:]+/gu, '');
}

function parseMeta(lines: string[]): ProposalMeta {
  const head = lines.filter(Boolean).slice(0, 15);
  const title = findTitle(lines);
  const number = findNumber(head);
  const meeting = findMeeting(head);
  const proposers = findProposers(lines);
  const kind = decideKind(head.join('\n'), meeting, proposers.role);
  const role = proposers.organisation ? null : (proposers.role ?? (proposers.names.length ? (kind === '建议' ? '代表' : '委员') : null));
  const meta: ProposalMeta = { title, number, meeting, proposers: proposers.names, role, kind };
  if (proposers.organisation) meta.organisation = true;
  if (proposers.count > proposers.names.length) meta.proposerCount = proposers.count;
  return meta;
}
