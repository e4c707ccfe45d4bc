// "今年纳入了几个": a year said from now dates the question, as a year's number would; the library writes the number
// ("2025年已将…纳入"), so neither the gate nor the offline engine asks a passage to hold the word 今年. Library and
// questions written for this test.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { saysYearFromNow } from '../src/text/dates.js';
import { analyzeQuestion } from '../src/grounding/evidenceGate.js';
import { libraryDocument, testLibrary } from './support/library.js';

const REPLY = libraryDocument({ title: '对市政协第0042号提案的答复', kind: 'reply' }, `对市政协第0042号提案的答复

一、关于镇驻地小区纳入改造计划
经摸底，全市镇驻地共有2000年前建成的老旧小区21个。2025年已将青石镇4个、白沙镇3个共7个小区纳入年度改造计划，这是镇驻地小区首次纳入。其余14个小区，我局将根据居民意愿分批纳入。

二、关于改造资金
镇驻地小区改造资金按市区标准执行，市级补助每户1.2万元。
`);

// A briefing that writes 今年 itself: the word is rare in the library, not absent from it.
const BRIEFING = libraryDocument({ title: '城市建设工作简报（第9期）' }, `城市建设工作简报（第9期）

今年以来，全市城市建设各项工作有序推进，背街小巷整治完成过半。
`);

const t = testLibrary({ files: { 'reply_0042.txt': REPLY, 'briefing_9.txt': BRIEFING } });

describe('a year said from now', () => {
  it('reads 今年 and 去年 as dating words, not 年度 or 当年度', () => {
    expect(saysYearFromNow('今年')).toBe(true);
    expect(saysYearFromNow('去年')).toBe(true);
    expect(saysYearFromNow('年度')).toBe(false);
  });

  it('is no focus word even where the library writes it in a few passages', () => {
    const stats = { docFrequency: (w: string) => ({ 今年: 1, 镇驻地: 2, 小区: 30, 纳入: 6 })[w] ?? 5, totalChunks: 50 };
    expect(analyzeQuestion('今年镇驻地小区纳入了几个', stats).focus).not.toContain('今年');
    // Drafts keep it (DRAFT_GATE_BASE): a suggestion's 今年 keeps its quotes on the year it speaks of.
    expect(analyzeQuestion('今年镇驻地小区纳入了几个', stats, { yearsFromNowNotFocus: false }).focus).toContain('今年');
  });

  it('answers "今年镇驻地小区纳入了几个" with the 2025 count, not refusing on 今年', async () => {
    const answer = await answerQuestion(t.services, '今年镇驻地小区纳入了几个');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('共7个小区');
  });
});
