// "您建议……。经研究，……": a reply restates each ask before answering it. The restatement holds the question's words and
// matches best, but it is the petitioner's word; the bureau's answer is in the sentences after it, which join the answer —
// up to the next ask, the next part's heading or a turn to another matter, never a rule's own sentences.
import { describe, expect, it } from 'vitest';
import { restatesRequest } from '../src/text/clauses.js';
import { libraryDocument, testLibrary } from './support/library.js';

const REPLY = libraryDocument({ title: '关于县人大二次会议第0057号建议的答复', kind: 'reply', number: '枫住建议复〔2026〕3号' }, `关于县人大二次会议第0057号建议的答复
枫住建议复〔2026〕3号

柏青禾代表：
您提出的《关于改进老旧小区停车管理的建议》收悉。现答复如下：

一、关于停车位月租上限
您建议将小区停车位月租上限提高到每月200元。按照现行办法，月租上限由县发展改革局核定。提高到每月200元会明显加重居民负担，该建议不予采纳。

二、关于夜间临时停车
您建议允许居民夜间在小区主干道临时停车。主干道是消防通道，不得占用，该建议暂不采纳；县住建局将在年内新增夜间停车泊位150个。
`);

// Unnumbered "关于…" headings and a "此外" sentence on another matter inside a part.
const REPLY_UNNUMBERED = libraryDocument({ title: '关于县人大二次会议第0064号建议的答复', kind: 'reply', number: '枫住建议复〔2026〕5号' }, `关于县人大二次会议第0064号建议的答复
枫住建议复〔2026〕5号

岑远舟代表：
您提出的《关于推进老旧小区适老化改造的建议》收悉。现答复如下：

关于扶手补贴
您建议将楼道加装扶手的县级补贴提高到每栋3万元。经测算，县财政今年可将补贴提高到每栋2万元。
此外，我局今年已完成背街小巷路灯更换860盏。

关于坡道改造
您建议在单元入口统一增设无障碍坡道。县住建局将在年内为120个单元入口增设坡道。

关于电梯维保
您还建议建立电梯维保费用共担机制。县住建局正会同街道研究制定共担办法。

感谢您对住房城乡建设工作的关心和支持。
`);

// The next ask introduced by a connective ("另外，您在提案中提到…").
const PROPOSAL_REPLY = libraryDocument({ title: '关于县政协七届二次会议第0031号提案的答复', kind: 'reply', number: '枫住建提复〔2026〕2号' }, `关于县政协七届二次会议第0031号提案的答复
枫住建提复〔2026〕2号

钟离澜委员：
您提出的《关于用好住宅专项维修资金的提案》收悉。现答复如下：

一、关于维修资金使用审批
您建议简化老旧小区维修资金的使用审批。经研究，县住建局已于2026年2月将审批环节由5个减少为3个。
另外，您在提案中提到部分小区维修资金余额不足10万元。我局将指导街道开展维修资金续筹。

二、关于应急使用
您建议明确维修资金应急使用的情形。县住建局已印发应急使用清单，列明电梯停运等7类情形。
`);

// A rule's own sentence about the asks of others ("代表提出的建议，…应当…") is not a restated ask.
const RULES = libraryDocument({ title: '枫溪县建议提案办理工作规程', kind: 'policy' }, `枫溪县建议提案办理工作规程

代表提出的建议，承办单位应当自交办之日起两个月内答复。情况复杂的，经批准可延长一个月。县政府办公室每半年通报一次办理情况。
`);

const HOTLINE = libraryDocument({ title: '枫溪县12345热线物业服务工单处理情况选编', kind: 'policy' }, `枫溪县12345热线物业服务工单处理情况选编

【工单A】垃圾清运
反映人：枫林小区住户
诉求：小区垃圾站连续三天没人清运，气味很大。
处理情况：经核实情况属实。街道已督促物业公司增加清运车次。垃圾站每日清运不少于两次。

【工单B】绿化修剪
反映人：溪口花园住户
诉求：楼前树木遮挡低层住户采光。
处理情况：物业公司已于本周完成修剪。
`);

// A guide written to the reader: "您提出申请后，…" is a step, not a restated ask; it names no fee.
const GUIDE = libraryDocument({ title: '枫溪县公共租赁住房租赁补贴办事指南', kind: 'policy' }, `枫溪县公共租赁住房租赁补贴办事指南

一、办理流程
您提出申请后，街道办事处在5个工作日内作出是否受理的决定。受理后，县住房保障中心在15个工作日内完成审核。审核通过的，按月发放补贴。补贴标准为每户每月600元。
`);

const library = testLibrary(
  {
    files: {
      'fx_rd_0057.txt': REPLY,
      'fx_rd_0064.txt': REPLY_UNNUMBERED,
      'fx_zx_0031.txt': PROPOSAL_REPLY,
      'fx_banli_guicheng.txt': RULES,
      'fx_12345_xuanbian.txt': HOTLINE,
      'fx_zulin_zhinan.txt': GUIDE,
    },
  },
  { timeout: 120_000 },
);

describe('a reply that restates the ask before answering it', () => {
  it('answers a why-not question with the reply after the restated ask, not the ask alone', async () => {
    const a = await library.ask('为什么不同意把小区停车位月租上限提高到200元');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('加重居民负担');
  });

  it('answers a hotline complaint with the handling result after the complaint', async () => {
    const a = await library.ask('小区垃圾站三天没人清运，气味很大，怎么处理的');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('每日清运不少于两次');
  });

  it('still quotes the restated ask when that is what was asked', async () => {
    const a = await library.ask('柏青禾代表建议把停车位月租上限提高到多少');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('每月200元');
  });

  it('stops at a turn to another matter ("此外，…")', async () => {
    const a = await library.ask('楼道加装扶手的县级补贴提高到每栋3万元有没有采纳');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('每栋2万元');
    expect(a.answer).not.toContain('路灯更换');
  });

  it('stops at an unnumbered "关于…" heading and does not run into the next ask', async () => {
    const a = await library.ask('单元入口统一增设无障碍坡道的建议怎么答复的');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('120个单元入口');
    expect(a.answer).not.toContain('关于电梯维保');
    expect(a.answer).not.toContain('维保费用共担');
  });

  it('stops at the next ask introduced by a connective ("另外，您在提案中提到…")', async () => {
    const a = await library.ask('钟离澜委员建议简化维修资金使用审批，答复是什么');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('减少为3个');
    expect(a.answer).not.toContain('续筹');
  });

  it('does not join a rule\'s unrelated sentences to a sentence about "代表提出的建议"', async () => {
    const a = await library.ask('代表提出的建议承办单位要在多久内答复');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('两个月内答复');
    expect(a.answer).not.toContain('每半年通报');
  });

  it('does not take a guide\'s step written to the reader ("您提出申请后，…") for a restated ask: a fee it never names is refused', async () => {
    const a = await library.ask('提出租赁补贴申请要交多少手续费');
    expect(a.answered, a.answer).toBe(false);
  });

  it('tells a restated ask from the bureau\'s own sentences, a receipt line and a rule\'s noun phrase', () => {
    expect(restatesRequest('您建议将小区停车位月租上限提高到每月200元。')).toBe(true);
    expect(restatesRequest('贵局反映巷道积水排除不及时。')).toBe(true);
    expect(restatesRequest('诉求：楼前树木遮挡低层住户采光。')).toBe(true);
    expect(restatesRequest('委员在提案中提到部分小区停水时间过长。')).toBe(true);
    expect(restatesRequest('另外，您在提案中提到部分小区维修资金余额不足10万元。')).toBe(true);
    expect(restatesRequest('您还建议建立电梯维保费用共担机制。')).toBe(true);
    expect(restatesRequest('同时，委员也反映部分小区路灯不亮。')).toBe(true);
    expect(restatesRequest('您建議對小區違規養犬加強巡查。')).toBe(true);
    expect(restatesRequest('您提出的《关于改进老旧小区停车管理的建议》收悉。')).toBe(false);
    expect(restatesRequest('县住建局将在年内新增夜间停车泊位150个。')).toBe(false);
    expect(restatesRequest('经研究，该建议不予采纳。')).toBe(false);
    expect(restatesRequest('代表提出的建议，承办单位应当自交办之日起两个月内答复。')).toBe(false);
    expect(restatesRequest('来信人要求查阅办理记录的，应当予以登记。')).toBe(false);
    expect(restatesRequest('来电人要求回访的，话务员在工单中勾选回访标识。')).toBe(false);
    expect(restatesRequest('您提出申请后，街道办事处在5个工作日内作出决定。')).toBe(false);
    expect(restatesRequest('您反映问题时，请说明小区名称和楼栋号。')).toBe(false);
    expect(restatesRequest('委员提出提案，应当一事一案。')).toBe(false);
    expect(restatesRequest('代表建议，是指代表对各方面工作提出的意见。')).toBe(false);
    expect(restatesRequest('您建议，对困难家庭给予减免。')).toBe(true);
    expect(restatesRequest('诉求：楼顶防水施工时，工人踩坏了太阳能热水器。')).toBe(true);
  });
});
