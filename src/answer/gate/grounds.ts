// An answer check (ANSWER_CHECKS, answerChecks.ts): a town, street, estate or area of a town the question names by
// a proper name that the tagger does not read as a place ("甲" + "乙" + "镇", "丙" + "丁" + "小区") must be the one the
// quoted document speaks of, unless the document states a rule that holds for every such place of its city.
import type { Chunk, Citation } from '../../types.js';
import type { QuestionAnalysis } from '../../grounding/evidenceGate.js';
import { normalizeForMatch } from '../../text/index.js';
import { asksTallyOfPlace, isOnePlacesOwn, namedGrounds, namesGround, sameGroundKind, statesRuleNotTally, type NamedGround } from '../../text/places.js';
import { ASKS_ALIKE, WEIGHED_AGAINST } from '../../text/comparisons.js';
import { refusedWithNearest } from './refusal.js';

/**
 * "乙镇翻建农房每户补助多少" answered by "翻建农房每户补助1.6万元，由镇财政列支" from a document naming 丙镇 and never
 * 乙镇: the rule quoted is another town's. Refused, quoting the nearest sentence. A name held anywhere in a quoted document
 * (its title, sections, issuer or opening) keeps the answer ("甲街道" asked, "甲" written, traditional or full-width
 * forms alike). So does a rule of the city that names no other place of the kind ("丁小区巡查员每季度补助多少" over
 * "巡查员每人每季度补助900元"), unless the question asks what the place itself did or counts ("丁小区改造完成了吗").
 */
export function unnamedGroundRefusal(
  question: string,
  analysis: QuestionAnalysis,
  citations: Citation[],
  chunksOf: (docId: string) => Chunk[],
  openingOf: (docId: string) => string,
  originOf: (docId: string) => string,
): { answer: string; citations: Citation[] } | undefined {
  if (!citations.length || analysis.comparison) return undefined;
  const grounds = namedGrounds(question);
  if (!grounds.length) return undefined;
  const read = quotedDocuments(citations, chunksOf, openingOf, originOf);
  const readForMatch = read.map((text) => normalizeForMatch(text));
  const missing = grounds.filter((g) => !readForMatch.some((text) => namesGround(text, g)));
  if (!missing.length) return undefined;
  if (holdsForEveryGround(question, citations, read, missing, originOf)) return undefined;
  return refusedWithNearest(`${missing.map((g) => g.name + g.unit).join('、')}的相关内容`, citations[0]);
}

/** Each quoted document once, whole: its quotes, title, sections, issuer and opening. */
function quotedDocuments(
  citations: Citation[],
  chunksOf: (docId: string) => Chunk[],
  openingOf: (docId: string) => string,
  originOf: (docId: string) => string,
): string[] {
  const docIds = [...new Set(citations.map((c) => c.docId))];
  return docIds.map((docId) => {
    const cited = citations.filter((c) => c.docId === docId);
    const sections = chunksOf(docId).map((chunk) => `${chunk.sectionPath} ${chunk.text}`);
    return [...cited.map((c) => `${c.quote} ${c.title}`), ...sections, originOf(docId), openingOf(docId)].join('\n');
  });
}

/**
 * Whether the quoted sentences state a rule of the whole city that answers for the places asked: each a rule, not a
 * tally; the question asks no count, total, progress or list of the place, nor sets it against another place (one
 * rule answers for neither side); no quoted document is one estate's or village's own (its 本小区, its 业主委员会); and
 * no quoted document names another place of the kind asked (whose rule it may be).
 */
function holdsForEveryGround(
  question: string,
  citations: Citation[],
  read: string[],
  missing: NamedGround[],
  originOf: (docId: string) => string,
): boolean {
  if (asksTallyOfPlace(question) || ASKS_ALIKE.test(question) || WEIGHED_AGAINST.test(question)) return false;
  if (!citations.every((c) => statesRuleNotTally(c.quote))) return false;
  if (citations.some((c) => isOnePlacesOwn(`${c.quote} ${c.title}`, originOf(c.docId)))) return false;
  const named = read.flatMap((text) => namedGrounds(text));
  return !named.some((other) => missing.some((asked) => sameGroundKind(asked, other)));
}
