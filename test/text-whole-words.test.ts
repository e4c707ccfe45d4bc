// A focus word left out of an ask's wording must go only where it stands as a word: cutting its characters out of a
// longer word ("覆盖范围" → "覆盖") changes what the rest of the ask asks.
import { describe, expect, it } from 'vitest';
import { withoutWholeWords } from '../src/text/tokenizer.js';

describe('withoutWholeWords', () => {
  it('removes the word where the tokenizer reads it as a word of its own, and keeps it inside a longer word', () => {
    expect(withoutWholeWords('扩大覆盖范围，明确补助范围', ['范围'])).toBe('扩大覆盖范围，明确补助');
  });

  it('removes a word the tokenizer reads as several words in a row', () => {
    expect(withoutWholeWords('给予一定期限的托管补贴', ['一定期限'])).toBe('给予的托管补贴');
    expect(withoutWholeWords('提高屋面防水工程质量标准', ['质量标准'])).toBe('提高屋面防水工程');
  });

  it('leaves a word that starts or ends inside another word', () => {
    expect(withoutWholeWords('建立健全长效管理机制', ['效管'])).toBe('建立健全长效管理机制');
    expect(withoutWholeWords('拓宽居民出资渠道', [])).toBe('拓宽居民出资渠道');
  });
});
