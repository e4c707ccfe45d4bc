// A question asking a detail by its kind is answered only by text giving that kind: by when a thing will be finished
// (a plan's "…前完成", not the day a letter was answered nor a ledger's count date), a brand, a counter to go to, a
// place to download a form. And questions about a reply itself: which body it answers (its salutation), which
// proposal a document is on (its title line), which document said something (its title and 文号 lead the sentence).
import { describe, expect, it } from 'vitest';
import { lacksAskedLimit } from '../src/text/deadlines.js';
import { ASKS_WHICH_DOCUMENT_SAID } from '../src/text/questionTypes.js';
import { ASKED_NAMED_DETAILS } from '../src/answer/offline/questionAnalysis.js';
import { libraryDocument, testLibrary, expectAnswered, expectRefused } from './support/library.js';

const REPLY = libraryDocument(
  { title: '关于市三届五次会议第0021号提案的答复', issuer: '青川市住房和城乡建设局', number: '青住建提复〔2025〕3号', kind: 'reply' },
  `青川市住房和城乡建设局
关于市三届五次会议第0021号提案的答复
青住建提复〔2025〕3号

青川市工商业联合会：
贵单位提出的《关于加快老旧小区管网改造的提案》（第0021号）收悉，现答复如下：

一、关于柳荫里小区
柳荫里小区雨污分流工程已完成管线勘察，计划于2025年10月底前完成。

二、关于楼道照明
改造小区统一采用声光控节能灯具，做到一层一灯。

三、办理沟通情况
承办过程中，我局于2025年6月12日与提案单位通电话沟通办理思路，6月26日邀请提案单位到柳荫里小区现场察看。

四、关于社区食堂
下一步，我局将在改造小区中试点建设社区食堂，具体方案正在研究制定。
`,
);

const OPINION = libraryDocument(
  { title: '关于市三届五次会议第0047号提案的会办意见', issuer: '青川市自然资源局', number: '青自然资函〔2025〕8号', kind: 'reply' },
  `青川市自然资源局
关于市三届五次会议第0047号提案的会办意见

青自然资函〔2025〕8号

市住房和城乡建设局：
我局作为会办单位，提出以下会办意见：
一、加装电梯的规划许可实行告知承诺，材料齐全的当场办结。
`,
);

const GUIDE = libraryDocument(
  { title: '青川市加装电梯补助申领指南', issuer: '青川市住房和城乡建设局' },
  `青川市加装电梯补助申领指南

一、受理地点
申请人到市政务服务中心住建窗口提交补助申请。

二、申请材料
（一）补助资金申请表（原件1份）。
`,
);

const VISIT = libraryDocument(
  { title: '关于市三届五次会议第0063号建议的答复', issuer: '青川市住房和城乡建设局', number: '青住建议复〔2025〕9号', kind: 'reply' },
  `青川市住房和城乡建设局
关于市三届五次会议第0063号建议的答复
青住建议复〔2025〕9号

一、关于桃园里小区燃气管道改造
桃园里小区燃气管道改造已完成设计招标，施工单位正在进场准备。

二、办理沟通情况
我局于2025年7月3日邀请领衔代表到桃园里小区察看燃气管道改造现场，当面听取意见。
`,
);

const t = testLibrary({ files: { 'qingchuan_reply.txt': REPLY, 'qingchuan_opinion.txt': OPINION, 'qingchuan_guide.txt': GUIDE, 'qingchuan_visit.txt': VISIT } });

describe('by when a thing will be finished', () => {
  it('wants a limit, not a count taken on a date', () => {
    expect(lacksAskedLimit('它计划什么时候完成', '截至2025年8月10日，5个问题中已完成整改4个')).toBe(true);
    expect(lacksAskedLimit('它计划什么时候完成', '其余项目计划于2025年10月31日前完成')).toBe(false);
    expect(lacksAskedLimit('管道啥时候能换完？', '2025年6月12日与代表通电话')).toBe(true);
    // A plan's date to finish answers, with or without 前.
    expect(lacksAskedLimit('这个项目什么时候能建成？', '项目预计明年年底建成')).toBe(false);
    expect(lacksAskedLimit('它计划什么时候完成', '其余项目计划于2025年10月完成')).toBe(false);
    // A year asked is no limit asked; nor is a date asked of anything else.
    expect(lacksAskedLimit('改造任务到哪年基本完成', '到2025年底，基本完成改造任务')).toBe(false);
    expect(lacksAskedLimit('这个通知是什么时候印发的', '2025年6月12日')).toBe(false);
  });

  it('answers with the plan’s date, not the day the proposer was called', async () => {
    await expectAnswered(t, '柳荫里小区雨污分流，答复说什么时候能完', '10月底前完成');
  });

  it('refuses when the text gives no date to finish by, only the day of a visit', async () => {
    await expectRefused(t, '桃园里小区燃气管道改造，答复说什么时候能改完');
  });
});

describe('when a thing was finished, asked of as done', () => {
  const done = testLibrary({
    files: {
      'lichuan_progress.txt': libraryDocument(
        { title: '临川市2024年老旧小区改造工作进展情况', issuer: '临川市住房和城乡建设局', kind: 'policy' },
        '一、总体情况\n城南花园小区改造工程于2023年10月完成，共惠及居民860户。\n\n二、电梯加装\n幸福里小区2号楼加装电梯于2024年5月建成，总投资65万元。\n',
      ),
    },
  });

  it('wants the date it was done, no limit', () => {
    expect(lacksAskedLimit('城南花园小区改造是什么时候完成的？', '城南花园小区改造工程于2023年10月完成')).toBe(false);
    expect(lacksAskedLimit('电梯什么时候建成了', '电梯于2024年5月建成')).toBe(false);
    expect(lacksAskedLimit('电梯什么时候能建成？', '电梯于2024年5月开工')).toBe(true);
  });

  it('answers with the date the text gives', async () => {
    await expectAnswered(done, '城南花园小区改造是什么时候完成的？', '2023年10月');
    await expectAnswered(done, '幸福里小区2号楼电梯什么时候建成的？', '2024年5月');
  });
});

describe('a detail asked by its kind', () => {
  it('refuses a brand, a counter or a download place the text does not name', async () => {
    await expectRefused(t, '改造小区换的楼道灯是什么牌子的？');
    await expectRefused(t, '补助资金申请表在网上哪里下载？');
  });

  it('takes a 窗口期 for a period, no counter', () => {
    expect(ASKED_NAMED_DETAILS.some(({ asks }) => asks.test('加装电梯补助申报有什么窗口期'))).toBe(false);
    expect(ASKED_NAMED_DETAILS.some(({ asks }) => asks.test('加装电梯补助去哪个窗口申请'))).toBe(true);
  });

  it('answers a counter the text names', async () => {
    await expectAnswered(t, '加装电梯补助去哪个窗口申请', '住建窗口');
  });
});

describe('questions about a reply itself', () => {
  it('answers which body a reply answers with its salutation', async () => {
    await expectAnswered(t, '青住建提复〔2025〕3号是答复哪个单位的', '青川市工商业联合会');
  });

  describe('whom to answer, asked of a matter', () => {
    const complaints = testLibrary({
      files: {
        'qingchuan_reply_21.txt': libraryDocument(
          { title: '关于市三届五次会议第0032号提案的答复', issuer: '青川市住房和城乡建设局', number: '青住建提复〔2025〕5号', kind: 'reply' },
          '青川市住房和城乡建设局\n关于市三届五次会议第0032号提案的答复\n青住建提复〔2025〕5号\n\n王立新委员：\n您提出的《关于加强物业服务投诉处理的提案》收悉，现答复如下：\n\n一、关于物业投诉\n居民对物业服务的投诉，由所在街道物业管理办公室受理，并在5个工作日内答复投诉人。\n',
        ),
      },
    });

    it('is not answered with the salutation of a reply', async () => {
      const a = await complaints.ask('居民投诉物业服务，街道应该答复谁？');
      expect(a.answer).not.toContain('王立新');
    });
  });

  it('answers which proposal a document is on with its title line', async () => {
    await expectAnswered(t, '青自然资函〔2025〕8号是对哪件提案的会办意见', '第0047号提案');
  });

  it('asks which document said it only of a saying, not of what to hand in', () => {
    expect(ASKS_WHICH_DOCUMENT_SAID.test('试点社区食堂是哪个方案里提到的')).toBe(true);
    expect(ASKS_WHICH_DOCUMENT_SAID.test('申请补助需要准备哪份材料提交给街道')).toBe(false);
  });

  it('names the document that said it, title and 文号, before the sentence', async () => {
    await expectAnswered(t, '说要在改造小区试点建设社区食堂，是哪份答复里说的？', '青住建提复〔2025〕3号', '社区食堂');
  });
});
