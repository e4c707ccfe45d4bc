// Per-suggestion evidence: the bureau's own replies for "what has been done", policy texts for "policy basis",
// ranked down to the few sentences that best match the suggestion.
import type { Bureau } from '../config.js';
import type { Chunk, ProposalMeta, Searcher, Suggestion } from '../types.js';
import { getTokenizer } from '../text/tokenizer.js';
import { NOT_EVIDENCE } from '../text/boilerplate.js';
import { splitQuotableSentences } from '../text/sentences.js';
import { NUMBERED_LINE_MARKER } from '../text/markers.js';

export interface EvidenceSentence {
  chunk: Chunk;
  sentence: string;
  /** Position of the sentence in its chunk, to keep the document's order when several are quoted. */
  position: number;
  score: number;
  /** How well the chunk's section heading matches the suggestion's topic (0..1). */
  headingScore: number;
}

export interface SuggestionEvidence {
  suggestion: Suggestion;
  /** Policy-text sentences, best first. */
  policy: EvidenceSentence[];
  /** Sentences from replies (own bureau's first), best first. */
  local: EvidenceSentence[];
  /** Plans and commitments in the bureau's own past replies on this topic (offered as 【参考】, never as facts). */
  plans: EvidenceSentence[];
  /** Every chunk retrieved for the suggestion (for the LLM engine's passages), best first. */
  chunks: Chunk[];
}

const SEARCH_K = 8;
/** A sentence must share at least this much weighted vocabulary with the suggestion to count as evidence. */
const MIN_SENTENCE_SCORE = 3;
const MIN_TOPIC_SCORE = 1.5;
const MIN_MATCHED_TERMS = 2;
/** Distinctive words of the topic a sentence must contain when the topic has three or more (else one). */
const MIN_TOPIC_MATCHES = 2;
const MAX_SENTENCE_CHARS = 320;
const ON_TOPIC_HEADING = 0.5;

/** News-style chunks repeat the headline before the first sentence; a quote should not. */
function withoutLeadingTitle(sentence: string, title: string): string {
  const flatTitle = title.replace(/\s+/g, '');
  return flatTitle.length >= 6 && sentence.startsWith(flatTitle) ? sentence.slice(flatTitle.length).replace(/^[\s:：,，]+/u, '') : sentence;
}

/** The line a collector leaves where a document was cut off (the sentence before it is a fragment). */
export const TRUNCATION_MARK = /以下原文未收录|以下内容未收录|原文未完|[（(]未完[)）]/u;
/** A sentence ends with 。！？； possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[。！？!?；;][”’」』）)】\]]*$/u;

export function endsAsSentence(sentence: string): boolean {
  return SENTENCE_END.test(sentence.trim());
}

/**
 * Sentences that may be quoted: complete ones only. A line without a final stop (a heading, a table row, a sentence
 * cut off where a partial document ends) is not quoted, nor is the sentence just before a truncation mark.
 */
export function quotableSentences(text: string): string[] {
  const cut = text.search(TRUNCATION_MARK);
  const kept = cut >= 0 ? text.slice(0, cut) : text;
  const sentences = splitQuotableSentences(kept);
  if (cut >= 0) sentences.pop();
  return sentences.filter(endsAsSentence);
}

/** A chunk's text without what follows a truncation mark and without the cut-off sentence before it. */
export function withoutCutOffTail(text: string): string {
  const cut = text.search(TRUNCATION_MARK);
  if (cut < 0) return text;
  const head = text.slice(0, cut).trimEnd();
  const lastEnd = Math.max(...['。', '！', '？', '；', '!', '?', ';'].map((p) => head.lastIndexOf(p)));
  if (lastEnd < 0) return '';
  const closing = head.slice(lastEnd + 1).match(/^[”’」』）)】\]]*/u)?.[0] ?? '';
  return head.slice(0, lastEnd + 1 + closing.length);
}

/** Names that mark the bureau's own documents: its city and full name. (A short name such as 市住建局 is shared by
 * every city's bureau, so it is not used.) */
function ownBureauStems(bureau: Bureau): string[] {
  const stems = new Set<string>();
  for (const name of [bureau.city, bureau.name]) {
    if (!name || name.startsWith('（') || name.startsWith('【')) continue;
    stems.add(name);
    const place = name.match(/^(.{2,}?)(?:市|县|区|州|盟|旗)/u);
    if (place && place[1].length >= 2) stems.add(place[1]);
  }
  return [...stems];
}

/** Plans in past replies are not work done: their 下步工作安排 sections and "下一步…将…" sentences are not evidence. */
const FUTURE_SECTION = /下步|下一步|工作安排|打算|计划/;
const FUTURE_SENTENCE = /^(?:下一步|下步|今后|接下来|同时，下一步)|下一步.{0,10}将/;

export interface EvidenceContext {
  search: Searcher;
  bureau: Bureau;
  /** docId → written by this bureau (its city or name appears in the document). */
  ownDocs: Map<string, boolean>;
}

export function createEvidenceContext(search: Searcher, bureau: Bureau): EvidenceContext {
  return { search, bureau, ownDocs: new Map() };
}

function isOwnDocument(ctx: EvidenceContext, chunk: Chunk): boolean {
  const cached = ctx.ownDocs.get(chunk.docId);
  if (cached !== undefined) return cached;
  const stems = ownBureauStems(ctx.bureau);
  let chunks: Chunk[] = [];
  try {
    chunks = ctx.search.chunksOf(chunk.docId);
  } catch {
    chunks = [chunk];
  }
  const text = [chunk.title, chunk.docId, ...chunks.slice(0, 3).map((c) => c.text)].join('\n');
  const own = stems.some((s) => text.includes(s));
  ctx.ownDocs.set(chunk.docId, own);
  return own;
}

/** Policy verbs and filler that every suggestion and every reply uses: they do not make a sentence relevant. */
const GENERIC_TERMS = new Set(
  (
    '增加 加强 推进 推动 完善 建立 健全 加快 提高 提升 做好 加大 落实 开展 实施 解决 着力 进一步 积极 引导 规范 保障 强化 ' +
    '优化 促进 坚持 明确 鼓励 支持 力度 工作 问题 相关 有关 方面 情况 进行 我市 全市 部门 政府 建议 提出 实际 结合 科学 合理 有效 ' +
    '切实 不断 认真 充分 逐步 重点 主要 一是 二是 三是 同时 通过 针对 以及 推行 简化 增设 出台 制定 研究'
  ).split(/\s+/),
);

/** Words of the housing domain that nearly every passage holds: sharing them does not make a policy sentence (or
 * another place's reply) speak to a suggestion's topic. */
const DOMAIN_COMMON = new Set(
  '小区 老旧 老旧小区 改造 老旧小区改造 城镇 住房 住宅 社区 居民 群众 市民 管理 建设 项目 城市 我市 全市 工作'.split(/\s+/),
);

/** Term weights for one suggestion: rarer terms among the candidate sentences weigh more (a local IDF). */
function termWeights(queryTerms: string[], sentences: string[][]): Map<string, number> {
  const weights = new Map<string, number>();
  const n = sentences.length || 1;
  for (const term of new Set(queryTerms)) {
    const df = sentences.filter((s) => s.includes(term)).length;
    const lengthBonus = Math.min(term.length, 4) / 2;
    const generic = GENERIC_TERMS.has(term) ? 0.15 : 1;
    weights.set(term, Math.log(1 + n / (1 + df)) * lengthBonus * generic);
  }
  return weights;
}

function overlapScore(terms: Set<string>, weights: Map<string, number>): number {
  let score = 0;
  for (const [term, w] of weights) if (terms.has(term)) score += w;
  return score;
}

interface Candidate {
  chunk: Chunk;
  sentence: string;
  position: number;
  terms: string[];
  hitRank: number;
  headingScore: number;
  /** A complete sentence (fragments still count for term weights, so they do not shift the ranking of the others). */
  quotable: boolean;
}

/** Forward-looking wording of a reply: plans and commitments (下一步…将…, 继续, 持续…). */
const FORWARD_SENTENCE = /下一步|下步|今后|接下来|(?:我局|我们|我市)(?:还)?将|将(?:继续|持续|进一步|加快|积极|认真|加大|全力|重点)/u;

function candidatesOf(chunks: Chunk[], topicTerms: Set<string>, want: 'done' | 'plans' = 'done'): Candidate[] {
  const tokenizer = getTokenizer();
  const out: Candidate[] = [];
  chunks.forEach((chunk, hitRank) => {
    const headingTerms = new Set(tokenizer.terms(chunk.sectionPath));
    // Generic verbs (建立, 加强…) in both the topic and a heading do not put the heading on the topic.
    const distinctive = [...topicTerms].filter((t) => !GENERIC_TERMS.has(t));
    const scored = distinctive.length ? distinctive : [...topicTerms];
    const headingScore = scored.filter((t) => headingTerms.has(t)).length / Math.max(1, scored.length);
    const quotable = new Set(quotableSentences(chunk.text));
    splitQuotableSentences(chunk.text).forEach((raw, position) => {
      const sentence = withoutLeadingTitle(raw, chunk.title);
      if (NOT_EVIDENCE.test(sentence) || sentence.length > MAX_SENTENCE_CHARS) return;
      const isPlan = chunk.kind === 'reply' && (FUTURE_SECTION.test(chunk.sectionPath) || FUTURE_SENTENCE.test(sentence));
      if (want === 'done' ? isPlan : !(isPlan || (chunk.kind === 'reply' && FORWARD_SENTENCE.test(sentence)))) return;
      out.push({ chunk, sentence, position, terms: tokenizer.terms(sentence), hitRank, headingScore, quotable: quotable.has(raw) });
    });
  });
  return out;
}

function rankSentences(
  candidates: Candidate[],
  queryTerms: string[],
  topicTerms: Set<string>,
  bonus: (c: Candidate) => number,
): EvidenceSentence[] {
  const weights = termWeights(
    queryTerms,
    candidates.map((c) => c.terms),
  );
  const topicWeights = new Map([...weights].filter(([t]) => topicTerms.has(t)));
  const distinctiveTopic = [...topicTerms].filter((t) => !GENERIC_TERMS.has(t));
  const topicMatchesNeeded = distinctiveTopic.length >= 3 ? MIN_TOPIC_MATCHES : Math.min(1, distinctiveTopic.length);
  return candidates
    .map((c) => {
      const terms = new Set(c.terms);
      const matched = [...weights.keys()].filter((t) => terms.has(t) && !GENERIC_TERMS.has(t)).length;
      // Relevant means: several of the suggestion's words, at least one of them a distinctive word of its topic;
      // or the sentence sits under a past reply's heading on the same topic.
      const relevant =
        c.headingScore >= ON_TOPIC_HEADING ||
        (matched >= MIN_MATCHED_TERMS &&
          distinctiveTopic.filter((t) => terms.has(t)).length >= topicMatchesNeeded &&
          overlapScore(terms, topicWeights) >= MIN_TOPIC_SCORE &&
          overlapScore(terms, weights) >= MIN_SENTENCE_SCORE);
      if (!relevant || !c.quotable) return null;
      const overlap = overlapScore(terms, weights);
      // A sentence under a past reply's heading on the same topic answers the suggestion even when it shares few words.
      const score = overlap + c.headingScore * 6 + bonus(c) - c.hitRank * 0.15;
      return { chunk: c.chunk, sentence: c.sentence, position: c.position, score, headingScore: c.headingScore };
    })
    .filter((s): s is EvidenceSentence => s !== null)
    .sort((a, b) => b.score - a.score);
}

/** A sentence that states a policy: it names a policy document or its 文号, or reports what a policy requires. */
const POLICY_STATEMENT = /指导意见|实施意见|实施方案|工作方案|通知|办法|条例|规定|细则|规划|决定|国办发|国发|〔\d{4}〕|要求|提出|按照|根据|依据|明确/u;
/** Titles of formal policy documents: every sentence of theirs states policy. */
const POLICY_TITLE = /(?:意见|方案|通知|办法|条例|规定|细则|规划|决定|纲要|标准|法)(?:[（(][^）)]*[）)])?$/u;
/** "(二)科学谋划项目,完善申报机制。" — a numbered sub-heading inside a chunk, not a statement to quote. */
const INLINE_HEADING = new RegExp(`^${NUMBERED_LINE_MARKER}[^。；;]{0,24}[。；;]?$`, 'u');
/** Share of the topic's weight a policy sentence must carry to count as relevant to the suggestion. */
const MIN_POLICY_TOPIC_COVERAGE = 0.5;
const POLICY_STATEMENT_BONUS = 3;

export function statesPolicy(sentence: string, title: string): boolean {
  return POLICY_STATEMENT.test(sentence) || POLICY_TITLE.test(title.trim());
}

/**
 * Policy sentences for the "policy basis" paragraph (and other places' replies offered as references). Stricter than
 * the bureau's own work-done evidence: sharing only the proposal's
 * theme (e.g. 老旧小区改造, present in every suggestion) is not relevance; the sentence must carry one of the topic's
 * own words and a good part of the topic's weight. Sentences that state a policy rank first.
 */
function rankPolicySentences(
  candidates: Candidate[],
  queryTerms: string[],
  topicTerms: Set<string>,
  themeTerms: Set<string>,
  /** Sentences the term weights are computed over: all retrieved for the suggestion, so rarity does not depend on
   * which kind of document is being ranked. */
  weightPool: string[][],
  policyBonus = POLICY_STATEMENT_BONUS,
): EvidenceSentence[] {
  const weights = termWeights(queryTerms, weightPool);
  const topicWeights = new Map(
    [...weights].filter(([t]) => topicTerms.has(t)).map(([t, w]) => [t, DOMAIN_COMMON.has(t) ? w * 0.15 : w] as const),
  );
  const topicTotal = [...topicWeights.values()].reduce((a, b) => a + b, 0);
  const distinctive = [...topicTerms].filter((t) => !GENERIC_TERMS.has(t) && !DOMAIN_COMMON.has(t));
  const ownTopic = distinctive.filter((t) => !themeTerms.has(t));
  // A topic made only of common words (e.g. 加强小区管理) cannot be told apart from the rest: nothing qualifies.
  const keyTerms = ownTopic.length ? ownTopic : distinctive;
  return candidates
    .map((c) => {
      if (!c.quotable || INLINE_HEADING.test(c.sentence)) return null;
      const terms = new Set(c.terms);
      const coverage = topicTotal > 0 ? overlapScore(terms, topicWeights) / topicTotal : 0;
      const overlap = overlapScore(terms, weights);
      const relevant =
        keyTerms.some((t) => terms.has(t)) &&
        coverage >= MIN_POLICY_TOPIC_COVERAGE &&
        overlap >= MIN_SENTENCE_SCORE;
      if (!relevant) return null;
      const bonus = statesPolicy(c.sentence, c.chunk.title) ? policyBonus : 0;
      const score = overlap + coverage * 6 + c.headingScore * 4 + bonus - c.hitRank * 0.15;
      return { chunk: c.chunk, sentence: c.sentence, position: c.position, score, headingScore: c.headingScore };
    })
    .filter((s): s is EvidenceSentence => s !== null)
    .sort((a, b) => b.score - a.score);
}

function uniqueChunks(...lists: Chunk[][]): Chunk[] {
  const seen = new Set<string>();
  const out: Chunk[] = [];
  for (const list of lists) {
    for (const chunk of list) {
      if (seen.has(chunk.id)) continue;
      seen.add(chunk.id);
      out.push(chunk);
    }
  }
  return out;
}

export function suggestionQuery(suggestion: Suggestion): string {
  return `${suggestion.topic} ${suggestion.text.slice(0, 160)}`;
}

/** Words shared by the proposal's title and by most of its suggestions: its theme, not any one suggestion's topic. */
export function themeTermsOf(title: string | null, suggestions: Suggestion[]): Set<string> {
  const tokenizer = getTokenizer();
  const theme = new Set(title ? tokenizer.terms(title) : []);
  if (suggestions.length >= 2) {
    const counts = new Map<string, number>();
    for (const s of suggestions) for (const t of new Set(tokenizer.terms(s.topic))) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [t, n] of counts) if (n * 2 > suggestions.length) theme.add(t);
  }
  return theme;
}

export async function gatherEvidence(ctx: EvidenceContext, suggestion: Suggestion, themeTerms: Set<string> = new Set()): Promise<SuggestionEvidence> {
  const query = suggestionQuery(suggestion);
  const [replyHits, policyHits] = await Promise.all([
    ctx.search.search(query, { k: SEARCH_K, kind: 'reply' }),
    ctx.search.search(query, { k: SEARCH_K, kind: 'policy' }),
  ]);
  const tokenizer = getTokenizer();
  const queryTerms = tokenizer.terms(query);
  const topicTerms = new Set(tokenizer.terms(suggestion.topic));
  const replyChunks = replyHits.map((h) => h.chunk);
  const policyChunks = policyHits.map((h) => h.chunk);
  const replyCandidates = candidatesOf(replyChunks, topicTerms);
  const policyCandidates = candidatesOf(policyChunks, topicTerms);
  const pool = [...replyCandidates, ...policyCandidates].map((c) => c.terms);
  const ranked = rankSentences(replyCandidates, queryTerms, topicTerms, (c) => (isOwnDocument(ctx, c.chunk) ? 2 : 0));
  // Other places' replies are only offered as references: they must speak to the topic itself, as policy must.
  const otherCandidates = replyCandidates.filter((c) => !isOwnDocument(ctx, c.chunk));
  const others = rankPolicySentences(otherCandidates, queryTerms, topicTerms, themeTerms, pool, 0);
  const local = [...ranked.filter((s) => isOwnDocument(ctx, s.chunk)), ...others];
  const policy = rankPolicySentences(policyCandidates, queryTerms, topicTerms, themeTerms, pool);
  const ownReplyChunks = replyChunks.filter((c) => isOwnDocument(ctx, c));
  const plans = rankSentences(candidatesOf(ownReplyChunks, topicTerms, 'plans'), queryTerms, topicTerms, () => 0);
  // For the model's passages: the bureau's own replies first, then others', then policy texts.
  const ownFirst = [...replyChunks].sort((a, b) => Number(isOwnDocument(ctx, b)) - Number(isOwnDocument(ctx, a)));
  return { suggestion, policy, local, plans, chunks: uniqueChunks(ownFirst.slice(0, 4), policyChunks.slice(0, 3)) };
}

/** Background for the reply: the bureau's own overall work on the proposal's subject, from replies' preambles. */
export async function gatherBackground(ctx: EvidenceContext, meta: ProposalMeta, suggestions: Suggestion[]): Promise<EvidenceSentence[]> {
  const query = [meta.title ?? '', ...suggestions.map((s) => s.topic)].join(' ').trim();
  if (!query) return [];
  const hits = await ctx.search.search(query, { k: SEARCH_K, kind: 'reply' });
  const preambles = hits.map((h) => h.chunk).filter((c) => c.sectionPath === '' && isOwnDocument(ctx, c));
  const tokenizer = getTokenizer();
  const queryTerms = tokenizer.terms(query);
  const ranked = rankSentences(candidatesOf(preambles, new Set()), queryTerms, new Set(queryTerms), () => 0);
  return ranked.filter((s) => /\d|印发|出台|成立|列为|完成|推进/.test(s.sentence));
}

/** A sentence naming a document: 《…》 with a policy genre, or a 文号. */
const NAMES_POLICY_DOCUMENT = /《[^》]*(?:意见|方案|通知|办法|条例|规定|细则|规划|决定|纲要)》|[〔\[]\d{4}[〕\]]\d+号/u;

/**
 * The policy behind the proposal as a whole (for the opening of the reply): a policy-text sentence that names a policy
 * document and shares the proposal's theme, e.g. the national guideline a 实施方案 is issued under.
 */
export async function gatherThemePolicy(ctx: EvidenceContext, meta: ProposalMeta, suggestions: Suggestion[]): Promise<EvidenceSentence[]> {
  const theme = [...themeTermsOf(meta.title, suggestions)].filter((t) => !GENERIC_TERMS.has(t) && t.length >= 2 && !/^(?:几点|建议|提案|关于|我市)$/u.test(t));
  if (!theme.length) return [];
  const query = [meta.title ?? '', ...theme].join(' ');
  const hits = await ctx.search.search(query, { k: SEARCH_K, kind: 'policy' });
  const out: EvidenceSentence[] = [];
  hits.forEach((hit, hitRank) => {
    quotableSentences(hit.chunk.text).forEach((raw, position) => {
      const sentence = withoutLeadingTitle(raw, hit.chunk.title);
      if (NOT_EVIDENCE.test(sentence) || sentence.length > MAX_SENTENCE_CHARS || !NAMES_POLICY_DOCUMENT.test(sentence)) return;
      if (!statesPolicy(sentence, hit.chunk.title)) return;
      // Substrings, not tokens: 城镇老旧小区改造工作 holds the theme 老旧小区改造 whatever the segmentation.
      const shared = theme.filter((t) => sentence.includes(t)).length;
      if (shared < Math.min(2, theme.length)) return;
      out.push({ chunk: hit.chunk, sentence, position, score: shared * 2 + (/〔\d{4}〕/u.test(sentence) ? 1.5 : 0) - hitRank * 0.3 - sentence.length / 200, headingScore: 0 });
    });
  });
  return out.sort((a, b) => b.score - a.score);
}

/** The best `max` sentences from at most `maxChunks` chunks, in document order within each chunk. */
export function pickSentences(ranked: EvidenceSentence[], max: number, maxChunks: number): EvidenceSentence[] {
  // A past reply's section on the very same topic is the answer: quote it alone rather than mix in other sections.
  if (ranked[0] && ranked[0].headingScore >= ON_TOPIC_HEADING) maxChunks = 1;
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
