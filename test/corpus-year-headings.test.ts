// A numbered heading whose words open with a year ("一、2024年管网改造情况", "五、2024年工作打算") is a heading: its
// section is cited under its own name, not folded into the reply's opening (which a draft never quotes as a section).
import { describe, expect, it } from 'vitest';
import { chunkDocument, matchHeading, parseDocument } from '../src/corpus/index.js';

const REPLY = `某市住房和城乡建设局

对市九届人大四次会议第61号建议的答复

孙美华代表：
您提出的《关于统筹推进老旧小区地下管网改造的建议》收悉。现答复如下：

一、2024年管网改造情况
2024年全市结合老旧小区改造，完成雨污分流管网改造38.6公里，改造燃气管道46.2公里。

二、关于资金
专业经营单位承担其产权设施的改造费用。

感谢您对我们工作的关心和支持。
`;

describe('a heading that opens with a year', () => {
  it('is read as a heading', () => {
    expect(matchHeading('一、2024年管网改造情况')?.title).toBe('一、2024年管网改造情况');
    expect(matchHeading('五、2025年工作打算')?.rank).toBe(3);
    expect(matchHeading('一.5')).toBeNull();
  });

  it('gives the sentences under it that section, apart from the reply\'s opening', () => {
    const doc = parseDocument({ docId: 'own_reply_2025', path: 'replies/own_reply_2025.txt', raw: REPLY });
    const chunks = chunkDocument(doc);
    const figures = chunks.find((c) => c.text.includes('38.6公里'));
    expect(figures?.sectionPath).toBe('一、2024年管网改造情况');
    expect(figures?.text).not.toContain('收悉');
  });
});
