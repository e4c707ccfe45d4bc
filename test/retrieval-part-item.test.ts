// A question naming a part and an item of a document ("第二部分第（三）项讲的什么？") is answered from that item, as one
// naming an article ("第五条") is: the words around the reference say little about which sentences answer; a figure
// asked of it is answered by the sentence stating that figure.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { itemAskedInPart, partItemLabels } from '../src/text/itemReferences.js';
import { libraryDocument, testLibrary } from './support/library.js';

const OPINION = libraryDocument({ title: '南湖省人民政府办公厅关于推进城镇老旧小区改造的实施意见', number: '南政办发〔2021〕9号', issuer: '南湖省人民政府办公厅' }, `南湖省人民政府办公厅关于推进城镇老旧小区改造的实施意见

一、总体要求
（一）工作目标
到2025年底，基本完成2000年底前建成的城镇老旧小区改造任务。
（二）基本原则
坚持居民自愿，坚持因地制宜。

二、资金保障
（一）加大财政投入
省级财政对改造项目给予奖补。
（二）落实居民出资
居民可通过提取住房公积金等方式出资。
（三）吸引社会力量参与
鼓励原产权单位对改造给予资金支持，支持管线单位对专营设施改造出资。
`);

const MEASURES = libraryDocument({ title: '南湖市老旧小区改造后物业管理办法', issuer: '南湖市住房和城乡建设局' }, `南湖市老旧小区改造后物业管理办法

第一条 为规范改造后小区的物业管理，制定本办法。

第二条 改造后的小区按照下列方式确定管理模式。具备条件的，由业主大会选聘物业服务企业。暂不具备条件的，由街道组织托管，托管期限不超过2年。

第三条 本办法自印发之日起施行。
`);

const PLAN = libraryDocument({ title: '南湖市老旧小区改造三年行动方案', number: '南政办〔2022〕3号', issuer: '南湖市人民政府办公室' }, `南湖市老旧小区改造三年行动方案

一．改造任务
（一）基础类改造
完成供水、排水、供电等基础设施改造。
（二）完善类改造
增设停车位和充电设施。

二．组织保障
（一）加强组织领导
成立市老旧小区改造工作领导小组。
（二）强化督查考核
改造工作纳入各区年度目标考核，实行季度通报。

三．验收管理
（一）质量监督
区住建部门对改造项目实行全过程质量监督。
（二）竣工验收
1.联合验收。项目竣工后30日内，由区住建部门组织设计、施工、监理单位和居民代表进行联合验收。
2.满意度测评。居民满意度低于80%的，不得通过验收，由施工单位限期整改。
`);

const t = testLibrary({ files: { 'nanhu_opinion.txt': OPINION, 'nanhu_measures.txt': MEASURES, 'nanhu_plan.txt': PLAN } });

describe('a part and an item named in a question', () => {
  it('reads the headings the document writes for them', () => {
    expect(partItemLabels('第二部分第（三）项讲的什么？')).toEqual({ part: 2, item: 3 });
    expect(partItemLabels('第2部分（1）要求什么')).toEqual({ part: 2, item: 1 });
    expect(partItemLabels('第一部分（一）里第1点讲的什么？')).toBeUndefined();
    expect(partItemLabels('第二部分讲了什么？')).toBeUndefined();
    // As headings write them: a part's bare numeral with the item's bracketed one.
    expect(partItemLabels('实施细则四（三）要求专业经营单位承担什么费用？')).toEqual({ part: 4, item: 3 });
    expect(partItemLabels('实施细则三（三）施工组织里工期最长多久？')).toEqual({ part: 3, item: 3 });
    expect(partItemLabels('第十四（二）条')).toBeUndefined();
  });

  it('answers from the item named, not from another part with the same item number', async () => {
    const a = await answerQuestion(t.services, '南政办发〔2021〕9号第二部分第（三）项讲的什么？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('原产权单位');
    expect(a.answer).not.toContain('2025年底');
  });
});

describe('a part headed "二．" rather than "二、"', () => {
  it('answers from the item named under it', async () => {
    const a = await answerQuestion(t.services, '南政办〔2022〕3号第二部分第（二）项讲的什么？');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('季度通报');
    expect(a.answer).not.toContain('充电设施');
  });
});

describe('a figure asked of a named article', () => {
  it('is answered by the article’s sentence stating it, not by the article’s opening', async () => {
    const a = await answerQuestion(t.services, '物业管理办法第二条里，街道托管最长几年？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('不超过2年');
    expect(a.answer).not.toContain('业主大会');
  });
});

describe('one thing asked inside a named item', () => {
  it('is answered from the item\'s sub-section whose heading names it, not from the item\'s opening', async () => {
    const a = await answerQuestion(t.services, '南政办〔2022〕3号第三部分第（二）项对居民满意度有什么要求？');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('80%');
    expect(a.answer).not.toContain('30日内');
  });
});

describe("a part item asked after its document's title", () => {
  const titled = libraryDocument({ title: '北岸市城镇老旧小区改造实施方案', issuer: '北岸市人民政府办公室' }, `北岸市城镇老旧小区改造实施方案

一、总体要求
（一）改造范围
改造对象为2000年底前建成的住宅小区。

二、保障措施
（一）加强组织领导
成立工作专班。
（二）强化资金保障
1.多渠道筹集资金。市级财政每年安排专项资金，区级财政按比例配套。
2.老旧小区改造资金监管。资金实行专账管理，专款专用。
`);
  const library = testLibrary({ files: { 'beian_plan.txt': titled } });

  it('is answered from the whole item: the title words name none of its sub-sections', async () => {
    const a = await answerQuestion(library.services, '北岸市城镇老旧小区改造实施方案第二部分第（二）项讲了什么？');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('多渠道筹集资金');
  });
});

describe('an item asked as 第七条第（二）项 or 二、（三） of a document whose parts are numbered 七、', () => {
  const rules = libraryDocument({ title: '西岭市老旧小区改造项目联合验收办法', issuer: '西岭市住房和城乡建设局' }, `西岭市老旧小区改造项目联合验收办法

一、总则
为保证改造质量，让居民参与验收，制定本办法。

二、认定条件
（一）项目应当完成改造方案确定的全部内容。
（二）外墙保温锚栓拉拔试验合格，试验按省技术要点执行，原暂行规定中只做外观检查的做法不再执行，各区要组织施工单位按新要求补做试验。
（三）居民代表满意率不低于80%，由社区居委会组织评价。

三、保修
（一）外墙保温工程保修期8年，原暂行规定为5年；
（二）屋面防水工程保修期5年；
（三）供热管网保修期为2个供暖期。
`);
  // A note on the rules, with parts and items numbered alike, and another city's report naming the same matters.
  const note = libraryDocument({ title: '关于〈西岭市老旧小区改造项目联合验收办法（征求意见稿）〉意见采纳情况的说明', issuer: '西岭市住房和城乡建设局' }, `关于〈西岭市老旧小区改造项目联合验收办法（征求意见稿）〉意见采纳情况的说明

一、基本情况
本办法于2025年4月公开征求意见。

二、采纳的意见
（一）关于保修期：外墙保温工程保修期由5年延长到8年。
（二）关于试验：增加锚栓拉拔试验。
（三）关于满意率：有意见建议满意率不低于90%，考虑到评价组织难度，调整为不低于80%。
`);
  const library = testLibrary({ files: { 'xiling_rules.txt': rules, 'xiling_note.txt': note } });

  it('reads 第三条第（二）项 as the part numbered 三、 and its item when no article is so labelled', () => {
    expect(itemAskedInPart('联合验收办法第三条第（二）项规定的保修期是多少')).toBe(2);
    expect(itemAskedInPart('认定办法二、（三）对租金是怎么规定的')).toBe(3);
    expect(partItemLabels('认定办法二、（三）对租金是怎么规定的')).toEqual({ part: 2, item: 3 });
  });

  it('answers 第三条第（二）项 from the item under 三、, not another item on the same matter', async () => {
    const a = await answerQuestion(library.services, '联合验收办法第三条第（二）项规定的保修期是多少');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toMatch(/^（二）屋面防水工程保修期5年\[1\]/u);
  });

  it('answers 办法二、（三） from the rules, not from the note on them, even when the item runs on below another in its chunk', async () => {
    const a = await answerQuestion(library.services, '联合验收办法二、（三）对满意率是怎么规定的');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toMatch(/^（三）居民代表满意率不低于80%/u);
    expect(a.answer).not.toContain('90%');
  });
});

describe('第七条第（二）项 of rules labelled by article, when another document numbers a part 七、', () => {
  const rules = libraryDocument({ title: '西岭市既有住宅加装电梯管理办法', issuer: '西岭市住房和城乡建设局' }, `西岭市既有住宅加装电梯管理办法

第一条 为规范既有住宅加装电梯工作，制定本办法。
第二条 加装电梯应当经本单元业主表决同意。
第三条 每台电梯补助15万元。
第四条 本办法自2024年3月1日起施行。
`);
  const summary = libraryDocument({ title: '西岭市住房和城乡建设局2024年工作总结', issuer: '西岭市住房和城乡建设局' }, `西岭市住房和城乡建设局2024年工作总结

六、城市更新
全年改造老旧小区42个。
七、电梯安全
（一）全年加装电梯90台，发放补助1350万元。
（二）开展电梯安全专项检查，排查隐患28处，已全部整改。
`);
  const library = testLibrary({ files: { 'xiling_elevator_rules.txt': rules, 'xiling_summary.txt': summary } });

  it('does not answer with the other document’s item （二） as the article asked', async () => {
    const a = await answerQuestion(library.services, '加装电梯管理办法第七条第（二）项是怎么规定的？');
    expect(a.answer).not.toContain('专项检查');
  });
});
