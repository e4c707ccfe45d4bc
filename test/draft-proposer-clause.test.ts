// A clause before a member named as a sentence's subject ("为此，孟庆林委员建议：") is no proposer: the reply names
// the one member and answers 您, not "孟庆林、为此委员" with 你们. Names in a list are joined by 、.
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/parseProposal.js';
import { addressOf, salutation } from '../src/draft/frame.js';

const proposal = (subjectLine: string) =>
  [
    '关于加强老旧小区雨污分流改造的提案',
    '',
    '孟庆林委员',
    '',
    '我市部分老旧小区雨污合流，雨季污水外溢，居民反映强烈。',
    '',
    subjectLine,
    '',
    '一要把雨污分流纳入改造必改内容。',
    '',
    '二要建立管网定期清掏制度。',
  ].join('\n');

describe('a connective before the member who asks', () => {
  for (const connective of ['为此', '因此', '对此']) {
    it(`"${connective}，孟庆林委员建议：" names one member`, () => {
      const meta = parseProposal(proposal(`${connective}，孟庆林委员建议：`)).meta;
      expect(meta.proposers).toEqual(['孟庆林']);
      expect(salutation(meta)).toBe('孟庆林委员：');
      expect(addressOf(meta)).toBe('您');
    });
  }

  it('two members written with a comma between them are still both proposers', () => {
    const meta = parseProposal(proposal('为此，孟庆林，周海燕委员建议：').replace('孟庆林委员\n', '\n')).meta;
    expect(meta.proposers).toEqual(['孟庆林', '周海燕']);
    expect(addressOf(meta)).toBe('你们');
  });
});
