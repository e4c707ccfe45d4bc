// "…办法第七条第（二）项" of a named document that has no 第七条 (it stops at 第五条, or numbers its parts 一、二、…): the
// article asked is in that document or nowhere, so it is refused, saying how far the document goes — never answered with
// its 第一条 or with another document's 第七条. Articles and parts it has are answered from it as before.
import { describe, expect, it } from 'vitest';
import { expectAnswered, expectRefused, libraryDocument, testLibrary } from './support/library.js';

// Invented documents (青石市); none of their wording is in the shipped corpus or the evaluation sets.
const FUND = libraryDocument({ title: '青石市住宅专项维修资金使用办法（试行）', issuer: '青石市住房和城乡建设局' }, `青石市住宅专项维修资金使用办法（试行）

第一条 为规范住宅专项维修资金的使用，保障共用部位、共用设施设备的维修和更新，制定本办法。

第二条 维修资金按照下列顺序列支：
（一）共用部位、共用设施设备的维修和更新费用，由相关业主按照各自拥有物业的建筑面积比例分摊；
（二）紧急维修的费用，经街道办事处确认后，可先行从维修资金中列支。

第三条 使用维修资金，应当经专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主同意。

第四条 维修资金的使用情况，应当每半年在小区显著位置公布一次，公布时间不少于15日。

第五条 本办法自2026年3月1日起施行，有效期3年。
`);

// Another 办法 of the same library that does have a 第七条 with a （二）: not the article asked of the 维修资金 办法.
const LIFT = libraryDocument({ title: '青石市既有住宅加装电梯管理办法', issuer: '青石市住房和城乡建设局' }, `青石市既有住宅加装电梯管理办法

第一条 为规范既有住宅加装电梯工作，制定本办法。

第二条 本办法适用于本市行政区域内四层以上既有住宅加装电梯。

第三条 加装电梯应当经本单元专有部分面积占比三分之二以上的业主同意。

第四条 加装电梯方案应当在本单元显著位置公示，公示期不少于10日。

第五条 区住房和城乡建设部门负责加装电梯的审查工作。

第六条 加装电梯所需资金，由业主按照楼层系数分摊。

第七条 加装电梯的财政补助按照下列标准执行：
（一）每台电梯补助不超过20万元；
（二）同一小区连片加装5台以上的，每台另行奖励3万元。

第八条 本办法自印发之日起施行。
`);

// A guide numbered 一、二、…五、 with its items （一）（二）: no article labelled 第七条 and no part 七、.
const GUIDE = libraryDocument({ title: '青石市老旧小区改造项目验收工作指引', issuer: '青石市住房和城乡建设局' }, `青石市老旧小区改造项目验收工作指引

一、适用范围
本指引适用于本市财政资金支持的老旧小区改造项目。

二、验收组织
（一）区住建部门组织设计、施工、监理单位和居民代表进行联合验收。
（二）街道办事处负责组织居民代表参与验收。

三、验收条件
（一）完成改造方案确定的全部内容。
（二）居民满意度不低于80%。

四、验收程序
项目竣工后30日内提出验收申请，区住建部门在15日内组织验收。

五、档案管理
验收资料由区住建部门统一归档，保存期限不少于10年。
`);

const t = testLibrary({ files: { 'fund.txt': FUND, 'lift.txt': LIFT, 'guide.txt': GUIDE } }, { timeout: 120_000 });

describe("an article the named document does not have", () => {
  it("refuses 第七条第（二）项 of a 办法 that stops at 第五条, saying so, rather than quoting its 第一条 or another 办法's 第七条", async () => {
    const a = await expectRefused(t, '青石市住宅专项维修资金使用办法第七条第（二）项是怎么规定的？', '没有第七条', '只到第五条');
    for (const quoted of ['为规范住宅专项维修资金的使用', '另行奖励3万元', '每台电梯补助不超过20万元']) expect(a.answer).not.toContain(quoted);
  });

  it("refuses 第七条 alone of that 办法 named by the end of its title", async () => {
    await expectRefused(t, '维修资金使用办法第七条讲的是什么？', '没有第七条', '只到第五条');
  });

  it("refuses 第七条第（二）项 of a guide numbered 一、 to 五、, saying it has five parts", async () => {
    await expectRefused(t, '老旧小区改造项目验收工作指引第七条第（二）项有什么要求？', '没有第七条', '五');
  });

  it("still answers an article the named 办法 has, and the other 办法's 第七条第（二）项", async () => {
    await expectAnswered(t, '维修资金使用办法第三条是怎么规定的？', '三分之二以上');
    await expectAnswered(t, '加装电梯管理办法第七条第（二）项是怎么规定的？', '另行奖励3万元');
  });

  it("still answers a part and item the guide has, asked as an article", async () => {
    await expectAnswered(t, '老旧小区改造项目验收工作指引第三条第（二）项有什么要求？', '80%');
  });
});

// A 实施方案 in four parts whose 三、 lists its tasks （一）…（八）: askers call the seventh task its 第七条.
const PLAN = libraryDocument({ title: '白河市城镇老旧小区改造实施方案', issuer: '白河市人民政府办公室' }, `白河市城镇老旧小区改造实施方案

一、总体要求
到2027年底，基本完成2000年底前建成的城镇老旧小区改造任务。

二、改造范围
本方案所称城镇老旧小区，是指建成年代较早、失养失修失管的住宅小区。

三、重点任务
（一）改造供水、排水、供电、燃气等老化管线。
（二）整治小区道路，消除积水点。
（三）增设无障碍设施和适老化设施。
（四）规范设置垃圾分类收集点。
（五）推进既有住宅加装电梯，每部电梯补助12万元。
（六）增设新能源汽车充电设施。
（七）完善社区嵌入式养老托育设施，每个街道至少新建一处托育点。
（八）建立长效管理机制，引入专业化物业服务。

四、保障措施
市财政每年安排专项资金，各区按照1:1比例配套。
`);

// Stored copies cut short: the documents go on past their last article here.
const CUT = libraryDocument({ title: '白河市住宅专项维修资金管理办法', issuer: '白河市住房和城乡建设局' }, `白河市住宅专项维修资金管理办法

第一条 为加强住宅专项维修资金管理，制定本办法。

第二条 本办法适用于本市行政区域内住宅专项维修资金的交存、使用和监督管理。

第三条 业主应当在办理房屋入住手续前交存首期维修资金。

第四条 维修资金由市住房和城乡建设局委托商业银行专户存储。

第五条 维修资金的增值收益应当转入维修资金滚存使用。

（以下原文未收录）
`);

const OMITTED = libraryDocument({ title: '白河市物业服务收费管理办法', issuer: '白河市发展和改革委员会' }, `白河市物业服务收费管理办法

第一条 为规范物业服务收费行为，制定本办法。

第二条 物业服务收费实行政府指导价和市场调节价。

第三条 物业服务企业应当在小区显著位置公示收费项目和标准。

第四条 业主应当按照物业服务合同约定交纳物业服务费用。

（略）
`);

const t2 = testLibrary({ files: { 'plan.txt': PLAN, 'cut.txt': CUT, 'omitted.txt': OMITTED } }, { timeout: 120_000 });

describe("an article asked of a plan numbered by parts and items, or of a copy cut short", () => {
  it("answers 第七条 of a plan whose parts hold items （一） to （八） from its （七）", async () => {
    const a = await expectAnswered(t2, '白河市城镇老旧小区改造实施方案第七条说的养老托育设施怎么建？', '至少新建一处托育点');
    expect(a.answer).not.toContain('没有第七条');
  });

  it("never says that plan has no 第五条 when its （五） is there", async () => {
    const a = await t2.ask('白河市城镇老旧小区改造实施方案第五条加装电梯补助多少？');
    expect(a.answer).not.toContain('没有第五条');
  });

  it("still refuses an article past both its parts and its items", async () => {
    await expectRefused(t2, '白河市城镇老旧小区改造实施方案第九条是怎么规定的？', '没有第九条');
  });

  it("never says a copy marked as cut short stops at its last stored article", async () => {
    const cut = await t2.ask('白河市住宅专项维修资金管理办法第八条是怎么规定的？');
    expect(cut.answer).not.toContain('只到第五条');
    const omitted = await t2.ask('白河市物业服务收费管理办法第九条是怎么规定的？');
    expect(omitted.answer).not.toContain('只到第四条');
  });
});
