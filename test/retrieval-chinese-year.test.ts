// A year official text writes digit by digit in Chinese numerals ("二〇二四年") is the year a question writes in digits
// ("2024年"): a work summary dating its figures that way is found for the question, not another document's chunk that
// writes "2024年" next to other figures.
import { describe, expect, it } from 'vitest';
import { smallLibraryForBlock } from './support/smallLibrary.js';
import { getTokenizer } from '../src/text/tokenizer.js';
import { yearsAsDigits } from '../src/text/numerals.js';

function doc(title: string, kind: string, body: string): string {
  return `---\ntitle: "${title}"\nkind: "${kind}"\n---\n\n${body}`;
}

const DOCS = {
  summary: doc(
    '甲市二〇二四年城镇老旧小区改造工作总结',
    'report',
    '一、总体完成情况\n\n全年计划改造小区110个，实际完成改造一百一十八个，完成投资5.96亿元；二〇二三年完成改造一百零二个。二〇二四年完成数比二〇二三年多16个。\n\n二、存在问题\n\n居民参与不足。\n',
  ),
  reply: doc(
    '关于雨污分流改造建议的答复',
    'reply',
    '一、雨污分流改造情况\n\n2023年全市改造小区完成雨污分流改造15.2公里，2024年计划完成20公里。\n\n二、下一步工作\n\n继续推进。\n',
  ),
};

describe('years written digit by digit in Chinese numerals', () => {
  const library = smallLibraryForBlock(DOCS);

  it('finds the section dating its figures 二〇二四年 for a question asking about 2024年', async () => {
    const hits = await library.searcher.search('2024年全市实际改造完成了多少个小区？', { k: 3 });
    expect(hits[0].chunk.sectionPath).toBe('一、总体完成情况');
    expect(hits[0].chunk.docId).toBe('summary');
  });

  it('reads 二〇二四年 and 2024年 as one search term, and leaves other numerals alone', () => {
    expect(getTokenizer().searchTerms('二〇二四年完成')).toEqual(getTokenizer().searchTerms('2024年完成'));
    expect(yearsAsDigits('一九九八年以前建成，二〇一九年以来')).toBe('1998年以前建成，2019年以来');
    expect(yearsAsDigits('改造一百一十八个，十四五期间，二〇二四')).toBe('改造一百一十八个，十四五期间，二〇二四');
  });
});
