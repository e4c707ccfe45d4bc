// The confidence gate: an offline answer the fitted model (src/answer/confidence.ts) doubts is refused, and the
// sentence it would have given is quoted as the nearest content, so the asker still sees where to read.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { answerConfidence } from '../src/answer/confidence.js';
import type { AnswerSignals } from '../src/answer/answerSignals.js';
import { OFFLINE_TUNING } from '../src/answer/offline/tuning.js';
import { libraryDocument, testLibrary } from './support/library.js';
import { ConfigError, loadConfig } from '../src/config.js';

const RULES = libraryDocument(
  { title: '南屏市老旧小区屋面防水维修管理办法', issuer: '南屏市住房和城乡建设局' },
  [
    '南屏市老旧小区屋面防水维修管理办法',
    '',
    '第一条 维修时限',
    '屋面渗漏报修后，维修单位应在3个工作日内到场查看，15个工作日内完成维修。',
    '第二条 质保期限',
    '屋面防水工程的质保期不少于8年，质保期内再次渗漏的由施工单位免费返修。',
    '',
  ].join('\n'),
);

const t = testLibrary({ files: { 'nanping_roof.txt': RULES } });
const strict = testLibrary({ files: { 'nanping_roof.txt': RULES }, env: { ANSWER_MIN_CONFIDENCE: '1' } });
const off = testLibrary({ files: { 'nanping_roof.txt': RULES }, env: { ANSWER_MIN_CONFIDENCE: '0' } });
const QUESTION = '屋面防水工程的质保期是几年？';

describe('confidence gate', () => {
  it('lets a well-grounded answer through at the shipped cut', async () => {
    const answer = await answerQuestion(t.services, QUESTION);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('不少于8年');
  });

  it('refuses an answer it doubts, quoting that sentence with its source as the nearest content', async () => {
    const sure = await answerQuestion(t.services, QUESTION, [], { tuning: { minAnswerConfidence: 0 } });
    const doubted = await answerQuestion(t.services, QUESTION, [], { tuning: { minAnswerConfidence: 1 } });
    expect(sure.answered).toBe(true);
    expect(doubted.answered).toBe(false);
    expect(doubted.answer).toMatch(/^现有文件中没有能确切回答这个问题的内容，无法作答。文件中相近的内容是：.*不少于8年.*\[1\]/);
    expect(doubted.citations).toHaveLength(1);
    expect(doubted.citations[0]).toMatchObject({ n: 1, docId: sure.citations[0].docId, quote: sure.citations[0].quote });
  });

  it('still reports the signals of an answer it refuses (the data a refit needs)', async () => {
    const signals: AnswerSignals[] = [];
    await answerQuestion(t.services, QUESTION, [], { tuning: { minAnswerConfidence: 1 }, onAnswerSignals: (s) => signals.push(s) });
    expect(signals).toHaveLength(1);
  });

  it('trusts an answer from the first retrieved passage covering the question more than one from the fifth covering little', () => {
    const base: AnswerSignals = {
      sentenceCoverage: 0.8, answerCoverage: 0.8, passageCoverage: 0.9, distinctiveCoverage: 1, focusShare: 1, unknownShare: 0,
      anchorsHeld: 1, vectorRankInverse: 1, lexicalRankInverse: 1, recallsAgree: 1, citedPositionInverse: 1, retrievalMargin: 0.02,
      questionFiguresHeld: 1, logQuestionChars: Math.log1p(16), logAnswerChars: Math.log1p(40), citations: 1, citedDocuments: 1,
      extraLines: 0, asksQuantity: 1, asksTime: 0, asksReason: 0, asksMeasures: 0, asksDefinition: 0,
    };
    const weak = { ...base, sentenceCoverage: 0.3, passageCoverage: 0.45, distinctiveCoverage: 0.3, focusShare: 0.5, vectorRankInverse: 0.2, citedPositionInverse: 0.2, recallsAgree: 0 };
    expect(answerConfidence(base)).toBeGreaterThan(answerConfidence(weak));
    expect(answerConfidence(weak)).toBeLessThan(OFFLINE_TUNING.minAnswerConfidence);
    expect(answerConfidence(base)).toBeGreaterThanOrEqual(OFFLINE_TUNING.minAnswerConfidence);
  });

  it('takes its cut from ANSWER_MIN_CONFIDENCE: 1 refuses every judged answer, 0 turns the check off', async () => {
    expect((await strict.ask(QUESTION)).answered).toBe(false);
    const answer = await off.ask(QUESTION);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('不少于8年');
  });

  it('refuses to start with an ANSWER_MIN_CONFIDENCE that is not a number from 0 to 1, saying so in Chinese', () => {
    for (const value of ['abc', '1.5', '-0.1']) {
      expect(() => loadConfig({ ANSWER_MIN_CONFIDENCE: value })).toThrow(ConfigError);
      expect(() => loadConfig({ ANSWER_MIN_CONFIDENCE: value })).toThrow(/ANSWER_MIN_CONFIDENCE 必须是 0 到 1 之间的数/);
    }
    expect(loadConfig({ ANSWER_MIN_CONFIDENCE: '0.5' }).ANSWER_MIN_CONFIDENCE).toBe(0.5);
  });
});
