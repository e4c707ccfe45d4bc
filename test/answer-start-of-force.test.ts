// "青住建发〔2024〕9号从哪天开始执行": a question naming a document by its number asks when it comes into force. The
// document's own sentence ("本通知自…起执行") answers it, not a worked example's date nor another deadline of the text.
import { describe, expect, it } from 'vitest';
import { ASKS_START_OF_FORCE, STATES_START_OF_FORCE, statesAnyStartOfForce, statesStartOfForce } from '../src/text/inForce.js';
import { libraryDocument, testLibrary } from './support/library.js';

const NOTICE = libraryDocument({ title: '关于调整青川区老旧小区改造补助标准的补充通知', number: '青住建发〔2024〕9号' }, `青川区住房和城乡建设局
关于调整青川区老旧小区改造补助标准的补充通知

青住建发〔2024〕9号

各街道办事处：
现将调整老旧小区改造补助标准的有关事项通知如下。

一、调整加装电梯补助标准
将加装电梯区级补助由每台6万元调整为每台8万元。

二、执行时间
本通知自2024年9月1日起执行。2024年9月1日以后开工的项目，执行调整后的标准。

三、核定示例
为便于各街道准确执行，现举例说明如下：
（一）某小区1号楼加装电梯，施工许可证载明日期为2024年9月12日，核定补助8万元。
（二）某小区2号楼加装电梯，施工许可证载明日期为2024年8月25日，仍按原标准核定补助6万元。
`);

const STANDARD = libraryDocument({ title: '青川区关于印发改造后小区物业服务标准（试行）的通知', number: '青住建发〔2024〕15号' }, `青川区关于印发改造后小区物业服务标准（试行）的通知

青住建发〔2024〕15号

各街道办事处，各物业服务企业：
为规范改造后小区物业服务，我局制定了《青川区改造后小区物业服务标准（试行）》，现印发给你们，自2025年1月1日起试行，试行期2年。

一、监督检查
居民对服务质量或者收费有异议的，可以拨打12345热线反映，受理部门应当在7个工作日内答复。
街道每季度抽查一次服务落实情况，抽查时间为每季度末月的15日。
`);

const MEASURES = libraryDocument({ title: '青川区既有住宅加装电梯补助办法', number: '青住建发〔2024〕21号' }, `青川区既有住宅加装电梯补助办法

青住建发〔2024〕21号

第一条 为推进既有住宅加装电梯，制定本办法。
第二条 加装电梯每台补助8万元，按施工许可证载明日期执行。
第三条 核定示例：某小区3号楼加装电梯，施工许可证载明日期为2025年4月18日，核定补助8万元。
第四条 本办法自二〇二五年三月一日起执行。
`);

const WORKS = libraryDocument({ title: '青川区老旧小区改造施工管理规定', number: '青住建发〔2024〕30号' }, `青川区老旧小区改造施工管理规定

青住建发〔2024〕30号

第一条 为规范老旧小区改造施工，制定本规定。
第二条 夜间施工管控措施自2024年6月1日起至2024年9月30日止实施。
第三条 施工单位应当设置围挡，并公示投诉电话。
`);

const FUNDS = libraryDocument({ title: '青川区住宅专项维修资金使用细则', number: '青住建发〔2024〕33号' }, `青川区住宅专项维修资金使用细则

青住建发〔2024〕33号

第一条 为规范住宅专项维修资金使用，制定本细则。
第二条 本细则自发布之日起30日后施行。
`);

const library = testLibrary(
  {
    files: {
      'qingchuan_buchong.txt': NOTICE,
      'qingchuan_wuye.txt': STANDARD,
      'qingchuan_dianti.txt': MEASURES,
      'qingchuan_shigong.txt': WORKS,
      'qingchuan_weixiu.txt': FUNDS,
    },
  },
  { timeout: 120_000 },
);

describe('when a named document comes into force', () => {
  it("is answered with the document's own sentence, not a worked example's date", async () => {
    const a = await library.ask('青住建发〔2024〕9号从哪天开始执行？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('本通知自2024年9月1日起执行');
    expect(a.answer).not.toContain('9月12日');
  });

  it('is answered with the trial start and term stated in the opening, not a deadline of the text', async () => {
    const a = await library.ask('青住建发〔2024〕15号什么时候开始试行，试行多久？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('自2025年1月1日起试行，试行期2年');
    expect(a.answer).not.toContain('7个工作日');
  });

  it('is answered with the sentence alone when it writes its date in Chinese numerals', async () => {
    const a = await library.ask('青住建发〔2024〕21号从哪天开始执行？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('本办法自二〇二五年三月一日起执行');
    expect(a.answer).not.toContain('4月18日');
    expect(a.answer).not.toContain('8万元');
  });

  it('is answered when asked with another word for coming into force (实施 for the document\'s 执行)', async () => {
    const a = await library.ask('青住建发〔2024〕9号什么时候实施？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('本通知自2024年9月1日起执行');
  });

  it("is refused, not answered with one measure's own period, when the document states no start", async () => {
    for (const question of ['青住建发〔2024〕30号什么时候实施？', '《青川区老旧小区改造施工管理规定》从哪天开始施行？']) {
      const a = await library.ask(question);
      expect(a.answered).toBe(false);
      expect(a.answer).toContain('没有写明从何时起施行');
      expect(a.answer).not.toContain('[1]');
    }
  });

  it('never says a document states no start when it states one without a date', async () => {
    const a = await library.ask('青住建发〔2024〕33号什么时候施行？');
    expect(a.answer).not.toContain('没有写明');
  });

  it('reads the ask and the statement at the text layer', () => {
    expect(ASKS_START_OF_FORCE.test('汾住建发〔2025〕22号从哪天开始执行')).toBe(true);
    expect(ASKS_START_OF_FORCE.test('这个办法什么时候施行')).toBe(true);
    expect(ASKS_START_OF_FORCE.test('6号文件说电梯每台补7万元，现在还执行吗')).toBe(false);
    expect(ASKS_START_OF_FORCE.test('补贴执行什么标准')).toBe(false);
    expect(STATES_START_OF_FORCE.test('本通知自2025年8月1日起执行。')).toBe(true);
    expect(STATES_START_OF_FORCE.test('本办法自印发之日起施行。')).toBe(false);
    expect(STATES_START_OF_FORCE.test('2025年8月1日以后开工的项目，执行调整后的标准。')).toBe(false);
    expect(statesStartOfForce('本办法自二〇二五年三月一日起施行。')).toBe(true);
    expect(statesStartOfForce('本通知自２０２５年８月１日起执行。')).toBe(true);
    expect(statesStartOfForce('本办法自印发之日起施行。')).toBe(false);
    expect(statesAnyStartOfForce('本办法自印发之日起施行。')).toBe(true);
    expect(statesAnyStartOfForce('夜间施工管控措施自2024年6月1日起至2024年9月30日止实施。')).toBe(false);
    expect(statesAnyStartOfForce('本细则自发布之日起30日后施行。')).toBe(true);
    expect(statesAnyStartOfForce('本办法自2025年5月1日起实行，有效期五年。')).toBe(true);
  });
});
