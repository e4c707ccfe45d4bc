// A sentence listing the documents a bureau issued ("先后出台了《…》《…》《…》等政策文件") states that they were issued,
// not what they say: a topic named only inside one of the titles is no evidence on it (a 【待补充】 gap is better than
// quoting the list under an ask on 物业管理).
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { documentChunks, generalPolicyChunks, servicesOverChunks } from './support/services.js';

const OWN_REPLY = documentChunks('own_reply_2021', { title: '对市政协七届五次会议第8号提案的答复', number: '许建政协〔2021〕2号', kind: 'reply' }, [
  ['', '许昌市住房和城乡建设局\n孙丽委员：\n您提出的关于老旧小区改造的提案收悉，现答复如下：'],
  [
    '一、关于加强顶层设计的建议',
    '我市先后出台了《老旧小区改造实施方案》《老旧小区改造资金奖补办法》《老旧小区改造验收办法》《老旧小区物业管理长效机制指导意见》等政策文件，形成了市级统筹的工作格局。',
  ],
  ['二、关于停车设施的建议', '2020年全市改造小区新增停车位1200个。'],
]);

const PROPOSAL_TEXT = (ask: string) => `关于老旧小区改造的提案\n\n提案人：郑红\n\n老旧小区问题较多。\n\n为此建议：一是${ask}；二是增加小区停车位。`;

describe('a sentence listing titles', () => {
  it('is not quoted on a topic named only inside one of them', async () => {
    const result = await draftReply(servicesOverChunks([...OWN_REPLY, ...generalPolicyChunks(10)], { stats: true }), { text: PROPOSAL_TEXT('建立老旧小区物业管理长效机制') });
    const upkeep = result.draft!.sections[0];
    expect(upkeep.citations).toEqual([]);
    expect(upkeep.paragraphs.join('')).toContain('【待补充');
    expect(result.draft!.sections[1].paragraphs.join('')).toContain('新增停车位1200个');
  });
});
