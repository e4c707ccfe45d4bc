// "物业过渡期为什么从3个月改成了6个月", "孙家集街道为什么被约谈": a reason is also given by the shortfall or difficulty the
// answer states before the change or act it led to ("多数意见认为3个月内业主难以了解服务质量，调整为6个月", "连续两个月排名
// 末位，…进行了约谈"), without a causal word. Such answers are not refused as rules without a reason; a change stated
// alone still is.
import { describe, expect, it } from 'vitest';
import { REASON_NOT_GIVEN } from '../src/answer/offline/strategies/reason.js';
import { statesProblem, statesProblemBeforeAct } from '../src/text/questionTypes.js';
import type { Chunk } from '../src/types.js';
import { documentChunks, extractiveAsker } from './support/services.js';

const chunks: Chunk[] = [
  ...documentChunks('qh-rules', { title: '青禾市老旧小区改造方案公示办法', kind: 'policy' }, [
    ['三、公示期限', '征求意见稿曾提出方案公示期为5天，多数意见认为5天内居民难以充分了解方案，调整为10天。'],
    ['四、公示方式', '公示结果告知方式由张贴改为张贴并在业主群发布。'],
  ]),
  ...documentChunks('qh-rental', { title: '青禾市公共租赁住房保障办法', kind: 'policy' }, [
    ['第五条 申请条件', '申请公共租赁住房的家庭应当同时符合下列条件：（一）具有本市城镇户籍；（二）家庭人均住房建筑面积低于15平方米；（三）家庭人均月收入低于本市上年度城镇居民人均可支配收入的60%。'],
  ]),
  ...documentChunks('qh-summary', { title: '青禾市2024年城镇老旧小区改造工作总结', kind: 'policy' }, [
    ['五、督导约谈', '柳塘街道连续三个月进度排名末位，分管副市长于10月对其主要负责人进行了约谈。'],
  ]),
];
const ask = extractiveAsker(chunks, 4);

describe('a reason stated as the shortfall or difficulty before the change', () => {
  it('answers why a period was lengthened with the difficulty the change answers (…难以…，调整为…)', async () => {
    const a = await ask('方案公示期为什么从5天改成了10天');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('难以充分了解方案');
    expect(a.answer).not.toContain(REASON_NOT_GIVEN);
  });

  it('answers why a street office was summoned with its standing (排名末位)', async () => {
    const a = await ask('柳塘街道为什么被约谈');
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toContain('排名末位');
  });

  it('still refuses a change stated without any circumstance', async () => {
    const a = await ask('公示结果告知方式为什么改成张贴并在业主群发布');
    expect(a.answered, a.answer).toBe(false);
    expect(a.answer).toContain(REASON_NOT_GIVEN);
  });

  it("still refuses a why asked of a rule's own threshold: the condition is no reason (…低于15平方米)", async () => {
    const a = await ask('为什么申请公共租赁住房要求家庭人均住房建筑面积低于15平方米');
    expect(a.answered, a.answer).toBe(false);
  });

  it("reads a shortfall only before what followed from it, and not the question's own words", () => {
    expect(statesProblemBeforeAct('多数意见认为5天内居民难以充分了解方案，调整为10天', '公示期为什么改成了10天')).toBe(true);
    expect(statesProblemBeforeAct('（二）家庭人均住房建筑面积低于15平方米；', '为什么要求人均住房建筑面积')).toBe(false);
    expect(statesProblemBeforeAct('人均住房建筑面积低于15平方米的，可以申请', '为什么要求面积低于15平方米')).toBe(false);
  });

  it('reads a last place as a shortfall', () => {
    expect(statesProblem('连续三个月进度排名末位')).toBe(true);
    expect(statesProblem('排名第一，予以通报表扬')).toBe(false);
  });
});
