// "2024年完成的小区比2023年多了多少个？" asks a difference: the answer gives each year's figure and the sentence of the
// same passage that states the difference ("2024年完成数比2023年多15个"), not the later year's figure alone.
import type { Passage } from '../../../grounding/passages.js';
import { ASKS_DIFFERENCE, STATES_DIFFERENCE, splitSentences, withCitation } from '../../../text/index.js';
import { statedYears, withoutStatedYears } from '../../../text/numerals.js';
import { statesFigure } from '../../../text/askedFigure.js';
import type { ExtractiveAnswer } from '../compose.js';

/** The first quoted sentence's opening, enough to find the passage a citation quotes. */
function quotedOpening(quote: string): string {
  return quote.split('……')[0].replace(/^[…\s]+/u, '').slice(0, 12);
}

/**
 * The answer completed from a passage it cites that states the difference asked (naming a year the question asks,
 * when it asks years): that passage's sentence stating each asked year's figure the answer's quote from it lacks, and
 * the sentence stating the difference when the answer lacks it.
 */
export function withStatedDifference(question: string, answer: ExtractiveAnswer, passages: Passage[]): ExtractiveAnswer {
  if (!answer.answered || !ASKS_DIFFERENCE.test(question)) return answer;
  const years = statedYears(question);
  const ofYearAsked = (s: string) => !years.length || statedYears(s).some((y) => years.includes(y));
  for (const cited of answer.citations) {
    const passage = passages.find((p) => p.chunk.docId === cited.docId && p.chunk.sectionPath === cited.section && p.chunk.text.includes(quotedOpening(cited.quote)));
    const sentences = passage ? splitSentences(passage.chunk.text).map((x) => x.text) : [];
    const difference = sentences.find((s) => STATES_DIFFERENCE.test(s) && ofYearAsked(s));
    if (!difference) continue;
    // The years the quote already gives a figure of (the difference names both years, but gives neither's figure).
    const quotedYears = splitSentences(cited.quote).filter((x) => !STATES_DIFFERENCE.test(x.text)).flatMap((x) => statedYears(x.text));
    const yearFigures = years
      .filter((y) => !quotedYears.includes(y))
      .map((y) => sentences.find((s) => s !== difference && statedYears(s).includes(y) && statesFigure(withoutStatedYears(s))))
      .filter((s): s is string => !!s);
    const added = [...new Set([...yearFigures, ...(cited.quote.includes(difference) ? [] : [difference])])];
    if (!added.length) return answer;
    const citations = answer.citations.map((c) => (c === cited ? { ...c, quote: [c.quote, ...added].join('……') } : c));
    return { ...answer, answer: `${answer.answer}${added.map((s) => withCitation(s, `[${cited.n}]`)).join('')}`, citations };
  }
  return answer;
}
