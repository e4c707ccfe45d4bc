// An ask to raise or adjust a standard ("提高加装电梯补助标准", "调整老旧小区改造奖补标准") is answered by what the
// standard is now, which documents state as a sum per unit ("每台电梯补助12万元", "按每户8000元给予奖补") without the
// word 标准 or the verb. A sum paid for another thing ("每个站每年2万元…运营补贴") is not the standard asked about.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const REPLY = documentChunks('reply_2024', { title: '对市人大第8号建议的答复', number: '城住建复〔2024〕8号', kind: 'reply' }, [
  ['', '李明代表：您提出的关于加装电梯和社区养老的建议收悉，现答复如下。'],
  ['1.关于加装电梯', '截至2024年5月底，全市累计加装电梯52台。按照《城关市既有住宅加装电梯财政补助实施细则》，中心城区每台电梯补助10万元。'],
  ['2.关于社区养老服务', '2023年，全市在改造小区中建成养老服务站9个，由市民政局按照每个站每年3万元给予运营补贴。'],
]);
const RULES = documentChunks('rules_2022', { title: '城关市城镇老旧小区改造奖补办法', number: '城政办〔2022〕3号', kind: 'policy' }, [
  ['第九条', '第九条　市级财政对中心城区的改造项目按每户6000元给予奖补，对各县的改造项目按每户4000元给予奖补。'],
  ['第十条', '第十条　奖补资金按照项目进度分两次拨付。'],
]);
const services = () => servicesOverChunks([...REPLY, ...RULES, ...briefingChunks()], { stats: true });

const ELEVATORS = `关于加快老旧小区加装电梯的提案

提案人：赵丽

我市老旧小区加装电梯进展缓慢，补助偏少。为此建议：

一、提高加装电梯补助标准，将每台电梯的补助提高到15万元。

二、简化加装电梯审批手续。`;

const COUNTIES = `关于加大老旧小区改造支持力度的建议

领衔代表：孙伟

各县改造项目多、财力弱，改造进度慢。建议市级财政调整老旧小区改造奖补标准。`;

describe('an ask to change a standard, answered by the standard stated as a sum per unit', () => {
  it('quotes "每台电梯补助10万元" for 提高加装电梯补助标准, and not the 养老服务站 operating subsidy', async () => {
    const [raise] = (await draftReply(services(), { text: ELEVATORS })).draft!.sections;
    const quotes = raise.citations.map((c) => c.quote);
    expect(quotes).toContainEqual(expect.stringContaining('每台电梯补助10万元'));
    expect(quotes.join('')).not.toContain('运营补贴');
  });

  it('quotes the 第九条 per-household sums for 调整老旧小区改造奖补标准', async () => {
    const [adjust] = (await draftReply(services(), { text: COUNTIES })).draft!.sections;
    expect(adjust.citations.map((c) => c.quote)).toContainEqual(expect.stringContaining('每户6000元'));
  });
});

describe('a yearly budget, a sum per year rather than per unit', () => {
  const BUDGET = documentChunks('reply_2023', { title: '对市人大第12号建议的答复', number: '城住建复〔2023〕12号', kind: 'reply' }, [
    ['', '周敏代表：您提出的关于加装电梯的建议收悉，现答复如下。'],
    ['1.关于加装电梯', '截至2023年底，全市累计加装电梯40台。市财政每年安排加装电梯专项资金1500万元，由各区统筹使用。'],
    ['2.关于电梯维保', '加装电梯投入使用后，由业主委托专业单位维护保养。'],
  ]);
  const budgetOnly = () => servicesOverChunks([...BUDGET, ...briefingChunks()], { stats: true });
  const proposal = ['关于推进既有住宅加装电梯的提案', '', '提案人：钱进', '', '我市既有住宅加装电梯推进较慢。为此建议：', '', '一、提高加装电梯补助标准，每台电梯补助提高到20万元。', '', '二、优化加装电梯审批流程。'].join('\n');

  it('is not quoted as the 补助标准 an ask would raise', async () => {
    const [raise] = (await draftReply(budgetOnly(), { text: proposal })).draft!.sections;
    expect(raise.citations.map((c) => c.quote).join('')).not.toContain('每年安排');
  });
});
