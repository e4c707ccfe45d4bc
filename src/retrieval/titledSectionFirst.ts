// A stage of hybrid search: a document's untitled opening yields to a titled section of the same document that holds
// what the question asks and the opening does not.
import { askedKindOf, statesAskedBeside, wordsBeyondTitle } from '../text/askedKind.js';
import { firstQualifyingToFront } from './moveToFront.js';

/** What the stage reads of a ranked candidate. */
export interface PassageOf<T> {
  docId: (candidate: T) => string;
  /** The candidate's section path ("" for a document's untitled opening or closing block). */
  sectionPath: (candidate: T) => string;
  /** Its document's title. */
  title: (candidate: T) => string;
  text: (candidate: T) => string;
}

/**
 * The untitled chunk of a document (its opening before the first heading: title, 文号, addressee and preamble; or its
 * closing block) matches every word of the document's name, so it comes first whenever a question names the document
 * ("丙住建函〔2030〕5号里补助资金什么时候拨付"). The preamble often only introduces what the sections state, but it may
 * also hold the answer itself: the deadline, the date it takes effect, a running total, the addressee or the proposer.
 * So a titled section of the same document among the first `depth` candidates comes first only when it holds a word of
 * the question beyond the title that the opening does not hold (never when every word of the question is in the title:
 * then the opening speaks of all of it), and, when a time or figure is asked, the opening does not state it beside a
 * word of the question (src/text/askedKind.ts). Another document's chunk is never moved. `beyondTitleOf` gives the
 * question's words beyond a title (wordsBeyondTitle); a search passes the one its other stages read (wordsBeyondTitleOf).
 */
export function titledSectionFirst<T>(
  question: string,
  ranked: T[],
  depth: number,
  of: PassageOf<T>,
  beyondTitleOf: (title: string) => string[] = (title) => wordsBeyondTitle(question, title),
): T[] {
  if (depth < 2 || ranked.length < 2 || of.sectionPath(ranked[0]) !== '') return ranked;
  const opening = ranked[0];
  const openingText = of.text(opening);
  const beyondTitle = beyondTitleOf(of.title(opening));
  const words = beyondTitle.filter((w) => !openingText.includes(w));
  if (words.length === 0) return ranked;
  const asked = askedKindOf(question);
  if (asked && statesAskedBeside(asked, beyondTitle, openingText)) return ranked;
  const holdsWordOpeningLacks = (candidate: T) => {
    const text = `${of.sectionPath(candidate)}\n${of.text(candidate)}`;
    return words.some((w) => text.includes(w));
  };
  const titledSectionAnswering = (candidate: T) =>
    of.docId(candidate) === of.docId(opening) && of.sectionPath(candidate) !== '' && holdsWordOpeningLacks(candidate);
  return firstQualifyingToFront(ranked, titledSectionAnswering, { from: 1, to: depth });
}
