// A plan's schedule writes a month on its own line under a stage heading ("（二）招标阶段\n2025年6月\n各区完成施工招标…").
// That line is no sign-off: the stage's text stays under its heading and is cited with it. A month line with only the
// closing after it still dates the document.
import { describe, expect, it } from 'vitest';
import { parsePolicyStructure } from '../src/corpus/structure.js';
import { testLibrary } from './support/library.js';

const PLAN_BODY = `红石市城镇老旧小区改造三年行动方案（2024—2026年）

一、工作目标
到2026年底，全市改造后小区物业服务覆盖率达到80%。
二、实施步骤
（一）摸底阶段
2025年3月
各区完成项目摸底，建立项目库。
（二）招标阶段
2025年6月
各区完成施工招标，加装电梯审批时限压缩至20个工作日。
`;

const PLAN = ['---', 'title: 红石市城镇老旧小区改造三年行动方案（2024—2026年）', 'issuer: 红石市住房和城乡建设局', 'kind: policy', '---', PLAN_BODY].join('\n');

const t = testLibrary({ files: { 'plan.txt': PLAN } });

describe('a month line in a plan’s schedule', () => {
  it('is body text, not the closing', () => {
    expect(parsePolicyStructure(PLAN_BODY).closingStart).toBe(PLAN_BODY.length);
  });

  it('still ends the body when only the sign-off follows it', () => {
    const signed = `${PLAN_BODY}\n红石市住房和城乡建设局\n2024年5月\n`;
    const p = parsePolicyStructure(signed);
    expect(signed.slice(p.closingStart)).toContain('2024年5月');
    expect(signed.slice(0, p.closingStart)).toContain('压缩至20个工作日');
  });

  it('cites the stage’s passage under its heading', async () => {
    const a = await t.ask('加装电梯审批时限压缩至多少个工作日？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('20个工作日');
    expect(a.citations[0].section).toContain('招标阶段');
  });
});
