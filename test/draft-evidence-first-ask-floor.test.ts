// A lead whose later clause adds a fallback or a detail ("加快组建业主委员会，暂时组建不了的要有替代办法", or after a dash:
// "确保施工人员有培训——承建改造的工人要经过培训") weighs those words in the key terms every quote is measured by: the
// passage on the ask itself passed the gate but fell under the relevance floor, and the section was left a gap. When
// nothing is relevant to the whole, the first clause is asked alone. A section the library says nothing about stays a gap.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import type { Services } from '../src/services.js';
import { draftReply } from '../src/draft/index.js';
import { firstAskClause } from '../src/draft/evidence.js';
import { EXPLANATION_DASH } from '../src/text/clauses.js';
import { documentChunks, makeChunk, memorySearcherWithStats, REPO_ROOT } from './support/services.js';

const config = loadConfig({ LOG_LEVEL: 'silent' }, { cwd: REPO_ROOT });

const REPORT = documentChunks('work_2024', { title: '城关市2024年物业管理工作总结', kind: 'policy' }, [
  ['二、业主自治', '截至2024年底，全市老旧小区已组建业主委员会86个，组建率41%。'],
  ['三、队伍建设', '2024年全市培训改造施工人员1200人次，培训合格的纳入施工人员名录并向社会公开。'],
]);
const FILLER = Array.from({ length: 10 }, (_, i) =>
  makeChunk({ docId: `brief_${i}`, kind: 'policy', title: `城市建设工作简报${i + 1}`, text: `第${i + 1}期：各项城市建设工作按计划推进，群众满意度持续提升。` }),
);

function services(): Services {
  return { config, logger: silentLogger(), search: memorySearcherWithStats([...REPORT, ...FILLER]), embeddings: undefined as never };
}

const PROPOSAL = `关于加强老旧小区改造后管理的建议

代表：钱卫东

为此建议：

一、加快组建业主委员会，暂时组建不了的要有替代办法。

二、确保施工人员有培训${EXPLANATION_DASH}承建改造的工人要经过培训，持证上岗。

三、在改造小区推广屋顶光伏发电，对居民安装光伏板给予补贴。`;

describe('an ask in its first clause, a fallback or detail after it', () => {
  const drafted = (firstAskWhenNoneRelevant = true) =>
    draftReply(services(), { text: PROPOSAL }, { tuning: { firstAskWhenNoneRelevant } }).then((r) => r.draft!.sections);

  it('quotes the count of committees formed for "加快组建业主委员会，暂时组建不了的要有替代办法"', async () => {
    const [committees] = await drafted();
    expect(committees.citations.map((c) => c.quote)).toContainEqual(expect.stringContaining('已组建业主委员会86个'));
  });

  it('quotes the training figure for "确保施工人员有培训——承建改造的工人要经过培训"', async () => {
    const [, training] = await drafted();
    expect(training.citations.map((c) => c.quote)).toContainEqual(expect.stringContaining('培训改造施工人员1200人次'));
  });

  it('leaves an ask the library says nothing of uncited', async () => {
    const [, , solar] = await drafted();
    expect(solar.citations).toEqual([]);
  });

  it('without the rule, the fallback clause weighs in and the committees section is a gap', async () => {
    const [committees] = await drafted(false);
    expect(committees.citations).toEqual([]);
  });
});

describe('firstAskClause', () => {
  it('ends the first clause at a dash as at a comma', () => {
    expect(firstAskClause(`确保施工人员有培训${EXPLANATION_DASH}承建改造的工人要经过培训`)).toBe('确保施工人员有培训');
    expect(firstAskClause('加快组建业主委员会，暂时组建不了的要有替代办法')).toBe('加快组建业主委员会');
  });

  it('leaves a range of months or years whole, and a lead of one clause has none', () => {
    expect(firstAskClause('公布1—6月改造进度排名')).toBeNull();
    expect(firstAskClause('编制2021—2025年改造规划')).toBeNull();
  });
});

describe('a first clause every commitment holds', () => {
  const DIRECTIVE = documentChunks('duban_2025', { title: '城关市住房和城乡建设局督办函', kind: 'policy' }, [
    ['三、其他要求', '请你局高度重视，主要负责同志亲自研究部署，确保督办事项按期落实到位。'],
  ]);
  const search = () => memorySearcherWithStats([...DIRECTIVE, ...FILLER]);
  const ASK = `关于农村危房改造的建议

代表：钱卫东

一、确保按期竣工${EXPLANATION_DASH}今年的危房改造任务要倒排工期，力争在入冬前全部完工。`;

  // "确保按期竣工" (the dash's first clause) has no focus word; 确保 is in every commitment, so it is no key term either.
  it('does not quote a 督办函 sentence on 按期落实 for "确保按期竣工"', async () => {
    const [works] = (await draftReply({ config, logger: silentLogger(), search: search(), embeddings: undefined as never }, { text: ASK })).draft!.sections;
    expect(works.citations).toEqual([]);
  });
});

describe('the first clause asked alone names a thing no passage holds', () => {
  const REPORT_ON_SERVICE = documentChunks('wuye_2024', { title: '城关市2024年物业管理工作总结', kind: 'policy' }, [
    ['一、物业覆盖', '2024年全市新引入物业服务企业的改造小区32个，物业服务覆盖率达到78%。'],
  ]);
  const ASK = `关于加强老旧小区物业管理的建议

代表：钱卫东

一、对引入物业的改造小区给予物业费补贴，前三年由财政补助一半。`;

  it('leaves the section a gap: a sentence on 引入物业 does not answer 物业费补贴', async () => {
    const search = memorySearcherWithStats([...REPORT_ON_SERVICE, ...FILLER]);
    const [subsidy] = (await draftReply({ config, logger: silentLogger(), search, embeddings: undefined as never }, { text: ASK })).draft!.sections;
    expect(subsidy.citations).toEqual([]);
  });
});
