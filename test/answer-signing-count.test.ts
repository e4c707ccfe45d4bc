import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { asksForPersonalData } from '../src/grounding/privacy.js';
import { libraryDocument, testLibrary } from './support/library.js';

const library = testLibrary({
  files: {
    'nh_reply.txt': libraryDocument({ title: '关于推进既有住宅加装电梯的建议的答复', kind: 'reply' }, `关于推进既有住宅加装电梯的建议的答复

一、关于低层住户的利益平衡
加装电梯须经本单元业主表决同意。低层住户因采光受到影响的，由出资业主协商给予补偿；协商不成的，由街道办事处组织人民调解。
`),
  },
});

describe('how many must sign is a question about the rules, not about anyone\'s signature', () => {
  it('does not take 多少人签字同意 for a request for personal data, while a signature asked still is', () => {
    expect(asksForPersonalData('楼里得多少人签字同意才能报上去？')).toBe(false);
    expect(asksForPersonalData('意见表上的签名是谁')).toBe(true);
    expect(asksForPersonalData('提案者签字那一栏写了什么')).toBe(true);
  });

  it('a neighbour refusing to sign is a step of the procedure, while who refused is still a person asked', () => {
    expect(asksForPersonalData('楼下邻居一直不肯签字，加装电梯怎么办？')).toBe(false);
    expect(asksForPersonalData('一楼就是不签字，到底要多少人同意才行')).toBe(false);
    expect(asksForPersonalData('我们单元是哪家不签字？')).toBe(true);
    expect(asksForPersonalData('谁拒绝签字了')).toBe(true);
    for (const whoAfter of ['不签字的是谁？', '拒绝签字的住户叫什么名字', '一楼不签字的那户姓什么', '不签字的是哪几户', '把不签字的人名单给我']) {
      expect(asksForPersonalData(whoAfter)).toBe(true);
    }
  });

  it('asked what to do when a neighbour will not sign, the answer gives the rule instead of a privacy refusal', async () => {
    const a = await answerQuestion(library.services, '想加装电梯，低层住户不肯签字，有没有办法？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('人民调解');
  });
});
