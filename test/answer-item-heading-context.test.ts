// "方案公示期是几天": a list item that the chunker takes as its own heading ("（二）公示期为10日。") says what it says
// only under the heading above it ("三、方案公示"). That heading is read with the item, as a section's heading is read
// with the sentences under it. Library written for this test.
import { describe, expect, it } from 'vitest';
import { readingHeading } from '../src/text/sectionLabels.js';
import { libraryDocument, testLibrary } from './support/library.js';

const RULES = libraryDocument({ title: '青岚市城镇老旧小区改造方案公示办法' }, `青岚市城镇老旧小区改造方案公示办法

一、目的
为规范老旧小区改造方案的编制和公示，制定本办法。

二、方案编制
改造方案由设计单位在入户调查后编制，经社区审核后报街道。

三、方案公示
（一）方案在小区出入口和单元门口张贴。
（二）公示期为10日。
（三）公示期间收到的意见由街道汇总答复。
`);

const t = testLibrary({ files: { 'rules.txt': RULES } });

describe("a list item read under the heading above it", () => {
  it("answers a question whose words are in the item's section heading", async () => {
    const answer = await t.ask('青岚市老旧小区改造方案公示期是几天');
    expect(answer.answered, answer.answer).toBe(true);
    expect(answer.answer).toContain('公示期为10日');
  });

  it("still refuses what neither the item nor its heading states", async () => {
    const answer = await t.ask('青岚市老旧小区改造方案公示要交多少押金');
    expect(answer.answered, answer.answer).toBe(false);
  });

  it("reads the heading above only when the item's own heading is its opening", () => {
    expect(readingHeading('三、方案公示 > （二）公示期为10日', '（二）公示期为10日。')).toBe('三、方案公示（二）公示期为10日');
    expect(readingHeading('三、方案公示 > （一）公示地点', '公示地点为小区出入口。')).toBe('（一）公示地点');
    expect(readingHeading('三、方案公示', '（二）公示期为10日。')).toBe('三、方案公示');
  });
});
