// answerQuestion: the one entry point for Slack, the console, `npm run ask` and `npm run eval`.
import type { Services } from '../services.js';
import type { Answer, AnswerOptions, ChatTurn, SearchHit } from '../types.js';
import { getTokenizer } from '../retrieval/tokenizer.js';
import { condenseOffline, condenseWithModel, type Standalone } from './condense.js';
import { answerExtractively, answerFromSection, notCoveredAnswer, questionFocus } from './extractive.js';
import { llmName, OFFLINE_ENGINE } from './llm.js';
import { answerWithModel, describeModelFailure } from './llmEngine.js';
import { numberPassages, toRetrieved, type Passage } from './passages.js';
import { asksForPersonalData, maskPersonalData, PRIVACY_REFUSAL } from './privacy.js';

export { OFFLINE_ENGINE, llmName } from './llm.js';

const DEFAULT_K = 6;
/** Chunks of a section named in a follow-up ("第二条…") added ahead of the search hits. */
const MAX_SECTION_CHUNKS = 3;

export const EMPTY_QUESTION = '问题为空，请输入要咨询的问题。';
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
}

/** Search hits for the standalone question; for a follow-up, the earlier question's document comes first. */
async function retrieve(services: Services, standalone: Standalone, k: number): Promise<Retrieved> {
  const hits = await services.search.search(standalone.text, { k });
  if (!standalone.carriedFrom) return { hits, sectionHits: 0 };
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
  const focus = questionFocus(getTokenizer(), standalone.own, standalone.carriedFrom);
  const result = retrieved.sectionHits
    ? answerFromSection(passages.slice(0, retrieved.sectionHits))
    : answerExtractively(getTokenizer(), focus, passages, {
        focusDocId: retrieved.focusDocId,
        documentText: (docId) => services.search.chunksOf(docId).map((c) => c.text).join('\n'),
        chunksOf: (docId) => services.search.chunksOf(docId),
      });
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
  const { logger } = services;
  const q = question.trim();
  const engine = { name: services.llm ? llmName(services.config) : OFFLINE_ENGINE, embeddings: services.search.embeddingsId };
  const answer = baseAnswer(q, engine);
  // Ingestion already redacts; this is the last guard before anything leaves the process.
  const finish = (result: Answer): Answer => {
    result.answer = maskPersonalData(result.answer);
    result.citations = result.citations.map((c) => ({ ...c, quote: maskPersonalData(c.quote) }));
    result.retrieved = result.retrieved.map((r) => ({ ...r, text: maskPersonalData(r.text) }));
    return result;
  };
  if (!q) return finish({ ...answer, answer: EMPTY_QUESTION });
  if (asksForPersonalData(q)) {
    logger.info('question asks for personal data; refused');
    options.onToken?.(PRIVACY_REFUSAL);
    return finish({ ...answer, answer: PRIVACY_REFUSAL });
  }

  const standalone = await standaloneQuestion(services, q, history, options.signal);
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
