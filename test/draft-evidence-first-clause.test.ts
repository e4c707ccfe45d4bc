// A suggestion whose first clause is the ask and whose later clauses say what it should hold ("及时建立住宅专项维修资金，
// 并建立续筹机制", "外墙保温要选用不燃材料，杜绝火灾隐患") is answered by a passage on the ask itself: no document
// writes the proposer's 续筹机制 or 隐患 next to the rule it states. A section the library says nothing about stays a gap.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import type { Services } from '../src/services.js';
import { draftReply } from '../src/draft/index.js';
import { documentChunks, makeChunk, memorySearcherWithStats, REPO_ROOT } from './support/services.js';

const config = loadConfig({ LOG_LEVEL: 'silent' }, { cwd: REPO_ROOT });

const RULES = documentChunks('rules_2023', { title: '城关市城镇老旧小区改造管理办法', number: '城政办规〔2023〕5号', kind: 'policy' }, [
  ['第五章 长效管理 > 第二十条', '第二十条改造完成后1年内，应当建立住宅专项维修资金。'],
  ['第三章 改造内容 > 第九条', '第九条外墙保温统一采用A级不燃保温材料，保温层厚度不低于80毫米。'],
  ['第三章 改造内容 > 第十条', '第十条小区道路改造应当同步完善排水设施。'],
]);
const FILLER = Array.from({ length: 10 }, (_, i) =>
  makeChunk({ docId: `brief_${i}`, kind: 'policy', title: `城市建设工作简报${i + 1}`, text: `第${i + 1}期：各项城市建设工作按计划推进，群众满意度持续提升。` }),
);

function services(): Services {
  return { config, logger: silentLogger(), search: memorySearcherWithStats([...RULES, ...FILLER]), embeddings: undefined as never };
}

const PROPOSAL = `关于加强老旧小区改造质量和长效管理的提案

提案人：钱卫东

我市一些老旧小区改造后管理跟不上，外墙保温质量也参差不齐。为此建议：

一、改造完成后及时建立住宅专项维修资金，并建立续筹机制。

二、外墙保温要选用防火性能好的不燃材料，杜绝火灾隐患。

三、在改造小区推广屋顶光伏发电，对居民安装光伏板给予补贴。`;

describe('an ask in its first clause, what it should hold after it', () => {
  const drafted = () => draftReply(services(), { text: PROPOSAL }).then((r) => r.draft!.sections);

  it('quotes the rule that sets up the maintenance fund for "及时建立住宅专项维修资金，并建立续筹机制"', async () => {
    const [fund] = await drafted();
    expect(fund.citations.map((c) => c.quote)).toContainEqual(expect.stringContaining('应当建立住宅专项维修资金'));
  });

  it('quotes the insulation standard for "外墙保温要选用…不燃材料，杜绝火灾隐患"', async () => {
    const [, insulation] = await drafted();
    expect(insulation.citations.map((c) => c.quote)).toContainEqual(expect.stringContaining('A级不燃保温材料'));
  });

  it('leaves an ask the library says nothing of uncited', async () => {
    const [, , solar] = await drafted();
    expect(solar.citations).toEqual([]);
  });
});
