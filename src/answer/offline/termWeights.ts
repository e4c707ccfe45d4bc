// The question's terms weighted by length and rarity among the retrieved passages, and how well a text covers them.
import { rangeWrittenForms, type Tokenizer } from '../../text/tokenizer.js';
import { getSynonyms } from '../../text/synonyms.js';
import { chineseNumberValue, CN_DIGIT_CHARS } from '../../text/numerals.js';
import { holdsAsWord } from '../../text/kindHeads.js';
import { normalizeForMatch } from '../../text/simplify.js';
import { ASPECT_WORDS, isAnswerKindWord, isDescriptiveTag, saysWhenOnly, gluedWords, isTopicTag, spokenNounRoot, tagOf, wordTags } from '../../text/questionWords.js';
import { autonomousPlaceForm } from '../../text/places.js';
import { namedMonthPartForms } from '../../text/monthPoints.js';
import { KINDS_VERBS, questionTypeOf } from '../../text/questionTypes.js';
import { unique, type QuestionFocus } from './questionAnalysis.js';
import type { OfflineTuning } from './tuning.js';

export interface WeightedTerm {
  term: string;
  norm: string;
  alternatives: string[];
  /** The document wording the synonym table gives for a colloquial term ("掏腰包" → "出资"); a match counts a bit less. */
  synonyms: string[];
  /** For a counted abbreviation ("四化"), the list it stands for. */
  expansion?: RegExp;
  parts: string[];
  weight: number;
  /** Carried over from an earlier question in the thread. */
  carried: boolean;
  /** Character-pair backoff allowed (a long term the segmenter found no parts in; see bigramBackoff). */
  backoff?: boolean;
  /** Added by the synonym table for a phrase of the question no single term holds ("钱从哪来"). */
  expanded?: boolean;
  /** Credit a partial match earns (from the tuning): by synonym, by dictionary parts, by character pairs. */
  credit: { synonym: number; parts: number; bigram: number };
  /**
   * The term's thing named with another head of its kind ("报警器" for 报警装置, src/text/kindHeads.ts): a text holding one
   * as a word holds the term. Drafts set them; `ask` matches a question's words as asked.
   */
  kindForms?: string[];
}

function lengthWeight(term: string, t: OfflineTuning): number {
  if (/^\d/.test(term)) return t.numberTermWeight;
  if (term.length === 1) return t.singleCharTermWeight;
  return term.length === 2 ? t.twoCharTermWeight : t.longTermWeight;
}

/** "四化" names four items ending in 化; a text listing them ("美化、绿化、亮化、净化") holds the term. */
export function countedAbbreviation(norm: string): RegExp | undefined {
  const m = norm.match(/^([二三四五六七八九十])(\p{Script=Han})$/u);
  const count = m ? chineseNumberValue(m[1]) : undefined;
  if (!m || !count) return undefined;
  const item = `\\p{Script=Han}{1,3}${m[2]}`;
  return new RegExp(`${item}(?:[、，,和及与]${item}){${count - 1}}`, 'u');
}

/** Phrases the synonym table adds for a text, in normalized form. */
function expansions(text: string): string[] {
  return unique(getSynonyms().expand(text).map(normalizeForMatch)).filter((x) => x.length >= 2 && x !== text);
}

/**
 * Document wording for a colloquial term ("掏腰包" → "出资"), from the retrieval's synonym table: only what the whole term
 * triggers, not a part of it ("物业费" is not "物业管理" because "物业" is).
 */
function synonymsOf(norm: string): string[] {
  const fromParts = new Set<string>();
  for (let len = 2; len < norm.length; len++) {
    for (let i = 0; i + len <= norm.length; i++) for (const x of expansions(norm.slice(i, i + len))) fromParts.add(x);
  }
  // A term the table lists itself ("棚户区改造" beside "棚改") keeps its group even when a part of it is listed too.
  return expansions(norm).filter((x) => !fromParts.has(x) || expansions(x).includes(norm));
}

/** "第二批", "第2期": a phase's ordinal. */
const PHASE_ORDINAL = new RegExp(String.raw`^第([${CN_DIGIT_CHARS}\d]+)[期批轮]$`);

/** "第二批" is what documents also call "二期" or "第二期": a phase's ordinal in its usual spellings. */
export function anchorForms(anchor: string): string[] {
  const m = anchor.match(PHASE_ORDINAL);
  return m ? unique([anchor, ...['期', '批', '轮'].flatMap((u) => [`第${m[1]}${u}`, `${m[1]}${u}`])]) : [anchor];
}

/** The normalized text of each passage as terms are matched against it: title, section path and text. */
export function passageContexts(passages: { chunk: { title: string; sectionPath: string; text: string } }[]): string[] {
  return passages.map((p) => normalizeForMatch(`${p.chunk.title} ${p.chunk.sectionPath} ${p.chunk.text}`));
}

/** Terms weighted by length and by rarity among the retrieved passages (absent everywhere = rarest). */
export function weighTerms(tokenizer: Tokenizer, focus: QuestionFocus, contexts: string[], t: OfflineTuning): WeightedTerm[] {
  const n = contexts.length;
  const credit = { synonym: t.synonymStrength, parts: t.partsStrength, bigram: t.bigramStrength };
  const tags = wordTags(focus.text);

  const build = (term: string, factor: number, carried = false, expanded = false, sameMeaning: string[] = []): WeightedTerm => {
    const norm = normalizeForMatch(term);
    // Short forms staff use for names the documents spell out ("住建局"), from the domain vocabulary: a full match.
    const alternatives = unique([...getSynonyms().writtenAs(norm).map(normalizeForMatch), ...anchorForms(norm).filter((f) => f !== norm), ...rangeWrittenForms(norm).filter((f) => f !== norm), ...sameMeaning]);
    // The table's wording for the term itself, and for the spoken phrase it is part of ("弄完" in "多久能弄完" → 完工).
    const spoken = getSynonyms().wordingFor(norm, focus.text).map(normalizeForMatch);
    const synonyms = expanded ? [] : unique([...synonymsOf(norm), ...spoken]).filter((x) => !alternatives.includes(x) && x !== norm);
    const forms = [norm, ...alternatives, ...synonyms];
    // "6月底" is written "6月30日前" as often as not: the term 月底 is held by the end of the month asked, as the gate reads it.
    const expansion = countedAbbreviation(norm) ?? autonomousPlaceForm(norm, tagOf(norm, tags)) ?? namedMonthPartForms(norm, focus.text);
    const df = contexts.filter((c) => forms.some((f) => c.includes(f)) || expansion?.test(c)).length;
    const idf = Math.log(1 + (n + 1) / (df + 0.5));
    const parts = norm.length >= 3 ? tokenizer.searchTerms(term).map(normalizeForMatch).filter((p) => p.length >= 2 && p !== norm) : [];
    const backoff = !expanded && !parts.length;
    const weight = factor * lengthWeight(term, t) * idf;
    return { term, norm, parts, alternatives, synonyms, expansion, weight, carried, expanded, backoff, credit };
  };
  const own = focus.terms.map((term) => build(term, 1));
  // Phrases triggered within one term were that term's to take or leave; those spanning terms ("钱从哪来") are added,
  // one term for each spoken phrase, held by any of the wordings it stands for (出资, 筹措…).
  const withinTerms = new Set(own.flatMap((w) => [w.norm, ...w.alternatives, ...w.synonyms, ...expansions(w.norm)]));
  const phrases = getSynonyms()
    .matches(normalizeForMatch(focus.text))
    .map((m) => unique(m.adds.map(normalizeForMatch)).filter((x) => x.length >= 2 && !withinTerms.has(x) && !own.some((w) => w.norm.includes(x))))
    .filter((adds) => adds.length);
  const terms = [
    ...own,
    ...phrases.map(([first, ...rest]) => build(first, t.expandedPhraseFactor, false, true, rest)),
    ...focus.carried.map((term) => build(term, t.carriedTermFactor, true)),
  ];
  // "加装电梯 subsidy 多少？": in a Chinese question, a Latin word no passage contains is the asker's code-switching.
  const chinese = terms.some((w) => /\p{Script=Han}/u.test(w.norm));
  return chinese ? terms.filter((w) => !/^[a-z]+$/.test(w.norm) || contexts.some((c) => c.includes(w.norm))) : terms;
}

/**
 * A question's word no passage holds weighs most (a place or topic the documents never mention sinks coverage) —
 * unless it only says how the asker frames the question: a verb or the kind of answer wanted ("结束", "压到", "程度",
 * "例子"), which weighs absentFramingFactor of that; an aspect verb ("完成", "推进") weighs aspectWordFactor. For
 * questions only (a proposal's wording frames nothing).
 */
export function discountAbsentFraming(terms: WeightedTerm[], question: string, contexts: string[], t: OfflineTuning): WeightedTerm[] {
  const tags = wordTags(question);
  // A spoken noun whose root the passages use ("管子" beside "管道") names the topic in everyday words: as the gate does.
  const spokenNoun = (term: string) => contexts.some((c) => c.includes(spokenNounRoot(term) ?? '\u0000'));
  const glued = gluedWords(question);
  // A place word, idiom or part of the day ("外面", "乱七八糟", "晚上") says where, how or when, and a word the tokenizer
  // glued ("楼里") names nothing, as the gate reads them too.
  const framing = (term: string) => isAnswerKindWord(term) || !isTopicTag(tagOf(term, tags) ?? 'n') || isDescriptiveTag(tagOf(term, tags)) || saysWhenOnly(term, question) || spokenNoun(term) || glued.has(term);
  const held = (w: WeightedTerm) => contexts.some((c) => [w.norm, ...w.alternatives, ...w.synonyms].some((f) => c.includes(f)) || !!w.expansion?.test(c));
  // "…自查在什么时候前完成": the aspect verb frames the fact asked (as the gate reads it), it does not pick the sentence.
  // "改造包括哪些内容": 包括 asks for the kinds (the question type's own verb); a sentence holding it ("不包括城中村")
  // is not on the question for that, as an answer-kind word would not be.
  const kindsVerb = questionTypeOf(question)?.name === '内容' ? KINDS_VERBS : undefined;
  const aspect = (w: WeightedTerm) => (kindsVerb?.test(w.term) ? t.absentFramingFactor : ASPECT_WORDS.has(w.term) ? t.aspectWordFactor : 1);
  return terms.map((w) => (!w.expanded && framing(w.term) && !held(w) ? { ...w, weight: w.weight * t.absentFramingFactor } : { ...w, weight: w.weight * aspect(w) }));
}

/** 1 when the text holds the term; partial credit when a long term is only there in its parts. */
export function matchStrength(term: WeightedTerm, text: string): number {
  if (text.includes(term.norm) || term.alternatives.some((a) => text.includes(a)) || term.expansion?.test(text)) return 1;
  if (term.kindForms?.some((f) => holdsAsWord(text, f))) return 1;
  const synonym = term.synonyms.some((a) => text.includes(a)) ? term.credit.synonym : 0;
  if (!term.parts.length) return Math.max(synonym, bigramBackoff(term, text));
  const found = term.parts.filter((p) => text.includes(p)).length;
  return Math.max(synonym, (term.credit.parts * found) / term.parts.length);
}

/** Backoff for a long term the segmenter produced no usable parts for: the share of its character pairs in the text. */
function bigramBackoff(term: WeightedTerm, text: string): number {
  if (term.norm.length < 3 || !term.backoff || !/^\p{Script=Han}+$/u.test(term.norm)) return 0;
  const pairs = Array.from({ length: term.norm.length - 1 }, (_, i) => term.norm.slice(i, i + 2));
  return (term.credit.bigram * pairs.filter((p) => text.includes(p)).length) / pairs.length;
}

/** Share of the terms' weight a (normalized) text holds. */
export function coverage(terms: WeightedTerm[], text: string): number {
  const total = terms.reduce((s, t) => s + t.weight, 0);
  if (total === 0) return 0;
  return terms.reduce((s, t) => s + t.weight * matchStrength(t, text), 0) / total;
}

/**
 * A three-character term ("停车难") earns partial credit for its parts ("停车") only in a document that uses the whole
 * term somewhere: elsewhere the parts alone are too common to show the document is about it.
 */
export function docAwareTerms(terms: WeightedTerm[], docText: string): WeightedTerm[] {
  return terms.map((t) => (t.norm.length === 3 && t.parts.length && !docText.includes(t.norm) ? { ...t, parts: [], backoff: false } : t));
}

/**
 * The question's own terms that most retrieved passages lack: shared ones ("老旧小区" in a corpus about them) say
 * little on their own; anchors (the place, the year) pick the document, not the sentence; and terms carried over from
 * earlier in the thread are context, not what is asked.
 */
export function distinctiveTerms(terms: WeightedTerm[], contexts: string[], anchors: string[], t: OfflineTuning): WeightedTerm[] {
  // A single character ("路" cut from an unknown place name) is too weak to tell sentences apart.
  const asked = terms.filter((w) => !w.carried && !anchors.includes(w.norm) && w.norm.length > 1);
  const rare = asked.filter((w) => {
    const df = contexts.filter((c) => matchStrength(w, c) >= w.credit.synonym).length;
    return df > 0 && df < Math.max(2, contexts.length * t.distinctiveMaxShare);
  });
  // When every passage shares the asked terms (all from one document), they are what is asked all the same.
  return rare.length ? rare : asked;
}
