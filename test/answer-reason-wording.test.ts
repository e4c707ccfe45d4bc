// "第二批资金铜山区为什么分得多", "征求意见稿为什么把托管期限改成18个月": a reason is also given by a change said to
// follow from the circumstance before it ("…项目较多，第二批资金相应增加") and by a purpose worded with 促使 ("…改为18个
// 月，促使尽快引入专业物业"). Such answers are not refused as rules without a reason; a rule's own 相应 ("给予相应补助")
// still gives none.
import { describe, expect, it } from 'vitest';
import { REASON_NOT_GIVEN } from '../src/answer/offline/strategies/reason.js';
import { givesReason } from '../src/text/questionTypes.js';
import type { Chunk } from '../src/types.js';
import { documentChunks, extractiveAsker } from './support/services.js';

const chunks: Chunk[] = [
  ...documentChunks('yl-funds', { title: '关于下达2025年第二批城镇老旧小区改造市级补助资金的通知', kind: 'policy' }, [
    ['二、分配依据', '第二批资金按各区完善类项目数量分配。白石区上半年新增完善类项目较多，第二批资金相应增加。'],
    ['三、使用要求', '各区应当在收到资金后30日内分配到具体项目。'],
  ]),
  ...documentChunks('yl-draft', { title: '云岭市老旧小区改造后物业管理办法（征求意见稿）', kind: 'policy' }, [
    ['二、主要修改', '（一）社区托管期限由“不超过24个月”改为“不超过18个月”，促使尽快引入专业物业。'],
    ['三、公共收益', '公共收益公示周期由每季度改为每半年。'],
  ]),
];
const ask = extractiveAsker(chunks, 4);

describe('a reason worded without a causal word', () => {
  it('answers why a share grew with the change that follows from the circumstance before it (…较多，…相应增加)', async () => {
    const a = await ask('第二批资金白石区为什么分得多');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('新增完善类项目较多');
  });

  it('answers why a term was changed with the purpose worded with 促使', async () => {
    const a = await ask('征求意见稿为什么把社区托管期限改成18个月');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('促使尽快引入专业物业');
    expect(a.answer).not.toContain(REASON_NOT_GIVEN);
  });

  it('does not take a rule\'s own 相应 for a reason', () => {
    expect(givesReason('对加装电梯的小区给予相应补助，每台15万元。')).toBe(false);
    expect(givesReason('施工单位承担相应责任。')).toBe(false);
  });
});
