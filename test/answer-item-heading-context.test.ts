// "意愿征询期是多少天": a list item that the chunker takes as its own heading ("（二）征询期为15日。") says what it says
// only under the heading above it ("二、意愿征询"). That heading is read with the item, as a section's heading is read
// with the sentences under it. Library written for this test.
import { describe, expect, it } from 'vitest';
import { readingHeading } from '../src/text/sectionLabels.js';
import { libraryDocument, testLibrary } from './support/library.js';

const RULES = libraryDocument({ title: '青岚市城镇老旧小区改造居民意见征询办法' }, `青岚市城镇老旧小区改造居民意见征询办法

一、目的
为规范老旧小区改造居民意见征询和方案公示，制定本办法。

二、意愿征询
（一）同意改造的户数达到小区总户数三分之二以上的，方可列入改造计划。
（二）征询期为15日。
（三）征询期满未表态的，由社区再上门一次。

三、方案公示
改造方案应当在小区公示栏公示，公示期不少于7日。
`);

const t = testLibrary({ files: { 'rules.txt': RULES } });

describe("a list item read under the heading above it", () => {
  it("answers a question whose words are in the item's section heading", async () => {
    const answer = await t.ask('青岚市老旧小区改造的意愿征询期是多少天');
    expect(answer.answered, answer.answer).toBe(true);
    expect(answer.answer).toContain('征询期为15日');
  });

  it("still refuses what neither the item nor its heading states", async () => {
    const answer = await t.ask('青岚市老旧小区改造意愿征询要交多少押金');
    expect(answer.answered, answer.answer).toBe(false);
  });

  it("reads the heading above only when the item's own heading is its opening", () => {
    expect(readingHeading('二、意愿征询 > （二）征询期为15日', '（二）征询期为15日。')).toBe('二、意愿征询（二）征询期为15日');
    expect(readingHeading('二、意愿征询 > （一）征询范围', '征询范围为小区全体业主。')).toBe('（一）征询范围');
    expect(readingHeading('二、意愿征询', '（二）征询期为15日。')).toBe('二、意愿征询');
  });
});
