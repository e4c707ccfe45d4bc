// The answerability gate shared by `ask` (before the offline engine and before any model call) and drafting (per
// suggestion): a passage answers a question only when it holds the question's focus words and agrees with its
// constraints (year, place, administrative level). Principles, not fitted thresholds:
// - focus words are the question's content words that are rare in the library (the lexical index's document
//   frequencies), so "老旧小区" or "改造" never carry a question on their own;
// - a word the library never uses cannot be matched by any passage: when such words carry the question ("党建",
//   "星期"), nothing answers it;
// - a year, place or level the question asks about must be the one the passage speaks of (asked 2021 → a 2019 figure
//   is not an answer; asked 全国 → a county's figure is not; asked A → B is not).
import { ACTION_VERBS, ASPECT_WORDS, classFrameWords, coordinatedItems, holdsUnderKindHead, otherKindHeadForms, DOCUMENT_ACTS, DOCUMENT_NUMBER, namesDocumentNumber, isActOfPointedPart, SPANS_SIDES, figureKindOf, getJieba, getTokenizer, isAnswerKindWord, isDescriptiveTag, qualifiesActivity, saysWhenOnly, holdsNamedMonthPart, isMannerWord, issuerPlaces, spokenNounRoot, isFramingWord, gluedWords, isTopicTag, locatedIn, STRUCTURE_REFERENCE, normalizeForMatch, splitSentences, tagOf, withoutStatedYears, wordTags, type Tokenizer } from '../text/index.js';
import { getSynonyms } from '../text/synonyms.js';
import { askedFigure, holdsCountNoun, holdsRateWord, holdsShareWord, statesFigure, withoutCarriedQuestion } from '../text/askedFigure.js';
import { askedPlaces, countyUnitsAfterCity, statesWholeScopeTotal, writtenAsCountyUnits, WRITTEN_PLACE_UNIT_SUFFIXES } from '../text/places.js';
import { wholeScopeOf, type ScopeReader } from '../text/scope.js';
import { openingYear } from '../text/markers.js';
import { ASKS_TOTAL_OVER_YEARS, figuresAsDigits, statedYearSpans, withoutBuiltYears, withoutStatedYearSpans } from '../text/numerals.js';
import { askedLevel, holdsLevel, holdsSpokenLevel, levelsNamed, levelsOfIssuer, referredLevels, type Level } from './levels.js';

export { askedLevel, type Level } from './levels.js';

/** Every knob of the gate (MiniSearch style). */
export const EVIDENCE_GATE_DEFAULTS = {
  /** A content word held by at most this share of the library's chunks is a focus word. */
  focusMaxShare: 0.1,
  /** At most this many focus words (the rarest) are looked for. */
  maxFocusWords: 2,
  /** Share of them a passage must hold (rounded up: 1 of 1, 1 of 2). */
  focusShare: 0.5,
  /** Refuse when words the library never uses are at least this share of the question's content words. */
  unknownWeightShare: 0.5,
  /** A word the library never uses of at least this many characters is a term of art and a focus word ("消防通道"). */
  specificTermChars: 4,
  /**
   * A word the tagger calls a place constrains the passages only when the text writes it as a unit (甲区) or the
   * library does (A市, an issuer): "实行并联审批" tags 并联 as a place. Off for `ask` (a city named without its suffix
   * stays a place); drafts set it, as a suggestion's long wording often holds such a word.
   */
  placesWrittenAsUnits: false,
  /**
   * Manner words (优先, 统一, 同步: how an ask is to be done, src/text/questionWords.ts MANNER_WORDS) are never focus
   * words. Off for `ask` ("哪些小区优先改造" asks about 优先); drafts set it: a suggestion's "把雨污分流作为基础类改造内容
   * 优先实施" is about 雨污分流, and a sentence holding 优先 is not on it for that.
   */
  mannerWordsNotFocus: false,
  /**
   * A word cut from a longer one the vocabulary maps to the library's wording ("快递" of 快递柜 → 智能快件箱) names that
   * thing, whatever the tagger calls it (快递/v): it is a focus candidate. Off for `ask`; drafts set it.
   */
  mappedWordsAreTopics: false,
  /**
   * A passage stating a sum per unit ("每户8000元") holds the word 标准 (src/text/askedFigure.ts holdsRateWord). Off for
   * `ask` (a question's 标准 asks for one named standard); drafts set it: "提高补助标准" is answered by what it is now.
   */
  ratesStateStandards: false,
  /**
   * One item of a set the text names ("庭院和楼内燃气管道", "甲县、乙满族自治县、A市": src/text/coordination.ts) is no
   * focus word: the set is asked, and a passage on it need not name that item. Off for `ask` ("A和B有什么区别" asks about
   * each); drafts set it.
   */
  listedItemsNotFocus: false,
  /**
   * The frame of a "把X作为…对象/内容" ask (作为 and its class noun: src/text/questionWords.ts classFrameWords) is no focus
   * word: X is asked. Off for `ask` ("改造对象有哪些" asks about the 对象); drafts set it.
   */
  classFrameNotFocus: false,
  /**
   * A verb of doing the ask is made of (排查, 规范, 加强: src/text/questionWords.ts ACTION_VERBS) is no focus word: the
   * thing it is done to is asked. Off for `ask` ("怎么排查" asks about 排查); drafts set it ("规范施工时间" is answered by
   * "施工时间为每日7:30至…").
   */
  actionVerbsNotFocus: false,
  /**
   * A focus word is held by the same thing named with another head noun of its kind (企业 by "市供水公司", 报警装置 by
   * "报警器": src/text/kindHeads.ts). Off for `ask` (a question's wording is matched as asked); drafts set it.
   */
  kindHeadsMatch: false,
  /**
   * A year said from now ("今年", "去年", "上一年度") is read as the year it is (src/answer/gate/passages.ts,
   * src/text/dates.ts withYearsFromNowAs): in a question from the year the asker's now is, in a passage from its
   * document's date, so "去年加装了多少台" is held to the year before as "2024年…" is, and "今年以来…126台" of a 2025
   * document states 2025.
   * On for `ask`; drafts turn it off (a suggestion's 今年 stays a word its quotes must hold, measured fa23).
   */
  yearsFromNowAsNumbers: true,
  /**
   * At most this many other places a place refusal names as what the library holds instead ("没有甲…相近的内容是
   * 乙、丙、A的"): enough to show the user where to look, short enough to read.
   */
  otherPlacesNamed: 3,
  /**
   * The library's own place (bureau.yml's `city`, "A市"), when known: another city's own document does not speak for
   * the whole city a question asks about without naming it (src/text/scope.ts wholeScopeOf). Unset, every city's does.
   */
  ownPlace: undefined as string | undefined,
};
export type EvidenceGateTuning = typeof EVIDENCE_GATE_DEFAULTS;

/** Corpus statistics the gate reads; without them every word counts as known and as a focus candidate. */
export interface TermStats {
  docFrequency(term: string): number;
  totalChunks: number;
}

export interface QuestionAnalysis {
  /** The question without document references (文号), which say which document, not what is asked. */
  text: string;
  /** Content words (no question words, no numbers). */
  terms: string[];
  /** The rarest content words the library holds: a passage must hold them all. */
  focus: string[];
  /** Content words the library never uses. */
  unknown: string[];
  /** Focus words that are abbreviations ("住建局", jieba's j tag or a government body), matched by their characters in order. */
  abbreviations: string[];
  /**
   * The library's own wording for the question's spoken words, from the domain vocabulary ("漏水" → 防水, 渗漏): a
   * passage holding one of them holds the spoken word. Only wording the library uses is kept.
   */
  official: Map<string, string[]>;
  /** A sum per unit stated holds the word 标准 (EVIDENCE_GATE_DEFAULTS.ratesStateStandards). */
  ratesStateStandards?: boolean;
  /** A focus word is held under another head of its kind (EVIDENCE_GATE_DEFAULTS.kindHeadsMatch). */
  kindHeadsMatch?: boolean;
  /** Share of the question's word weight held by unknown words. */
  unknownShare: number;
  /** The question names a document (文号) and may ask about the document itself. */
  namesDocument: boolean;
  /** The question compares sides ("各…", "哪边…"): focus words may be spread over two documents. */
  comparison: boolean;
  years: string[];
  /** Place names the library holds, without their 省/市/县/区 suffix. */
  places: string[];
  /**
   * Places the question names that only the library shows to be places ("A", tagged a person's name, is a
   * retrieved document's issuer, or written "A市"): the answering sentences must agree with them
   * (answerMismatches); the gate, which matches focus words passage by passage, does not weigh them.
   */
  issuerPlaces: string[];
  /** Place names the library never mentions: no passage can be about them. */
  unknownPlaces: string[];
  level: Level | null;
  /** The library's own place (EvidenceGateTuning.ownPlace). */
  ownPlace?: string;
}

const YEAR = /(?<!\d)((?:19|20)\d{2})(?=\s*年|\s*[-—–至到~～]|[^\d]|$)/gu;
/** A year that bounds a range ("2000年以前建成"): it describes what is counted, it is not the year of the data. */
const YEAR_BOUNDARY = /(?:19|20)\d{2}\s*年?\s*底?\s*(?:以前|之前|以后|之后|前|后)/gu;
/** Tags the tagger gives place names it does not know: a person's name, an adjective, a proper term, an abbreviation. */
const NAME_TAG = /^(?:nr|nrt|nrfg|a|nz|j)$/u;
/** Tags of abbreviations and proper terms ("党建", jieba's j and nz). */
const SPECIFIC_TAG = /^(?:j|nz)$/u;

/**
 * A short predicate closing a how / who question ("…是怎么招标的？", "谁中标了？", "…是哪家公司中标的？"): the
 * detail asked, which the answering text must speak of. Only a span right before the closing particles is read.
 */
const CLOSING_PREDICATE = [
  /(?:怎么|怎样|如何|咋|谁)(\p{Script=Han}{2,4}?)(?:的|了)?[吗呢啊呀]?[？?。！!\s]*$/u,
  /是(?:哪|什么)\p{Script=Han}{0,4}?(?:公司|企业|单位|部门|机构|人)(\p{Script=Han}{2,4}?)的[？?。！!\s]*$/u,
];

/**
 * The closing predicate of a question when it is one dictionary word naming an activity (a noun or verbal noun:
 * "招标", "备案", "运营"), else undefined. A plain verb ("处理", "担任") says how the asker frames it, as elsewhere in
 * the gate only topic words carry a question.
 */
export function closingPredicate(text: string, tokenizer: Tokenizer = getTokenizer()): string | undefined {
  for (const pattern of CLOSING_PREDICATE) {
    const m = text.match(pattern);
    if (!m) continue;
    const word = m[1];
    const tags = wordTags(word);
    if (tokenizer.cut(word).length !== 1 || !isTopicTag(tagOf(word, tags) ?? '') || isFramingWord(word, tagOf(word, tags)) || isFramingWord(m[0].replace(/[的了吗呢啊呀？?。！!\s]+$/u, ''), undefined) || isAnswerKindWord(word) || ASPECT_WORDS.has(word) || DOCUMENT_ACTS.has(word)) continue;
    return word;
  }
  return undefined;
}

/** Years the question asks about (a 文号's year and a building's year of construction excluded). */
export function askedYears(text: string): string[] {
  return [...new Set([...withoutBuiltYears(text).matchAll(YEAR)].map((m) => m[1]))];
}

/** What a question asks about, weighed against the library's statistics. */
export function analyzeQuestion(
  question: string,
  stats?: TermStats,
  tuning: Partial<EvidenceGateTuning> = {},
  tokenizer: Tokenizer = getTokenizer(),
  /** Text of the retrieved documents: a word written there is known even when the index cut it differently. */
  context = '',
  /** Places the retrieved documents' issuers name ("A", which the tagger takes for a person): places when asked. */
  libraryPlaces: string[] = [],
): QuestionAnalysis {
  const t = { ...EVIDENCE_GATE_DEFAULTS, ...tuning };
  const text = question.normalize('NFKC').replace(DOCUMENT_NUMBER, ' ').replace(STRUCTURE_REFERENCE, ' ').trim();
  const tags = wordTags(text);
  const terms = [...new Set(tokenizer.terms(text))].filter(
    (w) => !isFramingWord(w, tagOf(w, tags)) && !isAnswerKindWord(w) && !ASPECT_WORDS.has(w) && !isActOfPointedPart(w, question) && /\p{Script=Han}|[a-z]{2,}/u.test(w) && !/^\d/.test(w),
  );
  const taggedTopical = (w: string) => isTopicTag(tagOf(w, tags) ?? 'n');
  const years = askedYears(text);
  let places = askedPlaces(text);
  const total = stats?.totalChunks ?? 0;
  // The index holds search-mode words: a word it lacks whole ("甲县") is known when its parts are ("甲").
  const df = (w: string) => {
    if (!stats) return 1;
    const whole = stats.docFrequency(w);
    if (whole > 0) return whole;
    const parts = tokenizer.searchTerms(w).filter((p) => p !== w && p.length >= 2);
    return parts.length ? Math.min(...parts.map((p) => stats.docFrequency(p))) : 0;
  };
  const written = normalizeForMatch(context);
  const knownPart = (p: string) => df(p) > 0 || written.includes(normalizeForMatch(p));
  // A spoken word the vocabulary maps to wording the library uses is that wording, never a topic the library lacks.
  const official = new Map(terms.map((w) => [w, getSynonyms().wordingFor(w, text).filter(knownPart)] as const).filter(([, forms]) => forms.length));
  // "快递" of 快递柜: mapped only as part of a longer word the vocabulary lists, which names a thing.
  const partOfMappedCompound = (w: string) => official.has(w) && !getSynonyms().wordingFor(w, w).length;
  // How an ask is to be done ("优先", "科学安排", which the library may never write) is no focus word, known or not.
  const manner = (w: string) => (t.mannerWordsNotFocus && isMannerWord(w)) || (t.actionVerbsNotFocus && ACTION_VERBS.has(w));
  const topical = (w: string) => (taggedTopical(w) || (t.mappedWordsAreTopics && partOfMappedCompound(w))) && !manner(w);
  // "报警装置" where the library writes 报警器: the thing under another head of its kind is known (when drafts set it).
  const kindForms = (w: string) => (t.kindHeadsMatch ? otherKindHeadForms(w).filter(knownPart) : []);
  // A spoken word the library never writes is as rare as the official wording it stands for.
  const focusDf = (w: string) => df(w) || (official.has(w) ? Math.max(1, ...official.get(w)!.map(df)) : 0) || Math.max(0, ...kindForms(w).map((f) => Math.max(1, df(f))));
  // Names the tagger takes for a person or an adjective ("A", "B") that the library writes as a place ("A市").
  const writtenAsPlace = (w: string) => WRITTEN_PLACE_UNIT_SUFFIXES.some((x) => (stats?.docFrequency(w + x) ?? 0) > 0 || written.includes(w + x));
  const suffixed = (w: string) => NAME_TAG.test(tagOf(w, tags) ?? '') && /^\p{Script=Han}{2,4}$/u.test(w) && writtenAsPlace(w);
  const named = [...libraryPlaces.filter((p) => text.includes(p)), ...terms.filter(suffixed)];
  if (t.placesWrittenAsUnits) places = places.filter((p) => WRITTEN_PLACE_UNIT_SUFFIXES.some((x) => text.includes(p + x)) || writtenAsPlace(p) || libraryPlaces.includes(p));
  const issuerNamed = named.filter((p) => !places.some((t) => t.includes(p) || p.includes(t)));
  // Counted abbreviations ("四化") and ordinals ("第二批") are matched by their own rules, never unknown words.
  const countable = (w: string) => /^[二三四五六七八九十][\p{Script=Han}]$/u.test(w) || tagOf(w, tags) === 'm';
  // A place word, idiom or part of the day ("楼下", "乱七八糟", "晚上") says where, how or when; a spoken noun whose root the
  // documents use ("管子") names it.
  // A word the tokenizer glued from single characters ("楼里", "充一") names nothing the library could lack.
  const glued = gluedWords(text);
  const spoken = (w: string) => isDescriptiveTag(tagOf(w, tags)) || saysWhenOnly(w, text) || written.includes(spokenNounRoot(w) ?? '\u0000') || glued.has(w);
  // A verb phrase the dictionary holds whole ("加装电梯", tagged a verb) names its object: when the library never uses
  // that noun, the phrase is a topic the library lacks, as the noun alone would be.
  const nounTag = (p: string) => /^n/u.test(getJieba().tag(p, false)[0]?.tag ?? '');
  const unusedNoun = (w: string) => tokenizer.searchTerms(w).some((p) => p !== w && p.length >= 2 && nounTag(p) && !knownPart(p));
  const unknown = stats ? terms.filter((w) => w.length >= 2 && df(w) === 0 && !manner(w) && (topical(w) || unusedNoun(w)) && !countable(w) && !spoken(w) && !official.has(w) && !kindForms(w).length && !written.includes(normalizeForMatch(w))) : [];
  // The action a how / who question closes on ("是怎么招标的") is the detail asked: when the library never uses it and
  // the vocabulary gives no wording for it, no passage can answer, however well the rest matches.
  const predicate = closingPredicate(text, tokenizer);
  const unusedPredicate =
    stats && predicate && df(predicate) === 0 && !written.includes(normalizeForMatch(predicate)) && !getSynonyms().wordingFor(predicate, text).some(knownPart) ? predicate : undefined;
  if (unusedPredicate && !unknown.includes(unusedPredicate)) unknown.push(unusedPredicate);
  // Every word the library holds counts once, whatever its rarity: in a small library a title word is in every chunk
  // of its document and would weigh nothing beside one unknown word.
  // A spoken word the vocabulary maps ("老楼") is how the asker says a library word: it weighs neither way.
  const weightOf = (w: string) => (unknown.includes(w) || !stats || df(w) > 0 ? 1 : 0);
  const totalWeight = terms.reduce((s, w) => s + weightOf(w), 0);
  // A question none of whose words is a dictionary word the library uses ("改主严小进造文": the tokenizer glued every
  // word) names nothing a passage could hold, however its glued pieces match: all of it is unknown. A spoken word the
  // vocabulary maps to the library's wording ("顶楼", "漏水") counts as one.
  const holdsKnownWord = !stats || terms.some((w) => tags.has(w) && (df(w) > 0 || official.has(w)));
  const unknownShare = !holdsKnownWord ? 1 : totalWeight > 0 ? unknown.reduce((s, w) => s + weightOf(w), 0) / totalWeight : 0;
  const isPlace = (w: string) => places.some((p) => w.startsWith(p));
  // An abbreviation or proper term ("党建"), or a Chinese compound of four characters or more ("消防通道"): terms of art.
  // So is a part of the day naming an activity with it ("夜间" of 夜间施工): the daytime activity's rules are not its.
  // (A Latin word in a Chinese question, "funding", is the asker's code-switching.)
  // A long word whose parts the library uses ("绿地面积", "棚户区改造") is their combination, not a term it lacks.
  const compositional = (w: string) => {
    const parts = tokenizer.searchTerms(w).filter((p) => p !== w && p.length >= 2);
    // The word tiled by its longest known-or-not sub-words, left to right ("绿地面积" → 绿地 + 面积).
    const tiles: string[] = [];
    for (let at = 0; at < w.length; ) {
      const next = parts.filter((p) => w.startsWith(p, at)).sort((a, b) => b.length - a.length)[0] ?? w.slice(at, at + 2);
      tiles.push(next);
      at += next.length;
    }
    return tiles.every(knownPart);
  };
  // The vocabulary gives the library's wording for it ("棚户区改造" → "棚改").
  const hasKnownSynonym = (w: string) => official.has(w) || getSynonyms().expand(w).some((x) => x !== w && knownPart(x));
  const isSpecificTerm = (w: string) => SPECIFIC_TAG.test(tagOf(w, tags) ?? '') || qualifiesActivity(w, text) || (/^\p{Script=Han}+$/u.test(w) && [...w].length >= t.specificTermChars && !compositional(w) && !hasKnownSynonym(w));
  // Where the thing asked about happens ("电瓶车在楼道里拉飞线充电"): the setting, not what is asked about.
  const setting = terms.filter((w) => locatedIn(text, w));
  const listed = t.listedItemsNotFocus ? coordinatedItems(text) : new Set<string>();
  const frame = t.classFrameNotFocus ? classFrameWords(text) : new Set<string>();
  const focus = stats
    ? [...(unusedPredicate && !terms.includes(unusedPredicate) ? [unusedPredicate] : []), ...terms.filter((w) => !manner(w))]
        // A term of art the library never uses ("党建", "消防通道") names a topic no passage can hold: it is the rarest
        // focus word of all. (Everyday words the library lacks, "东西", "积水", are how people ask, not focus.)
        .filter((w) => w === unusedPredicate || (unknown.includes(w) && isSpecificTerm(w)) || (focusDf(w) > 0 && focusDf(w) / Math.max(1, total) <= t.focusMaxShare && !isPlace(w) && !setting.includes(w) && !listed.has(w) && !frame.has(w) && w.length >= 2 && topical(w)))
        .sort((a, b) => focusDf(a) - focusDf(b))
        .slice(0, t.maxFocusWords)
    : [];
  // A place the library never names is an unknown word (weighed above), not a constraint a passage could meet.
  const knownPlaces = stats ? places.filter((p) => df(p) > 0 || written.includes(normalizeForMatch(p))) : places;
  const unknownPlaces = places.filter((p) => !knownPlaces.includes(p));
  const abbreviations = focus.filter((w) => tagOf(w, tags) === 'j' || /[局委厅办]$/u.test(w));
  const namesDocument = namesDocumentNumber(question);
  return { text, terms, focus, unknown, abbreviations, official, unknownShare, namesDocument, comparison: SPANS_SIDES.test(text), years, places: knownPlaces, issuerPlaces: [...new Set(issuerNamed)], unknownPlaces, level: askedLevel(text), ratesStateStandards: t.ratesStateStandards, kindHeadsMatch: t.kindHeadsMatch, ownPlace: t.ownPlace };
}

/** A passage as the gate sees it: its text with title and section, and (for places) its whole document's text. */
export interface EvidencePassage {
  text: string;
  title?: string;
  section?: string;
  /** The whole document the passage comes from (a place is usually named once, in the title or opening). */
  documentText?: string;
  /** Who issued the document, and where (Chunk.origin). */
  origin?: string;
}

export interface ConstraintMismatch {
  kind: 'year' | 'place' | 'level' | 'figure';
  asked: string;
  /** What the passage holds instead (years it gives figures for), when it can be told. */
  found: string[];
}

export interface EvidenceAssessment {
  pass: boolean;
  /** Indexes of every passage that passes, in order (the answer is drawn from these). */
  passing: number[];
  /** Index of the first passage that passes (or, failing that, the nearest one: focus matched, a constraint not). */
  passage: number | null;
  focusMatched: string[];
  focusMissing: string[];
  unknownTerms: string[];
  constraintsMismatch: ConstraintMismatch[];
  reason: 'ok' | 'no-content' | 'unknown-words' | 'focus-missing' | 'constraint-mismatch' | 'no-passages';
}

/** An abbreviation's characters in order within a short span ("住建局" ← "住房和城乡建设局"). */
function holdsAbbreviated(haystack: string, w: string): boolean {
  if (w.length < 2 || w.length > 4 || !/^\p{Script=Han}+$/u.test(w)) return false;
  const pattern = new RegExp([...w].join('[\\p{Script=Han}]{0,4}'), 'u');
  return pattern.test(haystack);
}

/** Whether a (normalized) text holds a focus word: whole, by its dictionary parts, by its character pairs, or abbreviated. */
export function holdsWord(haystack: string, word: string, abbreviation = false): boolean {
  return holds(haystack, word, getTokenizer(), abbreviation);
}

function holds(haystack: string, word: string, tokenizer: Tokenizer, abbreviation = false): boolean {
  const w = normalizeForMatch(word);
  if (haystack.includes(w) || (abbreviation && holdsAbbreviated(haystack, w))) return true;
  const parts = tokenizer.searchTerms(word).map(normalizeForMatch).filter((p) => p !== w && p.length >= 2);
  if (parts.length && parts.every((p) => haystack.includes(p))) return true;
  // A long word written with something between its parts ("老旧小区" ← "老旧的小区") still counts when its pairs are there.
  if (w.length < 3 || !/^\p{Script=Han}+$/u.test(w)) return false;
  const pairs = Array.from({ length: w.length - 1 }, (_, i) => w.slice(i, i + 2));
  return pairs.every((p) => haystack.includes(p));
}

/** Whether a passage holds a focus word of the question: as holds() reads it, or in the library's wording for it. */
export function holdsFocus(analysis: QuestionAnalysis, haystack: string, w: string, tokenizer: Tokenizer = getTokenizer()): boolean {
  return holds(haystack, w, tokenizer, analysis.abbreviations.includes(w)) || (analysis.official.get(w) ?? []).some((o) => holds(haystack, o, tokenizer)) || holdsShareWord(w, haystack) || holdsCountNoun(w, haystack) || holdsSpokenLevel(w, haystack) || holdsNamedMonthPart(w, analysis.text, haystack) || (!!analysis.ratesStateStandards && holdsRateWord(w, haystack)) || (!!analysis.kindHeadsMatch && holdsUnderKindHead(haystack, normalizeForMatch(w)));
}

/**
 * The years a focus sentence that states none of its own speaks of: those of the sentence its clause run
 * ("……2021年改造项目涉及……，其中：鸡街5栋；大屯47栋；主城区159栋。") or the sentence just before it opened.
 */
function yearContext(sentences: string[], index: number): string {
  if (askedYears(sentences[index]).length) return '';
  for (let j = index - 1; j >= 0; j--) {
    if (askedYears(sentences[j]).length) return askedYears(sentences[j]).join(' ');
    if (!/[；;：:，,]$/u.test(sentences[j])) return '';
  }
  return '';
}

function mismatchesOf(analysis: QuestionAnalysis, passage: EvidencePassage, own: string, tokenizer: Tokenizer): ConstraintMismatch[] {
  const out: ConstraintMismatch[] = [];
  // The year must be the one the focus is stated for: in a sentence holding a focus word (any sentence without focus).
  const raw = splitSentences(passage.text).map((x) => x.text);
  const sentences = raw.map(normalizeForMatch);
  const withFocus = sentences
    .map((x, i) => ({ x, i }))
    .filter(({ x }) => analysis.focus.some((w) => holdsFocus(analysis, x, w, tokenizer)))
    .map(({ x, i }) => `${yearContext(raw, i)}${x}`);
  const about = withFocus.length ? withFocus : [own];
  const head = normalizeForMatch(`${passage.title ?? ''} ${passage.section ?? ''}`);
  const speaksOf = (year: string) => about.some((x) => x.includes(year)) || head.includes(year);
  // Comparing years ("2025年计划…和2024年完成数各是多少"): each side may come from its own passage, as places do.
  const eachSide = analysis.comparison && analysis.years.length > 1 && analysis.years.some(speaksOf);
  for (const year of eachSide ? [] : analysis.years) {
    if (!speaksOf(year)) {
      out.push({ kind: 'year', asked: year, found: [...new Set(about.flatMap((x) => askedYears(x.replace(YEAR_BOUNDARY, ' '))))].filter((y) => y !== year).sort() });
    }
  }
  // Comparisons name several places: the passage's document must be about one of them.
  const whole = normalizeForMatch(`${passage.documentText ?? ''} ${passage.title ?? ''}`) + own;
  if (analysis.places.length && !analysis.places.some((p) => whole.includes(normalizeForMatch(p)))) {
    out.push({ kind: 'place', asked: analysis.places.join('、'), found: [] });
  }
  // The level may be held by the document's issuer alone (a province's government or department issues at the
  // provincial level).
  if (analysis.level && !holdsLevel(analysis.level, own) && !levelsOfIssuer(passage.origin ?? '').includes(analysis.level)) out.push({ kind: 'level', asked: analysis.level, found: [] });
  return out;
}

/** How the scope rule reads a document for this question: the library's place and the places asked. */
export function scopeReaderOf(analysis: QuestionAnalysis): ScopeReader {
  return { ownPlace: analysis.ownPlace, askedPlaces: [...analysis.places, ...analysis.issuerPlaces] };
}

/** " 全市" after a title whose document speaks for a whole scope the question reads (wholeScopeOf), else nothing. */
function withScopeWord(title: string, analysis: QuestionAnalysis): string {
  const word = wholeScopeOf({ title }, scopeReaderOf(analysis));
  return word ? ` ${word}` : '';
}

/**
 * Whether any passage answers the question: the first passage that holds every focus word and agrees with every
 * constraint passes. The reasons (and the nearest passage's mismatches) let the caller say what the library holds.
 */
export function assessEvidence(analysis: QuestionAnalysis, passages: EvidencePassage[], tuning: Partial<EvidenceGateTuning> = {}): EvidenceAssessment {
  const t = { ...EVIDENCE_GATE_DEFAULTS, ...tuning };
  const base = { passing: [] as number[], focusMatched: [] as string[], focusMissing: analysis.focus, unknownTerms: analysis.unknown, constraintsMismatch: [] as ConstraintMismatch[] };
  if (!analysis.terms.length) {
    // "黑政办规〔2021〕15号是一份什么文件？" asks about the named document itself.
    if (analysis.namesDocument && passages.length) return { ...base, pass: true, passing: passages.map((_, i) => i), passage: 0, focusMissing: [], reason: 'ok' };
    return { ...base, pass: false, passage: null, reason: 'no-content' };
  }
  if (analysis.unknownShare >= t.unknownWeightShare) return { ...base, pass: false, passage: null, reason: 'unknown-words' };
  // Asked A and the library never names A: whatever passage is nearest, it is about somewhere else.
  if (analysis.unknownPlaces.length && !analysis.places.length) {
    const asked = analysis.unknownPlaces.join('、');
    return { ...base, pass: false, passage: null, constraintsMismatch: [{ kind: 'place', asked, found: [] }], reason: 'constraint-mismatch' };
  }
  if (!passages.length) return { ...base, pass: false, passage: null, reason: 'no-passages' };
  // A term of art the library never uses ("消防通道") is what is asked about: however well the rest matches, no passage
  // speaks of it.
  const neverUsed = analysis.focus.filter((w) => analysis.unknown.includes(w));
  if (neverUsed.length) return { ...base, pass: false, passage: null, focusMissing: neverUsed, reason: 'focus-missing' };
  const tokenizer = getTokenizer();
  // A document speaking for a whole scope (a city's own, src/text/scope.ts): its passages hold the scope's word (全市)
  // as a focus word and as the level asked.
  const owns = passages.map((p) => normalizeForMatch(`${p.title ?? ''} ${p.section ?? ''} ${p.text}${withScopeWord(p.title ?? '', analysis)}`));
  if (analysis.comparison) {
    // Each side from its own passage: together the passages must hold every focus word and meet the constraints.
    const matched = analysis.focus.filter((w) => owns.some((own) => holdsFocus(analysis, own, w, tokenizer)));
    const agreeing = passages
      .map((p, i) => i)
      .filter((i) => (!analysis.focus.length || analysis.focus.some((w) => holdsFocus(analysis, owns[i], w, tokenizer))) && !mismatchesOf(analysis, passages[i], owns[i], tokenizer).length);
    if (matched.length >= Math.ceil(t.focusShare * analysis.focus.length) && agreeing.length) {
      return { ...base, pass: true, passing: agreeing, passage: agreeing[0], focusMatched: matched, focusMissing: [], reason: 'ok' };
    }
  }
  let nearest: { index: number; matched: string[]; mismatches: ConstraintMismatch[] } | null = null;
  let first: { index: number; matched: string[] } | null = null;
  const passing: number[] = [];
  let bestMatched: { index: number; matched: string[] } | null = null;
  for (const [index, passage] of passages.entries()) {
    const own = owns[index];
    const matched = analysis.focus.filter((w) => holdsFocus(analysis, own, w, tokenizer));
    if (!bestMatched || matched.length > bestMatched.matched.length) bestMatched = { index, matched };
    if (matched.length < Math.ceil(t.focusShare * analysis.focus.length)) continue;
    // The vocabulary widens what a spoken word may match ("中央给" → 中央补助), it does not make the passage about the
    // rest of the question: when a content word is missing, one the passage holds must be in the asker's own words. (A
    // body the question addresses, "住建局…", is often only the reply's issuer: its absence leaves the rule alone.)
    const missingContent = analysis.focus.some((w) => !matched.includes(w) && !analysis.abbreviations.includes(w));
    if (missingContent && !matched.some((w) => holds(own, w, tokenizer, analysis.abbreviations.includes(w)))) continue;
    const mismatches = mismatchesOf(analysis, passage, own, tokenizer);
    if (!mismatches.length) {
      passing.push(index);
      first ??= { index, matched };
      continue;
    }
    // The nearest fact is one about the place asked, when a passage has one (asked 甲 2022 → 甲's 2023 figures).
    const placeAgrees = !mismatches.some((m) => m.kind === 'place');
    if (!nearest || (placeAgrees && nearest.mismatches.some((m) => m.kind === 'place'))) nearest = { index, matched, mismatches };
  }
  if (first) {
    const missing = analysis.focus.filter((w) => !first!.matched.includes(w));
    return { ...base, pass: true, passing, passage: first.index, focusMatched: first.matched, focusMissing: missing, reason: 'ok' };
  }
  if (nearest) {
    return { ...base, pass: false, passage: nearest.index, focusMatched: nearest.matched, focusMissing: [], constraintsMismatch: nearest.mismatches, reason: 'constraint-mismatch' };
  }
  const matched = bestMatched?.matched ?? [];
  return { ...base, pass: false, passage: bestMatched?.index ?? null, focusMatched: matched, focusMissing: analysis.focus.filter((w) => !matched.includes(w)), reason: 'focus-missing' };
}

/** The county-level units a text writes with their suffix ("甲区", "乙县"), by their stem. */
function countyUnitsWritten(text: string): string[] {
  return writtenAsCountyUnits(askedPlaces(text), text);
}

/**
 * "A市甲区2023年改造了多少个小区？" where the library never names 甲区 but holds a report on 乙区: a sentence
 * from a document whose title or issuer names another district or county is that unit's fact, however well its city
 * agrees. A document of the whole city (its title and issuer name no district) may still answer for the district.
 */
function districtsOfOtherDocuments(analysis: QuestionAnalysis, sentences: AnsweringSentence[]): ConstraintMismatch | undefined {
  const asked = countyUnitsWritten(analysis.text).filter((p) => analysis.unknownPlaces.includes(p));
  if (!asked.length) return undefined;
  const found = [...new Set(sentences.flatMap((s) => countyUnitsWritten(`${s.title} ${s.origin ?? ''}`)))].filter((p) => !asked.includes(p));
  return found.length ? { kind: 'place', asked: asked.join('、'), found } : undefined;
}

/**
 * "某县2023年完成了多少个小区？" answered by "2023年全市…完成142个" beside "2024年…某县31个": a figure asked of a county or
 * district is stated by one sentence of that unit — naming it, or naming no county unit while its heading, title or
 * issuer does — for the year asked. The city's figure, another unit's, or the unit's in another year is not it.
 */
export function figureOfAnotherUnit(analysis: QuestionAnalysis, figureSentences: AnsweringSentence[]): ConstraintMismatch | undefined {
  const asked = [...new Set([...countyUnitsWritten(analysis.text), ...countyUnitsAfterCity(analysis.places, analysis.text)])];
  if (!asked.length || !figureSentences.length) return undefined;
  const names = (text: string) => asked.some((p) => normalizeForMatch(text).includes(normalizeForMatch(p)));
  // A sentence naming no county unit is the unit's when its heading, title or issuer names it, or when its document is
  // of the whole city (a city rule applies in every district) and the sentence is no city-wide total (全市…142个).
  const ofUnit = (s: AnsweringSentence) => {
    if (names(s.quote)) return true;
    if (countyUnitsWritten(s.quote).length) return false;
    const heads = `${s.title} ${s.section} ${s.origin ?? ''}`;
    return names(heads) || (!countyUnitsWritten(heads).length && !statesWholeScopeTotal(figuresAsDigits(s.quote)));
  };
  // A sentence stating no year of its own (nor inheriting one) does not contradict the year asked, as in answerMismatches.
  const inYear = (s: AnsweringSentence, year: string) => {
    const dated = `${inheritedYears(s)} ${normalizeForMatch(`${s.quote} ${s.section}`)}`;
    return !askedYears(dated).length || dated.includes(year);
  };
  // Each year asked ("2022年和2024年分别…") by a sentence of the unit.
  const units = figureSentences.filter(ofUnit);
  if (units.length && analysis.years.every((y) => units.some((s) => inYear(s, y)))) return undefined;
  // The unit's figure is there, of another year: the library lacks that year's.
  const unitYears = [...new Set(units.flatMap((s) => askedYears(`${inheritedYears(s)} ${s.quote}`)))].filter((y) => !analysis.years.includes(y));
  if (unitYears.length && analysis.years.length) return { kind: 'year', asked: `${asked.join('、')}${analysis.years[0]}`, found: unitYears.sort() };
  const others = [...new Set(figureSentences.flatMap((s) => countyUnitsWritten(s.quote)))].filter((p) => !asked.includes(p));
  return { kind: 'place', asked: asked.join('、'), found: others.length ? others.slice(0, EVIDENCE_GATE_DEFAULTS.otherPlacesNamed) : [...new Set(figureSentences.flatMap((s) => issuerPlaces(s.origin ?? '')))] };
}

/** A sentence an answer quotes, with what places it: its document's title and issuer, its section, its passage. */
export interface AnsweringSentence {
  quote: string;
  title: string;
  section: string;
  /** The issuer and place of its document (Chunk.origin). */
  origin?: string;
  /** The passage it was quoted from, for the year a run-on sentence inherits ("2021年……，其中：……"). */
  passageText?: string;
}

/** The year a quoted sentence inherits from the clause run it closes, found in its passage. */
function inheritedYears(s: AnsweringSentence): string {
  if (!s.passageText) return '';
  const raw = splitSentences(s.passageText).map((x) => x.text);
  const quote = normalizeForMatch(s.quote);
  const at = raw.findIndex((x) => normalizeForMatch(x).includes(quote) || quote.includes(normalizeForMatch(x)));
  return at >= 0 ? yearContext(raw, at) : '';
}

/**
 * The constraints of a question that the sentences answering it contradict: each asked year, place or level must be
 * the one the answer speaks of. A sentence (with its heading and document title) that names the asked value agrees;
 * one that names only another year or place (2019 for 2021, 爱民区 for 东安区) is a neighbouring fact, not the answer;
 * one that names no year or place leaves the passage's agreement (the gate) to hold.
 */
export function answerMismatches(
  analysis: QuestionAnalysis,
  sentences: AnsweringSentence[],
  /** The sentences stating the figure a how-many question asks: its year must be theirs, not a neighbour's. */
  figureSentences: AnsweringSentence[] = sentences,
): ConstraintMismatch[] {
  if (!sentences.length) return [];
  const out: ConstraintMismatch[] = [];
  const heads = sentences.map((s) => normalizeForMatch(`${s.title} ${s.section}`));
  const quotes = sentences.map((s) => normalizeForMatch(s.quote));
  const dated = figureSentences.length ? figureSentences : sentences;
  // A year bounding a range in the sentence ("剩余小区在2025年后分批实施") is not the year its figures are of, unless the
  // question speaks of that bound too ("2000年以前建成的…", "放宽到2005年底的小区").
  const askedAsBound = new Set(analysis.years.filter((y) => new RegExp(`${y}\\s*年?\\s*(?:底|末|以前|之前|以后|之后|前|后)`, 'u').test(analysis.text)));
  // A total over a span of years ("2019年至2022年，全市累计改造…365个") is no figure of the span's last year, unless the
  // question asks a total over years itself ("2019到2022年累计…").
  const askedAsSpan = analysis.years.length > 1 || ASKS_TOTAL_OVER_YEARS.test(analysis.text);
  const datedQuotes = dated.map((s) => normalizeForMatch(s.quote));
  const spans = askedAsSpan ? [] : datedQuotes.flatMap((q) => statedYearSpans(q).map((span) => `${span.from}—${span.to}`));
  for (const year of analysis.years) {
    // A sentence opening with its own year and stating a figure ("2024年甲市更新管道73公里") is of that year, whatever
    // year its document's title or heading names ("关于做好2025年…的通知"); a from-date ("2024年9月1日起…") is not its
    // year (openingYear). One naming a document by its year ("2024年度督导办法同时废止") states no figure of it.
    const stated = dated.map((s, i) => {
      const own = askedAsSpan ? datedQuotes[i] : withoutStatedYearSpans(datedQuotes[i]);
      const ownYearOnly = openingYear(s.quote) !== undefined && statesFigure(withoutStatedYears(s.quote));
      return ownYearOnly ? own : `${inheritedYears(s)} ${own} ${normalizeForMatch(`${s.title} ${s.section}`)}`;
    });
    const ofData = askedAsBound.has(year) ? stated : stated.map((x) => x.replace(YEAR_BOUNDARY, ' '));
    if (ofData.some((x) => x.includes(year))) continue;
    const found = [...new Set([...spans, ...stated.flatMap((x) => askedYears(x.replace(YEAR_BOUNDARY, ' ')))])].filter((y) => y !== year).sort();
    if (found.length) out.push({ kind: 'year', asked: year, found });
  }
  const asked = [...analysis.places, ...analysis.issuerPlaces];
  if (asked.length) {
    const placed = sentences.map((s, i) => `${quotes[i]} ${heads[i]} ${normalizeForMatch(s.origin ?? '')}`);
    const agrees = asked.some((p) => placed.some((x) => x.includes(normalizeForMatch(p))));
    // Another place named in the sentence, or by the issuer of its document (A's plan answering about B).
    const other = (p: string) => !asked.some((a) => a.includes(p) || p.includes(a));
    const issuers = [...new Set(sentences.flatMap((s) => issuerPlaces(s.origin ?? '')))].filter(other);
    const inText = [...new Set(sentences.flatMap((s) => askedPlaces(s.quote)))].filter(other);
    // What the library holds instead is told by its issuer ("甲"), else by the places the sentence names.
    if (!agrees && (issuers.length || inText.length)) out.push({ kind: 'place', asked: asked.join('、'), found: issuers.length ? issuers : inText.slice(0, EVIDENCE_GATE_DEFAULTS.otherPlacesNamed) });
  }
  const otherDistricts = districtsOfOtherDocuments(analysis, sentences);
  if (otherDistricts) out.push(otherDistricts);
  // A level is a scope, which a county's reply states of itself only through its issuer: the sentence, its heading,
  // its document's title or issuer must name the level asked (asked 全国 → a county's 103栋 is not the answer).
  if (analysis.level) {
    // A sentence referring back to a document ("该指导意见") speaks at that document's level.
    const referred = (s: AnsweringSentence) => (s.passageText ? referredLevels(s.quote, s.passageText) : []);
    const ofTitle = (s: AnsweringSentence): Level[] => levelsNamed(withScopeWord(s.title, analysis));
    const ofIssuer = (s: AnsweringSentence): Level[] => levelsOfIssuer(s.origin ?? '');
    const named = sentences.map((s, i) => [...new Set([...levelsNamed(`${s.quote} ${heads[i]}`), ...ofIssuer(s), ...referred(s), ...ofTitle(s)])]);
    // The figures' level: a sentence without a figure ("全省推广青阳做法") does not make a city's figures the province's.
    const figured = (text: string) => statesFigure(withoutStatedYears(text));
    const parts = sentences.flatMap((s, i) => splitSentences(s.quote).map((x) => ({ text: x.text, s, i })));
    const withFigure = parts.filter((p) => figured(p.text));
    // Only a question asking a figure needs it of the level asked; "…的县级补助2026年还有吗" is vouched by the sentence
    // naming 县级 beside a figure of the city's.
    const vouching = withFigure.length && askedFigure(analysis.text) ? withFigure.map((p) => [...new Set([...levelsNamed(`${p.text} ${heads[p.i]}`), ...ofIssuer(p.s), ...referred(p.s), ...ofTitle(p.s)])]) : named;
    if (!vouching.some((l) => l.includes(analysis.level!))) out.push({ kind: 'level', asked: analysis.level, found: [...new Set(named.flat())] });
  }
  // A sum of another kind (the subsidy per lift, asked what a lift costs) is a neighbouring figure. The kind asked is
  // the asker's: a follow-up ("它的提升类内容是谁出的钱") does not ask the sum its earlier question did ("总投资最大的…").
  const sum = figureKindOf(withoutCarriedQuestion(analysis.text));
  if (sum) {
    const said = sentences.map((s) => figureKindOf(s.quote));
    if (!sentences.some((s) => sum.words.test(s.quote)) && said.some((k) => k && k !== sum)) out.push({ kind: 'figure', asked: sum.name, found: [...new Set(said.filter((k) => !!k).map((k) => k!.name))] });
  }
  return out;
}
