// A quote must be about what the suggestion asks, not only share its words. Over a small library built here,
// a funding sentence ("引入企业投资…建设停车场和充电设施，企业获得15年经营权") is not evidence for 同步建设充电设施,
//   while a sentence that also says what was done ("由市人防办出资100万元，对小区的暖气管道进行了改造") is.
// A section without a passage that passes stays 【待补充】 and uncited.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import type { Services } from '../src/services.js';
import type { Chunk } from '../src/types.js';
import { draftReply } from '../src/draft/index.js';
import { makeChunk, memorySearcherWithStats, REPO_ROOT } from './support/services.js';

const config = loadConfig({ LOG_LEVEL: 'silent' }, { cwd: REPO_ROOT });

function servicesOver(chunks: Chunk[]): Services {
  return { config, logger: silentLogger(), search: memorySearcherWithStats(chunks), embeddings: undefined as never };
}

function doc(docId: string, fields: Partial<Chunk>, sections: [string, string][]): Chunk[] {
  return sections.map(([sectionPath, text], i) => makeChunk({ docId, sectionPath, text, ...fields }, i));
}

const PARKING_REPLY = doc('county_parking', { title: '某某县八届政协二次会议《关于解决我县停车难问题的建议》(88号)的答复', kind: 'reply' }, [
  ['', '刘强委员：\n您提出的建议收悉，现答复如下：\n为了解决停车难的问题，我局结合县城老旧小区道路管网改造工程，在县城内各街路增画1000余个停车位。\n在老旧小区改造中结合实际情况，征求社区居民意见，适当增加停车位。'],
]);

const OWN_REPLY = doc('own_reply', { title: '对市政协七届四次会议第104号提案的答复', number: '许建政协〔2020〕13号', kind: 'reply' }, [
  ['', '许昌市住房和城乡建设局\n张伟委员：\n您提出的关于老旧小区改造的提案收悉，现答复如下：'],
  [
    '二、关于政府主导推进改造工作的建议',
    '我局先后出台了《许昌市老旧小区改造提升工作实施方案》《许昌市老旧小区改造试点工作方案》《老旧小区建立物业管理长效机制的指导意见》等政策文件，做好顶层设计。',
  ],
  [
    '三、关于多渠道筹措改造资金的建议',
    '五一路家属院原暖气管网老旧，由市人防办出资100万元，对小区的暖气管道进行了改造，由气暖改为水暖。\n游仙片区采取“改造+运营”模式，引入企业投资1800万元建设停车场和充电设施，企业获得15年经营权。',
  ],
]);

const FILLER = Array.from({ length: 10 }, (_, i) =>
  makeChunk({ docId: `policy_${i}`, kind: 'policy', title: `老旧小区改造政策问答${i + 1}`, sectionPath: '', text: `城镇老旧小区改造是重大民生工程，第${i + 1}批改造项目按计划推进，改善居民居住条件。` }, 0),
);

const LIBRARY = [...PARKING_REPLY, ...OWN_REPLY, ...FILLER];

async function sectionsOf(proposal: string) {
  const result = await draftReply(servicesOver(LIBRARY), { text: proposal });
  return result.draft!.sections;
}

describe('a quote is about what the suggestion asks', () => {
  it('does not quote a funding arrangement under 同步建设充电设施, but does under a suggestion about 社会资本', async () => {
    const charging = await sectionsOf('关于完善老旧小区配套设施的提案\n提案人：陈佳怡\n老旧小区充电难。\n建议：在改造中同步建设充电设施，方便居民充电。');
    expect(charging[0].citations).toEqual([]);
    expect(charging[0].paragraphs.join('')).toContain('【待补充');
    const capital = await sectionsOf('关于多渠道筹集改造资金的提案\n提案人：陈佳怡\n改造资金缺口大。\n建议：引入企业投资建设停车场和充电设施，给予一定年限经营权。');
    expect(capital[0].citations.some((c) => c.quote.includes('经营权'))).toBe(true);
  });
});
