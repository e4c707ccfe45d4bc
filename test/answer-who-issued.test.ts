// A question about a document itself (issue #10): "…是哪几个部门联合下达的？" asks who issued it, which its sign-off
// line at the end states — not what it says.
import { describe, expect, it } from 'vitest';
import { libraryDocument, testLibrary } from './support/library.js';

const NOTICE = libraryDocument({ title: '青川市2025年城镇老旧小区改造年度任务清单' }, `关于下达青川市2025年城镇老旧小区改造年度任务清单的通知

各县（区）人民政府：
根据《青川市城镇老旧小区改造管理办法》和各县（区）摸底申报情况，现将2025年度改造任务清单下达如下，请抓好落实。

一、总体任务
2025年全市计划改造城镇老旧小区52个，涉及居民8600户。

二、责任分工
市住建局负责统筹调度；市财政局负责奖补资金的拨付；市发改委负责中央预算内投资的申报。

青川市住房和城乡建设局\u3000青川市发展和改革委员会\u3000青川市财政局
2025年2月10日
`);

const t = testLibrary({ files: { 'qingchuan_qingdan.txt': NOTICE } }, { timeout: 120_000 });

describe('who issued a document', () => {
  it('is answered with its sign-off line, every body named', async () => {
    const a = await t.ask('青川市2025年老旧小区改造任务清单是哪几个部门联合下达的？');
    expect(a.answered).toBe(true);
    for (const body of ['青川市住房和城乡建设局', '青川市发展和改革委员会', '青川市财政局']) expect(a.answer).toContain(body);
    expect(a.answer).not.toContain('下达如下');
    expect(a.citations).toHaveLength(1);
  });

  it('leaves who sets a rule or pays to the content', async () => {
    for (const q of ['奖补资金由哪个部门下达？', '奖补资金的具体分配办法由哪个部门制定？']) {
      const a = await t.ask(q);
      expect(a.answer, q).not.toContain('青川市发展和改革委员会');
    }
  });

  it('leaves a question about its content to the content', async () => {
    const a = await t.ask('青川市2025年计划改造多少个老旧小区？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('52个');
  });
});
