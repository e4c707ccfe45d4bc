// The confidence gate: an offline answer the fitted model (src/answer/confidence.ts) doubts is refused (answered:
// false) and shown whole under a line saying it is unconfirmed, so the asker still sees it and where to read.
import { describe, expect, it } from 'vitest';
import { answerQuestion, UNSURE_NOTICE } from '../src/answer/index.js';
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

  it('refuses an answer it doubts, showing it whole with its sources under a line saying it is unconfirmed', async () => {
    const sure = await answerQuestion(t.services, QUESTION, [], { tuning: { minAnswerConfidence: 0 } });
    const doubted = await answerQuestion(t.services, QUESTION, [], { tuning: { minAnswerConfidence: 1 } });
    expect(sure.answered).toBe(true);
    expect(doubted.answered).toBe(false);
    expect(doubted.answer).toBe(`${UNSURE_NOTICE}\n${sure.answer}`);
    expect(doubted.citations).toEqual(sure.citations);
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

// Not judged: where the question points at the passage (a document it names, the document itself), rank and coverage
// say little about the answer; even a cut of 1 lets these through (a comparison's sides: answer-comparison-district).
const NOTICE = libraryDocument(
  { title: '关于做好2026年老旧小区屋面维修工作的通知', issuer: '南屏市住房和城乡建设局', number: '南住建发〔2026〕12号' },
  [
    '关于做好2026年老旧小区屋面维修工作的通知',
    '南住建发〔2026〕12号',
    '',
    '一、维修范围',
    '2000年以前建成、屋面渗漏的老旧小区住宅楼。',
    '二、补助标准',
    '市级财政按每平方米60元给予补助。',
    '',
    '南屏市住房和城乡建设局\u3000南屏市财政局',
    '2026年3月2日',
  ].join('\n'),
);
const pointed = testLibrary({ files: { 'nanping_notice.txt': NOTICE, 'nanping_roof.txt': RULES } });
const STRICT = { tuning: { minAnswerConfidence: 1 } };

describe('confidence gate: answers it does not judge', () => {
  it('an answer from the document whose 文号 the question names', async () => {
    const a = await answerQuestion(pointed.services, '南住建发〔2026〕12号的补助标准是多少？', [], STRICT);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('每平方米60元');
  });

  it('an answer about the document itself (who issued it)', async () => {
    const a = await answerQuestion(pointed.services, '南屏市2026年老旧小区屋面维修工作的通知是哪几个部门联合下发的？', [], STRICT);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('南屏市财政局');
  });

  it('but judges the same library\'s plain question at that cut', async () => {
    expect((await answerQuestion(pointed.services, QUESTION, [], STRICT)).answered).toBe(false);
  });
});

// A document the library only quotes: its notice (库中未收录…) stays on a doubted answer too, under the doubt line.
const CITING = libraryDocument(
  { title: '南屏市老旧小区屋面维修实施细则', number: '南住建规〔2026〕2号' },
  [
    '南屏市老旧小区屋面维修实施细则',
    '',
    '第一条 屋面维修市级补助按每平方米60元执行。',
    '第二条 《南屏市屋面维修暂行办法》（南住建〔2020〕7号）规定的每平方米40元补助，本细则施行后不再执行。',
    '',
  ].join('\n'),
);
const quoting = testLibrary({ files: { 'nanping_rules.txt': CITING } });

describe('confidence gate: a document the library only quotes', () => {
  it('keeps the notice that the document is only quoted on a doubted answer', async () => {
    const question = '南住建〔2020〕7号规定屋面维修每平方米补助多少？';
    const sure = await answerQuestion(quoting.services, question, [], { tuning: { minAnswerConfidence: 0 } });
    const doubted = await answerQuestion(quoting.services, question, [], STRICT);
    expect(sure.answer.split('\n')[0]).toBe('库中未收录南住建〔2020〕7号全文，以下摘自引用该文件的材料。');
    expect(doubted.answered).toBe(false);
    expect(doubted.answer).toBe(`${UNSURE_NOTICE}\n${sure.answer}`);
  });
});
