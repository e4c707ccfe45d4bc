// One library for a test file (or a describe block): its documents copied or written to a temporary corpus and indexed
// by the real ingestion before the first test, the folder removed after the last, and questions asked of it.
import { afterAll, beforeAll, expect } from 'vitest';
import { answerQuestion } from '../../src/answer/index.js';
import type { AppConfig } from '../../src/config.js';
import type { Services } from '../../src/services.js';
import type { Answer, AnswerOptions, ChatTurn, DocKind } from '../../src/types.js';
import { createTestServices, type TestServices, type TestServicesOptions } from './services.js';

/**
 * For a test of a sentence-choice rule the confidence gate doubts on a small invented library (it takes its answer
 * from a lower-ranked passage, or reads a spoken word through the synonym table): the gate off, so the test checks the
 * sentence chosen. With the gate on, that answer is shown whole as unconfirmed (test/answer-confidence.test.ts).
 */
export const CONFIDENCE_GATE_OFF: AnswerOptions = { tuning: { minAnswerConfidence: 0 } };

export interface TestLibrary {
  /** The services over the library (once the block's beforeAll has run). */
  readonly services: Services;
  readonly config: AppConfig;
  /** The temporary folder holding corpus/, index/ and data/. */
  readonly dir: string;
  /** The question answered as a staff member would have it answered: alone, or as a follow-up in a thread. */
  ask(question: string, history?: ChatTurn[]): Promise<Answer>;
}

/**
 * Registers, in the calling file or describe block, the hooks that build the library before its tests and remove it
 * after them. `options` may be a function, for what is only known once earlier hooks ran (a fake server's address).
 */
export function testLibrary(
  options: TestServicesOptions | (() => TestServicesOptions) = {},
  { timeout }: { timeout?: number } = {},
): TestLibrary {
  let built: TestServices | undefined;
  const current = (): TestServices => {
    if (!built) throw new Error('the test library is built in beforeAll: use it inside a test or a later hook');
    return built;
  };
  beforeAll(async () => {
    built = await createTestServices(typeof options === 'function' ? options() : options);
  }, timeout);
  afterAll(async () => {
    await built?.cleanup();
  });
  return {
    get services() {
      return current().services;
    },
    get config() {
      return current().config;
    },
    get dir() {
      return current().dir;
    },
    ask: (question, history = []) => answerQuestion(current().services, question, history),
  };
}

/** Asks the library and expects the question answered, the answer holding each of `holding`; returns the answer. */
export async function expectAnswered(library: Pick<TestLibrary, 'ask'>, question: string, ...holding: string[]): Promise<Answer> {
  const answer = await library.ask(question);
  expect(answer.answered, answer.answer).toBe(true);
  for (const words of holding) expect(answer.answer).toContain(words);
  return answer;
}

/** Asks the library and expects the question refused, the refusal saying each of `saying`; returns the answer. */
export async function expectRefused(library: Pick<TestLibrary, 'ask'>, question: string, ...saying: string[]): Promise<Answer> {
  const answer = await library.ask(question);
  expect(answer.answered, answer.answer).toBe(false);
  for (const words of saying) expect(answer.answer).toContain(words);
  return answer;
}

/** A test document's front matter: its title, its kind (policy unless said) and any other field (issuer, number…). */
export interface DocumentFields {
  title: string;
  kind?: DocKind;
  issuer?: string;
  number?: string;
  /** The date the document is of ("2025-11-20"): a year its text says from now is this date's year. */
  date?: string;
}

/**
 * A library document as its file holds it: the YAML front matter (title, the other fields in the order given, kind)
 * and the body. The file name the test gives it is its docId.
 */
export function libraryDocument({ title, kind = 'policy', ...fields }: DocumentFields, body: string): string {
  const lines = [`title: ${title}`, ...Object.entries(fields).map(([name, value]) => `${name}: ${value}`), `kind: ${kind}`];
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

/**
 * 青阳's reply to proposal 12 of the city's 5th CPPCC, 2nd session (青建〔2022〕5号, to 李明), which several answer
 * tests hold in their library: front matter, title, 文号, salutation and opening, then `sections` ("一、关于…的建议"…).
 */
export function qingyangReply(sections: string): string {
  return libraryDocument(
    { title: '关于市五届二次会议第12号提案的答复', kind: 'reply' },
    `关于市五届二次会议第12号提案的答复

青建〔2022〕5号

李明委员：
你提出的关于加快老旧小区改造的提案收悉，现答复如下：

${sections}`,
  );
}
