// The year label of the bureau's own figures is the year they are from: a sentence that dates its own figures
// ("截至2024年底，…80%") needs none, and a figure under a heading that dates it ("一、2024年管网改造情况") is that
// year's, not the year the reply was written (2025).
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { documentChunks, generalPolicyChunks, servicesOverChunks } from './support/services.js';

const OWN_REPLY = documentChunks('own_reply_2025', { title: '对市政协第31号提案的答复', number: '许建政协〔2025〕9号', kind: 'reply' }, [
  ['', '许昌市住房和城乡建设局\n委员：\n您提出的关于老旧小区改造的提案收悉，现答复如下：'],
  ['一、2024年管网改造情况', '结合老旧小区改造完成雨污分流管网改造12.5公里。'],
  ['二、关于物业服务覆盖', '截至2024年底，全市已改造小区物业服务覆盖率为80%。'],
]);

const PROPOSAL = `关于提升老旧小区改造质量的提案\n\n提案人：周文\n\n部分老旧小区雨天积水，改造后无人管理。\n\n为此建议：一是加快雨污分流管网改造；二是提高已改造小区物业服务覆盖率。`;

describe('the year of the bureau\'s own figures', () => {
  it('is the heading\'s year, and no label where the sentence dates itself', async () => {
    const result = await draftReply(servicesOverChunks([...OWN_REPLY, ...generalPolicyChunks(10)], { stats: true }), { text: PROPOSAL });
    const [pipes, property] = result.draft!.sections.map((s) => s.paragraphs.join(''));
    expect(pipes).toContain('12.5公里（2024年数据）');
    expect(property).toContain('覆盖率为80%[');
    expect(property).not.toContain('年数据）');
  });

  it('is no single year under a heading that states a span of years', async () => {
    const plan = documentChunks('own_reply_2023', { title: '对市政协第12号提案的答复', number: '许建政协〔2023〕3号', kind: 'reply' }, [
      ['', '许昌市住房和城乡建设局\n委员：\n您提出的关于老旧小区改造的提案收悉，现答复如下：'],
      ['二、（2021—2025年）主要目标', '改造雨污分流管网60公里，已改造小区物业服务覆盖率达到90%。'],
    ]);
    const result = await draftReply(servicesOverChunks([...plan, ...generalPolicyChunks(10)], { stats: true }), { text: PROPOSAL });
    const text = result.draft!.sections.map((s) => s.paragraphs.join('')).join('');
    expect(text).toMatch(/60公里|90%/u);
    expect(text).not.toContain('（2025年数据）');
    expect(text).not.toMatch(/（20\d{2}年数据）/u);
  });
});
