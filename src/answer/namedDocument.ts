// A question naming a document by 文号 or 《title》 that the library does not hold: the answer says so in one line and
// answers from the passages that quote it — the reference itself never selects a sentence.
import type { Searcher } from '../types.js';
import { documentReference } from '../retrieval/docReference.js';
import { normalizeForMatch } from '../text/index.js';

/** How many hits for the reference are checked for the document itself. */
const REFERENCE_DEPTH = 30;
const TITLE = /《([^《》]{4,60})》/u;

export interface CitedOnly {
  /** The reference as the question writes it (文号 or 《title》). */
  reference: string;
  /** The one-line notice put before the answer. */
  notice: string;
}

export function citedOnlyNotice(reference: string): string {
  return `库中未收录${reference}全文，以下摘自引用该文件的材料。`;
}

/** The document the question names when the library does not hold it (only quotes it), else undefined. */
export async function citedOnlyReference(search: Searcher, question: string): Promise<CitedOnly | undefined> {
  const numbered = documentReference(question);
  if (numbered && /〔|\[|［|（|\(/u.test(numbered.text)) {
    const hits = await search.search(numbered.text, { k: REFERENCE_DEPTH });
    if (hits.some((h) => numbered.matches(h.chunk))) return undefined;
    return { reference: numbered.text, notice: citedOnlyNotice(numbered.text) };
  }
  const title = question.match(TITLE);
  if (!title) return undefined;
  const wanted = normalizeForMatch(title[1]);
  const hits = await search.search(title[1], { k: REFERENCE_DEPTH });
  if (hits.some((h) => normalizeForMatch(h.chunk.title).includes(wanted))) return undefined;
  return { reference: title[0], notice: citedOnlyNotice(title[0]) };
}
