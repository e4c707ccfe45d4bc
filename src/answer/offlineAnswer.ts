// The offline engine as answerQuestion runs it: the questions about a document itself first (an ordered list of
// special strategies), else the named section or the best sentences of the passages.
import type { Answer, AnswerOptions, Chunk } from '../types.js';
import type { QuestionAnalysis } from '../grounding/evidenceGate.js';
import { toRetrieved, type Passage } from '../grounding/passages.js';
import type { RetrievedPassages } from '../retrieval/plan.js';
import { getTokenizer } from '../text/tokenizer.js';
import { isActOfPointedPart, STRUCTURE_REFERENCE } from '../text/questionWords.js';
import { ASKS_WHICH_DOCUMENT_SAID, asksIssuerOfDocument } from '../text/questionTypes.js';
import { sourceLabel } from '../grounding/sources.js';
import type { Standalone } from './condense.js';
import { focusShareHeld } from './gate/passages.js';
import { answerWhatCitedDocumentIs, answerWhatHeldDocumentIs, answerWhetherCitedDocumentApplies, answerWhatProposalIsAbout, answerWhichMeeting, answerWhoIssued, type CitedOnly } from './namedDocument.js';
import { answerDocumentOverview, asksForOverview, answerExtractively, answerFromSection, questionFocus, type ExtractiveAnswer, type QuestionFocus } from './offline/index.js';
import { statesHandlingClass } from './offline/strategies/handlingClass.js';

/** What every offline strategy reads: one object, so a strategy added or removed is one line of SPECIAL_STRATEGIES. */
export interface OfflineContext {
  standalone: Standalone;
  /** The asker's own words (standalone.own). */
  question: string;
  passages: Passage[];
  retrieved: RetrievedPassages;
  /** The document the question names by 文号 or proposal number (retrieved.named). */
  named?: RetrievedPassages['named'];
  /** The document the question names that the library only quotes. */
  citedOnly?: CitedOnly;
  /** The evidence gate's reading of the question. */
  analysis: QuestionAnalysis;
  chunksOf: (docId: string) => Chunk[];
  tuning: AnswerOptions['tuning'];
}

export type OfflineStrategy = (context: OfflineContext) => ExtractiveAnswer | undefined;

/** "…第19号提案是关于什么的？": the proposal's title, which the reply's opening quotes, not the reply's content. */
const proposalSubject: OfflineStrategy = ({ named, question, passages, chunksOf }) =>
  named ? answerWhatProposalIsAbout(question, chunksOf(named.docId), passages) : undefined;

/** The named document asked about as a whole ("…15号文件讲了什么"): each top-level section with its first statement. */
const documentOverview: OfflineStrategy = ({ named, question, passages, chunksOf, tuning }) =>
  named && asksForOverview(question, named.reference, statesHandlingClass(chunksOf(named.docId).map((c) => c.text)))
    ? answerDocumentOverview(chunksOf(named.docId), passages, tuning)
    : undefined;

/** "…15号是一份什么文件？": the named document's (or the quoted-only one's) kind and title. */
const whatDocumentIs: OfflineStrategy = ({ citedOnly, named, question, passages }) =>
  citedOnly ? answerWhatCitedDocumentIs(question, citedOnly, passages) : named ? answerWhatHeldDocumentIs(question, named.docId, passages) : undefined;

/** "…16号现在还有效吗" of a document the library only quotes: the sentence naming it that says whether it applies. */
const whetherCitedApplies: OfflineStrategy = ({ citedOnly, question, passages, analysis }) =>
  citedOnly ? answerWhetherCitedDocumentApplies(question, citedOnly, passages, (sentence) => focusShareHeld(analysis, sentence)) : undefined;

/**
 * Who issued it: the named document's sign-off, else the best-ranked one's when the question asks the issuer of a
 * document by its kind ("…任务清单是哪几个部门联合下达的"), not who sets a rule or pays.
 */
const whoIssued: OfflineStrategy = ({ named, question, passages, chunksOf }) => {
  const issuedBy = named?.docId ?? (asksIssuerOfDocument(question) ? passages[0]?.chunk.docId : undefined);
  return issuedBy ? answerWhoIssued(question, issuedBy, chunksOf(issuedBy), passages) : undefined;
};

/** "…试点是哪次会议定的？": the minutes (title and number) with the decision they record about what is asked. */
const whichMeeting: OfflineStrategy = ({ question, passages, analysis }) =>
  answerWhichMeeting(question, passages, (sentence) => focusShareHeld(analysis, sentence));

/** In order; the first strategy with an answer answers, the later ones are not run. */
export const SPECIAL_STRATEGIES: readonly OfflineStrategy[] = [proposalSubject, documentOverview, whatDocumentIs, whetherCitedApplies, whoIssued, whichMeeting];

/**
 * The words the sentences must answer. Once the named document is found, its 文号 says nothing about which of its
 * sentences answers; a document the library only quotes neither: the sentences must answer what is asked, not merely
 * cite the number. A 《title》 also says what the document is about, so only a 文号 is taken out; a question that asks
 * about the document itself ("…15号是一份什么文件？") keeps it.
 */
function sentenceFocus({ standalone, named, citedOnly }: OfflineContext): QuestionFocus {
  const reference = named?.reference ?? (citedOnly?.reference.startsWith('《') ? undefined : citedOnly?.reference);
  // "第二部分", "三是" say where in the document, not what is asked: they pick the section, never a sentence's words.
  const own = standalone.own.replace(STRUCTURE_REFERENCE, ' ');
  // "…18号规定每台补多少": the act of the document pointed to (规定, 要求) is how the asker points, no word to hold.
  const termsOf = (text: string) => {
    const focus = questionFocus(getTokenizer(), text.trim(), standalone.carriedFrom);
    return { ...focus, terms: focus.terms.filter((t) => !isActOfPointedPart(t, standalone.own)), text: standalone.own };
  };
  const stripped = reference ? termsOf(own.replace(reference, ' ')) : undefined;
  return stripped?.terms.length ? stripped : termsOf(own);
}

/** The section the question names, when retrieval put it first; else the best sentences of all the passages. */
function answerFromPassages(context: OfflineContext): ExtractiveAnswer {
  const { retrieved, passages, tuning, question, chunksOf, named, analysis } = context;
  if (retrieved.sectionHits) return answerFromSection(passages.slice(0, retrieved.sectionHits), tuning, question, chunksOf);
  return answerExtractively(getTokenizer(), sentenceFocus(context), passages, {
    focusDocId: retrieved.focusDocId,
    namedDocId: named?.docId,
    focusWords: { words: analysis.focus, abbreviations: analysis.abbreviations },
    documentText: (docId) => chunksOf(docId).map((c) => c.text).join('\n'),
    chunksOf,
    tuning,
  });
}

/**
 * "…是哪份答复里说的？" asks the document: the answer's sentences are led by the document they come from (its title and
 * 文号), which is what is asked; any other answer is returned as it is.
 */
function withSourceNamed(question: string, answer: ExtractiveAnswer): ExtractiveAnswer {
  const source = answer.citations[0];
  if (!answer.answered || !source || !ASKS_WHICH_DOCUMENT_SAID.test(question)) return answer;
  return { ...answer, answer: `${sourceLabel(source)}：${answer.answer}` };
}

/** The first special strategy's answer, else the passages' (answerFromPassages). */
export function chooseOfflineAnswer(context: OfflineContext, strategies: readonly OfflineStrategy[] = SPECIAL_STRATEGIES): ExtractiveAnswer {
  for (const strategy of strategies) {
    const answer = strategy(context);
    if (answer) return { ...answer, aboutDocument: true };
  }
  return withSourceNamed(context.question, answerFromPassages(context));
}

/** The answer as answerQuestion returns it: every passage it cites listed (section chunks a list answer quotes join). */
export function withCitedPassages(result: ExtractiveAnswer, passages: Passage[]): Pick<Answer, 'answered' | 'answer' | 'citations' | 'retrieved'> {
  const retrieved = [...toRetrieved(passages), ...toRetrieved(result.addedPassages ?? [])];
  return { answered: result.answered, answer: result.answer, citations: result.citations, retrieved };
}
