// answerQuestion: the one entry point for Slack, the console, `npm run ask` and `npm run eval`.
import type { Services } from '../services.js';
import { forChannel } from '../retrieval/channels.js';
import type { Answer, AnswerOptions, ChatTurn, SearchHit } from '../types.js';
import { getTokenizer } from '../retrieval/tokenizer.js';
import { condenseOffline, condenseWithModel, type Standalone } from './condense.js';
import { referencedDocument } from './docReference.js';
import { answerDocumentOverview, asksForOverview, answerExtractively, answerFromSection, notCoveredAnswer, questionFocus } from './extractive.js';
import { llmName, OFFLINE_ENGINE } from './llm.js';
import { answerWithModel, describeModelFailure } from './llmEngine.js';
import { numberPassages, toRetrieved, type Passage } from './passages.js';
import { asksForPersonalData, MASK_MARK, maskPersonalData, PRIVACY_REFUSAL } from './privacy.js';

export { OFFLINE_ENGINE, llmName } from './llm.js';

const DEFAULT_K = 6;
/** Chunks of a section named in a follow-up ("第二条…") added ahead of the search hits. */
const MAX_SECTION_CHUNKS = 3;

export const EMPTY_QUESTION = '问题为空，请输入要咨询的问题。';
export const NO_CONTENT_QUESTION = '问题里没有可检索的文字（只有标点或符号），请输入要咨询的问题。';

/** Past this length a question is mostly story; its asking sentence is what retrieval and the answer should follow. */
const LONG_QUESTION_CHARS = 120;
const ASKS = /[？?]|吗|呢|多少|几|怎么|怎样|如何|什么|哪|是否|能否|可否|有没有|请问/;

const ASKING_SENTENCE_CHARS = 60;
const MIN_CORE_CHARS = 12;

/** An asking sentence that is itself a long story keeps its last clauses, from the last one that asks. */
function lastClauses(sentence: string): string {
  const clauses = sentence.split(/(?<=[，,、：:])/);
  let out = '';
  for (let i = clauses.length - 1; i >= 0 && (out.length < MIN_CORE_CHARS || !ASKS.test(out)); i--) out = clauses[i] + out;
  return out.length <= ASKING_SENTENCE_CHARS * 2 ? out : out.slice(-ASKING_SENTENCE_CHARS * 2);
}

/** The asking sentence of a long question (the last one that asks, with the sentence before it), or the question itself. */
export function coreOfLongQuestion(question: string): string {
  if (question.length <= LONG_QUESTION_CHARS) return question;
  const sentences = question.match(/[^。！？!?；;\n]+[。！？!?；;]*/g)?.map((x) => x.trim()).filter(Boolean) ?? [];
  for (let i = sentences.length - 1; i >= 0; i--) {
    if (!ASKS.test(sentences[i])) continue;
    const core = sentences[i].length < 12 && i > 0 ? `${sentences[i - 1]}${sentences[i]}` : sentences[i];
    return core.length <= ASKING_SENTENCE_CHARS ? core : lastClauses(core);
  }
  return lastClauses(question);
}

/** "我的手机是138…，加装电梯审批要多久？": the clauses the asker filled with their own (now masked) data are dropped. */
function withoutDisclosedClauses(question: string): string {
  if (!question.includes(MASK_MARK)) return question;
  return question
    .split(/(?<=[，,。；;！!？?\s])/)
    .filter((clause) => !clause.includes(MASK_MARK))
    .join('')
    .trim();
}

/** A question with at least one letter, digit or Chinese character; "？？？" or "。。。" has nothing to search for. */
export function hasQuestionContent(question: string): boolean {
  return /[\p{L}\p{N}]/u.test(question);
}

export const SEARCH_FAILED = '文件检索暂时出错，未能作答，请稍后再试。';

interface Engine {
  name: string;
  embeddings: string;
}

function baseAnswer(question: string, engine: Engine): Answer {
  return { question, answered: false, answer: '', citations: [], retrieved: [], engine: { llm: engine.name, embeddings: engine.embeddings } };
}

interface Retrieved {
  hits: SearchHit[];
  /** The document a follow-up is about. */
  focusDocId?: string;
  /** Number of leading hits that are the section a follow-up names ("第二条…"). */
  sectionHits: number;
  /** The document the question names by 文号 or proposal number, and the words that name it. */
  named?: { docId: string; reference: string };
}

/** Search hits for the standalone question; for a follow-up, the earlier question's document comes first. */
async function retrieve(services: Services, standalone: Standalone, k: number): Promise<Retrieved> {
  const hits = await services.search.search(standalone.text, { k });
  if (!standalone.carriedFrom) return withNamedDocumentFirst(services, standalone.text, hits, k);
  const [focus] = await services.search.search(standalone.carriedFrom, { k: 1 });
  if (!focus) return { hits, sectionHits: 0 };
  const focusDoc = focus.chunk.docId;
  const inFocus = await services.search.search(standalone.text, { k: Math.ceil(k / 2), docId: focusDoc });
  const section = standalone.sectionMarker
    ? services.search
        .chunksOf(focusDoc)
        .filter((c) => c.sectionPath.startsWith(standalone.sectionMarker!))
        .slice(0, MAX_SECTION_CHUNKS)
        .map((chunk) => ({ chunk, score: focus.score }))
    : [];
  const merged = new Map<string, SearchHit>();
  for (const hit of [...section, ...inFocus, ...hits]) if (!merged.has(hit.chunk.id)) merged.set(hit.chunk.id, hit);
  return { hits: [...merged.values()].slice(0, k + section.length), focusDocId: focusDoc, sectionHits: section.length };
}

/** A question naming one document by 文号 or proposal number is answered from that document's passages first. */
async function withNamedDocumentFirst(services: Services, question: string, hits: SearchHit[], k: number): Promise<Retrieved> {
  const named = await referencedDocument(services.search, question);
  const article = articleHits(services, question, named?.docId, hits);
  if (article.length) {
    const rest = hits.filter((h) => !article.some((a) => a.chunk.id === h.chunk.id));
    return { hits: [...article, ...rest].slice(0, k + article.length), focusDocId: article[0].chunk.docId, sectionHits: article.length, named };
  }
  if (!named) return { hits, sectionHits: 0 };
  const { docId } = named;
  const inDoc = await services.search.search(question, { k, docId });
  const merged = new Map<string, SearchHit>();
  for (const hit of [...inDoc, ...hits]) if (!merged.has(hit.chunk.id)) merged.set(hit.chunk.id, hit);
  return { hits: [...merged.values()].slice(0, k), focusDocId: docId, sectionHits: 0, named };
}

/**
 * "雨污分流导则第五条怎么规定的？": a question naming an article (第五条) gets that article of the named document, or of the
 * best-ranked document that has an article so labelled.
 */
function articleHits(services: Services, question: string, namedDocId: string | undefined, hits: SearchHit[]): SearchHit[] {
  const label = articleLabel(question);
  if (!label) return [];
  const docIds = namedDocId ? [namedDocId] : [...new Set(hits.map((h) => h.chunk.docId))];
  for (const docId of docIds) {
    const chunks = services.search.chunksOf(docId).filter((c) => c.sectionPath.split(' > ').some((part) => part.startsWith(label)));
    if (chunks.length) return chunks.slice(0, MAX_SECTION_CHUNKS).map((chunk) => ({ chunk, score: hits[0]?.score ?? 0 }));
  }
  return [];
}

const ARTICLE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** "第五条" (or "第5条" written as the documents write it, 第五条) in a question, if any. */
function articleLabel(question: string): string | undefined {
  const m = question.match(/第\s*([一二三四五六七八九十百]+|\d+)\s*条/);
  if (!m) return undefined;
  const n = Number(m[1]);
  const numeral = Number.isInteger(n) ? (n <= 10 ? ARTICLE_DIGITS[n] : n < 20 ? `十${ARTICLE_DIGITS[n - 10]}` : n < 100 ? `${ARTICLE_DIGITS[Math.floor(n / 10)]}十${ARTICLE_DIGITS[n % 10]}` : m[1]) : m[1];
  return `第${numeral}条`;
}

async function standaloneQuestion(services: Services, question: string, history: ChatTurn[], signal?: AbortSignal): Promise<Standalone> {
  if (!services.llm || !history.length) return condenseOffline(question, history);
  try {
    return await condenseWithModel(services.llm, question, history, AbortSignal.any([
      AbortSignal.timeout(services.config.LLM_TIMEOUT_MS),
      ...(signal ? [signal] : []),
    ]));
  } catch (err) {
    services.logger.warn({ cause: describeModelFailure(err).cause }, 'condensing with the model failed; using the offline rewrite');
    return condenseOffline(question, history);
  }
}

function offlineAnswer(
  services: Services,
  passages: Passage[],
  standalone: Standalone,
  retrieved: Retrieved,
): Pick<Answer, 'answered' | 'answer' | 'citations' | 'retrieved'> {
  const { named } = retrieved;
  // Once the named document is found, its 文号 says nothing about which of its sentences answers.
  const own = named ? standalone.own.replace(named.reference, ' ').trim() || standalone.own : standalone.own;
  const focus = questionFocus(getTokenizer(), own, standalone.carriedFrom);
  const overview =
    named && asksForOverview(standalone.own, named.reference)
      ? answerDocumentOverview(services.search.chunksOf(named.docId), passages)
      : undefined;
  const result = overview ?? (retrieved.sectionHits
    ? answerFromSection(passages.slice(0, retrieved.sectionHits))
    : answerExtractively(getTokenizer(), focus, passages, {
        focusDocId: retrieved.focusDocId,
        documentText: (docId) => services.search.chunksOf(docId).map((c) => c.text).join('\n'),
        chunksOf: (docId) => services.search.chunksOf(docId),
      }));
  services.logger.debug({ evidence: result.evidence, answered: result.answered }, 'offline answer');
  // Every citation points to a listed passage: section chunks a list answer quotes join the retrieved ones.
  const retrievedList = [...toRetrieved(passages), ...toRetrieved(result.addedPassages ?? [])];
  return { answered: result.answered, answer: result.answer, citations: result.citations, retrieved: retrievedList };
}

/**
 * Answers a staff question from the bureau's documents, citing every claim as [n]. Never throws for model failures:
 * the offline engine answers instead and `notice` says why.
 */
export async function answerQuestion(
  services: Services,
  question: string,
  history: ChatTurn[] = [],
  options: AnswerOptions = {},
): Promise<Answer> {
  // Documents restricted to other channels are invisible to every search and document read below.
  services = forChannel(services, options.channel);
  const { logger } = services;
  // A mobile or ID number the asker typed is masked before it can reach the echo, the logs or a search.
  const masked = maskPersonalData(question.trim());
  const q = withoutDisclosedClauses(masked) || masked;
  const engine = { name: services.llm ? llmName(services.config) : OFFLINE_ENGINE, embeddings: services.search.embeddingsId };
  const answer = baseAnswer(masked, engine);
  // Ingestion already redacts; this is the last guard before anything leaves the process.
  const finish = (result: Answer): Answer => {
    result.answer = maskPersonalData(result.answer);
    result.citations = result.citations.map((c) => ({ ...c, quote: maskPersonalData(c.quote) }));
    result.retrieved = result.retrieved.map((r) => ({ ...r, text: maskPersonalData(r.text) }));
    return result;
  };
  if (!q) return finish({ ...answer, answer: EMPTY_QUESTION });
  if (!hasQuestionContent(q)) return finish({ ...answer, answer: NO_CONTENT_QUESTION });
  if (asksForPersonalData(q)) {
    logger.info('question asks for personal data; refused');
    options.onToken?.(PRIVACY_REFUSAL);
    return finish({ ...answer, answer: PRIVACY_REFUSAL });
  }

  const standalone = await standaloneQuestion(services, coreOfLongQuestion(q), history, options.signal);
  if (standalone.text !== q) answer.standaloneQuestion = standalone.text;
  let retrieved: Retrieved;
  try {
    retrieved = await retrieve(services, standalone, options.k ?? DEFAULT_K);
  } catch (err) {
    logger.error({ err }, 'search failed');
    return finish({ ...answer, answer: SEARCH_FAILED, notice: SEARCH_FAILED });
  }
  const passages = numberPassages(retrieved.hits);
  answer.retrieved = toRetrieved(passages);
  if (!passages.length) {
    answer.answer = notCoveredAnswer([]);
    options.onToken?.(answer.answer);
    return finish(answer);
  }

  if (services.llm) {
    try {
      const result = await answerWithModel(services.llm, standalone.text, passages, {
        onToken: options.onToken,
        signal: options.signal,
        timeoutMs: services.config.LLM_TIMEOUT_MS,
      });
      if (result.dropped.length) logger.warn({ dropped: result.dropped }, 'model cited passages that do not exist; dropped');
      if (!result.answered) return finish({ ...answer, answered: false, answer: notCoveredAnswer(passages) });
      return finish({ ...answer, answered: true, answer: result.answer, citations: result.citations });
    } catch (err) {
      const { notice, cause } = describeModelFailure(err);
      logger.warn({ cause }, 'model failed; answering with the offline engine');
      answer.notice = notice;
      answer.engine.llm = OFFLINE_ENGINE;
    }
  }

  const offline = offlineAnswer(services, passages, standalone, retrieved);
  options.onToken?.(answer.notice ? `${answer.notice}\n${offline.answer}` : offline.answer);
  return finish({ ...answer, ...offline });
}
