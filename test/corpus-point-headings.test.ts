// A reply that answers point by point as "一是关于提高补助标准。…" and a list of items numbered ①②③ are cut into sections
// like "一、关于…" and "（一）…": each point is cited under its own name, not as the reply's opening or as the
// paragraph before it. A plain "一是加强组织领导。" (no 关于) stays a sentence of its paragraph.
import { describe, expect, it } from 'vitest';
import { chunkDocument, matchHeading, parseDocument } from '../src/corpus/index.js';

const REPLY = `某市住房和城乡建设局

关于市政协七届四次会议第58号提案的答复

张伟委员：
您提出的《关于加快老旧住宅加装电梯的提案》收悉。现答复如下：

一是关于提高补助标准。您的建议已经采纳。自2025年4月15日起将加装电梯市级补助由每台6万元提高到每台8万元。

二是关于缩短审批时限。自2025年8月1日起将联合审查时限压缩为10个工作日，申请材料精简为6项。

三是关于提取住房公积金。职工可以提取住房公积金支付本人住房加装电梯的个人出资部分。

下一步，我局将加强与您的沟通。感谢您对我们工作的关心和支持。
`;

const REPORT = `某市老旧小区改造工作督查通报

一、总体情况
7月，市改造办对各县区改造工作进行了督查。一是加强组织领导。各县区均成立了工作专班。

二、问题清单
①甲县进度明显滞后。计划改造36个小区，开工21个，开工率58.3%。
②居民质量监督员配备不到位。抽查的32个小区中，有9个小区监督员不足5名。
`;

describe('points answered as 一是关于… and items numbered ①', () => {
  it('are read as headings; a plain 一是 sentence is not', () => {
    expect(matchHeading('一是关于提高补助标准。您的建议已经采纳。')).toMatchObject({ title: '一是关于提高补助标准', rank: 3, inline: true });
    expect(matchHeading('②居民质量监督员配备不到位。抽查的32个小区中，有9个。')).toMatchObject({ title: '②居民质量监督员配备不到位', inline: true });
    expect(matchHeading('一是加强组织领导。各县区均成立了工作专班。')).toBeNull();
  });

  it('give each point\'s sentences that point\'s section', () => {
    const chunks = chunkDocument(parseDocument({ docId: 'own_reply_2025', path: 'replies/own_reply_2025.txt', raw: REPLY }));
    const sectionOf = (words: string) => chunks.find((c) => c.text.includes(words))?.sectionPath;
    expect(sectionOf('10个工作日')).toBe('二是关于缩短审批时限');
    expect(sectionOf('个人出资部分')).toBe('三是关于提取住房公积金');
    expect(sectionOf('收悉')).toBe('');
  });

  it('file a numbered problem under its own item of the list', () => {
    const chunks = chunkDocument(parseDocument({ docId: 'own_report_2025', path: 'policies/own_report_2025.txt', raw: REPORT }));
    const sectionOf = (words: string) => chunks.find((c) => c.text.includes(words))?.sectionPath;
    expect(sectionOf('监督员不足5名')).toBe('二、问题清单 > ②居民质量监督员配备不到位');
    expect(sectionOf('工作专班')).toBe('一、总体情况');
  });
});
