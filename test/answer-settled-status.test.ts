// Whether a change heard of is settled ('这个定了没有', '现在能按15万申请吗', '是不是已经涨到…了'): a meeting's minutes or a
// draft that only proposes it answer with their own word on its status — the decision put off, or the rule that
// applies until the new one is issued — not with the proposal alone, and not with a refusal.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { CONFIDENCE_GATE_OFF, libraryDocument, testLibrary } from './support/library.js';

const library = testLibrary({
  files: {
    'yl_jiyao.txt': libraryDocument({ title: '云岭市老旧小区改造工作领导小组2025年第一次会议纪要', kind: 'policy' }, `云岭市老旧小区改造工作领导小组2025年第一次会议纪要

一、关于居民出资标准
市住建局汇报了居民出资标准调整的初步考虑（拟由每平方米6元提高到9元）。会议原则同意将出资规定草案公开征求意见，对具体标准暂不作决定，待征求意见后另行研究。

二、关于加装电梯补助标准
会议同意研究将加装电梯市级补助标准由每台10万元提高到13万元，由市住建局会同市财政局提出具体方案。新标准出台前，仍按每台10万元执行。

三、关于安全生产
会议要求各县区在汛期前完成在建项目安全隐患排查。
`),
  },
});

describe('whether a change heard of is settled is answered by what the text says of its status', () => {
  it('answers 这个定了没有 with the decision put off, not with the proposal alone', async () => {
    const a = await answerQuestion(library.services, '领导小组会上说居民出资提到9元，这个定了没有');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('暂不作决定');
  });

  it('answers 现在能按…申请吗 with the rule that applies until the new one is issued', async () => {
    const a = await answerQuestion(library.services, '听说加装电梯补助已经提到13万一台了，现在能按13万申请吗');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('仍按每台10万元执行');
  });

  it('leaves a question that also asks what the change is to the ordinary answer', async () => {
    const a = await answerQuestion(library.services, '加装电梯补助拟提高到多少，定了没有');
    expect(a.answered).toBe(true);
    expect(a.answer).not.toContain('尚未确定');
  });

  it('leaves a question about what was decided, not whether, to the ordinary answer', async () => {
    const a = await answerQuestion(library.services, '领导小组对安全隐患排查有什么要求？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('安全隐患排查');
    expect(a.answer).not.toContain('尚未确定');
  });
});

describe('whether there is a rule at all is not asked whether a change is settled', () => {
  it.each(['加装电梯有补助的规定吗', '加装电梯补助这方面有规定没有？', '加装电梯补助有统一的标准可以执行吗'])('answers %s with what applies, not 尚未确定', async (question) => {
    const a = await answerQuestion(library.services, question);
    expect(a.answer).not.toContain('尚未确定');
  });
});

const settledLibrary = testLibrary({
  files: {
    'ws_jiyao.txt': libraryDocument({ title: '文山市老旧小区改造工作领导小组2025年第二次会议纪要', kind: 'policy' }, `文山市老旧小区改造工作领导小组2025年第二次会议纪要

一、关于加装电梯补助
会议同意研究将加装电梯市级补助标准由每台10万元提高到13万元，该标准已经市政府常务会议审定，自2025年7月1日起执行。会议对电梯维保费用分摊办法暂不作决定，待征求意见后另行研究。
`),
    'sq_jiyao.txt': libraryDocument({ title: '石泉市老旧小区改造工作领导小组2025年第三次会议纪要', kind: 'policy' }, `石泉市老旧小区改造工作领导小组2025年第三次会议纪要

一、关于加装电梯补助
会议同意研究将加装电梯市级补助标准由每台10万元提高到13万元，由市住建局会同市财政局提出具体方案。会议对电梯维保费用分摊办法暂不作决定，待征求意见后另行研究。
`),
  },
});

describe('a change the text itself says is settled is not answered as unsettled', () => {
  it('does not answer 尚未确定 from a decision put off on another matter beside an approved change', async () => {
    const a = await answerQuestion(settledLibrary.services, '加装电梯补助提到13万一台，这个定了没有');
    expect(a.answer).not.toContain('尚未确定');
  });

  it('does not take a decision put off on another matter as the status of the change asked about', async () => {
    const a = await answerQuestion(settledLibrary.services, '石泉市加装电梯补助提到13万一台，这个定了没有');
    expect(a.answer).not.toMatch(/尚未确定[^]*维保费用分摊办法暂不作决定/u);
  });
});

const meanwhileLibrary = testLibrary({
  files: {
    'hq_jiyao.txt': libraryDocument({ title: '河清区老旧小区改造工作推进会议纪要', kind: 'policy' }, `河清区老旧小区改造工作推进会议纪要

一、关于加装电梯区级补助
会议明确，2025年继续执行区级每台3万元的加装电梯补助。区住建局提出将区级补助提高到每台5万元，会议认为需进一步测算，暂不作决定。
`),
    'hq_zqyj.txt': libraryDocument({ title: '河清市老旧小区改造后管理办法（征求意见稿）', kind: 'policy' }, `关于公开征求《河清市老旧小区改造后管理办法（征求意见稿）》意见的公告

本征求意见稿不作为执行依据。

第四条 引入物业服务的，可以实行“先服务后收费”，先服务期限不超过12个月。
`),
    'hq_wenda.txt': libraryDocument({ title: '河清市老旧小区改造政策问答', kind: 'policy' }, `河清市老旧小区改造政策问答

改造后物业怎么管？无物业小区由街道社区托管，实行“先服务后收费”，先服务期限不超过6个月。
`),
  },
});

describe('a change not settled is answered with what applies meanwhile', () => {
  it('quotes the figure still in force beside a raise put off ("是不是已经提到5万元了")', async () => {
    const a = await answerQuestion(meanwhileLibrary.services, '河清区加装电梯的区级补助是不是已经提到5万元了');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('暂不作决定');
    expect(a.answer).toContain('每台3万元');
  });

  it('quotes the rule in force beside a draft not in force ("现在能按12个月执行吗")', async () => {
    const a = await answerQuestion(meanwhileLibrary.services, '听说物业先服务后收费能延长到12个月了，现在能按12个月执行吗', [], CONFIDENCE_GATE_OFF);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('不作为执行依据');
    expect(a.answer).toContain('不超过6个月');
  });
});
