// answerQuestion: the one entry point for Slack, the console, `npm run ask` and `npm run eval`.
import { leavesOutAskedLevel, leavesOutComparedPlace, withoutOtherPlaces } from './placeAgreement.js';
import { gatePassages, type GateResult } from './gate/passages.js';
import { scopeReaderOf } from '../grounding/evidenceGate.js';
import { gateRefusal } from './gate/refusal.js';
import { checkAnswer, type AnswerCheckContext } from './answerChecks.js';
import { chooseOfflineAnswer, withCitedPassages } from './offlineAnswer.js';
import { combineSides, comparisonSides } from './comparison.js';
import { citedOnlyReference, type CitedOnly } from './namedDocument.js';
import type { Services } from '../services.js';
import { forChannel } from '../retrieval/channels.js';
import type { Answer, AnswerOptions, ChatTurn } from '../types.js';
import { notesItemAsked } from '../text/markers.js';
import { inBookTitleMarks } from '../text/bookTitles.js';
import { plainQuestionWording } from '../text/spokenFrames.js';
import { readingForm } from '../text/simplify.js';
import { condenseOffline, condenseWithModel, type Standalone } from './condense.js';
import { retrievePassages, type MissingArticle, type MissingItem, type RetrievedPassages } from '../retrieval/plan.js';
import { toChineseNumeral } from '../text/numerals.js';
import { notCoveredAnswer } from './offline/index.js';
import { llmName, OFFLINE_ENGINE } from '../grounding/chatModel.js';
import { answerWithModel, describeModelFailure } from './llmEngine.js';
import { numberPassages, toRetrieved, type Passage } from '../grounding/passages.js';
import { asksForPersonalData, MASK_MARK, maskPersonalData, PRIVACY_REFUSAL } from '../grounding/privacy.js';
import { DEFAULT_MAX_QUESTION_CHARS, questionTooLongMessage } from './questionLength.js';
import { isInstructionLike } from '../corpus/injection.js';
import { answerSignals } from './answerSignals.js';
import { answerConfidence } from './confidence.js';
import { OFFLINE_TUNING } from './offline/tuning.js';

export { OFFLINE_ENGINE, llmName } from '../grounding/chatModel.js';

const DEFAULT_K = 6;

export const EMPTY_QUESTION = '问题为空，请输入要咨询的问题。';
export const NO_CONTENT_QUESTION = '问题里没有可检索的文字（只有标点或符号），请输入要咨询的问题。';
export const INSTRUCTION_QUESTION = '这句话是给助手的指令，不是关于文件内容的问题，未作答。答复助手只根据库中文件回答政策问题，请直接提问。';

/** Past this length a question is mostly story; its asking sentence is what retrieval and the answer should follow. */
const LONG_QUESTION_CHARS = 120;
// Not CONTENT_ASKING_WORDS (src/text/questionWords.ts) with the whether-words: 谁 was never here, and adding it would change
// which clauses a long question keeps.
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

async function standaloneQuestion(services: Services, question: string, history: ChatTurn[], signal?: AbortSignal): Promise<Standalone> {
  const city = services.config.bureau.city;
  if (!services.llm || !history.length) return condenseOffline(question, history, city);
  try {
    return await condenseWithModel(services.llm, question, history, AbortSignal.any([
      AbortSignal.timeout(services.config.LLM_TIMEOUT_MS),
      ...(signal ? [signal] : []),
    ]), city);
  } catch (err) {
    services.logger.warn({ cause: describeModelFailure(err).cause }, 'condensing with the model failed; using the offline rewrite');
    return condenseOffline(question, history, city);
  }
}

/** "《…实施方案》中“工作原则”只列了2条，没有第三条。" */
export function missingItemAnswer(missing: MissingItem): string {
  const title = missing.title ? `${inBookTitleMarks(missing.title)}中` : '';
  return `${title}“${missing.heading}”只列了${missing.items}条，没有第${toChineseNumeral(missing.ordinal)}条，无法作答。`;
}

/** "《…办法》只到第五条，没有第七条。", "《…指引》不按条编排，只分五个部分，没有第七条。" */
export function missingArticleAnswer(missing: MissingArticle): string {
  const title = inBookTitleMarks(missing.title);
  const extent = missing.lastArticle !== undefined ? `只到第${toChineseNumeral(missing.lastArticle)}条` : `不按条编排，只分${toChineseNumeral(missing.parts ?? 0)}个部分`;
  return `${title}${extent}，没有${missing.label}，无法作答。`;
}

/** One question being answered: what every stage reads, and the answer the stages fill in. */
/** A stage either hands its result to the next stage or ends the ask with its answer. */
type Stage<T> = { next: T } | { done: Answer };

interface Asking {
  /** Already narrowed to the asking channel: documents restricted to other channels are invisible to every stage. */
  services: Services;
  history: ChatTurn[];
  options: AnswerOptions;
  /** The question as every stage reads it (see guardInput). */
  q: string;
  /** The asker's (masked) question and the engine; later stages add the standalone question, passages and notice. */
  answer: Answer;
}

/** What retrieval found for the question. */
interface Found {
  standalone: Standalone;
  retrieved: RetrievedPassages;
  passages: Passage[];
}

/** An answer the asker may see: ingestion already redacts; this is the last guard before anything leaves the process. */
function finish(result: Answer): Answer {
  result.answer = maskPersonalData(result.answer);
  result.citations = result.citations.map((c) => ({ ...c, quote: maskPersonalData(c.quote) }));
  result.retrieved = result.retrieved.map((r) => ({ ...r, text: maskPersonalData(r.text) }));
  return result;
}

/** The answer so far with `text` as its answer, streamed to the asker. */
function say({ answer, options }: Asking, text: string, fields: Partial<Answer> = {}): Answer {
  options.onToken?.(text);
  return finish({ ...answer, ...fields, answer: text });
}

/**
 * 1. The question as every stage reads it, or the answer to one no stage may read: too long, empty, without a letter,
 * digit or character, addressed to the assistant, or asking for personal data.
 */
function guardInput(services: Services, question: string, history: ChatTurn[], options: AnswerOptions): Stage<Asking> {
  const tooLong = questionTooLongMessage(question, services.config.MAX_QUESTION_CHARS ?? DEFAULT_MAX_QUESTION_CHARS);
  if (tooLong) return { done: { ...baseAnswer(maskPersonalData(question.trim().slice(0, 200)), { name: OFFLINE_ENGINE, embeddings: services.search.embeddingsId }), answer: tooLong } };
  // A mobile or ID number the asker typed is masked before it can reach the echo, the logs or a search.
  const masked = maskPersonalData(question.trim());
  // Read as every stage reads it: simplified characters, ASCII figures, spoken frames ("咋整", "找谁") in the plain
  // wording the question-type rules know ("怎么办", "由谁负责"). The echo keeps the asker's own wording.
  const q = plainQuestionWording(readingForm(withoutDisclosedClauses(masked) || masked));
  const engine = { name: services.llm ? llmName(services.config) : OFFLINE_ENGINE, embeddings: services.search.embeddingsId };
  const asking: Asking = { services, history, options, q, answer: baseAnswer(masked, engine) };
  if (!q) return { done: finish({ ...asking.answer, answer: EMPTY_QUESTION }) };
  if (!hasQuestionContent(q)) return { done: finish({ ...asking.answer, answer: NO_CONTENT_QUESTION }) };
  // The same rule as for documents: text addressed to the assistant is data, never an instruction to follow.
  if (isInstructionLike(q)) {
    services.logger.info('question is an instruction to the assistant; refused');
    return { done: say(asking, INSTRUCTION_QUESTION) };
  }
  if (asksForPersonalData(q)) {
    services.logger.info('question asks for personal data; refused');
    return { done: say(asking, PRIVACY_REFUSAL) };
  }
  return { next: asking };
}

/** 2. 比较: each side answered on its own, both cited (a follow-up's sides come from its own words only). */
async function answerComparison(asking: Asking): Promise<Answer | undefined> {
  const { services, history, options, q } = asking;
  const compared = !history.length && !options.singleSide ? comparisonSides(q, services.config.bureau.city) : undefined;
  if (!compared) return undefined;
  const sideOptions = { ...options, singleSide: true, onToken: undefined, onAnswerSignals: undefined };
  const sides = await Promise.all(compared.questions.map((sq) => answerQuestion(services, sq, [], sideOptions)));
  const originOf = (docId: string) => services.search.chunksOf(docId)[0]?.origin;
  const combined = combineSides(compared, sides as [Answer, Answer], originOf);
  return combined ? say(asking, combined.answer, combined) : undefined;
}

/** 3. The passages for the standalone question (a long question's asking sentence, a follow-up condensed); the answer when the search fails. */
async function retrieve(asking: Asking): Promise<Stage<Found>> {
  const { services, history, options, q, answer } = asking;
  const standalone = await standaloneQuestion(services, coreOfLongQuestion(q), history, options.signal);
  if (standalone.text !== q) answer.standaloneQuestion = standalone.text;
  let retrieved: RetrievedPassages;
  try {
    retrieved = await retrievePassages(services.search, {
      question: standalone.text,
      focus: standalone.carriedFrom,
      sectionMarker: standalone.sectionMarker,
      k: options.k ?? DEFAULT_K,
    });
  } catch (err) {
    services.logger.error({ err }, 'search failed');
    return { done: finish({ ...answer, answer: SEARCH_FAILED, notice: SEARCH_FAILED }) };
  }
  const passages = numberPassages(retrieved.hits);
  answer.retrieved = toRetrieved(passages);
  return { next: { standalone, retrieved, passages } };
}

/**
 * 4. What the retrieval itself answers: no passage at all, "…办法第七条" of a document that stops at 第五条, or "工作原则第三条"
 * of a section with two items (that article or item is nowhere, whatever else matches).
 */
function answeredByRetrieval({ retrieved, passages }: Found): string | undefined {
  if (!passages.length) return notCoveredAnswer([]);
  if (retrieved.missingArticle) return missingArticleAnswer(retrieved.missingArticle);
  return retrieved.missingItem ? missingItemAnswer(retrieved.missingItem) : undefined;
}

/** The document the question names that the library only quotes (its notice heads the answer); none when it holds it. */
async function documentOnlyQuoted({ services }: Asking, { retrieved, standalone }: Found): Promise<CitedOnly | undefined> {
  return retrieved.named ? undefined : await citedOnlyReference(services.search, standalone.text);
}

/**
 * 5. The evidence gate, the same before any model call and before the offline engine (gate/passages.ts); the refusal
 * when no passage passes (gate/refusal.ts).
 */
function gate(asking: Asking, { standalone, passages }: Found): Stage<GateResult> {
  const gated = gatePassages(asking.services.search, standalone.text, passages, { ownPlace: asking.services.config.bureau.city });
  asking.services.logger.debug({ gate: gated.assessment, focus: gated.analysis.focus }, 'evidence gate');
  if (gated.assessment.pass) return { next: gated };
  const refusal = gateRefusal(gated, passages);
  return { done: say(asking, refusal.answer, { answered: false, citations: refusal.citations }) };
}

/**
 * 6a. The model's answer, when one is configured. Undefined when it failed: the offline engine answers instead, and
 * the answer's notice and engine say so.
 */
async function answerByModel(asking: Asking, { standalone, passages }: Found, citedOnly: CitedOnly | undefined): Promise<Answer | undefined> {
  const { services, options, answer } = asking;
  if (!services.llm) return undefined;
  try {
    const result = await answerWithModel(services.llm, standalone.text, passages, {
      onToken: options.onToken,
      signal: options.signal,
      timeoutMs: services.config.LLM_TIMEOUT_MS,
    });
    if (result.dropped.length) services.logger.warn({ dropped: result.dropped }, 'model cited passages that do not exist; dropped');
    if (!result.answered) return finish({ ...answer, answered: false, answer: notCoveredAnswer(passages) });
    const text = citedOnly ? `${citedOnly.notice}\n${result.answer}` : result.answer;
    return finish({ ...answer, answered: true, answer: text, citations: result.citations });
  } catch (err) {
    const { notice, cause } = describeModelFailure(err);
    services.logger.warn({ cause }, 'model failed; answering with the offline engine');
    answer.notice = notice;
    answer.engine.llm = OFFLINE_ENGINE;
    return undefined;
  }
}

type OfflinePart = Pick<Answer, 'answered' | 'answer' | 'citations' | 'retrieved'>;
/** An offline answer, and whether a strategy about a document itself gave it (offlineAnswer.ts SPECIAL_STRATEGIES). */
interface Composed {
  offline: OfflinePart;
  aboutDocument: boolean;
}

/**
 * 6b. The offline engine's answer (src/answer/offlineAnswer.ts), kept to the place asked: a question naming a place is
 * answered from that place's documents only, and a comparison answered for one of its places (or of the two levels it
 * names, 省里 and 市里) only is refused (half an answer reads as the whole of it).
 */
function answerOffline({ services, options }: Asking, { standalone, retrieved, passages }: Found, gated: GateResult, citedOnly: CitedOnly | undefined): Composed {
  const result = chooseOfflineAnswer({
    standalone,
    question: standalone.own,
    passages,
    retrieved,
    named: retrieved.named,
    citedOnly,
    analysis: gated.analysis,
    chunksOf: (docId) => services.search.chunksOf(docId),
    tuning: options.tuning,
  });
  services.logger.debug({ evidence: result.evidence, answered: result.answered }, 'offline answer');
  const offline = withCitedPassages(result, passages);
  // Another place's sentences are dropped (none left: the constraint check refuses, saying whose facts the library holds).
  const placed = offline.answered ? withoutOtherPlaces(gated.analysis, offline, passages) : undefined;
  if (placed?.citations.length) Object.assign(offline, placed);
  if (offline.answered && (leavesOutComparedPlace(gated.analysis, offline.citations, passages) || leavesOutAskedLevel(gated.analysis.text, offline.citations, scopeReaderOf(gated.analysis)))) {
    Object.assign(offline, { answered: false, answer: notCoveredAnswer(passages), citations: [] });
  }
  return { offline, aboutDocument: result.aboutDocument === true };
}

/** What the answer checks read of an offline answer (see AnswerCheckContext). */
function checkContext({ services, history }: Asking, { standalone, passages }: Found, gated: GateResult, offline: OfflinePart): AnswerCheckContext {
  const chunksOf = (docId: string) => services.search.chunksOf(docId);
  // An item of a form's notes asked by number ("意愿确认书填表说明第3条") belongs to the form the question names, which is
  // titled in the document's attachment, not in the item: the whole document is its context.
  const contextChunks = notesItemAsked(standalone.own) !== undefined ? Number.POSITIVE_INFINITY : 1;
  const openingOf = (docId: string) => chunksOf(docId).slice(0, contextChunks).map((c) => `${c.title}\n${c.text}`).join('');
  return { question: standalone.own, carriedFrom: standalone.carriedFrom, analysis: gated.analysis, readYearsFromNow: gated.readYearsFromNow, citations: offline.citations, answer: offline.answer, history, passages, chunksOf, openingOf };
}

/**
 * 7. The sentences chosen must speak of the year, place and level asked, hold what is asked about, and give the detail
 * asked: the first of the answer checks (src/answer/answerChecks.ts) with an outcome replaces the answer.
 */
function checkOfflineAnswer(asking: Asking, found: Found, gated: GateResult, offline: OfflinePart): OfflinePart {
  const outcome = offline.answered ? checkAnswer(checkContext(asking, found, gated, offline)) : undefined;
  if (!outcome) return offline;
  const { quoted, ...replacement } = outcome;
  const checked = Object.assign(offline, { answered: false, ...replacement });
  // A draft's status line quoted from a chunk the search did not return is listed with the retrieved passages.
  if (quoted && !checked.retrieved.some((r) => r.text === quoted.text)) checked.retrieved = [...checked.retrieved, ...toRetrieved([{ n: checked.retrieved.length + 1, chunk: quoted, score: 0 }])];
  return checked;
}

/** Heads an answer the engine is not sure of: shown whole, with its sources, as the nearest content, not as an answer. */
export const UNSURE_NOTICE = '未能确认文件中有直接回答这个问题的内容，以下是最接近的内容，请核对原文：';

/**
 * 7b. Whether the confidence model (confidence.ts) rates an offline answer below minAnswerConfidence. Such an answer
 * is refused (answered: false) but shown whole under UNSURE_NOTICE, its citations kept: the asker checks it. The signals
 * are computed (and reported to onAnswerSignals) before the cut. Not judged: one side of a comparison (the model was
 * fitted on whole answers), and an answer about a document the question names or about a document itself (who issued
 * it, what it is): there the passage is chosen by what the question points at, not by rank and coverage, which is
 * what the model reads.
 */
function doubtsAnswer(asking: Asking, found: Found, gated: GateResult, { offline, aboutDocument }: Composed): boolean {
  const { options } = asking;
  const judged = !options.singleSide && !aboutDocument && !found.retrieved.named;
  // The signals are computed only for an answer judged here or when the caller records them (eval).
  if (!offline.answered || (!judged && !options.onAnswerSignals)) return false;
  const signals = answerSignals(found.standalone.own, gated.analysis, offline, found.passages, options.tuning, found.standalone.carriedFrom);
  options.onAnswerSignals?.(signals);
  const cut = options.tuning?.minAnswerConfidence ?? asking.services.config.ANSWER_MIN_CONFIDENCE ?? OFFLINE_TUNING.minAnswerConfidence;
  return judged && answerConfidence(signals) < cut;
}

/**
 * Answers a staff question from the bureau's documents, citing every claim as [n]. Never throws for model failures:
 * the offline engine answers instead and `notice` says why.
 * 1. guardInput: a question too long, empty, without content, addressed to the assistant or asking for personal data
 *    is answered so before any search; the rest is read in one form (simplified, ASCII figures, plain wording).
 * 2. answerComparison: a comparison of two places is answered side by side, each side by this function.
 * 3. retrieve: the passages for the standalone question; a failed search is answered so.
 * 4. answeredByRetrieval: no passage, or an article the named document or an item the named section lacks, is answered so.
 * 5. gate: no passage passes the evidence gate (gate/passages.ts) → refused, saying what the library holds instead
 *    (gate/refusal.ts).
 * 6. answerByModel with a model; without one, or when it fails, answerOffline (place-agreement included).
 * 7. checkOfflineAnswer: the ordered answer checks (answerChecks.ts, ANSWER_CHECKS; they live in gate/ by family) may
 *    refuse the offline answer or answer otherwise; an answer the confidence model doubts (doubtsAnswer) is refused
 *    but shown whole under UNSURE_NOTICE.
 * 8. A document the library only quotes heads the answer with its notice; finish masks personal data in all that leaves.
 */
export async function answerQuestion(
  services: Services,
  question: string,
  history: ChatTurn[] = [],
  options: AnswerOptions = {},
): Promise<Answer> {
  const guarded = guardInput(forChannel(services, options.channel), question, history, options);
  if ('done' in guarded) return guarded.done;
  const asking = guarded.next;
  const compared = await answerComparison(asking);
  if (compared) return compared;
  const searched = await retrieve(asking);
  if ('done' in searched) return searched.done;
  const found = searched.next;
  const retrievalAnswer = answeredByRetrieval(found);
  if (retrievalAnswer) return say(asking, retrievalAnswer);
  const citedOnly = await documentOnlyQuoted(asking, found);
  const gating = gate(asking, found);
  if ('done' in gating) return gating.done;
  const gated = gating.next;
  const modelAnswer = await answerByModel(asking, found, citedOnly);
  if (modelAnswer) return modelAnswer;
  const composed = answerOffline(asking, found, gated, citedOnly);
  const offline = checkOfflineAnswer(asking, found, gated, composed.offline);
  const doubted = doubtsAnswer(asking, found, gated, { ...composed, offline });
  if (offline.answered && citedOnly) offline.answer = `${citedOnly.notice}\n${offline.answer}`;
  if (doubted) Object.assign(offline, { answered: false, answer: `${UNSURE_NOTICE}\n${offline.answer}` });
  const { notice } = asking.answer;
  asking.options.onToken?.(notice ? `${notice}\n${offline.answer}` : offline.answer);
  return finish({ ...asking.answer, ...offline });
}
