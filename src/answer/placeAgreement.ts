// An answer to a question that names a place quotes only that place's documents (or documents of no place of their
// own, a national policy): a sentence from another place's reply is another place's fact, however well it reads
// ("A…资金从哪里来" padded with B's 资金 sentences).
import type { Citation } from '../types.js';
import type { Passage } from '../grounding/passages.js';
import type { QuestionAnalysis } from '../grounding/evidenceGate.js';
import { renumberCitations } from '../grounding/citations.js';
import { issuerPlaces, normalizeForMatch, WEIGHS_SIDES } from '../text/index.js';
import { wholeScopeOf, type ScopeReader } from '../text/scope.js';
import { holdsLevel, spokenLevelsIn } from '../grounding/levels.js';

/** A quoted run ending in its citation mark ("……资金。[2]"), with any lead-in before it on the same line. */
const CITED_RUN = /[^\n[\]]*?((?:\[\d+\])+)[。；;，,！!？?]?/gu;

/**
 * Whether a cited sentence comes from a document of another place than those asked: its issuer names a place, none
 * of them asked, and neither the sentence, its heading nor its title names an asked place.
 */
function fromAnotherPlace(asked: string[], citation: Citation, origin: string | undefined): boolean {
  return issuerPlaces(origin ?? '').length > 0 && !issuedInAskedPlace(asked, origin) && !namesAskedPlace(asked, citation);
}

/** Whether a cited sentence is of the place asked: it, its heading or title names it, or its document's issuer does. */
function ofAskedPlace(asked: string[], citation: Citation, origin: string | undefined): boolean {
  return namesAskedPlace(asked, citation) || issuedInAskedPlace(asked, origin);
}

/** Whether the document's issuer names a place asked ("A市住房和城乡建设局", asked A). */
function issuedInAskedPlace(asked: string[], origin: string | undefined): boolean {
  return issuerPlaces(origin ?? '').some((p) => asked.some((a) => a.includes(p) || p.includes(a)));
}

/** The issuer (origin) of a cited sentence's document, read from the retrieved passages. */
function originIn(passages: Passage[]): (citation: Citation) => string | undefined {
  return (citation) => passages.find((p) => p.chunk.docId === citation.docId)?.chunk.origin;
}

function namesAskedPlace(asked: string[], citation: Citation): boolean {
  const said = normalizeForMatch(`${citation.quote} ${citation.section} ${citation.title}`);
  return asked.some((a) => said.includes(normalizeForMatch(a)));
}

/**
 * The answer without the sentences quoted from another place's documents, citations renumbered 1..m; undefined when
 * the question names no place or every sentence agrees. An answer left with no sentence of the place asked keeps none
 * (the caller refuses).
 */
export function withoutOtherPlaces(
  analysis: QuestionAnalysis,
  answer: { answer: string; citations: Citation[] },
  passages: Passage[],
): { answer: string; citations: Citation[] } | undefined {
  const asked = [...analysis.places, ...analysis.issuerPlaces];
  if (!asked.length || !answer.citations.length) return undefined;
  const originOf = originIn(passages);
  const dropped = new Set(answer.citations.filter((c) => fromAnotherPlace(asked, c, originOf(c))).map((c) => c.n));
  if (!dropped.size) return undefined;
  const kept = answer.citations.filter((c) => !dropped.has(c.n));
  // What is left must lead with the place asked, not with a placeless sentence ("我市…" in a news item) that another
  // place's dropped neighbours were vouching for: else the caller refuses.
  if (!kept.length || !ofAskedPlace(asked, kept[0], originOf(kept[0]))) return { answer: '', citations: [] };
  const mapping = new Map(kept.map((c, i) => [c.n, i + 1] as const));
  const text = answer.answer.replace(CITED_RUN, (run, marks: string) => {
    const numbers = [...marks.matchAll(/\[(\d+)\]/gu)].map((m) => Number(m[1]));
    return numbers.every((n) => dropped.has(n)) ? '' : run.replace(/\[(\d+)\]/gu, (m, d: string) => (dropped.has(Number(d)) ? '' : m));
  });
  // A line that quoted only dropped sentences goes with them.
  const before = answer.answer.split('\n');
  const lines = text.split('\n').filter((line, i) => /\[\d+\]/u.test(line) || !/\[\d+\]/u.test(before[i] ?? ''));
  return { answer: renumberCitations(lines.join('\n'), mapping), citations: kept.map((c) => ({ ...c, n: mapping.get(c.n)! })) };
}

/**
 * "A…占比和B甲区比，哪个高？" answered from one place's documents only: half an answer to a comparison, which
 * reads as the whole of it. True when the question weighs places against each other and some place asked is named by
 * no cited sentence (its text, heading or title) nor by its document's issuer.
 */
export function leavesOutComparedPlace(analysis: QuestionAnalysis, citations: Citation[], passages: Passage[]): boolean {
  const asked = [...new Set([...analysis.places, ...analysis.issuerPlaces])];
  if (asked.length < 2 || !citations.length || !WEIGHS_SIDES.test(analysis.text)) return false;
  const originOf = originIn(passages);
  return asked.some((place) => !citations.some((c) => ofAskedPlace([place], c, originOf(c))));
}

/**
 * "居民质量监督员的人数，省里的要求和市里的一样吗" answered from one level's document only: half an answer, which reads
 * as the whole of it. True when the question names two levels in spoken words and some level is stated by no cited
 * sentence, its heading or title (a city's own document, "某某市…办法", speaks for the city).
 */
export function leavesOutAskedLevel(question: string, citations: Citation[], reader: ScopeReader = {}): boolean {
  const levels = spokenLevelsIn(question);
  if (levels.length < 2 || !citations.length) return false;
  const said = (c: Citation) => `${c.quote} ${c.section} ${c.title} ${wholeScopeOf({ title: c.title }, reader) ?? ''}`;
  return levels.some((level) => !citations.some((c) => holdsLevel(level, said(c))));
}
