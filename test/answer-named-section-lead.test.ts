// "…的受理时限是几个工作日": when the first passage retrieved is the section the question names by its heading
// ("二、受理时限"), its sentence answers, not another document's sentence that repeats more of the question's words about
// another case. Library written for this test.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { questionNamesHeading } from '../src/text/sectionLabels.js';
import { libraryDocument, testLibrary } from './support/library.js';

const RULES = libraryDocument({ title: '云岭县公共租赁住房申请受理办法' }, `云岭县公共租赁住房申请受理办法

一、申请条件
申请人应当在本县连续工作满一年，家庭人均住房面积低于15平方米。

二、受理时限
街道在收到申请后5个工作日内完成初审。

三、配租公示
初审通过的，住房保障中心在10日内公示配租结果。
`);

const REPORT = libraryDocument({ title: '云岭县住房保障中心2024年工作总结' }, `云岭县住房保障中心2024年工作总结

一、公共租赁住房
公共租赁住房续租申请由住房保障中心直接办理，续租申请的受理时限为15个工作日。全年受理公共租赁住房申请230件。

二、维修服务
全年完成公共租赁住房小区维修项目18个，回访住户420户。
`);

const t = testLibrary({ files: { 'rules.txt': RULES, 'report.txt': REPORT } });
const RULE_OFF = { tuning: { namedSectionBonus: 0 } };

describe('a first passage the question names by its heading', () => {
  it('is recognised only when the question writes every heading of its path', () => {
    expect(questionNamesHeading('公租房申请的受理时限是几个工作日', '二、受理时限')).toBe(true);
    expect(questionNamesHeading('保洁员的补贴标准是多少', '五、补贴')).toBe(true);
    expect(questionNamesHeading('材料没交齐能补吗', '三、补交材料')).toBe(false);
    expect(questionNamesHeading('屋面防水每平方米补多少', '二、外地经验 > （一）屋面防水')).toBe(false);
    expect(questionNamesHeading('东片为什么分得多', '（二）东片：道路破损较多，资金适当倾斜')).toBe(false);
    expect(questionNamesHeading('受理时限是多少', '关于“缩短受理时限”的建议')).toBe(false);
    expect(questionNamesHeading('受理时限是多少', '')).toBe(false);
  });

  it('answers from that section, not from another document repeating more of the question', async () => {
    const question = '公共租赁住房申请的受理时限是几个工作日';
    const off = await answerQuestion(t.services, question, [], RULE_OFF);
    expect(off.answer).not.toContain('5个工作日内完成初审');
    const answer = await answerQuestion(t.services, question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('5个工作日内完成初审');
    expect(answer.citations[0]?.section).toContain('受理时限');
  });

  it('leaves an ordinary answer as it was', async () => {
    const question = '初审通过后多久公示配租结果';
    const answer = await answerQuestion(t.services, question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('10日内公示配租结果');
    expect(answer.answer).toBe((await answerQuestion(t.services, question, [], RULE_OFF)).answer);
  });

  it('still refuses what the library does not say', async () => {
    const answer = await answerQuestion(t.services, '二手房交易的受理时限是多久');
    expect(answer.answered).toBe(false);
  });
});

// An old rule's section named by the question, and its new edition stating the asked thing under another heading and
// repealing it: the answer is the new edition's. Library written for this test.
const OLD_RULES = libraryDocument({ title: '槐山县青年驿站入住审核办法', number: '槐建发〔2020〕5号', date: '2020-04-01' }, `槐山县青年驿站入住审核办法

槐建发〔2020〕5号

一、入住条件
申请人应为毕业五年内来本县求职的高校毕业生，本人在本县无自有住房。

二、受理时限
社区收到入住申请后，应在10个工作日内完成初审并报县青年服务中心。县青年服务中心在20个工作日内完成审核。

三、入住期限
青年驿站每次入住最长不超过30天。
`);

const NEW_RULES = libraryDocument({ title: '槐山县青年驿站入住审核办法（修订）', number: '槐建发〔2023〕11号', date: '2023-05-08' }, `槐山县青年驿站入住审核办法（修订）

槐建发〔2023〕11号

一、总则
为简化青年驿站入住办理手续，对原审核办法作如下修订。

二、办理流程
申请人可在网上提交青年驿站入住申请。社区收到入住申请后应在2个工作日内完成初审，县青年服务中心在5个工作日内完成审核，入住申请的受理时限合计不超过7个工作日。

三、附则
本办法自2023年6月1日起施行，《槐山县青年驿站入住审核办法》（槐建发〔2020〕5号）同时废止。
`);

describe('a named section of a document a later one replaces', () => {
  const editions = testLibrary({ files: { 'old.txt': OLD_RULES, 'new.txt': NEW_RULES } });

  it('does not lead over the new edition that repeals it', async () => {
    const answer = await answerQuestion(editions.services, '青年驿站入住申请的受理时限是多久');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('5个工作日内完成审核');
    expect(answer.answer).not.toContain('20个工作日');
    expect(answer.answer).not.toContain('10个工作日内完成初审');
    expect(answer.citations[0]?.docId).toBe('new');
  });
});

// The same rule repealed by a document that gives no date (or the same day's): a sentence naming the old one by its
// 文号 as repealed is enough. Library written for this test.
const UNDATED_ADJUSTMENT = libraryDocument({ title: '槐山县青年驿站入住办理调整事项', number: '槐建发〔2023〕12号' }, `槐山县青年驿站入住办理调整事项

槐建发〔2023〕12号

一、办理流程
根据全县统一部署，青年驿站入住申请的受理时限相应缩短，社区3个工作日内完成初审，县青年服务中心6个工作日内完成审核。

二、其他
槐建发〔2020〕5号文件同时废止。
`);

describe('a named section of a document another repeals without a later date', () => {
  const repealed = testLibrary({ files: { 'old.txt': OLD_RULES, 'adjust.txt': UNDATED_ADJUSTMENT } });

  it('does not lead over the document that says it ended', async () => {
    const answer = await answerQuestion(repealed.services, '青年驿站入住申请的受理时限是多久');
    expect(answer.answer).not.toContain('20个工作日');
    expect(answer.answer).not.toContain('10个工作日内完成初审');
  });
});

// A three-year plan's "工作目标" section and the same county's later annual plan stating this year's target under
// another heading. Library written for this test.
const OLD_PLAN = libraryDocument(
  { title: '桐溪县背街小巷整治三年行动方案（2021—2023年）', issuer: '桐溪县人民政府办公室', date: '2021-03-02' },
  `桐溪县背街小巷整治三年行动方案（2021—2023年）

一、总体要求
坚持先急后缓、分片推进，改善群众出行条件。

二、工作目标
2021年至2023年，全县整治背街小巷60条，2023年底前基本完成城区背街小巷整治。
`,
);

const NEW_PLAN = libraryDocument(
  { title: '桐溪县2024年背街小巷整治计划', issuer: '桐溪县住房和城乡建设局', date: '2024-02-26' },
  `桐溪县2024年背街小巷整治计划

一、整治任务
今年全县计划整治背街小巷18条，年底前全部完工。今年背街小巷整治的工作目标是完成18条小巷整治并同步铺设雨污管网。

二、资金安排
整治资金由县级财政安排。
`,
);

describe('a named section of a plan the same place has followed with a later one', () => {
  const plans = testLibrary({ files: { 'plan-2021.txt': OLD_PLAN, 'plan-2024.txt': NEW_PLAN } });

  it('answers from the later plan, as scored', async () => {
    const answer = await answerQuestion(plans.services, '背街小巷整治的工作目标是什么');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('18条');
    expect(answer.answer).not.toContain('60条');
  });
});
