// "把X作为…的硬性指标 / 硬任务 / 前置条件": what the ask puts in a class (X) is asked; 作为, the class noun and its modifier
// after 的 only frame it (src/text/questionWords.ts classFrameWords). The library states X ("…未按月公示的小区7个"), never
// the frame: weighed in, 硬性 and 指标 kept the passage on X under the relevance floor (dv24). The thing asked still must
// be held: the neighbouring section of the same document on the grades and fees stays out, and an ask the library does
// not answer stays a 【待补充】 gap, though the library states other conditions.
import { beforeAll, describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { classFrameWords } from '../src/text/questionWords.js';
import type { DraftSection } from '../src/types.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const RATING = documentChunks('credit_rating_2025', { title: '2025年度物业服务企业信用评价结果通报', kind: 'policy' }, [
  ['三、发现的问题', '检查中发现的主要问题有：维修资金使用情况未按月公示的小区7个；消防通道堵塞的小区3个；绿化养护不到位的小区4个。'],
  ['四、评价等级与收费', '信用评价为A级的物业服务企业，可以按物业服务收费标准上浮10%收费；评价为D级的，下一年度不得上浮。'],
  ['五、评价程序', '信用评价每年开展一次，由区住房城乡建设委组织，评价结果在区政府网站公示7日。'],
]);
const RENEWAL = documentChunks('renewal_rules_2025', { title: '老旧小区改造项目申报办法', kind: 'policy' }, [
  ['第六条', '第六条　申报改造的小区应当具备下列条件：建成于2000年底以前，居民改造意愿强烈，同意改造的户数达到三分之二以上。'],
]);
const services = () => servicesOverChunks([...RATING, ...RENEWAL, ...briefingChunks()], { stats: true });

const ASKS = ['把维修资金使用情况按月公示作为物业服务企业信用评价的硬性指标，对不公示的企业扣分', '把建设屋顶光伏发电设施作为申报改造的前置条件'];
const PROPOSAL = `关于加强物业服务监管的提案

提案人：周明

物业服务和老旧小区改造关系群众日常生活。为此建议：

${ASKS.map((ask, i) => `${'一二'[i]}、${ask}。`).join('\n\n')}`;

describe('the frame of a "把X作为…的硬性指标" ask', () => {
  let sections: DraftSection[] = [];
  const quoted = (i: number) => sections[i].citations.map((c) => c.quote).join('');
  beforeAll(async () => {
    sections = (await draftReply(services(), { text: PROPOSAL })).draft!.sections;
  }, 60_000);

  it('drafts a section per suggestion', () => expect(sections).toHaveLength(ASKS.length));
  it('硬性指标: quotes what the library says of X, not the grades and fees beside it', () => {
    expect(quoted(0)).toContain('维修资金使用情况未按月公示的小区7个');
    expect(quoted(0)).not.toContain('上浮10%');
  });
  it('前置条件 the library does not hold: a 【待补充】 gap, not the conditions of another thing', () => {
    expect(sections[1].citations).toEqual([]);
    expect(sections[1].paragraphs.join('')).toContain('【待补充');
  });
});

describe('classFrameWords with the class noun\'s modifier', () => {
  it('the class noun, its modifier after 的, and the tokens of both', () => {
    expect([...classFrameWords('把X作为信用评价的硬性指标，对不公示的扣分')]).toEqual(expect.arrayContaining(['作为', '指标', '硬性']));
    expect(classFrameWords('将新增泊位作为改造的硬任务，逐小区明确').has('硬任务')).toBe(true);
    expect(classFrameWords('把成立自治组织作为申报改造的前置条件').has('前置条件')).toBe(true);
  });
  it('not what comes before the class noun without 的: 优先改造 says what X is put first for', () => {
    expect([...classFrameWords('把这类小区作为优先改造对象')].sort()).toEqual(['作为', '对象'].sort());
  });
});
