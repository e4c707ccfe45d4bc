// "2024年完成的小区比2023年多了多少个？" asks a difference: the answer gives each year's figure and the sentence of the
// same passage that states the difference ("2024年完成数比2023年多15个"), not the later year's figure alone.
import type { Passage } from '../../../grounding/passages.js';
import { ASKS_DIFFERENCE, STATES_DIFFERENCE, splitSentences, withCitation } from '../../../text/index.js';
import { statedYears, withoutStatedYears } from '../../../text/numerals.js';
import { askedFigure, statesFigure } from '../../../text/askedFigure.js';
import type { ExtractiveAnswer } from '../compose.js';

/**
 * The answer completed from a passage it cites that states the difference asked (naming a year the question asks,
 * when it asks years): that passage's sentence stating each asked year's figure the answer's quote from it lacks, and
 * the sentence stating the difference when the answer lacks it.
 */
export function withStatedDifference(question: string, answer: ExtractiveAnswer, passages: Passage[]): ExtractiveAnswer {
  if (!answer.answered || !ASKS_DIFFERENCE.test(question)) return answer;
  const years = statedYears(question);
  const ofYearAsked = (s: string) => !years.length || statedYears(s).some((y) => years.includes(y));
  // The difference must be of the measure asked ("多了多少部" → 部): "多15个" is another count's.
  const measure = askedFigure(question);
  const ofMeasureAsked = (s: string) => !measure || statesFigure(s.replace(/^.*?比/u, ''), measure);
  const statesAskedDifference = (s: string) => STATES_DIFFERENCE.test(s) && ofYearAsked(s) && ofMeasureAsked(s);
  for (const cited of answer.citations) {
    const passage = passages.find((p) => p.chunk.id === cited.chunkId);
    const sentences = passage ? splitSentences(passage.chunk.text).map((x) => x.text) : [];
    const difference = sentences.find(statesAskedDifference);
    if (!difference) continue;
    // A year whose figure of the measure asked the quote or the difference sentence already gives, before any 比.
    const givesFigureOf = (y: number) =>
      [cited.quote, difference].some((text) =>
        splitSentences(text).some((x) => {
          const before = x.text.split('比')[0];
          return statedYears(before).includes(y) && statesFigure(withoutStatedYears(before), measure);
        }),
      );
    const yearFigures = years
      .filter((y) => !givesFigureOf(y))
      .map((y) => sentences.find((s) => s !== difference && !cited.quote.includes(s) && statedYears(s).includes(y) && statesFigure(withoutStatedYears(s), measure)))
      .filter((s): s is string => !!s);
    const added = [...new Set([...yearFigures, ...(cited.quote.includes(difference) ? [] : [difference])])];
    if (!added.length) return answer;
    const citations = answer.citations.map((c) => (c === cited ? { ...c, quote: [c.quote, ...added].join('……') } : c));
    return { ...answer, answer: `${answer.answer}${added.map((s) => withCitation(s, `[${cited.n}]`)).join('')}`, citations };
  }
  return answer;
}
