// A follow-up that asks a figure of its own ("实际完成投资多少", "收回了多少套") is answered by that figure: the unit of
// the earlier question it carries (多少处) is no part of what it asks. One that only names a new year or place
// ("那2024年呢"), or whose own words hold no figure asked ("几乎…都换了吗"), still asks the earlier figure.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { askedFigure, statesFigure } from '../src/text/askedFigure.js';
import { testLibrary } from './support/library.js';

const REPORT = [
  '---',
  'title: 松川县路灯线路整治情况通报',
  'issuer: 松川县市政管理所',
  'kind: report',
  '---',
  '一、摸排',
  '2025年全县摸排老化路灯线路41处，计划投资2.6亿元。',
  '到今年10月，实际完成投资1.9亿元，其余工程明年开工。',
  '二、东坡片区',
  '东坡片区整治线路16处。整治时收回旧式控制箱23套，已交仓库登记。',
  '',
].join('\n');

const t = testLibrary({ files: { 'songchuan_lights.txt': REPORT } });

describe('a follow-up asking a figure of its own', () => {
  it('asks its own figure, not the unit of the question it carries', () => {
    expect(statesFigure('实际完成投资1.9亿元', askedFigure('实际完成投资多少（2025年全县摸排了多少处老化线路）'))).toBe(true);
    expect(statesFigure('收回旧式控制箱23套', askedFigure('那里收回了多少套（东坡片区整治了多少处）'))).toBe(true);
  });

  it('naming only a new year, it still asks the earlier figure', () => {
    expect(statesFigure('投资2亿元', askedFigure('那2024年呢？（2023年整治了多少处）'))).toBe(false);
    expect(statesFigure('整治线路12处', askedFigure('那2024年呢？（2023年整治了多少处）'))).toBe(true);
  });

  it('几乎 in its own words asks no figure: the earlier question\'s count is still asked', () => {
    expect(statesFigure('投资3亿元', askedFigure('几乎所有路段都换了吗？（整治了多少处）'))).toBe(false);
    expect(statesFigure('整治线路9处', askedFigure('几乎所有路段都换了吗？（整治了多少处）'))).toBe(true);
  });

  it('asked how much was actually invested after how many lines, the answer gives the sum', async () => {
    const history = [
      { role: 'user' as const, text: '松川县2025年摸排了多少处老化路灯线路？' },
      { role: 'assistant' as const, text: '2025年全县摸排老化路灯线路41处，计划投资2.6亿元[1]。' },
    ];
    const a = await answerQuestion(t.services, '实际完成投资多少', history);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1.9亿元');
  });

  it('a new place or year with a bare 多少 (那…有多少, 又是多少呢, 是多少) still asks the earlier count', () => {
    const earlier = '（2025年全市翻新了多少户）';
    for (const follow of ['那东城区有多少？', '东城区又是多少呢？', '那2024年是多少？', '换成东城区多少？']) {
      expect(statesFigure('东城区楼道翻新完成投资1.1亿元', askedFigure(follow + earlier))).toBe(false);
      expect(statesFigure('东城区翻新楼道涉及住户860户', askedFigure(follow + earlier))).toBe(true);
    }
  });
});

const WORKS = [
  '---',
  'title: 澄江市2025年楼道翻新进展简报',
  'issuer: 澄江市楼宇服务中心',
  'kind: report',
  '---',
  '一、总体进展',
  '2025年全市翻新楼道涉及住户5400户，完成投资6.2亿元。',
  '2024年全市楼道翻新完成投资5.1亿元。',
  '二、各区情况',
  '东城区楼道翻新完成投资1.7亿元，进度位居全市前列。',
  '',
].join('\n');

const works = testLibrary({ files: { 'chengjiang_works.txt': WORKS } });

describe('a follow-up naming only a new place or year', () => {
  const history = [
    { role: 'user' as const, text: '2025年全市翻新了多少户？' },
    { role: 'assistant' as const, text: '2025年全市翻新楼道涉及住户5400户，完成投资6.2亿元[1]。' },
  ];
  for (const follow of ['那东城区有多少？', '东城区又是多少呢？', '那2024年是多少？']) {
    it(`"${follow}" after a count of households is not answered with a sum of money`, async () => {
      const a = await answerQuestion(works.services, follow, history);
      expect(a.answered && /亿元/u.test(a.answer)).toBe(false);
    });
  }

  it('one naming a figure of its own (完成投资多少) is answered with that sum', async () => {
    const a = await answerQuestion(works.services, '东城区完成投资多少？', history);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1.7亿元');
  });
});
