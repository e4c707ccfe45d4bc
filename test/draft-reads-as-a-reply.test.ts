// What a drafter reads in a draft and its sources: a quoted sentence of the bureau's own work does not open on "但" (it
// leaned on a sentence not quoted), and a title that names another
// document nests that name in 〈〉 instead of 《《…》…》, and an earlier reply's "如您对本答复有不同意见…" is no promise.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { promisesOf } from '../src/draft/precedents.js';
import { formatAnswerText } from '../src/answer/format.js';
import { sourceLabel } from '../src/grounding/sources.js';
import { documentChunks, generalPolicyChunks, servicesOverChunks } from './support/services.js';

const OWN_REPLY = documentChunks(
  'own_reply',
  { title: '关于市政协第0033号提案的答复', kind: 'reply', number: '许建政协〔2025〕7号', source: { issuer: '许昌市住房和城乡建设局' } as never },
  [
    ['', '许昌市住房和城乡建设局\n李明委员：\n您提出的关于加装电梯补助向高龄住户倾斜的提案收悉，现答复如下：'],
    [
      '二、关于加装电梯审批绿色通道',
      '但我局将商市民政局，对高龄老人较多的单元在加装电梯审批中开辟绿色通道，联合审查时限由8个工作日压缩到5个工作日。',
    ],
  ],
);

const BODY_PROPOSAL = `关于完善加装电梯审批的提案

提案单位：九三学社许昌市委

建议：对高龄老人较多的单元在加装电梯审批中开辟绿色通道，压缩联合审查时限。`;

describe('a draft that reads as the bureau\'s reply', () => {
  it('quotes the bureau\'s own "但我局将…" without its 但', async () => {
    const result = await draftReply(servicesOverChunks([...OWN_REPLY, ...generalPolicyChunks(12)]), { text: BODY_PROPOSAL });
    const draft = result.draft!;
    const section = draft.sections[0].paragraphs.join('\n');
    expect(section).toMatch(/(?:^|\n)我局将商市民政局，对高龄老人较多的单元/u);
    expect(section).not.toContain('但我局将');
  });

  it('nests a named document\'s title in 〈〉 inside the title\'s 《》, in prose and in the console\'s source list', () => {
    const title = '《许昌市城镇老旧小区改造补助资金管理办法》修订新旧条文对照表';
    expect(sourceLabel({ title, number: '许住建〔2025〕3号' })).toBe('《〈许昌市城镇老旧小区改造补助资金管理办法〉修订新旧条文对照表》（许住建〔2025〕3号）');
    expect(sourceLabel({ title: '《许昌市加装电梯办法》', number: null })).toBe('《许昌市加装电梯办法》');
    const text = formatAnswerText({
      answered: true,
      answer: '新旧标准以竣工验收日期划分[1]。',
      citations: [{ n: 1, docId: 'd', title, number: null, section: '六、', quote: '新旧标准以竣工验收日期划分。' } as never],
    } as never);
    expect(text).toContain('[1] 《〈许昌市城镇老旧小区改造补助资金管理办法〉修订新旧条文对照表》 六、');
    expect(text).not.toContain('《《');
  });
});

describe('what an earlier reply promised', () => {
  it('lists the plans under its 下步, not the lines that invite feedback on the reply', () => {
    const reply = documentChunks('reply_0131', { title: '关于市人大第0131号建议的答复', kind: 'reply' }, [
      [
        '四、下一步工作',
        '我局将于年底前对新标准执行情况进行评估，评估报告抄送代表。\n附言：如您对本答复有不同意见，可以通过市人大常委会代表工作委员会反映，我局将认真研究。如您对办理工作有新的意见和建议，请随时与我们联系。',
      ],
    ]);
    const promises = promisesOf(reply, 5, 80);
    expect(promises).toHaveLength(1);
    expect(promises[0]).toContain('年底前对新标准执行情况进行评估');
  });
});
