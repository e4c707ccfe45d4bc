// "居民质量监督员，省里和市里要求的人数一样多吗": two levels' rules weighed alike. Each level is asked on its own (the
// city's side of the library's own city by name) and answered from a document of that level (a provincial
// department's, the city's own); the answer gives both, each cited, and neither is a sentence off the topic weighed. A library holding one level's rule only keeps the question refused. A count asked by
// its word ("人数") is held by a passage stating the count ("不少于5名"). Library and questions written for this test.
import { describe, expect, it } from 'vitest';
import { documentOfLevel, levelPairAsked } from '../src/text/comparisons.js';
import { holdsCountWord } from '../src/text/askedFigure.js';
import { testLibrary } from './support/library.js';
import { LINCHUAN_BUREAU, policyFile } from './support/ownCity.js';

const PROVINCE = policyFile('关于做好2026年全省城镇老旧小区改造工作的通知', '江岭省住房和城乡建设厅', [
  '一、质量安全。每个改造小区应当推选不少于5名居民质量监督员，全程参与质量监督。',
  '二、进度要求。各市年底前完工率不低于85%。',
]);
const CITY = policyFile('临川市城镇老旧小区改造项目管理办法', '临川市人民政府办公室', [
  '第十条 每个改造小区推选不少于3名居民质量监督员，参与隐蔽工程检查和竣工验收。',
  '第十一条 项目竣工后，由区住房和城乡建设部门组织验收。',
]);

const both = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'province.txt': PROVINCE, 'city.txt': CITY } });
const cityOnly = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'city.txt': CITY } });

describe('two levels weighed alike', () => {
  it('asks each level its figure, the city by its name', () => {
    expect(levelPairAsked('居民质量监督员，省里和市里要求的人数一样多吗', '临川市')).toMatchObject({
      sides: ['省里', '市里'],
      levels: ['provincial', 'city'],
      questions: ['居民质量监督员，省里要求的人数是多少', '居民质量监督员，临川市要求的人数是多少'],
      topic: '居民质量监督员',
    });
    expect(levelPairAsked('居民质量监督员的人数，省里的要求和市里的一样吗')?.questions).toEqual(['居民质量监督员的人数，省里的要求是多少', '居民质量监督员的人数，市里的是多少']);
    expect(levelPairAsked('年底完工率，市里定的目标和省里要求的一样吗')?.levels).toEqual(['city', 'provincial']);
    // Not two levels: two places, or the same level twice, or no likeness asked.
    expect(levelPairAsked('省里和市里各有什么要求')).toBeUndefined();
    expect(levelPairAsked('市里和全市的要求一样吗')).toBeUndefined();
  });

  it('reads a department (厅) as the province and any other issuer as the city', () => {
    expect(documentOfLevel('provincial', '关于做好2026年全省城镇老旧小区改造工作的通知 江岭省住房和城乡建设厅')).toBe(true);
    expect(documentOfLevel('city', '临川市城镇老旧小区改造项目管理办法 临川市人民政府办公室')).toBe(true);
    expect(documentOfLevel('provincial', '临川市城镇老旧小区改造项目管理办法 临川市人民政府办公室')).toBe(false);
  });

  it('answers both levels, each from its own document', async () => {
    const a = await both.ask('居民质量监督员，省里和市里要求的人数一样多吗');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('不少于5名');
    expect(a.answer).toContain('不少于3名');
  });

  it('does not take a sentence off the topic weighed as a level’s answer', async () => {
    const a = await both.ask('年底完工率，市里定的目标和省里要求的一样吗');
    expect(a.answer).not.toMatch(/市里：[^\n]*质量监督员/u);
  });

  it('keeps the question refused when the library holds one level’s rule only', async () => {
    const a = await cityOnly.ask('居民质量监督员，省里和市里要求的人数一样多吗');
    expect(a.answered, a.answer).toBe(false);
  });
});

describe('a count asked by its word', () => {
  it('is held by a passage stating the count, not by one counting another thing', () => {
    expect(holdsCountWord('人数', '每个改造小区推选不少于3名居民质量监督员')).toBe(true);
    expect(holdsCountWord('人数', '2026年计划改造小区12个')).toBe(false);
    expect(holdsCountWord('户数', '涉及居民9300户')).toBe(true);
    expect(holdsCountWord('面积', '涉及居民9300户')).toBe(false);
  });
});
