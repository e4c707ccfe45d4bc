// The evidence signals `npm run eval` records per answered question (for fitting an answer-confidence model,
// bench/confidenceFit.ts): reported for an offline answer, not for a refusal, and asking for them changes no answer.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import type { AnswerSignals } from '../src/answer/answerSignals.js';
import { toAnswerJson } from '../src/answer/format.js';
import { libraryDocument, testLibrary } from './support/library.js';

const PLAN = libraryDocument(
  { title: '东川市既有住宅加装电梯实施办法', issuer: '东川市人民政府办公室' },
  [
    '东川市既有住宅加装电梯实施办法',
    '',
    '第一条 补助标准',
    '加装电梯的，市级财政每台补助10万元，区级财政每台补助5万元。',
    '第二条 申请程序',
    '业主向所在街道提出申请，街道在5个工作日内完成初审。',
    '',
  ].join('\n'),
);

const t = testLibrary({ files: { 'dongchuan_elevator.txt': PLAN } });

async function askWithSignals(question: string): Promise<{ answered: boolean; json: unknown; signals: AnswerSignals[] }> {
  const signals: AnswerSignals[] = [];
  const answer = await answerQuestion(t.services, question, [], { onAnswerSignals: (s) => signals.push(s) });
  return { answered: answer.answered, json: toAnswerJson(answer), signals };
}

describe('answer signals for calibration', () => {
  it("reports an offline answer's coverage, ranks and question type", async () => {
    const { answered, signals } = await askWithSignals('加装电梯市级财政每台补助多少钱？');
    expect(answered).toBe(true);
    expect(signals).toHaveLength(1);
    const [s] = signals;
    expect(s.sentenceCoverage).toBeGreaterThan(0.5);
    expect(s.passageCoverage).toBeGreaterThanOrEqual(s.sentenceCoverage);
    expect(s.citedPositionInverse).toBe(1);
    expect(s.asksQuantity).toBe(1);
    expect(s.asksReason).toBe(0);
    expect(s.citations).toBe(1);
    for (const value of Object.values(s)) expect(Number.isFinite(value)).toBe(true);
  });

  it('reports nothing for a refusal', async () => {
    const { answered, signals } = await askWithSignals('公积金贷款利率是多少？');
    expect(answered).toBe(false);
    expect(signals).toEqual([]);
  });

  it('leaves the answer and the ask --json object as they are without the hook', async () => {
    const question = '加装电梯市级财政每台补助多少钱？';
    const withHook = await askWithSignals(question);
    const without = toAnswerJson(await t.ask(question));
    expect(withHook.json).toEqual(without);
    expect(Object.keys(without)).toEqual(['question', 'answered', 'answer', 'citations', 'retrieved', 'engine']);
  });
});
