// Which clause of a suggestion says what it asks: the clause after the background that says 建议, asks whether
// something can be done, or states a body's duty; not the background, the occasion, the basis or the purpose.
import { describe, expect, it } from 'vitest';
import { askPartOf, topicOf } from '../src/draft/proposal/headings.js';
import { leadOf } from '../src/draft/evidence.js';
import type { Suggestion } from '../src/types.js';

const suggestion = (text: string): Suggestion => ({ index: 1, topic: topicOf(text), text });

describe('the ask after the background in one sentence', () => {
  it('heads the suggestion with what follows 建议, not with the situation before it', () => {
    const s = suggestion('不少楼栋的消防栓已经锈蚀，群众反映强烈，建议全面更换楼内消防栓并定期检测。');
    expect(s.topic).toBe('全面更换楼内消防栓并定期检测');
    expect(leadOf(s)).toBe('全面更换楼内消防栓并定期检测');
  });

  it('leaves the word linking the ask to its background (为此, 因此) out of its heading', () => {
    const s = suggestion('城区低洼路段每逢暴雨必积水，为此建议加快雨污分流改造。');
    expect(s.topic).toBe('加快雨污分流改造');
    expect(leadOf(s)).toBe('加快雨污分流改造');
  });

  it('reads a question asked after the situation as the ask, without its whether-word or its purpose', () => {
    const s = suggestion('每季度考核各街道的情况，能否把考核结果在网上公布，让居民也能监督？');
    expect(s.topic).toBe('把考核结果在网上公布');
    expect(leadOf(s)).toBe('每季度考核各街道的情况，把考核结果在网上公布');
  });

  it('keeps the occasion, joined, when the ask alone is too short to say what it acts on', () => {
    expect(topicOf('申请材料提交以后，能否加快审核？')).toBe('申请材料提交以后加快审核');
  });

  it('keeps the sentence whole when the ask points back to the clause before it', () => {
    const text = '独居老人行动不便，社区走访时能否为他们上门登记？';
    expect(askPartOf(text)).toBe(text);
    expect(topicOf(text)).toBe('独居老人行动不便');
  });

  it('takes the duty a report ends on as the ask, without the body it falls on', () => {
    const s = suggestion('有居民反映夜间施工扰民，影响休息，物业公司应当严格执行施工时间规定。');
    expect(s.topic).toBe('严格执行施工时间规定');
    expect(leadOf(s)).toBe('严格执行施工时间规定');
  });

  it('reads a duty a cited rule sets, which the facts then contradict, as background', () => {
    const text = '按照规定，每个小区应当配备三名监督员，但多数小区只有一名。';
    expect(askPartOf(text)).toBe(text);
  });

  it('leaves a sentence that opens with its ask, whom it applies to, or who holds the view as it is', () => {
    for (const text of ['加快成立业主大会，暂时成立不了的要有临时管理办法', '对长期欠缴物业费的小区，建议街道上门调解', '我认为，区财政应当设立专项资金，逐步提高补助比例。']) {
      expect(askPartOf(text)).toBe(text);
    }
    expect(topicOf('我认为，区财政应当设立专项资金，逐步提高补助比例。')).toBe('区财政应当设立专项资金，逐步提高补助比例');
  });
});

describe('clauses that frame an ask', () => {
  it('leaves what the ask is for out of its heading', () => {
    expect(topicOf('增设社区食堂，方便老人就近用餐。')).toBe('增设社区食堂');
  });

  it('leaves the basis an ask builds on out of its heading', () => {
    expect(topicOf('建议区财政在现有补贴的基础上，对独居老人家庭适当提高补贴标准。')).toBe('对独居老人家庭适当提高补贴标准');
  });

  it('reads a body named before a comma as what the ask acts on, not as who is to act', () => {
    expect(topicOf('加快成立业主委员会，暂时成立不了的要有临时管理办法')).toBe('加快成立业主委员会');
  });

  it('leads a long ask by its action, not by the occasion it opens with', () => {
    const s = suggestion('结合背街小巷整治工作，完善路灯照明设施，增加监控探头和应急呼叫设备的覆盖范围。');
    expect(leadOf(s).startsWith('完善路灯照明设施')).toBe(true);
  });

  it('keeps the verb that closes a long ask, dropping the setting before it', () => {
    expect(topicOf('每个改造项目的资金来源、设计单位和施工单位名称在社区公告栏和街道网站公开。')).toBe('每个改造项目的资金来源、设计单位和施工单位名称公开');
  });

  it('keeps an item heading and the ask after its background in the lead', () => {
    const s = suggestion('提高建设补贴：材料价格上涨，建议提高每户补贴额度，高层住户适当多补');
    expect(s.topic).toBe('提高建设补贴');
    expect(leadOf(s)).toBe('提高建设补贴：提高每户补贴额度，高层住户适当多补');
  });
});

describe('a paragraph opening with the subject it turns to', () => {
  it('heads it by the later question that asks, not by "再说…这边"', () => {
    const topic = topicOf('再说商户这边。沿街不少是小本经营，改造期间生意受影响。能不能对受影响的商户减免半年租金？');
    expect(topic).toBe('对受影响的商户减免半年租金');
  });

  it('keeps a subject-naming sentence whose later ask is too short to name anything', () => {
    expect(topicOf('一个是补助的事。说法不一样，大家心里没底，希望政府讲清楚。')).toBe('一个是补助的事');
  });

  it('does not head it by a question someone else is reported to ask', () => {
    const topic = topicOf('先说资金的事。有的居民说：凭什么让我们出钱？能不能全部由政府出？这个说法不现实，建议按照谁受益谁出资的原则合理分担。');
    expect(topic).not.toContain('全部由政府出');
    expect(topic).toContain('谁受益谁出资');
  });

  it('leaves a first sentence that asks by itself as the heading', () => {
    expect(topicOf('先说一下加快拨付补助资金。能不能让施工单位知道每笔钱走到哪一步？')).not.toContain('施工单位知道');
  });
});
