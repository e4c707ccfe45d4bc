// The one seam between drafting and the answerability gate of `ask` (src/answer/gate/passages.ts, `gatePassages`):
// every sentence a draft may quote is judged by exactly the code that decides whether a question is answered, with the
// draft's own floor as the gate's tuning (a suggestion's focus words must all be there, not one of two). When the
// gate's internals change, only this file follows.
import type { Chunk, Searcher } from '../types.js';
import { gatePassages } from '../answer/gate/passages.js';
import { holdsWord } from '../grounding/evidenceGate.js';
import { levelsNamed } from '../grounding/levels.js';
import { unitsNamedBesides } from '../text/places.js';
import { wholeScopeOf } from '../text/scope.js';
import type { EvidenceGateTuning } from '../grounding/evidenceGate.js';
import { getTokenizer } from '../text/tokenizer.js';
import { questionFocus } from '../answer/offline/questionAnalysis.js';
import { isFormNoun, namesFormOfAsk, PERIOD_WORDS, stemOfFormWord } from '../text/questionWords.js';
import { withoutWholeWords } from '../text/tokenizer.js';
import { coverage, matchStrength, passageContexts, weighTerms, type WeightedTerm } from '../answer/offline/termWeights.js';
import { normalizeForMatch } from '../text/simplify.js';
import { yearsAsDigits } from '../text/numerals.js';
import { offlineTuning } from '../answer/offline/tuning.js';
import { otherKindHeadForms } from '../text/kindHeads.js';

/** A sentence a draft may quote, with the chunk it comes from (its title and section count as its context). */
export interface QuoteCandidate {
  chunk: Chunk;
  sentence: string;
}

export interface SentenceGate {
  /** At least one candidate passes. */
  answerable: boolean;
  /** Per candidate (same order): it passes the gate of `ask` at the draft's floor. */
  passing: boolean[];
  /** The focus words every passing sentence holds (with its title and heading). */
  focus: string[];
}

export interface TermWeights {
  /** The wording's weighted terms. */
  terms: WeightedTerm[];
  /** Terms no text holds (an unusual word of the wording, or what the library lacks). */
  absent: Set<string>;
}

/**
 * Coverage of weighted terms by a text, as the offline engine measures it (normalised; partial credit for parts). A
 * year written digit by digit is read as digits, as search reads it: 三年 is not in "二〇二三年底".
 */
export function coverageOf(terms: WeightedTerm[], text: string): number {
  if (!terms.length) return 0;
  return coverage(terms, normalizeForMatch(yearsAsDigits(text)));
}

/**
 * What every draft gate call sets whatever its floor: a place constrains quotes only when written as one (a
 * suggestion's long wording holds words the tagger calls places: 实行并联审批); how an ask is to be done (优先, 统一)
 * is no focus word; a word the vocabulary maps to the library's wording (快递 in 快递柜) names a thing; a sum per unit
 * (每户8000元) states a 标准; one item of a set the ask names (庭院 of 庭院和楼内燃气管道) is no focus word, nor the
 * frame of a "把X作为…对象" ask (作为, 对象); what the ask does to a thing (排查, 规范) is no focus word, the thing is; a thing named with another head of its kind
 * (供水公司 for 供水企业) is that thing.
 */
const DRAFT_GATE_BASE: Partial<EvidenceGateTuning> = { placesWrittenAsUnits: true, mannerWordsNotFocus: true, mappedWordsAreTopics: true, ratesStateStandards: true, listedItemsNotFocus: true, classFrameNotFocus: true, actionVerbsNotFocus: true, kindHeadsMatch: true, yearsFromNowAsNumbers: false };

/** The draft's floors on the gate: one for the passage a sentence comes from, one for the sentence itself. */
export interface DraftGateFloor {
  passage: Partial<EvidenceGateTuning>;
  sentence: Partial<EvidenceGateTuning>;
  /**
   * The passage floor for chunks whose section heading is already on the suggestion's topic (an earlier reply's
   * "二、关于财政补助"): the heading vouches for the topic, so the passage need not hold every focus word of a
   * two-part ask ("提高补助标准，并允许提取公积金").
   */
  onTopicPassage?: { floor: Partial<EvidenceGateTuning>; chunkIds: Set<string> };
  /** The wording's nouns of a period of the year (年度, 季节) are no focus words (DraftTuning.periodWordsSayWhen). */
  periodWordsSayWhen?: boolean;
  /**
   * The bureau's own documents and the word naming its whole scope ("全省"): their passages speak for it, as a city's
   * own document speaks for 全市 (DraftTuning.ownDocumentsSpeakForBureauScope).
   */
  ownScope?: OwnScope;
}

/** Documents of the bureau itself (by id) and the bureau's place, whose scope ("全省", "全市") they speak for. */
export interface OwnScope {
  docIds: Set<string>;
  /** The bureau's place as bureau.yml writes it ("岚山省"). */
  ownPlace: string;
  /** The stem of the bureau's own place ("岚山" of 岚山省): naming it is no narrower place. */
  ownStem: string;
}

/**
 * Whether an own document's sentence speaks for the bureau's whole scope: it names no level ("省财政…，县级财政…" is
 * theirs) and no place but the bureau's own ("东湖区已在…试点" is one district's).
 */
function speaksForWholeScope(sentence: string, scope: OwnScope): boolean {
  return !levelsNamed(sentence).length && !unitsNamedBesides(sentence, scope.ownStem).length;
}

/** A candidate of the bureau's own document, its title read with the scope it speaks for ("…的答复 全省"). */
function withOwnScope(candidate: QuoteCandidate, scope: OwnScope | undefined): QuoteCandidate {
  if (!scope?.docIds.has(candidate.chunk.docId)) return candidate;
  const word = wholeScopeOf({ title: candidate.chunk.title, own: true }, { ownPlace: scope.ownPlace });
  if (!word || !speaksForWholeScope(candidate.sentence, scope)) return candidate;
  return { ...candidate, chunk: { ...candidate.chunk, title: `${candidate.chunk.title} ${word}` } };
}

/** The wording without its nouns of a period of the year (PERIOD_WORDS), unless nothing else is left. */
export function withoutPeriodWords(wording: string): string {
  const out = withoutWholeWords(wording, [...PERIOD_WORDS]).trim();
  return out ? out : wording;
}

/**
 * Asks the gate of `ask` about each candidate: its passage (chunk, with title and section) must pass at
 * `floor.passage` and the sentence itself (with the same title and section) at `floor.sentence` — it holds the
 * wording's focus words and agrees with its year, place and level. One gate call per level: the wording is analysed
 * once for all candidates.
 */
export function gateSentences(search: Searcher, asked: string, quoted: QuoteCandidate[], floor: DraftGateFloor): SentenceGate {
  if (!quoted.length) return { answerable: false, passing: [], focus: [] };
  const candidates = quoted.map((c) => withOwnScope(c, floor.ownScope));
  const wording = floor.periodWordsSayWhen ? withoutPeriodWords(asked) : asked;
  // A passage reads with the scope when one of its sentences does: the sentence gate below holds the others to theirs.
  const scoped = candidates.filter((c, i) => c !== quoted[i]);
  const chunks = [...new Map([...candidates, ...scoped].map((c) => [c.chunk.id, c.chunk])).values()];
  const chunkGate = gatePassages(search, wording, chunks.map((chunk, i) => ({ n: i + 1, chunk, score: 0 })), { ...DRAFT_GATE_BASE, ownPlace: floor.ownScope?.ownPlace, ...floor.passage }).assessment;
  const passingChunks = new Set(chunkGate.pass ? chunkGate.passing.map((i) => chunks[i].id) : []);
  const onTopic = floor.onTopicPassage ? chunks.filter((c) => floor.onTopicPassage!.chunkIds.has(c.id)) : [];
  if (onTopic.length) {
    const relaxed = gatePassages(search, wording, onTopic.map((chunk, i) => ({ n: i + 1, chunk, score: 0 })), { ...DRAFT_GATE_BASE, ownPlace: floor.ownScope?.ownPlace, ...floor.onTopicPassage!.floor }).assessment;
    if (relaxed.pass) for (const i of relaxed.passing) passingChunks.add(onTopic[i].id);
  }
  const sentences = candidates.map(({ chunk, sentence }, i) => ({ n: i + 1, chunk: { ...chunk, text: sentence }, score: 0 }));
  const { analysis, assessment } = gatePassages(search, wording, sentences, { ...DRAFT_GATE_BASE, ownPlace: floor.ownScope?.ownPlace, ...floor.sentence });
  const passing = candidates.map(() => false);
  if (assessment.pass) for (const i of assessment.passing) passing[i] = passingChunks.has(candidates[i].chunk.id);
  return { answerable: passing.some(Boolean), passing, focus: analysis.focus };
}

/**
 * The gate's focus words that name the form of the ask (质量标准, 出资渠道, 一定期限: namesFormOfAsk) and that no
 * candidate's passage (with its title and heading) holds: how the asker words the ask, which the library answers by
 * its content ("保修期统一由2年延长至5年", "可以通过…提取住房公积金等方式出资").
 */
export function unheldFormWords(focus: string[], candidates: QuoteCandidate[]): string[] {
  const passages = [...new Map(candidates.map((c) => [c.chunk.id, normalizeForMatch(`${c.chunk.title}${c.chunk.sectionPath}${c.chunk.text}`)])).values()];
  return focus.filter((w) => namesFormOfAsk(w) && !passages.some((p) => holdsWord(p, w)));
}

/**
 * The wording without the form of the ask its focus words name: a bare form noun goes ("续筹机制" → 续筹 when 机制 is a
 * focus word of its own), a focus word closing on one keeps what it names (调解机制 → 调解). Null when nothing changes,
 * or when only bare form nouns carry the ask (the wording would ask nothing of its own).
 */
export function withoutFormOfAsk(wording: string, focus: string[]): string | null {
  const bare = focus.filter(isFormNoun);
  const stemmed = focus.flatMap((w) => {
    const stem = stemOfFormWord(w);
    return stem ? [{ word: w, stem }] : [];
  });
  if (!bare.length && !stemmed.length) return null;
  if (bare.length === focus.length) return null;
  let out = withoutWholeWords(wording, bare);
  for (const { word, stem } of stemmed) out = out.split(word).join(stem);
  return out !== wording && out.trim() ? out : null;
}

/**
 * The wording's weighted terms over texts (retrieved chunks, whole documents): what `coverageOf` measures against. A
 * draft reads a thing named with another head of its kind as the term (WeightedTerm.kindForms).
 */
export function weighWording(wording: string, texts: string[]): TermWeights {
  const t = offlineTuning();
  const focus = questionFocus(getTokenizer(), wording);
  const contexts = texts.map(normalizeForMatch);
  const weighed = weighTerms(getTokenizer(), focus, contexts, t);
  // A term is absent when no text says it in the wording's own words: its weight is then lowered, which a term the
  // library names only with another head of its kind ("报警器" for 报警装置) needs as much as one it never names.
  const absent = new Set(weighed.filter((w) => !contexts.some((c) => matchStrength(w, c) >= 1)).map((w) => w.norm));
  // A thing named with another head of its kind is held as the term when a sentence is measured.
  const terms = weighed.map((w) => ({ ...w, kindForms: otherKindHeadForms(w.norm) }));
  return { terms, absent };
}

/** The wording's weights over retrieved chunks (each with its title and section, as the gate reads them). */
export function weighOverChunks(wording: string, chunks: Chunk[]): TermWeights {
  return weighWording(wording, passageContexts(chunks.map((chunk) => ({ chunk }))));
}
