// A period written as a range ("2025年1—6月", "1-6月", "1至6月") is one term for the question however the asker writes
// its sign, and a passage keeps its own sign: the range must meet the passage's own writing, or it weighs as a word no
// passage holds and the table row asked is never reached.
import { describe, expect, it } from 'vitest';
import { getTokenizer, rangeWrittenForms } from '../src/text/tokenizer.js';
import { testLibrary } from './support/library.js';

const PROGRESS = [
  '---',
  'title: 2025年1—6月全市城镇老旧小区改造进度统计表',
  'issuer: 西河市住房和城乡建设局',
  'kind: policy',
  '---',
  '2025年1—6月全市城镇老旧小区改造进度统计表',
  '（统计截至2025年6月30日）',
  '',
  '一、总体进度',
  '计划改造小区：120个',
  '已开工：96个，开工率80.0%，同比提高5.1个百分点',
  '已完工：30个，完工率25.0%，同比提高3.2个百分点',
  '',
  '二、分县（市、区）进度',
  '县（市、区）\t开工率\t完工率\t投资完成率',
  '东城区\t100%\t41.7%\t52.3%',
  '西城区\t85.0%\t20.0%\t38.9%',
  '青石县\t70.0%\t15.0%\t30.2%',
  '',
  '三、说明',
  '1．开工率、完工率按小区个数计算；投资完成率按计划投资计算。',
  '',
].join('\n');

const t = testLibrary({ files: { 'xihe_tongji_2025.txt': PROGRESS } });

describe('a range of months', () => {
  it('is read in every sign documents write it with', () => {
    expect(rangeWrittenForms('1~6月')).toEqual(expect.arrayContaining(['1—6月', '1-6月', '1至6月']));
    expect(rangeWrittenForms('2025年')).toEqual(['2025年']);
    // "1－6月" and "1-6月" are read as the range "1—6月" is, a telephone number is not a range.
    expect(getTokenizer().terms('1－6月')).toEqual(getTokenizer().terms('1—6月'));
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
