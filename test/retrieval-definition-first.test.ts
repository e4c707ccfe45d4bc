// "什么叫城镇老旧小区？" in a library where every chunk names 城镇老旧小区: the article defining the term comes first, not
// the short chunks that only name it.
import { describe, expect, it } from 'vitest';
import { smallLibraryForBlock } from './support/smallLibrary.js';

function policy(title: string, body: string): string {
  return `---\ntitle: "${title}"\nkind: "policy"\n---\n\n${body}`;
}

const DOCS = {
  rules: policy(
    '甲市城镇老旧小区改造管理办法',
    '第一条 为推进城镇老旧小区改造，制定本办法。\n\n第二条 本办法所称城镇老旧小区，是指城市或县城建成年代较早、失养失修失管、市政配套设施不完善、社区服务设施不健全、居民改造意愿强烈的住宅小区（含单栋住宅楼）。已纳入棚户区改造计划的项目，不属于改造范围。\n\n第三条 城镇老旧小区改造资金由政府、居民和社会力量共担。\n',
  ),
  plan: policy(
    '甲市城镇老旧小区改造实施方案',
    '一、改造内容\n\n改造内容分为基础类、完善类、提升类三类。\n\n二、提升类改造\n\n提升类改造，为丰富社区服务供给、提升居民生活品质的内容，主要是社区养老、托育、助餐等公共服务设施配套建设。\n\n三、年度安排\n\n优先安排基础类、完善类、提升类改造需求强烈的小区。\n',
  ),
  report: policy('甲市城镇老旧小区改造工作总结', '一、总体情况\n\n全年改造城镇老旧小区56个。\n\n二、城镇老旧小区改造经验\n\n城镇老旧小区改造坚持居民自愿。\n'),
  notice: policy('关于城镇老旧小区改造的通知', '一、工作任务\n\n做好城镇老旧小区改造。\n'),
};

describe('a question asking what a term means (local embeddings)', () => {
  const library = smallLibraryForBlock(DOCS, 'policies');

  it('ranks the article defining the asked term first', async () => {
    const hits = await library.searcher.search('什么叫城镇老旧小区？', { k: 5 });
    expect(hits[0].chunk.text).toContain('所称城镇老旧小区，是指');
  });

  it('ranks a class a plan defines in its own words ("提升类改造，为…") first when asked what it is', async () => {
    const hits = await library.searcher.search('改造内容里的提升类改造指什么？', { k: 5 });
    expect(hits[0].chunk.text).toContain('提升类改造，为丰富');
  });

  it('leaves other questions in BM25 order', async () => {
    const on = await library.searcher.search('城镇老旧小区改造资金由谁承担？', { k: 5 });
    const off = await library.searcher.search('城镇老旧小区改造资金由谁承担？', { k: 5, tuning: { definitionFirst: false } });
    expect(on.map((h) => h.chunk.id)).toEqual(off.map((h) => h.chunk.id));
  });
});
