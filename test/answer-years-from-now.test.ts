// A year said from now is a year: "去年" asked is the year before the asker's now, and "今年" written in a document is
// the year of that document's date. Each is checked as a year's number is ("2024年…" is not answered by a 2025 figure).
// Library and questions written for this test.
import { describe, expect, it } from 'vitest';
import { answerConstraintRefusal } from '../src/answer/gate/constraints.js';
import { gatePassages, yearOfQuestionNow } from '../src/answer/gate/passages.js';
import { citationOf, numberPassages } from '../src/grounding/passages.js';
import { makeChunk, memorySearcherWithStats } from './support/services.js';
import { withYearsFromNowAs, yearOfDate } from '../src/text/dates.js';
import { expectAnswered, expectRefused, libraryDocument, testLibrary } from './support/library.js';

// A 2025 briefing that says 今年, not 2025年.
const BRIEFING = libraryDocument({ title: '城市建设工作简报（第11期）', date: '2025-11-20' }, `城市建设工作简报（第11期）

一、加装电梯
今年以来，全市既有住宅加装电梯126台，惠及居民1850余户。

二、背街小巷
背街小巷整治完成42条。
`);

// A 2023 reply that says 今年 too: its 今年 is 2023.
const REPLY = libraryDocument({ title: '关于加快老旧小区改造的提案的答复', kind: 'reply', date: '2023-06-28' }, `关于加快老旧小区改造的提案的答复

王明委员：
您提出的提案收悉，现答复如下：
一、改造计划
今年全市计划改造老旧小区35个，涉及居民4200户。
`);

const library = testLibrary({ files: { 'briefing_11.txt': BRIEFING, 'reply_2023.txt': REPLY } });

describe('a year said from now', () => {
  it('is written as the year it is, counted from a given year', () => {
    expect(withYearsFromNowAs('今年以来，全市加装电梯126台', 2025)).toBe('2025年以来，全市加装电梯126台');
    expect(withYearsFromNowAs('去年底是74%，上一年度考核', 2025)).toBe('2024年底是74%，2024年度考核');
    // Not inside another word.
    expect(withYearsFromNowAs('提前年底完成，说明年度计划', 2025)).toBe('提前年底完成，说明年度计划');
    for (const text of ['合同应当载明年度维修计划', '写明年度目标，列明年度任务', '路灯照明年度运维费用', '按照当前年度的补贴标准执行', '期末余额减去年初余额']) {
      expect(withYearsFromNowAs(text, 2025)).toBe(text);
    }
    expect(yearOfDate('2025-11-20')).toBe(2025);
  });

  it('is counted from the year of a document the question names by its 文号, else from the newest document retrieved', () => {
    expect(yearOfQuestionNow('射住建函〔2023〕42号说去年的缺口有多大', [])).toBe(2023);
    // A 文号 named as a time, not quoted: the asker's present is the library's.
    expect(yearOfQuestionNow('青建〔2023〕12号文件印发以后，今年全市计划改造多少个老旧小区', [])).toBeUndefined();
    const passage = (date: string) => ({ n: 1, score: 0, chunk: { id: 'a#0', docId: 'a', title: '', number: null, kind: 'policy' as const, sectionPath: '', text: '', start: 0, end: 0, ordinal: 0, date } });
    expect(yearOfQuestionNow('去年加装了多少台', [passage('2024-03-01'), passage('2025-11-20')], 2026)).toBe(2025);
    // A document dated past the clock does not move the present.
    expect(yearOfQuestionNow('去年加装了多少台', [passage('2024-03-01'), passage('2027-01-05')], 2026)).toBe(2024);
  });

  it('refuses "去年加装了多少台电梯" when the library has only this year\'s figure ("今年以来…126台")', async () => {
    // Refused for the year: what the library holds is this year's figure, quoted as such.
    await expectRefused(library, '去年加装了多少台电梯', '没有2024年');
  });

  it('answers "今年加装了多少台电梯" with the figure the newest document gives for its own year', async () => {
    await expectAnswered(library, '今年加装了多少台电梯', '126台');
  });

  it('answers a year asked by its number from a sentence saying 今年 in a document of that year', async () => {
    await expectAnswered(library, '2025年全市加装了多少台电梯', '126台');
  });

  it('does not answer "今年" with another year\'s 今年 (a 2023 reply\'s plan, asked in 2025)', async () => {
    await expectRefused(library, '今年全市计划改造多少个老旧小区', '没有2025年');
  });
});

describe('the gate\'s yearsFromNowAsNumbers', () => {
  it('reaches the answer checks: off, a quote\'s 今年 stays a word, as the gate left the passages', async () => {
    const plan = makeChunk({ docId: 'brief', title: '城市建设工作简报', text: '今年全市改造老旧小区35个。', date: '2025-11-20' });
    const others = ['物业服务企业应当公示收费标准。', '小区绿化由街道统一养护。', '供水管网改造由供水企业实施。'].map((text, i) => makeChunk({ docId: `other${i}`, text }));
    const search = memorySearcherWithStats([plan, ...others]);
    const question = '2024年全市改造了多少个老旧小区';
    const passages = numberPassages(await search.search(question, { k: 6 }));
    const quoted = [citationOf(1, plan, plan.text)];
    // On (ask): the 2025 brief's 今年 is 2025, not the year asked.
    const on = gatePassages(search, question, passages);
    expect(answerConstraintRefusal(on.analysis, quoted, passages, on.readYearsFromNow)?.answer).toContain('没有2024年');
    // Off: no year said from now is a number, in the passages the gate read or in the quotes the checks read.
    const off = gatePassages(search, question, passages, { yearsFromNowAsNumbers: false });
    expect(answerConstraintRefusal(off.analysis, quoted, passages, off.readYearsFromNow)).toBeUndefined();
  });
});
