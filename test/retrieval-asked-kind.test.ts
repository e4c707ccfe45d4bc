// A question asking a time or a figure is answered by the section stating one: when the document's section that shares
// the question's words ("资格审核") states no date, the section of the same document giving the dates comes first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HybridSearcher } from '../src/retrieval/hybridSearch.js';
import { askedKindStatement } from '../src/text/askedKind.js';
import { smallLibrary, type SmallLibrary } from './support/smallLibrary.js';

function notice(title: string, body: string): string {
  return `---\ntitle: "${title}"\nkind: "notice"\n---\n\n${body}`;
}

const DOCS = {
  flats: notice(
    '丙县青年公寓第二批配租公告',
    [
      '一、配租房源',
      '本批配租青年公寓120套，位于丙县新区。',
      '二、申请时间',
      '网上申请：3月2日至3月13日；资格复核：3月16日至3月20日；结果公示5个工作日。',
      '三、资格审核',
      '资格审核由街道办事处初审、县住房保障中心复审，资格审核重点核查申请人的社保缴纳情况和住房情况，资格审核不合格的不得参加选房。',
      '四、收费标准',
      '本批每月每平方米15元，按套内面积计收。',
      '五、租金减免',
      '青年公寓租金减免按每平方米计算，符合条件的青年人才租金减免，租金减免以认定文件为准，租金减免期间不得转租。',
    ].join('\n\n'),
  ),
  other: notice('丙县公共租赁住房管理办法', '一、总则\n\n公共租赁住房实行实物保障与货币补贴相结合。\n\n二、退出\n\n承租人不再符合条件的应当退出。\n'),
};

describe('a question asking a time or a figure', () => {
  it('knows what states the answer asked for', () => {
    expect(askedKindStatement('资格审核在什么时候')?.('3月16日至3月20日')).toBe(true);
    expect(askedKindStatement('资格审核在什么时候')?.('资格审核由街道办事处初审')).toBe(false);
    expect(askedKindStatement('租金每平方米多少钱')?.('每月每平方米15元')).toBe(true);
    expect(askedKindStatement('租金每平方米多少钱')?.('租金减免以认定文件为准')).toBe(false);
    // The meaning of a rate, or which ones, is not a figure asked.
    expect(askedKindStatement('开工率是什么意思')).toBeUndefined();
    expect(askedKindStatement('哪几个街道评为优秀')).toBeUndefined();
    expect(askedKindStatement('资格审核由谁负责')).toBeUndefined();
  });

  describe('in a library (local embeddings)', () => {
    let library: SmallLibrary;
    let searcher: HybridSearcher;

    beforeAll(async () => {
      library = await smallLibrary(DOCS, 'notices');
      ({ searcher } = library);
    });
    afterAll(() => library.dispose());

    it('ranks the section giving the dates first, not the one repeating the words asked about', async () => {
      const question = '青年公寓第二批的资格审核在什么时候';
      const without = await searcher.search(question, { k: 3, tuning: { askedKindDepth: 0 } });
      expect(without[0].chunk.sectionPath).toBe('三、资格审核');
      const hits = await searcher.search(question, { k: 3 });
      expect(hits[0].chunk.sectionPath).toBe('二、申请时间');
    });

    it('ranks the section stating the sum first when a sum is asked', async () => {
      const question = '青年公寓租金每平方米多少钱';
      const without = await searcher.search(question, { k: 3, tuning: { askedKindDepth: 0 } });
      expect(without[0].chunk.sectionPath).toBe('五、租金减免');
      const hits = await searcher.search(question, { k: 3 });
      expect(hits[0].chunk.sectionPath).toBe('四、收费标准');
    });

    it('leaves the order alone when the best section already states what is asked', async () => {
      const hits = await searcher.search('青年公寓网上申请在什么时候', { k: 3 });
      expect(hits[0].chunk.sectionPath).toBe('二、申请时间');
    });
  });
});
