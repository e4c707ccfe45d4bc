// "什么样的房子算危旧房屋？" asks which things count as 危旧房屋: the text answers it by defining the term ("本办法所称危旧
// 房屋，是指…"), so the article defining it comes first, as for "什么叫危旧房屋？", not a chunk whose heading holds 算.
import { describe, expect, it } from 'vitest';
import { asksMeaning, termAskedMeaningOf } from '../src/text/questionTypes.js';
import { classOfOneRefusal } from '../src/answer/gate/documents.js';
import { smallLibraryForBlock } from './support/smallLibrary.js';

function policy(title: string, body: string): string {
  return `---\ntitle: "${title}"\nkind: "policy"\n---\n\n${body}`;
}

const DOCS = {
  rules: policy(
    '乙市危旧房屋改造管理办法',
    '第一条 为推进危旧房屋改造，保障居住安全，制定本办法。\n\n第二条 本办法所称危旧房屋，是指1990年底前建成、经房屋安全鉴定为C级或者D级的住宅房屋。\n\n第三条 危旧房屋改造资金由政府和产权人共同承担。\n',
  ),
  guide: policy(
    '乙市危旧房屋改造政策解读',
    '一、补助申请怎样才算受理？\n\n申请表和产权证明齐全的，申请即为受理。受理后由区住房城乡建设部门出具回执。\n\n二、补助怎么发放？\n\n补助资金按工程进度分两次拨付。\n',
  ),
  report: policy('乙市危旧房屋改造工作总结', '一、总体情况\n\n全年改造危旧房屋1200户。\n\n二、主要做法\n\n危旧房屋改造坚持产权人自愿。\n'),
};

describe('"什么样的…算X" asks what X means', () => {
  it('reads the term after 算 as the one asked, and leaves "怎么算" alone', () => {
    expect(asksMeaning('什么样的房子算危旧房屋？')).toBe(true);
    expect(termAskedMeaningOf('什么样的房子算危旧房屋？')).toBe('危旧房屋');
    expect(termAskedMeaningOf('按管理办法，什么样的房子算“危旧房屋”？')).toBe('危旧房屋');
    expect(asksMeaning('补助资金怎么算？')).toBe(false);
    expect(asksMeaning('补助申请怎样才算受理？')).toBe(false);
    expect(asksMeaning('什么样的改造项目预算须报财政评审？')).toBe(false);
    expect(asksMeaning('什么样的项目计算补助按户数？')).toBe(false);
  });

  it('takes a sentence putting things in the class ("…纳入危旧房屋改造范围") as its answer, not as one member of it', () => {
    const quote = '1990年底前建成、经鉴定为C级或者D级的住宅房屋，纳入危旧房屋改造范围。';
    const citation = { n: 1, docId: 'rules', title: '乙市危旧房屋改造管理办法', number: null, section: '第二条', quote, chunkId: 'rules#1' };
    expect(classOfOneRefusal('什么样的房子算危旧房屋？', [citation])).toBeUndefined();
  });

  describe('in a library (local embeddings)', () => {
    const library = smallLibraryForBlock(DOCS, 'policies');

    it('ranks the article defining the term first', async () => {
      const hits = await library.searcher.search('什么样的房子算危旧房屋', { k: 5 });
      expect(hits[0].chunk.text).toContain('所称危旧房屋，是指');
    });
  });
});
