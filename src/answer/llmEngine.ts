// The LLM engine: the model answers from the numbered passages (prompts/answer.md), citations are checked against
// the passages that exist, and the text streams out as it is generated.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage } from '@langchain/core/messages';
import type { Citation } from '../types.js';
import { fillPrompt, loadPrompt } from '../prompts.js';
import { citationOf, formatPassagesForPrompt, type Passage } from '../grounding/passages.js';
import { validateCitations } from '../grounding/citations.js';
import { classifyModelFailure, MalformedModelOutputError, ModelTimeoutError } from '../grounding/modelFailure.js';
import { maskPersonalData } from '../grounding/privacy.js';
import { normalizeForMatch } from '../text/simplify.js';
import { splitSentences, withoutCitationMarks } from '../text/sentences.js';
import { messageText } from '../grounding/messageText.js';

/** The model said the passages do not answer (prompts/answer.md asks for this marker). */
const CANNOT_ANSWER = /【无法回答】|没有找到能回答|无法回答这个问题|片段(?:中)?(?:没有|未)(?:提及|涉及|包含)/;

export interface ModelAnswer {
  answered: boolean;
  answer: string;
  citations: Citation[];
  dropped: number[];
}

export function buildAnswerPrompt(question: string, passages: Passage[]): string {
  return fillPrompt(loadPrompt('answer'), {
    passages: formatPassagesForPrompt(passages),
    question: maskPersonalData(question),
  });
}

/** The start of a citation whose bracket has not closed yet: "[", "[1", "[1,", "[来源", "[^". */
const UNFINISHED_CITATION = /^[[［【]\s*(?:\^|来源?|片段?|文件?|资料?|p[a-z]*\s*)?[\d\s,，、\-–~]*$/i;

const TRAILING_NUMBER = /[0-9０-９+＋][0-9０-９+＋\-－ ]*$/;

/**
 * Holds back a possibly unfinished citation ("…城市[1" ) until its bracket closes, then lets through only citations
 * to passages that exist, so streamed text never shows [9] of 4 passages; personal numbers are masked before they are shown.
 */
export class CitationStreamFilter {
  private pending = '';
  constructor(private readonly passageCount: number) {}

  push(text: string): string {
    this.pending += text;
    const open = Math.max(this.pending.lastIndexOf('['), this.pending.lastIndexOf('［'), this.pending.lastIndexOf('【'));
    const unfinished = open >= 0 && UNFINISHED_CITATION.test(this.pending.slice(open)) && this.pending.length - open < 16;
    let ready = unfinished ? this.pending.slice(0, open) : this.pending;
    this.pending = unfinished ? this.pending.slice(open) : '';
    // A number may go on in the next piece: hold trailing digits back, so a phone or ID number is masked whole.
    const digits = TRAILING_NUMBER.exec(ready);
    if (digits) {
      this.pending = ready.slice(digits.index) + this.pending;
      ready = ready.slice(0, digits.index);
    }
    return validateCitations(maskPersonalData(ready), this.passageCount).text;
  }

  flush(): string {
    const rest = validateCitations(maskPersonalData(this.pending), this.passageCount).text;
    this.pending = '';
    return rest;
  }
}

/** The passage sentence closest to what the answer says about it, as the citation's quote. */
function quoteFor(passage: Passage, answer: string): string {
  const marker = `[${passage.n}]`;
  const claims = splitSentences(answer).filter((s) => s.text.includes(marker)).map((s) => normalizeForMatch(s.text));
  const bigrams = (s: string) => new Set(Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2)));
  const claimGrams = bigrams(claims.join(''));
  let best = { text: passage.chunk.text.slice(0, 120), score: -1 };
  for (const s of splitSentences(passage.chunk.text)) {
    const grams = bigrams(normalizeForMatch(s.text));
    let shared = 0;
    for (const g of grams) if (claimGrams.has(g)) shared++;
    if (shared > best.score) best = { text: s.text, score: shared };
  }
  return best.text;
}

export interface ModelAnswerOptions {
  onToken?: (text: string) => void;
  signal?: AbortSignal;
  /** Longest wait for the first or the next piece of text. */
  timeoutMs: number;
}

/**
 * Streams the model's answer. Throws (for the caller to fall back) on timeout, HTTP errors left after retries, an
 * empty answer, or an answer with no valid citation that does not say the passages fail to answer.
 */
export async function answerWithModel(
  llm: BaseChatModel,
  question: string,
  passages: Passage[],
  options: ModelAnswerOptions,
): Promise<ModelAnswer> {
  const prompt = buildAnswerPrompt(question, passages);
  const controller = new AbortController();
  const abortFromCaller = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', abortFromCaller, { once: true });
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new ModelTimeoutError(options.timeoutMs));
    }, options.timeoutMs);
  };
  const filter = new CitationStreamFilter(passages.length);
  let raw = '';
  try {
    arm();
    const stream = await llm.stream([new HumanMessage(prompt)], { signal: controller.signal });
    for await (const chunk of stream) {
      arm();
      const piece = messageText(chunk.content);
      if (!piece) continue;
      raw += piece;
      const safe = filter.push(piece);
      if (safe) options.onToken?.(safe);
    }
    const rest = filter.flush();
    if (rest) options.onToken?.(rest);
  } catch (err) {
    if (timedOut) throw new ModelTimeoutError(options.timeoutMs);
    throw err;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abortFromCaller);
  }
  const { text, cited, dropped } = validateCitations(maskPersonalData(raw).trim(), passages.length);
  if (!text) throw new MalformedModelOutputError('empty answer');
  if (!cited.length) {
    if (CANNOT_ANSWER.test(text)) return { answered: false, answer: text.replace(/【无法回答】\s*/g, ''), citations: [], dropped };
    throw new MalformedModelOutputError('no citation to any passage (ungrounded)');
  }
  const unsupported = unsupportedFigures(text, question, passages);
  if (unsupported.length) throw new MalformedModelOutputError(`figures not in the passages: ${unsupported.join(', ')}`);
  const citations = cited
    .sort((a, b) => a - b)
    .map((n) => {
      const passage = passages[n - 1];
      return citationOf(n, passage.chunk, quoteFor(passage, text));
    });
  return { answered: true, answer: text, citations, dropped };
}

/**
 * Figures (two or more digits) in the answer that neither the passages nor the question contain: the model changed or
 * invented a number, so the answer cannot be shown as the documents' word.
 */
export function unsupportedFigures(answer: string, question: string, passages: Passage[]): string[] {
  const source = normalizeForMatch([question, ...passages.map((p) => `${p.chunk.title} ${p.chunk.text}`)].join('\n'));
  const withoutCitations = withoutCitationMarks(normalizeForMatch(answer));
  const figures = withoutCitations.match(/\d+(?:\.\d+)?/g) ?? [];
  return [...new Set(figures.filter((f) => f.replace('.', '').length >= 2 && !source.includes(f)))];
}

/** A one-line Chinese notice naming why the model was not used, and the cause for the log. */
export function describeModelFailure(err: unknown): { notice: string; cause: string } {
  const { reason, cause } = classifyModelFailure(err);
  return { notice: `${reason}，以下由离线引擎根据文件原文作答。`, cause };
}
