// A person asked by the role they hold ("联系人叫什么名字", "科长是谁"): a sentence saying the role again tells what
// kind of person, not who, and is refused; a sentence naming someone in the role answers as before, whatever the
// surname (rare single ones, compound ones, ones that are also particles), however the name is set beside the role,
// and whoever holds it (a body, an office). Invented text throughout.
import { describe, expect, it } from 'vitest';
import { answerExtractively, questionFocus } from '../src/answer/offline/index.js';
import type { Passage } from '../src/grounding/passages.js';
import { fillsNameSlot, lacksAskedPerson, namesPersonFor, personRoleAsked, readsAsName } from '../src/text/askedPerson.js';
import { getTokenizer } from '../src/text/tokenizer.js';
import { makeChunk } from './support/services.js';

/** The offline answer from one invented passage holding `text`. */
function answerFrom(question: string, text: string, kind: 'policy' | 'reply' = 'policy') {
  const chunk = makeChunk({ docId: 'lx-gz', title: '岚溪县便民服务工作安排', kind, sectionPath: '二、工作安排', text }, 0);
  const passages: Passage[] = [{ n: 1, chunk, score: 1 }];
  const tokenizer = getTokenizer();
  return answerExtractively(tokenizer, questionFocus(tokenizer, question), passages, { chunksOf: () => [chunk] });
}

describe('a person asked by role', () => {
  it('reads the role asked, not who did something nor who holds an office', () => {
    expect(personRoleAsked('岚溪县便民服务站的联系人叫什么名字')).toBe('联系人');
    expect(personRoleAsked('管外墙翻新的科长是谁呀')).toBe('科长');
    expect(personRoleAsked('这条建议是哪位代表提的')).toBe('代表');
    expect(personRoleAsked('这个标段的驻场总监姓什么')).toBe('总监');
    expect(personRoleAsked('岚溪县便民服务站的聯系人是誰')).toBe('联系人');
    expect(personRoleAsked('领导小组组长由谁担任')).toBeUndefined();
    expect(personRoleAsked('那次协调会是谁主持的')).toBeUndefined();
  });

  it('is refused when the sentence only says the role ("指定一名楼长作为联系人")', () => {
    expect(answerFrom('岚溪县便民服务站的联系人叫什么名字', '每栋楼指定一名楼长作为联系人，每月收集一次住户意见。').answered).toBe(false);
    expect(answerFrom('管外墙翻新的科长是谁', '外墙翻新由房管科统筹，科长每周召集一次碰头会。').answered).toBe(false);
    expect(lacksAskedPerson('这个标段的驻场总监姓什么', '监理单位：岚溪鸿达工程咨询有限公司。')).toBe(true);
    expect(lacksAskedPerson('公租房申请的联系人是谁', '公租房申请咨询电话：0871-5550301。')).toBe(true);
    expect(lacksAskedPerson('义诊活动的联系人是谁', '义诊活动联系人为县卫健局宣传科工作人员。')).toBe(true);
    expect(lacksAskedPerson('义诊活动的联系人是谁', '联系人：县卫健局宣传科工作人员。')).toBe(true);
  });

  it('answers when a name stands in the role, whatever the surname', () => {
    expect(answerFrom('岚溪县便民服务站的联系人叫什么名字', '每个便民服务站设一名联系人，北苑服务站联系人：县住建局物业科 亓星河，电话0871-5550123。').answer).toContain('亓星河');
    expect(answerFrom('管外墙翻新的科长是谁', '外墙翻新由房管科统筹，房管科科长仝晓岚每周召集一次碰头会。').answer).toContain('仝晓岚');
    expect(lacksAskedPerson('这个标段的驻场总监姓什么', '驻场总监禚远舟每周到现场检查一次。')).toBe(false);
    expect(lacksAskedPerson('专班的副组长是谁', '由分管副县长任组长，县住建局局长郄晓川任副组长。')).toBe(false);
    expect(lacksAskedPerson('视察组的组长是谁', '组长：昝一苇（县政协副主席）。')).toBe(false);
    expect(lacksAskedPerson('这则消息的记者叫什么名字', '记者 佴南枝')).toBe(false);
    expect(lacksAskedPerson('运营公司的法定代表人是谁', '公司法定代表人：司空远帆。')).toBe(false);
    expect(lacksAskedPerson('这条建议是哪位代表提的', '澹台晴川代表：')).toBe(false);
    expect(lacksAskedPerson('这件提案是哪位委员领衔的', '面商时，领衔委员桓野提出希望公开改造进度。')).toBe(false);
    expect(lacksAskedPerson('那份复函是哪位领导审签的', '此复函已经我局逯川局长审签。')).toBe(false);
    expect(lacksAskedPerson('这条建议是哪位代表提的', '蒯南星等4名代表')).toBe(false);
    expect(lacksAskedPerson('工作专班的组长是谁', '成立工作专班，组长由分管副县长綦立言担任。')).toBe(false);
    expect(lacksAskedPerson('征询的联系人是谁', '联系人及电话：冼晓东 0871-5550199')).toBe(false);
    expect(lacksAskedPerson('那个网格员叫什么名字', '网格员小邝每天到楼栋巡查。')).toBe(false);
    expect(lacksAskedPerson('社区书记叫什么名字', '社区党委书记、居委会主任宓秀梅介绍了改造经过。')).toBe(false);
    expect(lacksAskedPerson('这件提案的提案人是谁', '提案人：某某党派岚溪县委员会')).toBe(false);
    expect(lacksAskedPerson('专班的副组长是谁', '姓名｜职务\n左丘明远｜副组长')).toBe(false);
  });

  it('reads surnames that are also particles or verbs (于, 任, 向, 应) as surnames', () => {
    expect(answerFrom('岚溪县房屋租赁备案的联系人是谁', '房屋租赁备案业务联系人：任建国，联系电话：0871-5550011。').answer).toContain('任建国');
    expect(answerFrom('岚溪县管网普查领导小组组长是谁', '管网普查工作领导小组由县住建局局长于海涛任组长。').answer).toContain('于海涛');
    expect(lacksAskedPerson('那份通知的签发人是谁', '签发人：应晓勇')).toBe(false);
    expect(lacksAskedPerson('住建局局长是谁', '县住建局局长向明辉陪同检查。')).toBe(false);
    for (const name of ['于海涛', '任建国', '向明辉', '应晓勇', '向红', '任静']) expect(readsAsName(name)).toBe(true);
    // "局长任组长", "向社会公布": the verb of holding and a role, a particle and a word: no name.
    for (const words of ['任组长', '任副组长', '向社会', '于本月', '同县']) expect(readsAsName(words)).toBe(false);
    expect(namesPersonFor('组长', '领导小组由县住建局局长任组长。')).toBe(true);
  });

  it('takes any name in a slot only a name fills ("联系人：__，", "__代表：")', () => {
    expect(answerFrom('岚溪县加装电梯咨询联系人叫什么名字', '加装电梯咨询联系人：江河，联系电话：0871-5551234。').answer).toContain('江河');
    for (const name of ['于洋', '马力', '江河', '钟南星', '罗布次仁', '阿不都热合曼', '巴图·额尔敦', '热依拉·买买提', 'Anna Lee']) {
      expect(lacksAskedPerson('征收工作的联系人是谁', `征收工作联系人：${name}，电话：0871-5552345。`)).toBe(false);
      expect(fillsNameSlot(name)).toBe(true);
    }
    expect(lacksAskedPerson('这条建议是哪位代表提的', '罗布次仁代表：')).toBe(false);
    expect(lacksAskedPerson('这件提案是哪位委员提的', '巴图·额尔敦委员：')).toBe(false);
    for (const value of ['工作人员', '保洁队员', '全国人大', '房管科', '待定']) expect(fillsNameSlot(value)).toBe(false);
  });

  it("answers 'which deputy proposed it' from the reply's salutation, a person's or a body's", () => {
    expect(answerFrom('背街小巷整治的建议是哪位代表提的', '罗布次仁代表：\n你提出的关于背街小巷整治的建议收悉，现答复如下。', 'reply').answer).toContain('罗布次仁');
    expect(answerFrom('背街小巷整治的建议是哪位代表提的', '江河代表：\n你提出的关于背街小巷整治的建议收悉，现答复如下。', 'reply').answer).toContain('江河');
    expect(answerFrom('停车场建设的提案是哪位委员提的', '民盟岚溪县委员会：\n你们提出的关于停车场建设的提案收悉，现答复如下。', 'reply').answered).toBe(true);
  });

  it('takes a body or a person doing what the role names as holding it (负责人, 责任人, 主持人)', () => {
    expect(answerFrom('岚溪县雨污分流改造项目的负责人是谁', '雨污分流改造项目由区住建局负责，各乡镇配合做好群众工作。').answer).toContain('区住建局');
    expect(lacksAskedPerson('电梯安全的责任人是谁', '电梯使用单位为电梯安全第一责任人，应当落实管理责任。')).toBe(false);
    expect(lacksAskedPerson('保修期内谁是维修责任人', '保修期内，施工单位是维修责任人。')).toBe(false);
    expect(lacksAskedPerson('小区的责任人是谁', '责任人：物业服务企业')).toBe(false);
    expect(lacksAskedPerson('项目的负责人是谁', '项目负责单位为区住建局。')).toBe(false);
    expect(lacksAskedPerson('项目的负责人是谁', '该项目由王立群牵头负责。')).toBe(false);
    expect(lacksAskedPerson('推进会的主持人是谁', '李强主持会议并讲话。')).toBe(false);
    expect(lacksAskedPerson('协会的秘书长是谁', '王立群为秘书长。')).toBe(false);
  });

  it('reads text in traditional characters', () => {
    expect(answerFrom('岚溪县违建拆除工作联系人是谁', '違建拆除工作聯系人：陳建國，電話：0871-5557788。').answer).toContain('陳建國');
    expect(lacksAskedPerson('岚溪县违建拆除工作联系人是谁', '違建拆除工作聯系人為執法隊員。')).toBe(true);
  });

  it('takes an office holding the role as saying who ("组长由分管副县长担任")', () => {
    expect(namesPersonFor('组长', '县政府成立领导小组，组长由分管副县长担任。')).toBe(true);
    expect(namesPersonFor('组长', '由县长任组长，分管副县长任副组长。')).toBe(true);
    expect(namesPersonFor('负责人', '项目负责人：县住建局副局长。')).toBe(true);
  });

  it('reads names by their make-up, not ordinary words', () => {
    for (const name of ['乜鸿远', '仝晓岚', '禚远舟', '司空晴野', '澹台听松', '欧阳一帆']) expect(readsAsName(name)).toBe(true);
    for (const word of ['确定', '日常', '巡查', '市住房', '分管副']) expect(readsAsName(word)).toBe(false);
  });
  it('reads the role asked before "是哪位领导", and no role inside a longer word ("领导小组", "组长单位")', () => {
    expect(personRoleAsked('岚溪县旧村改造领导小组组长是哪位领导')).toBe('组长');
    expect(personRoleAsked('这项工作由哪位领导牵头')).toBeUndefined();
    expect(answerFrom('岚溪县旧村改造领导小组组长是哪位领导', '成立旧村改造工作领导小组，由副县长闻人晓川任组长，县住建局局长寇一鸣任副组长。').answer).toContain('闻人晓川');
    expect(lacksAskedPerson('领导小组组长是哪位领导', '成立领导小组，由副县长上官振羽任组长。')).toBe(false);
    expect(lacksAskedPerson('领导小组组长是哪位领导', '领导小组组长由分管副县长担任。')).toBe(false);
    expect(lacksAskedPerson('领导小组组长是哪位领导', '成立工作领导小组，县长芮东林任组长。')).toBe(false);
    expect(lacksAskedPerson('领导小组的组长是谁', '成立工作领导小组，领导小组成员每月碰头一次，组长定期听取汇报。')).toBe(true);
  });

  it('takes a name before 任 / 担任 and the unit the role belongs to ("甲乙任县某中心主任")', () => {
    expect(answerFrom('岚溪县苗木养护中心主任是谁', '满庭芳任县苗木养护中心主任，覃小雨任副主任。').answer).toContain('满庭芳');
    expect(lacksAskedPerson('办公室主任是谁', '鄢红英任办公室主任，甘志远任副主任。')).toBe(false);
    expect(lacksAskedPerson('县住建局局长是谁', '卜立强担任县住建局局长。')).toBe(false);
    expect(lacksAskedPerson('办公室主任是谁', '此外，办公室主任负责日常工作。')).toBe(true);
  });

  it('takes a name set apart from its role by a comma ("甲乙，局长", "甲乙，联系人，电话…")', () => {
    expect(answerFrom('岚溪县住建局副局长是谁', '领导班子分工如下：卜立强，局长，主持全面工作；晏晓明，副局长，分管村镇工作。').answer).toContain('晏晓明');
    expect(lacksAskedPerson('局长是谁', '卜立强，局长，负责全面工作。')).toBe(false);
    expect(lacksAskedPerson('局长是谁', '卜立强，县住建局局长。')).toBe(false);
    expect(lacksAskedPerson('副局长是谁', '出席：卜立强，县住建局局长；晏晓明，副局长。')).toBe(false);
    expect(lacksAskedPerson('联系人是谁', '岑建平，联系人，电话0871-5550456。')).toBe(false);
    expect(lacksAskedPerson('联系人是谁', '同时，联系人每周汇总一次意见。')).toBe(true);
  });

  it('takes a name left out on purpose ("某某") or set apart by layout ("欧阳 明") as a name', () => {
    expect(answerFrom('岚溪县廉租房咨询联系人是谁', '廉租房咨询联系人：某某（电话略）。').answered).toBe(true);
    expect(lacksAskedPerson('项目负责人是谁', '项目负责人：任 重')).toBe(false);
    expect(lacksAskedPerson('项目负责人是谁', '项目负责人：欧阳 明')).toBe(false);
  });

  it('takes what stands between an office and 任 as its holder\'s name, whatever it opens with ("副县长和平任组长")', () => {
    for (const name of ['和平', '经纬', '同鑫']) expect(lacksAskedPerson('专班的组长是谁', `由副县长${name}任组长。`)).toBe(false);
  });

  it('takes the short label of a role ending in 人 ("签发：甲乙" for 签发人) in a reply\'s closing lines', () => {
    expect(lacksAskedPerson('这份答复的签发人是谁', '签发：卜立强\n\n执笔：甘志远　　审核：晏晓明')).toBe(false);
    expect(lacksAskedPerson('这份答复的审核人是谁', '签发：卜立强\n\n执笔：甘志远　　审核：晏晓明')).toBe(false);
    expect(lacksAskedPerson('这份答复的执笔人是谁', '执笔：甘志远')).toBe(false);
    expect(lacksAskedPerson('经办人是谁', '经办：岑建平，电话0871-5550456。')).toBe(false);
    expect(lacksAskedPerson('承办人是谁', '承办：鄢红英')).toBe(false);
    expect(lacksAskedPerson('联系人是谁', '联系：覃小雨（电话略）')).toBe(false);
    expect(lacksAskedPerson('签发人是谁', '本答复须经局长签发后印发。')).toBe(true);
  });

  it('takes a name in brackets right after the role ("项目负责人（甲乙丙）", half-width too)', () => {
    expect(answerFrom('岚溪县图书馆改造工程的项目负责人是谁', '项目负责人（满庭芳）对工程质量负总责，监理单位实施监督。').answer).toContain('满庭芳');
    expect(lacksAskedPerson('技术负责人是谁', '技术负责人(卜立强)负责技术交底。')).toBe(false);
    expect(lacksAskedPerson('项目负责人是谁', '项目负责人（以下简称负责人）对工程质量负总责。')).toBe(true);
  });

  it('reads 系 as a linking word beside 为 / 是 ("负责人系某公司的甲乙")', () => {
    expect(lacksAskedPerson('项目负责人是谁', '该项目负责人系县建设投资公司的晏晓明，负责现场协调。')).toBe(false);
    expect(lacksAskedPerson('联系人是谁', '联系人系物业科岑建平。')).toBe(false);
    expect(lacksAskedPerson('联系人是谁', '联系人系统由各街道自行维护。')).toBe(true);
  });

  it('takes "请与…甲乙联系" as naming the 联系人', () => {
    expect(lacksAskedPerson('物业投诉的联系人是谁', '如有疑问，请与县住建局物业科甘志远联系（电话略）。')).toBe(false);
    expect(lacksAskedPerson('联系人是谁', '如有疑问，请与县住建局物业科联系。')).toBe(true);
  });

  it('answers from a reply\'s closing lines and contact lines, whatever the surname ("（联系人：甲乙，联系电话：…）")', () => {
    const closing = '岚溪县住房和城乡建设局\n2026年5月6日\n（联系人：亓官小满，联系电话：0871-5550000）';
    expect(lacksAskedPerson('这份答复的联系人是谁', closing)).toBe(false);
    expect(lacksAskedPerson('这份答复的联系人是谁', '联系单位：县住建局；联系人：端木青禾；')).toBe(false);
    expect(lacksAskedPerson('这份答复的签发人是谁', '签发人：覃小雨　　　　　　岚住建函〔2026〕12号')).toBe(false);
    expect(lacksAskedPerson('这份答复的联系人是谁', '联系人：Anna Li（电话略）')).toBe(false);
    expect(lacksAskedPerson('组长是谁', '| 序号 | 姓名 | 职务 |\n| 1 | 钟离春 | 组长 |')).toBe(false);
  });

  it('is refused when the contact line leaves the name blank or puts off naming it', () => {
    expect(lacksAskedPerson('这份答复的联系人是谁', '（联系人：　　　，联系电话：　　　）')).toBe(true);
    expect(lacksAskedPerson('这份答复的联系人是谁', '联系人：___________')).toBe(true);
    expect(lacksAskedPerson('这份答复的联系人是谁', '联系人：另行通知')).toBe(true);
    expect(lacksAskedPerson('这份答复的联系人是谁', '联系人：值班人员')).toBe(true);
    expect(lacksAskedPerson('组长是谁', '组长单位：县住建局')).toBe(true);
  });
});
