// "……号是答复哪些代表的？": a reply names those it answers in its salutation ("邹建林等4名代表："), a line too short to
// score as a sentence. Asked who proposed, the answer is that line — not an overview of what the reply says.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { testLibrary } from './support/library.js';

const REPLY = [
  '---',
  'title: 对市十六届人大二次会议第88号建议的答复',
  'issuer: 南湖市住房和城乡建设局',
  'kind: reply',
  '---',
  '南湖市住房和城乡建设局',
  '南住建人大〔2023〕9号',
  '对市十六届人大二次会议第88号建议的答复',
  '邹建林等4名代表：',
  '你们提出的关于“加快推进既有住宅加装电梯”的建议收悉。现答复如下：',
  '一、关于提高补助标准',
  '自2023年7月1日起，中心城区既有多层住宅加装电梯财政补助标准由每台5万元提高到每台10万元。',
  '二、关于简化审批流程',
  '我市已推行加装电梯联合审查制度，审批时限压缩至10个工作日。',
  '',
].join('\n');

const t = testLibrary({ files: { 'nanhu_rd_88.txt': REPLY } });

describe('who a reply answers', () => {
  it('asked which 代表 a numbered reply answers, the answer is its salutation, several proposers included', async () => {
    const a = await answerQuestion(t.services, '南住建人大〔2023〕9号是答复哪些代表的？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('邹建林等4名代表');
    expect(a.answer).not.toContain('每台10万元');
  });

  it('asked what the same reply says, the answer is still its content', async () => {
    const a = await answerQuestion(t.services, '南住建人大〔2023〕9号答复了哪些内容？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('10万元');
  });
});
