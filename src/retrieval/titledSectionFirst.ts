// A stage of hybrid search: a document's untitled chunk yields to a titled section of the same document.

/** What the stage reads of a ranked candidate. */
export interface SectionOf<T> {
  docId: (candidate: T) => string;
  /** The candidate's section path ("" for a document's untitled opening or closing block). */
  sectionPath: (candidate: T) => string;
}

/**
 * The untitled chunk of a document (its opening before the first heading: title, 文号, addressee and preamble; or its
 * closing block) matches every word of the document's name, so it comes first whenever a question names the document
 * ("某住建发〔2025〕27号，申报截止到哪天", "审计发现的5个问题里哪个还没整改完"). The preamble only introduces what the
 * sections state: when a titled section of the same document is among the first `depth` candidates, the best of
 * them comes first and the untitled chunk right after it. Another document's chunk is never moved.
 */
export function titledSectionFirst<T>(ranked: T[], depth: number, of: SectionOf<T>): T[] {
  if (depth < 2 || ranked.length < 2 || of.sectionPath(ranked[0]) !== '') return ranked;
  const docId = of.docId(ranked[0]);
  const found = ranked.slice(1, depth).find((c) => of.docId(c) === docId && of.sectionPath(c) !== '');
  return found ? [found, ...ranked.filter((c) => c !== found)] : ranked;
}
