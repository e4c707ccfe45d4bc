import { describe, expect, it } from 'vitest';
import { asksForPersonalData } from '../src/grounding/privacy.js';

describe('how many must sign is a question about the rules, not about anyone\'s signature', () => {
  it('does not take 多少人签字同意 for a request for personal data, while a signature asked still is', () => {
    expect(asksForPersonalData('楼里得多少人签字同意才能报上去？')).toBe(false);
    expect(asksForPersonalData('意见表上的签名是谁')).toBe(true);
    expect(asksForPersonalData('提案者签字那一栏写了什么')).toBe(true);
  });
});
