// An answer check (ANSWER_CHECKS, answerChecks.ts): a town, street, estate or area of a town the question names by
// a proper name that the tagger does not read as a place ("甲" + "乙" + "镇", "丙" + "丁" + "小区") must be the one the
// quoted passage speaks of.
import type { Citation } from '../../types.js';
import type { Passage } from '../../grounding/passages.js';
import type { QuestionAnalysis } from '../../grounding/evidenceGate.js';
import { normalizeForMatch } from '../../text/index.js';
import { namedGrounds, namesGround } from '../../text/places.js';
import { refusedWithNearest } from './refusal.js';

/**
 * "乙镇的楼栋长每月补贴多少" answered by "楼栋长每月补贴100元" from a passage, document title and opening that never name
 * 乙镇: the rule quoted may be another town's. Refused, quoting the nearest sentence. A name held by a quoted passage,
 * its section, its document's title, issuer or opening keeps the answer ("甲街道" asked, "甲" written, traditional or
 * full-width forms alike).
 */
export function unnamedGroundRefusal(
  question: string,
  analysis: QuestionAnalysis,
  citations: Citation[],
  passages: Passage[],
  openingOf: (docId: string) => string,
  originOf: (docId: string) => string,
): { answer: string; citations: Citation[] } | undefined {
  if (!citations.length || analysis.comparison) return undefined;
  const grounds = namedGrounds(question, (word) => analysis.unknown.includes(word));
  if (!grounds.length) return undefined;
  const passageText = (c: Citation) => passages.find((p) => p.chunk.docId === c.docId && p.chunk.sectionPath === c.section)?.chunk.text ?? '';
  const read = citations.map((c) => normalizeForMatch([c.quote, c.title, c.section, passageText(c), originOf(c.docId), openingOf(c.docId)].join(' ')));
  const missing = grounds.filter((g) => !read.some((text) => namesGround(text, g)));
  if (!missing.length) return undefined;
  return refusedWithNearest(`${missing.map((g) => g.name + g.unit).join('、')}的相关内容`, citations[0]);
}
