// "把燃气管道更新作为改造的必改内容，优先解决小区燃气泄漏隐患问题": what the ask puts in a class (把 X 作为…内容/对象) is
// asked; 作为 and the class noun frame it, and a closing "解决…问题" says what it is for. A passage on X answers the ask
// without repeating the frame, while a passage sharing only the frame ("把充电设施作为完善类内容") does not.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { gateSentences } from '../src/draft/gate.js';
import { classFrameWords } from '../src/text/index.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const REPLY = documentChunks('reply_2024', { title: '关于加快老旧小区地下管线改造的建议的答复', number: '南住建函〔2024〕18号', kind: 'reply' }, [
  ['一、2023年管线改造情况', '2023年，全市完成燃气管道更新21.4公里，排查整改燃气泄漏隐患63处。'],
  ['三、其他事项', '在安排年度改造计划时，对无人管理的小区在同等条件下优先安排。'],
  ['二、关于配套设施', '我局在编制改造方案时，把充电设施作为完善类内容统筹考虑，结合空地建设充电车棚。'],
]);
const RULES = documentChunks('rules_2022', { title: '南原市城镇老旧小区改造实施办法', number: '南政办规〔2022〕3号', kind: 'policy' }, [
  ['第二章 改造范围 > 第五条', '第五条改造对象为2000年底前建成、失养失修的城镇住宅小区。'],
]);
const services = () => servicesOverChunks([...REPLY, ...RULES, ...briefingChunks()], { stats: true });

const PROPOSAL = `关于统筹做好老旧小区地下管线改造的提案

提案人：石秋云

我市不少老旧小区燃气管道使用超过三十年，锈蚀严重。为此建议：

一、把燃气管道更新作为改造的必改内容，优先解决小区燃气泄漏隐患问题。

二、在改造小区推广屋顶光伏发电，对居民安装光伏板给予补贴。`;

describe('an ask framed as 把 X 作为…内容', () => {
  it('reads 作为 and the class noun as the frame', () => {
    expect([...classFrameWords('把这类楼院作为优先改造对象，尽早纳入年度计划')].sort()).toEqual(['作为', '对象'].sort());
    expect([...classFrameWords('将燃气管道更新作为改造的必改内容')].sort()).toEqual(['作为', '内容'].sort());
    expect(classFrameWords('改造对象和内容有哪些').size).toBe(0);
  });

  it('quotes the work done on X, not a passage sharing only the frame', async () => {
    const [gas, solar] = (await draftReply(services(), { text: PROPOSAL })).draft!.sections;
    const quotes = gas.citations.map((c) => c.quote);
    expect(quotes).toContainEqual(expect.stringContaining('完成燃气管道更新21.4公里'));
    expect(quotes.join('')).not.toContain('充电设施');
    expect(solar.citations).toEqual([]);
  });

  it('does not ask every quote to hold the class noun (对象) when X refers back to the background', () => {
    // "这些小区" names nothing a passage holds; 对象 (rare: one rule defines the 改造对象) would be the focus word.
    const { search } = services();
    const candidates = REPLY.filter((c) => c.text.includes('优先安排')).map((chunk) => ({ chunk, sentence: chunk.text }));
    const floor = { passage: { focusShare: 1, maxFocusWords: 2 }, sentence: { focusShare: 0.5, maxFocusWords: 2 } };
    const gate = gateSentences(search, '把这些小区作为优先改造对象，尽早纳入年度改造计划', candidates, floor);
    expect(gate.focus).not.toContain('对象');
    expect(gate.passing).toEqual([true]);
  });
});
