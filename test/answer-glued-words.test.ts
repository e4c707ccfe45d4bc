// Words the tokenizer glues from a question's frame ("能换" of 能换完, "最晚", "份文件" of 哪份文件) are not topics the
// library lacks; everyday words map to the documents' wording (煤气管 → 燃气管); a when-at-the-latest question needs a
// limit; a question's aspect verb (完成) does not pick the sentence. Library and questions written for this test.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { isAnswerKindWord, isFramingWord, tagOf, wordTags } from '../src/text/index.js';
import { lacksAskedLimit } from '../src/text/deadlines.js';
import { libraryDocument, testLibrary } from './support/library.js';

const REPLY = libraryDocument({ title: '松川市住房和城乡建设局关于市人大第31号建议的答复', kind: 'reply' }, `松川市住房和城乡建设局关于市人大第31号建议的答复

一、关于老旧燃气管道
2024年全市结合老旧小区改造，改造燃气管道40公里，其中老旧铸铁管15公里。
全市剩余老旧铸铁燃气管约8公里，计划于2025年底前全部完成更新。

二、关于居民意见征询
居民意见征询表由社区居民委员会发放，请于2024年10月15日前交回社区居民委员会。
`);

const NOTICE = libraryDocument({ title: '松川市人民政府办公室关于印发松川市老旧小区改造实施细则的通知', number: '松政办发〔2021〕12号' }, `松川市人民政府办公室关于印发松川市老旧小区改造实施细则的通知
松政办发〔2021〕12号
各区人民政府：
现将《松川市老旧小区改造实施细则》印发给你们，请认真贯彻执行。
`);

const CHECK = libraryDocument({ title: '松川市住房和城乡建设局关于进一步规范老旧小区改造工作的通知' }, `松川市住房和城乡建设局关于进一步规范老旧小区改造工作的通知

一、工作安排
（一）开展自查。各区于2022年4月30日前，对已改造项目开展一次自查，形成自查报告。
（二）抓好整改。对发现的问题建立台账，明确整改时限。

二、工作要求
各区要指定专人负责。整改完成后，于2022年7月10日前将整改情况报市住建局。
`);

const t = testLibrary({ files: { 'songchuan_reply.txt': REPLY, 'songchuan_notice.txt': NOTICE, 'songchuan_check.txt': CHECK } });

describe('glued frame words', () => {
  it('reads a modal or degree word glued to the next character as framing, not a topic', () => {
    const q = '老铸铁煤气管什么时候能换完？';
    const tags = wordTags(q);
    expect(tagOf('能换', tags)).toBe('v');
    expect(isFramingWord('最晚', tagOf('最晚', wordTags('最晚什么时候交')))).toBe(true);
    expect(isAnswerKindWord('份文件')).toBe(true);
    expect(isAnswerKindWord('份额')).toBe(false);
  });

  it('answers "…煤气管，啥时候能换完？" with the deadline, not refusing on 煤气管 / 能换', async () => {
    const answer = await answerQuestion(t.services, '我家楼下还是那种老铸铁煤气管，啥时候能换完？');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('2025年底前');
  });

  it('answers "…号印发的是哪份文件？" with the document, not refusing on 份文件', async () => {
    const answer = await answerQuestion(t.services, '松政办发〔2021〕12号印发的是哪份文件？');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('实施细则');
  });
});

describe('a when-at-the-latest question', () => {
  it('needs a limit (a date with 前, 截止, a span to act within), not any year', () => {
    expect(lacksAskedLimit('征询表最晚什么时候交？', '为做好2025年度老旧小区改造工作，请您如实填写本表。')).toBe(true);
    expect(lacksAskedLimit('征询表最晚什么时候交？', '请于2024年10月15日前交回社区居民委员会。')).toBe(false);
    expect(lacksAskedLimit('征询表什么时候交？', '为做好2025年度老旧小区改造工作。')).toBe(false);
  });

  it('answers with the deadline sentence', async () => {
    const answer = await answerQuestion(t.services, '那张征询表最晚啥时候交？');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('10月15日前');
  });
});

describe('an aspect verb of the question', () => {
  it('does not pick the sentence: "自查在什么时候前完成" is answered with the 自查 deadline, not "整改完成后…"', async () => {
    const answer = await answerQuestion(t.services, '自查要在什么时候前完成？');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('4月30日前');
    expect(answer.answer).not.toContain('7月10日');
  });
});
