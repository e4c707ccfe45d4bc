// A suggestion asking two things in one sentence ("把屋面防水作为改造的必改内容，优先解决顶层住户漏雨问题") is judged
// ask by ask: a quote answering one of them is on topic, though it covers too little of both together to pass the
// relevance floor (作为 and 内容 are the frame of the first ask, not what it asks).
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { compoundAsks } from '../src/draft/evidence.js';
import { documentChunks, generalPolicyChunks, servicesOverChunks } from './support/services.js';

const OWN_REPLY = documentChunks('own_reply_2024', { title: '对市政协八届三次会议第30号提案的答复', number: '许建政协〔2024〕9号', kind: 'reply' }, [
  ['', '许昌市住房和城乡建设局\n李强委员：\n您提出的关于老旧小区改造的提案收悉，现答复如下：'],
  ['一、2023年工作情况', '2023年，我市完成老旧小区屋面防水改造12万平方米。'],
  ['二、关于加装电梯', '2023年全市新增加装电梯56部。'],
]);

const FILLER = generalPolicyChunks(10);

const PROPOSAL = `关于提升老旧小区改造质量的提案

提案人：周文

部分老旧小区顶层住户长期漏雨，居民意见较大。

为此建议：一是把屋面防水作为改造的必改内容，优先解决顶层住户漏雨问题；二是推进有条件的小区加装电梯。`;

describe('a compound ask', () => {
  it('is read as its asks, each opening with an action', () => {
    expect(compoundAsks('把屋面防水作为改造的必改内容，优先解决顶层住户漏雨问题')).toEqual(['把屋面防水作为改造的必改内容', '优先解决顶层住户漏雨问题']);
    expect(compoundAsks('对在社区食堂就餐的老年人给予补助，高龄老人适当提高标准')).toEqual([]);
  });

  it('quotes what answers one of its asks', async () => {
    const result = await draftReply(servicesOverChunks([...OWN_REPLY, ...FILLER], { stats: true }), { text: PROPOSAL });
    const roofs = result.draft!.sections[0];
    expect(roofs.paragraphs.join('')).toContain('屋面防水改造12万平方米');
    expect(roofs.paragraphs.join('')).not.toContain('电梯');
  });
});
