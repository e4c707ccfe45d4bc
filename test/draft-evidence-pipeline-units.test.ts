// "压实水电气暖等管线单位的出资责任" asks who pays: 压实 (a policy verb the tagger reads as a noun) and 责任 are its frame,
// not words a quote must hold, so the bureau's sentence on what 专业经营单位 pay is quoted instead of a gap. A summary's
// 存在问题 section lists what went wrong: never quoted as work done.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { documentChunks, generalPolicyChunks, servicesOverChunks } from './support/services.js';

const OWN_REPLY = documentChunks('own_reply_2023', { title: '对市政协八届二次会议第12号提案的答复', number: '许建政协〔2023〕6号', kind: 'reply' }, [
  ['', '许昌市住房和城乡建设局\n吴刚委员：\n您提出的关于老旧小区改造的提案收悉，现答复如下：'],
  ['一、关于资金筹措', '改造资金由政府、专业经营单位和居民合理共担，2022年专业经营单位出资0.8亿元。'],
]);
const SUMMARY = documentChunks('summary_2023', { title: '许昌市2023年城镇老旧小区改造工作总结', number: null, kind: 'policy' }, [
  ['四、存在问题', '部分专业经营单位出资积极性不高，管线改造协调难度大。'],
  ['四、存在问题 > （二）管线单位出资难', '供水、燃气等专业经营单位出资比例偏低，出资责任落实不到位。'],
]);

const PROPOSAL = `关于拓宽老旧小区改造资金渠道的提案\n\n提案人：周明\n\n改造资金压力大。\n\n为此建议：一是压实水电气暖等管线单位的出资责任；二是推进有条件的小区加装电梯。`;

describe('an ask on what 管线单位 pay', () => {
  it('quotes the bureau\'s own sentence on it, and no problem from a summary', async () => {
    const result = await draftReply(servicesOverChunks([...OWN_REPLY, ...SUMMARY, ...generalPolicyChunks(10)], { stats: true }), { text: PROPOSAL });
    const pays = result.draft!.sections[0].paragraphs.join('');
    expect(pays).toContain('专业经营单位出资0.8亿元');
    expect(pays).not.toContain('积极性不高');
    expect(pays).not.toContain('出资比例偏低');
  });
});
