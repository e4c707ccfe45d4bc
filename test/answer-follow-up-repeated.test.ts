// A follow-up asking a figure anew ("它三年打算改多少户？" after "县城一共有多少个老旧小区？") answered by the very sentence
// that answered the question before ("…共41个、6230户") gives the earlier figure again, not the one asked: refused. A
// follow-up whose new words the repeated sentence holds ("开工率是多少？" of a sentence stating 开工率) is still answered.
import { describe, expect, it } from 'vitest';
import { earlierAnswerRepeatedRefusal } from '../src/answer/gate/figures.js';
import { newWordsOfFollowUp } from '../src/text/followUps.js';
import type { ChatTurn, Citation } from '../src/types.js';
import { testLibrary } from './support/library.js';
import { LINCHUAN_BUREAU, policyFile } from './support/ownCity.js';

const SENTENCE = '县城建成区内2000年底前建成的老旧小区，经摸底共52个、7340户';
const cite = (quote: string): Citation => ({ n: 1, docId: 'plan', title: '安平县老旧小区改造三年行动方案', number: null, section: '', quote, chunkId: 'plan#1' });
const thread = (question: string, answer: string): ChatTurn[] => [
  { role: 'user', text: question },
  { role: 'assistant', text: answer },
];

describe('a follow-up answered by the earlier answer repeated', () => {
  it('reads the words a follow-up adds', () => {
    expect(newWordsOfFollowUp('它三年打算改多少户？', '安平县城摸底一共有多少个老旧小区？')).toEqual(expect.arrayContaining(['三年', '打算']));
    expect(newWordsOfFollowUp('它三年打算改多少户？', '安平县城摸底一共有多少个老旧小区？')).not.toContain('多少');
    // A pair across a word asking ("共多" of 一共多少) is no word of its own.
    expect(newWordsOfFollowUp('一共多少个？', '安平县城摸底一共有多少个老旧小区？')).toEqual([]);
  });

  it('keeps the earlier answer given again to the same question reworded', () => {
    const history = thread('安平县城摸底一共有多少个老旧小区？', `${SENTENCE}[1]。`);
    expect(earlierAnswerRepeatedRefusal('一共多少个？', history, `${SENTENCE}[1]。`, [cite(SENTENCE)])).toBeUndefined();
  });

  it('refuses a figure asked anew and answered by the same sentence', () => {
    const history = thread('安平县城摸底一共有多少个老旧小区？', `${SENTENCE}[1]。`);
    const refusal = earlierAnswerRepeatedRefusal('它三年打算改多少户？', history, `${SENTENCE}[1]。`, [cite(`${SENTENCE}。`)]);
    expect(refusal?.answer).toContain('只有上一问已答的内容');
    expect(refusal?.citations[0].quote).toBe(`${SENTENCE}。`);
  });

  it('keeps an answer holding the follow-up’s new words, a new sentence, or a question asking no figure', () => {
    const progress = '会议指出，截至4月底，全市90个计划项目已开工41个，开工率45.6%';
    const history = thread('4月底全市已开工多少个项目？', `${progress}[1]。`);
    expect(earlierAnswerRepeatedRefusal('开工率是多少？', history, `${progress}[1]。`, [cite(progress)])).toBeUndefined();
    const earlier = thread('安平县城摸底一共有多少个老旧小区？', `${SENTENCE}[1]。`);
    expect(earlierAnswerRepeatedRefusal('它三年打算改多少户？', earlier, '三年计划改造4900户[1]。', [cite('三年计划改造4900户。')])).toBeUndefined();
    expect(earlierAnswerRepeatedRefusal('这些小区都在哪里？', earlier, `${SENTENCE}[1]。`, [cite(SENTENCE)])).toBeUndefined();
    expect(earlierAnswerRepeatedRefusal('它三年打算改多少户？', [], `${SENTENCE}[1]。`, [cite(SENTENCE)])).toBeUndefined();
  });
});

describe('asked in a thread', () => {
  const PLAN = policyFile('安平县城镇老旧小区改造三年行动方案', '安平县住房和城乡建设局', [
    `一、摸底情况。${SENTENCE}。`,
    '二、工作要求。各乡镇要落实属地责任，按月报送改造进展。',
  ]);
  const t = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'anping_plan.txt': PLAN } });

  it('does not give the earlier figure again for a figure the documents do not state', async () => {
    const first = await t.ask('安平县城摸底一共有多少个老旧小区？');
    expect(first.answer).toContain('52个');
    const history: ChatTurn[] = [{ role: 'user', text: '安平县城摸底一共有多少个老旧小区？' }, { role: 'assistant', text: first.answer }];
    const a = await t.ask('它三年打算改多少户？', history);
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('只有上一问已答的内容');
  });
});
