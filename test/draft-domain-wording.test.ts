// A suggestion and the reply answering it often name the same thing in the two wordings the trade uses (issue #11,
// evidence recall): 原产权单位 / 原单位, 养老服务设施 / 托老站, 管线企业 / 专营单位. The domain vocabulary
// (src/text/synonyms.txt) makes the reply's wording count as the suggestion's, so the passage is quoted.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const REPLY = documentChunks('reply_2021', { title: '关于市政协八届二次会议第41号提案的答复', number: '建政协〔2021〕41号', kind: 'reply' }, [
  ['', '赵敏委员：\n您提出的《关于完善老旧小区改造配套的提案》收悉，现答复如下：'],
  ['一、关于改造资金', '我市实施财政奖补，对公益性基础设施由财政直接投资。积极协调老旧小区原单位出资，鼓励供水、供电、燃气等专营单位参与改造。'],
  ['二、关于配套设施', '结合改造新增托老站、日间照料中心等设施17处，为周边老人提供就近服务。'],
]);
const PROPOSAL = `关于完善老旧小区改造配套的提案

提案人：钱伟

建议：一是引导原产权单位和管线企业出资。二是补齐社区养老服务设施。三是在小区屋顶推广光伏发电。`;

describe('the trade\'s two wordings of one thing', () => {
  it('quotes 原单位 and 专营单位 for 原产权单位和管线企业出资, and nothing for an ask the library lacks', async () => {
    const result = await draftReply(servicesOverChunks([...REPLY, ...briefingChunks()], { stats: true }), { text: PROPOSAL });
    const [owners, , solar] = result.draft!.sections;
    expect(owners.citations.map((c) => c.section)).toContain('一、关于改造资金');
    expect(solar.citations).toEqual([]);
  });
});
