// A period written as a range ("2025年1—6月", "1-6月", "1至6月") is one term for the question however the asker writes
// its sign, and a passage keeps its own sign: the range must meet the passage's own writing, or it weighs as a word no
// passage holds and the table row asked is never reached.
import { describe, expect, it } from 'vitest';
import { getTokenizer, rangeWrittenForms } from '../src/text/tokenizer.js';
import { testLibrary } from './support/library.js';
import { progressTable } from './support/progressTable.js';

const PROGRESS = progressTable('西河市住房和城乡建设局');

const t = testLibrary({ files: { 'xihe_tongji_2025.txt': PROGRESS } });

describe('a range of months', () => {
  it('is read in every sign documents write it with', () => {
    expect(rangeWrittenForms('1~6月')).toEqual(expect.arrayContaining(['1—6月', '1-6月', '1至6月']));
    expect(rangeWrittenForms('2025年')).toEqual(['2025年']);
    // "1－6月" and "1-6月" are read as the range "1—6月" is, a telephone number is not a range.
    expect(getTokenizer().terms('1－6月')).toEqual(getTokenizer().terms('1—6月'));
    expect(getTokenizer().terms('1～6月')).toEqual(getTokenizer().terms('1—6月'));
    expect(getTokenizer().terms('电话0570-3086120')).toContain('0570-3086120');
  });

  it('reaches the row of the place asked in a table of that period', async () => {
    for (const question of ['2025年1—6月东城区的完工率是多少？', '2025年1－6月东城区的完工率是多少？', '2025年1至6月东城区的完工率是多少？']) {
      const answer = await t.ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.answer).toContain('41.7%');
    }
  });
});
