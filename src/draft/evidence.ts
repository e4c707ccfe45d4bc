// Per-suggestion evidence, through the same retrieval planner and answerability gate as `ask`, sorted into levels
// kept apart: 政策依据, 已开展工作 (the bureau's own), 外地做法 (other places, marked), 其他参考, and past 下步 plans.
import type { Bureau } from '../config.js';
import type { Chunk, ProposalMeta, SearchHit, Searcher, Suggestion } from '../types.js';
import { mergeHits, retrievePassages } from '../retrieval/plan.js';
import { getJieba, getTokenizer, withoutWholeWords } from '../text/tokenizer.js';
import { NAMES_FEEDBACK_FORM, NOT_EVIDENCE } from '../text/boilerplate.js';
import { NUMBERED_LINE_MARKER } from '../text/markers.js';
import { SECTION_SEPARATOR } from '../text/sectionPath.js';
import { FORWARD_SENTENCE, namesPlans, namesProblemsOnly } from '../text/plans.js';
import { normalizeForMatch } from '../text/simplify.js';
import { proposedFigures, withStatedRateWord } from '../text/askedFigure.js';
import { CONTINUES_NUMBER, HOLDS_DIGIT } from '../text/numerals.js';
import { ACTION_VERBS, ASPECT_WORDS, classFrameWords, DIRECTION_WORDS, isAnswerKindWord, isFormNoun, isMannerWord, MANNER_WORDS, PERIOD_WORDS, SUPPORT_VERBS, withoutHedgedForm } from '../text/questionWords.js';
import { coordinatedItems } from '../text/coordination.js';
import { holdsWord } from '../grounding/evidenceGate.js';
import { DOMAIN_COMMON, GENERIC_TERMS, topicWords } from '../text/topicWords.js';
import { isFilledIn } from '../text/scope.js';
import { profileDocument, levelOf, NAMES_POLICY_DOCUMENT, type DocumentProfile, type EvidenceLevel } from './documentProfile.js';
import { coverageOf, unheldFormWords, withoutFormOfAsk, gateSentences, weighOverChunks, type DraftGateFloor, type OwnScope, type QuoteCandidate, type SentenceGate } from './gate.js';
import { placeStem } from '../text/places.js';
import { matchStrength, type WeightedTerm } from '../answer/offline/termWeights.js';
import { quotableSentences, statedPart, withoutLeadingTitle } from './quotable.js';
import { DRAFT_TUNING, draftTuning, type DraftTuning } from './tuning.js';
import { opensWithAsk } from './proposal/asks.js';
import { askPartOf, dutyOfDescribed, namesScopeOnly, opensWithOccasion, statesTopic, withoutExamples, withoutMeansPhrase, withoutNamedExamples, withoutPurpose, withoutSloganClause } from './proposal/headings.js';
import { asksStated, EXPLANATION_DASH, whetherAskedAt } from '../text/clauses.js';

export { endsAsSentence, quotableSentences, TRUNCATION_MARK, withoutCutOffTail } from './quotable.js';

export interface EvidenceSentence {
  chunk: Chunk;
  sentence: string;
  /** Position of the sentence in its chunk, to keep the document's order when several are quoted. */
  position: number;
  score: number;
  /** How well the chunk's section heading matches the suggestion's topic (0..1). */
  headingScore: number;
  /** How well the sentence answers the suggestion, before its retrieval rank counts (score adds the rank). */
  relevance?: number;
  level: EvidenceLevel;
  profile: DocumentProfile;
}

export interface SuggestionEvidence {
  suggestion: Suggestion;
  /** The answer gate of `ask` passed (or a past reply has a section on this very topic). */
  answerable: boolean;
  policy: EvidenceSentence[];
  /** The bureau's own work, best first. */
  done: EvidenceSentence[];
  /** Other places' replies and plans (外地做法): references, never the bureau's own work. */
  elsewhere: EvidenceSentence[];
  /** Press, web Q&A, drafts for comment: background for the drafter, never 政策依据. */
  reference: EvidenceSentence[];
  /** Plans and commitments in the bureau's own past replies on this topic (offered as 【参考】, never as facts). */
  plans: EvidenceSentence[];
  /** Chunks that hold the evidence above (for the LLM engine's passages), best first. */
  chunks: Chunk[];
}

export interface EvidenceContext {
  search: Searcher;
  bureau: Bureau;
  tuning: DraftTuning;
  profiles: Map<string, DocumentProfile>;
  /** Quotable sentences of each chunk, split once per draft. */
  sentences: Map<string, string[]>;
  /** What the whole proposal asks (its title and suggestions): a reply answering another subject is not quoted on it. */
  asked?: string;
  /** What each earlier reply is about throughout (pervasiveSubject), once per draft. */
  subjects?: Map<string, string[]>;
  /** Optional instrumentation (bench/draftLoss.ts): what each stage kept, to see where expected evidence is lost. */
  trace?: (trace: EvidenceTrace) => void;
}

/** One suggestion's evidence stages, for instrumentation only. */
export interface EvidenceTrace {
  suggestion: Suggestion;
  asked: string;
  /** The focus words the gate asked every quote (with its passage) to hold. */
  focus: string[];
  /** Chunk ids retrieved with the full wording, with the topic, and of on-topic sections. */
  planned: string[];
  topic: string[];
  sections: string[];
  /** Per quotable sentence: its gate verdict and relevance figures (null when the gate failed it). */
  candidates: { chunk: Chunk; sentence: string; gate: boolean; covered: number | null; distinctive: number | null; relevant: boolean }[];
  /** The key terms a quote is measured by (the relevance floor), with their weights. */
  keyTerms?: WeightedTerm[];
}

export function createEvidenceContext(search: Searcher, bureau: Bureau, tuning: Partial<DraftTuning> = {}): EvidenceContext {
  return { search, bureau, tuning: draftTuning(tuning), profiles: new Map(), sentences: new Map() };
}

export function chunksOfDocument(ctx: EvidenceContext, docId: string): Chunk[] {
  try {
    return ctx.search.chunksOf(docId);
  } catch {
    return [];
  }
}

export function profileOf(ctx: EvidenceContext, chunk: Chunk): DocumentProfile {
  let profile = ctx.profiles.get(chunk.docId);
  if (!profile) {
    const chunks = chunksOfDocument(ctx, chunk.docId);
    profile = profileDocument(chunks.length ? chunks : [chunk], ctx.bureau);
    ctx.profiles.set(chunk.docId, profile);
  }
  return profile;
}

function sentencesOf(ctx: EvidenceContext, chunk: Chunk): string[] {
  let sentences = ctx.sentences.get(chunk.id);
  if (!sentences) {
    sentences = quotableSentences(chunk.text).map((s) => withoutLeadingTitle(s, chunk.title));
    ctx.sentences.set(chunk.id, sentences);
  }
  return sentences;
}

/**
 * "(二)科学谋划项目,完善申报机制。" — a numbered sub-heading inside a chunk, not a statement to quote. An item closed by
 * a semicolon ("（1）加装电梯、无障碍设施和适老化改造；") is one entry of a list the text states ("包括："), not a heading.
 */
const INLINE_HEADING = new RegExp(`^${NUMBERED_LINE_MARKER}[^。；;]{0,24}。?$`, 'u');

/**
 * A short numbered sentence heads the text after it in its passage; with nothing after it, it is a one-line item and
 * states what it says ("（五）新增停车位1900个、充电端口760个。", "（三）将影像资料纳入拨付余款的前置条件。").
 */
function headsText(sentence: string, position: number, sentences: string[]): boolean {
  return position < sentences.length - 1 && INLINE_HEADING.test(sentence);
}

/** Share of the topic's words the last heading of a section path holds (0 for the preamble). */
export function headingMatch(words: string[], sectionPath: string): number {
  const heading = normalizeForMatch(sectionPath.split(SECTION_SEPARATOR).pop() ?? '');
  if (!heading || !words.length) return 0;
  return words.filter((w) => heading.includes(normalizeForMatch(w))).length / words.length;
}

/** The suggestion's wording as the words it says, for headingWithinWording (cut once per suggestion, not per section). */
function wordsSaid(wording: string): string[] {
  return getTokenizer().cut(wording).map(normalizeForMatch);
}

/**
 * 1 when every distinctive word of a section's last heading (at least `minHeadingWords` of them) is in the
 * suggestion's wording (`said`, from wordsSaid): "二、关于“红色物业”" is on "推广党建引领的红色物业模式", though the
 * topic has more words than the heading.
 */
export function headingWithinWording(sectionPath: string, said: string[], t: DraftTuning = DRAFT_TUNING): number {
  const heading = sectionPath.split(SECTION_SEPARATOR).pop() ?? '';
  const words = topicWords(heading.replace(/^[^关]{0,6}关于|的建议$|的提案$/gu, ''));
  if (words.length < t.minHeadingWords) return 0;
  return words.every((w) => holdsAsWords(said, normalizeForMatch(w))) ? 1 : 0;
}

/**
 * A word is said when it is one of the text's words or a run of them (资金来源 in 资金/来源), not part of another
 * word: "三、关于服务用房" is not within "…闲置用房…养老服务站", whose 服务 is part of 服务站.
 */
function holdsAsWords(words: string[], word: string): boolean {
  for (let i = 0; i < words.length; i++) {
    let run = '';
    for (let j = i; j < words.length && run.length < word.length; j++) {
      run += words[j];
      if (run === word) return true;
    }
  }
  return false;
}

/**
 * The things an earlier reply is about throughout: words of the subject it answered ("加快既有住宅加装电梯" → 电梯,
 * 加装电梯) that most of its sections hold. A reply answering several asks at once ("长效管理机制和拓宽资金渠道")
 * has none: 资金 is in one of its sections, not in all.
 */
export function pervasiveSubject(ctx: EvidenceContext, profile: DocumentProfile): string[] {
  if (!profile.answers) return [];
  const cached = ctx.subjects?.get(profile.docId);
  if (cached) return cached;
  const tokenizer = getTokenizer();
  const words = [...new Set([...tokenizer.terms(profile.answers), ...tokenizer.searchTerms(profile.answers)])].filter(
    (w) => w.length >= 2 && !GENERIC_TERMS.has(w) && !DOMAIN_COMMON.has(w) && namesAThing(w) && !namesAPlace(w),
  );
  const all = chunksOfDocument(ctx, profile.docId);
  const sections = all.filter((c) => c.sectionPath && !namesPlans(c.sectionPath, true));
  const texts = (sections.length >= 2 ? sections : all).map((c) => normalizeForMatch(`${c.sectionPath}${c.text}`));
  const out = words.filter((w) => texts.length && texts.filter((t) => t.includes(normalizeForMatch(w))).length >= ctx.tuning.subjectPervasiveShare * texts.length);
  (ctx.subjects ??= new Map()).set(profile.docId, out);
  return out;
}

/**
 * A passage of an earlier reply about a subject the proposal being answered never mentions: its section names what
 * the reply is about throughout (加装电梯, in a reply to a 加装电梯 proposal), so its 审批 or 补助 sentences answer
 * that subject, whatever words they share with the suggestion.
 */
export function aboutAnotherSubject(ctx: EvidenceContext, chunk: Chunk, profile: DocumentProfile): boolean {
  if (!ctx.asked) return false;
  const words = pervasiveSubject(ctx, profile);
  const flatAsked = normalizeForMatch(ctx.asked);
  if (!words.length || words.some((w) => flatAsked.includes(normalizeForMatch(w)))) return false;
  const flat = normalizeForMatch(`${chunk.sectionPath}${chunk.text}`);
  return words.some((w) => flat.includes(normalizeForMatch(w)));
}

/** Sections of earlier replies among the hits' documents whose heading is on the suggestion's topic, best first. */
function onTopicSections(ctx: EvidenceContext, hits: SearchHit[], words: string[], wording: string): SearchHit[] {
  const out: { hit: SearchHit; match: number }[] = [];
  const said = wordsSaid(wording);
  for (const docId of new Set(hits.filter((h) => h.chunk.kind === 'reply').map((h) => h.chunk.docId))) {
    for (const chunk of chunksOfDocument(ctx, docId)) {
      const match = Math.max(headingMatch(words, chunk.sectionPath), headingWithinWording(chunk.sectionPath, said, ctx.tuning));
      if (match < ctx.tuning.onTopicHeading || namesPlans(chunk.sectionPath, true)) continue;
      out.push({ hit: hits.find((h) => h.chunk.id === chunk.id) ?? { chunk, score: hits[0]?.score ?? 0 }, match });
    }
  }
  return out.sort((a, b) => b.match - a.match).map((x) => x.hit);
}

/**
 * What the suggestion asks, for the gate and the relevance floor: its first sentence (the elaboration after it —
 * "通过入户走访、问卷调查…" — is how, not what, and would dilute the coverage every quote is measured by).
 */
export function leadOf(suggestion: Suggestion, t: DraftTuning = DRAFT_TUNING): string {
  const text = suggestion.text.trim();
  const sentences = (text.match(/[^。；;！!？?]+[。；;！!？?]*/gu) ?? []).map((x) => x.trim()).filter(Boolean);
  // A paragraph that states the problem before its ask ("…存在雨污合流的问题，建议…同步实施雨污分流改造") is led by
  // the sentence that holds the parsed topic.
  // The proposer's own examples ("将甲厂家属区、乙公司宿舍等小区纳入…") are names no passage holds: the ask is the class.
  // What the ask is for ("…，保证小区公共设施坏了有钱修") is no word a quote must hold.
  // The names listed before 等 ("电力、通信、供水等专业经营单位") are examples of the class a passage names.
  // "…单位是…受益者，应当承担…": the body's duty is asked, not its description (as its heading says).
  // "…审批环节多、时间长，建议进一步压缩…": the sentence from where it asks, as its heading's topic is.
  const found = sentences.find((x) => statesTopic(x, suggestion.topic)) ?? sentences[0] ?? '';
  const sentence = dutyOfDescribed(askedPart(found).replace(/[。；;！!？?]+$/u, '').trim());
  let lead = withoutMeansPhrase(withoutSloganClause(withoutNamedExamples(withoutPurpose(withoutExamples(sentence, t.maxLeadChars)))));
  // A long sentence ("结合…增设停车位，利用…空地、拆除违建…建设停车场") keeps its clause with the topic, else its first.
  if (lead.length > t.maxLeadChars) {
    const clauses = lead.split(/[，,]/u).filter((clause) => clause.length >= 6);
    // A topic of two clauses ("挖掘小区内部空间，增加停车位…") is found by its first, not at the occasion before it.
    // "结合老旧小区改造，挖掘…": without a clause holding the topic, the first that is no occasion of the ask.
    let at = Math.max(0, clauses.findIndex((clause) => statesTopic(clause, suggestion.topic)));
    if (at === 0 && clauses.length > 1 && !statesTopic(clauses[0], suggestion.topic) && opensWithOccasion(clauses.join('，'))) at = 1;
    // "盘活周边存量资源，推动单位停车场…错时开放": a short slogan clause is made concrete by the clause after it.
    const short = (clauses[at]?.length ?? 0) < t.minLeadClauseChars && at + 1 < clauses.length;
    lead = clauses.length ? clauses.slice(at, short ? at + 2 : at + 1).join('，') : lead;
  }
  // "补齐养老托育设施：建议结合改造，…": an item's own heading stays; only the 建议 after it goes. A means the clause
  // chosen, or the ask after 建议, opens with ("挖掘小区内部空间，增加停车位") goes as it does at the sentence's start.
  lead = withoutMeansPhrase(lead.replace(ASK_OPENING, '').replace(ASK_AFTER_HEADING, '$1').trim());
  return lead.length >= 4 ? lead : suggestion.topic;
}
/** An item's own heading before its text ("提高建设补助：电梯造价上涨，建议…"). */
const ITEM_HEADING = /^[^，,。；;：:]{2,20}[：:]/u;

/**
 * The ask a sentence makes (askPartOf), an item's own heading kept: "提高建设补助：电梯造价上涨，建议提高
 * 每台补助标准" → "提高建设补助：建议提高每台补助标准"; the sentence as it stands when it opens with its ask.
 */
function askedPart(sentence: string): string {
  const heading = ITEM_HEADING.exec(sentence)?.[0] ?? '';
  const body = sentence.slice(heading.length);
  const part = askPartOf(body);
  if (part === body) return sentence;
  // "每次督查各县区干得怎么样，能否把排名向社会公开？": a question leaves what it asks about in the clause before it; the
  // whole question, stated, is the lead (its heading names the ask alone).
  return `${heading}${asksStated(whetherAskedAt(body) >= 0 ? body : part)}`;
}

/** "建议市住建局…", "我认为，…": who is asked and who asks are not what is asked (and 建议 is in every reply's title). */
// 建议 and 希望 only, not all of ASKING_WORDS (clauses.ts): the two words ASK_OPENING takes off a sentence's start as well;
// 呼吁 and 恳请 stay in a lead there and here alike (widening both would change drafted leads, which this list keeps as they are).
const ASK_AFTER_HEADING = /^([^，,。：:]{2,20}[：:])(?:建议|希望)[，,]?/u;
const ASK_OPENING = /^(?:[^，,。：:]{0,12}?建议(?:由)?(?:[市县区]?(?:住建局|住房和城乡建设局|住房城乡建设局|人民政府|政府|相关部门|有关部门|各地))?|我(?:们)?(?:认为|建议)|希望)[，,：:]?\s*/u;

/**
 * The words a quote (or a precedent) must hold: the asked wording's own, not the policy verbs and domain words every
 * passage has. A word no passage holds weighs less unless it names a thing (a noun: 楼道, 无障碍, 债券) or is the
 * proposal's theme (电梯 in a 加装电梯 proposal): a missing thing is what the library lacks, while a missing verb is
 * just the wording (挖潜, 疏通).
 */
export function keyTermsOf(terms: WeightedTerm[], absent: Set<string>, theme: Set<string>, absentFactor: number, frame: Set<string> = new Set()): WeightedTerm[] {
  return terms
    .filter((w) => w.norm.length >= 2 && !GENERIC_TERMS.has(w.norm) && !DOMAIN_COMMON.has(w.norm) && !DIRECTION_WORDS.has(w.norm) && !mannerGluedToVerb(w.norm) && !frame.has(w.norm))
    .map((w) => (absent.has(w.norm) && !theme.has(w.norm) && !namesAThing(w.norm) ? { ...w, weight: w.weight * absentFactor } : w));
}

/**
 * "科学安排", "合理安排": a manner word the tokenizer glued to its verb says only how (the bare manner word stays a key
 * term: 集中 of 集中充电设施 names the thing).
 */
function mannerGluedToVerb(word: string): boolean {
  return !MANNER_WORDS.has(word) && isMannerWord(word);
}

/**
 * A localizer (之外, 之前, 期间, 周边, 以内: tagged f): where or when relative to the thing asked, which the library words its
 * own way ("在市级补助基础上另行增加", "5月31日前完成", "小区及周边"); the thing is the term, not the relation.
 */
function namesARelation(word: string): boolean {
  const tags = getJieba().tag(word, false);
  return tags.length === 1 && tags[0].tag === 'f';
}

/** Tags of words that name a thing: nouns, nominal verbs, distinguishing words (无障碍), idioms. */
const THING_TAG = /^(?:n|nz|nt|ns|nr|ng|vn|b|l|i|j)$/u;

/** A place ("溪湖区", "彩屯"): where an earlier reply's case was, not what it is about. */
function namesAPlace(word: string): boolean {
  return /[省市区县镇乡村]$/u.test(word) || getJieba().tag(word, false).some((t) => t.tag === 'ns');
}

/** A word naming a thing: tagged so, or a compound whose head (its last part, as Chinese compounds go) is: 加装电梯. */
function namesAThing(word: string): boolean {
  const tags = getJieba().tag(word, false);
  if (tags.length === 1 && THING_TAG.test(tags[0].tag)) return true;
  const head = getTokenizer().searchTerms(word).filter((part) => part !== word && part.length >= 2 && word.endsWith(part)).pop();
  if (!head) return false;
  const headTags = getJieba().tag(head, false);
  return headTags.length === 1 && THING_TAG.test(headTags[0].tag);
}

/**
 * The key terms of the suggestion's core ask (its heading topic) when the asked wording goes on past it and the core
 * alone has enough distinctive words (a bare "完善消防设施" has one: any 消防 sentence would do); null otherwise.
 */
function coreKeyTerms(suggestion: Suggestion, asked: string, chunks: Chunk[], theme: Set<string>, t: DraftTuning): WeightedTerm[] | null {
  const core = suggestion.topic.trim();
  if (!core || core.length >= asked.length || !statesTopic(asked, core)) return null;
  const weights = weighOverChunks(core, chunks);
  const terms = keyTermsOf(weights.terms, weights.absent, theme, t.absentTermFactor);
  return terms.length >= t.minCoreKeyTerms ? terms : null;
}

/**
 * Coverage of the core's key terms by a sentence with its heading, only under a heading that names the core's
 * weightiest term ("二、关于市级奖补资金拨付" for 提高市级奖补资金标准): the heading vouches that the section is on the
 * core ask, so the elaboration after it need not be answered too.
 */
function coreCoverage(coreTerms: WeightedTerm[] | null, heading: string, sentence: string): number {
  if (!coreTerms || !heading) return 0;
  const top = coreTerms.reduce((a, b) => (b.weight > a.weight ? b : a));
  return matchStrength(top, normalizeForMatch(heading)) >= 1 ? coverageOf(coreTerms, `${heading}${sentence}`) : 0;
}

/** The lead plus the proposal's theme words the suggestion's wording uses ("…给予定额补助" in a 加装电梯 proposal). */
export function askedWording(suggestion: Suggestion, theme: Set<string>, t: DraftTuning = DRAFT_TUNING): string {
  const lead = t.hedgedFormIsWording ? withoutHedgedForm(leadOf(suggestion, t)) : leadOf(suggestion, t);
  const extra = [...theme].filter((w) => w.length >= 2 && !GENERIC_TERMS.has(w) && !DOMAIN_COMMON.has(w) && suggestion.text.includes(w) && !lead.includes(w));
  return [lead, ...extra].join(' ');
}

/** The gate of one wording, where a candidate passing the gate of another wording of the same ask passes too. */
function eitherPasses(gate: SentenceGate, other: SentenceGate): SentenceGate {
  const passing = gate.passing.map((p, i) => p || other.passing[i]);
  return { ...gate, passing, answerable: passing.some(Boolean) };
}

/**
 * A gate some sentence passes holding a focus word: a first clause with none ("确保按期竣工": every word of it is in
 * any commitment, "确保督办事项按期落实到位") lets any sentence through.
 */
function holdsAsk(gate: SentenceGate): boolean {
  return gate.answerable && gate.focus.length > 0;
}

/** Where a lead's first clause ends: a comma, or the dash before what explains it. */
const FIRST_ASK_BREAK = new RegExp(`[，,]|${EXPLANATION_DASH}`, 'u');

/** The first clause of a lead of several, when it states an action of its own ("尽快出台适老化改造补助标准"). */
export function firstAskClause(lead: string): string | null {
  const clauses = lead.split(FIRST_ASK_BREAK).map((x) => x.trim());
  // "结合老旧小区改造，…", "对配套资金不到位的区县，…": the occasion of the ask, or whom it applies to, is no ask of its own.
  if (clauses.length < 2 || opensWithOccasion(lead) || namesScopeOnly(clauses[0])) return null;
  return clauses[0].length >= 6 && opensWithAsk(clauses[0]) ? clauses[0] : null;
}

/** Tags of a word that modifies the noun after it: adjectives and distinguishing words (配套, 公共, 新建). */
const MODIFIER_TAG = /^(?:a|b)$/u;

/** The ask's modifiers with the thing each modifies ("配套资金" → 配套 of 资金): read once per suggestion. */
function modifiersOf(asked: string): { modifier: string; thing: string }[] {
  const words = getJieba().tag(asked, false);
  return words.flatMap((w, i) => {
    const next = words[i + 1];
    return next && MODIFIER_TAG.test(w.tag) && w.word.length >= 2 && /^n/u.test(next.tag) && next.word.length >= 2 ? [{ modifier: w.word, thing: next.word }] : [];
  });
}

/**
 * The sentence without the modifiers the ask puts before a thing it does not hold, where they modify another thing:
 * asked 配套资金, "配套设施严重老化的小区" holds 配套 of 设施, not of 资金 ("区级配套480万元" keeps it).
 */
function withoutModifiersOfOtherThings(sentence: string, askedModifiers: { modifier: string; thing: string }[]): string {
  const modifiers = new Set(askedModifiers.filter((m) => !sentence.includes(m.thing)).map((m) => m.modifier));
  if (!modifiers.size) return sentence;
  const words = getJieba().tag(sentence, false);
  // A dropped modifier leaves a break, so its neighbours do not join into a word neither held.
  return words.map((w, i) => (modifiers.has(w.word) && /^n/u.test(words[i + 1]?.tag ?? '') && words[i + 1].word.length >= 2 ? '，' : w.word)).join('');
}

/** A feedback form (征询意见表) or other form record attached to a reply: a record, never evidence. */
function isFormRecord(chunk: Chunk): boolean {
  return chunk.kind === 'form' || NAMES_FEEDBACK_FORM.test(chunk.sectionPath);
}

/**
 * A plan, not work done: a past reply's 下步 section or "下一步…将…" sentence, and a work summary's "2024年工作打算"
 * section (the bureau's own plans are kept as plans, others' go).
 */
function isPlan(chunk: Chunk, sentence: string): boolean {
  const inReply = chunk.kind === 'reply';
  return namesPlans(chunk.sectionPath, inReply) || (inReply && FORWARD_SENTENCE.test(sentence));
}

/** Overlapping chunks repeat a sentence: keep its best-scored copy. */
function onceEach(ranked: EvidenceSentence[]): EvidenceSentence[] {
  const seen = new Set<string>();
  return ranked.filter((s) => {
    const key = `${s.chunk.docId}\u0000${normalizeForMatch(s.sentence)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function byScore(a: EvidenceSentence, b: EvidenceSentence): number {
  return b.score - a.score;
}

/** Relevances closer than this are the same (they are sums of term weights). */
const SAME_RELEVANCE = 1e-9;

/**
 * Work done, best first; among sentences that answer the ask equally well, the newest document's first (a reply's
 * "2024年完成…38.6公里" before a 2023 summary's figure), whatever their retrieval rank. Every sentence of equal
 * relevance moves up to the best-scored one's place, so the order is one total order whatever the input order.
 */
export function newestFirstAmongEqual(sentences: EvidenceSentence[]): EvidenceSentence[] {
  const byRelevance = new Map<number, EvidenceSentence[]>();
  const groups: EvidenceSentence[][] = [];
  for (const sentence of [...sentences].sort(byScore)) {
    const key = sentence.relevance === undefined ? NaN : Math.round(sentence.relevance / SAME_RELEVANCE);
    const group = Number.isNaN(key) ? undefined : byRelevance.get(key);
    if (group) group.push(sentence);
    else {
      const fresh = [sentence];
      groups.push(fresh);
      if (!Number.isNaN(key)) byRelevance.set(key, fresh);
    }
  }
  return groups.flatMap((group) => group.sort((a, b) => (b.profile.year ?? 0) - (a.profile.year ?? 0) || byScore(a, b)));
}

/** The gate's tuning for a draft: the suggestion's floors on top of `ask`'s gate. */
function draftGateFloor(t: DraftTuning, onTopicChunkIds: Set<string>, ownScope?: OwnScope): DraftGateFloor {
  return {
    ownScope,
    passage: { focusShare: t.gatePassageFocusShare, maxFocusWords: t.gateMaxFocusWords },
    sentence: { focusShare: t.gateSentenceFocusShare, maxFocusWords: t.gateMaxFocusWords },
    onTopicPassage: { floor: { focusShare: t.gateOnTopicPassageFocusShare, maxFocusWords: t.gateMaxFocusWords }, chunkIds: onTopicChunkIds },
    periodWordsSayWhen: t.periodWordsSayWhen,
  };
}

/** The candidates' documents that are the bureau's own, with the bureau's place, whose scope they speak for. */
function ownScopeOf(ctx: EvidenceContext, candidates: QuoteCandidate[]): OwnScope | undefined {
  const city = ctx.bureau.city;
  if (!isFilledIn(city)) return undefined;
  const docIds = new Set(candidates.filter((c) => profileOf(ctx, c.chunk).own).map((c) => c.chunk.docId));
  // With none of its own documents among them, the bureau's place still says whose whole scope the others speak for.
  return { docIds, ownPlace: city, ownStem: placeStem(city) };
}

interface Candidate extends QuoteCandidate {
  position: number;
  rank: number;
}

/** Under a heading that only lists problems, at any level ("四、存在问题 > （一）资金压力大"). */
function listsProblems(sectionPath: string): boolean {
  return sectionPath.split(SECTION_SEPARATOR).some(namesProblemsOnly);
}

/** Every sentence of the passages a draft could quote: no boilerplate, no sub-heading, no form record, not too long. */
function quoteCandidates(ctx: EvidenceContext, passages: { chunk: Chunk }[]): Candidate[] {
  const out: Candidate[] = [];
  passages.forEach(({ chunk }, rank) => {
    if (isFormRecord(chunk) || listsProblems(chunk.sectionPath)) return;
    sentencesOf(ctx, chunk).forEach((sentence, position, sentences) => {
      if (NOT_EVIDENCE.test(sentence) || sentence.length > ctx.tuning.maxSentenceChars || headsText(sentence, position, sentences)) return;
      out.push({ chunk, sentence, position, rank });
    });
  });
  return out;
}

/**
 * Evidence for one suggestion, in steps:
 * 1. Retrieve with the suggestion's full wording through the retrieval planner (as `ask` does), plus its short topic.
 * 2. Sections of earlier replies whose heading matches the topic come first.
 * 3. Every sentence that could be quoted goes through the answerability gate of `ask` (gatePassages) with the draft's
 *    floor: it must hold the suggestion's focus words (with its title and heading) and meet its year/place/level.
 * 4. The relevance floor: each quoted sentence must also cover the suggestion's weighted terms and its key terms.
 * 5. Each sentence goes to its level (政策依据 / 已开展工作 / 外地做法 / 其他参考) or, for past 下步 wording, to plans.
 * Steps 1–2: passagesForSuggestion; 3: askPassingGate; 4–5: quotesFor (asked again with the first ask clause alone
 * when nothing is relevant to the whole).
 */
export async function gatherEvidence(ctx: EvidenceContext, suggestion: Suggestion, theme: Set<string> = new Set()): Promise<SuggestionEvidence> {
  const t = ctx.tuning;
  const wording = suggestion.text.trim() || suggestion.topic;
  const found = await passagesForSuggestion(ctx, suggestion, theme, wording);
  const { candidates, onTopic, ownScope, unsaid } = found;
  const passing = askPassingGate(ctx, suggestion, theme, found);
  const { firstAsk } = passing;
  let { asked, gate } = passing;
  theme = new Set([...theme, ...unsaid]);
  if (!gate.answerable && !ctx.trace) return emptyEvidence(suggestion);
  let quoted = quotesFor(ctx, suggestion, found, theme, asked, gate);
  // "加快组建业主委员会，暂时组建不了的要有替代办法": what the clauses after the first ask add (a fallback, how, a
  // detail) weighs in the key terms every quote is measured by, though a passage answering the ask need not say it.
  // When nothing is relevant to the whole and the first clause states the suggestion's topic (the parser read the rest
  // as elaboration: not "建设社区老年助餐点，并对助餐给予财政补贴"), the first clause alone is asked.
  if (!quoted.out.answerable && t.firstAskWhenNoneRelevant && firstAsk && firstAsk !== asked && statesTopic(firstAsk, suggestion.topic)) {
    const firstGate = gateSentences(ctx.search, firstAsk, candidates, draftGateFloor(t, onTopic, ownScope));
    const retry = holdsAsk(firstGate) ? quotesFor(ctx, suggestion, found, theme, firstAsk, firstGate, true) : null;
    if (retry?.out.answerable) [asked, gate, quoted] = [firstAsk, firstGate, retry];
  }
  ctx.trace?.({ suggestion, asked, focus: gate.focus, planned: found.plannedHits.map((h) => h.chunk.id), topic: found.topicHits.map((h) => h.chunk.id), sections: found.sections.map((h) => h.chunk.id), candidates: quoted.traced, keyTerms: quoted.keyTerms });
  return quoted.out;
}

function emptyEvidence(suggestion: Suggestion): SuggestionEvidence {
  return { suggestion, answerable: false, policy: [], done: [], elsewhere: [], reference: [], plans: [], chunks: [] };
}

/** What one suggestion's retrieval found: the passages a draft could quote and their quotable sentences. */
interface SuggestionPassages {
  plannedHits: SearchHit[];
  topicHits: SearchHit[];
  /** The topic's words, which headings are matched against. */
  words: string[];
  /** Sections of earlier replies whose heading matches the topic. */
  sections: SearchHit[];
  passages: SearchHit[];
  candidates: Candidate[];
  onTopic: Set<string>;
  /** The candidates' documents that are the bureau's own, for the gate (when the tuning lets them speak for its scope). */
  ownScope: OwnScope | undefined;
  /** The proposal's theme words the suggestion leaves unsaid that are asked with it. */
  unsaid: string[];
}

/** Steps 1–2 of gatherEvidence: retrieve, put on-topic sections first, and list the sentences that could be quoted. */
async function passagesForSuggestion(ctx: EvidenceContext, suggestion: Suggestion, theme: Set<string>, wording: string): Promise<SuggestionPassages> {
  const t = ctx.tuning;
  // The proposal's theme the suggestion leaves unsaid (电梯 for "提高财政补助标准" in a 加装电梯 proposal).
  const unsaidWords = themeThingsUnsaid(suggestion, theme);
  const [planned, topicHits] = await Promise.all([
    retrievePassages(ctx.search, { question: wording, k: t.searchK }),
    ctx.search.search(suggestion.topic, { k: t.topicSearchK }),
  ]);
  const words = topicWords(suggestion.topic);
  const retrieved = mergeHits(planned.hits, topicHits);
  const sections = onTopicSections(ctx, retrieved, words, wording);
  const passages = mergeHits(sections, retrieved);
  const candidates = quoteCandidates(ctx, passages);
  const onTopic = new Set(sections.map((h) => h.chunk.id));
  const ownScope = t.ownDocumentsSpeakForBureauScope ? ownScopeOf(ctx, candidates) : undefined;
  // It is asked with the suggestion where the library treats it as a subject and holds evidence with it; else not.
  const unsaid = unsaidWords.length ? unsaidTheme(ctx, unsaidWords, passages) : [];
  return { plannedHits: planned.hits, topicHits, words, sections, passages, candidates, onTopic, ownScope, unsaid };
}

/**
 * Step 3 of gatherEvidence: the wording of the ask that is put to the answerability gate, and the gate's verdict on
 * the candidate sentences; with the first ask clause, which is asked alone when nothing is relevant to the whole.
 */
function askPassingGate(ctx: EvidenceContext, suggestion: Suggestion, theme: Set<string>, found: SuggestionPassages): { asked: string; gate: SentenceGate; firstAsk: string | null } {
  const t = ctx.tuning;
  const { candidates, onTopic, ownScope, unsaid } = found;
  const plainAsked = askedWording(suggestion, theme, t);
  let asked = unsaid.length ? `${plainAsked} ${unsaid.join(' ')}` : plainAsked;
  let gate = gateSentences(ctx.search, asked, candidates, draftGateFloor(t, onTopic, ownScope));
  if (!gate.answerable && asked !== plainAsked) {
    asked = plainAsked;
    gate = gateSentences(ctx.search, asked, candidates, draftGateFloor(t, onTopic, ownScope));
  }
  // The ask is put without the asker's hedge on its form ("给予一定期限的托管补贴" → "给予托管补贴"); a passage that
  // states that form for the thing asked ("…托管补贴，补贴期限不超过1年") passes as it did with it.
  const hedgedAsked = t.hedgedFormIsWording ? askedWording(suggestion, theme, { ...t, hedgedFormIsWording: false }) : plainAsked;
  if (hedgedAsked !== plainAsked) gate = eitherPasses(gate, gateSentences(ctx.search, hedgedAsked, candidates, draftGateFloor(t, onTopic, ownScope)));
  // "尽快出台适老化改造补助标准，明确扶手、坡道等项目的补助金额": the first clause is the ask; the clauses after it say
  // what it should hold, which no passage answering the ask need repeat. When the whole fails the gate, the first
  // clause alone is asked (the gate and the relevance floor).
  const firstAsk = firstAskClause(plainAsked);
  if (!gate.answerable && firstAsk) {
    const firstGate = gateSentences(ctx.search, firstAsk, candidates, draftGateFloor(t, onTopic, ownScope));
    if (firstGate.answerable) [asked, gate] = [firstAsk, firstGate];
  }
  // A focus word naming the form of the ask that no retrieved passage holds ("提高屋面防水工程质量标准": 质量标准) is how
  // the asker words it, when another focus word is left: the ask is put to the gate without it.
  if (!gate.answerable && t.unheldFormWordsAreWording) {
    const unheld = unheldFormWords(gate.focus, candidates);
    if (unheld.length && unheld.length < gate.focus.length) {
      const rest = withoutWholeWords(asked, unheld);
      const restGate = gateSentences(ctx.search, rest, candidates, draftGateFloor(t, onTopic, ownScope));
      if (restGate.answerable) [asked, gate] = [rest, restGate];
    }
  }
  // "建立专项维修资金续筹机制", "建立矛盾调解机制": the form the asker gives the ask (机制, 标准, 渠道) is how it is put; a
  // passage stating the content ("改造后小区应当续筹住宅专项维修资金") passes without holding it, whatever other
  // passages hold the form noun.
  if (t.formOfAskIsWording) {
    const content = withoutFormOfAsk(asked, gate.focus);
    if (content) gate = eitherPasses(gate, gateSentences(ctx.search, content, candidates, draftGateFloor(t, onTopic, ownScope)));
  }
  return { asked, gate, firstAsk };
}

/** What quotesFor found: the evidence, and for a trace each candidate's verdict and the key terms measured. */
interface Quotes {
  out: SuggestionEvidence;
  traced: EvidenceTrace['candidates'];
  keyTerms: WeightedTerm[];
}

/**
 * Steps 4–5 of gatherEvidence: the sentences that pass the gate and the relevance floor of one wording of the ask,
 * sorted into levels. `everyThing`: a quote must hold every thing the wording names (for the first clause asked alone:
 * "对引入物业的改造小区给予物业费补贴" is not answered by a sentence on 引入物业 without 物业费补贴, as the whole's 财政补助
 * made sure).
 */
function quotesFor(
  ctx: EvidenceContext,
  suggestion: Suggestion,
  found: SuggestionPassages,
  theme: Set<string>,
  asked: string,
  gate: SentenceGate,
  everyThing = false,
): Quotes {
  const t = ctx.tuning;
  const { passages, candidates, words, onTopic, unsaid } = found;
  const traced: EvidenceTrace['candidates'] = [];
  const weights = weighOverChunks(asked, passages.map((p) => p.chunk));
  const keyTerms = keyTermsOf(weights.terms, weights.absent, theme, t.absentTermFactor, classFrameWords(asked));
  const figures = proposedFigureTerms(keyTerms, asked, t);
  const things = everyThing ? keyTerms.filter((w) => namesAThing(w.norm)) : [];
  // The items of a set the ask names ("庭院和楼内燃气管道", "甲县、乙满族自治县、A市"): a quote may name them or speak
  // of the set without them ("燃气管道改造96公里"); it is measured both ways.
  const listed = coordinatedItems(asked);
  const termSets = (keyTerms.some((w) => listed.has(w.norm)) ? [keyTerms, keyTerms.filter((w) => !listed.has(w.norm))] : [keyTerms])
    .map((terms) => ({ terms, own: terms.filter((w) => !theme.has(w.norm)) }));
  const topicTerms = t.unsaidActionIsFraming ? inTopicOrder(keyTerms, suggestion.topic) : [];
  const coreTerms = coreKeyTerms(suggestion, asked, passages.map((p) => p.chunk), theme, t);
  const themeThings = [...theme].filter((w) => w.length >= 2 && !GENERIC_TERMS.has(w) && !DOMAIN_COMMON.has(w) && namesAThing(w));
  const namesThemeThing = (text: string) => !themeThings.length || themeThings.some((w) => holdsWord(normalizeForMatch(text), w));
  const askedModifiers = modifiersOf(asked);
  const how = howWords(asked);
  const out = emptyEvidence(suggestion);
  candidates.forEach(({ chunk, sentence, position, rank }, i) => {
    if (!gate.passing[i] && !ctx.trace) return;
    const headingScore = headingMatch(words, chunk.sectionPath);
    const heading = chunk.sectionPath.split(SECTION_SEPARATOR).pop() ?? '';
    // What the sentence states, without the occasion or basis it is framed by ("结合县城道路管网改造工程，…增画停车位"
    // is about 停车位, whatever its 结合 clause shares with a 管网改造 ask).
    const stated = statedPart(sentence);
    // A sum per unit states the standard of the thing it is paid for: of the proposal's subject only when it names it
    // ("每台电梯补助12万元" in a 加装电梯 proposal, not "每个站每年2万元" under 社区养老服务).
    const own = withoutModifiersOfOtherThings(stated, askedModifiers);
    const said = namesThemeThing(`${heading}${own}`) ? withStatedRateWord(own) : own;
    const covered = Math.max(coverageOf(weights.terms, said), t.headingCoverageFactor * coverageOf(weights.terms, `${heading}${said}`));
    // The ask's core (its heading topic) may be answered without the elaboration after it ("…，减轻县区财政压力").
    const core = coreCoverage(coreTerms, heading, said);
    const unmeasured = unmeasuredFigures(figures, `${heading}${said}`);
    const measured = termSets.map((set) => keyCoverage(withoutTerms(withoutUnheldCarrierVerbs(set, `${heading}${said}`, how, { formNouns: t.formOfAskIsWording, periodWords: t.periodWordsSayWhen }), unmeasured), `${heading}${said}`, core));
    const withoutAction = withoutUnsaidAction(keyTerms, topicTerms, `${heading}${said}`, weights.absent);
    if (withoutAction) measured.push(keyCoverage(withoutTerms({ terms: withoutAction, own: withoutAction.filter((w) => !theme.has(w.norm)) }, unmeasured), `${heading}${said}`, core));
    const distinctive = Math.max(...measured.map((m) => m.distinctive));
    const onTopicQuote = onTopic.has(chunk.id)
      ? distinctive >= t.minDistinctiveUnderHeading || headingScore >= 1
      : covered >= t.minSentenceCoverage && measured.some((m) => m.distinctive >= t.minDistinctiveCoverage && m.holdsOwnTerm);
    const profile = profileOf(ctx, chunk);
    const relevant = onTopicQuote && !aboutAnotherSubject(ctx, chunk, profile) && things.every((w) => matchStrength(w, normalizeForMatch(`${heading}${said}`)) >= 1);
    if (ctx.trace) traced.push({ chunk, sentence, gate: gate.passing[i], covered, distinctive, relevant });
    if (!gate.passing[i] || !relevant) return;
    const relevance = covered + distinctive + headingScore;
    const base = { chunk, sentence, position, score: relevance - rank * t.retrievalRankPenalty, relevance, headingScore, profile };
    if (isPlan(chunk, sentence)) {
      if (profile.own) out.plans.push({ ...base, level: 'done' });
      return;
    }
    const level = levelOf(profile, sentence);
    ({ policy: out.policy, done: out.done, elsewhere: out.elsewhere, reference: out.reference })[level].push({ ...base, level });
  });
  keepTheme(out, unsaid);
  for (const key of ['policy', 'done', 'elsewhere', 'reference', 'plans'] as const) out[key] = withoutRestatements(onceEach(key === 'done' ? newestFirstAmongEqual(out[key]) : out[key].sort(byScore)), out);
  // The bureau's own draft for comment (讨论稿) beside what it has in force — a rule, or its own reply on the point —
  // only offers figures it has not decided: it is not offered. (Another body's draft stays, as 其他参考.)
  if (out.policy.length || out.done.length) out.reference = out.reference.filter((s) => !(s.profile.draftVersion && s.profile.own));
  const cited = [...out.done, ...out.policy, ...out.elsewhere, ...out.reference, ...out.plans].map((s) => s.chunk);
  out.chunks = [...new Map(cited.map((c) => [c.id, c])).values()].slice(0, 6);
  out.answerable = cited.length > 0;
  return { out, traced, keyTerms };
}

/** A key term naming a figure the ask proposes ("85%"), and the key term naming what it measures (合格 of 合格率低于85%). */
interface FigureTerm {
  figure: WeightedTerm;
  measure: WeightedTerm | undefined;
}

/**
 * The ask's key terms naming a figure it proposes (proposedFigures), each with the last key term of its clause before it
 * (what it measures), when the tuning reads them as wording; none otherwise.
 */
function proposedFigureTerms(terms: WeightedTerm[], asked: string, t: DraftTuning): FigureTerm[] {
  if (!t.proposedFigureIsWording) return [];
  return proposedFigures(asked).flatMap(({ figure, before }) => {
    const figureTerms = terms.filter((w) => w.norm.startsWith(figure) && !CONTINUES_NUMBER.test(w.norm.slice(figure.length)));
    const words = terms.filter((w) => !HOLDS_DIGIT.test(w.norm) && before.includes(w.norm));
    const measure = words.sort((a, b) => before.lastIndexOf(a.norm) - before.lastIndexOf(b.norm)).pop();
    return figureTerms.map((w) => ({ figure: w, measure }));
  });
}

/**
 * The proposed figures a quote holds without what they measure, which it is measured without: "入住率不低于85%"
 * shares only the number with 合格率低于85%, while "公告期不少于7日" for an ask to extend the 公告期 to 7天 states the rule.
 * A quote lacking the figure is measured with it, as any other key term.
 */
function unmeasuredFigures(figures: FigureTerm[], text: string): Set<string> {
  const holds = (w: WeightedTerm) => coverageOf([w], text) > 0;
  return new Set(figures.filter((f) => holds(f.figure) && !(f.measure && holds(f.measure))).map((f) => f.figure.norm));
}

function withoutTerms(set: { terms: WeightedTerm[]; own: WeightedTerm[] }, left: Set<string>): { terms: WeightedTerm[]; own: WeightedTerm[] } {
  if (!left.size) return set;
  return { terms: set.terms.filter((w) => !left.has(w.norm)), own: set.own.filter((w) => !left.has(w.norm)) };
}

/**
 * How well a quote (with its heading) covers the ask's key terms, at least as well as its core (`core`), and whether
 * it holds one of the suggestion's own key terms beyond the proposal's theme (`own`, picked once per suggestion): a quote holding none of them shares only
 * the subject every suggestion of the proposal shares (背街小巷照明), not this suggestion's ask (纳入专项规划).
 */
function keyCoverage({ terms, own }: { terms: WeightedTerm[]; own: WeightedTerm[] }, text: string, core: number): { distinctive: number; holdsOwnTerm: boolean } {
  return { distinctive: Math.max(coverageOf(terms, text), core), holdsOwnTerm: !own.length || coverageOf(own, text) > 0 };
}

/** Carrier words beyond the verbs, each kind as DraftTuning turns it on (formOfAskIsWording, periodWordsSayWhen). */
interface CarrierKinds {
  formNouns?: boolean;
  periodWords?: boolean;
}

/**
 * A support, planning or action verb of the ask (实行 of 实行托管, 给予 of 给予补助, 安排 of 优先安排, 排查 of 排查积水点:
 * SUPPORT_VERBS, ASPECT_WORDS, ACTION_VERBS) only carries the thing after it, which the library states with a verb of
 * its own or none ("由街道办事处托管", "消除积水点17处"): a quote lacking the verb is measured without it (one holding
 * it, "改造完成后…", keeps it). A manner word before an action verb (全面 of 全面排查: `howWords`) is left out either way. The
 * suggestion's own terms a quote must hold one of stay as they are.
 */
function withoutUnheldCarrierVerbs(set: { terms: WeightedTerm[]; own: WeightedTerm[] }, text: string, how: Set<string>, kinds: CarrierKinds = {}): { terms: WeightedTerm[]; own: WeightedTerm[] } {
  const terms = withoutUnheldCarriers(set.terms, text, how, kinds);
  return terms === set.terms ? set : { terms, own: set.own };
}

/**
 * The terms without the carrier words (see withoutUnheldCarrierVerbs); the same array when none goes. With
 * `formNouns`, a noun naming the form of the ask (机制, 标准: isFormNoun) the quote lacks is a carrier too: the library
 * answers "出台补助标准" with the 补助办法 it drafts. So are a relation to the thing (之外, 之前, 期间: namesARelation)
 * and the kind of answer wanted (到什么程度, 作业时间, 整治措施: isAnswerKindWord) a quote lacks: the library states the
 * relation its own way and answers with the figure or measure itself ("在市级补助基础上另行增加", "出资到位率达到70%后
 * 方可开工", "每日22时至次日7时不得施工"). With `periodWords`, so is a period of the year (年度, 月度: PERIOD_WORDS): "市级
 * 财政每年安排…" is on a 年度投入.
 */
function withoutUnheldCarriers(terms: WeightedTerm[], text: string, how: Set<string>, { formNouns = false, periodWords = false }: CarrierKinds = {}): WeightedTerm[] {
  const norm = normalizeForMatch(text);
  const carrierWord = (w: string) =>
    SUPPORT_VERBS.has(w) || ASPECT_WORDS.has(w) || ACTION_VERBS.has(w) || (formNouns && isFormNoun(w)) || namesARelation(w) || isAnswerKindWord(w) || (periodWords && PERIOD_WORDS.has(w));
  const unheld = (w: WeightedTerm) => carrierWord(w.norm) && matchStrength(w, norm) < 1;
  // A manner word only says how, held or not ("…进行一次全面清疏" is not on 全面排查 for its 全面).
  const carrier = (w: WeightedTerm) => how.has(w.norm) || unheld(w);
  return terms.some(carrier) ? terms.filter((w) => !carrier(w)) : terms;
}

/**
 * The ask's manner words that qualify a verb of doing after them ("全面排查", "切实加强", "普遍建立", "依法处罚", "兜底
 * 托管", and across the object a preposition brings: "定期向全体业主公开"): how the bureau is to act. One before a noun
 * ("集中充电设施") names the thing, and one before a planning or support verb may be the ask itself ("优先安排").
 */
function howWords(asked: string): Set<string> {
  const words = getJieba().tag(asked, false);
  return new Set(words.filter((w, i) => MANNER_WORDS.has(w.word) && words[i + 1] && qualifiesDoing(words[i + 1])).map((w) => w.word));
}

/** Tags of a verb, an adverbial verb (公开 of 定期公开 is tagged ad) or a preposition opening the verb's object. */
const DOING_TAG = /^(?:v|vd|vn|ad|p)$/u;

/** A word after a manner word that opens what is done (排查, 建立, 向…公开), not how it is planned or supported (安排, 给予). */
function qualifiesDoing(next: { word: string; tag: string }): boolean {
  if (ACTION_VERBS.has(next.word)) return true;
  return !ASPECT_WORDS.has(next.word) && !SUPPORT_VERBS.has(next.word) && DOING_TAG.test(next.tag);
}

/** The key terms the suggestion's topic holds, in the order it says them. */
function inTopicOrder(terms: WeightedTerm[], topic: string): WeightedTerm[] {
  return terms.filter((w) => topic.includes(w.norm)).sort((a, b) => topic.indexOf(a.norm) - topic.indexOf(b.norm));
}

/**
 * An ask says what is to be done before the thing it is done to ("排查消除小区积水点", "改造中建设社区助餐点"); the
 * library reports the thing with its own verb ("消除积水点17处", "新建社区助餐点2处"). When a quote holds the thing the
 * topic closes on, the topic's words before it that the quote lacks and no retrieved passage holds are the asker's
 * action, not what the library must say: the key terms without them; null when nothing is left out.
 */
function withoutUnsaidAction(keyTerms: WeightedTerm[], topicTerms: WeightedTerm[], text: string, absent: Set<string>): WeightedTerm[] | null {
  const thing = topicTerms[topicTerms.length - 1];
  const norm = normalizeForMatch(text);
  const held = (w: WeightedTerm) => matchStrength(w, norm) >= 1;
  if (!thing || !held(thing) || !namesAThing(thing.norm) || DOMAIN_COMMON.has(thing.norm)) return null;
  const action = new Set(topicTerms.slice(0, -1).filter((w) => !held(w) && absent.has(w.norm)).map((w) => w.norm));
  return action.size ? keyTerms.filter((w) => !action.has(w.norm)) : null;
}

/** The things the proposal's title names (电梯, 加装电梯 of 既有住宅加装电梯) when the suggestion says none of them. */
function themeThingsUnsaid(suggestion: Suggestion, theme: Set<string>): string[] {
  const tokenizer = getTokenizer();
  const words = [...new Set([...theme].flatMap((w) => [w, ...tokenizer.searchTerms(w)]))].filter(
    (w) => w.length >= 2 && !GENERIC_TERMS.has(w) && !DOMAIN_COMMON.has(w) && namesAThing(w) && !namesAPlace(w),
  );
  const said = normalizeForMatch(suggestion.text);
  return words.some((w) => said.includes(normalizeForMatch(w))) ? [] : words;
}

/**
 * Of the unsaid theme words, those an earlier reply among the passages is about throughout: the library treats them
 * as a subject ("提高市、区两级财政补助标准" in a 加装电梯 proposal asks for the elevator subsidy it has).
 */
function unsaidTheme(ctx: EvidenceContext, words: string[], passages: SearchHit[]): string[] {
  const replies = new Map(passages.filter((p) => p.chunk.kind === 'reply').map((p) => [p.chunk.docId, p.chunk]));
  const subjects = new Set([...replies.values()].flatMap((chunk) => pervasiveSubject(ctx, profileOf(ctx, chunk))));
  return words.filter((w) => subjects.has(w));
}

/**
 * A suggestion that leaves the proposal's theme unsaid is still asked within it: when some of its evidence is on the
 * theme (the passage, its document's title or the subject its reply answered holds a theme word), evidence that is
 * not (a general 改造 subsidy for an elevator subsidy) goes.
 */
function keepTheme(out: SuggestionEvidence, unsaid: string[]): void {
  if (!unsaid.length) return;
  const onTheme = (s: EvidenceSentence) => {
    const flat = normalizeForMatch(`${s.chunk.title}${s.chunk.sectionPath}${s.chunk.text}${s.profile.answers ?? ''}`);
    return unsaid.some((w) => flat.includes(normalizeForMatch(w)));
  };
  const keys = ['policy', 'done', 'elsewhere', 'reference', 'plans'] as const;
  if (!keys.some((key) => out[key].some(onTheme))) return;
  for (const key of keys) out[key] = out[key].filter(onTheme);
}

/**
 * A restatement ("《X》政策解读") quoted beside X itself repeats it (and its "首次明确…" is no work done): it goes when a
 * sentence of the document it restates is evidence for the same suggestion.
 */
function withoutRestatements(sentences: EvidenceSentence[], all: Pick<SuggestionEvidence, 'policy' | 'done' | 'elsewhere' | 'reference' | 'plans'>): EvidenceSentence[] {
  const titles = [...all.policy, ...all.done, ...all.elsewhere, ...all.reference, ...all.plans].map((s) => s.profile.title);
  return sentences.filter(({ profile }) => !profile.restates || !titles.some((title) => title !== profile.title && title.includes(profile.restates!)));
}

/** Words shared by the proposal's title and by most of its suggestions: its theme, not any one suggestion's topic. */
export function themeTermsOf(title: string | null, suggestions: Suggestion[]): Set<string> {
  const tokenizer = getTokenizer();
  const theme = new Set(title ? tokenizer.terms(title) : []);
  if (suggestions.length >= 2) {
    const counts = new Map<string, number>();
    for (const s of suggestions) for (const t of new Set(tokenizer.terms(s.topic))) counts.set(t, (counts.get(t) ?? 0) + 1);
    // Shared things (楼道, 电梯) are a theme; a shared verb (同步, 完善) is only how the proposer writes.
    for (const [t, n] of counts) if (n * 2 > suggestions.length && namesAThing(t)) theme.add(t);
  }
  return theme;
}

/** What the proposal as a whole is about: its title, else its suggestions' topics. */
export function proposalQuery(meta: ProposalMeta, suggestions: Suggestion[]): string {
  return [meta.title ?? '', ...suggestions.map((s) => s.topic)].join(' ').trim();
}

/** Background for the reply: the bureau's own overall work on the proposal's subject, from its replies' preambles. */
export async function gatherBackground(ctx: EvidenceContext, meta: ProposalMeta, suggestions: Suggestion[]): Promise<EvidenceSentence[]> {
  const query = proposalQuery(meta, suggestions);
  if (!query) return [];
  const hits = await ctx.search.search(query, { k: ctx.tuning.searchK, kind: 'reply' });
  const preambles = hits.filter((h) => h.chunk.sectionPath === '' && profileOf(ctx, h.chunk).own);
  const candidates = quoteCandidates(ctx, preambles).filter((c) => /\d|印发|出台|成立|列为|完成|推进/u.test(c.sentence));
  const gate = gateSentences(ctx.search, query, candidates, { passage: {}, sentence: {} });
  if (!gate.answerable) return [];
  const { terms } = weighOverChunks(query, preambles.map((h) => h.chunk));
  const out: EvidenceSentence[] = [];
  candidates.forEach(({ chunk, sentence, position, rank }, i) => {
    if (!gate.passing[i]) return;
    const score = coverageOf(terms, sentence) - rank * ctx.tuning.retrievalRankPenalty;
    if (score < ctx.tuning.minSentenceCoverage) return;
    out.push({ chunk, sentence, position, score, headingScore: 0, level: 'done', profile: profileOf(ctx, chunk) });
  });
  return out.sort(byScore);
}

/**
 * The policy behind the proposal as a whole (for the opening of the reply): a sentence at the 政策依据 level that names
 * a policy document and shares the proposal's theme, e.g. the national guideline a 实施方案 is issued under.
 */
export async function gatherThemePolicy(ctx: EvidenceContext, meta: ProposalMeta, suggestions: Suggestion[]): Promise<EvidenceSentence[]> {
  const theme = [...themeTermsOf(meta.title, suggestions)].filter((w) => w.length >= 2 && !/^(?:几点|建议|提案|关于|我市|加强|推进)$/u.test(w));
  if (!theme.length) return [];
  const t = ctx.tuning;
  const hits = await ctx.search.search([meta.title ?? '', ...theme].join(' '), { k: t.searchK });
  const out: EvidenceSentence[] = [];
  hits.forEach(({ chunk }, rank) => {
    const profile = profileOf(ctx, chunk);
    sentencesOf(ctx, chunk).forEach((sentence, position) => {
      if (NOT_EVIDENCE.test(sentence) || !NAMES_POLICY_DOCUMENT.test(sentence) || levelOf(profile, sentence) !== 'policy') return;
      // Substrings, not tokens: 城镇老旧小区改造工作 holds the theme 老旧小区改造 whatever the segmentation.
      const shared = theme.filter((w) => sentence.includes(w)).length;
      if (shared < Math.min(t.minThemeWords, theme.length)) return;
      const cited = /〔\d{4}〕/u.test(sentence) ? t.themeNumberBonus : 0;
      const score = shared * t.themeWordScore + cited - rank * t.themeRankPenalty - sentence.length / t.themeCharsPerPoint;
      out.push({ chunk, sentence, position, score, headingScore: 0, level: 'policy', profile });
    });
  });
  return out.sort(byScore);
}

/** The best `max` sentences from at most `maxChunks` chunks, in document order within each chunk. */
export function pickSentences(ranked: EvidenceSentence[], max: number, maxChunks: number, onTopicHeading = DRAFT_TUNING.onTopicHeading): EvidenceSentence[] {
  // A past reply's section on the very same topic is the answer: quote it alone rather than mix in other sections.
  if (ranked[0] && ranked[0].headingScore >= onTopicHeading) maxChunks = 1;
  const chosenChunks: string[] = [];
  const chosen: EvidenceSentence[] = [];
  for (const s of ranked) {
    if (chosen.length >= max) break;
    if (!chosenChunks.includes(s.chunk.id)) {
      if (chosenChunks.length >= maxChunks) continue;
      chosenChunks.push(s.chunk.id);
    }
    if (chosen.some((c) => c.sentence === s.sentence)) continue;
    chosen.push(s);
  }
  return chosen.sort((a, b) => chosenChunks.indexOf(a.chunk.id) - chosenChunks.indexOf(b.chunk.id) || a.position - b.position);
}
