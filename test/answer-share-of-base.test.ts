// A sum or an area asked by the level it reaches or the part it may take ("发放到多少", "最多可以用多少", "上限是多少")
// is often stated as a share of a base ("…奖补资金的85%"): that share answers, it is no missing figure. Asked a cap, only
// a share a cap stands before answers: a share the payments have reached so far is no cap.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { askedFigure, statesFigure } from '../src/text/askedFigure.js';
import { testLibrary } from './support/library.js';

const RULES = [
  '---',
  'title: 青禾市屋面防水翻修奖补资金办法',
  'issuer: 青禾市房管中心',
  'kind: policy',
  '---',
  '第二章 资金发放',
  '第七条 奖补资金分两批发放：开工后发放到奖补资金的40%，验收后累计发放到奖补资金的85%，尾款在审计后结清。',
  '第八条 设计和监理支出，不得高于奖补总额的7%。',
  '第三章 面积控制',
  '第九条 新增的晾晒平台，面积不得超过屋面面积的12%。',
  '第四章 进度',
  '第十条 截至今年9月底，屋面防水奖补资金已发放到年度预算的55%。',
  '第十一条 每栋楼的屋面防水奖补标准由各街道另行确定。',
  '',
].join('\n');

const t = testLibrary({ files: { 'qinghe_roofs.txt': RULES } });

describe('a level or a part stated as a share of a base', () => {
  it('a level reached is stated by a share the sum is taken to; a cap by a share a cap stands before', () => {
    expect(statesFigure('验收后累计发放到奖补资金的85%', askedFigure('验收后奖补资金累计发放到多少？'))).toBe(true);
    expect(statesFigure('设计和监理支出，不得高于奖补总额的7%', askedFigure('设计和监理支出最多可以用多少？'))).toBe(true);
    expect(statesFigure('新增的晾晒平台，面积不得超过屋面面积的12%', askedFigure('晾晒平台面积上限是多少？'))).toBe(true);
  });

  it('asked a cap, a share the payments have reached is no answer', () => {
    expect(statesFigure('屋面防水奖补资金已发放到年度预算的55%', askedFigure('每栋楼屋面防水奖补最高能给到多少？'))).toBe(false);
    expect(statesFigure('屋面防水奖补资金已发放到年度预算的55%', askedFigure('屋面防水奖补上限是多少？'))).toBe(false);
    expect(statesFigure('截至6月底，外墙整治补助资金已拨付至年度预算的60%', askedFigure('每户外墙整治补助最高能到多少？'))).toBe(false);
    expect(statesFigure('车棚改造资金已下达全年计划的75%', askedFigure('车棚改造补助每个车位最多补到多少？'))).toBe(false);
    expect(statesFigure('每个车位补助不超过建设费用的40%', askedFigure('车棚改造补助每个车位最多补到多少？'))).toBe(true);
  });

  it('a sum asked as such, or with its unit named, still asks a sum', () => {
    expect(statesFigure('设计和监理支出，不得高于奖补总额的7%', askedFigure('每栋楼奖补标准是多少？'))).toBe(false);
    expect(statesFigure('验收后累计发放到奖补资金的85%', askedFigure('累计发放到多少万元？'))).toBe(false);
  });

  it('asked how far the grant is paid after acceptance, the answer quotes the share', async () => {
    const a = await answerQuestion(t.services, '青禾市验收后奖补资金累计发放到多少？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('奖补资金的85%');
  });

  it('asked how much design and supervision may take, the answer quotes the cap', async () => {
    const a = await answerQuestion(t.services, '青禾市设计和监理支出最多可以用多少？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('奖补总额的7%');
  });

  it('asked the most a building gets, the payments made so far are not given as the cap', async () => {
    const a = await answerQuestion(t.services, '青禾市每栋楼的屋面防水奖补最高能给到多少？');
    expect(a.answer).not.toContain('年度预算的55%');
  });

  it('cap wording governs the share only up to a level reached, and 最高峰 / 最高的 is no cap', () => {
    const cap = askedFigure('每户补助最高能到多少？');
    expect(statesFigure('审核通过后不超过规定期限拨付至奖补资金的70%', cap)).toBe(false);
    expect(statesFigure('最高峰时资金拨付达到年度预算的80%', cap)).toBe(false);
    expect(statesFigure('补助最高可达项目总投资的30%', cap)).toBe(true);
  });
});

