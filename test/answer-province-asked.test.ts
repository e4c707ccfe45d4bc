// "省里对…每平方米补多少", "省厅通知第二条…": the province asked as an asker says it is the level asked, so a city's
// own rule ("市里…每平方米补助100元") does not answer it; the province's document, or a text saying what 省里 requires, does.
import { describe, expect, it } from 'vitest';
import { askedLevel, holdsLevel } from '../src/grounding/levels.js';
import { expectAnswered, expectRefused, testLibrary } from './support/library.js';
import { policyFile } from './support/ownCity.js';

const CITY = policyFile('青川市城镇老旧小区改造补助资金管理办法', '青川市住房和城乡建设局', [
  '第六条 市级财政对基础类改造按照每平方米100元给予补助。',
  '第七条 市级财政对完善类改造按照每平方米40元给予补助。',
]);

const PROVINCE = policyFile('关于做好2025年全省城镇老旧小区改造工作的通知', '江岭省住房和城乡建设厅', [
  '二、省级财政对纳入计划的基础类改造按照每平方米20元给予奖补，由各设区市统筹使用。',
]);

const t = testLibrary({ files: { 'qingchuan_banfa.txt': CITY, 'jiangling_tongzhi.txt': PROVINCE } });

describe('the province asked as 省里 or 省厅', () => {
  it('is the provincial level, held by a text saying what 省里 or 省厅 requires', () => {
    expect(askedLevel('省里对基础类改造每平方米补多少钱')).toBe('provincial');
    expect(askedLevel('省厅通知第二条怎么规定')).toBe('provincial');
    expect(askedLevel('对基础类改造每平方米补多少钱')).toBeNull();
    // 省 as "to save" is no province.
    expect(askedLevel('加装电梯怎样节省里面的空间')).toBeNull();
    expect(askedLevel('改造时怎么节省厅堂的装修费用')).toBeNull();
    expect(holdsLevel('provincial', '按照省里的要求，开工率不低于50%')).toBe(true);
  });

  it('is answered from the province’s document', async () => {
    await expectAnswered(t, '省里对基础类改造每平方米补多少钱', '20元');
  });

  it('is not answered with the city’s own rule', async () => {
    await expectRefused(t, '省里对完善类改造每平方米补多少钱', '没有省级层面');
  });
});
