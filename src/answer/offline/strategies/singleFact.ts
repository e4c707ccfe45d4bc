// The default answer: the best sentence, plus close runners-up, the sentence a "上述…" points back to and the one that
// names the occasion, in document order.
import { BOILERPLATE } from '../../../text/boilerplate.js';
import { normalizeForMatch } from '../../../text/simplify.js';
import { ASKS_EACH_DOCUMENT } from '../../../text/comparisons.js';
import type { Passage } from '../../../grounding/passages.js';
import type { Evidence } from '../answerability.js';
import { type ExtractiveAnswer, type Quoted } from '../compose.js';
import type { Chunk } from '../../../types.js';
import { withIntroducedItems } from './introducedList.js';
import { askedFigure, statesFigure } from '../../../text/askedFigure.js';
import { ASKS_FOR_DEFINITION, ASKS_FOR_MEASURES, ASKS_FOR_SETTING } from '../questionAnalysis.js';
import type { ScoredSentence } from '../scoring.js';
import { answersAfterQuestion, isReplyOpening, overlaps, repliesAfterRequest } from '../sentenceFilters.js';
import type { OfflineTuning } from '../tuning.js';
import { datedNeighbour } from './questionType.js';
import { continuesStatement, finishesStatement, REFERS_BACK, restatesRequest } from '../../../text/clauses.js';
import { holdsOwnRelativeTime } from '../../../text/dates.js';
import { STATES_ENDED } from '../../../text/inForce.js';
import { endsAsQuestion, splitSentences, type Sentence } from '../../../text/sentences.js';

const STATES_DEFINITION = /是指|指的是|所称|即为|包括|界定|定义|范围|是.{0,20}(?:的|之)(?:住宅|小区|区域|房屋|项目|工作|行为)/;
const NAMES_SETTING = /会议|会上|记者会|发布会|座谈|论坛|\d+\s*月\s*\d+\s*日/;

/**
 * A runner-up joins the answer only when it stands on its own: a whole sentence (not a "……" piece of a longer one,
 * nor a reply's receipt line) that states a definition when "什么是…" is asked, and that holds the figure asked for or
 * matches the question's distinctive terms at least about half as well as the best sentence.
 */
function relevantOnItsOwn(s: ScoredSentence, best: ScoredSentence, question: string, t: OfflineTuning): boolean {
  if (s.text.startsWith('……') || isReplyOpening(s.text)) return false;
  if (ASKS_FOR_DEFINITION.test(question) && !STATES_DEFINITION.test(s.text)) return false;
  const figure = askedFigure(question);
  if (figure && statesFigure(s.text, figure)) return true;
  // From another section of the document, or another document, it must come closer to the best sentence.
  const sameSection = s.passage.chunk.docId === best.passage.chunk.docId && s.passage.chunk.sectionPath === best.passage.chunk.sectionPath;
  // When the best sentence has none of the distinctive terms either (a place named only in the letterhead), they
  // cannot decide alone: a runner-up that holds some of them joins, and one that holds none must share an asked term
  // with the best sentence itself ("资金" of A…资金从哪里来), not only the place and topic its document holds.
  if (best.distinctiveCoverage === 0) return s.distinctiveCoverage > 0 || !best.heldTerms.length || best.heldTerms.some((term) => s.heldTerms.includes(term));
  const share = sameSection ? t.sameSectionDistinctiveShare : t.otherSectionDistinctiveShare;
  return s.distinctiveCoverage > 0 && s.distinctiveCoverage >= best.distinctiveCoverage * share;
}

/**
 * For a question asking each of several documents, the best sentence of the next document joins the best one when
 * it scores otherSideShare of it and clears the sentence bar (each side cited).
 */
function otherSide(scored: ScoredSentence[], question: string, t: OfflineTuning): ScoredSentence | undefined {
  const best = scored[0];
  if (!ASKS_EACH_DOCUMENT.test(question)) return undefined;
  const other = scored.find((s) => s.passage.chunk.docId !== best.passage.chunk.docId);
  return other && other.score >= best.score * t.otherSideShare && other.sentenceCoverage >= t.minSentenceCoverage ? other : undefined;
}

/** Picks the answer sentences: the best one, plus close runners-up, de-duplicated, in document order. */
function pickSentences(scored: ScoredSentence[], question: string, t: OfflineTuning): ScoredSentence[] {
  const best = scored[0];
  const side = otherSide(scored, question, t);
  const picked: ScoredSentence[] = side ? [best, side] : [best];
  let chars = picked.reduce((n, s) => n + s.text.length, 0);
  // A how-question's measures, or the figures of a "各期多少", are often spread over several sentences of one section.
  const spread = ASKS_FOR_MEASURES.test(question);
  const figure = askedFigure(question);
  const maxSentences = spread ? t.maxSentences + 1 : t.maxSentences;
  const maxChars = spread ? t.maxListChars : t.maxAnswerChars;
  for (const s of scored.slice(1)) {
    if (picked.length >= maxSentences) break;
    // Another document joins the answer only when it is about as good as the best one.
    const sameDoc = s.passage.chunk.docId === best.passage.chunk.docId;
    const sameSection = sameDoc && s.passage.chunk.sectionPath === best.passage.chunk.sectionPath;
    const bar = !sameDoc ? t.otherDocumentBar : sameSection && (spread || (figure && statesFigure(s.text, figure))) ? t.sameSectionSpreadBar : t.sameDocumentBar;
    if (s.score < best.score * bar || s.sentenceCoverage < t.minSentenceCoverage || !relevantOnItsOwn(s, best, question, t)) continue;
    if (chars + s.text.length > maxChars) continue;
    const norm = normalizeForMatch(s.text);
    if (picked.some((p) => overlaps(normalizeForMatch(p.text), norm))) continue;
    picked.push(s);
    chars += s.text.length;
  }
  return picked.sort((a, b) => a.passage.n - b.passage.n || a.index - b.index);
}

/**
 * "在什么场合谈到…": documents often name the occasion in the sentence before the one that matches the question
 * ("3月9日…举行民生主题记者会。住建部部长倪虹谈及…"); that sentence is then part of the answer.
 */
function settingSentence(question: string, best: ScoredSentence, scored: ScoredSentence[]): ScoredSentence | undefined {
  if (!ASKS_FOR_SETTING.test(question) || NAMES_SETTING.test(best.text)) return undefined;
  const before = scored.find((s) => s.passage === best.passage && s.index === best.index - 1);
  return before && NAMES_SETTING.test(before.text) && !BOILERPLATE.test(before.text) ? before : undefined;
}

/**
 * "……提出上述目标并作出部署。": a best sentence that points back to what precedes it needs that sentence to mean
 * anything, so the previous sentence of its passage joins the answer.
 */
function antecedentSentence(best: ScoredSentence, scored: ScoredSentence[]): ScoredSentence | undefined {
  if (!REFERS_BACK.test(best.text) || best.text.startsWith('……')) return undefined;
  const before = scored.find((s) => s.passage === best.passage && s.index === best.index - 1);
  return before && !BOILERPLATE.test(before.text) ? before : undefined;
}

/** The years a text names as years ("2022年"; not the year of a 文号, "〔2023〕45号"). */
function yearsIn(text: string): string[] {
  return text.match(/(?:19|20)\d{2}(?=\s*年)/g) ?? [];
}

/**
 * "到2023年底…达到80%以上；" is one half of a statement its next clause finishes ("到2025年底达到95%以上。"), and so is
 * "……物业先行劝阻。" of "劝阻无效的，由…处理。" (finishesStatement): that clause joins the answer, unless the question
 * asks a year the clause does not name (a chained target always names its own), the clause speaks of a time said from
 * the present that neither the question nor the quoted sentence says ("…；明年再建…"), it is longer than
 * maxFinishingChars, or it tells of a rule that no longer applies ("原定的补助标准停止执行"): that one's figures are not
 * the answer's.
 */
function continuation(question: string, quoted: ScoredSentence, scored: ScoredSentence[], t: OfflineTuning): ScoredSentence | undefined {
  const next = scored.find((s) => s.passage === quoted.passage && s.index === quoted.index + 1);
  if (!next) return undefined;
  const chained = continuesStatement(quoted.text, next.text);
  const finishes =
    chained ||
    (!quoted.text.startsWith('……') &&
      next.text.length <= t.maxFinishingChars &&
      !STATES_ENDED.test(next.text) &&
      !holdsOwnRelativeTime(next.text, `${question}${quoted.text}`) &&
      finishesStatement(quoted.text, next.text, question));
  if (!finishes) return undefined;
  const asked = yearsIn(question);
  const otherYear = asked.length > 0 && !asked.some((y) => next.text.includes(y)) && (chained || yearsIn(next.text).length > 0);
  return otherYear ? undefined : next;
}

/** Sentences of the best sentence's passage that join it, scored as it is. */
function asJoiningBest(best: ScoredSentence, sentences: Sentence[]): ScoredSentence[] {
  return sentences.map((s) => ({ ...best, text: s.text, index: s.index }));
}

/**
 * "Q1：我家楼是2003年建成的，能纳入老旧小区改造吗？": a best sentence that is itself a question (an FAQ's or a Q&A's)
 * matches the question best but answers nothing; the sentences after it (past any further question it asks, "要满足什么
 * 条件？"), up to the next question, are its answer and join it.
 */
function answersToAskedSentence(best: ScoredSentence, t: OfflineTuning): ScoredSentence[] {
  if (!endsAsQuestion(best.text)) return [];
  return asJoiningBest(best, answersAfterQuestion(splitSentences(best.passage.chunk.text), best.index, t.askedSentenceAnswers));
}

/**
 * "您建议将补助提高到每台20万元。经研究，……": a best sentence restating what the petitioner asked matches the question
 * best but is the petitioner's word, not the bureau's; the reply's sentences after it answer and join it.
 */
function repliesToRestatedRequest(best: ScoredSentence, t: OfflineTuning): ScoredSentence[] {
  if (!restatesRequest(best.text)) return [];
  return asJoiningBest(best, repliesAfterRequest(splitSentences(best.passage.chunk.text), best.index, t.restatedRequestReplies));
}

/**
 * The single-fact answer from the scored sentences (best first), in document order — or, with `leadWithBest`, the
 * best sentence first (the sentence worded as the answer to the question's type), the others after it in order.
 */
export function answerWithSentences(
  question: string,
  scored: ScoredSentence[],
  passages: Passage[],
  evidence: Evidence,
  t: OfflineTuning,
  leadWithBest = false,
  chunksOf?: (docId: string) => Chunk[],
): ExtractiveAnswer {
  const best = scored[0];
  const picked = pickSentences(scored, question, t);
  const antecedent = antecedentSentence(best, scored);
  if (antecedent && !picked.some((p) => p.passage === antecedent.passage && p.index === antecedent.index)) picked.unshift(antecedent);
  const dated = datedNeighbour(question, best);
  if (dated && !picked.some((p) => p.passage === dated.passage && p.index === dated.index)) picked.push(dated);
  const isPicked = (s: ScoredSentence, among: ScoredSentence[]) => among.some((p) => p.passage === s.passage && p.index === s.index);
  const finishing: ScoredSentence[] = [];
  for (const quoted of [...picked]) {
    const continued = continuation(question, quoted, scored, t);
    if (continued && !isPicked(continued, picked) && !isPicked(continued, finishing)) finishing.push(continued);
  }
  for (const answer of [...answersToAskedSentence(best, t), ...repliesToRestatedRequest(best, t)]) if (!isPicked(answer, picked)) picked.push(answer);
  const setting = settingSentence(question, best, scored);
  if (setting && !isPicked(setting, picked)) picked.unshift(setting);
  const compose = (sentences: ScoredSentence[]) => {
    const ordered = [...sentences].sort((a, b) => a.passage.n - b.passage.n || a.index - b.index);
    const line: Quoted[] = leadWithBest ? [best, ...ordered.filter((s) => s !== best)] : ordered;
    return withIntroducedItems(question, line, passages, evidence, t.maxIntroducedItems, chunksOf);
  };
  const added = finishing.filter((s) => !isPicked(s, picked));
  if (!added.length) return compose(picked);
  // The checks that may refuse an answer read it without its finishing clauses: a clause added to finish a statement
  // never supplies the figure, date or name that lets the answer through.
  return { ...compose([...picked, ...added]), judgedAnswer: compose(picked).answer };
}
