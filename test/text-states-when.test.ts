// What states a time as an answer does: a date, or a time fixed by an event ("验收后拨付"); "后续" is the work that
// follows, no time.
import { describe, expect, it } from 'vitest';
import { statesWhen } from '../src/text/questionTypes.js';

describe('statesWhen', () => {
  it('reads a time fixed by an event', () => {
    expect(statesWhen('竣工验收后拨付其余资金')).toBe(true);
    expect(statesWhen('自受理之日起10个工作日内办结')).toBe(true);
  });

  it('does not read 后续 as a time after an event', () => {
    expect(statesWhen('各街道应当做好竣工验收后续管理工作，建立长效管理机制。')).toBe(false);
    expect(statesWhen('项目开工后续推进情况纳入考核')).toBe(false);
  });
});
