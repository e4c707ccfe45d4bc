// Asks put as questions ("能否…？", "是否可以…？", "可否…？"): each question is one section, found in a numbered list,
// inline after 建议：一是…, or in plain paragraphs, and its heading states the ask without the question words.
import { describe, expect, it } from 'vitest';
import { headingCoreOf, parseProposal } from '../src/draft/parseProposal.js';

const cores = (text: string) => parseProposal(text).suggestions.map((s) => headingCoreOf(s.topic));

describe('asks put as questions', () => {
  it('states a numbered question as its ask in the heading', () => {
    const text = [
      '关于提高加装电梯补助标准的提案',
      '提案人：张华',
      '当前加装电梯工作存在以下问题和困难：',
      '1.能否将每台电梯的补助标准提高到20万元？',
      '2.能否将联合审查的时限压缩到30个工作日？',
      '3.是否可以允许居民提取住房公积金支付加装费用？',
    ].join('\n');
    expect(cores(text)).toEqual(['将每台电梯的补助标准提高到20万元', '将联合审查的时限压缩到30个工作日', '允许居民提取住房公积金支付加装费用']);
  });

  it('drops 是否可以 from inside the ask too ("县（市）的加装电梯是否可以参照…")', () => {
    const text = '关于优化加装电梯补助申领的提案\n\n应红委员：群众反映申领环节不便。建议：一是能否将竣工后申请补助的时限适当延长？二是县（市）的加装电梯是否可以参照市区标准给予补助？';
    expect(cores(text)).toEqual(['将竣工后申请补助的时限适当延长', '县（市）的加装电梯参照市区标准给予补助']);
  });

  it('makes each question of one paragraph a section of its own', () => {
    const text = [
      '关于完善老旧小区停车管理的建议',
      '市人大代表 李明',
      '老旧小区停车难问题突出，居民反映强烈。',
      '能否推动机关、学校停车场在夜间向周边居民错时开放？能否在改造中利用边角空地增设停车位？可否对占用消防通道停车的行为加大处罚力度？',
    ].join('\n');
    expect(cores(text)).toEqual(['推动机关、学校停车场在夜间向周边居民错时开放', '利用边角空地增设停车位', '对占用消防通道停车的行为加大处罚力度']);
  });

  it('finds questions in plain paragraphs after the background, whatever they open with, and leaves the background out', () => {
    const text = [
      '关于加装电梯补助的建议',
      '代表：陈立',
      '县城老旧小区加装电梯的补助比市区低，居民意见较大。',
      '',
      '县城的加装电梯项目是否可以参照市区标准给予补助？',
      '',
      '补助资金的审核和拨付时限能否向社会公布？',
    ].join('\n');
    expect(cores(text)).toEqual(['县城的加装电梯项目参照市区标准给予补助', '补助资金的审核和拨付时限向社会公布']);
  });

  it('leaves a background question on an outcome ("资金缺口能否得到解决？") out of the asks', () => {
    const text = [
      '关于加快老旧小区加装电梯的建议',
      '提案人：张华',
      '我市老旧小区加装电梯推进缓慢。一楼住户利益如何平衡？资金缺口能否得到解决？这些都是群众关心的问题。',
      '建议市住建局提高加装电梯补贴标准，简化审批流程。',
    ].join('\n');
    const texts = parseProposal(text).suggestions.map((s) => s.text);
    expect(texts.join('')).not.toMatch(/推进缓慢|能否得到解决/u);
    expect(texts.join('')).toContain('提高加装电梯补贴标准');
  });
});
