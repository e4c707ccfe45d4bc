// Suggestions under a heading that names the suggestion part ("三、对策建议", "几点建议", "二、对策及建议", "提出如下对策
// 建议：") give one reply section each, whatever the marker under it ((一), 1., (1), none); the background and the
// problems listed under their own headings ("二、存在问题：一是…") never become sections.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { makeChunk, servicesOverChunks } from './support/services.js';

const LIBRARY = Array.from({ length: 8 }, (_, i) =>
  makeChunk({ docId: `note_${i}`, kind: 'policy', title: `城市建设工作简报${i + 1}`, text: `第${i + 1}期：城市建设各项工作按计划推进，人居环境持续改善。` }),
);

const services = () => servicesOverChunks(LIBRARY, { stats: true });

async function headingsOf(text: string): Promise<string[]> {
  const result = await draftReply(services(), { text });
  expect(result.notice).toBeUndefined();
  const sections = result.draft!.sections;
  // Nothing in this library answers these asks: every section is a 【待补充】 gap without a citation.
  for (const s of sections) {
    expect(s.citations).toEqual([]);
    expect(s.paragraphs.join('')).toContain('【待补充');
  }
  return sections.map((s) => s.heading.replace(/^.、关于|的建议$/gu, ''));
}

describe('a heading that names the suggestion part', () => {
  it('takes the （一）（二）（三） items under "三、对策建议", not the problems under "二、存在问题"', async () => {
    const topics = await headingsOf(
      '关于破解老旧厂区闲置难题的提案\n提案人：许文涛\n一、基本情况\n我市主城区现有闲置老旧厂区十余处，占地面积大，长期闲置。\n二、存在问题\n一是产权关系复杂；二是改造资金缺乏；三是规划功能不明确。\n三、对策建议\n（一）理清厂区产权关系，由国资部门牵头建立闲置厂区台账。\n（二）引入社会资本参与厂区更新改造，探索“微改造”模式。\n（三）编制老旧厂区更新专项规划，明确文创、养老等功能定位。',
    );
    expect(topics).toEqual(['理清厂区产权关系', '引入社会资本参与厂区更新改造', '编制老旧厂区更新专项规划']);
  });

  it('takes the unnumbered paragraphs under a bare "几点建议" line', async () => {
    const topics = await headingsOf(
      '关于加强城中村消防安全的提案\n提案人：郑伟\n城中村建筑密集，消防通道狭窄，火灾隐患突出。\n几点建议\n开展城中村消防隐患排查，建立隐患清单并限期整改。\n在城中村配置微型消防站和室外消火栓。\n组织村民开展消防安全培训和应急演练。',
    );
    expect(topics).toEqual(['开展城中村消防隐患排查', '在城中村配置微型消防站和室外消火栓', '组织村民开展消防安全培训和应急演练']);
  });

  it('takes the 1. 2. 3. items under "三、几点建议"', async () => {
    const topics = await headingsOf(
      '关于改善公交站台候车环境的提案\n提案人：林慧\n一、现状\n我市部分公交站台没有遮雨棚和座椅，老人候车不便。\n三、几点建议\n1.对主城区无遮雨棚的公交站台分批加装候车亭。\n2.在候车亭增设电子站牌，实时显示车辆到站信息。\n3.建立站台设施日常巡检和维修制度。',
    );
    expect(topics).toHaveLength(3);
    expect(topics[0]).toContain('分批加装候车亭');
    expect(topics[2]).toContain('巡检和维修制度');
  });

  it('takes the paragraphs under "二、对策及建议"', async () => {
    const topics = await headingsOf(
      '关于推进城市更新的提案\n提案人：蔡明\n一、现状\n我市城市更新起步较晚，政策体系尚不健全。\n二、对策及建议\n完善城市更新政策体系，出台城市更新条例。\n建立城市更新项目库，实行动态管理。\n创新城市更新投融资模式，引导社会资本参与。',
    );
    expect(topics).toHaveLength(3);
    expect(topics[1]).toContain('城市更新项目库');
  });

  it('takes the (1) (2) (3) items after "提出如下对策建议："', async () => {
    const topics = await headingsOf(
      '关于改善农村饮水安全的提案\n提案人：付强\n部分偏远村庄仍存在季节性缺水。为此，提出如下对策建议：\n（1）实施农村供水管网延伸工程。\n（2）建设小型集中供水站。\n（3）建立农村供水工程运行管护机制。',
    );
    expect(topics).toEqual(['实施农村供水管网延伸工程', '建设小型集中供水站', '建立农村供水工程运行管护机制']);
  });
});
