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
