// Texts that are no proposal though they name housing matters and hold "请…" or "建议": a 信访 letter forwarded with a
// covering note, a resident's letter about their own home, an interview outline of questions to the bureau, notices
// to residents or to a meeting. They are refused with the Chinese message; proposals of several shapes still draft.
import { describe, expect, it } from 'vitest';
import { checkIsProposal } from '../src/draft/input.js';
import { NOT_A_PROPOSAL_MESSAGE, parseProposal } from '../src/draft/parseProposal.js';

const refused = (text: string) => expect(checkIsProposal(text)).toEqual({ ok: false, message: NOT_A_PROPOSAL_MESSAGE });
const drafts = (text: string) => {
  expect(checkIsProposal(text)).toEqual({ ok: true });
  expect(parseProposal(text).suggestions.length).toBeGreaterThan(0);
};

describe('texts that are no proposal', () => {
  it('refuses a 信访 letter about a neighbour’s leak, forwarded under a covering note', () => {
    refused(
      [
        '区信访办转办单',
        '转办编号：2031-0457',
        '区住房保障中心：现将来信一件转你单位，请依规办理并答复来信人。',
        '',
        '尊敬的领导：',
        '楼上住户卫生间防水层坏了，水一直往下渗，我家厨房吊顶已经发霉脱落。多次上门协商，对方都不理睬。恳请领导尽快协调维修。',
        '来信人：桂花苑小区住户',
      ].join('\n'),
    );
  });

  it('refuses a resident’s letter about their own home with no form fields', () => {
    refused('我是枫林小区的一名业主，楼上邻居装修把管道弄坏了，我家天花板天天滴水，物业推给社区。希望尽快派人来修一修，谢谢！');
  });

  it('refuses an interview outline of questions to the bureau', () => {
    refused(
      [
        '《城建周刊》采访提纲',
        '1．今年全市计划改造多少个老旧小区？进度如何？',
        '2．加装电梯补贴标准是多少？居民怎么申请？',
        '3．能否介绍一下物业管理条例修订的主要考虑？',
        '4．下一步在完善社区公共设施方面还有哪些打算？',
        '5．不少居民希望尽快加装电梯，对此您怎么看？',
      ].join('\n'),
    );
  });

  it('refuses a notice to residents and a meeting notice that names 委员 and 提案', () => {
    refused('停电通知\n各位住户：因小区供配电设施改造，本周六8:00至18:00停电。请提前做好准备，给大家带来不便敬请谅解。\n小区物业服务处');
    refused(
      '关于召开提案办理协商座谈会的通知\n各有关单位：定于下周三下午在三楼会议室召开座谈会，邀请部分政协委员参加，请各单位负责同志准时出席。\n市住建局办公室',
    );
  });
});

describe('proposals of different shapes', () => {
  it('drafts a titled proposal with a labelled proposer', () => {
    drafts('关于完善社区养老服务设施的提案\n提案人：陈立新\n建议在新建小区同步配建社区养老服务用房，并对既有小区通过购置、租赁等方式补齐。');
  });

  it('drafts a deputy’s numbered suggestion written as questions asking for action', () => {
    drafts(
      '第0382号建议\n领衔代表：许晴\n关于规范住宅专项维修资金使用的建议\n一是能否简化维修资金应急使用的审批手续？二是能否公开各小区维修资金余额，接受业主监督？',
    );
  });

  it('drafts an untitled ask put as questions (能否…？)', () => {
    drafts('建议市里研究两件事：能否提高老旧小区加装电梯的财政补贴？能否开通加装电梯网上申请渠道？');
  });

  it('drafts a short untitled ask on public policy', () => {
    drafts('建议加快城区背街小巷雨污分流改造，尽快解决雨天积水问题。');
  });
});
