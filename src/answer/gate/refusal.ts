// Stage 2 of `ask`'s gate: no passage passes. A question no passage passes is refused, saying what the library holds
// instead when a neighbouring fact exists.
import type { Citation } from '../../types.js';
import { citationOf, type Passage } from '../../grounding/passages.js';
import { askedYears, type ConstraintMismatch, type QuestionAnalysis } from '../../grounding/evidenceGate.js';
import { BOILERPLATE, normalizeForMatch, splitSentences, withCitation } from '../../text/index.js';
import { DISTRICT_LEVEL } from '../../grounding/levels.js';
import { NOT_COVERED, nearestSources, notCoveredAnswer } from '../offline/index.js';
import type { GateResult } from './passages.js';

/** "现有文件中没有…，无法作答。文件中相近的内容是：…[1]": a refusal saying what is lacking, quoting the nearest content. */
export function refusedWithNearest(lacking: string, nearest: Citation): { answer: string; citations: Citation[] } {
  return { answer: `现有文件中没有${lacking}，无法作答。文件中相近的内容是：${withCitation(nearest.quote, '[1]')}`, citations: [{ ...nearest, n: 1 }] };
}

const LEVEL_NAMES = { national: '全国', provincial: '省级', city: '市级', county: '县级' } as const;

/** What the library lacks, in the asker's terms: the place, else the year, else the level asked. */
export function missingContent(mismatches: ConstraintMismatch[], question = ''): string {
  const year = mismatches.find((m) => m.kind === 'year');
  const place = mismatches.find((m) => m.kind === 'place');
  const level = mismatches.find((m) => m.kind === 'level');
  const figure = mismatches.find((m) => m.kind === 'figure');
  if (place) return `关于${place.asked}的内容`;
  if (year) return `${year.asked}年的相关内容`;
  if (figure) return `关于${figure.asked}的数据`;
  const asked = level!.asked as keyof typeof LEVEL_NAMES;
  // A city district's level is said as the asker says it ("区级"), not as a county's.
  const name = asked === 'county' && DISTRICT_LEVEL.test(question) ? '区级' : LEVEL_NAMES[asked];
  return `${name}层面的相关内容`;
}

/** The nearest passage's sentence that holds the focus and a year: the neighbouring fact the library does hold. */
function neighbouringSentence(passage: Passage, analysis: QuestionAnalysis, needYear: boolean): string | undefined {
  // A fact, not a source line or salutation, and about what was asked: it holds a focus word.
  const sentences = splitSentences(passage.chunk.text).map((s) => s.text).filter((s) => !BOILERPLATE.test(s));
  const fits = (s: string) => {
    const norm = normalizeForMatch(s);
    const words = analysis.focus.length ? analysis.focus : analysis.terms;
    return words.some((w) => norm.includes(normalizeForMatch(w))) && (!needYear || askedYears(s).length > 0);
  };
  return sentences.find(fits);
}

/** The refusal text for a failed gate, with at most one citation: the neighbouring fact, quoted. */
export function gateRefusal(result: GateResult, passages: Passage[]): { answer: string; citations: Citation[] } {
  const { analysis, assessment } = result;
  const nearest = assessment.passage !== null ? passages[assessment.passage] : undefined;
  if (assessment.reason === 'constraint-mismatch' && !nearest) {
    const place = assessment.constraintsMismatch.find((m) => m.kind === 'place');
    if (place) return { answer: `现有文件中没有关于${place.asked}的内容，无法作答。`, citations: [] };
  }
  if (assessment.reason === 'constraint-mismatch' && nearest) {
    const year = assessment.constraintsMismatch.find((m) => m.kind === 'year');
    const place = assessment.constraintsMismatch.find((m) => m.kind === 'place');
    const missing = missingContent(assessment.constraintsMismatch, analysis.text);
    const sentence = place ? undefined : neighbouringSentence(nearest, analysis, !!year);
    if (sentence) {
      const holds = year?.found.length ? `文件中只有${year.found.join('、')}年的数据：` : '文件中相近的内容是：';
      return {
        answer: `现有文件中没有${missing}，无法作答。${holds}${withCitation(sentence, '[1]')}`,
        citations: [citationOf(1, nearest.chunk, sentence)],
      };
    }
    return { answer: `现有文件中没有${missing}，无法作答。\n${nearestSources(passages)}`.trim(), citations: [] };
  }
  if (assessment.reason === 'focus-missing' && assessment.focusMissing.length) {
    const list = nearestSources(passages);
    return { answer: `现有文件中没有关于“${assessment.focusMissing.join('、')}”的内容，无法作答。${list ? `\n${list}` : ''}`, citations: [] };
  }
  // Words the library never uses that carry the question ("党建") are named, so the asker knows what is missing.
  const unknownTopics = assessment.reason === 'unknown-words' ? assessment.unknownTerms.filter((w) => /\p{Script=Han}{2}/u.test(w)) : [];
  if (unknownTopics.length) return { answer: `现有文件中没有找到关于“${unknownTopics.join('、')}”的内容，无法作答。`, citations: [] };
  return { answer: assessment.reason === 'no-content' || assessment.reason === 'unknown-words' ? NOT_COVERED : notCoveredAnswer(passages), citations: [] };
}
