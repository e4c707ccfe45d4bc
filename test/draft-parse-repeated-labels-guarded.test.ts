// Pairs of "what happened" / "建议：…" are a proposal's asks only when nothing else in it asks. Residents' words quoted in
// the background or in an annex, beside a lead and its own list, never replace the proposer's asks; a table set inside
// the list does not cut the asks below it; a letter's thanks, wishes and signature are no part of its last ask.
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/parseProposal.js';
import { joinHardWrappedLines } from '../src/text/hardWraps.js';
import { isSignatureLine, LETTER_CLOSE_LINE } from '../src/text/markers.js';

const texts = (text: string) => parseProposal(text).suggestions.map((s) => s.text);
const topics = (text: string) => parseProposal(text).suggestions.map((s) => s.topic);
const lines = (...ls: string[]) => ls.join('\n');

describe('pairs beside the proposer\'s own asks', () => {
  it('reads the numbered asks after a lead, not the residents\' pairs quoted in the background above them', () => {
    const text = lines(
      '关于提升社区公园管理水平的建议',
      '代表：叶知遥',
      '',
      '上个月我在两个社区公园蹲点，把听到的话记了下来。',
      '',
      '晨练的老人讲，园里的厕所一到早上就锁着。',
      '建议：厕所早六点开门。',
      '',
      '带孩子的家长讲，滑梯的扶手松了没人修。',
      '建议：马上把扶手加固。',
      '',
      '归纳起来，建议如下：',
      '1.制定社区公园设施巡检制度，每月巡检一次。',
      '2.明确公园管理责任单位和经费来源。',
      '3.在公园入口公示报修电话。',
    );
    expect(texts(text)).toEqual([
      '制定社区公园设施巡检制度，每月巡检一次。',
      '明确公园管理责任单位和经费来源。',
      '在公园入口公示报修电话。',
    ]);
  });

  it('reads the listed asks above an annex, not the pairs the annex records', () => {
    const text = lines(
      '关于改进小区充电设施管理的提案',
      '提案人：陆清和',
      '',
      '电动自行车进楼充电屡禁不止，火灾隐患大。为此建议：',
      '（一）每个小区按户数配建集中充电车棚。',
      '（二）对充电车棚的电价给予优惠。',
      '（三）物业每周巡查楼道一次。',
      '',
      '附件：座谈会记录',
      '',
      '停车棚太远，老人推车吃力。',
      '建议：车棚建在楼栋旁边。',
      '',
      '充电口经常坏。',
      '建议：坏了当天修。',
    );
    expect(texts(text)).toEqual(['每个小区按户数配建集中充电车棚。', '对充电车棚的电价给予优惠。', '物业每周巡查楼道一次。']);
  });

  it('does not let two pairs hide an asking paragraph after them', () => {
    const text = lines(
      '关于整治小区噪音的建议',
      '代表：宋砚池',
      '',
      '广场舞音响开到很晚。',
      '建议：晚上九点后关音响。',
      '',
      '装修队周末一早就开工。',
      '建议：周末上午十点前不许装修。',
      '',
      '另外，建议把噪音投诉的处理结果纳入物业服务考核，按月通报。',
    );
    expect(texts(text).some((t) => t.includes('纳入物业服务考核'))).toBe(true);
  });

  it('still reads the pairs when the lines beside them only name the layout or hand the asks over', () => {
    const text = lines(
      '关于小区消防的建议',
      '代表：林望舒',
      '',
      '本建议只谈我在楼里看到的两件事，先说情况，再说办法。',
      '',
      '楼道里堆着纸箱和旧家具。',
      '建议：物业每月清理一次楼道堆物。',
      '',
      '灭火器过期两年了。',
      '建议：更换全部过期灭火器。',
      '',
      '以上建议，请研究办理。',
    );
    expect(texts(text)).toEqual(['物业每月清理一次楼道堆物。', '更换全部过期灭火器。']);
  });

  it('splits a labelled ask that is a numbered list into its items, markers off the topics', () => {
    const text = lines(
      '关于完善社区托育服务的提案',
      '提案人：孟晚晴',
      '',
      '一、关于托位供给',
      '社区托位少，很多家庭排不上号。',
      '建议：',
      '1.腾出社区空置用房新增一批托位。',
      '2.鼓励幼儿园开设托班。',
      '',
      '二、关于托育收费',
      '普惠托育价格仍然偏高。',
      '建议：',
      '1.对普惠托位给予运营补贴。',
      '2.公开托育机构收费标准。',
    );
    expect(texts(text)).toEqual(['腾出社区空置用房新增一批托位。', '鼓励幼儿园开设托班。', '对普惠托位给予运营补贴。', '公开托育机构收费标准。']);
    expect(topics(text).every((t) => !/^\d/u.test(t))).toBe(true);
  });
});

describe('a table set inside the list of asks', () => {
  it('keeps the asks numbered on below the table, and leaves the table out of the ask above it', () => {
    const text = lines(
      '关于完善租赁住房保障的提案',
      '提案人：温以宁',
      '',
      '建议：',
      '1.扩大租赁补贴的覆盖面，把新就业大学生纳入。',
      '2.提高租赁补贴标准。',
      '附表：各年度补贴发放户数',
      '2023年 800户；2024年 950户',
      '3.建立租赁补贴网上申请渠道。',
      '4.对违规转租保障房的加大查处力度。',
    );
    expect(texts(text)).toEqual([
      '扩大租赁补贴的覆盖面，把新就业大学生纳入。',
      '提高租赁补贴标准。',
      '建立租赁补贴网上申请渠道。',
      '对违规转租保障房的加大查处力度。',
    ]);
  });
});

describe('a letter signing off after its last ask', () => {
  it('ends the last ask before a line of thanks, the writer and the date', () => {
    const text = lines(
      '住建局的领导：',
      '',
      '我们楼的屋顶漏水，一下大雨顶楼就没法住人。',
      '建议：尽快安排屋面防水维修。',
      '',
      '楼前的化粪池盖板碎了，孩子路过很危险。',
      '建议：换一块结实的盖板',
      '谢谢您！',
      '五单元住户',
      '二〇二六年九月三日',
    );
    expect(texts(text)).toEqual(['尽快安排屋面防水维修。', '换一块结实的盖板']);
  });

  it('keeps a continuation line of the last ask but not the writer\'s name above a contact field', () => {
    const text = lines(
      '尊敬的住建局领导：',
      '',
      '小区大门的道闸坏了两个月，外来车随便进。',
      '建议：修好道闸，外来车登记后进入。',
      '',
      '地下室积水发臭。',
      '建议：把地下室的水抽干，',
      '并检查排水管道',
      '业主 欧阳青',
      '联系电话：13800002222',
    );
    expect(texts(text)).toEqual(['修好道闸，外来车登记后进入。', '把地下室的水抽干，并检查排水管道']);
  });

  it('ends the last ask before a wish and a name with nothing after it', () => {
    const text = lines(
      '尊敬的领导：',
      '',
      '小区里没有一个快递柜，快递堆在门卫室。',
      '建议：在小区门口装一组快递柜。',
      '',
      '晚上小区路灯只亮一半。',
      '建议：把不亮的路灯修好',
      '祝您工作愉快！',
      '居民 司马远',
    );
    expect(texts(text)).toEqual(['在小区门口装一组快递柜。', '把不亮的路灯修好']);
  });

  it('ends an unpunctuated last ask before the group that signs it and the date', () => {
    const text = lines(
      '尊敬的住建局领导：',
      '',
      '小区的消防栓多年没有水。',
      '建议：对消防栓逐个检查补水。',
      '',
      '楼道堆满杂物，消防通道不通。',
      '建议：组织一次楼道清理',
      '业主大会筹备组',
      '2026年10月5日',
    );
    expect(texts(text)).toEqual(['对消防栓逐个检查补水。', '组织一次楼道清理']);
  });

  it('does not run a hard-wrapped ask on into the name signed under it', () => {
    const text = lines(
      '尊敬的住建局领导：',
      '我家住在老城区一栋六层的老楼里，楼顶的',
      '防水层早就老化了，每逢下雨顶楼几户人家',
      '都要拿盆接水，墙皮大片大片往下掉落。',
      '建议：请尽快安排专业队伍对屋面整体翻修',
      '居民 东方既白',
      '2026年6月9日',
    );
    const joined = joinHardWrappedLines(text).split('\n');
    expect(joined).toContain('建议：请尽快安排专业队伍对屋面整体翻修');
    expect(joined).toContain('居民 东方既白');
    expect(texts(text).join('')).not.toContain('东方既白');
  });

  it('tells courtesy and signature lines from text', () => {
    for (const line of ['谢谢！', '感谢您的关心！', '祝工作顺利！', '顺祝商祺', '此致', '敬礼！']) expect(LETTER_CLOSE_LINE.test(line)).toBe(true);
    for (const line of ['感谢政府这几年为老旧小区做了很多事，但是楼道灯还是没人修。', '祝家巷小区排水不畅。']) expect(LETTER_CLOSE_LINE.test(line)).toBe(false);
    expect(isSignatureLine(['建议：修灯', '居民 某甲', '电话：123'], 1, 16)).toBe(true);
    expect(isSignatureLine(['建议：修灯', '居民 某甲'], 1, 16)).toBe(true);
    expect(isSignatureLine(['建议：修灯，', '并换灯泡', '居民 某甲'], 1, 16)).toBe(false);
    expect(isSignatureLine(['建议：修灯', '楼道里很黑', '建议：换灯'], 1, 16)).toBe(false);
  });
});

describe('proposals without repeated labels', () => {
  it('parses an ordinary numbered proposal as before', () => {
    const text = lines(
      '关于完善居民区公共充电设施的提案',
      '提案人：钟离晓岚',
      '',
      '电动车在楼道里拉线充电的事一直管不住，大家心里都不踏实。为此建议：',
      '一、每个居民区按住户数配建集中充电棚，三年内配齐。',
      '二、充电价格由市里统一定，夜里再便宜一档。',
      '三、物业企业每月检查一次充电棚，检查记录张贴公示。',
      '',
      '以上建议，请予研究。',
    );
    expect(texts(text)).toEqual([
      '每个居民区按住户数配建集中充电棚，三年内配齐。',
      '充电价格由市里统一定，夜里再便宜一档。',
      '物业企业每月检查一次充电棚，检查记录张贴公示。',
    ]);
  });
});
