// Proposers written alone on the line under the title, with no label or role word: names with a less common surname
// (衡, 郜, 初) and names set apart by spaces as a form aligns them are the proposers, so the reply greets them and
// answers 你们; a body or a phrase on that line is not a name.
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/parseProposal.js';
import { addressOf, salutation } from '../src/draft/frame.js';

const proposal = (nameLine: string) =>
  [
    '关于加强老旧小区改造后长效管理的提案',
    '',
    nameLine,
    '',
    '老旧小区改造完成后，后续管理跟不上。建议：一是对无物业的小区由社区先行托管；二是及时建立住宅专项维修资金。',
  ].join('\n');

describe('bare names under the title', () => {
  it('two names set apart by a full-width space are two proposers', () => {
    const meta = parseProposal(proposal('衡建军　郜玉洁')).meta;
    expect(meta.proposers).toEqual(['衡建军', '郜玉洁']);
    expect(salutation(meta)).toBe('衡建军、郜玉洁委员：');
    expect(addressOf(meta)).toBe('你们');
  });

  it('a name with a less common surname, in a list joined by 、', () => {
    expect(parseProposal(proposal('冷雪梅、初立民')).meta.proposers).toEqual(['冷雪梅', '初立民']);
  });

  it('spaces inside one name keep it one name', () => {
    const meta = parseProposal(proposal('王　明')).meta;
    expect(meta.proposers).toEqual(['王明']);
    expect(addressOf(meta)).toBe('您');
  });

  it('a body or a phrase on that line names no one', () => {
    for (const line of ['宣传部', '初步意见', '燕 京 大']) expect(parseProposal(proposal(line)).meta.proposers).toEqual([]);
  });
});
