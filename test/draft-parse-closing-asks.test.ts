// Proposals whose paragraphs each give the background and then close on an ask of their own: after a lead repeated in
// every paragraph ("…据此建议：…"), or in a hope or duty that ends the paragraph ("…应当…", "…希望…"). Each such
// paragraph is one section, named by its ask; the background sentences before the asking one stay out. Invented text.
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/parseProposal.js';

const LEADS = [
  '关于改进社区公共服务的提案',
  '提案人：储映川（市政协委员）',
  '',
  '我在调研中看了三个街道的情况，各有一个突出问题。',
  '',
  '东岸街道：社区食堂只有两处，午餐排队常超过半小时。据此建议：在东岸街道再开设两处社区食堂，并延长供餐时间。',
  '',
  '西坪街道：路灯损坏后平均二十天才修好。据此建议：把路灯维修纳入街道网格巡查，损坏的五天内修复。',
  '',
  '南桥街道：老年活动室面积不足，冬天没有取暖。据此建议：为南桥街道老年活动室加装取暖设备，并扩充活动面积。',
  '',
  '以上建议，请有关部门研究办理。',
  '',
  '提案人：储映川',
  '2026年2月',
].join('\n');

const DUTIES = [
  '关于做好小区绿化养护的提案',
  '',
  '甘露白、乔远舟委员',
  '',
  '不少小区改造后新栽的树木缺少浇水，一个夏天就枯死大半，改造时应当把三年绿化养护费用列入工程预算。',
  '',
  '小区里的草坪被踩出很多小路，居民意见很大。物业服务企业应当在草坪边增设步道，引导居民绕行。',
  '',
  '有居民反映修剪枝叶的垃圾长时间堆在楼下，希望街道安排专车每周清运一次。',
  '',
  '2026年3月1日',
].join('\n');

const QUOTED_DUTIES = [
  '关于规范小区停车收费的建议',
  '',
  '《城市停车设施管理条例》规定，停车场经营者应当在入口处公示收费标准。',
  '',
  '根据本市停车管理办法第十二条规定，住宅小区停车收费应当经业主大会同意。',
  '',
  '按照有关规定，物业服务企业应当每半年公布一次停车收入。',
  '',
  '但不少小区停车收费随意上涨，业主意见很大。',
  '',
  '为此建议：市住建局会同发改部门开展住宅小区停车收费专项检查，督促物业服务企业公示收费标准。',
].join('\n');

describe("paragraphs that quote what a law already requires (《…》规定，…应当…)", () => {
  it("are background, and the announced ask stays the one section", () => {
    const { suggestions } = parseProposal(QUOTED_DUTIES);
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0].text).toMatch(/停车收费专项检查/);
  });
});

describe('paragraphs that each close on their own ask', () => {
  it("give one section for each lead's ask", () => {
    const { suggestions } = parseProposal(LEADS);
    expect(suggestions.map((s) => s.topic)).toEqual(['在东岸街道再开设两处社区食堂', '把路灯维修纳入街道网格巡查', '为南桥街道老年活动室加装取暖设备']);
  });

  it("give one section for each paragraph's hope or duty, named by it", () => {
    const { suggestions } = parseProposal(DUTIES);
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0].topic).toBe("把三年绿化养护费用列入工程预算");
    expect(suggestions[1].topic).toBe("物业服务企业应当在草坪边增设步道");
    expect(suggestions[2].topic).toBe("街道安排专车每周清运一次");
  });

  it("leave a paragraph that only announces the asks below out", () => {
    const text = LEADS.replace('我在调研中看了三个街道的情况，各有一个突出问题。', '我在调研中看了三个街道的情况，依据有关规定提出以下建议。');
    expect(parseProposal(text).suggestions).toHaveLength(3);
  });
});
