// 定义: "A市说的城镇老旧小区是什么意思？" is answered with the sentence that defines the asked term ("城镇老旧小区是指…"),
// not with the nearest sentence on the topic.
import { splitSentences } from '../../../text/sentences.js';
import { normalizeForMatch } from '../../../text/simplify.js';
import { listMarkerAt, NUMBERED_LINE_MARKER } from '../../../text/markers.js';
import type { Passage } from '../../../grounding/passages.js';
import { composeLines, type ExtractiveAnswer } from '../compose.js';
import { ASKS_FOR_DEFINITION, type QuestionFocus } from '../questionAnalysis.js';
import { promote, type ScoredSentence } from '../scoring.js';
import type { OfflineTuning } from '../tuning.js';

/** "X是指…", "X指的是…", "X界定为…": the defined term comes right before the defining verb. */
const DEFINES = /(?:是指|指的是|界定为|定义为|是对.{0,12}的统称)/u;

/** The defining sentence of the longest question term any passage defines, in passage order. */
export function answerWithDefinition(focus: QuestionFocus, passages: Passage[]): ExtractiveAnswer | undefined {
  if (!asksForDefinition(focus.text)) return undefined;
  const terms = definedTerms(focus);
  for (const term of terms) {
    const norm = normalizeForMatch(term);
    for (const passage of passages) {
      for (const s of splitSentences(passage.chunk.text)) {
        const text = normalizeForMatch(s.text);
        const at = text.search(DEFINES);
        if (at <= 0) continue;
        const subject = text.slice(Math.max(0, at - norm.length - 6), at);
        if (subject.includes(norm)) return composeLines([[{ passage, text: s.text }]], passages, { sentence: 1, passage: 1 });
      }
    }
  }
  return undefined;
}

/**
 * "什么样的小区算“城镇老旧小区”？", "怎样才算X", "X算不算…", "哪些小区属于X": what qualifies as X is what X is defined
 * as (not "哪些项目不属于…", which asks for the exclusions).
 */
const ASKS_WHAT_COUNTS = /什么样的?[^，,。？?]{0,12}(?:算|才算|属于|叫)|怎样才?算|怎么才算|算不算|哪些[^，,。？?不]{0,8}(?:属于|算是|算作)/u;

/** "X是什么？", "X具体指什么？", "X是什么意思？": the question asks what a term means. */
function asksForDefinition(question: string): boolean {
  return ASKS_FOR_DEFINITION.test(question) || /意思|指的是|指什么|怎么界定|如何界定/u.test(question) || ASKS_WHAT_COUNTS.test(question);
}

/** The question's terms that may be the one asked about, longest first. */
function definedTerms(focus: QuestionFocus): string[] {
  return [...focus.terms].filter((t) => t.length >= 2).sort((a, b) => b.length - a.length);
}

/**
 * The term followed by a clause that says what it is or does: "开展准物业管理，提供保洁、保安、绿化等基本服务",
 * "提升类改造，为丰富社区服务供给…", "片区统筹，即…" (not "准物业管理或居民自治管理", nor "准物业管理的小区").
 */
export function describesTerm(sentence: string, term: string): boolean {
  const text = normalizeForMatch(sentence);
  const at = text.indexOf(term);
  if (at < 0) return false;
  return new RegExp(`^(?:[，,：:]\\s*(?:即|是|为|指)?|即|是|为|${HOLDS})[\\p{Script=Han}、]{6,}`, 'u').test(text.slice(at + term.length));
}

/** Wording that says what a kind holds, right after its name: "提升类包括…", "基础类重点改造…", "完善类主要是…". */
const HOLDS = '包括|包含|涵盖|主要(?:是|为|包括|有)?|重点(?:改造|建设|实施|解决)?';

/** The term stands in the sentence as one item of a list of kinds ("分为基础类、完善类和提升类"): named, not described. */
export function listsAsItem(sentence: string, term: string): boolean {
  const text = normalizeForMatch(sentence);
  const at = text.indexOf(term);
  if (at < 0) return false;
  return /[、和及与]$/u.test(text.slice(0, at)) || /^[、和及与]/u.test(text.slice(at + term.length));
}

/**
 * The sentence elaborates a kind the best sentence of its passage only lists: in the same passage, it opens on the
 * kind (after any list marker) and says what it holds ("改造内容分为基础类、完善类和提升类。…提升类包括社区养老…").
 * Such a sentence answers "提升类指的是什么" / "基础类主要改哪些内容" whatever its score beside the listing sentence,
 * which holds the question's framing words ("改造内容") better.
 */
export function elaboratesListedKind(sentence: ScoredSentence, best: ScoredSentence, term: string): boolean {
  if (sentence.passage.chunk.id !== best.passage.chunk.id || !listsAsItem(best.text, term)) return false;
  const text = normalizeForMatch(sentence.text);
  const marker = listMarkerAt(text);
  return (marker ? text.slice(marker.length) : text).startsWith(term) && describesTerm(sentence.text, term);
}

/** An item's run-in label, alone before what it says: "1.基础类。", "（一）基础类：", "二、提升类。". */
const RUN_IN_LABEL = new RegExp(`(?:^|\\n)\\s*${NUMBERED_LINE_MARKER}\\s*([\\p{Script=Han}“”"]{2,12})[。：:]\\s*$`, 'u');

/** The sentence opens an item whose run-in label is the term ("1.基础类。满足居民安全需要…的内容"): it says what the term is. */
function labelledBy(sentence: ScoredSentence, term: string): boolean {
  const text = sentence.passage.chunk.text;
  const at = text.indexOf(sentence.text);
  const label = at > 0 ? RUN_IN_LABEL.exec(text.slice(Math.max(0, at - 20), at))?.[1] : undefined;
  return !!label && normalizeForMatch(label.replace(/[“”"]/gu, '')) === term;
}

/**
 * A what-does-X-mean question that no sentence answers with "X是指…": a runner-up (describingSentenceShare of the
 * best's score, clearing the sentence bar) that describes the term, or opens the item the term labels, leads when
 * the best sentence does not: a sentence that only files something under X ("白蚁防治属于基础类改造内容") does not say
 * what X is.
 */
export function preferDescribingSentence(focus: QuestionFocus, scored: ScoredSentence[], t: OfflineTuning): ScoredSentence[] {
  const best = scored[0];
  if (!best || !asksForDefinition(focus.text)) return scored;
  const quoted = [...focus.text.matchAll(/[“"「『‘]([^”"」』’]{2,20})[”"」』’]/gu)].map((m) => m[1]);
  const says = (s: ScoredSentence, term: string) => describesTerm(s.text, term) || labelledBy(s, term);
  const term = [...quoted, ...definedTerms(focus)].map(normalizeForMatch).find((term) => scored.some((s) => says(s, term)));
  if (!term || says(best, term)) return scored;
  const close = (s: ScoredSentence) => s.score >= best.score * t.describingSentenceShare || elaboratesListedKind(s, best, term);
  const describing = scored.find((s) => close(s) && s.sentenceCoverage >= t.minSentenceCoverage && says(s, term));
  return promote(scored, describing);
}
