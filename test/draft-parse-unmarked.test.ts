// Suggestions written without markers must still give one reply section each (issue #11): one paragraph per
// suggestion with no lead at all, paragraphs after "提出以下建议：", "首先…其次…最后…", sentences after "建议：" on
// the problem line, and "建议一是…，二是…，三是…" or "建议：一是…；二是…；三是…" inside a single sentence. The
// drafter sees a numbered section per ask, headed by the ask; background and problem lists never become sections.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { makeChunk, servicesOverChunks } from './support/services.js';

const LIGHTING_REPLY = [
  ['', '罗晓燕委员：\n您提出的关于提升背街小巷照明水平的提案收悉，现答复如下：'],
  ['一、关于修复背街小巷路灯的建议', '我局对主城区背街小巷照明设施进行了全面排查，建立路灯缺损台账，2023年修复路灯860盏。'],
].map(([sectionPath, text], i) => makeChunk({ docId: 'lighting_reply_2023', title: '对市政协第35号提案的答复', kind: 'reply', sectionPath, text }, i));
const FILLER = Array.from({ length: 8 }, (_, i) =>
  makeChunk({ docId: `note_${i}`, kind: 'policy', title: `城市管理工作简报${i + 1}`, text: `第${i + 1}期：城市管理各项工作按计划推进，市容市貌持续改善。` }),
);

const services = () => servicesOverChunks([...LIGHTING_REPLY, ...FILLER], { stats: true });

async function draft(text: string) {
  const result = await draftReply(services(), { text });
  return { result, sections: result.draft!.sections, headings: result.draft!.sections.map((s) => s.heading) };
}

describe('one paragraph per suggestion, no markers', () => {
  it('makes a section of every asking paragraph after the background, with no lead at all', async () => {
    const { headings, result } = await draft(
      '关于加强城区口袋公园管护的提案\n提案人：韩志强\n近年来我市新建了一批口袋公园，但管护跟不上，部分设施损坏后长期无人维修。\n明确口袋公园管护责任单位，把日常保洁和设施维修纳入市政养护合同。\n设立公园绿地专项养护经费，按面积核定标准并列入年度预算。\n推行“园长制”，由街道干部担任园长，定期巡查并公示巡查结果。',
    );
    expect(result.notice).toBeUndefined();
    expect(headings).toEqual(['一、关于明确口袋公园管护责任单位的建议', '二、关于设立公园绿地专项养护经费的建议', '三、关于推行“园长制”的建议']);
  });

  it('quotes the library under the ask it answers and leaves the others 【待补充】 and uncited', async () => {
    const { sections } = await draft(
      '关于提升背街小巷照明水平的提案\n提案人：罗晓燕\n我市不少背街小巷路灯缺失或损坏，夜间出行不便。为此提出以下建议：\n全面排查背街小巷照明设施，建立路灯缺损台账，限期修复。\n将背街小巷照明纳入城市照明专项规划，新增路灯优先采用太阳能灯具。\n开通路灯故障报修热线，做到报修后48小时内修复。',
    );
    expect(sections).toHaveLength(3);
    expect(sections[0].heading).toContain('排查背街小巷照明设施');
    expect(sections[0].citations.map((c) => c.docId)).toEqual(['lighting_reply_2023']);
    expect(sections[0].paragraphs.join('')).toContain('修复路灯860盏');
    for (const section of sections.slice(1)) {
      expect(section.citations).toEqual([]);
      expect(section.paragraphs.join('')).toContain('【待补充');
    }
  });

  it('reads 首先/其次/最后 paragraphs as three asks', async () => {
    const { headings } = await draft(
      '关于加快城区停车设施建设的提案\n提案人：黄晓东\n我市机动车保有量快速增长，停车难日益突出。\n首先，编制中心城区停车设施专项规划，合理布局公共停车场。\n其次，利用边角地和闲置地块建设临时停车场。\n最后，推广智慧停车系统，实现车位信息实时共享。',
    );
    expect(headings).toHaveLength(3);
    expect(headings[0]).toContain('编制中心城区停车设施专项规划');
    expect(headings[2]).toContain('推广智慧停车系统');
  });

  it('splits the sentences after "建议：" into asks, and never takes the problems listed before them', async () => {
    const { headings } = await draft(
      '关于治理城市内涝的提案\n提案人：姜山\n当前内涝治理存在以下问题：一是排水管网标准偏低；二是雨水泵站能力不足。\n针对上述问题，建议：改造提升主城区排水管网，提高设计标准。新建和扩建一批雨水泵站。推进海绵城市建设，增加城市透水面积。',
    );
    expect(headings).toHaveLength(3);
    expect(headings[1]).toContain('新建和扩建一批雨水泵站');
    expect(headings.join('')).not.toContain('标准偏低');
  });
});

describe('一是…二是… inside a single sentence after 建议', () => {
  it('makes a section of each item of "建议一是…，二是…，三是…"', async () => {
    const { headings } = await draft(
      '关于规范住宅小区电动自行车充电管理的提案\n提案人：邵国平\n电动自行车在楼道充电引发的火灾时有发生。建议一是在小区集中建设电动自行车充电棚，二是对楼道违规充电开展专项整治，三是鼓励物业企业安装智能充电设备并给予补贴。',
    );
    expect(headings).toHaveLength(3);
    expect(headings[0]).toContain('电动自行车充电棚');
    expect(headings[1]).toContain('楼道违规充电');
    expect(headings[2]).toContain('智能充电设备');
  });

  it('reads "我们建议：一是…；二是…；三是…。" from two proposers, answered as 你们', async () => {
    const { headings, result } = await draft(
      '关于推进城市生活垃圾分类的提案\n提案人：田思雨、邓建\n目前我市垃圾分类投放准确率不高。为此，我们建议：一是增设分类投放点并配备督导员；二是完善厨余垃圾收运体系，做到日产日清；三是将垃圾分类纳入文明小区考评。',
    );
    expect(result.meta.proposers).toEqual(['田思雨', '邓建']);
    expect(result.text).toContain('你们');
    expect(headings.map((h) => h.replace(/^.、关于|的建议$/gu, ''))).toEqual(['增设分类投放点并配备督导员', '完善厨余垃圾收运体系', '将垃圾分类纳入文明小区考评']);
  });

  it('names a section by the concrete ask when its first clause is only a slogan', async () => {
    const { headings } = await draft(
      '关于破解老旧小区停车难的提案\n提案人：陈思\n老旧小区停车位严重不足。建议：一是盘活周边存量资源，推动机关、学校、医院等单位停车场在夜间和节假日向周边居民错时开放；二是加快建设立体停车库。',
    );
    expect(headings[0]).toBe('一、关于推动单位停车场在夜间和节假日向周边居民错时开放的建议');
  });
});
