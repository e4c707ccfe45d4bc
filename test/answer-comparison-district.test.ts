// "漳州和晋中榆次区加装电梯每台分别补多少？": the second side is a city and its district. The side runs on over both
// place names (not "晋中" alone, with "榆次区" asked of both sides), and is asked of the district, whose sentences name
// it; the city is said once, in the article's opening.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { comparisonSides } from '../src/answer/comparison.js';
import { testLibrary } from './support/library.js';

const FAQ = [
  '---',
  'title: 城镇老旧小区改造常见问题解答',
  'issuer: 漳州市住房和城乡建设局',
  'kind: policy',
  '---',
  '城镇老旧小区改造常见问题解答',
  '',
  '问：加装电梯政府补助多少？',
  '答：根据《漳州市既有住宅增设电梯补助办法》，芗城区、龙文区每台电梯补助12万元。',
  '',
].join('\n');

const NEWS = [
  '---',
  'title: 榆次区老旧小区改造：从“改一片”到“管长久”',
  'issuer: 晋阳城建观察',
  'kind: policy',
  '---',
  '榆次区老旧小区改造：从“改一片”到“管长久”',
  '',
  '晋阳城建观察讯 9月12日，记者从山西省晋中市榆次区住房和城乡建设局获悉，2023年榆次区共改造老旧小区46个，惠及居民11280户。',
  '',
  '北方城市的改造有自己的重点。榆次区把供热管网改造放在首位，2023年改造老旧供热管网62公里。',
  '',
  '在加装电梯方面，榆次区对每台电梯给予最高20万元的补贴，截至今年8月，全区累计加装电梯167台。',
  '',
].join('\n');

const t = testLibrary({ files: { 'zhangzhou_faq_2024.txt': FAQ, 'jinzhong_yuci_xinwen_2024.txt': NEWS } });

describe('a comparison whose side is a city and its district', () => {
  it('takes both place names as the side and asks the district', () => {
    const sides = comparisonSides('盐城和湖州吴兴区累计加装的电梯各有多少台？');
    expect(sides?.sides).toEqual(['盐城', '湖州吴兴区']);
    expect(sides?.questions).toEqual(['盐城累计加装的电梯有多少台？', '吴兴区累计加装的电梯有多少台？']);
    expect(comparisonSides('绵阳和德阳加装电梯时一楼住户要不要出钱？')?.sides).toEqual(['绵阳', '德阳']);
  });

  it('answers each side from its own place', async () => {
    const a = await answerQuestion(t.services, '漳州和晋中榆次区加装电梯每台分别补多少？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('12万元');
    expect(a.answer).toContain('20万元');
  });

  it('leaves each side unjudged by the confidence gate, which was fitted on whole answers', async () => {
    const a = await answerQuestion(t.services, '漳州和晋中榆次区加装电梯每台分别补多少？', [], { tuning: { minAnswerConfidence: 1 } });
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('12万元');
    expect(a.answer).toContain('20万元');
  });
});

// "榆次区加装电梯每台补多少，跟漳州比哪个高？": what is asked of one place, weighed against another: the same question is
// asked of each place, and both answers are given, each from its own place.
describe('a place weighed against another (跟…比，哪个高)', () => {
  it('asks the first clause of each place', () => {
    expect(comparisonSides('茂南区加装电梯每台补多少，跟海口比哪个高？')?.questions).toEqual(['茂南区加装电梯每台补多少？', '海口加装电梯每台补多少？']);
    expect(comparisonSides('柳州2023年居民出资占比和桂林叠彩区比，哪个高？')?.questions).toEqual(['柳州2023年居民出资占比？', '桂林叠彩区2023年居民出资占比？']);
  });

  it('answers each place from its own documents', async () => {
    const a = await answerQuestion(t.services, '榆次区加装电梯每台补多少，跟漳州比哪个高？');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^榆次区：.*20万元/mu);
    expect(a.answer).toMatch(/^漳州：.*12万元/mu);
  });
});
