// "雨湖区加装电梯的代建公司叫什么名字" answered by "…由专业代建公司统一实施…", "被评为D级的是哪几家企业" by "物业服务企业信用
// 评价拟分为A、B、C、D四个等级": a company's name is asked, and the sentence names only its kind. Refused (a wrong answer is
// worse than none); a sentence naming one keeps the answer.
import { describe, expect, it } from 'vitest';
import { companyKindAsked, withoutGenericKind } from '../src/text/askedNames.js';
import { libraryDocument, testLibrary } from './support/library.js';

describe('the kind of company whose name is asked', () => {
  it('is read before 叫什么名字 / 是哪家 and after 哪家 / 哪几家', () => {
    expect(companyKindAsked('雨湖区加装电梯的代建公司叫什么名字')).toBe('代建公司');
    expect(companyKindAsked('加装电梯统保选的是哪家保险公司')).toBe('保险公司');
    expect(companyKindAsked('改造资金存在哪个银行')).toBeUndefined();
  });

  it('said generically is left out, a name before it is kept', () => {
    expect(withoutGenericKind('由专业代建公司统一实施，代建公司负责设计。', '代建公司')).toBe('由专业统一实施，负责设计。');
    expect(withoutGenericKind('由湘江代建公司统一实施。', '代建公司')).toBe('由湘江代建公司统一实施。');
  });
});

const REPORT = libraryDocument({ title: '南湖区加装电梯工作情况', issuer: '南湖区住房和城乡建设局', kind: 'policy' }, `南湖区加装电梯工作情况

一、实施方式
南湖区加装电梯的单元中，由专业代建公司统一实施的占70%以上，代建公司负责设计、审批、施工和维保全过程。

二、信用评价
物业服务企业信用评价拟分为A、B、C、D四个等级，每年评价一次，评价结果在区政府网站公开。
`);

const library = testLibrary({ files: { 'nanhu_dianti.txt': REPORT } });

const NAMED = libraryDocument({ title: '南湖区加装电梯维保工作情况', issuer: '南湖区住房和城乡建设局', kind: 'policy' }, `南湖区加装电梯维保工作情况

一、维保单位
南湖区加装电梯的维保由专业维保公司承担，2025年统一由南湖恒通电梯工程有限公司承担。
`);

const named = testLibrary({ files: { 'nanhu_weibao.txt': NAMED } });

describe('a company asked by name', () => {
  it('is refused when the sentence names only its kind', async () => {
    const builder = await library.ask('南湖区加装电梯的代建公司叫什么名字');
    expect(builder.answered).toBe(false);
    const graded = await library.ask('物业信用评价被评为D级的是哪几家企业');
    expect(graded.answered).toBe(false);
  });

  it('is answered when the sentence names one', async () => {
    const a = await named.ask('南湖区加装电梯的维保公司叫什么名字');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('南湖恒通电梯工程有限公司');
  });
});
