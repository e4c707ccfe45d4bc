// Sentence choice by question type: a 为什么 question is answered by the reason sentence, a 谁负责 question by the
// sentence naming the responsible body, a 什么时候 question by a dated sentence, and a 包括哪些 question whose items are
// the sub-headings of a section by those headings, each with its first sentence.
import type { Chunk } from '../../../types.js';
import { BOILERPLATE } from '../../../text/boilerplate.js';
import { listMarkerAt } from '../../../text/markers.js';
import { SECTION_SEPARATOR, sectionParts } from '../../../text/sectionPath.js';
import { splitSentences } from '../../../text/sentences.js';
import { normalizeForMatch } from '../../../text/simplify.js';
import { questionTypeOf } from '../../../text/questionTypes.js';
import type { Passage } from '../../../grounding/passages.js';
import type { Evidence } from '../answerability.js';
import { chunksOfDocument, composeWithAdded, passageRegistry, type ExtractiveAnswer, type Quoted } from '../compose.js';
import { unique } from '../questionAnalysis.js';
import { promote, strongCandidatePassages, type ScoredPassages, type ScoredSentence } from '../scoring.js';
import { leadingClauses } from '../sentenceFilters.js';
import { describesTerm, elaboratesListedKind, listsAsItem } from './definition.js';
import { coverage, docAwareTerms } from '../termWeights.js';
import type { OfflineTuning } from '../tuning.js';

/**
 * The scored sentences with the one worded as the answer to the question's type first: the best sentence already is,
 * or a close runner-up (score at least typedSentenceShare of the best, same coverage bar) that is, from the best
 * sentence's document. Unchanged when none is.
 */
export function preferTypedSentence(question: string, scored: ScoredSentence[], t: OfflineTuning): ScoredSentence[] {
  const type = questionTypeOf(question);
  const best = scored[0];
  if (type?.name === '内容' && best && type.strict.sentence.test(best.text)) return preferItemDescription(question, scored, t);
  if (!type || !best || type.strict.sentence.test(best.text)) return scored;
  // A list of the kinds may come from any retrieved document; the other types' wording is common, so from the best's only.
  // The reason given right beside the rule it explains ("暂不调整。主要是考虑到……") leads whatever its own score.
  const besideBest = (s: ScoredSentence) => type.name === '原因' && s.passage.chunk.id === best.passage.chunk.id;
  const close = (s: ScoredSentence) =>
    (s.score >= best.score * (type.name === '内容' ? t.listSentenceShare : t.typedSentenceShare) && s.sentenceCoverage >= t.minSentenceCoverage) || besideBest(s);
  const typed = scored.find((s) => (type.name === '内容' || s.passage.chunk.docId === best.passage.chunk.docId) && close(s) && type.strict.sentence.test(s.text));
  // A when-question without a time is refused (see lacksAskedFigure): a close runner-up from another document that states
  // one answers it rather than nothing.
  const timed = !typed && type.name === '时间' ? scored.find((s) => close(s) && type.strict.sentence.test(s.text)) : undefined;
  return promote(scored, typed ?? timed);
}

/**
 * "基础类改造包括哪些内容？" asks about one of the kinds that the best sentence lists ("分为基础类、完善类、提升类"): the
 * close runner-up (typedSentenceShare of its score) that says what that kind is ("基础类为……主要是供水、排水…") leads.
 */
function preferItemDescription(question: string, scored: ScoredSentence[], t: OfflineTuning): ScoredSentence[] {
  const best = scored[0];
  const listed = normalizeForMatch(best.text);
  const asked = normalizeForMatch(question);
  // The kinds named in the question that the best sentence lists as items (followed or preceded by 、 or 和).
  const items = askedWords(asked).filter((item) => listsAsItem(listed, item));
  if (!items.length) return scored;
  const describing = scored.find(
    (s) =>
      s.sentenceCoverage >= t.minSentenceCoverage &&
      items.some((item) => describesTerm(s.text, item) && (s.score >= best.score * t.typedSentenceShare || elaboratesListedKind(s, best, item))),
  );
  return promote(scored, describing);
}

/** The question's runs of two to six Chinese characters, longest first. */
function askedWords(asked: string): string[] {
  const words: string[] = [];
  for (let len = 6; len >= 2; len--) for (let i = 0; i + len <= asked.length; i++) words.push(asked.slice(i, i + len));
  return unique(words.filter((w) => /^\p{Script=Han}+$/u.test(w)));
}

/** How far from the best sentence (in sentences of its passage) a date line may sit to date it. */
const DATE_LINE_REACH = 2;

/**
 * "……是哪天印发的？" answered by a sentence without a date: the date line of its passage right after it (a notice's
 * "2021年4月2日", a transcript's "2020-04-16 15:00:03"), or just before it, dates it and joins the answer.
 */
export function datedNeighbour(question: string, best: ScoredSentence): ScoredSentence | undefined {
  const type = questionTypeOf(question);
  if (type?.name !== '时间' || type.strict.sentence.test(best.text)) return undefined;
  const sentences = splitSentences(best.passage.chunk.text);
  const near = [...Array.from({ length: DATE_LINE_REACH }, (_, i) => best.index + 1 + i), best.index - 1];
  const found = near.map((i) => sentences[i]).find((s) => s && type.strict.sentence.test(s.text) && !/[，,；;]/.test(s.text));
  return found ? { ...best, text: found.text, index: found.index } : undefined;
}

/** Questions that ask what a thing includes, or into which kinds it is divided. */
export const ASKS_FOR_ITEMS = /哪些|哪几类|哪几种|哪几个|哪几项|几类|分为|包括什么|包含什么|有什么内容|内容有/;

/** A sub-heading's label: without its list marker ("（一）基础类" → "基础类"), and without a trailing colon. */
export function headingLabel(heading: string): string {
  const marker = listMarkerAt(heading);
  return (marker ? heading.slice(marker.length) : heading).replace(/[：:。\s]+$/, '').trim();
}

/** The immediate sub-sections of a section, in document order, each with its chunks. */
function childSections(parent: string, chunks: Chunk[]): { heading: string; chunks: Chunk[] }[] {
  const depth = sectionParts(parent).length;
  const children = new Map<string, Chunk[]>();
  for (const c of [...chunks].sort((a, b) => a.ordinal - b.ordinal)) {
    if (!c.sectionPath.startsWith(parent + SECTION_SEPARATOR)) continue;
    const heading = sectionParts(c.sectionPath)[depth];
    children.set(heading, [...(children.get(heading) ?? []), c]);
  }
  return [...children.entries()].map(([heading, list]) => ({ heading, chunks: list }));
}

/** The first quotable sentence of a sub-section (its own heading line skipped). */
function firstSentence(heading: string, chunks: Chunk[]): { chunk: Chunk; text: string } | undefined {
  const label = normalizeForMatch(headingLabel(heading));
  for (const chunk of chunks) {
    for (const s of splitSentences(chunk.text)) {
      const norm = normalizeForMatch(s.text);
      // The heading line itself, with or without its marker ("(一)坚持政府统筹,调动各方参与"), is not its first sentence.
      if (BOILERPLATE.test(s.text) || norm.length < 6 || norm === label || normalizeForMatch(headingLabel(s.text)).replace(/[。.]$/u, '') === label) continue;
      return { chunk, text: s.text };
    }
  }
  return undefined;
}

/**
 * "改造内容包括哪几类？" when the document gives the kinds as the sub-headings of a section ("三、改造内容 > （一）基础类",
 * "…（二）完善类"…): each heading's label and its first sentence, cited. The question must be about the section
 * itself (its heading and the document's title cover it as well as any one sub-section does), so a question about one
 * of the kinds keeps the focused answer.
 */
export function answerWithHeadingItems(question: string, { questionTerms, passages, scored, options, evidence, t }: ScoredPassages): ExtractiveAnswer | undefined {
  if (!ASKS_FOR_ITEMS.test(question) || !scored.length) return undefined;
  const terms = docAwareTerms(questionTerms, '');
  // The passages of the strongest sentences, and those (heading included) that match best, may sit under the section.
  const candidates = strongCandidatePassages(scored, t);
  for (const anchor of unique(candidates)) {
    const chunks = chunksOfDocument(anchor.chunk.docId, passages, options.chunksOf);
    const parts = sectionParts(anchor.chunk.sectionPath);
    // The anchor's own section or its parent may be the one whose sub-headings are the items.
    const parents = unique([parts.join(SECTION_SEPARATOR), parts.slice(0, -1).join(SECTION_SEPARATOR)]).filter(Boolean);
    for (const parent of parents) {
      const children = childSections(parent, chunks);
      if (children.length < t.minHeadingItems || children.length > t.maxHeadingItems) continue;
      const head = normalizeForMatch(`${anchor.chunk.title} ${parent}`);
      const general = coverage(terms, head);
      const perChild = Math.max(...children.map((c) => coverage(terms, normalizeForMatch(`${anchor.chunk.title} ${parent} ${c.heading}`))));
      if (general < t.minPassageCoverage || perChild - general > t.pointSpecificMargin) continue;
      const answer = quoteHeadingItems(children, passages, evidence, t);
      if (answer) return answer;
    }
  }
  return undefined;
}

function quoteHeadingItems(children: { heading: string; chunks: Chunk[] }[], passages: Passage[], evidence: Evidence, t: OfflineTuning): ExtractiveAnswer | undefined {
  const { passageOf, added } = passageRegistry(passages);
  const budget = Math.max(t.minPointChars, Math.min(t.maxPointChars, Math.floor(t.maxListChars / children.length)));
  const lines: Quoted[][] = [];
  for (const child of children) {
    const first = firstSentence(child.heading, child.chunks);
    if (!first) return undefined;
    const label = headingLabel(child.heading);
    const text = leadingClauses(first.text, budget);
    const passage = passageOf(first.chunk);
    const labelled = label && !normalizeForMatch(text).startsWith(normalizeForMatch(label));
    lines.push(labelled ? [{ passage, text: `${label}：`, label: true }, { passage, text }] : [{ passage, text }]);
  }
  return composeWithAdded(lines, passages, added, evidence);
}
