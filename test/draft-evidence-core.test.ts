// A suggestion's core ask may be answered without its elaboration (issue #11, evidence recall): "提高市级奖补资金标准，
// 并及时拨付到位，减轻县区财政压力" is answered by a 会议纪要 section headed "二、关于市级奖补资金拨付", though no
// passage speaks of 县区财政压力. The heading must name the core's weightiest word: a section on another subsidy
// (加装电梯补助标准) is not quoted for it. And an earlier reply's section whose short heading is wholly in the suggestion
// ("二、关于“红色物业”" for "推广党建引领的红色物业模式") is on its topic.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { draftReply } from '../src/draft/index.js';
import { briefingChunks, documentChunks, memorySearcherWithStats, REPO_ROOT, servicesOverChunks } from './support/services.js';

const config = loadConfig({ LOG_LEVEL: 'silent' }, { cwd: REPO_ROOT });

const MINUTES = documentChunks('minutes_2024', { title: '老旧小区改造工作领导小组2024年第二次会议纪要', number: '老改办纪〔2024〕2号', kind: 'policy' }, [
  ['', '2024年8月14日下午，领导小组召开2024年第二次会议，研究老旧小区改造有关问题。'],
  ['一、关于工作进度', '截至7月底，全市2024年计划改造的236个小区已开工198个，开工率84%。'],
  ['二、关于市级奖补资金拨付', '会议明确，市级奖补资金实行分段拨付：项目开工后拨付50%，竣工联合验收合格后拨付剩余50%。市财政局要在收到拨付申请后15个工作日内完成拨付。'],
]);
const ELEVATOR_NEWS = documentChunks('elevator_news_2023', { title: '加装电梯补助标准提高', kind: 'policy' }, [
  ['', '自2023年7月1日起，中心城区既有多层住宅加装电梯的财政补助标准将由每台5万元提高至每台8万元，减轻居民出资压力。'],
]);
const services = () => servicesOverChunks([...MINUTES, ...ELEVATOR_NEWS, ...briefingChunks()], { stats: true });

const PROPOSAL = `关于进一步提高老旧小区改造工作水平的提案

提案人：刘晓东

我市老旧小区改造工作推进有力，但资金保障还有提升空间。为此建议：

一、提高市级奖补资金标准，并及时拨付到位，减轻县区财政压力。

二、在老旧小区推广屋顶光伏发电，降低公共用电成本。`;

describe('the core ask answered under its own heading', () => {
  it('quotes the 市级奖补资金拨付 section for the 奖补 suggestion, not the elevator subsidy, and leaves 光伏 【待补充】', async () => {
    const result = await draftReply(services(), { text: PROPOSAL });
    const [subsidy, solar] = result.draft!.sections;
    expect(subsidy.citations.map((c) => c.docId)).toEqual(['minutes_2024']);
    expect(subsidy.citations[0].quote).toContain('市级奖补资金');
    expect(solar.citations).toEqual([]);
    expect(solar.paragraphs.join('')).toContain('【待补充');
  });
});

const PROPERTY_REPLY = documentChunks('property_reply_2024', { title: '关于市九届人大三次会议第34号建议的答复', number: '建人大〔2024〕9号', kind: 'reply' }, [
  ['', '王芳代表：\n您提出的《关于加强老旧小区改造后管理的建议》收悉，现答复如下：'],
  ['一、关于改造后的物业管理', '改造完成后，按照小区规模和居民意愿分类确定管理模式，2023年改造完成的小区已全部落实管理主体。'],
  ['二、关于“红色物业”', '我们会同市委社会工作部推进党建引领小区治理，在有条件的小区成立业主委员会党支部，2023年全市组建“红色物业”示范小区38个。'],
]);

describe('a short heading wholly inside the suggestion', () => {
  it('quotes the "二、关于“红色物业”" section for a suggestion to promote 党建引领的红色物业模式', async () => {
    const search = memorySearcherWithStats([...PROPERTY_REPLY, ...briefingChunks()]);
    const result = await draftReply({ config, logger: silentLogger(), search, embeddings: undefined as never }, {
      text: '关于加强老旧小区改造后长效管理的提案\n\n提案人：郑海波\n\n老旧小区改造完成后，不少小区没有物业服务。\n\n建议：\n\n推广党建引领的红色物业模式，发挥社区党组织作用。',
    });
    const [section] = result.draft!.sections;
    expect(section.citations.map((c) => c.section)).toContain('二、关于“红色物业”');
  });
});
