// A question about a document itself (issue #10): "…试点是哪次会议定的？" asks which meeting, which the minutes' title
// and number name — not only what the meeting decided.
import { describe, expect, it } from 'vitest';
import { libraryDocument, testLibrary } from './support/library.js';
import { ASKS_WHICH_MEETING, MEETING_RECORD } from '../src/text/questionTypes.js';

const MINUTES = libraryDocument({ title: '全市城镇老旧小区改造工作专题会议纪要', number: '专题会议纪要〔2025〕第7号' }, `全市城镇老旧小区改造工作专题会议纪要

2025年4月2日，副市长主持召开专题会议，研究推进老旧小区改造工作。议定事项纪要如下：

一、关于结转项目
2024年结转的6个小区，须于2025年5月31日前全部完工。

二、关于屋面防水试点
同意在东城区选择3个小区开展屋面防水整体翻修试点，市级每户再增加补助500元。

三、关于其他事项
同意调整加装电梯补贴标准。同意启动燃气管道改造试点。

四、关于改造范围
改造范围的时间界限仍按2000年底前建成执行。
`);

const EXPLAINER = libraryDocument({ title: '青川市城镇老旧小区改造政策解读' }, `青川市城镇老旧小区改造政策解读

一、改造范围
改造范围为2000年底前建成的城镇老旧小区。确定2000年这个时间界限，是因为此前建成的小区普遍缺少配套设施。
`);

const library = testLibrary({ files: { 'minutes.txt': MINUTES, 'explainer.txt': EXPLAINER } }, { timeout: 120_000 });

describe('which meeting decided a matter', () => {
  it('names the minutes by title and number before the decision', async () => {
    const a = await library.ask('东城区屋面防水整体翻修试点是哪次会议定的？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('专题会议纪要〔2025〕第7号');
    expect(a.answer).toContain('屋面防水整体翻修试点');
  });

  it('quotes the decision about what is asked, not the passage\'s first decision', async () => {
    const a = await library.ask('燃气管道改造试点是哪次会议定的？');
    expect(a.answer).toContain('燃气管道改造试点');
    expect(a.answer).not.toContain('加装电梯');
  });

  it('leaves a why-question (为什么会确定…) to the ordinary answer', async () => {
    const a = await library.ask('为什么会确定2000年这个时间界限？');
    expect(a.answer).not.toContain('议定：');
  });

  it('reads only questions asking which meeting, and only minutes as a meeting\'s record', () => {
    for (const q of ['为什么会确定2000年这个时间界限？', '补贴凭什么会确定为每户500元？']) expect(ASKS_WHICH_MEETING.test(q), q).toBe(false);
    for (const q of ['这是哪次会议定的？', '在什么会议上决定的？']) expect(ASKS_WHICH_MEETING.test(q), q).toBe(true);
    expect(MEETING_RECORD.test('青川市业主大会议事规则')).toBe(false);
    expect(MEETING_RECORD.test('全市城镇老旧小区改造工作专题会议纪要')).toBe(true);
  });
});
