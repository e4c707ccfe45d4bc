// Proposal shapes where each ask follows the thing it answers — a complaint, a question to the bureau, a hazard, a
// situation — under one label the proposer repeats ("建议：", "对此建议：", "⇒ 建议："). Each ask is one section; what it
// answers is none. Also: an annex below the asks, and a letter's sign-off after the last ask.
import { describe, expect, it } from 'vitest';
import { parseProposal, topicOf } from '../src/draft/parseProposal.js';

const texts = (text: string) => parseProposal(text).suggestions.map((s) => s.text);

const COMPLAINTS = [
  '关于公共收益去向的建议',
  '代表：方知秋',
  '',
  '下面两段是业主在群里的原话，原话下面是我的意见。',
  '',
  '【业主甲】“广告位一年收多少，从来没人告诉我们。”',
  '建议：物业按季张贴广告位、车位的收入与开支。',
  '',
  '【业主乙】“车位费又涨了，谁拍的板？”',
  '建议：车位租金调整前召开业主大会表决，表决结果张榜公布。',
  '',
  '代表：方知秋',
  '2026年3月',
].join('\n');

const QUESTIONS = [
  '关于社区食堂建设的提案',
  '提案人：白若川',
  '',
  '社区食堂怎么办下去，居民心里有两个疑问。',
  '',
  '疑问甲：用闲置的社区用房开食堂，消防验收照哪个标准？',
  '建议：出台社区食堂消防验收的简易办法，明确验收标准。',
  '',
  '疑问乙：食堂亏了本，由谁兜底？',
  '建议：对社区食堂按就餐人次给予运营补贴。',
  '',
  '提案人：白若川',
].join('\n');

const SITUATION_THEN_ASK = [
  '关于雨天路滑、夜里路黑的提案',
  '提案人：程远帆',
  '',
  '“下雨天，一脚泥。”',
  '不少小区的道路坑洼不平，雨天积水，老人出门容易摔倒。对此建议：把路面修补列入改造清单，先修主干道。',
  '',
  '“路灯坏，摸黑走。”',
  '一些楼道和小区路灯长期不亮，夜间出行不安全。对此建议：对路灯和楼道灯进行全面检修，坏了的三天内修好。',
  '',
  '以上提案，请予研究。',
].join('\n');

const HAZARDS = [
  '关于排查老旧电梯隐患的建议',
  '领衔代表：顾明远',
  '附议代表：沈晴',
  '',
  '隐患甲：部分电梯超过十五年没有大修。',
  '走访中看到，轿厢晃动明显，困人时有发生。',
  '整改建议：对使用满十五年的电梯逐台安全评估，评估不合格的限期大修。',
  '',
  '隐患乙：维保单位一人负责几十台电梯。',
  '有的电梯半年才保养一次，记录是事后补签的。',
  '整改建议：给维保人员定个台数上限，随机抽查保养记录。',
  '',
  '请你们研究办理。',
].join('\n');

describe('asks under a label the proposer repeats, each after what it answers', () => {
  it('reads each 建议： after a quoted complaint as one ask, and the complaint as none', () => {
    expect(texts(COMPLAINTS)).toEqual(['物业按季张贴广告位、车位的收入与开支。', '车位租金调整前召开业主大会表决，表决结果张榜公布。']);
  });

  it('reads each 建议： after a question to the bureau as one ask, and the question as none', () => {
    expect(texts(QUESTIONS)).toEqual(['出台社区食堂消防验收的简易办法，明确验收标准。', '对社区食堂按就餐人次给予运营补贴。']);
  });

  it('reads 对此建议： after the situation on the same line as the ask, and the situation as none', () => {
    const asks = texts(SITUATION_THEN_ASK);
    expect(asks).toEqual(['把路面修补列入改造清单，先修主干道。', '对路灯和楼道灯进行全面检修，坏了的三天内修好。']);
    expect(asks.join('')).not.toMatch(/坑洼|长期不亮/);
  });

  it('reads a hazard, what was seen of it and its 整改建议： as one ask per 整改建议：', () => {
    expect(texts(HAZARDS)).toEqual(['对使用满十五年的电梯逐台安全评估，评估不合格的限期大修。', '给维保人员定个台数上限，随机抽查保养记录。']);
  });

  it('reads each 因此建议 after the cause it follows from as one ask', () => {
    const text = [
      '关于社区助老服务的建议',
      '代表：宋清和',
      '',
      '助老服务有两处短板，我逐一说。',
      '',
      '社区助餐点人手少，只供应午饭，不少独居老人晚饭随便对付。',
      '因此建议助餐点增加晚餐供应，所需人手由街道协调。',
      '',
      '日间照料中心只按工作日排班，周末老人没有地方去。',
      '因此建议日间照料中心周末轮流开放。',
      '',
      '以上建议，请予研究办理。',
    ].join('\n');
    expect(texts(text)).toEqual(['助餐点增加晚餐供应，所需人手由街道协调。', '日间照料中心周末轮流开放。']);
  });

  it('reads each arrow chain ending in an ask as one ask, not the intro that names the layout', () => {
    const text = [
      '关于停车、充电两件难事的建议',
      '代表：韩望舒',
      '',
      '下面每行按“现象⇒原因⇒建议”排列。',
      '',
      '夜里消防通道停满车 ⇒ 小区车位太少 ⇒ 建议在附近马路划出夜里可停的车位。',
      '',
      '楼上拉线给电瓶车充电 ⇒ 楼下没有充电处 ⇒ 建议各小区都建一处集中充电棚。',
    ].join('\n');
    expect(texts(text)).toEqual(['在附近马路划出夜里可停的车位。', '各小区都建一处集中充电棚。']);
  });

  it('keeps 要求 in a topic that opens with it (要 is no modal there)', () => {
    const text = COMPLAINTS.replace('建议：物业按季', '建议：要求物业按季');
    expect(parseProposal(text).suggestions[0].topic).toMatch(/^要求物业/);
  });
});

describe('a letter closing after its last ask', () => {
  it('ends the last ask before 此致 / 敬礼 and the writer\'s name and date', () => {
    const text = [
      '尊敬的区住建局领导：',
      '我住在春晖苑，想反映两件事。',
      '',
      '小区的雨水井盖碎了好几个，晚上看不见，有人踩空扭了脚。',
      '建议：尽快把破损井盖全部换掉。',
      '',
      '地下车库一下大雨就进水，车主只好把车停到路边。',
      '建议：给车库入口加装挡水坎和排水泵。',
      '此致',
      '敬礼',
      '居民 万子衿',
      '2026年4月12日',
    ].join('\n');
    const asks = texts(text);
    expect(asks).toEqual(['尽快把破损井盖全部换掉。', '给车库入口加装挡水坎和排水泵。']);
    expect(asks.join('')).not.toMatch(/此致|敬礼|万子衿|2026/);
  });
});

describe('proposals that do not repeat one label over what each ask answers', () => {
  it('parses an ordinary numbered proposal as before', () => {
    const text = [
      '关于加强小区消防安全的建议',
      '代表：陆思远',
      '',
      '老旧小区消防设施老化，通道常被占用。为此建议：',
      '一、每年对老旧小区消防设施检测一次，损坏的及时更换。',
      '二、把堵住通道的杂物和车辆清走，地面画上禁停线。',
      '三、每个小区组建一支志愿消防队。',
    ].join('\n');
    expect(texts(text)).toEqual([
      '每年对老旧小区消防设施检测一次，损坏的及时更换。',
      '把堵住通道的杂物和车辆清走，地面画上禁停线。',
      '每个小区组建一支志愿消防队。',
    ]);
  });

  it('splits one 建议： over an inline list into its items, not one ask under the label', () => {
    const text = [
      '关于电梯补助早点到账的建议',
      '代表：叶南星',
      '',
      '加装电梯补助到账慢，居民垫资压力大。',
      '建议：一是将补助申请和审核合并为一次办理；二是补助资金在验收后一个月内拨付到位；三是一二楼住户适当给些补偿。',
    ].join('\n');
    expect(texts(text)).toHaveLength(3);
  });
});

describe('the topic of an ask under a label of the proposer\'s own', () => {
  it('names the ask after a short label, not the label', () => {
    expect(topicOf('资金清单：建议困难户的改造出资由财政全额承担。')).toMatch(/^困难户的改造出资由财政全额承担/);
    expect(topicOf('第二条意见：我建议延长公示期限。')).toMatch(/^延长公示期限/);
    expect(topicOf('监督清单：建议每季度公开补助资金的拨付进度。')).toMatch(/^每季度公开补助资金的拨付进度/);
  });

  it('names the ask after a how-much question (要…多少 states a cost, no duty)', () => {
    const topic = topicOf('换一根主管要花多少？施工队报价四十多万，维修资金账上只剩十来万。建议由区财政对管网更换给予一半补助。');
    expect(topic).toMatch(/^由?区财政对管网更换给予一半补助/);
  });

  it('keeps an ask that opens with its own duty as it stands', () => {
    expect(topicOf('各街道要加快楼道电梯的安装进度，建议简化审批。')).toMatch(/^各街道要加快楼道电梯|^加快楼道电梯/);
  });
});

describe('an annex after the asks', () => {
  it('leaves out what an annex below the asks quotes, even where residents there say 建议', () => {
    const text = [
      '关于夜间施工扰民的提案',
      '提案人：周映雪',
      '',
      '建议：',
      '1.晚上十点以后，有噪声的活一律停下。',
      '2.确需夜间施工的，提前三天在小区公告并告知每户。',
      '',
      '附录：走访记录',
      '三号楼住户说，切割声半夜还在响，大家建议：“十点以后停工。”后来工地改了作息。',
      '',
      '提案人：周映雪',
    ].join('\n');
    expect(texts(text)).toEqual(['晚上十点以后，有噪声的活一律停下。', '确需夜间施工的，提前三天在小区公告并告知每户。']);
  });

  it('reads the asks under the annex heading when the text above only urges, pointing to no annex', () => {
    const text = [
      '关于整治背街小巷的建议',
      '代表：欧阳知远',
      '',
      '背街小巷路窄车多，垃圾桶挤占人行道，住户意见很大。为此建议相关部门重视起来。',
      '附件：具体措施',
      '一、把背街小巷的路面和排水列入年度维修计划。',
      '二、在巷口设置集中的垃圾收集点，取消沿街摆放。',
      '三、对小巷内乱停的机动车每周集中劝离一次。',
    ].join('\n');
    expect(texts(text)).toEqual([
      '把背街小巷的路面和排水列入年度维修计划。',
      '在巷口设置集中的垃圾收集点，取消沿街摆放。',
      '对小巷内乱停的机动车每周集中劝离一次。',
    ]);
  });

  it('reads the asks after a table heading set in the middle of the background', () => {
    const text = [
      '关于加快公园绿地建设的建议',
      '代表：司徒文远',
      '',
      '这几年新建的口袋公园不少，可各街道很不平衡，居民也多有建议加快建设。',
      '附表：各街道口袋公园数量',
      '东街道 14处；西街道 5处；南街道 2处',
      '为此建议：',
      '一、对建设慢的街道下达年度任务。',
      '二、统一口袋公园的设计导则和管护标准。',
      '三、设立口袋公园管护专项经费。',
    ].join('\n');
    expect(texts(text)).toEqual(['对建设慢的街道下达年度任务。', '统一口袋公园的设计导则和管护标准。', '设立口袋公园管护专项经费。']);
  });

  it('reads the asks after a bare 附录 line and its figures', () => {
    const text = [
      '关于改造老旧供水管网的建议',
      '代表：纪南风',
      '',
      '城区不少供水管用了三十多年，爆管停水时有发生。有些街道建议加快更换，但进度不一。',
      '附录',
      '近三年爆管次数：六十一次、七十四次、八十九次',
      '建议：',
      '（一）编制供水管网更新三年计划。',
      '（二）更换工程与道路改造同步施工。',
      '（三）停水前一天短信通知住户。',
    ].join('\n');
    expect(texts(text)).toEqual(['编制供水管网更新三年计划。', '更换工程与道路改造同步施工。', '停水前一天短信通知住户。']);
  });

  it('still reads the asks when the text points to them in its annex', () => {
    const text = [
      '关于就近养老的提案',
      '提案人：周映雪',
      '',
      '家门口的养老去处太少，老人只能往远处跑。具体建议见附件。',
      '',
      '附件：具体建议',
      '1.每个街道建设一处综合养老服务中心。',
      '2.闲着的公房改成助餐点。',
    ].join('\n');
    expect(texts(text)).toEqual(['每个街道建设一处综合养老服务中心。', '闲着的公房改成助餐点。']);
  });
});

describe('labelled blocks that each close on an ask', () => {
  it('reads each block (label, situation, cause, ask) as its closing ask only', () => {
    const text = [
      '关于老旧小区供暖问题的建议',
      '代表：温以宁',
      '',
      '我走访了几个小区，居民反映的主要是两处。',
      '',
      '室温：',
      '有的住户冬天室温只有十四五度，老人只能开电暖器。',
      '管网老化，末端楼栋水温低，换热站也多年没有改造。',
      '请供热主管部门把末端楼栋的管网和换热站列入今年的改造计划。',
      '',
      '报修：',
      '居民打了报修电话，三四天没有人上门。',
      '供热企业的维修人员太少，片区划得太大。',
      '建议供热企业公布报修到场时限，超时的给予退费。',
      '',
      '以上建议，请予研究。',
    ].join('\n');
    expect(texts(text)).toEqual(['请供热主管部门把末端楼栋的管网和换热站列入今年的改造计划。', '建议供热企业公布报修到场时限，超时的给予退费。']);
  });
});
