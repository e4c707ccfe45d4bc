// A question naming a place is answered from that place's passages: another place's sentence may match the question's
// words better, but it is that place's fact, and choosing it (then dropping it) left no answer where the place asked
// has one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { createTestServices, type TestServices } from './support/services.js';

const reply = (city: string, topic: string, body: string) => `---
title: ${city}市住房和城乡建设局关于${topic}提案的答复
kind: reply
issuer: ${city}市住房和城乡建设局
---
${city}市住房和城乡建设局关于${topic}提案的答复

一、关于${topic}
${body}
`;

let t: TestServices;
beforeAll(async () => {
  t = await createTestServices({
    files: {
      'yibin_lift.txt': reply('宜宾', '加装电梯', '加装电梯需要本单元三分之二以上业主同意。社区组织协商议事会，费用按楼层系数分摊，低层住户可以不出资或少出资。'),
      'yibin_parking.txt': reply('宜宾', '老旧小区停车', '结合老旧小区改造，在小区周边新增停车位300个，加装电梯的小区同步规划停车。'),
      'yibin_property.txt': reply('宜宾', '老旧小区物业管理', '改造后的老旧小区由社区引入物业服务企业，住户按月缴纳物业费。'),
      'luzhou_lift.txt': reply(
        '泸州',
        '加装电梯',
        '加装电梯须经本单元三分之二以上业主同意。为平衡高低层住户利益，加装电梯费用按楼层由高到低递减分摊，一层住户原则上不分摊建设费用；对因加装电梯导致采光受到影响的低层住户，由出资业主协商给予补偿。',
      ),
    },
  });
}, 120_000);
afterAll(async () => {
  await t?.cleanup();
});

describe('a place asked', () => {
  it('is answered from its own reply, not refused because another city\'s sentence matched the words better', async () => {
    const a = await answerQuestion(t.services, '宜宾加装电梯时一楼住户要不要出钱？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('低层住户可以不出资或少出资');
    expect(a.citations.every((c) => c.title.startsWith('宜宾'))).toBe(true);
  });

  it('is still refused, saying whose facts the library holds, when only another place\'s documents speak of it', async () => {
    const a = await answerQuestion(t.services, '宜宾加装电梯采光受影响的住户怎么补偿？');
    expect(a.answer).not.toMatch(/^[^。]*由出资业主协商给予补偿\[1\]/u);
    if (a.answered) expect(a.citations.every((c) => c.title.startsWith('宜宾'))).toBe(true);
  });
});
