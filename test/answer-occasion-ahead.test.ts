// "领导小组第3次会议议定了哪些事项" answered by "领导小组第3次会议拟于10月下旬召开…": what came of an occasion named by its
// ordinal is asked, and the only sentence naming it puts it still ahead. Refused (a wrong answer is worse than none); when
// it takes place, or an occasion already held, is answered as before.
import { describe, expect, it } from 'vitest';
import { occasionAheadRefusal } from '../src/answer/gate.js';
import { namesOccasion, occasionAsked, putsOccasionAhead } from '../src/text/occasions.js';
import type { Citation } from '../src/types.js';

const cite = (quote: string, n = 1): Citation => ({ n, docId: 'doc', title: '领导小组会议纪要', number: null, section: '', quote, chunkId: `doc#${n}` });

describe('an occasion named by its ordinal', () => {
  it('is the same occasion in Arabic and Chinese numerals, of the same measure only', () => {
    const third = occasionAsked('领导小组第3次会议议定了哪些事项')!;
    expect(third).toMatchObject({ ordinal: 3, measure: '次' });
    expect(namesOccasion('领导小组第三次会议拟于10月下旬召开', third)).toBe(true);
    expect(namesOccasion('领导小组第1次会议议定的三项事项', third)).toBe(false);
    expect(namesOccasion('第三批资金已下达', third)).toBe(false);
  });

  it('is put ahead by 拟于, 将于, 计划于 in the clause naming it, not by another clause', () => {
    const batch = occasionAsked('2025年第三批电梯补助公示了几台')!;
    expect(putsOccasionAhead('2025年计划公示三批，第三批拟于11月公示。', batch)).toBe(true);
    expect(putsOccasionAhead('第三批共补助电梯9台，第四批拟于12月公示。', batch)).toBe(false);
  });
});

describe('what came of an occasion still ahead, asked', () => {
  it('is refused, quoting the sentence that puts it ahead', () => {
    const ahead = cite('领导小组第3次会议拟于10月下旬召开，听取竣工验收和满意度测评情况。');
    const earlier = cite('领导小组2025年第1次会议议定的三项事项：绩效目标表已于2月14日报市财政局。', 2);
    const refusal = occasionAheadRefusal('领导小组第3次会议议定了哪些事项', [ahead, earlier]);
    expect(refusal?.answer).toContain('第3次');
    expect(refusal?.citations[0].quote).toContain('拟于10月下旬召开');
  });

  it('keeps when it takes place, and an occasion the answer reports as held', () => {
    expect(occasionAheadRefusal('领导小组第3次会议什么时候开', [cite('领导小组第3次会议拟于10月下旬召开。')])).toBeUndefined();
    expect(occasionAheadRefusal('领导小组第2次会议议定了哪些事项', [cite('领导小组第2次会议议定：追加燃气管道改造资金1500万元。')])).toBeUndefined();
    expect(occasionAheadRefusal('第三批电梯补助公示了几台', [cite('第三批共补助电梯9台，补助资金54万元。')])).toBeUndefined();
  });
});
