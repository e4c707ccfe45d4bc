import { describe, expect, it } from 'vitest';
import { gatePassages } from '../src/answer/gate.js';
import { numberPassages } from '../src/grounding/passages.js';
import { asksForPersonalData } from '../src/grounding/privacy.js';
import { documentChunks, extractiveAsker, memorySearcherWithStats } from './support/services.js';

// A plan's application rule: how many owners of a building must agree before it is put forward.
const plan = '云岭市城镇老旧小区改造实施方案';
const chunks = documentChunks('yl-plan', { title: plan, kind: 'policy' }, [
  ['四、实施程序 > （一）申报确定', '1.居民申请。拟改造小区须经专有部分面积占比三分之二以上且人数占比三分之二以上的业主同意。\n2.计划报送。各县区于每年9月30日前将下一年度改造计划报送市住建局。'],
  ['二、改造内容', '楼道、楼顶防水和楼栋外墙保温纳入基础类改造。'],
  ['三、资金筹措', '市级财政每年安排老旧小区改造配套资金不少于3000万元。'],
]);
const ask = extractiveAsker(chunks, 5);

describe('how many must sign is a question about the rules, not about anyone\'s signature', () => {
  it('does not take 多少人签字同意 for a request for personal data, while a signature asked still is', () => {
    expect(asksForPersonalData('楼里得多少人签字同意才能报上去？')).toBe(false);
    expect(asksForPersonalData('意见表上的签名是谁')).toBe(true);
    expect(asksForPersonalData('提案者签字那一栏写了什么')).toBe(true);
  });

  it('answers how many in the building must sign with the share the plan requires (楼里: the building, as 楼 in the documents)', async () => {
    const a = await ask('楼里得多少人签字同意才能报上去？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('三分之二以上');
  });

  it('reads 楼里 as the building the documents write 楼 for, not as a topic the library lacks', async () => {
    const search = memorySearcherWithStats(chunks);
    const question = '楼里得多少人签字同意才能报上去？';
    const result = await gatePassages(search, question, numberPassages(await search.search(question, { k: 5 })));
    expect(result.assessment.unknownTerms ?? []).not.toContain('楼里');
    expect(result.assessment.pass).toBe(true);
  });
});
