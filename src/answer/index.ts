// answerQuestion: the one entry point for Slack, the console, `npm run ask` and `npm run eval`.
import { leavesOutComparedPlace, withoutOtherPlaces } from './placeAgreement.js';
import { settledStatusAnswer, stillWorkedOutRefusal, answerConstraintRefusal, answerFocusRefusal, classOfOneRefusal, partMissingRefusal, countOnlyRefusal, draftOnlyRefusal, eachUnitRefusal, focusShareHeld, gatePassages, gateRefusal, notesItemRefusal, ownOfPlaceRefusal, proposalSubjectRefusal, type AnswerCheckOutcome, type GateResult } from './gate.js';
import { combineSides, comparisonSides } from './comparison.js';
import { answerWhatCitedDocumentIs, answerWhatHeldDocumentIs, answerWhatProposalIsAbout, answerWhichMeeting, answerWhoIssued, citedOnlyReference, type CitedOnly } from './namedDocument.js';
import type { Services } from '../services.js';
import { forChannel } from '../retrieval/channels.js';
import type { Answer, AnswerOptions, ChatTurn } from '../types.js';
import { getTokenizer } from '../text/tokenizer.js';
import { notesItemAsked } from '../text/markers.js';
import { STRUCTURE_REFERENCE } from '../text/questionWords.js';
import { plainQuestionWording } from '../text/spokenFrames.js';
import { readingForm } from '../text/simplify.js';
import { condenseOffline, condenseWithModel, type Standalone } from './condense.js';
import { retrievePassages, type MissingItem, type RetrievedPassages } from '../retrieval/plan.js';
import { toChineseNumeral } from '../text/numerals.js';
import { asksIssuerOfDocument } from '../text/questionTypes.js';
import { answerDocumentOverview, asksForOverview, answerExtractively, answerFromSection, notCoveredAnswer, questionFocus } from './offline/index.js';
import { statesHandlingClass } from './offline/strategies/handlingClass.js';
import { llmName, OFFLINE_ENGINE } from '../grounding/chatModel.js';
import { answerWithModel, describeModelFailure } from './llmEngine.js';
import { numberPassages, toRetrieved, type Passage } from '../grounding/passages.js';
import { asksForPersonalData, MASK_MARK, maskPersonalData, PRIVACY_REFUSAL } from '../grounding/privacy.js';
import { DEFAULT_MAX_QUESTION_CHARS, questionTooLongMessage } from './questionLength.js';
import { isInstructionLike } from '../corpus/injection.js';
import { answerSignals } from './answerSignals.js';

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

function offlineAnswer(
  services: Services,
  passages: Passage[],
  standalone: Standalone,
  retrieved: RetrievedPassages,
  tuning: AnswerOptions['tuning'],
  citedOnly: CitedOnly | undefined,
  gate: GateResult,
): Pick<Answer, 'answered' | 'answer' | 'citations' | 'retrieved'> {
  const { named } = retrieved;
  // Once the named document is found, its 文号 says nothing about which of its sentences answers; a document the
  // library only quotes neither: the sentences must answer what is asked, not merely cite the number.
  // A 《title》 also says what the document is about, so only a 文号 is taken out; a question that asks about the
  // document itself ("…15号是一份什么文件？") keeps it.
  const reference = named?.reference ?? (citedOnly?.reference.startsWith('《') ? undefined : citedOnly?.reference);
  // "第二部分", "三是" say where in the document, not what is asked: they pick the section, never a sentence's words.
  const own = standalone.own.replace(STRUCTURE_REFERENCE, ' ');
  const termsOf = (text: string) => ({ ...questionFocus(getTokenizer(), text.trim(), standalone.carriedFrom), text: standalone.own });
  const stripped = reference ? termsOf(own.replace(reference, ' ')) : undefined;
  const focus = stripped?.terms.length ? stripped : termsOf(own);
  // "…第19号提案是关于什么的？": the proposal's title, which the reply's opening quotes, not the reply's content.
  const proposalSubject = named ? answerWhatProposalIsAbout(standalone.own, services.search.chunksOf(named.docId), passages) : undefined;
  const overview =
    !proposalSubject && named && asksForOverview(standalone.own, named.reference, statesHandlingClass(services.search.chunksOf(named.docId).map((c) => c.text)))
      ? answerDocumentOverview(services.search.chunksOf(named.docId), passages, tuning)
      : undefined;
  const whatItIs = citedOnly
    ? answerWhatCitedDocumentIs(standalone.own, citedOnly, passages)
    : named
      ? answerWhatHeldDocumentIs(standalone.own, named.docId, passages)
      : undefined;
  // Who issued it: the named document's sign-off, else the best-ranked one's when the question asks the issuer of a
  // document by its kind ("…任务清单是哪几个部门联合下达的"), not who sets a rule or pays.
  const issuedBy = named?.docId ?? (asksIssuerOfDocument(standalone.own) ? passages[0]?.chunk.docId : undefined);
  const whoIssued = issuedBy ? answerWhoIssued(standalone.own, issuedBy, services.search.chunksOf(issuedBy), passages) : undefined;
  const whichMeeting = answerWhichMeeting(standalone.own, passages, (sentence) => focusShareHeld(gate.analysis, sentence));
  const result = proposalSubject ?? overview ?? whatItIs ?? whoIssued ?? whichMeeting ?? (retrieved.sectionHits
    ? answerFromSection(passages.slice(0, retrieved.sectionHits), tuning, standalone.own, (docId) => services.search.chunksOf(docId))
    : answerExtractively(getTokenizer(), focus, passages, {
        focusDocId: retrieved.focusDocId,
        namedDocId: named?.docId,
        focusWords: { words: gate.analysis.focus, abbreviations: gate.analysis.abbreviations },
        documentText: (docId) => services.search.chunksOf(docId).map((c) => c.text).join('\n'),
        chunksOf: (docId) => services.search.chunksOf(docId),
        tuning,
      }));
  services.logger.debug({ evidence: result.evidence, answered: result.answered }, 'offline answer');
  // Every citation points to a listed passage: section chunks a list answer quotes join the retrieved ones.
  const retrievedList = [...toRetrieved(passages), ...toRetrieved(result.addedPassages ?? [])];
  return { answered: result.answered, answer: result.answer, citations: result.citations, retrieved: retrievedList };
}

/** "《…实施方案》中“工作原则”只列了2条，没有第三条。" */
export function missingItemAnswer(missing: MissingItem): string {
  const title = missing.title ? `《${missing.title}》中` : '';
  return `${title}“${missing.heading}”只列了${missing.items}条，没有第${toChineseNumeral(missing.ordinal)}条，无法作答。`;
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
  const tooLong = questionTooLongMessage(question, services.config.MAX_QUESTION_CHARS ?? DEFAULT_MAX_QUESTION_CHARS);
  if (tooLong) return { ...baseAnswer(maskPersonalData(question.trim().slice(0, 200)), { name: OFFLINE_ENGINE, embeddings: services.search.embeddingsId }), answer: tooLong };
  // A mobile or ID number the asker typed is masked before it can reach the echo, the logs or a search.
  const masked = maskPersonalData(question.trim());
  // Read as every stage reads it: simplified characters, ASCII figures, spoken frames ("咋整", "找谁") in the plain
  // wording the question-type rules know ("怎么办", "由谁负责"). The echo keeps the asker's own wording.
  const q = plainQuestionWording(readingForm(withoutDisclosedClauses(masked) || masked));
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
  // The same rule as for documents: text addressed to the assistant is data, never an instruction to follow.
  if (isInstructionLike(q)) {
    logger.info('question is an instruction to the assistant; refused');
    options.onToken?.(INSTRUCTION_QUESTION);
    return finish({ ...answer, answer: INSTRUCTION_QUESTION });
  }
  if (asksForPersonalData(q)) {
    logger.info('question asks for personal data; refused');
    options.onToken?.(PRIVACY_REFUSAL);
    return finish({ ...answer, answer: PRIVACY_REFUSAL });
  }

  // 比较: each side answered on its own, both cited (a follow-up's sides come from its own words only).
  const compared = !history.length && !options.singleSide ? comparisonSides(q, services.config.bureau.city) : undefined;
  if (compared) {
    const sideOptions = { ...options, singleSide: true, onToken: undefined, onAnswerSignals: undefined };
    const sides = await Promise.all(compared.questions.map((sq) => answerQuestion(services, sq, [], sideOptions)));
    const originOf = (docId: string) => services.search.chunksOf(docId)[0]?.origin;
    const combined = combineSides(compared, sides as [Answer, Answer], originOf);
    if (combined) {
      options.onToken?.(combined.answer);
      return finish({ ...answer, ...combined });
    }
  }

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

  // "工作原则第三条" of a section with two items: that item is nowhere, whatever else matches.
  if (retrieved.missingItem) {
    answer.answer = missingItemAnswer(retrieved.missingItem);
    options.onToken?.(answer.answer);
    return finish(answer);
  }

  const citedOnly = retrieved.named ? undefined : await citedOnlyReference(services.search, standalone.text);
  // The same gate runs before any model call and before the offline engine: no passage passes → refused.
  const gate = gatePassages(services.search, standalone.text, passages);
  logger.debug({ gate: gate.assessment, focus: gate.analysis.focus }, 'evidence gate');
  if (!gate.assessment.pass) {
    const refusal = gateRefusal(gate, passages);
    options.onToken?.(refusal.answer);
    return finish({ ...answer, answered: false, answer: refusal.answer, citations: refusal.citations });
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
      const text = citedOnly ? `${citedOnly.notice}\n${result.answer}` : result.answer;
      return finish({ ...answer, answered: true, answer: text, citations: result.citations });
    } catch (err) {
      const { notice, cause } = describeModelFailure(err);
      logger.warn({ cause }, 'model failed; answering with the offline engine');
      answer.notice = notice;
      answer.engine.llm = OFFLINE_ENGINE;
    }
  }

  const offline = offlineAnswer(services, passages, standalone, retrieved, options.tuning, citedOnly, gate);
  // The sentences chosen must speak of the year, place and level asked, not merely sit in a passage that does.
  // And they must hold what is asked about, as the passage they come from does.
  // An item of a form's notes asked by number ("意愿确认书填表说明第3条") belongs to the form the question names, which is
  // titled in the document's attachment, not in the item: the whole document is its context.
  const contextChunks = notesItemAsked(standalone.own) !== undefined ? Number.POSITIVE_INFINITY : 1;
  const opening = (docId: string) => services.search.chunksOf(docId).slice(0, contextChunks).map((c) => `${c.title}\n${c.text}`).join('');
  // A question naming a place is answered from that place's documents only: another place's sentences are dropped.
  const placed = offline.answered ? withoutOtherPlaces(gate.analysis, offline, passages) : undefined;
  // (None left: the constraint check below refuses, saying whose facts the library holds.)
  if (placed?.citations.length) Object.assign(offline, placed);
  // A comparison answered for one of its places only is refused: half an answer reads as the whole of it.
  if (offline.answered && leavesOutComparedPlace(gate.analysis, offline.citations, passages)) {
    Object.assign(offline, { answered: false, answer: notCoveredAnswer(passages), citations: [] });
  }
  const contradicted: AnswerCheckOutcome | undefined = offline.answered
    ? (settledStatusAnswer(standalone.own, offline.citations, passages, (docId) => services.search.chunksOf(docId)) ??
      answerFocusRefusal(gate.analysis, offline.citations, passages, opening) ?? answerConstraintRefusal(gate.analysis, offline.citations, passages) ?? draftOnlyRefusal(standalone.own, offline.citations, (docId) => services.search.chunksOf(docId)) ?? eachUnitRefusal(standalone.own, offline.citations) ?? partMissingRefusal(standalone.own, offline.citations, passages) ?? countOnlyRefusal(standalone.own, offline.citations) ?? classOfOneRefusal(standalone.own, offline.citations) ?? notesItemRefusal(standalone.own, offline.citations, (docId) => services.search.chunksOf(docId)) ?? proposalSubjectRefusal(standalone.own, offline.citations) ?? ownOfPlaceRefusal(standalone.own, offline.citations, (docId) => services.search.chunksOf(docId)[0]?.origin ?? '') ?? stillWorkedOutRefusal(standalone.own, offline.citations))
    : undefined;
  if (contradicted) {
    const { quoted, ...outcome } = contradicted;
    Object.assign(offline, { answered: false, ...outcome });
    // A draft's status line quoted from a chunk the search did not return is listed with the retrieved passages.
    if (quoted && !offline.retrieved.some((r) => r.text === quoted.text)) offline.retrieved = [...offline.retrieved, ...toRetrieved([{ n: offline.retrieved.length + 1, chunk: quoted, score: 0 }])];
  }
  if (offline.answered && options.onAnswerSignals) options.onAnswerSignals(answerSignals(standalone.own, gate.analysis, offline, passages, options.tuning));
  if (offline.answered && citedOnly) offline.answer = `${citedOnly.notice}\n${offline.answer}`;
  options.onToken?.(answer.notice ? `${answer.notice}\n${offline.answer}` : offline.answer);
  return finish({ ...answer, ...offline });
}
