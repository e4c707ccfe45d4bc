// "现在能按每台12万元申请吗" over a notice saying the 12万 still applies until new rules come, or minutes settling the
// figure and leaving only the procedure to later study: the rule asked about is in force, not "尚未确定".
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { saysAskedFigureApplies } from '../src/text/inForce.js';
import { libraryDocument, testLibrary } from './support/library.js';

const t = testLibrary({
  files: {
    'dt.txt': libraryDocument({ title: '青川市既有住宅加装电梯工作通知', issuer: '青川市住房和城乡建设局' }, `青川市既有住宅加装电梯工作通知

三、补助标准
2023年全市完成加装电梯补助发放120台。新办法出台前，加装电梯补助仍按每台12万元执行。
`),
    'hy.txt': libraryDocument({ title: '青川市老旧小区改造工作会议纪要', issuer: '青川市人民政府办公室' }, `青川市老旧小区改造工作会议纪要

一、关于楼道照明
会议明确，楼道照明改造补助标准为每户800元，具体申报流程另行研究。
`),
  },
});

describe('a rule in force asked whether it applies', () => {
  it('answers the figure kept until new rules come, not "not settled"', async () => {
    const a = await answerQuestion(t.services, '现在加装电梯补助能按每台12万元申请吗');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('12万元');
    expect(a.answer).not.toContain('尚未确定');
  });

  it('answers a settled figure whose procedure is left to later study, not "not settled"', async () => {
    const a = await answerQuestion(t.services, '楼道照明改造补助每户800元定下来了吗');
    expect(a.answer).toContain('800元');
    expect(a.answer).not.toContain('尚未确定');
  });

  it('reads a sentence as keeping the asked figure only when it names that number', () => {
    const kept = '会议对提高补助暂不作决定，现阶段仍按每台12万元执行。';
    expect(saysAskedFigureApplies('现在能按每台12万元申请吗', kept)).toBe(true);
    expect(saysAskedFigureApplies('现在能按每台2万元申请吗', kept)).toBe(false);
    expect(saysAskedFigureApplies('是不是已经提到每台15万元了', kept)).toBe(false);
  });
});
