// One rule for plan headings, read by drafting's evidence levels and by precedents' promises (three near-same
// patterns before): 工作安排 is a plan in a reply, what a policy requires elsewhere.
import { describe, expect, it } from 'vitest';
import { namesPlans } from '../src/text/plans.js';

describe('plan headings', () => {
  it('read 工作安排 as a plan in a reply only', () => {
    expect(namesPlans('五、下步工作安排', false)).toBe(true);
    expect(namesPlans('五、2024年工作打算', false)).toBe(true);
    expect(namesPlans('三、工作安排', true)).toBe(true);
    expect(namesPlans('三、工作安排', false)).toBe(false);
  });
});
