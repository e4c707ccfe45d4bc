// How / what-measures questions: the points of the list that answers them ("一是……二是……三是……").
import type { Chunk } from '../../../types.js';
import { BOILERPLATE } from '../../../text/boilerplate.js';
import { findEnumerations, markerOf, splitAtInlineMarkers, type Enumeration, type Unit } from '../../../text/markers.js';
import { SECTION_SEPARATOR } from '../../../text/sectionPath.js';
import { splitSentences } from '../../../text/sentences.js';
import { normalizeForMatch } from '../../../text/simplify.js';
import type { Passage } from '../../../grounding/passages.js';
import { chunksOfDocument, composeWithAdded, passageRegistry, type ExtractiveAnswer, type Quoted } from '../compose.js';
import { HAS_FIGURE, statesFigure } from '../../../text/askedFigure.js';
import { unique } from '../questionAnalysis.js';
import { strongCandidatePassages, type ExtractiveOptions, type ScoredPassages } from '../scoring.js';
import { isHeadingLike, leadingClauses, trimLongSentence } from '../sentenceFilters.js';
import { coverage, docAwareTerms, matchStrength, type WeightedTerm } from '../termWeights.js';
import type { OfflineTuning } from '../tuning.js';

/** Where a unit of a section's text comes from. */
interface SectionUnit {
  passage: Passage;
}

/**
 * The section whose list a passage belongs to: its own, or its parent when the passage's section is itself a point
 * ("二、工作原则 > (一)坚持政府统筹" is point (一) of "二、工作原则").
 */
function listSectionPath(sectionPath: string): string {
  const parts = sectionPath.split(SECTION_SEPARATOR);
  return parts.length > 1 && markerOf(parts[parts.length - 1]) ? parts.slice(0, -1).join(SECTION_SEPARATOR) : sectionPath;
}

/** The chunks of a list's section, subsections included (contiguous neighbours when the document has no headings). */
function sectionChunks(passage: Passage, passages: Passage[], options: ExtractiveOptions): Chunk[] {
  const { docId, ordinal } = passage.chunk;
  const path = listSectionPath(passage.chunk.sectionPath);
  const all = chunksOfDocument(docId, passages, options.chunksOf);
  const inSection = (c: Chunk) => c.sectionPath === path || (path !== '' && c.sectionPath.startsWith(path + SECTION_SEPARATOR));
  const same = [...all].filter(inSection).sort((a, b) => a.ordinal - b.ordinal);
  return path ? same : same.filter((c) => Math.abs(c.ordinal - ordinal) <= 2);
}

/** The section's sentences in order, split where a list starts mid-sentence, each tied to its (possibly new) passage. */
function sectionUnits(chunks: Chunk[], passageOf: (chunk: Chunk) => Passage): Unit<SectionUnit>[] {
  const units: Unit<SectionUnit>[] = [];
  // Chunks may overlap: a sentence seen in the previous chunk is not repeated.
  const seen = new Set<string>();
  for (const chunk of chunks) {
    const passage = passageOf(chunk);
    for (const s of splitSentences(chunk.text)) {
      if (isHeadingLike(s.text, passage) || BOILERPLATE.test(s.text)) continue;
      for (const text of splitAtInlineMarkers(s.text)) {
        const norm = normalizeForMatch(text);
        if (seen.has(norm)) continue;
        seen.add(norm);
        units.push({ text, source: { passage } });
      }
    }
  }
  return units;
}

/** Terms found across the document's sections (its place, its subject): they say which document, not which point. */
function documentWideTerms(terms: WeightedTerm[], passage: Passage, passages: Passage[], options: ExtractiveOptions): string[] {
  const chunks = chunksOfDocument(passage.chunk.docId, passages, options.chunksOf);
  const sections = new Map<string, string>();
  for (const c of chunks) sections.set(c.sectionPath, `${sections.get(c.sectionPath) ?? ''}${normalizeForMatch(c.text)}`);
  const needed = Math.max(2, Math.ceil(sections.size / 2));
  return terms.filter((w) => [...sections.values()].filter((text) => matchStrength(w, text) >= w.credit.synonym).length >= needed).map((w) => w.norm);
}

/** A point as quoted pieces: its lead, and when the lead only names the measure, the detail that best fills it in. */
function quotePoint(units: Unit<SectionUnit>[], terms: WeightedTerm[], budget: number, t: OfflineTuning): Quoted[] {
  const [lead, ...rest] = units;
  if (lead.text.length > t.shortLeadChars || !rest.length) return [{ passage: lead.source.passage, text: leadingClauses(lead.text, budget) }];
  // Among the details: the best covered, a figure preferred, earlier ones first on a tie.
  const detailScore = (u: Unit<SectionUnit>, i: number) =>
    coverage(terms, normalizeForMatch(u.text)) + (statesFigure(u.text) ? t.detailFigureBonus : 0) - t.detailOrderPenalty * i;
  const detail = rest.map((u, i) => ({ u, score: detailScore(u, i) })).sort((a, b) => b.score - a.score)[0].u;
  const room = Math.max(40, budget - lead.text.length);
  const trimmed = detail.text.length <= room ? detail.text : trimLongSentence(detail.text, terms, HAS_FIGURE, room);
  // A sentence with no clause break short enough to trim at is cut after its first clauses instead.
  const text = trimmed.length <= room * 1.2 ? trimmed : leadingClauses(detail.text, room);
  return [
    { passage: lead.source.passage, text: lead.text },
    { passage: detail.source.passage, text },
  ];
}

/**
 * "A的改造资金是怎么筹措的？": when the best evidence sits in a section that lists its measures (一是……二是……), the
 * answer is the list — introduction, then each point's lead and key detail, each cited — rather than one sentence.
 * A question about one of the points ("公益性基础设施项目的资金怎么安排？") keeps the focused answer.
 */
export function answerWithEnumeration({ questionTerms, passages, scored, options, evidence, t }: ScoredPassages): ExtractiveAnswer | undefined {
  const best = scored[0];
  const terms = docAwareTerms(questionTerms, '');
  const { passageOf, added } = passageRegistry(passages);
  // The sections of the strongest sentences, and of the passages (heading included) that match best, may hold the list.
  const candidates = strongCandidatePassages(scored, t);
  const sectionKey = (p: Passage) => `${p.chunk.docId}\u0000${listSectionPath(p.chunk.sectionPath)}`;
  let chosen: { list: Enumeration<SectionUnit>; cover: number } | undefined;
  for (const key of unique(candidates.map(sectionKey))) {
    const anchor = candidates.find((p) => sectionKey(p) === key)!;
    const units = sectionUnits(sectionChunks(anchor, passages, options), passageOf);
    for (const list of findEnumerations(units)) {
      const span = [list.intro, ...list.points.flatMap((p) => p.units)].filter((u): u is Unit<SectionUnit> => !!u);
      const docTerms = documentWideTerms(terms, anchor, passages, options).join(' ');
      const head = `${anchor.chunk.title} ${listSectionPath(anchor.chunk.sectionPath)} ${list.intro?.text ?? ''} ${docTerms}`;
      const general = coverage(terms, normalizeForMatch(head));
      const pointText = (p: { units: Unit<SectionUnit>[] }) => p.units.map((u) => u.text).join('');
      const perPoint = Math.max(...list.points.map((p) => coverage(terms, normalizeForMatch(`${head} ${pointText(p)}`))));
      if (perPoint - general > t.pointSpecificMargin) continue;
      // The list's section must match the question at least as well as the best sentence's passage does.
      const cover = coverage(terms, normalizeForMatch(`${head} ${span.map((u) => u.text).join('')}`));
      if (cover >= Math.max(t.minPassageCoverage, best.passageCoverage) && (!chosen || cover > chosen.cover)) chosen = { list, cover };
    }
  }
  if (!chosen) return undefined;
  const { list } = chosen;
  const lines: Quoted[][] = [];
  let room = t.maxListChars;
  if (list.intro && list.intro.text.length <= t.maxIntroChars) {
    lines.push([{ passage: list.intro.source.passage, text: list.intro.text, leadIn: true }]);
    room -= list.intro.text.length;
  }
  const budget = Math.min(t.maxPointChars, Math.floor(room / list.points.length));
  for (const point of list.points) lines.push(quotePoint(point.units, terms, Math.max(t.minPointChars, budget), t));
  return composeWithAdded(lines, passages, added, evidence);
}
