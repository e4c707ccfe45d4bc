// "市级补助资金为什么要改成分两次拨付？": the rules the explanation explains outrank the section giving the why under a
// heading that asks it; that section comes first.
import { describe, expect, it } from 'vitest';
import { smallLibraryForBlock } from './support/smallLibrary.js';

function policy(title: string, body: string): string {
  return `---\ntitle: "${title}"\nkind: "policy"\n---\n\n${body}`;
}

const DOCS = {
  rules: policy(
    '甲市城镇老旧小区改造资金管理办法',
    '第八条 市级补助资金按照改造建筑面积核定，基础类改造每平方米补助80元。\n\n第十一条 市级补助资金分两次拨付：项目开工后拨付核定资金的60%，竣工验收合格后拨付剩余40%。\n\n第十二条 市级补助资金拨付前，县级配套资金应当到位。\n',
  ),
  explanation: policy(
    '《甲市城镇老旧小区改造资金管理办法》政策解读',
    '一、起草背景\n\n原办法实施以来，全市累计改造小区482个，但也存在补助标准偏低等问题，需要修订。\n\n二、主要内容\n\n办法共六章十八条，明确了补助范围、标准和拨付方式。\n\n三、为什么要分两次拨付\n\n过去竣工后一次性拨付，施工企业需要垫付全部资金。改为开工后先拨60%，可以缓解企业资金压力；保留40%到验收合格后拨付，有利于督促保证工程质量。\n',
  ),
  report: policy('甲市城镇老旧小区改造工作总结', '一、总体情况\n\n全年拨付市级补助资金1.2亿元。\n'),
};

describe('a why-question (local embeddings)', () => {
  const library = smallLibraryForBlock(DOCS, 'policies');

  it('ranks the section under a heading asking that why first, ahead of the rule it explains', async () => {
    const question = '市级补助资金为什么要改成分两次拨付？';
    const off = await library.searcher.search(question, { k: 5, tuning: { reasonHeadingMinShare: 0 } });
    expect(off[0].chunk.sectionPath).not.toContain('为什么要分两次拨付');
    const hits = await library.searcher.search(question, { k: 5 });
    expect(hits[0].chunk.sectionPath).toContain('为什么要分两次拨付');
  });

  it('ranks the background section first when asked why a document was made', async () => {
    const hits = await library.searcher.search('为什么要制定甲市老旧小区改造资金管理办法？', { k: 5 });
    expect(hits[0].chunk.sectionPath).toContain('起草背景');
  });

  it('leaves a question that does not ask why in the order before', async () => {
    const question = '市级补助资金分几次拨付？';
    const on = await library.searcher.search(question, { k: 5 });
    const off = await library.searcher.search(question, { k: 5, tuning: { reasonHeadingMinShare: 0 } });
    expect(on.map((h) => h.chunk.id)).toEqual(off.map((h) => h.chunk.id));
  });
});
