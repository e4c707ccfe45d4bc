// ★ Precedents: the earlier replies in the library most like this proposal, and what they promised under 下步, so the
// drafter keeps the bureau's line consistent and can report what has been done since.
import type { Chunk, Precedent, ProposalMeta, Suggestion } from '../types.js';
import { stripListMarker } from '../text/markers.js';
import { INVITES_FEEDBACK } from '../text/boilerplate.js';
import { inBookTitleMarks } from '../text/bookTitles.js';
import { SECTION_SEPARATOR } from '../text/sectionPath.js';
import { FORWARD_SENTENCE, namesPlans } from '../text/plans.js';
import { shortQuote } from '../grounding/passages.js';
import { chunksOfDocument, keyTermsOf, profileOf, proposalQuery, themeTermsOf, type EvidenceContext } from './evidence.js';
import { coverageOf, weighWording } from './gate.js';
import { quotableSentences } from './quotable.js';

const LEAD_IN = /^[^：:]{0,60}(?:以下|如下)[^：:]{0,10}[：:]/u;

/**
 * What a reply promised: the sentences (or list points) of its 下步 sections without lead-ins and list markers; a reply
 * without such a section, its forward-looking sentences ("下一步，我局将…"). Formula lines under 下步 ("附言：如您对本答复有
 * 不同意见…", "请随时与我们联系") invite feedback; they promise nothing.
 */
export function promisesOf(chunks: Chunk[], max: number, maxChars: number): string[] {
  const inSection = (c: Chunk) => namesPlans(c.sectionPath.split(SECTION_SEPARATOR)[0] ?? '', true);
  const hasSection = chunks.some(inSection);
  const out: string[] = [];
  for (const chunk of chunks) {
    if (hasSection && !inSection(chunk)) continue;
    for (const sentence of quotableSentences(chunk.text)) {
      if (INVITES_FEEDBACK.test(sentence)) continue;
      if (!hasSection && !FORWARD_SENTENCE.test(sentence)) continue;
      const promise = stripListMarker(sentence.replace(LEAD_IN, '')).trim();
      if (promise.length < 6 || out.includes(promise)) continue;
      out.push(shortQuote(promise, maxChars));
      if (out.length >= max) return out;
    }
  }
  return out;
}

/** Title, headings and text of a document, the title and headings counted twice (they say what it is about). */
function documentContexts(chunks: Chunk[]): { about: string; all: string } {
  const headings = [...new Set(chunks.map((c) => c.sectionPath).filter(Boolean))].join('\n');
  const about = `${chunks[0]?.title ?? ''}\n${headings}`;
  return { about, all: `${about}\n${chunks.map((c) => c.text).join('\n')}` };
}

/**
 * Earlier replies like this proposal:
 * 1. Search the replies with the proposal's title and suggestion topics.
 * 2. Weigh those words over the candidate documents; a document's score is the mean coverage of its title and headings
 *    and of its whole text; both it and the coverage of the distinctive words must clear the floors.
 * 3. Keep replies from before `beforeYear` (when the proposal's year is known), the bureau's own first, best first.
 * 4. List what each promised under its 下步 sections.
 */
export async function findPrecedents(ctx: EvidenceContext, meta: ProposalMeta, suggestions: Suggestion[], beforeYear?: number): Promise<Precedent[]> {
  const t = ctx.tuning;
  const query = proposalQuery(meta, suggestions);
  if (!query) return [];
  const hits = await ctx.search.search(query, { k: t.precedentSearchK, kind: 'reply' });
  const docs = [...new Set(hits.map((h) => h.chunk.docId))].map((docId) => ({ docId, chunks: chunksOfDocument(ctx, docId) })).filter((d) => d.chunks.length);
  if (!docs.length) return [];
  const contexts = docs.map((d) => documentContexts(d.chunks));
  const { terms, absent } = weighWording(query, contexts.map((c) => c.all));
  const keyTerms = keyTermsOf(terms, absent, themeTermsOf(meta.title, suggestions), t.absentTermFactor);
  const precedents: Precedent[] = [];
  docs.forEach(({ docId, chunks }, i) => {
    const score = (coverageOf(terms, contexts[i].about) + coverageOf(terms, contexts[i].all)) / 2;
    if (score < t.minPrecedentScore || coverageOf(keyTerms, contexts[i].all) < t.minPrecedentDistinctive) return;
    const profile = profileOf(ctx, chunks[0]);
    if (beforeYear !== undefined && profile.year !== null && profile.year > beforeYear) return;
    precedents.push({
      docId,
      title: profile.title,
      number: profile.number ?? profile.proposalNumber,
      year: profile.year,
      score: Math.round(score * 100) / 100,
      promises: promisesOf(chunks, t.maxPromises, t.maxPromiseChars),
      own: profile.own,
    });
  });
  return precedents.sort((a, b) => Number(b.own) - Number(a.own) || b.score - a.score).slice(0, t.maxPrecedents);
}

export const PRECEDENTS_HEADING = '历年类似提案及答复';

function precedentLine(p: Precedent, i: number): string {
  const facts = [p.number, p.year ? `${p.year}年` : null, `相似度 ${p.score.toFixed(2)}`].filter(Boolean).join('，');
  return `${i + 1}. ${inBookTitleMarks(p.title)}（${facts}）`;
}

/** 「历年类似提案及答复」 for the outline and draft text (plain). */
export function renderPrecedentsText(precedents: Precedent[]): string {
  if (!precedents.length) return `${PRECEDENTS_HEADING}\n（文档库中没有足够相似的往年答复）`;
  const lines = [PRECEDENTS_HEADING];
  precedents.forEach((p, i) => {
    lines.push(precedentLine(p, i));
    lines.push(p.promises.length ? `   当时的下步承诺：${p.promises.map((x, j) => `（${j + 1}）${x}`).join('')}` : '   当时的下步承诺：（该答复没有下步工作部分）');
  });
  return lines.join('\n');
}

/** The same for Slack markdown. */
export function renderPrecedentsMarkdown(precedents: Precedent[]): string {
  if (!precedents.length) return `*${PRECEDENTS_HEADING}*\n（文档库中没有足够相似的往年答复）`;
  const lines = [`*${PRECEDENTS_HEADING}*`];
  precedents.forEach((p, i) => {
    lines.push(precedentLine(p, i));
    for (const promise of p.promises) lines.push(`    • ${promise}`);
  });
  return lines.join('\n');
}
