// Ranking rules a user notices: a 文号 the library holds selects that document, an issuer or place named only in a
// document's front matter finds it, and hashed local vectors never push a strong BM25 hit down.
import { describe, expect, it } from 'vitest';
import { documentOrigin } from '../src/corpus/origin.js';
import { fuseRecalls } from '../src/retrieval/fusion.js';
import { documentNaming } from '../src/retrieval/namedDocument.js';
import { SEARCH_DEFAULTS } from '../src/retrieval/searchDefaults.js';
import { smallLibraryForBlock } from './support/smallLibrary.js';

/** A reply as a bureau would file it: front matter, then a body that never repeats its own 文号 or county. */
function reply(front: Record<string, string>, body: string): string {
  const lines = Object.entries(front).map(([k, v]) => `${k}: "${v}"`);
  return `---\n${lines.join('\n')}\nkind: "reply"\n---\n\n${body}`;
}

const DOCS = {
  // The 文号 is only in front matter; the body speaks of 加装电梯 in sections.
  held: reply(
    { title: '关于加快既有住宅加装电梯的建议的答复', issuer: '甲市住房和城乡建设局', number: '甲建函〔2023〕7号' },
    '张委员：\n\n您提出的关于加快既有住宅加装电梯的建议收悉，现答复如下：\n\n一、工作开展情况\n\n我局持续推进既有住宅加装电梯，已累计完成加装电梯120台，惠及居民1500余户。\n\n二、关于简化审批\n\n实行一窗受理、并联审批，审批时限由30个工作日压缩至10个工作日。\n\n三、下一步工作\n\n继续推动加装电梯愿装尽装。\n\n甲市住房和城乡建设局\n2023年6月1日\n',
  ),
  // Cites the held 文号 again and again, and is about the same topic: BM25 on the number alone would prefer it.
  citing: reply(
    { title: '关于老旧小区加装电梯工作的情况通报', issuer: '乙市住房和城乡建设局' },
    '王代表：\n\n您提出的建议收悉，现答复如下：\n\n一、政策依据\n\n根据甲建函〔2023〕7号，参照甲建函〔2023〕7号的做法，我市加装电梯审批参照甲建函〔2023〕7号执行，审批时限另行规定。\n\n二、资金\n\n加装电梯每台补助10万元。\n\n乙市住房和城乡建设局\n2023年8月1日\n',
  ),
  // The county is named only in the issuer's front-matter note.
  county: reply(
    { title: '关于解决停车难问题的提案的答复', issuer: '丙县住房和城乡建设局（江北省丁州市青山县）' },
    '李委员：\n\n您提出的关于解决停车难问题的提案收悉，现答复如下：\n\n一、停车位建设\n\n结合道路改造，增加停车位800余个，并拆除私设地锁。\n\n丙县住房和城乡建设局\n2023年9月1日\n',
  ),
  // Another county's reply on the same topic, with more parking words: without the front matter it would win.
  otherCounty: reply(
    { title: '关于缓解城区停车难的建议的答复', issuer: '戊县住房和城乡建设局（江北省丁州市戊县）' },
    '赵代表：\n\n您提出的关于缓解城区停车难的建议收悉，现答复如下：\n\n一、停车位建设\n\n新建公共停车场两处，增加停车位1200个，停车难问题有所缓解，停车位周转加快。\n\n戊县住房和城乡建设局\n2023年9月2日\n',
  ),
};

describe('ranking on a small library (local embeddings)', () => {
  const library = smallLibraryForBlock(DOCS, 'replies');

  it('ranks the document a question names by its 文号 first, at the section the rest of the question asks about', async () => {
    const hits = await library.searcher.search('甲建函〔2023〕7号里加装电梯的审批时限压缩到多少？', { k: 5 });
    expect(hits[0].chunk.docId).toBe('held');
    expect(hits[0].chunk.sectionPath).toContain('审批');
    // Written with other brackets and 第, the same document.
    expect((await library.searcher.search('甲建函[2023]第7号讲了什么？', { k: 3 }))[0].chunk.docId).toBe('held');
  });

  it('finds a county named only in the front matter’s issuer note', async () => {
    const hits = await library.searcher.search('青山县增加了多少停车位？', { k: 3 });
    expect(hits[0].chunk.docId).toBe('county');
    expect((await library.searcher.search('戊县增加了多少停车位？', { k: 3 }))[0].chunk.docId).toBe('otherCounty');
  });

  it('times as its lexical recall the query it runs: the question\'s words, its synonyms at a lower weight', async () => {
    const question = '装电梯的审批时限是多少？';
    const query = library.searcher.lexicalQueryOf(question);
    expect(query.terms).toEqual(expect.arrayContaining(['电梯', '审批', '加装电梯']));
    expect(query.weights?.get('加装电梯')).toBe(SEARCH_DEFAULTS.expansionTermWeight);
    expect(query.weights?.has('审批')).toBe(false);
    expect(query.scoring).toEqual(SEARCH_DEFAULTS.lexicalScoring);
    expect(library.searcher.lexicalQueryOf(question, { expand: false }).terms).not.toContain('加装电梯');
    // The hits BM25 alone returns are the ones that query finds.
    const lexical = await library.searcher.search(question, { k: 3, mode: 'lexical' });
    expect(lexical[0].chunk.sectionPath).toContain('审批');
  });

  it('keeps a strong BM25 hit above every vector-only hit', async () => {
    for (const question of ['甲建函〔2023〕7号里加装电梯的审批时限压缩到多少？', '青山县增加了多少停车位？', '加装电梯每台补助多少钱？']) {
      const hits = await library.searcher.search(question, { k: 10 });
      const lexical = await library.searcher.search(question, { k: 10, mode: 'lexical' });
      const top = lexical[0].lexicalScore!;
      const strong = new Set(lexical.filter((h) => h.lexicalScore! >= SEARCH_DEFAULTS.fusion.local.strongLexicalShare * top).map((h) => h.chunk.id));
      const firstVectorOnly = hits.findIndex((h) => h.lexicalRank === undefined);
      if (firstVectorOnly === -1) continue;
      expect(hits.slice(firstVectorOnly).some((h) => strong.has(h.chunk.id)), question).toBe(false);
    }
  });
});

describe('local fusion', () => {
  const r = (index: number, score: number) => ({ index, score });
  const local = SEARCH_DEFAULTS.fusion.local;

  it('keeps the strong BM25 hits in BM25 order, whatever the vectors say, and fills in below them', () => {
    // BM25: 1, 2, 3 strong (close scores), 4 weak. Vectors put a chunk BM25 never found (9) first and reverse the rest.
    const lexical = [r(1, 10), r(2, 9.5), r(3, 9), r(4, 2)];
    const vector = [r(9, 0.9), r(4, 0.85), r(3, 0.8), r(2, 0.7), r(1, 0.1)];
    const order = fuseRecalls(vector, lexical, local).map((f) => f.index);
    expect(order.slice(0, 3)).toEqual([1, 2, 3]);
    expect(order).toContain(9);
  });
});

describe('document names and origins', () => {
  it('reads a 文号, a 《title》 and a held document’s full title as names', () => {
    expect(documentNaming('滨建建〔2023〕41号里说了什么').names({ title: '答复', number: '滨建建〔2023〕41号' })).toBe(true);
    expect(documentNaming('滨建建〔2023〕41号里说了什么').names({ title: '答复', number: '滨建建〔2023〕42号' })).toBe(false);
    const quoted = documentNaming('《关于解决停车难问题的提案》是怎么答复的？');
    expect(quoted.names({ title: '关于《关于解决停车难问题的提案》的答复', number: null })).toBe(true);
    const bare = documentNaming('牡丹江市区2022年城镇老旧小区改造实施方案的通知里工作原则有哪些');
    expect(bare.names({ title: '牡丹江市区2022年城镇老旧小区改造实施方案的通知（牡政办发〔2022〕14号）', number: null })).toBe(true);
    expect(bare.names({ title: '实施方案', number: null })).toBe(false);
  });

  it('keeps the issuer and its place notes but not a reporter’s name', () => {
    const origin = (issuer: string) => documentOrigin({ issuer: null, frontMatter: { issuer, extra: {} } });
    expect(origin('丙县住房和城乡建设局（江北省丁州市青山县）')).toBe('丙县住房和城乡建设局 江北省丁州市青山县');
    expect(origin('某某网（记者 张三）')).toBe('某某网');
    expect(documentOrigin({ issuer: null, frontMatter: { extra: { place: '青山县' } } })).toBe('青山县');
    expect(documentOrigin({ issuer: null, frontMatter: { extra: {} } })).toBeNull();
  });
});
