// A request's heading keeps the object the request is about when the ask leans on the clause or sentence before it:
// a fronted topic ("…产生的租金，希望…") or a pointer ("这类小区") to what the sentence before named.
import { describe, expect, it } from 'vitest';
import { topicOf } from '../src/draft/proposal/headings.js';
import { isFrontedTopic, withPointerResolved } from '../src/text/clauses.js';

describe('the object an ask leans on', () => {
  it("keeps a fronted topic the ask is about in the heading", () => {
    const topic = topicOf('出租小区闲置车库取得的租金，希望明确全部用于本小区，用于电梯的维护保养。');
    expect(topic).toContain('租金');
    expect(topic).toContain('用于本小区');
  });

  it("keeps the fronted topic after a label that opens the paragraph", () => {
    expect(topicOf('补充意见：出租小区闲置车库取得的租金，希望明确全部用于本小区。')).toContain('租金');
  });

  it("does not read background, a basis or a scope as a fronted topic", () => {
    expect(isFrontedTopic('电梯的造价逐年上涨，')).toBe(false);
    expect(isFrontedTopic('依据管理办法关于不得拆改承重墙的规定，')).toBe(false);
    expect(isFrontedTopic('对临街的小区，')).toBe(false);
    expect(isFrontedTopic('出租小区闲置车库取得的租金，')).toBe(true);
  });

  it("names the places a pointer refers to instead of the pointer", () => {
    const topic = topicOf('城东片区部分老旧小区紧邻河道，雨季常被淹。建议对这类小区优先实施排水改造，抬高地坪。');
    expect(topic).toContain('城东片区部分老旧小区');
    expect(topic).not.toContain('这类');
  });

  it("leaves a pointer alone when the sentence before names nothing of its class", () => {
    expect(withPointerResolved('对这类小区优先改造', '今年雨水偏多。')).toBe('对这类小区优先改造');
    expect(withPointerResolved('对这类小区优先改造', '〈城东〉城东片区部分老旧小区紧邻河道。')).toBe('对城东片区部分老旧小区优先改造');
  });
});
